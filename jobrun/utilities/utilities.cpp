// The utility programs `remint run` emulates instead of looking them up in the load library, and
// what they share.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/source_manager.h"
#include "jobrun/utilities/utility_support.h"

namespace remint::jobrun {
namespace fs = std::filesystem;

auto IsUtility(std::string_view program) -> bool {
  return program == "IEFBR14" || program == "IEBGENER" || program == "IDCAMS" ||
         program == "SORT" || program == "ICEMAN" || program == "DFSORT" || program == "SYNCSORT";
}

auto RunUtility(std::string_view program, Catalog& catalog, const StepRun& step,
                DiagnosticEmitter& emitter) -> StepOutcome {
  // IEFBR14 does nothing: its DD statements' dispositions are the point of the step.
  if (program == "IEFBR14") return StepOutcome{};
  if (program == "IEBGENER") return RunIebgener(step, emitter);
  if (program == "IDCAMS") return RunIdcams(catalog, step, emitter);
  return RunSort(step, emitter);
}

void WriteMessages(const StepRun& step, std::string_view dd,
                   const std::vector<std::string>& lines) {
  const Allocation* allocation = step.Find(dd);
  if (allocation == nullptr || allocation->kind != Allocation::Kind::kSysout) return;
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  WriteWhole(allocation->path, text, /*append=*/true);
}

auto ReadWhole(const std::string& path) -> std::string {
  ErrorOr<std::string> bytes = ReadFileBytes(path);
  return bytes ? std::move(*bytes) : std::string();
}

auto WriteWhole(const std::string& path, std::string_view bytes, bool append) -> bool {
  std::error_code error;
  fs::create_directories(fs::path(path).parent_path(), error);
  std::ofstream out(path, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  return static_cast<bool>(out);
}

auto ReadRecords(const Allocation& allocation) -> std::vector<std::string> {
  if (allocation.kind == Allocation::Kind::kInStream) return allocation.cards;
  std::string data = ReadWhole(allocation.path);
  std::vector<std::string> records;
  uint32_t lrecl = allocation.attributes.lrecl;
  bool fixed = !allocation.attributes.recfm.empty() && allocation.attributes.recfm[0] == 'F';
  if (fixed && lrecl > 0 && data.size() % lrecl == 0) {
    for (size_t offset = 0; offset < data.size(); offset += lrecl) {
      records.push_back(data.substr(offset, lrecl));
    }
    return records;
  }
  std::istringstream lines(data);
  for (std::string line; std::getline(lines, line);) records.push_back(line);
  return records;
}

}  // namespace remint::jobrun

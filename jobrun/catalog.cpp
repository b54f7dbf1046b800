#include "jobrun/catalog.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/fault_injection.h"

namespace remint::jobrun {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kIndexName = ".catalog.tsv";
constexpr std::string_view kIndexHeader = "# remint catalog 1";

auto SplitTabs(std::string_view line) -> std::vector<std::string_view> {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

auto ParseNumber(std::string_view text, uint32_t& out) -> bool {
  if (text.empty()) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

// Writes `text` to `path` and flushes it to disk, so that a rename after it publishes whole
// contents even across a crash.
auto WriteDurably(const std::string& path, const std::string& text) -> ErrorOr<Success> {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return Error(path + ": " + std::strerror(errno));
  size_t written = 0;
  while (written < text.size()) {
    ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      return Error(path + ": " + std::strerror(saved));
    }
    written += static_cast<size_t>(n);
  }
  bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!synced) return Error(path + ": fsync failed");
  return Success{};
}

// Moves `from` to `to`; across file systems by a copy under a temporary name and a rename.
auto MoveFile(const std::string& from, const std::string& to) -> ErrorOr<Success> {
  std::error_code error;
  fs::rename(from, to, error);
  if (!error) return Success{};
  std::string temporary = to + ".incoming";
  fs::copy_file(from, temporary, fs::copy_options::overwrite_existing, error);
  if (error) return Error(from + ": " + error.message());
  fs::rename(temporary, to, error);
  if (error) return Error(to + ": " + error.message());
  fs::remove(from, error);
  return Success{};
}

// Test hook (base/fault_injection.h): `run-kill:commit-<stage>` kills remint at that point of a
// commit, as a SIGKILL from outside would.
void MaybeKilledAt(std::string_view stage) {
  if (FaultInjected("run-kill", std::string("commit-") + std::string(stage))) {
    std::raise(SIGKILL);
  }
}

}  // namespace

auto GenerationName(std::string_view base, uint32_t number) -> std::string {
  char suffix[16];
  std::snprintf(suffix, sizeof suffix, ".G%04uV00", number);
  return std::string(base) + suffix;
}

auto ParseGenerationName(std::string_view dsn) -> std::optional<GenerationOf> {
  // ".GnnnnV00": nine characters after a base of at least one.
  constexpr size_t kSuffix = 9;
  if (dsn.size() <= kSuffix || !dsn.ends_with("V00")) return std::nullopt;
  std::string_view suffix = dsn.substr(dsn.size() - kSuffix);
  uint32_t number = 0;
  if (!suffix.starts_with(".G") || !ParseNumber(suffix.substr(2, 4), number)) return std::nullopt;
  return GenerationOf{dsn.substr(0, dsn.size() - kSuffix), number};
}

auto ParseDcbShorthand(std::string_view text) -> std::optional<DatasetAttributes> {
  DatasetAttributes attributes;
  if (text.empty() || text == "-") return attributes;
  size_t digits = text.find_first_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos) return std::nullopt;
  attributes.recfm = std::string(text.substr(0, digits));
  if (!ParseNumber(text.substr(digits), attributes.lrecl)) return std::nullopt;
  return attributes;
}

auto Catalog::Open(const std::string& directory, std::vector<std::string>* recovered)
    -> ErrorOr<Catalog> {
  std::error_code error;
  fs::create_directories(directory, error);
  if (error) return Error(directory + ": " + error.message());
  Catalog catalog(fs::absolute(directory).lexically_normal().string());
  REMINT_TRY(catalog.Load());
  REMINT_TRY(catalog.Recover(recovered));
  return catalog;
}

auto Catalog::Load() -> ErrorOr<Success> {
  std::string index = directory_ + "/" + std::string(kIndexName);
  std::ifstream in(index, std::ios::binary);
  if (!in) return Success{};  // a new catalog
  std::string line;
  uint32_t line_number = 0;
  auto bad = [&](std::string_view why) {
    return Error(index + ":" + std::to_string(line_number) + ": " + std::string(why));
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number == 1) {
      if (line != kIndexHeader) return bad("not a remint catalog index");
      continue;
    }
    std::vector<std::string_view> fields = SplitTabs(line);
    if (fields[0] == "D" && fields.size() == 5) {
      CatalogEntry entry;
      entry.dsn = std::string(fields[1]);
      entry.attributes.recfm = std::string(fields[2]);
      if (!ParseNumber(fields[3], entry.attributes.lrecl)) return bad("bad record length");
      entry.file = std::string(fields[4]);
      if (entry.dsn.empty() || entry.file.empty()) return bad("empty name");
      entries_[entry.dsn] = std::move(entry);
    } else if (fields[0] == "G" && fields.size() == 4) {
      GdgBase base;
      base.name = std::string(fields[1]);
      if (!ParseNumber(fields[2], base.limit)) return bad("bad GDG limit");
      base.scratch = fields[3] == "SCRATCH";
      bases_[base.name] = std::move(base);
    } else {
      return bad("unrecognised line");
    }
  }
  if (line_number == 0) return bad("empty index");
  return Success{};
}

auto Catalog::Recover(std::vector<std::string>* recovered) -> ErrorOr<Success> {
  std::set<std::string> named;
  for (const auto& [dsn, entry] : entries_) {
    if (!entry.is_external()) named.insert(entry.file);
  }
  std::error_code error;
  std::vector<std::string> orphans;
  for (const fs::directory_entry& file : fs::directory_iterator(directory_, error)) {
    std::string name = file.path().filename().string();
    if (name == kIndexName || named.contains(name)) continue;
    orphans.push_back(name);
  }
  if (error) return Error(directory_ + ": " + error.message());
  std::sort(orphans.begin(), orphans.end());
  for (const std::string& name : orphans) {
    fs::remove_all(directory_ + "/" + name, error);
    if (recovered != nullptr) recovered->push_back(name);
  }
  return Success{};
}

auto Catalog::Seed(const std::string& seed_list) -> ErrorOr<Success> {
  if (!entries_.empty() || !bases_.empty()) return Success{};
  std::ifstream in(seed_list, std::ios::binary);
  if (!in) return Error(seed_list + ": cannot be read");
  fs::path folder = fs::absolute(seed_list).parent_path();
  Update update;
  std::map<std::string, CatalogEntry, std::less<>> entries;
  std::string line;
  uint32_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    auto bad = [&](std::string_view why) {
      return Error(seed_list + ":" + std::to_string(line_number) + ": " + std::string(why));
    };
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = SplitTabs(line);
    if (fields.size() != 3) return bad("expected three tab-separated fields");
    if (fields[0] == "GDG") {
      GdgBase base;
      base.name = std::string(fields[1]);
      if (!ParseNumber(fields[2], base.limit) || base.limit == 0 || base.limit > 255) {
        return bad("a GDG limit is a number from 1 to 255");
      }
      update.gdg_definitions.push_back(base);
      continue;
    }
    std::optional<DatasetAttributes> attributes = ParseDcbShorthand(fields[2]);
    if (!attributes) return bad("the record format is written like FB80, VB187 or -");
    fs::path file = (folder / fields[1]).lexically_normal();
    if (!fs::is_regular_file(file)) return bad(file.string() + " is not a file");
    CatalogEntry entry{std::string(fields[0]), file.string(), *attributes};
    entries[entry.dsn] = std::move(entry);
  }
  for (const GdgBase& base : update.gdg_definitions) bases_[base.name] = base;
  for (auto& [dsn, entry] : entries) entries_[dsn] = std::move(entry);
  return WriteIndex(entries_, bases_);
}

auto Catalog::Find(std::string_view dsn) const -> const CatalogEntry* {
  auto it = entries_.find(dsn);
  return it == entries_.end() ? nullptr : &it->second;
}

auto Catalog::FindGdg(std::string_view base) const -> const GdgBase* {
  auto it = bases_.find(base);
  return it == bases_.end() ? nullptr : &it->second;
}

auto Catalog::Generations(std::string_view base) const -> std::vector<uint32_t> {
  std::vector<uint32_t> numbers;
  std::string prefix = std::string(base) + ".G";
  for (auto it = entries_.lower_bound(prefix); it != entries_.end(); ++it) {
    std::string_view dsn = it->first;
    if (!dsn.starts_with(prefix)) break;
    std::optional<GenerationOf> generation = ParseGenerationName(dsn);
    if (generation && generation->base == base) numbers.push_back(generation->number);
  }
  return numbers;
}

auto Catalog::PathOf(const CatalogEntry& entry) const -> std::string {
  return entry.is_external() ? entry.file : directory_ + "/" + entry.file;
}

auto Catalog::FreeFileName(std::string_view dsn,
                           const std::map<std::string, CatalogEntry, std::less<>>& entries) const
    -> std::string {
  std::set<std::string> used;
  for (const auto& [name, entry] : entries_) used.insert(entry.file);
  for (const auto& [name, entry] : entries) used.insert(entry.file);
  std::string file(dsn);
  for (int suffix = 1; used.contains(file) || fs::exists(directory_ + "/" + file); ++suffix) {
    file = std::string(dsn) + "." + std::to_string(suffix);
  }
  return file;
}

auto Catalog::WriteIndex(const std::map<std::string, CatalogEntry, std::less<>>& entries,
                         const std::map<std::string, GdgBase, std::less<>>& bases)
    -> ErrorOr<Success> {
  std::ostringstream text;
  text << kIndexHeader << '\n';
  for (const auto& [name, base] : bases) {
    text << "G\t" << name << '\t' << base.limit << '\t' << (base.scratch ? "SCRATCH" : "NOSCRATCH")
         << '\n';
  }
  for (const auto& [dsn, entry] : entries) {
    text << "D\t" << dsn << '\t' << entry.attributes.recfm << '\t' << entry.attributes.lrecl << '\t'
         << entry.file << '\n';
  }
  std::string index = directory_ + "/" + std::string(kIndexName);
  std::string temporary = index + ".new";
  REMINT_TRY(WriteDurably(temporary, text.str()));
  std::error_code error;
  fs::rename(temporary, index, error);
  if (error) return Error(index + ": " + error.message());
  return Success{};
}

auto Catalog::Commit(const Update& update, std::vector<std::string>* rolled_off)
    -> ErrorOr<Success> {
  if (update.empty()) return Success{};
  std::map<std::string, CatalogEntry, std::less<>> entries = entries_;
  std::map<std::string, GdgBase, std::less<>> bases = bases_;
  std::vector<std::string> files_to_delete;
  auto uncatalog = [&](const std::string& dsn) {
    auto it = entries.find(dsn);
    if (it == entries.end()) return;
    if (!it->second.is_external()) files_to_delete.push_back(PathOf(it->second));
    entries.erase(it);
  };
  for (const GdgBase& base : update.gdg_definitions) bases[base.name] = base;
  for (const std::string& name : update.gdg_removals) bases.erase(name);
  for (const std::string& dsn : update.removals) uncatalog(dsn);
  // New files go in under names no entry uses: until the index names them they are orphans,
  // which is what a crash before the index is written must leave.
  std::map<std::string, CatalogEntry, std::less<>> added;
  for (const Update::Addition& addition : update.additions) {
    std::string file = FreeFileName(addition.dsn, added);
    added[addition.dsn] = CatalogEntry{addition.dsn, file, addition.attributes};
    REMINT_TRY(MoveFile(addition.source_path, directory_ + "/" + file));
  }
  for (auto& [dsn, entry] : added) {
    uncatalog(dsn);
    entries[dsn] = entry;
  }
  // Generations beyond their base's limit roll off, oldest first.
  for (const auto& [name, base] : bases) {
    std::vector<uint32_t> numbers;
    for (const auto& [dsn, entry] : entries) {
      std::optional<GenerationOf> generation = ParseGenerationName(dsn);
      if (generation && generation->base == name) numbers.push_back(generation->number);
    }
    std::sort(numbers.begin(), numbers.end());
    for (size_t i = 0; numbers.size() - i > base.limit; ++i) {
      std::string dsn = GenerationName(name, numbers[i]);
      if (rolled_off != nullptr) rolled_off->push_back(dsn);
      // NOSCRATCH would keep the file uncataloged on its volume; a catalog folder has no
      // place for uncataloged data, so both forms delete it.
      uncatalog(dsn);
    }
  }
  MaybeKilledAt("moved");
  REMINT_TRY(WriteIndex(entries, bases));
  entries_ = std::move(entries);
  bases_ = std::move(bases);
  MaybeKilledAt("indexed");
  std::error_code error;
  for (const std::string& path : files_to_delete) {
    bool still_named = false;
    for (const auto& [dsn, entry] : entries_) still_named |= PathOf(entry) == path;
    if (!still_named) fs::remove(path, error);
  }
  return Success{};
}

}  // namespace remint::jobrun

// IDCAMS access method services, the commands batch jobs use around their datasets: DELETE,
// DEFINE GDG, DEFINE CLUSTER (an empty cataloged dataset), REPRO, PRINT, and the modal commands
// IF LASTCC/MAXCC ... THEN ... ELSE and SET MAXCC/LASTCC. Commands continue with a trailing
// hyphen; /* comments */ are dropped. Catalog changes are committed command by command, as
// IDCAMS makes them.
#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "jobrun/utilities/utility_support.h"

namespace remint::jobrun {
namespace {

// Commands from the SYSIN cards: columns 2-72, continuation by a trailing '-' (or '+'),
// comments removed, blanks collapsed.
auto ReadCommands(const std::vector<std::string>& cards) -> std::vector<std::string> {
  std::vector<std::string> commands;
  std::string text;
  bool in_comment = false;
  for (const std::string& card : cards) {
    std::string line = card.substr(0, 72);
    std::string kept;
    for (size_t i = 0; i < line.size(); ++i) {
      if (!in_comment && line.compare(i, 2, "/*") == 0) {
        in_comment = true;
        ++i;
      } else if (in_comment && line.compare(i, 2, "*/") == 0) {
        in_comment = false;
        ++i;
      } else if (!in_comment) {
        kept += line[i];
      }
    }
    size_t end = kept.find_last_not_of(' ');
    kept = end == std::string::npos ? "" : kept.substr(0, end + 1);
    bool continued = !kept.empty() && (kept.back() == '-' || kept.back() == '+');
    if (continued) kept.pop_back();
    text += kept + " ";
    if (continued) continue;
    std::string collapsed;
    for (char c : text) {
      if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
      collapsed += c;
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    if (!collapsed.empty()) commands.push_back(collapsed);
    text.clear();
  }
  return commands;
}

// The value of KEYWORD(value) in a command (the first of its abbreviations found).
auto Parenthesised(std::string_view command, std::initializer_list<std::string_view> keywords)
    -> std::optional<std::string> {
  for (std::string_view keyword : keywords) {
    size_t at = 0;
    while ((at = command.find(keyword, at)) != std::string_view::npos) {
      bool starts_word = at == 0 || command[at - 1] == ' ' || command[at - 1] == '(';
      size_t open = at + keyword.size();
      while (open < command.size() && command[open] == ' ') ++open;
      if (starts_word && open < command.size() && command[open] == '(') {
        size_t close = command.find(')', open);
        if (close == std::string_view::npos) return std::nullopt;
        std::string value(command.substr(open + 1, close - open - 1));
        while (!value.empty() && value.front() == ' ') value.erase(value.begin());
        while (!value.empty() && value.back() == ' ') value.pop_back();
        return value;
      }
      at = open;
    }
  }
  return std::nullopt;
}

auto Words(std::string_view command) -> std::vector<std::string> {
  std::vector<std::string> words;
  std::string word;
  for (char c : command) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

auto Holds(int left, std::string_view op, int right) -> std::optional<bool> {
  if (op == "=" || op == "EQ") return left == right;
  if (op == "¬=" || op == "NE") return left != right;
  if (op == ">" || op == "GT") return left > right;
  if (op == "<" || op == "LT") return left < right;
  if (op == ">=" || op == "GE") return left >= right;
  if (op == "<=" || op == "LE") return left <= right;
  return std::nullopt;
}

class Idcams {
 public:
  Idcams(Catalog& catalog, const StepRun& step, DiagnosticEmitter& emitter)
      : catalog_(catalog), step_(step), emitter_(emitter) {}

  auto Run() -> StepOutcome {
    const Allocation* sysin = step_.Find("SYSIN");
    if (sysin == nullptr) {
      emitter_.Emit(DiagnosticKind::kRunMissingDd, step_.loc, step_.name, "IDCAMS", "SYSIN");
      return StepOutcome{16, ""};
    }
    out_.push_back("IDCAMS  SYSTEM SERVICES");
    for (const std::string& command : ReadCommands(ReadRecords(*sysin))) Execute(command);
    out_.push_back("");
    out_.push_back(
        fmt::format("IDC0002I IDCAMS PROCESSING COMPLETE. MAXIMUM CONDITION CODE WAS {}", max_cc_));
    WriteMessages(step_, "SYSPRINT", out_);
    return StepOutcome{max_cc_, ""};
  }

 private:
  void Execute(const std::string& command) {
    out_.push_back("");
    out_.push_back(command);
    std::vector<std::string> words = Words(command);
    const std::string& verb = words.front();
    if (verb == "IF" || verb == "SET") {
      Modal(words, command);
      return;
    }
    if (verb == "DELETE" || verb == "DEL") {
      last_cc_ = Delete(words);
    } else if (verb == "DEFINE" || verb == "DEF") {
      last_cc_ = Define(command);
    } else if (verb == "REPRO") {
      last_cc_ = Repro(command, /*print=*/false);
    } else if (verb == "PRINT") {
      last_cc_ = Repro(command, /*print=*/true);
    } else {
      last_cc_ = Unsupported(command, verb);
    }
    out_.push_back(
        fmt::format("IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS {}", last_cc_));
    max_cc_ = std::max(max_cc_, last_cc_);
  }

  auto Unsupported(const std::string& command, std::string_view what) -> int {
    emitter_.Emit(DiagnosticKind::kRunUtilityControlError, step_.loc, step_.name, "IDCAMS",
                  fmt::format("'{}' is not a command or operand remint emulates", command));
    out_.push_back(fmt::format("IDC3211I KEYWORD {} IS IMPROPER", what));
    return 12;
  }

  // IF {LASTCC|MAXCC} op n THEN command [ELSE command], SET {MAXCC|LASTCC} = n.
  void Modal(const std::vector<std::string>& words, const std::string& command) {
    if (words[0] == "SET") {
      if (!Set(words, 1)) Unsupported(command, "SET");
      return;
    }
    // IF LASTCC op n THEN SET ...: the operator may be glued to its operands.
    std::string condition;
    size_t then = 1;
    for (; then < words.size() && words[then] != "THEN"; ++then) condition += words[then] + " ";
    std::optional<bool> holds;
    for (std::string_view subject : {"LASTCC", "MAXCC"}) {
      if (!condition.starts_with(subject)) continue;
      std::string rest = condition.substr(subject.size());
      std::string op, number;
      for (char c : rest) {
        if (c == ' ') continue;
        (std::isdigit(static_cast<unsigned char>(c)) ? number : op) += c;
      }
      std::optional<int> value =
          number.empty() ? std::nullopt : std::optional<int>(std::stoi(number.substr(0, 4)));
      if (value) holds = Holds(subject == "LASTCC" ? last_cc_ : max_cc_, op, *value);
    }
    if (!holds || then + 1 >= words.size() || words[then + 1] != "SET") {
      Unsupported(command, "IF");
      return;
    }
    size_t else_at = then + 1;
    while (else_at < words.size() && words[else_at] != "ELSE") ++else_at;
    std::vector<std::string> then_part(words.begin() + static_cast<long>(then) + 1,
                                       words.begin() + static_cast<long>(else_at));
    std::vector<std::string> else_part;
    if (else_at + 1 < words.size()) {
      else_part.assign(words.begin() + static_cast<long>(else_at) + 1, words.end());
    }
    const std::vector<std::string>& chosen = *holds ? then_part : else_part;
    if (!chosen.empty() && !Set(chosen, 1)) Unsupported(command, "SET");
    out_.push_back(
        fmt::format("IDC0001I FUNCTION COMPLETED, HIGHEST CONDITION CODE WAS {}", max_cc_));
  }

  // SET MAXCC = n (blanks optional) from words[first] on.
  auto Set(const std::vector<std::string>& words, size_t first) -> bool {
    std::string rest;
    for (size_t i = first; i < words.size(); ++i) rest += words[i];
    size_t equals = rest.find('=');
    if (equals == std::string::npos) return false;
    std::string name = rest.substr(0, equals);
    std::string number = rest.substr(equals + 1);
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos ||
        (name != "MAXCC" && name != "LASTCC")) {
      return false;
    }
    int value = std::stoi(number.substr(0, 4));
    (name == "MAXCC" ? max_cc_ : last_cc_) = value;
    return true;
  }

  auto Delete(const std::vector<std::string>& words) -> int {
    if (words.size() < 2) return Unsupported("DELETE", "DELETE");
    std::string name = words[1];
    if (name.size() > 2 && name.front() == '(' && name.back() == ')') {
      name = name.substr(1, name.size() - 2);
    }
    Catalog::Update update;
    if (catalog_.Find(name) != nullptr) {
      update.removals.push_back(name);
    } else if (catalog_.FindGdg(name) != nullptr) {
      update.gdg_removals.push_back(name);
    } else {
      out_.push_back(fmt::format("IDC3012I ENTRY {} NOT FOUND", name));
      out_.push_back(fmt::format("IDC0551I ** ENTRY {} NOT DELETED", name));
      return 8;
    }
    if (!Commit(update)) return 12;
    out_.push_back(fmt::format("IDC0550I ENTRY (A) {} DELETED", name));
    return 0;
  }

  auto Define(const std::string& command) -> int {
    std::optional<std::string> name = Parenthesised(command, {"NAME", "NA"});
    if (!name || name->empty()) return Unsupported(command, "DEFINE");
    Catalog::Update update;
    if (command.find(" GDG") != std::string::npos ||
        command.find("GENERATIONDATAGROUP") != std::string::npos) {
      std::optional<std::string> limit = Parenthesised(command, {"LIMIT", "LIM"});
      GdgBase base;
      base.name = *name;
      base.limit = limit ? static_cast<uint32_t>(std::atoi(limit->c_str())) : 0;
      if (base.limit < 1 || base.limit > 255) {
        out_.push_back("IDC3203I ITEM LIMIT DOES NOT CONFORM TO ITS RESTRICTIONS");
        return 12;
      }
      base.scratch = command.find("NOSCRATCH") == std::string::npos &&
                     command.find("NOSCR") == std::string::npos;
      if (catalog_.FindGdg(*name) != nullptr) {
        out_.push_back(fmt::format("IDC3013I DUPLICATE DATA SET NAME {}", *name));
        return 12;
      }
      update.gdg_definitions.push_back(base);
    } else if (command.find("CLUSTER") != std::string::npos) {
      if (catalog_.Find(*name) != nullptr) {
        out_.push_back(fmt::format("IDC3013I DUPLICATE DATA SET NAME {}", *name));
        return 12;
      }
      // A cluster is kept as a sequential file of its maximum record size.
      std::optional<std::string> sizes = Parenthesised(command, {"RECORDSIZE", "RECSZ"});
      uint32_t lrecl = 0;
      if (sizes) {
        std::vector<std::string> numbers = Words(*sizes);
        if (!numbers.empty()) lrecl = static_cast<uint32_t>(std::atoi(numbers.back().c_str()));
      }
      std::string path = step_.work_dir + "/define." + *name;
      WriteWhole(path, "");
      update.additions.push_back(
          Catalog::Update::Addition{*name, path, DatasetAttributes{"F", lrecl}});
    } else {
      return Unsupported(command, "DEFINE");
    }
    return Commit(update) ? 0 : 12;
  }

  auto FindDataset(const std::string& command, std::initializer_list<std::string_view> file,
                   std::initializer_list<std::string_view> dataset,
                   std::optional<Allocation>& found) -> bool {
    if (std::optional<std::string> dd = Parenthesised(command, file)) {
      const Allocation* allocation = step_.Find(*dd);
      if (allocation == nullptr) {
        emitter_.Emit(DiagnosticKind::kRunMissingDd, step_.loc, step_.name, "IDCAMS", *dd);
        out_.push_back(fmt::format("IDC3351I ** VSAM OPEN RETURN CODE IS 128 ({})", *dd));
        return false;
      }
      found = *allocation;
      return true;
    }
    if (std::optional<std::string> dsn = Parenthesised(command, dataset)) {
      const CatalogEntry* entry = catalog_.Find(*dsn);
      if (entry == nullptr) {
        out_.push_back(fmt::format("IDC3012I ENTRY {} NOT FOUND", *dsn));
        return false;
      }
      Allocation allocation;
      allocation.kind = Allocation::Kind::kCataloged;
      allocation.dsn = *dsn;
      allocation.path = catalog_.PathOf(*entry);
      allocation.attributes = entry->attributes;
      found = allocation;
      return true;
    }
    return false;
  }

  auto Repro(const std::string& command, bool print) -> int {
    std::optional<Allocation> input;
    if (!FindDataset(command, {"INFILE", "IFILE"}, {"INDATASET", "IDS"}, input)) {
      return input ? 12 : Unsupported(command, print ? "PRINT" : "REPRO");
    }
    std::vector<std::string> records = ReadRecords(*input);
    if (print) {
      for (const std::string& record : records) out_.push_back(record);
      out_.push_back(fmt::format("IDC0005I NUMBER OF RECORDS PROCESSED WAS {}", records.size()));
      return 0;
    }
    std::optional<Allocation> output;
    if (!FindDataset(command, {"OUTFILE", "OFILE"}, {"OUTDATASET", "ODS"}, output)) {
      return output ? 12 : Unsupported(command, "REPRO");
    }
    std::string data = ReadWhole(input->path);
    if (!WriteWhole(output->path, data)) {
      emitter_.Emit(DiagnosticKind::kRunDatasetIo, step_.loc, step_.name, output->dsn, output->dd,
                    "cannot be written");
      return 12;
    }
    out_.push_back(fmt::format("IDC0005I NUMBER OF RECORDS PROCESSED WAS {}", records.size()));
    return 0;
  }

  auto Commit(const Catalog::Update& update) -> bool {
    ErrorOr<Success> committed = catalog_.Commit(update);
    if (committed) return true;
    emitter_.Emit(DiagnosticKind::kRunCatalogUnusable, step_.loc, catalog_.directory(),
                  committed.error().message());
    return false;
  }

  Catalog& catalog_;
  const StepRun& step_;
  DiagnosticEmitter& emitter_;
  std::vector<std::string> out_;
  int max_cc_ = 0;
  int last_cc_ = 0;
};

}  // namespace

auto RunIdcams(Catalog& catalog, const StepRun& step, DiagnosticEmitter& emitter) -> StepOutcome {
  return Idcams(catalog, step, emitter).Run();
}

}  // namespace remint::jobrun

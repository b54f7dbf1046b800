#include "tests/support/cobc_symbols.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>
#include <utility>

namespace remint::testing {
namespace {

constexpr std::string_view kSymbolTitle = "SIZE  TYPE           LVL  NAME";
constexpr std::string_view kSourceTitle = "LINE    ";
constexpr std::string_view kSummaryTitle = "Error/Warning summary:";
constexpr std::string_view kPageHeader = "GnuCOBOL ";
constexpr std::string_view kNoFields = "No fields defined.";
// The SIZE column of an ANY LENGTH item.
constexpr std::string_view kUnknownSize = "????? ";
constexpr size_t kTypeWidth = 14;  // cobc prints the TYPE column as %-14.14s
// cobc prints names as %-30.30s and copies at most 23 characters of a picture.
constexpr size_t kListedNameWidth = 30;
constexpr size_t kListedPictureWidth = 23;

auto TrimRight(std::string_view text) -> std::string_view {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

auto TrimLeft(std::string_view text) -> std::string_view {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  return text;
}

auto Trim(std::string_view text) -> std::string_view { return TrimLeft(TrimRight(text)); }

template <typename Number>
auto ParseNumber(std::string_view text) -> std::optional<Number> {
  Number value{};
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text.front()))) return std::nullopt;
  auto [end, status] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (status != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

auto SplitWords(std::string_view text) -> std::vector<std::string_view> {
  std::vector<std::string_view> words;
  text = Trim(text);
  while (!text.empty()) {
    size_t end = 0;
    while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    words.push_back(text.substr(0, end));
    text = TrimLeft(text.substr(end));
  }
  return words;
}

auto LineError(uint32_t line_number, std::string_view what, std::string_view line) -> Error {
  return Error("cobc listing line " + std::to_string(line_number) + ": " + std::string(what) +
               ": '" + std::string(line.substr(0, 120)) + "'");
}

// The PROGRAM-ID in the listed source, for listings of one program (which cobc prints
// without a PROGRAM line). Fixed-form source lines are "NNNNNNc " followed by the card.
class ProgramIdFinder {
 public:
  void SetFreeForm(bool free_form) { free_form_ = free_form; }

  void AddSourceLine(std::string_view line) {
    if (!found_.empty() || line.size() < 8) return;
    for (size_t i = 0; i < 6; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(line[i]))) return;
    }
    std::string_view card = line.substr(8);
    std::string_view code;
    if (free_form_) {
      code = Trim(card);
      if (code.starts_with("*>")) return;
    } else {
      if (card.size() <= 6 || card[6] == '*' || card[6] == '/') return;
      code = card.substr(7, 65);
    }
    for (std::string_view word : SplitWords(code)) {
      while (!word.empty()) {
        size_t end = word.find('.');
        std::string_view token = word.substr(0, end);
        if (!token.empty()) Take(token);
        if (end == std::string_view::npos || !found_.empty()) break;
        word.remove_prefix(end + 1);
      }
      if (!found_.empty()) return;
    }
  }

  auto found() const -> const std::string& { return found_; }

 private:
  void Take(std::string_view token) {
    if (expecting_name_) {
      if (token.size() >= 2 && (token.front() == '"' || token.front() == '\'')) {
        token = token.substr(1, token.size() - 2);
      }
      found_ = std::string(token);
      return;
    }
    std::string upper(token);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    expecting_name_ = upper == "PROGRAM-ID" || upper == "FUNCTION-ID";
  }

  bool free_form_ = false;
  bool expecting_name_ = false;
  std::string found_;
};

struct Frame {
  int level = 0;            // 0 for the root of an area or file
  std::string listed_name;  // "NAME" or "FILLER#n"
  int filler_children = 0;
};

class SymbolTableReader {
 public:
  explicit SymbolTableReader(CobcListing& listing) : listing_(listing) {}

  auto ReadLine(std::string_view line, uint32_t line_number) -> ErrorOr<Success> {
    line_number_ = line_number;
    line_ = line;
    if (line.starts_with("      ")) return ReadIndentedLine(Trim(line));
    if (line.starts_with(kUnknownSize)) return ReadItem(std::nullopt, line.substr(6));
    return ReadSizedLine(line);
  }

  auto ProgramsNamed() const -> bool { return !listing_.programs.empty(); }

 private:
  // Lines without a SIZE: section and PROGRAM headers, 88s, "No fields defined.".
  auto ReadIndentedLine(std::string_view text) -> ErrorOr<Success> {
    if (text == kNoFields) {
      listing_.programs_without_fields.push_back(program_);
      return Success{};
    }
    std::vector<std::string_view> words = SplitWords(text);
    if (words.size() == 2 && (words[0] == "PROGRAM" || words[0] == "FUNCTION")) {
      program_ = std::string(words[1]);
      listing_.programs.push_back(program_);
      area_.clear();
      StartArea("");
      return Success{};
    }
    if (words.size() == 2 && words[1] == "SECTION") {
      area_ = std::string(words[0]);
      StartArea("");
      return Success{};
    }
    // Otherwise it is an item line whose size column is blank (88s).
    return ReadItem(std::nullopt, line_.substr(6));
  }

  auto ReadSizedLine(std::string_view line) -> ErrorOr<Success> {
    size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) {
      ++digits;
    }
    std::optional<uint64_t> size = ParseNumber<uint64_t>(line.substr(0, digits));
    if (!size || digits >= line.size() || line[digits] != ' ') {
      return LineError(line_number_, "expected a symbol line (SIZE TYPE LVL NAME PICTURE)", line);
    }
    return ReadItem(size, line.substr(digits + 1));
  }

  // `rest` starts at the TYPE column.
  auto ReadItem(std::optional<uint64_t> size, std::string_view rest) -> ErrorOr<Success> {
    if (rest.size() <= kTypeWidth || rest[kTypeWidth] != ' ') {
      return LineError(line_number_, "no TYPE column", line_);
    }
    std::string category(Trim(rest.substr(0, kTypeWidth)));
    rest = rest.substr(kTypeWidth + 1);
    if (category.empty()) return LineError(line_number_, "empty TYPE column", line_);
    if (category == "FILE") return ReadFile(size, Trim(rest));

    if (rest.size() < 2) return LineError(line_number_, "no level", line_);
    std::vector<std::string_view> level_and_rest = SplitWords(rest.substr(0, 2));
    std::optional<int> level =
        level_and_rest.size() == 1 ? ParseNumber<int>(level_and_rest[0]) : std::nullopt;
    if (!level || !IsKnownLevel(*level)) return LineError(line_number_, "bad level", line_);
    std::string_view name_and_tail = TrimLeft(rest.substr(2));
    size_t name_end = name_and_tail.find_first_of(" ,");
    std::string_view name = name_and_tail.substr(0, name_end);
    if (name.empty()) return LineError(line_number_, "no data name", line_);
    std::string_view tail =
        name_end == std::string_view::npos ? std::string_view() : name_and_tail.substr(name_end);

    CobcSymbol symbol;
    symbol.level = *level;
    symbol.kind = *level == 88   ? CobcSymbolKind::kCondition
                  : *level == 66 ? CobcSymbolKind::kRenames
                                 : CobcSymbolKind::kItem;
    symbol.name = std::string(name);
    symbol.category = std::move(category);
    symbol.listed_size = size;
    symbol.name_may_be_truncated = name.size() >= kListedNameWidth;
    if (auto described = ReadDescription(tail, symbol); !described) return described.error();
    if (!size && symbol.kind != CobcSymbolKind::kCondition &&
        !(symbol.any_length && line_.starts_with(kUnknownSize))) {
      return LineError(line_number_, "data item without a size", line_);
    }
    if (auto sized = ComputeSizes(symbol); !sized) return sized.error();
    if (auto placed = Place(symbol); !placed) return placed.error();
    listing_.symbols.push_back(std::move(symbol));
    return Success{};
  }

  static auto IsKnownLevel(int level) -> bool {
    return (level >= 1 && level <= 49) || level == 66 || level == 77 || level == 88;
  }

  auto ReadFile(std::optional<uint64_t> size, std::string_view name) -> ErrorOr<Success> {
    if (!size || name.empty() || name.find(' ') != std::string_view::npos) {
      return LineError(line_number_, "bad FILE line", line_);
    }
    area_ = "FILE";
    StartArea(std::string(name));
    CobcSymbol symbol;
    symbol.program = program_;
    symbol.area = area_;
    symbol.file = file_;
    symbol.kind = CobcSymbolKind::kFile;
    symbol.name = file_;
    symbol.category = "FILE";
    symbol.listed_size = symbol.occurrence_size = symbol.total_size = size;
    symbol.name_may_be_truncated = name.size() >= kListedNameWidth;
    symbol.listing_line = line_number_;
    listing_.symbols.push_back(std::move(symbol));
    return Success{};
  }

  // The text after the name: "[PICTURE [USAGE]] [, OCCURS m [TO n]] [, REDEFINES X]" with
  // EXTERNAL/GLOBAL after any part; a group without PICTURE shows "OCCURS n" in its place.
  auto ReadDescription(std::string_view tail, CobcSymbol& symbol) -> ErrorOr<Success> {
    std::vector<std::string_view> parts;
    while (true) {
      size_t comma = tail.find(", ");
      parts.push_back(Trim(tail.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      tail.remove_prefix(comma + 2);
    }
    for (size_t index = 0; index < parts.size(); ++index) {
      std::vector<std::string_view> words;
      std::vector<std::string_view> listed = SplitWords(parts[index]);
      for (size_t word = 0; word < listed.size(); ++word) {
        if (listed[word] == "EXTERNAL") {
          symbol.is_external = true;
        } else if (listed[word] == "GLOBAL") {
          symbol.is_global = true;
        } else if (listed[word] == "BASED") {
          symbol.is_based = true;
        } else if (listed[word] == "ANY" && word + 1 < listed.size() &&
                   listed[word + 1] == "LENGTH") {
          symbol.any_length = true;
          ++word;
        } else {
          words.push_back(listed[word]);
        }
      }
      if (words.empty()) {
        if (index == 0) continue;
        return LineError(line_number_, "empty clause after ','", line_);
      }
      if (words[0] == "OCCURS") {
        if (auto occurs = ReadOccurs(words, symbol); !occurs) return occurs.error();
        if (index == 0) symbol.listed_size_covers_occurs = true;
      } else if (words[0] == "REDEFINES" && words.size() == 2 && index > 0) {
        symbol.redefines = std::string(words[1]);
      } else if (index == 0) {
        symbol.picture = std::string(words[0]);
        symbol.picture_may_be_truncated = words[0].size() >= kListedPictureWidth;
        for (size_t word = 1; word < words.size(); ++word) {
          if (!symbol.usage.empty()) symbol.usage += ' ';
          symbol.usage += words[word];
        }
      } else {
        return LineError(line_number_, "unknown clause '" + std::string(parts[index]) + "'", line_);
      }
    }
    return Success{};
  }

  auto ReadOccurs(const std::vector<std::string_view>& words, CobcSymbol& symbol)
      -> ErrorOr<Success> {
    std::optional<uint32_t> low =
        words.size() >= 2 ? ParseNumber<uint32_t>(words[1]) : std::nullopt;
    std::optional<uint32_t> high = low;
    if (words.size() == 4 && words[2] == "TO") {
      high = ParseNumber<uint32_t>(words[3]);
    } else if (words.size() != 2) {
      high.reset();
    }
    if (!low || !high || *low > *high || symbol.occurs_max) {
      return LineError(line_number_, "bad OCCURS", line_);
    }
    symbol.occurs_min = low;
    symbol.occurs_max = high;
    return Success{};
  }

  auto ComputeSizes(CobcSymbol& symbol) -> ErrorOr<Success> {
    if (!symbol.listed_size) return Success{};
    uint64_t listed = *symbol.listed_size;
    uint64_t count = symbol.occurs_max.value_or(1);
    if (symbol.listed_size_covers_occurs) {
      if (count == 0) {
        symbol.occurrence_size = listed;
      } else if (listed % count != 0) {
        return LineError(line_number_, "size is not a multiple of the OCCURS maximum", line_);
      } else {
        symbol.occurrence_size = listed / count;
      }
    } else {
      symbol.occurrence_size = listed;
    }
    if (count != 0 && *symbol.occurrence_size > std::numeric_limits<uint64_t>::max() / count) {
      return LineError(line_number_, "size overflows", line_);
    }
    symbol.total_size = *symbol.occurrence_size * count;
    return Success{};
  }

  // Qualification and FILLER ordinal from the level structure.
  auto Place(CobcSymbol& symbol) -> ErrorOr<Success> {
    if (area_.empty()) return LineError(line_number_, "data item outside any section", line_);
    symbol.program = program_;
    symbol.area = area_;
    symbol.file = file_;
    symbol.listing_line = line_number_;
    if (symbol.kind == CobcSymbolKind::kCondition) {
      if (frames_.size() < 2) return LineError(line_number_, "88 without an item", line_);
      symbol.qualification = Qualification(frames_.size());
      return Success{};
    }
    if (symbol.kind == CobcSymbolKind::kRenames) {
      if (frames_.size() < 2) return LineError(line_number_, "66 without a record", line_);
      symbol.qualification = Qualification(2);
      return Success{};
    }
    if (symbol.level == 1 || symbol.level == 77) {
      frames_.resize(1);
    } else {
      while (frames_.size() > 1 && frames_.back().level >= symbol.level) frames_.pop_back();
      if (frames_.size() < 2 || frames_.back().level == 77) {
        return LineError(
            line_number_,
            "level " + std::to_string(symbol.level) + " item without an enclosing record", line_);
      }
    }
    symbol.qualification = Qualification(frames_.size());
    Frame frame{.level = symbol.level, .listed_name = symbol.name, .filler_children = 0};
    if (symbol.name == "FILLER") {
      symbol.filler_ordinal = ++frames_.back().filler_children;
      frame.listed_name += "#" + std::to_string(symbol.filler_ordinal);
    }
    frames_.push_back(std::move(frame));
    return Success{};
  }

  // Names of frames 1 .. end-1 (frame 0 is the area's root).
  auto Qualification(size_t end) const -> std::vector<std::string> {
    std::vector<std::string> names;
    for (size_t index = 1; index < end; ++index) names.push_back(frames_[index].listed_name);
    return names;
  }

  void StartArea(std::string file) {
    file_ = std::move(file);
    frames_.assign(1, Frame{});
  }

  CobcListing& listing_;
  std::string program_;
  std::string area_;
  std::string file_;
  std::vector<Frame> frames_ = {Frame{}};
  uint32_t line_number_ = 0;
  std::string_view line_;
};

// "N errors in compilation group" / "1 warning in compilation group"; false for other lines.
auto ReadSummaryCount(std::string_view line, CobcListing& listing) -> bool {
  std::vector<std::string_view> words = SplitWords(line);
  if (words.size() != 5 || words[2] != "in" || words[3] != "compilation" || words[4] != "group") {
    return false;
  }
  std::optional<int> count = ParseNumber<int>(words[0]);
  if (!count) return false;
  if (words[1] == "error" || words[1] == "errors") {
    listing.error_count = count;
  } else if (words[1] == "warning" || words[1] == "warnings") {
    listing.warning_count = count;
  } else {
    return false;
  }
  return true;
}

enum class Part : uint8_t { kBeforeTitle, kSource, kSymbols, kSummary };

}  // namespace

auto ParseCobcListing(std::string_view listing) -> ErrorOr<CobcListing> {
  CobcListing result;
  SymbolTableReader reader(result);
  ProgramIdFinder program_id;
  Part part = Part::kBeforeTitle;
  bool saw_symbol_table = false;
  uint32_t line_number = 0;
  while (!listing.empty()) {
    size_t end = listing.find('\n');
    std::string_view line = listing.substr(0, end);
    listing.remove_prefix(end == std::string_view::npos ? listing.size() : end + 1);
    ++line_number;
    if (line.find('\0') != std::string_view::npos) {
      return LineError(line_number, "NUL byte in listing", "");
    }
    while (line.starts_with('\f')) line.remove_prefix(1);
    line = TrimRight(line);
    if (line.empty() || line.starts_with(kPageHeader)) continue;
    if (line.starts_with(kSymbolTitle)) {
      part = Part::kSymbols;
      saw_symbol_table = true;
      continue;
    }
    if (line.starts_with(kSourceTitle)) {
      part = Part::kSource;
      program_id.SetFreeForm(line.find("SOURCE") != std::string_view::npos);
      continue;
    }
    if (line == kSummaryTitle) {
      part = Part::kSummary;
      continue;
    }
    if (part != Part::kSource && ReadSummaryCount(line, result)) {
      part = Part::kSummary;
      continue;
    }
    if (part == Part::kSource) program_id.AddSourceLine(line);
    if (part != Part::kSymbols) continue;
    if (auto read = reader.ReadLine(line, line_number); !read) return read.error();
  }
  if (!saw_symbol_table) {
    return Error("cobc listing has no symbol table (was it produced with -ftsymbols?)");
  }
  if (!reader.ProgramsNamed()) {
    // One program: cobc names it nowhere in the table, so take the source's PROGRAM-ID.
    const std::string& name = program_id.found();
    result.programs.push_back(name);
    for (CobcSymbol& symbol : result.symbols) symbol.program = name;
    for (std::string& program : result.programs_without_fields) program = name;
  }
  return result;
}

auto CobcSymbolKey(const CobcSymbol& symbol) -> std::string {
  std::string key = symbol.program + ":" + symbol.area;
  if (!symbol.file.empty()) key += "/" + symbol.file;
  key += ":";
  for (const std::string& name : symbol.qualification) key += name + ".";
  key += symbol.name;
  if (symbol.filler_ordinal > 0) key += "#" + std::to_string(symbol.filler_ordinal);
  return key;
}

auto DumpCobcListing(const CobcListing& listing) -> std::string {
  auto size_text = [](const std::optional<uint64_t>& size) {
    return size ? std::to_string(*size) : std::string("-");
  };
  std::string out;
  for (const std::string& program : listing.programs) out += "program " + program + "\n";
  for (const std::string& program : listing.programs_without_fields) {
    out += "no-fields " + program + "\n";
  }
  for (const CobcSymbol& symbol : listing.symbols) {
    out += (symbol.level < 10 ? "0" : "") + std::to_string(symbol.level) + " " +
           CobcSymbolKey(symbol) + " size=" + size_text(symbol.listed_size) +
           " one=" + size_text(symbol.occurrence_size) + " total=" + size_text(symbol.total_size) +
           " " + symbol.category;
    if (!symbol.picture.empty()) out += " pic=" + symbol.picture;
    if (!symbol.usage.empty()) out += " usage=" + symbol.usage;
    if (symbol.occurs_max) {
      out += " occurs=" + std::to_string(*symbol.occurs_min);
      if (*symbol.occurs_min != *symbol.occurs_max) out += "-" + std::to_string(*symbol.occurs_max);
    }
    if (!symbol.redefines.empty()) out += " redefines=" + symbol.redefines;
    if (symbol.is_external) out += " external";
    if (symbol.is_global) out += " global";
    if (symbol.name_may_be_truncated) out += " name-cut?";
    if (symbol.picture_may_be_truncated) out += " picture-cut?";
    out += "\n";
  }
  if (listing.error_count) out += "errors " + std::to_string(*listing.error_count) + "\n";
  if (listing.warning_count) out += "warnings " + std::to_string(*listing.warning_count) + "\n";
  return out;
}

}  // namespace remint::testing

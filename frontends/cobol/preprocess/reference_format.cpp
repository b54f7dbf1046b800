#include "frontends/cobol/preprocess/reference_format.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/cobol/preprocess/conditional_compilation.h"
#include "frontends/cobol/preprocess/text_words.h"

namespace remint::cobol {
namespace {

constexpr uint32_t kProgramTextWidth = 65;  // Columns 8-72.
// A garbage file would otherwise produce one diagnostic per line.
constexpr int kMaxFormatErrorsPerFile = 20;

auto IsBlank(char c) -> bool { return c == ' ' || c == '\r' || c == '\f' || c == '\v'; }

auto FirstNonBlank(std::string_view text) -> size_t {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsBlank(text[i])) return i;
  }
  return std::string_view::npos;
}

auto StartsWithWord(std::string_view text, std::string_view upper_word) -> bool {
  if (text.size() < upper_word.size()) return false;
  if (!EqualsIgnoringCase(text.substr(0, upper_word.size()), upper_word)) return false;
  return text.size() == upper_word.size() || IsBlank(text[upper_word.size()]) ||
         text[upper_word.size()] == '.';
}

// Where an inline "*>" comment starts and whether the text ends inside an alphanumeric literal.
struct LiteralScan {
  size_t comment_start = std::string_view::npos;
  char open_quote = 0;
  size_t open_quote_offset = std::string_view::npos;
  // The last character closed a literal (with this quote): if the line is full, a
  // continuation line may still turn that quote into the first half of a doubled one.
  char closed_at_end = 0;
};

auto ScanLiterals(std::string_view text, size_t start, char quote) -> LiteralScan {
  LiteralScan scan;
  scan.open_quote = quote;
  for (size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if (scan.open_quote != 0) {
      if (c != scan.open_quote) continue;
      if (i + 1 < text.size() && text[i + 1] == scan.open_quote) {
        ++i;  // A doubled quotation mark stands for one inside the literal.
      } else {
        if (i + 1 == text.size()) scan.closed_at_end = scan.open_quote;
        scan.open_quote = 0;
      }
    } else if (c == '"' || c == '\'') {
      scan.open_quote = c;
      scan.open_quote_offset = i;
    } else if (c == '*' && i + 1 < text.size() && text[i + 1] == '>') {
      scan.comment_start = i;
      return scan;
    }
  }
  return scan;
}

// Identification-division paragraphs whose entries are free comment text (COBOL-85 keeps
// them as obsolete elements): quotes in them do not open literals.
auto StartsCommentEntry(std::string_view text) -> bool {
  for (std::string_view keyword :
       {"AUTHOR", "INSTALLATION", "DATE-WRITTEN", "DATE-COMPILED", "SECURITY", "REMARKS"}) {
    if (text.size() > keyword.size() && text[keyword.size()] == '.' &&
        EqualsIgnoringCase(text.substr(0, keyword.size()), keyword)) {
      return true;
    }
  }
  return false;
}

auto IsValidIndicator(char c) -> bool {
  return c == ' ' || c == '*' || c == '/' || c == '-' || c == 'D' || c == 'd' || c == '$';
}

// Splits the operands of a CBL/PROCESS card: commas and spaces separate them, except inside
// parentheses (FLAG(I,W)).
void SplitProcessOptions(std::string_view text, std::vector<std::string>& options) {
  std::string current;
  int depth = 0;
  auto flush = [&] {
    if (!current.empty()) options.push_back(std::move(current));
    current.clear();
  };
  for (char c : text) {
    if (depth == 0 && (IsBlank(c) || c == ',' || c == '\t')) {
      flush();
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    current.push_back(c);
  }
  flush();
}

class ReferenceFormatReader {
 public:
  ReferenceFormatReader(const SourceFile& file, FileId id, IncludeId include,
                        const ReferenceFormatOptions& options, DiagnosticEmitter& emitter)
      : file_(file),
        include_(include),
        options_(options),
        emitter_(emitter),
        conditional_(options.conditional != nullptr ? *options.conditional : own_conditional_) {
    out_.file = id;
    tab_width_ = std::max<uint32_t>(options.tab_width, 1);
  }

  auto Read() -> LogicalText {
    format_ = options_.format == ReferenceFormat::kAuto
                  ? DetectReferenceFormat(file_.text, options_.fallback_format)
                  : options_.format;
    out_.initial_format = format_;
    out_.text.reserve(file_.text.text.size());
    const SourceText& source = file_.text;
    for (uint32_t number = 1; number <= source.line_count(); ++number) {
      PrepareLine(source.line(number));
      line_number_ = number;
      if (format_ == ReferenceFormat::kFree) {
        ReadFreeLine();
      } else {
        ReadFixedLine();
      }
    }
    ReportOpenLiteral();
    if (size_t open = conditional_.TakeOpenBranches(); open > 0) {
      emitter_.Emit(
          DiagnosticKind::kCobolBadDirective,
          SourceLoc{out_.file, source.line_count(), 1, include_},
          ">>IF: " + std::to_string(open) + " not closed by >>END-IF at the end of the file");
    }
    out_.text.append(deferred_newlines_, '\n');
    return std::move(out_);
  }

 private:
  // Where the bytes of line_ came from: from `offset` on, byte i is at column
  // `column + (i - offset)` until the next break.
  struct ColumnBreak {
    uint32_t offset;
    uint32_t column;
  };

  // Expands tabs to tab stops and notes where UTF-8 continuation bytes share a column.
  void PrepareLine(std::string_view raw) {
    breaks_.clear();
    breaks_.push_back({0, 1});
    bool simple = std::none_of(raw.begin(), raw.end(), [](char c) {
      return c == '\t' || (static_cast<unsigned char>(c) & 0x80) != 0;
    });
    if (simple) {
      line_ = raw;
      return;
    }
    expanded_.clear();
    uint32_t display_column = 1;
    uint32_t original_column = 1;
    for (char c : raw) {
      auto offset = static_cast<uint32_t>(expanded_.size());
      if (c == '\t') {
        uint32_t spaces = tab_width_ - (display_column - 1) % tab_width_;
        breaks_.push_back({offset, original_column});
        expanded_.append(spaces, ' ');
        display_column += spaces;
        ++original_column;
        breaks_.push_back({offset + spaces, original_column});
      } else if ((static_cast<unsigned char>(c) & 0xc0) == 0x80) {
        breaks_.push_back({offset, original_column - 1});
        expanded_.push_back(c);
      } else {
        expanded_.push_back(c);
        ++display_column;
        ++original_column;
      }
    }
    line_ = expanded_;
  }

  auto ColumnOf(size_t offset) const -> uint32_t {
    auto after = std::upper_bound(
        breaks_.begin(), breaks_.end(), offset,
        [](size_t value, const ColumnBreak& entry) { return value < entry.offset; });
    const ColumnBreak& entry = *(after - 1);
    return entry.column + static_cast<uint32_t>(offset - entry.offset);
  }

  auto LocationOf(size_t offset) const -> SourceLoc {
    return SourceLoc{out_.file, line_number_, ColumnOf(offset), include_};
  }

  void AddSegment(uint32_t length, uint32_t column) {
    auto offset = static_cast<uint32_t>(out_.text.size());
    if (!out_.segments.empty()) {
      TextSegment& last = out_.segments.back();
      if (last.offset + last.length == offset && last.line == line_number_ &&
          last.column + last.length == column) {
        last.length += length;
        return;
      }
    }
    out_.segments.push_back({offset, length, line_number_, column});
  }

  // Appends line_[begin, end) with its columns.
  void AppendFromLine(size_t begin, size_t end) {
    if (begin >= end) return;
    auto after = std::upper_bound(
        breaks_.begin(), breaks_.end(), begin,
        [](size_t value, const ColumnBreak& entry) { return value < entry.offset; });
    size_t index = static_cast<size_t>(after - breaks_.begin()) - 1;
    size_t position = begin;
    while (position < end) {
      size_t piece_end = end;
      if (index + 1 < breaks_.size()) piece_end = std::min<size_t>(end, breaks_[index + 1].offset);
      if (piece_end > position) {
        uint32_t column =
            breaks_[index].column + static_cast<uint32_t>(position - breaks_[index].offset);
        AddSegment(static_cast<uint32_t>(piece_end - position), column);
        out_.text.append(line_.substr(position, piece_end - position));
      }
      position = piece_end;
      ++index;
    }
  }

  void TrimTrailingSpaces() {
    while (!out_.text.empty() && out_.text.back() == ' ') {
      out_.text.pop_back();
      if (!out_.segments.empty()) {
        TextSegment& last = out_.segments.back();
        if (last.offset + last.length > out_.text.size()) {
          if (--last.length == 0) out_.segments.pop_back();
        }
      }
    }
    if (!out_.debugging_lines.empty()) {
      OffsetRange& range = out_.debugging_lines.back();
      range.end = std::min<uint32_t>(range.end, static_cast<uint32_t>(out_.text.size()));
    }
  }

  auto ReportFormatError() -> bool {
    ++format_errors_;
    if (format_errors_ == kMaxFormatErrorsPerFile + 1) {
      emitter_.Emit(DiagnosticKind::kCobolTooManyDiagnostics, LocationOf(0));
    }
    return format_errors_ <= kMaxFormatErrorsPerFile;
  }

  void ReportOpenLiteral() {
    if (open_quote_ == 0) return;
    if (ReportFormatError()) {
      std::string quote(1, open_quote_);
      emitter_.Emit(DiagnosticKind::kCobolUnterminatedLiteral, open_quote_location_, quote);
    }
    open_quote_ = 0;
  }

  // Appends one line's program text line_[begin, end), scanning literals from `quote`.
  void AppendProgramText(size_t begin, size_t end, char quote, bool debugging,
                         size_t scan_from = std::string_view::npos) {
    if (scan_from == std::string_view::npos) scan_from = begin;
    std::string_view text = line_.substr(0, end);
    LiteralScan scan;
    if (in_comment_entry_) {
      // Only an inline comment matters in comment-entry text.
      size_t comment = text.find("*>", begin);
      scan.comment_start = comment;
    } else {
      scan = ScanLiterals(text, std::min(scan_from, text.size()), quote);
    }
    size_t stop = std::min(scan.comment_start, end);
    if (scan.comment_start != std::string_view::npos) scan.open_quote = 0;
    auto start_offset = static_cast<uint32_t>(out_.text.size());
    size_t kept = stop;
    if (scan.open_quote == 0) {
      // Trailing blanks are not program text (those of a continued literal are).
      while (kept > begin && IsBlank(line_[kept - 1])) --kept;
    }
    AppendFromLine(begin, kept);
    if (debugging) {
      out_.debugging_lines.push_back({start_offset, static_cast<uint32_t>(out_.text.size())});
    }
    open_quote_ = scan.open_quote;
    closed_at_end_ = 0;
    if (scan.closed_at_end != 0 && scan.comment_start == std::string_view::npos &&
        ProgramTextCharacters(stop) == kProgramTextWidth) {
      closed_at_end_ = scan.closed_at_end;
    }
    if (open_quote_ != 0) {
      // A literal opened on this line is reported at its quote; one continued from earlier
      // lines keeps the location of its opening quote there.
      if (scan.open_quote_offset != std::string_view::npos) {
        open_quote_location_ = LocationOf(scan.open_quote_offset);
      }
      // A literal continued from a short line runs to column 72 with spaces.
      size_t characters = ProgramTextCharacters(stop);
      pad_spaces_ = characters < kProgramTextWidth
                        ? kProgramTextWidth - static_cast<uint32_t>(characters)
                        : 0;
      pad_column_ = stop > 0 ? ColumnOf(stop - 1) + 1 : 1;
      pad_line_ = line_number_;
    }
  }

  auto ProgramTextCharacters(size_t stop) const -> size_t {
    size_t characters = 0;
    for (size_t i = program_text_begin_; i < stop; ++i) {
      if ((static_cast<unsigned char>(line_[i]) & 0xc0) != 0x80) ++characters;
    }
    return characters;
  }

  // Tracks comment entries: from an AUTHOR-like paragraph to the next line with something in
  // Area A (fixed form) or the next division or paragraph header (free form).
  void UpdateCommentEntry(std::string_view first_word_text, bool area_a_used) {
    if (StartsCommentEntry(first_word_text)) {
      in_comment_entry_ = true;
      return;
    }
    if (!in_comment_entry_) return;
    bool ends = format_ == ReferenceFormat::kFixed
                    ? area_a_used
                    : StartsWithWord(first_word_text, "ENVIRONMENT") ||
                          StartsWithWord(first_word_text, "DATA") ||
                          StartsWithWord(first_word_text, "PROCEDURE");
    if (ends) {
      in_comment_entry_ = false;
    }
  }

  void StartContentLine() {
    ReportOpenLiteral();
    out_.text.append(deferred_newlines_, '\n');
    deferred_newlines_ = 0;
    seen_program_text_ = true;
  }

  // Removes CBL/PROCESS cards and listing directives; returns whether the line was one.
  auto HandleRemovedLine(std::string_view text, bool raw_line) -> bool {
    if (options_.accept_process_cards && !seen_program_text_) {
      for (std::string_view keyword : {std::string_view("CBL"), std::string_view("PROCESS")}) {
        if (StartsWithWord(text, keyword)) {
          SplitProcessOptions(text.substr(keyword.size()), out_.compiler_options);
          return true;
        }
      }
    }
    if (raw_line) return false;
    if (StartsWithWord(text, "EJECT") || StartsWithWord(text, "SKIP1") ||
        StartsWithWord(text, "SKIP2") || StartsWithWord(text, "SKIP3") ||
        StartsWithWord(text, "TITLE")) {
      return true;
    }
    return false;
  }

  // ">>SOURCE FORMAT IS FREE" and friends; `offset` is where ">>" starts in line_.
  void HandleDirective(size_t offset) {
    std::string_view text = line_.substr(offset + 2);
    DirectiveOutcome outcome = conditional_.Handle(DirectiveWords(text));
    if (outcome.handled) {
      if (outcome.error) {
        emitter_.Emit(DiagnosticKind::kCobolBadDirective, LocationOf(offset), *outcome.error);
      }
      if (outcome.constant) {
        out_.constants.push_back(
            LogicalText::SourceConstant{static_cast<uint32_t>(out_.text.size()),
                                        outcome.constant->first, outcome.constant->second});
      }
      return;
    }
    if (!conditional_.active()) return;  // In a branch not compiled.
    std::vector<std::string> words;
    SplitProcessOptions(text, words);
    for (std::string& word : words) {
      for (char& c : word) c = ToUpperAscii(c);
    }
    if (words.empty()) return;
    if (words[0] == "SOURCE") {
      for (size_t i = 1; i < words.size(); ++i) {
        if (words[i] == "FREE" || words[i] == "FIXED") {
          SwitchFormat(words[i] == "FREE" ? ReferenceFormat::kFree : ReferenceFormat::kFixed);
          return;
        }
      }
    } else if (words[0] == "PAGE" || words[0] == "LISTING") {
      return;  // Listing control only.
    }
    emitter_.Emit(DiagnosticKind::kCobolUnsupportedDirective, LocationOf(offset), ">>" + words[0]);
  }

  // Micro Focus "$SET SOURCEFORMAT"FREE"" in the indicator column.
  void HandleDollarDirective(std::string_view text) {
    std::string upper(text);
    for (char& c : upper) c = ToUpperAscii(c);
    size_t at = upper.find("SOURCEFORMAT");
    if (at == std::string::npos) return;
    std::string_view rest = std::string_view(upper).substr(at + 12);
    if (rest.find("FREE") != std::string_view::npos) SwitchFormat(ReferenceFormat::kFree);
    if (rest.find("FIXED") != std::string_view::npos) SwitchFormat(ReferenceFormat::kFixed);
  }

  void SwitchFormat(ReferenceFormat format) {
    format_ = format;
    out_.format_switches.emplace_back(static_cast<uint32_t>(out_.text.size()), format);
  }

  void ReadFixedLine() {
    if (options_.accept_process_cards && !seen_program_text_) {
      // CBL/PROCESS cards may start in column 1, over the sequence area.
      size_t lead = FirstNonBlank(line_);
      if (lead != std::string_view::npos && lead < 7 &&
          HandleRemovedLine(line_.substr(lead), true)) {
        ++deferred_newlines_;
        return;
      }
    }
    CardImage card = SplitCardImage(line_);
    program_text_begin_ = static_cast<size_t>(card.program_text.data() - line_.data());
    size_t text_end = program_text_begin_ + card.program_text.size();
    // CA Librarian's "-INC member" is punched from column 1, over the sequence area: its words
    // are read from there, and the copy stage includes the member as COPY would.
    if (conditional_.active() && line_.size() > 5 && line_[0] == '-' &&
        EqualsIgnoringCase(line_.substr(1, 3), "INC") && IsBlank(line_[4])) {
      StartContentLine();
      AppendProgramText(0, text_end, 0, false);
      has_open_line_ = false;  // Nothing continues it.
      deferred_newlines_ = 1;
      return;
    }
    size_t first = FirstNonBlank(card.program_text);
    char indicator = card.indicator;
    if (!conditional_.active() && !(indicator == '>' && card.program_text.starts_with(">")) &&
        !(first != std::string_view::npos && card.program_text.substr(first).starts_with(">>"))) {
      ++deferred_newlines_;  // A line of a >>IF branch not compiled.
      return;
    }
    if (indicator == '>' && !card.program_text.empty() && card.program_text[0] == '>') {
      HandleDirective(program_text_begin_ - 1);
      ++deferred_newlines_;
      return;
    }
    if (indicator == '*' || indicator == '/' || first == std::string_view::npos) {
      if (indicator == '$') HandleDollarDirective(card.program_text);
      ++deferred_newlines_;
      return;
    }
    size_t begin = program_text_begin_ + first;
    if (indicator == '$') {
      HandleDollarDirective(card.program_text);
      ++deferred_newlines_;
      return;
    }
    if (!IsValidIndicator(indicator)) {
      if (ReportFormatError()) {
        std::string shown(1, indicator);
        emitter_.Emit(DiagnosticKind::kCobolInvalidIndicator,
                      SourceLoc{out_.file, line_number_, 7, include_}, shown);
      }
      indicator = ' ';
    }
    if (line_.substr(begin).starts_with(">>")) {
      HandleDirective(begin);
      ++deferred_newlines_;
      return;
    }
    if (indicator == '-') {
      ReadContinuation(begin, text_end);
      return;
    }
    if (HandleRemovedLine(line_.substr(begin, text_end - begin), false)) {
      ++deferred_newlines_;
      return;
    }
    UpdateCommentEntry(line_.substr(begin, text_end - begin), first < 4);
    StartContentLine();
    AppendProgramText(program_text_begin_, text_end, 0, indicator == 'D' || indicator == 'd');
    has_open_line_ = true;
    deferred_newlines_ = 1;
  }

  void ReadContinuation(size_t begin, size_t end) {
    if (!has_open_line_) {
      if (ReportFormatError()) {
        emitter_.Emit(DiagnosticKind::kCobolContinuationWithoutContinuedLine,
                      SourceLoc{out_.file, line_number_, 7, include_});
      }
      StartContentLine();
      AppendProgramText(begin, end, 0, false);
      has_open_line_ = true;
      deferred_newlines_ = 1;
      return;
    }
    char quote = open_quote_;
    size_t start = begin;
    size_t scan_from = std::string_view::npos;
    if (quote == 0 && closed_at_end_ != 0 && line_[begin] == closed_at_end_) {
      // "...ABC" in column 72 then -""DEF": the quote in column 72 was the first half of a
      // doubled quotation mark inside the literal, which goes on.
      start = begin + 1;
      if (start < end && line_[start] == closed_at_end_) {
        quote = closed_at_end_;
        scan_from = start + 1;
      }
    } else if (quote != 0) {
      if (pad_spaces_ > 0) {
        // The padding belongs to the continued line, past its last character.
        auto offset = static_cast<uint32_t>(out_.text.size());
        out_.segments.push_back({offset, pad_spaces_, pad_line_, pad_column_});
        out_.text.append(pad_spaces_, ' ');
      }
      if (line_[begin] == '"' || line_[begin] == '\'') {
        start = begin + 1;
      } else if (ReportFormatError()) {
        emitter_.Emit(DiagnosticKind::kCobolContinuedLiteralWithoutQuote, LocationOf(begin));
      }
    } else {
      TrimTrailingSpaces();
    }
    AppendProgramText(start, end, quote, false, scan_from);
    ++deferred_newlines_;
  }

  void ReadFreeLine() {
    program_text_begin_ = 0;
    size_t first = FirstNonBlank(line_);
    if (first == std::string_view::npos || line_.substr(first).starts_with("*>")) {
      ++deferred_newlines_;
      return;
    }
    std::string_view rest = line_.substr(first);
    bool debugging = false;
    size_t begin = 0;
    bool directive =
        rest.starts_with(">>") && !(rest.size() >= 3 && (rest[2] == 'D' || rest[2] == 'd') &&
                                    (rest.size() == 3 || IsBlank(rest[3])));
    if (!directive && !conditional_.active()) {
      ++deferred_newlines_;  // A line of a >>IF branch not compiled.
      return;
    }
    if (rest.starts_with(">>")) {
      if (rest.size() >= 3 && (rest[2] == 'D' || rest[2] == 'd') &&
          (rest.size() == 3 || IsBlank(rest[3]))) {
        debugging = true;
        begin = first + 3;
      } else {
        HandleDirective(first);
        ++deferred_newlines_;
        return;
      }
    } else if (rest.starts_with("$")) {
      HandleDollarDirective(rest);
      ++deferred_newlines_;
      return;
    } else if (HandleRemovedLine(rest, false)) {
      ++deferred_newlines_;
      return;
    }
    UpdateCommentEntry(line_.substr(begin == 0 ? first : begin), false);
    StartContentLine();
    AppendProgramText(begin, line_.size(), 0, debugging);
    // Free form has no continuation lines: a literal must close on its line.
    ReportOpenLiteral();
    has_open_line_ = true;
    deferred_newlines_ = 1;
  }

  const SourceFile& file_;
  IncludeId include_;
  const ReferenceFormatOptions& options_;
  DiagnosticEmitter& emitter_;
  LogicalText out_;
  ReferenceFormat format_ = ReferenceFormat::kFixed;
  uint32_t tab_width_ = 8;

  // The current line, after tab expansion.
  std::string_view line_;
  std::string expanded_;
  std::vector<ColumnBreak> breaks_;
  uint32_t line_number_ = 0;
  size_t program_text_begin_ = 0;

  // Line ends not yet written: a continuation line must still be able to extend the last line.
  uint32_t deferred_newlines_ = 0;
  bool has_open_line_ = false;
  bool seen_program_text_ = false;
  // The last line ended inside a literal opened with this quote (0 if not).
  char open_quote_ = 0;
  char closed_at_end_ = 0;
  bool in_comment_entry_ = false;
  SourceLoc open_quote_location_;
  uint32_t pad_spaces_ = 0;
  uint32_t pad_column_ = 0;
  uint32_t pad_line_ = 0;
  int format_errors_ = 0;
  ConditionalCompilation own_conditional_;
  ConditionalCompilation& conditional_;
};

}  // namespace

auto ReadReferenceFormat(const SourceFile& file, FileId id, IncludeId include,
                         const ReferenceFormatOptions& options, DiagnosticEmitter& emitter)
    -> LogicalText {
  return ReferenceFormatReader(file, id, include, options, emitter).Read();
}

}  // namespace remint::cobol

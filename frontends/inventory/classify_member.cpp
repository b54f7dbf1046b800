#include "frontends/inventory/classify_member.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "frontends/inventory/text_scan.h"

namespace remint::inventory {
namespace {

// A kind of evidence: how often it was seen and where first.
struct Evidence {
  uint32_t count = 0;
  uint32_t first_line = 0;

  void Add(uint32_t line) {
    if (count++ == 0) first_line = line;
  }
  explicit operator bool() const { return count > 0; }
};

struct Features {
  uint32_t nonblank_lines = 0;

  Evidence jcl_statement;  // "//name op" lines.
  Evidence jcl_comment;    // "//*" and "/*" lines.
  Evidence jcl_job;
  Evidence jcl_proc;

  Evidence cobol_line;  // Any line with COBOL evidence.
  Evidence cobol_identification;
  Evidence cobol_program_id;
  Evidence cobol_structure;  // Division and section headers, data entries, PICTURE clauses.
  Evidence cobol_verb;       // Statements that start with a COBOL-only verb.
  Evidence cobol_free;       // "*>" comments, >>SOURCE FORMAT FREE, text starting in area 1-7.

  Evidence fortran_line;    // Any line with Fortran evidence (comments included).
  Evidence fortran_strong;  // Statements no other language here has.
  Evidence fortran_free;    // "::", "!" comments, END PROGRAM...
};

const KeywordSet kCobolOnlyVerbs = {
    "MOVE",     "PERFORM",   "COMPUTE",    "DISPLAY",     "EVALUATE", "ADD",     "SUBTRACT",
    "MULTIPLY", "DIVIDE",    "INITIALIZE", "INSPECT",     "UNSTRING", "SEARCH",  "ACCEPT",
    "SELECT",   "FD",        "SD",         "COPY",        "GOBACK",   "END-IF",  "END-PERFORM",
    "WHEN",     "EXIT",      "END-EVALUATE", "END-READ",  "REPLACE",  "INITIATE"};

constexpr std::array<std::string_view, 14> kCobolHeaders = {
    "IDENTIFICATION DIVISION", "ENVIRONMENT DIVISION",   "DATA DIVISION",
    "PROCEDURE DIVISION",      "WORKING-STORAGE SECTION", "LINKAGE SECTION",
    "FILE SECTION",            "LOCAL-STORAGE SECTION",  "CONFIGURATION SECTION",
    "INPUT-OUTPUT SECTION",    "FILE-CONTROL",           "SPECIAL-NAMES",
    "SOURCE-COMPUTER",         "OBJECT-COMPUTER"};

// Statements that identify Fortran: no COBOL or JCL line starts with them.
const KeywordSet kFortranStrong = {
    "PROGRAM",   "SUBROUTINE", "FUNCTION",  "BLOCK",     "COMMON",    "DIMENSION", "EQUIVALENCE",
    "IMPLICIT",  "FORMAT",     "INTEGER",   "REAL",      "DOUBLE",    "LOGICAL",   "COMPLEX",
    "CHARACTER", "PARAMETER",  "CONTINUE",  "ENDIF",     "EXTERNAL",  "INTRINSIC", "MODULE",
    "CONTAINS",  "USE",        "INTERFACE", "RECURSIVE", "ELEMENTAL", "PURE",      "ENDDO"};

// Statements Fortran shares with other languages, or that need context.
const KeywordSet kFortranWeak = {
    "IF",   "CALL",  "READ",   "WRITE", "PRINT",  "STOP",  "RETURN", "GOTO", "GO",
    "DO",   "END",   "DATA",   "OPEN",  "CLOSE",  "REWIND", "ASSIGN", "ELSE"};

template <size_t N>
auto IsOneOf(std::string_view word, const std::array<std::string_view, N>& words) -> bool {
  for (std::string_view candidate : words) {
    if (EqualsIgnoreCase(word, candidate)) return true;
  }
  return false;
}

// The leading identifier of a statement ("REAL*8 X" -> "REAL", "FORMAT(1X)" -> "FORMAT").
auto LeadingKeyword(std::string_view text) -> std::string_view {
  size_t end = 0;
  while (end < text.size() && IsAsciiAlpha(text[end])) ++end;
  return text.substr(0, end);
}

auto IsLevelNumber(std::string_view word) -> bool {
  if (word.empty() || word.size() > 2) return false;
  for (char c : word) {
    if (!IsAsciiDigit(c)) return false;
  }
  int level = std::stoi(std::string(word));
  return (level >= 1 && level <= 49) || level == 66 || level == 77 || level == 88;
}

// After a level number: a data name (or FILLER) and then a data clause, or the entry's period.
// "01  CUST-REC." and "05 AMOUNT PIC S9(7)V99 COMP-3" qualify; "1       PASS" does not.
auto IsDataEntryRest(std::string_view name, std::string_view rest) -> bool {
  if (name.empty() || !IsAsciiAlpha(name.front())) return false;
  if (name.back() == '.') return true;
  std::string_view clause = NextWord(rest);
  if (clause.empty()) return name.find('-') != std::string_view::npos;
  static constexpr std::array<std::string_view, 20> kClauses = {
      "PIC",    "PICTURE", "VALUE",  "VALUES", "REDEFINES", "OCCURS",  "USAGE",
      "COMP",   "COMP-3",  "COMP-5", "BINARY", "PACKED-DECIMAL", "DISPLAY", "INDEX",
      "SYNC",   "JUST",    "BLANK",  "SIGN",   "RENAMES",   "EXTERNAL"};
  if (clause.back() == '.') clause.remove_suffix(1);
  return IsOneOf(clause, kClauses);
}

auto HasInnerHyphenWord(std::string_view text) -> bool {
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    if (text[i] == '-' && IsAsciiAlpha(text[i - 1]) && IsAsciiAlpha(text[i + 1])) return true;
  }
  return false;
}

void ScanJclLine(std::string_view line, uint32_t number, Features& features) {
  if (line.starts_with("//*") || line.starts_with("/*")) {
    features.jcl_comment.Add(number);
    return;
  }
  features.jcl_statement.Add(number);
  std::string_view rest = line.substr(2);
  // The name field is present when column 3 is not blank.
  if (!rest.empty() && rest.front() != ' ') NextWord(rest);
  std::string_view operation = NextWord(rest);
  if (EqualsIgnoreCase(operation, "JOB")) features.jcl_job.Add(number);
  if (EqualsIgnoreCase(operation, "PROC")) features.jcl_proc.Add(number);
}

// COBOL evidence in a line read as a card image (fixed) or as free text. Runs on every line of
// every member: one pass over the words, no allocation.
auto ScanCobolText(std::string_view text, uint32_t number, Features& features) -> bool {
  std::string_view trimmed = TrimSpaces(text);
  if (trimmed.empty()) return false;
  bool evidence = false;
  // Headers and PROGRAM-ID begin their line (area A).
  if (StartsWithIgnoreCase(trimmed, "PROGRAM-ID")) {
    features.cobol_program_id.Add(number);
    evidence = true;
  }
  if (StartsWithIgnoreCase(trimmed, "IDENTIFICATION DIVISION") ||
      StartsWithIgnoreCase(trimmed, "ID DIVISION")) {
    features.cobol_identification.Add(number);
    evidence = true;
  }
  for (std::string_view header : kCobolHeaders) {
    if (StartsWithIgnoreCase(trimmed, header)) {
      features.cobol_structure.Add(number);
      evidence = true;
      break;
    }
  }
  std::string_view words = trimmed;
  std::string_view first = NextWord(words);
  std::string_view second = NextWord(words);
  if (IsLevelNumber(first) && IsDataEntryRest(second, words)) {
    features.cobol_structure.Add(number);
    evidence = true;
  } else if (kCobolOnlyVerbs.Contains(LeadingKeyword(first)) &&
             LeadingKeyword(first).size() == first.size()) {
    features.cobol_verb.Add(number);
    evidence = true;
  }
  for (std::string_view word = second; !word.empty(); word = NextWord(words)) {
    if (EqualsIgnoreCase(word, "PIC") || EqualsIgnoreCase(word, "PICTURE")) {
      features.cobol_structure.Add(number);
      evidence = true;
      break;
    }
  }
  // Sentences end with a period; COBOL names have hyphens. Weak on their own, but they are
  // what copybook fragments ("RCD-1", "Linux.") consist of.
  if (trimmed.back() == '.' ||
      (HasInnerHyphenWord(trimmed) && trimmed.find('=') == std::string_view::npos)) {
    evidence = true;
  }
  return evidence;
}

auto IsCobolIndicator(char c) -> bool {
  return c == ' ' || c == '*' || c == '/' || c == '-' || c == 'D' || c == 'd' || c == '$';
}

auto IsAllDigits(std::string_view text) -> bool {
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

auto IsAllSpaces(std::string_view text) -> bool {
  return text.find_first_not_of(' ') == std::string_view::npos;
}

void ScanCobolLine(std::string_view line, uint32_t number, Features& features) {
  if (TrimSpaces(line).starts_with("*>") || StartsWithIgnoreCase(TrimSpaces(line), ">>SOURCE")) {
    features.cobol_free.Add(number);
    features.cobol_line.Add(number);
    return;
  }
  CardImage card = SplitCardImage(line);
  bool sequence_numbered = card.sequence.size() == 6 && IsAllDigits(card.sequence);
  bool sequence_blank = IsAllSpaces(card.sequence);
  bool card_shaped = sequence_numbered && IsCobolIndicator(card.indicator);
  if (card_shaped) {
    // A six-digit sequence number and a valid indicator: the reference format itself.
    features.cobol_line.Add(number);
    if (card.indicator == '*' || card.indicator == '/') return;
    ScanCobolText(card.program_text, number, features);
    return;
  }
  if ((sequence_blank || sequence_numbered) && (card.indicator == '*' || card.indicator == '/')) {
    features.cobol_line.Add(number);
    return;
  }
  if (sequence_blank && card.indicator == ' ') {
    if (ScanCobolText(card.program_text, number, features)) features.cobol_line.Add(number);
    return;
  }
  // Text that starts before column 8: free format, or not COBOL at all.
  Features free_features;
  // Verbs alone are not enough here: control statements of utilities (IDCAMS, TSO) also
  // start with words like WHEN and CALL.
  if (ScanCobolText(line, number, free_features) &&
      (free_features.cobol_structure || free_features.cobol_program_id ||
       free_features.cobol_identification)) {
    features.cobol_free.Add(number);
    features.cobol_line.Add(number);
    if (free_features.cobol_program_id) features.cobol_program_id.Add(number);
    if (free_features.cobol_identification) features.cobol_identification.Add(number);
    if (free_features.cobol_structure) features.cobol_structure.Add(number);
  }
}

// Fortran statement text (after the label field) or a free-form line.
auto ScanFortranStatement(std::string_view text, uint32_t number, Features& features) -> bool {
  std::string_view trimmed = TrimSpaces(text);
  if (trimmed.empty()) return false;
  std::string_view keyword = LeadingKeyword(trimmed);
  std::string_view after = TrimSpaces(trimmed.substr(keyword.size()));
  if (kFortranStrong.Contains(keyword)) {
    // "REAL X", "FORMAT (...)", "CONTINUE": the keyword must be followed by a name, '(' or '*',
    // or stand alone, and the line must not read like COBOL ("COMMON-AREA.").
    bool shaped = after.empty() || after.front() == '(' || after.front() == '*' ||
                  IsAsciiAlpha(after.front()) || after.front() == '/';
    if (shaped && trimmed.back() != '.') {
      features.fortran_strong.Add(number);
      return true;
    }
  }
  if (kFortranWeak.Contains(keyword) && trimmed.back() != '.') {
    if (EqualsIgnoreCase(keyword, "DO") && !after.empty() && IsAsciiDigit(after.front())) {
      features.fortran_strong.Add(number);  // DO 10 I = 1, N
    }
    return true;
  }
  // Assignment: NAME = ..., NAME(I, J) = ...
  if (!keyword.empty()) {
    size_t position = keyword.size();
    while (position < trimmed.size() &&
           (IsAsciiAlpha(trimmed[position]) || IsAsciiDigit(trimmed[position]) ||
            trimmed[position] == '_')) {
      ++position;
    }
    std::string_view rest = TrimSpaces(trimmed.substr(position));
    if (!rest.empty() && rest.front() == '(') {
      size_t close = rest.find(')');
      if (close != std::string_view::npos) rest = TrimSpaces(rest.substr(close + 1));
    }
    if (rest.starts_with('=') && !rest.starts_with("==") && trimmed.back() != '.') return true;
  }
  if (trimmed.find("::") != std::string_view::npos) {
    features.fortran_free.Add(number);
    return true;
  }
  return false;
}

void ScanFortranLine(std::string_view line, uint32_t number, Features& features) {
  char first = line.front();
  if (first == 'C' || first == 'c' || first == '*') {
    features.fortran_line.Add(number);
    return;
  }
  std::string_view trimmed = TrimSpaces(line);
  if (trimmed.starts_with('!')) {
    features.fortran_line.Add(number);
    if (first != '!') features.fortran_free.Add(number);
    return;
  }
  std::string_view label = line.substr(0, std::min<size_t>(5, line.size()));
  bool label_field = std::all_of(label.begin(), label.end(),
                                 [](char c) { return c == ' ' || IsAsciiDigit(c); });
  if (label_field && line.size() > 6) {
    char continuation = line[5];
    if (continuation != ' ' && continuation != '0' && IsAllSpaces(label)) {
      features.fortran_line.Add(number);  // Continuation line.
      return;
    }
    std::string_view statement = line.substr(6, 66);
    if (ScanFortranStatement(statement, number, features)) {
      features.fortran_line.Add(number);
      return;
    }
  }
  // Free form: statements may start in columns 1-6.
  Features free_features;
  if (ScanFortranStatement(line, number, free_features) &&
      (free_features.fortran_strong || free_features.fortran_free)) {
    features.fortran_line.Add(number);
    features.fortran_free.Add(number);
    if (free_features.fortran_strong) features.fortran_strong.Add(number);
  }
}

auto Percent(uint32_t part, uint32_t whole) -> uint32_t {
  return whole == 0 ? 0 : static_cast<uint32_t>((uint64_t{part} * 100 + whole / 2) / whole);
}

auto ClassifyJcl(const Features& features) -> Classification {
  if (features.jcl_job) {
    return {MemberKind::kJclJob, SourceForm::kNone,
            fmt::format("JOB statement at line {}", features.jcl_job.first_line)};
  }
  if (features.jcl_proc) {
    return {MemberKind::kJclProc, SourceForm::kNone,
            fmt::format("PROC statement at line {}", features.jcl_proc.first_line)};
  }
  return {MemberKind::kJclInclude, SourceForm::kNone,
          fmt::format("JCL statements without JOB or PROC (first at line {})",
                      features.jcl_statement.first_line)};
}

}  // namespace

auto ClassifyMember(const SourceText& source) -> Classification {
  if (source.encoding.encoding == Encoding::kBinary) {
    std::string structure = source.layout.format == RecordFormat::kUndefined
                                ? "no record structure recognised"
                                : fmt::format("{} records, {}", source.layout.record_count,
                                              RecordLayoutName(source.layout));
    return {MemberKind::kDatasetBinary, SourceForm::kNone,
            fmt::format("binary content ({}% printable {}; {})",
                        static_cast<int>(source.encoding.printable_ratio * 100),
                        source.encoding.binary_looks_ebcdic ? "EBCDIC" : "ASCII", structure)};
  }
  if (source.line_count() == 0) {
    return {MemberKind::kUnknown, SourceForm::kNone, "empty"};
  }

  Features features;
  for (uint32_t number = 1; number <= source.line_count(); ++number) {
    std::string_view line = source.line(number);
    if (TrimSpaces(line).empty()) continue;
    ++features.nonblank_lines;
    if (line.starts_with("//") || line.starts_with("/*")) {
      ScanJclLine(line, number, features);
      continue;
    }
    ScanCobolLine(line, number, features);
    ScanFortranLine(line, number, features);
  }
  uint32_t lines = features.nonblank_lines;
  if (lines == 0) return {MemberKind::kDatasetText, SourceForm::kNone, "only blank lines"};

  // JCL: most lines are statements or comments (the rest is in-stream data).
  uint32_t jcl_lines = features.jcl_statement.count + features.jcl_comment.count;
  if (features.jcl_statement && jcl_lines * 2 >= lines) return ClassifyJcl(features);

  uint32_t cobol_percent = Percent(features.cobol_line.count, lines);
  uint32_t fortran_percent = Percent(features.fortran_line.count, lines);
  SourceForm cobol_form =
      features.cobol_free.count * 2 > features.cobol_line.count ? SourceForm::kFree
                                                                : SourceForm::kFixed;
  if (features.cobol_program_id &&
      (features.cobol_identification ||
       features.cobol_structure.count + features.cobol_verb.count >= 2)) {
    return {MemberKind::kCobolProgram, cobol_form,
            fmt::format("PROGRAM-ID at line {}", features.cobol_program_id.first_line)};
  }
  if (cobol_percent >= 50 && cobol_percent >= fortran_percent) {
    return {MemberKind::kCobolCopybook, cobol_form,
            fmt::format("COBOL text without PROGRAM-ID ({}% of lines, from line {})",
                        cobol_percent, features.cobol_line.first_line)};
  }
  if (fortran_percent >= 50 && features.fortran_strong) {
    SourceForm form = features.fortran_free.count * 2 > features.fortran_line.count
                          ? SourceForm::kFree
                          : SourceForm::kFixed;
    return {MemberKind::kFortran, form,
            fmt::format("Fortran statements ({}% of lines; first declaration or FORMAT at "
                        "line {})",
                        fortran_percent, features.fortran_strong.first_line)};
  }
  if (features.jcl_statement && jcl_lines * 4 >= lines) return ClassifyJcl(features);
  return {MemberKind::kDatasetText, SourceForm::kNone,
          fmt::format("text with no source-language structure ({} lines)", source.line_count())};
}

}  // namespace remint::inventory

#include "frontends/cobol/preprocess/copy_expander.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/fault_injection.h"
#include "frontends/bms/bms.h"
#include "frontends/cobol/preprocess/intrinsic_names.h"
#include "frontends/cobol/preprocess/reference_format.h"
#include "frontends/cobol/preprocess/replacing.h"
#include "frontends/cobol/preprocess/translator.h"

namespace remint::cobol {
namespace {

namespace fs = std::filesystem;

// Deeper chains are diagnosed whatever the options say, so recursion stays within the stack.
constexpr uint32_t kHardCopyDepthLimit = 1000;

auto UpperCase(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

auto ParentDirectory(const std::string& path) -> std::string {
  return fs::path(path).parent_path().string();
}

}  // namespace

CopyExpander::CopyExpander(SourceManager& sources, const PreprocessOptions& options,
                           DiagnosticEmitter& emitter, ExpandedSource& result)
    : sources_(sources), options_(options), emitter_(emitter), result_(result), finder_(options) {}

auto CopyExpander::DebuggingLinesCompiled() const -> bool {
  return options_.debugging_lines || debugging_mode_;
}

auto CopyExpander::UnitFor(FileId file, const std::string& directory, ReferenceFormat format,
                           IncludeId first_include) -> const FileUnit& {
  uint64_t key = (uint64_t{file.index} << 2) | static_cast<uint64_t>(format);
  auto found = unit_by_file_and_format_.find(key);
  if (found != unit_by_file_and_format_.end()) return *found->second;
  ReferenceFormatOptions format_options;
  // Supplied copybooks are written in fixed format whatever the program's format is.
  const bool supplied = sources_.file(file).path.starts_with(kSystemCopybookFolder);
  if (supplied) {
    format_options.format = ReferenceFormat::kFixed;
  } else {
    format_options.format =
        options_.format == ReferenceFormat::kAuto ? ReferenceFormat::kAuto : format;
  }
  format_options.fallback_format = format;
  format_options.tab_width = options_.tab_width;
  format_options.accept_process_cards = !first_include.is_valid();
  format_options.conditional = &conditional_;
  FileUnit& unit = units_.emplace_back();
  unit.text =
      ReadReferenceFormat(sources_.file(file), file, first_include, format_options, emitter_);
  unit.words = SplitTextWords(unit.text);
  unit.directory = directory;
  unit_by_file_and_format_.emplace(key, &unit);
  return unit;
}

void CopyExpander::ExpandMain(FileId main_file, std::vector<StreamWord>& out) {
  std::string directory = options_.main_file_directory.empty()
                              ? ParentDirectory(sources_.file(main_file).path)
                              : options_.main_file_directory;
  ReferenceFormat format =
      options_.format == ReferenceFormat::kAuto ? ReferenceFormat::kFixed : options_.format;
  const FileUnit& unit = UnitFor(main_file, directory, format, IncludeId{});
  result_.compiler_options = unit.text.compiler_options;
  out.reserve(unit.words.size() + unit.words.size() / 2);
  // A program with EXEC CICS commands is read as the CICS translator leaves it: with the EXEC
  // interface block at the head of its LINKAGE SECTION.
  WordSource main_source{unit.text, unit.words, IncludeId{}};
  // One with EXEC DLI commands gets the DL/I interface block at the head of its WORKING-STORAGE.
  for (size_t i = 0; i + 1 < unit.words.size() && !(cics_ && dli_); ++i) {
    if (unit.words[i].kind != WordKind::kWord ||
        !EqualsIgnoringCase(main_source.Spelling(i), "EXEC")) {
      continue;
    }
    cics_ = cics_ || EqualsIgnoringCase(main_source.Spelling(i + 1), "CICS");
    dli_ = dli_ || EqualsIgnoringCase(main_source.Spelling(i + 1), "DLI");
  }
  active_files_.push_back(main_file);
  Expand(unit, IncludeId{}, 0, out);
  active_files_.pop_back();
}

void CopyExpander::Push(const WordSource& source, size_t index, std::vector<StreamWord>& out) {
  Append(source.MakeStreamWord(index), pending_space_, out);
}

void CopyExpander::Append(StreamWord word, bool space_before, std::vector<StreamWord>& out) {
  word.newlines_before = pending_newlines_;
  word.space_before = space_before;
  pending_newlines_ = 0;
  pending_space_ = false;
  out.push_back(word);
  ++words_expanded_;
}

void CopyExpander::Drop(const WordSource& source, size_t begin, size_t end) {
  std::string_view text = source.text.text;
  pending_space_ = true;
  for (size_t i = begin; i < end && i < source.words.size(); ++i) {
    const TextWord& word = source.words[i];
    pending_newlines_ += CountNewlines(text.substr(word.gap_begin, word.begin - word.gap_begin));
  }
}

void CopyExpander::Expand(const FileUnit& unit, IncludeId include, uint32_t depth,
                          std::vector<StreamWord>& out) {
  WordSource source{unit.text, unit.words, include};
  const std::vector<TextWord>& words = unit.words;
  size_t next_constant = 0;
  for (size_t i = 0; i < words.size() && !stopped_;) {
    const TextWord& word = words[i];
    for (; next_constant < unit.text.constants.size() &&
           unit.text.constants[next_constant].offset <= word.begin;
         ++next_constant) {
      const LogicalText::SourceConstant& constant = unit.text.constants[next_constant];
      source_constants_[constant.name] = constant.literal;
    }
    if (word.debugging && !DebuggingLinesCompiled()) {
      Drop(source, i, i + 1);
      ++i;
      continue;
    }
    if (word.kind != WordKind::kWord) {
      Push(source, i, out);
      ++i;
      continue;
    }
    std::string_view spelling = source.Spelling(i);
    if (!source_constants_.empty()) {
      std::string upper(spelling);
      for (char& c : upper) c = ToUpperAscii(c);
      if (auto constant = source_constants_.find(upper); constant != source_constants_.end()) {
        // A constant of a directive stands for its literal, as a level-78 name would.
        SourceLoc at = source.Location(i);
        Drop(source, i, i + 1);
        const std::string& literal = constant->second;
        bool quoted = !literal.empty() && (literal.back() == '"' || literal.back() == '\'');
        PushText(literal, quoted ? WordKind::kLiteral : WordKind::kWord, at, out);
        ++i;
        continue;
      }
    }
    if (EqualsIgnoringCase(spelling, "COPY")) {
      i = HandleCopy(unit, source, i, depth, out);
      continue;
    }
    if (EqualsIgnoringCase(spelling, "++INCLUDE") || EqualsIgnoringCase(spelling, "-INC")) {
      if (size_t next = HandleLibrarianInclude(unit, source, i, depth, out); next != i) {
        i = next;
        continue;
      }
    }
    if (EqualsIgnoringCase(spelling, "EXEC")) {
      if (size_t next = HandleSqlInclude(unit, source, i, depth, out); next != i) {
        i = next;
        continue;
      }
      in_exec_ = true;
    }
    if (EqualsIgnoringCase(spelling, "DFHRESP") || EqualsIgnoringCase(spelling, "DFHVALUE")) {
      if (size_t next = HandleResponseCode(source, i, out); next != i) {
        i = next;
        continue;
      }
    }
    if (size_t next = TrackProgramStructure(unit, source, i, depth, out); next != i) {
      i = next;
      continue;
    }
    if (EqualsIgnoringCase(spelling, "REPLACE")) {
      i = HandleReplace(source, i, out);
      continue;
    }
    if (EqualsIgnoringCase(spelling, "END-EXEC")) in_exec_ = false;
    if (CallsFunctionWithoutKeyword(source, i)) {
      PushText("FUNCTION", WordKind::kWord, source.Location(i), out);
      pending_space_ = true;  // "(FUNCTION TRIM", not "(FUNCTIONTRIM".
    }
    // SOURCE-COMPUTER ... WITH DEBUGGING MODE turns debugging lines on from here.
    if (EqualsIgnoringCase(spelling, "DEBUGGING") && i + 1 < words.size() &&
        words[i + 1].kind == WordKind::kWord &&
        EqualsIgnoringCase(source.Spelling(i + 1), "MODE")) {
      debugging_mode_ = true;
      result_.debugging_mode = true;
    }
    Push(source, i, out);
    ++i;
  }
  if (!words.empty()) {
    pending_newlines_ += CountNewlines(std::string_view(unit.text.text).substr(words.back().end));
  } else {
    pending_newlines_ += CountNewlines(unit.text.text);
  }
}

auto CopyExpander::HandleReplace(const WordSource& source, size_t index,
                                 std::vector<StreamWord>& out) -> size_t {
  ReplaceStatement statement = ParseReplaceStatement(source, index, emitter_);
  size_t next = std::max(statement.next, index + 1);
  Drop(source, index, next);
  if (!statement.ok) return next;
  StreamWord marker;
  marker.replace_directive = static_cast<uint32_t>(replace_statements_.size());
  marker.newlines_before = pending_newlines_;
  marker.replaced_at = source.Location(index);
  pending_newlines_ = 0;
  replace_statements_.push_back(std::move(statement));
  out.push_back(marker);
  return next;
}

auto CopyExpander::LoadCopybook(const std::string& path, SourceLoc directive,
                                const std::string& name) -> std::optional<FileId> {
  std::error_code error;
  std::string canonical = fs::weakly_canonical(path, error).string();
  if (error) canonical = path;
  auto found = file_by_canonical_path_.find(canonical);
  if (found != file_by_canonical_path_.end()) return found->second;
  ErrorOr<FileId> loaded = FaultInjected("copybook-read", path)
                               ? ErrorOr<FileId>(Error("injected read failure"))
                               : sources_.Load(path, path);
  if (!loaded) {
    emitter_.Emit(DiagnosticKind::kCobolCopybookUnreadable, directive, name,
                  loaded.error().message());
    return std::nullopt;
  }
  file_by_canonical_path_.emplace(canonical, *loaded);
  return *loaded;
}

auto CopyExpander::HandleCopy(const FileUnit& unit, const WordSource& source, size_t index,
                              uint32_t depth, std::vector<StreamWord>& out) -> size_t {
  CopyStatement statement = ParseCopyStatement(source, index, emitter_);
  size_t next = std::max(statement.next, index + 1);
  Drop(source, index, next);
  if (!statement.ok) return next;
  CopybookRequest request{statement.name, statement.name_is_literal, statement.library,
                          statement.library_is_literal, unit.directory};
  CopyMember(unit, source, index, request, statement.rules, depth, out);
  return next;
}

void CopyExpander::CopyMember(const FileUnit& unit, const WordSource& source, size_t index,
                              const CopybookRequest& request,
                              const std::vector<ReplacementRule>& rules, uint32_t depth,
                              std::vector<StreamWord>& out) {
  SourceLoc directive = source.Location(index);
  const std::string& name = request.name;
  if (stopped_) return;
  if (words_expanded_ > options_.max_expanded_words) {
    StopExpansion(directive, name,
                  fmt::format("{} words of expanded text", options_.max_expanded_words));
    return;
  }
  if (copies_expanded_ >= options_.max_copy_expansions) {
    StopExpansion(directive, name, fmt::format("{} COPY expansions", options_.max_copy_expansions));
    return;
  }
  uint32_t depth_limit = std::min(options_.max_copy_depth, kHardCopyDepthLimit);
  if (depth + 1 > depth_limit) {
    emitter_.Emit(DiagnosticKind::kCobolCopyDepthExceeded, directive, name, depth_limit);
    return;
  }
  std::vector<std::string> searched;
  std::optional<CopybookLocation> location = finder_.Find(request, searched);
  std::optional<FileId> file;
  std::string directory;
  if (location) {
    file = LoadCopybook(location->path, directive, name);
    if (!file) return;
    directory = ParentDirectory(location->path);
  } else if (std::optional<FileId> system = SystemCopybookFile(request)) {
    // A copybook the CICS translator or the Db2 precompiler supplies (none of the estate's).
    file = system;
  } else if (std::optional<FileId> map = SymbolicMapFile(request, directive, searched)) {
    // The symbolic map the BMS assembler would generate from the map set's macro source.
    file = map;
  } else {
    std::string places;
    for (const std::string& place : searched) {
      places += places.empty() ? "'" : ", '";
      places += place + "'";
    }
    if (places.empty()) places = "nowhere";
    emitter_.Emit(DiagnosticKind::kCobolCopybookNotFound, directive, name, places);
    return;
  }
  if (std::find(active_files_.begin(), active_files_.end(), *file) != active_files_.end()) {
    emitter_.Emit(DiagnosticKind::kCobolCopyCycle, directive, name, sources_.file(*file).path);
    return;
  }
  // Supplied copybooks are no file of the estate: nothing to track for changes.
  if (location && copied_.insert(file->index).second) result_.copied_files.push_back(*file);
  ++copies_expanded_;

  IncludeId include = sources_.AddInclude(directive, *file);
  ReferenceFormat format =
      location ? unit.text.FormatAt(source.words[index].begin) : ReferenceFormat::kFixed;
  const FileUnit& copied = UnitFor(*file, directory, format, include);
  active_files_.push_back(*file);
  if (rules.empty()) {
    Expand(copied, include, depth + 1, out);
  } else {
    // REPLACING applies to the whole copied text, nested copybooks included (as cobc does).
    std::vector<StreamWord> copied_words;
    Expand(copied, include, depth + 1, copied_words);
    uint32_t replaced_newlines = 0;
    ApplyReplacements(copied_words, rules, arena_, out, replaced_newlines);
    pending_newlines_ += replaced_newlines;
  }
  active_files_.pop_back();
  if (words_expanded_ > options_.max_expanded_words && !stopped_) {
    // One copybook (with what it copies) alone went past the bound.
    StopExpansion(directive, name,
                  fmt::format("{} words of expanded text", options_.max_expanded_words));
  }
}

auto CopyExpander::SystemCopybookFile(const CopybookRequest& request) -> std::optional<FileId> {
  if (request.name_is_literal || !request.library.empty()) return std::nullopt;
  std::optional<std::string_view> text = SystemCopybook(request.name);
  if (!text) return std::nullopt;
  std::string path = std::string(kSystemCopybookFolder) + "/" + UpperCase(request.name);
  if (auto found = system_files_.find(path); found != system_files_.end()) return found->second;
  ErrorOr<FileId> loaded = sources_.AddBuffer(path, std::string(*text));
  if (!loaded) return std::nullopt;
  system_files_.emplace(path, *loaded);
  return *loaded;
}

auto CopyExpander::SymbolicMapFile(const CopybookRequest& request, SourceLoc directive,
                                   std::vector<std::string>& searched) -> std::optional<FileId> {
  if (request.name_is_literal) return std::nullopt;
  CopybookRequest source = request;
  source.name += ".bms";
  std::vector<std::string> also_searched;
  std::optional<CopybookLocation> location = finder_.Find(source, also_searched);
  if (!location) return std::nullopt;
  std::optional<FileId> bms = LoadCopybook(location->path, directive, request.name);
  if (!bms) return std::nullopt;
  searched.clear();
  // The map set's source is the estate's: a change to it changes the program.
  if (copied_.insert(bms->index).second) result_.copied_files.push_back(*bms);
  if (auto found = symbolic_maps_.find(bms->index); found != symbolic_maps_.end()) {
    return found->second;
  }
  bms::BmsMapSet map_set = bms::ReadMapSet(sources_, *bms, emitter_);
  ErrorOr<FileId> generated = sources_.AddBuffer(
      std::string(kSystemCopybookFolder) + "/" + UpperCase(request.name) + ".symbolic-map",
      bms::SymbolicMapCopybook(map_set));
  if (!generated) return std::nullopt;
  symbolic_maps_.emplace(bms->index, *generated);
  return *generated;
}

auto CopyExpander::IsWord(const WordSource& source, size_t index, std::string_view word) const
    -> bool {
  return index < source.words.size() && source.words[index].kind == WordKind::kWord &&
         EqualsIgnoringCase(source.Spelling(index), word);
}

void CopyExpander::PushText(std::string text, WordKind kind, SourceLoc at,
                            std::vector<StreamWord>& out) {
  arena_.push_back(std::move(text));
  StreamWord word;
  word.kind = kind;
  word.relocated = true;
  word.replaced_at = at;
  word.text = arena_.back();
  Append(word, /*space_before=*/true, out);
}

void CopyExpander::PushWords(std::string_view words, SourceLoc at, std::vector<StreamWord>& out) {
  size_t start = 0;
  while (start < words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    std::string_view word = words.substr(start, end - start);
    PushText(std::string(word), word == "." ? WordKind::kPeriod : WordKind::kWord, at, out);
    start = end + 1;
  }
}

// EXEC SQL INCLUDE member END-EXEC: the Db2 precompiler puts the member there, as COPY would
// (SQLCA and SQLDA from remint when the copy search has no such member).
auto CopyExpander::HandleSqlInclude(const FileUnit& unit, const WordSource& source, size_t index,
                                    uint32_t depth, std::vector<StreamWord>& out) -> size_t {
  std::span<const TextWord> words = source.words;
  if (!IsWord(source, index + 1, "SQL") || !IsWord(source, index + 2, "INCLUDE") ||
      index + 3 >= words.size() || !IsWord(source, index + 4, "END-EXEC")) {
    return index;
  }
  const TextWord& member = words[index + 3];
  if (member.kind != WordKind::kWord && member.kind != WordKind::kLiteral) return index;
  std::string name(source.Spelling(index + 3));
  bool literal = member.kind == WordKind::kLiteral;
  if (literal && name.size() >= 2) name = name.substr(1, name.size() - 2);
  size_t next = index + 5;
  // In the data division the member brings its own periods: the one after END-EXEC would stand
  // alone. In the procedure division it ends a sentence and stays.
  if (!in_procedure_division_ && next < words.size() && words[next].kind == WordKind::kPeriod) {
    ++next;
  }
  Drop(source, index, next);
  CopybookRequest request{name, literal, "", false, unit.directory};
  CopyMember(unit, source, index, request, {}, depth, out);
  return next;
}

// "++INCLUDE member" (CA Panvalet) and "-INC member" (CA Librarian): the library manager puts the
// member there before the compiler reads the program, as COPY would (no REPLACING, no period).
auto CopyExpander::HandleLibrarianInclude(const FileUnit& unit, const WordSource& source,
                                          size_t index, uint32_t depth,
                                          std::vector<StreamWord>& out) -> size_t {
  std::span<const TextWord> words = source.words;
  if (index + 1 >= words.size() || words[index + 1].kind != WordKind::kWord) return index;
  std::string name(source.Spelling(index + 1));
  // "++INCLUDE MEMBER." is written with a period now and then; it ends nothing.
  size_t next = index + 2;
  if (next < words.size() && words[next].kind == WordKind::kPeriod &&
      source.Location(next).line == source.Location(index).line) {
    ++next;
  }
  Drop(source, index, next);
  CopybookRequest request{name, false, "", false, unit.directory};
  CopyMember(unit, source, index, request, {}, depth, out);
  return next;
}

// DFHRESP(condition) and DFHVALUE(cvda): the translator writes the condition's RESP value, or
// the CVDA's value, in its place.
auto CopyExpander::HandleResponseCode(const WordSource& source, size_t index,
                                      std::vector<StreamWord>& out) -> size_t {
  std::span<const TextWord> words = source.words;
  if (index + 3 >= words.size() || words[index + 1].kind != WordKind::kPunctuation ||
      source.Spelling(index + 1) != "(" || words[index + 2].kind != WordKind::kWord ||
      words[index + 3].kind != WordKind::kPunctuation || source.Spelling(index + 3) != ")") {
    return index;
  }
  SourceLoc at = source.Location(index);
  std::string_view condition = source.Spelling(index + 2);
  const bool response = EqualsIgnoringCase(source.Spelling(index), "DFHRESP");
  std::optional<int> value = response ? CicsResponseValue(condition) : CicsCvdaValue(condition);
  if (!value) {
    // Read as 0 so the statement still lowers; the diagnostic says why it means nothing.
    emitter_.Emit(DiagnosticKind::kCobolUnknownCicsCondition, source.Location(index + 2),
                  response ? "DFHRESP" : "DFHVALUE", std::string(condition),
                  response ? "a CICS condition" : "a CVDA remint knows");
  }
  Drop(source, index, index + 4);
  PushText(std::to_string(value.value_or(0)), WordKind::kWord, at, out);
  return index + 4;
}

// Where the EXEC interface block goes: first in the LINKAGE SECTION, or in a LINKAGE SECTION
// the translator adds before the PROCEDURE DIVISION (and a DATA DIVISION, when the program has
// none). Returns `index` when the word is not one of those places.
auto CopyExpander::TrackProgramStructure(const FileUnit& unit, const WordSource& source,
                                         size_t index, uint32_t depth, std::vector<StreamWord>& out)
    -> size_t {
  // Each program and each user-defined function gets the translators' insertions of its own.
  if (IsWord(source, index, "PROGRAM-ID") || IsWord(source, index, "FUNCTION-ID")) {
    eib_inserted_ = false;
    data_division_seen_ = false;
    in_procedure_division_ = false;
    in_linkage_section_ = false;
    commarea_declared_ = false;
    dib_inserted_ = false;
    // A PROGRAM-ID before the END PROGRAM of the one that holds it names a nested program.
    nested_unit_ = open_units_ > 0;
    function_unit_ = IsWord(source, index, "FUNCTION-ID");
    ++open_units_;
    return index;
  }
  if (IsWord(source, index, "END") &&
      (IsWord(source, index + 1, "PROGRAM") || IsWord(source, index + 1, "FUNCTION"))) {
    if (open_units_ > 0) --open_units_;
    return index;
  }
  if (!in_procedure_division_) {
    // The REPOSITORY paragraph runs to the next paragraph, section or division.
    if (IsWord(source, index, "REPOSITORY")) {
      in_repository_ = true;
    } else if (in_repository_ &&
               (IsWord(source, index, "DIVISION") || IsWord(source, index, "SECTION") ||
                IsWord(source, index, "SPECIAL-NAMES") ||
                IsWord(source, index, "SOURCE-COMPUTER") ||
                IsWord(source, index, "OBJECT-COMPUTER"))) {
      in_repository_ = false;
    }
    if (IsWord(source, index, "FUNCTION")) ReadRepositoryFunctions(source, index);
  }
  if (dli_ && !dib_inserted_) {
    if (size_t next = InsertInterfaceBlockForDli(unit, source, index, depth, out); next != index) {
      return next;
    }
  }
  // Which section of the data division the words are in: DFHCOMMAREA goes in the LINKAGE one.
  if (!in_procedure_division_ && IsWord(source, index + 1, "SECTION")) {
    in_linkage_section_ = IsWord(source, index, "LINKAGE");
  }
  if (index > 0 && IsWord(source, index, "DFHCOMMAREA") &&
      (IsWord(source, index - 1, "01") || IsWord(source, index - 1, "1"))) {
    commarea_declared_ = true;
  }
  if (IsWord(source, index, "DATA") && IsWord(source, index + 1, "DIVISION")) {
    data_division_seen_ = true;
    return index;
  }
  std::span<const TextWord> words = source.words;
  if (cics_ && !eib_inserted_ && IsWord(source, index, "LINKAGE") &&
      IsWord(source, index + 1, "SECTION") && index + 2 < words.size() &&
      words[index + 2].kind == WordKind::kPeriod) {
    for (size_t k = index; k < index + 3; ++k) Push(source, k, out);
    eib_inserted_ = true;
    CopybookRequest request{"DFHEIBLK", false, "", false, unit.directory};
    CopyMember(unit, source, index, request, {}, depth, out);
    return index + 3;
  }
  if (IsWord(source, index, "PROCEDURE") && IsWord(source, index + 1, "DIVISION") &&
      !in_procedure_division_) {
    in_procedure_division_ = true;
    SourceLoc at = source.Location(index);
    if (cics_ && !eib_inserted_) {
      if (!data_division_seen_) {
        PushWords("DATA DIVISION .", at, out);
      }
      PushWords("LINKAGE SECTION .", at, out);
      in_linkage_section_ = true;
      eib_inserted_ = true;
      CopybookRequest request{"DFHEIBLK", false, "", false, unit.directory};
      CopyMember(unit, source, index, request, {}, depth, out);
    }
    // The translator's one-byte communication area for a program that declares none (the
    // program still addresses it through EIBCALEN and COMMAREA options). Not added after a
    // REPORT or SCREEN SECTION, where it would not be in the LINKAGE SECTION.
    if (cics_ && !commarea_declared_ && in_linkage_section_) {
      PushWords("01 DFHCOMMAREA PIC X .", at, out);
      commarea_declared_ = true;
    }
    if (cics_ && !nested_unit_ && !function_unit_) {
      return AddInterfaceParameters(source, index, out);
    }
  }
  return index;
}

// The translator makes the EIB and the communication area the first two parameters of a
// top-level program: `PROCEDURE DIVISION USING DFHEIBLK DFHCOMMAREA`, before any the program
// names itself. It leaves a nested program's header alone (CICS TS, "Nested COBOL programs"),
// and a header that already starts with DFHEIBLK. `index` is the PROCEDURE word; returns the
// next word to read.
auto CopyExpander::AddInterfaceParameters(const WordSource& source, size_t index,
                                          std::vector<StreamWord>& out) -> size_t {
  SourceLoc at = source.Location(index);
  const char* parameters = commarea_declared_ ? "DFHEIBLK DFHCOMMAREA" : "DFHEIBLK";
  Push(source, index, out);
  Push(source, index + 1, out);
  if (!IsWord(source, index + 2, "USING")) {
    PushWords(std::string("USING ") + parameters, at, out);
    return index + 2;
  }
  Push(source, index + 2, out);
  if (!IsWord(source, index + 3, "DFHEIBLK")) PushWords(parameters, at, out);
  return index + 3;
}

// A REPOSITORY entry "FUNCTION ALL INTRINSIC" or "FUNCTION name... INTRINSIC": from then on
// those intrinsic functions are called without the word FUNCTION (in this source, nested and
// later programs included). Any other FUNCTION entry of the REPOSITORY paragraph names
// user-defined functions ("FUNCTION name [AS literal]"), called without FUNCTION as well.
void CopyExpander::ReadRepositoryFunctions(const WordSource& source, size_t index) {
  std::span<const TextWord> words = source.words;
  std::vector<std::string> names;
  for (size_t k = index + 1; k < words.size() && words[k].kind == WordKind::kWord; ++k) {
    std::string word = UpperCase(source.Spelling(k));
    if (word == "INTRINSIC") {
      if (names.size() == 1 && names[0] == "ALL") {
        all_intrinsics_ = true;
      } else {
        for (std::string& name : names) {
          if (IsIntrinsicFunctionName(name)) intrinsic_names_.insert(std::move(name));
        }
      }
      return;
    }
    // The next entry, or the literal after AS: the names so far are the entry's.
    if (word == "FUNCTION" || word == "PROGRAM" || word == "CLASS" || word == "INTERFACE" ||
        word == "PROPERTY" || word == "AS") {
      break;
    }
    names.push_back(std::move(word));
  }
  if (!in_repository_) return;
  for (std::string& name : names) user_function_names_.insert(std::move(name));
}

// Whether the word at `index` calls a function the REPOSITORY made callable without FUNCTION:
// in the procedure division, outside EXEC blocks, not already after FUNCTION, and not LENGTH OF
// (the special register).
auto CopyExpander::CallsFunctionWithoutKeyword(const WordSource& source, size_t index) const
    -> bool {
  if (!in_procedure_division_ || in_exec_ ||
      (!all_intrinsics_ && intrinsic_names_.empty() && user_function_names_.empty())) {
    return false;
  }
  if (source.words[index].kind != WordKind::kWord) return false;
  const std::string name = UpperCase(source.Spelling(index));
  const bool declared =
      (all_intrinsics_ ? IsIntrinsicFunctionName(name) : intrinsic_names_.contains(name)) ||
      user_function_names_.contains(name);
  if (!declared) return false;
  if (index > 0 && IsWord(source, index - 1, "FUNCTION")) return false;
  return !IsWord(source, index + 1, "OF");
}

// The DIB goes first in the WORKING-STORAGE SECTION; a program without one gets the section
// (and a DATA DIVISION when it has none) before whatever follows it: LOCAL-STORAGE, LINKAGE,
// REPORT or SCREEN SECTION, or the PROCEDURE DIVISION. Returns `index` when the word is not one
// of those places, and the next word to read when it pushed the WORKING-STORAGE header itself.
auto CopyExpander::InsertInterfaceBlockForDli(const FileUnit& unit, const WordSource& source,
                                              size_t index, uint32_t depth,
                                              std::vector<StreamWord>& out) -> size_t {
  std::span<const TextWord> words = source.words;
  CopybookRequest request{"DLZDIB", false, "", false, unit.directory};
  if (IsWord(source, index, "WORKING-STORAGE") && IsWord(source, index + 1, "SECTION") &&
      index + 2 < words.size() && words[index + 2].kind == WordKind::kPeriod) {
    for (size_t k = index; k < index + 3; ++k) Push(source, k, out);
    dib_inserted_ = true;
    CopyMember(unit, source, index, request, {}, depth, out);
    return index + 3;
  }
  const bool later_section =
      IsWord(source, index + 1, "SECTION") &&
      (IsWord(source, index, "LOCAL-STORAGE") || IsWord(source, index, "LINKAGE") ||
       IsWord(source, index, "REPORT") || IsWord(source, index, "SCREEN"));
  const bool procedure =
      IsWord(source, index, "PROCEDURE") && IsWord(source, index + 1, "DIVISION");
  if (!later_section && !procedure) return index;
  SourceLoc at = source.Location(index);
  if (!data_division_seen_) {
    PushWords("DATA DIVISION .", at, out);
    data_division_seen_ = true;
  }
  PushWords("WORKING-STORAGE SECTION .", at, out);
  dib_inserted_ = true;
  CopyMember(unit, source, index, request, {}, depth, out);
  // The word itself is read on as usual (the EIB and DFHCOMMAREA may follow it).
  return index;
}

void CopyExpander::StopExpansion(SourceLoc directive, const std::string& name,
                                 std::string_view bound) {
  std::string chain;
  for (FileId file : active_files_) {
    if (!chain.empty()) chain += " > ";
    chain += sources_.file(file).path;
  }
  chain += chain.empty() ? name : " > " + name;
  emitter_.Emit(DiagnosticKind::kCobolCopyExpansionTooLarge, directive, name, bound, chain);
  stopped_ = true;
  result_.expansion_stopped = true;
}

}  // namespace remint::cobol

#include "frontends/cobol/preprocess/copy_expander.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "base/fault_injection.h"
#include "frontends/cobol/preprocess/reference_format.h"
#include "frontends/cobol/preprocess/replacing.h"

namespace remint::cobol {
namespace {

namespace fs = std::filesystem;

// Deeper chains are diagnosed whatever the options say, so recursion stays within the stack.
constexpr uint32_t kHardCopyDepthLimit = 1000;

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
  format_options.format =
      options_.format == ReferenceFormat::kAuto ? ReferenceFormat::kAuto : format;
  format_options.fallback_format = format;
  format_options.tab_width = options_.tab_width;
  format_options.accept_process_cards = !first_include.is_valid();
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
  active_files_.push_back(main_file);
  Expand(unit, IncludeId{}, 0, out);
  active_files_.pop_back();
}

void CopyExpander::Push(const WordSource& source, size_t index, std::vector<StreamWord>& out) {
  StreamWord word = source.MakeStreamWord(index);
  word.newlines_before = pending_newlines_;
  word.space_before = pending_space_;
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
  for (size_t i = 0; i < words.size() && !stopped_;) {
    const TextWord& word = words[i];
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
    if (EqualsIgnoringCase(spelling, "COPY")) {
      i = HandleCopy(unit, source, i, depth, out);
      continue;
    }
    if (EqualsIgnoringCase(spelling, "REPLACE")) {
      i = HandleReplace(source, i, out);
      continue;
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

  SourceLoc directive = source.Location(index);
  const std::string& name = statement.name;
  if (stopped_) return next;
  if (words_expanded_ > options_.max_expanded_words) {
    StopExpansion(directive, name,
                  fmt::format("{} words of expanded text", options_.max_expanded_words));
    return next;
  }
  if (copies_expanded_ >= options_.max_copy_expansions) {
    StopExpansion(directive, name, fmt::format("{} COPY expansions", options_.max_copy_expansions));
    return next;
  }
  uint32_t depth_limit = std::min(options_.max_copy_depth, kHardCopyDepthLimit);
  if (depth + 1 > depth_limit) {
    emitter_.Emit(DiagnosticKind::kCobolCopyDepthExceeded, directive, name, depth_limit);
    return next;
  }
  CopybookRequest request{name, statement.name_is_literal, statement.library,
                          statement.library_is_literal, unit.directory};
  std::vector<std::string> searched;
  std::optional<CopybookLocation> location = finder_.Find(request, searched);
  if (!location) {
    std::string places;
    for (const std::string& place : searched) {
      places += places.empty() ? "'" : ", '";
      places += place + "'";
    }
    if (places.empty()) places = "nowhere";
    emitter_.Emit(DiagnosticKind::kCobolCopybookNotFound, directive, name, places);
    return next;
  }
  std::optional<FileId> file = LoadCopybook(location->path, directive, name);
  if (!file) return next;
  if (std::find(active_files_.begin(), active_files_.end(), *file) != active_files_.end()) {
    emitter_.Emit(DiagnosticKind::kCobolCopyCycle, directive, name, sources_.file(*file).path);
    return next;
  }
  if (copied_.insert(file->index).second) result_.copied_files.push_back(*file);
  ++copies_expanded_;

  IncludeId include = sources_.AddInclude(directive, *file);
  ReferenceFormat format = unit.text.FormatAt(source.words[index].begin);
  const FileUnit& copied = UnitFor(*file, ParentDirectory(location->path), format, include);
  active_files_.push_back(*file);
  if (statement.rules.empty()) {
    Expand(copied, include, depth + 1, out);
  } else {
    // REPLACING applies to the whole copied text, nested copybooks included (as cobc does).
    std::vector<StreamWord> copied_words;
    Expand(copied, include, depth + 1, copied_words);
    uint32_t replaced_newlines = 0;
    ApplyReplacements(copied_words, statement.rules, arena_, out, replaced_newlines);
    pending_newlines_ += replaced_newlines;
  }
  active_files_.pop_back();
  if (words_expanded_ > options_.max_expanded_words && !stopped_) {
    // One copybook (with what it copies) alone went past the bound.
    StopExpansion(directive, name,
                  fmt::format("{} words of expanded text", options_.max_expanded_words));
  }
  return next;
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

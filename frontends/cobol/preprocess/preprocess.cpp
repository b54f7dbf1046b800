// The preprocessor's pipeline: reference format -> text-words -> COPY stage -> REPLACE stage
// -> expanded text with its LocationMap.
#include "frontends/cobol/preprocess/preprocess.h"

#include <cctype>
#include <span>

#include "frontends/cobol/preprocess/copy_expander.h"
#include "frontends/cobol/preprocess/expanded_text_writer.h"
#include "frontends/cobol/preprocess/replacing.h"

namespace remint::cobol {
namespace {

// The REPLACE rules in effect: one level per REPLACE, stacked by REPLACE ALSO.
class ReplaceState {
 public:
  void Apply(const ReplaceStatement& statement) {
    switch (statement.action) {
      case ReplaceAction::kReplace:
        levels_.clear();
        levels_.push_back(&statement.rules);
        break;
      case ReplaceAction::kReplaceAlso:
        levels_.push_back(&statement.rules);
        break;
      case ReplaceAction::kOff:
        levels_.clear();
        break;
      case ReplaceAction::kLastOff:
        if (!levels_.empty()) levels_.pop_back();
        break;
    }
    // The latest REPLACE is tried first.
    active_.clear();
    for (auto level = levels_.rbegin(); level != levels_.rend(); ++level) {
      active_.insert(active_.end(), (*level)->begin(), (*level)->end());
    }
  }
  auto active() const -> std::span<const ReplacementRule> { return active_; }

 private:
  std::vector<const std::vector<ReplacementRule>*> levels_;
  std::vector<ReplacementRule> active_;
};

}  // namespace

auto LibraryMapping(std::string_view entry) -> std::optional<std::pair<std::string, std::string>> {
  const size_t equals = entry.find('=');
  if (equals == 0 || equals == std::string_view::npos || equals + 1 == entry.size()) {
    return std::nullopt;
  }
  for (char c : entry.substr(0, equals)) {
    const bool name_character = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' ||
                                c == '_' || c == '@' || c == '#' || c == '$';
    if (!name_character) return std::nullopt;
  }
  return std::make_pair(std::string(entry.substr(0, equals)),
                        std::string(entry.substr(equals + 1)));
}

auto Preprocess(SourceManager& sources, FileId main_file, const PreprocessOptions& given,
                DiagnosticEmitter& emitter) -> ExpandedSource {
  ExpandedSource result;
  result.main_file = main_file;
  // LIB=DIR entries of the copy directories are library mappings.
  PreprocessOptions options = given;
  options.copy_directories.clear();
  for (const std::string& entry : given.copy_directories) {
    if (std::optional<std::pair<std::string, std::string>> mapping = LibraryMapping(entry)) {
      options.copy_libraries.push_back(std::move(*mapping));
    } else {
      options.copy_directories.push_back(entry);
    }
  }
  CopyExpander expander(sources, options, emitter, result);
  std::vector<StreamWord> stream;
  expander.ExpandMain(main_file, stream);
  if (result.expansion_stopped) return result;  // Diagnosed; no half-expanded text.

  ExpandedTextWriter writer(result.text, result.locations);
  ReplaceState replace;
  std::vector<StreamWord> replaced;
  uint32_t pending_newlines = 0;
  auto write_run = [&](std::span<const StreamWord> run) {
    if (replace.active().empty()) {
      for (const StreamWord& word : run) {
        if (pending_newlines > 0) writer.WriteNewlines(pending_newlines);
        pending_newlines = 0;
        writer.Write(word);
      }
      return;
    }
    replaced.clear();
    ApplyReplacements(run, replace.active(), expander.arena(), replaced, pending_newlines);
    for (const StreamWord& word : replaced) writer.Write(word);
  };
  size_t run_begin = 0;
  for (size_t i = 0; i < stream.size(); ++i) {
    if (!stream[i].is_directive()) continue;
    write_run(std::span(stream).subspan(run_begin, i - run_begin));
    pending_newlines += stream[i].newlines_before;
    replace.Apply(expander.replace_statements()[stream[i].replace_directive]);
    run_begin = i + 1;
  }
  write_run(std::span(stream).subspan(run_begin));
  writer.WriteNewlines(pending_newlines + expander.trailing_newlines());
  writer.Finish();
  return result;
}

}  // namespace remint::cobol

// The COPY stage: walks a file's text-words in order, replaces each COPY statement by the
// copybook's words (expanded recursively, then REPLACING applied), drops debugging lines
// outside debugging mode, and marks where REPLACE statements stand for the REPLACE stage.
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_COPY_EXPANDER_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_COPY_EXPANDER_H_

#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/cobol/preprocess/conditional_compilation.h"
#include "frontends/cobol/preprocess/copybook_search.h"
#include "frontends/cobol/preprocess/directive_parser.h"
#include "frontends/cobol/preprocess/preprocess.h"
#include "frontends/cobol/preprocess/stream_word.h"

namespace remint::cobol {

class CopyExpander {
 public:
  CopyExpander(SourceManager& sources, const PreprocessOptions& options, DiagnosticEmitter& emitter,
               ExpandedSource& result);

  // Expands the main file into `out`.
  void ExpandMain(FileId main_file, std::vector<StreamWord>& out);

  auto replace_statements() const -> const std::vector<ReplaceStatement>& {
    return replace_statements_;
  }
  auto arena() -> std::deque<std::string>& { return arena_; }
  // Line ends after the last word.
  auto trailing_newlines() const -> uint32_t { return pending_newlines_; }

 private:
  struct FileUnit {
    LogicalText text;
    std::vector<TextWord> words;
    std::string directory;  // On disk, for finding the copybooks it copies.
  };

  void Expand(const FileUnit& unit, IncludeId include, uint32_t depth,
              std::vector<StreamWord>& out);
  auto HandleCopy(const FileUnit& unit, const WordSource& source, size_t index, uint32_t depth,
                  std::vector<StreamWord>& out) -> size_t;
  auto HandleReplace(const WordSource& source, size_t index, std::vector<StreamWord>& out)
      -> size_t;
  // Copies the member `request` names (after the COPY or INCLUDE at `index` was dropped).
  void CopyMember(const FileUnit& unit, const WordSource& source, size_t index,
                  const CopybookRequest& request, const std::vector<ReplacementRule>& rules,
                  uint32_t depth, std::vector<StreamWord>& out);
  // A copybook remint supplies (translator.h), loaded once; nothing when there is none.
  auto SystemCopybookFile(const CopybookRequest& request) -> std::optional<FileId>;
  // The symbolic map generated from a BMS map set NAME.bms in the copy search (once per map
  // set); nothing when there is none. Its problems are diagnosed in the .bms source.
  auto SymbolicMapFile(const CopybookRequest& request, SourceLoc directive,
                       std::vector<std::string>& searched) -> std::optional<FileId>;
  // The CICS translator's and the Db2 precompiler's part (translator.h). Each returns `index`
  // when the words there are not its business.
  auto HandleSqlInclude(const FileUnit& unit, const WordSource& source, size_t index,
                        uint32_t depth, std::vector<StreamWord>& out) -> size_t;
  void ReadRepositoryFunctions(const WordSource& source, size_t index);
  auto CallsFunctionWithoutKeyword(const WordSource& source, size_t index) const -> bool;
  auto AddInterfaceParameters(const WordSource& source, size_t index, std::vector<StreamWord>& out)
      -> size_t;
  auto InsertInterfaceBlockForDli(const FileUnit& unit, const WordSource& source, size_t index,
                                  uint32_t depth, std::vector<StreamWord>& out) -> size_t;
  auto HandleLibrarianInclude(const FileUnit& unit, const WordSource& source, size_t index,
                              uint32_t depth, std::vector<StreamWord>& out) -> size_t;
  auto HandleResponseCode(const WordSource& source, size_t index, std::vector<StreamWord>& out)
      -> size_t;
  auto TrackProgramStructure(const FileUnit& unit, const WordSource& source, size_t index,
                             uint32_t depth, std::vector<StreamWord>& out) -> size_t;
  auto IsWord(const WordSource& source, size_t index, std::string_view word) const -> bool;
  // Text no source holds (a translator's insertion), located at `at`.
  void PushText(std::string text, WordKind kind, SourceLoc at, std::vector<StreamWord>& out);
  // Words separated by single spaces, "." a period, each PushText'ed at `at`.
  void PushWords(std::string_view words, SourceLoc at, std::vector<StreamWord>& out);
  auto LoadCopybook(const std::string& path, SourceLoc directive, const std::string& name)
      -> std::optional<FileId>;
  auto UnitFor(FileId file, const std::string& directory, ReferenceFormat format,
               IncludeId first_include) -> const FileUnit&;
  void Push(const WordSource& source, size_t index, std::vector<StreamWord>& out);
  // Appends `word` after the line ends and gap pending from dropped text.
  void Append(StreamWord word, bool space_before, std::vector<StreamWord>& out);
  void Drop(const WordSource& source, size_t begin, size_t end);
  auto DebuggingLinesCompiled() const -> bool;
  // Diagnoses the COPY at `directive` as exceeding `bound` and stops the expansion.
  void StopExpansion(SourceLoc directive, const std::string& name, std::string_view bound);

  SourceManager& sources_;
  const PreprocessOptions& options_;
  DiagnosticEmitter& emitter_;
  ExpandedSource& result_;
  CopybookFinder finder_;

  std::deque<FileUnit> units_;  // Stable addresses: stream words point into them.
  std::unordered_map<uint64_t, const FileUnit*> unit_by_file_and_format_;
  std::unordered_map<std::string, FileId> file_by_canonical_path_;
  std::unordered_set<uint32_t> copied_;
  std::vector<FileId> active_files_;  // The COPY chain being expanded, outermost first.
  std::vector<ReplaceStatement> replace_statements_;
  std::deque<std::string> arena_;
  // Counted against PreprocessOptions::max_expanded_words / max_copy_expansions.
  uint64_t words_expanded_ = 0;
  uint32_t copies_expanded_ = 0;
  bool stopped_ = false;  // A bound was hit: nothing more is expanded.
  uint32_t pending_newlines_ = 0;
  bool pending_space_ = false;
  bool debugging_mode_ = false;
  std::map<std::string, FileId> system_files_;  // Supplied copybooks loaded, by path.
  std::map<uint32_t, FileId> symbolic_maps_;    // BMS source file -> its symbolic map
  bool cics_ = false;                           // The main file holds EXEC CICS commands.
  bool dli_ = false;                            // The main file holds EXEC DLI commands.
  // Per program, for the translators' insertions.
  bool eib_inserted_ = false;
  bool data_division_seen_ = false;
  bool in_procedure_division_ = false;
  bool in_linkage_section_ = false;  // The data division words are in the LINKAGE SECTION.
  bool commarea_declared_ = false;   // The program declares (or was given) DFHCOMMAREA.
  bool dib_inserted_ = false;        // The DL/I interface block is in its WORKING-STORAGE.
  uint32_t open_units_ = 0;     // Programs and functions begun and not yet ended (END PROGRAM).
  bool nested_unit_ = false;    // The current program is contained in another.
  bool function_unit_ = false;  // The current unit is a FUNCTION-ID.
  // REPOSITORY intrinsics callable without FUNCTION: all of them, or these (upper case).
  bool all_intrinsics_ = false;
  std::set<std::string> intrinsic_names_;
  // User-defined functions the REPOSITORY declares (upper case): called without FUNCTION too.
  std::set<std::string> user_function_names_;
  bool in_repository_ = false;  // The words are in a REPOSITORY paragraph.
  bool in_exec_ = false;  // Between EXEC and END-EXEC, where the words are another language's.
  // The unit's compilation variables and >>IF branches, shared by its files.
  ConditionalCompilation conditional_;
  // >>DEFINE CONSTANT and >>SET CONSTANT names met so far (upper case) -> their literals.
  std::map<std::string, std::string, std::less<>> source_constants_;
};

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_COPY_EXPANDER_H_

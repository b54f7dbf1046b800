// SORT and MERGE (an SD, its keys in order, DUPLICATES, COLLATING SEQUENCE, USING/GIVING files
// or INPUT/OUTPUT PROCEDURE ranges resolved like PERFORM's), RELEASE (a record of an SD) and
// RETURN (AT END phrases). Names that do not resolve are reported and the statement lowered as
// CONTINUE (see handle_file_io.cpp).
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

// The parts of SORT and MERGE after the keys; the keyword before each procedure name or file
// says where it belongs.
struct SortPhrases {
  std::vector<Tree::ProcedureNameContext*> input_procedure;
  std::vector<Tree::UserWordContext*> using_files;
  std::vector<Tree::ProcedureNameContext*> output_procedure;
  std::vector<Tree::UserWordContext*> giving_files;
};

auto CollectSortPhrases(antlr4::ParserRuleContext* statement) -> SortPhrases {
  SortPhrases phrases;
  size_t keyword = 0;
  for (antlr4::tree::ParseTree* child : statement->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      const size_t type = terminal->getSymbol()->getType();
      if (type == Tree::INPUT || type == Tree::OUTPUT || type == Tree::USING ||
          type == Tree::GIVING) {
        keyword = type;
      }
    } else if (auto* procedure = dynamic_cast<Tree::ProcedureNameContext*>(child)) {
      (keyword == Tree::INPUT ? phrases.input_procedure : phrases.output_procedure)
          .push_back(procedure);
    } else if (auto* word = dynamic_cast<Tree::UserWordContext*>(child)) {
      // The first user word is the sort file itself (no keyword before it).
      if (keyword == Tree::USING) phrases.using_files.push_back(word);
      if (keyword == Tree::GIVING) phrases.giving_files.push_back(word);
    }
  }
  return phrases;
}

// Everything SORT and MERGE share, resolved; `ok` is false when a name did not resolve.
struct LoweredSortParts {
  bool ok = true;
  ir::FileDescriptionId file;
  std::vector<ir::SortKey> keys;
  ir::StringId collating_sequence;
  std::vector<ir::FileDescriptionId> using_files;
  ir::ProcedureRange input_procedure;
  std::vector<ir::FileDescriptionId> giving_files;
  ir::ProcedureRange output_procedure;
};

// What SORT and MERGE share: the sort file, keys, collating sequence and the USING/GIVING
// files and procedure ranges.
auto LowerSortParts(Lowering& lowering, UnitScope& scope, std::string_view verb,
                    Tree::UserWordContext* sort_file,
                    const std::vector<Tree::SortKeyContext*>& keys,
                    Tree::SortCollatingContext* collating, antlr4::ParserRuleContext* statement)
    -> LoweredSortParts {
  LoweredSortParts parts;
  std::optional<ir::FileDescriptionId> file =
      lowering.ResolveFile(scope, sort_file, verb, ir::FileKind::kSort);
  if (!file) parts.ok = false;
  parts.file = file.value_or(ir::FileDescriptionId());
  for (Tree::SortKeyContext* key : keys) {
    const bool ascending = key->ASCENDING() != nullptr;
    for (Tree::QualifiedDataNameContext* name : key->qualifiedDataName()) {
      std::optional<ir::FieldId> field = lowering.ResolveDataName(scope, name);
      if (!field) {
        parts.ok = false;
        continue;
      }
      parts.keys.push_back(ir::SortKey{ascending, *field});
    }
  }
  if (collating != nullptr) {
    // An alphabet-name that stands for a predefined alphabet is lowered as that alphabet, which
    // says how keys compare; any other keeps its name.
    std::string alphabet(lowering.Text(collating->userWord()));
    for (const UnitScope* up = &scope; up != nullptr; up = up->parent) {
      auto found = up->alphabets.find(UpperName(alphabet));
      if (found == up->alphabets.end()) continue;
      if (found->second != ir::CollatingSequence::kLiteral) {
        alphabet = UpperName(ir::Spelling(found->second));
      }
      break;
    }
    parts.collating_sequence = lowering.builder().Intern(alphabet);
  }
  SortPhrases phrases = CollectSortPhrases(statement);
  auto resolve_files = [&](const std::vector<Tree::UserWordContext*>& words,
                           std::vector<ir::FileDescriptionId>& files) {
    for (Tree::UserWordContext* word : words) {
      std::optional<ir::FileDescriptionId> id =
          lowering.ResolveFile(scope, word, verb, ir::FileKind::kFile);
      if (!id) {
        parts.ok = false;
        continue;
      }
      files.push_back(*id);
    }
  };
  resolve_files(phrases.using_files, parts.using_files);
  resolve_files(phrases.giving_files, parts.giving_files);
  auto resolve_range = [&](const std::vector<Tree::ProcedureNameContext*>& names,
                           std::string_view which, ir::ProcedureRange& range) {
    if (names.empty()) return;
    std::optional<ir::ParagraphId> first = lowering.ResolveProcedure(scope, names.front());
    std::optional<ir::ParagraphId> last;
    if (names.size() > 1) last = lowering.ResolveProcedure(scope, names.back());
    if (!first || (names.size() > 1 && !last)) {
      parts.ok = false;
      return;
    }
    range.first = *first;
    if (last && last->index < first->index) {
      lowering.Emit(DiagnosticKind::kCobolLowerSortProcedureReversed, lowering.Loc(names.front()),
                    std::string(verb) + " " + std::string(which),
                    std::string(lowering.Text(names.front())),
                    std::string(lowering.Text(names.back())));
      last.reset();
    }
    range.last = last.value_or(ir::ParagraphId());
  };
  resolve_range(phrases.input_procedure, "INPUT", parts.input_procedure);
  resolve_range(phrases.output_procedure, "OUTPUT", parts.output_procedure);
  return parts;
}

}  // namespace

auto Lowering::LowerSort(UnitScope& scope, Tree::SortStatementContext* sort)
    -> std::optional<ir::StatementId> {
  LoweredSortParts parts = LowerSortParts(*this, scope, "SORT", sort->userWord(0), sort->sortKey(),
                                          sort->sortCollating(), sort);
  if (!parts.ok) return builder_.Continue(Loc(sort));
  ir::SortStatement node;
  node.file = parts.file;
  node.keys = std::move(parts.keys);
  node.duplicates_in_order = sort->DUPLICATES() != nullptr;
  node.collating_sequence = parts.collating_sequence;
  node.using_files = std::move(parts.using_files);
  node.input_procedure = parts.input_procedure;
  node.giving_files = std::move(parts.giving_files);
  node.output_procedure = parts.output_procedure;
  return builder_.Statement(Loc(sort), std::move(node));
}

auto Lowering::LowerMerge(UnitScope& scope, Tree::MergeStatementContext* merge)
    -> std::optional<ir::StatementId> {
  LoweredSortParts parts = LowerSortParts(*this, scope, "MERGE", merge->userWord(0),
                                          merge->sortKey(), merge->sortCollating(), merge);
  if (!parts.ok) return builder_.Continue(Loc(merge));
  ir::MergeStatement node;
  node.file = parts.file;
  node.keys = std::move(parts.keys);
  node.collating_sequence = parts.collating_sequence;
  node.using_files = std::move(parts.using_files);
  node.giving_files = std::move(parts.giving_files);
  node.output_procedure = parts.output_procedure;
  return builder_.Statement(Loc(merge), std::move(node));
}

auto Lowering::LowerRelease(UnitScope& scope, Tree::ReleaseStatementContext* release)
    -> std::optional<ir::StatementId> {
  ir::ReleaseStatement node;
  std::optional<ir::FieldId> record =
      ResolveRecord(scope, release->qualifiedDataName(), "RELEASE", ir::FileKind::kSort);
  if (!record) return builder_.Continue(Loc(release));
  node.record = *record;
  if (release->FROM() != nullptr) {
    node.from = LowerOperand(scope, release->literal(), release->identifier());
    if (!node.from.is_valid()) return std::nullopt;
  }
  return builder_.Statement(Loc(release), std::move(node));
}

auto Lowering::LowerReturn(UnitScope& scope, Tree::ReturnStatementContext* return_statement)
    -> std::optional<ir::StatementId> {
  ir::SortReturnStatement node;
  std::optional<ir::FileDescriptionId> file =
      ResolveFile(scope, return_statement->userWord(), "RETURN", ir::FileKind::kSort);
  if (!file) return builder_.Continue(Loc(return_statement));
  node.file = *file;
  if (return_statement->identifier() != nullptr) {
    node.into = LowerIdentifier(scope, return_statement->identifier());
    if (!node.into.is_valid()) return std::nullopt;
  }
  Tree::AtEndPhrasesContext* at_end = return_statement->atEndPhrases();
  LowerConditionalPhrases(
      scope, at_end,
      at_end != nullptr ? at_end->statements() : std::vector<Tree::StatementsContext*>{},
      node.at_end, node.not_at_end);
  return builder_.Statement(Loc(return_statement), std::move(node));
}

}  // namespace remint::cobol::lower

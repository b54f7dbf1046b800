// DECLARATIVES: each section becomes a declarative section (its paragraphs too) with what its
// USE statement says: AFTER STANDARD ERROR/EXCEPTION PROCEDURE on files or open modes, or FOR
// DEBUGGING on procedures, items, files and CDs (the DEBUG-ITEM record those get is built
// before the procedure division: handle_debugging.cpp). USE BEFORE REPORTING belongs to the
// Report Writer, which is not lowered yet (RM2301).
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::DeclareDeclaratives(UnitScope& scope, Tree::DeclarativesContext* declaratives,
                                   std::vector<PendingProcedure>& pending)
    -> std::vector<DeclaredUse> {
  std::vector<DeclaredUse> uses;
  ir::ParagraphId section;
  size_t section_pending = 0;
  // The rule lists each section's header, USE, sentences and paragraphs in a row.
  for (antlr4::tree::ParseTree* child : declaratives->children) {
    if (auto* header = dynamic_cast<Tree::SectionHeaderContext*>(child)) {
      const std::string name(Text(header->paragraphName()));
      section = builder_.AddSection(scope.unit, Loc(header), name);
      module().paragraphs().Get(section).declarative = true;
      scope.procedures[UpperName(name)].push_back(section);
      section_pending = pending.size();
      pending.push_back(PendingProcedure{section, {}});
    } else if (!section.is_valid()) {
      continue;
    } else if (auto* use = dynamic_cast<Tree::UseStatementContext*>(child)) {
      uses.push_back(DeclaredUse{section, use});
    } else if (auto* sentence = dynamic_cast<Tree::SentenceContext*>(child)) {
      pending[section_pending].sentences.push_back(sentence);
    } else if (auto* paragraph = dynamic_cast<Tree::ParagraphContext*>(child)) {
      const std::string name(Text(paragraph->paragraphName()));
      const ir::ParagraphId id = builder_.AddParagraph(scope.unit, Loc(paragraph), name, section);
      module().paragraphs().Get(id).declarative = true;
      scope.procedures[UpperName(name)].push_back(id);
      pending.push_back(PendingProcedure{id, paragraph->sentence()});
    }
  }
  return uses;
}

namespace {

// One USE FOR DEBUGGING operand written as a plain name: a procedure, else a file, a CD or a
// data item (the grammar cannot tell them apart); nothing (reported) when it is none of them.
auto ClassifyDebugOperand(Lowering& lowering, const UnitScope& scope,
                          Tree::ProcedureNameContext* name) -> std::optional<ir::DebugTarget> {
  std::vector<std::string> words;  // innermost first, as written
  for (antlr4::tree::ParseTree* child : name->children) {
    if (auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(child)) {
      words.emplace_back(lowering.Text(rule));
    }
  }
  ir::DebugTarget target;
  const std::string upper = UpperName(words.front());
  if (scope.procedures.contains(upper)) {
    std::optional<ir::ParagraphId> procedure = lowering.ResolveProcedure(scope, name);
    if (!procedure) return std::nullopt;
    target.kind = ir::DebugTargetKind::kProcedure;
    target.procedure = *procedure;
    return target;
  }
  if (words.size() == 1) {
    for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
      if (auto file = unit->files.find(upper); file != unit->files.end()) {
        target.kind = ir::DebugTargetKind::kFile;
        target.file = file->second;
        return target;
      }
    }
    if (scope.communication_sizes.contains(upper)) {
      target.kind = ir::DebugTargetKind::kCommunication;
      target.name = lowering.builder().Intern(words.front());
      return target;
    }
  }
  if (!lowering.FindDataItems(scope, words).empty()) {
    std::optional<ir::FieldId> field = lowering.ResolveDataName(scope, lowering.Loc(name), words);
    if (!field) return std::nullopt;
    target.kind = ir::DebugTargetKind::kData;
    target.field = *field;
    return target;
  }
  lowering.Emit(DiagnosticKind::kCobolLowerUnresolvedDebugOperand, lowering.Loc(name),
                std::string(lowering.Text(name)));
  return std::nullopt;
}

auto LowerDebuggingTargets(Lowering& lowering, const UnitScope& scope,
                           Tree::UseStatementContext* use) -> std::vector<ir::DebugTarget> {
  std::vector<ir::DebugTarget> targets;
  bool after_all = false;  // ALL PROCEDURES, or ALL [REFERENCES] [OF] identifier
  for (antlr4::tree::ParseTree* child : use->children) {
    if (auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      const size_t type = terminal->getSymbol()->getType();
      if (type == Tree::ALL) after_all = true;
      if (type == Tree::PROCEDURES) {
        targets.push_back(ir::DebugTarget{ir::DebugTargetKind::kAllProcedures, {}, {}, {}, {}});
        after_all = false;
      }
    } else if (auto* reference = dynamic_cast<Tree::DataReferenceContext*>(child)) {
      std::vector<std::string> names;
      for (Tree::UserWordContext* word : reference->userWord()) {
        names.emplace_back(lowering.Text(word));
      }
      std::optional<ir::FieldId> field =
          lowering.ResolveDataName(scope, lowering.Loc(reference), names);
      if (field) {
        targets.push_back(ir::DebugTarget{
            after_all ? ir::DebugTargetKind::kAllReferences : ir::DebugTargetKind::kData,
            {},
            *field,
            {},
            {}});
      }
      after_all = false;
    } else if (auto* name = dynamic_cast<Tree::ProcedureNameContext*>(child)) {
      if (std::optional<ir::DebugTarget> target = ClassifyDebugOperand(lowering, scope, name)) {
        targets.push_back(*target);
      }
    }
  }
  return targets;
}

}  // namespace

void Lowering::LowerUse(UnitScope& scope, const DeclaredUse& declared) {
  Tree::UseStatementContext* use = declared.use;
  if (HasSyntaxError(use)) return;  // reported by the parser
  if (use->DEBUGGING() != nullptr) {
    std::vector<ir::DebugTarget> targets = LowerDebuggingTargets(*this, scope, use);
    ir::Paragraph& section = module().paragraphs().Get(declared.section);
    section.use = ir::UseKind::kDebugging;
    section.use_debugging = std::move(targets);
    return;
  }
  if (use->REPORTING() != nullptr) {
    Emit(DiagnosticKind::kCobolLowerNotImplemented, Loc(use), "USE BEFORE REPORTING declaratives");
    return;
  }
  std::vector<ir::FileDescriptionId> files;
  for (Tree::UserWordContext* word : use->userWord()) {
    if (std::optional<ir::FileDescriptionId> file =
            ResolveFile(scope, word, "USE AFTER ERROR", ir::FileKind::kFile)) {
      files.push_back(*file);
    }
  }
  std::vector<ir::OpenMode> modes;
  if (use->INPUT() != nullptr) modes.push_back(ir::OpenMode::kInput);
  if (use->OUTPUT() != nullptr) modes.push_back(ir::OpenMode::kOutput);
  if (use->I_O() != nullptr) modes.push_back(ir::OpenMode::kInputOutput);
  if (use->EXTEND() != nullptr) modes.push_back(ir::OpenMode::kExtend);
  ir::Paragraph& section = module().paragraphs().Get(declared.section);
  section.use = ir::UseKind::kErrorProcedure;
  section.use_global = use->GLOBAL() != nullptr;
  section.use_files = std::move(files);
  section.use_modes = std::move(modes);
}

}  // namespace remint::cobol::lower

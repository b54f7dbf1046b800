// Procedure division structure: USING parameters, sections and paragraphs (declared first, so
// PERFORM and GO TO can name later ones), sentences, and the statement dispatch. A statement
// family not lowered yet is reported once per statement (RM2301), never dropped silently.
#include <algorithm>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

// The verb a statement starts with ("MOVE", "GO"), for diagnostics.
auto VerbOf(Lowering& lowering, Tree::StatementContext* statement) -> std::string {
  auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(statement->children.front());
  std::string_view text = lowering.Text(rule != nullptr ? rule : statement);
  size_t end = text.find_first_of(" \t\n.");
  return UpperName(text.substr(0, end));
}

}  // namespace

auto Lowering::HasSyntaxError(antlr4::ParserRuleContext* context) const -> bool {
  // A tree the SLL stage built has no error in it (the stage bails out on the first one).
  if (!program_.statistics().sll_failed) return false;
  if (context->exception != nullptr) return true;
  for (antlr4::tree::ParseTree* child : context->children) {
    if (dynamic_cast<antlr4::tree::ErrorNode*>(child) != nullptr) return true;
    auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(child);
    // Nested statements are checked when they are lowered themselves.
    if (rule == nullptr || dynamic_cast<Tree::StatementContext*>(rule) != nullptr) continue;
    if (HasSyntaxError(rule)) return true;
  }
  return false;
}

void Lowering::LowerProcedureDivision(UnitScope& scope, Tree::ProcedureDivisionContext* division) {
  if (Tree::ProcedureUsingContext* using_clause = division->procedureUsing();
      using_clause != nullptr && !HasSyntaxError(using_clause)) {
    for (Tree::QualifiedDataNameContext* name : using_clause->qualifiedDataName()) {
      if (std::optional<ir::FieldId> field = ResolveDataName(scope, name)) {
        builder_.AddParameter(scope.unit, *field, ir::PassingMode::kByReference);
      }
    }
  }
  // An ANY LENGTH item takes its length from an argument, so it must be a USING item.
  ir::Unit& unit = module().units().Get(scope.unit);
  for (ir::BlockId block : unit.blocks) {
    for (ir::FieldId field : module().block(block).fields) {
      if (!module().field(field).any_length) continue;
      const bool parameter =
          std::any_of(unit.parameters.begin(), unit.parameters.end(),
                      [&](const ir::Parameter& each) { return each.field == field; });
      if (parameter) continue;
      Emit(DiagnosticKind::kCobolLowerInvalidEntry, module().field(field).loc,
           std::string(module().str(module().field(field).name)),
           "ANY LENGTH item must be a formal parameter");
    }
  }
  if (Tree::ProcedureReturningContext* returning = division->procedureReturning();
      returning != nullptr && !HasSyntaxError(returning)) {
    if (std::optional<ir::FieldId> field = ResolveDataName(scope, returning->qualifiedDataName())) {
      module().units().Get(scope.unit).returning = *field;
    }
  } else if (returning == nullptr &&
             module().units().Get(scope.unit).kind == ir::UnitKind::kUserFunction) {
    Emit(DiagnosticKind::kCobolLowerInvalidEntry, Loc(division),
         std::string(module().str(module().units().Get(scope.unit).name)),
         "RETURNING clause is required for a FUNCTION");
  }

  // Declare every procedure first, DECLARATIVES sections (which come first) included.
  std::vector<PendingProcedure> pending;
  std::vector<DeclaredUse> uses;
  if (Tree::DeclarativesContext* declaratives = division->declaratives()) {
    uses = DeclareDeclaratives(scope, declaratives, pending);
  }
  auto declare_paragraph = [&](Tree::ParagraphContext* paragraph, ir::ParagraphId section) {
    if (paragraph->paragraphName() == nullptr) return;  // a syntax error the parser reported
    const std::string name(Text(paragraph->paragraphName()));
    const ir::ParagraphId id = builder_.AddParagraph(scope.unit, Loc(paragraph), name, section);
    scope.procedures[UpperName(name)].push_back(id);
    pending.push_back(PendingProcedure{id, paragraph->sentence()});
  };
  for (Tree::ParagraphContext* paragraph : division->paragraph()) {
    declare_paragraph(paragraph, ir::ParagraphId());
  }
  for (Tree::SectionContext* section : division->section()) {
    if (section->sectionHeader() == nullptr ||
        section->sectionHeader()->paragraphName() == nullptr) {
      continue;  // a syntax error the parser reported
    }
    const std::string name(Text(section->sectionHeader()->paragraphName()));
    const ir::ParagraphId id = builder_.AddSection(scope.unit, Loc(section), name);
    scope.procedures[UpperName(name)].push_back(id);
    pending.push_back(PendingProcedure{id, section->sentence()});
    for (Tree::ParagraphContext* paragraph : section->paragraph()) declare_paragraph(paragraph, id);
  }
  // USE FOR DEBUGGING may name any procedure.
  for (const DeclaredUse& use : uses) LowerUse(scope, use);

  for (Tree::SentenceContext* sentence : division->sentence()) {
    for (ir::StatementId lowered : LowerSentence(scope, sentence)) {
      builder_.AppendToBody(scope.unit, lowered);
    }
  }
  for (const PendingProcedure& procedure : pending) {
    const ir::Paragraph& declared = module().paragraph(procedure.procedure);
    current_section_ =
        declared.kind == ir::ProcedureKind::kSection ? procedure.procedure : declared.section;
    for (Tree::SentenceContext* sentence : procedure.sentences) {
      for (ir::StatementId lowered : LowerSentence(scope, sentence)) {
        builder_.Append(procedure.procedure, lowered);
      }
    }
  }
  current_section_ = ir::ParagraphId();
  MarkAlteredGoTos(scope);
}

auto Lowering::LowerSentence(UnitScope& scope, Tree::SentenceContext* sentence)
    -> ir::StatementList {
  next_sentences_.clear();
  ir::StatementList statements;
  for (Tree::StatementContext* statement : sentence->statement()) {
    if (std::optional<ir::StatementId> lowered = LowerStatement(scope, statement)) {
      statements.push_back(*lowered);
    }
  }
  if (next_sentences_.empty()) return statements;
  // NEXT SENTENCE goes on after the period, out of any inline PERFORM or EVALUATE: the IR's
  // paragraphs are flat lists, so the sentence becomes a block its exits name.
  const ir::StatementId block =
      builder_.Statement(Loc(sentence), ir::BlockStatement{std::move(statements)});
  for (ir::StatementId exit : next_sentences_) {
    module().mutable_statements().GetMutable<ir::ExitStatement>(exit).target = block;
  }
  next_sentences_.clear();
  return {block};
}

auto Lowering::LowerStatement(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  // The parser reported the statement and recovered; its tree may lack any part.
  if (HasSyntaxError(statement)) return std::nullopt;
  const size_t omissions_before = omissions_reported_;
  std::optional<ir::StatementId> lowered;
  // One dynamic_cast and a switch: the generated accessors (statement->moveStatement()...) each
  // scan the children with dynamic_cast, which made dispatch a measurable part of lowering.
  auto* verb = statement->children.empty()
                   ? nullptr
                   : dynamic_cast<antlr4::ParserRuleContext*>(statement->children.front());
  switch (verb == nullptr ? SIZE_MAX : verb->getRuleIndex()) {
    case Tree::RulePerformStatement:
      lowered = LowerPerform(scope, static_cast<Tree::PerformStatementContext*>(verb));
      break;
    case Tree::RuleGoToStatement:
      lowered = LowerGoTo(scope, static_cast<Tree::GoToStatementContext*>(verb));
      break;
    case Tree::RuleAlterStatement:
      lowered = LowerAlter(scope, static_cast<Tree::AlterStatementContext*>(verb));
      break;
    case Tree::RuleMoveStatement:
      lowered = LowerMove(scope, static_cast<Tree::MoveStatementContext*>(verb));
      break;
    case Tree::RuleDisplayStatement:
      lowered = LowerDisplay(scope, static_cast<Tree::DisplayStatementContext*>(verb));
      break;
    case Tree::RuleComputeStatement:
      lowered = LowerCompute(scope, static_cast<Tree::ComputeStatementContext*>(verb));
      break;
    case Tree::RuleIfStatement:
      lowered = LowerIf(scope, static_cast<Tree::IfStatementContext*>(verb));
      break;
    case Tree::RuleEvaluateStatement:
      lowered = LowerEvaluate(scope, static_cast<Tree::EvaluateStatementContext*>(verb));
      break;
    case Tree::RuleSetStatement:
      lowered = LowerSet(scope, static_cast<Tree::SetStatementContext*>(verb));
      break;
    case Tree::RuleInitializeStatement:
      lowered = LowerInitialize(scope, static_cast<Tree::InitializeStatementContext*>(verb));
      break;
    case Tree::RuleOpenStatement:
      lowered = LowerOpen(scope, static_cast<Tree::OpenStatementContext*>(verb));
      break;
    case Tree::RuleCloseStatement:
      lowered = LowerClose(scope, static_cast<Tree::CloseStatementContext*>(verb));
      break;
    case Tree::RuleReadStatement:
      lowered = LowerRead(scope, static_cast<Tree::ReadStatementContext*>(verb));
      break;
    case Tree::RuleWriteStatement:
      lowered = LowerWrite(scope, static_cast<Tree::WriteStatementContext*>(verb));
      break;
    case Tree::RuleRewriteStatement:
      lowered = LowerRewrite(scope, static_cast<Tree::RewriteStatementContext*>(verb));
      break;
    case Tree::RuleDeleteStatement:
      lowered = LowerDelete(scope, static_cast<Tree::DeleteStatementContext*>(verb));
      break;
    case Tree::RuleStartStatement:
      lowered = LowerStart(scope, static_cast<Tree::StartStatementContext*>(verb));
      break;
    case Tree::RuleSortStatement:
      lowered = LowerSort(scope, static_cast<Tree::SortStatementContext*>(verb));
      break;
    case Tree::RuleMergeStatement:
      lowered = LowerMerge(scope, static_cast<Tree::MergeStatementContext*>(verb));
      break;
    case Tree::RuleReleaseStatement:
      lowered = LowerRelease(scope, static_cast<Tree::ReleaseStatementContext*>(verb));
      break;
    case Tree::RuleReturnStatement:
      lowered = LowerReturn(scope, static_cast<Tree::ReturnStatementContext*>(verb));
      break;
    case Tree::RuleStringStatement:
      lowered = LowerString(scope, static_cast<Tree::StringStatementContext*>(verb));
      break;
    case Tree::RuleUnstringStatement:
      lowered = LowerUnstring(scope, static_cast<Tree::UnstringStatementContext*>(verb));
      break;
    case Tree::RuleInspectStatement:
      lowered = LowerInspect(scope, static_cast<Tree::InspectStatementContext*>(verb));
      break;
    case Tree::RuleSearchStatement:
      lowered = LowerSearch(scope, static_cast<Tree::SearchStatementContext*>(verb));
      break;
    case Tree::RuleCallStatement:
      lowered = LowerCall(scope, static_cast<Tree::CallStatementContext*>(verb));
      break;
    case Tree::RuleCancelStatement:
      lowered = LowerCancel(scope, static_cast<Tree::CancelStatementContext*>(verb));
      break;
    case Tree::RuleAcceptStatement:
      lowered = LowerAccept(scope, static_cast<Tree::AcceptStatementContext*>(verb));
      break;
    case Tree::RuleAddStatement:
    case Tree::RuleSubtractStatement:
    case Tree::RuleMultiplyStatement:
    case Tree::RuleDivideStatement:
      lowered = LowerArithmeticVerb(scope, statement);
      break;
    case Tree::RuleStopStatement:
    case Tree::RuleGobackStatement:
    case Tree::RuleExitStatement:
    case Tree::RuleContinueStatement:
    case Tree::RuleNextSentenceStatement:
      lowered = LowerStopOrExit(scope, statement);
      break;
    case Tree::RuleExecStatement:
      lowered = LowerExec(scope, static_cast<Tree::ExecStatementContext*>(verb)->execBlock());
      break;
    case Tree::RuleJsonStatement:
    case Tree::RuleXmlStatement:
      lowered = LowerJsonXml(scope, statement);
      break;
    case Tree::RuleAllocateStatement:
      lowered = LowerAllocate(scope, static_cast<Tree::AllocateStatementContext*>(verb));
      break;
    case Tree::RuleFreeStatement:
      lowered = LowerFree(scope, static_cast<Tree::FreeStatementContext*>(verb));
      break;
    default:
      break;
  }
  // A statement left out because of an error or an unsupported part was reported with it.
  if (lowered || omissions_reported_ > omissions_before) {
    not_lowered_.clear();
    return lowered;
  }
  if (statement->generateStatement() != nullptr || statement->initiateStatement() != nullptr ||
      statement->terminateStatement() != nullptr) {
    Emit(DiagnosticKind::kCobolLowerUnsupported, Loc(statement),
         "the Report Writer statement " + VerbOf(*this, statement));
  } else if (statement->sendStatement() != nullptr || statement->receiveStatement() != nullptr ||
             statement->enableStatement() != nullptr || statement->disableStatement() != nullptr ||
             statement->purgeStatement() != nullptr) {
    Emit(DiagnosticKind::kCobolLowerUnsupported, Loc(statement),
         "the communication statement " + VerbOf(*this, statement));
  } else {
    Emit(DiagnosticKind::kCobolLowerNotImplemented, Loc(statement),
         not_lowered_.empty() ? VerbOf(*this, statement) + " statements" : not_lowered_);
  }
  not_lowered_.clear();
  return lowered;
}

auto Lowering::LowerStatements(UnitScope& scope, Tree::StatementsContext* statements)
    -> ir::StatementList {
  ir::StatementList list;
  if (statements == nullptr) return list;
  for (Tree::StatementContext* statement : statements->statement()) {
    if (std::optional<ir::StatementId> lowered = LowerStatement(scope, statement)) {
      list.push_back(*lowered);
    }
  }
  return list;
}

auto Lowering::ResolveProcedure(const UnitScope& scope, Tree::ProcedureNameContext* name)
    -> std::optional<ir::ParagraphId> {
  std::vector<std::string> words;
  for (antlr4::tree::ParseTree* child : name->children) {
    if (auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(child)) {
      words.push_back(UpperName(Text(rule)));
    }
  }
  auto found = scope.procedures.find(words.front());
  if (found != scope.procedures.end()) {
    std::vector<ir::ParagraphId> matches;
    for (ir::ParagraphId candidate : found->second) {
      const ir::Paragraph& paragraph = module().paragraph(candidate);
      if (words.size() > 1 &&
          (!paragraph.section.is_valid() ||
           UpperName(module().str(module().paragraph(paragraph.section).name)) != words[1])) {
        continue;
      }
      matches.push_back(candidate);
    }
    // An unqualified paragraph name repeated in several sections means the one in the
    // section of the reference.
    for (ir::ParagraphId match : matches) {
      if (matches.size() > 1 && module().paragraph(match).section == current_section_) {
        return match;
      }
    }
    if (!matches.empty()) return matches.front();
  }
  Emit(DiagnosticKind::kCobolLowerUnresolvedProcedure, Loc(name), std::string(Text(name)));
  return std::nullopt;
}

}  // namespace remint::cobol::lower

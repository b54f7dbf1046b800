// Procedure division structure: USING parameters, sections and paragraphs (declared first, so
// PERFORM and GO TO can name later ones), sentences, and the statement dispatch. A statement
// family not lowered yet is reported once per statement (RM2301), never dropped silently.
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

auto Lowering::HasSyntaxError(antlr4::ParserRuleContext* context) -> bool {
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
  if (Tree::ProcedureReturningContext* returning = division->procedureReturning();
      returning != nullptr && !HasSyntaxError(returning)) {
    if (std::optional<ir::FieldId> field = ResolveDataName(scope, returning->qualifiedDataName())) {
      module().units().Get(scope.unit).returning = *field;
    }
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
    if (section->sectionHeader() == nullptr || section->sectionHeader()->paragraphName() == nullptr) {
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
    for (Tree::StatementContext* statement : sentence->statement()) {
      if (std::optional<ir::StatementId> lowered = LowerStatement(scope, statement)) {
        builder_.AppendToBody(scope.unit, *lowered);
      }
    }
  }
  for (const PendingProcedure& procedure : pending) {
    const ir::Paragraph& declared = module().paragraph(procedure.procedure);
    current_section_ =
        declared.kind == ir::ProcedureKind::kSection ? procedure.procedure : declared.section;
    for (Tree::SentenceContext* sentence : procedure.sentences) {
      for (Tree::StatementContext* statement : sentence->statement()) {
        if (std::optional<ir::StatementId> lowered = LowerStatement(scope, statement)) {
          builder_.Append(procedure.procedure, *lowered);
        }
      }
    }
  }
  current_section_ = ir::ParagraphId();
  MarkAlteredGoTos(scope);
}

auto Lowering::LowerStatement(UnitScope& scope, Tree::StatementContext* statement)
    -> std::optional<ir::StatementId> {
  // The parser reported the statement and recovered; its tree may lack any part.
  if (HasSyntaxError(statement)) return std::nullopt;
  const size_t omissions_before = omissions_reported_;
  std::optional<ir::StatementId> lowered;
  if (auto* perform = statement->performStatement()) {
    lowered = LowerPerform(scope, perform);
  } else if (auto* go_to = statement->goToStatement()) {
    lowered = LowerGoTo(scope, go_to);
  } else if (auto* alter = statement->alterStatement()) {
    lowered = LowerAlter(scope, alter);
  } else if (auto* move = statement->moveStatement()) {
    lowered = LowerMove(scope, move);
  } else if (auto* display = statement->displayStatement()) {
    lowered = LowerDisplay(scope, display);
  } else if (auto* compute = statement->computeStatement()) {
    lowered = LowerCompute(scope, compute);
  } else if (statement->addStatement() != nullptr || statement->subtractStatement() != nullptr ||
             statement->multiplyStatement() != nullptr || statement->divideStatement() != nullptr) {
    lowered = LowerArithmeticVerb(scope, statement);
  } else if (auto* if_statement = statement->ifStatement()) {
    lowered = LowerIf(scope, if_statement);
  } else if (auto* evaluate = statement->evaluateStatement()) {
    lowered = LowerEvaluate(scope, evaluate);
  } else if (auto* set = statement->setStatement()) {
    lowered = LowerSet(scope, set);
  } else if (auto* initialize = statement->initializeStatement()) {
    lowered = LowerInitialize(scope, initialize);
  } else if (auto* open = statement->openStatement()) {
    lowered = LowerOpen(scope, open);
  } else if (auto* close = statement->closeStatement()) {
    lowered = LowerClose(scope, close);
  } else if (auto* read = statement->readStatement()) {
    lowered = LowerRead(scope, read);
  } else if (auto* write = statement->writeStatement()) {
    lowered = LowerWrite(scope, write);
  } else if (auto* rewrite = statement->rewriteStatement()) {
    lowered = LowerRewrite(scope, rewrite);
  } else if (auto* delete_statement = statement->deleteStatement()) {
    lowered = LowerDelete(scope, delete_statement);
  } else if (auto* start = statement->startStatement()) {
    lowered = LowerStart(scope, start);
  } else if (auto* sort = statement->sortStatement()) {
    lowered = LowerSort(scope, sort);
  } else if (auto* merge = statement->mergeStatement()) {
    lowered = LowerMerge(scope, merge);
  } else if (auto* release = statement->releaseStatement()) {
    lowered = LowerRelease(scope, release);
  } else if (auto* return_statement = statement->returnStatement()) {
    lowered = LowerReturn(scope, return_statement);
  } else if (statement->stopStatement() != nullptr || statement->gobackStatement() != nullptr ||
             statement->exitStatement() != nullptr || statement->continueStatement() != nullptr ||
             statement->nextSentenceStatement() != nullptr) {
    lowered = LowerStopOrExit(scope, statement);
  } else if (auto* exec = statement->execStatement()) {
    lowered = LowerExec(scope, exec->execBlock());
  } else if (auto* string = statement->stringStatement()) {
    lowered = LowerString(scope, string);
  } else if (auto* unstring = statement->unstringStatement()) {
    lowered = LowerUnstring(scope, unstring);
  } else if (auto* inspect = statement->inspectStatement()) {
    lowered = LowerInspect(scope, inspect);
  } else if (auto* search = statement->searchStatement()) {
    lowered = LowerSearch(scope, search);
  } else if (auto* call = statement->callStatement()) {
    lowered = LowerCall(scope, call);
  } else if (auto* cancel = statement->cancelStatement()) {
    lowered = LowerCancel(scope, cancel);
  } else if (auto* accept = statement->acceptStatement()) {
    lowered = LowerAccept(scope, accept);
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

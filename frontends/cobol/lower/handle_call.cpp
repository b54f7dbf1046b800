// CALL program [USING BY REFERENCE/CONTENT/VALUE arguments, OMITTED, ADDRESS OF / LENGTH OF]
// [RETURNING item] [ON EXCEPTION / ON OVERFLOW] [NOT ON EXCEPTION], and CANCEL programs. A
// literal target naming a program of the module gets its unit as callee once every program is
// lowered (ResolveCallees).
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

// The program name a literal CALL or CANCEL target spells, upper-cased (program names are
// matched case-insensitively, as PROGRAM-ID user words are).
auto LiteralProgramName(ir::Module& module, ir::ExpressionId target) -> std::optional<std::string> {
  const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(target);
  if (literal == nullptr) return std::nullopt;
  return UpperName(module.str(literal->value));
}

// How `caller` may call `candidate` by name, best first: a program it directly contains, a
// COMMON program contained in the same program, itself (recursion), a separately compiled
// (outermost) program; 0 when it may not.
auto CallableRank(const ir::Module& module, ir::UnitId caller, ir::UnitId candidate) -> int {
  const ir::Unit& unit = module.unit(candidate);
  if (unit.parent.is_valid() && unit.parent == caller) return 4;
  if (unit.is_common && unit.parent.is_valid() && unit.parent == module.unit(caller).parent) {
    return 3;
  }
  if (candidate == caller) return 2;
  return unit.kind == ir::UnitKind::kProgram ? 1 : 0;
}

}  // namespace

auto Lowering::LowerCall(UnitScope& scope, Tree::CallStatementContext* call)
    -> std::optional<ir::StatementId> {
  ir::CallStatement node;
  std::vector<Tree::IdentifierContext*> identifiers = call->identifier();
  // The first identifier is the target unless a literal is; the last is RETURNING's.
  size_t next_identifier = 0;
  if (call->literal() != nullptr) {
    node.target = LowerLiteral(scope, call->literal());
  } else {
    node.target = LowerIdentifier(scope, identifiers.front());
    next_identifier = 1;
  }
  if (!node.target.is_valid()) return std::nullopt;
  ir::PassingMode mode = ir::PassingMode::kByReference;
  for (Tree::CallArgumentContext* argument : call->callArgument()) {
    if (argument->REFERENCE() != nullptr) {
      mode = ir::PassingMode::kByReference;
    } else if (argument->CONTENT() != nullptr) {
      mode = ir::PassingMode::kByContent;
    } else if (argument->VALUE() != nullptr) {
      mode = ir::PassingMode::kByValue;
    } else if (argument->OMITTED() != nullptr) {
      node.arguments.push_back(ir::CallArgument{ir::PassingMode::kOmitted, {}});
    } else {
      ir::ExpressionId value;
      if (argument->OF() != nullptr) {
        Tree::IdentifierContext* operand = argument->identifier();
        ir::ExpressionId item = LowerIdentifier(scope, operand);
        if (!item.is_valid()) return std::nullopt;
        const bool address = argument->ADDRESS() != nullptr;
        value = builder_.Expression(
            Loc(argument),
            address ? builder_.PointerType()
                    : builder_.DecimalType(9, 0, false, ir::DecimalEncoding::kBinary),
            ir::SpecialRegisterExpression{
                address ? ir::SpecialRegister::kAddressOf : ir::SpecialRegister::kLengthOf, item});
      } else if (auto* reference =
                     dynamic_cast<Tree::AddressOrLengthReferenceContext*>(argument->identifier())) {
        value = LowerAddressOrLength(scope, reference);
      } else {
        value = LowerOperand(scope, argument->literal(), argument->identifier());
      }
      if (!value.is_valid()) return std::nullopt;
      node.arguments.push_back(ir::CallArgument{mode, value});
    }
  }
  if (call->RETURNING() != nullptr) {
    if (next_identifier >= identifiers.size()) return std::nullopt;
    node.returning = LowerIdentifier(scope, identifiers.back());
    if (!node.returning.is_valid()) return std::nullopt;
  }
  if (Tree::ExceptionPhrasesContext* phrases = call->exceptionPhrases()) {
    node.overflow = phrases->OVERFLOW() != nullptr;
    LowerConditionalPhrases(scope, phrases, phrases->statements(), node.on_exception,
                            node.not_on_exception);
  }
  std::optional<std::string> name = LiteralProgramName(module(), node.target);
  const ir::StatementId statement = builder_.Statement(Loc(call), std::move(node));
  if (name) pending_callees_.push_back(PendingCallee{statement, 0, scope.unit, *name});
  return statement;
}

auto Lowering::LowerCancel(UnitScope& scope, Tree::CancelStatementContext* cancel)
    -> std::optional<ir::StatementId> {
  ir::CancelStatement node;
  std::vector<std::string> names;
  for (antlr4::tree::ParseTree* child : cancel->children) {
    ir::ExpressionId target;
    if (auto* literal = dynamic_cast<Tree::LiteralContext*>(child)) {
      target = LowerLiteral(scope, literal);
    } else if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
      target = LowerIdentifier(scope, identifier);
    } else {
      continue;
    }
    if (!target.is_valid()) return std::nullopt;
    names.push_back(LiteralProgramName(module(), target).value_or(""));
    node.targets.push_back(ir::CancelTarget{target, {}});
  }
  const ir::StatementId statement = builder_.Statement(Loc(cancel), std::move(node));
  for (size_t i = 0; i < names.size(); ++i) {
    if (!names[i].empty()) {
      pending_callees_.push_back(PendingCallee{statement, i, scope.unit, names[i]});
    }
  }
  return statement;
}

void Lowering::ResolveCallees() {
  for (const PendingCallee& pending : pending_callees_) {
    ir::UnitId callee;
    int best = 0;
    for (ir::UnitId candidate : module().units().Ids()) {
      if (module().unit(candidate).language != ir::Language::kCobol ||
          UpperName(module().str(module().unit(candidate).name)) != pending.name) {
        continue;
      }
      if (const int rank = CallableRank(module(), pending.caller, candidate); rank > best) {
        best = rank;
        callee = candidate;
      }
    }
    if (!callee.is_valid()) continue;
    auto& statements = module().mutable_statements();
    if (statements.Is<ir::CallStatement>(pending.statement)) {
      statements.GetMutable<ir::CallStatement>(pending.statement).callee = callee;
    } else if (statements.Is<ir::CancelStatement>(pending.statement)) {
      statements.GetMutable<ir::CancelStatement>(pending.statement)
          .targets[pending.target_index]
          .callee = callee;
    }
  }
  pending_callees_.clear();
}

}  // namespace remint::cobol::lower

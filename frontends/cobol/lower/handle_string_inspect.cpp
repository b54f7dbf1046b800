// STRING sources DELIMITED BY SIZE/value... INTO item [WITH POINTER p] [[NOT] ON OVERFLOW],
// UNSTRING source [DELIMITED BY [ALL] d OR [ALL] d...] INTO item [DELIMITER IN d] [COUNT IN c]...
// [WITH POINTER p] [TALLYING IN t] [[NOT] ON OVERFLOW], and INSPECT item TALLYING / REPLACING /
// TALLYING ... REPLACING / CONVERTING, each phrase with its BEFORE/AFTER INITIAL bounds.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

auto TokenType(antlr4::tree::ParseTree* child) -> size_t {
  auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child);
  return terminal == nullptr ? 0 : terminal->getSymbol()->getType();
}

}  // namespace

auto Lowering::LowerString(UnitScope& scope, Tree::StringStatementContext* string)
    -> std::optional<ir::StatementId> {
  ir::StringStatement node;
  // Sending items wait for the DELIMITED BY phrase that follows them; the keyword last seen
  // says what a bare literal or identifier is (a delimiter, the INTO item or the pointer).
  std::vector<ir::ExpressionId> sending;
  size_t keyword = 0;
  for (antlr4::tree::ParseTree* child : string->children) {
    if (const size_t type = TokenType(child); type != 0) {
      if (type == Tree::SIZE) {
        for (ir::ExpressionId value : sending) node.sources.push_back(ir::StringSource{value, {}});
        sending.clear();
      } else if (type != Tree::BY && type != Tree::WITH) {
        keyword = type;
      }
      continue;
    }
    if (auto* item = dynamic_cast<Tree::StringSendingContext*>(child)) {
      ir::ExpressionId value = LowerOperand(scope, item->literal(), item->identifier());
      if (!value.is_valid()) return std::nullopt;
      sending.push_back(value);
      continue;
    }
    auto* literal = dynamic_cast<Tree::LiteralContext*>(child);
    auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child);
    if (literal == nullptr && identifier == nullptr) continue;
    if (keyword == Tree::DELIMITED) {
      // Each sending item gets its own copy of the delimiter (operands have one owner).
      for (ir::ExpressionId value : sending) {
        ir::ExpressionId delimiter = LowerOperand(scope, literal, identifier);
        if (!delimiter.is_valid()) return std::nullopt;
        node.sources.push_back(ir::StringSource{value, delimiter});
      }
      sending.clear();
    } else if (keyword == Tree::INTO) {
      node.into = LowerReceiving(scope, identifier);
      if (!node.into.is_valid()) return std::nullopt;
    } else if (keyword == Tree::POINTER) {
      node.pointer = LowerIdentifier(scope, identifier);
      if (!node.pointer.is_valid()) return std::nullopt;
    }
  }
  if (!node.into.is_valid()) return std::nullopt;
  if (Tree::OverflowPhrasesContext* phrases = string->overflowPhrases()) {
    LowerConditionalPhrases(scope, phrases, phrases->statements(), node.on_overflow,
                            node.not_on_overflow);
  }
  return builder_.Statement(Loc(string), std::move(node));
}

auto Lowering::LowerUnstring(UnitScope& scope, Tree::UnstringStatementContext* unstring)
    -> std::optional<ir::StatementId> {
  ir::UnstringStatement node;
  size_t keyword = 0;
  bool all = false;
  for (antlr4::tree::ParseTree* child : unstring->children) {
    if (const size_t type = TokenType(child); type != 0) {
      if (type == Tree::ALL) {
        all = true;
      } else if (type != Tree::BY && type != Tree::WITH && type != Tree::IN && type != Tree::OR) {
        keyword = type;
      }
      continue;
    }
    if (auto* receiver = dynamic_cast<Tree::UnstringReceiverContext*>(child)) {
      ir::UnstringTarget target{};
      size_t receiver_keyword = 0;
      for (antlr4::tree::ParseTree* part : receiver->children) {
        if (const size_t type = TokenType(part); type != 0) {
          if (type == Tree::DELIMITER || type == Tree::COUNT) receiver_keyword = type;
          continue;
        }
        auto* identifier = dynamic_cast<Tree::IdentifierContext*>(part);
        if (identifier == nullptr) continue;
        ir::ExpressionId value = LowerIdentifier(scope, identifier);
        if (!value.is_valid()) return std::nullopt;
        if (receiver_keyword == Tree::DELIMITER) {
          target.delimiter_in = value;
        } else if (receiver_keyword == Tree::COUNT) {
          target.count_in = value;
        } else {
          target.into = value;
        }
      }
      node.targets.push_back(target);
      continue;
    }
    auto* literal = dynamic_cast<Tree::LiteralContext*>(child);
    auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child);
    if (literal == nullptr && identifier == nullptr) continue;
    ir::ExpressionId value = LowerOperand(scope, literal, identifier);
    if (!value.is_valid()) return std::nullopt;
    if (keyword == Tree::UNSTRING) {
      node.source = value;
    } else if (keyword == Tree::DELIMITED) {
      node.delimiters.push_back(ir::UnstringDelimiter{value, all});
      all = false;
    } else if (keyword == Tree::POINTER) {
      node.pointer = value;
    } else if (keyword == Tree::TALLYING) {
      node.tallying = value;
    }
  }
  if (!node.source.is_valid() || node.targets.empty()) return std::nullopt;
  if (Tree::OverflowPhrasesContext* phrases = unstring->overflowPhrases()) {
    LowerConditionalPhrases(scope, phrases, phrases->statements(), node.on_overflow,
                            node.not_on_overflow);
  }
  return builder_.Statement(Loc(unstring), std::move(node));
}

namespace {

auto ModeOf(antlr4::tree::TerminalNode* all, antlr4::tree::TerminalNode* leading,
            antlr4::tree::TerminalNode* first) -> ir::InspectMode {
  if (all != nullptr) return ir::InspectMode::kAll;
  if (leading != nullptr) return ir::InspectMode::kLeading;
  if (first != nullptr) return ir::InspectMode::kFirst;
  return ir::InspectMode::kCharacters;
}

// `FOR LEADING "B" ALL "Y"` parses as one LEADING clause whose second pattern is the literal
// ALL "Y" (the grammar's operand loop is greedy), but cobc reads ALL there as the keyword that
// starts an ALL clause (checked: it counts every "Y"). A later pattern written ALL literal thus
// switches the clause to ALL; the pattern's bytes are the literal's either way.
auto StartsAllClause(Tree::InspectOperandContext* pattern, bool first_pattern) -> bool {
  return !first_pattern && pattern->literal() != nullptr && pattern->literal()->ALL() != nullptr;
}

}  // namespace

auto Lowering::LowerInspect(UnitScope& scope, Tree::InspectStatementContext* inspect)
    -> std::optional<ir::StatementId> {
  ir::InspectStatement node;
  node.target = LowerIdentifier(scope, inspect->identifier());
  if (!node.target.is_valid()) return std::nullopt;
  bool ok = true;
  auto operand = [&](Tree::InspectOperandContext* context) -> ir::ExpressionId {
    ir::ExpressionId value = LowerOperand(scope, context->literal(), context->identifier());
    if (!value.is_valid()) ok = false;
    return value;
  };
  auto bound = [&](Tree::InspectDelimiterContext* delimiter) -> ir::InspectBound {
    return ir::InspectBound{delimiter->BEFORE() != nullptr ? ir::InspectBoundKind::kBefore
                                                           : ir::InspectBoundKind::kAfter,
                            operand(delimiter->inspectOperand())};
  };
  // The BEFORE/AFTER phrases among `children` that follow child `from`, up to the next operand
  // or BY: they bound the pattern (or CHARACTERS) just before them.
  auto bounds_after = [&](antlr4::ParserRuleContext* parent, size_t from) {
    std::vector<ir::InspectBound> bounds;
    for (size_t i = from + 1; i < parent->children.size(); ++i) {
      auto* delimiter = dynamic_cast<Tree::InspectDelimiterContext*>(parent->children[i]);
      if (delimiter == nullptr) break;
      bounds.push_back(bound(delimiter));
    }
    return bounds;
  };

  for (Tree::InspectTallyingContext* tallying : inspect->inspectTallying()) {
    for (Tree::InspectCountContext* count : tallying->inspectCount()) {
      ir::InspectMode mode = ModeOf(count->ALL(), count->LEADING(), nullptr);
      bool first_pattern = true;
      for (size_t i = 0; i < count->children.size(); ++i) {
        antlr4::tree::ParseTree* child = count->children[i];
        const bool characters = TokenType(child) == Tree::CHARACTERS;
        auto* pattern = dynamic_cast<Tree::InspectOperandContext*>(child);
        if (!characters && pattern == nullptr) continue;
        if (pattern != nullptr && StartsAllClause(pattern, first_pattern)) {
          mode = ir::InspectMode::kAll;
        }
        first_pattern = false;
        // Each tally names its counter (operands have one owner).
        ir::ExpressionId counter = LowerIdentifier(scope, tallying->identifier());
        if (!counter.is_valid()) return std::nullopt;
        node.tallying.push_back(ir::InspectTally{counter, mode,
                                                 characters ? ir::ExpressionId() : operand(pattern),
                                                 bounds_after(count, i)});
      }
    }
  }
  for (Tree::InspectReplacingContext* replacing : inspect->inspectReplacing()) {
    ir::InspectMode mode = ModeOf(replacing->ALL(), replacing->LEADING(), replacing->FIRST());
    bool first_pattern = true;
    // CHARACTERS BY r bounds, or (pattern BY r bounds)+: the operand after each BY is the
    // replacement of what precedes the BY.
    ir::ExpressionId pattern;
    bool after_by = false;
    for (size_t i = 0; i < replacing->children.size(); ++i) {
      antlr4::tree::ParseTree* child = replacing->children[i];
      if (TokenType(child) == Tree::BY) {
        after_by = true;
        continue;
      }
      auto* value = dynamic_cast<Tree::InspectOperandContext*>(child);
      if (value == nullptr) continue;
      if (!after_by) {
        if (StartsAllClause(value, first_pattern)) mode = ir::InspectMode::kAll;
        first_pattern = false;
        pattern = operand(value);
        continue;
      }
      node.replacing.push_back(
          ir::InspectReplace{mode, pattern, operand(value), bounds_after(replacing, i)});
      pattern = ir::ExpressionId();
      after_by = false;
    }
  }
  if (inspect->CONVERTING() != nullptr) {
    std::vector<Tree::InspectOperandContext*> operands = inspect->inspectOperand();
    node.converting_from = operand(operands[0]);
    node.converting_to = operand(operands[1]);
    for (Tree::InspectDelimiterContext* delimiter : inspect->inspectDelimiter()) {
      node.converting_bounds.push_back(bound(delimiter));
    }
  }
  if (!ok) return std::nullopt;
  return builder_.Statement(Loc(inspect), std::move(node));
}

}  // namespace remint::cobol::lower

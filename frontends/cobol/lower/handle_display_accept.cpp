// DISPLAY items [UPON name] [WITH NO ADVANCING]. ACCEPT is not lowered yet.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {

auto Lowering::LowerDisplay(UnitScope& scope, Tree::DisplayStatementContext* display)
    -> std::optional<ir::StatementId> {
  ir::DisplayStatement node;
  for (antlr4::tree::ParseTree* child : display->children) {
    ir::ExpressionId item;
    if (auto* literal = dynamic_cast<Tree::LiteralContext*>(child)) {
      item = LowerLiteral(scope, literal);
    } else if (auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child)) {
      item = LowerIdentifier(scope, identifier);
    } else {
      continue;
    }
    if (!item.is_valid()) return std::nullopt;
    node.items.push_back(item);
  }
  if (display->userWord() != nullptr) {
    // UPON names a mnemonic of SPECIAL-NAMES or a device (CONSOLE, SYSOUT...).
    const std::string device = UpperName(Text(display->userWord()));
    node.device = device == "SYSOUT"    ? ir::TerminalDevice::kSysout
                  : device == "SYSERR"  ? ir::TerminalDevice::kSyserr
                  : device == "CONSOLE" ? ir::TerminalDevice::kConsole
                                        : ir::TerminalDevice::kMnemonic;
    node.device_name = builder_.Intern(Text(display->userWord()));
  }
  node.no_advancing = display->NO() != nullptr;
  return builder_.Statement(Loc(display), std::move(node));
}

}  // namespace remint::cobol::lower

// DISPLAY items [UPON name] [WITH NO ADVANCING]; ACCEPT item [FROM DATE [YYYYMMDD] / DAY
// [YYYYDDD] / DAY-OF-WEEK / TIME / device or mnemonic] [[NOT] ON EXCEPTION]. ACCEPT cd MESSAGE
// COUNT belongs to the communication module, which is not lowered yet.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

// The device an UPON / FROM implementor name designates (kMnemonic: none known).
auto DeviceNamed(const std::string& upper) -> ir::TerminalDevice {
  if (upper == "SYSOUT" || upper == "SYSLIST" || upper == "SYSLST") {
    return ir::TerminalDevice::kSysout;
  }
  if (upper == "SYSERR") return ir::TerminalDevice::kSyserr;
  if (upper == "SYSIN" || upper == "SYSIPT") return ir::TerminalDevice::kSysin;
  if (upper == "CONSOLE") return ir::TerminalDevice::kConsole;
  if (upper == "COMMAND-LINE") return ir::TerminalDevice::kCommandLine;
  if (upper == "ENVIRONMENT") return ir::TerminalDevice::kEnvironment;
  return ir::TerminalDevice::kMnemonic;
}

// The device a name in UPON / FROM designates: an implementor name, or a SPECIAL-NAMES mnemonic
// for one (this program's or a containing one's); kMnemonic when the device is none known.
auto DeviceOf(const UnitScope& scope, const std::string& upper) -> ir::TerminalDevice {
  for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
    auto found = unit->mnemonic_devices.find(upper);
    if (found != unit->mnemonic_devices.end()) return DeviceNamed(found->second);
  }
  return DeviceNamed(upper);
}

}  // namespace

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
    node.device = DeviceOf(scope, UpperName(Text(display->userWord())));
    node.device_name = builder_.Intern(Text(display->userWord()));
  }
  node.no_advancing = display->NO() != nullptr;
  return builder_.Statement(Loc(display), std::move(node));
}

auto Lowering::LowerAccept(UnitScope& scope, Tree::AcceptStatementContext* accept)
    -> std::optional<ir::StatementId> {
  if (accept->COUNT() != nullptr) {
    set_not_lowered("ACCEPT MESSAGE COUNT statements (communication)");
    return std::nullopt;
  }
  ir::AcceptStatement node{};
  node.target = LowerIdentifier(scope, accept->identifier());
  if (!node.target.is_valid()) return std::nullopt;
  if (accept->DATE() != nullptr) {
    node.device = accept->YYYYMMDD() != nullptr ? ir::TerminalDevice::kDateYyyymmdd
                                                : ir::TerminalDevice::kDate;
  } else if (accept->DAY() != nullptr) {
    node.device =
        accept->YYYYDDD() != nullptr ? ir::TerminalDevice::kDayYyyyddd : ir::TerminalDevice::kDay;
  } else if (accept->DAY_OF_WEEK() != nullptr) {
    node.device = ir::TerminalDevice::kDayOfWeek;
  } else if (accept->TIME() != nullptr) {
    node.device = ir::TerminalDevice::kTime;
  } else if (accept->userWord() != nullptr) {
    node.device = DeviceOf(scope, UpperName(Text(accept->userWord())));
    node.device_name = builder_.Intern(Text(accept->userWord()));
  } else {
    node.device = ir::TerminalDevice::kConsole;
  }
  if (Tree::ExceptionPhrasesContext* phrases = accept->exceptionPhrases()) {
    if (phrases->OVERFLOW() != nullptr) {
      set_not_lowered("ACCEPT ... ON OVERFLOW statements");
      return std::nullopt;
    }
    LowerConditionalPhrases(scope, phrases, phrases->statements(), node.on_exception,
                            node.not_on_exception);
  }
  return builder_.Statement(Loc(accept), std::move(node));
}

}  // namespace remint::cobol::lower

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
  node.target = LowerReceiving(scope, accept->identifier(0));
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
  } else if (accept->ENVIRONMENT() != nullptr) {
    // FROM ENVIRONMENT name (GnuCOBOL) is what cobc compiles it to: DISPLAY name UPON
    // ENVIRONMENT-NAME, then ACCEPT x FROM ENVIRONMENT-VALUE (these devices, as every GnuCOBOL
    // device remint does not model, are `mnemonic` with their name).
    ir::DisplayStatement select;
    const ir::ExpressionId name =
        LowerOperand(scope, accept->literal(),
                     accept->identifier().size() > 1 ? accept->identifier(1) : nullptr);
    if (!name.is_valid()) return std::nullopt;
    select.items.push_back(name);
    select.device = ir::TerminalDevice::kMnemonic;
    select.device_name = builder_.Intern("ENVIRONMENT-NAME");
    node.device = ir::TerminalDevice::kMnemonic;
    node.device_name = builder_.Intern("ENVIRONMENT-VALUE");
    if (!LowerAcceptExceptions(scope, accept, node)) return std::nullopt;
    ir::BlockStatement block;
    block.body.push_back(builder_.Statement(Loc(accept->ENVIRONMENT()), std::move(select)));
    block.body.push_back(builder_.Statement(Loc(accept), std::move(node)));
    return builder_.Statement(Loc(accept), std::move(block));
  } else if (accept->userWord() != nullptr) {
    const std::string device = UpperName(Text(accept->userWord()));
    if (device == "ARGUMENT-NUMBER" || device == "ARGUMENT-VALUE" ||
        device == "ENVIRONMENT-VALUE") {
      RequireDialect(DialectFeature::kArgumentDevice, Loc(accept->userWord()),
                     "ACCEPT FROM " + device);
    }
    node.device = DeviceOf(scope, device);
    node.device_name = builder_.Intern(Text(accept->userWord()));
  } else {
    node.device = ir::TerminalDevice::kConsole;
  }
  if (!LowerAcceptExceptions(scope, accept, node)) return std::nullopt;
  return builder_.Statement(Loc(accept), std::move(node));
}

auto Lowering::LowerAcceptExceptions(UnitScope& scope, Tree::AcceptStatementContext* accept,
                                     ir::AcceptStatement& node) -> bool {
  if (Tree::ExceptionPhrasesContext* phrases = accept->exceptionPhrases()) {
    if (phrases->OVERFLOW() != nullptr) {
      set_not_lowered("ACCEPT ... ON OVERFLOW statements");
      return false;
    }
    LowerConditionalPhrases(scope, phrases, phrases->statements(), node.on_exception,
                            node.not_on_exception);
  }
  return true;
}

}  // namespace remint::cobol::lower

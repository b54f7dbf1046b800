// ACCEPT -> cobrt's console input and clock (runtime/io/accept.h, runtime/io/clock.h). ACCEPT
// from the console reads one line and MOVEs it as an alphanumeric item (a numeric DISPLAY
// target first cuts it to its length, as libcob's cob_accept does); ACCEPT FROM DATE, DAY,
// DAY-OF-WEEK and TIME MOVE the clock's digits as an unsigned integer of that many digits.
#include <fmt/format.h>

#include <cctype>
#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/emit_move.h"

namespace remint::emit_cpp {
namespace {

// The clock function and digit count of ACCEPT FROM `device`; nullopt for other devices.
auto ClockSource(ir::TerminalDevice device) -> std::optional<std::pair<const char*, int>> {
  switch (device) {
    case ir::TerminalDevice::kDate:
      return std::make_pair("cobrt::AcceptFromDate", 6);
    case ir::TerminalDevice::kDateYyyymmdd:
      return std::make_pair("cobrt::AcceptFromDateYyyymmdd", 8);
    case ir::TerminalDevice::kDay:
      return std::make_pair("cobrt::AcceptFromDay", 5);
    case ir::TerminalDevice::kDayYyyyddd:
      return std::make_pair("cobrt::AcceptFromDayYyyyddd", 7);
    case ir::TerminalDevice::kDayOfWeek:
      return std::make_pair("cobrt::AcceptFromDayOfWeek", 1);
    case ir::TerminalDevice::kTime:
      return std::make_pair("cobrt::AcceptFromTime", 8);
    default:
      return std::nullopt;
  }
}

auto IsBytesTarget(const ir::Module& module, const DataOperand& target) -> bool {
  if (!target.field.is_valid()) return false;
  const ir::Field& field = module.field(target.field);
  return target.reference_modified || !field.children.empty() ||
         module.types().Is<ir::AlphanumericType>(field.type) ||
         module.types().Is<ir::AlphabeticType>(field.type);
}

}  // namespace

void EmitAccept(EmitContext& context, SourceLoc loc, const ir::AcceptStatement& node) {
  const ir::Module& module = context.module;
  CodeWriter& out = context.out;
  std::optional<DataOperand> target = context.Data(node.target);
  if (!target) {
    context.Unsupported(loc, "ACCEPT into this item");
    return;
  }
  const std::optional<std::string> format = context.NumericFormat(*target);
  if (!format && !IsBytesTarget(module, *target)) {
    context.Unsupported(loc, "ACCEPT into an item of this category");
    return;
  }
  const std::string justified =
      IsJustified(module, *target) ? ", /*justified_right=*/true" : std::string();

  if (node.on_exception || node.not_on_exception) {
    // cobc takes an ACCEPT with EXCEPTION phrases as a screen ACCEPT (through curses), which
    // does not read standard input line by line.
    context.Unsupported(loc, "ACCEPT with ON EXCEPTION (a screen ACCEPT in cobc)");
    return;
  }
  if (std::optional<std::pair<const char*, int>> clock = ClockSource(node.device)) {
    out.Open("");
    out.Line(
        fmt::format("const std::string digits = {}(cobrt::ProcessClock().Now());  // ACCEPT {}",
                    clock->first, context.SourceComment(loc)));
    const std::string digits = "reinterpret_cast<const uint8_t*>(digits.data())";
    if (format) {
      out.Line(
          fmt::format("cobrt::MoveNumeric<cobrt::Zoned<{}, 0, cobrt::ZonedSign::kUnsigned>, "
                      "{}>({}, {});",
                      clock->second, *format, digits, target->address));
    } else {
      out.Line(fmt::format("cobrt::MoveAlphanumeric({}, {}, {}, {}{});", digits, clock->second,
                           target->address, target->size, justified));
    }
    out.Close();
    return;
  }
  // GnuCOBOL's environment and argument devices reach the IR as mnemonics named as written
  // (ACCEPT FROM ENVIRONMENT name too): not the console.
  std::string device_name(module.str(node.device_name));
  for (char& c : device_name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (node.device == ir::TerminalDevice::kMnemonic &&
      (device_name == "ENVIRONMENT-VALUE" || device_name == "ENVIRONMENT-NAME" ||
       device_name == "ARGUMENT-VALUE" || device_name == "ARGUMENT-NUMBER")) {
    context.Unsupported(loc, "ACCEPT FROM " + device_name);
    return;
  }
  if (node.device != ir::TerminalDevice::kConsole && node.device != ir::TerminalDevice::kSysin &&
      node.device != ir::TerminalDevice::kMnemonic) {
    context.Unsupported(loc, fmt::format("ACCEPT FROM {}", ir::Spelling(node.device)));
    return;
  }
  out.Open("");
  // At end of input the line is one space (the item becomes spaces or zero).
  out.Line(
      fmt::format("const cobrt::AcceptedLine line = cobrt::ProcessConsoleInput().ReadLine();"
                  "  // ACCEPT {}",
                  context.SourceComment(loc)));
  if (format) {
    out.Line(
        fmt::format("const std::string_view text = cobrt::AcceptedTextForNumericTarget("
                    "line.text, {});",
                    target->size));
    out.Line(
        fmt::format("cobrt::MoveAlphanumericToNumeric<{}{}>(reinterpret_cast<const "
                    "uint8_t*>(text.data()), text.size(), {});",
                    *format, DecimalPointArgument(context), target->address));
  } else {
    out.Line(
        fmt::format("cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>(line.text."
                    "data()), line.text.size(), {}, {}{});",
                    target->address, target->size, justified));
  }
  out.Close();
}

}  // namespace remint::emit_cpp

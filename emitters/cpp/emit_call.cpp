// CALL and CANCEL -> cobrt's program registry (runtime/call/program_registry.h). The callee is
// found by name when the CALL runs, as cobc's default dynamic CALL finds it: a literal or the
// value of an identifier. BY REFERENCE passes the caller's bytes, BY CONTENT a copy made just
// before the CALL; OMITTED passes nothing. Without ON EXCEPTION a missing program ends the run
// with libcob's message; RETURN-CODE is the run's one value, so the callee's is the caller's.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {
namespace {

// The program name a CALL or CANCEL target gives, as a std::string_view expression.
auto ProgramName(EmitContext& context, ir::ExpressionId target) -> std::optional<std::string> {
  const ir::Module& module = context.module;
  if (const auto* literal = module.expressions().TryGet<ir::StringLiteralExpression>(target)) {
    return CppStringLiteral(module.str(literal->value)) + "sv";
  }
  if (std::optional<DataOperand> item = context.Data(target); item && item->field.is_valid()) {
    const ir::Field& field = module.field(item->field);
    if (item->reference_modified || module.types().Is<ir::AlphanumericType>(field.type) ||
        !field.children.empty()) {
      return fmt::format("std::string_view(reinterpret_cast<const char*>({}), {})", item->address,
                         item->size);
    }
  }
  return std::nullopt;
}

}  // namespace

void EmitCall(EmitContext& context, SourceLoc loc, const ir::CallStatement& node) {
  CodeWriter& out = context.out;
  const ir::Module& module = context.module;
  std::optional<std::string> name = ProgramName(context, node.target);
  if (!name) {
    context.Unsupported(loc, "CALL of this target (a literal or alphanumeric item is translated)");
    return;
  }
  if (node.returning.is_valid()) {
    context.Unsupported(loc, "CALL ... RETURNING");
    return;
  }
  std::vector<std::string> copies;
  std::vector<std::string> arguments;
  for (const ir::CallArgument& argument : node.arguments) {
    if (argument.mode == ir::PassingMode::kOmitted) {
      arguments.push_back("{nullptr, 0}");
      continue;
    }
    if (argument.mode == ir::PassingMode::kByValue) {
      context.Unsupported(loc, "CALL ... BY VALUE");
      return;
    }
    std::string address;
    std::string size;
    if (std::optional<DataOperand> item = context.Data(argument.value)) {
      address = item->address;
      size = item->size;
    } else if (const auto* literal =
                   module.expressions().TryGet<ir::StringLiteralExpression>(argument.value);
               literal != nullptr && argument.mode == ir::PassingMode::kByContent) {
      const std::string_view bytes = module.str(literal->value);
      address = fmt::format("reinterpret_cast<const uint8_t*>({})", CppStringLiteral(bytes));
      size = fmt::format("{}", bytes.size());
    } else {
      context.Unsupported(loc, "a CALL argument of this kind");
      return;
    }
    if (argument.mode == ir::PassingMode::kByContent) {
      // The callee may change its copy; the caller's item stays as it was.
      const std::string copy = fmt::format("content_{}", copies.size());
      copies.push_back(
          fmt::format("std::vector<uint8_t> {0}({1}, {1} + {2});", copy, address, size));
      arguments.push_back(fmt::format("{{{0}.data(), {0}.size()}}", copy));
    } else {
      arguments.push_back(fmt::format("{{{}, {}}}", address, size));
    }
  }
  out.Comment(fmt::format("CALL {}", context.SourceComment(loc)));
  out.Open("");
  for (const std::string& copy : copies) out.Line(copy);
  const std::string list = arguments.empty() ? std::string("std::span<const cobrt::CallArgument>()")
                                             : std::string("arguments");
  if (!arguments.empty()) {
    out.Line(
        fmt::format("const cobrt::CallArgument arguments[] = {{{}}};", fmt::join(arguments, ", ")));
  }
  const std::optional<ir::StatementList>& on_exception = node.on_exception;
  const std::optional<ir::StatementList>& not_on_exception = node.not_on_exception;
  if (!on_exception && !not_on_exception) {
    out.Line(fmt::format("cobrt::CallProgram({}, {});", *name, list));
  } else {
    out.Open(fmt::format("if (const cobrt::ProgramEntryPoints* program = cobrt::FindProgram({}))",
                         *name));
    out.Line(fmt::format("program->call({});", list));
    if (not_on_exception) EmitStatements(context, *not_on_exception);
    if (on_exception) {
      out.Else();
      EmitStatements(context, *on_exception);
    }
    out.Close();
  }
  out.Close();
}

void EmitCancel(EmitContext& context, SourceLoc loc, const ir::CancelStatement& node) {
  for (const ir::CancelTarget& target : node.targets) {
    std::optional<std::string> name = ProgramName(context, target.target);
    if (!name) {
      context.Unsupported(loc, "CANCEL of this target");
      return;
    }
    context.out.Line(
        fmt::format("cobrt::CancelProgram({});  // CANCEL {}", *name, context.SourceComment(loc)));
  }
}

}  // namespace remint::emit_cpp

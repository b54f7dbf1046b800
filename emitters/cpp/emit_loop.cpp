// PERFORM loops -> C++ loops: TIMES counts once up front, UNTIL tests before (or after, WITH
// TEST AFTER) each pass, VARYING sets its variable, tests, runs the body and adds BY. The
// body is the inline statements or, for PERFORM p UNTIL ..., the PERFORM of p.
#include <fmt/format.h>

#include <string>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

void EmitLoop(EmitContext& context, SourceLoc loc, const ir::LoopStatement& node) {
  CodeWriter& out = context.out;
  const ir::Module& module = context.module;
  switch (node.kind) {
    case ir::LoopKind::kOnce:
      out.Comment(fmt::format("PERFORM {}", context.SourceComment(loc)));
      out.Open("");
      EmitStatements(context, node.body);
      out.Close();
      return;
    case ir::LoopKind::kTimes: {
      // The count is taken once, before the first pass; a count of zero or less runs nothing.
      std::optional<std::string> count = IntegerValueExpression(context, node.times);
      if (!count) return;
      out.Comment(fmt::format("PERFORM ... TIMES {}", context.SourceComment(loc)));
      out.Open(fmt::format("for (int64_t count = {}; count > 0; --count)", *count));
      EmitStatements(context, node.body);
      out.Close();
      return;
    }
    case ir::LoopKind::kUntil: {
      std::optional<std::string> until = ConditionExpression(context, node.condition);
      if (!until) return;
      out.Comment(fmt::format("PERFORM ... UNTIL {}", context.SourceComment(loc)));
      if (node.test == ir::TestPosition::kAfter) {
        out.Open("do");
        EmitStatements(context, node.body);
        out.Close(fmt::format(" while (!{});", *until));
      } else {
        out.Open(fmt::format("while (!{})", *until));
        EmitStatements(context, node.body);
        out.Close();
      }
      return;
    }
    case ir::LoopKind::kVarying: {
      if (node.varying.size() != 1 || node.test == ir::TestPosition::kAfter) {
        context.Unsupported(loc, "PERFORM VARYING with AFTER or WITH TEST AFTER");
        return;
      }
      const ir::VaryingClause& clause = node.varying.front();
      std::optional<DataOperand> variable = context.Data(clause.variable);
      if (!variable || variable->reference_modified || !variable->field.is_valid()) {
        context.Unsupported(loc, "PERFORM VARYING of this variable");
        return;
      }
      const ir::Field& field = module.field(variable->field);
      const auto* decimal = module.types().TryGet<ir::DecimalType>(field.type);
      std::optional<std::string> format = context.StorageFormat(field);
      const std::optional<std::string> address = variable->address;
      // cobc adds BY to a binary variable past its PICTURE even under binary-truncate (fact
      // sheet §2); that path is not written yet.
      if (decimal == nullptr || !format || !address ||
          decimal->encoding == ir::DecimalEncoding::kBinary) {
        context.Unsupported(loc, "PERFORM VARYING of this variable");
        return;
      }
      std::optional<std::string> from = NumericValueExpression(context, clause.from);
      std::optional<std::string> by = NumericValueExpression(context, clause.by);
      std::optional<std::string> until = ConditionExpression(context, clause.until);
      if (!from || !by || !until) return;
      out.Comment(fmt::format("PERFORM VARYING {}", context.SourceComment(loc)));
      out.Line(fmt::format("cobrt::Store<{}>({}, {});", *format, *address, *from));
      out.Open(fmt::format("while (!{})", *until));
      EmitStatements(context, node.body);
      out.Line(fmt::format("cobrt::Store<{0}>({1}, cobrt::Add({0}::Read({1}), {2}));", *format,
                           *address, *by));
      out.Close();
      return;
    }
    default:
      context.Unsupported(loc, fmt::format("a '{}' loop", ir::Spelling(node.kind)));
  }
}

}  // namespace remint::emit_cpp

// Private to the verifier: the state shared by its parts and how they describe nodes.
#ifndef REMINT_IR_VERIFY_CONTEXT_H_
#define REMINT_IR_VERIFY_CONTEXT_H_

#include <fmt/format.h>

#include <string>

#include "ir/module.h"
#include "ir/verifier.h"

namespace remint::ir {

class VerifyContext {
 public:
  VerifyContext(const Module& module, DiagnosticEmitter& emitter, const VerifyOptions& options)
      : module_(module), emitter_(emitter), options_(options) {}

  auto module() const -> const Module& { return module_; }
  auto options() const -> const VerifyOptions& { return options_; }
  auto ok() const -> bool { return ok_; }

  // Reports at `loc` if the module's source table knows its file, else without a location
  // (the message names the node either way).
  template <typename... Args>
  void Report(DiagnosticKind kind, SourceLoc loc, const Args&... args) {
    if (GetDiagnosticKindInfo(kind).severity == Severity::kError) ok_ = false;
    emitter_.Emit(kind, Locatable(loc) ? loc : SourceLoc{}, args...);
  }

  auto Locatable(SourceLoc loc) const -> bool {
    return loc.is_valid() && loc.file.index < module_.sources().paths.size();
  }

  auto Name(StringId name) const -> std::string {
    std::string_view text = module_.str(name);
    return text.empty() ? "FILLER" : std::string(text);
  }
  auto DescribeStatement(StatementId id) const -> std::string {
    return fmt::format("statement %s{} ({})", id.index, KindName(module_.statements().kind(id)));
  }
  auto DescribeExpression(ExpressionId id) const -> std::string {
    return fmt::format("expression %e{} ({})", id.index, KindName(module_.expressions().kind(id)));
  }

 private:
  const Module& module_;
  DiagnosticEmitter& emitter_;
  const VerifyOptions& options_;
  bool ok_ = true;
};

// The phases, in verifier.cpp, verify_storage.cpp and verify_procedures.cpp.
void VerifyStructure(VerifyContext& context);
void VerifyStorage(VerifyContext& context);
void VerifyProcedures(VerifyContext& context);

}  // namespace remint::ir

#endif  // REMINT_IR_VERIFY_CONTEXT_H_

// IR expressions rendered for reviewers, in the program's own terms: data names as declared
// (qualified by their record when a name repeats), 88-level condition names, literals as
// written, COBOL's operators spelled out (`IS LESS THAN` becomes `<`, AND/OR/NOT kept), and the
// data each expression reads.
#ifndef REMINT_ANALYZERS_RULES_RENDER_H_
#define REMINT_ANALYZERS_RULES_RENDER_H_

#include <set>
#include <string>
#include <string_view>

#include "ir/module.h"

namespace remint::analysis {

// A name or keyword as reviewers read it: upper case.
auto UpperCaseName(std::string_view text) -> std::string;

class ExpressionRenderer {
 public:
  explicit ExpressionRenderer(const ir::Module& module) : module_(module) {}

  // The expression as text; the names of the data items and condition names it reads are added
  // to `reads` when given.
  auto Render(ir::ExpressionId id, std::set<std::string>* reads = nullptr) const -> std::string;
  // A data item's name (FILLER for an unnamed one).
  auto FieldName(ir::FieldId id) const -> std::string;

 private:
  auto RenderOperand(ir::ExpressionId id, std::set<std::string>* reads, int parent_precedence) const
      -> std::string;

  const ir::Module& module_;
};

}  // namespace remint::analysis

#endif  // REMINT_ANALYZERS_RULES_RENDER_H_

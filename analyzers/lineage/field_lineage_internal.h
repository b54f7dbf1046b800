// What field_lineage.cpp and field_lineage_statements.cpp share: the flows and reads of one
// statement, in IR terms (field ids), before fields are named and numbered.
#ifndef REMINT_ANALYZERS_LINEAGE_FIELD_LINEAGE_INTERNAL_H_
#define REMINT_ANALYZERS_LINEAGE_FIELD_LINEAGE_INTERNAL_H_

#include <string>
#include <utility>
#include <vector>

#include "ir/module.h"

namespace remint::lineage::internal {

// A field, or an endpoint outside the program's storage ("file X", "call X", "ACCEPT X").
struct Operand {
  ir::FieldId field;
  std::string endpoint;
  // A plain reference to the whole item: no subscript, no reference modification. Only exact
  // operands take part in byte-for-byte flows.
  bool exact = true;
};

struct StatementFlow {
  std::string label;
  Operand target;
  std::vector<Operand> sources;  // empty when only literals or figurative constants flow in
  bool positional = false;       // bytes copied in place (then exactly one source)
};

struct StatementAccesses {
  std::vector<StatementFlow> flows;
  // Fields read outside any flow (conditions, subscripts, keys, DISPLAY items), with the label.
  std::vector<std::pair<std::string, ir::FieldId>> reads;
};

// The flows and reads of statement `id` alone (not of the statements nested in it).
auto CollectAccesses(const ir::Module& module, ir::StatementId id) -> StatementAccesses;

// "file NAME" for a file description.
auto FileEndpoint(const ir::Module& module, ir::FileDescriptionId file) -> std::string;

}  // namespace remint::lineage::internal

#endif  // REMINT_ANALYZERS_LINEAGE_FIELD_LINEAGE_INTERNAL_H_

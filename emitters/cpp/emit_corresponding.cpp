// CORRESPONDING: the pairs of subordinate items MOVE, ADD and SUBTRACT CORRESPONDING work on,
// found as cobc finds them (emit_corresponding in typeck.c). A pair's addresses are its
// groups' addresses (subscripts included) plus the items' offsets within them.
#include <fmt/format.h>

#include <cctype>
#include <string>
#include <vector>

#include "emitters/cpp/emit_move.h"
#include "ir/move_rules.h"

namespace remint::emit_cpp {
namespace {

// Whether a subordinate item takes part at all: named, neither REDEFINES, RENAMES nor OCCURS
// (what those contain is never reached either), and not an index or pointer, which MOVE and
// arithmetic do not change (checked against cobc: such pairs are left alone).
auto Corresponds(const ir::Module& module, const ir::Field& field) -> bool {
  if (!field.name.is_valid() || module.str(field.name).empty()) return false;  // FILLER
  if (field.view != ir::ViewKind::kNone || field.array) return false;
  const ir::DataCategory category = ir::CategoryOf(module, field.type);
  return category != ir::DataCategory::kIndex && category != ir::DataCategory::kPointer;
}

auto SameName(std::string_view a, std::string_view b) -> bool {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) !=
        std::toupper(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// The operand of subordinate `child` of the group `parent` refers to.
auto Subordinate(const ir::Module& module, const DataOperand& parent, ir::FieldId child)
    -> DataOperand {
  const ir::Field& item = module.field(child);
  const uint64_t offset = item.offset - module.field(parent.field).offset;
  DataOperand operand;
  operand.field = child;
  operand.address = AddressPlus(parent.address, offset);
  operand.size = fmt::format("{}", item.size);
  operand.static_size = item.size;
  return operand;
}

void CollectPairs(const ir::Module& module, const DataOperand& walked, const DataOperand& other,
                  bool walked_is_source, bool elementary, std::vector<CorrespondingPair>& pairs) {
  for (ir::FieldId a : module.field(walked.field).children) {
    const ir::Field& first = module.field(a);
    if (!Corresponds(module, first)) continue;
    for (ir::FieldId b : module.field(other.field).children) {
      const ir::Field& second = module.field(b);
      if (!Corresponds(module, second) ||
          !SameName(module.str(first.name), module.str(second.name))) {
        continue;
      }
      const DataOperand one = Subordinate(module, walked, a);
      const DataOperand two = Subordinate(module, other, b);
      const bool first_group = !first.children.empty();
      const bool second_group = !second.children.empty();
      if (first_group && second_group) {
        CollectPairs(module, one, two, walked_is_source, elementary, pairs);
      } else if (!elementary || (!first_group && !second_group)) {
        pairs.push_back(walked_is_source ? CorrespondingPair{one, two}
                                         : CorrespondingPair{two, one});
      }
    }
  }
}

}  // namespace

auto AddressPlus(const std::string& address, uint64_t offset) -> std::string {
  if (offset == 0) return address;
  const size_t plus = address.rfind(" + ");
  if (plus != std::string::npos) {
    const std::string_view last = std::string_view(address).substr(plus + 3);
    if (!last.empty() && last.find_first_not_of("0123456789") == std::string_view::npos &&
        last.size() < 12) {
      return fmt::format("{} + {}", address.substr(0, plus),
                         std::stoull(std::string(last)) + offset);
    }
  }
  return fmt::format("{} + {}", address, offset);
}

auto CorrespondingPairs(const EmitContext& context, const DataOperand& source,
                        const DataOperand& target, bool elementary, bool target_order)
    -> std::vector<CorrespondingPair> {
  std::vector<CorrespondingPair> pairs;
  if (target_order) {
    CollectPairs(context.module, target, source, /*walked_is_source=*/false, elementary, pairs);
  } else {
    CollectPairs(context.module, source, target, /*walked_is_source=*/true, elementary, pairs);
  }
  return pairs;
}

}  // namespace remint::emit_cpp

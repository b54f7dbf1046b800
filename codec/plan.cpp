#include "codec/plan.h"

#include <map>
#include <string>

namespace remint::codec {
namespace {

class PlanCompiler {
 public:
  PlanCompiler(const ir::Module& module, RecordPlan& plan) : module_(module), plan_(plan) {}

  auto Compile(ir::FieldId record) -> ErrorOr<Success> {
    const ir::Field& field = module_.field(record);
    plan_.record_name = std::string(module_.str(field.name));
    plan_.record_size = field.size * Occurrences(field);
    if (field.children.empty()) {
      // An elementary 01: the record object holds that one field.
      std::map<std::string, int> used;
      AddItem(record, "", used);
    } else {
      AddChildren(field, "");
    }
    return error_.empty() ? ErrorOr<Success>(Success{}) : ErrorOr<Success>(Error(error_));
  }

  // Slots of the ODO count fields; they are decoded before their table.
  void AssignCountSlots() {
    for (PlanOp& op : plan_.ops) {
      if (op.op != OpKind::kArrayBegin || !pending_counts_.contains(&op - plan_.ops.data())) {
        continue;
      }
      const std::string& count_path = pending_counts_[&op - plan_.ops.data()];
      op.count_slot = plan_.SlotOf(count_path);
      if (op.count_slot < 0) error_ = "OCCURS DEPENDING ON field '" + count_path + "' not found";
    }
  }

  auto error() const -> const std::string& { return error_; }

 private:
  static auto Occurrences(const ir::Field& field) -> uint64_t {
    if (!field.array) return 1;
    uint64_t count = 1;
    for (const ir::ArrayDimension& dimension : field.array->dimensions) {
      count *= static_cast<uint64_t>(dimension.upper - dimension.lower + 1);
    }
    return count;
  }

  // JSON keys are unique within an object: a second FILLER becomes FILLER-2, and so on.
  static auto UniqueKey(std::string name, std::map<std::string, int>& used) -> std::string {
    int count = ++used[name];
    if (count > 1) name += "-" + std::to_string(count);
    return name;
  }

  void AddChildren(const ir::Field& group, const std::string& prefix) {
    std::map<std::string, int> used;
    // A field's REDEFINES views follow it among its siblings; they go into one view set.
    std::map<uint32_t, std::vector<ir::FieldId>> views_of;
    for (ir::FieldId child : group.children) {
      const ir::Field& field = module_.field(child);
      if (field.view == ir::ViewKind::kRedefines && field.base.is_valid()) {
        ir::FieldId base = field.base;
        // A view of a view overlays the same base.
        while (module_.field(base).view == ir::ViewKind::kRedefines &&
               module_.field(base).base.is_valid()) {
          base = module_.field(base).base;
        }
        views_of[base.index].push_back(child);
      }
    }
    for (ir::FieldId child : group.children) {
      const ir::Field& field = module_.field(child);
      if (field.level == 66 || field.level == 88) continue;
      if (field.view != ir::ViewKind::kNone) continue;  // in a view set, or a RENAMES
      auto views = views_of.find(child.index);
      if (views == views_of.end()) {
        AddItem(child, prefix, used);
        continue;
      }
      std::vector<ir::FieldId> members = {child};
      members.insert(members.end(), views->second.begin(), views->second.end());
      AddViewSet(members, prefix, used);
    }
  }

  void AddViewSet(const std::vector<ir::FieldId>& members, const std::string& prefix,
                  std::map<std::string, int>& used) {
    uint64_t start = module_.field(members[0]).offset;
    uint64_t span = 0;
    for (ir::FieldId member : members) {
      const ir::Field& field = module_.field(member);
      span = std::max(span, field.offset + field.size * Occurrences(field) - start);
    }
    auto set_index = static_cast<int32_t>(plan_.view_sets.size());
    plan_.view_sets.emplace_back();
    size_t set_op = plan_.ops.size();
    plan_.ops.push_back(
        PlanOp{.op = OpKind::kViewSetBegin, .offset = start, .size = span, .view_set = set_index});
    for (uint32_t i = 0; i < members.size(); ++i) {
      const ir::Field& field = module_.field(members[i]);
      size_t view_op = plan_.ops.size();
      plan_.ops.push_back(PlanOp{.op = OpKind::kViewBegin,
                                 .offset = field.offset,
                                 .view_index = i,
                                 .view_set = set_index});
      std::string key = AddItem(members[i], prefix, used);
      plan_.view_sets[set_index].member_names.push_back(key);
      // A view shorter than the set keeps the bytes after it, so that it alone re-encodes the
      // whole area.
      uint64_t length = field.offset - start + field.size * Occurrences(field);
      if (length < span) {
        AddElementary(key + "@rest", prefix + key + "@rest", start + length, span - length,
                      FieldKind::kText);
      }
      plan_.ops.push_back(PlanOp{.op = OpKind::kViewEnd});
      plan_.ops[view_op].end = static_cast<uint32_t>(plan_.ops.size() - 1);
    }
    plan_.ops.push_back(PlanOp{.op = OpKind::kViewSetEnd});
    plan_.ops[set_op].end = static_cast<uint32_t>(plan_.ops.size() - 1);
  }

  // Adds a field (with its OCCURS and children); returns its JSON key.
  auto AddItem(ir::FieldId id, const std::string& prefix, std::map<std::string, int>& used)
      -> std::string {
    const ir::Field& field = module_.field(id);
    std::string name(module_.str(field.name));
    if (name.empty()) name = "FILLER";
    std::string key = UniqueKey(name, used);
    std::string path = prefix + key;
    size_t array_op = 0;
    if (field.array) {
      if (field.array->dimensions.size() != 1) {
        error_ = "'" + path + "' has a multi-dimensional OCCURS, which COBOL records do not";
        return key;
      }
      const ir::ArrayDimension& dimension = field.array->dimensions[0];
      array_op = plan_.ops.size();
      PlanOp op{.op = OpKind::kArrayBegin, .offset = field.offset, .size = field.size};
      SetKey(op, key, path);
      op.occurs_max = static_cast<uint64_t>(dimension.upper - dimension.lower + 1);
      op.occurs_min = dimension.depending_on.is_valid()
                          ? static_cast<uint64_t>(std::max<int64_t>(dimension.minimum, 0))
                          : op.occurs_max;
      op.stride = field.size;
      plan_.ops.push_back(op);
      if (dimension.depending_on.is_valid()) {
        pending_counts_[static_cast<ptrdiff_t>(array_op)] =
            std::string(module_.str(module_.field(dimension.depending_on).name));
      }
    }
    std::string element_key = field.array ? std::string() : key;
    if (!field.children.empty()) {
      size_t group_op = plan_.ops.size();
      PlanOp op{.op = OpKind::kGroupBegin, .offset = field.offset, .size = field.size};
      SetKey(op, element_key, path);
      plan_.ops.push_back(op);
      AddChildren(field, path + ".");
      plan_.ops.push_back(PlanOp{.op = OpKind::kGroupEnd});
      plan_.ops[group_op].end = static_cast<uint32_t>(plan_.ops.size() - 1);
    } else {
      PlanOp op = ElementaryOp(field);
      SetKey(op, element_key, path);
      plan_.ops.push_back(op);
    }
    if (field.array) {
      plan_.ops.push_back(PlanOp{.op = OpKind::kArrayEnd});
      plan_.ops[array_op].end = static_cast<uint32_t>(plan_.ops.size() - 1);
    }
    return key;
  }

  void AddElementary(const std::string& key, const std::string& path, uint64_t offset,
                     uint64_t size, FieldKind kind) {
    PlanOp op{.op = OpKind::kField, .kind = kind, .offset = offset, .size = size};
    SetKey(op, key, path);
    plan_.ops.push_back(op);
  }

  static void SetKey(PlanOp& op, const std::string& key, const std::string& path) {
    op.name = key;
    op.path = path;
    if (!key.empty()) op.key_json = "\"" + key + "\":";
  }

  auto ElementaryOp(const ir::Field& field) const -> PlanOp {
    PlanOp op{.op = OpKind::kField,
              .kind = FieldKind::kBytes,
              .offset = field.offset,
              .size = field.size};
    const ir::TypeArena& types = module_.types();
    if (const auto* decimal = types.TryGet<ir::DecimalType>(field.type)) {
      op.digits = decimal->digits;
      op.scale = decimal->scale;
      op.is_signed = decimal->is_signed;
      op.sign_leading = decimal->sign_position == ir::SignPosition::kLeading;
      op.sign_separate = decimal->sign_separate;
      switch (decimal->encoding) {
        case ir::DecimalEncoding::kZoned:
          op.kind = FieldKind::kZoned;
          break;
        case ir::DecimalEncoding::kPacked:
          op.kind = FieldKind::kPacked;
          break;
        case ir::DecimalEncoding::kPackedUnsigned:
          op.kind = FieldKind::kPackedUnsigned;
          break;
        case ir::DecimalEncoding::kBinary:
        case ir::DecimalEncoding::kNative:
        case ir::DecimalEncoding::kByteBinary:
        case ir::DecimalEncoding::kByteNative:
          op.kind = (field.size == 1 || field.size == 2 || field.size == 4 || field.size == 8)
                        ? FieldKind::kBinary
                        : FieldKind::kBytes;
          break;
      }
    } else if (types.TryGet<ir::AlphanumericType>(field.type) != nullptr ||
               types.TryGet<ir::AlphabeticType>(field.type) != nullptr ||
               types.TryGet<ir::NumericEditedType>(field.type) != nullptr ||
               types.TryGet<ir::AlphanumericEditedType>(field.type) != nullptr) {
      op.kind = FieldKind::kText;
    } else if (types.TryGet<ir::FloatType>(field.type) != nullptr &&
               (field.size == 4 || field.size == 8)) {
      op.kind = FieldKind::kFloat;
    }
    return op;
  }

  const ir::Module& module_;
  RecordPlan& plan_;
  std::map<ptrdiff_t, std::string> pending_counts_;
  std::string error_;
};

}  // namespace

auto RecordPlan::SlotOf(std::string_view name) -> int32_t {
  for (PlanOp& op : ops) {
    if (op.op != OpKind::kField || (op.name != name && op.path != name)) continue;
    // An array element has no key of its own: its name is in the path's last part.
    if (op.value_slot < 0) {
      op.value_slot = slot_count++;
      slot_names.emplace_back(name);
    }
    return op.value_slot;
  }
  // Array elements: match the path.
  for (PlanOp& op : ops) {
    if (op.op != OpKind::kField || !op.name.empty()) continue;
    if (op.path == name || op.path.ends_with("." + std::string(name))) {
      if (op.value_slot < 0) {
        op.value_slot = slot_count++;
        slot_names.emplace_back(name);
      }
      return op.value_slot;
    }
  }
  return -1;
}

auto FindRecord(const ir::Module& module, std::string_view record_name) -> ErrorOr<ir::FieldId> {
  std::string names;
  for (ir::BlockId block : module.blocks().Ids()) {
    for (ir::FieldId id : module.block(block).fields) {
      const ir::Field& field = module.field(id);
      if (field.level != 1) continue;
      std::string_view name = module.str(field.name);
      if (record_name.empty() || name == record_name) return id;
      names += names.empty() ? "" : ", ";
      names += name;
    }
  }
  if (record_name.empty()) return Error("the copybook has no level-01 record");
  return Error("no level-01 record named '" + std::string(record_name) + "' (the copybook has " +
               (names.empty() ? std::string("none") : names) + ")");
}

auto CompilePlan(const ir::Module& module, ir::FieldId record) -> ErrorOr<RecordPlan> {
  RecordPlan plan;
  PlanCompiler compiler(module, plan);
  ErrorOr<Success> compiled = compiler.Compile(record);
  if (!compiled) return compiled.error();
  compiler.AssignCountSlots();
  if (!compiler.error().empty()) return Error(compiler.error());
  return plan;
}

}  // namespace remint::codec

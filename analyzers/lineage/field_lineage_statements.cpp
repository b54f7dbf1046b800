// The flows and reads of one statement, by construct family: moves, arithmetic, string handling,
// file I/O, CALL, loops; every other statement only reads (conditions, DISPLAY items, subscripts).
#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <type_traits>

#include "analyzers/lineage/field_lineage_internal.h"
#include "analyzers/rules/render.h"
#include "ir/move_rules.h"
#include "ir/reflection.h"

namespace remint::lineage::internal {
namespace {

using analysis::UpperCaseName;

// Whether moving `from` into `to` copies bytes in place: a group on either side, or two
// alphanumeric items (left-aligned, padded or truncated on the right) unless the receiving one is
// JUSTIFIED RIGHT.
auto CopiesBytes(const ir::Module& module, ir::FieldId from, ir::FieldId to) -> bool {
  if (!from.is_valid() || !to.is_valid()) return false;
  const ir::Field& source = module.field(from);
  const ir::Field& target = module.field(to);
  auto is_group = [&](const ir::Field& field) {
    return !field.children.empty() ||
           (field.type.is_valid() && module.types().Is<ir::GroupType>(field.type));
  };
  if (is_group(source) || is_group(target)) return true;
  if (!source.type.is_valid() || !target.type.is_valid()) return false;
  auto text = [&](const ir::Field& field, bool receiving) {
    if (const auto* alphanumeric = module.types().TryGet<ir::AlphanumericType>(field.type)) {
      return !receiving || !alphanumeric->justified;
    }
    if (const auto* alphabetic = module.types().TryGet<ir::AlphabeticType>(field.type)) {
      return !receiving || !alphabetic->justified;
    }
    return false;
  };
  return text(source, false) && text(target, true);
}

class StatementCollector {
 public:
  StatementCollector(const ir::Module& module, ir::StatementId id) : module_(module), id_(id) {}

  auto Collect() -> StatementAccesses {
    label_ = MainLabel();
    ir::VisitStatement(module_, id_, [&](const auto& node) { Flows(node); });
    // Everything the statement mentions, targets' own items excepted, is read; what a flow
    // already carries is a use through that flow.
    ir::VisitStatement(module_, id_, [&](const auto& node) {
      ir::VisitFields(node,
                      [&](std::string_view, const auto& value, ir::FieldRole) { Walk(value); });
    });
    std::set<uint32_t> carried;
    for (const StatementFlow& flow : result_.flows) {
      for (const Operand& source : flow.sources) {
        if (source.field.is_valid()) carried.insert(source.field.index);
      }
    }
    std::set<uint32_t> seen;
    for (ir::FieldId field : mentioned_) {
      if (carried.contains(field.index) || !seen.insert(field.index).second) continue;
      result_.reads.emplace_back(label_, field);
    }
    return std::move(result_);
  }

 private:
  // --- Reading expressions ---

  // The fields an expression reads: `values` those whose value it computes with, `addresses`
  // those that only say where (subscripts, reference modifiers, LENGTH OF).
  void Fields(ir::ExpressionId id, std::vector<ir::FieldId>& values,
              std::vector<ir::FieldId>& addresses) const {
    if (!id.is_valid()) return;
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* ref = expressions.TryGet<ir::DataRefExpression>(id)) {
      values.push_back(ref->field);
      Addresses(*ref, addresses);
      return;
    }
    if (const auto* condition = expressions.TryGet<ir::ConditionNameRefExpression>(id)) {
      values.push_back(module_.condition_names().Get(condition->condition).field);
      for (ir::ExpressionId subscript : condition->subscripts) {
        Fields(subscript, addresses, addresses);
      }
      return;
    }
    if (const auto* section = expressions.TryGet<ir::ArraySectionExpression>(id)) {
      values.push_back(section->field);
      for (const ir::SectionTriplet& triplet : section->triplets) {
        for (ir::ExpressionId bound : {triplet.lower, triplet.upper, triplet.stride}) {
          Fields(bound, addresses, addresses);
        }
      }
      return;
    }
    if (const auto* special = expressions.TryGet<ir::SpecialRegisterExpression>(id)) {
      Fields(special->operand, addresses, addresses);  // LENGTH OF x: x's size, not its value
      return;
    }
    if (const auto* intrinsic = expressions.TryGet<ir::IntrinsicCallExpression>(id)) {
      for (ir::ExpressionId argument : intrinsic->arguments) Fields(argument, values, addresses);
      Fields(intrinsic->refmod_start, addresses, addresses);
      Fields(intrinsic->refmod_length, addresses, addresses);
      return;
    }
    // Operators, conditions, literals: every operand is a value.
    ir::VisitExpression(module_, id, [&](const auto& node) {
      ir::VisitFields(node, [&](std::string_view, const auto& value, ir::FieldRole) {
        using V = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<V, ir::ExpressionId>) {
          Fields(value, values, addresses);
        } else if constexpr (std::is_same_v<V, ir::ExpressionList>) {
          for (ir::ExpressionId operand : value) Fields(operand, values, addresses);
        }
      });
    });
  }

  void Addresses(const ir::DataRefExpression& ref, std::vector<ir::FieldId>& addresses) const {
    for (ir::ExpressionId subscript : ref.subscripts) Fields(subscript, addresses, addresses);
    Fields(ref.refmod_start, addresses, addresses);
    Fields(ref.refmod_length, addresses, addresses);
  }

  // An expression as the operands whose values flow out of it.
  auto Operands(ir::ExpressionId id) const -> std::vector<Operand> {
    std::vector<Operand> operands;
    if (!id.is_valid()) return operands;
    if (const auto* ref = module_.expressions().TryGet<ir::DataRefExpression>(id)) {
      operands.push_back(
          Operand{ref->field, "", ref->subscripts.empty() && !ref->refmod_start.is_valid()});
      return operands;
    }
    std::vector<ir::FieldId> values;
    std::vector<ir::FieldId> addresses;
    Fields(id, values, addresses);
    for (ir::FieldId field : values) operands.push_back(Operand{field, "", false});
    return operands;
  }

  auto OperandsOf(std::initializer_list<ir::ExpressionId> ids) const -> std::vector<Operand> {
    std::vector<Operand> operands;
    for (ir::ExpressionId id : ids) {
      std::vector<Operand> more = Operands(id);
      operands.insert(operands.end(), more.begin(), more.end());
    }
    return operands;
  }

  // The item a receiving expression names; its subscripts stay reads. Special registers
  // (RETURN-CODE...) and switches are not storage of the program: no flow.
  auto Target(ir::ExpressionId id) -> std::optional<Operand> {
    if (!id.is_valid()) return std::nullopt;
    targets_.insert(id.index);
    const ir::ExpressionArena& expressions = module_.expressions();
    if (const auto* ref = expressions.TryGet<ir::DataRefExpression>(id)) {
      return Operand{ref->field, "", ref->subscripts.empty() && !ref->refmod_start.is_valid()};
    }
    if (const auto* condition = expressions.TryGet<ir::ConditionNameRefExpression>(id)) {
      return Operand{module_.condition_names().Get(condition->condition).field, "", false};
    }
    return std::nullopt;
  }

  // --- Recording ---

  void Flow(const std::string& label, ir::ExpressionId target, std::vector<Operand> sources,
            bool positional = false) {
    if (std::optional<Operand> operand = Target(target)) {
      Flow(label, *operand, std::move(sources), positional);
    }
  }

  void Flow(const std::string& label, const Operand& target, std::vector<Operand> sources,
            bool positional = false) {
    // In place only between two whole items that copy bytes.
    if (positional) {
      positional = sources.size() == 1 && target.exact && sources.front().exact &&
                   (!target.field.is_valid() || !sources.front().field.is_valid() ||
                    CopiesBytes(module_, sources.front().field, target.field));
    }
    result_.flows.push_back(StatementFlow{label, target, std::move(sources), positional});
  }

  // The records of a file's record area (an FD's 01s all start at its first byte).
  auto Records(ir::FileDescriptionId file) const -> std::vector<ir::FieldId> {
    if (!file.is_valid()) return {};
    ir::BlockId block = module_.files().Get(file).record_block;
    if (!block.is_valid()) return {};
    return module_.blocks().Get(block).fields;
  }

  auto FileOf(ir::FieldId record) const -> ir::FileDescriptionId {
    if (!record.is_valid()) return {};
    ir::BlockId block = module_.field(record).block;
    return block.is_valid() ? module_.blocks().Get(block).file : ir::FileDescriptionId();
  }

  // A file read into its record area, then (INTO) moved from the first record.
  void Input(const std::string& verb, ir::FileDescriptionId file, ir::ExpressionId into) {
    std::vector<ir::FieldId> records = Records(file);
    for (ir::FieldId record : records) {
      Flow(verb, Operand{record, "", true}, {Operand{{}, FileEndpoint(module_, file), true}}, true);
    }
    if (into.is_valid() && !records.empty()) {
      Flow(verb + " INTO", into, {Operand{records.front(), "", true}}, true);
    }
  }

  // A record moved FROM an item, then written to its file.
  void Output(const std::string& verb, ir::FieldId record, ir::ExpressionId from) {
    if (!record.is_valid()) return;
    if (from.is_valid()) {
      std::vector<Operand> sources = Operands(from);
      Flow(verb + " FROM", Operand{record, "", true}, sources, sources.size() == 1);
    }
    ir::FileDescriptionId file = FileOf(record);
    if (file.is_valid()) {
      Flow(verb, Operand{{}, FileEndpoint(module_, file), true}, {Operand{record, "", true}}, true);
    }
  }

  // --- Statements ---

  template <typename Node>
  void Flows(const Node& node) {
    if constexpr (std::is_same_v<Node, ir::MoveStatement>) {
      Move(node);
    } else if constexpr (std::is_same_v<Node, ir::ComputeStatement>) {
      std::vector<Operand> sources = Operands(node.value);
      for (const ir::ArithmeticTarget& target : node.targets) Flow(label_, target.target, sources);
    } else if constexpr (std::is_same_v<Node, ir::ArithmeticStatement>) {
      Arithmetic(node);
    } else if constexpr (std::is_same_v<Node, ir::AssignmentStatement>) {
      Flow(label_, node.target, Operands(node.value));
    } else if constexpr (std::is_same_v<Node, ir::InitializeStatement>) {
      std::vector<Operand> sources;
      for (const ir::InitializeReplacing& replacing : node.replacing) {
        std::vector<Operand> more = Operands(replacing.value);
        sources.insert(sources.end(), more.begin(), more.end());
      }
      for (ir::ExpressionId target : node.targets) Flow(label_, target, sources);
    } else if constexpr (std::is_same_v<Node, ir::SetStatement>) {
      Set(node);
    } else if constexpr (std::is_same_v<Node, ir::StringStatement>) {
      std::vector<Operand> sources;
      for (const ir::StringSource& source : node.sources) {
        for (ir::ExpressionId part : {source.value, source.delimiter}) {
          std::vector<Operand> more = Operands(part);
          sources.insert(sources.end(), more.begin(), more.end());
        }
      }
      Flow(label_, node.into, sources);
      Flow(label_, node.pointer, Operands(node.pointer));
    } else if constexpr (std::is_same_v<Node, ir::UnstringStatement>) {
      Unstring(node);
    } else if constexpr (std::is_same_v<Node, ir::InspectStatement>) {
      Inspect(node);
    } else if constexpr (std::is_same_v<Node, ir::AcceptStatement>) {
      std::string device = node.device == ir::TerminalDevice::kMnemonic
                               ? UpperCaseName(module_.str(node.device_name))
                               : UpperCaseName(ir::Spelling(node.device));
      Flow(label_, node.target, {Operand{{}, "ACCEPT " + device, true}});
    } else if constexpr (std::is_same_v<Node, ir::ReadStatement>) {
      Input("READ", node.file, node.into);
    } else if constexpr (std::is_same_v<Node, ir::SortReturnStatement>) {
      Input("RETURN", node.file, node.into);
    } else if constexpr (std::is_same_v<Node, ir::WriteStatement>) {
      Output("WRITE", node.record, node.from);
    } else if constexpr (std::is_same_v<Node, ir::RewriteStatement>) {
      Output("REWRITE", node.record, node.from);
    } else if constexpr (std::is_same_v<Node, ir::ReleaseStatement>) {
      Output("RELEASE", node.record, node.from);
    } else if constexpr (std::is_same_v<Node, ir::SortStatement> ||
                         std::is_same_v<Node, ir::MergeStatement>) {
      // USING: the files' records pass through the sort file's record area; GIVING: out of it.
      std::vector<ir::FieldId> records = Records(node.file);
      if (records.empty()) return;
      for (ir::FileDescriptionId using_file : node.using_files) {
        for (ir::FieldId record : records) {
          Flow(label_, Operand{record, "", true},
               {Operand{{}, FileEndpoint(module_, using_file), true}}, true);
        }
      }
      for (ir::FileDescriptionId giving : node.giving_files) {
        Flow(label_, Operand{{}, FileEndpoint(module_, giving), true},
             {Operand{records.front(), "", true}}, true);
      }
    } else if constexpr (std::is_same_v<Node, ir::CallStatement>) {
      Call(node);
    } else if constexpr (std::is_same_v<Node, ir::LoopStatement>) {
      for (const ir::VaryingClause& clause : node.varying) {
        Flow("PERFORM VARYING", clause.variable,
             OperandsOf({clause.from, clause.by, clause.variable}));
      }
    } else if constexpr (std::is_same_v<Node, ir::SearchStatement>) {
      Flow(label_, node.varying, Operands(node.varying));
    }
  }

  void Move(const ir::MoveStatement& node) {
    if (node.corresponding) {
      std::vector<Operand> source = Operands(node.source);
      for (ir::ExpressionId target : node.targets) {
        std::optional<Operand> group = Target(target);
        if (source.empty() || !group) continue;
        std::vector<std::pair<ir::FieldId, ir::FieldId>> pairs;
        CorrespondingPairs(source.front().field, group->field, pairs);
        for (const auto& [from, to] : pairs) {
          Flow(label_, Operand{to, "", true}, {Operand{from, "", true}}, true);
        }
      }
      return;
    }
    std::vector<Operand> sources = Operands(node.source);
    for (size_t i = 0; i < node.targets.size(); ++i) {
      bool in_place =
          i < node.conversions.size() && (node.conversions[i] == ir::MoveConversion::kByteCopy ||
                                          node.conversions[i] == ir::MoveConversion::kAlphanumeric);
      Flow(label_, node.targets[i], sources, in_place);
    }
  }

  // The pairs CORRESPONDING works on: subordinate items of the same name, neither FILLER,
  // REDEFINES, RENAMES nor OCCURS, matched level by level down to an elementary item on one side.
  void CorrespondingPairs(ir::FieldId from, ir::FieldId to,
                          std::vector<std::pair<ir::FieldId, ir::FieldId>>& pairs) const {
    auto takes_part = [&](const ir::Field& field) {
      return !module_.str(field.name).empty() && field.view == ir::ViewKind::kNone && !field.array;
    };
    for (ir::FieldId a : module_.field(from).children) {
      const ir::Field& first = module_.field(a);
      if (!takes_part(first)) continue;
      for (ir::FieldId b : module_.field(to).children) {
        const ir::Field& second = module_.field(b);
        if (!takes_part(second) ||
            UpperCaseName(module_.str(first.name)) != UpperCaseName(module_.str(second.name))) {
          continue;
        }
        if (!first.children.empty() && !second.children.empty()) {
          CorrespondingPairs(a, b, pairs);
        } else {
          pairs.emplace_back(a, b);
        }
      }
    }
  }

  // As docs/ir.md gives each form's meaning: without GIVING the receiving items are operands too.
  void Arithmetic(const ir::ArithmeticStatement& node) {
    if (node.corresponding) {
      std::vector<Operand> groups =
          Operands(node.operands.empty() ? ir::ExpressionId() : node.operands.front());
      for (const ir::ArithmeticTarget& target : node.targets) {
        std::optional<Operand> group = Target(target.target);
        if (groups.empty() || !group) continue;
        std::vector<std::pair<ir::FieldId, ir::FieldId>> pairs;
        CorrespondingPairs(groups.front().field, group->field, pairs);
        for (const auto& [from, to] : pairs) {
          Flow(label_, Operand{to, "", true}, {Operand{from, "", true}, Operand{to, "", true}});
        }
      }
      return;
    }
    std::vector<Operand> sources;
    for (ir::ExpressionId operand : node.operands) {
      std::vector<Operand> more = Operands(operand);
      sources.insert(sources.end(), more.begin(), more.end());
    }
    std::vector<Operand> giving = Operands(node.giving_operand);
    sources.insert(sources.end(), giving.begin(), giving.end());
    for (const ir::ArithmeticTarget& target : node.targets) {
      std::vector<Operand> own = sources;
      if (!node.giving) {
        std::vector<Operand> itself = Operands(target.target);
        own.insert(own.end(), itself.begin(), itself.end());
      }
      Flow(label_, target.target, own);
    }
    if (node.remainder) Flow(label_, node.remainder->target, sources);
  }

  void Set(const ir::SetStatement& node) {
    switch (node.form) {
      case ir::SetForm::kTo:
        for (ir::ExpressionId target : node.targets) Flow(label_, target, Operands(node.value));
        break;
      case ir::SetForm::kUpBy:
      case ir::SetForm::kDownBy:
        for (ir::ExpressionId target : node.targets) {
          Flow(label_, target, OperandsOf({node.value, target}));
        }
        break;
      case ir::SetForm::kConditionTrue:
      case ir::SetForm::kConditionFalse:
        for (ir::ExpressionId target : node.targets) Flow(label_, target, {});
        break;
      case ir::SetForm::kSwitchOn:
      case ir::SetForm::kSwitchOff:
      case ir::SetForm::kAddressOf:
        break;  // a switch, or where an item lies: no value of the program's storage
    }
  }

  void Unstring(const ir::UnstringStatement& node) {
    std::vector<Operand> delimiters;
    for (const ir::UnstringDelimiter& delimiter : node.delimiters) {
      std::vector<Operand> more = Operands(delimiter.value);
      delimiters.insert(delimiters.end(), more.begin(), more.end());
    }
    std::vector<Operand> source = Operands(node.source);
    std::vector<Operand> both = source;
    both.insert(both.end(), delimiters.begin(), delimiters.end());
    for (const ir::UnstringTarget& target : node.targets) {
      Flow(label_, target.into, source);
      Flow(label_, target.delimiter_in, both);
      Flow(label_, target.count_in, source);
    }
    for (ir::ExpressionId counter : {node.pointer, node.tallying}) {
      if (!counter.is_valid()) continue;
      std::vector<Operand> sources = Operands(counter);
      sources.insert(sources.end(), both.begin(), both.end());
      Flow(label_, counter, sources);
    }
  }

  void Inspect(const ir::InspectStatement& node) {
    std::vector<Operand> inspected = Operands(node.target);
    for (const ir::InspectTally& tally : node.tallying) {
      std::vector<Operand> sources = OperandsOf({tally.counter, tally.pattern});
      sources.insert(sources.end(), inspected.begin(), inspected.end());
      Flow(label_, tally.counter, sources);
    }
    std::vector<Operand> changed = inspected;
    for (const ir::InspectReplace& replace : node.replacing) {
      std::vector<Operand> more = OperandsOf({replace.pattern, replace.replacement});
      changed.insert(changed.end(), more.begin(), more.end());
    }
    if (node.converting_to.is_valid()) {
      std::vector<Operand> more = OperandsOf({node.converting_from, node.converting_to});
      changed.insert(changed.end(), more.begin(), more.end());
    }
    if (!node.replacing.empty() || node.converting_to.is_valid()) {
      Flow(label_, node.target, changed);
    }
  }

  // The callee may read every argument and change those passed by reference; which of them it
  // changes, and from what, is in its own code, not followed here.
  void Call(const ir::CallStatement& node) {
    std::string callee;
    if (node.callee.is_valid()) {
      callee = UpperCaseName(module_.str(module_.unit(node.callee).name));
    } else if (const auto* literal =
                   module_.expressions().TryGet<ir::StringLiteralExpression>(node.target)) {
      callee = UpperCaseName(module_.str(literal->value));
    } else if (const auto* ref = module_.expressions().TryGet<ir::DataRefExpression>(node.target)) {
      callee = "(" + UpperCaseName(module_.str(module_.field(ref->field).name)) + ")";
    } else {
      callee = "?";
    }
    Operand endpoint{{}, "call " + callee, true};
    std::vector<Operand> arguments;
    for (const ir::CallArgument& argument : node.arguments) {
      std::vector<Operand> more = Operands(argument.value);
      arguments.insert(arguments.end(), more.begin(), more.end());
    }
    std::vector<Operand> into = arguments;
    into.push_back(endpoint);
    for (const Operand& argument : arguments) Flow("CALL USING", endpoint, {argument});
    for (const ir::CallArgument& argument : node.arguments) {
      if (argument.mode != ir::PassingMode::kByReference) continue;
      Flow("CALL USING", argument.value, into);
    }
    Flow("CALL RETURNING", node.returning, into);
  }

  // --- The generic walk: every item a statement mentions ---

  template <typename V>
  void Walk(const V& value) {
    if constexpr (std::is_same_v<V, ir::ExpressionId>) {
      if (!value.is_valid()) return;
      std::vector<ir::FieldId> values;
      std::vector<ir::FieldId> addresses;
      const auto* ref = module_.expressions().TryGet<ir::DataRefExpression>(value);
      if (targets_.contains(value.index) && ref != nullptr) {
        Addresses(*ref, addresses);
      } else if (targets_.contains(value.index) &&
                 module_.expressions().Is<ir::ConditionNameRefExpression>(value)) {
        // SET condition TO TRUE: the item is changed, not read.
      } else {
        Fields(value, values, addresses);
      }
      mentioned_.insert(mentioned_.end(), values.begin(), values.end());
      mentioned_.insert(mentioned_.end(), addresses.begin(), addresses.end());
    } else if constexpr (std::is_same_v<V, ir::ExpressionList>) {
      for (ir::ExpressionId id : value) Walk(id);
    } else if constexpr (std::is_same_v<V, ir::FieldId>) {
      if (value.is_valid()) mentioned_.push_back(value);  // a KEY IS, a WRITE's record
    } else if constexpr (std::is_same_v<V, ir::StatementList>) {
      // Nested statements are statements of their own.
    } else if constexpr (ir::kIsOptional<V>) {
      if (value) Walk(*value);
    } else if constexpr (ir::kIsVector<V>) {
      if constexpr (ir::kIsSpecStruct<typename V::value_type>) {
        for (const auto& element : value) Walk(element);
      }
    } else if constexpr (ir::kIsSpecStruct<V>) {
      ir::VisitFields(value,
                      [&](std::string_view, const auto& field, ir::FieldRole) { Walk(field); });
    }
  }

  // The verb reviewers know the statement by.
  auto MainLabel() const -> std::string {
    const ir::StatementArena& statements = module_.statements();
    if (const auto* move = statements.TryGet<ir::MoveStatement>(id_)) {
      return move->corresponding ? "MOVE CORRESPONDING" : "MOVE";
    }
    if (const auto* arithmetic = statements.TryGet<ir::ArithmeticStatement>(id_)) {
      std::string verb = UpperCaseName(ir::Spelling(arithmetic->verb));
      return arithmetic->corresponding ? verb + " CORRESPONDING" : verb;
    }
    if (const auto* loop = statements.TryGet<ir::LoopStatement>(id_)) {
      return "PERFORM " + UpperCaseName(ir::Spelling(loop->kind));
    }
    if (const auto* search = statements.TryGet<ir::SearchStatement>(id_)) {
      return search->all ? "SEARCH ALL" : "SEARCH";
    }
    if (const auto* external = statements.TryGet<ir::ExternalStatement>(id_)) {
      return "EXEC " + UpperCaseName(ir::Spelling(external->system));
    }
    switch (statements.kind(id_)) {
      case ir::StatementKind::kGoTo:
        return "GO TO";
      case ir::StatementKind::kSortReturn:
        return "RETURN";
      case ir::StatementKind::kCall:
        return "CALL USING";
      default:
        break;
    }
    std::string label = UpperCaseName(ir::KindName(statements.kind(id_)));
    std::replace(label.begin(), label.end(), '-', ' ');
    return label;
  }

  const ir::Module& module_;
  ir::StatementId id_;
  std::string label_;
  StatementAccesses result_;
  std::set<uint32_t> targets_;  // expression ids of receiving items
  std::vector<ir::FieldId> mentioned_;
};

}  // namespace

auto FileEndpoint(const ir::Module& module, ir::FileDescriptionId file) -> std::string {
  return "file " + UpperCaseName(module.str(module.files().Get(file).name));
}

auto CollectAccesses(const ir::Module& module, ir::StatementId id) -> StatementAccesses {
  return StatementCollector(module, id).Collect();
}

}  // namespace remint::lineage::internal

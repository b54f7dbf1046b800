#include "analyzers/lineage/field_lineage.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "analyzers/lineage/field_lineage_internal.h"
#include "analyzers/rules/render.h"
#include "ir/procedure_walk.h"
#include "ir/statement_walk.h"
#include "ir/storage_layout.h"

namespace remint::lineage {
namespace {

using analysis::UpperCaseName;

// A named item of the unit's storage, before it is known whether it is relevant.
struct Item {
  ir::FieldId id;
  uint32_t storage = 0;
  uint64_t offset = 0;
  uint64_t end = 0;
  ir::FieldId record;
  std::string base;                    // its own name, upper case
  std::vector<std::string> ancestors;  // named ancestors, innermost first
};

// The DD a file's ASSIGN names: a word's last hyphenated part, as IBM reads UT-S-NAME (a DD name
// never holds a hyphen), upper case; a literal as written.
auto DdName(const ir::Module& module, const ir::FileDescription& file) -> std::string {
  std::string_view assign = module.str(file.assign_name);
  if (!file.assign_is_word) return std::string(assign);
  if (size_t dash = assign.rfind('-'); dash != std::string_view::npos) {
    assign.remove_prefix(dash + 1);
  }
  return UpperCaseName(assign);
}

auto Overlap(uint64_t a_begin, uint64_t a_end, uint64_t b_begin, uint64_t b_end) -> bool {
  return a_begin < b_end && b_begin < a_end;
}

class Builder {
 public:
  Builder(const ir::Module& module, ir::UnitId unit)
      : module_(module), render_(module), unit_(module.unit(unit)) {}

  auto Build() -> FieldLineage {
    lineage_.program = UpperCaseName(module_.str(unit_.name));
    CollectItems();
    NameItems();
    CollectStatements();
    SelectFields();
    RecordAccesses();
    RecordFiles();
    return std::move(lineage_);
  }

 private:
  // --- Storage ---

  void CollectItems() {
    std::vector<ir::BlockId> blocks = unit_.blocks;
    for (ir::FileDescriptionId file : unit_.files) {
      ir::BlockId block = module_.files().Get(file).record_block;
      if (block.is_valid() && std::find(blocks.begin(), blocks.end(), block) == blocks.end()) {
        blocks.push_back(block);
      }
    }
    for (uint32_t storage = 0; storage < blocks.size(); ++storage) {
      for (ir::FieldId field : module_.blocks().Get(blocks[storage]).fields) {
        AddItem(field, storage, field, 0, {});
      }
    }
  }

  // `table_end`: where the outermost enclosing table ends (0 outside tables); an item in a table
  // spans to there, a hull of all its occurrences.
  void AddItem(ir::FieldId id, uint32_t storage, ir::FieldId record, uint64_t table_end,
               std::vector<std::string> ancestors) {
    const ir::Field& field = module_.field(id);
    uint64_t end = field.offset + ir::FieldSpan(field);
    if (field.array) table_end = std::max(table_end, end);
    std::string base = render_.FieldName(id);
    bool named = !module_.str(field.name).empty();
    if (named) {
      Item item{id, storage, field.offset, std::max(end, table_end), record, base, ancestors};
      index_[id.index] = items_.size();
      items_.push_back(std::move(item));
      ancestors.insert(ancestors.begin(), base);
    }
    for (ir::FieldId child : field.children) AddItem(child, storage, record, table_end, ancestors);
  }

  // The name alone when unique in the program; else qualified by the record; else by every
  // named ancestor.
  void NameItems() {
    std::map<std::string, int> bases;
    for (const Item& item : items_) ++bases[item.base];
    auto record_name = [&](const Item& item) {
      return item.ancestors.empty() ? item.base : item.base + " OF " + item.ancestors.back();
    };
    std::map<std::string, int> by_record;
    for (const Item& item : items_) {
      if (bases[item.base] > 1) ++by_record[record_name(item)];
    }
    for (const Item& item : items_) {
      std::string full = item.base;
      for (const std::string& ancestor : item.ancestors) full += " OF " + ancestor;
      qualified_.push_back(full);
      if (bases[item.base] == 1) {
        names_.push_back(item.base);
      } else if (by_record[record_name(item)] == 1) {
        names_.push_back(record_name(item));
      } else {
        names_.push_back(full);
      }
    }
  }

  // --- Statements ---

  struct Located {
    std::string procedure;
    std::string file;
    uint32_t line = 0;
    internal::StatementAccesses accesses;
  };

  void CollectStatements() {
    ir::ForEachProcedure(
        module_, unit_,
        [&](ir::ParagraphId id, ir::ParagraphId section, const ir::StatementList& body) {
          std::string procedure = id.is_valid() ? ProcedureName(id) : "(start)";
          if (section.is_valid()) procedure += " OF " + ProcedureName(section);
          ir::ForEachStatement(module_, body, [&](ir::StatementId statement) {
            SourceLoc loc = module_.statements().loc(statement);
            const auto& paths = module_.sources().paths;
            Located located;
            located.procedure = procedure;
            located.file =
                loc.file.is_valid() && loc.file.index < paths.size() ? paths[loc.file.index] : "";
            located.line = loc.line;
            located.accesses = internal::CollectAccesses(module_, statement);
            if (!located.accesses.flows.empty() || !located.accesses.reads.empty()) {
              statements_.push_back(std::move(located));
            }
          });
        });
  }

  auto ProcedureName(ir::ParagraphId id) const -> std::string {
    return std::string(module_.str(module_.paragraphs().Get(id).name));
  }

  // The item of a field id; -1 for FILLER or an item outside the unit (a parent program's).
  auto ItemOf(ir::FieldId id) const -> int {
    auto it = index_.find(id.index);
    return it == index_.end() ? -1 : static_cast<int>(it->second);
  }

  // Defined, used, or overlapping what is; sorted by name.
  void SelectFields() {
    std::set<int> accessed;
    auto access = [&](const internal::Operand& operand) {
      if (operand.field.is_valid() && ItemOf(operand.field) >= 0) {
        accessed.insert(ItemOf(operand.field));
      }
    };
    for (const Located& located : statements_) {
      for (const internal::StatementFlow& flow : located.accesses.flows) {
        access(flow.target);
        for (const internal::Operand& source : flow.sources) access(source);
      }
      for (const auto& [label, field] : located.accesses.reads) access({field, "", true});
    }
    std::set<int> relevant = accessed;
    for (int a : accessed) {
      for (size_t b = 0; b < items_.size(); ++b) {
        if (Overlaps(items_[a], items_[b])) relevant.insert(static_cast<int>(b));
      }
    }
    std::vector<int> order(relevant.begin(), relevant.end());
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      return std::tie(names_[a], items_[a].storage, items_[a].offset) <
             std::tie(names_[b], items_[b].storage, items_[b].offset);
    });
    for (int item : order) {
      number_[item] = static_cast<int>(lineage_.fields.size());
      lineage_.fields.push_back(Facts(item));
    }
    for (int a : order) {
      FieldFacts& facts = lineage_.fields[number_[a]];
      for (int b : order) {
        if (a != b && Overlaps(items_[a], items_[b])) facts.overlaps.push_back(names_[b]);
      }
      std::sort(facts.overlaps.begin(), facts.overlaps.end());
    }
  }

  auto Overlaps(const Item& a, const Item& b) const -> bool {
    return a.storage == b.storage && Overlap(a.offset, a.end, b.offset, b.end);
  }

  auto Facts(int index) const -> FieldFacts {
    const Item& item = items_[index];
    const ir::Field& field = module_.field(item.id);
    const ir::Field& record = module_.field(item.record);
    FieldFacts facts;
    facts.name = names_[index];
    facts.record = render_.FieldName(item.record);
    ir::BlockId block = field.block;
    if (block.is_valid() && module_.blocks().Get(block).file.is_valid()) {
      const ir::FileDescription& file = module_.files().Get(module_.blocks().Get(block).file);
      facts.file = UpperCaseName(module_.str(file.name));
      facts.assign = DdName(module_, file);
    }
    facts.storage = item.storage;
    facts.offset = item.offset;
    facts.length = item.end - item.offset;
    facts.record_offset = item.offset >= record.offset ? item.offset - record.offset : 0;
    facts.qualified = qualified_[index];
    facts.group = !field.children.empty();
    return facts;
  }

  // --- Accesses and flows ---

  // The lineage name of an operand; empty for one outside the unit's named storage.
  auto NameOf(const internal::Operand& operand) const -> std::string {
    if (!operand.field.is_valid()) return operand.endpoint;
    int item = ItemOf(operand.field);
    return item < 0 ? "" : names_[item];
  }

  auto Number(const internal::Operand& operand) const -> int {
    if (!operand.field.is_valid()) return -1;
    int item = ItemOf(operand.field);
    auto it = number_.find(item);
    return it == number_.end() ? -1 : it->second;
  }

  void RecordAccesses() {
    std::set<std::tuple<int, int, std::string, std::string, bool>> flows;
    for (const Located& located : statements_) {
      // One access per field, label and direction in each statement, in first-seen order.
      std::map<std::tuple<int, std::string, bool>, std::pair<std::set<std::string>, size_t>>
          accesses;
      size_t sequence = 0;
      auto touch = [&](int field, const std::string& label, bool definition) -> auto& {
        auto [it, inserted] = accesses.try_emplace({field, label, definition});
        if (inserted) it->second.second = sequence++;
        return it->second.first;
      };
      for (const internal::StatementFlow& flow : located.accesses.flows) {
        int target = Number(flow.target);
        std::string target_name = NameOf(flow.target);
        if (target_name.empty()) continue;
        std::set<std::string>* from = target >= 0 ? &touch(target, flow.label, true) : nullptr;
        for (const internal::Operand& source : flow.sources) {
          std::string source_name = NameOf(source);
          if (source_name.empty()) continue;
          if (from != nullptr) from->insert(source_name);
          int number = Number(source);
          if (number >= 0) touch(number, flow.label, false).insert(target_name);
          flows.emplace(target, number, target >= 0 ? "" : target_name,
                        number >= 0 ? "" : source_name, flow.positional);
        }
      }
      for (const auto& [label, field] : located.accesses.reads) {
        int number = Number({field, "", true});
        if (number >= 0) touch(number, label, false);
      }
      std::vector<std::pair<size_t, std::tuple<int, std::string, bool>>> order;
      for (const auto& [key, value] : accesses) order.emplace_back(value.second, key);
      std::sort(order.begin(), order.end());
      for (const auto& [sequence_number, key] : order) {
        const auto& [field, label, definition] = key;
        const std::set<std::string>& names = accesses.find(key)->second.first;
        FieldAccess access;
        access.statement = label;
        access.procedure = located.procedure;
        access.file = located.file;
        access.line = located.line;
        (definition ? access.from : access.to).assign(names.begin(), names.end());
        std::vector<FieldAccess>& list =
            definition ? lineage_.fields[field].definitions : lineage_.fields[field].uses;
        if (list.empty() || !(list.back() == access)) list.push_back(std::move(access));
      }
    }
    for (const auto& [target, source, target_endpoint, source_endpoint, positional] : flows) {
      lineage_.flows.push_back(
          FieldFlow{target, source, target_endpoint, source_endpoint, positional});
    }
  }

  void RecordFiles() {
    for (ir::FileDescriptionId id : unit_.files) {
      const ir::FileDescription& file = module_.files().Get(id);
      FileFacts facts;
      facts.name = UpperCaseName(module_.str(file.name));
      facts.assign = DdName(module_, file);
      facts.record_length =
          file.record_block.is_valid() ? module_.blocks().Get(file.record_block).size : 0;
      facts.sort = file.kind == ir::FileKind::kSort;
      lineage_.files.push_back(std::move(facts));
    }
    std::sort(lineage_.files.begin(), lineage_.files.end(),
              [](const FileFacts& a, const FileFacts& b) { return a.name < b.name; });
  }

  const ir::Module& module_;
  analysis::ExpressionRenderer render_;
  const ir::Unit& unit_;
  std::vector<Item> items_;
  std::map<uint32_t, size_t> index_;  // field id -> item
  std::vector<std::string> names_;    // by item
  std::vector<std::string> qualified_;
  std::vector<Located> statements_;
  std::map<int, int> number_;  // item -> index in lineage_.fields
  FieldLineage lineage_;
};

// --- The closures ---

auto Split(const std::string& text) -> std::vector<std::string> {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t at = text.find(" OF ", start);
    size_t in = text.find(" IN ", start);
    size_t next = std::min(at, in);
    parts.push_back(text.substr(start, next == std::string::npos ? next : next - start));
    if (next == std::string::npos) return parts;
    start = next + 4;
  }
}

// The byte-range closure over one program's flows, upstream (where values come from) or
// downstream (where they go). States are byte ranges of fields; a range already covered by one
// met before is not followed again, so the walk ends.
class Closure {
 public:
  Closure(const FieldLineage& lineage, bool upstream, bool positional_only)
      : lineage_(lineage), upstream_(upstream), positional_only_(positional_only) {
    size_t count = lineage.fields.size();
    into_.resize(count);
    out_of_.resize(count);
    overlapping_.resize(count);
    for (size_t i = 0; i < lineage.flows.size(); ++i) {
      const FieldFlow& flow = lineage.flows[i];
      if (flow.target >= 0) {
        into_[flow.target].push_back(i);
      } else {
        into_endpoint_[flow.target_endpoint].push_back(i);
      }
      if (flow.source >= 0) {
        out_of_[flow.source].push_back(i);
      } else {
        out_of_endpoint_[flow.source_endpoint].push_back(i);
      }
    }
    std::map<uint32_t, std::vector<size_t>> by_storage;
    for (size_t i = 0; i < count; ++i) by_storage[lineage.fields[i].storage].push_back(i);
    for (const auto& [storage, members] : by_storage) {
      for (size_t a : members) {
        for (size_t b : members) {
          const FieldFacts& x = lineage.fields[a];
          const FieldFacts& y = lineage.fields[b];
          if (Overlap(x.offset, x.offset + x.length, y.offset, y.offset + y.length)) {
            overlapping_[a].push_back(b);
          }
        }
      }
    }
  }

  void StartField(int field) {
    const FieldFacts& facts = lineage_.fields[field];
    Add(field, facts.offset, facts.offset + facts.length);
    Run();
  }

  // From bytes of a file's records: the flows that write them (upstream) or read them.
  void StartSlice(const FileSlice& slice) {
    Through(slice);
    Run();
  }

  auto Reach(int exclude) const -> LineageReach {
    LineageReach reach;
    std::set<std::string> names = endpoints_;
    for (int field : fields_) {
      if (field != exclude) names.insert(lineage_.fields[field].name);
    }
    reach.names.assign(names.begin(), names.end());
    // Merge each file's slices where they overlap or touch.
    for (const FileSlice& slice : slices_) {
      if (!reach.files.empty() && reach.files.back().file == slice.file &&
          slice.offset <= reach.files.back().offset + reach.files.back().length) {
        FileSlice& last = reach.files.back();
        last.length =
            std::max(last.offset + last.length, slice.offset + slice.length) - last.offset;
      } else {
        reach.files.push_back(slice);
      }
    }
    return reach;
  }

  // The largest fields inside the ranges met (each group rather than its members): what holds
  // the starting bytes when the walk only followed in-place copies. Failing any, the elementary
  // items the ranges touch.
  auto Image() const -> std::vector<std::string> {
    std::set<int> inside;
    std::set<int> touched;
    for (const auto& [field, ranges] : visited_) {
      for (const auto& [begin, end] : ranges) {
        for (size_t other : overlapping_[field]) {
          const FieldFacts& facts = lineage_.fields[other];
          if (!Overlap(begin, end, facts.offset, facts.offset + facts.length)) continue;
          if (facts.offset >= begin && facts.offset + facts.length <= end) {
            inside.insert(static_cast<int>(other));
          } else if (!facts.group) {
            touched.insert(static_cast<int>(other));
          }
        }
      }
    }
    // A member gives way to its group; an alias (REDEFINES) of the same bytes stays beside it.
    std::set<std::string> names;
    for (int a : inside.empty() ? touched : inside) {
      const FieldFacts& x = lineage_.fields[a];
      bool in_group = std::any_of(inside.begin(), inside.end(), [&](int b) {
        return x.qualified.ends_with(" OF " + lineage_.fields[b].qualified);
      });
      if (!in_group) names.insert(x.name);
    }
    return {names.begin(), names.end()};
  }

 private:
  void Add(int field, uint64_t begin, uint64_t end) {
    const FieldFacts& facts = lineage_.fields[field];
    begin = std::max(begin, facts.offset);
    end = std::min(end, facts.offset + facts.length);
    if (begin >= end) return;
    std::vector<std::pair<uint64_t, uint64_t>>& ranges = visited_[field];
    for (const auto& [a, b] : ranges) {
      if (a <= begin && end <= b) return;
    }
    ranges.emplace_back(begin, end);
    pending_.push_back({field, begin, end});
  }

  // A file endpoint met: its bytes are reached; within the program, what it writes to that file
  // (upstream), or reads from it (downstream), continues the walk.
  void Through(const FileSlice& slice) {
    std::string endpoint = "file " + slice.file;
    std::vector<std::pair<uint64_t, uint64_t>>& ranges = endpoint_ranges_[endpoint];
    for (const auto& [a, b] : ranges) {
      if (a <= slice.offset && slice.offset + slice.length <= b) return;
    }
    ranges.emplace_back(slice.offset, slice.offset + slice.length);
    const auto& flows = upstream_ ? into_endpoint_ : out_of_endpoint_;
    auto it = flows.find(endpoint);
    if (it == flows.end()) return;
    for (size_t index : it->second) {
      const FieldFlow& flow = lineage_.flows[index];
      int next = upstream_ ? flow.source : flow.target;
      if (next < 0 || !flow.positional) continue;
      const FieldFacts& facts = lineage_.fields[next];
      Add(next, facts.offset + slice.offset, facts.offset + slice.offset + slice.length);
    }
  }

  void Run() {
    while (!pending_.empty()) {
      auto [field, begin, end] = pending_.back();
      pending_.pop_back();
      fields_.insert(field);
      for (size_t other : overlapping_[field]) {
        const FieldFacts& near = lineage_.fields[other];
        uint64_t low = std::max(begin, near.offset);
        uint64_t high = std::min(end, near.offset + near.length);
        if (low >= high) continue;
        for (size_t index : upstream_ ? into_[other] : out_of_[other]) {
          const FieldFlow& flow = lineage_.flows[index];
          if (positional_only_ && !flow.positional) continue;
          fields_.insert(static_cast<int>(other));
          Follow(flow, near, low, high);
        }
      }
    }
  }

  // Bytes [low, high) of `near` take part in `flow`: reach its other end.
  void Follow(const FieldFlow& flow, const FieldFacts& near, uint64_t low, uint64_t high) {
    int next = upstream_ ? flow.source : flow.target;
    const std::string& endpoint = upstream_ ? flow.source_endpoint : flow.target_endpoint;
    if (next >= 0) {
      const FieldFacts& facts = lineage_.fields[next];
      if (flow.positional) {
        Add(next, facts.offset + (low - near.offset), facts.offset + (high - near.offset));
      } else {
        Add(next, facts.offset, facts.offset + facts.length);
      }
      return;
    }
    endpoints_.insert(endpoint);
    if (!endpoint.starts_with("file ")) return;
    std::string file = endpoint.substr(5);
    if (const FileFacts* facts = lineage_.FindFile(file);
        facts != nullptr && !facts->sort && !facts->assign.empty()) {
      endpoints_.insert("DD " + facts->assign);
    }
    if (!flow.positional) return;
    FileSlice slice{file, low - near.offset, high - low};
    slices_.insert(slice);
    Through(slice);
  }

  struct State {
    int field;
    uint64_t begin;
    uint64_t end;
  };

  const FieldLineage& lineage_;
  bool upstream_;
  bool positional_only_;
  std::vector<std::vector<size_t>> into_;
  std::vector<std::vector<size_t>> out_of_;
  std::map<std::string, std::vector<size_t>> into_endpoint_;
  std::map<std::string, std::vector<size_t>> out_of_endpoint_;
  std::vector<std::vector<size_t>> overlapping_;
  std::map<int, std::vector<std::pair<uint64_t, uint64_t>>> visited_;
  std::map<std::string, std::vector<std::pair<uint64_t, uint64_t>>> endpoint_ranges_;
  std::vector<State> pending_;
  std::set<int> fields_;
  std::set<std::string> endpoints_;
  std::set<FileSlice> slices_;
};

auto FieldReach(const FieldLineage& lineage, std::string_view name, bool upstream) -> LineageReach {
  const FieldFacts* field = lineage.Find(name);
  if (field == nullptr) return {};
  int index = static_cast<int>(field - lineage.fields.data());
  Closure closure(lineage, upstream, /*positional_only=*/false);
  closure.StartField(index);
  LineageReach reach = closure.Reach(index);
  reach.image = {field->name};
  return reach;
}

auto SliceReach(const FieldLineage& lineage, const FileSlice& slice, bool upstream)
    -> LineageReach {
  Closure closure(lineage, upstream, /*positional_only=*/false);
  closure.StartSlice(slice);
  LineageReach reach = closure.Reach(-1);
  Closure image(lineage, upstream, /*positional_only=*/true);
  image.StartSlice(slice);
  reach.image = image.Image();
  return reach;
}

}  // namespace

auto FieldLineage::Find(std::string_view name) const -> const FieldFacts* {
  std::string wanted = UpperCaseName(name);
  for (const FieldFacts& field : fields) {
    if (field.name == wanted) return &field;
  }
  // Qualifiers as COBOL takes them: each one names some enclosing item, in order.
  std::vector<std::string> query = Split(wanted);
  const FieldFacts* found = nullptr;
  for (const FieldFacts& field : fields) {
    std::vector<std::string> chain = Split(field.qualified);
    if (chain.front() != query.front()) continue;
    size_t next = 1;
    for (size_t i = 1; i < chain.size() && next < query.size(); ++i) {
      if (chain[i] == query[next]) ++next;
    }
    if (next < query.size()) continue;
    if (found != nullptr) return nullptr;  // ambiguous
    found = &field;
  }
  return found;
}

auto FieldLineage::FindFile(std::string_view name) const -> const FileFacts* {
  std::string wanted = UpperCaseName(name);
  for (const FileFacts& file : files) {
    if (file.name == wanted) return &file;
  }
  return nullptr;
}

auto FieldLineage::FindAssign(std::string_view dd) const -> const FileFacts* {
  std::string wanted = UpperCaseName(dd);
  for (const FileFacts& file : files) {
    if (UpperCaseName(file.assign) == wanted) return &file;
  }
  return nullptr;
}

auto FieldLineage::Sources(std::string_view name) const -> std::vector<std::string> {
  return SourceReach(name).names;
}

auto FieldLineage::Affects(std::string_view name) const -> std::vector<std::string> {
  return AffectReach(name).names;
}

auto FieldLineage::SourceReach(std::string_view name) const -> LineageReach {
  return FieldReach(*this, name, /*upstream=*/true);
}

auto FieldLineage::AffectReach(std::string_view name) const -> LineageReach {
  return FieldReach(*this, name, /*upstream=*/false);
}

auto FieldLineage::SourcesOf(const FileSlice& written) const -> LineageReach {
  return SliceReach(*this, written, /*upstream=*/true);
}

auto FieldLineage::AffectsOf(const FileSlice& read) const -> LineageReach {
  return SliceReach(*this, read, /*upstream=*/false);
}

auto BuildFieldLineage(const ir::Module& module, ir::UnitId unit) -> FieldLineage {
  return Builder(module, unit).Build();
}

auto FormatBytes(uint64_t offset, uint64_t length) -> std::string {
  if (length <= 1) return fmt::format("byte {}", offset + 1);
  return fmt::format("bytes {}-{}", offset + 1, offset + length);
}

auto FormatFieldFacts(const FieldFacts& field) -> std::string {
  std::string text = field.name + " (";
  if (field.record != field.name) text += "record " + field.record + ", ";
  if (!field.file.empty()) {
    text += "file " + field.file + (field.assign.empty() ? "" : " DD " + field.assign) + ", ";
  }
  text += FormatBytes(field.record_offset, field.length) + ")\n";
  auto list = [](const std::vector<std::string>& names) {
    std::string joined;
    for (const std::string& name : names) joined += (joined.empty() ? "" : ", ") + name;
    return joined;
  };
  auto line = [&](const char* what, const FieldAccess& access, const char* link,
                  const std::vector<std::string>& names) {
    text += fmt::format("  {} {} in {} at {}:{}", what, access.statement, access.procedure,
                        access.file, access.line);
    if (!names.empty()) text += fmt::format(" {} {}", link, list(names));
    text += "\n";
  };
  for (const FieldAccess& definition : field.definitions) {
    line("defined by", definition, "from", definition.from);
  }
  for (const FieldAccess& use : field.uses) line("used by", use, "into", use.to);
  if (!field.overlaps.empty()) text += "  overlaps " + list(field.overlaps) + "\n";
  return text;
}

auto FormatFieldLineage(const FieldLineage& lineage) -> std::string {
  std::string text = "program " + lineage.program + "\n";
  for (const FileFacts& file : lineage.files) {
    text += fmt::format("file {}{} ({} bytes{})\n", file.name,
                        file.assign.empty() ? "" : " DD " + file.assign, file.record_length,
                        file.sort ? ", sort file" : "");
  }
  for (const FieldFacts& field : lineage.fields) text += FormatFieldFacts(field);
  return text;
}

}  // namespace remint::lineage

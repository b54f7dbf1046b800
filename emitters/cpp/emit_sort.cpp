// SORT, MERGE, RELEASE and RETURN -> calls on a cobrt::SortFile member per SD (emit_sort.h).
// cobc's semantics live in the runtime (runtime/sort/sort_file.h says what was checked with
// cobc); what is decided here is the key descriptors (numeric keys by their storage format,
// everything else by bytes), the files of USING and GIVING with their record areas, and the
// procedures, performed as PERFORM performs a range.
#include "emitters/cpp/emit_sort.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>
#include <string>
#include <vector>

#include "emitters/cpp/emit_file.h"
#include "emitters/cpp/naming.h"

namespace remint::emit_cpp {
namespace {

// An SD as the emitted code names it.
struct SortFacts {
  const ir::FileDescription* description = nullptr;
  std::string name;    // as written, for comments
  std::string object;  // the cobrt::SortFile member
  std::string area;    // the record area member
  uint64_t size = 0;   // the record: the SD's largest 01
};

auto SortFilesOf(const EmitContext& context) -> std::vector<ir::FileDescriptionId> {
  std::vector<ir::FileDescriptionId> files;
  for (ir::FileDescriptionId id : context.module.unit(context.plan.id).files) {
    if (context.module.files().Get(id).kind == ir::FileKind::kSort) files.push_back(id);
  }
  return files;
}

// The facts of the SD `id`; nullopt (with RM6101 at `loc` when `report`) for an SD the emitter
// does not translate.
auto DescribeSortFile(EmitContext& context, ir::FileDescriptionId id, SourceLoc loc, bool report)
    -> std::optional<SortFacts> {
  const ir::Module& module = context.module;
  const ir::FileDescription& fd = module.files().Get(id);
  SortFacts facts;
  facts.description = &fd;
  facts.name = std::string(module.str(fd.name));
  auto refuse = [&](const std::string& what) -> std::optional<SortFacts> {
    if (report) context.Unsupported(loc, fmt::format("{} (sort file {})", what, facts.name));
    return std::nullopt;
  };
  if (fd.kind != ir::FileKind::kSort) return refuse("an FD used as a sort file");
  if (!fd.record_block.is_valid() || !context.block_members.contains(fd.record_block.index) ||
      module.block(fd.record_block).size == 0) {
    return refuse("a sort file without a record area");
  }
  // libcob would keep SORT's statuses in it; RELEASE and RETURN then report instead of ending
  // the run.
  if (fd.status.is_valid()) return refuse("FILE STATUS on an SD");
  if (fd.record_depending_on.is_valid()) return refuse("RECORD VARYING DEPENDING ON in an SD");
  std::string problem;
  std::optional<std::string> assign = AssignExpression(context, fd, problem);
  if (!assign) return refuse(problem);
  // The name libcob's messages give the SD is fixed: an ASSIGN data item would be read when
  // the message is written.
  if (!assign->ends_with("\"sv")) return refuse("an SD assigned to a data item");
  facts.area = context.BlockMember(fd.record_block);
  facts.size = module.block(fd.record_block).size;
  std::set<std::string> taken;
  for (const auto& [index, member] : context.block_members) taken.insert(member);
  std::string base = "sd_" + SnakeName(facts.name, "f");
  while (taken.contains(base + "_")) base += "_file";
  facts.object = base + "_";
  return facts;
}

// The COLLATING SEQUENCE phrase: only alphabets that order as the native one (ASCII bytes)
// are translated.
auto NativeCollating(const EmitContext& context, ir::StringId sequence) -> bool {
  if (!sequence.is_valid()) return true;
  const std::string_view name = context.module.str(sequence);
  return name.empty() || name == "NATIVE" || name == "STANDARD-1" || name == "ASCII";
}

// A key as a cobrt::SortKey expression: numeric items by value in their storage format, every
// other category by bytes (cob_file_sort_compare). Nullopt (reported) otherwise.
auto KeyExpression(EmitContext& context, SourceLoc loc, const SortFacts& sort,
                   const ir::SortKey& key, ir::StringId collating_sequence)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const ir::Field& field = module.field(key.key);
  const char* order =
      key.ascending ? "cobrt::SortOrder::kAscending" : "cobrt::SortOrder::kDescending";
  bool in_table = false;
  for (ir::FieldId up = key.key; up.is_valid(); up = module.field(up).parent) {
    in_table = in_table || module.field(up).array.has_value();
  }
  if (field.block != sort.description->record_block || in_table) {
    context.Unsupported(loc, fmt::format("the sort key {} (not an item of the SD's records)",
                                         module.str(field.name)));
    return std::nullopt;
  }
  const auto& types = module.types();
  if (types.Is<ir::DecimalType>(field.type)) {
    std::optional<std::string> format = context.StorageFormat(field);
    if (!format) {
      context.Unsupported(
          loc, fmt::format("the numeric sort key {} of this usage", module.str(field.name)));
      return std::nullopt;
    }
    return fmt::format("cobrt::SortKey::Numeric<{}>({}, {})", *format, field.offset, order);
  }
  const bool bytes = !field.children.empty() || types.Is<ir::GroupType>(field.type) ||
                     types.Is<ir::AlphanumericType>(field.type) ||
                     types.Is<ir::AlphabeticType>(field.type) ||
                     types.Is<ir::NumericEditedType>(field.type) ||
                     types.Is<ir::AlphanumericEditedType>(field.type);
  if (!bytes || field.size == 0) {
    context.Unsupported(loc,
                        fmt::format("the sort key {} of this category", module.str(field.name)));
    return std::nullopt;
  }
  // Without a COLLATING SEQUENCE phrase cobc sorts by the PROGRAM COLLATING SEQUENCE (checked:
  // a literal alphabet's order).
  std::string weights;
  if (!collating_sequence.is_valid() || context.module.str(collating_sequence).empty()) {
    weights = context.CollationArgument();
  }
  return fmt::format("cobrt::SortKey::Alphanumeric({}, {}, {}{})", field.offset, field.size, order,
                     weights);
}

// A USING or GIVING file as a cobrt::SortIoFile expression: a sequential FD with its record
// area, and the RECORD VARYING DEPENDING ON item READ sets and WRITE takes its length from.
auto IoFileExpression(EmitContext& context, SourceLoc loc, ir::FileDescriptionId id, bool giving)
    -> std::optional<std::string> {
  std::optional<FileFacts> file = DescribeFile(context, id);
  const char* phrase = giving ? "GIVING" : "USING";
  if (!file) {
    context.Unsupported(loc, fmt::format("{} this file", phrase));
    return std::nullopt;
  }
  const ir::FileDescription& fd = *file->description;
  if ((fd.organization != ir::FileOrganization::kSequential &&
       fd.organization != ir::FileOrganization::kLineSequential) ||
      !file->linage.empty()) {
    context.Unsupported(
        loc, fmt::format("{} a RELATIVE, INDEXED or LINAGE file ({})", phrase, file->name));
    return std::nullopt;
  }
  std::string expression = fmt::format("{{&{}, {}, AsArea({}, {})", file->object, file->assign,
                                       file->area, file->maximum_size);
  if (fd.record_depending_on.is_valid()) {
    std::optional<std::string> access =
        giving ? ItemInteger(context, fd.record_depending_on)
               : StoreInteger(context, fd.record_depending_on, "static_cast<int64_t>(length)");
    if (!access) {
      context.Unsupported(loc, fmt::format("this RECORD DEPENDING ON item ({})", file->name));
      return std::nullopt;
    }
    expression += giving ? fmt::format(", nullptr, [this] {{ return VaryingLength({}, {}); }}",
                                       *access, file->maximum_size)
                         : fmt::format(", [this](size_t length) {{ {} }}", *access);
  }
  return expression + "}";
}

// What SORT and MERGE share: the keys, the files and the procedures. MERGE has no INPUT
// PROCEDURE (an invalid range) and no DUPLICATES phrase; cobc sorts its USING files as SORT
// does.
struct SortParts {
  const char* verb;
  ir::FileDescriptionId file;
  const std::vector<ir::SortKey>* keys;
  ir::StringId collating_sequence;
  const std::vector<ir::FileDescriptionId>* using_files;
  ir::ProcedureRange input_procedure;
  const std::vector<ir::FileDescriptionId>* giving_files;
  ir::ProcedureRange output_procedure;
};

void EmitSortStatement(EmitContext& context, SourceLoc loc, const SortParts& parts) {
  std::optional<SortFacts> sort = DescribeSortFile(context, parts.file, loc, /*report=*/true);
  if (!sort) return;
  if (!NativeCollating(context, parts.collating_sequence)) {
    context.Unsupported(
        loc, fmt::format("COLLATING SEQUENCE {}", context.module.str(parts.collating_sequence)));
    return;
  }
  std::vector<std::string> keys;
  for (const ir::SortKey& key : *parts.keys) {
    std::optional<std::string> expression =
        KeyExpression(context, loc, *sort, key, parts.collating_sequence);
    if (!expression) return;
    keys.push_back(*expression);
  }
  std::vector<std::string> inputs;
  for (ir::FileDescriptionId id : *parts.using_files) {
    std::optional<std::string> input = IoFileExpression(context, loc, id, /*giving=*/false);
    if (!input) return;
    inputs.push_back(*input);
  }
  std::vector<std::string> outputs;
  for (ir::FileDescriptionId id : *parts.giving_files) {
    std::optional<std::string> output = IoFileExpression(context, loc, id, /*giving=*/true);
    if (!output) return;
    outputs.push_back(*output);
  }
  CodeWriter& out = context.out;
  out.Line(fmt::format("// {} {}  {}", parts.verb, sort->name, context.SourceComment(loc)));
  out.Line(fmt::format("{}.Begin({{{}}}, sort_return_);", sort->object, fmt::join(keys, ", ")));
  for (const std::string& input : inputs) {
    out.Line(fmt::format("{}.Using({});", sort->object, input));
  }
  if (parts.input_procedure.first.is_valid()) {
    EmitPerformRange(context, loc, parts.input_procedure,
                     fmt::format("{} INPUT PROCEDURE", parts.verb));
  }
  if (!outputs.empty()) {
    out.Line(fmt::format("{}.Giving({{{}}});", sort->object, fmt::join(outputs, ", ")));
  }
  if (parts.output_procedure.first.is_valid()) {
    EmitPerformRange(context, loc, parts.output_procedure,
                     fmt::format("{} OUTPUT PROCEDURE", parts.verb));
  }
  out.Line(fmt::format("{}.End();", sort->object));
}

// The SD whose record `record` is; nullopt (reported) for any other item.
auto RecordSortFile(EmitContext& context, SourceLoc loc, ir::FieldId record)
    -> std::optional<SortFacts> {
  const ir::StorageBlock& block = context.module.block(context.module.field(record).block);
  if (!block.file.is_valid()) {
    context.Unsupported(loc, "RELEASE of a record that is not an SD's");
    return std::nullopt;
  }
  return DescribeSortFile(context, block.file, loc, /*report=*/true);
}

}  // namespace

auto HasSortFiles(const EmitContext& context) -> bool { return !SortFilesOf(context).empty(); }

void DeclareSortFiles(EmitContext& context) {
  const std::vector<ir::FileDescriptionId> files = SortFilesOf(context);
  if (files.empty()) return;
  CodeWriter& out = context.out;
  for (ir::FileDescriptionId id : files) {
    const ir::FileDescription& fd = context.module.files().Get(id);
    std::optional<SortFacts> sort = DescribeSortFile(context, id, fd.loc, /*report=*/true);
    if (!sort) continue;
    std::string problem;
    out.Comment(fmt::format("SD {}  {}: {}-byte records", sort->name, context.SourceComment(fd.loc),
                            sort->size));
    out.Line(fmt::format("cobrt::SortFile {}{{{}, {}, AsArea({}, {})}};", sort->object,
                         CppStringLiteral(sort->name), *AssignExpression(context, fd, problem),
                         sort->area, sort->size));
  }
  out.Comment("SORT-RETURN: 0, or 16 when a SORT or MERGE failed.");
  out.Line("int sort_return_ = 0;");
}

void EmitSort(EmitContext& context, SourceLoc loc, const ir::SortStatement& node) {
  // WITH DUPLICATES IN ORDER changes nothing: cobc keeps equal keys in input order anyway.
  EmitSortStatement(context, loc,
                    {"SORT", node.file, &node.keys, node.collating_sequence, &node.using_files,
                     node.input_procedure, &node.giving_files, node.output_procedure});
}

void EmitMerge(EmitContext& context, SourceLoc loc, const ir::MergeStatement& node) {
  EmitSortStatement(context, loc,
                    {"MERGE", node.file, &node.keys, node.collating_sequence, &node.using_files,
                     ir::ProcedureRange(), &node.giving_files, node.output_procedure});
}

void EmitRelease(EmitContext& context, SourceLoc loc, const ir::ReleaseStatement& node) {
  std::optional<SortFacts> sort = RecordSortFile(context, loc, node.record);
  if (!sort) return;
  const ir::Field& record = context.module.field(node.record);
  std::optional<std::string> from;
  if (node.from.is_valid()) {
    from = FromMove(context, node.from, node.record,
                    fmt::format("{} + {}", sort->area, record.offset));
    if (!from) {
      context.Unsupported(loc, "RELEASE FROM this operand");
      return;
    }
  }
  CodeWriter& out = context.out;
  out.Line(fmt::format("// RELEASE {}  {}", context.module.str(record.name),
                       context.SourceComment(loc)));
  if (from) out.Line(*from + "  // FROM");
  // The whole record area goes to the sort, whichever record is named.
  out.Line(fmt::format("{}.Release();", sort->object));
}

void EmitSortReturn(EmitContext& context, SourceLoc loc, const ir::SortReturnStatement& node) {
  std::optional<SortFacts> sort = DescribeSortFile(context, node.file, loc, /*report=*/true);
  if (!sort) return;
  if (!node.at_end.has_value()) {
    // cobc requires the phrase.
    context.Unsupported(loc, "RETURN without AT END");
    return;
  }
  std::optional<std::string> into;
  if (node.into.is_valid()) {
    into = IntoMove(context, sort->area, node.into, fmt::format("{}", sort->size));
    if (!into) {
      context.Unsupported(loc, "RETURN INTO this item");
      return;
    }
  }
  CodeWriter& out = context.out;
  out.Line(fmt::format("// RETURN {}  {}", sort->name, context.SourceComment(loc)));
  const bool success = into.has_value() || node.not_at_end.has_value();
  if (!success) {
    out.Open(fmt::format("if (!{}.Return())", sort->object));
    EmitStatements(context, *node.at_end);
    out.Close();
    return;
  }
  // INTO's MOVE is done for a record returned, before NOT AT END.
  out.Open(fmt::format("if ({}.Return())", sort->object));
  if (into) out.Line(*into + "  // INTO");
  if (node.not_at_end.has_value()) EmitStatements(context, *node.not_at_end);
  out.Else();
  EmitStatements(context, *node.at_end);
  out.Close();
}

}  // namespace remint::emit_cpp

#include "migrate/program_build.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <set>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "codec/plan.h"
#include "emitters/cpp/emit_context.h"
#include "emitters/cpp/plan.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"
#include "ir/statement_walk.h"
#include "ir/verifier.h"
#include "migrate/program_facts.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

// Enough occurrences of a table to name a differing element; larger tables name the first ones
// and the byte offset locates the rest.
constexpr uint64_t kMaxOccurrencesNamed = 64;

auto FieldKindOf(codec::FieldKind kind) -> emit_gtest::FieldKind {
  switch (kind) {
    case codec::FieldKind::kText:
      return emit_gtest::FieldKind::kText;
    case codec::FieldKind::kZoned:
      return emit_gtest::FieldKind::kZoned;
    case codec::FieldKind::kPacked:
      return emit_gtest::FieldKind::kPacked;
    case codec::FieldKind::kPackedUnsigned:
      return emit_gtest::FieldKind::kPackedUnsigned;
    case codec::FieldKind::kBinary:
      return emit_gtest::FieldKind::kBinary;
    case codec::FieldKind::kFloat:
    case codec::FieldKind::kBytes:
      return emit_gtest::FieldKind::kBytes;
  }
  return emit_gtest::FieldKind::kBytes;
}

// The plan's elementary fields at their offsets: every occurrence of a table (up to
// kMaxOccurrencesNamed), the first view of a REDEFINES set.
void Flatten(const codec::RecordPlan& plan, uint32_t begin, uint32_t end, uint64_t delta,
             const std::string& suffix, std::vector<emit_gtest::FieldLayout>& out,
             bool all_views = false) {
  for (uint32_t i = begin; i < end; ++i) {
    const codec::PlanOp& op = plan.ops[i];
    switch (op.op) {
      case codec::OpKind::kField: {
        emit_gtest::FieldLayout field;
        field.name = (op.name.empty() ? std::string("FILLER") : op.name) + suffix;
        field.offset = static_cast<uint32_t>(op.offset + delta);
        field.size = static_cast<uint32_t>(op.size);
        field.kind = FieldKindOf(op.kind);
        field.digits = static_cast<uint8_t>(std::min<uint32_t>(op.digits, 255));
        field.scale = static_cast<int8_t>(std::clamp(op.scale, -128, 127));
        field.is_signed = op.is_signed;
        field.sign_leading = op.sign_leading;
        field.sign_separate = op.sign_separate;
        out.push_back(std::move(field));
        break;
      }
      case codec::OpKind::kArrayBegin: {
        const uint64_t count = std::min(op.occurs_max, kMaxOccurrencesNamed);
        for (uint64_t k = 0; k < count; ++k) {
          Flatten(plan, i + 1, op.end, delta + k * op.stride,
                  suffix + "(" + std::to_string(k + 1) + ")", out, all_views);
        }
        i = op.end;
        break;
      }
      case codec::OpKind::kViewSetBegin: {
        for (uint32_t view = i + 1; view < op.end && plan.ops[view].op == codec::OpKind::kViewBegin;
             view = plan.ops[view].end + 1) {
          Flatten(plan, view + 1, plan.ops[view].end, delta, suffix, out, all_views);
          if (!all_views) break;
        }
        i = op.end;
        break;
      }
      default:
        break;
    }
  }
}

// The working-storage records a file's records are read INTO or written FROM: usually the
// copybook that names the business fields, where the FD itself has one PIC X record. Files
// written WITH ADVANCING go into `printed`: print files, which cobc writes as lines.
auto TransferRecords(const ir::Module& module, std::set<uint32_t>& printed)
    -> std::map<uint32_t, std::vector<ir::FieldId>> {
  std::map<uint32_t, std::vector<ir::FieldId>> by_file;
  std::map<uint32_t, uint32_t> file_of_block;
  for (ir::FileDescriptionId id : module.files().Ids()) {
    const ir::FileDescription& file = module.files().Get(id);
    if (file.record_block.is_valid()) file_of_block[file.record_block.index] = id.index;
  }
  auto field_of = [&](ir::ExpressionId expression) -> ir::FieldId {
    if (!expression.is_valid()) return {};
    const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(expression);
    if (reference == nullptr || !reference->subscripts.empty() ||
        reference->refmod_start.is_valid()) {
      return {};
    }
    return reference->field;
  };
  auto visit = [&](const ir::StatementList& body) {
    ir::ForEachStatement(module, body, [&](ir::StatementId id) {
      ir::VisitStatement(module, id, [&](const auto& node) {
        using Node = std::decay_t<decltype(node)>;
        if constexpr (std::is_same_v<Node, ir::ReadStatement>) {
          if (ir::FieldId into = field_of(node.into); into.is_valid()) {
            by_file[node.file.index].push_back(into);
          }
        } else if constexpr (std::is_same_v<Node, ir::WriteStatement>) {
          if (node.advancing != ir::AdvancingKind::kNone && node.record.is_valid()) {
            auto file = file_of_block.find(module.field(node.record).block.index);
            if (file != file_of_block.end()) printed.insert(file->second);
          }
          ir::FieldId from = field_of(node.from);
          if (!from.is_valid() || !node.record.is_valid()) return;
          auto file = file_of_block.find(module.field(node.record).block.index);
          if (file != file_of_block.end()) by_file[file->second].push_back(from);
        }
      });
    });
  };
  for (ir::UnitId unit : module.units().Ids()) visit(module.units().Get(unit).body);
  for (ir::ParagraphId paragraph : module.paragraphs().Ids()) {
    visit(module.paragraph(paragraph).body);
  }
  return by_file;
}

// The record's elementary fields by offset: the first view of each REDEFINES, or every view.
auto LayoutOf(const ir::Module& module, ir::FieldId record, bool all_views = false)
    -> std::optional<emit_gtest::RecordLayout> {
  ErrorOr<codec::RecordPlan> plan = codec::CompilePlan(module, record);
  if (!plan) return std::nullopt;
  emit_gtest::RecordLayout layout;
  layout.name = std::string(module.str(module.field(record).name));
  Flatten(*plan, 0, static_cast<uint32_t>(plan->ops.size()), 0, "", layout.fields, all_views);
  std::stable_sort(layout.fields.begin(), layout.fields.end(),
                   [](const auto& a, const auto& b) { return a.offset < b.offset; });
  return layout;
}

auto ShapeOf(const ir::Module& module, const ir::FileDescription& file,
             const std::vector<ir::FieldId>& transfers, ir::FieldId& layout_record)
    -> emit_gtest::DatasetShape {
  emit_gtest::DatasetShape shape;
  // The largest FD record describes the most bytes; the first of that size wins a tie.
  ir::FieldId chosen;
  uint64_t largest = 0;
  if (file.record_block.is_valid()) {
    for (ir::FieldId id : module.block(file.record_block).fields) {
      const ir::Field& field = module.field(id);
      if (field.level == 1 && field.size > largest) {
        chosen = id;
        largest = field.size;
      }
    }
  }
  const uint64_t record_size = file.max_record_size != 0 ? file.max_record_size : largest;
  if (file.organization == ir::FileOrganization::kLineSequential) {
    shape.framing = emit_gtest::Framing::kLines;
  } else if (file.organization != ir::FileOrganization::kSequential) {
    return shape;  // relative and indexed files: compared byte for byte
  } else if (file.record_format == ir::RecordFormat::kVariable ||
             file.min_record_size != file.max_record_size) {
    shape.framing = emit_gtest::Framing::kCobcVariable;
  } else {
    shape.framing = emit_gtest::Framing::kFixed;
    shape.record_length = static_cast<uint32_t>(record_size);
  }
  if (!chosen.is_valid()) return shape;
  shape.layout = LayoutOf(module, chosen);
  layout_record = chosen;
  // A record read INTO or written FROM that covers the whole record names the business fields
  // where the FD has one PIC X record. A report written FROM several line layouts has no one
  // layout: its differences are shown as text at a column.
  std::vector<ir::FieldId> distinct;
  for (ir::FieldId transfer : transfers) {
    if (module.field(transfer).size != record_size) continue;
    if (std::find(distinct.begin(), distinct.end(), transfer) == distinct.end()) {
      distinct.push_back(transfer);
    }
  }
  if (distinct.size() == 1) {
    std::optional<emit_gtest::RecordLayout> layout = LayoutOf(module, distinct.front());
    if (layout && (!shape.layout || layout->fields.size() > shape.layout->fields.size())) {
      shape.layout = std::move(layout);
      layout_record = distinct.front();
    }
  } else if (distinct.size() > 1 && shape.layout && shape.layout->fields.size() <= 1) {
    shape.layout.reset();
    layout_record = ir::FieldId();
  }
  return shape;
}

// A numeric literal as decimal text: "-12.50".
auto LiteralText(const ir::Module& module, const ir::NumericLiteralExpression& literal)
    -> std::string {
  std::string digits(module.str(literal.digits));
  if (literal.exponent != 0 || literal.scale < 0) return {};
  if (literal.scale > 0) {
    if (digits.size() <= static_cast<size_t>(literal.scale)) {
      digits.insert(0, static_cast<size_t>(literal.scale) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<size_t>(literal.scale), ".");
  }
  return (literal.negative ? "-" : "") + digits;
}

// `value` moved by `delta` units of its last place ("12.50" + 1 is "12.51"): the values just
// either side of a boundary.
auto Nudge(const std::string& value, int delta) -> std::string {
  const size_t point = value.find('.');
  const int scale = point == std::string::npos ? 0 : static_cast<int>(value.size() - point - 1);
  std::string digits = value;
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  const bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (digits.empty() || digits.size() > 17) return value;
  long long number = std::stoll(digits) * (negative ? -1 : 1) + delta;
  std::string text = std::to_string(number < 0 ? -number : number);
  if (scale > 0) {
    if (text.size() <= static_cast<size_t>(scale)) {
      text.insert(0, static_cast<size_t>(scale) + 1 - text.size(), '0');
    }
    text.insert(text.size() - static_cast<size_t>(scale), ".");
  }
  return (number < 0 ? "-" : "") + text;
}

// The values a literal expression stands for in a comparison: a number (and its neighbours) or
// the bytes of a string.
void AddLiteral(const ir::Module& module, ir::ExpressionId id, std::vector<std::string>& out) {
  if (!id.is_valid()) return;
  if (const auto* number = module.expressions().TryGet<ir::NumericLiteralExpression>(id)) {
    const std::string text = LiteralText(module, *number);
    if (text.empty()) return;
    out.push_back(text);
    out.push_back(Nudge(text, -1));
    out.push_back(Nudge(text, 1));
  } else if (const auto* string = module.expressions().TryGet<ir::StringLiteralExpression>(id)) {
    out.emplace_back(module.str(string->value));
  }
}

// Case synthesis's starting points: for each field, what the program compares it with.
auto Domains(const ir::Module& module) -> std::map<std::string, std::vector<std::string>> {
  std::map<std::string, std::vector<std::string>> domains;
  auto field_name = [&](ir::ExpressionId id) -> std::string {
    if (!id.is_valid()) return {};
    const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(id);
    if (reference == nullptr || !reference->field.is_valid()) return {};
    return std::string(module.str(module.field(reference->field).name));
  };
  // A field compared with another field: the other's VALUE is a boundary too (a threshold kept
  // in WORKING-STORAGE).
  auto initial_value = [&](ir::ExpressionId id) -> ir::ExpressionId {
    if (!id.is_valid()) return {};
    const auto* reference = module.expressions().TryGet<ir::DataRefExpression>(id);
    if (reference == nullptr || !reference->field.is_valid()) return {};
    return module.field(reference->field).initial_value;
  };
  for (uint32_t index = 0; index < module.expressions().size(); ++index) {
    const ir::ExpressionId id(index);
    if (const auto* relation = module.expressions().TryGet<ir::RelationalExpression>(id)) {
      if (std::string left = field_name(relation->left); !left.empty()) {
        AddLiteral(module, relation->right, domains[left]);
        AddLiteral(module, initial_value(relation->right), domains[left]);
      }
      if (std::string right = field_name(relation->right); !right.empty()) {
        AddLiteral(module, relation->left, domains[right]);
        AddLiteral(module, initial_value(relation->left), domains[right]);
      }
    } else if (const auto* number = module.expressions().TryGet<ir::NumericLiteralExpression>(id)) {
      const std::string text = LiteralText(module, *number);
      if (!text.empty()) domains["*"].push_back(text);
    }
  }
  for (ir::ConditionNameId id : module.condition_names().Ids()) {
    const ir::ConditionName& condition = module.condition_names().Get(id);
    if (!condition.field.is_valid()) continue;
    std::vector<std::string>& values =
        domains[std::string(module.str(module.field(condition.field).name))];
    for (const ir::ConditionValue& value : condition.values) {
      AddLiteral(module, value.value, values);
      AddLiteral(module, value.thru, values);
    }
  }
  for (auto& [name, values] : domains) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
  }
  return domains;
}

// A length-prefixed byte format: no escaping, any bytes.
class Writer {
 public:
  void Number(uint64_t value) {
    for (int i = 0; i < 8; ++i) bytes_ += static_cast<char>((value >> (8 * i)) & 0xFF);
  }
  void Text(std::string_view text) {
    Number(text.size());
    bytes_ += text;
  }
  auto bytes() -> std::string& { return bytes_; }

 private:
  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  auto Number(uint64_t& value) -> bool {
    if (bytes_.size() < 8) return false;
    value = 0;
    for (int i = 7; i >= 0; --i) value = (value << 8) | static_cast<unsigned char>(bytes_[i]);
    bytes_.remove_prefix(8);
    return true;
  }
  auto Text(std::string& text) -> bool {
    uint64_t size = 0;
    if (!Number(size) || size > bytes_.size()) return false;
    text = bytes_.substr(0, size);
    bytes_.remove_prefix(size);
    return true;
  }

 private:
  std::string_view bytes_;
};

void WriteFields(Writer& writer, const std::vector<emit_gtest::FieldLayout>& fields) {
  writer.Number(fields.size());
  for (const emit_gtest::FieldLayout& field : fields) {
    writer.Text(field.name);
    writer.Number(field.offset);
    writer.Number(field.size);
    writer.Number(static_cast<uint64_t>(field.kind));
    writer.Number(field.digits);
    writer.Number(static_cast<uint64_t>(static_cast<int64_t>(field.scale)));
    writer.Number((field.is_signed ? 1 : 0) | (field.sign_leading ? 2 : 0) |
                  (field.sign_separate ? 4 : 0));
  }
}

auto ReadFields(Reader& reader, std::vector<emit_gtest::FieldLayout>& fields) -> bool {
  uint64_t count = 0;
  if (!reader.Number(count)) return false;
  fields.clear();
  for (uint64_t f = 0; f < count; ++f) {
    emit_gtest::FieldLayout field;
    uint64_t values[6];
    if (!reader.Text(field.name)) return false;
    for (uint64_t& value : values) {
      if (!reader.Number(value)) return false;
    }
    field.offset = static_cast<uint32_t>(values[0]);
    field.size = static_cast<uint32_t>(values[1]);
    field.kind = static_cast<emit_gtest::FieldKind>(values[2]);
    field.digits = static_cast<uint8_t>(values[3]);
    field.scale = static_cast<int8_t>(static_cast<int64_t>(values[4]));
    field.is_signed = (values[5] & 1) != 0;
    field.sign_leading = (values[5] & 2) != 0;
    field.sign_separate = (values[5] & 4) != 0;
    fields.push_back(std::move(field));
  }
  return true;
}

void WriteSources(Writer& writer, const emit_cpp::EmittedSources& sources) {
  writer.Number(sources.files.size());
  for (const emit_cpp::EmittedFile& file : sources.files) {
    writer.Text(file.path);
    writer.Text(file.text);
  }
  writer.Number(sources.executables.size());
  for (const emit_cpp::EmittedProgram& program : sources.executables) {
    writer.Text(program.program_id);
    writer.Text(program.source_path);
  }
  writer.Number(sources.subprogram_sources.size());
  for (const std::string& source : sources.subprogram_sources) writer.Text(source);
}

auto ReadSources(Reader& reader, emit_cpp::EmittedSources& sources) -> bool {
  uint64_t count = 0;
  if (!reader.Number(count)) return false;
  sources.files.assign(count, {});
  for (emit_cpp::EmittedFile& file : sources.files) {
    if (!reader.Text(file.path) || !reader.Text(file.text)) return false;
  }
  if (!reader.Number(count)) return false;
  sources.executables.assign(count, {});
  for (emit_cpp::EmittedProgram& program : sources.executables) {
    if (!reader.Text(program.program_id) || !reader.Text(program.source_path)) return false;
  }
  if (!reader.Number(count)) return false;
  sources.subprogram_sources.assign(count, "");
  for (std::string& source : sources.subprogram_sources) {
    if (!reader.Text(source)) return false;
  }
  return true;
}

}  // namespace

auto EmitOptionsFor(cobol::CobolDialect dialect) -> emit_cpp::EmitOptions {
  const bool ibm = dialect == cobol::CobolDialect::kIbm;
  emit_cpp::EmitOptions emit;
  // binary-truncate: no in ibm.conf and mf.conf; pretty-display and hostsign as ibm.conf.
  emit.binary_truncate = !ibm && dialect != cobol::CobolDialect::kMf;
  emit.ibm_assign_names = ibm;
  emit.pretty_display = !ibm;
  emit.host_sign = ibm;
  return emit;
}

auto ProgramNameOf(const std::string& source_path) -> std::string {
  std::string name = fs::path(source_path).stem().string();
  for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

auto BuildProgram(const std::string& source_path, const ProgramBuildOptions& options)
    -> ProgramBuild {
  ProgramBuild build;
  build.name = ProgramNameOf(source_path);
  build.source_path = source_path;
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  auto finish = [&]() -> ProgramBuild {
    build.diagnostics = collector.TakeSorted();
    build.ok = build.ok && collector.error_count() == 0;
    return std::move(build);
  };
  ErrorOr<FileId> file = sources.Load(source_path, source_path);
  if (!file) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, source_path, source_path);
    return finish();
  }
  cobol::PreprocessOptions preprocess;
  preprocess.copy_directories = options.copy_directories;
  cobol::ExpandedSource expanded = cobol::Preprocess(sources, *file, preprocess, emitter);
  // Every file the preprocessor loaded after the program is a copybook it copied.
  for (uint32_t index = 0; index < sources.file_count(); ++index) {
    if (index == file->index) continue;
    const std::string& path = sources.file(FileId{index}).path;
    if (!path.empty() && path[0] != '<') build.copybooks.push_back(path);
  }
  std::sort(build.copybooks.begin(), build.copybooks.end());
  build.copybooks.erase(std::unique(build.copybooks.begin(), build.copybooks.end()),
                        build.copybooks.end());
  std::unique_ptr<cobol::ParsedProgram> parsed = cobol::ParseCobol(expanded, sources, emitter);
  if (parsed == nullptr || collector.error_count() > 0) return finish();
  cobol::LowerOptions lower;
  lower.dialect = cobol::DialectFromName(options.dialect).value_or(cobol::CobolDialect::kDefault);
  ir::Module module = cobol::LowerCobol(*parsed, sources, emitter, lower);
  if (collector.error_count() > 0) return finish();
  if (!ir::Verify(module, emitter,
                  ir::VerifyOptions{cobol::StorageSizeOptionsFor(lower.dialect)})) {
    return finish();
  }
  emit_cpp::EmitOptions emit = EmitOptionsFor(lower.dialect);
  const emit_cpp::ModulePlan plan = emit_cpp::PlanModule(module);
  std::optional<emit_cpp::EmittedSources> emitted =
      emit_cpp::EmitModule(module, plan, emit, emitter);
  if (!emitted || collector.error_count() > 0) return finish();
  build.emitted = std::move(*emitted);
  build.is_main = !build.emitted.executables.empty();
  emit.decision_counters = true;
  std::optional<emit_cpp::EmittedSources> counted =
      emit_cpp::EmitModule(module, plan, emit, emitter);
  if (!counted || collector.error_count() > 0) return finish();
  build.counted = std::move(*counted);
  build.domains = Domains(module);
  build.environment_decisions = EnvironmentDecisions(module);
  build.called = CalledPrograms(module);
  build.class_tested = ClassTestedFields(module);
  build.argument_moves = ArgumentMoves(module);
  build.class_tested_parameters = ClassTestedParameters(module);
  std::set<uint32_t> printed;
  const std::map<uint32_t, std::vector<ir::FieldId>> transfers = TransferRecords(module, printed);
  for (ir::FileDescriptionId id : module.files().Ids()) {
    const ir::FileDescription& description = module.files().Get(id);
    if (description.kind != ir::FileKind::kFile) continue;
    std::string dd(module.str(description.assign_name));
    for (char& c : dd) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // IBM's UT-S-NAME style: the DD is the last part.
    if (const size_t dash = dd.rfind('-'); lower.dialect == cobol::CobolDialect::kIbm &&
                                           description.assign_is_word &&
                                           dash != std::string::npos) {
      dd = dd.substr(dash + 1);
    }
    const auto transferred = transfers.find(id.index);
    if (dd.empty()) continue;
    if (printed.contains(id.index)) {
      // Report lines: differences are shown as text at a column.
      build.datasets.emplace(dd, emit_gtest::DatasetShape{emit_gtest::Framing::kLines, 0, {}});
      continue;
    }
    ir::FieldId layout_record;
    build.datasets.emplace(dd, ShapeOf(module, description,
                                       transferred == transfers.end() ? std::vector<ir::FieldId>()
                                                                      : transferred->second,
                                       layout_record));
    if (layout_record.is_valid()) {
      if (std::optional<emit_gtest::RecordLayout> every = LayoutOf(module, layout_record, true)) {
        build.every_view[dd] = std::move(every->fields);
      }
    }
  }
  build.ok = true;
  return finish();
}

auto SerializeBuild(const ProgramBuild& build) -> std::string {
  Writer writer;
  writer.Text("remint-program-build-6");
  writer.Number(build.is_main ? 1 : 0);
  writer.Number(build.copybooks.size());
  for (const std::string& copybook : build.copybooks) writer.Text(copybook);
  WriteSources(writer, build.emitted);
  WriteSources(writer, build.counted);
  writer.Number(build.domains.size());
  for (const auto& [name, values] : build.domains) {
    writer.Text(name);
    writer.Number(values.size());
    for (const std::string& value : values) writer.Text(value);
  }
  writer.Number(build.every_view.size());
  for (const auto& [dd, fields] : build.every_view) {
    writer.Text(dd);
    WriteFields(writer, fields);
  }
  for (const std::vector<std::string>* list :
       {&build.environment_decisions, &build.called, &build.class_tested}) {
    writer.Number(list->size());
    for (const std::string& item : *list) writer.Text(item);
  }
  writer.Number(build.argument_moves.size());
  for (const ArgumentMove& move : build.argument_moves) writer.Text(FormatArgumentMove(move));
  writer.Number(build.class_tested_parameters.size());
  for (const ParameterPart& part : build.class_tested_parameters) {
    writer.Text(FormatParameterPart(part));
  }
  writer.Number(build.datasets.size());
  for (const auto& [dd, shape] : build.datasets) {
    writer.Text(dd);
    writer.Number(static_cast<uint64_t>(shape.framing));
    writer.Number(shape.record_length);
    writer.Number(shape.layout ? 1 : 0);
    if (!shape.layout) continue;
    writer.Text(shape.layout->name);
    WriteFields(writer, shape.layout->fields);
  }
  return std::move(writer.bytes());
}

auto DeserializeBuild(std::string_view bytes, ProgramBuild& build) -> bool {
  Reader reader(bytes);
  std::string magic;
  uint64_t number = 0;
  uint64_t count = 0;
  if (!reader.Text(magic) || magic != "remint-program-build-6") return false;
  if (!reader.Number(number)) return false;
  build.is_main = number != 0;
  if (!reader.Number(count)) return false;
  build.copybooks.assign(count, "");
  for (std::string& copybook : build.copybooks) {
    if (!reader.Text(copybook)) return false;
  }
  if (!ReadSources(reader, build.emitted) || !ReadSources(reader, build.counted)) return false;
  if (!reader.Number(count)) return false;
  build.domains.clear();
  for (uint64_t i = 0; i < count; ++i) {
    std::string name;
    uint64_t values = 0;
    if (!reader.Text(name) || !reader.Number(values)) return false;
    std::vector<std::string>& domain = build.domains[name];
    domain.assign(values, "");
    for (std::string& value : domain) {
      if (!reader.Text(value)) return false;
    }
  }
  if (!reader.Number(count)) return false;
  build.every_view.clear();
  for (uint64_t i = 0; i < count; ++i) {
    std::string dd;
    if (!reader.Text(dd) || !ReadFields(reader, build.every_view[dd])) return false;
  }
  for (std::vector<std::string>* list :
       {&build.environment_decisions, &build.called, &build.class_tested}) {
    if (!reader.Number(count)) return false;
    list->assign(count, "");
    for (std::string& item : *list) {
      if (!reader.Text(item)) return false;
    }
  }
  std::string line;
  if (!reader.Number(count)) return false;
  build.argument_moves.clear();
  for (uint64_t i = 0; i < count; ++i) {
    std::optional<ArgumentMove> move;
    if (!reader.Text(line) || !(move = ParseArgumentMove(line))) return false;
    build.argument_moves.push_back(std::move(*move));
  }
  if (!reader.Number(count)) return false;
  build.class_tested_parameters.clear();
  for (uint64_t i = 0; i < count; ++i) {
    std::optional<ParameterPart> part;
    if (!reader.Text(line) || !(part = ParseParameterPart(line))) return false;
    build.class_tested_parameters.push_back(*part);
  }
  if (!reader.Number(count)) return false;
  build.datasets.clear();
  for (uint64_t i = 0; i < count; ++i) {
    std::string dd;
    emit_gtest::DatasetShape shape;
    uint64_t has_layout = 0;
    if (!reader.Text(dd) || !reader.Number(number)) return false;
    shape.framing = static_cast<emit_gtest::Framing>(number);
    if (!reader.Number(number)) return false;
    shape.record_length = static_cast<uint32_t>(number);
    if (!reader.Number(has_layout)) return false;
    if (has_layout != 0) {
      emit_gtest::RecordLayout layout;
      if (!reader.Text(layout.name) || !ReadFields(reader, layout.fields)) return false;
      shape.layout = std::move(layout);
    }
    build.datasets.emplace(std::move(dd), std::move(shape));
  }
  build.ok = true;
  return true;
}

}  // namespace remint::migrate

// FD/SELECT entries -> the facts the file statements need (member names, record sizes, the
// ASSIGN name, FILE STATUS, declaratives), the handling of an operation's outcome, OPEN and
// CLOSE. The class members are declared by emit_file_class.cpp, the other statements written by
// emit_file_io.cpp; emit_file.h says how an outcome is handled.
#include "emitters/cpp/emit_file.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <utility>

#include "emitters/cpp/naming.h"

namespace remint::emit_cpp {
namespace {

auto EqualsIgnoringCase(std::string_view a, std::string_view b) -> bool {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) ==
                  std::toupper(static_cast<unsigned char>(y));
         });
}

// Device names a SELECT can be assigned to without a file name; cobc gives them meanings of
// their own (the terminal, a printer), which the emitter does not reproduce.
constexpr std::array<std::string_view, 16> kDeviceNames = {
    "PRINTER",    "PRINT",    "KEYBOARD",      "DISPLAY", "CONSOLE", "SYSIN",
    "SYSOUT",     "SYSERR",   "SYSIPT",        "SYSLST",  "SYSPCH",  "CARD-READER",
    "CARD-PUNCH", "CASSETTE", "MAGNETIC-TAPE", "TAPE"};

auto OpenModeName(ir::OpenMode mode) -> const char* {
  switch (mode) {
    case ir::OpenMode::kInput:
      return "cobrt::OpenMode::kInput";
    case ir::OpenMode::kOutput:
      return "cobrt::OpenMode::kOutput";
    case ir::OpenMode::kInputOutput:
      return "cobrt::OpenMode::kInputOutput";
    case ir::OpenMode::kExtend:
      return "cobrt::OpenMode::kExtend";
  }
  return "cobrt::OpenMode::kClosed";
}

// USE AFTER ERROR declaratives of the unit for an open mode, in source order.
auto ModeDeclaratives(const EmitContext& context)
    -> std::vector<std::pair<ir::OpenMode, ir::ParagraphId>> {
  std::vector<std::pair<ir::OpenMode, ir::ParagraphId>> modes;
  for (ir::ParagraphId id : context.module.unit(context.plan.id).procedures) {
    const ir::Paragraph& section = context.module.paragraph(id);
    if (!section.declarative || section.use != ir::UseKind::kErrorProcedure) continue;
    for (ir::OpenMode mode : section.use_modes) modes.emplace_back(mode, id);
  }
  return modes;
}

// A declarative section performed as cobc performs it: a call, or the dispatcher's range.
auto DeclarativeCall(const EmitContext& context, ir::ParagraphId section) -> std::string {
  if (context.dispatcher()) {
    return fmt::format("Perform({}, {});", context.ProcedureConstant(section),
                       context.ProcedureConstant(context.RangeEnd(section)));
  }
  return fmt::format("{}();", context.Procedure(section).function_name);
}

// The sizes cobc gives the FD's records: RECORD CONTAINS / VARYING sizes where written, else
// the smallest and largest 01; a LINE SEQUENTIAL file has no minimum.
auto RecordSizes(const ir::Module& module, const ir::FileDescription& fd)
    -> std::pair<uint64_t, uint64_t> {
  uint64_t smallest = 0;
  uint64_t largest = 0;
  bool any = false;
  for (ir::FieldId id : module.block(fd.record_block).fields) {
    const ir::Field& record = module.field(id);
    if (record.level == 66) continue;
    smallest = any ? std::min(smallest, record.size) : record.size;
    largest = std::max(largest, record.size);
    any = true;
  }
  uint64_t minimum = smallest;
  uint64_t maximum = largest;
  if (fd.max_record_size > 0) {
    if (fd.record_format == ir::RecordFormat::kVariable) {
      minimum = fd.min_record_size;
      maximum = fd.max_record_size;
    } else {
      // RECORD CONTAINS n: n is the largest size; the smallest is still the smallest 01.
      maximum = fd.max_record_size;
      minimum = std::min(smallest, maximum);
    }
  }
  if (fd.organization == ir::FileOrganization::kLineSequential) minimum = 0;
  return {minimum, maximum};
}

// The item named `name` in the unit's WORKING-STORAGE or LOCAL-STORAGE, when exactly one is.
auto FindItem(const EmitContext& context, std::string_view name) -> std::optional<ir::FieldId> {
  std::optional<ir::FieldId> found;
  for (ir::BlockId block_id : context.module.unit(context.plan.id).blocks) {
    const ir::StorageBlock& block = context.module.block(block_id);
    if (block.storage == ir::StorageClass::kFileRecord) continue;
    std::vector<ir::FieldId> pending(block.fields.begin(), block.fields.end());
    while (!pending.empty()) {
      const ir::FieldId id = pending.back();
      pending.pop_back();
      const ir::Field& field = context.module.field(id);
      if (EqualsIgnoringCase(context.module.str(field.name), name)) {
        if (found) return std::nullopt;
        found = id;
      }
      pending.insert(pending.end(), field.children.begin(), field.children.end());
    }
  }
  return found;
}

auto FileDeclarative(const EmitContext& context, ir::FileDescriptionId file) -> ir::ParagraphId {
  for (ir::ParagraphId id : context.module.unit(context.plan.id).procedures) {
    const ir::Paragraph& section = context.module.paragraph(id);
    if (!section.declarative || section.use != ir::UseKind::kErrorProcedure) continue;
    if (std::find(section.use_files.begin(), section.use_files.end(), file) !=
        section.use_files.end()) {
      return id;
    }
  }
  return ir::ParagraphId();
}

// Whether StandardErrorHandler() does anything for some file of the unit.
auto StandardHandlerActs(EmitContext& context) -> bool {
  for (ir::FileDescriptionId id : UnitFiles(context)) {
    std::optional<FileFacts> file = DescribeFile(context, id);
    if (file && !StandardHandlerLines(context, *file).empty()) return true;
  }
  return false;
}

// The checks cobc writes after an OPEN or CLOSE of several files: one per file after all of
// them, last file first, each with that file's handler. Only the last operation's exception is
// seen, a declarative that does I/O changes what the next check sees, and the standard handler
// looks at the file of the last operation, whichever check runs it.
void EmitChecksPerFile(EmitContext& context, const std::vector<FileFacts>& files) {
  const bool standard_acts = StandardHandlerActs(context);
  for (auto file = files.rbegin(); file != files.rend(); ++file) {
    const std::string handler = file->declarative.is_valid()
                                    ? ErrorHandlerCall(context, *file)
                                    : (standard_acts ? "StandardErrorHandler();" : "");
    if (!handler.empty()) context.out.Line(fmt::format("if (io_exception_) {}", handler));
  }
}

}  // namespace

auto AssignExpression(const EmitContext& context, const ir::FileDescription& fd,
                      std::string& problem) -> std::optional<std::string> {
  std::string_view assign = context.module.str(fd.assign_name);
  const std::string_view select_name = context.module.str(fd.name);
  if (const size_t space = assign.find(' '); space != std::string_view::npos) {
    // ASSIGN TO DISK "name": the device word says nothing more.
    if (!EqualsIgnoringCase(assign.substr(0, space), "DISK") ||
        assign.find(' ', space + 1) != std::string_view::npos) {
      problem = fmt::format("ASSIGN TO {}", assign);
      return std::nullopt;
    }
    assign.remove_prefix(space + 1);
  } else if (EqualsIgnoringCase(assign, "DISK")) {
    // cobc names the file after the SELECT.
    return fmt::format("{}sv", CppStringLiteral(select_name));
  }
  if (assign.empty()) {
    problem = "a SELECT without ASSIGN";
    return std::nullopt;
  }
  for (std::string_view device : kDeviceNames) {
    if (EqualsIgnoringCase(assign, device)) {
      problem = fmt::format("ASSIGN TO {} (a device)", assign);
      return std::nullopt;
    }
  }
  if (fd.assign_is_word && context.options.ibm_assign_names) {
    // -std=ibm reads ASSIGN TO UT-S-NAME as NAME (the part after the last '-'); a literal keeps
    // its hyphens.
    if (const size_t dash = assign.rfind('-'); dash != std::string_view::npos) {
      assign.remove_prefix(dash + 1);
    }
    return fmt::format("{}sv", CppStringLiteral(assign));
  }
  if (fd.assign_is_word) {
    if (std::optional<ir::FieldId> item = FindItem(context, assign)) {
      std::optional<std::string> address = ItemAddress(context, *item);
      if (!address) {
        problem = fmt::format("ASSIGN TO {} (an item in a table)", assign);
        return std::nullopt;
      }
      return fmt::format("AsText({}, {})", *address, context.module.field(*item).size);
    }
  }
  return fmt::format("{}sv", CppStringLiteral(assign));
}

auto UnitFiles(const EmitContext& context) -> std::vector<ir::FileDescriptionId> {
  std::vector<ir::FileDescriptionId> files;
  for (ir::FileDescriptionId id : context.module.unit(context.plan.id).files) {
    if (context.module.files().Get(id).kind == ir::FileKind::kFile) files.push_back(id);
  }
  return files;
}

auto StandardHandlerLines(const EmitContext& context, const FileFacts& file)
    -> std::vector<std::string> {
  std::vector<std::string> lines;
  for (const auto& [mode, section] : ModeDeclaratives(context)) {
    lines.push_back(
        fmt::format("if ({}.last_open_mode() == {}) {{", file.object, OpenModeName(mode)));
    lines.push_back("  " + DeclarativeCall(context, section));
    lines.push_back("  return;");
    lines.push_back("}");
  }
  if (file.status_address.empty()) {
    lines.push_back(fmt::format("{}.FailUnhandled(io_status_, {});", file.object, file.assign));
  }
  return lines;
}

auto ItemAddress(const EmitContext& context, ir::FieldId id) -> std::optional<std::string> {
  const ir::Field& field = context.module.field(id);
  if (!context.block_members.contains(field.block.index)) return std::nullopt;
  for (ir::FieldId up = id; up.is_valid(); up = context.module.field(up).parent) {
    if (context.module.field(up).array) return std::nullopt;
  }
  return fmt::format("{} + {}", context.BlockMember(field.block), field.offset);
}

auto ItemInteger(const EmitContext& context, ir::FieldId id) -> std::optional<std::string> {
  std::optional<std::string> address = ItemAddress(context, id);
  std::optional<std::string> format = context.StorageFormat(context.module.field(id));
  if (!address || !format) return std::nullopt;
  return fmt::format("static_cast<int64_t>(cobrt::TruncateTo<0>({}::Read({})).mantissa)", *format,
                     *address);
}

auto StoreInteger(const EmitContext& context, ir::FieldId id, const std::string& value)
    -> std::optional<std::string> {
  std::optional<std::string> address = ItemAddress(context, id);
  std::optional<std::string> format = context.StorageFormat(context.module.field(id));
  if (!address || !format) return std::nullopt;
  return fmt::format("cobrt::Store<{}>({}, cobrt::Fixed<18, 0>{{{}}});", *format, *address, value);
}

auto DescribeFile(EmitContext& context, ir::FileDescriptionId id, bool report)
    -> std::optional<FileFacts> {
  const ir::Module& module = context.module;
  const ir::FileDescription& fd = module.files().Get(id);
  const std::string name(module.str(fd.name));
  auto refuse = [&](const std::string& what) -> std::optional<FileFacts> {
    if (report) context.Unsupported(fd.loc, fmt::format("{} (file {})", what, name));
    return std::nullopt;
  };
  if (fd.kind != ir::FileKind::kFile) return refuse("a SORT file used as a file");
  if (fd.is_external) return refuse("an EXTERNAL file");
  if (fd.code_set.is_valid() && !module.str(fd.code_set).empty()) return refuse("CODE-SET");
  if (!fd.record_block.is_valid() || !context.block_members.contains(fd.record_block.index)) {
    return refuse("a file without a record area");
  }
  FileFacts file;
  file.id = id;
  file.description = &fd;
  file.name = name;
  file.area = context.BlockMember(fd.record_block);
  std::tie(file.minimum_size, file.maximum_size) = RecordSizes(module, fd);
  if (module.block(fd.record_block).fields.empty()) {
    return refuse("a file without record descriptions (a REPORT file)");
  }
  if (file.maximum_size != module.block(fd.record_block).size || file.maximum_size == 0 ||
      (fd.record_format == ir::RecordFormat::kVariable && fd.max_record_size > 0 &&
       fd.min_record_size == fd.max_record_size)) {
    return refuse("RECORD sizes other than the sizes of the FD's records");
  }
  if (fd.linage) {
    for (const ir::LinageValue* value :
         {&fd.linage->page, &fd.linage->footing, &fd.linage->top, &fd.linage->bottom}) {
      if (value->field.is_valid()) return refuse("LINAGE taken from a data item");
    }
    if (fd.organization != ir::FileOrganization::kLineSequential &&
        fd.organization != ir::FileOrganization::kSequential) {
      return refuse("LINAGE on a file that is not sequential");
    }
  }
  std::string problem;
  std::optional<std::string> assign = AssignExpression(context, fd, problem);
  if (!assign) return refuse(problem);
  file.assign = *assign;
  if (fd.status.is_valid()) {
    std::optional<std::string> address = ItemAddress(context, fd.status);
    if (!address || module.field(fd.status).size < 2) return refuse("this FILE STATUS item");
    file.status_address = *address;
  }
  // Member names: after the FD, apart from the storage block members (the record area is
  // already named after the FD).
  std::set<std::string> taken;
  for (const auto& [index, member] : context.block_members) taken.insert(member);
  std::string base = "fd_" + SnakeName(name, "f");
  while (taken.contains(base + "_") || taken.contains(base + "_linage_")) base += "_file";
  file.object = base + "_";
  if (fd.linage) file.linage = base + "_linage_";
  file.number = "kFile" + UpperCamelName(name, "F");
  file.declarative = FileDeclarative(context, id);
  return file;
}

auto ErrorHandlerCall(EmitContext& context, const FileFacts& file) -> std::string {
  if (file.declarative.is_valid()) return DeclarativeCall(context, file.declarative);
  if (StandardHandlerLines(context, file).empty()) return "";
  return "StandardErrorHandler();";
}

void EmitOutcome(EmitContext& context, const FileFacts& file, const std::string& status,
                 const std::string& end_of_page, const OutcomePhrases& phrases) {
  CodeWriter& out = context.out;
  const bool exception_phrase = phrases.exception != nullptr && phrases.exception->has_value();
  const bool success = (phrases.success != nullptr && phrases.success->has_value()) ||
                       !phrases.success_lines.empty();
  const std::string handler = ErrorHandlerCall(context, file);
  // libcob's exception: a status from 10 up, or END-OF-PAGE on a successful WRITE.
  const std::string exception = end_of_page.empty()
                                    ? fmt::format("!{}.IsSuccessful()", status)
                                    : fmt::format("!{}.IsSuccessful() || {}", status, end_of_page);
  const std::string no_exception =
      end_of_page.empty() ? fmt::format("{}.IsSuccessful()", status)
                          : fmt::format("{}.IsSuccessful() && !{}", status, end_of_page);
  std::string exception_test;
  switch (phrases.kind) {
    case OutcomePhrases::Kind::kAtEnd:
      exception_test = fmt::format("{}.IsAtEnd()", status);
      break;
    case OutcomePhrases::Kind::kInvalidKey:
      exception_test = fmt::format("{}.IsInvalidKey()", status);
      break;
    case OutcomePhrases::Kind::kEndOfPage:
      exception_test = fmt::format("{}.IsSuccessful() && {}", status, end_of_page);
      break;
  }
  auto write_success = [&] {
    for (const std::string& line : phrases.success_lines) out.Line(line);
    if (phrases.success != nullptr && phrases.success->has_value()) {
      EmitStatements(context, **phrases.success);
    }
  };
  if (exception_phrase) {
    out.Open(fmt::format("if ({})", exception_test));
    EmitStatements(context, **phrases.exception);
    if (!handler.empty()) {
      out.ElseIf(exception);
      out.Line(handler);
      if (success) out.Else();
    } else if (success) {
      out.ElseIf(no_exception);
    }
    if (success) write_success();
    out.Close();
    return;
  }
  if (!handler.empty()) {
    if (!success) {
      out.Line(fmt::format("if ({}) {}", exception, handler));
      return;
    }
    out.Open(fmt::format("if ({})", exception));
    out.Line(handler);
    out.Else();
    write_success();
    out.Close();
    return;
  }
  if (success) {
    out.Open(fmt::format("if ({})", no_exception));
    write_success();
    out.Close();
  }
}

void EmitOperation(EmitContext& context, const FileFacts& file, const std::string& comment,
                   const std::vector<std::string>& setup, const std::string& call,
                   const std::vector<std::string>& after, const OutcomePhrases& phrases) {
  CodeWriter& out = context.out;
  const bool exception_phrase = phrases.exception != nullptr && phrases.exception->has_value();
  const bool success = (phrases.success != nullptr && phrases.success->has_value()) ||
                       !phrases.success_lines.empty();
  const std::string handler = ErrorHandlerCall(context, file);
  const std::string save = fmt::format("SaveStatus({}, {})", file.number, call);
  const bool phrases_used = exception_phrase || success;
  const bool block = !setup.empty() || !after.empty() || phrases_used;
  if (!block) {
    if (handler.empty()) {
      out.Line(comment.empty() ? save + ";" : fmt::format("{};  {}", save, comment));
    } else {
      if (!comment.empty()) out.Line(comment);
      out.Line(fmt::format("if (!{}.IsSuccessful()) {}", save, handler));
    }
    return;
  }
  if (!comment.empty()) out.Line(comment);
  out.Open("");
  for (const std::string& line : setup) out.Line(line);
  if (after.empty() && !phrases_used) {
    if (handler.empty()) {
      out.Line(save + ";");
    } else {
      out.Line(fmt::format("if (!{}.IsSuccessful()) {}", save, handler));
    }
  } else {
    out.Line(fmt::format("const cobrt::FileStatus status = {};", save));
    for (const std::string& line : after) out.Line(line);
    EmitOutcome(context, file, "status", "", phrases);
  }
  out.Close();
}

void EmitOpen(EmitContext& context, SourceLoc loc, const ir::OpenStatement& node) {
  CodeWriter& out = context.out;
  std::vector<FileFacts> files;
  for (const ir::OpenItem& item : node.items) {
    std::optional<FileFacts> file = DescribeFile(context, item.file);
    if (!file) {
      context.Unsupported(loc, "OPEN of this file");
      return;
    }
    // cobc ignores REVERSED and NO REWIND on disk files (it warns that they are not
    // implemented).
    const std::string open =
        fmt::format("{}.Open({}, {})", file->linage.empty() ? file->object : file->linage,
                    OpenModeName(item.mode), file->assign);
    std::string mode(ir::Spelling(item.mode));
    for (char& c : mode) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string comment =
        fmt::format("// OPEN {} {}  {}", mode, file->name, context.SourceComment(loc));
    if (node.items.size() == 1) {
      EmitOperation(context, *file, comment, {}, open, {}, {});
      return;
    }
    out.Line(fmt::format("SaveStatus({}, {});  {}", file->number, open, comment));
    files.push_back(*file);
  }
  EmitChecksPerFile(context, files);
}

void EmitClose(EmitContext& context, SourceLoc loc, const ir::CloseStatement& node) {
  CodeWriter& out = context.out;
  std::vector<FileFacts> files;
  for (const ir::CloseItem& item : node.items) {
    std::optional<FileFacts> file = DescribeFile(context, item.file);
    if (!file) {
      context.Unsupported(loc, "CLOSE of this file");
      return;
    }
    const bool sequential =
        file->description->organization == ir::FileOrganization::kSequential ||
        file->description->organization == ir::FileOrganization::kLineSequential;
    std::string call = "Close()";
    std::string what;
    if (item.scope != ir::CloseScope::kFile) {
      if (!sequential || item.lock) {
        context.Unsupported(loc, "CLOSE REEL/UNIT of this file");
        return;
      }
      call = "CloseVolume()";
      what = item.scope == ir::CloseScope::kReel ? " REEL" : " UNIT";
    } else if (item.lock) {
      if (item.no_rewind) {
        context.Unsupported(loc, "CLOSE WITH LOCK and NO REWIND");
        return;
      }
      call = "CloseWithLock()";
      what = " WITH LOCK";
    } else if (item.no_rewind) {
      if (!sequential) {
        context.Unsupported(loc, "CLOSE WITH NO REWIND of this file");
        return;
      }
      call = "CloseNoRewind()";
      what = " WITH NO REWIND";
    }
    // The LINAGE wrapper closes the file it wraps; CLOSE goes to the file itself.
    const std::string close = fmt::format("{}.{}", file->object, call);
    const std::string comment =
        fmt::format("// CLOSE {}{}  {}", file->name, what, context.SourceComment(loc));
    if (node.items.size() == 1) {
      EmitOperation(context, *file, comment, {}, close, {}, {});
      return;
    }
    out.Line(fmt::format("SaveStatus({}, {});  {}", file->number, close, comment));
    files.push_back(*file);
  }
  EmitChecksPerFile(context, files);
}

}  // namespace remint::emit_cpp

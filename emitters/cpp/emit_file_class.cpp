// The class side of a program's files: a cobrt file member per FD, the program's file
// numbering, SaveStatus (libcob's save_status) and StandardErrorHandler (its standard error
// handler), and the runtime headers they need.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>
#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_file.h"
#include "emitters/cpp/emit_sort.h"

namespace remint::emit_cpp {
namespace {

auto OrganizationText(const ir::FileDescription& fd) -> const char* {
  switch (fd.organization) {
    case ir::FileOrganization::kLineSequential:
      return "LINE SEQUENTIAL";
    case ir::FileOrganization::kSequential:
      return "record SEQUENTIAL";
    case ir::FileOrganization::kRelative:
      return "RELATIVE";
    case ir::FileOrganization::kIndexed:
      return "INDEXED";
  }
  return "?";
}

auto AccessName(ir::AccessMode access) -> const char* {
  switch (access) {
    case ir::AccessMode::kSequential:
      return "cobrt::Access::kSequential";
    case ir::AccessMode::kRandom:
      return "cobrt::Access::kRandom";
    case ir::AccessMode::kDynamic:
      return "cobrt::Access::kDynamic";
  }
  return "cobrt::Access::kSequential";
}

}  // namespace

void DeclareFiles(EmitContext& context) {
  const ir::Module& module = context.module;
  // Declaratives other than USE AFTER ERROR on files or open modes are not run by the emitted
  // code, so a program that has them is not translated.
  for (ir::ParagraphId id : module.unit(context.plan.id).procedures) {
    const ir::Paragraph& section = module.paragraph(id);
    if (!section.declarative || section.kind != ir::ProcedureKind::kSection) continue;
    if (section.use != ir::UseKind::kErrorProcedure) {
      context.Unsupported(section.loc,
                          fmt::format("USE declaratives ({})", ir::Spelling(section.use)));
    } else if (section.use_global) {
      context.Unsupported(section.loc, "USE GLOBAL declaratives");
    } else if (section.use_files.empty() && section.use_modes.empty()) {
      context.Unsupported(section.loc, "USE declaratives without files or open modes");
    }
  }
  const std::vector<ir::FileDescriptionId> files = UnitFiles(context);
  const bool sorts = HasSortFiles(context);
  if (files.empty() && !sorts) return;
  CodeWriter& out = context.out;
  std::vector<FileFacts> described;
  for (ir::FileDescriptionId id : files) {
    std::optional<FileFacts> file = DescribeFile(context, id, /*report=*/true);
    if (!file) continue;
    const ir::FileDescription& fd = *file->description;
    const std::string description =
        fmt::format("{{{}, {}, {}, {}}}", CppStringLiteral(file->name),
                    fd.is_optional ? "true" : "false", file->minimum_size, file->maximum_size);
    out.Comment(fmt::format(
        "FD {}  {}: {}, {}", file->name, context.SourceComment(fd.loc), OrganizationText(fd),
        file->minimum_size == file->maximum_size
            ? fmt::format("{}-byte records", file->maximum_size)
            : fmt::format("records of {} to {} bytes", file->minimum_size, file->maximum_size)));
    switch (fd.organization) {
      case ir::FileOrganization::kLineSequential:
      case ir::FileOrganization::kSequential: {
        const bool line = fd.organization == ir::FileOrganization::kLineSequential;
        out.Line(fmt::format("cobrt::SequentialFile {}{{cobrt::SequentialFile::Kind::{}, {}}};",
                             file->object, line ? "kLineSequential" : "kRecordSequential",
                             description));
        if (fd.linage) {
          out.Line(fmt::format("cobrt::LinageFile {}{{{}, {{{}, {}, {}, {}}}}};", file->linage,
                               file->object, fd.linage->page.lines, fd.linage->footing.lines,
                               fd.linage->top.lines, fd.linage->bottom.lines));
        }
        break;
      }
      case ir::FileOrganization::kRelative: {
        int64_t key_limit = 0;
        if (fd.relative_key.is_valid()) {
          const ir::Field& key = module.field(fd.relative_key);
          const auto* decimal = module.types().TryGet<ir::DecimalType>(key.type);
          if (decimal == nullptr || decimal->scale != 0 || decimal->digits > 18 ||
              decimal->encoding == ir::DecimalEncoding::kNative ||
              (decimal->encoding == ir::DecimalEncoding::kBinary &&
               !context.options.binary_truncate) ||
              !ItemInteger(context, fd.relative_key)) {
            context.Unsupported(fd.loc, fmt::format("this RELATIVE KEY (file {})", file->name));
            continue;
          }
          key_limit = 1;
          for (uint32_t digit = 0; digit < decimal->digits; ++digit) key_limit *= 10;
          --key_limit;
        } else if (fd.access != ir::AccessMode::kSequential) {
          context.Unsupported(
              fd.loc, fmt::format("random access without a RELATIVE KEY (file {})", file->name));
          continue;
        }
        out.Line(fmt::format("cobrt::RelativeFile {}{{{}, {}, {}}};", file->object,
                             AccessName(fd.access), description, key_limit));
        break;
      }
      case ir::FileOrganization::kIndexed: {
        std::vector<std::string> keys;
        bool keys_ok = fd.record_key.is_valid();
        auto add_key = [&](ir::FieldId key, bool duplicates) {
          const ir::Field& field = module.field(key);
          if (field.block != fd.record_block) keys_ok = false;
          keys.push_back(fmt::format("{{{}, {}, {}}}", field.offset, field.size,
                                     duplicates ? "true" : "false"));
        };
        if (keys_ok) add_key(fd.record_key, false);
        for (const ir::AlternateKey& alternate : fd.alternate_keys) {
          add_key(alternate.key, alternate.duplicates);
        }
        if (!keys_ok) {
          context.Unsupported(fd.loc, fmt::format("these RECORD KEYs (file {})", file->name));
          continue;
        }
        out.Line(fmt::format("cobrt::IndexedFile {}{{{}, {}, {{{}}}}};", file->object,
                             AccessName(fd.access), description, fmt::join(keys, ", ")));
        break;
      }
    }
    described.push_back(*file);
  }
  if (!files.empty()) {
    out.Comment("Files by number, as SaveStatus and the error handlers know them.");
    std::vector<std::string> numbers;
    for (const FileFacts& file : described) numbers.push_back(file.number);
    out.Line(fmt::format("enum FileNumber : int {{ {} }};", fmt::join(numbers, ", ")));
    out.Comment(
        "The outcome of the last file operation, which the error handlers look at (libcob's\n"
        "cob_error_file and exception code).");
    out.Line("int io_file_ = 0;");
    out.Line("cobrt::FileStatus io_status_;");
    out.Line("bool io_exception_ = false;");
    out.Line(
        "[[maybe_unused]] auto SaveStatus(int file, cobrt::FileStatus status, bool end_of_page = "
        "false)");
    out.Line("    -> cobrt::FileStatus;");
    out.Line("[[maybe_unused]] void StandardErrorHandler();");
  }
  out.Comment("Record areas and ASSIGN items as the file layer takes them.");
  out.Open("static auto AsText(const uint8_t* bytes, size_t size) -> std::string_view");
  out.Line("return {reinterpret_cast<const char*>(bytes), size};");
  out.Close();
  out.Open("static auto AsArea(uint8_t* bytes, size_t size) -> std::span<char>");
  out.Line("return {reinterpret_cast<char*>(bytes), size};");
  out.Close();
  bool varying = false;
  for (const FileFacts& file : described) {
    varying = varying || file.description->record_depending_on.is_valid();
  }
  if (varying) {
    out.Comment(
        "The record length RECORD VARYING DEPENDING ON gives a WRITE: the item's value, the\n"
        "record's size when it is larger (or negative), as cob_write takes it.");
    out.Open("static auto VaryingLength(int64_t value, size_t record_size) -> size_t");
    out.Line(
        "return value < 0 || static_cast<uint64_t>(value) > record_size ? record_size : "
        "static_cast<size_t>(value);");
    out.Close();
  }
  DeclareSortFiles(context);
}

void DefineFileHandlers(EmitContext& context, const std::string& class_name) {
  const std::vector<ir::FileDescriptionId> files = UnitFiles(context);
  if (files.empty()) return;
  std::vector<FileFacts> described;
  for (ir::FileDescriptionId id : files) {
    if (std::optional<FileFacts> file = DescribeFile(context, id)) described.push_back(*file);
  }
  CodeWriter& out = context.out;
  out.BlankLine();
  out.Comment(
      "libcob's save_status: every file operation leaves its status in the file's FILE STATUS\n"
      "item and as the state the error handlers read. END-OF-PAGE is an exception only for a\n"
      "WRITE that has the phrase.");
  out.Open(
      fmt::format("auto {}::SaveStatus(int file, cobrt::FileStatus status, bool end_of_page) -> "
                  "cobrt::FileStatus",
                  class_name));
  out.Line("io_file_ = file;");
  out.Line("io_status_ = status;");
  out.Line("io_exception_ = !status.IsSuccessful() || end_of_page;");
  bool any_status = false;
  for (const FileFacts& file : described) any_status = any_status || !file.status_address.empty();
  if (any_status) {
    out.Open("switch (file)");
    for (const FileFacts& file : described) {
      if (file.status_address.empty()) continue;
      out.Line(fmt::format("case {}:  // FILE STATUS of {}", file.number, file.name));
      out.Line(fmt::format("  std::memcpy({}, status.text().data(), 2);", file.status_address));
      out.Line("  break;");
    }
    out.Close();
  }
  out.Line("return status;");
  out.Close();
  out.BlankLine();
  out.Comment(
      "libcob's standard error handler, for an exception no phrase or file declarative takes:\n"
      "the USE AFTER ERROR declarative of the mode the file was last opened in, else the end of\n"
      "the run with libcob's message, unless the file has a FILE STATUS for the program to see.");
  out.Open(fmt::format("void {}::StandardErrorHandler()", class_name));
  bool any_case = false;
  for (const FileFacts& file : described) {
    if (!StandardHandlerLines(context, file).empty()) any_case = true;
  }
  if (any_case) {
    out.Open("switch (io_file_)");
    for (const FileFacts& file : described) {
      const std::vector<std::string> lines = StandardHandlerLines(context, file);
      if (lines.empty()) continue;
      out.Open(fmt::format("case {}:", file.number));
      for (const std::string& line : lines) out.Line(line);
      out.Line("break;");
      out.Close();
    }
    out.Close();
  }
  out.Close();
}

}  // namespace remint::emit_cpp

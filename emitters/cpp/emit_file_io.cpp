// READ, WRITE, REWRITE, DELETE and START -> calls on the cobrt file members that emit_file.cpp
// declares, each followed by SaveStatus and the handling of its outcome (emit_file.h). Record
// lengths are the 01 record named, or the RECORD VARYING DEPENDING ON item (capped at the
// record, as cob_write does); READ sets that item to the length read (status 00 and 02).
#include <fmt/format.h>

#include <string>
#include <vector>

#include "emitters/cpp/code_writer.h"
#include "emitters/cpp/emit_file.h"

namespace remint::emit_cpp {
namespace {

auto IsSequential(const FileFacts& file) -> bool {
  return file.description->organization == ir::FileOrganization::kSequential ||
         file.description->organization == ir::FileOrganization::kLineSequential;
}

// The length of the record `record` to write: the DEPENDING ON item's value, capped at the
// record (a negative value is taken as the record), or the record's size.
auto WriteLength(EmitContext& context, const FileFacts& file, const ir::Field& record)
    -> std::optional<std::string> {
  const ir::FieldId depending = file.description->record_depending_on;
  if (!depending.is_valid()) return fmt::format("{}", record.size);
  std::optional<std::string> value = ItemInteger(context, depending);
  if (!value) return std::nullopt;
  return fmt::format("VaryingLength({}, {})", *value, record.size);
}

// The key number (0 the RECORD KEY, then the ALTERNATE KEYs) and compared length (0: all of
// it) of a START or READ KEY item: a key, or (START) an item that starts where one does.
auto KeyOf(const EmitContext& context, const FileFacts& file, ir::FieldId item, bool allow_prefix)
    -> std::optional<std::pair<size_t, uint64_t>> {
  const ir::Module& module = context.module;
  std::vector<ir::FieldId> keys = {file.description->record_key};
  for (const ir::AlternateKey& alternate : file.description->alternate_keys) {
    keys.push_back(alternate.key);
  }
  const ir::Field& field = module.field(item);
  for (size_t k = 0; k < keys.size(); ++k) {
    if (keys[k] == item) return std::make_pair(k, uint64_t{0});
  }
  if (!allow_prefix) return std::nullopt;
  for (size_t k = 0; k < keys.size(); ++k) {
    const ir::Field& key = module.field(keys[k]);
    // A redefinition of the key compares it whole; a shorter item its first bytes.
    if (field.block == key.block && field.offset == key.offset && field.size <= key.size) {
      return std::make_pair(k, field.size == key.size ? uint64_t{0} : field.size);
    }
  }
  return std::nullopt;
}

// The relative key's value as an int64_t declaration `key`, or 0 without a RELATIVE KEY.
auto RelativeKeyDeclaration(const EmitContext& context, const FileFacts& file) -> std::string {
  const ir::FieldId key = file.description->relative_key;
  std::optional<std::string> value = key.is_valid() ? ItemInteger(context, key) : std::nullopt;
  return fmt::format("int64_t key = {};", value ? *value : "0");
}

auto RecordAddress(const FileFacts& file, const ir::Field& record) -> std::string {
  return fmt::format("{} + {}", file.area, record.offset);
}

auto FileOf(EmitContext& context, SourceLoc loc, ir::FileDescriptionId id, const char* verb)
    -> std::optional<FileFacts> {
  std::optional<FileFacts> file = DescribeFile(context, id);
  if (!file) context.Unsupported(loc, fmt::format("{} of this file", verb));
  return file;
}

auto RecordFile(EmitContext& context, SourceLoc loc, ir::FieldId record, const char* verb)
    -> std::optional<FileFacts> {
  const ir::StorageBlock& block = context.module.block(context.module.field(record).block);
  if (!block.file.is_valid()) {
    context.Unsupported(loc, fmt::format("{} of a record that is not an FD's", verb));
    return std::nullopt;
  }
  return FileOf(context, loc, block.file, verb);
}

// START ... KEY <relation>: the runtime's condition; null for NOT EQUAL, which START has not.
auto StartConditionName(ir::RelationalOperator relation) -> const char* {
  switch (relation) {
    case ir::RelationalOperator::kEqual:
      return "cobrt::StartCondition::kEqual";
    case ir::RelationalOperator::kGreater:
      return "cobrt::StartCondition::kGreater";
    case ir::RelationalOperator::kGreaterOrEqual:
      return "cobrt::StartCondition::kGreaterOrEqual";
    case ir::RelationalOperator::kLess:
      return "cobrt::StartCondition::kLess";
    case ir::RelationalOperator::kLessOrEqual:
      return "cobrt::StartCondition::kLessOrEqual";
    case ir::RelationalOperator::kNotEqual:
      break;
  }
  return nullptr;
}

// WRITE ... ADVANCING as a cobrt::Advancing expression (empty without the phrase): lines, PAGE,
// or a channel C01..C12 / FORMFEED mnemonic, for which cobc writes a form feed as for PAGE.
// Nullopt (reported) for what is not translated.
auto Advancing(EmitContext& context, SourceLoc loc, const ir::WriteStatement& node)
    -> std::optional<std::string> {
  const ir::Module& module = context.module;
  const bool before = node.advancing == ir::AdvancingKind::kBeforeLines ||
                      node.advancing == ir::AdvancingKind::kBeforePage ||
                      node.advancing == ir::AdvancingKind::kBeforeMnemonic;
  const char* when = before ? "Before" : "After";
  switch (node.advancing) {
    case ir::AdvancingKind::kNone:
      return std::string();
    case ir::AdvancingKind::kBeforeLines:
    case ir::AdvancingKind::kAfterLines: {
      const auto* zero =
          module.expressions().TryGet<ir::FigurativeExpression>(node.advancing_lines);
      const auto* literal =
          module.expressions().TryGet<ir::NumericLiteralExpression>(node.advancing_lines);
      if (zero != nullptr && zero->constant == ir::FigurativeConstant::kZero) {
        return fmt::format("cobrt::Advancing::{}(0)", when);
      }
      if (literal != nullptr && literal->form == ir::NumericLiteralForm::kFixed &&
          literal->scale == 0 && !literal->negative && module.str(literal->digits).size() <= 9) {
        return fmt::format("cobrt::Advancing::{}({})", when,
                           std::stoll(std::string(module.str(literal->digits))));
      }
      // cob_get_int of the item: its integer part.
      std::optional<std::string> value = IntegerValueExpression(context, node.advancing_lines);
      if (!value) return std::nullopt;
      return fmt::format("cobrt::Advancing::{}(static_cast<int>({}))", when, *value);
    }
    case ir::AdvancingKind::kBeforePage:
    case ir::AdvancingKind::kAfterPage:
      return fmt::format("cobrt::Advancing::{}Page()", when);
    case ir::AdvancingKind::kBeforeMnemonic:
    case ir::AdvancingKind::kAfterMnemonic: {
      const std::string mnemonic(module.str(node.advancing_mnemonic));
      const bool channel =
          mnemonic == "FORMFEED" || (mnemonic.size() == 3 && mnemonic[0] == 'C' &&
                                     mnemonic.substr(1) >= "01" && mnemonic.substr(1) <= "12");
      if (!channel) {
        context.Unsupported(loc, fmt::format("WRITE ADVANCING {}", mnemonic));
        return std::nullopt;
      }
      return fmt::format("cobrt::Advancing::{}Page()", when);
    }
  }
  return std::string();
}

}  // namespace

void EmitRead(EmitContext& context, SourceLoc loc, const ir::ReadStatement& node) {
  std::optional<FileFacts> file = FileOf(context, loc, node.file, "READ");
  if (!file) return;
  const ir::FileDescription& fd = *file->description;
  const std::string area = fmt::format("AsArea({}, {})", file->area, file->maximum_size);
  const bool sequential_access = fd.access == ir::AccessMode::kSequential;
  const bool next = node.direction == ir::ReadDirection::kNext ||
                    (node.direction == ir::ReadDirection::kDefault && sequential_access);
  std::string call;
  // READ NEXT of a RELATIVE file sets the RELATIVE KEY to the record's number (0 with 14).
  std::optional<std::string> key_store;
  switch (fd.organization) {
    case ir::FileOrganization::kLineSequential:
    case ir::FileOrganization::kSequential:
      if (node.direction == ir::ReadDirection::kPrevious || node.key.is_valid()) {
        context.Unsupported(loc, "READ PREVIOUS or KEY of a sequential file");
        return;
      }
      call = fmt::format("{}.Read({})", file->object, area);
      break;
    case ir::FileOrganization::kRelative:
      if (node.direction == ir::ReadDirection::kPrevious) {
        context.Unsupported(loc, "READ PREVIOUS of a RELATIVE file");
        return;
      }
      if (next && fd.relative_key.is_valid()) {
        key_store = StoreInteger(context, fd.relative_key, "key");
        if (!key_store) {
          context.Unsupported(loc, "this RELATIVE KEY");
          return;
        }
      }
      if (next) {
        call = fmt::format("{}.ReadNext({}, key)", file->object, area);
      } else {
        std::optional<std::string> key = ItemInteger(context, fd.relative_key);
        if (!key) {
          context.Unsupported(loc, "a random READ without a RELATIVE KEY");
          return;
        }
        call = fmt::format("{}.Read({}, {})", file->object, area, *key);
      }
      break;
    case ir::FileOrganization::kIndexed: {
      if (node.direction == ir::ReadDirection::kPrevious) {
        call = fmt::format("{}.ReadPrevious({})", file->object, area);
      } else if (next) {
        call = fmt::format("{}.ReadNext({})", file->object, area);
      } else {
        size_t key = 0;
        if (node.key.is_valid()) {
          auto found = KeyOf(context, *file, node.key, /*allow_prefix=*/false);
          if (!found) {
            context.Unsupported(loc, "READ KEY IS an item that is not a key");
            return;
          }
          key = found->first;
        }
        call = key == 0 ? fmt::format("{}.Read({})", file->object, area)
                        : fmt::format("{}.Read({}, {})", file->object, area, key);
      }
      break;
    }
  }
  OutcomePhrases phrases;
  const bool keyed = !IsSequential(*file) && !next;
  phrases.kind = keyed ? OutcomePhrases::Kind::kInvalidKey : OutcomePhrases::Kind::kAtEnd;
  phrases.exception = keyed ? &node.invalid_key : &node.at_end;
  phrases.success = keyed ? &node.not_invalid_key : &node.not_at_end;
  if ((keyed ? node.at_end : node.invalid_key).has_value()) {
    context.Unsupported(loc, keyed ? "AT END on a random READ" : "INVALID KEY on a READ NEXT");
    return;
  }
  if (node.into.is_valid()) {
    // A variable record (or a line) moves with the length read, a fixed one whole.
    const std::string length = file->minimum_size != file->maximum_size
                                   ? "read.length"
                                   : fmt::format("{}", file->maximum_size);
    std::optional<std::string> move = IntoMove(context, file->area, node.into, length);
    if (!move) {
      context.Unsupported(loc, "READ INTO this item");
      return;
    }
    phrases.success_lines.push_back(*move + "  // INTO");
  }
  std::optional<std::string> length_store;
  if (fd.record_depending_on.is_valid()) {
    length_store =
        StoreInteger(context, fd.record_depending_on, "static_cast<int64_t>(read.length)");
    if (!length_store) {
      context.Unsupported(loc, "this RECORD DEPENDING ON item");
      return;
    }
  }
  CodeWriter& out = context.out;
  const char* direction = node.direction == ir::ReadDirection::kNext       ? " NEXT"
                          : node.direction == ir::ReadDirection::kPrevious ? " PREVIOUS"
                          : node.key.is_valid()                            ? " KEY IS "
                                                                           : "";
  const std::string comment = fmt::format(
      "// READ {}{}{}  {}", file->name, direction,
      node.key.is_valid() ? context.module.str(context.module.field(node.key).name) : "",
      context.SourceComment(loc));
  const bool relative_next = fd.organization == ir::FileOrganization::kRelative && next;
  if (!node.into.is_valid() && !length_store && !relative_next) {
    // Only the status matters.
    EmitOperation(context, *file, comment, {}, call + ".status", {}, phrases);
    return;
  }
  out.Line(comment);
  out.Open("");
  if (relative_next) out.Line(RelativeKeyDeclaration(context, *file));
  out.Line(fmt::format("const cobrt::ReadResult read = {};", call));
  out.Line(fmt::format("SaveStatus({}, read.status);", file->number));
  // cob_read sets the DEPENDING ON item after a READ of status 00 or 02.
  if (length_store) {
    out.Line(
        fmt::format("if (read.status == cobrt::FileStatus::Of(\"00\") || read.status == "
                    "cobrt::FileStatus::Of(\"02\")) {}",
                    *length_store));
  }
  if (key_store) {
    out.Line(
        fmt::format("if (read.status == cobrt::FileStatus::Of(\"00\") || read.status == "
                    "cobrt::FileStatus::Of(\"14\")) {}",
                    *key_store));
  }
  EmitOutcome(context, *file, "read.status", "", phrases);
  out.Close();
}

void EmitWrite(EmitContext& context, SourceLoc loc, const ir::WriteStatement& node) {
  std::optional<FileFacts> file = RecordFile(context, loc, node.record, "WRITE");
  if (!file) return;
  const ir::FileDescription& fd = *file->description;
  const ir::Field& record = context.module.field(node.record);
  const std::string record_address = RecordAddress(*file, record);
  CodeWriter& out = context.out;
  std::optional<std::string> advancing = Advancing(context, loc, node);
  if (!advancing) return;
  if (!advancing->empty() && !IsSequential(*file)) {
    context.Unsupported(loc, "WRITE ADVANCING on a RELATIVE or INDEXED file");
    return;
  }
  const bool key_phrases = node.invalid_key.has_value() || node.not_invalid_key.has_value();
  const bool page_phrases = node.end_of_page.has_value() || node.not_end_of_page.has_value();
  if (IsSequential(*file) ? key_phrases : page_phrases) {
    context.Unsupported(loc, IsSequential(*file) ? "INVALID KEY on a sequential WRITE"
                                                 : "END-OF-PAGE on a RELATIVE or INDEXED file");
    return;
  }
  std::optional<std::string> length = WriteLength(context, *file, record);
  if (!length) {
    context.Unsupported(loc, "this RECORD DEPENDING ON item");
    return;
  }
  std::optional<std::string> from;
  if (node.from.is_valid()) {
    from = FromMove(context, node.from, node.record, record_address);
    if (!from) {
      context.Unsupported(loc, "WRITE FROM this operand");
      return;
    }
  }
  std::string comment =
      fmt::format("// WRITE {}  {}", context.module.str(record.name), context.SourceComment(loc));
  if (from) {
    // The MOVE of FROM comes first, whatever the WRITE does.
    out.Line(comment);
    out.Line(*from + "  // FROM");
    comment.clear();
  }
  const std::string area = fmt::format("AsArea({}, {})", file->area, file->maximum_size);
  OutcomePhrases phrases;
  switch (fd.organization) {
    case ir::FileOrganization::kLineSequential:
    case ir::FileOrganization::kSequential: {
      std::string arguments = fmt::format("AsText({}, {})", record_address, *length);
      if (!advancing->empty()) arguments += ", " + *advancing;
      if (file->linage.empty()) {
        if (node.end_of_page.has_value()) {
          out.Comment(fmt::format("AT END-OF-PAGE is never taken: {} has no LINAGE", file->name));
        }
        phrases.success = &node.not_end_of_page;
        EmitOperation(context, *file, comment, {},
                      fmt::format("{}.Write({})", file->object, arguments), {}, phrases);
        return;
      }
      // A LINAGE file: END-OF-PAGE is an exception only for a WRITE that has the phrase.
      if (!comment.empty()) out.Line(comment);
      out.Open("");
      out.Line(fmt::format("const cobrt::LinageWriteResult write = {}.Write({});", file->linage,
                           arguments));
      std::string end_of_page;
      if (page_phrases) {
        out.Line(fmt::format("SaveStatus({}, write.status, write.end_of_page);", file->number));
        end_of_page = "write.end_of_page";
        phrases.kind = OutcomePhrases::Kind::kEndOfPage;
        phrases.exception = &node.end_of_page;
        phrases.success = &node.not_end_of_page;
      } else {
        out.Line(fmt::format("SaveStatus({}, write.status);", file->number));
      }
      EmitOutcome(context, *file, "write.status", end_of_page, phrases);
      out.Close();
      return;
    }
    case ir::FileOrganization::kRelative: {
      std::vector<std::string> after;
      if (fd.access == ir::AccessMode::kSequential && fd.relative_key.is_valid()) {
        // ACCESS SEQUENTIAL: the RELATIVE KEY receives the number of the record written.
        std::optional<std::string> store = StoreInteger(context, fd.relative_key, "key");
        if (!store) return;
        after.push_back(fmt::format("if (status == cobrt::FileStatus::Of(\"00\")) {}", *store));
      }
      phrases.exception = &node.invalid_key;
      phrases.success = &node.not_invalid_key;
      EmitOperation(context, *file, comment, {RelativeKeyDeclaration(context, *file)},
                    fmt::format("{}.Write({}, {}, key)", file->object, area, *length), after,
                    phrases);
      return;
    }
    case ir::FileOrganization::kIndexed:
      phrases.exception = &node.invalid_key;
      phrases.success = &node.not_invalid_key;
      EmitOperation(context, *file, comment, {},
                    fmt::format("{}.Write({}, {})", file->object, area, *length), {}, phrases);
      return;
  }
}

void EmitRewrite(EmitContext& context, SourceLoc loc, const ir::RewriteStatement& node) {
  std::optional<FileFacts> file = RecordFile(context, loc, node.record, "REWRITE");
  if (!file) return;
  const ir::FileDescription& fd = *file->description;
  const ir::Field& record = context.module.field(node.record);
  const std::string record_address = RecordAddress(*file, record);
  if (fd.record_depending_on.is_valid() && fd.organization != ir::FileOrganization::kIndexed) {
    // cob_rewrite also compares the DEPENDING ON item with the length read (44).
    context.Unsupported(loc, "REWRITE of a file with RECORD VARYING DEPENDING ON");
    return;
  }
  std::optional<std::string> length = WriteLength(context, *file, record);
  if (!length) return;
  std::optional<std::string> from;
  if (node.from.is_valid()) {
    from = FromMove(context, node.from, node.record, record_address);
    if (!from) {
      context.Unsupported(loc, "REWRITE FROM this operand");
      return;
    }
  }
  const std::string area = fmt::format("AsArea({}, {})", file->area, file->maximum_size);
  std::string call;
  std::vector<std::string> setup;
  switch (fd.organization) {
    case ir::FileOrganization::kLineSequential:
      context.Unsupported(loc, "REWRITE of a LINE SEQUENTIAL file");
      return;
    case ir::FileOrganization::kSequential:
      call = fmt::format("{}.Rewrite(AsText({}, {}))", file->object, record_address, record.size);
      break;
    case ir::FileOrganization::kRelative:
      setup.push_back(RelativeKeyDeclaration(context, *file));
      call = fmt::format("{}.Rewrite({}, key)", file->object, area);
      break;
    case ir::FileOrganization::kIndexed:
      call = fmt::format("{}.Rewrite({}, {})", file->object, area, *length);
      break;
  }
  std::string comment =
      fmt::format("// REWRITE {}  {}", context.module.str(record.name), context.SourceComment(loc));
  if (from) {
    context.out.Line(comment);
    context.out.Line(*from + "  // FROM");
    comment.clear();
  }
  OutcomePhrases phrases;
  phrases.exception = &node.invalid_key;
  phrases.success = &node.not_invalid_key;
  EmitOperation(context, *file, comment, setup, call, {}, phrases);
}

void EmitDelete(EmitContext& context, SourceLoc loc, const ir::DeleteStatement& node) {
  std::optional<FileFacts> file = FileOf(context, loc, node.file, "DELETE");
  if (!file) return;
  if (IsSequential(*file)) {
    context.Unsupported(loc, "DELETE of a sequential file");
    return;
  }
  std::vector<std::string> setup;
  std::string call;
  if (file->description->organization == ir::FileOrganization::kRelative) {
    setup.push_back(RelativeKeyDeclaration(context, *file));
    call = fmt::format("{}.Delete(key)", file->object);
  } else {
    call = fmt::format("{}.Delete(AsArea({}, {}))", file->object, file->area, file->maximum_size);
  }
  OutcomePhrases phrases;
  phrases.exception = &node.invalid_key;
  phrases.success = &node.not_invalid_key;
  EmitOperation(context, *file,
                fmt::format("// DELETE {}  {}", file->name, context.SourceComment(loc)), setup,
                call, {}, phrases);
}

void EmitStart(EmitContext& context, SourceLoc loc, const ir::StartStatement& node) {
  std::optional<FileFacts> file = FileOf(context, loc, node.file, "START");
  if (!file) return;
  const ir::FileDescription& fd = *file->description;
  const char* condition = StartConditionName(node.key_relation);
  std::optional<DataOperand> key_item;
  if (node.key.is_valid()) {
    key_item = context.Data(node.key);
    if (!key_item || key_item->reference_modified) {
      context.Unsupported(loc, "START KEY with this operand");
      return;
    }
  }
  if (condition == nullptr || IsSequential(*file) || fd.access == ir::AccessMode::kRandom) {
    // cobc refuses START on sequential files and with ACCESS RANDOM.
    context.Unsupported(loc, "START with this file, access mode or relation");
    return;
  }
  std::vector<std::string> setup;
  std::string call;
  if (fd.organization == ir::FileOrganization::kRelative) {
    if (key_item && key_item->field != fd.relative_key) {
      context.Unsupported(loc, "START KEY other than the RELATIVE KEY");
      return;
    }
    setup.push_back(RelativeKeyDeclaration(context, *file));
    call = fmt::format("{}.Start({}, key)", file->object, condition);
  } else {
    std::pair<size_t, uint64_t> key{0, 0};
    if (key_item) {
      auto found = KeyOf(context, *file, key_item->field, /*allow_prefix=*/true);
      if (!found) {
        context.Unsupported(loc, "START KEY with an item that is not a key or its first part");
        return;
      }
      key = *found;
    }
    call = fmt::format("{}.Start({}, AsArea({}, {}), {}, {})", file->object, condition, file->area,
                       file->maximum_size, key.first, key.second);
  }
  OutcomePhrases phrases;
  phrases.exception = &node.invalid_key;
  phrases.success = &node.not_invalid_key;
  EmitOperation(context, *file,
                fmt::format("// START {}  {}", file->name, context.SourceComment(loc)), setup, call,
                {}, phrases);
}

}  // namespace remint::emit_cpp

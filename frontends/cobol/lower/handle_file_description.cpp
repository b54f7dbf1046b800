// FILE-CONTROL SELECT entries and FD/SD descriptions -> file descriptions with their record
// blocks; the names SELECT clauses and OCCURS clauses refer to are resolved once the whole data
// division is declared.
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

auto Unquoted(std::string_view text) -> std::string {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'')) {
    return std::string(text.substr(1, text.size() - 2));
  }
  return std::string(text);
}

}  // namespace

void Lowering::CollectSelects(UnitScope& scope, Tree::FileControlParagraphContext* paragraph) {
  for (Tree::SelectEntryContext* select : paragraph->selectEntry()) {
    if (select->userWord() == nullptr) continue;  // a syntax error the parser reported
    scope.selects[UpperName(Text(select->userWord()))] = select;
  }
}

void Lowering::LowerSameRecordAreas(UnitScope& scope, Tree::IoControlParagraphContext* paragraph) {
  for (Tree::IoControlClauseContext* clause : paragraph->ioControlClause()) {
    // SAME AREA and SAME SORT/SORT-MERGE AREA share only buffers and work space: nothing a
    // program sees.
    if (HasSyntaxError(clause) || clause->SAME() == nullptr || clause->RECORD() == nullptr)
      continue;
    std::optional<ir::FileDescriptionId> first;
    for (Tree::UserWordContext* word : clause->userWord()) {
      auto found = scope.files.find(UpperName(Text(word)));
      if (found == scope.files.end()) {
        Emit(DiagnosticKind::kCobolLowerUnresolvedFileName, Loc(word), std::string(Text(word)));
        continue;
      }
      if (!first) {
        // A file already sharing another's area brings this clause's files to that area.
        const ir::FileDescriptionId owner = module().files().Get(found->second).same_record_area;
        first = owner.is_valid() ? owner : found->second;
      } else if (found->second != *first) {
        module().files().Get(found->second).same_record_area = *first;
      }
    }
  }
}

void Lowering::LowerFileDescription(UnitScope& scope, Tree::FileDescriptionContext* description) {
  if (description->userWord() == nullptr) return;  // a syntax error the parser reported
  const std::string name(Text(description->userWord()));
  const SourceLoc loc = Loc(description);
  auto select_it = scope.selects.find(UpperName(name));
  Tree::SelectEntryContext* select = select_it == scope.selects.end() ? nullptr : select_it->second;
  if (select == nullptr) Emit(DiagnosticKind::kCobolLowerUnresolvedFile, loc, name);

  std::string assign_name;
  bool assign_is_word = false;
  if (select != nullptr) {
    for (Tree::SelectClauseContext* clause : select->selectClause()) {
      if (HasSyntaxError(clause)) continue;
      if (clause->ASSIGN() == nullptr || HasSyntaxError(clause)) continue;
      for (antlr4::tree::ParseTree* child : clause->children) {
        auto* rule = dynamic_cast<antlr4::ParserRuleContext*>(child);
        if (rule == nullptr) continue;
        if (!assign_name.empty()) assign_name += ' ';
        const std::string_view text = Text(rule);
        assign_is_word = !text.empty() && text.front() != '"' && text.front() != '\'';
        assign_name += Unquoted(text);
      }
    }
  }
  const ir::FileDescriptionId file =
      builder_.AddFile(scope.unit, loc, name, assign_name,
                       description->SD() != nullptr ? ir::FileKind::kSort : ir::FileKind::kFile);
  scope.files[UpperName(name)] = file;
  module().files().Get(file).assign_is_word = assign_is_word;

  if (select != nullptr) {
    ir::FileDescription& fd = module().files().Get(file);
    fd.is_optional = select->OPTIONAL() != nullptr;
    for (Tree::SelectClauseContext* clause : select->selectClause()) {
      if (HasSyntaxError(clause)) continue;
      if (Tree::OrganizationContext* organization = clause->organization()) {
        fd.organization = organization->INDEXED() != nullptr    ? ir::FileOrganization::kIndexed
                          : organization->RELATIVE() != nullptr ? ir::FileOrganization::kRelative
                          : organization->LINE() != nullptr ? ir::FileOrganization::kLineSequential
                                                            : ir::FileOrganization::kSequential;
      } else if (clause->ACCESS() != nullptr) {
        fd.access = clause->RANDOM() != nullptr    ? ir::AccessMode::kRandom
                    : clause->DYNAMIC() != nullptr ? ir::AccessMode::kDynamic
                                                   : ir::AccessMode::kSequential;
      } else if (clause->ALTERNATE() != nullptr) {
        scope.deferred.push_back(DeferredReference{DeferredReference::Role::kAlternateKey,
                                                   clause->qualifiedDataName(0),
                                                   {},
                                                   file,
                                                   clause->DUPLICATES() != nullptr});
      } else if (clause->RECORD() != nullptr && clause->DELIMITER() == nullptr) {
        scope.deferred.push_back(DeferredReference{
            DeferredReference::Role::kRecordKey, clause->qualifiedDataName(0), {}, file, false});
      } else if (clause->RELATIVE() != nullptr) {
        scope.deferred.push_back(DeferredReference{
            DeferredReference::Role::kRelativeKey, clause->qualifiedDataName(0), {}, file, false});
      } else if (clause->STATUS() != nullptr) {
        scope.deferred.push_back(DeferredReference{
            DeferredReference::Role::kFileStatus, clause->qualifiedDataName(0), {}, file, false});
      }
    }
  }

  for (Tree::FileDescriptionClauseContext* clause : description->fileDescriptionClause()) {
    if (HasSyntaxError(clause)) continue;
    ir::FileDescription& fd = module().files().Get(file);
    if (clause->EXTERNAL() != nullptr) {
      fd.is_external = true;
    } else if (clause->GLOBAL() != nullptr) {
      fd.is_global = true;
    } else if (clause->CODE_SET() != nullptr) {
      fd.code_set = builder_.Intern(UpperName(Text(clause->userWord(0))));
    } else if (clause->LINAGE() != nullptr) {
      LowerLinage(scope, clause, file);
    } else if (clause->BLOCK() != nullptr) {
      fd.block_contains = static_cast<uint64_t>(IntegerValue(clause->integer().back()));
    } else if (clause->RECORD() != nullptr && clause->LABEL() == nullptr &&
               clause->DATA() == nullptr) {
      std::vector<Tree::IntegerContext*> sizes = clause->integer();
      if (!sizes.empty()) {
        fd.max_record_size = static_cast<uint64_t>(IntegerValue(sizes.back()));
        fd.min_record_size = static_cast<uint64_t>(IntegerValue(sizes.front()));
      }
      if (clause->VARYING() != nullptr || sizes.size() > 1) {
        fd.record_format = ir::RecordFormat::kVariable;
      }
      if (clause->qualifiedDataName().size() == 1) {
        scope.deferred.push_back(DeferredReference{DeferredReference::Role::kRecordDependingOn,
                                                   clause->qualifiedDataName(0),
                                                   {},
                                                   file,
                                                   false});
      }
    }
  }
  LowerDataEntries(scope, description->dataEntry(), ir::StorageClass::kFileRecord, file);
}

void Lowering::LowerLinage(UnitScope& scope, Tree::FileDescriptionClauseContext* clause,
                           ir::FileDescriptionId file) {
  ir::Linage linage;
  ir::LinageValue* slot = &linage.page;
  DeferredReference::Role role = DeferredReference::Role::kLinagePage;
  // Operands follow their keyword: LINAGE n, FOOTING f, TOP t, BOTTOM b.
  for (antlr4::tree::ParseTree* child : clause->children) {
    if (auto* integer = dynamic_cast<Tree::IntegerContext*>(child)) {
      slot->lines = static_cast<uint64_t>(IntegerValue(integer));
    } else if (auto* name = dynamic_cast<Tree::QualifiedDataNameContext*>(child)) {
      scope.deferred.push_back(DeferredReference{role, name, {}, file, false});
    } else if (auto* word = dynamic_cast<antlr4::tree::TerminalNode*>(child)) {
      switch (word->getSymbol()->getType()) {
        case Tree::FOOTING:
          slot = &linage.footing;
          role = DeferredReference::Role::kLinageFooting;
          break;
        case Tree::TOP:
          slot = &linage.top;
          role = DeferredReference::Role::kLinageTop;
          break;
        case Tree::BOTTOM:
          slot = &linage.bottom;
          role = DeferredReference::Role::kLinageBottom;
          break;
        default:
          break;
      }
    }
  }
  module().files().Get(file).linage = linage;
}

void Lowering::ResolveDeferred(UnitScope& scope) {
  using Role = DeferredReference::Role;
  for (const DeferredReference& reference : scope.deferred) {
    std::optional<ir::FieldId> target = ResolveDataName(scope, reference.name);
    if (!target) continue;
    switch (reference.role) {
      case Role::kDependingOn: {
        // The IR counts elements with a number (an alphanumeric object, which cobc lets
        // through, is reported and the table keeps its maximum).
        const ir::TypeId type = module().field(*target).type;
        if (!module().types().Is<ir::DecimalType>(type) &&
            !module().types().Is<ir::IntegerType>(type)) {
          Emit(DiagnosticKind::kCobolLowerOccursReferenceInvalid, Loc(reference.name),
               std::string(module().str(module().field(reference.field).name)),
               "DEPENDING ON '" + std::string(Text(reference.name)) + "' is not numeric");
          break;
        }
        module().field(reference.field).array->dimensions.front().depending_on = *target;
        break;
      }
      case Role::kTableKey: {
        // A KEY names an item of the table (cobc qualifies the name by the table).
        ir::FieldId item = *target;
        while (item.is_valid() && item != reference.field) item = module().field(item).parent;
        if (!item.is_valid()) {
          Emit(DiagnosticKind::kCobolLowerOccursReferenceInvalid, Loc(reference.name),
               std::string(module().str(module().field(reference.field).name)),
               "KEY '" + std::string(Text(reference.name)) + "' is not part of the table");
          break;
        }
        module()
            .field(reference.field)
            .array->keys.push_back(ir::ArrayKey{reference.flag, *target});
        break;
      }
      case Role::kRecordKey: {
        ir::FileDescription& file = module().files().Get(reference.file);
        if (module().field(*target).block != file.record_block) {
          Emit(DiagnosticKind::kCobolLowerBadRecordKey, Loc(reference.name),
               std::string(module().str(file.name)),
               "its RECORD KEY '" + std::string(Text(reference.name)) +
                   "' is not a field of its records");
          break;
        }
        file.record_key = *target;
        break;
      }
      case Role::kAlternateKey:
        module()
            .files()
            .Get(reference.file)
            .alternate_keys.push_back(ir::AlternateKey{*target, reference.flag});
        break;
      case Role::kRelativeKey:
        module().files().Get(reference.file).relative_key = *target;
        break;
      case Role::kFileStatus:
        module().files().Get(reference.file).status = *target;
        break;
      case Role::kRecordDependingOn:
        module().files().Get(reference.file).record_depending_on = *target;
        break;
      case Role::kLinagePage:
        module().files().Get(reference.file).linage->page.field = *target;
        break;
      case Role::kLinageFooting:
        module().files().Get(reference.file).linage->footing.field = *target;
        break;
      case Role::kLinageTop:
        module().files().Get(reference.file).linage->top.field = *target;
        break;
      case Role::kLinageBottom:
        module().files().Get(reference.file).linage->bottom.field = *target;
        break;
    }
  }
  scope.deferred.clear();
}

}  // namespace remint::cobol::lower

// Entry point and program structure: programs (nested ones too) -> units, then each division
// handed to its handler family.
#include "frontends/cobol/lower/lower.h"

#include <algorithm>
#include <cctype>

#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol {

namespace {

constexpr std::pair<CobolDialect, std::string_view> kDialectNames[] = {
    {CobolDialect::kDefault, "default"},
    {CobolDialect::kCobol85, "cobol85"},
    {CobolDialect::kCobol2002, "cobol2002"},
    {CobolDialect::kCobol2014, "cobol2014"},
    {CobolDialect::kIbm, "ibm"},
    {CobolDialect::kMf, "mf"},
};

}  // namespace

auto DialectName(CobolDialect dialect) -> std::string_view {
  for (const auto& [each, name] : kDialectNames) {
    if (each == dialect) return name;
  }
  return "default";
}

auto DialectNames() -> std::vector<std::string> {
  std::vector<std::string> names;
  for (const auto& [dialect, name] : kDialectNames) names.emplace_back(name);
  return names;
}

auto DialectFromName(std::string_view name) -> std::optional<CobolDialect> {
  for (const auto& [dialect, each] : kDialectNames) {
    if (each == name) return dialect;
  }
  return std::nullopt;
}

auto StorageSizeOptionsFor(CobolDialect dialect) -> ir::StorageSizeOptions {
  // cobc's binary-size option: 2-4-8 in ibm.conf, 1--8 in mf.conf, 1-2-4-8 in the others.
  ir::StorageSizeOptions options;
  options.binary_size = dialect == CobolDialect::kIbm  ? ir::BinarySizeRule::kTwoFourEight
                        : dialect == CobolDialect::kMf ? ir::BinarySizeRule::kOneToEight
                                                       : ir::BinarySizeRule::kOneTwoFourEight;
  return options;
}

auto LowerCobol(const ParsedProgram& program, const SourceManager& sources,
                DiagnosticEmitter& emitter, const LowerOptions& options) -> ir::Module {
  ir::Module module;
  module.ImportSources(sources);
  ir::Builder builder(module, &sources, StorageSizeOptionsFor(options.dialect));
  grammar::CobolParser::CompilationUnitContext* root = CompilationUnitOf(program);
  if (root == nullptr) return module;
  lower::Lowering lowering(program, builder, emitter, options);
  // User-defined functions first: a program may call one defined after it in the source (cobc
  // allows it), and the call's type is the function's RETURNING item.
  auto is_function = [](grammar::CobolParser::ProgramContext* each) {
    return each->identificationDivision() != nullptr &&
           each->identificationDivision()->functionIdParagraph() != nullptr;
  };
  for (bool functions : {true, false}) {
    for (grammar::CobolParser::ProgramContext* each : root->program()) {
      if (is_function(each) == functions) lowering.LowerProgram(each, nullptr);
    }
  }
  lowering.ResolveCallees();
  return module;
}

namespace lower {

void Lowering::RequireDialect(DialectFeature feature, SourceLoc loc, std::string_view construct) {
  if (!DialectRejects(options_.dialect, feature)) return;
  Emit(DiagnosticKind::kCobolLowerNotInDialect, loc, std::string(construct),
       std::string(DialectTitle(options_.dialect)), std::string(DialectName(options_.dialect)));
}

// Runs of white space (line breaks in a statement's text) as one space, none at either end.
auto CollapseWhitespace(std::string_view text) -> std::string {
  std::string collapsed;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      space = !collapsed.empty();
      continue;
    }
    if (space) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  return collapsed;
}

auto UpperName(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return upper;
}

namespace {

// PROGRAM-ID names may be literals: "PROG" names PROG.
auto ProgramNameText(std::string_view text) -> std::string {
  if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'')) {
    return std::string(text.substr(1, text.size() - 2));
  }
  return std::string(text);
}

// SPECIAL-NAMES "device IS mnemonic ON STATUS IS c1 OFF STATUS IS c2": the mnemonic's device,
// and a switch when it has status names or its device is a switch (SWITCH-n, SW-n, UPSI-n).
void RecordMnemonic(UnitScope& scope, Lowering& lowering, Tree::SpecialNamesClauseContext* clause) {
  std::vector<Tree::UserWordContext*> words = clause->userWord();
  if (words.empty() || clause->ALPHABET() != nullptr || clause->SYMBOLIC() != nullptr ||
      clause->CLASS() != nullptr) {
    return;
  }
  const std::string device = UpperName(lowering.Text(words.front()));
  if (words.size() > 1) scope.mnemonic_devices[UpperName(lowering.Text(words[1]))] = device;
  const bool switch_device =
      device.starts_with("SWITCH") || device.starts_with("SW") || device.starts_with("UPSI");
  if (clause->switchStatus().empty() && !switch_device) return;
  SwitchName which{std::string(lowering.Text(words.size() > 1 ? words[1] : words[0])), device};
  const std::string key = UpperName(which.name);
  for (Tree::SwitchStatusContext* status : clause->switchStatus()) {
    scope.switch_statuses[UpperName(lowering.Text(status->userWord()))] =
        SwitchStatusName{key, status->ON() != nullptr};
  }
  scope.switches[key] = std::move(which);
}

// What kind of alphabet an ALPHABET clause defines.
auto AlphabetKind(Tree::AlphabetSpecificationContext* alphabet) -> ir::CollatingSequence {
  if (alphabet->NATIVE() != nullptr) return ir::CollatingSequence::kNative;
  if (alphabet->STANDARD_1() != nullptr) return ir::CollatingSequence::kStandard1;
  if (alphabet->STANDARD_2() != nullptr) return ir::CollatingSequence::kStandard2;
  if (alphabet->ASCII() != nullptr) return ir::CollatingSequence::kAscii;
  if (alphabet->EBCDIC() != nullptr) return ir::CollatingSequence::kEbcdic;
  return ir::CollatingSequence::kLiteral;
}

// SPECIAL-NAMES CLASS name IS values: the byte ranges, or nullopt when a value is not a literal
// the clause takes (the caller reports it).
auto ClassDefinitionOf(Lowering& lowering, Tree::SpecialNamesClauseContext* clause)
    -> std::optional<ir::ClassDefinition> {
  ir::ClassDefinition definition;
  definition.name = lowering.builder().Intern(UpperName(lowering.Text(clause->userWord(0))));
  const std::vector<antlr4::tree::ParseTree*>& children = clause->children;
  auto is_thru = [&](size_t i) {
    auto* token =
        i < children.size() ? dynamic_cast<antlr4::tree::TerminalNode*>(children[i]) : nullptr;
    if (token == nullptr) return false;
    const size_t type = token->getSymbol()->getType();
    return type == Tree::THRU || type == Tree::THROUGH;
  };
  for (size_t i = 0; i < children.size(); ++i) {
    auto* literal = dynamic_cast<Tree::LiteralContext*>(children[i]);
    if (literal == nullptr) continue;
    std::optional<std::string> bytes = lowering.ClassLiteralBytes(literal);
    if (!bytes) return std::nullopt;
    if (is_thru(i + 1) && i + 2 < children.size()) {
      // cobc takes the first character of each end, in either order.
      auto* upper = dynamic_cast<Tree::LiteralContext*>(children[i + 2]);
      std::optional<std::string> last =
          upper != nullptr ? lowering.ClassLiteralBytes(upper) : std::nullopt;
      if (!last) return std::nullopt;
      const auto a = static_cast<uint8_t>(bytes->front());
      const auto b = static_cast<uint8_t>(last->front());
      definition.ranges.push_back(ir::ClassRange{std::min(a, b), std::max(a, b)});
      i += 2;
      continue;
    }
    for (char c : *bytes) {
      definition.ranges.push_back(ir::ClassRange{static_cast<uint8_t>(c), static_cast<uint8_t>(c)});
    }
  }
  return definition;
}

// OBJECT-COMPUTER's PROGRAM COLLATING SEQUENCE on `unit`: the kind of alphabet SPECIAL-NAMES
// gives that name (the paragraphs come in either order) and, for an alphabet of literals, its
// collating table.
void SetProgramCollatingSequence(Lowering& lowering,
                                 Tree::ConfigurationSectionContext* configuration, ir::Unit& unit) {
  std::unordered_map<std::string, Tree::AlphabetSpecificationContext*> alphabets;
  for (Tree::SpecialNamesParagraphContext* special : configuration->specialNamesParagraph()) {
    for (Tree::SpecialNamesClauseContext* clause : special->specialNamesClause()) {
      if (clause->ALPHABET() == nullptr || clause->alphabetSpecification() == nullptr ||
          lowering.HasSyntaxError(clause)) {
        continue;
      }
      alphabets[UpperName(lowering.Text(clause->userWord(0)))] = clause->alphabetSpecification();
    }
  }
  for (Tree::ObjectComputerParagraphContext* object : configuration->objectComputerParagraph()) {
    for (Tree::ObjectComputerClauseContext* clause : object->objectComputerClause()) {
      if (clause->SEQUENCE() == nullptr || lowering.HasSyntaxError(clause)) continue;
      auto it = alphabets.find(UpperName(lowering.Text(clause->userWord())));
      unit.collating_sequence =
          it != alphabets.end() ? AlphabetKind(it->second) : ir::CollatingSequence::kLiteral;
      unit.collating_table = {};
      if (unit.collating_sequence == ir::CollatingSequence::kLiteral && it != alphabets.end()) {
        unit.collating_table =
            lowering.LiteralAlphabetTable(it->second).value_or(ir::CollatingTable{});
      }
    }
  }
}

}  // namespace

void Lowering::LowerProgram(Tree::ProgramContext* program, UnitScope* parent) {
  // After a syntax error the parser's recovery may leave out any part; parts with errors in
  // them are not lowered (the parser reported them), so that nothing reads a missing child.
  Tree::IdentificationDivisionContext* identification = program->identificationDivision();
  Tree::ProgramIdParagraphContext* id =
      identification != nullptr ? identification->programIdParagraph() : nullptr;
  Tree::FunctionIdParagraphContext* function_id =
      identification != nullptr ? identification->functionIdParagraph() : nullptr;
  antlr4::ParserRuleContext* header = id;
  Tree::ProgramNameContext* program_name = id != nullptr ? id->programName() : nullptr;
  if (function_id != nullptr) {
    header = function_id;
    program_name = function_id->programName();
  }
  if (header == nullptr || program_name == nullptr || HasSyntaxError(header)) return;
  std::string name = ProgramNameText(Text(program_name));
  UnitScope scope;
  scope.parent = parent;
  const ir::UnitKind kind = function_id != nullptr ? ir::UnitKind::kUserFunction
                            : parent == nullptr    ? ir::UnitKind::kProgram
                                                   : ir::UnitKind::kNestedProgram;
  scope.unit = builder_.AddUnit(Loc(program), name, kind, ir::Language::kCobol,
                                parent == nullptr ? ir::UnitId() : parent->unit);
  if (function_id != nullptr) {
    RequireDialect(DialectFeature::kUserFunction, Loc(function_id), "FUNCTION-ID");
    user_functions_[UpperName(name)] = scope.unit;
  }
  ir::Unit& unit = module().units().Get(scope.unit);
  if (id != nullptr) {
    unit.is_initial = !id->INITIAL().empty();
    unit.is_common = !id->COMMON().empty();
    unit.is_recursive = !id->RECURSIVE().empty();
  }

  // A nested program without a PROGRAM COLLATING SEQUENCE of its own orders as the program
  // containing it, HIGH-VALUE and LOW-VALUE included (checked with cobc 3.1.2).
  if (parent != nullptr) {
    const ir::Unit& container = module().units().Get(parent->unit);
    unit.collating_sequence = container.collating_sequence;
    unit.collating_table = container.collating_table;
  }
  if (Tree::EnvironmentDivisionContext* environment = program->environmentDivision()) {
    if (Tree::ConfigurationSectionContext* configuration = environment->configurationSection()) {
      SetProgramCollatingSequence(*this, configuration, unit);
      for (Tree::RepositoryParagraphContext* repository : configuration->repositoryParagraph()) {
        RequireDialect(DialectFeature::kRepository, Loc(repository), "the REPOSITORY paragraph");
        for (Tree::RepositoryEntryContext* entry : repository->repositoryEntry()) {
          if (HasSyntaxError(entry) || entry->INTRINSIC() != nullptr) continue;
          scope.repository_functions.insert(UpperName(Text(entry->functionName(0))));
        }
      }
      for (Tree::SpecialNamesParagraphContext* special : configuration->specialNamesParagraph()) {
        for (Tree::SpecialNamesClauseContext* clause : special->specialNamesClause()) {
          if (HasSyntaxError(clause)) continue;
          if (clause->DECIMAL_POINT() != nullptr) scope.decimal_point_is_comma = true;
          if (clause->CLASS() != nullptr) {
            scope.class_names.insert(UpperName(Text(clause->userWord(0))));
            if (std::optional<ir::ClassDefinition> definition = ClassDefinitionOf(*this, clause)) {
              module().units().Get(scope.unit).classes.push_back(std::move(*definition));
            } else {
              Emit(DiagnosticKind::kCobolLowerNotImplemented, Loc(clause),
                   "CLASS clauses with these values");
            }
          }
          if (clause->ALPHABET() != nullptr && clause->alphabetSpecification() != nullptr) {
            scope.alphabets[UpperName(Text(clause->userWord(0)))] =
                AlphabetKind(clause->alphabetSpecification());
          }
          RecordMnemonic(scope, *this, clause);
          if (clause->CURRENCY() != nullptr && clause->literal().size() == 1) {
            std::string_view symbol = Text(clause->literal(0));
            if (symbol.size() == 3 && (symbol.front() == '"' || symbol.front() == '\'')) {
              scope.currency_symbol = symbol[1];
            }
          }
        }
      }
    }
    unit.decimal_point_is_comma = scope.decimal_point_is_comma;
    if (scope.currency_symbol != '$') {
      unit.currency_sign = builder_.Intern(std::string(1, scope.currency_symbol));
    }
    if (Tree::InputOutputSectionContext* io = environment->inputOutputSection()) {
      for (Tree::FileControlParagraphContext* control : io->fileControlParagraph()) {
        CollectSelects(scope, control);
      }
    }
  }

  if (Tree::DataDivisionContext* data = program->dataDivision()) {
    for (Tree::DataDivisionSectionContext* section : data->dataDivisionSection()) {
      if (section->FILE() != nullptr) {
        for (Tree::FileDescriptionContext* description : section->fileDescription()) {
          LowerFileDescription(scope, description);
        }
        if (!section->execBlock().empty()) {
          Emit(DiagnosticKind::kCobolLowerNotImplemented, Loc(section->execBlock(0)),
               "EXEC blocks in the FILE SECTION");
        }
      } else if (section->WORKING_STORAGE() != nullptr) {
        LowerDataEntries(scope, section->dataEntry(), ir::StorageClass::kWorkingStorage, {});
      } else if (section->LOCAL_STORAGE() != nullptr) {
        LowerDataEntries(scope, section->dataEntry(), ir::StorageClass::kLocalStorage, {});
      } else if (section->LINKAGE() != nullptr) {
        LowerDataEntries(scope, section->dataEntry(), ir::StorageClass::kLinkage, {});
      } else if (section->COMMUNICATION() != nullptr) {
        Emit(DiagnosticKind::kCobolLowerUnsupported, Loc(section), "the COMMUNICATION SECTION");
        for (Tree::CommunicationDescriptionContext* cd : section->communicationDescription()) {
          scope.communication_sizes[UpperName(Text(cd->userWord()))] = CommunicationRecordSize(cd);
        }
      } else if (section->REPORT() != nullptr) {
        Emit(DiagnosticKind::kCobolLowerUnsupported, Loc(section), "the REPORT SECTION");
      } else if (section->SCREEN() != nullptr) {
        Emit(DiagnosticKind::kCobolLowerUnsupported, Loc(section), "the SCREEN SECTION");
      }
    }
  }
  ResolveDeferred(scope);
  if (Tree::EnvironmentDivisionContext* environment = program->environmentDivision()) {
    if (Tree::InputOutputSectionContext* io = environment->inputOutputSection()) {
      for (Tree::IoControlParagraphContext* control : io->ioControlParagraph()) {
        LowerSameRecordAreas(scope, control);
      }
    }
  }
  for (ir::FileDescriptionId file : module().unit(scope.unit).files) {
    const ir::FileDescription& description = module().files().Get(file);
    if (description.organization == ir::FileOrganization::kIndexed &&
        !description.record_key.is_valid()) {
      Emit(DiagnosticKind::kCobolLowerBadRecordKey, description.loc,
           std::string(module().str(description.name)), "an indexed file needs a RECORD KEY");
    }
  }
  if (Tree::ProcedureDivisionContext* procedure = program->procedureDivision()) {
    if (Tree::DeclarativesContext* declaratives = procedure->declaratives()) {
      std::optional<SourceLoc> first_use;
      uint64_t contents_size = 30;
      for (Tree::UseStatementContext* use : declaratives->useStatement()) {
        if (use->DEBUGGING() == nullptr || HasSyntaxError(use)) continue;
        if (!first_use) first_use = Loc(use);
        for (antlr4::tree::ParseTree* child : use->children) {
          std::vector<std::string> names;
          if (auto* reference = dynamic_cast<Tree::DataReferenceContext*>(child)) {
            for (Tree::UserWordContext* word : reference->userWord()) {
              names.emplace_back(Text(word));
            }
          } else if (auto* procedure_name = dynamic_cast<Tree::ProcedureNameContext*>(child)) {
            names.emplace_back(
                Text(static_cast<antlr4::ParserRuleContext*>(procedure_name->children.front())));
          }
          if (!names.empty()) contents_size = std::max(contents_size, DebuggedSize(scope, names));
        }
      }
      if (first_use) AddDebugItem(scope, *first_use, contents_size);
    }
  }

  if (Tree::ProcedureDivisionContext* procedure = program->procedureDivision()) {
    LowerProcedureDivision(scope, procedure);
  }
  for (Tree::ProgramContext* nested : program->program()) LowerProgram(nested, &scope);
}

}  // namespace lower
}  // namespace remint::cobol

// State shared by the lowering handlers: the builder, the parse tree's text and locations, the
// diagnostics, and the names each unit declares. Private to frontends/cobol/lower (it exposes
// the ANTLR tree types).
#ifndef REMINT_FRONTENDS_COBOL_LOWER_LOWERING_CONTEXT_H_
#define REMINT_FRONTENDS_COBOL_LOWER_LOWERING_CONTEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/diagnostics/diagnostic_kind.h"
#include "frontends/cobol/lower/dialect_features.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse_tree.h"
#include "ir/builder.h"

namespace remint::cobol::lower {

using Tree = grammar::CobolParser;

// A name the data division defers until every item is declared: OCCURS DEPENDING ON and KEY
// objects may follow the table, and SELECT clauses name record fields.
struct DeferredReference {
  enum class Role : uint8_t {
    kDependingOn,
    kTableKey,
    kRecordKey,
    kAlternateKey,
    kRelativeKey,
    kFileStatus,
    kRecordDependingOn,
    kLinagePage,
    kLinageFooting,
    kLinageTop,
    kLinageBottom,
  };
  Role role;
  Tree::QualifiedDataNameContext* name;
  ir::FieldId field;           // the table (kDependingOn, kTableKey)
  ir::FileDescriptionId file;  // the file (SELECT and FD clauses)
  bool flag = false;           // kTableKey: ascending; kAlternateKey: duplicates
};

// A switch SPECIAL-NAMES names (SWITCH-1 IS SW-1 ON STATUS IS SW-1-ON): the mnemonic name as
// written (the implementor name when there is none) and the implementor name, upper-cased.
struct SwitchName {
  std::string name;
  std::string device;
};

// A switch-status condition name: the switch (upper-cased mnemonic) and which status it tests.
struct SwitchStatusName {
  std::string switch_name;
  bool on = true;
};

// A paragraph an ALTER statement names, and that ALTER's location.
struct AlteredParagraph {
  ir::ParagraphId paragraph;
  SourceLoc alter;
};

// What one program declares, for name resolution (names upper-cased).
// What a level-78 or CONSTANT AS name stands for: its literal, or the count CONSTANT AS
// LENGTH OF / BYTE-LENGTH OF computed from an item laid out before it.
struct ConstantValue {
  Tree::LiteralContext* literal = nullptr;
  std::optional<uint64_t> count;
};

struct UnitScope {
  ir::UnitId unit;
  const UnitScope* parent = nullptr;  // the containing program (GLOBAL names)
  bool decimal_point_is_comma = false;
  // SPECIAL-NAMES CURRENCY SIGN IS "c": the symbol that stands for '$' in pictures.
  char currency_symbol = '$';
  std::unordered_map<std::string, std::vector<ir::FieldId>> fields;
  std::unordered_map<std::string, std::vector<ir::ConditionNameId>> conditions;
  std::unordered_map<std::string, ir::FileDescriptionId> files;
  std::unordered_map<std::string, Tree::SelectEntryContext*> selects;
  std::unordered_map<std::string, std::vector<ir::ParagraphId>> procedures;
  // Record sizes of COMMUNICATION SECTION CDs (not lowered, but USE FOR DEBUGGING sizes
  // DEBUG-CONTENTS by them).
  std::unordered_map<std::string, uint64_t> communication_sizes;
  // SPECIAL-NAMES CLASS names.
  std::unordered_set<std::string> class_names;
  // REPOSITORY FUNCTION names: user-defined functions the program calls (upper-cased).
  std::unordered_set<std::string> repository_functions;
  // SPECIAL-NAMES ALPHABET names: the kind of alphabet each stands for (kLiteral for one of
  // literals).
  std::unordered_map<std::string, ir::CollatingSequence> alphabets;
  // SPECIAL-NAMES switches by mnemonic name, and their status condition names.
  std::unordered_map<std::string, SwitchName> switches;
  std::unordered_map<std::string, SwitchStatusName> switch_statuses;
  // SPECIAL-NAMES "implementor-name IS mnemonic-name": the implementor name of each mnemonic.
  std::unordered_map<std::string, std::string> mnemonic_devices;
  std::vector<DeferredReference> deferred;
  // Level-78 and CONSTANT AS names: what each stands for (they occupy no storage).
  std::unordered_map<std::string, ConstantValue> constants;
  // Paragraphs ALTER statements name, with where (their GO TO is marked alterable at the end).
  std::vector<AlteredParagraph> altered;
};

// A section or paragraph declared before its statements are lowered (any may PERFORM any).
struct PendingProcedure {
  ir::ParagraphId procedure;
  std::vector<Tree::SentenceContext*> sentences;
};

// A declarative section and the USE statement that says when it runs.
struct DeclaredUse {
  ir::ParagraphId section;
  Tree::UseStatementContext* use;
};

// The relational operator a condition or START KEY phrase writes (NOT folded in).
auto RelationalOperatorOf(Tree::RelationalOperatorContext* op) -> ir::RelationalOperator;

// A numeric literal as cobc holds it (struct cb_literal): its digits as written (leading zeros
// kept), decimal places and sign. Nothing for other expressions (and floating literals).
struct CobcLiteral {
  std::string digits;
  int32_t scale = 0;
  bool negative = false;
};
auto AsCobcLiteral(const ir::Module& module, ir::ExpressionId id) -> std::optional<CobcLiteral>;
// Whether cobc tries to fold a pair of these literals (then their scales count for
// arithmetic-osvs), and the folded literal's text when it does fold (handle_expression.cpp).
auto CobcFoldsPair(const CobcLiteral& x, const CobcLiteral& y) -> bool;
auto FoldLiterals(const CobcLiteral& x, ir::ArithmeticOperator op, const CobcLiteral& y)
    -> std::optional<CobcLiteral>;
// The literal's text for the IR (leading zeros where its digits are fewer than its places).
auto LiteralText(const CobcLiteral& literal) -> std::string;

class Lowering {
 public:
  Lowering(const ParsedProgram& program, ir::Builder& builder, DiagnosticEmitter& emitter,
           const LowerOptions& options)
      : program_(program), builder_(builder), emitter_(emitter), options_(options) {}

  auto builder() -> ir::Builder& { return builder_; }
  auto module() -> ir::Module& { return builder_.module(); }
  auto options() const -> const LowerOptions& { return options_; }

  // Every lowering diagnostic goes through here, so a statement can tell whether lowering it
  // reported why it is left out (an error, RM2311 or RM2381), and then not also report it as
  // not implemented.
  template <typename... Args>
  void Emit(DiagnosticKind kind, SourceLoc loc, const Args&... args) {
    if (GetDiagnosticKindInfo(kind).severity == Severity::kError ||
        kind == DiagnosticKind::kCobolLowerUnsupported ||
        kind == DiagnosticKind::kCobolLowerUndefinedUserFunction) {
      ++omissions_reported_;
    }
    emitter_.Emit(kind, loc, args...);
  }

  auto Loc(antlr4::ParserRuleContext* context) const -> SourceLoc {
    return program_.LocationOf(context);
  }
  auto Loc(antlr4::tree::TerminalNode* node) const -> SourceLoc {
    return program_.LocationOf(node->getSymbol());
  }
  auto Text(antlr4::ParserRuleContext* context) const -> std::string_view {
    return program_.TextOf(context);
  }
  auto Text(antlr4::tree::TerminalNode* node) const -> std::string_view {
    return program_.TextOf(node->getSymbol());
  }

  // --- programs (lower.cpp) ---
  void LowerProgram(Tree::ProgramContext* program, UnitScope* parent);

  // --- data division (handle_data_entry.cpp) ---
  // Lowers a run of data entries into `storage` (for FD records: `file`'s record block).
  void LowerDataEntries(UnitScope& scope, const std::vector<Tree::DataEntryContext*>& entries,
                        ir::StorageClass storage, ir::FileDescriptionId file);
  void LowerOccurs(UnitScope& scope, Tree::DataClauseContext* clause, ir::FieldId field);
  // RM2380 when the dialect lowered for does not have `feature` (`construct` names it as
  // written); the construct is lowered all the same.
  void RequireDialect(DialectFeature feature, SourceLoc loc, std::string_view construct);
  // CONSTANT AS LENGTH OF / BYTE-LENGTH OF item: the item's size, from its layout so far.
  auto LengthConstant(UnitScope& scope, Tree::DataClauseContext* clause)
      -> std::optional<ConstantValue>;
  // ANY LENGTH: cobc's rules for where it may be written (RM2379 where it may not); that the
  // item is a formal parameter is checked with PROCEDURE DIVISION USING.
  void CheckAnyLength(SourceLoc loc, std::string_view name, ir::FieldId field,
                      ir::StorageClass storage);
  // Reports `field` and every item under it larger than cobc's item size limit.
  void ReportItemsTooLarge(ir::FieldId field);
  // The implicit DEBUG-ITEM record a program with USE FOR DEBUGGING gets; DEBUG-CONTENTS is
  // as long as the longest item, file record or CD the USE statements name (30 at least).
  void AddDebugItem(UnitScope& scope, SourceLoc loc, uint64_t contents_size);
  // The record size of a CD, lowered into a scratch module.
  auto CommunicationRecordSize(Tree::CommunicationDescriptionContext* description) -> uint64_t;
  // The size USE FOR DEBUGGING gives an operand named `names` (innermost first): a data item's,
  // a file's record or a CD's record; 0 for a procedure.
  auto DebuggedSize(const UnitScope& scope, const std::vector<std::string>& names) -> uint64_t;

  // --- files (handle_file_description.cpp) ---
  void CollectSelects(UnitScope& scope, Tree::FileControlParagraphContext* paragraph);
  // I-O-CONTROL SAME RECORD AREA: each file after the first shares the first's record area.
  void LowerSameRecordAreas(UnitScope& scope, Tree::IoControlParagraphContext* paragraph);
  void LowerFileDescription(UnitScope& scope, Tree::FileDescriptionContext* description);
  void LowerLinage(UnitScope& scope, Tree::FileDescriptionClauseContext* clause,
                   ir::FileDescriptionId file);
  void ResolveDeferred(UnitScope& scope);

  // --- literals (handle_literal.cpp) ---
  auto LowerLiteral(const UnitScope& scope, Tree::LiteralContext* literal) -> ir::ExpressionId;
  // What a constant name stands for, or null.
  auto FindConstant(const UnitScope& scope, std::string_view name) const -> const ConstantValue*;
  // A use of a constant name: its value, located at the use; RM2303 if it names no constant.
  auto LowerConstantName(const UnitScope& scope, Tree::UserWordContext* name) -> ir::ExpressionId;
  auto LowerConstant(const UnitScope& scope, const ConstantValue& constant, SourceLoc loc)
      -> ir::ExpressionId;
  auto IntegerValue(Tree::IntegerContext* integer) const -> int64_t;
  // A literal's bytes as a CLASS clause reads them: an alphanumeric or hexadecimal literal's
  // characters, a figurative constant's byte, an integer n the byte n - 1 (the native character
  // of ordinal n); nullopt for any other literal.
  auto ClassLiteralBytes(Tree::LiteralContext* literal) const -> std::optional<std::string>;
  // The collating table of an ALPHABET of literals (handle_alphabet.cpp); nullopt for any
  // other alphabet, or one whose literals cobc rejects.
  auto LiteralAlphabetTable(Tree::AlphabetSpecificationContext* alphabet) const
      -> std::optional<ir::CollatingTable>;

  // --- names (name_resolution.cpp) ---
  // The data item `name` designates (qualifiers checked against its enclosing items); reports
  // RM2303/RM2304 and returns nothing when it designates none or several.
  auto ResolveDataName(const UnitScope& scope, Tree::QualifiedDataNameContext* name)
      -> std::optional<ir::FieldId>;
  auto ResolveDataName(const UnitScope& scope, SourceLoc loc,
                       const std::vector<std::string>& names_innermost_first)
      -> std::optional<ir::FieldId>;
  // The items `names` could designate (no diagnostics): those of the innermost program that
  // has any.
  auto FindDataItems(const UnitScope& scope, const std::vector<std::string>& names_innermost_first)
      -> std::vector<ir::FieldId>;

  // --- expressions (handle_expression.cpp); an invalid id: not lowered (see there) ---
  auto LowerIdentifier(UnitScope& scope, Tree::IdentifierContext* identifier) -> ir::ExpressionId;
  // An identifier a statement stores into: a function reference is RM2382 (and invalid).
  auto LowerReceiving(UnitScope& scope, Tree::IdentifierContext* identifier) -> ir::ExpressionId;
  // False (and reported) when a literal subscript of `field` lies outside its dimension.
  auto ConstantSubscriptsFit(ir::FieldId field, const ir::ExpressionList& subscripts) -> bool;
  // False (and reported) when a literal offset or length of a reference modification lies
  // outside the item.
  auto ConstantReferenceModificationFits(ir::FieldId field, ir::ExpressionId start,
                                         ir::ExpressionId length) -> bool;
  // RETURN-CODE, SORT-RETURN, TALLY, WHEN-COMPILED; invalid for any other name.
  auto SpecialRegister(const std::string& name, SourceLoc loc) -> ir::ExpressionId;
  auto LowerOperand(UnitScope& scope, Tree::LiteralContext* literal,
                    Tree::IdentifierContext* identifier) -> ir::ExpressionId;
  auto LowerArithmetic(UnitScope& scope, Tree::ArithmeticExpressionContext* expression)
      -> ir::ExpressionId;
  auto LowerCondition(UnitScope& scope, Tree::ConditionContext* condition) -> ir::ExpressionId;
  // The last relation of a condition, which an abbreviated one after AND/OR completes.
  struct RelationInProgress {
    Tree::ArithmeticExpressionContext* subject = nullptr;
    ir::RelationalOperator op = ir::RelationalOperator::kEqual;
  };
  auto LowerCondition(UnitScope& scope, Tree::ConditionContext* condition,
                      RelationInProgress& relation) -> ir::ExpressionId;
  auto LowerAbbreviatedRelation(UnitScope& scope, Tree::AbbreviatedConditionContext* abbreviated,
                                bool negated, RelationInProgress& relation) -> ir::ExpressionId;

  // --- function-like operands (handle_function.cpp) ---
  // The arguments in one parenthesized list of a function reference (false: one failed).
  auto LowerFunctionArguments(UnitScope& scope, Tree::ParenthesizedSuffixContext* suffix,
                              ir::ExpressionList& arguments) -> bool;
  // FUNCTION name(...) of a REPOSITORY function: a call of the FUNCTION-ID unit of that name.
  auto LowerUserFunctionCall(UnitScope& scope, Tree::FunctionReferenceContext* reference,
                             const std::string& name) -> ir::ExpressionId;
  auto LowerFunctionReference(UnitScope& scope, Tree::FunctionReferenceContext* reference)
      -> ir::ExpressionId;
  auto LowerAddressOrLength(UnitScope& scope, Tree::AddressOrLengthReferenceContext* reference)
      -> ir::ExpressionId;
  auto LowerLinageCounter(UnitScope& scope, Tree::LinageCounterReferenceContext* reference)
      -> ir::ExpressionId;
  // The characters an alphanumeric operand holds when that is known before run time, else 0.
  auto CharacterLength(ir::ExpressionId expression) -> uint64_t;

  // --- procedures (handle_procedure.cpp) ---
  // A syntax error inside `context` (nested statements aside): the parser recovered, so parts
  // the grammar requires may be missing. Such constructs are not lowered (already reported).
  auto HasSyntaxError(antlr4::ParserRuleContext* context) const -> bool;
  void LowerProcedureDivision(UnitScope& scope, Tree::ProcedureDivisionContext* division);
  // A sentence's statements; one Block holding them when a NEXT SENTENCE in it needs its end.
  auto LowerSentence(UnitScope& scope, Tree::SentenceContext* sentence) -> ir::StatementList;
  // The lowered statement, or nothing for a family not lowered yet (the caller reports it).
  auto LowerStatement(UnitScope& scope, Tree::StatementContext* statement)
      -> std::optional<ir::StatementId>;
  auto ResolveProcedure(const UnitScope& scope, Tree::ProcedureNameContext* name)
      -> std::optional<ir::ParagraphId>;
  auto current_section() const -> ir::ParagraphId { return current_section_; }
  void set_current_section(ir::ParagraphId section) { current_section_ = section; }
  // handle_perform.cpp
  auto LowerPerform(UnitScope& scope, Tree::PerformStatementContext* perform)
      -> std::optional<ir::StatementId>;
  // handle_goto_alter.cpp
  auto LowerAlter(UnitScope& scope, Tree::AlterStatementContext* alter)
      -> std::optional<ir::StatementId>;
  // Marks the GO TO of each paragraph an ALTER names alterable (after the procedure division).
  void MarkAlteredGoTos(UnitScope& scope);
  auto LowerGoTo(UnitScope& scope, Tree::GoToStatementContext* go_to)
      -> std::optional<ir::StatementId>;
  // The lowered statements of a nested list (those not lowered are reported, and left out).
  auto LowerStatements(UnitScope& scope, Tree::StatementsContext* statements) -> ir::StatementList;
  // handle_move.cpp, handle_display_accept.cpp, handle_arithmetic.cpp, handle_if_evaluate.cpp
  auto LowerMove(UnitScope& scope, Tree::MoveStatementContext* move)
      -> std::optional<ir::StatementId>;
  auto LowerDisplay(UnitScope& scope, Tree::DisplayStatementContext* display)
      -> std::optional<ir::StatementId>;
  auto LowerCompute(UnitScope& scope, Tree::ComputeStatementContext* compute)
      -> std::optional<ir::StatementId>;
  // The rounding of a ROUNDED [MODE IS mode] phrase (kNone without one).
  auto RoundingOf(Tree::RoundedPhraseContext* phrase) -> ir::RoundingMode;
  // In the ibm dialect (cobc's arithmetic-osvs), `value` with the decimal-aligns cobc applies
  // when it computes it for `receivers`; else `value` unchanged.
  auto ArithmeticOsvs(ir::ExpressionId value, const std::vector<ir::ExpressionId>& receivers,
                      int32_t initial_scale) -> ir::ExpressionId;
  auto parenthesized(ir::ExpressionId id) const -> bool {
    return parenthesized_.contains(id.index);
  }
  // A numeric literal as cobc holds it (a folded one included).
  auto CobcLiteralOf(ir::ExpressionId id) const -> std::optional<CobcLiteral>;
  // In the ibm dialect, `condition` with the decimal-aligns cobc applies in its relations.
  auto ConditionOsvs(ir::ExpressionId condition, int32_t initial_scale) -> ir::ExpressionId;
  // In the ibm dialect, the alignments cobc applies to the chain of an ADD or SUBTRACT's terms.
  void ChainOsvs(ir::ArithmeticStatement& node, int32_t initial_scale);
  // ADD, SUBTRACT, MULTIPLY, DIVIDE.
  auto LowerArithmeticVerb(UnitScope& scope, Tree::StatementContext* statement)
      -> std::optional<ir::StatementId>;
  void LowerSizeErrorPhrases(UnitScope& scope, Tree::SizeErrorPhrasesContext* phrases,
                             ir::OptionalStatementList& on_error,
                             ir::OptionalStatementList& not_on_error);
  auto LowerIf(UnitScope& scope, Tree::IfStatementContext* if_statement)
      -> std::optional<ir::StatementId>;
  auto LowerEvaluate(UnitScope& scope, Tree::EvaluateStatementContext* evaluate)
      -> std::optional<ir::StatementId>;
  // handle_set_initialize.cpp
  auto LowerSet(UnitScope& scope, Tree::SetStatementContext* set) -> std::optional<ir::StatementId>;
  // One "targets TO value" phrase: nothing when a part is not lowered, no statement when a
  // switch target is not a switch (reported).
  auto LowerSetPhrase(UnitScope& scope, const std::vector<Tree::IdentifierContext*>& targets,
                      Tree::SetValueContext* value) -> std::optional<std::vector<ir::SetStatement>>;
  auto LowerInitialize(UnitScope& scope, Tree::InitializeStatementContext* initialize)
      -> std::optional<ir::StatementId>;
  // handle_exec.cpp: EXEC SQL/CICS/DLI blocks
  auto LowerExec(UnitScope& scope, Tree::ExecBlockContext* block) -> std::optional<ir::StatementId>;
  // JSON / XML GENERATE and PARSE, and DELETE FILE: External statements (handle_exec.cpp).
  auto LowerJsonXml(UnitScope& scope, Tree::StatementContext* statement)
      -> std::optional<ir::StatementId>;
  auto LowerDeleteFile(UnitScope& scope, Tree::DeleteStatementContext* delete_statement)
      -> std::optional<ir::StatementId>;
  // ALLOCATE and FREE: External statements (handle_allocate.cpp).
  auto LowerAllocate(UnitScope& scope, Tree::AllocateStatementContext* allocate)
      -> std::optional<ir::StatementId>;
  auto LowerFree(UnitScope& scope, Tree::FreeStatementContext* free)
      -> std::optional<ir::StatementId>;
  // The item a lowered identifier refers to (none for other expressions).
  auto ReferencedField(ir::ExpressionId expression) -> std::optional<ir::FieldId>;
  // A BASED 01/77 record (what ALLOCATE and FREE take), and a USAGE POINTER item.
  auto IsBasedRecord(ir::FieldId field) -> bool;
  auto IsDataPointer(ir::FieldId field) -> bool;
  // handle_stop_exit.cpp
  auto LowerStopOrExit(UnitScope& scope, Tree::StatementContext* statement)
      -> std::optional<ir::StatementId>;
  // handle_string_inspect.cpp
  auto LowerString(UnitScope& scope, Tree::StringStatementContext* string)
      -> std::optional<ir::StatementId>;
  auto LowerUnstring(UnitScope& scope, Tree::UnstringStatementContext* unstring)
      -> std::optional<ir::StatementId>;
  auto LowerInspect(UnitScope& scope, Tree::InspectStatementContext* inspect)
      -> std::optional<ir::StatementId>;
  // handle_search.cpp
  auto LowerSearch(UnitScope& scope, Tree::SearchStatementContext* search)
      -> std::optional<ir::StatementId>;
  // handle_call.cpp
  auto LowerCall(UnitScope& scope, Tree::CallStatementContext* call)
      -> std::optional<ir::StatementId>;
  auto LowerCancel(UnitScope& scope, Tree::CancelStatementContext* cancel)
      -> std::optional<ir::StatementId>;
  // Sets the callee of each CALL and CANCEL whose literal names a program of the module (after
  // every program is lowered: nested programs follow their container's procedure division).
  void ResolveCallees();
  // handle_display_accept.cpp
  auto LowerAccept(UnitScope& scope, Tree::AcceptStatementContext* accept)
      -> std::optional<ir::StatementId>;
  // ACCEPT's [NOT] ON EXCEPTION lists into `node`; false (not lowered) for ON OVERFLOW.
  auto LowerAcceptExceptions(UnitScope& scope, Tree::AcceptStatementContext* accept,
                             ir::AcceptStatement& node) -> bool;
  // handle_set_initialize.cpp: the switch a SPECIAL-NAMES mnemonic names (this program's or a
  // containing one's), or null.
  auto FindSwitch(const UnitScope& scope, const std::string& upper_name) const -> const SwitchName*;
  auto SwitchRef(SourceLoc loc, const SwitchName& which) -> ir::ExpressionId;
  // A switch-status condition name as a condition: the switch, or NOT the switch for an OFF
  // STATUS name; invalid when `upper_name` is none.
  auto LowerSwitchStatus(const UnitScope& scope, const std::string& upper_name, SourceLoc loc)
      -> ir::ExpressionId;
  // What LowerStatement reports as not lowered when a handler returns nothing; empty: the verb.
  void set_not_lowered(std::string what) { not_lowered_ = std::move(what); }

  // --- file I/O (handle_file_io.cpp) ---
  // The FD or SD `name` designates, in this program or a containing one (RM2320 when none);
  // `verb` needs one of kind `wanted` (RM2321 otherwise). Nothing when either is reported.
  auto ResolveFile(const UnitScope& scope, Tree::UserWordContext* name, std::string_view verb,
                   ir::FileKind wanted) -> std::optional<ir::FileDescriptionId>;
  // The record `verb` names: a record of an FD (kFile) or SD (kSort); RM2322 for any other item.
  auto ResolveRecord(const UnitScope& scope, Tree::QualifiedDataNameContext* name,
                     std::string_view verb, ir::FileKind wanted) -> std::optional<ir::FieldId>;
  // [NOT] INVALID KEY, [NOT] AT END, [NOT] AT END-OF-PAGE, [NOT] ON OVERFLOW / EXCEPTION
  // (`phrases` may be absent): the first list is the NOT one when the phrases start with NOT,
  // as in LowerSizeErrorPhrases.
  void LowerConditionalPhrases(UnitScope& scope, antlr4::ParserRuleContext* phrases,
                               const std::vector<Tree::StatementsContext*>& lists,
                               ir::OptionalStatementList& on, ir::OptionalStatementList& not_on);
  auto LowerOpen(UnitScope& scope, Tree::OpenStatementContext* open)
      -> std::optional<ir::StatementId>;
  auto LowerClose(UnitScope& scope, Tree::CloseStatementContext* close)
      -> std::optional<ir::StatementId>;
  auto LowerRead(UnitScope& scope, Tree::ReadStatementContext* read)
      -> std::optional<ir::StatementId>;
  auto LowerWrite(UnitScope& scope, Tree::WriteStatementContext* write)
      -> std::optional<ir::StatementId>;
  auto LowerRewrite(UnitScope& scope, Tree::RewriteStatementContext* rewrite)
      -> std::optional<ir::StatementId>;
  auto LowerDelete(UnitScope& scope, Tree::DeleteStatementContext* delete_statement)
      -> std::optional<ir::StatementId>;
  auto LowerStart(UnitScope& scope, Tree::StartStatementContext* start)
      -> std::optional<ir::StatementId>;

  // --- SORT, MERGE, RELEASE, RETURN (handle_sort_merge.cpp) ---
  auto LowerSort(UnitScope& scope, Tree::SortStatementContext* sort)
      -> std::optional<ir::StatementId>;
  auto LowerMerge(UnitScope& scope, Tree::MergeStatementContext* merge)
      -> std::optional<ir::StatementId>;
  auto LowerRelease(UnitScope& scope, Tree::ReleaseStatementContext* release)
      -> std::optional<ir::StatementId>;
  auto LowerReturn(UnitScope& scope, Tree::ReturnStatementContext* return_statement)
      -> std::optional<ir::StatementId>;

  // --- DECLARATIVES (handle_declaratives.cpp) ---
  // Declares each declarative section (declarative=true) and its paragraphs, adding them to
  // `pending`; their USE statements are lowered by LowerUse once every procedure is declared.
  auto DeclareDeclaratives(UnitScope& scope, Tree::DeclarativesContext* declaratives,
                           std::vector<PendingProcedure>& pending) -> std::vector<DeclaredUse>;
  // USE AFTER ERROR/EXCEPTION and USE FOR DEBUGGING -> the section's use fields.
  void LowerUse(UnitScope& scope, const DeclaredUse& declared);

 private:
  ParseTree program_;  // The tree being lowered, with its texts and locations.
  ir::Builder& builder_;
  DiagnosticEmitter& emitter_;
  LowerOptions options_;
  size_t omissions_reported_ = 0;
  // Inside the argument list of an intrinsic function, where the subscript ALL is allowed.
  int function_arguments_depth_ = 0;
  // The largest scale of a pair of literals cobc tried to fold since the current COMPUTE began
  // (-1: none); arithmetic-osvs counts it (cobc's cb_set_dmax).
  int32_t folded_literal_scale_ = -1;
  // The literals cobc folds, as cobc holds them (their digits may be fewer than their places,
  // which the IR literal's text cannot show). By expression index.
  std::unordered_map<uint32_t, CobcLiteral> folded_literals_;
  // Operands written in parentheses (the IR drops them; cobc decides a relation of an item and a
  // literal at compile time only when the item is not parenthesized).
  std::unordered_set<uint32_t> parenthesized_;
  // The section whose statements are being lowered: an unqualified paragraph name means the
  // paragraph of this section when several sections have one of that name.
  ir::ParagraphId current_section_;
  // The NEXT SENTENCE exits of the sentence being lowered (LowerSentence gives them its block).
  std::vector<ir::StatementId> next_sentences_;
  std::string not_lowered_;
  // CALL and CANCEL targets that are literals, resolved to units once all are lowered.
  struct PendingCallee {
    ir::StatementId statement;
    size_t target_index;  // CANCEL: which target
    ir::UnitId caller;
    std::string name;  // upper-cased
  };
  std::vector<PendingCallee> pending_callees_;
  // FUNCTION-ID units by upper-cased name (every one is lowered before the programs).
  std::unordered_map<std::string, ir::UnitId> user_functions_;
};

// Runs of white space as one space, none at either end (a statement's text over lines).
auto CollapseWhitespace(std::string_view text) -> std::string;
// Upper-cases ASCII letters (COBOL names are case-insensitive).
auto UpperName(std::string_view text) -> std::string;

}  // namespace remint::cobol::lower

#endif  // REMINT_FRONTENDS_COBOL_LOWER_LOWERING_CONTEXT_H_

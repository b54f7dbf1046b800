// File input/output: OPEN, CLOSE, READ, WRITE, REWRITE, DELETE and START, each phrase as
// written (tape positioning, locks, ADVANCING, KEY) with its [NOT] INVALID KEY / AT END /
// END-OF-PAGE statements. Files resolve by name to FDs (RM2320/RM2321), records to records of
// an FD (RM2322). A statement naming a file, record or key that does not resolve is reported
// and lowered as CONTINUE (as PERFORM of an unknown procedure is), not as "not lowered yet".
#include "frontends/cobol/lower/lowering_context.h"

namespace remint::cobol::lower {
namespace {

auto FileKindPhrase(ir::FileKind kind) -> std::string {
  return kind == ir::FileKind::kSort ? "a sort file (SD)" : "a file (FD)";
}

auto TokenType(antlr4::tree::ParseTree* child) -> size_t {
  auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child);
  return terminal == nullptr ? 0 : terminal->getSymbol()->getType();
}

}  // namespace

auto Lowering::ResolveFile(const UnitScope& scope, Tree::UserWordContext* name,
                           std::string_view verb, ir::FileKind wanted)
    -> std::optional<ir::FileDescriptionId> {
  const std::string upper = UpperName(Text(name));
  // A containing program's files are visible too (GLOBAL files).
  for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
    auto found = unit->files.find(upper);
    if (found == unit->files.end()) continue;
    const ir::FileKind kind = module().files().Get(found->second).kind;
    if (kind != wanted) {
      Emit(DiagnosticKind::kCobolLowerWrongFileKind, Loc(name), std::string(verb),
           std::string(Text(name)), FileKindPhrase(kind), FileKindPhrase(wanted));
      return std::nullopt;
    }
    return found->second;
  }
  Emit(DiagnosticKind::kCobolLowerUnresolvedFileName, Loc(name), std::string(Text(name)));
  return std::nullopt;
}

auto Lowering::ResolveRecord(const UnitScope& scope, Tree::QualifiedDataNameContext* name,
                             std::string_view verb, ir::FileKind wanted)
    -> std::optional<ir::FieldId> {
  std::optional<ir::FieldId> field = ResolveDataName(scope, name);
  if (!field) return std::nullopt;
  const ir::StorageBlock& block = module().block(module().field(*field).block);
  if (!block.file.is_valid() || module().files().Get(block.file).kind != wanted) {
    Emit(DiagnosticKind::kCobolLowerNotARecord, Loc(name), std::string(verb),
         std::string(Text(name)), FileKindPhrase(wanted));
    return std::nullopt;
  }
  return field;
}

void Lowering::LowerConditionalPhrases(UnitScope& scope, antlr4::ParserRuleContext* phrases,
                                       const std::vector<Tree::StatementsContext*>& lists,
                                       ir::OptionalStatementList& on,
                                       ir::OptionalStatementList& not_on) {
  if (phrases == nullptr || lists.empty()) return;
  if (TokenType(phrases->children.front()) == Tree::NOT) {
    not_on = LowerStatements(scope, lists.front());
    return;
  }
  on = LowerStatements(scope, lists.front());
  if (lists.size() > 1) not_on = LowerStatements(scope, lists[1]);
}

auto Lowering::LowerOpen(UnitScope& scope, Tree::OpenStatementContext* open)
    -> std::optional<ir::StatementId> {
  ir::OpenStatement node;
  ir::OpenMode mode = ir::OpenMode::kInput;
  // The mode keyword applies to the files after it, up to the next mode keyword.
  for (antlr4::tree::ParseTree* child : open->children) {
    switch (TokenType(child)) {
      case Tree::INPUT:
        mode = ir::OpenMode::kInput;
        continue;
      case Tree::OUTPUT:
        mode = ir::OpenMode::kOutput;
        continue;
      case Tree::I_O:
        mode = ir::OpenMode::kInputOutput;
        continue;
      case Tree::EXTEND:
        mode = ir::OpenMode::kExtend;
        continue;
      default:
        break;
    }
    auto* file = dynamic_cast<Tree::OpenFileContext*>(child);
    if (file == nullptr) continue;
    std::optional<ir::FileDescriptionId> id =
        ResolveFile(scope, file->userWord(), "OPEN", ir::FileKind::kFile);
    if (!id) return builder_.Continue(Loc(open));
    node.items.push_back(
        ir::OpenItem{mode, *id, file->REVERSED() != nullptr, file->REWIND() != nullptr});
  }
  return builder_.Statement(Loc(open), std::move(node));
}

auto Lowering::LowerClose(UnitScope& scope, Tree::CloseStatementContext* close)
    -> std::optional<ir::StatementId> {
  ir::CloseStatement node;
  for (Tree::CloseFileContext* file : close->closeFile()) {
    std::optional<ir::FileDescriptionId> id =
        ResolveFile(scope, file->userWord(), "CLOSE", ir::FileKind::kFile);
    if (!id) return builder_.Continue(Loc(close));
    ir::CloseItem item;
    item.file = *id;
    item.scope = file->REEL() != nullptr   ? ir::CloseScope::kReel
                 : file->UNIT() != nullptr ? ir::CloseScope::kUnit
                                           : ir::CloseScope::kFile;
    item.removal = file->REMOVAL() != nullptr;
    item.no_rewind = file->REWIND() != nullptr;
    item.lock = file->LOCK() != nullptr;
    node.items.push_back(item);
  }
  return builder_.Statement(Loc(close), std::move(node));
}

auto Lowering::LowerRead(UnitScope& scope, Tree::ReadStatementContext* read)
    -> std::optional<ir::StatementId> {
  ir::ReadStatement node;
  std::optional<ir::FileDescriptionId> file =
      ResolveFile(scope, read->userWord(), "READ", ir::FileKind::kFile);
  if (!file) return builder_.Continue(Loc(read));
  node.file = *file;
  if (read->NEXT() != nullptr) {
    node.direction = ir::ReadDirection::kNext;
  } else if (read->PREVIOUS() != nullptr) {
    node.direction = ir::ReadDirection::kPrevious;
  } else if (read->KEY() != nullptr) {
    node.direction = ir::ReadDirection::kKeyed;
  }
  if (read->identifier() != nullptr) {
    node.into = LowerIdentifier(scope, read->identifier());
    if (!node.into.is_valid()) return std::nullopt;
  }
  if (read->LOCK() != nullptr) {
    node.lock = read->NO() != nullptr ? ir::RecordLock::kNoLock : ir::RecordLock::kLock;
  }
  if (read->qualifiedDataName() != nullptr) {
    std::optional<ir::FieldId> key = ResolveDataName(scope, read->qualifiedDataName());
    if (!key) return builder_.Continue(Loc(read));
    node.key = *key;
  }
  if (Tree::AtEndPhrasesContext* at_end = read->atEndPhrases()) {
    LowerConditionalPhrases(scope, at_end, at_end->statements(), node.at_end, node.not_at_end);
  }
  if (Tree::InvalidKeyPhrasesContext* invalid = read->invalidKeyPhrases()) {
    LowerConditionalPhrases(scope, invalid, invalid->statements(), node.invalid_key,
                            node.not_invalid_key);
  }
  return builder_.Statement(Loc(read), std::move(node));
}

namespace {

// The implementor name a mnemonic name stands for, when `identifier` is a bare mnemonic name
// of SPECIAL-NAMES (and no data item has that name).
auto MnemonicImplementorName(Lowering& lowering, const UnitScope& scope,
                             Tree::IdentifierContext* identifier) -> std::optional<std::string> {
  auto* reference = dynamic_cast<Tree::DataReferenceContext*>(identifier);
  if (reference == nullptr || reference->userWord().size() != 1 ||
      !reference->parenthesizedSuffix().empty()) {
    return std::nullopt;
  }
  const std::string name = UpperName(lowering.Text(reference->userWord(0)));
  if (!lowering.FindDataItems(scope, {name}).empty()) return std::nullopt;
  for (const UnitScope* unit = &scope; unit != nullptr; unit = unit->parent) {
    auto found = unit->mnemonic_devices.find(name);
    if (found != unit->mnemonic_devices.end()) return found->second;
  }
  return std::nullopt;
}

}  // namespace

auto Lowering::LowerWrite(UnitScope& scope, Tree::WriteStatementContext* write)
    -> std::optional<ir::StatementId> {
  ir::WriteStatement node;
  std::optional<ir::FieldId> record =
      ResolveRecord(scope, write->qualifiedDataName(), "WRITE", ir::FileKind::kFile);
  if (!record) return builder_.Continue(Loc(write));
  node.record = *record;
  // FROM and ADVANCING both take an identifier or literal: the keyword before says which.
  bool after_from = false;
  bool before = false;
  for (antlr4::tree::ParseTree* child : write->children) {
    switch (TokenType(child)) {
      case Tree::FROM:
        after_from = true;
        continue;
      case Tree::BEFORE:
      case Tree::AFTER:
        after_from = false;
        before = TokenType(child) == Tree::BEFORE;
        node.advancing = before ? ir::AdvancingKind::kBeforeLines : ir::AdvancingKind::kAfterLines;
        continue;
      case Tree::PAGE:
        node.advancing = before ? ir::AdvancingKind::kBeforePage : ir::AdvancingKind::kAfterPage;
        continue;
      default:
        break;
    }
    auto* identifier = dynamic_cast<Tree::IdentifierContext*>(child);
    auto* literal = dynamic_cast<Tree::LiteralContext*>(child);
    if (identifier == nullptr && literal == nullptr) continue;
    if (!after_from && identifier != nullptr) {
      if (std::optional<std::string> mnemonic = MnemonicImplementorName(*this, scope, identifier)) {
        node.advancing =
            before ? ir::AdvancingKind::kBeforeMnemonic : ir::AdvancingKind::kAfterMnemonic;
        node.advancing_mnemonic = builder_.Intern(*mnemonic);
        continue;
      }
    }
    ir::ExpressionId value = LowerOperand(scope, literal, identifier);
    if (!value.is_valid()) return std::nullopt;
    (after_from ? node.from : node.advancing_lines) = value;
  }
  if (Tree::EndOfPagePhrasesContext* end_of_page = write->endOfPagePhrases()) {
    LowerConditionalPhrases(scope, end_of_page, end_of_page->statements(), node.end_of_page,
                            node.not_end_of_page);
  }
  if (Tree::InvalidKeyPhrasesContext* invalid = write->invalidKeyPhrases()) {
    LowerConditionalPhrases(scope, invalid, invalid->statements(), node.invalid_key,
                            node.not_invalid_key);
  }
  return builder_.Statement(Loc(write), std::move(node));
}

auto Lowering::LowerRewrite(UnitScope& scope, Tree::RewriteStatementContext* rewrite)
    -> std::optional<ir::StatementId> {
  ir::RewriteStatement node;
  std::optional<ir::FieldId> record =
      ResolveRecord(scope, rewrite->qualifiedDataName(), "REWRITE", ir::FileKind::kFile);
  if (!record) return builder_.Continue(Loc(rewrite));
  node.record = *record;
  if (rewrite->FROM() != nullptr) {
    node.from = LowerOperand(scope, rewrite->literal(), rewrite->identifier());
    if (!node.from.is_valid()) return std::nullopt;
  }
  if (Tree::InvalidKeyPhrasesContext* invalid = rewrite->invalidKeyPhrases()) {
    LowerConditionalPhrases(scope, invalid, invalid->statements(), node.invalid_key,
                            node.not_invalid_key);
  }
  return builder_.Statement(Loc(rewrite), std::move(node));
}

auto Lowering::LowerDelete(UnitScope& scope, Tree::DeleteStatementContext* delete_statement)
    -> std::optional<ir::StatementId> {
  if (delete_statement->FILE() != nullptr) return LowerDeleteFile(scope, delete_statement);
  ir::DeleteStatement node;
  std::optional<ir::FileDescriptionId> file =
      ResolveFile(scope, delete_statement->userWord(0), "DELETE", ir::FileKind::kFile);
  if (!file) return builder_.Continue(Loc(delete_statement));
  node.file = *file;
  if (Tree::InvalidKeyPhrasesContext* invalid = delete_statement->invalidKeyPhrases()) {
    LowerConditionalPhrases(scope, invalid, invalid->statements(), node.invalid_key,
                            node.not_invalid_key);
  }
  return builder_.Statement(Loc(delete_statement), std::move(node));
}

auto Lowering::LowerStart(UnitScope& scope, Tree::StartStatementContext* start)
    -> std::optional<ir::StatementId> {
  ir::StartStatement node;
  std::optional<ir::FileDescriptionId> file =
      ResolveFile(scope, start->userWord(), "START", ir::FileKind::kFile);
  if (!file) return builder_.Continue(Loc(start));
  node.file = *file;
  // Without KEY the file is positioned at a record equal to its prime (or relative) key.
  if (start->KEY() != nullptr) {
    node.key_relation = RelationalOperatorOf(start->relationalOperator());
    std::optional<ir::FieldId> key = ResolveDataName(scope, start->qualifiedDataName());
    if (!key) return builder_.Continue(Loc(start));
    node.key = builder_.DataRef(Loc(start->qualifiedDataName()), *key);
  }
  if (Tree::InvalidKeyPhrasesContext* invalid = start->invalidKeyPhrases()) {
    LowerConditionalPhrases(scope, invalid, invalid->statements(), node.invalid_key,
                            node.not_invalid_key);
  }
  return builder_.Statement(Loc(start), std::move(node));
}

}  // namespace remint::cobol::lower

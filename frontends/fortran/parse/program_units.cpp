#include "frontends/fortran/parse/program_units.h"

#include <optional>

namespace remint::fortran {

auto UnitKindName(UnitKind kind) -> std::string_view {
  switch (kind) {
    case UnitKind::kMainProgram:
      return "program";
    case UnitKind::kSubroutine:
      return "subroutine";
    case UnitKind::kFunction:
      return "function";
    case UnitKind::kBlockData:
      return "block data";
    case UnitKind::kModule:
      return "module";
  }
  return "?";
}

namespace {

auto HeaderUnitKind(StatementKind kind) -> std::optional<UnitKind> {
  switch (kind) {
    case StatementKind::kProgram:
      return UnitKind::kMainProgram;
    case StatementKind::kSubroutine:
      return UnitKind::kSubroutine;
    case StatementKind::kFunction:
      return UnitKind::kFunction;
    case StatementKind::kBlockData:
      return UnitKind::kBlockData;
    case StatementKind::kModule:
      return UnitKind::kModule;
    default:
      return std::nullopt;
  }
}

auto Describe(const ProgramUnit& unit) -> std::string {
  return std::string(UnitKindName(unit.kind)) + " " + unit.name;
}

// How a statement uses a label it names.
enum class LabelUse : uint8_t {
  kBranch,  // GO TO, arithmetic IF, ERR=, END=, an alternate return.
  kFormat,  // FMT= or the format of READ f / PRINT f.
  kAny,     // ASSIGN: a branch target or a format.
};

struct LabelReference {
  uint32_t label = 0;
  SourceLoc loc;
  LabelUse use = LabelUse::kBranch;
};

void CollectFromPayload(const ParsedFile& file, const StatementPayload& payload,
                        std::vector<LabelReference>& references) {
  auto add = [&](uint32_t label, SourceLoc loc, LabelUse use) {
    references.push_back(LabelReference{label, loc, use});
  };
  auto add_expr = [&](ExprId id, LabelUse use) {
    if (id == kNoExpr || file.expr(id).kind != ExprKind::kLabel) return;
    add(static_cast<uint32_t>(std::stoul(file.expr(id).text)), file.expr(id).loc, use);
  };
  if (const auto* go_to = std::get_if<GotoStmt>(&payload)) {
    for (const LabelRef& target : go_to->targets) add(target.label, target.loc, LabelUse::kBranch);
  } else if (const auto* arithmetic_if = std::get_if<ArithmeticIfStmt>(&payload)) {
    for (const LabelRef* target :
         {&arithmetic_if->negative, &arithmetic_if->zero, &arithmetic_if->positive}) {
      add(target->label, target->loc, LabelUse::kBranch);
    }
  } else if (const auto* assign = std::get_if<AssignStmt>(&payload)) {
    add(assign->label.label, assign->label.loc, LabelUse::kAny);
  } else if (const auto* io = std::get_if<IoStmt>(&payload)) {
    for (const IoControl& control : io->controls) {
      add_expr(control.value, control.keyword == "FMT" ? LabelUse::kFormat : LabelUse::kBranch);
    }
  } else if (const auto* call = std::get_if<CallStmt>(&payload)) {
    for (ExprId argument : call->arguments) add_expr(argument, LabelUse::kBranch);
  }
}

// An open IF block, DO loop or SELECT CASE while a unit's statements are walked.
struct OpenBlock {
  StatementKind kind = StatementKind::kUnknown;
  uint32_t index = 0;
  std::optional<LabelRef> terminal;  // A labelled DO's terminal label.
};

auto BlockName(StatementKind kind) -> std::string_view {
  switch (kind) {
    case StatementKind::kIfThen:
      return "IF THEN";
    case StatementKind::kSelectCase:
      return "SELECT CASE";
    default:
      return "DO";
  }
}

auto CloserName(StatementKind kind) -> std::string_view {
  switch (kind) {
    case StatementKind::kIfThen:
      return "END IF";
    case StatementKind::kSelectCase:
      return "END SELECT";
    default:
      return "END DO";
  }
}

class UnitChecker {
 public:
  UnitChecker(const ParsedFile& file, ProgramUnit& unit, DiagnosticEmitter& emitter)
      : file_(file), unit_(unit), emitter_(emitter) {}

  void Check(const std::vector<uint32_t>& statements) {
    for (uint32_t index : statements) DefineLabel(index);
    for (uint32_t index : statements) {
      const Statement& statement = file_.statements[index];
      if (statement.kind == StatementKind::kEnd) CloseAtEnd();
      WalkBlocks(index);
      CollectFromPayload(file_, statement.payload, references_);
      if (const auto* logical_if = std::get_if<LogicalIfStmt>(&statement.payload)) {
        CollectFromPayload(file_, file_.controlled[logical_if->controlled].payload, references_);
      }
    }
    CloseAtEnd();
    CheckReferences();
  }

 private:
  void DefineLabel(uint32_t index) {
    const Statement& statement = file_.statements[index];
    if (!statement.label) return;
    auto [it, inserted] = unit_.labels.emplace(*statement.label, index);
    if (!inserted) {
      emitter_.Emit(DiagnosticKind::kFortranDuplicateLabel, statement.label_loc, *statement.label,
                    file_.statements[it->second].label_loc.line);
    }
  }

  void WalkBlocks(uint32_t index) {
    const Statement& statement = file_.statements[index];
    switch (statement.kind) {
      case StatementKind::kIfThen:
      case StatementKind::kSelectCase:
        open_.push_back(OpenBlock{statement.kind, index, std::nullopt});
        break;
      case StatementKind::kElseIf:
      case StatementKind::kElse:
        RequireOpen(statement, StatementKind::kIfThen, /*close=*/false, index);
        break;
      case StatementKind::kCase:
        RequireOpen(statement, StatementKind::kSelectCase, /*close=*/false, index);
        break;
      case StatementKind::kEndIf:
        RequireOpen(statement, StatementKind::kIfThen, /*close=*/true, index);
        break;
      case StatementKind::kEndSelect:
        RequireOpen(statement, StatementKind::kSelectCase, /*close=*/true, index);
        break;
      case StatementKind::kEndDo:
        RequireOpen(statement, StatementKind::kDo, /*close=*/true, index);
        break;
      default:
        break;
    }
    // A label ends every labelled DO whose terminal it is (shared terminals end several).
    if (statement.label) CloseTerminals(*statement.label, index);
    if (statement.kind == StatementKind::kDo || statement.kind == StatementKind::kDoWhile) {
      const auto* loop = std::get_if<DoStmt>(&statement.payload);
      std::optional<LabelRef> terminal = loop != nullptr ? loop->terminal : std::nullopt;
      open_.push_back(OpenBlock{StatementKind::kDo, index, terminal});
    }
  }

  // ELSE, ELSE IF, CASE, END IF, END SELECT, END DO: the innermost open block must be of
  // `kind` (for END DO, a DO without a terminal label, or one whose terminal this is).
  void RequireOpen(const Statement& statement, StatementKind kind, bool close, uint32_t index) {
    bool matches = !open_.empty() && open_.back().kind == kind;
    if (matches && kind == StatementKind::kDo && open_.back().terminal) {
      matches = statement.label && *statement.label == open_.back().terminal->label;
    }
    if (!matches) {
      emitter_.Emit(DiagnosticKind::kFortranUnmatchedBlockStatement, statement.loc,
                    std::string(StatementKindName(statement.kind)), std::string(BlockName(kind)));
      return;
    }
    if (close) {
      unit_.block_ends[open_.back().index] = index;
      open_.pop_back();
    }
  }

  void CloseTerminals(uint32_t label, uint32_t index) {
    while (!open_.empty() && open_.back().terminal && open_.back().terminal->label == label) {
      unit_.block_ends[open_.back().index] = index;
      open_.pop_back();
    }
    // A DO further out ending here crosses the blocks opened inside it.
    for (size_t depth = open_.size(); depth-- > 0;) {
      if (!open_[depth].terminal || open_[depth].terminal->label != label) continue;
      const OpenBlock& inner = open_.back();
      emitter_.Emit(DiagnosticKind::kFortranDoInterwoven, file_.statements[index].label_loc, label,
                    file_.statements[open_[depth].index].loc.line,
                    std::string(BlockName(inner.kind)), file_.statements[inner.index].loc.line);
      unit_.block_ends[open_[depth].index] = index;
      open_.resize(depth);
      break;
    }
  }

  // At END (or the end of the unit): whatever is still open is reported where it opened.
  void CloseAtEnd() {
    for (const OpenBlock& block : open_) {
      const Statement& opener = file_.statements[block.index];
      if (block.terminal) {
        emitter_.Emit(DiagnosticKind::kFortranDoTerminalMissing, block.terminal->loc,
                      block.terminal->label, Describe(unit_));
      } else {
        emitter_.Emit(DiagnosticKind::kFortranBlockNotClosed, opener.loc,
                      std::string(BlockName(block.kind)), std::string(CloserName(block.kind)),
                      Describe(unit_));
      }
    }
    open_.clear();
  }

  void CheckReferences() {
    for (const LabelReference& reference : references_) {
      auto it = unit_.labels.find(reference.label);
      if (it == unit_.labels.end()) {
        emitter_.Emit(DiagnosticKind::kFortranUndefinedLabel, reference.loc, reference.label,
                      Describe(unit_));
        continue;
      }
      StatementKind target = file_.statements[it->second].kind;
      bool is_format = target == StatementKind::kFormat;
      if (reference.use == LabelUse::kFormat && !is_format) {
        emitter_.Emit(DiagnosticKind::kFortranLabelWrongKind, reference.loc, reference.label,
                      "a format", std::string(StatementKindName(target)));
      } else if (reference.use == LabelUse::kBranch && is_format) {
        emitter_.Emit(DiagnosticKind::kFortranLabelWrongKind, reference.loc, reference.label,
                      "a branch target", std::string(StatementKindName(target)));
      }
    }
  }

  const ParsedFile& file_;
  ProgramUnit& unit_;
  DiagnosticEmitter& emitter_;
  std::vector<OpenBlock> open_;
  std::vector<LabelReference> references_;
};

}  // namespace

auto BuildProgramUnits(const ParsedFile& file, DiagnosticEmitter& emitter)
    -> std::vector<ProgramUnit> {
  std::vector<ProgramUnit> units;
  // Each unit's own statements: a host's CONTAINS part belongs to the units it contains.
  std::vector<std::vector<uint32_t>> owned;
  // Units still open, innermost last, and whether each has passed its CONTAINS.
  std::vector<std::pair<size_t, bool>> open;
  auto start_unit = [&](uint32_t index) {
    const Statement& statement = file.statements[index];
    ProgramUnit unit;
    unit.first = index;
    unit.loc = statement.loc;
    unit.name = "MAIN__";
    if (std::optional<UnitKind> kind = HeaderUnitKind(statement.kind)) {
      unit.kind = *kind;
      unit.header = index;
      if (const auto* header = std::get_if<UnitHeaderStmt>(&statement.payload)) {
        unit.name = header->name.empty() ? "_BLOCK_DATA_" : header->name;
      }
    }
    units.push_back(std::move(unit));
    owned.emplace_back();
    open.emplace_back(units.size() - 1, false);
  };
  auto finish_unit = [&](uint32_t end, bool has_end) {
    ProgramUnit& unit = units[open.back().first];
    unit.end = end;
    if (!has_end) emitter.Emit(DiagnosticKind::kFortranMissingEnd, unit.loc, Describe(unit));
    open.pop_back();
  };
  for (uint32_t index = 0; index < file.statements.size(); ++index) {
    const Statement& statement = file.statements[index];
    bool is_header = HeaderUnitKind(statement.kind).has_value();
    if (is_header && !open.empty() && !open.back().second) finish_unit(index, /*has_end=*/false);
    if (open.empty() || is_header) start_unit(index);
    owned[open.back().first].push_back(index);
    if (statement.kind == StatementKind::kContains) open.back().second = true;
    if (statement.kind == StatementKind::kEnd) finish_unit(index + 1, /*has_end=*/true);
  }
  while (!open.empty()) {
    finish_unit(static_cast<uint32_t>(file.statements.size()), /*has_end=*/false);
  }
  for (size_t i = 0; i < units.size(); ++i) {
    UnitChecker(file, units[i], emitter).Check(owned[i]);
  }
  return units;
}

}  // namespace remint::fortran

#include "frontends/fortran/sema/symbols.h"

#include <algorithm>
#include <variant>

namespace remint::fortran {
namespace {

auto DefaultImplicit() -> std::array<std::optional<DataType>, 26> {
  std::array<std::optional<DataType>, 26> implicit;
  for (char letter = 'A'; letter <= 'Z'; ++letter) {
    bool integer = letter >= 'I' && letter <= 'N';
    implicit[letter - 'A'] = DataType{integer ? BaseType::kInteger : BaseType::kReal, 4, 1};
  }
  return implicit;
}

auto IsExecutable(StatementKind kind) -> bool {
  switch (kind) {
    case StatementKind::kProgram:
    case StatementKind::kSubroutine:
    case StatementKind::kFunction:
    case StatementKind::kBlockData:
    case StatementKind::kModule:
    case StatementKind::kEntry:
    case StatementKind::kTypeDeclaration:
    case StatementKind::kImplicit:
    case StatementKind::kImplicitNone:
    case StatementKind::kParameter:
    case StatementKind::kDimension:
    case StatementKind::kCommon:
    case StatementKind::kEquivalence:
    case StatementKind::kData:
    case StatementKind::kSave:
    case StatementKind::kExternal:
    case StatementKind::kIntrinsic:
    case StatementKind::kFormat:
    case StatementKind::kUse:
    case StatementKind::kTypeDefinition:
    case StatementKind::kEndType:
      return false;
    default:
      return true;
  }
}

class SymbolBuilder {
 public:
  SymbolBuilder(const ParsedFile& file, UnitSymbols& symbols) : file_(file), symbols_(symbols) {}

  auto Get(const std::string& name, SourceLoc loc) -> Symbol& {
    auto [it, inserted] = symbols_.symbols.try_emplace(name);
    Symbol& symbol = it->second;
    if (inserted) {
      symbol.name = name;
      symbol.loc = loc;
      symbol.type = ImplicitType(name);
    }
    return symbol;
  }

  auto ImplicitType(const std::string& name) const -> DataType {
    char letter = name.empty() ? 'A' : name[0];
    if (letter < 'A' || letter > 'Z') return DataType{};
    return symbols_.implicit[letter - 'A'].value_or(DataType{});
  }

  // A type specifier as a DataType; CHARACTER lengths and kinds evaluated when constant.
  auto TypeOf(const TypeSpec& spec) const -> DataType {
    DataType type;
    // 0 when no kind is written (or it is not a constant): the type's default applies. A plain
    // integer, not an optional: GCC 12 reports optionals read here as maybe uninitialized.
    int64_t kind =
        spec.kind == kNoExpr ? 0 : EvaluateInteger(file_, spec.kind, symbols_).value_or(0);
    switch (spec.base) {
      case BaseType::kInteger:
      case BaseType::kReal:
      case BaseType::kLogical:
        type.base = spec.base;
        type.kind = static_cast<uint32_t>(kind > 0 ? kind : 4);
        break;
      case BaseType::kDoublePrecision:
        type.base = BaseType::kReal;
        type.kind = 8;
        break;
      case BaseType::kComplex:
        // COMPLEX*16 is two REAL*8 parts; COMPLEX(KIND=8) names the part's kind.
        type.base = BaseType::kComplex;
        type.kind = static_cast<uint32_t>(kind > 0 ? (spec.kind_is_size ? kind / 2 : kind) : 4);
        break;
      case BaseType::kDoubleComplex:
        type.base = BaseType::kComplex;
        type.kind = 8;
        break;
      case BaseType::kByte:
        type.base = BaseType::kInteger;
        type.kind = 1;
        break;
      case BaseType::kCharacter:
        type.base = BaseType::kCharacter;
        type.kind = 1;
        type.length = Length(spec.length);
        break;
      case BaseType::kDerived:
        type.base = BaseType::kDerived;
        break;
    }
    return type;
  }

  // CHARACTER*n: n; *(*) or a length that is not constant: nullopt; absent: 1.
  auto Length(ExprId length) const -> std::optional<int64_t> {
    if (length == kNoExpr) return 1;
    if (file_.expr(length).kind == ExprKind::kStar) return std::nullopt;
    return EvaluateInteger(file_, length, symbols_);
  }

  void SetBounds(Symbol& symbol, const std::vector<Dimension>& dimensions) {
    symbol.bounds.clear();
    for (const Dimension& dimension : dimensions) {
      ArrayBound bound;
      bound.lower = dimension.lower;
      bound.upper = dimension.upper;
      bound.assumed_size =
          dimension.upper != kNoExpr && file_.expr(dimension.upper).kind == ExprKind::kStar;
      symbol.bounds.push_back(bound);
    }
  }

  void EvaluateBounds() {
    for (auto& [name, symbol] : symbols_.symbols) {
      for (ArrayBound& bound : symbol.bounds) {
        bound.lower_value = bound.lower == kNoExpr ? std::optional<int64_t>(1)
                                                   : EvaluateInteger(file_, bound.lower, symbols_);
        if (!bound.assumed_size && bound.upper != kNoExpr) {
          bound.upper_value = EvaluateInteger(file_, bound.upper, symbols_);
        }
      }
    }
  }

 private:
  const ParsedFile& file_;
  UnitSymbols& symbols_;
};

}  // namespace

auto DataTypeName(const DataType& type) -> std::string {
  switch (type.base) {
    case BaseType::kCharacter:
      return type.length ? "CHARACTER*" + std::to_string(*type.length) : "CHARACTER*(*)";
    case BaseType::kComplex:
      return "COMPLEX*" + std::to_string(type.kind * 2);
    default:
      return std::string(BaseTypeSpelling(type.base)) + "*" + std::to_string(type.kind);
  }
}

auto ElementSize(const DataType& type) -> std::optional<int64_t> {
  switch (type.base) {
    case BaseType::kCharacter:
      return type.length;
    case BaseType::kComplex:
      return 2 * static_cast<int64_t>(type.kind);
    default:
      return type.kind;
  }
}

auto Symbol::element_count() const -> std::optional<int64_t> {
  int64_t count = 1;
  for (const ArrayBound& bound : bounds) {
    if (bound.assumed_size || !bound.lower_value || !bound.upper_value) return std::nullopt;
    int64_t extent = *bound.upper_value - *bound.lower_value + 1;
    if (extent < 0) extent = 0;
    if (__builtin_mul_overflow(count, extent, &count)) return std::nullopt;
  }
  return count;
}

auto EvaluateInteger(const ParsedFile& file, ExprId id, const UnitSymbols& symbols)
    -> std::optional<int64_t> {
  if (id == kNoExpr) return std::nullopt;
  const Expr& expr = file.expr(id);
  switch (expr.kind) {
    case ExprKind::kInteger: {
      int64_t value = 0;
      for (char c : expr.text) {
        if (c < '0' || c > '9') break;  // An F90 kind suffix: 8_4.
        if (__builtin_mul_overflow(value, 10, &value) ||
            __builtin_add_overflow(value, c - '0', &value)) {
          return std::nullopt;
        }
      }
      return value;
    }
    case ExprKind::kName: {
      auto it = symbols.symbols.find(expr.text);
      if (it == symbols.symbols.end()) return std::nullopt;
      return it->second.parameter_value;
    }
    case ExprKind::kParen:
      return EvaluateInteger(file, expr.operands[0], symbols);
    case ExprKind::kUnary: {
      std::optional<int64_t> operand = EvaluateInteger(file, expr.operands[0], symbols);
      if (!operand) return std::nullopt;
      if (expr.op == Operator::kNegate) return -*operand;
      if (expr.op == Operator::kPlus) return operand;
      return std::nullopt;
    }
    case ExprKind::kBinary: {
      std::optional<int64_t> left = EvaluateInteger(file, expr.operands[0], symbols);
      std::optional<int64_t> right = EvaluateInteger(file, expr.operands[1], symbols);
      if (!left || !right) return std::nullopt;
      int64_t result = 0;
      switch (expr.op) {
        case Operator::kAdd:
          if (__builtin_add_overflow(*left, *right, &result)) return std::nullopt;
          return result;
        case Operator::kSubtract:
          if (__builtin_sub_overflow(*left, *right, &result)) return std::nullopt;
          return result;
        case Operator::kMultiply:
          if (__builtin_mul_overflow(*left, *right, &result)) return std::nullopt;
          return result;
        case Operator::kDivide:
          if (*right == 0) return std::nullopt;
          return *left / *right;  // Truncated toward zero, as Fortran's.
        case Operator::kPower: {
          if (*right < 0) return std::nullopt;
          result = 1;
          for (int64_t i = 0; i < *right; ++i) {
            if (__builtin_mul_overflow(result, *left, &result)) return std::nullopt;
          }
          return result;
        }
        default:
          return std::nullopt;
      }
    }
    default:
      return std::nullopt;
  }
}

auto BuildUnitSymbols(const ParsedFile& file, const ProgramUnit& unit) -> UnitSymbols {
  UnitSymbols symbols;
  symbols.implicit = DefaultImplicit();
  SymbolBuilder builder(file, symbols);
  // IMPLICIT first: it types every name of the unit, declared before it or not.
  for (uint32_t index = unit.first; index < unit.end; ++index) {
    const Statement& statement = file.statements[index];
    if (statement.kind == StatementKind::kImplicitNone) symbols.implicit.fill(std::nullopt);
    const auto* implicit = std::get_if<ImplicitStmt>(&statement.payload);
    if (implicit == nullptr) continue;
    for (const ImplicitRule& rule : implicit->rules) {
      DataType type = builder.TypeOf(rule.type);
      for (auto [from, to] : rule.letters) {
        for (char letter = from; letter <= to && letter <= 'Z'; ++letter) {
          if (letter >= 'A') symbols.implicit[letter - 'A'] = type;
        }
      }
    }
  }
  bool executable_seen = false;
  for (uint32_t index = unit.first; index < unit.end; ++index) {
    const Statement& statement = file.statements[index];
    const StatementPayload& payload = statement.payload;
    if (const auto* header = std::get_if<UnitHeaderStmt>(&payload)) {
      for (size_t i = 0; i < header->dummies.size(); ++i) {
        if (header->dummies[i] == "*") continue;
        builder.Get(header->dummies[i], header->dummy_locs[i]).dummy = true;
      }
      if (statement.kind == StatementKind::kFunction) {
        Symbol& result = builder.Get(header->name, header->name_loc);
        if (header->result_type) {
          result.type = builder.TypeOf(*header->result_type);
          result.type_declared = true;
        }
      }
    } else if (const auto* declaration = std::get_if<DeclarationStmt>(&payload)) {
      std::optional<DataType> type;
      if (declaration->type) type = builder.TypeOf(*declaration->type);
      for (const EntityDecl& entity : declaration->entities) {
        Symbol& symbol = builder.Get(entity.name, entity.loc);
        if (type) {
          symbol.type = *type;
          if (entity.length != kNoExpr) symbol.type.length = builder.Length(entity.length);
          symbol.type_declared = true;
        }
        if (!entity.dimensions.empty()) builder.SetBounds(symbol, entity.dimensions);
        if (!declaration->attribute_dimensions.empty() && entity.dimensions.empty()) {
          builder.SetBounds(symbol, declaration->attribute_dimensions);
        }
        if (statement.kind == StatementKind::kSave) symbol.saved = true;
        if (statement.kind == StatementKind::kExternal) symbol.external = true;
        if (statement.kind == StatementKind::kIntrinsic) symbol.intrinsic = true;
      }
    } else if (const auto* common = std::get_if<CommonStmt>(&payload)) {
      for (const CommonGroup& group : common->groups) {
        std::vector<std::string>& members = symbols.commons[group.block];
        for (const EntityDecl& entity : group.entities) {
          Symbol& symbol = builder.Get(entity.name, entity.loc);
          symbol.common_block = group.block;
          if (!entity.dimensions.empty()) builder.SetBounds(symbol, entity.dimensions);
          members.push_back(entity.name);
        }
      }
    } else if (const auto* equivalence = std::get_if<EquivalenceStmt>(&payload)) {
      // A name EQUIVALENCE alone mentions is still a variable of the unit, implicitly typed.
      for (const std::vector<ExprId>& set : equivalence->sets) {
        for (ExprId item : set) {
          const Expr* named = &file.expr(item);
          if (named->kind == ExprKind::kSubstring) named = &file.expr(named->operands[0]);
          builder.Get(named->text, named->loc);
        }
      }
    } else if (const auto* parameter = std::get_if<ParameterStmt>(&payload)) {
      for (const NamedConstant& constant : parameter->constants) {
        Symbol& symbol = builder.Get(constant.name, constant.loc);
        symbol.parameter = constant.value;
        if (symbol.type.base == BaseType::kInteger) {
          symbol.parameter_value = EvaluateInteger(file, constant.value, symbols);
        }
      }
    } else if (const auto* assignment = std::get_if<AssignmentStmt>(&payload)) {
      const Expr& target = file.expr(assignment->target);
      auto it = symbols.symbols.find(target.text);
      bool array = it != symbols.symbols.end() && it->second.is_array();
      bool dummies_only =
          std::all_of(target.operands.begin(), target.operands.end(),
                      [&](ExprId id) { return file.expr(id).kind == ExprKind::kName; });
      if (!executable_seen && target.kind == ExprKind::kApply && !array && dummies_only) {
        // A statement function: its dummies are not variables of the unit.
        builder.Get(target.text, target.loc).statement_function = true;
        continue;
      }
    }
    if (IsExecutable(statement.kind)) executable_seen = true;
  }
  builder.EvaluateBounds();
  return symbols;
}

}  // namespace remint::fortran

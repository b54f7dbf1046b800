// Specification statements (ISO 1539:1980 section 8, 9; F90 5): type declarations, DIMENSION,
// SAVE, EXTERNAL, INTRINSIC, PARAMETER, IMPLICIT, COMMON, EQUIVALENCE, DATA; and program unit
// headers. Keywords run into names in fixed form (`REAL*8X`, `COMMON/B/X`), so type keywords
// and lengths are taken raw from the text, not as tokens.
#include <array>

#include "frontends/fortran/parse/statement_parser.h"

namespace remint::fortran {
namespace {

struct TypeKeyword {
  std::string_view word;
  BaseType base;
};

// No keyword is a prefix of another, so the order only matters for speed.
constexpr std::array<TypeKeyword, 8> kTypeKeywords = {{
    {"DOUBLEPRECISION", BaseType::kDoublePrecision},
    {"DOUBLECOMPLEX", BaseType::kDoubleComplex},
    {"CHARACTER", BaseType::kCharacter},
    {"INTEGER", BaseType::kInteger},
    {"LOGICAL", BaseType::kLogical},
    {"COMPLEX", BaseType::kComplex},
    {"REAL", BaseType::kReal},
    {"BYTE", BaseType::kByte},
}};

}  // namespace

auto StatementParser::ParseTypeSpec(TypeSpec& spec, bool allow_selector) -> bool {
  spec.loc = cursor_.Loc();
  if (cursor_.AcceptWord("TYPE(")) {
    spec.base = BaseType::kDerived;
    if (!ExpectName(spec.derived_name)) return false;
    return Expect(")");
  }
  bool found = false;
  for (const TypeKeyword& keyword : kTypeKeywords) {
    if (cursor_.AcceptWord(keyword.word)) {
      spec.base = keyword.base;
      found = true;
      break;
    }
  }
  if (!found) {
    Fail("a type (INTEGER, REAL, DOUBLE PRECISION, COMPLEX, LOGICAL, CHARACTER)");
    return false;
  }
  ExprId* length_or_kind = spec.base == BaseType::kCharacter ? &spec.length : &spec.kind;
  if (cursor_.Accept("*")) {
    // *n or *(e) or *(*); the digits are taken raw (`CHARACTER*10E1` declares E1).
    SourceLoc loc = cursor_.Loc();
    if (cursor_.Accept("(")) {
      if (cursor_.Accept("*")) {
        *length_or_kind = MakeLeaf(ExprKind::kStar, "*", loc);
      } else {
        *length_or_kind = ParseExpr();
      }
      spec.kind_is_size = spec.base != BaseType::kCharacter;
      return *length_or_kind != kNoExpr && Expect(")");
    }
    std::optional<uint32_t> digits = cursor_.TakeDigits();
    if (!digits) {
      Fail("a length after '*'");
      return false;
    }
    *length_or_kind = MakeLeaf(ExprKind::kInteger, std::to_string(*digits), loc);
    spec.kind_is_size = spec.base != BaseType::kCharacter;
    return true;
  }
  if (allow_selector && cursor_.IsNext("(")) {
    // F90 selectors: (n), (KIND=n), (LEN=n), (*), (LEN=n, KIND=k).
    cursor_.Next();
    while (true) {
      SourceLoc loc = cursor_.Loc();
      ExprId* target = length_or_kind;
      if (cursor_.AcceptWord("KIND=")) target = &spec.kind;
      if (cursor_.AcceptWord("LEN=")) target = &spec.length;
      if (cursor_.Accept("*")) {
        *target = MakeLeaf(ExprKind::kStar, "*", loc);
      } else {
        *target = ParseExpr();
        if (*target == kNoExpr) return false;
      }
      if (!cursor_.Accept(",")) break;
      length_or_kind = &spec.kind;
    }
    return Expect(")");
  }
  return true;
}

auto StatementParser::ParseDimensions(std::vector<Dimension>& dimensions) -> bool {
  if (!Expect("(")) return false;
  while (true) {
    Dimension dimension;
    SourceLoc loc = cursor_.Loc();
    if (cursor_.Accept("*")) {
      dimension.upper = MakeLeaf(ExprKind::kStar, "*", loc);
    } else if (cursor_.IsNext(":")) {
      cursor_.Next();  // F90 deferred or assumed shape: no bounds.
    } else {
      ExprId first = ParseExpr();
      if (first == kNoExpr) return false;
      if (cursor_.Accept(":")) {
        dimension.lower = first;
        SourceLoc upper_loc = cursor_.Loc();
        if (cursor_.Accept("*")) {
          dimension.upper = MakeLeaf(ExprKind::kStar, "*", upper_loc);
        } else if (!cursor_.IsNext(",") && !cursor_.IsNext(")")) {
          dimension.upper = ParseExpr();
          if (dimension.upper == kNoExpr) return false;
        }
      } else {
        dimension.upper = first;
      }
    }
    dimensions.push_back(dimension);
    if (cursor_.Accept(",")) continue;
    return Expect(")");
  }
}

auto StatementParser::ParseEntity(EntityDecl& entity, bool allow_length, bool allow_initial)
    -> bool {
  if (!ExpectName(entity.name, &entity.loc)) return false;
  if (cursor_.IsNext("(") && !ParseDimensions(entity.dimensions)) return false;
  if (allow_length && cursor_.Accept("*")) {
    SourceLoc loc = cursor_.Loc();
    if (cursor_.Accept("(")) {
      entity.length = cursor_.Accept("*") ? MakeLeaf(ExprKind::kStar, "*", loc) : ParseExpr();
      if (entity.length == kNoExpr || !Expect(")")) return false;
    } else if (std::optional<uint32_t> digits = cursor_.TakeDigits()) {
      entity.length = MakeLeaf(ExprKind::kInteger, std::to_string(*digits), loc);
    } else {
      Fail("a length after '*'");
      return false;
    }
    // F90 also allows the length before the dimensions.
    if (entity.dimensions.empty() && cursor_.IsNext("(") && !ParseDimensions(entity.dimensions)) {
      return false;
    }
  }
  if (!allow_initial) return true;
  if (cursor_.Accept("=")) {
    entity.initializer = ParseExpr();
    return entity.initializer != kNoExpr;
  }
  if (cursor_.Accept("/")) {
    // An old-style initial value list in a type declaration (a DEC and gfortran extension).
    while (true) {
      ExprId value = ParseSignedConstant();
      if (value == kNoExpr) return false;
      if (cursor_.Accept("*")) {
        ExprId repeated = ParseSignedConstant();
        if (repeated == kNoExpr) return false;
        Expr repeat;
        repeat.kind = ExprKind::kBinary;
        repeat.op = Operator::kMultiply;
        repeat.loc = file_.exprs[value].loc;
        repeat.operands = {value, repeated};
        value = AddExpr(std::move(repeat));
      }
      entity.initial_values.push_back(value);
      if (!cursor_.Accept(",")) break;
    }
    return Expect("/");
  }
  return true;
}

auto StatementParser::ParseTypeDeclaration(size_t start) -> StatementPayload {
  DeclarationStmt declaration;
  cursor_.Seek(start);
  TypeSpec type;
  if (!ParseTypeSpec(type)) return declaration;
  declaration.type = type;
  // F90: type [, attribute]... :: entities.
  while (cursor_.Accept(",")) {
    std::string attribute;
    if (!ExpectName(attribute)) return declaration;
    if (attribute == "DIMENSION") {
      if (!ParseDimensions(declaration.attribute_dimensions)) return declaration;
    } else if (attribute == "INTENT") {
      std::string intent;
      if (!Expect("(") || !ExpectName(intent) || !Expect(")")) return declaration;
      attribute += "(" + intent + ")";
    }
    declaration.attributes.push_back(attribute);
  }
  cursor_.Accept("::");
  while (true) {
    EntityDecl entity;
    if (!ParseEntity(entity, /*allow_length=*/true, /*allow_initial=*/true)) return declaration;
    declaration.entities.push_back(std::move(entity));
    if (!cursor_.Accept(",")) break;
  }
  ExpectEnd();
  return declaration;
}

// DIMENSION, SAVE, EXTERNAL, INTRINSIC (and F90 ALLOCATABLE-like lists): names, with dimensions
// for DIMENSION, /common/ names for SAVE.
auto StatementParser::ParseNameList(StatementKind kind) -> StatementPayload {
  DeclarationStmt declaration;
  cursor_.Accept("::");
  if (kind == StatementKind::kSave && cursor_.AtEnd()) return declaration;
  while (true) {
    if (kind == StatementKind::kSave && cursor_.Accept("/")) {
      std::string block;
      if (!ExpectName(block) || !Expect("/")) return declaration;
      declaration.common_blocks.push_back(block);
    } else {
      EntityDecl entity;
      if (kind == StatementKind::kDimension) {
        if (!ExpectName(entity.name, &entity.loc) || !ParseDimensions(entity.dimensions)) {
          return declaration;
        }
      } else if (!ExpectName(entity.name, &entity.loc)) {
        return declaration;
      }
      declaration.entities.push_back(std::move(entity));
    }
    if (!cursor_.Accept(",")) break;
  }
  ExpectEnd();
  return declaration;
}

auto StatementParser::ParseParameter() -> StatementPayload {
  ParameterStmt parameter;
  if (!Expect("(")) return parameter;
  while (true) {
    NamedConstant constant;
    if (!ExpectName(constant.name, &constant.loc) || !Expect("=")) return parameter;
    constant.value = ParseExpr();
    if (constant.value == kNoExpr) return parameter;
    parameter.constants.push_back(std::move(constant));
    if (!cursor_.Accept(",")) break;
  }
  if (Expect(")")) ExpectEnd();
  return parameter;
}

// IMPLICIT type (letters) [, type (letters)]...; in `REAL(8) (A-H)` the first parentheses are a
// kind selector, told apart by the second.
auto StatementParser::ParseImplicit() -> StatementPayload {
  ImplicitStmt implicit;
  while (true) {
    ImplicitRule rule;
    size_t type_start = cursor_.Position();
    if (!ParseTypeSpec(rule.type)) return implicit;
    if (!cursor_.IsNext("(")) {
      // The parentheses just read as a selector were the letter list: read the type again.
      cursor_.Seek(type_start);
      rule.type = TypeSpec{};
      if (!ParseTypeSpec(rule.type, /*allow_selector=*/false)) return implicit;
    }
    if (!Expect("(")) return implicit;
    while (true) {
      const Token& first = cursor_.Peek();
      if (first.kind != TokenKind::kName || first.text.size() != 1) {
        Fail("a letter");
        return implicit;
      }
      char from = cursor_.Next().text[0];
      char to = from;
      if (cursor_.Accept("-")) {
        const Token& last = cursor_.Peek();
        if (last.kind != TokenKind::kName || last.text.size() != 1) {
          Fail("a letter");
          return implicit;
        }
        to = cursor_.Next().text[0];
      }
      rule.letters.emplace_back(from, to);
      if (!cursor_.Accept(",")) break;
    }
    if (!Expect(")")) return implicit;
    implicit.rules.push_back(std::move(rule));
    if (!cursor_.Accept(",")) break;
  }
  ExpectEnd();
  return implicit;
}

// COMMON [/[name]/] list [[,] /[name]/ list]...; `//` names blank COMMON.
auto StatementParser::ParseCommon() -> StatementPayload {
  CommonStmt common;
  bool first = true;
  while (!cursor_.AtEnd()) {
    CommonGroup group;
    group.loc = cursor_.Loc();
    if (cursor_.Accept("//")) {
      group.block.clear();
    } else if (cursor_.Accept("/")) {
      if (!ExpectName(group.block) || !Expect("/")) return common;
    } else if (!first) {
      Fail("'/' and a COMMON block name");
      return common;
    }
    first = false;
    while (true) {
      EntityDecl entity;
      if (!ParseEntity(entity, /*allow_length=*/false, /*allow_initial=*/false)) return common;
      group.entities.push_back(std::move(entity));
      if (cursor_.IsNext("/") || cursor_.IsNext("//")) break;
      if (!cursor_.Accept(",")) break;
      if (cursor_.IsNext("/") || cursor_.IsNext("//")) break;
    }
    common.groups.push_back(std::move(group));
  }
  if (common.groups.empty()) Fail("a COMMON list");
  return common;
}

auto StatementParser::ParseEquivalence() -> StatementPayload {
  EquivalenceStmt equivalence;
  while (true) {
    if (!Expect("(")) return equivalence;
    std::vector<ExprId> set;
    while (true) {
      ExprId object = ParseDesignator();
      if (object == kNoExpr) return equivalence;
      set.push_back(object);
      if (!cursor_.Accept(",")) break;
    }
    if (!Expect(")")) return equivalence;
    if (set.size() < 2) {
      Fail("',' and a second name to equivalence");
      return equivalence;
    }
    equivalence.sets.push_back(std::move(set));
    if (!cursor_.Accept(",")) break;
  }
  ExpectEnd();
  return equivalence;
}

// DATA nlist /clist/ [[,] nlist /clist/]...
auto StatementParser::ParseData() -> StatementPayload {
  DataStmt data;
  while (true) {
    DataSet set;
    while (true) {
      ExprId object = ParseListItem(/*designators_only=*/true);
      if (object == kNoExpr) return data;
      set.objects.push_back(object);
      if (!cursor_.Accept(",")) break;
    }
    if (!Expect("/")) return data;
    while (true) {
      DataValue value;
      value.value = ParseSignedConstant();
      if (value.value == kNoExpr) return data;
      if (cursor_.Accept("*")) {
        value.repeat = value.value;
        value.value = ParseSignedConstant();
        if (value.value == kNoExpr) return data;
      }
      set.values.push_back(value);
      if (!cursor_.Accept(",")) break;
    }
    if (!Expect("/")) return data;
    data.sets.push_back(std::move(set));
    if (cursor_.AtEnd()) break;
    cursor_.Accept(",");
  }
  return data;
}

auto StatementParser::ParseUnitHeader(StatementKind kind, size_t start) -> StatementPayload {
  UnitHeaderStmt header;
  size_t name_at = cursor_.Position();
  if (kind == StatementKind::kFunction || kind == StatementKind::kSubroutine) {
    // Prefixes and a FUNCTION's type stand before the keyword.
    cursor_.Seek(start);
    bool more = true;
    while (more) {
      more = false;
      for (std::string_view prefix : {"RECURSIVE", "PURE", "ELEMENTAL"}) {
        if (cursor_.AcceptWord(prefix)) {
          header.prefixes.emplace_back(prefix);
          more = true;
        }
      }
    }
    if (kind == StatementKind::kFunction && !cursor_.HasWord("FUNCTION")) {
      TypeSpec type;
      if (!ParseTypeSpec(type)) return header;
      header.result_type = type;
    }
    cursor_.Seek(name_at);
  }
  if (kind == StatementKind::kBlockData && cursor_.AtEnd()) return header;
  if (!ExpectName(header.name, &header.name_loc)) return header;
  if (kind != StatementKind::kProgram && kind != StatementKind::kBlockData &&
      kind != StatementKind::kModule && cursor_.Accept("(") && !cursor_.Accept(")")) {
    while (true) {
      SourceLoc loc = cursor_.Loc();
      // An alternate return `*` is a one-character punctuation token: its text is the dummy.
      std::string dummy;
      if (cursor_.IsNext("*")) {
        dummy = cursor_.Next().text;
      } else if (!ExpectName(dummy)) {
        return header;
      }
      header.dummies.push_back(std::move(dummy));
      header.dummy_locs.push_back(loc);
      if (!cursor_.Accept(",")) break;
    }
    if (!Expect(")")) return header;
  }
  ExpectEnd();
  return header;
}

}  // namespace remint::fortran

// Builder and storage layout: offsets and sizes from cobc-derived layouts, literals, types,
// MOVE conversions, checked casts.
#include "ir/builder.h"

#include <gtest/gtest.h>

#include "ir/move_rules.h"
#include "ir/storage_layout.h"
#include "ir/text_printer.h"

namespace remint::ir {
namespace {

auto Loc(uint32_t line) -> SourceLoc { return SourceLoc{FileId{0}, line, 8, {}}; }

class LayoutTest : public ::testing::Test {
 protected:
  Module module_;
  Builder b_{module_};
  UnitId unit_ = b_.AddUnit(Loc(1), "P", UnitKind::kProgram, Language::kCobol);

  auto Field(BlockId block, FieldId parent, std::string_view name, std::string_view picture,
             DecimalEncoding encoding = DecimalEncoding::kZoned) -> FieldId {
    return b_.AddField(block, parent, Loc(2), name, parent.is_valid() ? 5 : 1,
                       *b_.TypeFromPicture(picture, encoding));
  }
};

// cobc 3.1.2 (grp.cbl / sizes.cbl in storage_size_test.cpp):
//   01 G1. 05 G1A X(3). 05 G1B S9(5) COMP-3. 05 G1C OCCURS 3 PIC 9(2).  -> G1 12
//   01 G2 REDEFINES G1 PIC X(4).                                           -> G2 4
TEST_F(LayoutTest, GroupWithOccursAndRedefines) {
  BlockId block = b_.AddBlock(unit_, Loc(2), "G1", StorageClass::kWorkingStorage);
  FieldId g1 = b_.AddField(block, {}, Loc(2), "G1", 1, b_.GroupType());
  FieldId a = Field(block, g1, "G1A", "X(3)");
  FieldId bb = Field(block, g1, "G1B", "S9(5)", DecimalEncoding::kPacked);
  FieldId c = Field(block, g1, "G1C", "9(2)");
  b_.SetArray(c, ArrayShape{{ArrayDimension{1, 3, 3, {}, {}, {}, false}}, {}, {}, {}});
  FieldId g2 = b_.AddRedefines(g1, Loc(3), "G2", 1, b_.AlphanumericType(4));
  b_.LayOut(block);
  EXPECT_EQ(module_.field(g1).size, 12u);
  EXPECT_EQ(module_.field(a).offset, 0u);
  EXPECT_EQ(module_.field(bb).offset, 3u);
  EXPECT_EQ(module_.field(bb).size, 3u);
  EXPECT_EQ(module_.field(c).offset, 6u);
  EXPECT_EQ(module_.field(c).size, 2u);
  EXPECT_EQ(FieldSpan(module_.field(c)), 6u);
  EXPECT_EQ(module_.field(g2).offset, 0u);
  EXPECT_EQ(module_.block(block).size, 12u);
  EXPECT_EQ(SubscriptCount(module_, c), 1u);
}

//   01 SYN. 05 SYA2 X. 05 SYB2 S9(18) COMP SYNC. 05 SYC2 X. 05 SYD2 S9(4) COMP-5 SYNC.
//   05 SYE2 S9(5) COMP-3 SYNC. 05 SYF2 COMP-1 SYNC. 05 SYG2 POINTER SYNC.  -> SYN 40
//   (the same items without SYNC: 1+8+1+2+3+4+8 = 27)
TEST_F(LayoutTest, SynchronizedItemsAreAligned) {
  BlockId block = b_.AddBlock(unit_, Loc(2), "SYN", StorageClass::kWorkingStorage);
  FieldId syn = b_.AddField(block, {}, Loc(2), "SYN", 1, b_.GroupType());
  Field(block, syn, "SYA2", "X");
  FieldId sync_b = Field(block, syn, "SYB2", "S9(18)", DecimalEncoding::kBinary);
  Field(block, syn, "SYC2", "X");
  FieldId sync_d = Field(block, syn, "SYD2", "S9(4)", DecimalEncoding::kNative);
  FieldId sync_e = Field(block, syn, "SYE2", "S9(5)", DecimalEncoding::kPacked);
  FieldId sync_f = b_.AddField(block, syn, Loc(3), "SYF2", 5, b_.FloatType(32));
  FieldId sync_g = b_.AddField(block, syn, Loc(3), "SYG2", 5, b_.PointerType());
  for (FieldId f : {sync_b, sync_d, sync_e, sync_f, sync_g}) module_.field(f).synchronized = true;
  b_.LayOut(block);
  EXPECT_EQ(module_.field(sync_b).offset, 8u);
  EXPECT_EQ(module_.field(sync_d).offset, 18u);
  EXPECT_EQ(module_.field(sync_e).offset, 20u);
  EXPECT_EQ(module_.field(sync_f).offset, 24u);
  EXPECT_EQ(module_.field(sync_g).offset, 32u);
  EXPECT_EQ(module_.field(syn).size, 40u);
}

//   01 ODO. 05 ODO-N PIC 9(2). 05 ODO-T OCCURS 1 TO 10 DEPENDING ON ODO-N PIC X(4). -> 42
//   01 R. 05 RA X(2). 05 RB X(3). 05 RC X(4). 66 RR RENAMES RA THRU RB.        -> R 9, RR 5
//   01 G. 05 GB OCCURS 2. 10 GC PIC X(3). 05 GD PIC X.                       -> G 7, GB 6
TEST_F(LayoutTest, OccursDependingRenamesAndNestedOccurs) {
  BlockId odo_block = b_.AddBlock(unit_, Loc(2), "ODO", StorageClass::kWorkingStorage);
  FieldId odo = b_.AddField(odo_block, {}, Loc(2), "ODO", 1, b_.GroupType());
  FieldId count = Field(odo_block, odo, "ODO-N", "9(2)");
  FieldId table = Field(odo_block, odo, "ODO-T", "X(4)");
  b_.SetArray(table, ArrayShape{{ArrayDimension{1, 10, 1, count, {}, {}, false}}, {}, {}, {}});
  b_.LayOut(odo_block);
  EXPECT_EQ(module_.field(odo).size, 42u);

  BlockId r_block = b_.AddBlock(unit_, Loc(4), "R", StorageClass::kWorkingStorage);
  FieldId r = b_.AddField(r_block, {}, Loc(4), "R", 1, b_.GroupType());
  FieldId ra = Field(r_block, r, "RA", "X(2)");
  FieldId rb = Field(r_block, r, "RB", "X(3)");
  Field(r_block, r, "RC", "X(4)");
  FieldId rr = b_.AddRenames(ra, rb, Loc(5), "RR");
  b_.LayOut(r_block);
  EXPECT_EQ(module_.field(r).size, 9u);
  EXPECT_EQ(module_.field(rr).offset, 0u);
  EXPECT_EQ(module_.field(rr).size, 5u);
  EXPECT_TRUE(module_.types().Is<AlphanumericType>(module_.field(rr).type));

  BlockId g_block = b_.AddBlock(unit_, Loc(6), "G", StorageClass::kWorkingStorage);
  FieldId g = b_.AddField(g_block, {}, Loc(6), "G", 1, b_.GroupType());
  FieldId gb = b_.AddField(g_block, g, Loc(7), "GB", 5, b_.GroupType());
  b_.SetArray(gb, ArrayShape{{ArrayDimension{1, 2, 2, {}, {}, {}, false}}, {}, {}, {}});
  FieldId gc = Field(g_block, gb, "GC", "X(3)");
  Field(g_block, g, "GD", "X");
  b_.LayOut(g_block);
  EXPECT_EQ(module_.field(g).size, 7u);
  EXPECT_EQ(FieldSpan(module_.field(gb)), 6u);  // the listing's "00006 GROUP 05 GB OCCURS 2"
  EXPECT_EQ(SubscriptCount(module_, gc), 1u);
}

TEST(BuilderTest, NumericLiteralsAreExactDecimals) {
  Module module;
  Builder b(module);
  struct Case {
    const char* text;
    const char* digits;
    int32_t scale;
    bool negative;
    uint32_t type_digits;
  };
  const Case kCases[] = {{"123.450", "123450", 3, false, 6},
                         {"-0.05", "5", 2, true, 2},
                         {"+7", "7", 0, false, 1},
                         {"0", "0", 0, false, 1},
                         {"000120", "120", 0, false, 3}};
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    ExpressionId id = b.NumericLiteral(Loc(1), c.text);
    const auto& literal = module.expressions().Get<NumericLiteralExpression>(id);
    EXPECT_EQ(module.str(literal.digits), c.digits);
    EXPECT_EQ(literal.scale, c.scale);
    EXPECT_EQ(literal.negative, c.negative);
    EXPECT_EQ(module.types().Get<DecimalType>(module.expression_type(id)).digits, c.type_digits);
  }
  ExpressionId floating = b.NumericLiteral(Loc(1), "1.5E-3");
  const auto& f = module.expressions().Get<NumericLiteralExpression>(floating);
  EXPECT_EQ(f.form, NumericLiteralForm::kFloating);
  EXPECT_EQ(module.str(f.digits), "15");
  EXPECT_EQ(f.scale, 1);
  EXPECT_EQ(f.exponent, -3);
}

TEST(BuilderTest, TypesAndStringsAreInterned) {
  Module module;
  Builder b(module);
  EXPECT_EQ(b.AlphanumericType(10), b.AlphanumericType(10));
  EXPECT_NE(b.AlphanumericType(10), b.AlphanumericType(10, true));
  EXPECT_EQ(b.DecimalType(5, 2, true, DecimalEncoding::kPacked),
            b.DecimalType(5, 2, true, DecimalEncoding::kPacked));
  EXPECT_NE(b.DecimalType(5, 2, true, DecimalEncoding::kPacked),
            b.DecimalType(5, 2, true, DecimalEncoding::kZoned));
  EXPECT_EQ(module.Intern("ABC"), module.Intern("ABC"));
  EXPECT_EQ(module.Intern(""), StringId(0));
}

TEST(BuilderTest, ArithmeticResultTypes) {
  Module module;
  Builder b(module);
  BlockId block = b.AddBlock({}, Loc(1), "B", StorageClass::kWorkingStorage);
  FieldId x =
      b.AddField(block, {}, Loc(1), "X", 77, b.DecimalType(5, 2, true, DecimalEncoding::kPacked));
  FieldId y =
      b.AddField(block, {}, Loc(2), "Y", 77, b.DecimalType(3, 0, false, DecimalEncoding::kZoned));
  auto type_of = [&](ArithmeticOperator op) {
    return module.expression_type(b.Binary(Loc(3), op, b.DataRef(Loc(3), x), b.DataRef(Loc(3), y)));
  };
  // 999.99 + 999: 4 integer digits, 2 decimals, exact.
  EXPECT_EQ(type_of(ArithmeticOperator::kAdd),
            b.DecimalIntermediateType(6, 2, IntermediatePrecision::kExact));
  EXPECT_EQ(type_of(ArithmeticOperator::kMultiply),
            b.DecimalIntermediateType(8, 2, IntermediatePrecision::kExact));
  // 38 + (2 - 0) places, 3 + 0 integer digits; a zero quotient is held at 0 places.
  EXPECT_EQ(type_of(ArithmeticOperator::kDivide),
            b.DecimalIntermediateType(43, 40, IntermediatePrecision::kTruncated,
                                      IntermediatePlaces::kFixedUnlessZero));
  EXPECT_EQ(type_of(ArithmeticOperator::kPower),
            b.NumericIntermediateType(RuntimePrecision::kExponent));
}

TEST(BuilderTest, MoveConversionsFollowCategories) {
  Module module;
  Builder b(module);
  BlockId block = b.AddBlock({}, Loc(1), "B", StorageClass::kWorkingStorage);
  auto field = [&](std::string_view name, TypeId type) {
    return b.DataRef(Loc(2), b.AddField(block, {}, Loc(2), name, 77, type));
  };
  ExpressionId num = field("N", b.DecimalType(5, 0, false, DecimalEncoding::kZoned));
  ExpressionId dec = field("D", b.DecimalType(5, 2, false, DecimalEncoding::kZoned));
  ExpressionId alnum = field("A", b.AlphanumericType(5));
  ExpressionId alpha = field("L", b.AlphabeticType(5));
  ExpressionId edited = field("E", b.NumericEditedType("ZZ9.99", 6, 5, 2));
  ExpressionId group = field("G", b.GroupType());
  ExpressionId index = field("I", b.IndexType());
  auto classify = [&](ExpressionId from, ExpressionId to) {
    return ClassifyMove(module, from, module.expression_type(to));
  };
  EXPECT_EQ(classify(num, dec), MoveConversion::kNumeric);
  EXPECT_EQ(classify(num, alnum), MoveConversion::kNumericToAlphanumeric);
  EXPECT_EQ(classify(dec, alnum), std::nullopt);  // only integers go to alphanumeric
  EXPECT_EQ(classify(num, edited), MoveConversion::kEdit);
  EXPECT_EQ(classify(edited, num), MoveConversion::kDeEdit);
  EXPECT_EQ(classify(alnum, num), MoveConversion::kAlphanumericToNumeric);
  EXPECT_EQ(classify(alpha, num), std::nullopt);
  EXPECT_EQ(classify(num, alpha), std::nullopt);
  EXPECT_EQ(classify(group, num), MoveConversion::kByteCopy);
  EXPECT_EQ(classify(num, index), std::nullopt);
  EXPECT_EQ(classify(b.Figurative(Loc(3), FigurativeConstant::kSpace), alnum),
            MoveConversion::kFigurativeFill);
  StatementId move = b.Move(Loc(4), num, {dec});
  EXPECT_EQ(module.statements().Get<MoveStatement>(move).conversions,
            std::vector<MoveConversion>{MoveConversion::kNumeric});
}

TEST(BuilderTest, CheckedCastsOnTheKindTag) {
  Module module;
  Builder b(module);
  StatementId s = b.Continue(Loc(1));
  EXPECT_TRUE(module.statements().Is<ContinueStatement>(s));
  EXPECT_EQ(module.statements().TryGet<MoveStatement>(s), nullptr);
  EXPECT_NE(module.statements().TryGet<ContinueStatement>(s), nullptr);
  EXPECT_DEATH((void)module.statements().Get<MoveStatement>(s), "node kind mismatch");
  EXPECT_DEATH((void)module.statements().Get<MoveStatement>(StatementId(99)), "out of range");
}

TEST(BuilderTest, LocationsShowTheIncludeChain) {
  Module module;
  module.mutable_sources().paths = {"MAIN.cbl", "REC.cpy"};
  module.mutable_sources().includes[0] = {SourceLoc{FileId{0}, 9, 8, {}}, FileId{1}};
  EXPECT_EQ(FormatLocation(module, SourceLoc{FileId{1}, 3, 12, IncludeId{0}}),
            "@REC.cpy:3:12 via MAIN.cbl:9:8");
  EXPECT_EQ(FormatLocation(module, SourceLoc{}), "@?");
}

}  // namespace
}  // namespace remint::ir

// Each verifier diagnostic kind, triggered by breaking one invariant of the (valid) sample
// module, and a check that the table below covers every kind of the "ir-verify" phase.
#include "ir/verifier.h"

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <set>
#include <string>

#include "base/diagnostics/diagnostic_emitter.h"
#include "ir/builder.h"
#include "tests/ir/sample_module.h"

namespace remint::ir {
namespace {

using testing::SampleModule;

struct BreakCase {
  const char* code;
  const char* what;
  std::function<void(SampleModule&, Builder&)> breaks;
};

// Names the case in test output and in ctest's discovered names (without it gtest prints the
// struct's bytes, pointers included, so the names changed at every discovery).
void PrintTo(const BreakCase& break_case, std::ostream* out) {
  *out << break_case.code << " (" << break_case.what << ")";
}

auto Loc(uint32_t line) -> SourceLoc { return SourceLoc{FileId{0}, line, 8, {}}; }

auto Move(SampleModule& s) -> MoveStatement& {
  return s.module.mutable_statements().GetMutable<MoveStatement>(s.move);
}

const BreakCase kCases[] = {
    {"RM5001", "an id out of range",
     [](SampleModule& s, Builder&) { Move(s).targets.push_back(ExpressionId(999999)); }},
    {"RM5002", "a node without location",
     [](SampleModule& s, Builder&) { s.module.field(s.name).loc = SourceLoc{}; }},
    {"RM5003", "an expression with two owners",
     [](SampleModule& s, Builder&) { Move(s).targets.push_back(Move(s).source); }},
    {"RM5004", "a field size not matching its type",
     [](SampleModule& s, Builder&) { s.module.field(s.name).size = 21; }},
    {"RM5005", "a group size not matching its children",
     [](SampleModule& s, Builder&) { s.module.field(s.record).size += 1; }},
    {"RM5006", "a field outside its group",
     [](SampleModule& s, Builder&) { s.module.field(s.name).offset = 500; }},
    {"RM5007", "a REDEFINES not at its base",
     [](SampleModule& s, Builder&) { s.module.field(s.redefines).offset += 1; }},
    {"RM5008", "a level-05 REDEFINES larger than its base",
     [](SampleModule& s, Builder& b) {
       s.module.field(s.redefines).type = b.AlphanumericType(6);
       s.module.field(s.redefines).size = 6;
     }},
    {"RM5009", "a RENAMES not covering its range",
     [](SampleModule& s, Builder&) { s.module.field(s.renames).size = 3; }},
    {"RM5010", "an OCCURS with a minimum over its maximum",
     [](SampleModule& s, Builder&) { s.module.field(s.table).array->dimensions[0].minimum = 13; }},
    {"RM5011", "a block size not matching its fields",
     [](SampleModule& s, Builder&) { s.module.blocks().Get(s.record_block).size = 1; }},
    {"RM5012", "a child whose parent link is wrong",
     [](SampleModule& s, Builder&) { s.module.field(s.name).parent = s.table; }},
    {"RM5013", "a PERFORM without a procedure",
     [](SampleModule& s, Builder&) {
       s.module.mutable_statements().GetMutable<PerformStatement>(s.perform).procedures =
           ProcedureRange{};
     }},
    {"RM5014", "a GO TO into another unit",
     [](SampleModule& s, Builder& b) {
       b.AppendToBody(s.subroutine, b.GoTo(Loc(1), s.main_paragraph));
     }},
    {"RM5015", "a MOVE from an index item",
     [](SampleModule& s, Builder& b) {
       s.module.set_expression_type(Move(s).source, b.IndexType());
     }},
    {"RM5016", "a MOVE recording the wrong conversion",
     [](SampleModule& s, Builder&) { Move(s).conversions[0] = MoveConversion::kNumeric; }},
    {"RM5017", "a WHEN with fewer objects than subjects",
     [](SampleModule& s, Builder&) {
       s.module.mutable_statements()
           .GetMutable<EvaluateStatement>(s.evaluate)
           .whens[0]
           .alternatives[0]
           .objects.pop_back();
     }},
    {"RM5018", "an ALTER of a paragraph that is not a lone GO TO",
     [](SampleModule& s, Builder& b) {
       b.Append(
           s.main_paragraph,
           b.Statement(Loc(1), AlterStatement{{AlterClause{s.main_paragraph, s.exit_paragraph}}}));
     }},
    {"RM5019", "an IF on a non-condition",
     [](SampleModule& s, Builder& b) {
       b.Append(s.main_paragraph, b.If(Loc(1), b.DataRef(Loc(1), s.name), {}));
     }},
    {"RM5020", "a reference with too many subscripts",
     [](SampleModule& s, Builder& b) {
       b.Append(s.main_paragraph, b.Display(Loc(1), {b.DataRef(Loc(1), s.table,
                                                               {b.NumericLiteral(Loc(1), "1"),
                                                                b.NumericLiteral(Loc(1), "2")})}));
     }},
    {"RM5021", "a decimal type with no digits",
     [](SampleModule&, Builder& b) { b.DecimalType(0, 0, false, DecimalEncoding::kZoned); }},
    {"RM5022", "a SEARCH of an item without OCCURS",
     [](SampleModule& s, Builder& b) {
       s.module.mutable_statements().GetMutable<SearchStatement>(s.search).table =
           b.DataRef(Loc(1), s.name);
     }},
    {"RM5023", "a label placed by another statement",
     [](SampleModule& s, Builder&) { s.module.labels().Get(LabelId(0)).statement = s.move; }},
    {"RM5024", "an EXEC PGM= step without a program",
     [](SampleModule& s, Builder& b) { s.module.steps().Get(s.step).program = b.Intern(""); }},
    {"RM5025", "a RECORD KEY outside the record area",
     [](SampleModule& s, Builder&) { s.module.files().Get(s.file).record_key = s.name; }},
    {"RM5026", "a reference typed unlike its field",
     [](SampleModule& s, Builder& b) {
       s.module.set_expression_type(Move(s).targets[0], b.AlphanumericType(3));
     }},
    {"RM5027", "an ALTER (flagged even in a valid module)", [](SampleModule&, Builder&) {}},
    {"RM5030", "a COBOL division typed as an exact intermediate",
     [](SampleModule& s, Builder& b) {
       ExpressionId quotient = b.Binary(Loc(1), ArithmeticOperator::kDivide,
                                        b.DataRef(Loc(1), s.balance), b.DataRef(Loc(1), s.balance));
       s.module.set_expression_type(
           quotient, b.DecimalIntermediateType(18, 2, IntermediatePrecision::kExact));
     }},
    {"RM5031", "a field typed as an intermediate",
     [](SampleModule& s, Builder& b) {
       s.module.field(s.balance).type =
           b.DecimalIntermediateType(9, 2, IntermediatePrecision::kExact);
     }},
    {"RM5032", "a table whose span saturated the layout's arithmetic",
     [](SampleModule& s, Builder&) {
       s.module.field(s.table).array->dimensions[0].upper = int64_t{1} << 62;
       s.module.field(s.table).array->dimensions[0].minimum = int64_t{1} << 62;
     }},
    {"RM5033", "a NEXT SENTENCE naming a statement that does not hold it",
     [](SampleModule& s, Builder&) {
       s.module.mutable_statements().GetMutable<ExitStatement>(s.next_sentence).target = s.move;
     }},
    {"RM5034", "a collating table that does not weigh every byte",
     [](SampleModule& s, Builder&) {
       s.module.units().Get(s.program).collating_table.weights.pop_back();
     }},
};

auto VerifyCodes(const Module& module, bool* ok) -> std::set<std::string> {
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  *ok = Verify(module, emitter);
  std::set<std::string> codes;
  for (const Diagnostic& diagnostic : collector.TakeSorted()) {
    codes.insert(std::string(diagnostic.code()));
  }
  return codes;
}

class VerifierBreakTest : public ::testing::TestWithParam<BreakCase> {};

TEST_P(VerifierBreakTest, ReportsTheBrokenInvariant) {
  const BreakCase& c = GetParam();
  SampleModule sample = testing::BuildSampleModule();
  Builder builder(sample.module);
  c.breaks(sample, builder);
  bool ok = true;
  std::set<std::string> codes = VerifyCodes(sample.module, &ok);
  EXPECT_TRUE(codes.contains(c.code)) << c.what << ": " << c.code << " not reported";
  bool is_error =
      GetDiagnosticKindInfo(*FindDiagnosticKindByCode(c.code)).severity == Severity::kError;
  EXPECT_EQ(ok, !is_error);
}

INSTANTIATE_TEST_SUITE_P(EveryKind, VerifierBreakTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<BreakCase>& case_info) {
                           return std::string(case_info.param.code);
                         });

TEST(VerifierTest, EveryIrVerifyKindHasATriggeringCase) {
  std::set<std::string> covered;
  for (const BreakCase& c : kCases) covered.insert(c.code);
  for (const DiagnosticKindInfo& info : AllDiagnosticKinds()) {
    if (info.phase != "ir-verify") continue;
    EXPECT_TRUE(covered.contains(std::string(info.code))) << info.code << " is never triggered";
  }
}

TEST(VerifierTest, EmptyModuleVerifies) {
  Module module;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  EXPECT_TRUE(Verify(module, emitter));
  EXPECT_TRUE(collector.TakeSorted().empty());
}

// A module with X PIC S9(18) and Y PIC S9(16)V99, for the arithmetic checks.
struct ArithmeticFixture {
  ArithmeticFixture() : b(module) {
    BlockId block = b.AddBlock({}, Loc(1), "B", StorageClass::kWorkingStorage);
    x = b.AddField(block, {}, Loc(2), "X", 77, b.DecimalType(18, 0, true, DecimalEncoding::kZoned));
    y = b.AddField(block, {}, Loc(2), "Y", 77, b.DecimalType(18, 2, true, DecimalEncoding::kZoned));
    b.LayOut(block);
  }
  auto Ref(FieldId field) -> ExpressionId { return b.DataRef(Loc(3), field); }
  Module module;
  Builder b;
  FieldId x;
  FieldId y;
};

// Storage decimals stay capped at 38 digits; intermediates are not capped, but must be what
// their operands give.
TEST(VerifierTest, IntermediatesAreCheckedByTheirOwnRule) {
  bool ok = false;
  {
    ArithmeticFixture f;
    // X * X * X: 54 digits, beyond any storage item, and valid.
    ExpressionId cube = f.b.Binary(
        Loc(3), ArithmeticOperator::kMultiply,
        f.b.Binary(Loc(3), ArithmeticOperator::kMultiply, f.Ref(f.x), f.Ref(f.x)), f.Ref(f.x));
    EXPECT_EQ(f.module.expression_type(cube),
              f.b.DecimalIntermediateType(54, 0, IntermediatePrecision::kExact));
    EXPECT_TRUE(VerifyCodes(f.module, &ok).empty());
    EXPECT_TRUE(ok);
  }
  {
    ArithmeticFixture f;
    f.b.DecimalType(39, 0, true, DecimalEncoding::kZoned);
    EXPECT_EQ(VerifyCodes(f.module, &ok), std::set<std::string>{"RM5021"});
  }
  // Inconsistent intermediates: a quotient with too few places, a negation of the wrong width,
  // an alignment claiming the operand's places, a product typed as a storage item.
  auto broken = [&](auto&& make) {
    ArithmeticFixture f;
    make(f);
    return VerifyCodes(f.module, &ok);
  };
  const std::set<std::string> mismatch{"RM5030"};
  EXPECT_EQ(broken([](ArithmeticFixture& f) {
              ExpressionId q =
                  f.b.Binary(Loc(4), ArithmeticOperator::kDivide, f.Ref(f.y), f.Ref(f.x));
              // Y / X keeps 38 + 2 places, not 38.
              f.module.set_expression_type(
                  q, f.b.DecimalIntermediateType(54, 38, IntermediatePrecision::kTruncated,
                                                 IntermediatePlaces::kFixedUnlessZero));
            }),
            mismatch);
  EXPECT_EQ(broken([](ArithmeticFixture& f) {
              ExpressionId n = f.b.Unary(Loc(4), UnaryOperator::kNegate, f.Ref(f.y));
              f.module.set_expression_type(
                  n, f.b.DecimalIntermediateType(19, 2, IntermediatePrecision::kExact));
            }),
            mismatch);
  EXPECT_EQ(broken([](ArithmeticFixture& f) {
              ExpressionId a = f.b.DecimalAlign(Loc(4), f.Ref(f.y), 0);
              f.module.set_expression_type(
                  a, f.b.DecimalIntermediateType(18, 2, IntermediatePrecision::kExact));
            }),
            mismatch);
  EXPECT_EQ(
      broken([](ArithmeticFixture& f) {
        ExpressionId p = f.b.Binary(Loc(4), ArithmeticOperator::kMultiply, f.Ref(f.x), f.Ref(f.y));
        f.module.set_expression_type(p, f.b.DecimalType(36, 2, true, DecimalEncoding::kZoned));
      }),
      mismatch);
}

TEST(VerifierTest, StructuralErrorsStopTheSemanticChecks) {
  SampleModule sample = testing::BuildSampleModule();
  Move(sample).targets.push_back(ExpressionId(999999));
  bool ok = true;
  std::set<std::string> codes = VerifyCodes(sample.module, &ok);
  EXPECT_FALSE(ok);
  EXPECT_EQ(codes, std::set<std::string>{"RM5001"});
}

}  // namespace
}  // namespace remint::ir

// Golden tests of the text and JSON forms on the sample module, which uses every node kind.
// REMINT_UPDATE_GOLDEN=1 rewrites tests/ir/golden/*; review the diff before committing.
#include "tests/support/golden.h"

#include <gtest/gtest.h>

#include <set>

#include "base/diagnostics/diagnostic_emitter.h"
#include "ir/json_writer.h"
#include "ir/text_printer.h"
#include "ir/verifier.h"
#include "tests/ir/sample_module.h"

namespace remint::ir {
namespace {

TEST(IrGoldenTest, SampleModuleUsesEveryNodeKind) {
  testing::SampleModule sample = testing::BuildSampleModule();
  const Module& m = sample.module;
  std::set<int> statements, expressions, types;
  for (uint32_t i = 0; i < m.statements().size(); ++i) {
    statements.insert(static_cast<int>(m.statements().kind(StatementId(i))));
  }
  for (uint32_t i = 0; i < m.expressions().size(); ++i) {
    expressions.insert(static_cast<int>(m.expressions().kind(ExpressionId(i))));
  }
  for (uint32_t i = 0; i < m.types().size(); ++i) {
    types.insert(static_cast<int>(m.types().kind(TypeId(i))));
  }
  for (uint32_t k = 0; k < kStatementKindCount; ++k) {
    EXPECT_TRUE(statements.contains(static_cast<int>(k)))
        << "no " << KindName(static_cast<StatementKind>(k)) << " statement in the sample";
  }
  for (uint32_t k = 0; k < kExpressionKindCount; ++k) {
    EXPECT_TRUE(expressions.contains(static_cast<int>(k)))
        << "no " << KindName(static_cast<ExpressionKind>(k)) << " expression in the sample";
  }
  for (uint32_t k = 0; k < kTypeKindCount; ++k) {
    EXPECT_TRUE(types.contains(static_cast<int>(k)))
        << "no " << KindName(static_cast<TypeKind>(k)) << " type in the sample";
  }
  EXPECT_GT(m.units().size(), 0u);
  EXPECT_GT(m.blocks().size(), 0u);
  EXPECT_GT(m.fields().size(), 0u);
  EXPECT_GT(m.condition_names().size(), 0u);
  EXPECT_GT(m.paragraphs().size(), 0u);
  EXPECT_GT(m.labels().size(), 0u);
  EXPECT_GT(m.files().size(), 0u);
  EXPECT_GT(m.jobs().size(), 0u);
  EXPECT_GT(m.steps().size(), 0u);
  EXPECT_GT(m.dds().size(), 0u);
}

TEST(IrGoldenTest, SampleModuleVerifies) {
  testing::SampleModule sample = testing::BuildSampleModule();
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(nullptr, collector);
  EXPECT_TRUE(Verify(sample.module, emitter));
  std::vector<Diagnostic> diagnostics = collector.TakeSorted();
  // The only finding is the flag on the ALTER the sample keeps on purpose.
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code(), "RM5027");
}

TEST(IrGoldenTest, TextForm) {
  testing::SampleModule sample = testing::BuildSampleModule();
  EXPECT_TRUE(remint::testing::MatchesGolden(std::string(REMINT_IR_GOLDEN_DIR) + "/sample.ir.txt",
                                             PrintModule(sample.module)));
}

TEST(IrGoldenTest, JsonForm) {
  testing::SampleModule sample = testing::BuildSampleModule();
  EXPECT_TRUE(remint::testing::MatchesGolden(std::string(REMINT_IR_GOLDEN_DIR) + "/sample.ir.json",
                                             ModuleToJson(sample.module).dump(1) + "\n"));
}

TEST(IrGoldenTest, OutputIsDeterministic) {
  testing::SampleModule first = testing::BuildSampleModule();
  testing::SampleModule second = testing::BuildSampleModule();
  EXPECT_EQ(PrintModule(first.module), PrintModule(second.module));
  EXPECT_EQ(ModuleToJson(first.module).dump(), ModuleToJson(second.module).dump());
}

TEST(IrGoldenTest, JsonHasVersionAndEveryNode) {
  testing::SampleModule sample = testing::BuildSampleModule();
  nlohmann::ordered_json json = ModuleToJson(sample.module);
  EXPECT_EQ(json["ir_version"], 4);
  EXPECT_EQ(json["statements"].size(), sample.module.statements().size());
  EXPECT_EQ(json["expressions"].size(), sample.module.expressions().size());
  EXPECT_EQ(json["fields"].size(), sample.module.fields().size());
  EXPECT_EQ(json["statements"][sample.move.index]["kind"], "move");
}

}  // namespace
}  // namespace remint::ir

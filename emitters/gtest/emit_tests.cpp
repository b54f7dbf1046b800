#include "emitters/gtest/emit_tests.h"

#include <fmt/format.h>

#include <cctype>
#include <map>
#include <set>

#include "emitters/gtest/support_files.h"

namespace remint::emit_gtest {
namespace {

// A C++ identifier from a COBOL or case name: other characters become '_', and a leading
// digit gets a prefix.
auto Identifier(const std::string& name, std::string_view prefix) -> std::string {
  std::string text;
  for (const char c : name) {
    text += std::isalnum(static_cast<unsigned char>(c)) != 0 ? c : '_';
  }
  if (text.empty() || std::isdigit(static_cast<unsigned char>(text[0])) != 0) {
    text.insert(0, prefix);
  }
  return text;
}

// kAcctRec from ACCT-REC.
auto LayoutConstant(const std::string& record) -> std::string {
  std::string text = "k";
  bool upper = true;
  for (const char c : record) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) {
      upper = true;
      continue;
    }
    text += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                  : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    upper = false;
  }
  return text;
}

auto CxxString(std::string_view text) -> std::string {
  std::string quoted = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (byte < 0x20 || byte >= 0x7F) {
      // Octal, so that a following hex digit is not swallowed.
      quoted += fmt::format("\\{:03o}", byte);
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

auto KindName(FieldKind kind) -> std::string_view {
  switch (kind) {
    case FieldKind::kText:
      return "kText";
    case FieldKind::kZoned:
      return "kZoned";
    case FieldKind::kPacked:
      return "kPacked";
    case FieldKind::kPackedUnsigned:
      return "kPackedUnsigned";
    case FieldKind::kBinary:
      return "kBinary";
    case FieldKind::kNativeBinary:
      return "kNativeBinary";
    case FieldKind::kBytes:
      return "kBytes";
  }
  return "kBytes";
}

auto FramingName(Framing framing) -> std::string_view {
  switch (framing) {
    case Framing::kBytes:
      return "kBytes";
    case Framing::kFixed:
      return "kFixed";
    case Framing::kLines:
      return "kLines";
    case Framing::kCobcVariable:
      return "kCobcVariable";
  }
  return "kBytes";
}

auto Bool(bool value) -> std::string_view { return value ? "true" : "false"; }

// The layouts a program's cases use, each written once, by record name; two different layouts
// of one name get distinct constants.
class LayoutTable {
 public:
  auto ConstantFor(const RecordLayout& layout) -> std::string {
    const std::string key = Key(layout);
    if (auto found = constants_.find(key); found != constants_.end()) return found->second;
    std::string constant = LayoutConstant(layout.name);
    if (constant == "k") constant = "kRecord";
    std::string unique = constant;
    for (int n = 2; used_.contains(unique); ++n) unique = fmt::format("{}{}", constant, n);
    used_.insert(unique);
    constants_.emplace(key, unique);
    definitions_ += Definition(layout, unique);
    return unique;
  }
  auto definitions() const -> const std::string& { return definitions_; }

 private:
  static auto Key(const RecordLayout& layout) -> std::string {
    std::string key = layout.name + '\n';
    for (const FieldLayout& field : layout.fields) {
      key += fmt::format("{}|{}|{}|{}|{}|{}|{}{}{}\n", field.name, field.offset, field.size,
                         static_cast<int>(field.kind), field.digits, field.scale, field.is_signed,
                         field.sign_leading, field.sign_separate);
    }
    return key;
  }
  static auto Definition(const RecordLayout& layout, const std::string& constant) -> std::string {
    std::string text = fmt::format(
        "// {}: offset, bytes, kind, digits, scale, signed, "
        "sign leading, sign separate.\n"
        "constexpr Field {}Fields[] = {{\n",
        layout.name, constant);
    for (const FieldLayout& field : layout.fields) {
      text += fmt::format("    {{{}, {}, {}, FieldKind::{}, {}, {}, {}, {}, {}}},\n",
                          CxxString(field.name), field.offset, field.size, KindName(field.kind),
                          field.digits, field.scale, Bool(field.is_signed),
                          Bool(field.sign_leading), Bool(field.sign_separate));
    }
    text += fmt::format("}};\nconstexpr Layout {}{{{}, {}Fields}};\n\n", constant,
                        CxxString(layout.name), constant);
    return text;
  }

  std::map<std::string, std::string> constants_;
  std::set<std::string> used_;
  std::string definitions_;
};

auto ShapeInitializer(const DatasetShape& shape, LayoutTable& layouts) -> std::string {
  const std::string layout =
      shape.layout ? "&" + layouts.ConstantFor(*shape.layout) : std::string("nullptr");
  return fmt::format("{{Framing::{}, {}, {}}}", FramingName(shape.framing), shape.record_length,
                     layout);
}

auto CaseDirectory(const ProgramTests& program, const RecordedCase& recorded) -> std::string {
  return fmt::format("cases/{}/{}", program.program, TestName(recorded.name));
}

auto TestFile(const ProgramTests& program, std::vector<emit_cpp::EmittedFile>& files)
    -> std::string {
  LayoutTable layouts;
  std::string tests;
  for (const RecordedCase& recorded : program.cases) {
    const std::string directory = CaseDirectory(program, recorded);
    std::string body;
    if (recorded.timed_out) {
      tests += fmt::format(
          "\nTEST({}, {}) {{\n  GTEST_SKIP() << \"the legacy run of case {} timed out: there is "
          "no outcome to compare with\";\n}}\n",
          Identifier(program.program, "P"), TestName(recorded.name), recorded.name);
      continue;
    }
    body += fmt::format("  recorded.name = {};\n", CxxString(recorded.name));
    body += "  recorded.program = PROGRAM_EXECUTABLE;\n";
    body += fmt::format("  recorded.directory = CASES_DIRECTORY \"/{}/{}\";\n", program.program,
                        TestName(recorded.name));
    body += fmt::format("  recorded.clock = {};\n", CxxString(recorded.clock));
    if (recorded.parm) {
      body += fmt::format("  recorded.has_parm = true;\n  recorded.parm = {};\n",
                          CxxString(*recorded.parm));
    }
    for (const RecordedDataset& input : recorded.inputs) {
      body += fmt::format("  recorded.inputs.push_back({{{}, \"input/{}\", true, {}}});\n",
                          CxxString(input.dd), input.dd, ShapeInitializer(input.shape, layouts));
      files.push_back({fmt::format("tests/{}/input/{}", directory, input.dd), input.bytes});
    }
    if (recorded.stdin_bytes) {
      body += "  recorded.stdin_file = \"stdin\";\n";
      files.push_back({fmt::format("tests/{}/stdin", directory), *recorded.stdin_bytes});
    }
    for (const RecordedDataset& output : recorded.outputs) {
      body += fmt::format("  recorded.outputs.push_back({{{}, \"output/{}\", {}, {}}});\n",
                          CxxString(output.dd), output.dd, Bool(output.present),
                          ShapeInitializer(output.shape, layouts));
      if (output.present) {
        files.push_back({fmt::format("tests/{}/output/{}", directory, output.dd), output.bytes});
      }
    }
    body += "  recorded.stdout_file = \"stdout\";\n  recorded.stderr_file = \"stderr\";\n";
    files.push_back({fmt::format("tests/{}/stdout", directory), recorded.stdout_bytes});
    files.push_back({fmt::format("tests/{}/stderr", directory), recorded.stderr_bytes});
    body += fmt::format("  recorded.exit_code = {};\n", recorded.exit_code);
    if (recorded.signal != 0) body += fmt::format("  recorded.signal = {};\n", recorded.signal);
    tests += fmt::format(
        "\nTEST({}, {}) {{\n  equivalence::Case recorded;\n{}  EXPECT_TRUE(equivalence::Replay("
        "recorded));\n}}\n",
        Identifier(program.program, "P"), TestName(recorded.name), body);
  }
  std::string text = fmt::format(
      "// Equivalence tests of {0}, emitted by remint from {1} case{2} recorded with the legacy "
      "build\n// of {3}. Each test runs the C++ {0} on a case's inputs (tests/cases/{0}/<case>/) "
      "and\n// compares every output, the standard streams and the return code, byte for "
      "byte.\n#include \"support/equivalence.h\"\n\nnamespace {{\n\nusing equivalence::Field;\n"
      "using equivalence::FieldKind;\nusing equivalence::Framing;\nusing equivalence::Layout;\n\n",
      program.program, program.cases.size(), program.cases.size() == 1 ? "" : "s",
      program.legacy_path);
  text += layouts.definitions();
  text += "}  // namespace\n";
  text += tests;
  return text;
}

auto TestsCMakeLists(std::span<const ProgramTests> programs) -> std::string {
  std::string text =
      R"(# Equivalence tests, emitted by remint: each program's recorded cases replayed against its C++
# translation (see support/equivalence.h). Run them with ctest, or each <PROGRAM>_equivalence.
find_package(GTest)
if(NOT GTest_FOUND)
  message(WARNING "GoogleTest was not found: the equivalence tests are not built")
  return()
endif()
add_library(equivalence STATIC support/equivalence.cpp)
target_include_directories(equivalence PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(equivalence PUBLIC GTest::gtest)
target_compile_options(equivalence PRIVATE -Wall -Wextra)
)";
  for (const ProgramTests& program : programs) {
    text += fmt::format(
        "\nadd_executable({0} {1}_test.cpp)\ntarget_link_libraries({0} PRIVATE equivalence "
        "GTest::gtest_main)\ntarget_compile_definitions({0} PRIVATE\n  "
        "PROGRAM_EXECUTABLE=\"$<TARGET_FILE:{1}>\"\n  "
        "CASES_DIRECTORY=\"${{CMAKE_CURRENT_SOURCE_DIR}}/cases\")\nadd_dependencies({0} {1})\n"
        "add_test(NAME {0} COMMAND {0})\n",
        TestExecutableName(program.program), program.program);
  }
  return text;
}

}  // namespace

auto TestExecutableName(const std::string& program) -> std::string {
  return program + "_equivalence";
}

auto TestName(const std::string& case_name) -> std::string {
  return Identifier(case_name, "case_");
}

auto EmitTests(std::span<const ProgramTests> programs) -> std::vector<emit_cpp::EmittedFile> {
  std::vector<emit_cpp::EmittedFile> files;
  files.push_back({"tests/CMakeLists.txt", TestsCMakeLists(programs)});
  for (const emit_cpp::EmbeddedFile& file : SupportFiles()) {
    files.push_back({"tests/support/" + std::string(file.path), std::string(file.bytes)});
  }
  for (const ProgramTests& program : programs) {
    std::string text = TestFile(program, files);
    files.push_back({fmt::format("tests/{}_test.cpp", program.program), std::move(text)});
  }
  return files;
}

}  // namespace remint::emit_gtest

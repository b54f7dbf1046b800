// The GoogleTest emitter: recorded cases in, the equivalence tests of an emitted project out
// (tests/CMakeLists.txt, a test file per program with a test per case, the cases' datasets
// under tests/cases/, and the support library that replays a case and explains a mismatch).
// It reads no IR: the caller describes each dataset's framing and record layout.
#ifndef REMINT_EMITTERS_GTEST_EMIT_TESTS_H_
#define REMINT_EMITTERS_GTEST_EMIT_TESTS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "emitters/cpp/emit_module.h"

namespace remint::emit_gtest {

// The names mirror tests/support/equivalence.h in the emitted project.
enum class FieldKind : uint8_t {
  kText,
  kZoned,
  kPacked,
  kPackedUnsigned,
  kBinary,
  kNativeBinary,
  kBytes,
};

struct FieldLayout {
  std::string name;
  uint32_t offset = 0;
  uint32_t size = 0;
  FieldKind kind = FieldKind::kText;
  uint8_t digits = 0;
  int8_t scale = 0;
  bool is_signed = false;
  bool sign_leading = false;
  bool sign_separate = false;
};

struct RecordLayout {
  std::string name;  // the 01 record
  std::vector<FieldLayout> fields;
};

enum class Framing : uint8_t { kBytes, kFixed, kLines, kCobcVariable };

struct DatasetShape {
  Framing framing = Framing::kBytes;
  uint32_t record_length = 0;
  std::optional<RecordLayout> layout;
};

struct RecordedDataset {
  std::string dd;
  std::string bytes;
  bool present = true;  // an output the legacy run did not write is recorded as absent
  DatasetShape shape;
};

struct RecordedCase {
  std::string name;
  std::optional<std::string> parm;
  std::string clock;
  std::vector<RecordedDataset> inputs;
  std::optional<std::string> stdin_bytes;
  std::vector<RecordedDataset> outputs;
  std::string stdout_bytes;
  std::string stderr_bytes;
  int exit_code = 0;
  int signal = 0;
  bool timed_out = false;  // no outcome to compare with: the test is skipped, saying why
};

struct ProgramTests {
  std::string program;      // the executable's name (PROGRAM-ID)
  std::string legacy_path;  // the COBOL source, for the file's comment
  std::vector<RecordedCase> cases;
};

// The name of the test executable of `program`, and of a case's test.
auto TestExecutableName(const std::string& program) -> std::string;
auto TestName(const std::string& case_name) -> std::string;

// Every file of the project's tests/ directory, paths relative to the project root.
auto EmitTests(std::span<const ProgramTests> programs) -> std::vector<emit_cpp::EmittedFile>;

}  // namespace remint::emit_gtest

#endif  // REMINT_EMITTERS_GTEST_EMIT_TESTS_H_

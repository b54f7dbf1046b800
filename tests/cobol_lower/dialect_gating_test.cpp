// --dialect gating (frontends/cobol/lower/dialect_features.h): for one small program per
// construct that some dialect lacks, and for every dialect cobc has, remint must report RM2380
// exactly when cobc -std=<dialect> rejects the program, on the line cobc reports first. cobc
// decides each expectation when the test runs; nothing here is written from memory.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "frontends/cobol/lower/dialect_features.h"
#include "tests/cobol_lower/lower_test_support.h"
#include "tests/support/availability.h"
#include "tests/support/cobc_reference.h"
#include "tests/support/process.h"

namespace remint::cobol::testing {
namespace {

namespace fs = std::filesystem;

struct Probe {
  const char* name;
  const char* data;              // WORKING-STORAGE entries (fixed form, from column 8)
  const char* procedure;         // statements
  const char* source = nullptr;  // the whole program instead, where the template cannot hold it
};

// One construct each, so that a rejection can only be that construct's.
constexpr Probe kProbes[] = {
    {"level-78", "       78  K-78 VALUE 10.", "           DISPLAY K-78"},
    {"constant", "       01  K-C CONSTANT AS 5.", "           DISPLAY K-C"},
    {"constant-length-of", "       01  W PIC X(4).\n       01  L-W CONSTANT AS LENGTH OF W.",
     "           DISPLAY L-W"},
    {"binary-char", "       01  B-C USAGE BINARY-CHAR.", "           CONTINUE"},
    {"binary-long-unsigned", "       01  B-L BINARY-LONG UNSIGNED.", "           CONTINUE"},
    {"float-short", "       01  F-S USAGE FLOAT-SHORT.", "           CONTINUE"},
    {"comp-1", "       01  C-1 USAGE COMP-1.", "           CONTINUE"},
    {"comp-2", "       01  C-2 COMPUTATIONAL-2.", "           CONTINUE"},
    {"comp-5", "       01  C-5 PIC 9(3) COMP-5.", "           CONTINUE"},
    {"comp-6", "       01  C-6 PIC 9(3) COMP-6.", "           CONTINUE"},
    {"comp-x", "       01  C-X PIC 9(3) COMP-X.", "           CONTINUE"},
    {"comp-n", "       01  C-N PIC X(2) COMP-N.", "           CONTINUE"},
    {"based", "       01  B-B PIC X(4) BASED.", "           CONTINUE"},
    {"allocate", "       01  B-B PIC X(4) BASED.", "           ALLOCATE B-B"},
    {"free", "       01  PTR USAGE POINTER.", "           FREE PTR"},
    {"accept-argument-value", "       01  A-V PIC X(4).",
     "           ACCEPT A-V FROM ARGUMENT-VALUE"},
    {"accept-argument-number", "       01  A-N PIC 9(4).",
     "           ACCEPT A-N FROM ARGUMENT-NUMBER"},
    {"accept-environment-value", "       01  E-V PIC X(4).",
     "           ACCEPT E-V FROM ENVIRONMENT-VALUE"},
    {"rounded-mode-truncation", "       01  R PIC 9V9.",
     "           COMPUTE R ROUNDED MODE TRUNCATION = 1 / 3"},
    {"rounded-mode-nearest-even", "       01  R PIC 9V9.",
     "           COMPUTE R ROUNDED MODE NEAREST-EVEN = 1 / 3"},
    {"stop-with-normal", "", "           STOP RUN WITH NORMAL STATUS 0"},
    {"stop-with-error", "", "           STOP RUN WITH ERROR STATUS 4"},
    {"stop-returning", "", "           STOP RUN RETURNING 4"},
    {"json-generate", "       01  J PIC X(80).\n       01  S PIC X(4).",
     "           JSON GENERATE J FROM S"},
    {"xml-generate", "       01  J PIC X(80).\n       01  S PIC X(4).",
     "           XML GENERATE J FROM S"},
    {"function-id", "", "",
     "       IDENTIFICATION DIVISION.\n"
     "       FUNCTION-ID. TWICE.\n"
     "       DATA DIVISION.\n"
     "       LINKAGE SECTION.\n"
     "       01  N PIC 9(4).\n"
     "       01  R PIC 9(5).\n"
     "       PROCEDURE DIVISION USING N RETURNING R.\n"
     "           COMPUTE R = N * 2\n"
     "           GOBACK.\n"
     "       END FUNCTION TWICE.\n"},
    {"repository-all-intrinsic", "", "",
     "       IDENTIFICATION DIVISION.\n"
     "       PROGRAM-ID. PROBE.\n"
     "       ENVIRONMENT DIVISION.\n"
     "       CONFIGURATION SECTION.\n"
     "       REPOSITORY.\n"
     "           FUNCTION ALL INTRINSIC.\n"
     "       DATA DIVISION.\n"
     "       WORKING-STORAGE SECTION.\n"
     "       01  N PIC 9(4).\n"
     "       PROCEDURE DIVISION.\n"
     "           COMPUTE N = MOD(7, 3) + INTEGER(2.5)\n"
     "           .\n"},
    // Accepted everywhere: the test must see remint accept them too.
    {"national", "       01  N-N PIC N(3).", "           CONTINUE"},
    {"external", "       01  E-X PIC X(4) EXTERNAL.", "           CONTINUE"},
    {"pointer", "       01  P-P USAGE POINTER.", "           CONTINUE"},
};

constexpr CobolDialect kDialects[] = {CobolDialect::kDefault,   CobolDialect::kCobol85,
                                      CobolDialect::kCobol2002, CobolDialect::kCobol2014,
                                      CobolDialect::kIbm,       CobolDialect::kMf};

auto ProbeSource(const Probe& probe) -> std::string {
  if (probe.source != nullptr) return probe.source;
  std::string source =
      "       IDENTIFICATION DIVISION.\n"
      "       PROGRAM-ID. PROBE.\n"
      "       DATA DIVISION.\n"
      "       WORKING-STORAGE SECTION.\n";
  if (*probe.data != '\0') source += std::string(probe.data) + "\n";
  source += "       01  PROBE-END PIC X.\n       PROCEDURE DIVISION.\n";
  source += std::string(probe.procedure) + "\n           .\n";
  return source;
}

struct CobcError {
  uint32_t line = 0;
  std::string message;  // after "error: "
};

// cobc's first error ("probe.cbl:7: error: ..."), or nullopt if it accepts the program.
auto CobcFirstError(const fs::path& path, CobolDialect dialect)
    -> ErrorOr<std::optional<CobcError>> {
  ErrorOr<remint::testing::ProcessResult> run =
      remint::testing::RunProcess({"cobc", "-std=" + std::string(DialectName(dialect)),
                                   "-fsyntax-only", path.filename().string()},
                                  path.parent_path(), std::chrono::seconds(60));
  if (!run) return run.error();
  if (run->exit_status == 0) return std::optional<CobcError>();
  const std::string prefix = path.filename().string() + ":";
  size_t start = 0;
  const std::string& errors = run->standard_error;
  while (start < errors.size()) {
    size_t end = errors.find('\n', start);
    if (end == std::string::npos) end = errors.size();
    const std::string line = errors.substr(start, end - start);
    if (const size_t error = line.find(": error: ");
        line.starts_with(prefix) && error != std::string::npos) {
      return std::optional<CobcError>(CobcError{
          static_cast<uint32_t>(std::stoul(line.substr(prefix.size()))), line.substr(error + 9)});
    }
    start = end + 1;
  }
  return Error("cobc failed without a located error: " + errors);
}

// A probe cobc -std=default rejects, with cobc's first error and remint's first diagnostic of
// `code` (null when remint reports none).
struct Rejection {
  CobcError cobc;
  LowerResult result;
  const Diagnostic* remint = nullptr;
};

void RunRejectedProbe(const Probe& probe, const fs::path& directory, std::string_view code,
                      Rejection& rejection) {
  const fs::path path = directory / (std::string(probe.name) + ".cbl");
  std::ofstream(path) << ProbeSource(probe);
  ErrorOr<std::optional<CobcError>> cobc = CobcFirstError(path, CobolDialect::kDefault);
  ASSERT_TRUE(cobc.ok()) << cobc.error().message();
  ASSERT_TRUE(cobc->has_value()) << "cobc accepts the probe";
  rejection.cobc = **cobc;
  rejection.result = LowerFile(path.string(), FileLowerOptions{});
  for (const Diagnostic& diagnostic : rejection.result.diagnostics) {
    if (diagnostic.code() == code) {
      rejection.remint = &diagnostic;
      return;
    }
  }
}

TEST(DialectGatingTest, RemintRejectsExactlyWhatCobcRejectsInEachDialect) {
  REMINT_REQUIRE_OR_SKIP(remint::testing::CobcVersion("cobc").ok(),
                         "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const fs::path directory =
      fs::temp_directory_path() / ("remint-dialect-gating-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  size_t rejections = 0;
  for (const Probe& probe : kProbes) {
    const fs::path path = directory / (std::string(probe.name) + ".cbl");
    std::ofstream(path) << ProbeSource(probe);
    for (CobolDialect dialect : kDialects) {
      SCOPED_TRACE(std::string(probe.name) + " under -std=" + std::string(DialectName(dialect)));
      ErrorOr<std::optional<CobcError>> cobc = CobcFirstError(path, dialect);
      ASSERT_TRUE(cobc.ok()) << cobc.error().message();
      FileLowerOptions options;
      options.lower.dialect = dialect;
      LowerResult result = LowerFile(path.string(), options);
      std::vector<uint32_t> gated_lines;
      for (const Diagnostic& diagnostic : result.diagnostics) {
        if (diagnostic.code() == "RM2380") {
          gated_lines.push_back(diagnostic.location.line);
        } else {
          EXPECT_NE(diagnostic.severity, Severity::kError)
              << diagnostic.code() << " " << diagnostic.message;
        }
      }
      if (cobc->has_value()) {
        ++rejections;
        // One RM2380 per construct the dialect lacks; the first is where cobc stops.
        ASSERT_FALSE(gated_lines.empty()) << "cobc rejects it at line " << (*cobc)->line;
        EXPECT_EQ(*std::min_element(gated_lines.begin(), gated_lines.end()), (*cobc)->line)
            << result.messages();
      } else {
        EXPECT_TRUE(gated_lines.empty()) << "cobc accepts it; remint: " << result.messages();
      }
    }
  }
  // The probes must exercise the gate: cobc rejects dozens of these pairs.
  EXPECT_GE(rejections, 40u);
  fs::remove_all(directory);
}

// Every intrinsic function remint knows, called once per line of one program, lowered under
// each dialect: remint reports RM2380 on exactly the lines where cobc -std=<dialect> says
// "FUNCTION 'X' unknown" (cobc keeps reading after each, so one run gives every line).
TEST(DialectGatingTest, IntrinsicFunctionsAreGatedWhereCobcDoesNotKnowThem) {
  REMINT_REQUIRE_OR_SKIP(remint::testing::CobcVersion("cobc").ok(),
                         "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const fs::path directory =
      fs::temp_directory_path() / ("remint-function-gating-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  const fs::path path = directory / "functions.cbl";
  constexpr uint32_t kFirstCallLine = 7;
  const std::vector<std::string_view> names = IntrinsicFunctionNames();
  {
    std::ofstream out(path);
    out << "       IDENTIFICATION DIVISION.\n"
           "       PROGRAM-ID. PROBE.\n"
           "       DATA DIVISION.\n"
           "       WORKING-STORAGE SECTION.\n"
           "       01  A PIC X(10) VALUE \"AB\".\n"
           "       PROCEDURE DIVISION.\n";
    for (std::string_view name : names) out << "           DISPLAY FUNCTION " << name << " (A)\n";
    out << "           .\n";
  }
  // IBM Enterprise COBOL 6.3's Unicode function, which cobc 3.1.2 does not have in any dialect:
  // remint accepts it where the dialect is not an ISO one, for IBM estates.
  auto cobc_lacks = [](std::string_view name) { return name == "ULENGTH"; };
  size_t gated = 0;
  for (CobolDialect dialect : kDialects) {
    SCOPED_TRACE("-std=" + std::string(DialectName(dialect)));
    ErrorOr<remint::testing::ProcessResult> cobc = remint::testing::RunProcess(
        {"cobc", "-std=" + std::string(DialectName(dialect)), "-fsyntax-only", "functions.cbl"},
        directory, std::chrono::seconds(120));
    ASSERT_TRUE(cobc.ok()) << cobc.error().message();
    std::vector<uint32_t> cobc_unknown;
    std::istringstream errors(cobc->standard_error);
    for (std::string line; std::getline(errors, line);) {
      if (!line.starts_with("functions.cbl:") || !line.ends_with("' unknown")) continue;
      const uint32_t number = static_cast<uint32_t>(std::stoul(line.substr(14)));
      const bool ibm_only = cobc_lacks(names.at(number - kFirstCallLine));
      const bool iso = dialect == CobolDialect::kCobol85 || dialect == CobolDialect::kCobol2002 ||
                       dialect == CobolDialect::kCobol2014;
      if (!ibm_only || iso) cobc_unknown.push_back(number);
    }
    FileLowerOptions options;
    options.lower.dialect = dialect;
    LowerResult result = LowerFile(path.string(), options);
    std::vector<uint32_t> remint_gated;
    for (const Diagnostic& diagnostic : result.diagnostics) {
      // Only the call lines count: argument counts (RM2310) differ by design of the probe.
      if (diagnostic.code() == "RM2380" || diagnostic.code() == "RM2309") {
        remint_gated.push_back(diagnostic.location.line);
      }
    }
    std::sort(cobc_unknown.begin(), cobc_unknown.end());
    std::sort(remint_gated.begin(), remint_gated.end());
    auto named = [&](const std::vector<uint32_t>& lines) {
      std::string text;
      for (uint32_t line : lines) text += " " + std::string(names.at(line - kFirstCallLine));
      return text;
    };
    EXPECT_EQ(remint_gated, cobc_unknown)
        << "remint gates:" << named(remint_gated) << "\ncobc does not know:" << named(cobc_unknown);
    gated += remint_gated.size();
  }
  // cobol85 alone lacks 60 of them: the probe must exercise the gate.
  EXPECT_GE(gated, 100u);
  fs::remove_all(directory);
}

// Programs cobc rejects for how they use BASED, ALLOCATE, FREE, ANY LENGTH and FUNCTION-ID:
// remint reports RM2379 on cobc's line, with cobc's words.
constexpr Probe kMisuses[] = {
    {"based-below-01", "       01  G.\n           05 B-X PIC X(10) BASED.", "           CONTINUE"},
    {"allocate-not-based", "       01  N-B PIC X(4).", "           ALLOCATE N-B"},
    {"free-not-based", "       01  N-B PIC X(4).", "           FREE N-B"},
    {"returning-not-pointer", "       01  N-B PIC X(4).",
     "           ALLOCATE 10 CHARACTERS RETURNING N-B"},
    {"characters-without-returning", "", "           ALLOCATE 10 CHARACTERS"},
    {"any-length-in-working-storage", "       01  W PIC X ANY LENGTH.", "           CONTINUE"},
    {"any-length-numeric", "", "           CONTINUE",
     "       IDENTIFICATION DIVISION.\n"
     "       PROGRAM-ID. PROBE.\n"
     "       DATA DIVISION.\n"
     "       LINKAGE SECTION.\n"
     "       01  L-N PIC 9 ANY LENGTH.\n"
     "       PROCEDURE DIVISION USING L-N.\n"
     "           GOBACK.\n"},
    {"any-length-below-01", "", "",
     "       IDENTIFICATION DIVISION.\n"
     "       PROGRAM-ID. PROBE.\n"
     "       DATA DIVISION.\n"
     "       LINKAGE SECTION.\n"
     "       01  G.\n"
     "           05 L-X PIC X ANY LENGTH.\n"
     "       PROCEDURE DIVISION USING G.\n"
     "           GOBACK.\n"},
    {"any-length-not-a-parameter", "", "",
     "       IDENTIFICATION DIVISION.\n"
     "       PROGRAM-ID. PROBE.\n"
     "       DATA DIVISION.\n"
     "       LINKAGE SECTION.\n"
     "       01  L-X PIC X ANY LENGTH.\n"
     "       PROCEDURE DIVISION.\n"
     "           GOBACK.\n"},
    {"function-without-returning", "", "",
     "       IDENTIFICATION DIVISION.\n"
     "       FUNCTION-ID. NO-VALUE.\n"
     "       DATA DIVISION.\n"
     "       LINKAGE SECTION.\n"
     "       01  N PIC 9(4).\n"
     "       PROCEDURE DIVISION USING N.\n"
     "           GOBACK.\n"
     "       END FUNCTION NO-VALUE.\n"},
};

TEST(DialectGatingTest, MisusedDynamicItemsGetCobcsWordsOnCobcsLine) {
  REMINT_REQUIRE_OR_SKIP(remint::testing::CobcVersion("cobc").ok(),
                         "cobc (GnuCOBOL 3.1.2) not found in PATH");
  const fs::path directory =
      fs::temp_directory_path() / ("remint-misuse-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  for (const Probe& probe : kMisuses) {
    SCOPED_TRACE(probe.name);
    Rejection rejection;
    RunRejectedProbe(probe, directory, "RM2379", rejection);
    if (::testing::Test::HasFatalFailure()) return;
    std::string words = rejection.cobc.message;
    // cobc names the item first ("'W' ANY LENGTH ..."); remint's message has it as '{0}':.
    if (words.starts_with("'")) words = words.substr(words.find("' ") + 2);
    const LowerResult& result = rejection.result;
    const Diagnostic* misuse = rejection.remint;
    ASSERT_NE(misuse, nullptr) << result.messages();
    EXPECT_EQ(misuse->location.line, rejection.cobc.line) << misuse->message;
    EXPECT_NE(misuse->message.find(words), std::string::npos)
        << "remint: " << misuse->message << "\ncobc: " << rejection.cobc.message;
  }
  fs::remove_all(directory);
}

// A function's result stored into: cobc rejects each program on the statement's line, remint
// reports RM2382 there and leaves the statement out.
TEST(DialectGatingTest, FunctionResultsCannotReceiveValues) {
  REMINT_REQUIRE_OR_SKIP(remint::testing::CobcVersion("cobc").ok(),
                         "cobc (GnuCOBOL 3.1.2) not found in PATH");
  constexpr Probe kReceivers[] = {
      {"move", "       01  N PIC 9(4).", "           MOVE 1 TO N FUNCTION PI"},
      {"compute", "       01  N PIC 9(4).", "           COMPUTE FUNCTION E = N"},
      {"add-giving", "       01  N PIC 9(4).", "           ADD 1 TO N GIVING FUNCTION PI"},
      {"subtract", "       01  N PIC 9(4).", "           SUBTRACT 1 FROM N GIVING FUNCTION E"},
      {"accept", "", "           ACCEPT FUNCTION CURRENT-DATE"},
      {"string-into", "       01  N PIC X(4).",
       "           STRING N DELIMITED BY SIZE INTO FUNCTION UPPER-CASE(N)"},
  };
  const fs::path directory =
      fs::temp_directory_path() / ("remint-receivers-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  for (const Probe& probe : kReceivers) {
    SCOPED_TRACE(probe.name);
    Rejection rejection;
    RunRejectedProbe(probe, directory, "RM2382", rejection);
    if (::testing::Test::HasFatalFailure()) return;
    const Diagnostic* refused = rejection.remint;
    ASSERT_NE(refused, nullptr) << rejection.result.messages();
    EXPECT_EQ(refused->location.line, rejection.cobc.line) << refused->message;
    EXPECT_NE(refused->message.find("cannot receive a value"), std::string::npos);
  }
  fs::remove_all(directory);
}

// A REPOSITORY function that no FUNCTION-ID of the source defines: cobc leaves it to the
// linker; remint cannot type the call, so it says so (RM2381) and leaves the statement out.
TEST(DialectGatingTest, RepositoryFunctionWithoutDefinitionIsReported) {
  const fs::path directory =
      fs::temp_directory_path() / ("remint-repository-" + std::to_string(::getpid()));
  fs::create_directories(directory);
  const fs::path path = directory / "caller.cbl";
  std::ofstream(path) << "       IDENTIFICATION DIVISION.\n"
                         "       PROGRAM-ID. CALLER.\n"
                         "       ENVIRONMENT DIVISION.\n"
                         "       CONFIGURATION SECTION.\n"
                         "       REPOSITORY.\n"
                         "           FUNCTION NOWHERE.\n"
                         "       DATA DIVISION.\n"
                         "       WORKING-STORAGE SECTION.\n"
                         "       01  T PIC 9(4).\n"
                         "       PROCEDURE DIVISION.\n"
                         "           MOVE FUNCTION NOWHERE(3) TO T\n"
                         "           STOP RUN.\n";
  LowerResult result = LowerFile(path.string(), FileLowerOptions{});
  EXPECT_EQ(result.codes(), std::vector<std::string>{"RM2381"}) << result.messages();
  ASSERT_FALSE(result.diagnostics.empty());
  EXPECT_EQ(result.diagnostics.front().location.line, 11u);
  fs::remove_all(directory);
}

}  // namespace
}  // namespace remint::cobol::testing

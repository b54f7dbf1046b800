// The Fortran runtime's units and files against gfortran 12: scenarios of OPEN, WRITE, READ,
// BACKSPACE, REWIND, ENDFILE and CLOSE on sequential (formatted and unformatted) and direct-access
// files, run by a gfortran program (every statement with IOSTAT=, each outcome printed) and by
// cobrt::fortran::UnitTable in a directory of its own; the printed outcomes and the bytes of
// every file left behind must be the same.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "runtime/fortran/units.h"
#include "tests/support/availability.h"
#include "tests/support/gfortran_run.h"
#include "tests/support/process.h"
#include "tests/support/split_mix.h"

namespace remint::testing {
namespace {

namespace fs = std::filesystem;
namespace ft = cobrt::fortran;

struct Step {
  enum class Op {
    kOpen,
    kWrite,
    kWriteUnformatted,
    kWriteDirect,
    kRead,
    kReadUnformatted,
    kReadDirect,
    kBackspace,
    kRewind,
    kEndfile,
    kClose,
  };
  Op op = Op::kWrite;
  int32_t unit = 10;
  std::string text;    // a record's text (8 characters for unformatted records)
  int64_t record = 0;  // direct access
  ft::OpenSpec spec;   // kOpen
  bool keep = true;    // kClose
};

using Scenario = std::vector<Step>;

auto Spec(int32_t unit, std::string file, ft::OpenStatus status = ft::OpenStatus::kUnknown,
          ft::Access access = ft::Access::kSequential, ft::Form form = ft::Form::kDefault,
          int64_t record_length = 0) -> ft::OpenSpec {
  ft::OpenSpec spec;
  spec.unit = unit;
  spec.file = std::move(file);
  spec.status = status;
  spec.access = access;
  spec.form = form;
  spec.record_length = record_length;
  return spec;
}
auto Open(ft::OpenSpec spec) -> Step { return Step{Step::Op::kOpen, spec.unit, "", 0, spec}; }
auto Do(Step::Op op, int32_t unit, std::string text = "", int64_t record = 0) -> Step {
  return Step{op, unit, std::move(text), record, {}};
}

auto StatusText(ft::OpenStatus status) -> const char* {
  switch (status) {
    case ft::OpenStatus::kOld:
      return "old";
    case ft::OpenStatus::kNew:
      return "new";
    case ft::OpenStatus::kScratch:
      return "scratch";
    case ft::OpenStatus::kReplace:
      return "replace";
    case ft::OpenStatus::kUnknown:
      break;
  }
  return "unknown";
}

auto Fortran(const Scenario& steps) -> std::string {
  std::string code;
  auto report = [&](const std::string& what) {
    code += "  write(*,'(A,1X,I0)') '" + what + "', ios\n";
  };
  for (const Step& step : steps) {
    const std::string u = std::to_string(step.unit);
    switch (step.op) {
      case Step::Op::kOpen: {
        const ft::OpenSpec& spec = step.spec;
        code += "  open(" + u;
        if (!spec.file.empty()) code += ", file='" + spec.file + "'";
        code += ", status='" + std::string(StatusText(spec.status)) + "'";
        code += spec.access == ft::Access::kDirect ? ", access='direct'" : ", access='sequential'";
        if (spec.form != ft::Form::kDefault) {
          code += spec.form == ft::Form::kFormatted ? ", form='formatted'" : ", form='unformatted'";
        }
        if (spec.record_length > 0) code += ", recl=" + std::to_string(spec.record_length);
        code += ", iostat=ios)\n";
        report("open");
        break;
      }
      case Step::Op::kWrite:
        code += "  write(" + u + ",'(A)',iostat=ios) '" + step.text + "'\n";
        report("write");
        break;
      case Step::Op::kWriteUnformatted:
        code += "  write(" + u + ",iostat=ios) '" + step.text + "'\n";
        report("writeu");
        break;
      case Step::Op::kWriteDirect:
        code += "  write(" + u + (step.spec.form == ft::Form::kUnformatted ? "" : ",'(A)'") +
                ",rec=" + std::to_string(step.record) + ",iostat=ios) '" + step.text + "'\n";
        report("writed");
        break;
      case Step::Op::kRead:
      case Step::Op::kReadUnformatted:
      case Step::Op::kReadDirect: {
        const bool formatted =
            step.op != Step::Op::kReadUnformatted && step.spec.form != ft::Form::kUnformatted;
        code += "  c = ' '\n  read(" + u + (formatted ? ",'(A)'" : "") +
                (step.op == Step::Op::kReadDirect ? ",rec=" + std::to_string(step.record) : "") +
                ",iostat=ios) c\n";
        code +=
            "  if (ios == 0) then\n    write(*,'(A,1X,I0,1X,A)') 'read', ios, trim(c)\n"
            "  else\n    write(*,'(A,1X,I0)') 'read', ios\n  end if\n";
        break;
      }
      case Step::Op::kBackspace:
        code += "  backspace(" + u + ", iostat=ios)\n";
        report("backspace");
        break;
      case Step::Op::kRewind:
        code += "  rewind(" + u + ", iostat=ios)\n";
        report("rewind");
        break;
      case Step::Op::kEndfile:
        code += "  endfile(" + u + ", iostat=ios)\n";
        report("endfile");
        break;
      case Step::Op::kClose:
        code +=
            "  close(" + u + ", status='" + (step.keep ? "keep" : "delete") + "', iostat=ios)\n";
        report("close");
        break;
    }
  }
  return code;
}

// The same steps through the runtime; the character variable is 8 long, as in the program.
auto Runtime(const Scenario& steps) -> std::string {
  ft::UnitTable units;
  std::string out;
  auto report = [&](const std::string& what, const ft::IoResult& result) {
    out += what + " " + std::to_string(result.code) + "\n";
  };
  auto read_result = [&](const std::optional<std::string>& record, const ft::IoResult& result) {
    if (!result.ok()) {
      report("read", result);
      return;
    }
    std::string c = record->substr(0, 8);
    c.resize(8, ' ');
    c.erase(c.find_last_not_of(' ') + 1);
    out += "read 0 " + c + "\n";
  };
  for (const Step& step : steps) {
    ft::IoResult result;
    switch (step.op) {
      case Step::Op::kOpen:
        report("open", units.Open(step.spec));
        break;
      case Step::Op::kWrite:
        report("write", units.WriteRecord(step.unit, step.text));
        break;
      case Step::Op::kWriteUnformatted:
        report("writeu", units.WriteRecord(step.unit, step.text));
        break;
      case Step::Op::kWriteDirect:
        report("writed", units.WriteDirect(step.unit, step.record, step.text));
        break;
      case Step::Op::kRead:
      case Step::Op::kReadUnformatted: {
        std::optional<std::string> record = units.ReadRecord(step.unit, result);
        read_result(record, result);
        break;
      }
      case Step::Op::kReadDirect: {
        std::optional<std::string> record = units.ReadDirect(step.unit, step.record, result);
        read_result(record, result);
        break;
      }
      case Step::Op::kBackspace:
        report("backspace", units.Backspace(step.unit));
        break;
      case Step::Op::kRewind:
        report("rewind", units.Rewind(step.unit));
        break;
      case Step::Op::kEndfile:
        report("endfile", units.Endfile(step.unit));
        break;
      case Step::Op::kClose:
        report("close", units.Close(step.unit, step.keep));
        break;
    }
  }
  return out;
}

auto HandWritten() -> std::vector<Scenario> {
  using Op = Step::Op;
  const ft::OpenSpec direct_formatted =
      Spec(14, "d.dat", ft::OpenStatus::kUnknown, ft::Access::kDirect, ft::Form::kFormatted, 6);
  const ft::OpenSpec direct_unformatted =
      Spec(13, "u.dat", ft::OpenStatus::kUnknown, ft::Access::kDirect, ft::Form::kUnformatted, 8);
  Step read_direct = Do(Op::kReadDirect, 14, "", 2);
  read_direct.spec = direct_formatted;
  Step write_unformatted_direct = Do(Op::kWriteDirect, 13, "ABCD", 3);
  write_unformatted_direct.spec = direct_unformatted;
  return {
      // A file used without OPEN is fort.N; a WRITE ends it; END once, then an error.
      {Do(Op::kWrite, 15, "x"), Do(Op::kRead, 15), Do(Op::kRead, 15), Do(Op::kBackspace, 15),
       Do(Op::kRead, 15), Do(Op::kWrite, 15, "y"), Do(Op::kRewind, 15), Do(Op::kRead, 15),
       Do(Op::kRead, 15), Do(Op::kEndfile, 15), Do(Op::kClose, 15)},
      // Writing in the middle cuts the rest; BACKSPACE over records.
      {Do(Op::kWrite, 18, "a"), Do(Op::kWrite, 18, "b"), Do(Op::kWrite, 18, "c"),
       Do(Op::kBackspace, 18), Do(Op::kBackspace, 18), Do(Op::kWrite, 18, "z"), Do(Op::kRewind, 18),
       Do(Op::kRead, 18), Do(Op::kRead, 18), Do(Op::kRead, 18), Do(Op::kClose, 18)},
      // ENDFILE in the middle, then reading up to it.
      {Do(Op::kWrite, 11, "one"), Do(Op::kWrite, 11, "two"), Do(Op::kRewind, 11), Do(Op::kRead, 11),
       Do(Op::kEndfile, 11), Do(Op::kRead, 11), Do(Op::kRewind, 11), Do(Op::kRead, 11),
       Do(Op::kRead, 11), Do(Op::kClose, 11)},
      // OPEN statuses: NEW on an existing file, OLD on a missing one, DELETE on close.
      {Open(Spec(16, "new.dat", ft::OpenStatus::kNew)), Do(Op::kWrite, 16, "kept"),
       Do(Op::kClose, 16), Open(Spec(16, "new.dat", ft::OpenStatus::kNew)),
       Open(Spec(17, "missing.dat", ft::OpenStatus::kOld)), Open(Spec(19, "gone.dat")),
       Do(Op::kWrite, 19, "gone"), Step{Op::kClose, 19, "", 0, {}, false}},
      // Unformatted sequential records with their length words; BACKSPACE over one.
      {Open(Spec(12, "s.dat", ft::OpenStatus::kUnknown, ft::Access::kSequential,
                 ft::Form::kUnformatted)),
       Do(Op::kWriteUnformatted, 12, "RECORD01"), Do(Op::kWriteUnformatted, 12, "RECORD02"),
       Do(Op::kBackspace, 12), Do(Op::kReadUnformatted, 12), Do(Op::kRewind, 12),
       Do(Op::kReadUnformatted, 12), Do(Op::kReadUnformatted, 12), Do(Op::kReadUnformatted, 12),
       Do(Op::kClose, 12)},
      // Direct access: blanks padding formatted records, zeros in records never written, a
      // record longer than RECL, a record past the end.
      {Open(direct_formatted), Do(Op::kWriteDirect, 14, "HELLO", 2), read_direct,
       [&] {
         Step s = read_direct;
         s.record = 7;
         return s;
       }(),
       Do(Op::kWriteDirect, 14, "TOOLONGX", 1), Do(Op::kClose, 14), Open(direct_unformatted),
       write_unformatted_direct, Do(Op::kClose, 13)},
  };
}

// Random scenarios on one formatted sequential file, connected by OPEN (fort.N): WRITE, READ,
// BACKSPACE, REWIND, ENDFILE. Left out: ENDFILE after a READ (until a REWIND), where libgfortran
// cuts the file but writes the next record at its read-ahead position, leaving a hole of zero
// bytes (its buffer showing, not a rule of the language); the runtime writes at the cut.
auto Generated(size_t count) -> std::vector<Scenario> {
  SplitMix64 random(71207);
  std::vector<Scenario> scenarios;
  for (size_t i = 0; i < count; ++i) {
    const int32_t unit = 20 + static_cast<int32_t>(i % 50);
    Scenario steps = {Open(Spec(unit, ""))};
    bool read_since_rewind = false;
    for (uint64_t n = 3 + random.Below(12); n > 0; --n) {
      uint64_t choice = random.Below(7);
      if (choice == 6 && read_since_rewind) choice = 5;
      if (choice == 2 || choice == 3) read_since_rewind = true;
      if (choice == 5) read_since_rewind = false;
      switch (choice) {
        case 0:
        case 1:
          steps.push_back(Do(Step::Op::kWrite, unit, "r" + std::to_string(random.Below(99))));
          break;
        case 2:
        case 3:
          steps.push_back(Do(Step::Op::kRead, unit));
          break;
        case 4:
          steps.push_back(Do(Step::Op::kBackspace, unit));
          break;
        case 5:
          steps.push_back(Do(Step::Op::kRewind, unit));
          break;
        default:
          steps.push_back(Do(Step::Op::kEndfile, unit));
          break;
      }
    }
    steps.push_back(Do(Step::Op::kClose, unit));
    scenarios.push_back(std::move(steps));
  }
  return scenarios;
}

void CompareWithGfortran(const std::vector<Scenario>& scenarios) {
  REMINT_REQUIRE_OR_SKIP(GfortranAvailable(),
                         "gfortran not found in PATH (scripts/install-deps installs it)");
  std::string program = "program units\n  integer :: ios\n  character(len=8) :: c\n";
  for (size_t i = 0; i < scenarios.size(); ++i) {
    program += "  write(*,'(A)') 'scenario " + std::to_string(i) + "'\n" + Fortran(scenarios[i]);
  }
  program += "end program units\n";
  ErrorOr<GfortranOutcome> ran = RunWithGfortran(program, "");
  ASSERT_TRUE(ran.ok()) << ran.error().message();
  ASSERT_EQ(ran->exit_status, 0) << ran->standard_error;

  ErrorOr<TemporaryDirectory> directory = TemporaryDirectory::Create();
  ASSERT_TRUE(directory.ok());
  const fs::path previous = fs::current_path();
  fs::current_path(directory->path());  // the runtime opens fort.N and the files here
  std::string ours;
  for (size_t i = 0; i < scenarios.size(); ++i) {
    ours += "scenario " + std::to_string(i) + "\n" + Runtime(scenarios[i]);
  }
  std::map<std::string, std::string> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(directory->path())) {
    files.emplace(entry.path().filename().string(), ReadWholeFile(entry.path()).value_or(""));
  }
  fs::current_path(previous);
  // The first scenarios that differ, with their steps.
  auto split = [](const std::string& text) {
    std::vector<std::string> parts;
    for (size_t at = text.find("scenario "); at != std::string::npos;) {
      const size_t next = text.find("scenario ", at + 1);
      parts.push_back(text.substr(at, next == std::string::npos ? std::string::npos : next - at));
      at = next;
    }
    return parts;
  };
  const std::vector<std::string> mine = split(ours);
  const std::vector<std::string> theirs = split(ran->standard_output);
  ASSERT_EQ(mine.size(), theirs.size());
  size_t differing = 0;
  for (size_t i = 0; i < mine.size(); ++i) {
    if (mine[i] == theirs[i] || ++differing > 5) continue;
    ADD_FAILURE() << "steps:\n"
                  << Fortran(scenarios[i]) << "gfortran:\n"
                  << theirs[i] << "remint:\n"
                  << mine[i];
  }
  EXPECT_EQ(differing, 0u) << "of " << mine.size() << " scenarios";
  EXPECT_EQ(files.size(), ran->files.size());
  for (const auto& [name, bytes] : ran->files) {
    auto found = files.find(name);
    if (found == files.end()) {
      ADD_FAILURE() << name << ": gfortran left it, the runtime did not";
    } else {
      EXPECT_EQ(found->second, bytes) << name;
    }
  }
}

TEST(FortranUnitsReferenceTest, HandWrittenScenariosMatchGfortran) {
  CompareWithGfortran(HandWritten());
}

TEST(FortranUnitsReferenceTest, GeneratedSequentialScenariosMatchGfortran) {
  CompareWithGfortran(Generated(200));
}

}  // namespace
}  // namespace remint::testing

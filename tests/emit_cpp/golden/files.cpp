// PROGRAM-ID. FILES and the programs of its source
// Emitted by remint from the COBOL source; links against cobrt (runtime/).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "runtime/call/program_registry.h"
#include "runtime/decimal/checked.h"
#include "runtime/decimal/fixed.h"
#include "runtime/edit/class_condition.h"
#include "runtime/edit/compare.h"
#include "runtime/edit/display.h"
#include "runtime/edit/edited.h"
#include "runtime/edit/move.h"
#include "runtime/files/indexed_file.h"
#include "runtime/files/linage.h"
#include "runtime/files/relative_file.h"
#include "runtime/files/sequential_file.h"
#include "runtime/intrinsic/date_functions.h"
#include "runtime/intrinsic/numeric_functions.h"
#include "runtime/intrinsic/result_field.h"
#include "runtime/intrinsic/text_functions.h"
#include "runtime/intrinsic/transcendental.h"
#include "runtime/io/accept.h"
#include "runtime/io/clock.h"
#include "runtime/io/console.h"
#include "runtime/io/switches.h"
#include "runtime/io/termination.h"
#include "runtime/sort/sort_file.h"
#include "runtime/storage/binary.h"
#include "runtime/storage/packed.h"
#include "runtime/storage/store.h"
#include "runtime/storage/zoned.h"
#include "runtime/text/bytes.h"
#include "runtime/text/inspect.h"
#include "runtime/text/string_statement.h"
#include "runtime/text/unstring_statement.h"

namespace programs {
// Local to this source: another source linked into the same executable may have a program of
// the same name (CALL finds programs by name through cobrt's registry).
namespace {
// Literals are string_views ("..."sv): their length, not a NUL, ends them.
using namespace std::string_view_literals;

// PROGRAM-ID. FILES  files.cbl:1
class Files {
 public:
  // Runs the PROCEDURE DIVISION from its first statement; returns RETURN-CODE.
  auto Run() -> int;

 private:
  // RETURN-CODE: one for the whole run (a called program shares its caller's).
  int& return_code_ = cobrt::ReturnCode();
  // file-record REPORT-FILE (40 bytes)  files.cbl:12
  alignas(8) uint8_t report_file_[40]{};
  // working-storage REPORT-STATUS (2 bytes)  files.cbl:15
  alignas(8) uint8_t report_status_[2];
  // FD REPORT-FILE  files.cbl:12: LINE SEQUENTIAL, records of 0 to 40 bytes
  cobrt::SequentialFile fd_report_file_{cobrt::SequentialFile::Kind::kLineSequential,
                                        {"REPORT-FILE", false, 0, 40}};
  // Files by number, as SaveStatus and the error handlers know them.
  enum FileNumber : int { kFileReportFile };
  // The outcome of the last file operation, which the error handlers look at (libcob's
  // cob_error_file and exception code).
  int io_file_ = 0;
  cobrt::FileStatus io_status_;
  bool io_exception_ = false;
  [[maybe_unused]] auto SaveStatus(int file, cobrt::FileStatus status, bool end_of_page = false)
      -> cobrt::FileStatus;
  [[maybe_unused]] void StandardErrorHandler();
  // Record areas and ASSIGN items as the file layer takes them.
  static auto AsText(const uint8_t* bytes, size_t size) -> std::string_view {
    return {reinterpret_cast<const char*>(bytes), size};
  }
  static auto AsArea(uint8_t* bytes, size_t size) -> std::span<char> {
    return {reinterpret_cast<char*>(bytes), size};
  }
  void Initialize();
};

auto Files::Run() -> int {
  Initialize();
  SaveStatus(kFileReportFile,
             fd_report_file_.Open(cobrt::OpenMode::kOutput,
                                  "report.txt"sv));  // OPEN OUTPUT REPORT-FILE  files.cbl:17
  cobrt::MoveAlphanumeric(reinterpret_cast<const uint8_t*>("FIRST LINE"), 10, report_file_,
                          40);  // MOVE files.cbl:18
  SaveStatus(kFileReportFile,
             fd_report_file_.Write(AsText(report_file_ + 0, 40),
                                   cobrt::Advancing::After(1)));  // WRITE REPORT-LINE  files.cbl:19
  SaveStatus(kFileReportFile, fd_report_file_.Close());           // CLOSE REPORT-FILE  files.cbl:20
  cobrt::ProcessConsole().Display(
      cobrt::ConsoleStream::kStandardOutput,
      {"STATUS "sv, std::string_view(reinterpret_cast<const char*>(report_status_),
                                     2)});            // DISPLAY files.cbl:21
  cobrt::ProcessTermination().StopRun(return_code_);  // STOP RUN files.cbl:22
  return return_code_;
}

// Gives every data item its VALUE, or the initial contents cobc gives it.
void Files::Initialize() {
  std::memset(report_status_ + 0, ' ', 2);  // REPORT-STATUS files.cbl:15
}

// libcob's save_status: every file operation leaves its status in the file's FILE STATUS
// item and as the state the error handlers read. END-OF-PAGE is an exception only for a
// WRITE that has the phrase.
auto Files::SaveStatus(int file, cobrt::FileStatus status, bool end_of_page) -> cobrt::FileStatus {
  io_file_ = file;
  io_status_ = status;
  io_exception_ = !status.IsSuccessful() || end_of_page;
  switch (file) {
    case kFileReportFile:  // FILE STATUS of REPORT-FILE
      std::memcpy(report_status_ + 0, status.text().data(), 2);
      break;
  }
  return status;
}

// libcob's standard error handler, for an exception no phrase or file declarative takes:
// the USE AFTER ERROR declarative of the mode the file was last opened in, else the end of
// the run with libcob's message, unless the file has a FILE STATUS for the program to see.
void Files::StandardErrorHandler() {}

}  // namespace
}  // namespace programs

int main() {
  // The date and time the program sees: the system clock, or COB_CURRENT_DATE's.
  cobrt::InitializeProcessClock(std::getenv("COB_CURRENT_DATE"), cobrt::ProcessConsole());
  // On the heap: a program's storage can be larger than a thread's stack.
  auto program = std::make_unique<programs::Files>();
  // Falling off the end of the main program ends the run as STOP RUN does.
  cobrt::ProcessTermination().StopRun(program->Run());
  return 0;
}

// Fortran units and their files (FORTRAN 77 §12.2-12.10), stored as libgfortran 12 stores them:
//
//   - formatted sequential: records ended by "\n";
//   - unformatted sequential: each record between two 4-byte little-endian lengths;
//   - direct access: records of RECL bytes at (rec - 1) * RECL, a formatted record padded with
//     blanks, the bytes of records never written left as zeros;
//   - units 5 and 6 preconnected to standard input and output, 0 to standard error; a unit used
//     without OPEN is connected to the file "fort.N";
//   - a WRITE to a sequential file ends it after the record written (what followed is gone);
//     a READ at the end reports END once, a second one is an error, as libgfortran reports.
//
//   cobrt::fortran::UnitTable units;
//   units.Open(OpenSpec{10, "LOANS.txt", OpenStatus::kOld});
//   std::optional<std::string> record = units.ReadRecord(10);
//
// Every operation returns an IoResult whose code is what IOSTAT= receives: 0, -1 at the end of
// the file, or libgfortran's positive code with its message.
#ifndef COBRT_FORTRAN_UNITS_H_
#define COBRT_FORTRAN_UNITS_H_

#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cobrt::fortran {

enum class OpenStatus : uint8_t { kUnknown, kOld, kNew, kScratch, kReplace };
enum class Access : uint8_t { kSequential, kDirect };
enum class Form : uint8_t { kDefault, kFormatted, kUnformatted };

struct OpenSpec {
  int32_t unit = 0;
  std::string file;  // empty: "fort.N" (or a scratch file)
  OpenStatus status = OpenStatus::kUnknown;
  Access access = Access::kSequential;
  Form form = Form::kDefault;  // formatted for sequential, unformatted for direct access
  int64_t record_length = 0;   // RECL=, required for direct access
};

// libgfortran's IOSTAT codes (libgfortran.h, enum libgfortran_error_codes).
inline constexpr int32_t kIoEnd = -1;
inline constexpr int32_t kIoOs = 5000;
inline constexpr int32_t kIoOptionConflict = 5001;
inline constexpr int32_t kIoBadOption = 5002;
inline constexpr int32_t kIoMissingOption = 5003;
inline constexpr int32_t kIoBadUnit = 5005;
inline constexpr int32_t kIoShortRecord = 5016;

struct IoResult {
  int32_t code = 0;
  std::string message;
  auto ok() const -> bool { return code == 0; }
};

class UnitTable {
 public:
  UnitTable();
  ~UnitTable();
  UnitTable(const UnitTable&) = delete;
  auto operator=(const UnitTable&) -> UnitTable& = delete;

  auto Open(const OpenSpec& spec) -> IoResult;
  // CLOSE with STATUS='KEEP' (`keep`) or 'DELETE'; a scratch file is always deleted.
  auto Close(int32_t unit, bool keep = true) -> IoResult;
  auto Rewind(int32_t unit) -> IoResult;
  auto Backspace(int32_t unit) -> IoResult;
  auto Endfile(int32_t unit) -> IoResult;

  // Sequential records: formatted text without its "\n", or an unformatted record's bytes.
  auto ReadRecord(int32_t unit, IoResult& result) -> std::optional<std::string>;
  auto WriteRecord(int32_t unit, std::string_view record) -> IoResult;
  // Direct access: record `number` (from 1), RECL bytes.
  auto ReadDirect(int32_t unit, int64_t number, IoResult& result) -> std::optional<std::string>;
  auto WriteDirect(int32_t unit, int64_t number, std::string_view record) -> IoResult;

  // INQUIRE(UNIT=): whether it is connected, and to which file.
  auto IsOpen(int32_t unit) const -> bool;
  auto FileName(int32_t unit) const -> std::optional<std::string>;
  // Everything written to standard output and files reaches them now.
  void Flush();

 private:
  struct Unit;
  auto Find(int32_t unit, bool open_implicitly, IoResult& result) -> Unit*;

  std::map<int32_t, std::unique_ptr<Unit>> units_;
};

}  // namespace cobrt::fortran

#endif  // COBRT_FORTRAN_UNITS_H_

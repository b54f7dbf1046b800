// Equivalence tests of the emitted programs: each replays a case recorded from the legacy build
// (the same inputs, clock and PARM) against the C++ translation and compares every output byte
// for byte. A mismatch names the dataset, the record and the first differing field, both values
// decoded through the record's layout, so a reviewer sees which business value changed.
//
// Written by remint into the emitted project (tests/support/); it is the project's own code from
// then on. It needs a POSIX system and GoogleTest.
#ifndef EQUIVALENCE_EQUIVALENCE_H_
#define EQUIVALENCE_EQUIVALENCE_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace equivalence {

// How an elementary field's bytes hold its value (as the program's files hold it: ASCII).
enum class FieldKind : uint8_t {
  kText,            // alphanumeric and edited items: shown as text
  kZoned,           // USAGE DISPLAY numeric
  kPacked,          // COMP-3
  kPackedUnsigned,  // COMP-6
  kBinary,          // COMP/COMP-4/BINARY: big-endian
  kNativeBinary,    // COMP-5: the machine's byte order
  kBytes,           // anything else: shown as hex
};

struct Field {
  std::string_view name;  // qualified where needed: GROUP.FIELD, TABLE(3)
  uint32_t offset = 0;    // in the record
  uint32_t size = 0;
  FieldKind kind = FieldKind::kText;
  uint8_t digits = 0;
  int8_t scale = 0;  // digits after the decimal point (negative: P positions)
  bool is_signed = false;
  bool sign_leading = false;
  bool sign_separate = false;
};

struct Layout {
  std::string_view name;          // the 01 record (and its copybook)
  std::span<const Field> fields;  // elementary fields, by offset
};

// How a dataset's bytes divide into records.
enum class Framing : uint8_t {
  kBytes,         // not known: differences are reported by byte offset
  kFixed,         // RECFM F/FB: `record_length` bytes each
  kLines,         // LINE SEQUENTIAL files, reports and the standard streams
  kCobcVariable,  // GnuCOBOL variable records: a 4-byte header whose first two bytes
                  // (big-endian) count the data that follows
};

struct Shape {
  Framing framing = Framing::kBytes;
  uint32_t record_length = 0;
  const Layout* layout = nullptr;  // for kFixed and kCobcVariable records; may be null
};

struct Dataset {
  std::string dd;       // the DD (ASSIGN) name, found by the program through DD_<name>
  std::string file;     // the recorded bytes, relative to the case directory
  bool present = true;  // false: the legacy run did not write this output, nor may the C++
  Shape shape;
};

struct Case {
  std::string name;
  std::string program;    // the emitted executable
  std::string directory;  // the case's recorded files
  std::string clock;      // COB_CURRENT_DATE, as the legacy run had it
  bool has_parm = false;
  std::string parm;
  std::vector<Dataset> inputs;
  std::string stdin_file;  // relative to `directory`; empty: /dev/null
  std::vector<Dataset> outputs;
  std::string stdout_file;  // the recorded standard output and error
  std::string stderr_file;
  int exit_code = 0;
  int signal = 0;  // the signal that ended the legacy run, 0 when it exited
  int timeout_seconds = 300;
};

// Runs the case's program in a fresh directory and compares what it did with the recording.
// On a mismatch, the directory is kept and named in the message.
auto Replay(const Case& recorded) -> ::testing::AssertionResult;

// The first difference between two versions of a dataset, described for a reader; empty when
// they are the same bytes. Exposed for the tests of this file.
auto DescribeDifference(std::string_view dd, std::string_view expected, std::string_view actual,
                        const Shape& shape) -> std::string;

// A field's value as a reader wants to see it: numbers as decimals (with their bytes in hex),
// text in quotes.
auto FormatField(const Field& field, std::string_view record) -> std::string;

}  // namespace equivalence

#endif  // EQUIVALENCE_EQUIVALENCE_H_

#include "equivalence.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace equivalence {
namespace {

namespace fs = std::filesystem;

auto ReadAll(const fs::path& path, bool& exists) -> std::string {
  std::ifstream in(path, std::ios::binary);
  exists = static_cast<bool>(in);
  if (!exists) return {};
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

auto Hex(std::string_view bytes) -> std::string {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string text;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(bytes[i]);
    if (i > 0) text += ' ';
    text += kDigits[byte >> 4];
    text += kDigits[byte & 15];
  }
  return text;
}

// Text in quotes, with bytes that are not printable ASCII as \xNN so that a difference in
// spaces, low-values or a stray byte is visible.
auto Quote(std::string_view bytes) -> std::string {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string text = "\"";
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\') {
      text += c;
    } else {
      text += "\\x";
      text += kDigits[byte >> 4];
      text += kDigits[byte & 15];
    }
  }
  return text + "\"";
}

// `digits` (most significant first) with the decimal point `scale` places from the right.
auto PlaceDecimalPoint(std::string digits, int scale, bool negative) -> std::string {
  // Leading zeros say nothing a reader needs (the bytes are shown beside the value).
  const size_t first = digits.find_first_not_of('0');
  digits.erase(0, first == std::string::npos ? digits.size() : first);
  if (digits.empty()) digits = "0";
  if (scale < 0) {
    digits.append(static_cast<size_t>(-scale), '0');
  } else if (scale > 0) {
    if (digits.size() <= static_cast<size_t>(scale)) {
      digits.insert(0, static_cast<size_t>(scale) + 1 - digits.size(), '0');
    }
    digits.insert(digits.size() - static_cast<size_t>(scale), ".");
  }
  return (negative ? "-" : "") + digits;
}

auto DecodeZoned(const Field& field, std::string_view bytes, bool& valid) -> std::string {
  std::string_view digit_bytes = bytes;
  bool negative = false;
  if (field.is_signed && field.sign_separate && !bytes.empty()) {
    const char sign = field.sign_leading ? bytes.front() : bytes.back();
    negative = sign == '-';
    valid = valid && (sign == '+' || sign == '-');
    digit_bytes = field.sign_leading ? bytes.substr(1) : bytes.substr(0, bytes.size() - 1);
  }
  std::string digits;
  for (size_t i = 0; i < digit_bytes.size(); ++i) {
    const auto byte = static_cast<unsigned char>(digit_bytes[i]);
    const bool sign_place = field.is_signed && !field.sign_separate &&
                            (field.sign_leading ? i == 0 : i + 1 == digit_bytes.size());
    const int zone = byte >> 4;
    if (sign_place) {
      // GnuCOBOL's ASCII overpunch is zone 7 for negative; EBCDIC-style zones D and B are
      // negative too.
      negative = zone == 0x7 || zone == 0xD || zone == 0xB;
      valid = valid && (zone == 0x3 || zone == 0x7 || zone == 0xC || zone == 0xD || zone == 0xF);
    } else {
      valid = valid && zone == 0x3;
    }
    valid = valid && (byte & 15) <= 9;
    digits += static_cast<char>('0' + std::min(byte & 15, 9));
  }
  return PlaceDecimalPoint(digits, field.scale, negative);
}

auto DecodePacked(const Field& field, std::string_view bytes, bool has_sign, bool& valid)
    -> std::string {
  std::string digits;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    digits += static_cast<char>('0' + std::min(byte >> 4, 9));
    digits += static_cast<char>('0' + std::min(byte & 15, 9));
    valid = valid && (byte >> 4) <= 9;
  }
  bool negative = false;
  if (has_sign && !bytes.empty()) {
    const int sign = static_cast<unsigned char>(bytes.back()) & 15;
    negative = sign == 0xD || sign == 0xB;
    valid = valid && sign >= 0xA;
    digits.pop_back();
  } else if (!bytes.empty()) {
    valid = valid && (static_cast<unsigned char>(bytes.back()) & 15) <= 9;
  }
  // Only the declared digits: a field with an even digit count has a pad nibble in front.
  if (field.digits > 0 && digits.size() > field.digits) {
    const size_t pad = digits.size() - field.digits;
    valid = valid && digits.compare(0, pad, std::string(pad, '0')) == 0;
    digits.erase(0, pad);
  }
  return PlaceDecimalPoint(digits, field.scale, negative);
}

auto DecodeBinary(const Field& field, std::string_view bytes, bool big_endian) -> std::string {
  if (bytes.empty() || bytes.size() > 8) return "";
  uint64_t bits = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    const size_t index = big_endian ? i : bytes.size() - 1 - i;
    bits = (bits << 8) | static_cast<unsigned char>(bytes[index]);
  }
  bool negative = false;
  uint64_t magnitude = bits;
  if (field.is_signed && (bits >> (bytes.size() * 8 - 1)) & 1) {
    const uint64_t extended =
        bytes.size() == 8 ? bits : bits | (~uint64_t{0} << (bytes.size() * 8));
    negative = true;
    magnitude = ~extended + 1;
  }
  return PlaceDecimalPoint(std::to_string(magnitude), field.scale, negative);
}

// The record that holds byte `offset`, by the dataset's framing: [begin, end) and its number
// (from 1). For kBytes there are no records: the whole dataset is one.
struct RecordSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t number = 0;
  size_t data_begin = 0;  // after a variable record's header
};

auto Records(std::string_view bytes, const Shape& shape) -> std::vector<RecordSpan> {
  std::vector<RecordSpan> records;
  size_t position = 0;
  while (position < bytes.size()) {
    RecordSpan record;
    record.begin = position;
    record.data_begin = position;
    record.number = records.size() + 1;
    switch (shape.framing) {
      case Framing::kBytes:
        record.end = bytes.size();
        break;
      case Framing::kFixed:
        record.end = std::min(bytes.size(), position + std::max<size_t>(shape.record_length, 1));
        break;
      case Framing::kLines: {
        const size_t newline = bytes.find('\n', position);
        record.end = newline == std::string_view::npos ? bytes.size() : newline + 1;
        break;
      }
      case Framing::kCobcVariable: {
        size_t length = bytes.size();
        if (position + 4 <= bytes.size()) {
          length = (static_cast<size_t>(static_cast<unsigned char>(bytes[position])) << 8) |
                   static_cast<unsigned char>(bytes[position + 1]);
        }
        record.data_begin = std::min(bytes.size(), position + 4);
        record.end = std::min(bytes.size(), record.data_begin + length);
        break;
      }
    }
    records.push_back(record);
    position = record.end;
  }
  return records;
}

auto DescribeRecordDifference(const Shape& shape, std::string_view expected_record,
                              std::string_view actual_record, size_t first_difference)
    -> std::string {
  std::ostringstream out;
  if (shape.layout != nullptr) {
    for (const Field& field : shape.layout->fields) {
      if (first_difference < field.offset || first_difference >= field.offset + field.size) {
        continue;
      }
      out << "field " << field.name << " (" << shape.layout->name << " offset " << field.offset
          << ", " << field.size << " bytes): expected " << FormatField(field, expected_record)
          << ", got " << FormatField(field, actual_record);
      return out.str();
    }
  }
  if (shape.framing == Framing::kLines || shape.layout == nullptr) {
    auto line = [](std::string_view record) {
      if (!record.empty() && record.back() == '\n') record.remove_suffix(1);
      return Quote(record.substr(0, 240));
    };
    out << "column " << first_difference + 1 << ": expected " << line(expected_record) << ", got "
        << line(actual_record);
    return out.str();
  }
  out << "byte " << first_difference << " of the record (no field of " << shape.layout->name
      << " covers it)";
  return out.str();
}

auto RunProgram(const Case& recorded, const fs::path& work, const fs::path& streams,
                std::string& error) -> int {
  std::vector<std::string> environment = {"PATH=/usr/bin:/bin",
                                          "LANG=C",
                                          "LC_ALL=C",
                                          "TZ=UTC",
                                          "TMPDIR=" + work.string(),
                                          "COB_CURRENT_DATE=" + recorded.clock};
  const fs::path case_directory = fs::absolute(recorded.directory);
  for (const Dataset& input : recorded.inputs) {
    environment.push_back("DD_" + input.dd + "=" + (case_directory / input.file).string());
  }
  for (const Dataset& output : recorded.outputs) {
    environment.push_back("DD_" + output.dd + "=" + (work / output.dd).string());
  }
  std::vector<std::string> arguments = {recorded.program};
  if (recorded.has_parm) arguments.push_back(recorded.parm);
  std::vector<char*> argv;
  for (std::string& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (std::string& variable : environment) envp.push_back(variable.data());
  envp.push_back(nullptr);

  const std::string stdin_path =
      recorded.stdin_file.empty() ? "/dev/null" : (case_directory / recorded.stdin_file).string();
  const std::string stdout_path = (streams / "stdout").string();
  const std::string stderr_path = (streams / "stderr").string();
  const std::string work_path = work.string();
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, stdout_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, stderr_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addchdir_np(&actions, work_path.c_str());
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group, so that a timeout ends everything it started.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (spawned != 0) {
    error = "cannot run " + recorded.program + ": " + std::strerror(spawned);
    return -1;
  }
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(recorded.timeout_seconds);
  int status = 0;
  auto pause = std::chrono::microseconds(200);
  while (true) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) {
      error = std::string("waitpid: ") + std::strerror(errno);
      return -1;
    }
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      error = "the program ran longer than " + std::to_string(recorded.timeout_seconds) +
              " s and was stopped";
      return -1;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::microseconds(20'000));
  }
  return status;
}

}  // namespace

auto FormatField(const Field& field, std::string_view record) -> std::string {
  if (field.offset >= record.size()) return "(absent: the record is shorter)";
  const std::string_view bytes =
      record.substr(field.offset, std::min<size_t>(field.size, record.size() - field.offset));
  bool valid = bytes.size() == field.size;
  std::string value;
  switch (field.kind) {
    case FieldKind::kText:
      return Quote(bytes);
    case FieldKind::kBytes:
      return "[" + Hex(bytes) + "]";
    case FieldKind::kZoned:
      value = DecodeZoned(field, bytes, valid);
      break;
    case FieldKind::kPacked:
      value = DecodePacked(field, bytes, true, valid);
      break;
    case FieldKind::kPackedUnsigned:
      value = DecodePacked(field, bytes, false, valid);
      break;
    case FieldKind::kBinary:
      value = DecodeBinary(field, bytes, true);
      break;
    case FieldKind::kNativeBinary:
      value = DecodeBinary(field, bytes, std::endian::native == std::endian::big);
      break;
  }
  if (value.empty()) valid = false;
  return (valid ? value : "not a valid number") + " [" + Hex(bytes) + "]";
}

auto DescribeDifference(std::string_view dd, std::string_view expected, std::string_view actual,
                        const Shape& shape) -> std::string {
  if (expected == actual) return {};
  const std::vector<RecordSpan> expected_records = Records(expected, shape);
  const std::vector<RecordSpan> actual_records = Records(actual, shape);
  std::ostringstream out;
  out << "dataset " << dd << ": ";
  const size_t common = std::min(expected_records.size(), actual_records.size());
  for (size_t i = 0; i < common; ++i) {
    const RecordSpan& e = expected_records[i];
    const RecordSpan& a = actual_records[i];
    const std::string_view expected_record = expected.substr(e.begin, e.end - e.begin);
    const std::string_view actual_record = actual.substr(a.begin, a.end - a.begin);
    if (expected_record == actual_record) continue;
    // Compare the data, so that field offsets count from the record's first data byte.
    const std::string_view expected_data = expected.substr(e.data_begin, e.end - e.data_begin);
    const std::string_view actual_data = actual.substr(a.data_begin, a.end - a.data_begin);
    size_t first = 0;
    while (first < expected_data.size() && first < actual_data.size() &&
           expected_data[first] == actual_data[first]) {
      ++first;
    }
    if (shape.framing != Framing::kBytes) {
      out << (shape.framing == Framing::kLines ? "line " : "record ") << e.number
          << " (byte offset " << e.begin << ")";
      if (expected_data == actual_data) {
        out << ": the record headers differ, expected [" << Hex(expected_record.substr(0, 4))
            << "], got [" << Hex(actual_record.substr(0, 4)) << "]";
        return out.str();
      }
      if (first == std::min(expected_data.size(), actual_data.size())) {
        out << ": expected " << expected_data.size() << " bytes, got " << actual_data.size()
            << "; ";
      } else {
        out << ": ";
      }
    } else {
      out << "byte " << first << ": ";
    }
    out << DescribeRecordDifference(shape, expected_data, actual_data, first);
    return out.str();
  }
  out << "expected " << expected_records.size() << " records (" << expected.size()
      << " bytes), got " << actual_records.size() << " (" << actual.size() << " bytes)";
  if (expected_records.size() > actual_records.size()) {
    const RecordSpan& missing = expected_records[common];
    out << "; the first missing record is number " << missing.number << ": "
        << Quote(
               expected.substr(missing.begin, std::min<size_t>(missing.end - missing.begin, 160)));
  } else {
    const RecordSpan& extra = actual_records[common];
    out << "; the first extra record is number " << extra.number << ": "
        << Quote(actual.substr(extra.begin, std::min<size_t>(extra.end - extra.begin, 160)));
  }
  return out.str();
}

auto Replay(const Case& recorded) -> ::testing::AssertionResult {
  std::error_code code;
  const fs::path temp = fs::temp_directory_path(code);
  std::string pattern = (temp / "equivalence-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return ::testing::AssertionFailure() << "cannot make a directory in " << temp;
  }
  const fs::path root = pattern;
  const fs::path work = root / "work";
  const fs::path streams = root / "streams";
  fs::create_directories(work, code);
  fs::create_directories(streams, code);
  std::string error;
  const int status = RunProgram(recorded, work, streams, error);
  if (status < 0) {
    return ::testing::AssertionFailure() << "case " << recorded.name << ": " << error
                                         << " (its files are in " << root.string() << ")";
  }
  std::vector<std::string> differences;
  if (WIFSIGNALED(status) || recorded.signal != 0) {
    const int signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    if (signal != recorded.signal) {
      differences.push_back("ended by signal " + std::to_string(signal) + ", the legacy run by " +
                            std::to_string(recorded.signal));
    }
  } else if (WEXITSTATUS(status) != recorded.exit_code) {
    differences.push_back("return code " + std::to_string(WEXITSTATUS(status)) +
                          ", the legacy run's " + std::to_string(recorded.exit_code));
  }
  const fs::path case_directory = recorded.directory;
  auto compare = [&](std::string_view dd, const fs::path& expected_path,
                     const fs::path& actual_path, bool expected_present, const Shape& shape) {
    bool expected_exists = false;
    bool actual_exists = false;
    const std::string expected =
        expected_present ? ReadAll(expected_path, expected_exists) : std::string();
    const std::string actual = ReadAll(actual_path, actual_exists);
    if (expected_present && !expected_exists) {
      differences.push_back("the recording of " + std::string(dd) +
                            " is missing: " + expected_path.string());
    } else if (expected_present != actual_exists) {
      differences.push_back("dataset " + std::string(dd) +
                            (actual_exists ? " was written; the legacy run did not write it"
                                           : " was not written; the legacy run wrote it"));
    } else if (std::string difference = DescribeDifference(dd, expected, actual, shape);
               !difference.empty()) {
      differences.push_back(std::move(difference));
    }
  };
  for (const Dataset& output : recorded.outputs) {
    compare(output.dd, case_directory / output.file, work / output.dd, output.present,
            output.shape);
  }
  const Shape lines{Framing::kLines, 0, nullptr};
  compare("stdout", case_directory / recorded.stdout_file, streams / "stdout", true, lines);
  compare("stderr", case_directory / recorded.stderr_file, streams / "stderr", true, lines);
  if (differences.empty()) {
    fs::remove_all(root, code);
    return ::testing::AssertionSuccess();
  }
  ::testing::AssertionResult failure = ::testing::AssertionFailure();
  failure << "case " << recorded.name << " differs from the legacy run:";
  for (const std::string& difference : differences) failure << "\n  " << difference;
  failure << "\n  (the C++ run's files are in " << root.string() << ")";
  return failure;
}

}  // namespace equivalence

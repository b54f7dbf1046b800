// DISPLAY, ACCEPT and the clock of cobrt against cobc: the same program text's effects are
// produced through cobrt and compared with what cobc's program wrote.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/io/accept.h"
#include "runtime/io/clock.h"
#include "runtime/io/console.h"
#include "tests/runtime/files/reference_support.h"
#include "tests/support/availability.h"
#include "tests/support/cobc_reference.h"
#include "tests/support/cobc_run.h"

namespace remint::testing {
namespace {

constexpr const char* kAcceptProgram = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. ACC.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 L PIC X(5) VALUE "QQQQQ".
       01 I PIC 9(2).
       PROCEDURE DIVISION.
           PERFORM VARYING I FROM 1 BY 1 UNTIL I > 6
             ACCEPT L
             DISPLAY "[" L "]"
             DISPLAY I UPON SYSERR NO ADVANCING
           END-PERFORM.
           STOP RUN.
)";

// Standard inputs for six ACCEPTs of PIC X(5): short, long, CR, empty, missing final newline,
// end of input.
const std::vector<std::string> kAcceptInputs = {
    "ab\nabcdefgh\n\r\nxy\r\n\n",
    "a\tb\nlast",
    "",
    std::string(8195, 'a') + "bcdefg\n12345\n",
};

TEST(ConsoleReferenceTest, AcceptTakesLinesAsCobcDoes) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  for (const std::string& standard_input : kAcceptInputs) {
    CobcRunInputs inputs;
    inputs.standard_input = standard_input;
    const CobcRunOutcome reference = Reference({"ACC", kAcceptProgram, {}, {}}, inputs);

    std::FILE* input_file = std::tmpfile();
    std::fwrite(standard_input.data(), 1, standard_input.size(), input_file);
    std::rewind(input_file);
    StreamSink sink;
    {
      cobrt::Console console(sink);
      cobrt::ConsoleInput input(input_file, &console);
      char field[5] = {'Q', 'Q', 'Q', 'Q', 'Q'};
      for (int index = 1; index <= 6; ++index) {
        cobrt::MoveAcceptedText(input.ReadLine().text, field);
        console.Display(cobrt::ConsoleStream::kStandardOutput,
                        {"[", std::string_view(field, 5), "]"});
        const std::string counter = {static_cast<char>('0' + index / 10),
                                     static_cast<char>('0' + index % 10)};
        console.Display(cobrt::ConsoleStream::kStandardError, counter, false);
      }
    }
    std::fclose(input_file);
    EXPECT_EQ(sink.output, reference.standard_output) << "stdin: " << standard_input.substr(0, 40);
    EXPECT_EQ(sink.errors, reference.standard_error);
  }
}

constexpr const char* kClockProgram = R"(       IDENTIFICATION DIVISION.
       PROGRAM-ID. CLK.
       DATA DIVISION.
       WORKING-STORAGE SECTION.
       01 D6 PIC X(6).
       01 D8 PIC X(8).
       01 Y5 PIC X(5).
       01 Y7 PIC X(7).
       01 W PIC X(1).
       01 T8 PIC X(8).
       PROCEDURE DIVISION.
           ACCEPT D6 FROM DATE. ACCEPT D8 FROM DATE YYYYMMDD.
           ACCEPT Y5 FROM DAY. ACCEPT Y7 FROM DAY YYYYDDD.
           ACCEPT W FROM DAY-OF-WEEK. ACCEPT T8 FROM TIME.
           DISPLAY D6 " " D8 " " Y5 " " Y7 " " W " " T8 " "
             FUNCTION CURRENT-DATE.
           STOP RUN.
)";

// COB_CURRENT_DATE values that fix every part (with TZ=ABC-3, UTC+3, for the offset they leave
// out), so
// cobc's output does not depend on when it ran. One cobc run each.
const std::vector<std::string> kCurrentDateSettings = {
    "2021/03/04 05:06:07.00",      "20210304050607000",
    "2021/03/04 05:06:07.5Z",      "2021/03/04 05:06:07.123+01:30",
    "2024/02/29 23:59:59.99-0500", "1999/12/31 00:00:00.0",
    "2021/13/45 99:99:99.00",      "2021/03/04 24:00:00.00",
    "x21/03/04 05:06:60,25 +0100", "2021/02/30 05:06:07.999999999+0199",
};

TEST(ConsoleReferenceTest, CobCurrentDateReplaysAsCobcDoes) {
  REMINT_REQUIRE_OR_SKIP(CobcAvailable(), "cobc not found in PATH");
  for (const std::string& setting : kCurrentDateSettings) {
    CobcRunInputs inputs;
    inputs.environment = {{"COB_CURRENT_DATE", setting}, {"TZ", "ABC-3"}};
    const CobcRunOutcome reference = Reference({"CLK", kClockProgram, {}, {}}, inputs);

    StreamSink sink;
    {
      cobrt::Console console(sink);
      cobrt::DateTime local_offset;  // every other part is fixed by the setting
      local_offset.utc_offset_minutes = 180;
      const cobrt::FixedClock real(local_offset);
      const std::unique_ptr<cobrt::Clock> clock =
          cobrt::ClockFromCurrentDateSetting(setting.c_str(), real, console);
      const cobrt::DateTime now = clock->Now();
      console.Display(cobrt::ConsoleStream::kStandardOutput,
                      {cobrt::AcceptFromDate(now), " ", cobrt::AcceptFromDateYyyymmdd(now), " ",
                       cobrt::AcceptFromDay(now), " ", cobrt::AcceptFromDayYyyyddd(now), " ",
                       cobrt::AcceptFromDayOfWeek(now), " ", cobrt::AcceptFromTime(now), " ",
                       cobrt::CurrentDateFunction(now)});
    }
    EXPECT_EQ(sink.output, reference.standard_output) << "COB_CURRENT_DATE=" << setting;
    EXPECT_EQ(sink.errors, reference.standard_error) << "COB_CURRENT_DATE=" << setting;
  }
}

}  // namespace
}  // namespace remint::testing

#include "runtime/io/clock.h"

#include <gtest/gtest.h>

namespace cobrt {
namespace {

auto At(int year, int month, int day, int hour = 0, int minute = 0, int second = 0,
        int nanosecond = 0) -> DateTime {
  DateTime time;
  time.year = year;
  time.month = month;
  time.day = day;
  time.hour = hour;
  time.minute = minute;
  time.second = second;
  time.nanosecond = nanosecond;
  return time;
}

TEST(ClockTest, CalendarFacts) {
  EXPECT_EQ(DayOfWeek(At(1970, 1, 1)), 4);  // Thursday
  EXPECT_EQ(DayOfWeek(At(2000, 1, 2)), 7);  // Sunday
  EXPECT_EQ(DayOfYear(At(2024, 12, 31)), 366);
  EXPECT_EQ(DayOfYear(At(2023, 3, 1)), 60);
}

TEST(ClockTest, NormalizationCarriesIntoTheNextField) {
  const DateTime normal = NormalizeDateTime(At(2021, 13, 45, 99, 99, 99));
  EXPECT_EQ(AcceptFromDateYyyymmdd(normal), "20220218");
  EXPECT_EQ(AcceptFromTime(normal), "04403900");
  EXPECT_EQ(AcceptFromDateYyyymmdd(NormalizeDateTime(At(2021, 2, 30))), "20210302");
  EXPECT_EQ(AcceptFromDateYyyymmdd(NormalizeDateTime(At(2021, 1, 0))), "20201231");
}

TEST(ClockTest, FormatsOfEachSource) {
  DateTime time = At(2021, 3, 4, 5, 6, 7, 990'000'000);
  time.utc_offset_minutes = -90;
  EXPECT_EQ(AcceptFromDate(time), "210304");
  EXPECT_EQ(AcceptFromDay(time), "21063");
  EXPECT_EQ(AcceptFromDayYyyyddd(time), "2021063");
  EXPECT_EQ(AcceptFromDayOfWeek(time), "4");
  EXPECT_EQ(AcceptFromTime(time), "05060799");
  EXPECT_EQ(CurrentDateFunction(time), "2021030405060799-0130");
}

TEST(ClockTest, OverrideFixesOnlyTheGivenParts) {
  const FixedClock real(At(2026, 12, 5, 19, 10, 55, 420'000'000));
  const OverriddenClock date_only(real, ParseCurrentDateOverride("20210304"));
  EXPECT_EQ(AcceptFromDateYyyymmdd(date_only.Now()), "20210304");
  EXPECT_EQ(AcceptFromTime(date_only.Now()), "19105542");
  const OverriddenClock templated(real, ParseCurrentDateOverride("YYYY/03/04 05:06:07"));
  EXPECT_EQ(AcceptFromDateYyyymmdd(templated.Now()), "20260304");
  EXPECT_EQ(AcceptFromTime(templated.Now()), "05060742");
  EXPECT_FALSE(ParseCurrentDateOverride("YYYY/03/04 05:06:07").invalid);
}

TEST(ClockTest, InvalidValuesAreFlagged) {
  EXPECT_TRUE(ParseCurrentDateOverride("2021-03-04T05:06:07").invalid);
  EXPECT_TRUE(ParseCurrentDateOverride("2021/3/4").invalid);
  EXPECT_TRUE(ParseCurrentDateOverride("2021/03/04 24:00:00").invalid);
  EXPECT_FALSE(ParseCurrentDateOverride("garbage").invalid);
  EXPECT_FALSE(ParseCurrentDateOverride("2021/03/04 05:06:60.00+0199").invalid);
}

}  // namespace
}  // namespace cobrt

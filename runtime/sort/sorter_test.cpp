#include "runtime/sort/sorter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/storage/packed.h"
#include "runtime/storage/zoned.h"

namespace cobrt {
namespace {

auto ReturnAll(Sorter& sorter, std::size_t size) -> std::vector<std::string> {
  std::vector<std::string> records;
  std::string area(size, ' ');
  while (sorter.Return(area)) records.push_back(area);
  return records;
}

TEST(SorterTest, EqualKeysKeepTheirInputOrderWhateverTheBudget) {
  for (const std::size_t budget : {kDefaultSortMemoryBudget, std::size_t{1}, std::size_t{100}}) {
    Sorter sorter({SortKey::Alphanumeric(0, 1, SortOrder::kAscending)}, budget);
    std::vector<std::string> expected_b, expected_a;
    for (int i = 0; i < 50; ++i) {
      const std::string record = std::string(1, i % 3 == 0 ? 'A' : 'B') + std::to_string(100 + i);
      (record[0] == 'A' ? expected_a : expected_b).push_back(record);
      sorter.Release(record);
    }
    std::vector<std::string> expected = expected_a;
    expected.insert(expected.end(), expected_b.begin(), expected_b.end());
    EXPECT_EQ(ReturnAll(sorter, 4), expected) << "budget " << budget;
    if (budget < 1000) {
      EXPECT_GT(sorter.runs_written(), 1u);
    }
    EXPECT_FALSE(sorter.failed());
  }
}

TEST(SorterTest, NumericKeysOrderByValue) {
  using Key = Zoned<2, 0, ZonedSign::kTrailing>;
  Sorter sorter({SortKey::Numeric<Key>(0, SortOrder::kDescending)});
  for (const int value : {5, -3, 0, 12, -12}) {
    std::string record(2, '0');
    Key::Write(reinterpret_cast<std::uint8_t*>(record.data()),
               static_cast<std::int64_t>(value < 0 ? -value : value), value < 0);
    sorter.Release(record);
  }
  // Bytes would put the overpunched negatives ('p'..'y') first; values put them last.
  EXPECT_EQ(ReturnAll(sorter, 2), (std::vector<std::string>{"12", "05", "00", "0s", "1r"}));
}

TEST(SorterTest, PackedKeysAndLaterKeysBreakTies) {
  using Key = Packed<3, 0, true>;
  Sorter sorter({SortKey::Numeric<Key>(0, SortOrder::kAscending),
                 SortKey::Alphanumeric(2, 1, SortOrder::kDescending)},
                std::size_t{1});
  auto record = [](int value, char tag) {
    std::string bytes(3, tag);
    Key::Write(reinterpret_cast<std::uint8_t*>(bytes.data()),
               static_cast<std::int64_t>(value < 0 ? -value : value), value < 0);
    bytes[2] = tag;
    return bytes;
  };
  sorter.Release(record(7, 'a'));
  sorter.Release(record(-7, 'b'));
  sorter.Release(record(7, 'c'));
  std::vector<std::string> got = ReturnAll(sorter, 3);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0][2], 'b');
  EXPECT_EQ(got[1][2], 'c');
  EXPECT_EQ(got[2][2], 'a');
}

TEST(SorterTest, ComparingRewritesInvalidZonedSignBytesButNotSpaces) {
  // cobc: an S99 key of "0:" comes back as "00"; "1 " keeps its space and, read as
  // 10 + (' ' - '0') modulo 2^64, sorts after every valid value and after "  ".
  using Key = Zoned<2, 0, ZonedSign::kTrailing>;
  Sorter sorter({SortKey::Numeric<Key>(0, SortOrder::kAscending)}, std::size_t{1});
  for (const char* record : {"1 ", "0:", "  ", "12", "0p"}) sorter.Release(record);
  EXPECT_EQ(ReturnAll(sorter, 2), (std::vector<std::string>{"00", "0p", "12", "  ", "1 "}));
}

TEST(SorterTest, ARecordSortedAloneKeepsItsBytes) {
  using Key = Zoned<2, 0, ZonedSign::kTrailing>;
  Sorter sorter({SortKey::Numeric<Key>(0, SortOrder::kAscending)});
  sorter.Release("0:");
  EXPECT_EQ(ReturnAll(sorter, 2), (std::vector<std::string>{"0:"}));
}

}  // namespace
}  // namespace cobrt

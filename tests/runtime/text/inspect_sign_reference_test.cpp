// cobrt's INSPECT of numeric DISPLAY items against cobc: libcob takes an overpunched sign off
// before the statement and puts it back after, and leaves a separate sign byte out of what is
// inspected. Every byte value is tried in the sign position (and as the byte a negative item's
// sign digit is replaced by), then random statements run over signed and unsigned items. Each
// case displays the item's bytes and the counter.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "runtime/text/inspect.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/runtime/text/text_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

struct NumericItem {
  const char* group;  // 01 level over the item: displays its bytes
  const char* name;
  const char* picture;
  cobrt::ZonedSign sign;
};
constexpr NumericItem kItems[] = {
    {"GT", "NT", "S9(5)", cobrt::ZonedSign::kTrailing},
    {"GL", "NL", "S9(5) SIGN LEADING", cobrt::ZonedSign::kLeading},
    {"GTS", "NTS", "S9(5) SIGN TRAILING SEPARATE", cobrt::ZonedSign::kTrailingSeparate},
    {"GLS", "NLS", "S9(5) SIGN LEADING SEPARATE", cobrt::ZonedSign::kLeadingSeparate},
    {"GU", "NU", "9(5)", cobrt::ZonedSign::kUnsigned},
};

auto WorkingStorage() -> std::string {
  std::string entries = "01 C1 PIC 9(4).\n";
  for (const NumericItem& item : kItems) {
    entries +=
        std::string("01 ") + item.group + ".\n 02 " + item.name + " PIC " + item.picture + ".\n";
  }
  return entries;
}

auto IsSeparate(cobrt::ZonedSign sign) -> bool {
  return sign == cobrt::ZonedSign::kTrailingSeparate || sign == cobrt::ZonedSign::kLeadingSeparate;
}

auto IsLeading(cobrt::ZonedSign sign) -> bool {
  return sign == cobrt::ZonedSign::kLeading || sign == cobrt::ZonedSign::kLeadingSeparate;
}

// Five digit bytes with `sign_byte` where the item keeps its sign: the overpunched digit, or
// the separate byte.
auto WithSignByte(const NumericItem& item, const std::string& digits, char sign_byte)
    -> std::string {
  std::string bytes = digits;
  if (IsSeparate(item.sign)) {
    return IsLeading(item.sign) ? sign_byte + bytes : bytes + sign_byte;
  }
  bytes[IsLeading(item.sign) ? 0 : bytes.size() - 1] = sign_byte;
  return bytes;
}

// A case: the item set to `bytes`, the INSPECT `clause` (after "INSPECT name"), then its bytes
// and C1 displayed. `run` performs the clause with cobrt and returns the count.
template <class Run>
void AddCase(ReferenceFamily& family, const NumericItem& item, const std::string& bytes,
             const std::string& clause, Run run) {
  size_t index = family.case_statements.size();
  family.case_statements.push_back("DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\nMOVE " +
                                   HexLiteral(bytes) + " TO " + item.group +
                                   "\nMOVE 0 TO C1\nINSPECT " + item.name + " " + clause +
                                   "\nDISPLAY " + item.group + " C1\n");
  std::string data = bytes;
  cobrt::Inspector inspector(reinterpret_cast<uint8_t*>(data.data()), data.size(), item.sign);
  int64_t count = run(inspector);
  inspector.Finish();
  char counter[8];
  std::snprintf(counter, sizeof counter, "%04lld", static_cast<long long>(count));
  family.expected_outputs.push_back(CaseLabel(index) + data + counter + "\n");
}

auto Byte(int value) -> std::string { return std::string(1, static_cast<char>(value)); }

// Every byte value in the sign position: what libcob reads as a sign, rewrites and restores.
void AddSignByteCases(ReferenceFamily& family) {
  for (const NumericItem& item : kItems) {
    if (item.sign == cobrt::ZonedSign::kUnsigned) continue;
    for (int b = 0; b < 256; ++b) {
      AddCase(family, item, WithSignByte(item, "01020", static_cast<char>(b)),
              "TALLYING C1 FOR ALL \"0\"", [](cobrt::Inspector& inspector) {
                inspector.Start();
                return inspector.TallyAll(Span("0"));
              });
    }
  }
  // A negative item whose sign digit is replaced by every byte value: the overpunch bit is
  // or-ed into whatever the statement left.
  for (const NumericItem& item : kItems) {
    if (item.sign != cobrt::ZonedSign::kTrailing && item.sign != cobrt::ZonedSign::kLeading) {
      continue;
    }
    for (int b = 0; b < 256; ++b) {
      std::string digits = IsLeading(item.sign) ? "51234" : "12345";
      AddCase(family, item, WithSignByte(item, digits, 'u'),
              "REPLACING ALL \"5\" BY " + HexLiteral(Byte(b)), [b](cobrt::Inspector& inspector) {
                inspector.Start();
                std::string by = Byte(b);
                inspector.ReplaceAll(Span("5"), {Span(by)});
                return int64_t{0};
              });
    }
  }
}

// Random statements over the items: counts and replacements of digits, CONVERTING, regions.
void AddRandomCases(ReferenceFamily& family, int cases, uint64_t seed) {
  std::mt19937_64 random(seed);
  static const char kSignBytes[] = "0123456789pqrsuy +-A";
  for (int c = 0; c < cases; ++c) {
    const NumericItem& item = kItems[random() % std::size(kItems)];
    std::string digits = RandomBytes(random, 5, "00123");
    std::string bytes = digits;
    if (item.sign != cobrt::ZonedSign::kUnsigned) {
      char sign_byte = kSignBytes[random() % (sizeof kSignBytes - 1)];
      if (!IsSeparate(item.sign) && random() % 2 == 0) {
        sign_byte = digits[IsLeading(item.sign) ? 0 : 4];  // a valid positive digit
      }
      bytes = WithSignByte(item, digits, sign_byte);
    }
    std::string pattern = RandomBytes(random, 1 + random() % 2, "0123");
    std::string by = RandomBytes(random, pattern.size(), "9 A-");
    std::string delimiter = RandomBytes(random, 1, "0123");
    bool after = random() % 2 == 0;
    std::string region =
        random() % 2 == 0 ? "" : std::string(after ? " AFTER \"" : " BEFORE \"") + delimiter + "\"";
    auto start = [=](cobrt::Inspector& inspector) {
      inspector.Start();
      if (region.empty()) return;
      if (after) {
        inspector.After(Span(delimiter));
      } else {
        inspector.Before(Span(delimiter));
      }
    };
    switch (random() % 4) {
      case 0:
        AddCase(family, item, bytes, "TALLYING C1 FOR ALL \"" + pattern + "\"" + region,
                [&](cobrt::Inspector& inspector) {
                  start(inspector);
                  return inspector.TallyAll(Span(pattern));
                });
        break;
      case 1:
        AddCase(family, item, bytes, "TALLYING C1 FOR LEADING \"0\"" + region,
                [&](cobrt::Inspector& inspector) {
                  start(inspector);
                  return inspector.TallyLeading(Span("0"));
                });
        break;
      case 2:
        AddCase(family, item, bytes, "REPLACING ALL \"" + pattern + "\" BY \"" + by + "\"" + region,
                [&](cobrt::Inspector& inspector) {
                  start(inspector);
                  inspector.ReplaceAll(Span(pattern), {Span(by)});
                  return int64_t{0};
                });
        break;
      default:
        AddCase(family, item, bytes, "CONVERTING \"0123\" TO \"ABCD\"" + region,
                [&](cobrt::Inspector& inspector) {
                  start(inspector);
                  inspector.Convert(Span("0123"), {Span("ABCD")});
                  return int64_t{0};
                });
        break;
    }
  }
}

class InspectSignReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(InspectSignReferenceTest, NumericItemsAsCobc) {
  ReferenceFamily family;
  family.working_storage = WorkingStorage();
  AddSignByteCases(family);
  AddRandomCases(family, 400, 4201);
  RecordProperty("cases", CompareFamilyWithCobc("INSPSIGN", family, {"-std=default"}));
}

}  // namespace
}  // namespace remint::testing

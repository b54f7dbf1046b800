// cobrt's comparisons against cobc: one generated program per dialect of alphanumeric against
// alphanumeric (space padding, any bytes), numeric against alphanumeric, items against ZERO,
// SPACE and ALL literals, and numeric against numeric across usages and scales. Each case
// prints "=", "<" or ">", compared with what cobrt decides.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "runtime/edit/compare.h"
#include "runtime/storage/store.h"
#include "tests/runtime/numeric/numeric_kinds.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

auto Hex(const std::string& bytes) -> std::string {
  static const char kHex[] = "0123456789ABCDEF";
  std::string text = "X\"";
  for (unsigned char c : bytes) {
    text += kHex[c >> 4];
    text += kHex[c & 0x0F];
  }
  return text + "\"";
}

constexpr size_t kTextSizes[] = {3, 5, 8};

template <bool Ibm>
auto WorkingStorage() -> std::string {
  std::string entries = "01 X3 PIC X(3).\n01 X5 PIC X(5).\n01 X8 PIC X(8).\n";
  for (size_t k = 0; k < kTargetKindCount; ++k) {
    WithIndex<kTargetKindCount>(k, [&](auto index) {
      using Format = typename TargetKindAt<index>::template Format<Ibm>;
      entries += TargetEntries<Format>("S" + std::to_string(k), k);
      entries += TargetEntries<Format>("R" + std::to_string(k), k);
    });
  }
  return entries;
}

// Bytes for an alphanumeric item: digits, letters of both cases, spaces, the odd control or
// high byte, often a prefix of `like` so that ties and near ties are common.
auto RandomText(std::mt19937_64& random, size_t size, const std::string& like) -> std::string {
  static const char kChars[] = "0123456789  ABab0000AB";
  std::string text;
  for (size_t i = 0; i < size; ++i) {
    if (i < like.size() && random() % 4 != 0) {
      text += like[i];
    } else if (random() % 16 == 0) {
      text += static_cast<char>(random() % 2 == 0 ? 0x00 : 0xFF);
    } else {
      text += kChars[random() % (sizeof kChars - 1)];
    }
  }
  if (random() % 3 == 0) {
    size_t keep = random() % (size + 1);
    text = text.substr(0, keep) + std::string(size - keep, ' ');
  }
  return text;
}

auto Symbol(int result) -> std::string { return result == 0 ? "=" : result < 0 ? "<" : ">"; }

auto Evaluate(const std::string& a, const std::string& b) -> std::string {
  return "EVALUATE TRUE WHEN " + a + " = " + b + " DISPLAY \"=\" WHEN " + a + " < " + b +
         " DISPLAY \"<\" WHEN OTHER DISPLAY \">\" END-EVALUATE\n";
}

template <class Format>
auto RandomNumberBytes(std::mt19937_64& random) -> std::string {
  uint8_t item[Format::kSize] = {};
  auto mantissa = RandomMantissa(random, Format::kDigits, Format::kSigned);
  cobrt::Store<Format>(item, cobrt::Fixed<38, Format::kScale>{mantissa});
  return ItemBytes<Format>(item);
}

template <bool Ibm>
auto BuildCompareFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage<Ibm>();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    std::string statements = "DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n";
    int result = 0;
    size_t a_size = kTextSizes[random() % 3];
    size_t b_size = kTextSizes[random() % 3];
    std::string a_name = "X" + std::to_string(a_size);
    std::string b_name = "X" + std::to_string(b_size);
    if (a_name == b_name) b_name = a_size == 3 ? "X5" : "X3", b_size = a_size == 3 ? 5 : 3;
    size_t s = random() % kTargetKindCount;
    size_t r = random() % kTargetKindCount;
    switch (random() % 4) {
      case 0: {
        std::string a = RandomText(random, a_size, "");
        std::string b = RandomText(random, b_size, a);
        statements += "MOVE " + Hex(a) + " TO " + a_name + "\nMOVE " + Hex(b) + " TO " + b_name +
                      "\n" + Evaluate(a_name, b_name);
        result = cobrt::CompareAlphanumeric(reinterpret_cast<const uint8_t*>(a.data()), a_size,
                                            reinterpret_cast<const uint8_t*>(b.data()), b_size);
        break;
      }
      case 1: {
        static const char* const kFiguratives[][2] = {
            {"ZERO", "0"}, {"SPACE", " "}, {"ALL \"AB\"", "AB"}, {"ALL \"0\"", "0"}};
        size_t f = random() % 4;
        std::string pattern = kFiguratives[f][1];
        std::string like;
        for (size_t i = 0; i < a_size; ++i) like += pattern[i % pattern.size()];
        std::string a = RandomText(random, a_size, like);
        statements +=
            "MOVE " + Hex(a) + " TO " + a_name + "\n" + Evaluate(a_name, kFiguratives[f][0]);
        result = cobrt::CompareAll(reinterpret_cast<const uint8_t*>(a.data()), a_size,
                                   pattern.data(), pattern.size());
        break;
      }
      case 2:
        WithIndex<kTargetKindCount>(s, [&](auto si) {
          using Format = typename TargetKindAt<si>::template Format<Ibm>;
          std::string number = RandomNumberBytes<Format>(random);
          char digits[Format::kDigits];
          cobrt::internal::PictureDigits<Format>(reinterpret_cast<const uint8_t*>(number.data()),
                                                 digits);
          std::string a = RandomText(random, a_size, std::string(digits, Format::kDigits));
          std::string s_name = "S" + std::to_string(s);
          statements += "MOVE " + Hex(number) + " TO " + s_name + "-X\nMOVE " + Hex(a) + " TO " +
                        a_name + "\n" + Evaluate(s_name, a_name);
          result = cobrt::CompareNumericAlphanumeric<Format>(
              reinterpret_cast<const uint8_t*>(number.data()),
              reinterpret_cast<const uint8_t*>(a.data()), a_size);
        });
        break;
      default:
        WithIndex<kTargetKindCount>(s, [&](auto si) {
          WithIndex<kTargetKindCount>(r, [&](auto ri) {
            using A = typename TargetKindAt<si>::template Format<Ibm>;
            using B = typename TargetKindAt<ri>::template Format<Ibm>;
            std::string a = RandomNumberBytes<A>(random);
            std::string b = random() % 3 == 0 ? std::string() : RandomNumberBytes<B>(random);
            if (b.empty()) {
              // The same value when B can hold it: ties across usages and scales.
              uint8_t item[B::kSize] = {};
              cobrt::Store<B>(item, A::Read(reinterpret_cast<const uint8_t*>(a.data())));
              b = ItemBytes<B>(item);
            }
            std::string s_name = "S" + std::to_string(s);
            std::string r_name = "R" + std::to_string(r);
            statements += "MOVE " + Hex(a) + " TO " + s_name + "-X\nMOVE " + Hex(b) + " TO " +
                          r_name + "-X\n" + Evaluate(s_name, r_name);
            result = cobrt::CompareNumeric<A, B>(reinterpret_cast<const uint8_t*>(a.data()),
                                                 reinterpret_cast<const uint8_t*>(b.data()));
          });
        });
        break;
    }
    family.case_statements.push_back(statements);
    family.expected_outputs.push_back(CaseLabel(index) + Symbol(result) + "\n");
  }
  return family;
}

class CompareReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(CompareReferenceTest, ComparisonsAsCobc) {
  int compared =
      CompareFamilyWithCobc("COMPARES", BuildCompareFamily<false>(800, 808), {"-std=default"});
  compared += CompareFamilyWithCobc("COMPARES", BuildCompareFamily<true>(600, 809), {"-std=ibm"});
  RecordProperty("cases", compared);
}

}  // namespace
}  // namespace remint::testing

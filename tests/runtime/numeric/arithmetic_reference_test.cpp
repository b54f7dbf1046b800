// cobrt's arithmetic and stores against cobc: each family is one generated program of many
// cases (fixed seed), run under -std=default and -std=ibm, and every case's receiving item
// bytes (and size error marker) must match byte for byte.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "runtime/decimal/decimal.h"
#include "runtime/decimal/fixed.h"
#include "runtime/storage/store.h"
#include "tests/runtime/numeric/numeric_kinds.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

using cobrt::Decimal;
using cobrt::Fixed;
using cobrt::Int128;
using cobrt::RoundingMode;
using cobrt::SizeErrorPhrase;
using cobrt::StoreStatus;

constexpr const char* kSizeErrorHandler = " ON SIZE ERROR DISPLAY \"S\" NO ADVANCING";

// Operand items A0.., B0.. (one per operand kind), an exponent E, and targets T0...
auto WorkingStorage(bool ibm) -> std::string {
  std::string entries;
  for (size_t k = 0; k < kOperandKindCount; ++k) {
    WithIndex<kOperandKindCount>(k, [&](auto index) {
      using Kind = OperandKindAt<index>;
      std::string picture = NumericPicture(Kind::kDigits, Kind::kScale, Kind::kSigned);
      entries += "01 A" + std::to_string(k) + " PIC " + picture + ".\n";
      entries += "01 B" + std::to_string(k) + " PIC " + picture + ".\n";
    });
  }
  entries += "01 E PIC S9.\n01 R PIC S9(5)V999.\n01 R-X REDEFINES R PIC X(8).\n";
  for (size_t t = 0; t < kTargetKindCount; ++t) {
    WithIndex<kTargetKindCount>(t, [&](auto index) {
      auto add = [&]<bool Ibm>() {
        entries += TargetEntries<typename TargetKindAt<index>::template Format<Ibm>>(
            "T" + std::to_string(t), t);
      };
      ibm ? add.template operator()<true>() : add.template operator()<false>();
    });
  }
  return entries;
}

struct Operand {
  size_t kind = 0;
  Int128 mantissa = 0;
};

auto RandomOperand(std::mt19937_64& random) -> Operand {
  Operand operand;
  operand.kind = random() % kOperandKindCount;
  WithIndex<kOperandKindCount>(operand.kind, [&](auto index) {
    using Kind = OperandKindAt<index>;
    operand.mantissa = RandomMantissa(random, Kind::kDigits, Kind::kSigned);
  });
  return operand;
}

template <size_t Index>
auto ValueOf(const Operand& operand) -> typename OperandKindAt<Index>::Value {
  using Value = typename OperandKindAt<Index>::Value;
  return Value{cobrt::ConvertRep<typename Value::Rep>(operand.mantissa)};
}

auto OperandLiteral(const Operand& operand) -> std::string {
  std::string literal;
  WithIndex<kOperandKindCount>(operand.kind, [&](auto index) {
    literal = NumericLiteral(operand.mantissa, OperandKindAt<index>::kScale);
  });
  return literal;
}

// What a target kind holds after `MOVE 7` (its starting value) and after a store.
template <bool Ibm>
struct TargetRun {
  size_t kind;
  std::string bytes;  // the item after the case

  void Start() {
    WithIndex<kTargetKindCount>(kind, [&](auto index) {
      using Format = typename TargetKindAt<index>::template Format<Ibm>;
      uint8_t item[Format::kSize] = {};
      cobrt::Store<Format>(item, Fixed<1, 0>{7});
      bytes = ItemBytes<Format>(item);
    });
  }
  template <class Value>
  auto Store(const Value& value, RoundingMode mode, SizeErrorPhrase phrase) -> StoreStatus {
    StoreStatus status = StoreStatus::kOk;
    WithIndex<kTargetKindCount>(kind, [&](auto index) {
      using Format = typename TargetKindAt<index>::template Format<Ibm>;
      uint8_t item[Format::kSize] = {};
      bytes.copy(reinterpret_cast<char*>(item), Format::kSize);
      status = cobrt::Store<Format>(item, value, mode, phrase);
      bytes = ItemBytes<Format>(item);
    });
    return status;
  }
};

struct CaseSetup {
  Operand a, b;
  size_t target = 0;
  size_t rounding = 0;
  bool phrase = false;
};

auto RandomSetup(std::mt19937_64& random) -> CaseSetup {
  CaseSetup setup;
  setup.a = RandomOperand(random);
  setup.b = RandomOperand(random);
  setup.target = random() % kTargetKindCount;
  setup.rounding = random() % kRoundingPhraseCount;
  setup.phrase = random() % 2 == 0;
  return setup;
}

auto Prologue(size_t index, const CaseSetup& setup, bool with_b) -> std::string {
  std::string text = "DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n";
  text += "MOVE " + OperandLiteral(setup.a) + " TO A" + std::to_string(setup.a.kind) + "\n";
  if (with_b) {
    text += "MOVE " + OperandLiteral(setup.b) + " TO B" + std::to_string(setup.b.kind) + "\n";
  }
  text += "MOVE 7 TO T" + std::to_string(setup.target) + "\n";
  return text;
}

auto Handler(const CaseSetup& setup) -> std::string {
  return setup.phrase ? kSizeErrorHandler : "";
}

// One family: `kind` picks the statement each case runs.
enum class Family { kStore, kBinaryOperators, kDivideRemainder, kPower, kPowerExpression };

template <bool Ibm>
auto BuildFamily(Family family, int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily result;
  result.working_storage = WorkingStorage(Ibm);
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    CaseSetup setup = RandomSetup(random);
    RoundingMode mode = RoundingModeOf(setup.rounding);
    SizeErrorPhrase phrase = setup.phrase ? SizeErrorPhrase::kPresent : SizeErrorPhrase::kAbsent;
    std::string target = "T" + std::to_string(setup.target);
    std::string a = "A" + std::to_string(setup.a.kind);
    std::string b = "B" + std::to_string(setup.b.kind);
    TargetRun<Ibm> run{setup.target, ""};
    run.Start();
    std::string statements;
    std::string extra;  // an item displayed after the target
    std::string extra_bytes;
    bool size_error = false;
    switch (family) {
      case Family::kStore: {
        // `* 1` keeps cobc from compiling a plain MOVE: the store goes through cob_decimal.
        statements = Prologue(index, setup, false) + "COMPUTE " + target +
                     RoundingPhrase(setup.rounding) + " = " + a + " * 1" + Handler(setup) +
                     " END-COMPUTE\n";
        WithIndex<kOperandKindCount>(setup.a.kind, [&](auto ai) {
          auto value = cobrt::Multiply(ValueOf<ai>(setup.a), Fixed<1, 0>{1});
          size_error = run.Store(value, mode, phrase) == StoreStatus::kSizeError;
        });
        break;
      }
      case Family::kBinaryOperators: {
        static const char* const kOperators[] = {"+", "-", "*", "/"};
        size_t op = random() % 4;
        statements = Prologue(index, setup, true) + "COMPUTE " + target +
                     RoundingPhrase(setup.rounding) + " = " + a + " " + kOperators[op] + " " + b +
                     Handler(setup) + " END-COMPUTE\n";
        WithIndex<kOperandKindCount>(setup.a.kind, [&](auto ai) {
          WithIndex<kOperandKindCount>(setup.b.kind, [&](auto bi) {
            auto x = ValueOf<ai>(setup.a);
            auto y = ValueOf<bi>(setup.b);
            Decimal value;
            if (op == 0) value = cobrt::ToDecimal(cobrt::Add(x, y));
            if (op == 1) value = cobrt::ToDecimal(cobrt::Subtract(x, y));
            if (op == 2) value = cobrt::ToDecimal(cobrt::Multiply(x, y));
            if (op == 3) {
              auto quotient = cobrt::Divide(x, y);
              if (quotient.divide_by_zero) {
                size_error = true;  // the target is unchanged
                return;
              }
              value = cobrt::ToDecimal(quotient.value);
            }
            size_error = run.Store(value, mode, phrase) == StoreStatus::kSizeError;
          });
        });
        break;
      }
      case Family::kDivideRemainder: {
        // Small operand kinds only, to keep the instantiations (pairs x quotient scales) few.
        static constexpr size_t kKinds[] = {0, 1, 3, 6};
        size_t ai_index = random() % 4;
        size_t bi_index = random() % 4;
        setup.a.kind = kKinds[ai_index];
        setup.b.kind = kKinds[bi_index];
        WithIndex<kOperandKindCount>(setup.a.kind, [&](auto k) {
          setup.a.mantissa =
              RandomMantissa(random, OperandKindAt<k>::kDigits, OperandKindAt<k>::kSigned);
        });
        WithIndex<kOperandKindCount>(setup.b.kind, [&](auto k) {
          setup.b.mantissa =
              RandomMantissa(random, OperandKindAt<k>::kDigits, OperandKindAt<k>::kSigned);
        });
        a = "A" + std::to_string(setup.a.kind);
        b = "B" + std::to_string(setup.b.kind);
        statements = Prologue(index, setup, true) + "MOVE 7 TO R\nDIVIDE " + a + " BY " + b +
                     " GIVING " + target + RoundingPhrase(setup.rounding) + " REMAINDER R" +
                     Handler(setup) + " END-DIVIDE\n";
        using Remainder = cobrt::Zoned<8, 3, cobrt::ZonedSign::kTrailing>;
        uint8_t remainder_item[Remainder::kSize];
        cobrt::Store<Remainder>(remainder_item, Fixed<1, 0>{7});
        WithIndex<4>(ai_index, [&](auto ai) {
          WithIndex<4>(bi_index, [&](auto bi) {
            auto x = ValueOf<kKinds[ai]>(setup.a);
            auto y = ValueOf<kKinds[bi]>(setup.b);
            auto quotient = cobrt::Divide(x, y);
            if (quotient.divide_by_zero) {
              size_error = true;
              return;
            }
            size_error = run.Store(quotient.value, mode, phrase) == StoreStatus::kSizeError;
            WithIndex<kTargetKindCount>(setup.target, [&](auto t) {
              constexpr int kQuotientScale = TargetKindAt<t>::template Format<Ibm>::kScale;
              auto remainder = cobrt::DivideRemainder<kQuotientScale>(x, y);
              if (cobrt::Store<Remainder>(remainder_item, remainder.value,
                                          RoundingMode::kTruncation,
                                          phrase) == StoreStatus::kSizeError) {
                size_error = true;
              }
            });
          });
        });
        extra = "R-X";
        extra_bytes = std::string(reinterpret_cast<const char*>(remainder_item), Remainder::kSize);
        break;
      }
      case Family::kPower: {
        int exponent = static_cast<int>(random() % 8) - 3;
        statements = Prologue(index, setup, false) + "MOVE " + std::to_string(exponent) +
                     " TO E\nCOMPUTE " + target + RoundingPhrase(setup.rounding) + " = " + a +
                     " ** E" + Handler(setup) + " END-COMPUTE\n";
        WithIndex<kOperandKindCount>(setup.a.kind, [&](auto ai) {
          cobrt::DecimalResult power = cobrt::Power(cobrt::ToDecimal(ValueOf<ai>(setup.a)),
                                                    cobrt::ToDecimal(Fixed<1, 0>{exponent}));
          switch (power.status) {
            case cobrt::DecimalStatus::kOk:
              size_error = run.Store(power.value, mode, phrase) == StoreStatus::kSizeError;
              break;
            case cobrt::DecimalStatus::kStoredThenSizeError:
              run.Store(power.value, mode, phrase);
              size_error = true;
              break;
            default:
              ADD_FAILURE() << "no integer power here is out of cobrt's range";
              size_error = true;
              break;
          }
        });
        break;
      }
      case Family::kPowerExpression: {
        // An exponentiation joined by + - * / (cobrt's DecimalResult arithmetic): its run-time
        // scale, a zero divisor (libcob's NaN: the target unchanged) and 0 ** 0 (stored, then
        // the size error) carried through.
        static const char* const kOperators[] = {"+", "-", "*", "/"};
        const size_t op = random() % 4;
        const int exponent = static_cast<int>(random() % 5) - 2;
        statements = Prologue(index, setup, true) + "MOVE " + std::to_string(exponent) +
                     " TO E\nCOMPUTE " + target + RoundingPhrase(setup.rounding) + " = " + a +
                     " ** E " + kOperators[op] + " " + b + Handler(setup) + " END-COMPUTE\n";
        WithIndex<kOperandKindCount>(setup.a.kind, [&](auto ai) {
          WithIndex<kOperandKindCount>(setup.b.kind, [&](auto bi) {
            const cobrt::DecimalResult power = cobrt::Power(cobrt::Dynamic(ValueOf<ai>(setup.a)),
                                                            cobrt::Dynamic(Fixed<1, 0>{exponent}));
            const cobrt::DecimalResult y = cobrt::Dynamic(ValueOf<bi>(setup.b));
            const cobrt::DecimalResult value = op == 0   ? cobrt::Add(power, y)
                                               : op == 1 ? cobrt::Subtract(power, y)
                                               : op == 2 ? cobrt::Multiply(power, y)
                                                         : cobrt::Divide(power, y);
            switch (value.status) {
              case cobrt::DecimalStatus::kOk:
                size_error = run.Store(value.value, mode, phrase) == StoreStatus::kSizeError;
                break;
              case cobrt::DecimalStatus::kStoredThenSizeError:
                run.Store(value.value, mode, phrase);
                size_error = true;
                break;
              case cobrt::DecimalStatus::kSizeError:
                size_error = true;  // the target is unchanged
                break;
              default:
                ADD_FAILURE() << "no value here is out of cobrt's range";
                size_error = true;
                break;
            }
          });
        });
        break;
      }
    }
    statements += "DISPLAY " + target + "-X" + (extra.empty() ? "" : " " + extra) + "\n";
    result.case_statements.push_back(statements);
    result.expected_outputs.push_back(CaseLabel(index) + (size_error && setup.phrase ? "S" : "") +
                                      run.bytes + extra_bytes + "\n");
  }
  return result;
}

class ArithmeticReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(ArithmeticReferenceTest, StoresRoundAndTruncateAsCobc) {
  int compared = CompareFamilyWithCobc("ARSTORE", BuildFamily<false>(Family::kStore, 600, 101),
                                       {"-std=default"});
  compared +=
      CompareFamilyWithCobc("ARSTORE", BuildFamily<true>(Family::kStore, 600, 101), {"-std=ibm"});
  RecordProperty("cases", compared);
}

TEST_F(ArithmeticReferenceTest, AddSubtractMultiplyDivideAsCobc) {
  int compared = CompareFamilyWithCobc(
      "ARBINOP", BuildFamily<false>(Family::kBinaryOperators, 800, 202), {"-std=default"});
  compared += CompareFamilyWithCobc(
      "ARBINOP", BuildFamily<true>(Family::kBinaryOperators, 800, 202), {"-std=ibm"});
  RecordProperty("cases", compared);
}

TEST_F(ArithmeticReferenceTest, DivideRemainderAsCobc) {
  int compared = CompareFamilyWithCobc(
      "ARDIVREM", BuildFamily<false>(Family::kDivideRemainder, 500, 303), {"-std=default"});
  compared += CompareFamilyWithCobc(
      "ARDIVREM", BuildFamily<true>(Family::kDivideRemainder, 500, 303), {"-std=ibm"});
  RecordProperty("cases", compared);
}

TEST_F(ArithmeticReferenceTest, IntegerPowersAsCobc) {
  int compared = CompareFamilyWithCobc("ARPOWER", BuildFamily<false>(Family::kPower, 500, 404),
                                       {"-std=default"});
  RecordProperty("cases", compared);
}

TEST_F(ArithmeticReferenceTest, ExpressionsWithPowersAsCobc) {
  int compared = CompareFamilyWithCobc(
      "ARPOWEX", BuildFamily<false>(Family::kPowerExpression, 600, 505), {"-std=default"});
  RecordProperty("cases", compared);
}

}  // namespace
}  // namespace remint::testing

// Decision counters for a coverage build (remint emit with decision counters; remint migrate's
// case synthesis): how often each IF and each EVALUATE WHEN of a program went each way, and
// whether the operands of each relation were ever equal (labels starting "= "). At exit
// the counts of every program that ran are appended to the file COBRT_DECISION_COUNTS names,
// one line per decision: PROGRAM <tab> index <tab> label <tab> false count <tab> true count.
// A relation also writes how its operands compared, for a search that steers inputs towards
// the side never taken:
//   PROGRAM <tab> index <tab> <=> <tab> less <tab> equal <tab> greater <tab> closest |a-b|
//   PROGRAM <tab> index <tab> number|text <tab> a <tab> b     (operand values it saw)
// numbers as decimal text, text as hex; the first few distinct pairs that differ, and the
// closest pair.
// Normal builds contain none of this.
#ifndef COBRT_IO_DECISION_COUNTS_H_
#define COBRT_IO_DECISION_COUNTS_H_

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "runtime/decimal/decimal.h"
#include "runtime/decimal/fixed.h"
#include "runtime/edit/compare.h"

namespace cobrt {

namespace internal {
// Values up to 38 digits convert exactly enough to steer a search; wider ones are not noted.
template <class T>
inline constexpr bool kNarrowFixed = false;
template <int D, int S>
inline constexpr bool kNarrowFixed<Fixed<D, S>> = D <= 38;
}  // namespace internal

class DecisionSites {
 public:
  DecisionSites(const char* program, std::initializer_list<const char*> labels)
      : counts_(new Counts{program, labels, std::vector<uint64_t>(2 * labels.size(), 0), {}}) {
    // The counts outlive every static object (they are never freed): the exit handler may run
    // after this object's destructor.
    static std::vector<Counts*>* registry = [] {
      std::atexit(WriteAll);
      return new std::vector<Counts*>();
    }();
    registry->push_back(counts_);
    Registry() = registry;
  }

  // Counts whether the operands of relation `index` were equal and passes the comparison on.
  auto Relation(uint32_t index, int comparison) -> int {
    ++counts_->hits[2 * index + (comparison == 0 ? 1 : 0)];
    ++counts_->relations[index].sides[comparison < 0 ? 0 : comparison == 0 ? 1 : 2];
    return comparison;
  }

  // cobrt::Compare of two numbers, counted as Relation and with the values noted.
  template <class A, class B>
  auto CompareNumbers(uint32_t index, const A& a, const B& b) -> int {
    const int comparison = Relation(index, Compare(a, b));
    if constexpr (internal::kNarrowFixed<A> && internal::kNarrowFixed<B>) {
      const long double difference = ToLongDouble(a) - ToLongDouble(b);
      RelationLog& log = counts_->relations[index];
      const long double distance = difference < 0 ? -difference : difference;
      const bool closer = !log.has_closest || distance < log.closest;
      if (closer || (comparison != 0 && log.samples.size() < kSamples)) {
        Note(log, "number", NumberText(a), NumberText(b), closer, distance, comparison != 0);
      }
    }
    return comparison;
  }

  // cobrt::CompareAlphanumeric, counted as Relation and with the texts noted.
  auto CompareText(uint32_t index, const uint8_t* a, size_t a_size, const uint8_t* b, size_t b_size,
                   const CollatingWeights* weights = nullptr) -> int {
    const int comparison = Relation(index, CompareAlphanumeric(a, a_size, b, b_size, weights));
    RelationLog& log = counts_->relations[index];
    if (comparison != 0 && log.samples.size() < kSamples) {
      Note(log, "text", Hex(a, a_size), Hex(b, b_size), false, 0, true);
    }
    return comparison;
  }

  // Writes the counts of every program that ran (what happens at exit) to `out`.
  static void WriteTo(std::FILE* out) {
    if (Registry() == nullptr) return;
    for (const Counts* counts : *Registry()) {
      for (size_t i = 0; i < counts->labels.size(); ++i) {
        std::fprintf(out, "%s\t%zu\t%s\t%llu\t%llu\n", counts->program, i, counts->labels[i],
                     static_cast<unsigned long long>(counts->hits[2 * i]),
                     static_cast<unsigned long long>(counts->hits[2 * i + 1]));
      }
      for (const auto& [index, log] : counts->relations) {
        std::fprintf(out, "%s\t%u\t<=>\t%llu\t%llu\t%llu\t%.20Lg\n", counts->program, index,
                     static_cast<unsigned long long>(log.sides[0]),
                     static_cast<unsigned long long>(log.sides[1]),
                     static_cast<unsigned long long>(log.sides[2]),
                     log.has_closest ? log.closest : -1.0L);
        std::vector<const Sample*> samples;
        for (const Sample& sample : log.samples) samples.push_back(&sample);
        if (log.has_closest) samples.push_back(&log.closest_pair);
        for (const Sample* sample : samples) {
          std::fprintf(out, "%s\t%u\t%s\t%s\t%s\n", counts->program, index, sample->kind,
                       sample->a.c_str(), sample->b.c_str());
        }
      }
    }
  }

  // Counts the outcome of decision `index` and passes it on.
  auto Decide(uint32_t index, bool outcome) -> bool {
    ++counts_->hits[2 * index + (outcome ? 1 : 0)];
    return outcome;
  }

 private:
  static constexpr size_t kSamples = 6;
  static constexpr size_t kTextBytes = 64;

  struct Sample {
    const char* kind;
    std::string a;
    std::string b;
    auto operator==(const Sample&) const -> bool = default;
  };
  struct RelationLog {
    uint64_t sides[3] = {0, 0, 0};  // less, equal, greater
    std::vector<Sample> samples;    // the first distinct pairs
    bool has_closest = false;
    long double closest = 0;
    Sample closest_pair;
  };
  struct Counts {
    const char* program;
    std::vector<const char*> labels;
    std::vector<uint64_t> hits;
    std::map<uint32_t, RelationLog> relations;
  };

  template <int D, int S>
  static auto ToLongDouble(const Fixed<D, S>& value) -> long double {
    long double number = static_cast<long double>(value.mantissa);
    for (int i = 0; i < S; ++i) number /= 10;
    for (int i = 0; i > S; --i) number *= 10;
    return number;
  }

  template <int D, int S>
  static auto NumberText(const Fixed<D, S>& value) -> std::string {
    Int128 mantissa = value.mantissa;
    const bool negative = mantissa < 0;
    if (negative) mantissa = -mantissa;
    std::string digits;
    do {
      digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(mantissa % 10)));
      mantissa /= 10;
    } while (mantissa != 0);
    if constexpr (S > 0) {
      if (digits.size() <= static_cast<size_t>(S)) {
        digits.insert(0, static_cast<size_t>(S) + 1 - digits.size(), '0');
      }
      digits.insert(digits.size() - static_cast<size_t>(S), ".");
    } else if constexpr (S < 0) {
      if (digits != "0") digits.append(static_cast<size_t>(-S), '0');
    }
    return negative ? "-" + digits : digits;
  }

  static auto Hex(const uint8_t* bytes, size_t size) -> std::string {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    for (size_t i = 0; i < size && i < kTextBytes; ++i) {
      text += kDigits[bytes[i] >> 4];
      text += kDigits[bytes[i] & 15];
    }
    return text;
  }

  // Keeps the pair as the closest, and among the samples when `unequal`: a pair that differs is
  // what a search can use (put one value where the other was).
  static void Note(RelationLog& log, const char* kind, std::string a, std::string b, bool closer,
                   long double distance, bool unequal) {
    Sample sample{kind, std::move(a), std::move(b)};
    if (closer) {
      log.has_closest = true;
      log.closest = distance;
      log.closest_pair = sample;
    }
    if (unequal && log.samples.size() < kSamples &&
        std::find(log.samples.begin(), log.samples.end(), sample) == log.samples.end()) {
      log.samples.push_back(std::move(sample));
    }
  }

  static auto Registry() -> std::vector<Counts*>*& {
    static std::vector<Counts*>* registry = nullptr;
    return registry;
  }
  static void WriteAll() {
    const char* path = std::getenv("COBRT_DECISION_COUNTS");
    if (path == nullptr || *path == '\0') return;
    std::FILE* out = std::fopen(path, "a");
    if (out == nullptr) return;
    WriteTo(out);
    std::fclose(out);
  }

  Counts* counts_;
};

}  // namespace cobrt

#endif  // COBRT_IO_DECISION_COUNTS_H_

// A seeded pseudo-random generator for tests that mutate inputs: splitmix64, which gives the same
// sequence on every machine and standard library (the std distributions do not), so that a
// failing mutation can be replayed.
#ifndef REMINT_TESTS_SUPPORT_SPLIT_MIX_H_
#define REMINT_TESTS_SUPPORT_SPLIT_MIX_H_

#include <cstdint>

namespace remint::testing {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  auto Next() -> uint64_t {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // In [0, bound); 0 when bound is 0.
  auto Below(uint64_t bound) -> uint64_t { return bound == 0 ? 0 : Next() % bound; }

 private:
  uint64_t state_;
};

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_SPLIT_MIX_H_

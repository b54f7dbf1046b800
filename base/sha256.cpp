#include "base/sha256.h"

#include <cpuid.h>
#include <immintrin.h>

#include <cstdlib>
#include <cstring>

namespace remint {
namespace {

constexpr std::array<uint32_t, 64> kRoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

constexpr auto RotateRight(uint32_t value, int bits) -> uint32_t {
  return (value >> bits) | (value << (32 - bits));
}

// One block with the x86 SHA extensions (SHA-NI): several times faster than the portable
// rounds. The hardware keeps the state as (A,B,E,F) and (C,D,G,H); the message schedule for
// words 16-63 is computed four words at a time with sha256msg1/msg2.
__attribute__((target("sha,sse4.1"))) void CompressWithShaExtensions(
    std::array<uint32_t, 8>& state, const unsigned char* block) {
  const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i abcd = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[0]));
  __m128i efgh = _mm_loadu_si128(reinterpret_cast<const __m128i*>(&state[4]));
  __m128i cdab = _mm_shuffle_epi32(abcd, 0xB1);
  __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
  __m128i abef = _mm_alignr_epi8(cdab, hgfe, 8);
  __m128i cdgh = _mm_blend_epi16(hgfe, cdab, 0xF0);
  const __m128i abef_start = abef;
  const __m128i cdgh_start = cdgh;

  __m128i words[4];
  for (int group = 0; group < 4; ++group) {
    words[group] = _mm_shuffle_epi8(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * group)), byte_swap);
  }
#pragma GCC unroll 16
  for (int group = 0; group < 16; ++group) {
    __m128i constants =
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRoundConstants[4 * group]));
    __m128i message = _mm_add_epi32(words[group % 4], constants);
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
    if (group >= 3 && group <= 14) {
      // Words of group + 1 (of the next four rounds), from the last four groups.
      __m128i& next = words[(group + 1) % 4];
      next = _mm_add_epi32(next, _mm_alignr_epi8(words[group % 4], words[(group + 3) % 4], 4));
      next = _mm_sha256msg2_epu32(next, words[group % 4]);
    }
    message = _mm_shuffle_epi32(message, 0x0E);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
    if (group >= 1 && group <= 12) {
      __m128i& previous = words[(group + 3) % 4];
      previous = _mm_sha256msg1_epu32(previous, words[group % 4]);
    }
  }
  abef = _mm_add_epi32(abef, abef_start);
  cdgh = _mm_add_epi32(cdgh, cdgh_start);

  __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
  __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[0]), _mm_blend_epi16(feba, dchg, 0xF0));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(&state[4]), _mm_alignr_epi8(dchg, feba, 8));
}

auto CpuHasShaExtensions() -> bool {
  unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) == 0) return false;
  bool sha = (ebx >> 29) & 1;
  if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0) return false;
  bool sse41 = (ecx >> 19) & 1;
  bool ssse3 = (ecx >> 9) & 1;
  return sha && sse41 && ssse3;
}

// REMINT_SHA256_PORTABLE=1 forces the portable rounds (tests compare both paths).
auto UseShaExtensions() -> bool {
  static const bool use = CpuHasShaExtensions() && std::getenv("REMINT_SHA256_PORTABLE") == nullptr;
  return use;
}

}  // namespace

Sha256::Sha256()
    : state_{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
             0x5be0cd19},
      buffer_{} {}

void Sha256::Compress(const unsigned char* block) {
  if (UseShaExtensions()) {
    CompressWithShaExtensions(state_, block);
    return;
  }
  uint32_t w[64];
  for (int i = 0; i < 16; ++i) {
    w[i] = (uint32_t{block[4 * i]} << 24) | (uint32_t{block[4 * i + 1]} << 16) |
           (uint32_t{block[4 * i + 2]} << 8) | uint32_t{block[4 * i + 3]};
  }
  for (int i = 16; i < 64; ++i) {
    uint32_t s0 = RotateRight(w[i - 15], 7) ^ RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = RotateRight(w[i - 2], 17) ^ RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = state_[0], b = state_[1], c = state_[2], d = state_[3];
  uint32_t e = state_[4], f = state_[5], g = state_[6], h = state_[7];
  for (int i = 0; i < 64; ++i) {
    uint32_t s1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
    uint32_t choose = (e & f) ^ (~e & g);
    uint32_t temp1 = h + s1 + choose + kRoundConstants[i] + w[i];
    uint32_t s0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
    uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
    uint32_t temp2 = s0 + majority;
    h = g;
    g = f;
    f = e;
    e = d + temp1;
    d = c;
    c = b;
    b = a;
    a = temp1 + temp2;
  }
  state_[0] += a;
  state_[1] += b;
  state_[2] += c;
  state_[3] += d;
  state_[4] += e;
  state_[5] += f;
  state_[6] += g;
  state_[7] += h;
}

void Sha256::Update(std::string_view bytes) {
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t size = bytes.size();
  total_bytes_ += size;
  if (buffered_ > 0) {
    size_t take = std::min(size, buffer_.size() - buffered_);
    std::memcpy(buffer_.data() + buffered_, data, take);
    buffered_ += take;
    data += take;
    size -= take;
    if (buffered_ < buffer_.size()) return;
    Compress(buffer_.data());
    buffered_ = 0;
  }
  // Whole blocks straight from the input, without copying.
  while (size >= 64) {
    Compress(data);
    data += 64;
    size -= 64;
  }
  std::memcpy(buffer_.data(), data, size);
  buffered_ = size;
}

auto Sha256::FinishHex() -> std::string {
  uint64_t bit_length = total_bytes_ * 8;
  buffer_[buffered_++] = 0x80;
  if (buffered_ > 56) {
    std::memset(buffer_.data() + buffered_, 0, 64 - buffered_);
    Compress(buffer_.data());
    buffered_ = 0;
  }
  std::memset(buffer_.data() + buffered_, 0, 56 - buffered_);
  for (int i = 0; i < 8; ++i) {
    buffer_[56 + i] = static_cast<unsigned char>(bit_length >> (56 - 8 * i));
  }
  Compress(buffer_.data());

  static constexpr char kHexDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (uint32_t word : state_) {
    for (int shift = 28; shift >= 0; shift -= 4) hex.push_back(kHexDigits[(word >> shift) & 0xf]);
  }
  return hex;
}

auto Sha256Hex(std::string_view bytes) -> std::string {
  Sha256 hasher;
  hasher.Update(bytes);
  return hasher.FinishHex();
}

}  // namespace remint

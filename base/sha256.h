// SHA-256 (FIPS 180-4), used for content hashes of scanned members.
#ifndef REMINT_BASE_SHA256_H_
#define REMINT_BASE_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace remint {

class Sha256 {
 public:
  Sha256();
  void Update(std::string_view bytes);
  // Returns the digest as 64 lowercase hex digits. The object must not be updated afterwards.
  auto FinishHex() -> std::string;

 private:
  void Compress(const unsigned char* block);

  std::array<uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_;
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// Convenience: the hex digest of a whole buffer.
auto Sha256Hex(std::string_view bytes) -> std::string;

}  // namespace remint

#endif  // REMINT_BASE_SHA256_H_

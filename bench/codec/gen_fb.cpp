// Writes the data codec benchmark's dataset: RECFM FB records of bench/codec/BENCHREC.cpy
// (120 bytes), every field holding a valid value drawn from a fixed-seed PRNG, so that runs
// on different days decode the same bytes.
//
// Usage: codec_bench_gen OUTPUT SIZE_MB [ascii|ebcdic]
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr size_t kRecordLength = 120;

// xorshift64*: fast, and fixed by its seed.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  auto Next() -> uint64_t {
    state_ ^= state_ >> 12;
    state_ ^= state_ << 25;
    state_ ^= state_ >> 27;
    return state_ * 0x2545F4914F6CDD1DULL;
  }
  auto Below(uint64_t bound) -> uint64_t { return Next() % bound; }

 private:
  uint64_t state_;
};

// The characters text fields are drawn from, and their bytes in each code page.
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ";
constexpr size_t kAlphabetSize = sizeof kAlphabet - 1;

auto EbcdicOf(char character) -> uint8_t {
  // IBM-037 letters come in three runs (A-I, J-R, S-Z); digits at F0.
  if (character >= 'A' && character <= 'I') return static_cast<uint8_t>(0xC1 + character - 'A');
  if (character >= 'J' && character <= 'R') return static_cast<uint8_t>(0xD1 + character - 'J');
  if (character >= 'S' && character <= 'Z') return static_cast<uint8_t>(0xE2 + character - 'S');
  if (character >= '0' && character <= '9') return static_cast<uint8_t>(0xF0 + character - '0');
  return 0x40;  // space
}

class RecordWriter {
 public:
  RecordWriter(bool ebcdic, Random& random) : ebcdic_(ebcdic), random_(random) {}

  void Text(uint8_t* bytes, size_t size) {
    for (size_t i = 0; i < size; ++i) {
      char character = kAlphabet[random_.Below(kAlphabetSize)];
      bytes[i] = ebcdic_ ? EbcdicOf(character) : static_cast<uint8_t>(character);
    }
  }

  // Zoned decimal of `size` digits; signed ones carry the sign overpunched on the last byte.
  void Zoned(uint8_t* bytes, size_t size, bool is_signed) {
    uint8_t zone = ebcdic_ ? 0xF0 : 0x30;
    for (size_t i = 0; i < size; ++i) {
      bytes[i] = static_cast<uint8_t>(zone | random_.Below(10));
    }
    if (is_signed) {
      bool negative = random_.Below(4) == 0;
      uint8_t digit = bytes[size - 1] & 0x0F;
      uint8_t sign_zone = ebcdic_ ? (negative ? 0xD0 : 0xC0) : (negative ? 0x70 : 0x30);
      bytes[size - 1] = static_cast<uint8_t>(sign_zone | digit);
    }
  }

  // Signed COMP-3 of `size` bytes: 2 * size - 1 digits and a C or D sign nibble.
  void Packed(uint8_t* bytes, size_t size) {
    for (size_t i = 0; i < size; ++i) {
      auto high = static_cast<uint8_t>(random_.Below(10));
      auto low = static_cast<uint8_t>(random_.Below(10));
      if (i + 1 == size) low = random_.Below(4) == 0 ? 0x0D : 0x0C;
      bytes[i] = static_cast<uint8_t>(high << 4 | low);
    }
  }

  // Big-endian binary: any bit pattern is a valid value of a COMP item.
  void Binary(uint8_t* bytes, size_t size) {
    uint64_t value = random_.Next();
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<uint8_t>(value >> (8 * i));
  }

  void Record(uint8_t* record) {
    uint8_t* at = record;
    // The next `size` bytes of the record, in layout order.
    auto next = [&at](size_t size) {
      uint8_t* field = at;
      at += size;
      return field;
    };
    Zoned(next(9), 9, false);  // BR-ID
    Text(next(30), 30);        // BR-NAME
    Packed(next(6), 6);        // BR-BALANCE
    Packed(next(4), 4);        // BR-RATE
    Zoned(next(9), 9, true);   // BR-DELTA
    Binary(next(4), 4);        // BR-COUNT
    // BR-FLAGS, PIC 9(4) COMP: kept under 10000 so that it is a value of the picture.
    uint64_t flags = random_.Below(10000);
    uint8_t* flag_bytes = next(2);
    flag_bytes[0] = static_cast<uint8_t>(flags >> 8);
    flag_bytes[1] = static_cast<uint8_t>(flags);
    Binary(next(8), 8);                              // BR-TOTAL
    Text(next(20), 20);                              // BR-CITY
    for (int i = 0; i < 4; ++i) Packed(next(5), 5);  // BR-AMOUNT(1..4)
    Text(next(8), 8);                                // BR-CODE
  }

 private:
  bool ebcdic_;
  Random& random_;
};

}  // namespace

auto main(int argc, char** argv) -> int {
  if (argc < 3) {
    std::fprintf(stderr, "usage: codec_bench_gen OUTPUT SIZE_MB [ascii|ebcdic]\n");
    return 2;
  }
  uint64_t size_mb = std::strtoull(argv[2], nullptr, 10);
  bool ebcdic = argc > 3 && std::strcmp(argv[3], "ebcdic") == 0;
  uint64_t records = (size_mb * 1000 * 1000 + kRecordLength - 1) / kRecordLength;
  std::FILE* out = std::fopen(argv[1], "wb");
  if (out == nullptr) {
    std::perror(argv[1]);
    return 1;
  }
  Random random(20261206);
  RecordWriter writer(ebcdic, random);
  constexpr size_t kRecordsPerChunk = 1 << 14;
  std::vector<uint8_t> chunk(kRecordsPerChunk * kRecordLength);
  for (uint64_t done = 0; done < records;) {
    size_t count = static_cast<size_t>(std::min<uint64_t>(kRecordsPerChunk, records - done));
    for (size_t i = 0; i < count; ++i) writer.Record(chunk.data() + i * kRecordLength);
    if (std::fwrite(chunk.data(), kRecordLength, count, out) != count) {
      std::perror(argv[1]);
      return 1;
    }
    done += count;
  }
  return std::fclose(out) == 0 ? 0 : 1;
}

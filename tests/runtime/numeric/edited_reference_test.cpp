// cobrt's numeric-edited MOVE and de-editing against cobc: one generated program per dialect
// whose cases move a value into an edited item (every insertion, suppression and sign form),
// then de-edit it into a numeric item; both items' bytes are compared byte for byte. A second
// family stores arithmetic results into the same items (cobrt::StoreEdited) with every ROUNDED
// mode, with and without SIZE ERROR.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "runtime/edit/edited.h"
#include "runtime/storage/store.h"
#include "tests/runtime/numeric/numeric_kinds.h"
#include "tests/runtime/numeric/numeric_reference.h"
#include "tests/support/availability.h"

namespace remint::testing {
namespace {

struct EditedCase {
  const char* picture;
  bool blank_when_zero;
};
constexpr EditedCase kPictures[] = {
    {"ZZZZ9.99", false},
    {"ZZZZZ.ZZ", false},
    {"***,**9.99", false},
    {"**.**", false},
    {"$$$,$$9", false},
    {"---,--9", false},
    {"++++", false},
    {"-ZZZ9", false},
    {"9(5).99CR", false},
    {"9(5).99DB", false},
    {"9(3)B9(3)0", false},
    {"99/99/99", false},
    {"-,---,---,--9.99", false},
    {"$ZZ,ZZ9.99-", false},
    {"+ZZ9.99", false},
    {"ZZ9.99+", false},
    {"$$$$.99", false},
    {"----.--", false},
    {"ZZZ,ZZZ.ZZ", true},
    {"99.99", true},
    {"$9(4).99", false},
    {"ZZBZZ0", false},
    {"Z(4)9V99", false},
    {"*(5).99CR", false},
    {"++,+++,++9.9", false},
    {"$$,$$$.$$", false},
    {"ZZZ9-", false},
    {"9(4)-", false},
    {"ZZZPP", false},
    {"ZZZ.ZZB", false},
    {"-$$$9", false},
    {"$---9", false},
    {"**,***.**", false},
    {"+(5)", false},
    {"Z,ZZZ.99DB", false},
    {"ZZZ.ZZ", false},
    {"99B99B99", false},
    {"$$$9.99BCR", false},
    {"ZZ,ZZ9V99", false},
    {"ZZZV99", true},
};
constexpr size_t kPictureCount = std::size(kPictures);
// cobc's digits and scale of each PICTURE above (cobc -C, the items' cob_field_attr): P
// positions count as digits, and a floating $ past the point as digits but not decimals.
constexpr int kEditedDigits[] = {7, 7, 8, 4, 5, 5, 3, 4, 7, 7, 6, 6, 11, 7, 5, 5, 5, 5, 8, 4,
                                 6, 4, 7, 7, 8, 6, 4, 4, 5, 5, 3, 3, 7,  4, 6, 5, 6, 5, 7, 5};
constexpr int kEditedScales[] = {2, 2, 2, 2, 0, 0, 0, 0, 2,  2, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2,
                                 2, 0, 2, 2, 1, 0, 0, 0, -2, 2, 0, 0, 2, 0, 2, 2, 0, 2, 2, 2};
static_assert(std::size(kEditedDigits) == kPictureCount);
static_assert(std::size(kEditedScales) == kPictureCount);

// The emitter's job, done here for the test: PICTURE text to symbols with repeat counts.
auto Symbols(const std::string& picture) -> std::vector<cobrt::EditSymbol> {
  std::vector<cobrt::EditSymbol> symbols;
  for (size_t i = 0; i < picture.size(); ++i) {
    char c = picture[i];
    int count = 1;
    if (c == 'C' || c == 'D') {
      ++i;  // CR, DB
    } else if (i + 1 < picture.size() && picture[i + 1] == '(') {
      size_t close = picture.find(')', i);
      count = std::stoi(picture.substr(i + 2, close - i - 2));
      i = close;
    }
    if (!symbols.empty() && symbols.back().symbol == c && c != 'C' && c != 'D') {
      symbols.back().count = static_cast<uint16_t>(symbols.back().count + count);
    } else {
      symbols.push_back({c, static_cast<uint16_t>(count)});
    }
  }
  return symbols;
}

using SourceKinds =
    std::tuple<TargetKind<cobrt::Zoned<9, 2, ZonedSign::kTrailing>>,
               TargetKind<cobrt::Packed<7, 0, true>>,
               TargetKind<BigEndian<4, 0, true, 2, kPic>, BigEndian<4, 0, true, 2, kBytes>>,
               TargetKind<cobrt::Zoned<5, 3, ZonedSign::kTrailing>>,
               TargetKind<cobrt::Zoned<13, 2, ZonedSign::kLeadingSeparate>>>;
constexpr size_t kSourceCount = std::tuple_size_v<SourceKinds>;
constexpr const char* kSourceDescriptions[] = {"PIC S9(7)V99", "PIC S9(7) COMP-3", "PIC S9(4) COMP",
                                               "PIC S99V999",
                                               "PIC S9(11)V99 SIGN LEADING SEPARATE"};
using DeEdited = cobrt::Zoned<11, 2, ZonedSign::kTrailing>;

auto WorkingStorage() -> std::string {
  std::string entries;
  for (size_t s = 0; s < kSourceCount; ++s) {
    entries += "01 S" + std::to_string(s) + " " + kSourceDescriptions[s] + ".\n";
  }
  for (size_t p = 0; p < kPictureCount; ++p) {
    entries += "01 E" + std::to_string(p) + " PIC " + kPictures[p].picture +
               (kPictures[p].blank_when_zero ? " BLANK WHEN ZERO" : "") + ".\n";
  }
  entries += "01 N PIC S9(9)V99.\n01 N-X REDEFINES N PIC X(11).\n";
  return entries;
}

template <bool Ibm>
auto BuildEditedFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage();
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    size_t p = random() % kPictureCount;
    size_t s = random() % kSourceCount;
    std::string statements = "DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n";
    std::string shown;
    WithIndex<kSourceCount>(s, [&](auto si) {
      using From = typename std::tuple_element_t<si, SourceKinds>::template Format<Ibm>;
      auto mantissa = random() % 4 == 0 ? 0 : RandomMantissa(random, From::kDigits, true);
      uint8_t source[From::kSize];
      cobrt::Store<From>(source, cobrt::Fixed<38, From::kScale>{mantissa});
      std::vector<cobrt::EditSymbol> symbols = Symbols(kPictures[p].picture);
      cobrt::EditedPicture picture{symbols.data(), symbols.size(), kPictures[p].blank_when_zero};
      std::string edited(cobrt::EditedSize(picture), '?');
      cobrt::MoveToEdited<From>(source, reinterpret_cast<uint8_t*>(edited.data()), picture);
      uint8_t number[DeEdited::kSize];
      cobrt::MoveFromEdited<DeEdited>(reinterpret_cast<const uint8_t*>(edited.data()), picture,
                                      number);
      std::string source_name = "S" + std::to_string(s);
      std::string edited_name = "E" + std::to_string(p);
      statements += "MOVE " + NumericLiteral(mantissa, From::kScale) + " TO " + source_name +
                    "\nMOVE " + source_name + " TO " + edited_name + "\nMOVE " + edited_name +
                    " TO N\nDISPLAY " + edited_name + " \"|\" N-X\n";
      shown = edited + "|" + std::string(reinterpret_cast<char*>(number), DeEdited::kSize);
    });
    family.case_statements.push_back(statements);
    family.expected_outputs.push_back(CaseLabel(index) + shown + "\n");
  }
  return family;
}

// COMPUTE E [ROUNDED] = S * 1 [ON SIZE ERROR ...] into an edited item holding 7 (`* 1` keeps
// cobc from compiling a MOVE): the item's bytes after the store, and "S" for a size error.
template <bool Ibm>
auto BuildStoreFamily(int cases, uint64_t seed) -> ReferenceFamily {
  ReferenceFamily family;
  family.working_storage = WorkingStorage() + "01 SEVEN PIC 9 VALUE 7.\n";
  std::mt19937_64 random(seed);
  for (int c = 0; c < cases; ++c) {
    auto index = static_cast<size_t>(c);
    const size_t p = random() % kPictureCount;
    const size_t s = random() % kSourceCount;
    const size_t rounding = random() % kRoundingPhraseCount;
    const bool phrase = random() % 2 == 0;
    std::string statements = "DISPLAY \"" + CaseLabel(index) + "\" NO ADVANCING\n";
    std::string shown;
    std::vector<cobrt::EditSymbol> symbols = Symbols(kPictures[p].picture);
    cobrt::EditedPicture picture{symbols.data(), symbols.size(), kPictures[p].blank_when_zero};
    std::string edited(cobrt::EditedSize(picture), '?');
    auto* item = reinterpret_cast<uint8_t*>(edited.data());
    const uint8_t seven = '7';
    cobrt::MoveToEdited<cobrt::Zoned<1, 0>>(&seven, item, picture);
    bool size_error = false;
    WithIndex<kSourceCount>(s, [&](auto si) {
      using From = typename std::tuple_element_t<si, SourceKinds>::template Format<Ibm>;
      auto mantissa = random() % 4 == 0 ? 0 : RandomMantissa(random, From::kDigits, true);
      const auto value =
          cobrt::Multiply(cobrt::Fixed<38, From::kScale>{mantissa}, cobrt::Fixed<1, 0>{1});
      WithIndex<kPictureCount>(p, [&](auto pi) {
        size_error =
            cobrt::StoreEdited<kEditedDigits[pi], kEditedScales[pi]>(
                item, value, RoundingModeOf(rounding),
                phrase ? cobrt::SizeErrorPhrase::kPresent : cobrt::SizeErrorPhrase::kAbsent,
                picture) == cobrt::StoreStatus::kSizeError;
      });
      const std::string source_name = "S" + std::to_string(s);
      const std::string edited_name = "E" + std::to_string(p);
      statements += "MOVE " + NumericLiteral(mantissa, From::kScale) + " TO " + source_name +
                    "\nMOVE SEVEN TO " + edited_name + "\nCOMPUTE " + edited_name +
                    RoundingPhrase(rounding) + " = " + source_name + " * 1" +
                    (phrase ? " ON SIZE ERROR DISPLAY \"S\" NO ADVANCING" : "") +
                    " END-COMPUTE\nDISPLAY " + edited_name + "\n";
    });
    shown = (size_error && phrase ? "S" : "") + edited;
    family.case_statements.push_back(statements);
    family.expected_outputs.push_back(CaseLabel(index) + shown + "\n");
  }
  return family;
}

class EditedReferenceTest : public ::testing::Test {
 protected:
  void SetUp() override { REMINT_REQUIRE_OR_SKIP(CobcInstalled(), "cobc not found in PATH"); }
};

TEST_F(EditedReferenceTest, EditedMovesAndDeEditingAsCobc) {
  int compared =
      CompareFamilyWithCobc("EDITED", BuildEditedFamily<false>(900, 707), {"-std=default"});
  compared += CompareFamilyWithCobc("EDITED", BuildEditedFamily<true>(600, 708), {"-std=ibm"});
  RecordProperty("cases", compared);
}

TEST_F(EditedReferenceTest, ArithmeticStoresIntoEditedItemsAsCobc) {
  int compared =
      CompareFamilyWithCobc("EDSTORE", BuildStoreFamily<false>(900, 909), {"-std=default"});
  compared += CompareFamilyWithCobc("EDSTORE", BuildStoreFamily<true>(300, 910), {"-std=ibm"});
  RecordProperty("cases", compared);
}

}  // namespace
}  // namespace remint::testing

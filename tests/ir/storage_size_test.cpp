// Storage sizes checked against GnuCOBOL 3.1.2's symbol listing. Every expectation below was
// read from the listing of a tiny program compiled with
//   cobc -std=<dialect> -fsyntax-only -t listing.lst -ftsymbols prog.cbl
// (SIZE column; for a group with OCCURS the listing shows size x occurrences, for an
// elementary item with OCCURS the size of one occurrence). The programs are in the comments.
#include "ir/storage_size.h"

#include <gtest/gtest.h>

#include "ir/builder.h"

namespace remint::ir {
namespace {

// 01 Bnn PIC [S]9(n) COMP / COMP-5, n = 1..18, under -std=default, ibm and mf:
//   default: 1-2 -> 1, 3-4 -> 2, 5-9 -> 4, 10-18 -> 8 (COMP and COMP-5 alike)
//   ibm:     1-4 -> 2 (COMP-5 1-2 -> 1), 5-9 -> 4, 10-18 -> 8
//   mf:      unsigned 1-2:1 3-4:2 5-7:3 8-9:4 10-12:5 13-14:6 15-16:7 17-18:8
//            signed   1-2:1 3-4:2 5-6:3 7-9:4 10-11:5 12-14:6 15-16:7 17-18:8
TEST(StorageSizeTest, BinarySizesPerDialect) {
  const uint32_t kDefault[19] = {0, 1, 1, 2, 2, 4, 4, 4, 4, 4, 8, 8, 8, 8, 8, 8, 8, 8, 8};
  const uint32_t kIbm[19] = {0, 2, 2, 2, 2, 4, 4, 4, 4, 4, 8, 8, 8, 8, 8, 8, 8, 8, 8};
  const uint32_t kMfUnsigned[19] = {0, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8};
  const uint32_t kMfSigned[19] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 7, 7, 8, 8};
  for (uint32_t digits = 1; digits <= 18; ++digits) {
    SCOPED_TRACE(digits);
    for (bool is_signed : {false, true}) {
      EXPECT_EQ(BinaryStorageSize(digits, is_signed, false, BinarySizeRule::kOneTwoFourEight),
                kDefault[digits]);
      EXPECT_EQ(BinaryStorageSize(digits, is_signed, true, BinarySizeRule::kOneTwoFourEight),
                kDefault[digits]);
      EXPECT_EQ(BinaryStorageSize(digits, is_signed, false, BinarySizeRule::kTwoFourEight),
                kIbm[digits]);
    }
    EXPECT_EQ(BinaryStorageSize(digits, true, true, BinarySizeRule::kTwoFourEight),
              digits <= 2 ? 1u : kIbm[digits]);
    EXPECT_EQ(BinaryStorageSize(digits, false, false, BinarySizeRule::kOneToEight),
              kMfUnsigned[digits]);
    EXPECT_EQ(BinaryStorageSize(digits, true, false, BinarySizeRule::kOneToEight),
              kMfSigned[digits]);
  }
}

struct PictureCase {
  const char* picture;
  DecimalEncoding encoding;
  bool sign_separate;
  uint64_t cobc_size;
};

// From sizes.cbl / more.cbl (-std=default and -std=ibm give the same sizes here):
//   01 D1 PIC 9.  01 D5 PIC S9(5).  01 D5SEPL PIC S9(5) SIGN LEADING SEPARATE.
//   01 D5V2 PIC S9(5)V99.  01 DP PIC 9(3)PPP.  01 DPL PIC VPP99.  01 D31 PIC S9(31).
//   01 P1 PIC S9 COMP-3. ... 01 P18 PIC S9(18) COMP-3.  01 P31 PIC S9(31) COMP-3.
//   01 DV PIC 9(3)V9(3) COMP-3.  01 DPS PIC SPPP9(2) COMP-3.
//   01 U6 PIC 9(5) COMP-6.  01 U6B PIC 9(4) COMP-6.
//   01 NE1 PIC ZZ,ZZ9.99-.  01 NE2 PIC $$$,$$9.99CR.  01 NE3 PIC +++9.
//   01 NE4 PIC 9(3).9(2)DB.  01 NE5 PIC ***,**9.99.  01 NE6 PIC 99B99/99.  01 NE7 PIC Z(4)V99.
//   01 AE1 PIC XX/XX/XX.  01 AN1 PIC X(3)B(2)0.  01 A10 PIC X(10).  01 AL5 PIC A(5).
//   01 N5 PIC N(5).
TEST(StorageSizeTest, PictureAndUsageSizesMatchCobc) {
  const PictureCase kCases[] = {
      {"9", DecimalEncoding::kZoned, false, 1},
      {"S9(5)", DecimalEncoding::kZoned, false, 5},
      {"S9(5)", DecimalEncoding::kZoned, true, 6},
      {"S9(5)V99", DecimalEncoding::kZoned, false, 7},
      {"9(3)PPP", DecimalEncoding::kZoned, false, 3},
      {"VPP99", DecimalEncoding::kZoned, false, 2},
      {"S9(31)", DecimalEncoding::kZoned, false, 31},
      {"S9", DecimalEncoding::kPacked, false, 1},
      {"S99", DecimalEncoding::kPacked, false, 2},
      {"9(3)", DecimalEncoding::kPacked, false, 2},
      {"S9(4)", DecimalEncoding::kPacked, false, 3},
      {"S9(5)", DecimalEncoding::kPacked, false, 3},
      {"S9(18)", DecimalEncoding::kPacked, false, 10},
      {"S9(31)", DecimalEncoding::kPacked, false, 16},
      {"9(3)V9(3)", DecimalEncoding::kPacked, false, 4},
      {"SPPP9(2)", DecimalEncoding::kPacked, false, 2},
      {"9(5)", DecimalEncoding::kPackedUnsigned, false, 3},
      {"9(4)", DecimalEncoding::kPackedUnsigned, false, 2},
      {"ZZ,ZZ9.99-", DecimalEncoding::kZoned, false, 10},
      {"$$$,$$9.99CR", DecimalEncoding::kZoned, false, 12},
      {"+++9", DecimalEncoding::kZoned, false, 4},
      {"9(3).9(2)DB", DecimalEncoding::kZoned, false, 8},
      {"***,**9.99", DecimalEncoding::kZoned, false, 10},
      {"99B99/99", DecimalEncoding::kZoned, false, 8},
      {"Z(4)V99", DecimalEncoding::kZoned, false, 6},
      {"XX/XX/XX", DecimalEncoding::kZoned, false, 8},
      {"X(3)B(2)0", DecimalEncoding::kZoned, false, 6},
      {"X(10)", DecimalEncoding::kZoned, false, 10},
      {"A(5)", DecimalEncoding::kZoned, false, 5},
      {"N(5)", DecimalEncoding::kZoned, false, 10},
  };
  Module module;
  Builder builder(module);
  for (const PictureCase& c : kCases) {
    SCOPED_TRACE(c.picture);
    ErrorOr<TypeId> type =
        builder.TypeFromPicture(c.picture, c.encoding, SignPosition::kLeading, c.sign_separate);
    ASSERT_TRUE(type.ok()) << type.error().message();
    EXPECT_EQ(TypeStorageSize(module, *type, {}), c.cobc_size);
  }
}

// 01 F1 COMP-1. 01 F2 COMP-2. 01 IX INDEX. 01 PT POINTER. 01 PP PROGRAM-POINTER.
// 01 BC BINARY-CHAR. 01 BS BINARY-SHORT. 01 BL BINARY-LONG. 01 BD BINARY-DOUBLE.
// 01 FS FLOAT-SHORT. 01 FL FLOAT-LONG.  -> 4 8 4 8 8 1 2 4 8 4 8
TEST(StorageSizeTest, FixedSizeUsages) {
  Module module;
  Builder b(module);
  StorageSizeOptions options;
  EXPECT_EQ(TypeStorageSize(module, b.FloatType(32), options), 4u);
  EXPECT_EQ(TypeStorageSize(module, b.FloatType(64), options), 8u);
  EXPECT_EQ(TypeStorageSize(module, b.IndexType(), options), 4u);
  EXPECT_EQ(TypeStorageSize(module, b.PointerType(), options), 8u);
  EXPECT_EQ(TypeStorageSize(module, b.PointerType(true), options), 8u);
  EXPECT_EQ(TypeStorageSize(module, b.IntegerType(8), options), 1u);
  EXPECT_EQ(TypeStorageSize(module, b.IntegerType(16), options), 2u);
  EXPECT_EQ(TypeStorageSize(module, b.IntegerType(32), options), 4u);
  EXPECT_EQ(TypeStorageSize(module, b.IntegerType(64), options), 8u);
  // Fortran storage units (gfortran): LOGICAL 4, CHARACTER*7 7, COMPLEX 8, DOUBLE COMPLEX 16.
  EXPECT_EQ(TypeStorageSize(module, b.LogicalType(4), options), 4u);
  EXPECT_EQ(TypeStorageSize(module, b.CharacterType(7), options), 7u);
  EXPECT_EQ(TypeStorageSize(module, b.ComplexType(32), options), 8u);
  EXPECT_EQ(TypeStorageSize(module, b.ComplexType(64), options), 16u);
  EXPECT_EQ(TypeStorageSize(module, b.GroupType(), options), std::nullopt);
}

TEST(StorageSizeTest, AnalyzePictureDigitsAndScale) {
  struct Case {
    const char* picture;
    DataCategory category;
    uint32_t digits;
    int32_t scale;
    bool is_signed;
  };
  const Case kCases[] = {
      {"S9(5)V99", DataCategory::kNumeric, 7, 2, true},
      {"9(3)PPP", DataCategory::kNumeric, 3, -3, false},
      {"VPP99", DataCategory::kNumeric, 2, 4, false},
      {"PPP99", DataCategory::kNumeric, 2, 5, false},
      {"$$$,$$9.99CR", DataCategory::kNumericEdited, 7, 2, true},
      {"+++9", DataCategory::kNumericEdited, 3, 0, true},
      {"ZZ,ZZ9.99-", DataCategory::kNumericEdited, 7, 2, true},
      {"X(3)B(2)0", DataCategory::kAlphanumericEdited, 0, 0, false},
      {"A(5)", DataCategory::kAlphabetic, 0, 0, false},
      {"X9A", DataCategory::kAlphanumeric, 0, 0, false},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.picture);
    ErrorOr<PictureSummary> summary = AnalyzePicture(c.picture);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->category, c.category);
    EXPECT_EQ(summary->digits, c.digits);
    EXPECT_EQ(summary->scale, c.scale);
    EXPECT_EQ(summary->is_signed, c.is_signed);
  }
  EXPECT_FALSE(AnalyzePicture("").ok());
  EXPECT_FALSE(AnalyzePicture("9(").ok());
  EXPECT_FALSE(AnalyzePicture("9(0)").ok());
  EXPECT_FALSE(AnalyzePicture("Q").ok());
  // A number needs a digit position (fuzzing found PIC V(120) reaching the verifier as a
  // decimal of 0 digits).
  for (const char* no_digits : {"V", "SV", "V(120)", "SPPV", "+", "B/"}) {
    EXPECT_FALSE(AnalyzePicture(no_digits).ok()) << no_digits;
  }
}

}  // namespace
}  // namespace remint::ir

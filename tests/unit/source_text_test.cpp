#include "base/source_text.h"

#include <gtest/gtest.h>

#include "base/encoding.h"
#include "base/location_map.h"

namespace remint {
namespace {

auto Ebcdic(std::string_view text) -> std::string {
  ErrorOr<std::string> encoded = EncodeEbcdic(text, "IBM-037");
  EXPECT_TRUE(encoded.ok());
  return encoded.ok() ? *encoded : std::string();
}

auto Card(std::string_view text) -> std::string {
  std::string card(text);
  card.resize(80, ' ');
  return card;
}

TEST(EncodingTest, DetectsAsciiUtf8Latin1) {
  EXPECT_EQ(DetectEncoding("       MOVE A TO B.\n").encoding, Encoding::kAscii);
  EXPECT_EQ(DetectEncoding("caf\xc3\xa9 cr\xc3\xa8me\n").encoding, Encoding::kUtf8);
  EXPECT_EQ(DetectEncoding("caf\xe9 cr\xe8me br\xfbl\xe9"
                           "e, tr\xe8s bien\n")
                .encoding,
            Encoding::kLatin1);
}

// Plain ASCII text is recognised eight bytes at a time: line ends, tabs, carriage returns and form
// feeds keep it plain wherever they fall in a word, and any other byte outside 0x20-0x7E
// (a control byte, DEL, NUL, a high byte) is still counted wherever it falls.
TEST(EncodingTest, PlainAsciiWordsAndStrayBytesAtEveryOffset) {
  const std::string line = "//STEP1    EXEC PGM=IEFBR14,REGION=0M  ";
  for (size_t at = 0; at < 24; ++at) {
    for (char blank : {'\n', '\t', '\r', '\f'}) {
      std::string text = line;
      text[at] = blank;
      EncodingGuess guess = DetectEncoding(text);
      EXPECT_EQ(guess.encoding, Encoding::kAscii) << at;
      EXPECT_EQ(guess.printable_ratio, 1.0) << at;
    }
    for (char stray : {'\x0b', '\x7f', '\x00', '\x1f', '\x80'}) {
      std::string text = line;
      text[at] = stray;
      EXPECT_LT(DetectEncoding(text).printable_ratio, 1.0) << at << " " << int{stray};
    }
  }
}

TEST(EncodingTest, DetectsEbcdicTextAndEbcdicBinary) {
  EncodingGuess text = DetectEncoding(Ebcdic(Card("000100 IDENTIFICATION DIVISION.")));
  EXPECT_EQ(text.encoding, Encoding::kEbcdic);
  // EBCDIC text fields with a packed-decimal field: binary, but EBCDIC-looking.
  std::string record =
      Ebcdic("0000001001SMITH JOHN          ") + std::string("\x00\x12\x34\x5c", 4);
  EncodingGuess binary = DetectEncoding(record + record + record);
  EXPECT_EQ(binary.encoding, Encoding::kBinary);
  EXPECT_TRUE(binary.binary_looks_ebcdic);
}

TEST(EncodingTest, CodePagesRoundTripAndUnknownIsAnError) {
  for (std::string_view page : {"037", "IBM-1047", "ibm1140", "cp500"}) {
    ErrorOr<std::string> encoded = EncodeEbcdic("HELLO, WORLD 0123", page);
    ASSERT_TRUE(encoded.ok()) << page;
    ErrorOr<std::string> decoded = DecodeEbcdic(*encoded, page);
    ASSERT_TRUE(decoded.ok()) << page;
    EXPECT_EQ(*decoded, "HELLO, WORLD 0123") << page;
  }
  EXPECT_FALSE(CanonicalEbcdicCodePage("IBM-285").ok());
  // 1047 and 037 differ on brackets: the code page matters.
  EXPECT_NE(*EncodeEbcdic("[", "037"), *EncodeEbcdic("[", "1047"));
}

TEST(SourceTextTest, NewlineTextKeepsLinesAndStripsCarriageReturns) {
  ErrorOr<SourceText> text = DecodeSourceText("ONE\r\nTWO\r\nTHREE", {});
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->layout.format, RecordFormat::kLines);
  ASSERT_EQ(text->line_count(), 3u);
  EXPECT_EQ(text->line(1), "ONE");
  EXPECT_EQ(text->line(3), "THREE");
  EXPECT_EQ(text->line(4), "");
}

TEST(SourceTextTest, EbcdicCardImagesWithoutNewlinesBecomeLines) {
  std::string bytes = Ebcdic(Card("000100 IDENTIFICATION DIVISION.") +
                             Card("000200 PROGRAM-ID. X.                  SEQ00002"));
  ErrorOr<SourceText> text = DecodeSourceText(bytes, {});
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->encoding.encoding, Encoding::kEbcdic);
  EXPECT_EQ(RecordLayoutName(text->layout), "FB(80)");
  ASSERT_EQ(text->line_count(), 2u);
  EXPECT_EQ(text->line(2).substr(0, 21), "000200 PROGRAM-ID. X.");
  EXPECT_EQ(text->line(2).size(), 80u);
}

TEST(SourceTextTest, AsciiCardImagesWithoutNewlines) {
  ErrorOr<SourceText> text = DecodeSourceText(Card("A") + Card("B") + Card("C"), {});
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(RecordLayoutName(text->layout), "FB(80)");
  EXPECT_EQ(text->line_count(), 3u);
}

TEST(SourceTextTest, VariableRecordsWithRdwAndBdw) {
  auto rdw = [](std::string_view payload) {
    std::string record;
    record.push_back(static_cast<char>((payload.size() + 4) >> 8));
    record.push_back(static_cast<char>((payload.size() + 4) & 0xff));
    record.append(2, '\0');
    record.append(payload);
    return record;
  };
  std::string records = rdw(std::string("\x01\x02\xff", 3)) + rdw(std::string(300, '\x9c'));
  EXPECT_EQ(DetectRecordLayout(records, DetectEncoding(records)).format,
            RecordFormat::kVariableRdw);
  EXPECT_EQ(DetectRecordLayout(records, DetectEncoding(records)).record_count, 2u);
  std::string block = rdw(records);  // A BDW has the RDW's shape around the records.
  RecordLayout blocked = DetectRecordLayout(block + block, DetectEncoding(block));
  EXPECT_EQ(blocked.format, RecordFormat::kVariableBdw);
  EXPECT_EQ(blocked.record_count, 4u);
  std::string broken = records.substr(0, records.size() - 1);
  EXPECT_NE(DetectRecordLayout(broken, DetectEncoding(broken)).format, RecordFormat::kVariableRdw);
}

TEST(SourceTextTest, FixedLengthBinaryRecordsAreRecognised) {
  std::string records;
  for (int i = 0; i < 20; ++i) {
    records += Ebcdic("ACCOUNT" + std::to_string(1000 + i) + " NAME FIELD    ");
    records += std::string("\x00\x00\x12", 3) + static_cast<char>(0x3c + (i % 2));
  }
  EncodingGuess guess = DetectEncoding(records);
  ASSERT_EQ(guess.encoding, Encoding::kBinary);
  RecordLayout layout = DetectRecordLayout(records, guess);
  EXPECT_EQ(layout.format, RecordFormat::kFixed);
  EXPECT_EQ(layout.record_length, records.size() / 20);
}

TEST(SourceTextTest, BinaryMembersHaveNoText) {
  ErrorOr<SourceText> text = DecodeSourceText(std::string("\x00\x01\x02\x03\xff\xfe", 6), {});
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->encoding.encoding, Encoding::kBinary);
  EXPECT_EQ(text->line_count(), 0u);
}

TEST(CardImageTest, SplitsAreasAndCountsCharactersNotBytes) {
  std::string line = Card("000100-    \"CONTINUED\".");
  CardImage card = SplitCardImage(line);
  EXPECT_EQ(card.sequence, "000100");
  EXPECT_EQ(card.indicator, '-');
  EXPECT_EQ(card.program_text.substr(0, 16), "    \"CONTINUED\".");
  EXPECT_EQ(card.identification, "        ");
  // The IBM-037 not sign decodes to two UTF-8 bytes; the identification area must not shift.
  std::string not_sign = "000200     IF A \xc2\xac= B";
  not_sign.resize(not_sign.size() + (72 - 20), ' ');
  not_sign += "NOTSIGN1";
  CardImage utf8 = SplitCardImage(not_sign);
  EXPECT_EQ(utf8.identification, "NOTSIGN1");
  CardImage short_line = SplitCardImage("0001");
  EXPECT_EQ(short_line.sequence, "0001");
  EXPECT_EQ(short_line.indicator, ' ');
  EXPECT_TRUE(short_line.program_text.empty());
}

TEST(LocationMapTest, MapsOffsetsThroughSegments) {
  LocationMap map;
  map.AddSegment(0, 10, SourceLoc{FileId{0}, 1, 8, {}});
  map.AddSegment(11, 5, SourceLoc{FileId{1}, 3, 12, IncludeId{0}});
  EXPECT_EQ(map.Lookup(0).column, 8u);
  EXPECT_EQ(map.Lookup(9).column, 17u);
  EXPECT_EQ(map.Lookup(10).column, 17u);  // A synthesised separator: end of the previous run.
  SourceLoc copied = map.Lookup(13);
  EXPECT_EQ(copied.file.index, 1u);
  EXPECT_EQ(copied.line, 3u);
  EXPECT_EQ(copied.column, 14u);
  EXPECT_EQ(copied.include.index, 0u);
  EXPECT_FALSE(LocationMap().Lookup(5).is_valid());
}

}  // namespace
}  // namespace remint

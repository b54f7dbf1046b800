// The BMS macro reader: statements assembled from their continuation lines, operands split, and
// the three macros taken into the map model.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>
#include <optional>

#include "frontends/bms/bms.h"

namespace remint::bms {
namespace {

constexpr size_t kContinuationColumn = 71;  // 0-based: column 72
constexpr size_t kContinuedFrom = 15;       // 0-based: column 16

auto Upper(std::string_view text) -> std::string {
  std::string upper(text);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

// One macro statement: its name, macro and operand text, with where each operand starts.
struct Statement {
  std::string name;
  std::string macro;
  std::string operands;
  SourceLoc loc;
  std::vector<std::pair<size_t, SourceLoc>> starts;  // offset in `operands` -> source
};

struct Operand {
  std::string keyword;  // upper case; empty for a positional operand
  std::string value;    // as written
  SourceLoc loc;
};

// The extended attributes, in the order of their subfields in a symbolic map (as generated maps
// of IBM's CICS samples show them: C P H V for EXTATT=YES, C P H V U M with OUTLINE and SOSI
// added; TRANSP's T last).
struct ExtendedAttribute {
  std::string_view keyword;  // as DSATTS= names it
  char suffix;
};
constexpr ExtendedAttribute kExtendedAttributes[] = {
    {"COLOR", 'C'},   {"PS", 'P'},   {"HILIGHT", 'H'}, {"VALIDN", 'V'},
    {"OUTLINE", 'U'}, {"SOSI", 'M'}, {"TRANSP", 'T'},
};

// The operands a map's extended attributes come from, the map's own before its map set's.
struct AttributeOperands {
  std::optional<Operand> extatt;
  std::optional<Operand> dsatts;
};

class Reader {
 public:
  Reader(const SourceManager& sources, FileId file, DiagnosticEmitter& emitter)
      : text_(sources.file(file).text), file_(file), emitter_(emitter) {}

  auto Read() -> BmsMapSet {
    for (uint32_t number = 1; number <= text_.line_count();) {
      std::string_view line = text_.line(number);
      if (line.find_first_not_of(' ') == std::string_view::npos || line[0] == '*') {
        ++number;
        continue;
      }
      std::optional<Statement> statement = Assemble(number);
      if (!statement) continue;
      if (!Take(*statement)) break;
    }
    return std::move(map_set_);
  }

 private:
  auto Loc(uint32_t line, size_t column) const -> SourceLoc {
    return SourceLoc{file_, line, static_cast<uint32_t>(column + 1), {}};
  }

  // Reads the statement starting at line `number` (advanced past its continuation lines).
  auto Assemble(uint32_t& number) -> std::optional<Statement> {
    Statement statement;
    std::string_view line = text_.line(number);
    statement.loc = Loc(number, 0);
    size_t at = 0;
    auto word = [&]() {
      size_t begin = at;
      while (at < line.size() && at < kContinuationColumn && line[at] != ' ') ++at;
      return std::string(line.substr(begin, at - begin));
    };
    if (line[0] != ' ') statement.name = word();
    while (at < line.size() && line[at] == ' ') ++at;
    statement.macro = Upper(word());
    while (at < line.size() && line[at] == ' ') ++at;
    // The operand field runs to the first blank outside a quoted string; a string open at
    // column 71 goes on at column 16 of the next line, as does an operand field that column 72
    // continues.
    bool quoted = false;
    bool field_open = true;
    for (;;) {
      statement.starts.emplace_back(statement.operands.size(), Loc(number, at));
      size_t end = std::min(line.size(), kContinuationColumn);
      for (; at < end; ++at) {
        char c = line[at];
        if (c == '\'') quoted = !quoted;
        if (c == ' ' && !quoted) {
          field_open = false;
          break;
        }
        statement.operands += c;
      }
      if (quoted && at >= end) {
        statement.operands.append(kContinuationColumn - std::min(end, kContinuationColumn), ' ');
      }
      const bool continued = line.size() > kContinuationColumn && line[kContinuationColumn] != ' ';
      ++number;
      if (!continued) break;
      if (number > text_.line_count()) {
        emitter_.Emit(DiagnosticKind::kBmsBadStatement, statement.loc,
                      "the last statement is continued, but no line follows");
        break;
      }
      line = text_.line(number);
      at = kContinuedFrom;
      // A statement whose operands ended before the continuation column goes on regardless:
      // the continuation line holds its next operands.
      if (!field_open && !quoted) field_open = true;
    }
    if (quoted) {
      emitter_.Emit(DiagnosticKind::kBmsBadStatement, statement.loc,
                    "a quoted string is not closed");
      return std::nullopt;
    }
    return statement;
  }

  auto LocAt(const Statement& statement, size_t offset) const -> SourceLoc {
    SourceLoc loc = statement.loc;
    for (const auto& [start, where] : statement.starts) {
      if (start > offset) break;
      loc = where;
      loc.column += static_cast<uint32_t>(offset - start);
    }
    return loc;
  }

  auto Split(const Statement& statement) -> std::vector<Operand> {
    std::vector<Operand> operands;
    const std::string& text = statement.operands;
    size_t begin = 0;
    int depth = 0;
    bool quoted = false;
    for (size_t i = 0; i <= text.size(); ++i) {
      char c = i < text.size() ? text[i] : ',';
      if (c == '\'') quoted = !quoted;
      if (quoted) continue;
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if (c != ',' || depth > 0) continue;
      std::string_view piece = std::string_view(text).substr(begin, i - begin);
      if (!piece.empty()) {
        Operand operand;
        operand.loc = LocAt(statement, begin);
        size_t equals = piece.find('=');
        if (equals != std::string_view::npos && piece.find('\'') > equals) {
          operand.keyword = Upper(piece.substr(0, equals));
          operand.value = std::string(piece.substr(equals + 1));
        } else {
          operand.value = std::string(piece);
        }
        operands.push_back(std::move(operand));
      }
      begin = i + 1;
    }
    if (depth != 0) {
      emitter_.Emit(DiagnosticKind::kBmsBadStatement, statement.loc,
                    "parentheses do not balance in the operands");
    }
    return operands;
  }

  // (a,b) -> {a, b}; a -> {a}.
  static auto Items(std::string_view value) -> std::vector<std::string> {
    if (value.size() >= 2 && value.front() == '(' && value.back() == ')') {
      value = value.substr(1, value.size() - 2);
    }
    std::vector<std::string> items;
    size_t begin = 0;
    for (size_t i = 0; i <= value.size(); ++i) {
      if (i == value.size() || value[i] == ',') {
        items.emplace_back(value.substr(begin, i - begin));
        begin = i + 1;
      }
    }
    return items;
  }

  static auto Unquoted(std::string_view value) -> std::optional<std::string> {
    if (value.size() < 2 || value.front() != '\'' || value.back() != '\'') return std::nullopt;
    std::string text;
    for (size_t i = 1; i + 1 < value.size(); ++i) {
      text += value[i];
      if (value[i] == '\'' && value[i + 1] == '\'') ++i;
    }
    return text;
  }

  auto Number(const Operand& operand, std::string_view text) -> std::optional<uint32_t> {
    uint32_t number = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size()) {
      emitter_.Emit(DiagnosticKind::kBmsBadOperand, operand.loc, operand.keyword, std::string(text),
                    "a number");
      return std::nullopt;
    }
    return number;
  }

  // Takes a statement into the model; false at the end of the map set.
  auto Take(const Statement& statement) -> bool {
    if (statement.macro == "END") return false;
    if (statement.macro == "PRINT" || statement.macro == "TITLE" || statement.macro == "EJECT" ||
        statement.macro == "SPACE") {
      return true;
    }
    std::vector<Operand> operands = Split(statement);
    if (statement.macro == "DFHMSD") {
      for (const Operand& operand : operands) {
        if (operand.keyword == "TYPE" && Upper(operand.value) == "FINAL") return false;
      }
      map_set_.name = Upper(statement.name);
      map_set_.loc = statement.loc;
      for (const Operand& operand : operands) {
        map_set_.options[operand.keyword] = Upper(operand.value);
        if (operand.keyword == "EXTATT") map_set_attributes_.extatt = operand;
        if (operand.keyword == "DSATTS") map_set_attributes_.dsatts = operand;
      }
      return true;
    }
    if (statement.macro == "DFHMDI") {
      BmsMap& map = map_set_.maps.emplace_back();
      map.name = Upper(statement.name);
      map.loc = statement.loc;
      AttributeOperands attributes = map_set_attributes_;
      for (const Operand& operand : operands) {
        if (operand.keyword == "EXTATT") attributes.extatt = operand;
        if (operand.keyword == "DSATTS") attributes.dsatts = operand;
      }
      map.extended_attributes = ExtendedAttributes(attributes);
      for (const Operand& operand : operands) {
        if (operand.keyword != "SIZE") continue;
        std::vector<std::string> size = Items(operand.value);
        if (size.size() != 2) {
          emitter_.Emit(DiagnosticKind::kBmsBadOperand, operand.loc, "SIZE", operand.value,
                        "(lines,columns)");
          continue;
        }
        map.rows = Number(operand, size[0]).value_or(map.rows);
        map.columns = Number(operand, size[1]).value_or(map.columns);
      }
      return true;
    }
    if (statement.macro == "DFHMDF") {
      if (map_set_.maps.empty()) {
        emitter_.Emit(DiagnosticKind::kBmsBadStatement, statement.loc,
                      "a DFHMDF field before any DFHMDI map");
        return true;
      }
      Field(statement, operands, map_set_.maps.back());
      return true;
    }
    emitter_.Emit(DiagnosticKind::kBmsBadStatement, statement.loc,
                  "'" + statement.macro + "' is not a BMS macro (DFHMSD, DFHMDI, DFHMDF)");
    return true;
  }

  // The suffixes of the subfields EXTATT=YES and DSATTS= ask for; a value neither knows is
  // RM2117 at its operand (on each map it applies to) and asks for nothing.
  auto ExtendedAttributes(const AttributeOperands& operands) -> std::string {
    bool wanted[std::size(kExtendedAttributes)] = {};
    if (const std::optional<Operand>& extatt = operands.extatt) {
      const std::string value = Upper(extatt->value);
      if (value == "YES") {
        for (size_t i = 0; i < 4; ++i) wanted[i] = true;  // COLOR, PS, HILIGHT, VALIDN
      } else if (value != "NO" && value != "MAPONLY") {
        emitter_.Emit(DiagnosticKind::kBmsBadOperand, extatt->loc, "EXTATT", extatt->value,
                      "YES, NO or MAPONLY");
      }
    }
    if (const std::optional<Operand>& dsatts = operands.dsatts) {
      for (const std::string& item : Items(dsatts->value)) {
        const std::string keyword = Upper(item);
        const auto* found = std::find_if(
            std::begin(kExtendedAttributes), std::end(kExtendedAttributes),
            [&](const ExtendedAttribute& attribute) { return attribute.keyword == keyword; });
        if (found == std::end(kExtendedAttributes)) {
          emitter_.Emit(DiagnosticKind::kBmsBadOperand, dsatts->loc, "DSATTS", dsatts->value,
                        "COLOR, HILIGHT, OUTLINE, PS, SOSI, TRANSP or VALIDN");
          continue;
        }
        wanted[found - std::begin(kExtendedAttributes)] = true;
      }
    }
    std::string suffixes;
    for (size_t i = 0; i < std::size(kExtendedAttributes); ++i) {
      if (wanted[i]) suffixes += kExtendedAttributes[i].suffix;
    }
    return suffixes;
  }

  void Field(const Statement& statement, const std::vector<Operand>& operands, BmsMap& map) {
    BmsField field;
    field.name = Upper(statement.name);
    field.loc = statement.loc;
    bool has_length = false;
    for (const Operand& operand : operands) {
      const std::string& key = operand.keyword;
      if (key == "POS") {
        std::vector<std::string> position = Items(operand.value);
        if (position.size() == 2) {
          field.row = Number(operand, position[0]).value_or(0);
          field.column = Number(operand, position[1]).value_or(0);
        } else if (std::optional<uint32_t> offset = Number(operand, position[0])) {
          field.row = *offset / map.columns + 1;
          field.column = *offset % map.columns + 1;
        }
      } else if (key == "LENGTH") {
        has_length = true;
        field.length = Number(operand, operand.value).value_or(0);
      } else if (key == "ATTRB") {
        for (const std::string& item : Items(operand.value))
          field.attributes.push_back(Upper(item));
      } else if (key == "INITIAL" || key == "PICIN" || key == "PICOUT") {
        std::optional<std::string> text = Unquoted(operand.value);
        if (!text) {
          emitter_.Emit(DiagnosticKind::kBmsBadOperand, operand.loc, key, operand.value,
                        "a quoted string");
          continue;
        }
        (key == "INITIAL" ? field.initial
         : key == "PICIN" ? field.picture_in
                          : field.picture_out) = *text;
      } else if (key == "OCCURS") {
        field.occurs = Number(operand, operand.value).value_or(0);
      }
    }
    if (!field.name.empty() && !has_length) {
      emitter_.Emit(DiagnosticKind::kBmsBadStatement, statement.loc,
                    "the named field " + field.name + " has no LENGTH=");
    }
    if (field.occurs > 1) {
      emitter_.Emit(DiagnosticKind::kBmsNotSupported, statement.loc, "OCCURS=");
    }
    map.fields.push_back(std::move(field));
  }

  const SourceText& text_;
  FileId file_;
  DiagnosticEmitter& emitter_;
  BmsMapSet map_set_;
  AttributeOperands map_set_attributes_;  // DFHMSD's EXTATT= and DSATTS=
};

}  // namespace

auto ReadMapSet(const SourceManager& sources, FileId file, DiagnosticEmitter& emitter)
    -> BmsMapSet {
  return Reader(sources, file, emitter).Read();
}

}  // namespace remint::bms

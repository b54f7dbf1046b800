#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/bms/bms.h"

namespace remint::bms {
namespace {

auto HasAttribute(const BmsField& field, std::string_view attribute) -> bool {
  return std::find(field.attributes.begin(), field.attributes.end(), attribute) !=
         field.attributes.end();
}

}  // namespace

auto ScreenPicture(const BmsMap& map) -> std::string {
  const uint32_t rows = std::max<uint32_t>(map.rows, 1);
  const uint32_t columns = std::max<uint32_t>(map.columns, 1);
  std::vector<std::string> screen(rows, std::string(columns, ' '));
  for (const BmsField& field : map.fields) {
    // POS is the attribute byte, which shows as a blank; the data follows it, and a field that
    // runs past the last column goes on in the first column of the next row, as on a 3270.
    if (field.row == 0 || field.column == 0 || field.row > rows || field.column > columns) {
      continue;
    }
    const char fill = HasAttribute(field, "UNPROT") ? '_' : field.name.empty() ? ' ' : '#';
    const uint32_t repeats = std::max<uint32_t>(field.occurs, 1);
    uint64_t at = uint64_t{field.row - 1} * columns + field.column;  // first data position
    for (uint32_t repeat = 0; repeat < repeats; ++repeat) {
      for (uint32_t k = 0; k < field.length; ++k, ++at) {
        if (at >= uint64_t{rows} * columns) break;
        char shown = k < field.initial.size() ? field.initial[k] : fill;
        // Control characters would break the picture's lines.
        if (static_cast<unsigned char>(shown) < 0x20) shown = ' ';
        screen[at / columns][at % columns] = shown;
      }
      ++at;  // the next occurrence's attribute byte
    }
  }
  std::string picture;
  for (std::string& line : screen) {
    line.erase(line.find_last_not_of(' ') + 1);
    picture += line;
    picture += '\n';
  }
  return picture;
}

}  // namespace remint::bms

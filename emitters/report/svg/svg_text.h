// Text helpers shared by the layout (node sizes follow the shown label) and the SVG writer:
// untrusted text made well-formed, labels cut for display, links checked. Internal to svg/.
#ifndef REMINT_EMITTERS_REPORT_SVG_SVG_TEXT_H_
#define REMINT_EMITTERS_REPORT_SVG_SVG_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace remint::report::svg_internal {

// Labels longer than this many characters are cut, the last shown one an ellipsis.
inline constexpr size_t kMaxLabelChars = 28;

// `text` as valid UTF-8: malformed bytes and control characters become U+FFFD, except that tab
// and line ends become spaces, or stay when `keep_newlines` (tooltips).
auto CleanText(std::string_view text, bool keep_newlines = false) -> std::string;

// Characters (code points) of valid UTF-8.
auto CountChars(std::string_view utf8) -> size_t;

// The text drawn for a label: cleaned, and cut to kMaxLabelChars with an ellipsis.
auto DisplayLabel(std::string_view label) -> std::string;

// A node's box width for its shown label: about 7 units a character plus padding, at least 60.
auto NodeWidth(std::string_view display_label) -> int32_t;

// `href` cleaned, or empty when its scheme could run script: only http, https and mailto
// schemes pass (and scheme-less, relative links). Browsers ignore spaces and control characters
// inside a scheme ("java\tscript:"), so the check does too.
auto SafeHref(std::string_view href) -> std::string;

}  // namespace remint::report::svg_internal

#endif  // REMINT_EMITTERS_REPORT_SVG_SVG_TEXT_H_

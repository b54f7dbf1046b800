// Checks a whole site the way a browser follows it: every relative href and src of every page
// names a file of the site, and every #fragment an element id of the page it points into.
#ifndef REMINT_TESTS_REPORT_SITE_LINKS_H_
#define REMINT_TESTS_REPORT_SITE_LINKS_H_

#include <map>
#include <string>
#include <vector>

namespace remint::testing {

// Problems found ("page: href: why"), empty when every link resolves. Links built by the site's
// script (the catalogue's rows) are not in the pages and are checked apart.
auto BrokenLinks(const std::map<std::string, std::string>& site) -> std::vector<std::string>;

// The values of `attribute="..."` in `html`, unescaped for &amp; only.
auto AttributeValues(const std::string& html, const std::string& attribute)
    -> std::vector<std::string>;

// How many times `what` occurs in `text` (overlapping occurrences counted).
auto Count(const std::string& text, const std::string& what) -> size_t;

}  // namespace remint::testing

#endif  // REMINT_TESTS_REPORT_SITE_LINKS_H_

// A table that lists a whole estate (every program, every call) without drawing it all: the page
// holds the first rows, so it opens at once and reads without JavaScript; every row is in a JSON
// index under assets/ that report.js loads when the search box is first used and searches,
// drawing at most as many rows again. Internal to the report emitter.
#ifndef REMINT_EMITTERS_REPORT_SEARCH_TABLE_H_
#define REMINT_EMITTERS_REPORT_SEARCH_TABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "emitters/report/html_page.h"
#include "emitters/report/site.h"

namespace remint::report {

// Rows drawn at most, on the page and after each search (report.js holds the same number).
inline constexpr size_t kShownRows = 200;

struct TableCell {
  std::string text;       // legacy text: escaped when drawn
  std::string href;       // "" = no link; relative to the page
  std::string css_class;  // of the <td>
};

struct TableColumn {
  std::string header;
  std::string css_class;  // of the <th>; report.js gives a column's cells the same class
};

struct SearchTable {
  std::string id;    // the <table>'s id and the index's name (assets/ID-index.js)
  std::string noun;  // "programs", in the count and the search box
  // Each row's <tr data-ROW_ATTRIBUTE="first cell's text"> ("" = none): tests and scripts find
  // a row by it.
  std::string row_attribute;
  std::vector<TableColumn> columns;
  std::vector<std::vector<TableCell>> rows;
};

// Writes the search box, the count, the table with its first kShownRows rows to `page`, and the
// whole index to site["assets/ID-index.js"] (the caller adds report.js to the page).
void AddSearchTable(const SearchTable& table, HtmlPage& page, Site& site);

// `window.NAME = JSON.parse('...');` for a JSON text: parsing a string is much faster than a
// script literal of the same size, and a string here can never close a tag.
auto JsonAssignmentScript(std::string_view name, std::string_view json) -> std::string;

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_SEARCH_TABLE_H_

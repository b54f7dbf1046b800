#include "emitters/report/search_table.h"

#include <cassert>
#include <nlohmann/json.hpp>

namespace remint::report {
namespace {

auto CountText(const SearchTable& table) -> std::string {
  std::string total = std::to_string(table.rows.size()) + " " + table.noun;
  if (table.rows.size() <= kShownRows) return total;
  return "the first " + std::to_string(kShownRows) + " of " + total + ": search to find the others";
}

void DrawRow(const SearchTable& table, const std::vector<TableCell>& row, HtmlPage& page) {
  page << "<tr";
  if (!table.row_attribute.empty() && !row.empty()) {
    page << " data-" << table.row_attribute << "=\"" << Html(row.front().text) << "\"";
  }
  page << ">";
  for (size_t i = 0; i < row.size(); ++i) {
    const TableCell& cell = row[i];
    std::string css_class = i < table.columns.size() ? table.columns[i].css_class : "";
    if (!cell.css_class.empty()) css_class += (css_class.empty() ? "" : " ") + cell.css_class;
    page << (css_class.empty() ? "<td>" : "<td class=\"" + Html(css_class) + "\">");
    if (cell.href.empty()) {
      page << Html(cell.text);
    } else {
      page << "<a href=\"" << Html(cell.href) << "\">" << Html(cell.text) << "</a>";
    }
    page << "</td>";
  }
  page << "</tr>\n";
}

// {"rows": [[cell...]...]}: a cell is its text, or [text, href] or [text, href, class].
auto IndexJson(const SearchTable& table) -> std::string {
  nlohmann::json rows = nlohmann::json::array();
  for (const std::vector<TableCell>& row : table.rows) {
    nlohmann::json cells = nlohmann::json::array();
    for (const TableCell& cell : row) {
      if (cell.href.empty() && cell.css_class.empty()) {
        cells.push_back(cell.text);
      } else if (cell.css_class.empty()) {
        cells.push_back({cell.text, cell.href});
      } else {
        cells.push_back({cell.text, cell.href, cell.css_class});
      }
    }
    rows.push_back(std::move(cells));
  }
  nlohmann::json index = {{"rows", std::move(rows)}};
  // Legacy text may hold bytes that are not UTF-8: shown as U+FFFD, never an exception.
  return index.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

[[maybe_unused]] auto IsIdentifier(std::string_view name) -> bool {
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) return false;
  for (char c : name) {
    bool plain =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!plain) return false;
  }
  return true;
}

}  // namespace

void AddSearchTable(const SearchTable& table, HtmlPage& page, Site& site) {
  // The id names a JavaScript property and an asset file: never legacy text.
  assert(IsIdentifier(table.id));
  // The index is loaded when the search box is first used: opening the page never waits for
  // the whole estate.
  page << "<form class=\"filters table-search\" data-table=\"" << table.id << "\" data-index=\""
       << page.root() << "assets/" << table.id
       << "-index.js\" role=\"search\"><input type=\"search\" placeholder=\"Search "
       << Html(table.noun) << "\" aria-label=\"Search " << Html(table.noun)
       << "\" autocomplete=\"off\"></form>\n<p class=\"muted\" id=\"" << table.id << "-count\">"
       << Html(CountText(table)) << "</p>\n<table id=\"" << table.id << "\"";
  if (!table.row_attribute.empty()) page << " data-row-attribute=\"" << table.row_attribute << "\"";
  page << "><thead><tr>";
  for (const TableColumn& column : table.columns) {
    page << (column.css_class.empty() ? "<th>" : "<th class=\"" + Html(column.css_class) + "\">")
         << Html(column.header) << "</th>";
  }
  page << "</tr></thead><tbody>\n";
  for (size_t i = 0; i < table.rows.size() && i < kShownRows; ++i) {
    DrawRow(table, table.rows[i], page);
  }
  page << "</tbody></table>\n";
  site["assets/" + table.id + "-index.js"] =
      "window.REMINT_TABLES = window.REMINT_TABLES || {};\n" +
      JsonAssignmentScript("REMINT_TABLES." + table.id, IndexJson(table));
}

auto JsonAssignmentScript(std::string_view name, std::string_view json) -> std::string {
  std::string quoted;
  quoted.reserve(json.size() + json.size() / 16);
  for (char c : json) {
    if (c == '\\' || c == '\'') quoted += '\\';
    quoted += c;
  }
  return "window." + std::string(name) + " = JSON.parse('" + quoted + "');\n";
}

}  // namespace remint::report

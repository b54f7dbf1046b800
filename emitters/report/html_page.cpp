#include "emitters/report/html_page.h"

#include <array>
#include <utility>

#include "emitters/report/svg/svg_graph.h"

namespace remint::report {

auto Html(std::string_view text) -> std::string { return EscapeHtml(text); }

auto UrlSegment(std::string_view text) -> std::string {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '_' || c == '-';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

auto AnchorId(std::string_view prefix, std::string_view name) -> std::string {
  std::string id(prefix);
  for (unsigned char c : name) {
    bool plain =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    id += plain ? static_cast<char>(c) : '_';
  }
  return id;
}

HtmlPage::HtmlPage(std::string_view title, int depth, std::string_view active_nav)
    : title_(title), active_nav_(active_nav) {
  for (int i = 0; i < depth; ++i) root_ += "../";
}

auto HtmlPage::Finish() const -> std::string {
  static constexpr std::array<std::pair<const char*, const char*>, 6> kNav = {{
      {"index.html", "Overview"},
      {"rules.html", "Rules"},
      {"concepts.html", "Data"},
      {"callgraph.html", "Call graph"},
      {"jobs.html", "Jobs"},
      {"screens.html", "Screens"},
  }};
  std::string page =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src "
      "'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // No icon to fetch: a browser would ask the server (or the disk) for /favicon.ico.
      "<link rel=\"icon\" href=\"data:,\">\n<title>" +
      Html(title_) + " · remint rule map</title>\n<link rel=\"stylesheet\" href=\"" + root_ +
      "assets/report.css\">\n</head>\n<body>\n<header class=\"top\"><a class=\"brand\" href=\"" +
      root_ + "index.html\">remint rule map</a><nav>";
  for (const auto& [href, label] : kNav) {
    page += "<a href=\"" + root_ + href + "\"";
    if (active_nav_ == href) page += " class=\"active\"";
    page += std::string(">") + label + "</a>";
  }
  page += "</nav></header>\n<main>\n";
  page += body_;
  page += "</main>\n";
  std::string remaining = scripts_;
  while (!remaining.empty()) {
    size_t end = remaining.find('\n');
    page += "<script src=\"" + root_ + "assets/" + remaining.substr(0, end) + "\"></script>\n";
    remaining.erase(0, end + 1);
  }
  page += "</body>\n</html>\n";
  return page;
}

}  // namespace remint::report

// The shell every page of the report shares, and the escaping every piece of legacy text goes
// through. Pages carry a Content-Security-Policy that allows scripts from the site's own files
// only: even text that escaped escaping could run no script.
#ifndef REMINT_EMITTERS_REPORT_HTML_PAGE_H_
#define REMINT_EMITTERS_REPORT_HTML_PAGE_H_

#include <string>
#include <string_view>

namespace remint::report {

// Text for HTML content and attribute values: & < > " ' escaped.
auto Html(std::string_view text) -> std::string;

// A URL path segment (page keys, anchors) with everything but [A-Za-z0-9._-] percent-encoded.
auto UrlSegment(std::string_view text) -> std::string;

// An element id made of a name: [A-Za-z0-9-] kept, everything else '_' (ids in links stay
// plain whatever the name holds).
auto AnchorId(std::string_view prefix, std::string_view name) -> std::string;

class HtmlPage {
 public:
  // `depth` is how many folders below the site root the page lives (assets are found from it).
  HtmlPage(std::string_view title, int depth, std::string_view active_nav);

  // Appends markup as is (the caller escapes what it interpolates).
  auto operator<<(std::string_view markup) -> HtmlPage& {
    body_ += markup;
    return *this;
  }
  // A script of the site's assets/, loaded after the body.
  void AddScript(std::string_view asset) { scripts_ += std::string(asset) + '\n'; }
  auto root() const -> const std::string& { return root_; }

  auto Finish() const -> std::string;

 private:
  std::string title_;
  std::string root_;  // "" or "../"
  std::string active_nav_;
  std::string body_;
  std::string scripts_;
};

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_HTML_PAGE_H_

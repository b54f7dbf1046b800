// The screens page: every BMS map of the estate drawn as the terminal shows it, with a link to
// its DFHMDI in the map set source.
#include <string>

#include "emitters/report/html_page.h"
#include "emitters/report/site_pages.h"

namespace remint::report {

void AddScreensPage(const ReportModel& model, const SiteIndex& index, Site& site) {
  HtmlPage page("Screens", 0, "screens.html");
  page << "<h1>Screens</h1>\n";
  if (model.screens.empty()) {
    page << "<p class=\"muted\">No BMS map set was read (.bms members given to remint "
            "report, or in the folders it was given).</p>";
  } else {
    page << "<p>" << std::to_string(model.screens.size())
         << " maps. Each field's INITIAL text follows its attribute byte; <code>_</code> marks "
            "where the operator types (UNPROT), <code>#</code> a named field the program "
            "writes.</p>\n";
  }
  for (const ScreenReport& screen : model.screens) {
    const std::string title = screen.map_set + " / " + screen.map;
    page << "<section class=\"screen\" id=\"" << AnchorId("screen-", title) << "\"><h2>"
         << Html(title) << "</h2><p class=\"meta\">";
    const std::string where = screen.member + ":" + std::to_string(screen.line);
    const std::string link = index.SourceLink(screen.member, screen.line, 0);
    page << (link.empty() ? Html(where) : "<a href=\"" + link + "\">" + Html(where) + "</a>")
         << " · " << std::to_string(screen.rows) << " x " << std::to_string(screen.columns) << " · "
         << std::to_string(screen.named_fields) << " named fields</p>"
         << "<pre class=\"screen\">" << Html(screen.picture) << "</pre></section>\n";
  }
  site["screens.html"] = page.Finish();
}

}  // namespace remint::report

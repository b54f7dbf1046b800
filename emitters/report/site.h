// The reviewers' rule map as a static site: every page and asset, by path relative to the site
// root, byte-stable for the same model. `remint report` writes it to a folder; `remint serve`
// answers requests from it.
#ifndef REMINT_EMITTERS_REPORT_SITE_H_
#define REMINT_EMITTERS_REPORT_SITE_H_

#include <map>
#include <string>

#include "emitters/report/report_model.h"

namespace remint::report {

// Path ("index.html", "programs/CUSTVAL.html", "assets/report.js") -> content.
using Site = std::map<std::string, std::string>;

auto RenderSite(const ReportModel& model) -> Site;

// The Content-Type a page or asset of the site is served with.
auto ContentTypeOf(const std::string& path) -> const char*;

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_SITE_H_

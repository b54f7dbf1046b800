// The page families of the site (one file each) and what they share. Internal to the report
// emitter.
#ifndef REMINT_EMITTERS_REPORT_SITE_PAGES_H_
#define REMINT_EMITTERS_REPORT_SITE_PAGES_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "emitters/report/report_model.h"
#include "emitters/report/site.h"

namespace remint::report {

// Finds members and programs by what rules and diagnostics name them with.
class SiteIndex {
 public:
  explicit SiteIndex(const ReportModel& model);

  // The page of the member at `path` ("" when the member was not read).
  auto SourcePage(std::string_view path) const -> std::string;
  // The program page key of a PROGRAM-ID ("" when the estate has no such program).
  auto ProgramPage(std::string_view name) const -> std::string;
  // A link to a member's line, relative to a page `depth` folders down ("" when unknown).
  auto SourceLink(std::string_view path, uint32_t line, int depth) const -> std::string;

 private:
  std::map<std::string, std::string, std::less<>> source_pages_;
  std::map<std::string, std::string, std::less<>> program_pages_;
};

// Diagnostics as a list, each linked to its line (for a page `depth` folders down).
auto DiagnosticList(const std::vector<ReportDiagnostic>& diagnostics, const SiteIndex& index,
                    int depth) -> std::string;

// The C++ lines that carry each legacy line's tag (`// IF CUSTVAL:302`), by legacy line.
auto CppLinesByLegacyLine(const ProgramReport& program)
    -> std::map<uint32_t, std::vector<uint32_t>>;
// The record rules group a field under ("(no record)" when it has none), and the page of that
// record under concepts/ (without extension).
auto ConceptRecord(const ProgramReport& program, std::string_view field) -> std::string;
auto ConceptPageKey(std::string_view record) -> std::string;

// "3-5,9" for sorted line numbers.
auto LineRanges(const std::vector<uint32_t>& lines) -> std::string;

void AddOverviewPage(const ReportModel& model, const SiteIndex& index, Site& site);
void AddProgramPages(const ReportModel& model, const SiteIndex& index, Site& site);
void AddCataloguePages(const ReportModel& model, const SiteIndex& index, Site& site);
void AddSourcePages(const ReportModel& model, const SiteIndex& index, Site& site);
void AddLineagePages(const ReportModel& model, const SiteIndex& index, Site& site);
void AddGraphPages(const ReportModel& model, const SiteIndex& index, Site& site);
void AddScreensPage(const ReportModel& model, const SiteIndex& index, Site& site);
void AddAssets(Site& site);

}  // namespace remint::report

#endif  // REMINT_EMITTERS_REPORT_SITE_PAGES_H_

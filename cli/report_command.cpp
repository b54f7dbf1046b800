#include "cli/report_command.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "cli/http_server.h"
#include "cli/report_inputs.h"
#include "emitters/report/site.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

// A folder remint wrote holds this file; any other non-empty folder is never replaced.
constexpr const char* kSiteMarker = ".remint-report";

void AddInputOptions(CLI::App& command, ReportInputs& inputs) {
  command.add_option("source", inputs.paths,
                     "COBOL or JCL members, or folders of them (with or without --project)");
  command.add_option("--project", inputs.project,
                     "remint.toml or its folder: its sources, copybooks, dialect and JCL");
  command.add_option("--work", inputs.work,
                     "The project's migrate work folder, for recorded cases and verification "
                     "(default: .remint beside remint.toml; used when it holds a database)");
  command.add_option("--schedule", inputs.schedule,
                     "The batch schedule the jobs run under: a Control-M DEFTABLE export or a CA 7 "
                     "LJOB listing (drawn on the jobs page)");
  command
      .add_option("-I,--copy-dir", inputs.input.copy_directories,
                  "Copybook directory, searched in order (repeatable)")
      ->allow_extra_args(false);
  command
      .add_option(
          "--dialect", inputs.input.dialect,
          "cobc's -std: default, cobol85, cobol2002, cobol2014, ibm or mf (default: default; "
          "a project's own dialect wins)")
      ->check(CLI::IsMember(DialectChoices()));
  command.add_option("-j,--jobs", inputs.jobs, "Threads (default: one per core)");
}

// Writes the site beside `output`, then swaps it in: a failed or killed run leaves the previous
// site whole, never half a site.
auto WriteSite(const report::Site& site, const std::string& output) -> int {
  std::error_code error;
  fs::path target = fs::path(output).lexically_normal();
  if (!target.has_filename()) target = target.parent_path();
  if (fs::exists(target, error)) {
    if (!fs::is_directory(target, error)) {
      std::cerr << "remint report: " << target.string() << " exists and is not a folder\n";
      return kExitUsageOrIo;
    }
    if (!fs::is_empty(target, error) && !fs::exists(target / kSiteMarker, error)) {
      std::cerr << "remint report: " << target.string()
                << " is not empty and is not a report remint wrote; choose another folder\n";
      return kExitUsageOrIo;
    }
  }
  const std::string suffix = "." + std::to_string(::getpid());
  fs::path fresh = target.string() + ".tmp" + suffix;
  fs::remove_all(fresh, error);
  for (const auto& [path, bytes] : site) {
    fs::path file = fresh / path;
    fs::create_directories(file.parent_path(), error);
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      std::cerr << "remint report: cannot write " << file.string() << '\n';
      fs::remove_all(fresh, error);
      return kExitUsageOrIo;
    }
  }
  std::ofstream(fresh / kSiteMarker) << "written by remint report\n";
  fs::path old = target.string() + ".old" + suffix;
  if (fs::exists(target, error)) fs::rename(target, old, error);
  if (error) {
    std::cerr << "remint report: cannot replace " << target.string() << ": " << error.message()
              << '\n';
    fs::remove_all(fresh, error);
    return kExitUsageOrIo;
  }
  fs::rename(fresh, target, error);
  if (error) {
    std::cerr << "remint report: cannot move the site into " << target.string() << ": "
              << error.message() << '\n';
    return kExitUsageOrIo;
  }
  fs::remove_all(old, error);
  return kExitOk;
}

auto Summary(const report::ReportModel& model, const report::Site& site) -> std::string {
  size_t rules = 0;
  for (const report::ProgramReport& program : model.programs) rules += program.rules.size();
  return std::to_string(model.programs.size()) + " programs, " + std::to_string(rules) +
         " rules, " + std::to_string(model.members.size()) + " members, " +
         std::to_string(site.size()) + " files";
}

}  // namespace

void RegisterReportCommands(CLI::App& app, OptionStorage& storage, const GlobalOptions& /*global*/,
                            int& exit_code) {
  struct ReportOptions {
    ReportInputs inputs;
    std::string output;
  };
  ReportOptions& report_options = storage.Make<ReportOptions>();
  CLI::App* report_command = app.add_subcommand(
      "report",
      "Write the reviewers' rule map as a static site: an estate overview, a page per program "
      "(control-flow graph, decision tables, rules with their data and recorded cases), the "
      "rule catalogue with search, rules by data, the call graph and job flow, and legacy "
      "source beside the emitted C++. Works offline; open DIR/index.html");
  AddInputOptions(*report_command, report_options.inputs);
  report_command->add_option("-o,--output", report_options.output, "The site's folder")->required();
  report_command->callback([&report_options, &exit_code] {
    std::optional<report::ReportModel> model = BuildReportModel(report_options.inputs);
    if (!model) {
      exit_code = kExitUsageOrIo;
      return;
    }
    report::Site site = report::RenderSite(*model);
    exit_code = WriteSite(site, report_options.output);
    if (exit_code == kExitOk) {
      std::cout << "remint report: " << Summary(*model, site) << " in " << report_options.output
                << '\n';
    }
  });

  struct ServeOptions {
    ReportInputs inputs;
    std::string host = "127.0.0.1";
    uint16_t port = 8080;
    unsigned refresh = 2;
  };
  ServeOptions& serve_options = storage.Make<ServeOptions>();
  CLI::App* serve_command = app.add_subcommand(
      "serve",
      "Serve the rule map (the pages of `remint report`) on a local port until interrupted; "
      "prints `remint serve: URL` when ready. The pages are rendered again when the sources, "
      "the project or its database (recorded cases, kept rules, verification) change");
  AddInputOptions(*serve_command, serve_options.inputs);
  serve_command->add_option("--port", serve_options.port, "Port (0: any free one; default 8080)");
  serve_command->add_option("--host", serve_options.host,
                            "Address to listen on (default 127.0.0.1: this machine only)");
  serve_command->add_option("--refresh", serve_options.refresh,
                            "Seconds between looks for changed inputs (0: never; default 2)");
  serve_command->callback([&serve_options, &exit_code] {
    // Stamped before the model is read: a change made while it is read is seen next time.
    std::string stamp = InputStamp(serve_options.inputs);
    std::optional<report::ReportModel> model = BuildReportModel(serve_options.inputs);
    if (!model) {
      exit_code = kExitUsageOrIo;
      return;
    }
    // The pages served now: requests take the pointer, a refresh swaps it. Shared with the
    // thread that refreshes it, which may outlive this function by the moment the process takes
    // to exit.
    struct LiveSite {
      std::mutex mutex;
      std::shared_ptr<const report::Site> site;
      auto Current() -> std::shared_ptr<const report::Site> {
        std::lock_guard<std::mutex> lock(mutex);
        return site;
      }
    };
    auto live = std::make_shared<LiveSite>();
    live->site = std::make_shared<const report::Site>(report::RenderSite(*model));
    ErrorOr<HttpServer> server = HttpServer::Listen(serve_options.host, serve_options.port);
    if (!server) {
      std::cerr << "remint serve: " << server.error().message() << '\n';
      exit_code = kExitUsageOrIo;
      return;
    }
    std::cerr << "remint serve: " << Summary(*model, *live->site) << '\n';
    model.reset();
    std::cout << "remint serve: http://" << serve_options.host << ":" << server->port() << "/"
              << std::endl;
    if (serve_options.refresh > 0) {
      // Lives as long as the process: Serve returns only when the socket fails, and then the
      // process exits.
      std::thread([inputs = serve_options.inputs, seconds = serve_options.refresh, live,
                   stamp]() mutable {
        for (;;) {
          std::this_thread::sleep_for(std::chrono::seconds(seconds));
          std::string now = InputStamp(inputs);
          if (now == stamp) continue;
          stamp = std::move(now);
          std::optional<report::ReportModel> fresh = BuildReportModel(inputs);
          if (!fresh) continue;  // why was printed; the last pages stay served
          auto rendered = std::make_shared<const report::Site>(report::RenderSite(*fresh));
          std::cerr << "remint serve: rendered again: " << Summary(*fresh, *rendered) << '\n';
          std::lock_guard<std::mutex> lock(live->mutex);
          live->site = std::move(rendered);
        }
      }).detach();
    }
    server->Serve([live](const std::string& path) -> HttpResponse {
      std::shared_ptr<const report::Site> current = live->Current();
      auto found = current->find(path);
      if (found == current->end()) {
        return {404, "text/plain; charset=utf-8", "not found: " + path + "\n"};
      }
      return {200, report::ContentTypeOf(path), found->second};
    });
    exit_code = kExitUsageOrIo;  // Serve returns only when the socket fails
  });
}

}  // namespace remint::cli

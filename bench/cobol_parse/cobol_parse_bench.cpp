// Preprocesses, parses and lowers COBOL programs to the IR in one process (the front end's
// whole path, as `remint ir` runs it) and reports lines per second per phase, the programs the
// SLL stage could not parse, syntax errors and lowering errors. Used by
// bench/cobol_parse_bench.sh.
//
//   remint_cobol_parse_bench [-I copydir]... [--repeat N] [--force-ll] [--show-errors]
//                            [--no-lower] [--dialect ibm|cobol85] [--dump-lexed DIR] FILE...
// --dump-lexed writes the text the lexer reads (for grammar work with ANTLR's own tools).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/diagnostics/diagnostic_render.h"
#include "base/source_manager.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/comment_entries.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace {

struct Totals {
  uint64_t programs = 0;
  uint64_t lines = 0;
  uint64_t syntax_errors = 0;
  uint64_t sll_failures = 0;
  uint64_t lowering_errors = 0;
  uint64_t statements = 0;
  double preprocess_seconds = 0;
  double parse_seconds = 0;
  double lower_seconds = 0;
};

auto Seconds(std::chrono::steady_clock::duration duration) -> double {
  return std::chrono::duration<double>(duration).count();
}

}  // namespace

auto main(int argc, char** argv) -> int {
  std::vector<std::string> copy_directories;
  std::vector<std::string> files;
  int repeat = 1;
  bool show_errors = false;
  std::string dump_directory;
  bool lower = true;
  remint::cobol::LowerOptions lower_options;
  remint::cobol::ParseOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "-I" && i + 1 < argc) {
      copy_directories.emplace_back(argv[++i]);
    } else if (argument == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (argument == "--force-ll") {
      options.force_ll = true;
    } else if (argument == "--dump-lexed" && i + 1 < argc) {
      dump_directory = argv[++i];
    } else if (argument == "--no-lower") {
      lower = false;
    } else if (argument == "--dialect" && i + 1 < argc) {
      lower_options.dialect = std::string(argv[++i]) == "ibm"
                                  ? remint::cobol::CobolDialect::kIbm
                                  : remint::cobol::CobolDialect::kCobol85;
    } else if (argument == "--show-errors") {
      show_errors = true;
    } else {
      files.push_back(argument);
    }
  }
  Totals totals;
  for (int round = 0; round < repeat; ++round) {
    for (const std::string& path : files) {
      remint::SourceManager sources;
      remint::DiagnosticCollector collector;
      remint::DiagnosticEmitter emitter(&sources, collector);
      auto file = sources.Load(path, path);
      if (!file.ok()) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), file.error().message().c_str());
        return 2;
      }
      remint::cobol::PreprocessOptions preprocess_options;
      preprocess_options.copy_directories = copy_directories;
      auto start = std::chrono::steady_clock::now();
      remint::cobol::ExpandedSource expanded =
          remint::cobol::Preprocess(sources, *file, preprocess_options, emitter);
      auto preprocessed = std::chrono::steady_clock::now();
      if (!dump_directory.empty() && round == 0) {
        std::string lexed = expanded.text;
        remint::cobol::BlankCommentEntries(lexed, /*area_a=*/true);
        std::string name = path.substr(path.find_last_of('/') + 1);
        std::ofstream(dump_directory + "/" + name) << lexed;
      }
      auto program = remint::cobol::ParseCobol(expanded, sources, emitter, options);
      auto parsed = std::chrono::steady_clock::now();
      const size_t errors_before_lowering = collector.error_count();
      if (lower) {
        remint::ir::Module module =
            remint::cobol::LowerCobol(*program, sources, emitter, lower_options);
        totals.statements += module.statements().size();
        totals.lowering_errors += collector.error_count() - errors_before_lowering;
      }
      auto lowered = std::chrono::steady_clock::now();
      totals.preprocess_seconds += Seconds(preprocessed - start);
      totals.parse_seconds += Seconds(parsed - preprocessed);
      totals.lower_seconds += Seconds(lowered - parsed);
      ++totals.programs;
      totals.lines += sources.file(*file).text.line_count();
      totals.syntax_errors += program->statistics().syntax_errors;
      bool sll_failed = program->statistics().sll_failed;
      totals.sll_failures += sll_failed ? 1 : 0;
      if (round == 0 && (sll_failed || program->statistics().syntax_errors > 0)) {
        std::printf("%s: %u syntax errors%s\n", path.c_str(), program->statistics().syntax_errors,
                    sll_failed ? ", SLL failed" : "");
      }
      if (round == 0 && show_errors) {
        std::vector<remint::Diagnostic> diagnostics = collector.TakeSorted();
        std::printf("%s", remint::RenderConsole(diagnostics, /*color=*/false).c_str());
      }
    }
  }
  double seconds = totals.preprocess_seconds + totals.parse_seconds + totals.lower_seconds;
  std::printf(
      "programs %llu  lines %llu  syntax-errors %llu  sll-failures %llu  lowering-errors %llu  "
      "statements %llu\n"
      "preprocess %.3f s  parse %.3f s  lower %.3f s  total %.3f s  %.0f lines/s\n",
      static_cast<unsigned long long>(totals.programs),
      static_cast<unsigned long long>(totals.lines),
      static_cast<unsigned long long>(totals.syntax_errors),
      static_cast<unsigned long long>(totals.sll_failures),
      static_cast<unsigned long long>(totals.lowering_errors),
      static_cast<unsigned long long>(totals.statements), totals.preprocess_seconds,
      totals.parse_seconds, totals.lower_seconds, seconds,
      seconds > 0 ? totals.lines / seconds : 0.0);
  return totals.syntax_errors == 0 && totals.lowering_errors == 0 ? 0 : 1;
}

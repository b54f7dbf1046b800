// JCL front-end benchmark: writes a synthetic, PROC-heavy JCL library (cataloged procedures with
// symbols and INCLUDEs, jobs that call them with symbol values, DD overrides and additions,
// in-stream data and IF/ENDIF), then, in one thread, parses every member and expands every job.
// Prints the library's lines, the time and lines per second (target: 1,000,000 lines/s).
//
// Usage: remint_jcl_bench DIR [LINES]   (DIR is created; LINES defaults to 100000)
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/expand.h"
#include "frontends/jcl/expand/library_search.h"
#include "frontends/jcl/parse/parse_member.h"

namespace {

namespace fs = std::filesystem;

constexpr int kProcs = 400;
constexpr int kIncludes = 20;

auto Proc(int number) -> std::string {
  std::string name = fmt::format("PROC{:04}", number);
  std::string text = fmt::format(
      "//{:<8} PROC HLQ=BANK.PROD,ENV=P,PGM1=PGMA{:03},OUTC='*',\n"
      "//             SPACE='(CYL,(5,5))'\n",
      name, number % 1000);
  for (int step = 1; step <= 3; ++step) {
    text += fmt::format("//STEP{}    EXEC PGM=&PGM1,PARM='&ENV,{}',REGION=0M\n", step, step);
    text += fmt::format("//STEPLIB  DD DSN=&HLQ..LOADLIB,DISP=SHR\n");
    text += fmt::format("//INPUT{}   DD DSN=&HLQ..&ENV..IN{:04}{},DISP=SHR\n", step, number, step);
    text += fmt::format("//OUTPUT{}  DD DSN=&HLQ..&ENV..OUT{:04}{},DISP=(NEW,CATLG,DELETE),\n",
                        step, number, step);
    text += "//            UNIT=SYSDA,SPACE=&SPACE,\n";
    text += "//            DCB=(RECFM=FB,LRECL=120,BLKSIZE=27960)\n";
    text += fmt::format("//         INCLUDE MEMBER=INCL{:04}\n", (number + step) % kIncludes);
  }
  return text;
}

auto Include(int number) -> std::string {
  return fmt::format("//* STANDARD OUTPUT {}\n//SYSOUT   DD SYSOUT=*\n//SYSUDUMP DD SYSOUT=*\n",
                     number);
}

auto Job(int number) -> std::string {
  std::string text = fmt::format(
      "//JOB{:05} JOB (ACCT,{:04}),'SYNTHETIC JOB',CLASS=A,MSGCLASS=X,\n"
      "//             MSGLEVEL=(1,1),REGION=0M,NOTIFY=&SYSUID\n"
      "//LIBS     JCLLIB ORDER=(SYN.PROCLIB)\n"
      "//         SET ENV=T,DAY=D{:03}\n",
      number, number % 10000, number % 365);
  for (int call = 0; call < 3; ++call) {
    int proc = (number * 3 + call) % kProcs;
    text += fmt::format("//CALL{}    EXEC PROC{:04},ENV=&ENV,PGM1=PGMX{:02},\n", call, proc, call);
    text += "//             COND=(4,LT)\n";
    text += fmt::format("//STEP1.INPUT1 DD DSN=&ENV..&DAY..OVERRIDE{},DISP=OLD\n", call);
    text += "//STEP2.OUTPUT2 DD DCB=(LRECL=200),SPACE=\n";
    text += "//STEP3.CARDS DD *\n  SORT FIELDS=(1,10,CH,A)\n  SUM FIELDS=NONE\n/*\n";
  }
  text += "//CHECK    IF (CALL2.STEP3.RC <= 4) THEN\n";
  text += "//REPORT   EXEC PGM=IEBGENER\n//SYSPRINT DD SYSOUT=*\n//SYSIN    DD DUMMY\n";
  text += "//SYSUT1   DD DSN=&ENV..REPORT,DISP=SHR\n//SYSUT2   DD SYSOUT=*\n";
  text += "//         ENDIF\n";
  return text;
}

auto CountLines(const std::string& text) -> uint64_t {
  return static_cast<uint64_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    fmt::print(stderr, "usage: remint_jcl_bench DIR [LINES]\n");
    return 2;
  }
  fs::path root = argv[1];
  uint64_t target = argc > 2 ? std::stoull(argv[2]) : 100000;
  fs::create_directories(root / "SYN.PROCLIB");
  fs::create_directories(root / "SYN.JCL");
  uint64_t library_lines = 0;
  std::vector<std::string> members;
  std::vector<std::string> jobs;
  auto write = [&](const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
    library_lines += CountLines(text);
    members.push_back(path.string());
  };
  for (int i = 0; i < kProcs; ++i)
    write(root / "SYN.PROCLIB" / fmt::format("PROC{:04}", i), Proc(i));
  for (int i = 0; i < kIncludes; ++i) {
    write(root / "SYN.PROCLIB" / fmt::format("INCL{:04}", i), Include(i));
  }
  for (int i = 0; library_lines < target; ++i) {
    fs::path path = root / "SYN.JCL" / fmt::format("JOB{:05}", i);
    write(path, Job(i));
    jobs.push_back(path.string());
  }

  // One run over the library, as `remint run` or a scan makes it: one SourceManager and one
  // member cache. Every job is loaded, parsed and expanded in turn; every PROC and INCLUDE member
  // is read and parsed once, at its first use, and taken from the cache after that. So every
  // line of the library is parsed once and every job expanded.
  remint::SourceManager sources;
  remint::DiagnosticCollector collector;
  remint::DiagnosticEmitter emitter(&sources, collector);
  remint::jcl::MemberCache cache;
  remint::jcl::LibraryOptions options;
  options.cache = &cache;
  options.library_roots.push_back(root.string());
  options.symbols["SYSUID"] = "BENCH";
  // CPU time beside the wall clock: on a shared machine the wall clock also counts the time
  // other work held the core, which CPU time does not.
  std::clock_t cpu_start = std::clock();
  auto start = std::chrono::steady_clock::now();
  size_t expanded = 0;
  for (const std::string& job : jobs) {
    remint::ErrorOr<remint::FileId> file = sources.Load(job, job);
    if (!file) return 1;
    for (const remint::jcl::ExpandedJob& expanded_job :
         remint::jcl::ExpandMember(sources, *file, options, emitter)) {
      expanded += expanded_job.statements.size();
    }
  }
  auto done = std::chrono::steady_clock::now();
  std::clock_t cpu_done = std::clock();
  // What the cache holds: each PROC and INCLUDE member, parsed once (none with a diagnostic).
  size_t statements = 0;
  size_t unclean = 0;
  for (const std::string& member : members) {
    if (member.find("SYN.PROCLIB") == std::string::npos) continue;
    remint::ErrorOr<const remint::jcl::CachedMember*> parsed = cache.Member(sources, member);
    if (!parsed) return 1;
    statements += (*parsed)->statements.size();
    unclean += (*parsed)->clean ? 0 : 1;
  }
  size_t errors = unclean + collector.TakeSorted().size();
  double seconds = std::chrono::duration<double>(done - start).count();
  fmt::print(
      "library: {} members ({} jobs), {} lines; {} PROC and INCLUDE statements cached, {} "
      "statements after expansion; {} diagnostics\n",
      members.size(), jobs.size(), library_lines, statements, expanded, errors);
  double cpu_seconds = static_cast<double>(cpu_done - cpu_start) / CLOCKS_PER_SEC;
  fmt::print(
      "parse every member and expand every job: {:.3f} s ({:.3f} s CPU, {:.0f} lines/CPU s)\n",
      seconds, cpu_seconds, static_cast<double>(library_lines) / cpu_seconds);
  fmt::print("{:.0f} lines/s (target 1,000,000 lines/s on one core: {:.2f}x)\n",
             static_cast<double>(library_lines) / seconds,
             static_cast<double>(library_lines) / seconds / 1e6);
  return errors == 0 ? 0 : 1;
}

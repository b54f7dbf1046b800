// The reference symbol tables: runs `cobc -fsyntax-only -t LISTING -ftsymbols` on a program
// once and keeps the listing in a cache keyed by everything that can change it, so repeated
// test runs read the cache instead of rerunning cobc. See docs/storage-layout-check.md.
#ifndef REMINT_TESTS_SUPPORT_COBC_REFERENCE_H_
#define REMINT_TESTS_SUPPORT_COBC_REFERENCE_H_

#include <chrono>
#include <string>
#include <vector>

#include "base/error_or.h"
#include "tests/support/cobc_symbols.h"

namespace remint::testing {

// One cobc run: the program and what it is compiled with.
struct CobcCompilation {
  std::string program_path;
  // Dialect and per-program flags, in order: {"-std=cobol85", "-Wobsolete"}.
  std::vector<std::string> flags;
  // Passed as -I, in order. Every file in them counts as a dependency of the program.
  std::vector<std::string> copy_directories;
};

// The NIST COBOL-85 programs under `nist_root` (.CBL and .SUB, lib/ included), compiled as the
// suite's README says: -std=cobol85 -I copy, SM also copyalt, and the per-program flags that
// change what is compiled or flagged. Sorted by path.
auto NistReferenceCompilations(const std::string& nist_root) -> std::vector<CobcCompilation>;

// The bankdemo programs under `bankdemo_root` (-std=ibm, copybooks in BANK.PROD.COPYLIB).
auto BankdemoReferenceCompilations(const std::string& bankdemo_root)
    -> std::vector<CobcCompilation>;

struct ReferenceOptions {
  std::string cobc = "cobc";    // looked up in PATH unless it contains a '/'
  std::string cache_directory;  // empty: ReferenceCacheDirectory()
  std::chrono::milliseconds timeout{120'000};
};

struct ReferenceSymbols {
  CobcListing listing;        // the parsed symbol tables (empty if cobc wrote none)
  int cobc_exit_status = 0;   // 0: cobc accepted the program
  std::string cobc_messages;  // cobc's stderr
  bool from_cache = false;
  std::string cache_key;  // 64 hex digits

  auto accepted() const -> bool { return cobc_exit_status == 0; }
};

// $REMINT_REFERENCE_CACHE if set and non-empty, else the build tree's reference-cache/.
auto ReferenceCacheDirectory() -> std::string;

// First line of `cobc --version` ("cobc (GnuCOBOL) 3.1.2.0"); the whole output goes into the
// cache key. Memoized per cobc path.
auto CobcVersion(const std::string& cobc) -> ErrorOr<std::string>;

// SHA-256 over the cobc version output, the flags, the program's bytes and the name and bytes
// of every file under the copy directories (digests of those are memoized per process).
auto ReferenceCacheKey(const CobcCompilation& compilation, const std::string& cobc_version_output)
    -> ErrorOr<std::string>;

// The program's symbol tables: from the cache, or by running cobc (with posix_spawn, no shell,
// in a fresh temporary directory, killed after the timeout) and caching its listing, exit
// status and messages. A program cobc rejects is a result (accepted() false), not an error;
// errors are failures to run cobc, to use the cache, or to parse the listing of an accepted
// program.
auto LoadReferenceSymbols(const CobcCompilation& compilation, const ReferenceOptions& options)
    -> ErrorOr<ReferenceSymbols>;

// LoadReferenceSymbols for each compilation on `workers` threads; results in input order.
auto LoadReferenceSymbolsInParallel(const std::vector<CobcCompilation>& compilations,
                                    const ReferenceOptions& options, int workers)
    -> std::vector<ErrorOr<ReferenceSymbols>>;

}  // namespace remint::testing

#endif  // REMINT_TESTS_SUPPORT_COBC_REFERENCE_H_

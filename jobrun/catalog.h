// The system catalog of `remint run`, mapped to a folder: every cataloged dataset is a file of the
// folder named by its DSN (or a file elsewhere, for datasets the catalog was seeded with), and
// the folder's index `.catalog.tsv` says which DSNs are cataloged, with their record format and
// length, and which GDG bases exist with their limits.
//
// The index is the truth and changes only by an atomic rename: a step's dispositions are one
// Update, committed after the step ends (new files moved in first, the index replaced, the files
// of uncataloged datasets deleted last). A run killed at any point leaves the index of the last
// committed step; the next Open removes files the index does not name (reported, not silent).
#ifndef REMINT_JOBRUN_CATALOG_H_
#define REMINT_JOBRUN_CATALOG_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error_or.h"

namespace remint::jobrun {

struct DatasetAttributes {
  std::string recfm;  // FB, FBA, VB, ... (empty: unknown)
  uint32_t lrecl = 0;
};

struct CatalogEntry {
  std::string dsn;
  std::string file;  // a file name in the catalog folder, or an absolute path (seeded)
  DatasetAttributes attributes;
  auto is_external() const -> bool { return !file.empty() && file.front() == '/'; }
};

struct GdgBase {
  std::string name;
  uint32_t limit = 255;
  bool scratch = true;  // SCRATCH or NOSCRATCH, as defined (both delete rolled-off data here)
};

// The generation data set name of absolute generation `number`: BASE.G0001V00.
auto GenerationName(std::string_view base, uint32_t number) -> std::string;

struct GenerationOf {
  std::string_view base;
  uint32_t number = 0;
};
// The base and number of an absolute generation name (BASE.G0001V00); nullopt for any other.
auto ParseGenerationName(std::string_view dsn) -> std::optional<GenerationOf>;

class Catalog {
 public:
  // Opens (creating when absent) the catalog folder `directory`. `recovered` receives what an
  // interrupted run left behind and was removed. Errors: the folder or its index is unusable.
  static auto Open(const std::string& directory, std::vector<std::string>* recovered)
      -> ErrorOr<Catalog>;

  // Adds the entries of a seed list to an empty catalog: lines `DSN<TAB>file<TAB>dcb` (file
  // relative to the list's folder; dcb like FB80, VB187 or -) and `GDG<TAB>base<TAB>limit`.
  // Does nothing when the catalog already has entries. Errors are located "file:line: ...".
  auto Seed(const std::string& seed_list) -> ErrorOr<Success>;

  auto directory() const -> const std::string& { return directory_; }
  auto Find(std::string_view dsn) const -> const CatalogEntry*;
  auto FindGdg(std::string_view base) const -> const GdgBase*;
  // The cataloged generation numbers of `base`, ascending.
  auto Generations(std::string_view base) const -> std::vector<uint32_t>;
  // Where an entry's data is.
  auto PathOf(const CatalogEntry& entry) const -> std::string;
  auto entries() const -> const std::map<std::string, CatalogEntry, std::less<>>& {
    return entries_;
  }

  // What one step (or one utility command) changes, applied together by Commit.
  struct Update {
    struct Addition {
      std::string dsn;
      std::string source_path;  // the new dataset's file, moved into the catalog
      DatasetAttributes attributes;
    };
    std::vector<Addition> additions;
    std::vector<std::string> removals;  // DSNs to uncatalog (internal files are deleted)
    std::vector<GdgBase> gdg_definitions;
    std::vector<std::string> gdg_removals;
    auto empty() const -> bool {
      return additions.empty() && removals.empty() && gdg_definitions.empty() &&
             gdg_removals.empty();
    }
  };
  // Applies `update`; generations beyond their GDG's limit roll off in the same commit (their
  // DSNs are appended to `rolled_off` when given). Errors leave the catalog as it was.
  auto Commit(const Update& update, std::vector<std::string>* rolled_off = nullptr)
      -> ErrorOr<Success>;

 private:
  explicit Catalog(std::string directory) : directory_(std::move(directory)) {}
  auto Load() -> ErrorOr<Success>;
  auto WriteIndex(const std::map<std::string, CatalogEntry, std::less<>>& entries,
                  const std::map<std::string, GdgBase, std::less<>>& bases) -> ErrorOr<Success>;
  auto Recover(std::vector<std::string>* recovered) -> ErrorOr<Success>;
  auto FreeFileName(std::string_view dsn,
                    const std::map<std::string, CatalogEntry, std::less<>>& entries) const
      -> std::string;

  std::string directory_;
  std::map<std::string, CatalogEntry, std::less<>> entries_;
  std::map<std::string, GdgBase, std::less<>> bases_;
};

// "FB80" -> {FB, 80}; "-" or "" -> unknown. Null when malformed.
auto ParseDcbShorthand(std::string_view text) -> std::optional<DatasetAttributes>;

}  // namespace remint::jobrun

#endif  // REMINT_JOBRUN_CATALOG_H_

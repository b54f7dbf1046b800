// Allocation of a step's DD statements to files (from the catalog, passed temporaries, the step's
// own new datasets, SYSOUT and in-stream data) and, after the step, their dispositions.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "jobrun/step_context.h"

namespace remint::jobrun {
namespace fs = std::filesystem;
namespace {

using ir::DatasetKind;
using ir::DispositionAction;
using ir::DispositionStatus;

auto IsNewStatus(DispositionStatus status) -> bool {
  return status == DispositionStatus::kNew || status == DispositionStatus::kDefault;
}

auto SplitLines(std::string_view text) -> std::vector<std::string> {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

class StepAllocator {
 public:
  StepAllocator(const ir::Module& module, Catalog& catalog, JobState& job, StepRun& step,
                DiagnosticEmitter& emitter)
      : module_(module), catalog_(catalog), job_(job), step_(step), emitter_(emitter) {}

  auto Allocate() -> ErrorOr<Success> {
    const ir::JobStep& step = module_.steps().Get(step_.step);
    for (ir::DdId id : step.dds) {
      const ir::DdStatement& dd = module_.dds().Get(id);
      std::string name(module_.str(dd.name));
      if (name == "STEPLIB" || name == "JOBLIB") continue;  // the program comes from the locator
      ErrorOr<Allocation> allocation = AllocateOne(dd, name);
      if (!allocation) return allocation.error();
      for (ir::DdId member_id : dd.concatenation) {
        ErrorOr<Allocation> member = AllocateOne(module_.dds().Get(member_id), name);
        if (!member) return member.error();
        allocation->concatenation.push_back(std::move(*member));
      }
      if (!allocation->concatenation.empty()) REMINT_TRY(Concatenate(*allocation));
      job_.allocated[step_.name + "." + name] = *allocation;
      step_.allocations.push_back(std::move(*allocation));
    }
    return Success{};
  }

 private:
  // The members of a concatenation are read one after another: one file with all of them.
  auto Concatenate(Allocation& allocation) -> ErrorOr<Success> {
    std::string path = step_.work_dir + "/" + allocation.dd + ".concat";
    std::ofstream out(path, std::ios::binary);
    auto append = [&](const Allocation& member) -> ErrorOr<Success> {
      if (member.is_new || member.kind == Allocation::Kind::kSysout) {
        emitter_.Emit(DiagnosticKind::kRunDatasetIo, member.loc, step_.name, member.dsn,
                      allocation.dd, "a concatenation is read: its members must exist");
        return Error(fmt::format("CONCATENATED DD {} IS NOT AN INPUT", allocation.dd));
      }
      std::ifstream in(member.path, std::ios::binary);
      out << in.rdbuf();
      return Success{};
    };
    REMINT_TRY(append(allocation));
    for (const Allocation& member : allocation.concatenation) REMINT_TRY(append(member));
    out.close();
    allocation.path = path;
    return Success{};
  }

  auto AllocateOne(const ir::DdStatement& dd, const std::string& name) -> ErrorOr<Allocation> {
    Allocation a;
    a.dd = name;
    a.loc = dd.loc;
    a.status = dd.status;
    a.normal = dd.normal_disposition;
    a.abnormal = dd.abnormal_disposition;
    a.attributes.recfm = std::string(module_.str(dd.recfm));
    a.attributes.lrecl = dd.lrecl;
    std::string dsn(module_.str(dd.dsn));
    switch (dd.dataset) {
      case DatasetKind::kSysout:
        a.kind = Allocation::Kind::kSysout;
        a.path = job_.sysout_dir + "/" + step_.name + "." + name;
        return a;
      case DatasetKind::kDummy:
        a.kind = Allocation::Kind::kDummy;
        a.path = "/dev/null";
        return a;
      case DatasetKind::kInStream: {
        a.kind = Allocation::Kind::kInStream;
        a.cards = SplitLines(module_.str(dd.in_stream_data));
        a.path = step_.work_dir + "/" + name + ".instream";
        std::ofstream(a.path, std::ios::binary) << CardImages(a.cards);
        if (a.attributes.lrecl == 0) a.attributes = DatasetAttributes{"FB", 80};
        return a;
      }
      case DatasetKind::kNone:
        a.kind = Allocation::Kind::kScratch;
        a.path = step_.work_dir + "/" + name + ".scratch";
        a.is_new = true;
        return a;
      case DatasetKind::kTemporary:
        return AllocateTemporary(dd, dsn, std::move(a));
      case DatasetKind::kReferback:
        return AllocateReferback(dd, dsn, std::move(a));
      case DatasetKind::kGeneration: {
        ErrorOr<std::string> generation = ResolveGeneration(dd, dsn, name);
        if (!generation) return generation.error();
        return AllocateCataloged(dd, *generation, std::move(a));
      }
      case DatasetKind::kMember:
        return AllocateMember(dd, dsn, std::move(a));
      case DatasetKind::kCataloged:
        return AllocateCataloged(dd, dsn, std::move(a));
    }
    return a;
  }

  auto AllocateTemporary(const ir::DdStatement& dd, const std::string& dsn, Allocation a)
      -> ErrorOr<Allocation> {
    a.kind = Allocation::Kind::kTemporary;
    a.dsn = dsn;
    if (IsNewStatus(dd.status)) {
      a.path = job_.work_dir + "/temp/" + dsn.substr(2);
      std::error_code error;
      fs::remove(a.path, error);
      a.is_new = true;
      return a;
    }
    auto passed = job_.passed.find(dsn);
    if (passed == job_.passed.end()) {
      emitter_.Emit(DiagnosticKind::kRunTemporaryNotPassed, dd.loc, step_.name, dsn, a.dd);
      return Error(fmt::format("TEMPORARY DATA SET {} NOT PASSED (DD {})", dsn, a.dd));
    }
    a.path = passed->second.path;
    if (a.attributes.lrecl == 0) a.attributes = passed->second.attributes;
    return a;
  }

  auto AllocateReferback(const ir::DdStatement& dd, const std::string& dsn, Allocation a)
      -> ErrorOr<Allocation> {
    std::string target = dsn.substr(2);
    if (target.find('.') == std::string::npos) target = step_.name + "." + target;
    auto it = job_.allocated.find(target);
    if (it == job_.allocated.end() || (it->second.kind != Allocation::Kind::kCataloged &&
                                       it->second.kind != Allocation::Kind::kTemporary)) {
      emitter_.Emit(DiagnosticKind::kRunDatasetNotFound, dd.loc, step_.name, dsn, a.dd);
      return Error(fmt::format("REFERBACK {} NAMES NO DATA SET ALLOCATED EARLIER", dsn));
    }
    if (it->second.kind == Allocation::Kind::kTemporary) {
      return AllocateTemporary(dd, it->second.dsn, std::move(a));
    }
    return AllocateCataloged(dd, it->second.dsn, std::move(a));
  }

  auto ResolveGeneration(const ir::DdStatement& dd, const std::string& base,
                         const std::string& name) -> ErrorOr<std::string> {
    int32_t relative = dd.generation;
    const GdgBase* gdg = catalog_.FindGdg(base);
    auto zero = job_.generation_zero.find(base);
    std::string relative_text = fmt::format("{:+}", relative);
    if (relative == 0) relative_text = "0";
    if (gdg == nullptr && zero == job_.generation_zero.end()) {
      emitter_.Emit(DiagnosticKind::kRunGenerationNotFound, dd.loc, step_.name, base, relative_text,
                    ": no GDG base is defined and no generation is cataloged");
      return Error(fmt::format("GDG BASE {} NOT DEFINED (DD {})", base, name));
    }
    int64_t limit = gdg != nullptr ? gdg->limit : 255;
    if ((relative > 0 && relative > limit) || (relative <= 0 && -int64_t{relative} >= limit)) {
      emitter_.Emit(DiagnosticKind::kRunGenerationBeyondLimit, dd.loc, step_.name, base,
                    relative_text, limit);
      return Error(fmt::format("{}({}) BEYOND THE GDG LIMIT OF {}", base, relative_text, limit));
    }
    int64_t absolute = int64_t{zero == job_.generation_zero.end() ? 0u : zero->second} + relative;
    if (absolute < 1 || absolute > 9999) {
      emitter_.Emit(DiagnosticKind::kRunGenerationNotFound, dd.loc, step_.name, base, relative_text,
                    "");
      return Error(fmt::format("GDG {} HAS NO GENERATION {}", base, relative_text));
    }
    return GenerationName(base, static_cast<uint32_t>(absolute));
  }

  auto AllocateMember(const ir::DdStatement& dd, const std::string& library, Allocation a)
      -> ErrorOr<Allocation> {
    const CatalogEntry* entry = catalog_.Find(library);
    std::string member(module_.str(dd.member));
    if (entry == nullptr || !fs::is_directory(catalog_.PathOf(*entry)) ||
        !fs::is_regular_file(catalog_.PathOf(*entry) + "/" + member)) {
      emitter_.Emit(DiagnosticKind::kRunDatasetNotFound, dd.loc, step_.name,
                    library + "(" + member + ")", a.dd);
      return Error(fmt::format("DATA SET {}({}) NOT FOUND (DD {})", library, member, a.dd));
    }
    a.kind = Allocation::Kind::kCataloged;
    a.dsn = library + "(" + member + ")";
    a.path = catalog_.PathOf(*entry) + "/" + member;
    return a;
  }

  auto AllocateCataloged(const ir::DdStatement& dd, const std::string& dsn, Allocation a)
      -> ErrorOr<Allocation> {
    a.kind = Allocation::Kind::kCataloged;
    a.dsn = dsn;
    const CatalogEntry* entry = catalog_.Find(dsn);
    auto passed = job_.passed.find(dsn);
    if (IsNewStatus(dd.status)) {
      if (entry != nullptr) {
        emitter_.Emit(DiagnosticKind::kRunDatasetAlreadyCataloged, dd.loc, step_.name, dsn, a.dd);
        return Error(fmt::format("{} ALREADY CATALOGED (NEW, DD {})", dsn, a.dd));
      }
      a.path = step_.work_dir + "/new." + dsn;
      a.is_new = true;
      return a;
    }
    if (passed != job_.passed.end()) {
      a.path = passed->second.path;
      if (a.attributes.lrecl == 0) a.attributes = passed->second.attributes;
      return a;
    }
    if (entry == nullptr) {
      if (dd.status == DispositionStatus::kMod) {
        a.path = step_.work_dir + "/new." + dsn;
        a.is_new = true;
        return a;
      }
      emitter_.Emit(DiagnosticKind::kRunDatasetNotFound, dd.loc, step_.name, dsn, a.dd);
      return Error(fmt::format("DATA SET {} NOT FOUND (DD {})", dsn, a.dd));
    }
    a.path = catalog_.PathOf(*entry);
    if (a.attributes.lrecl == 0) a.attributes = entry->attributes;
    return a;
  }

  const ir::Module& module_;
  Catalog& catalog_;
  JobState& job_;
  StepRun& step_;
  DiagnosticEmitter& emitter_;
};

// DISP's defaults: a new dataset is deleted and an existing one kept when the step ends
// normally; after an abend the normal disposition applies unless an abnormal one is coded
// (PASS is no abnormal disposition: new is deleted, existing kept).
auto EffectiveAction(const Allocation& a, bool abended) -> DispositionAction {
  DispositionAction action = abended ? a.abnormal : a.normal;
  if (abended && action == DispositionAction::kDefault) action = a.normal;
  if (abended && action == DispositionAction::kPass) action = DispositionAction::kDefault;
  if (action == DispositionAction::kDefault) {
    action = a.is_new ? DispositionAction::kDelete : DispositionAction::kKeep;
  }
  return action;
}

void DisposeOne(const Allocation& a, bool abended, JobState& job, Catalog& catalog,
                Catalog::Update& update) {
  std::error_code error;
  switch (a.kind) {
    case Allocation::Kind::kSysout:
    case Allocation::Kind::kDummy:
    case Allocation::Kind::kInStream:
      return;
    case Allocation::Kind::kScratch:
      fs::remove(a.path, error);
      return;
    case Allocation::Kind::kTemporary:
    case Allocation::Kind::kCataloged:
      break;
  }
  // A new dataset the program never opened still exists after allocation: empty.
  if (a.is_new && !fs::exists(a.path)) std::ofstream(a.path, std::ios::binary).close();
  DispositionAction action = EffectiveAction(a, abended);
  bool deletes = action == DispositionAction::kDelete || action == DispositionAction::kUncatlg;
  if (a.kind == Allocation::Kind::kTemporary) {
    // A temporary cannot be kept or cataloged: the system passes it instead.
    if (deletes) {
      fs::remove(a.path, error);
      job.passed.erase(a.dsn);
    } else {
      job.passed[a.dsn] = PassedDataset{a.path, a.attributes};
    }
    return;
  }
  bool cataloged = catalog.Find(a.dsn) != nullptr && !job.passed.contains(a.dsn);
  if (deletes) {
    if (cataloged) {
      update.removals.push_back(a.dsn);
    } else {
      fs::remove(a.path, error);
      job.passed.erase(a.dsn);
    }
    return;
  }
  if (action == DispositionAction::kPass) {
    if (!cataloged) job.passed[a.dsn] = PassedDataset{a.path, a.attributes};
    return;
  }
  // KEEP or CATLG. A new dataset is cataloged either way, as SMS manages new datasets.
  if (!cataloged) {
    update.additions.push_back(Catalog::Update::Addition{a.dsn, a.path, a.attributes});
    job.passed.erase(a.dsn);
  }
}

}  // namespace

auto CardImages(const std::vector<std::string>& cards) -> std::string {
  std::string images;
  for (const std::string& card : cards) {
    std::string image = card.substr(0, 80);
    image.resize(80, ' ');
    images += image;
  }
  return images;
}

auto AllocateStep(const ir::Module& module, Catalog& catalog, JobState& job, StepRun& step,
                  DiagnosticEmitter& emitter) -> ErrorOr<Success> {
  return StepAllocator(module, catalog, job, step, emitter).Allocate();
}

auto DisposeStep(Catalog& catalog, JobState& job, const StepRun& step, bool abended,
                 DiagnosticEmitter& emitter) -> ErrorOr<Success> {
  Catalog::Update update;
  for (const Allocation& allocation : step.allocations) {
    DisposeOne(allocation, abended, job, catalog, update);
    for (const Allocation& member : allocation.concatenation) {
      DisposeOne(member, abended, job, catalog, update);
    }
  }
  ErrorOr<Success> committed = catalog.Commit(update);
  if (!committed) {
    emitter.Emit(DiagnosticKind::kRunCatalogUnusable, step.loc, catalog.directory(),
                 committed.error().message());
  }
  return committed;
}

}  // namespace remint::jobrun

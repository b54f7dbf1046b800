#include "migrate/case_synthesis.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "base/sha256.h"
#include "base/source_manager.h"
#include "codec/code_page.h"
#include "codec/field_codec.h"
#include "tracer/sandbox.h"

namespace remint::migrate {
namespace {

namespace fs = std::filesystem;

using Inputs = std::map<std::string, std::string>;

// The plan operation the codec encodes a field with.
auto OpOf(const emit_gtest::FieldLayout& field) -> std::optional<codec::PlanOp> {
  codec::PlanOp op;
  switch (field.kind) {
    case emit_gtest::FieldKind::kText:
      op.kind = codec::FieldKind::kText;
      break;
    case emit_gtest::FieldKind::kZoned:
      op.kind = codec::FieldKind::kZoned;
      break;
    case emit_gtest::FieldKind::kPacked:
      op.kind = codec::FieldKind::kPacked;
      break;
    case emit_gtest::FieldKind::kPackedUnsigned:
      op.kind = codec::FieldKind::kPackedUnsigned;
      break;
    case emit_gtest::FieldKind::kBinary:
      op.kind = codec::FieldKind::kBinary;
      break;
    default:
      return std::nullopt;
  }
  op.is_signed = field.is_signed;
  op.sign_leading = field.sign_leading;
  op.sign_separate = field.sign_separate;
  op.digits = field.digits;
  op.scale = field.scale;
  op.offset = field.offset;
  op.size = field.size;
  return op;
}

// The field's name without a table subscript: what the IR's domains are keyed by.
auto BaseName(const std::string& name) -> std::string { return name.substr(0, name.find('(')); }

auto Largest(const emit_gtest::FieldLayout& field) -> std::string {
  std::string digits(field.digits, '9');
  if (field.scale > 0 && static_cast<size_t>(field.scale) < digits.size()) {
    digits.insert(digits.size() - static_cast<size_t>(field.scale), ".");
  }
  return digits.empty() ? "0" : digits;
}

// An input dataset split into its records, when its framing says how.
struct Dataset {
  const emit_gtest::DatasetShape* shape = nullptr;
  std::vector<std::string> records;  // fixed framing only
  std::string bytes;                 // otherwise, kept whole
  auto Join() const -> std::string {
    if (shape == nullptr || shape->framing != emit_gtest::Framing::kFixed) return bytes;
    std::string joined;
    for (const std::string& record : records) joined += record;
    return joined;
  }
};

auto Split(const std::string& bytes, const emit_gtest::DatasetShape* shape) -> Dataset {
  Dataset dataset;
  dataset.shape = shape;
  if (shape == nullptr || shape->framing != emit_gtest::Framing::kFixed ||
      shape->record_length == 0 || bytes.size() % shape->record_length != 0) {
    dataset.shape = nullptr;
    dataset.bytes = bytes;
    return dataset;
  }
  for (size_t at = 0; at < bytes.size(); at += shape->record_length) {
    dataset.records.push_back(bytes.substr(at, shape->record_length));
  }
  return dataset;
}

class Searcher {
 public:
  explicit Searcher(const SynthesisRequest& request)
      : request_(request),
        random_(std::stoull(Sha256Hex(request.program).substr(0, 15), nullptr, 16)) {}

  auto Run() -> ErrorOr<SynthesisResult> {
    ErrorOr<codec::CodePage> ascii = codec::CodePage::Make("ascii");
    if (!ascii) return ascii.error();
    code_page_ = *ascii;
    ErrorOr<DecisionCoverage> seed = Execute(request_.seed_inputs);
    if (!seed) return seed.error();
    result_.seed = *seed;
    if (seed->labels.empty()) return result_;  // the seed does not end normally here
    for (const auto& [dd, bytes] : request_.seed_inputs) {
      const auto shape = request_.build->datasets.find(dd);
      seeds_[dd] = Split(bytes, shape == request_.build->datasets.end() ? nullptr : &shape->second);
    }
    // Small inputs first: a few records of each file, then each file empty, and with one record.
    std::vector<std::map<std::string, Dataset>> starts = {Truncated(4)};
    for (const auto& [dd, dataset] : seeds_) {
      if (dataset.shape == nullptr) continue;
      for (size_t keep : {size_t{0}, size_t{1}}) {
        std::map<std::string, Dataset> start = Truncated(4);
        start[dd].records.resize(std::min(keep, start[dd].records.size()));
        starts.push_back(std::move(start));
      }
    }
    // A dataset missing altogether: the program's OPEN fails (status 35), as when a job runs
    // without its DD.
    for (const auto& [dd, dataset] : seeds_) {
      std::map<std::string, Dataset> start = Truncated(4);
      start.erase(dd);
      starts.push_back(std::move(start));
    }
    for (const auto& start : starts) {
      if (result_.runs >= request_.runs) break;
      REMINT_TRY(Try(start));
    }
    while (result_.runs < request_.runs) {
      // From an input kept so far, or from a few records of the seed's, in their order (a
      // master and its transactions stay in key order).
      const size_t base = pool_.empty() ? Pick(2) : Pick(3);
      std::map<std::string, Dataset> candidate =
          base == 0   ? Subset(1 + Pick(12))
          : base == 1 ? Slice(Chance(3) ? 40 + Pick(260) : 1 + Pick(40))
                      : pool_[Pick(pool_.size())];
      const int mutations = 1 + static_cast<int>(Pick(3));
      for (int m = 0; m < mutations; ++m) Mutate(candidate);
      REMINT_TRY(Try(candidate));
    }
    Minimize();
    AddBoundaries();
    return result_;
  }

 private:
  auto Pick(size_t n) -> size_t {
    return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(random_);
  }
  auto Chance(int one_in) -> bool { return Pick(static_cast<size_t>(one_in)) == 0; }

  auto Subset(size_t records) -> std::map<std::string, Dataset> {
    std::map<std::string, Dataset> datasets = seeds_;
    for (auto& [dd, dataset] : datasets) {
      if (dataset.shape == nullptr || dataset.records.size() <= records) continue;
      std::vector<size_t> chosen;
      while (chosen.size() < records) {
        const size_t index = Pick(dataset.records.size());
        if (std::find(chosen.begin(), chosen.end(), index) == chosen.end()) {
          chosen.push_back(index);
        }
      }
      std::sort(chosen.begin(), chosen.end());
      std::vector<std::string> kept;
      for (size_t index : chosen) kept.push_back(dataset.records[index]);
      dataset.records = std::move(kept);
    }
    return datasets;
  }

  // `records` consecutive records of each file from a random place: what holds a structure
  // together (a batch header, its details and its trailer).
  auto Slice(size_t records) -> std::map<std::string, Dataset> {
    std::map<std::string, Dataset> datasets = seeds_;
    for (auto& [dd, dataset] : datasets) {
      if (dataset.shape == nullptr || dataset.records.size() <= records) continue;
      const size_t start = Pick(dataset.records.size() - records + 1);
      dataset.records =
          std::vector<std::string>(dataset.records.begin() + static_cast<long>(start),
                                   dataset.records.begin() + static_cast<long>(start + records));
    }
    return datasets;
  }

  auto Truncated(size_t records) -> std::map<std::string, Dataset> {
    std::map<std::string, Dataset> datasets = seeds_;
    for (auto& [dd, dataset] : datasets) {
      if (dataset.shape != nullptr && dataset.records.size() > records) {
        dataset.records.resize(records);
      }
    }
    return datasets;
  }

  // The values worth putting in `field`: what the program compares it with, the edges of its
  // picture, and now and then any literal of the program.
  auto Candidates(const emit_gtest::FieldLayout& field) -> std::vector<std::string> {
    std::vector<std::string> values;
    const auto& domains = request_.build->domains;
    if (auto found = domains.find(BaseName(field.name)); found != domains.end()) {
      values = found->second;
    }
    if (field.kind == emit_gtest::FieldKind::kText) {
      // Each literal the field is compared with, and a value that differs from it in its first
      // character; blanks; one character.
      const size_t literals = values.size();
      for (size_t i = 0; i < literals; ++i) {
        std::string other = values[i];
        if (!other.empty()) other[0] = other[0] == 'X' ? 'Y' : 'X';
        values.push_back(other);
      }
      values.push_back(std::string(field.size, ' '));
      values.push_back("A");
      values.push_back(" A");
      values.push_back("0");
      return values;
    }
    values.push_back("0");
    values.push_back("1");
    values.push_back(Largest(field));
    if (field.is_signed) {
      values.push_back("-1");
      values.push_back("-" + Largest(field));
    }
    if (auto all = domains.find("*"); all != domains.end() && !all->second.empty() && Chance(3)) {
      values.push_back(all->second[Pick(all->second.size())]);
    }
    return values;
  }

  // Whether every numeric field of every view over `record` still holds a valid number: real
  // data does (a record is read through the view its type selects), and cobc and the C++ need
  // not agree on what invalid data means.
  static auto NumbersValid(const std::vector<emit_gtest::FieldLayout>& fields,
                           const std::string& record) -> bool {
    for (const emit_gtest::FieldLayout& field : fields) {
      if (field.offset + field.size > record.size()) continue;
      const auto* bytes = reinterpret_cast<const uint8_t*>(record.data() + field.offset);
      if (field.kind == emit_gtest::FieldKind::kZoned && !field.sign_separate) {
        for (uint32_t i = 0; i < field.size; ++i) {
          const bool sign_place =
              field.is_signed && (field.sign_leading ? i == 0 : i + 1 == field.size);
          const int zone = bytes[i] >> 4;
          if ((bytes[i] & 15) > 9) return false;
          if (zone != 3 && !(sign_place && zone == 7)) return false;
        }
      } else if (field.kind == emit_gtest::FieldKind::kPacked) {
        for (uint32_t i = 0; i < field.size; ++i) {
          if ((bytes[i] >> 4) > 9) return false;
          if (i + 1 < field.size && (bytes[i] & 15) > 9) return false;
        }
        const int sign = bytes[field.size - 1] & 15;
        if (sign != 0xC && sign != 0xD && sign != 0xF) return false;
      }
    }
    return true;
  }

  void SetField(std::string& record, const emit_gtest::FieldLayout& field, const std::string& value,
                const std::vector<emit_gtest::FieldLayout>* views) {
    std::optional<codec::PlanOp> op = OpOf(field);
    if (!op || field.offset + field.size > record.size()) return;
    codec::JsonValue json;
    json.type = field.kind == emit_gtest::FieldKind::kText ? codec::JsonValue::Type::kString
                                                           : codec::JsonValue::Type::kNumber;
    json.text = value;
    if (json.type == codec::JsonValue::Type::kString && json.text.size() > field.size) {
      json.text.resize(field.size);
    }
    std::string bytes = record.substr(field.offset, field.size);
    if (!codec::EncodeField(*op, json, code_page_, reinterpret_cast<uint8_t*>(bytes.data()))) {
      return;
    }
    std::string changed = record;
    changed.replace(field.offset, field.size, bytes);
    if (views != nullptr && !NumbersValid(*views, changed)) return;
    record = std::move(changed);
  }

  void Mutate(std::map<std::string, Dataset>& datasets) {
    std::vector<std::string> files;
    for (const auto& [dd, dataset] : datasets) {
      if (dataset.shape != nullptr) files.push_back(dd);
    }
    if (files.empty()) return;
    const std::string& dd = files[Pick(files.size())];
    Dataset& dataset = datasets[dd];
    const std::vector<std::string>& originals = seeds_[dd].records;
    const size_t choice = Pick(10);
    if (dataset.records.empty() || choice == 0) {
      // Another record of the seed's: more keys, a key break.
      if (!originals.empty()) {
        dataset.records.insert(
            dataset.records.begin() + static_cast<long>(Pick(dataset.records.size() + 1)),
            originals[Pick(originals.size())]);
      }
      return;
    }
    const size_t index = Pick(dataset.records.size());
    if (choice == 1) {
      // The same key twice, or the record gone.
      if (Chance(2)) {
        dataset.records.insert(dataset.records.begin() + static_cast<long>(index),
                               dataset.records[index]);
      } else {
        dataset.records.erase(dataset.records.begin() + static_cast<long>(index));
      }
      return;
    }
    if (!dataset.shape->layout || dataset.shape->layout->fields.empty()) return;
    const auto& fields = dataset.shape->layout->fields;
    // Fields the program compares with something come first.
    std::vector<const emit_gtest::FieldLayout*> compared;
    for (const emit_gtest::FieldLayout& field : fields) {
      if (request_.build->domains.contains(BaseName(field.name))) compared.push_back(&field);
    }
    const emit_gtest::FieldLayout& field = !compared.empty() && !Chance(4)
                                               ? *compared[Pick(compared.size())]
                                               : fields[Pick(fields.size())];
    const std::vector<std::string> values = Candidates(field);
    if (values.empty()) return;
    const auto views = request_.build->every_view.find(dd);
    SetField(dataset.records[index], field, values[Pick(values.size())],
             views == request_.build->every_view.end() ? nullptr : &views->second);
  }

  auto Try(const std::map<std::string, Dataset>& datasets) -> ErrorOr<Success> {
    Inputs inputs;
    for (const auto& [dd, dataset] : datasets) inputs[dd] = dataset.Join();
    ErrorOr<DecisionCoverage> reached = Execute(inputs);
    if (!reached) return reached.error();
    if (reached->labels.empty()) return Success{};  // it did not end normally
    bool new_outcome = false;
    for (const auto& [program, outcomes] : reached->reached) {
      const std::set<uint32_t>& known = result_.synthesized.reached[program];
      for (uint32_t outcome : outcomes) new_outcome = new_outcome || !known.contains(outcome);
    }
    if (!new_outcome) return Success{};
    result_.synthesized.Merge(*reached);
    pool_.push_back(datasets);
    kept_.push_back({inputs, *reached});
    return Success{};
  }

  // Runs the counted program on `inputs`; empty coverage when it did not end normally.
  auto Execute(const Inputs& inputs) -> ErrorOr<DecisionCoverage> {
    ++result_.runs;
    ErrorOr<tracer::TemporaryDirectory> scratch =
        tracer::TemporaryDirectory::Make(fs::temp_directory_path().string(), "remint-synth-");
    if (!scratch) return scratch.error();
    const fs::path root = scratch->path();
    fs::create_directories(root / "in");
    tracer::SandboxSpec spec;
    spec.argv = {request_.executable};
    if (request_.parm) spec.argv.push_back(*request_.parm);
    spec.scratch_dir = root.string();
    spec.env = {{"PATH", "/usr/bin:/bin"},
                {"LANG", "C"},
                {"LC_ALL", "C"},
                {"TZ", "UTC"},
                {"TMPDIR", root.string()},
                {"COB_CURRENT_DATE", request_.clock},
                {"COBRT_DECISION_COUNTS", (root / "counts").string()}};
    for (const auto& [dd, bytes] : inputs) {
      const fs::path path = root / "in" / dd;
      std::ofstream(path, std::ios::binary) << bytes;
      spec.env["DD_" + dd] = path.string();
    }
    for (const std::string& dd : request_.outputs) spec.env["DD_" + dd] = (root / dd).string();
    spec.wall_timeout =
        std::chrono::milliseconds(static_cast<int64_t>(request_.timeout_seconds * 1000));
    ErrorOr<tracer::SandboxOutcome> outcome = tracer::RunSandboxed(spec);
    if (!outcome) return outcome.error();
    DecisionCoverage coverage;
    if (outcome->timed_out || outcome->signal != 0) return coverage;
    ErrorOr<std::string> counts = ReadFileBytes((root / "counts").string());
    if (!counts) return coverage;
    std::istringstream lines(*counts);
    for (std::string line; std::getline(lines, line);) {
      std::vector<std::string> parts;
      std::istringstream fields(line);
      for (std::string part; std::getline(fields, part, '\t');) parts.push_back(part);
      if (parts.size() != 5) continue;
      const uint32_t index = static_cast<uint32_t>(std::stoul(parts[1]));
      std::vector<std::string>& labels = coverage.labels[parts[0]];
      if (labels.size() <= index) labels.resize(index + 1);
      labels[index] = parts[2];
      std::set<uint32_t>& reached = coverage.reached[parts[0]];
      if (std::stoull(parts[3]) > 0) reached.insert(2 * index);
      if (std::stoull(parts[4]) > 0) reached.insert(2 * index + 1);
    }
    return coverage;
  }

  // `value` (decimal text) in units of the field's last place, when it fits.
  static auto Scaled(const std::string& value, int scale) -> std::optional<int64_t> {
    std::string digits;
    int decimals = -1;
    bool negative = false;
    for (const char c : value) {
      if (c == '-') {
        negative = true;
      } else if (c == '.') {
        decimals = 0;
      } else if (c >= '0' && c <= '9') {
        if (decimals >= scale) continue;  // places the field does not have
        digits += c;
        if (decimals >= 0) ++decimals;
      } else {
        return std::nullopt;
      }
    }
    for (int i = std::max(decimals, 0); i < scale; ++i) digits += '0';
    if (digits.empty() || digits.size() > 17) return std::nullopt;
    const int64_t number = std::stoll(digits);
    return negative ? -number : number;
  }

  static auto Unscaled(int64_t units, int scale) -> std::string {
    std::string text = std::to_string(units < 0 ? -units : units);
    if (scale > 0) {
      if (text.size() <= static_cast<size_t>(scale)) {
        text.insert(0, static_cast<size_t>(scale) + 1 - text.size(), '0');
      }
      text.insert(text.size() - static_cast<size_t>(scale), ".");
    }
    return (units < 0 ? "-" : "") + text;
  }

  // Boundary cases, kept whatever their coverage: for each numeric field a decision compares
  // with a literal, records with the field one unit below, at and one unit above it (a fee rule's
  // `>` and `>=` take the same branches on every other value).
  void AddBoundaries() {
    constexpr size_t kMaxBoundaryCases = 24;
    size_t added = 0;
    for (const auto& [dd, dataset] : seeds_) {
      if (dataset.shape == nullptr || !dataset.shape->layout || dataset.records.empty()) continue;
      const auto views = request_.build->every_view.find(dd);
      for (const emit_gtest::FieldLayout& field : dataset.shape->layout->fields) {
        if (added >= kMaxBoundaryCases) return;
        if (field.kind == emit_gtest::FieldKind::kText ||
            field.kind == emit_gtest::FieldKind::kBytes) {
          continue;
        }
        const auto domain = request_.build->domains.find(BaseName(field.name));
        if (domain == request_.build->domains.end()) continue;
        std::vector<std::string> values;
        for (const std::string& literal : domain->second) {
          std::optional<int64_t> units = Scaled(literal, field.scale);
          if (!units) continue;
          for (int64_t delta : {-1, 0, 1}) values.push_back(Unscaled(*units + delta, field.scale));
        }
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        if (values.empty() || values.size() > 30) continue;
        std::map<std::string, Dataset> datasets = Truncated(0);
        Dataset& target = datasets[dd];
        for (size_t i = 0; i < values.size(); ++i) {
          std::string record = dataset.records[i % dataset.records.size()];
          SetField(record, field, values[i],
                   views == request_.build->every_view.end() ? nullptr : &views->second);
          target.records.push_back(std::move(record));
        }
        // The other files keep a few records, so that the program gets to the decisions.
        for (auto& [other, other_dataset] : datasets) {
          if (other != dd && other_dataset.shape != nullptr && other_dataset.records.empty()) {
            const std::vector<std::string>& originals = seeds_[other].records;
            other_dataset.records.assign(
                originals.begin(),
                originals.begin() + static_cast<long>(std::min<size_t>(4, originals.size())));
          }
        }
        Inputs inputs;
        for (const auto& [name, kept] : datasets) inputs[name] = kept.Join();
        ErrorOr<DecisionCoverage> reached = Execute(inputs);
        if (!reached || reached->labels.empty()) continue;
        result_.synthesized.Merge(*reached);
        result_.kept.push_back(std::move(inputs));
        ++added;
      }
    }
  }

  // The fewest kept inputs that reach everything the kept inputs reach: greedy set cover, in
  // the order found (deterministic).
  void Minimize() {
    std::set<std::pair<std::string, uint32_t>> wanted;
    for (const auto& [program, outcomes] : result_.synthesized.reached) {
      for (uint32_t outcome : outcomes) wanted.emplace(program, outcome);
    }
    std::vector<bool> used(kept_.size(), false);
    while (!wanted.empty()) {
      size_t best = kept_.size();
      size_t best_gain = 0;
      for (size_t i = 0; i < kept_.size(); ++i) {
        if (used[i]) continue;
        size_t gain = 0;
        for (const auto& [program, outcomes] : kept_[i].second.reached) {
          for (uint32_t outcome : outcomes) gain += wanted.contains({program, outcome}) ? 1 : 0;
        }
        if (gain > best_gain) {
          best = i;
          best_gain = gain;
        }
      }
      if (best == kept_.size()) break;
      used[best] = true;
      for (const auto& [program, outcomes] : kept_[best].second.reached) {
        for (uint32_t outcome : outcomes) wanted.erase({program, outcome});
      }
    }
    for (size_t i = 0; i < kept_.size(); ++i) {
      if (used[i]) result_.kept.push_back(kept_[i].first);
    }
  }

  const SynthesisRequest& request_;
  std::mt19937_64 random_;
  codec::CodePage code_page_ = *codec::CodePage::Make("ascii");
  std::map<std::string, Dataset> seeds_;
  std::vector<std::map<std::string, Dataset>> pool_;
  std::vector<std::pair<Inputs, DecisionCoverage>> kept_;
  SynthesisResult result_;
};

// Relations ("= ...") guide the search towards boundaries; the table counts decisions only.
auto IsRelation(const std::string& label) -> bool { return label.rfind("= ", 0) == 0; }

}  // namespace

void DecisionCoverage::Merge(const DecisionCoverage& other) {
  for (const auto& [program, names] : other.labels) {
    if (labels[program].size() < names.size()) labels[program] = names;
  }
  for (const auto& [program, outcomes] : other.reached) {
    reached[program].insert(outcomes.begin(), outcomes.end());
  }
}

auto DecisionCoverage::Reached(const std::string& program) const -> size_t {
  auto found = reached.find(program);
  auto named = labels.find(program);
  if (found == reached.end() || named == labels.end()) return 0;
  const std::vector<std::string>& names = named->second;
  return static_cast<size_t>(
      std::count_if(found->second.begin(), found->second.end(), [&](uint32_t outcome) {
        return outcome / 2 < names.size() && !IsRelation(names[outcome / 2]);
      }));
}

auto DecisionCoverage::Outcomes(const std::string& program) const -> size_t {
  auto found = labels.find(program);
  if (found == labels.end()) return 0;
  return 2 *
         static_cast<size_t>(std::count_if(found->second.begin(), found->second.end(),
                                           [](const std::string& l) { return !IsRelation(l); }));
}

auto SynthesizeCases(const SynthesisRequest& request) -> ErrorOr<SynthesisResult> {
  Searcher searcher(request);
  return searcher.Run();
}

}  // namespace remint::migrate

#include "migrate/case_synthesis.h"

#include <algorithm>
#include <deque>
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
        random_(std::stoull(Sha256Hex(request.program).substr(0, 15), nullptr, 16)) {
    for (const ArgumentMove& move : request.build->argument_moves) passed_.insert(move.source);
  }

  auto Run() -> ErrorOr<SynthesisResult> {
    ErrorOr<codec::CodePage> ascii = codec::CodePage::Make("ascii");
    if (!ascii) return ascii.error();
    code_page_ = *ascii;
    ErrorOr<DecisionLog> seed = Execute(request_.seed_inputs);
    if (!seed) return seed.error();
    result_.seed = seed->coverage;
    if (seed->coverage.labels.empty()) return result_;  // the seed does not end normally here
    NoteRelations(*seed, {});
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
    // The last record cut short, as a truncated transfer leaves a dataset: READ says 04.
    for (const auto& [dd, dataset] : seeds_) {
      if (dataset.shape == nullptr || dataset.records.empty()) continue;
      std::map<std::string, Dataset> start = Truncated(4);
      std::string& last = start[dd].records.back();
      last.resize(last.size() / 2);
      starts.push_back(std::move(start));
    }
    for (const auto& start : starts) {
      if (result_.runs >= request_.runs) break;
      REMINT_TRY(Try(start));
    }
    // The seed itself is built on (never kept: it is a case already): changes to one record of
    // a whole batch, repaired where a trailer stops agreeing, reach what slices cannot.
    pool_.push_back(PoolEntryOf(seeds_, *seed));
    while (result_.runs < request_.runs) {
      // Inputs the operand values suggested go first.
      if (!directed_.empty()) {
        std::map<std::string, Dataset> candidate = std::move(directed_.front());
        directed_.pop_front();
        REMINT_TRY(Try(candidate));
        continue;
      }
      // From an input kept so far (often one of the latest: the steps towards an outcome), or
      // from a few records of the seed's, in their order (a master and its transactions stay in
      // key order).
      const size_t base = pool_.empty() ? Pick(2) : Pick(3);
      constexpr size_t kLatest = 8;
      const size_t parent = base < 2    ? pool_.size()
                            : Chance(2) ? pool_.size() - 1 - Pick(std::min(kLatest, pool_.size()))
                                        : Pick(pool_.size());
      std::map<std::string, Dataset> candidate =
          base == 0   ? Subset(1 + Pick(12))
          : base == 1 ? Slice(Chance(3) ? 40 + Pick(260) : 1 + Pick(40))
                      : pool_[parent].datasets;
      const int mutations = 1 + static_cast<int>(Pick(3));
      for (int m = 0; m < mutations; ++m) Mutate(candidate);
      if (parent < pool_.size()) {
        const std::map<RelationKey, uint64_t> parent_equalities = pool_[parent].equalities;
        REMINT_TRY(Try(candidate, &parent_equalities));
      } else {
        REMINT_TRY(Try(candidate));
      }
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

  // The values worth putting in `field` of `record`: what the program compares it with, the
  // edges of its picture, its value now one unit either side (a valid date's neighbours are
  // mostly valid dates) or smaller, and now and then any literal of the program.
  auto Candidates(const emit_gtest::FieldLayout& field, const std::string& record)
      -> std::vector<std::string> {
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
    if (std::optional<std::string> now = NumberIn(field, record)) {
      if (std::optional<int64_t> units = Scaled(*now, field.scale)) {
        values.push_back(Unscaled(*units - 1, field.scale));
        values.push_back(Unscaled(*units + 1, field.scale));
        // A tenth and a half of it: an amount shrinks towards the place where what the
        // program computes from it rounds to zero in a few steps.
        values.push_back(Unscaled(*units / 10, field.scale));
        values.push_back(Unscaled(*units / 2, field.scale));
      }
    }
    if (field.is_signed) {
      values.push_back("-1");
      values.push_back("-" + Largest(field));
    }
    if (auto all = domains.find("*"); all != domains.end() && !all->second.empty() && Chance(3)) {
      values.push_back(all->second[Pick(all->second.size())]);
    }
    return values;
  }

  // `text` with one edit: cut short, a character deleted or replaced, or its start dropped.
  // Names, addresses and codes that a program takes apart (UNSTRING, INSPECT, class tests)
  // take other paths on text a little off its usual form.
  auto Edited(std::string text) -> std::string {
    static constexpr std::string_view kCharacters = " ,-.0A9Z";
    const size_t used = text.find_last_not_of(' ') + 1;  // 0 when blank
    const size_t at = Pick(std::max<size_t>(used, 1));
    switch (Pick(4)) {
      case 0:
        text.replace(at, std::string::npos, text.size() - at, ' ');
        break;
      case 1:
        if (at < text.size()) text.erase(at, 1);
        break;
      case 2:
        if (at < text.size()) text[at] = kCharacters[Pick(kCharacters.size())];
        break;
      default:
        text.erase(0, at);
        break;
    }
    return text;
  }

  // Whether `field` of `record` holds a valid number (any other field: true).
  static auto NumberValid(const emit_gtest::FieldLayout& field, const std::string& record) -> bool {
    if (field.offset + field.size > record.size()) return true;
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
    return true;
  }

  // Whether a change leaves every numeric field of every view that held a valid number holding
  // one, outside the bytes [exempt_begin, exempt_end). Real data does (a record is read through
  // the view its type selects, whatever the other views see there), and cobc and the C++ need
  // not agree on what invalid data means; only a field the program tests with IS NUMERIC is
  // given invalid data on purpose.
  static auto NoNewInvalidNumbers(const std::vector<emit_gtest::FieldLayout>& fields,
                                  const std::string& before, const std::string& after,
                                  size_t exempt_begin = 0, size_t exempt_end = 0) -> bool {
    for (const emit_gtest::FieldLayout& field : fields) {
      if (field.offset < exempt_end && field.offset + field.size > exempt_begin) continue;
      if (NumberValid(field, before) && !NumberValid(field, after)) return false;
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
    if (views != nullptr && !NoNewInvalidNumbers(*views, record, changed)) return;
    record = std::move(changed);
  }

  // Every field of `record` with the picture of `field` up or down by `delta` units together: a
  // control card's business date and previous business date move as one, so the calendar
  // checks between them still hold.
  void Shift(std::string& record, const emit_gtest::FieldLayout& field,
             const std::vector<emit_gtest::FieldLayout>& fields, int64_t delta,
             const std::vector<emit_gtest::FieldLayout>* views) {
    std::string changed = record;
    for (const emit_gtest::FieldLayout& other : fields) {
      if (other.kind != field.kind || other.digits != field.digits || other.scale != field.scale ||
          other.size != field.size || !NumberValid(other, changed)) {
        continue;
      }
      const std::optional<std::string> now = NumberIn(other, changed);
      const std::optional<int64_t> units = now ? Scaled(*now, other.scale) : std::nullopt;
      if (units) SetField(changed, other, Unscaled(*units + delta, other.scale), views);
    }
    record = std::move(changed);
  }

  // Text where a numeric field the program class-tests stands: blanks, a letter, digits with a
  // letter among them.
  void SetNotNumeric(std::string& record, const emit_gtest::FieldLayout& field,
                     const std::vector<emit_gtest::FieldLayout>* views) {
    if (field.offset + field.size > record.size()) return;
    std::string text(field.size, ' ');
    switch (Pick(3)) {
      case 0:
        break;
      case 1:
        text[0] = 'X';
        break;
      default:
        text.assign(field.size, '1');
        text[Pick(field.size)] = 'A';
        break;
    }
    std::string changed = record;
    changed.replace(field.offset, field.size, text);
    if (views != nullptr &&
        !NoNewInvalidNumbers(*views, record, changed, field.offset, field.offset + field.size)) {
      return;
    }
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
      // The same key twice (or many times: a statement that runs to a second page), or the
      // record gone.
      if (Chance(2)) {
        const size_t copies = Chance(4) ? 2 + Pick(40) : 1;
        dataset.records.insert(dataset.records.begin() + static_cast<long>(index), copies,
                               dataset.records[index]);
      } else {
        dataset.records.erase(dataset.records.begin() + static_cast<long>(index));
      }
      return;
    }
    if (!dataset.shape->layout || dataset.shape->layout->fields.empty()) return;
    const auto views = request_.build->every_view.find(dd);
    const std::vector<emit_gtest::FieldLayout>* every =
        views == request_.build->every_view.end() ? nullptr : &views->second;
    // Fields of every view (a detail record's fields are a REDEFINES of the header's); those the
    // program compares with something, or passes to a program it calls, come first.
    const std::vector<emit_gtest::FieldLayout>& fields =
        every != nullptr && !every->empty() ? *every : dataset.shape->layout->fields;
    std::vector<const emit_gtest::FieldLayout*> compared;
    for (const emit_gtest::FieldLayout& field : fields) {
      const std::string name = BaseName(field.name);
      if (request_.build->domains.contains(name) || passed_.contains(name)) {
        compared.push_back(&field);
      }
    }
    const emit_gtest::FieldLayout& field = !compared.empty() && !Chance(4)
                                               ? *compared[Pick(compared.size())]
                                               : fields[Pick(fields.size())];
    if (field.kind == emit_gtest::FieldKind::kText && Chance(2) &&
        field.offset + field.size <= dataset.records[index].size()) {
      SetField(dataset.records[index], field,
               Edited(dataset.records[index].substr(field.offset, field.size)), every);
      return;
    }
    if (field.kind != emit_gtest::FieldKind::kText && Chance(4) &&
        std::binary_search(request_.class_tested.begin(), request_.class_tested.end(),
                           BaseName(field.name))) {
      SetNotNumeric(dataset.records[index], field, every);
      return;
    }
    if (field.kind != emit_gtest::FieldKind::kText && Chance(8)) {
      // One unit, or one unit of a higher digit: a date's month or year.
      int64_t delta = Chance(2) ? 1 : -1;
      if (Chance(2)) {
        for (size_t place = Pick(static_cast<size_t>(std::max(field.digits - field.scale, 1)));
             place > 0; --place) {
          delta *= 10;
        }
      }
      Shift(dataset.records[index], field, fields, delta, every);
      return;
    }
    const std::vector<std::string> values = Candidates(field, dataset.records[index]);
    if (values.empty()) return;
    SetField(dataset.records[index], field, values[Pick(values.size())], every);
  }

  // Runs `datasets`; keeps them when they reach a new outcome. `parent`: how often each relation
  // found its operands equal on the input they were mutated from.
  auto Try(const std::map<std::string, Dataset>& datasets,
           const std::map<RelationKey, uint64_t>* parent = nullptr) -> ErrorOr<Success> {
    Inputs inputs;
    for (const auto& [dd, dataset] : datasets) inputs[dd] = dataset.Join();
    ErrorOr<DecisionLog> run = Execute(inputs);
    if (!run) return run.error();
    if (run->coverage.labels.empty()) return Success{};  // it did not end normally
    const std::set<std::string> open = OpenLocations();
    bool new_outcome = false;
    for (const auto& [program, outcomes] : run->coverage.reached) {
      const std::set<uint32_t>& known = result_.synthesized.reached[program];
      for (uint32_t outcome : outcomes) new_outcome = new_outcome || !known.contains(outcome);
    }
    if (new_outcome) {
      result_.synthesized.Merge(run->coverage);
      kept_.push_back({inputs, run->coverage});
    }
    // A step towards an outcome no input reached is worth building on too.
    if (NoteRelations(*run, open, &datasets) || new_outcome) {
      pool_.push_back(PoolEntryOf(datasets, *run));
    }
    // A mutation that broke an equality the input it came from had (a batch trailer's count or
    // hash no longer agrees) is repaired from the values compared there: the field that held
    // one operand takes the other, so the mutation gets past the check.
    if (parent != nullptr && !new_outcome) Repair(*run, *parent, datasets);
    return Success{};
  }

  void Repair(const DecisionLog& run, const std::map<RelationKey, uint64_t>& parent,
              const std::map<std::string, Dataset>& datasets) {
    constexpr size_t kRepairsPerRun = 4;
    size_t repairs = 0;
    for (const auto& [key, relation] : run.relations) {
      if (repairs >= kRepairsPerRun) break;
      const auto had = parent.find(key);
      if (had == parent.end() || relation.equal >= had->second) continue;
      const size_t before = directed_.size();
      Directed(datasets, relation.samples);
      if (directed_.size() > before) ++repairs;
    }
  }

  // Where a decision has an outcome no kept input reached, or a relation's operands were never
  // equal ("DAILYPST:629"): equality is where `>` and `>=` part, so a case there tells them
  // apart.
  auto OpenLocations() const -> std::set<std::string> {
    std::set<std::string> open;
    for (const auto& [program, labels] : result_.synthesized.labels) {
      const auto reached = result_.synthesized.reached.find(program);
      for (size_t i = 0; i < labels.size(); ++i) {
        const auto first = static_cast<uint32_t>(IsRelationLabel(labels[i]) ? 2 * i + 1 : 2 * i);
        for (uint32_t outcome = first; outcome <= 2 * i + 1; ++outcome) {
          if (reached == result_.synthesized.reached.end() || !reached->second.contains(outcome)) {
            open.insert(labels[i].substr(labels[i].find(' ') + 1));
          }
        }
      }
    }
    return open;
  }

  // Remembers how each relation's operands compared; true when a relation of an open decision
  // came out a new way or its operands came closer than ever. Then, from the values it compared
  // (`datasets` given), inputs where the field that held one operand holds the other, or one
  // unit either side of it: a key, a date or an amount compared with what the program computed.
  auto NoteRelations(const DecisionLog& run, const std::set<std::string>& open,
                     const std::map<std::string, Dataset>* datasets = nullptr) -> bool {
    bool progress = false;
    for (const auto& [key, relation] : run.relations) {
      RelationBest& best = relation_best_[key];
      const bool better =
          (relation.less > 0 && !best.less) || (relation.equal > 0 && !best.equal) ||
          (relation.greater > 0 && !best.greater) ||
          (relation.closest >= 0 && (best.closest < 0 || relation.closest < best.closest));
      best.less = best.less || relation.less > 0;
      best.equal = best.equal || relation.equal > 0;
      best.greater = best.greater || relation.greater > 0;
      if (relation.closest >= 0 && (best.closest < 0 || relation.closest < best.closest)) {
        best.closest = relation.closest;
      }
      const auto labels = run.coverage.labels.find(key.first);
      if (!better || labels == run.coverage.labels.end() || key.second >= labels->second.size()) {
        continue;
      }
      const std::string& label = labels->second[key.second];
      if (!open.contains(label.substr(label.find(' ') + 1))) continue;
      progress = true;
      if (datasets != nullptr) Directed(*datasets, relation.samples);
    }
    return progress;
  }

  // Queues inputs where a field that held one operand of a sample holds the other.
  void Directed(const std::map<std::string, Dataset>& datasets,
                const std::vector<OperandSample>& samples) {
    constexpr size_t kMaxPerSample = 4;
    constexpr size_t kRecordsLooked = 400;
    for (const OperandSample& sample : samples) {
      size_t made = 0;
      for (const auto& [dd, dataset] : datasets) {
        if (dataset.shape == nullptr || !dataset.shape->layout) continue;
        const auto views = request_.build->every_view.find(dd);
        const std::vector<emit_gtest::FieldLayout>* every =
            views == request_.build->every_view.end() ? nullptr : &views->second;
        const std::vector<emit_gtest::FieldLayout>& fields =
            every != nullptr ? *every : dataset.shape->layout->fields;
        for (size_t r = 0; r < dataset.records.size() && r < kRecordsLooked; ++r) {
          for (const emit_gtest::FieldLayout& field : fields) {
            if (made >= kMaxPerSample || directed_.size() >= kMaxDirected) break;
            for (const std::string& value : Replacements(field, dataset.records[r], sample)) {
              std::map<std::string, Dataset> candidate = datasets;
              std::string& record = candidate[dd].records[r];
              const std::string before = record;
              SetField(record, field, value, every);
              if (record == before) continue;
              directed_.push_back(std::move(candidate));
              ++made;
            }
          }
        }
      }
    }
  }

  // When `field` of `record` holds one operand of `sample`, the other operand (numbers: and one
  // unit either side of it).
  auto Replacements(const emit_gtest::FieldLayout& field, const std::string& record,
                    const OperandSample& sample) -> std::vector<std::string> {
    if (field.offset + field.size > record.size()) return {};
    if (!sample.number) {
      if (field.kind != emit_gtest::FieldKind::kText) return {};
      auto trimmed = [](std::string_view text) {
        return text.substr(0, text.find_last_not_of(' ') + 1);
      };
      const std::string_view now =
          trimmed(std::string_view(record).substr(field.offset, field.size));
      if (now.empty()) return {};
      if (now == trimmed(sample.a) && trimmed(sample.b) != now) return {sample.b};
      if (now == trimmed(sample.b) && trimmed(sample.a) != now) return {sample.a};
      return {};
    }
    if (field.kind == emit_gtest::FieldKind::kText || field.kind == emit_gtest::FieldKind::kBytes) {
      return {};
    }
    const std::optional<std::string> now = NumberIn(field, record);
    if (!now) return {};
    const std::optional<int64_t> units = Scaled(*now, field.scale);
    const std::optional<int64_t> a = Scaled(sample.a, field.scale);
    const std::optional<int64_t> b = Scaled(sample.b, field.scale);
    if (!units || !a || !b || *a == *b) return {};
    const int64_t other = *units == *a ? *b : *units == *b ? *a : *units;
    if (other == *units) return {};
    return {Unscaled(other, field.scale), Unscaled(other + 1, field.scale),
            Unscaled(other - 1, field.scale)};
  }

  // The numeric value `field` holds in `record`, as decimal text.
  auto NumberIn(const emit_gtest::FieldLayout& field, const std::string& record)
      -> std::optional<std::string> {
    if (field.kind == emit_gtest::FieldKind::kText || field.kind == emit_gtest::FieldKind::kBytes ||
        field.offset + field.size > record.size()) {
      return std::nullopt;
    }
    std::optional<codec::PlanOp> op = OpOf(field);
    if (!op) return std::nullopt;
    codec::OutputBuffer out;
    out.Reserve(codec::MaxValueBytes(*op));
    if (!codec::DecodeField(*op, reinterpret_cast<const uint8_t*>(record.data() + field.offset),
                            code_page_, out)) {
      return std::nullopt;
    }
    return std::string(out.view());
  }

  // Runs the counted program on `inputs`; empty coverage when it did not end normally.
  auto Execute(const Inputs& inputs) -> ErrorOr<DecisionLog> {
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
    if (outcome->timed_out || outcome->signal != 0) return DecisionLog{};
    ErrorOr<std::string> counts = ReadFileBytes((root / "counts").string());
    if (!counts) return DecisionLog{};
    return ParseDecisionLog(*counts);
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
        ErrorOr<DecisionLog> reached = Execute(inputs);
        if (!reached || reached->coverage.labels.empty()) continue;
        result_.synthesized.Merge(reached->coverage);
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
  std::set<std::string> passed_;  // fields MOVEd into CALL arguments
  std::mt19937_64 random_;
  codec::CodePage code_page_ = *codec::CodePage::Make("ascii");
  std::map<std::string, Dataset> seeds_;
  struct RelationBest {
    bool less = false;
    bool equal = false;
    bool greater = false;
    long double closest = -1;
  };

  static constexpr size_t kMaxDirected = 256;
  // Inputs to build on: those that reached a new outcome or came closer to one.
  struct PoolEntry {
    std::map<std::string, Dataset> datasets;
    std::map<RelationKey, uint64_t> equalities;  // how often each relation's operands were equal
  };
  static auto PoolEntryOf(const std::map<std::string, Dataset>& datasets, const DecisionLog& run)
      -> PoolEntry {
    PoolEntry entry{datasets, {}};
    for (const auto& [key, relation] : run.relations) entry.equalities[key] = relation.equal;
    return entry;
  }
  std::vector<PoolEntry> pool_;
  std::deque<std::map<std::string, Dataset>> directed_;  // suggested by operand values
  std::map<RelationKey, RelationBest> relation_best_;
  std::vector<std::pair<Inputs, DecisionCoverage>> kept_;
  SynthesisResult result_;
};

}  // namespace

auto SynthesizeCases(const SynthesisRequest& request) -> ErrorOr<SynthesisResult> {
  Searcher searcher(request);
  return searcher.Run();
}

}  // namespace remint::migrate

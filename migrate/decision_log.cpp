#include "migrate/decision_log.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>

namespace remint::migrate {
namespace {

auto FromHex(std::string_view hex) -> std::string {
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  std::string bytes;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes += static_cast<char>(nibble(hex[i]) * 16 + nibble(hex[i + 1]));
  }
  return bytes;
}

}  // namespace

auto IsRelationLabel(std::string_view label) -> bool { return label.starts_with("= "); }

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
        return outcome / 2 < names.size() && !IsRelationLabel(names[outcome / 2]);
      }));
}

auto DecisionCoverage::Outcomes(const std::string& program) const -> size_t {
  auto found = labels.find(program);
  if (found == labels.end()) return 0;
  return 2 * static_cast<size_t>(
                 std::count_if(found->second.begin(), found->second.end(),
                               [](const std::string& label) { return !IsRelationLabel(label); }));
}

auto ParseDecisionLog(std::string_view text) -> DecisionLog {
  DecisionLog log;
  while (!text.empty()) {
    const size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    const std::vector<std::string_view> parts = SplitTabs(line);
    if (parts.size() < 5) continue;
    const std::optional<uint64_t> index = ToUnsigned(parts[1]);
    if (!index || *index > UINT32_MAX) continue;
    const std::string program(parts[0]);
    const RelationKey key{program, static_cast<uint32_t>(*index)};
    if (parts[2] == "<=>" && parts.size() == 7) {
      RelationRun& run = log.relations[key];
      run.less = ToUnsigned(parts[3]).value_or(0);
      run.equal = ToUnsigned(parts[4]).value_or(0);
      run.greater = ToUnsigned(parts[5]).value_or(0);
      run.closest = std::strtold(std::string(parts[6]).c_str(), nullptr);
    } else if ((parts[2] == "number" || parts[2] == "text") && parts.size() == 5) {
      const bool number = parts[2] == "number";
      log.relations[key].samples.push_back(
          OperandSample{number, number ? std::string(parts[3]) : FromHex(parts[3]),
                        number ? std::string(parts[4]) : FromHex(parts[4])});
    } else if (parts.size() == 5) {
      const std::optional<uint64_t> falses = ToUnsigned(parts[3]);
      const std::optional<uint64_t> trues = ToUnsigned(parts[4]);
      if (!falses || !trues) continue;
      std::vector<std::string>& labels = log.coverage.labels[program];
      if (labels.size() <= *index) labels.resize(*index + 1);
      labels[*index] = std::string(parts[2]);
      std::set<uint32_t>& reached = log.coverage.reached[program];
      if (*falses > 0) reached.insert(2 * key.second);
      if (*trues > 0) reached.insert(2 * key.second + 1);
    }
  }
  return log;
}

auto SplitTabs(std::string_view line) -> std::vector<std::string_view> {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return parts;
    start = tab + 1;
  }
}

auto ToUnsigned(std::string_view text) -> std::optional<uint64_t> {
  uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace remint::migrate

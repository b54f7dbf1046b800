// Decision counters for a coverage build (remint emit with decision counters; remint migrate's
// case synthesis): how often each IF and each EVALUATE WHEN of a program went each way, and
// whether the operands of each relation were ever equal (labels starting "= "). At exit
// the counts of every program that ran are appended to the file COBRT_DECISION_COUNTS names,
// one line per decision: PROGRAM <tab> index <tab> label <tab> false count <tab> true count.
// Normal builds contain none of this.
#ifndef COBRT_IO_DECISION_COUNTS_H_
#define COBRT_IO_DECISION_COUNTS_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

namespace cobrt {

class DecisionSites {
 public:
  DecisionSites(const char* program, std::initializer_list<const char*> labels)
      : counts_(new Counts{program, labels, std::vector<uint64_t>(2 * labels.size(), 0)}) {
    // The counts outlive every static object (they are never freed): the exit handler may run
    // after this object's destructor.
    static std::vector<Counts*>* registry = [] {
      std::atexit(WriteAll);
      return new std::vector<Counts*>();
    }();
    registry->push_back(counts_);
    Registry() = registry;
  }

  // Counts whether the operands of relation `index` were equal and passes the comparison on.
  auto Relation(uint32_t index, int comparison) -> int {
    ++counts_->hits[2 * index + (comparison == 0 ? 1 : 0)];
    return comparison;
  }

  // Counts the outcome of decision `index` and passes it on.
  auto Decide(uint32_t index, bool outcome) -> bool {
    ++counts_->hits[2 * index + (outcome ? 1 : 0)];
    return outcome;
  }

 private:
  struct Counts {
    const char* program;
    std::vector<const char*> labels;
    std::vector<uint64_t> hits;
  };

  static auto Registry() -> std::vector<Counts*>*& {
    static std::vector<Counts*>* registry = nullptr;
    return registry;
  }
  static void WriteAll() {
    const char* path = std::getenv("COBRT_DECISION_COUNTS");
    if (path == nullptr || *path == '\0' || Registry() == nullptr) return;
    std::FILE* out = std::fopen(path, "a");
    if (out == nullptr) return;
    for (const Counts* counts : *Registry()) {
      for (size_t i = 0; i < counts->labels.size(); ++i) {
        std::fprintf(out, "%s\t%zu\t%s\t%llu\t%llu\n", counts->program, i, counts->labels[i],
                     static_cast<unsigned long long>(counts->hits[2 * i]),
                     static_cast<unsigned long long>(counts->hits[2 * i + 1]));
      }
    }
    std::fclose(out);
  }

  Counts* counts_;
};

}  // namespace cobrt

#endif  // COBRT_IO_DECISION_COUNTS_H_

// Field lineage across a job stream: where an output field of a program comes from (upstream),
// or what an input field of a program goes on to affect (downstream), through the files the
// programs write and read. From the program's field, its closure (field_lineage.h) reaches bytes
// of a file's records; the file's ASSIGN name is the DD of the step that runs the program; the DD
// names a dataset (dataset_lineage.h); the step that writes that dataset (upstream) runs a program
// whose file on that DD holds the same bytes of its records, and the closure goes on there, step
// after step and job after job. Copy utilities (IDCAMS REPRO, IEBGENER, ICEGENER, SORT) pass the
// bytes through unchanged.
//
// Limits: bytes are matched by position, so both programs must lay the record out alike (the same
// copybook, fixed-length records, no RDW); a SORT with INREC/OUTREC or an IDCAMS with anything but
// REPRO reshapes records unseen; a GDG generation read (0) is joined to every step that writes
// the base, the previous run's included; the programs' own closures are flow-insensitive and
// follow data, not control (field_lineage.h); a program not among those given ends the walk.
#ifndef REMINT_ANALYZERS_LINEAGE_ESTATE_FIELD_LINEAGE_H_
#define REMINT_ANALYZERS_LINEAGE_ESTATE_FIELD_LINEAGE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/lineage/dataset_lineage.h"
#include "analyzers/lineage/field_lineage.h"

namespace remint::lineage {

enum class EstateDirection : uint8_t {
  kUpstream,    // where the field's value comes from
  kDownstream,  // what the field's value goes on to affect
};

// One line of the walk, `depth` deep in its tree.
struct EstateHop {
  enum class Kind : uint8_t {
    kField,    // the starting program and field
    kDataset,  // a program step's DD, its file's record bytes and the dataset it reads / writes
    kStep,     // a program step that writes (upstream) / reads (downstream) that dataset
    kCopy,     // a utility step that copies it unchanged
    kNote,     // where the walk ends: an input of the stream, a program not given, (above)...
  };
  Kind kind = Kind::kNote;
  size_t depth = 0;
  std::string job;
  std::string step;  // STEP or STEP.PROCSTEP
  std::string program;
  std::string dd;
  std::string dataset;
  std::string file;  // the program's file (SELECT name) on that DD
  uint64_t offset = 0;
  uint64_t length = 0;  // bytes of its records, from 0
  // kField, kStep: the program's fields holding those bytes, and everything within the program
  // they come from (upstream) or go to (downstream).
  std::vector<std::string> fields;
  std::vector<std::string> within;
  std::string note;
};

// The walk from `field` of `program` (names case-insensitive), with the field lineage of the
// estate's programs and the dataset lineage of its jobs. Deterministic; a step met again with the
// same bytes is marked "(above)" and not followed twice. Empty when the program is not given.
auto TraceFieldAcrossJobs(const std::vector<FieldLineage>& programs, const DatasetLineage& datasets,
                          std::string_view program, std::string_view field,
                          EstateDirection direction) -> std::vector<EstateHop>;

// The walk as an indented tree: "<-" upstream, "->" downstream.
auto FormatEstateTrace(const std::vector<EstateHop>& hops, EstateDirection direction)
    -> std::string;

}  // namespace remint::lineage

#endif  // REMINT_ANALYZERS_LINEAGE_ESTATE_FIELD_LINEAGE_H_

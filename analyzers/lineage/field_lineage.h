// Field-level lineage inside one COBOL program, from its lowered IR: where each data item is
// defined (MOVE, COMPUTE, ADD..., STRING, UNSTRING, INSPECT, INITIALIZE, SET, ACCEPT, READ [INTO],
// WRITE FROM, RETURN INTO, CALL USING...) and where it is used, which items share its storage
// (group members and parents, REDEFINES and RENAMES aliases, the records of one FD), and the
// transitive closure: every item whose value can flow into it (Sources) or that it flows into
// (Affects).
//
// The closure follows bytes, not just names: a definition that copies bytes in place (a group
// move, READ INTO, WRITE FROM, a record read from or written to a file) maps a byte range of its
// target onto the same range of its source, so ACCT-BALANCE of a record read INTO from a file
// reaches bytes 50-56 of that file's record and not the whole record. Any other definition
// (arithmetic, a numeric move, STRING...) takes the whole of each source. Storage overlap is
// followed by byte range too: a group's definition reaches the members it covers, never their
// siblings. The analysis is flow-insensitive (every definition counts, whatever the order of the
// statements) and follows data, not control: a field tested by the IF that guards a MOVE is a use,
// not a source, of that MOVE's target. Subscripts and reference modifiers are uses, not sources.
// A CALL's by-reference arguments are defined from all of its arguments and the called program
// (`call NAME`), whose code is not followed.
//
// estate_field_lineage.h joins programs through the files they write and read (record → FD → DD
// → dataset) across the steps and jobs of a stream.
#ifndef REMINT_ANALYZERS_LINEAGE_FIELD_LINEAGE_H_
#define REMINT_ANALYZERS_LINEAGE_FIELD_LINEAGE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ir/module.h"

namespace remint::lineage {

// One statement defining or using a field.
struct FieldAccess {
  // "MOVE", "MOVE CORRESPONDING", "COMPUTE", "ADD", "SUBTRACT", "MULTIPLY", "DIVIDE",
  // "INITIALIZE", "SET", "STRING", "UNSTRING", "INSPECT", "ACCEPT", "READ" (a record filled from
  // its file), "READ INTO", "WRITE FROM", "WRITE" (a record written to its file), "REWRITE
  // [FROM]", "RELEASE [FROM]", "RETURN [INTO]", "SORT", "MERGE", "CALL USING", "CALL RETURNING",
  // "PERFORM VARYING"; for uses also "IF", "EVALUATE", "PERFORM UNTIL", "DISPLAY", "SEARCH"...
  std::string statement;
  std::string procedure;  // "PARA", "PARA OF SECTION", or "(start)" as analyzers/rules names them
  std::string file;       // the module's display path of the statement
  uint32_t line = 0;
  // A definition: the fields (and endpoints: "file NAME" for a record read from a file, "call
  // NAME" for a CALL, "ACCEPT DEVICE") whose values flow in; sorted. Empty when only literals do.
  std::vector<std::string> from;
  // A use: what the statement stores the value into (fields, "file NAME" for a record written,
  // "call NAME" for a CALL argument); sorted. Empty for a test (IF, EVALUATE...) or a DISPLAY.
  std::vector<std::string> to;

  friend auto operator==(const FieldAccess&, const FieldAccess&) -> bool = default;
};

struct FieldFacts {
  std::string name;    // upper case; "X OF REC" (or "X OF GROUP OF REC") when the name repeats
  std::string record;  // its level-01/77 record
  std::string file;    // the FD (SELECT name) whose record area holds it, if any
  std::string assign;  // the DD the JCL binds to that file: its ASSIGN name (UT-S-NAME: NAME)
  std::vector<FieldAccess> definitions;  // in procedure division order
  std::vector<FieldAccess> uses;         // in procedure division order
  std::vector<std::string> overlaps;     // fields sharing storage (by byte range), sorted

  // Where it lies: `storage` numbers the program's storage blocks (an 01/77 record with what
  // REDEFINES it, or an FD's record area); offset and length are bytes of that block. An item
  // inside OCCURS spans through the last occurrence of its outermost table (a hull: items side by
  // side in a table entry overlap). record_offset counts from the start of its record, which for
  // an FD record is the file record's first byte.
  uint32_t storage = 0;
  uint64_t offset = 0;
  uint64_t length = 0;
  uint64_t record_offset = 0;
  std::string qualified;  // the full chain "X OF GROUP OF REC", for qualified look-ups
  bool group = false;     // has subordinate items
};

// One flow of values the closure follows: `target` receives `source`. A field is an index into
// FieldLineage::fields; an endpoint ("file X", "call X", "ACCEPT X") has index -1 and its name.
struct FieldFlow {
  int target = -1;
  int source = -1;
  std::string target_endpoint;
  std::string source_endpoint;
  // Bytes copied in place: byte i of the target (from its start) is byte i of the source. For a
  // file endpoint, byte i of its record.
  bool positional = false;
};

struct FileFacts {
  std::string name;    // SELECT name
  std::string assign;  // DD name (as FieldFacts::assign)
  uint64_t record_length = 0;
  bool sort = false;  // an SD: the sort's work file, not a dataset
};

// Bytes [offset, offset + length) of the records of a file (offset 0: the record's first byte).
struct FileSlice {
  std::string file;
  uint64_t offset = 0;
  uint64_t length = 0;

  friend auto operator<=>(const FileSlice&, const FileSlice&) = default;
};

// What a closure reached.
struct LineageReach {
  std::vector<std::string> names;  // fields and endpoints ("file X", "DD X", "call X"), sorted
  std::vector<FileSlice> files;    // the file record bytes reached, merged per file, sorted
  // The fields holding the starting bytes themselves: the largest items inside the bytes copied
  // in place from (or to) the start (a group rather than its members; REDEFINES aliases side by
  // side), e.g. ACCT-BALANCE for its bytes of a record written FROM ACCOUNT-RECORD. Sorted.
  std::vector<std::string> image;
};

struct FieldLineage {
  std::string program;
  // Sorted by name; only fields that are defined, used or overlap something defined or used.
  std::vector<FieldFacts> fields;
  std::vector<FieldFlow> flows;
  std::vector<FileFacts> files;  // sorted by name

  // Case-insensitive; accepts the name alone when unique, or qualified as far as needed ("X OF
  // REC" finds "X OF GROUP OF REC").
  auto Find(std::string_view name) const -> const FieldFacts*;
  auto FindFile(std::string_view name) const -> const FileFacts*;
  auto FindAssign(std::string_view dd) const -> const FileFacts*;

  // Transitive closure: every field (and "file X", "DD X", "call X" endpoint) whose value can flow
  // into `name` (Sources) or that `name` flows into (Affects), through definitions and storage
  // overlap; the field itself is left out. Sorted, deterministic; empty for an unknown name.
  auto Sources(std::string_view name) const -> std::vector<std::string>;
  auto Affects(std::string_view name) const -> std::vector<std::string>;

  // The same closures with the file bytes they reach, from a field or from the bytes of a file's
  // records: SourcesOf(written slice) is where the bytes the program writes there come from;
  // AffectsOf(read slice) is where the bytes it reads there go.
  auto SourceReach(std::string_view name) const -> LineageReach;
  auto AffectReach(std::string_view name) const -> LineageReach;
  auto SourcesOf(const FileSlice& written) const -> LineageReach;
  auto AffectsOf(const FileSlice& read) const -> LineageReach;
};

auto BuildFieldLineage(const ir::Module& module, ir::UnitId unit) -> FieldLineage;

// Stable text, one block per field: where it lies, its definitions and uses, what it overlaps.
auto FormatFieldLineage(const FieldLineage& lineage) -> std::string;
// One field's block (the same text as in FormatFieldLineage).
auto FormatFieldFacts(const FieldFacts& field) -> std::string;

// 1-based inclusive byte positions, as record layouts are read: "bytes 50-56".
auto FormatBytes(uint64_t offset, uint64_t length) -> std::string;

}  // namespace remint::lineage

#endif  // REMINT_ANALYZERS_LINEAGE_FIELD_LINEAGE_H_

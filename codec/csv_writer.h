// Decoded records as CSV (RFC 4180): one column per elementary field occurrence, named by its
// qualified path with COBOL subscripts (AMOUNT(1), AMOUNT(2)...), one row per record. Built
// on the JSON object the record codec writes, so both outputs agree on every value.
#ifndef REMINT_CODEC_CSV_WRITER_H_
#define REMINT_CODEC_CSV_WRITER_H_

#include <string>
#include <vector>

#include "codec/json_value.h"
#include "codec/plan.h"

namespace remint::codec {

class CsvWriter {
 public:
  // `plan` must outlive the writer.
  explicit CsvWriter(const RecordPlan& plan);

  // Appends the header row (with its CRLF).
  void WriteHeader(std::string& out) const;

  // Appends the row of a record's JSON object as RecordCodec::Decode writes it. Every column
  // gets a cell: empty where the object has no value (an ODO element past the count, a view
  // not selected, a record kept whole as "@record").
  void WriteRow(const JsonValue& record, std::string& out);

  auto column_count() const -> size_t { return column_names_.size(); }

 private:
  // Walks the plan in column order; with `object` null (the header), only names are made.
  void VisitRange(uint32_t begin, uint32_t end, const JsonValue* object,
                  const std::string& subscripts);
  void VisitOp(uint32_t index, const JsonValue* value, const std::string& subscripts);

  const RecordPlan& plan_;
  std::vector<std::string> column_names_;
  bool naming_ = false;  // the walk makes column names rather than cells
  std::vector<const JsonValue*> cells_;
};

}  // namespace remint::codec

#endif  // REMINT_CODEC_CSV_WRITER_H_

// What the file statements (emit_file.cpp, emit_file_io.cpp) share: each FD as the emitted code
// names it, and the handling of an operation's outcome as cobc generates it.
//
// Every file operation goes through the program's SaveStatus (libcob's save_status): the status
// goes to the FILE STATUS item and becomes the state the error handlers read. An exception
// (status 1x and above, or END-OF-PAGE asked for and reached) runs the AT END / INVALID KEY /
// END-OF-PAGE phrase when the statement has one for it, else the file's USE AFTER ERROR
// declarative, else StandardErrorHandler: a declarative for the mode the file was last opened
// in, else the end of the run with libcob's message unless the file has a FILE STATUS. A
// statement without an exception runs its NOT phrase (statuses 0x included).
#ifndef REMINT_EMITTERS_CPP_EMIT_FILE_H_
#define REMINT_EMITTERS_CPP_EMIT_FILE_H_

#include <optional>
#include <string>
#include <vector>

#include "emitters/cpp/emit_context.h"

namespace remint::emit_cpp {

// One FD (SD files are SORT's) as the emitted code names it. Built the same way wherever it is
// asked for, so the class declaration and the statements agree without shared state.
struct FileFacts {
  ir::FileDescriptionId id;
  const ir::FileDescription* description = nullptr;
  std::string name;    // as written in the FD, for comments
  std::string object;  // the cobrt file member: fd_print_file_
  std::string linage;  // the cobrt::LinageFile member of a LINAGE file, else empty
  std::string number;  // its constant in the program's file numbering: kFilePrintFile
  std::string area;    // the record area (the FD's storage block member)
  uint64_t minimum_size = 0;
  uint64_t maximum_size = 0;
  // The name OPEN resolves (a std::string_view expression): the ASSIGN literal, or the value of
  // the ASSIGN data item when OPEN runs.
  std::string assign;
  std::string status_address;  // the FILE STATUS item, or empty
  // USE AFTER ERROR ON this file; invalid when there is none.
  ir::ParagraphId declarative;
};

// The facts of `id`; nullopt (with RM6101 reported when `report` is set) for a description the
// emitter does not translate.
auto DescribeFile(EmitContext& context, ir::FileDescriptionId id, bool report = false)
    -> std::optional<FileFacts>;

// The name OPEN resolves for `fd`, as a std::string_view expression: the ASSIGN literal, or the
// value of the ASSIGN data item. Nullopt, with `problem` saying why, for what is not translated.
auto AssignExpression(const EmitContext& context, const ir::FileDescription& fd,
                      std::string& problem) -> std::optional<std::string>;

// The FD files of the unit being written, in declaration order (SD files belong to SORT).
auto UnitFiles(const EmitContext& context) -> std::vector<ir::FileDescriptionId>;

// What StandardErrorHandler() does when `file` had the exception, as lines of its `case`: the
// declaratives for the mode the file was last opened in, then libcob's fatal message unless it
// has a FILE STATUS. Empty when it does nothing for the file.
auto StandardHandlerLines(const EmitContext& context, const FileFacts& file)
    -> std::vector<std::string>;

// The writer of what a USE AFTER ERROR declarative or StandardErrorHandler() runs, as a
// statement ("D1();" or "Perform(kD1, kD1P);"); empty when nothing would run for an exception
// of `file` (it has a FILE STATUS and no declarative applies).
auto ErrorHandlerCall(EmitContext& context, const FileFacts& file) -> std::string;

// The phrases of one statement that depend on its outcome.
struct OutcomePhrases {
  enum class Kind { kAtEnd, kInvalidKey, kEndOfPage };
  // AT END (status 1x), INVALID KEY (2x) or END-OF-PAGE (reached by a successful WRITE).
  Kind kind = Kind::kInvalidKey;
  const ir::OptionalStatementList* exception = nullptr;
  // NOT AT END / NOT INVALID KEY / NOT END-OF-PAGE, after `success_lines` (READ INTO's move).
  const ir::OptionalStatementList* success = nullptr;
  std::vector<std::string> success_lines;
};

// Writes what follows an operation whose cobrt::FileStatus (already saved) is the expression
// `status`, and `end_of_page` (a bool expression, or empty) says whether a WRITE with the
// END-OF-PAGE phrase reached it: the phrases and the error handler as cobc generates them.
void EmitOutcome(EmitContext& context, const FileFacts& file, const std::string& status,
                 const std::string& end_of_page, const OutcomePhrases& phrases);

// An operation whose cobrt call gives a cobrt::FileStatus: `setup` lines first (local keys),
// then SaveStatus of `call` as `status`, `after` lines (which may use `status`), and the
// outcome. A block and a `status` variable only when something needs them.
void EmitOperation(EmitContext& context, const FileFacts& file, const std::string& comment,
                   const std::vector<std::string>& setup, const std::string& call,
                   const std::vector<std::string>& after, const OutcomePhrases& phrases);

// The address of a data item the file layer reads or writes (FILE STATUS, RELATIVE KEY, ...):
// no table above it. Nullopt otherwise.
auto ItemAddress(const EmitContext& context, ir::FieldId id) -> std::optional<std::string>;
// An integer item's value as an int64_t expression (libcob's cob_get_int), and the statement
// storing an int64_t expression into it (cob_set_int); nullopt for non-numeric items.
auto ItemInteger(const EmitContext& context, ir::FieldId id) -> std::optional<std::string>;
auto StoreInteger(const EmitContext& context, ir::FieldId id, const std::string& value)
    -> std::optional<std::string>;

// The MOVE of WRITE/REWRITE/RELEASE ... FROM into the record named (cobc's cb_build_move of the
// FROM operand to the record), as a statement; nullopt for operands not translated.
auto FromMove(EmitContext& context, ir::ExpressionId from, ir::FieldId record_id,
              const std::string& record_address) -> std::optional<std::string>;
// The MOVE of READ/RETURN ... INTO: the record area `area` (a uint8_t array member) as an
// alphanumeric item of `length` bytes (a size_t expression) moved to `into`.
auto IntoMove(EmitContext& context, const std::string& area, ir::ExpressionId into,
              const std::string& length) -> std::optional<std::string>;

void EmitOpen(EmitContext& context, SourceLoc loc, const ir::OpenStatement& node);
void EmitClose(EmitContext& context, SourceLoc loc, const ir::CloseStatement& node);
void EmitRead(EmitContext& context, SourceLoc loc, const ir::ReadStatement& node);
void EmitWrite(EmitContext& context, SourceLoc loc, const ir::WriteStatement& node);
void EmitRewrite(EmitContext& context, SourceLoc loc, const ir::RewriteStatement& node);
void EmitDelete(EmitContext& context, SourceLoc loc, const ir::DeleteStatement& node);
void EmitStart(EmitContext& context, SourceLoc loc, const ir::StartStatement& node);

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_EMIT_FILE_H_

#include "cli/data_command.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "codec/code_page.h"
#include "codec/data_stream.h"
#include "codec/plan.h"
#include "codec/record_codec.h"
#include "frontends/cobol/lower/lower.h"
#include "frontends/cobol/parse/parse.h"
#include "frontends/cobol/preprocess/preprocess.h"

namespace remint::cli {
namespace {

namespace fs = std::filesystem;

struct DataOptions {
  std::string copybook;
  std::string record;
  std::string recfm = "FB";
  uint64_t lrecl = 0;
  bool bdw = false;
  std::string encoding = "ascii";
  std::vector<std::string> copy_directories;
  std::vector<std::string> selectors;
  std::string output;
  std::string input;
  bool csv = false;  // decode: CSV instead of JSON lines
};

// A copybook is not a program: it is lowered inside a synthetic one whose WORKING-STORAGE
// copies it, with the IBM dialect's binary sizes (the data comes off a mainframe).
auto LoadLayout(const DataOptions& options, SourceManager& sources, DiagnosticEmitter& emitter,
                DiagnosticCollector& collector) -> ErrorOr<codec::RecordPlan> {
  fs::path copybook(options.copybook);
  std::error_code error;
  if (!fs::is_regular_file(copybook, error)) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, options.copybook, options.copybook);
    return Error("");
  }
  std::string member = copybook.stem().string();
  if (copybook.extension().string().size() > 5) member = copybook.filename().string();
  std::string program =
      "       IDENTIFICATION DIVISION.\n"
      "       PROGRAM-ID. RMDATA.\n"
      "       DATA DIVISION.\n"
      "       WORKING-STORAGE SECTION.\n"
      "       COPY \"" +
      copybook.filename().string() + "\".\n";
  ErrorOr<FileId> file = sources.AddBuffer("<copybook " + options.copybook + ">", program);
  if (!file) return Error(file.error().message());
  cobol::PreprocessOptions preprocess;
  std::string directory = copybook.parent_path().string();
  preprocess.copy_directories.push_back(directory.empty() ? "." : directory);
  for (const std::string& extra : options.copy_directories) {
    preprocess.copy_directories.push_back(extra);
  }
  cobol::ExpandedSource expanded = cobol::Preprocess(sources, *file, preprocess, emitter);
  std::unique_ptr<cobol::ParsedProgram> parsed = cobol::ParseCobol(expanded, sources, emitter);
  if (parsed == nullptr || collector.error_count() > 0) return Error("");
  cobol::LowerOptions lower;
  lower.dialect = cobol::CobolDialect::kIbm;
  ir::Module module = cobol::LowerCobol(*parsed, sources, emitter, lower);
  if (collector.error_count() > 0) return Error("");
  ErrorOr<ir::FieldId> record = codec::FindRecord(module, options.record);
  if (!record) {
    emitter.EmitForPath(DiagnosticKind::kDataBadLayout, options.copybook, record.error().message());
    return Error("");
  }
  ErrorOr<codec::RecordPlan> plan = codec::CompilePlan(module, *record);
  if (!plan) {
    emitter.EmitForPath(DiagnosticKind::kDataBadLayout, options.copybook, plan.error().message());
    return Error("");
  }
  return plan;
}

void RunData(const DataOptions& options, bool decode, const GlobalOptions& global, int& exit_code) {
  SourceManager sources;
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  auto finish = [&](int code) {
    PrintDiagnostics(global, collector.TakeSorted());
    exit_code = code;
  };
  auto bad_option = [&](const std::string& message) {
    emitter.EmitForPath(DiagnosticKind::kDataBadOption, "", message);
    finish(kExitUsageOrIo);
  };
  codec::FramingOptions framing;
  ErrorOr<codec::RecordFormat> format = codec::ParseRecordFormat(options.recfm);
  if (!format) return bad_option(format.error().message());
  framing.format = *format;
  framing.lrecl = options.lrecl;
  framing.bdw = options.bdw;
  if (framing.bdw && framing.format != codec::RecordFormat::kVariable &&
      framing.format != codec::RecordFormat::kCobcVariable) {
    return bad_option("--bdw needs RECFM V or VB");
  }
  ErrorOr<codec::CodePage> code_page = codec::CodePage::Make(options.encoding);
  if (!code_page) return bad_option("--encoding: " + code_page.error().message());
  std::vector<codec::Selector> selectors;
  for (const std::string& text : options.selectors) {
    ErrorOr<codec::Selector> selector = codec::ParseSelector(text);
    if (!selector) return bad_option("--select '" + text + "': " + selector.error().message());
    selectors.push_back(*selector);
  }
  ErrorOr<codec::RecordPlan> plan = LoadLayout(options, sources, emitter, collector);
  if (!plan) return finish(kExitErrorsFound);
  if (ErrorOr<Success> length = codec::CheckRecordLength(*plan, framing); !length) {
    emitter.EmitForPath(DiagnosticKind::kDataRecordLengthMismatch, options.copybook,
                        plan->record_name,
                        plan->record_size + (framing.format != codec::RecordFormat::kFixed ? 4 : 0),
                        options.lrecl, options.recfm);
    return finish(kExitErrorsFound);
  }
  ErrorOr<codec::RecordCodec> codec = codec::RecordCodec::Make(*plan, *code_page, selectors);
  if (!codec) {
    return bad_option("--select: " + codec.error().message());
  }
  std::FILE* in = options.input == "-" ? stdin : std::fopen(options.input.c_str(), "rb");
  if (in == nullptr) {
    emitter.EmitForPath(DiagnosticKind::kDriverPathNotFound, options.input, options.input);
    return finish(kExitUsageOrIo);
  }
  std::FILE* out = options.output.empty() ? stdout : std::fopen(options.output.c_str(), "wb");
  if (out == nullptr) {
    if (in != stdin) std::fclose(in);
    return bad_option("cannot write '" + options.output + "'");
  }
  int code = kExitOk;
  if (decode) {
    ErrorOr<codec::DecodeStats> stats = codec::DecodeStream(
        in, out, *codec, framing, options.input, emitter,
        options.csv ? codec::DecodeFormat::kCsv : codec::DecodeFormat::kJsonLines);
    if (!stats) {
      code = kExitUsageOrIo;
    } else if (global.verbosity > 0) {
      std::fprintf(stderr, "%llu records, %llu bytes, %llu kept whole as hex\n",
                   static_cast<unsigned long long>(stats->records),
                   static_cast<unsigned long long>(stats->bytes),
                   static_cast<unsigned long long>(stats->hex_records));
    }
  } else {
    ErrorOr<uint64_t> records =
        codec::EncodeStream(in, out, *codec, framing, options.input, emitter);
    if (!records) code = kExitErrorsFound;
  }
  if (in != stdin) std::fclose(in);
  if (out != stdout) {
    if (std::fclose(out) != 0) code = kExitUsageOrIo;
  } else {
    std::fflush(out);
  }
  if (code == kExitOk && collector.error_count() > 0) code = kExitErrorsFound;
  finish(code);
}

void AddLayoutOptions(CLI::App* command, DataOptions& options) {
  command->add_option("--copybook", options.copybook, "The copybook with the record layout")
      ->required();
  command->add_option("--record", options.record,
                      "The 01 record to use when the copybook has several (default: the first)");
  command->add_option("--recfm", options.recfm,
                      "Record format: F, FB, V or VB (mainframe RDWs), VC (cobc's variable "
                      "records, COB_VARSEQ_FORMAT 0: the header counts the data only); default FB");
  command
      ->add_option("--lrecl", options.lrecl,
                   "Record length (F/FB); largest record length with its RDW (V/VB)")
      ->required();
  command->add_flag("--bdw", options.bdw, "V/VB: the records are in blocks behind BDWs");
  command->add_option("--encoding", options.encoding,
                      "ascii (default), or an EBCDIC code page: ibm037, ibm1047, 500...");
  command
      ->add_option("-I,--copy-dir", options.copy_directories,
                   "Copybook directory for nested COPY, searched in order (repeatable)")
      ->allow_extra_args(false);
  command->add_option("--select", options.selectors,
                      "FIELD=VALUE:VIEW: records whose FIELD holds VALUE show only VIEW of the "
                      "REDEFINES it belongs to (repeatable)");
  command->add_option("-o,--output", options.output, "Output file (default: standard output)");
}

}  // namespace

void RegisterDataCommand(CLI::App& app, OptionStorage& storage, const GlobalOptions& global,
                         int& exit_code) {
  CLI::App* data = app.add_subcommand(
      "data", "Decode mainframe datasets to JSON lines by a copybook, and encode them back");
  data->require_subcommand(1);
  DataOptions& decode = storage.Make<DataOptions>();
  CLI::App* decode_command =
      data->add_subcommand("decode", "Decode a dataset to JSON lines (one object per record)");
  AddLayoutOptions(decode_command, decode);
  decode_command->add_flag("--csv", decode.csv,
                           "Write CSV (a header of qualified field names, a row per record) "
                           "instead of JSON lines; not readable by encode");
  decode_command->add_option("file", decode.input, "The dataset (- for standard input)")
      ->required();
  decode_command->callback(
      [&global, &exit_code, &decode] { RunData(decode, true, global, exit_code); });
  DataOptions& encode = storage.Make<DataOptions>();
  CLI::App* encode_command = data->add_subcommand(
      "encode", "Encode JSON lines (as decode writes them) back to the dataset's bytes");
  AddLayoutOptions(encode_command, encode);
  encode_command->add_option("file", encode.input, "The JSON lines (- for standard input)")
      ->required();
  encode_command->callback(
      [&global, &exit_code, &encode] { RunData(encode, false, global, exit_code); });
}

}  // namespace remint::cli

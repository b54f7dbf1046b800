#include "frontends/inventory/analyze_member.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/encoding.h"
#include "base/fault_injection.h"
#include "base/sha256.h"
#include "base/source_manager.h"
#include "frontends/inventory/classify_member.h"

namespace remint::inventory {
namespace {

// Collects into the analysis being built.
class VectorConsumer : public DiagnosticConsumer {
 public:
  explicit VectorConsumer(std::vector<Diagnostic>& out) : out_(out) {}
  void Consume(Diagnostic diagnostic) override { out_.push_back(std::move(diagnostic)); }

 private:
  std::vector<Diagnostic>& out_;
};

void Classify(std::string bytes, const std::string& display_path, const AnalyzeOptions& options,
              bool extract_dependencies, MemberAnalysis& analysis) {
  VectorConsumer consumer(analysis.diagnostics);
  DiagnosticEmitter emitter(nullptr, consumer);
  if (bytes.empty()) {
    analysis.encoding = Encoding::kAscii;
    analysis.layout = {RecordFormat::kLines, 0, 0};
    analysis.classification = {MemberKind::kUnknown, SourceForm::kNone, "empty"};
    emitter.EmitForPath(DiagnosticKind::kScanEmptyMember, display_path);
    return;
  }
  DecodeOptions decode;
  decode.code_page = options.code_page;
  ErrorOr<SourceText> source = FaultInjected("decode", display_path)
                                    ? ErrorOr<SourceText>(Error("injected decoding failure"))
                                    : DecodeSourceText(std::move(bytes), decode);
  if (!source) {
    analysis.classification = {MemberKind::kUnknown, SourceForm::kNone, "undecodable text"};
    emitter.EmitForPath(DiagnosticKind::kScanUndecodableText, display_path,
                        options.code_page, source.error().message());
    return;
  }
  analysis.encoding = source->encoding.encoding;
  analysis.code_page = source->code_page;
  analysis.layout = source->layout;
  analysis.line_count =
      analysis.encoding == Encoding::kBinary ? source->layout.record_count : source->line_count();
  analysis.classification = ClassifyMember(*source);
  if (analysis.encoding == Encoding::kBinary &&
      source->layout.format == RecordFormat::kUndefined &&
      source->encoding.printable_ratio < 0.6) {
    emitter.EmitForPath(DiagnosticKind::kScanUnrecognizedBinary, display_path);
  }
  if (extract_dependencies) {
    analysis.dependencies = ExtractDependencies(*source, analysis.classification);
  }
}

}  // namespace

auto AnalysisKey(const AnalyzeOptions& options) -> std::string {
  ErrorOr<std::string> code_page = CanonicalEbcdicCodePage(options.code_page);
  return fmt::format("analyzer={};code-page={};max-member-bytes={};oversize-sample-bytes={}",
                     options.analyzer_version, code_page ? *code_page : options.code_page,
                     options.max_member_bytes, options.oversize_sample_bytes);
}

auto AnalyzeMemberBytes(std::string bytes, const std::string& display_path,
                        const AnalyzeOptions& options) -> MemberAnalysis {
  MemberAnalysis analysis;
  analysis.sha256 = Sha256Hex(bytes);
  Classify(std::move(bytes), display_path, options, /*extract_dependencies=*/true, analysis);
  return analysis;
}

auto AnalyzeMemberFile(const std::string& filesystem_path, const std::string& display_path,
                       const AnalyzeOptions& options) -> MemberAnalysis {
  if (FaultInjected("read", display_path)) {
    MemberAnalysis analysis;
    VectorConsumer consumer(analysis.diagnostics);
    DiagnosticEmitter(nullptr, consumer)
        .EmitForPath(DiagnosticKind::kScanUnreadableMember, display_path,
                     "Input/output error (injected)");
    analysis.classification = {MemberKind::kUnknown, SourceForm::kNone, "unreadable"};
    return analysis;
  }
  ErrorOr<std::string> bytes = ReadFileBytes(filesystem_path, options.max_member_bytes);
  if (bytes) return AnalyzeMemberBytes(std::move(*bytes), display_path, options);

  // Over the limit (or unreadable): stream the hash, classify from a prefix.
  MemberAnalysis analysis;
  VectorConsumer consumer(analysis.diagnostics);
  DiagnosticEmitter emitter(nullptr, consumer);
  int fd = open(filesystem_path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    analysis.classification = {MemberKind::kUnknown, SourceForm::kNone, "unreadable"};
    emitter.EmitForPath(DiagnosticKind::kScanUnreadableMember, display_path,
                        std::strerror(errno));
    return analysis;
  }
  Sha256 hasher;
  std::string prefix;
  std::string chunk(1 << 20, '\0');
  uint64_t total = 0;
  while (true) {
    ssize_t got = read(fd, chunk.data(), chunk.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      int saved = errno;
      close(fd);
      analysis.classification = {MemberKind::kUnknown, SourceForm::kNone, "unreadable"};
      emitter.EmitForPath(DiagnosticKind::kScanUnreadableMember, display_path,
                          std::strerror(saved));
      return analysis;
    }
    if (got == 0) break;
    std::string_view data(chunk.data(), static_cast<size_t>(got));
    hasher.Update(data);
    if (prefix.size() < options.oversize_sample_bytes) {
      prefix.append(data.substr(0, options.oversize_sample_bytes - prefix.size()));
    }
    total += static_cast<uint64_t>(got);
  }
  close(fd);
  analysis.sha256 = hasher.FinishHex();
  if (total <= options.max_member_bytes && total == prefix.size()) {
    // It shrank below the limit while we looked, and the sample holds all of it.
    return AnalyzeMemberBytes(std::move(prefix), display_path, options);
  }
  // Cut the sample at a record boundary for card images so the layout is still recognised.
  prefix.resize(prefix.size() - prefix.size() % 80);
  Classify(std::move(prefix), display_path, options, /*extract_dependencies=*/false, analysis);
  analysis.line_count = 0;  // Unknown: only a prefix was read.
  emitter.EmitForPath(DiagnosticKind::kScanMemberTooLarge, display_path, total,
                      options.max_member_bytes, options.oversize_sample_bytes);
  return analysis;
}

}  // namespace remint::inventory

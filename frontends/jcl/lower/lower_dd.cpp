// DD statement parameters into ir::DdStatement: the dataset (DSN with its generation or member,
// temporaries, referbacks, DUMMY, SYSOUT, in-stream data), DISP and the DCB attributes.
#include <charconv>

#include "frontends/jcl/lower/lower_internal.h"
#include "frontends/jcl/parse/jcl_text.h"

namespace remint::jcl {
namespace {

auto StatusOf(std::string_view text) -> std::optional<ir::DispositionStatus> {
  if (text.empty()) return ir::DispositionStatus::kDefault;
  if (text == "NEW") return ir::DispositionStatus::kNew;
  if (text == "OLD") return ir::DispositionStatus::kOld;
  if (text == "SHR") return ir::DispositionStatus::kShr;
  if (text == "MOD") return ir::DispositionStatus::kMod;
  return std::nullopt;
}

auto ActionOf(std::string_view text) -> std::optional<ir::DispositionAction> {
  if (text.empty()) return ir::DispositionAction::kDefault;
  if (text == "KEEP") return ir::DispositionAction::kKeep;
  if (text == "DELETE") return ir::DispositionAction::kDelete;
  if (text == "CATLG") return ir::DispositionAction::kCatlg;
  if (text == "UNCATLG") return ir::DispositionAction::kUncatlg;
  if (text == "PASS") return ir::DispositionAction::kPass;
  return std::nullopt;
}

auto TextOf(const Value* value) -> std::string {
  return value != nullptr && value->kind == Value::Kind::kText ? UpperCase(value->text)
                                                               : std::string();
}

}  // namespace

auto ParseUnsigned(std::string_view text, uint32_t& out) -> bool {
  if (text.empty()) return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  return error == std::errc() && end == text.data() + text.size();
}

void JobLowering::LowerDataset(const ExpandedStatement& source, ir::DdStatement& dd) {
  const Operands& operands = source.operands();
  const Value* first = operands.Positional(0);
  std::string positional = TextOf(first);
  if (positional == "*" || positional == "DATA") {
    dd.dataset = ir::DatasetKind::kInStream;
    std::string data;
    for (const std::string& card : source.statement().data) data += card + "\n";
    dd.in_stream_data = builder_.Intern(data);
    if (const Value* dlm = operands.Keyword("DLM")) dd.delimiter = builder_.Intern(dlm->Unquoted());
    return;
  }
  if (positional == "DUMMY") {
    dd.dataset = ir::DatasetKind::kDummy;
    return;
  }
  if (const Value* sysout = operands.Keyword("SYSOUT")) {
    dd.dataset = ir::DatasetKind::kSysout;
    const Value* job_class = sysout->Positional(0);
    dd.sysout_class = builder_.Intern(job_class != nullptr ? job_class->text : "*");
    return;
  }
  const Value* dsn_value = operands.Keyword("DSN");
  if (dsn_value == nullptr) dsn_value = operands.Keyword("DSNAME");
  std::string dsn = TextOf(dsn_value);
  if (dsn.empty()) {
    dd.dataset = ir::DatasetKind::kNone;
    return;
  }
  if (dsn == "NULLFILE") {
    dd.dataset = ir::DatasetKind::kDummy;
    return;
  }
  if (dsn.starts_with("*.")) {
    dd.dataset = ir::DatasetKind::kReferback;
    dd.dsn = builder_.Intern(dsn);
    CheckReferback(dsn, source);
    return;
  }
  if (dsn.starts_with("&")) {
    // `&&NAME`, or `&NAME` where a symbol's value `&&NAME` was compressed to one ampersand.
    size_t start = dsn.find_first_not_of('&');
    std::string name = start == std::string::npos ? std::string() : dsn.substr(start);
    dd.dataset = ir::DatasetKind::kTemporary;
    dd.dsn = builder_.Intern("&&" + name);
    return;
  }
  size_t open = dsn.find('(');
  if (open != std::string::npos && dsn.back() == ')') {
    std::string base = dsn.substr(0, open);
    std::string inner = dsn.substr(open + 1, dsn.size() - open - 2);
    dd.dsn = builder_.Intern(base);
    int32_t generation = 0;
    bool is_number = !inner.empty() &&
                     (inner[0] == '+' || inner[0] == '-' || (inner[0] >= '0' && inner[0] <= '9'));
    if (is_number) {
      const char* begin = inner.data() + (inner[0] == '+' ? 1 : 0);
      auto [end, error] = std::from_chars(begin, inner.data() + inner.size(), generation);
      if (error == std::errc() && end == inner.data() + inner.size()) {
        dd.dataset = ir::DatasetKind::kGeneration;
        dd.generation = generation;
        return;
      }
    }
    dd.dataset = ir::DatasetKind::kMember;
    dd.member = builder_.Intern(inner);
    return;
  }
  dd.dataset = ir::DatasetKind::kCataloged;
  dd.dsn = builder_.Intern(dsn);
}

void JobLowering::LowerDisposition(const ExpandedStatement& source, ir::DdStatement& dd) {
  const Value* disp = source.operands().Keyword("DISP");
  // A symbol left unresolved was reported by expansion (RM3104); its value is unknown.
  if (disp == nullptr || FormatValue(*disp).find('&') != std::string::npos) return;
  auto report = [&](std::string_view why) {
    emitter_.Emit(DiagnosticKind::kJclInvalidDisposition, source.OperandLoc(disp->offset),
                  FormatValue(*disp), why);
  };
  std::optional<ir::DispositionStatus> status = StatusOf(TextOf(disp->Positional(0)));
  std::optional<ir::DispositionAction> normal = ActionOf(TextOf(disp->Positional(1)));
  std::optional<ir::DispositionAction> abnormal = ActionOf(TextOf(disp->Positional(2)));
  if (!status) return report("the status must be NEW, OLD, SHR or MOD");
  if (!normal) return report("the normal disposition must be DELETE, KEEP, PASS, CATLG or UNCATLG");
  if (!abnormal || *abnormal == ir::DispositionAction::kPass) {
    return report("the abnormal disposition must be DELETE, KEEP, CATLG or UNCATLG");
  }
  dd.status = *status;
  dd.normal_disposition = *normal;
  dd.abnormal_disposition = *abnormal;
}

void JobLowering::LowerDcb(const ExpandedStatement& source, ir::DdStatement& dd) {
  // DCB=(...) subparameters, then the same keywords coded directly on the DD (which win).
  auto apply = [&](const Value* value, std::string_view keyword) {
    if (value == nullptr || value->kind != Value::Kind::kText) return;
    if (value->text.find('&') != std::string::npos) return;  // unresolved: reported (RM3104)
    std::string text = UpperCase(value->text);
    if (keyword == "RECFM") {
      dd.recfm = builder_.Intern(text);
    } else if (keyword == "DSORG") {
      dd.dsorg = builder_.Intern(text);
    } else {
      uint32_t number = 0;
      if (!ParseUnsigned(text, number)) {
        emitter_.Emit(DiagnosticKind::kJclInvalidDcb, source.OperandLoc(value->offset), keyword,
                      value->text, "a number is expected");
        return;
      }
      (keyword == "LRECL" ? dd.lrecl : dd.blksize) = number;
    }
  };
  static constexpr std::string_view kKeywords[] = {"RECFM", "LRECL", "BLKSIZE", "DSORG"};
  if (const Value* dcb = source.operands().Keyword("DCB")) {
    for (std::string_view keyword : kKeywords) apply(dcb->Keyword(keyword), keyword);
  }
  for (std::string_view keyword : kKeywords) apply(source.operands().Keyword(keyword), keyword);
  if (const Value* space = source.operands().Keyword("SPACE")) {
    dd.space = builder_.Intern(FormatValue(*space));
  }
  if (const Value* unit = source.operands().Keyword("UNIT")) {
    dd.unit = builder_.Intern(FormatValue(*unit));
  }
}

void JobLowering::CheckReferback(std::string_view dsn, const ExpandedStatement& source) {
  // *.DD (this step), *.STEP.DD or *.STEP.PROCSTEP.DD.
  std::string_view path = dsn.substr(2);
  size_t last_dot = path.rfind('.');
  if (last_dot == std::string_view::npos) return;
  std::string step(path.substr(0, last_dot));
  if (step_names_.contains(step)) return;
  emitter_.Emit(DiagnosticKind::kJclReferbackUnknownStep, source.loc(), dsn,
                step.find('.') == std::string::npos ? "" : " (step.procstep)");
}

}  // namespace remint::jcl

// Control-M DEFTABLE reader: a small strict XML tokenizer building an element tree, then a walk
// over FOLDER / JOB / INCOND / OUTCOND that turns conditions into job requirements.
#include "frontends/schedule/controlm_reader.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace remint::schedule {
namespace {

// A DEFTABLE nests five levels deep; the limit only keeps hostile input from exhausting the stack
// when the element tree is destroyed.
constexpr size_t kMaxXmlDepth = 64;

struct XmlAttribute {
  std::string name, value;
  uint32_t line = 0, column = 0;
};

struct XmlElement {
  std::string name;
  std::vector<XmlAttribute> attributes;
  std::vector<XmlElement> children;
  uint32_t line = 0, column = 0;

  auto Attribute(std::string_view attribute_name) const -> const XmlAttribute* {
    for (const XmlAttribute& attribute : attributes) {
      if (attribute.name == attribute_name) return &attribute;
    }
    return nullptr;
  }
  auto AttributeValue(std::string_view attribute_name) const -> std::string {
    const XmlAttribute* attribute = Attribute(attribute_name);
    return attribute == nullptr ? std::string() : attribute->value;
  }
};

auto IsXmlSpace(char c) -> bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
auto IsAsciiLetter(char c) -> bool { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
auto IsDigit(char c) -> bool { return c >= '0' && c <= '9'; }
auto IsNameStart(char c) -> bool {
  return IsAsciiLetter(c) || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}
auto IsNameChar(char c) -> bool { return IsNameStart(c) || IsDigit(c) || c == '-' || c == '.'; }

// The Char production of XML 1.0: what a character reference may stand for.
auto IsXmlChar(uint32_t code) -> bool {
  return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
         (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

void AppendUtf8(uint32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
    return;
  }
  int continuation_bytes = code < 0x800 ? 1 : code < 0x10000 ? 2 : 3;
  constexpr std::array<uint32_t, 4> kLeadBits = {0, 0xC0, 0xE0, 0xF0};
  out += static_cast<char>(kLeadBits[continuation_bytes] | (code >> (6 * continuation_bytes)));
  for (int shift = 6 * (continuation_bytes - 1); shift >= 0; shift -= 6) {
    out += static_cast<char>(0x80 | ((code >> shift) & 0x3F));
  }
}

// Digits of a character reference ("65", "x41") as a code point; nullopt when malformed.
auto CharacterReferenceValue(std::string_view digits) -> std::optional<uint32_t> {
  bool hex = digits.starts_with('x');
  if (hex) digits.remove_prefix(1);
  uint32_t value = 0;
  const char* end = digits.data() + digits.size();
  auto [stop, error] = std::from_chars(digits.data(), end, value, hex ? 16 : 10);
  if (digits.empty() || error != std::errc() || stop != end) return std::nullopt;
  return value;
}

// Tokenizes and builds the element tree in one pass, stopping at the first error. Only what a
// DEFTABLE export uses is accepted; everything else XML allows is rejected by name.
class XmlParser {
 public:
  explicit XmlParser(std::string_view text) : text_(text) {}

  // The root element into `root`; false with error() set at the first error.
  auto Parse(XmlElement& root) -> bool {
    if (!CheckCharacters()) return false;
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a UTF-8 byte order mark
    if (LookingAt("<?xml") && (IsXmlSpace(Peek(5)) || Peek(5) == '?') && !ParseDeclaration()) {
      return false;
    }
    if (!SkipMisc()) return false;
    if (AtEnd()) return Fail("xml-syntax", "the file has no root element");
    if (!CheckMarkupStart() || !ParseRoot(root) || !SkipMisc()) return false;
    if (!AtEnd()) return Fail("xml-syntax", "content after the root element");
    return true;
  }

  // The first error, located; its `file` is left to the caller.
  auto error() const -> const ScheduleProblem& { return error_; }

 private:
  auto AtEnd() const -> bool { return pos_ >= text_.size(); }
  auto Peek(size_t ahead = 0) const -> char {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  auto LookingAt(std::string_view prefix) const -> bool {
    return text_.substr(pos_, prefix.size()) == prefix;
  }
  void Advance(size_t count = 1) {
    for (; count > 0 && pos_ < text_.size(); --count, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
  }
  auto SkipSpace() -> size_t {
    size_t skipped = 0;
    for (; !AtEnd() && IsXmlSpace(Peek()); ++skipped) Advance();
    return skipped;
  }
  auto FailAt(uint32_t line, uint32_t column, std::string code, std::string message) -> bool {
    error_ = {"", line, column, std::move(code), std::move(message)};
    return false;
  }
  auto Fail(std::string code, std::string message) -> bool {
    return FailAt(line_, column_, std::move(code), std::move(message));
  }

  // XML forbids control characters other than tab and line ends anywhere in a document.
  auto CheckCharacters() -> bool {
    auto bad = std::find_if(text_.begin(), text_.end(), [](char c) {
      return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (bad == text_.end()) return true;
    Advance(static_cast<size_t>(bad - text_.begin()));
    return Fail("xml-syntax", "control character " + std::to_string(static_cast<int>(*bad)) +
                                  " is not allowed in XML");
  }

  auto ParseDeclaration() -> bool {
    size_t end = text_.find("?>", pos_);
    if (end == std::string_view::npos)
      return Fail("xml-syntax", "the XML declaration is not closed");
    Advance(end + 2 - pos_);
    return true;
  }

  // Whitespace and comments, as allowed before and after the root element.
  auto SkipMisc() -> bool {
    while (true) {
      SkipSpace();
      if (!LookingAt("<!--")) return true;
      if (!ParseComment()) return false;
    }
  }

  auto ParseComment() -> bool {
    uint32_t line = line_, column = column_;
    size_t end = text_.find("-->", pos_ + 4);
    if (end == std::string_view::npos) {
      return FailAt(line, column, "xml-syntax", "the comment is not closed with -->");
    }
    size_t double_dash = text_.find("--", pos_ + 4);
    if (double_dash < end) {
      Advance(double_dash - pos_);
      return Fail("xml-syntax", "'--' inside a comment");
    }
    Advance(end + 3 - pos_);
    return true;
  }

  // At a '<' that is not a comment: anything but a start tag is reported here.
  auto CheckMarkupStart() -> bool {
    if (Peek() != '<') return Fail("xml-syntax", "expected an element, found character data");
    if (LookingAt("</")) return Fail("xml-unbalanced", "an end tag before any start tag");
    if (LookingAt("<![CDATA[")) {
      return Fail("xml-unsupported", "CDATA sections are not supported in a DEFTABLE export");
    }
    if (LookingAt("<!")) return Fail("xml-unsupported", "DOCTYPE and <!...> declarations");
    if (LookingAt("<?xml")) return Fail("xml-syntax", "the XML declaration must come first");
    if (LookingAt("<?")) return Fail("xml-unsupported", "processing instructions");
    return true;
  }

  auto ParseName(std::string& name) -> bool {
    if (!IsNameStart(Peek())) return Fail("xml-syntax", "expected a name");
    size_t start = pos_;
    while (!AtEnd() && IsNameChar(Peek())) Advance();
    name = std::string(text_.substr(start, pos_ - start));
    return true;
  }

  // At '&': decodes one entity or character reference into `out`.
  auto ParseReference(std::string& out) -> bool {
    // Entity names and references here are short; a ';' further on is not this reference's.
    size_t semicolon = text_.substr(pos_, 12).find(';');
    if (semicolon == std::string_view::npos) {
      return Fail("xml-bad-entity", "'&' must start &amp; &lt; &gt; &quot; &apos; &#N; or &#xN;");
    }
    std::string_view body = text_.substr(pos_ + 1, semicolon - 1);
    static constexpr std::array<std::pair<std::string_view, char>, 5> kEntities = {
        {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}}};
    for (const auto& [entity, character] : kEntities) {
      if (body == entity) {
        out += character;
        Advance(body.size() + 2);
        return true;
      }
    }
    if (body.empty() || body[0] != '#') {
      return Fail("xml-bad-entity", "unknown entity &" + std::string(body) + ";");
    }
    std::optional<uint32_t> code = CharacterReferenceValue(body.substr(1));
    if (!code || !IsXmlChar(*code)) {
      return Fail("xml-bad-entity",
                  "&" + std::string(body) + "; does not stand for an XML character");
    }
    AppendUtf8(*code, out);
    Advance(body.size() + 2);
    return true;
  }

  auto ParseAttributeValue(std::string& value) -> bool {
    uint32_t line = line_, column = column_;
    char quote = Peek();
    Advance();
    while (!AtEnd() && Peek() != quote) {
      char c = Peek();
      if (c == '<') return Fail("xml-syntax", "'<' inside an attribute value");
      if (c == '&') {
        if (!ParseReference(value)) return false;
        continue;
      }
      value += IsXmlSpace(c) ? ' ' : c;  // XML normalizes literal white space in attributes
      Advance();
    }
    if (AtEnd()) return FailAt(line, column, "xml-syntax", "the attribute value is not closed");
    Advance();
    return true;
  }

  // One name="value" into `element`; `seen` holds the tag's attribute names so far.
  auto ParseAttribute(XmlElement& element, std::set<std::string>& seen) -> bool {
    XmlAttribute attribute;
    attribute.line = line_;
    attribute.column = column_;
    if (!ParseName(attribute.name)) return false;
    SkipSpace();
    if (Peek() != '=') return Fail("xml-syntax", "attribute " + attribute.name + " has no value");
    Advance();
    SkipSpace();
    if (Peek() != '"' && Peek() != '\'') {
      return Fail("xml-syntax", "the value of attribute " + attribute.name + " is not in quotes");
    }
    if (!ParseAttributeValue(attribute.value)) return false;
    if (!seen.insert(attribute.name).second) {
      return FailAt(attribute.line, attribute.column, "xml-syntax",
                    "attribute " + attribute.name + " is given twice");
    }
    element.attributes.push_back(std::move(attribute));
    return true;
  }

  auto ParseStartTag(XmlElement& element, bool& self_closing) -> bool {
    element.line = line_;
    element.column = column_;
    Advance();  // '<'
    if (!ParseName(element.name)) return false;
    std::set<std::string> seen;
    while (true) {
      bool spaced = SkipSpace() > 0;
      if (AtEnd()) {
        return FailAt(element.line, element.column, "xml-syntax",
                      "the start tag <" + element.name + "> is not closed");
      }
      self_closing = LookingAt("/>");
      if (self_closing || Peek() == '>') {
        Advance(self_closing ? 2 : 1);
        return true;
      }
      if (!spaced) return Fail("xml-syntax", "expected white space, '>' or '/>'");
      if (!ParseAttribute(element, seen)) return false;
    }
  }

  auto ParseEndTag(std::string& name) -> bool {
    Advance(2);  // "</"
    if (!ParseName(name)) return false;
    SkipSpace();
    if (Peek() != '>') return Fail("xml-syntax", "the end tag </" + name + "> is not closed");
    Advance();
    return true;
  }

  // No element of a DEFTABLE holds character data: only white space may stand between tags.
  auto SkipBlankText(const XmlElement& parent) -> bool {
    SkipSpace();
    if (AtEnd() || Peek() == '<') return true;
    return Fail("unexpected-text", "character data inside <" + parent.name + ">");
  }

  // Elements are kept on an explicit stack; open[0] stands for the document and receives the root.
  auto ParseRoot(XmlElement& root) -> bool {
    std::vector<XmlElement> open(1);
    do {
      if (!ParseContentItem(open)) return false;
    } while (open.size() > 1);
    root = std::move(open[0].children.front());
    return true;
  }

  // One item of element content: white space, a comment, an end tag or a child element.
  auto ParseContentItem(std::vector<XmlElement>& open) -> bool {
    if (AtEnd()) {
      const XmlElement& top = open.back();
      return FailAt(top.line, top.column, "xml-unbalanced",
                    "<" + top.name + "> is not closed before the end of the file");
    }
    if (Peek() != '<') return SkipBlankText(open.back());
    if (LookingAt("<!--")) return ParseComment();
    if (LookingAt("</")) return CloseElement(open);
    if (!CheckMarkupStart()) return false;
    XmlElement child;
    bool self_closing = false;
    if (!ParseStartTag(child, self_closing)) return false;
    if (self_closing) {
      open.back().children.push_back(std::move(child));
    } else if (open.size() > kMaxXmlDepth) {
      return FailAt(child.line, child.column, "xml-syntax", "elements nested too deeply");
    } else {
      open.push_back(std::move(child));
    }
    return true;
  }

  auto CloseElement(std::vector<XmlElement>& open) -> bool {
    uint32_t line = line_, column = column_;
    std::string name;
    if (!ParseEndTag(name)) return false;
    const XmlElement& top = open.back();
    if (name != top.name) {
      return FailAt(line, column, "xml-unbalanced",
                    "</" + name + "> does not close <" + top.name + "> opened at line " +
                        std::to_string(top.line));
    }
    XmlElement done = std::move(open.back());
    open.pop_back();
    open.back().children.push_back(std::move(done));
    return true;
  }

  std::string_view text_;
  size_t pos_ = 0;
  uint32_t line_ = 1, column_ = 1;
  ScheduleProblem error_;
};

// --- DEFTABLE -------------------------------------------------------------------------------

// Children of a job that do not bear on the flow between jobs.
const std::set<std::string, std::less<>> kIgnoredJobChildren = {"RULE_BASED_CALENDARS", "VARIABLE",
                                                                "SHOUT", "QUANTITATIVE", "CONTROL"};
const std::set<std::string, std::less<>> kKnownElements = {
    "DEFTABLE", "FOLDER",  "SMART_FOLDER", "JOB",    "INCOND",     "OUTCOND",
    "ON",       "DOSHOUT", "DOMAIL",       "DOCOND", "DOFORCEJOB", "RULE_BASED_CALENDARS",
    "VARIABLE", "SHOUT",   "QUANTITATIVE", "CONTROL"};
constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

struct ConditionUse {
  std::string name;
  uint32_t line = 0, column = 0;
};

struct JobDraft {
  ScheduledJob job;
  std::vector<ConditionUse> waits_for;  // INCOND
  std::vector<ConditionUse> adds;       // OUTCOND SIGN="+"
};

// WEEKDAYS as day numbers; nullopt for forms the graph cannot hold (ranges, relative days, ...).
auto ParseWeekdays(std::string_view value) -> std::optional<std::vector<int>> {
  if (value == "ALL") return std::vector<int>{0, 1, 2, 3, 4, 5, 6};
  std::set<int> days;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = std::min(value.find(',', start), value.size());
    std::string_view item = value.substr(start, comma - start);
    if (item.size() != 1 || item[0] < '0' || item[0] > '6') return std::nullopt;
    days.insert(item[0] - '0');
    start = comma + 1;
  }
  return std::vector<int>(days.begin(), days.end());
}

// TIMEFROM as "HHMM"; the export writes "2100", other exports "21:00".
auto NormalizeTime(std::string_view value) -> std::optional<std::string> {
  std::string digits(value);
  if (digits.size() == 5 && digits[2] == ':') digits.erase(2, 1);
  if (digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), IsDigit)) {
    return std::nullopt;
  }
  int hours = (digits[0] - '0') * 10 + (digits[1] - '0');
  int minutes = (digits[2] - '0') * 10 + (digits[3] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return digits;
}

class DeftableReader {
 public:
  explicit DeftableReader(ScheduleReadResult& result) : result_(result) {}

  void Read(const XmlElement& root) {
    if (root.name != "DEFTABLE") {
      Report(root, "unknown-element",
             "the root element is <" + root.name + ">; a Control-M export has <DEFTABLE>");
      return;
    }
    for (const XmlElement& child : root.children) {
      if (child.name == "FOLDER" || child.name == "SMART_FOLDER") {
        ReadFolder(child);
      } else {
        ReportUnexpected(child, root);
      }
    }
    if (drafts_.empty() && result_.problems.empty()) {
      Report(root, "no-jobs", "the DEFTABLE defines no jobs");
    }
    ResolveConditions();
  }

 private:
  void Report(uint32_t line, uint32_t column, std::string code, std::string message) {
    result_.problems.push_back(
        {result_.graph.file, line, column, std::move(code), std::move(message)});
  }
  template <typename Located>  // an XmlElement or XmlAttribute
  void Report(const Located& at, std::string code, std::string message) {
    Report(at.line, at.column, std::move(code), std::move(message));
  }

  void ReportUnexpected(const XmlElement& child, const XmlElement& parent) {
    if (kKnownElements.contains(child.name)) {
      Report(child, "misplaced-element",
             "<" + child.name + "> cannot be inside <" + parent.name + ">");
    } else {
      Report(child, "unknown-element", "<" + child.name + "> is not part of a DEFTABLE export");
    }
  }

  auto RequiredAttribute(const XmlElement& element, std::string_view name) -> const XmlAttribute* {
    const XmlAttribute* attribute = element.Attribute(name);
    if (attribute == nullptr || attribute->value.empty()) {
      Report(element, "missing-attribute",
             "<" + element.name + "> needs a non-empty " + std::string(name) + " attribute");
      return nullptr;
    }
    return attribute;
  }

  void ReadFolder(const XmlElement& folder) {
    bool smart = folder.name == "SMART_FOLDER";
    for (const XmlElement& child : folder.children) {
      if (child.name == "JOB") {
        ReadJob(child);
      } else if (smart && (child.name == "INCOND" || child.name == "OUTCOND")) {
        // Folder-level cleanup (SIGN="-") is harmless; anything else orders whole folders.
        if (child.AttributeValue("SIGN") != "-") {
          Report(child, "unsupported-element",
                 "folder-level <" + child.name + "> (the graph orders jobs, not folders)");
        }
      } else if (smart && child.name == "ON") {
        CheckOnBlock(child);
      } else if (smart && kIgnoredJobChildren.contains(child.name)) {
        continue;
      } else {
        ReportUnexpected(child, folder);
      }
    }
  }

  void ReadJob(const XmlElement& element) {
    const XmlAttribute* name = RequiredAttribute(element, "JOBNAME");
    if (name == nullptr) return;
    JobDraft draft;
    ScheduledJob& job = draft.job;
    job.name = name->value;
    job.line = element.line;
    job.column = element.column;
    if (element.AttributeValue("TASKTYPE") != "Dummy") {
      if (const XmlAttribute* member = RequiredAttribute(element, "MEMNAME")) {
        job.member = member->value;
      }
    }
    job.library = element.AttributeValue("MEMLIB");
    job.application = element.AttributeValue("APPLICATION");
    job.system = element.AttributeValue("SUB_APPLICATION");
    job.description = element.AttributeValue("DESCRIPTION");
    ReadStartTime(element, job);
    ReadDays(element, job);
    for (const XmlElement& child : element.children) ReadJobChild(child, element, draft);

    auto [first, inserted] = job_lines_.emplace(job.name, job.line);
    if (!inserted) {
      Report(element, "duplicate-job",
             "job " + job.name + " is defined again (first at line " +
                 std::to_string(first->second) + ")");
      return;
    }
    drafts_.push_back(std::move(draft));
  }

  void ReadStartTime(const XmlElement& element, ScheduledJob& job) {
    const XmlAttribute* from = element.Attribute("TIMEFROM");
    if (from == nullptr || from->value.empty()) return;
    if (std::optional<std::string> time = NormalizeTime(from->value)) {
      job.start_time = *time;
    } else {
      Report(*from, "bad-attribute-value", "TIMEFROM=\"" + from->value + "\" is not a time HHMM");
    }
  }

  void ReadDays(const XmlElement& element, ScheduledJob& job) {
    if (const XmlAttribute* weekdays = element.Attribute("WEEKDAYS")) {
      std::optional<std::vector<int>> days = ParseWeekdays(weekdays->value);
      if (weekdays->value.empty()) {
        // No week days: the job has no schedule of its own.
      } else if (days) {
        job.weekdays = *days;
      } else {
        Report(*weekdays, "unsupported-schedule",
               "WEEKDAYS=\"" + weekdays->value + "\" is not a list of day numbers 0-6 or ALL");
      }
    }
    if (const XmlAttribute* days = element.Attribute("DAYS"); days && !days->value.empty()) {
      if (days->value != "ALL") {
        Report(*days, "unsupported-schedule", "days of the month (DAYS=\"" + days->value + "\")");
      } else if (job.weekdays.empty() || element.AttributeValue("DAYS_AND_OR") != "A") {
        job.weekdays = {0, 1, 2, 3, 4, 5, 6};  // every day, OR-ed with any week days
      }
    }
    for (std::string_view calendar : {"DAYSCAL", "WEEKSCAL", "CONFCAL"}) {
      const XmlAttribute* attribute = element.Attribute(calendar);
      if (attribute != nullptr && !attribute->value.empty()) {
        Report(*attribute, "unsupported-schedule",
               "calendar " + std::string(calendar) + "=\"" + attribute->value + "\"");
      }
    }
    for (std::string_view month : kMonths) {
      const XmlAttribute* attribute = element.Attribute(month);
      if (attribute != nullptr && attribute->value != "1") {
        Report(*attribute, "unsupported-schedule",
               "month " + std::string(month) + " is not selected; the graph has no months");
        break;
      }
    }
  }

  void ReadJobChild(const XmlElement& child, const XmlElement& job, JobDraft& draft) {
    if (child.name == "INCOND") {
      const XmlAttribute* name = RequiredAttribute(child, "NAME");
      const XmlAttribute* and_or = child.Attribute("AND_OR");
      if (and_or != nullptr && !and_or->value.empty() && and_or->value != "A") {
        Report(*and_or, "unsupported-condition",
               "AND_OR=\"" + and_or->value + "\" (only AND-ed conditions become requirements)");
      }
      if (name != nullptr) draft.waits_for.push_back({name->value, child.line, child.column});
    } else if (child.name == "OUTCOND") {
      const XmlAttribute* name = RequiredAttribute(child, "NAME");
      const XmlAttribute* sign = RequiredAttribute(child, "SIGN");
      if (sign != nullptr && sign->value != "+" && sign->value != "-") {
        Report(*sign, "bad-attribute-value", "SIGN=\"" + sign->value + "\" is neither + nor -");
      }
      if (name != nullptr && sign != nullptr && sign->value == "+") {
        draft.adds.push_back({name->value, child.line, child.column});
      }
    } else if (child.name == "ON") {
      CheckOnBlock(child);
    } else if (!kIgnoredJobChildren.contains(child.name)) {
      ReportUnexpected(child, job);
    }
  }

  // ON blocks only notify here; actions that add conditions or force jobs would change the flow.
  void CheckOnBlock(const XmlElement& on) {
    for (const XmlElement& action : on.children) {
      if (action.name == "DOCOND" || action.name == "DOFORCEJOB") {
        Report(action, "unsupported-element",
               "<" + action.name + "> in an ON block changes the flow on a job's outcome");
      } else if (action.name != "DOSHOUT" && action.name != "DOMAIL") {
        ReportUnexpected(action, on);
      }
    }
  }

  // Each INCOND becomes one requirement per job adding that condition.
  void ResolveConditions() {
    std::map<std::string, std::vector<std::string>> producers;
    for (const JobDraft& draft : drafts_) {
      for (const ConditionUse& add : draft.adds) producers[add.name].push_back(draft.job.name);
    }
    for (JobDraft& draft : drafts_) {
      for (const ConditionUse& wait : draft.waits_for) {
        auto it = producers.find(wait.name);
        if (it == producers.end()) {
          Report(wait.line, wait.column, "unknown-predecessor",
                 "job " + draft.job.name + " waits for condition " + wait.name +
                     ", which no job of this table adds (OUTCOND SIGN=\"+\")");
          continue;
        }
        for (const std::string& producer : it->second) {
          draft.job.requirements.push_back({producer, wait.name});
        }
      }
      result_.graph.jobs.push_back(std::move(draft.job));
    }
    SortJobFlowGraph(result_.graph);
  }

  ScheduleReadResult& result_;
  std::vector<JobDraft> drafts_;
  std::map<std::string, uint32_t> job_lines_;  // job name -> line of its first definition
};

}  // namespace

auto ReadControlMDeftable(std::string_view text, std::string_view file_name) -> ScheduleReadResult {
  ScheduleReadResult result;
  result.graph.format = "control-m";
  result.graph.file = std::string(file_name);
  XmlParser parser(text);
  XmlElement root;
  if (!parser.Parse(root)) {
    result.problems.push_back(parser.error());
    result.problems.back().file = result.graph.file;
    return result;
  }
  DeftableReader(result).Read(root);
  return result;
}

}  // namespace remint::schedule

#include "frontends/jcl/expand/expand.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

#include "frontends/jcl/expand/dd_override.h"
#include "frontends/jcl/expand/library_search.h"
#include "frontends/jcl/expand/stream_statement.h"
#include "frontends/jcl/expand/symbols.h"
#include "frontends/jcl/parse/condition.h"
#include "frontends/jcl/parse/jcl_text.h"
#include "frontends/jcl/parse/statement_reader.h"

namespace remint::jcl {
namespace {

// z/OS allows procedures to nest 15 levels deep.
constexpr int kMaxProcDepth = 15;
// INCLUDE members may nest 15 levels deep as well.
constexpr size_t kMaxIncludeDepth = 15;

// EXEC keywords; any other keyword on an EXEC that calls a procedure sets a symbol.
constexpr std::array<std::string_view, 17> kExecKeywords = {
    "ACCT",    "ADDRSPC", "CCSID", "COND", "DPRTY",  "DYNAMNBR", "MEMLIMIT", "PARM", "PARMDD",
    "PERFORM", "PGM",     "PROC",  "RD",   "REGION", "REGIONX",  "RLSTMOUT", "TIME"};

auto IsExecKeyword(std::string_view keyword) -> bool {
  std::string_view base = keyword.substr(0, keyword.find('.'));
  return std::find(kExecKeywords.begin(), kExecKeywords.end(), base) != kExecKeywords.end();
}

// Whether `upper` is `name` in upper case (as UpperCase(name) == upper, without making it).
auto IsUpperCaseOf(std::string_view upper, std::string_view name) -> bool {
  if (upper.size() != name.size()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != upper[i]) return false;
  }
  return true;
}

// The statements of a stream: a member, and the INCLUDE members opened inside it.
class Cursor {
 public:
  void Push(std::vector<StreamStatement> statements, std::string member) {
    frames_.push_back(Frame{std::move(statements), 0, std::move(member)});
  }
  auto Peek() -> const StreamStatement* {
    while (!frames_.empty() && frames_.back().index >= frames_.back().statements.size()) {
      frames_.pop_back();
    }
    return frames_.empty() ? nullptr : &frames_.back().statements[frames_.back().index];
  }
  auto Take() -> StreamStatement {
    Peek();
    StreamStatement taken = std::move(frames_.back().statements[frames_.back().index]);
    ++frames_.back().index;
    return taken;
  }
  auto Includes(const std::string& member) const -> bool {
    return std::any_of(frames_.begin(), frames_.end(),
                       [&](const Frame& frame) { return frame.member == member; });
  }
  auto depth() const -> size_t { return frames_.size(); }

 private:
  struct Frame {
    std::vector<StreamStatement> statements;
    size_t index;
    std::string member;
  };
  std::vector<Frame> frames_;
};

// What a call to a procedure brings to the procedure's steps: EXEC parameters and the DD and
// OUTPUT statements that follow the call.
struct ProcCall {
  std::string procedure;
  SourceLoc loc;
  std::vector<Parameter> exec_parameters;  // EXEC keywords, `KEYWORD` or `KEYWORD.procstep`
  struct Modifier {
    ParsedStatement parsed;  // Symbols already substituted in the caller's scope.
    std::string step;        // The procedure step it modifies.
    std::string name;        // The DD or OUTPUT name within that step.
    bool used = false;
    // Unnamed DDs after it: they override the procedure DD's concatenation, member by member.
    std::vector<ParsedStatement> concatenation;
  };
  std::vector<Modifier> modifiers;
  bool first_step_done = false;
  std::string first_step;  // Where statements that name no step go.
};

struct Scope {
  SymbolScope symbols;
  int depth = 0;
  StatementOrigin origin = StatementOrigin::kJobStream;
  ProcCall* call = nullptr;
  std::vector<SourceLoc> open_ifs;  // IF statements not yet closed by ENDIF
};

class Expander {
 public:
  Expander(SourceManager& sources, const LibraryOptions& options, DiagnosticEmitter& emitter)
      : sources_(sources),
        options_(options),
        emitter_(emitter),
        cache_(options.cache != nullptr ? *options.cache : own_cache_) {}

  auto Expand(FileId member) -> std::vector<ExpandedJob> {
    // The job member is read once: its statements go straight into the stream, all in one
    // block (they are each used once, and most of them kept by the expanded job).
    std::vector<Statement> read = ReadStatements(sources_, member, IncludeId{}, emitter_);
    auto block = std::make_shared<std::vector<ParsedStatement>>();
    block->reserve(read.size());
    for (Statement& statement : read) {
      block->emplace_back(std::move(statement), Operands{});
    }
    std::vector<StreamStatement> stream;
    stream.reserve(block->size());
    for (ParsedStatement& parsed : *block) {
      stream.push_back(StreamStatement::OwnedIn(block, parsed));
    }
    Cursor cursor;
    cursor.Push(std::move(stream), "");
    bool reported_no_job = false;
    Scope scope;
    while (const StreamStatement* next = cursor.Peek()) {
      StatementKind kind = next->kind();
      if (kind == StatementKind::kJcl && next->op() == Operation::kJob) {
        ReportOpenIfs(scope);
        jobs_.push_back(ExpandedJob{next->statement().name, {}});
        job_ = &jobs_.back();
        job_->statements.reserve(128);
        jcllib_.clear();
        in_stream_procs_.clear();
        scope = Scope{};
        scope.symbols = SymbolScope(options_.symbols);
        EmitStatement(cursor.Take(), scope);
        continue;
      }
      if (job_ == nullptr) {
        StreamStatement taken = cursor.Take();
        if (taken.statement().kind == StatementKind::kJcl && !reported_no_job) {
          reported_no_job = true;
          emitter_.Emit(DiagnosticKind::kJclNoJobStatement, taken.loc());
        }
        continue;
      }
      if (kind == StatementKind::kNull) {
        cursor.Take();
        job_ = nullptr;
        ReportOpenIfs(scope);
        continue;
      }
      ProcessOne(cursor, scope);
    }
    ReportOpenIfs(scope);
    return std::move(jobs_);
  }

  void ReportOpenIfs(Scope& scope) {
    for (SourceLoc loc : scope.open_ifs) emitter_.Emit(DiagnosticKind::kJclIfWithoutEndif, loc);
    scope.open_ifs.clear();
  }

 private:
  // Resolves a statement in `scope`: symbols substituted, then its operands parsed (an IF's
  // condition checked; it has no operands). A cached member's statement keeps the cache's parse
  // when it names no symbol, and shares the substitution earlier uses made with the same
  // symbol values; the rest is substituted and parsed here, with its diagnostics.
  void Resolve(StreamStatement& item, const Scope& scope) {
    if (item.resolved()) return;
    if (const CachedStatement* cached = item.cached()) {
      if (!cached->has_ampersand) {
        item.MarkResolved();
        return;
      }
      std::shared_ptr<const ParsedStatement>* slot = item.MemoSlot(scope.symbols.generation());
      if (slot != nullptr && *slot != nullptr) {
        item.UseShared(*slot);
        return;
      }
      if (cached->remembers_substitutions &&
          SymbolValuesKey(cached->memo->symbols, scope.symbols, key_buffer_)) {
        auto [entry, added] = cached->memo->substituted.try_emplace(key_buffer_);
        if (added) entry->second = SubstituteQuietly(*cached->parsed, scope.symbols);
        if (entry->second != nullptr) {
          if (slot != nullptr) *slot = entry->second;
          item.UseShared(entry->second);
          return;
        }
      }
    }
    ParsedStatement& own = item.Mutable();
    SubstituteScopeSymbols(own.statement, scope.symbols, emitter_);
    if (own.statement.kind != StatementKind::kJcl) {
      own.operands = Operands{};
    } else if (own.statement.op == Operation::kIf) {
      ParseCondition(own.statement, emitter_);
      own.operands = Operands{};
    } else {
      own.operands = ParseOperands(own.statement.operands, own.statement, emitter_);
    }
    item.MarkResolved();
  }

  // `parsed` substituted and parsed again; null when that reports anything (the use that
  // needs it then does the work itself, with its diagnostics located through its include).
  auto SubstituteQuietly(const ParsedStatement& parsed, const SymbolScope& symbols)
      -> std::shared_ptr<const ParsedStatement> {
    DiagnosticCollector collector;
    DiagnosticEmitter quiet(&sources_, collector);
    ParsedStatement result{parsed.statement, Operands{}};
    SubstituteScopeSymbols(result.statement, symbols, quiet);
    // Kept for the rest of the run: the segment map without the room reserved to build it.
    result.statement.segments.shrink_to_fit();
    result.operands = ParseOperands(result.statement.operands, result.statement, quiet);
    if (!collector.TakeSorted().empty()) return nullptr;
    return std::make_shared<const ParsedStatement>(std::move(result));
  }

  // Handles the next statement of `cursor` in `scope`; returns false at a PEND.
  auto ProcessOne(Cursor& cursor, Scope& scope) -> bool {
    StreamStatement item = cursor.Take();
    StatementKind kind = item.kind();
    if (kind != StatementKind::kJcl) {
      if (kind != StatementKind::kDelimiter) EmitStatement(std::move(item), scope);
      return true;
    }
    // A copy: resolving the statement may replace the statement it was read from.
    Operation op = item.op();
    if (op == Operation::kInclude) {
      Include(cursor, std::move(item), scope);
    } else if (op == Operation::kJcllib) {
      Resolve(item, scope);
      if (scope.depth > 0) {
        emitter_.Emit(DiagnosticKind::kJclMisplacedStatement, item.loc(), "JCLLIB",
                      "JCLLIB belongs in the job stream, not in a procedure");
      } else if (const Value* order = item.operands().Keyword("ORDER")) {
        jcllib_.clear();
        if (order->kind == Value::Kind::kList) {
          for (const Parameter& parameter : order->items) {
            if (!parameter.value.is_omitted()) {
              jcllib_.push_back(UpperCase(parameter.value.Unquoted()));
            }
          }
        } else {
          jcllib_.push_back(UpperCase(order->Unquoted()));
        }
      } else {
        emitter_.Emit(DiagnosticKind::kJclMissingParameter, item.loc(), "JCLLIB", "ORDER=");
      }
      EmitParsed(std::move(item), scope);
    } else if (op == Operation::kSet) {
      Resolve(item, scope);
      for (const Parameter& parameter : item.operands().parameters) {
        if (parameter.keyword.empty()) continue;
        scope.symbols.Set(parameter.keyword, SymbolValue(FormatValue(parameter.value)));
      }
      EmitParsed(std::move(item), scope);
    } else if (op == Operation::kProc) {
      if (scope.depth == 0) {
        DefineInStreamProc(cursor, std::move(item));
      }
      // In a procedure body the PROC statement was read with its defaults already.
    } else if (op == Operation::kPend) {
      if (scope.depth == 0) {
        emitter_.Emit(DiagnosticKind::kJclPendWithoutProc, item.loc());
        return true;
      }
      return false;
    } else if (op == Operation::kExec) {
      Exec(cursor, std::move(item), scope);
    } else if (op == Operation::kDd || op == Operation::kOutput) {
      StepStatement(std::move(item), scope);
    } else if (op == Operation::kJob) {
      emitter_.Emit(DiagnosticKind::kJclMisplacedStatement, item.loc(), "JOB",
                    "a procedure or INCLUDE member cannot start a job");
    } else if (op == Operation::kIf || op == Operation::kElse || op == Operation::kEndif) {
      if (op == Operation::kIf) {
        scope.open_ifs.push_back(item.loc());
      } else if (scope.open_ifs.empty()) {
        emitter_.Emit(DiagnosticKind::kJclEndifWithoutIf, item.loc(), item.statement().operation);
      } else if (op == Operation::kEndif) {
        scope.open_ifs.pop_back();
      }
      EmitStatement(std::move(item), scope);
    } else {
      EmitStatement(std::move(item), scope);
    }
    return true;
  }

  void Include(Cursor& cursor, StreamStatement item, Scope& scope) {
    Resolve(item, scope);
    const Value* member_value = item.operands().Keyword("MEMBER");
    SourceLoc loc = item.loc();
    std::optional<std::string> member;
    if (member_value != nullptr && member_value->kind == Value::Kind::kText) {
      member = UpperCase(member_value->Unquoted());
    }
    EmitParsed(std::move(item), scope);
    if (!member) {
      emitter_.Emit(DiagnosticKind::kJclMissingParameter, loc, "INCLUDE", "MEMBER=");
      return;
    }
    if (cursor.Includes(*member) || cursor.depth() > kMaxIncludeDepth) {
      emitter_.Emit(DiagnosticKind::kJclIncludeCycle, loc, *member);
      return;
    }
    const CachedMember* clean = nullptr;
    std::optional<std::vector<StreamStatement>> statements =
        ReadMember("INCLUDE", *member, loc, &clean);
    if (!statements) return;
    if (clean != nullptr) RememberSubstitutions(*statements, *clean, scope.symbols);
    cursor.Push(std::move(*statements), *member);
  }

  // Gives each use of a `member` statement that names symbols its slot among the member's
  // substitutions for the values `symbols` gives them; none when the member names no symbol or
  // one of them is undefined (each statement then finds its own substitution).
  void RememberSubstitutions(std::vector<StreamStatement>& statements, const CachedMember& member,
                             const SymbolScope& symbols) {
    if (member.symbols.empty() || !SymbolValuesKey(member.symbols, symbols, key_buffer_)) return;
    auto [entry, added] = member.substitutions.try_emplace(key_buffer_);
    if (added) entry->second.resize(member.statements.size());
    uint64_t generation = symbols.generation();
    for (size_t i = 0; i < statements.size(); ++i) {
      if (member.statements[i].remembers_substitutions) {
        statements[i].RememberIn(&entry->second[i], generation);
      }
    }
  }

  // A cached member's statements for one use, reached through `include` (shared, not copied).
  static auto UseOf(const CachedMember& member, IncludeId include) -> std::vector<StreamStatement> {
    std::vector<StreamStatement> statements;
    statements.reserve(member.statements.size());
    for (const CachedStatement& cached : member.statements) {
      statements.push_back(StreamStatement::Cached(cached, include));
    }
    return statements;
  }

  // A member that did not parse clean, read again with its diagnostics (once per expansion: a
  // second use shares the first's statements, located through its own include).
  auto Unparsed(FileId file, IncludeId include) -> std::vector<StreamStatement> {
    auto [read, first] = unclean_members_.try_emplace(file.index);
    if (first) {
      for (Statement& statement : ReadStatements(sources_, file, include, emitter_)) {
        read->second.push_back(StreamStatement::Owned(std::move(statement)));
        read->second.back().Share();
      }
      return read->second;
    }
    std::vector<StreamStatement> statements = read->second;
    for (StreamStatement& item : statements) item.Relocate(include);
    return statements;
  }

  // The statements of `member` for one use; `clean` (when given) is set to the cached member
  // when they are its statements, in order.
  auto ReadMember(std::string_view kind, const std::string& member, SourceLoc directive,
                  const CachedMember** clean = nullptr)
      -> std::optional<std::vector<StreamStatement>> {
    const MemberLookup& lookup = cache_.Find(member, jcllib_, options_);
    if (!lookup.path) {
      std::string searched;
      for (const std::string& place : lookup.searched) {
        searched += (searched.empty() ? "" : ", ") + place;
      }
      emitter_.Emit(DiagnosticKind::kJclMemberNotFound, directive, kind, member,
                    searched.empty() ? std::string("no library") : searched);
      return std::nullopt;
    }
    // A member is read and parsed once (for every expansion sharing the cache); each use shares
    // its statements and reaches them through that use's INCLUDE or call.
    ErrorOr<const CachedMember*> cached = cache_.Member(sources_, lookup);
    if (!cached) {
      emitter_.Emit(DiagnosticKind::kJclMemberNotFound, directive, kind, member,
                    *lookup.path + ": " + cached.error().message());
      return std::nullopt;
    }
    IncludeId include = sources_.AddInclude(directive, (*cached)->file);
    if ((*cached)->clean) {
      if (clean != nullptr) *clean = *cached;
      return UseOf(**cached, include);
    }
    return Unparsed((*cached)->file, include);
  }

  void DefineInStreamProc(Cursor& cursor, StreamStatement proc) {
    std::string name = UpperCase(proc.statement().name);
    SourceLoc loc = proc.loc();
    // Shared, so that each call copies pointers rather than statements.
    std::vector<StreamStatement> body;
    body.push_back(std::move(proc));
    body.back().Share();
    while (const StreamStatement* next = cursor.Peek()) {
      const Statement& statement = next->statement();
      if (statement.kind == StatementKind::kJcl && statement.op == Operation::kPend) {
        cursor.Take();
        in_stream_procs_[name] = std::move(body);
        return;
      }
      if (statement.kind == StatementKind::kNull ||
          (statement.kind == StatementKind::kJcl && statement.op == Operation::kJob)) {
        break;
      }
      body.push_back(cursor.Take());
      body.back().Share();
    }
    emitter_.Emit(DiagnosticKind::kJclProcWithoutPend, loc, name);
    in_stream_procs_[name] = std::move(body);
  }

  void Exec(Cursor& cursor, StreamStatement item, Scope& scope) {
    FinishStep(scope);
    Resolve(item, scope);
    const Value* program = item.operands().Keyword("PGM");
    if (program != nullptr) {
      if (program->kind != Value::Kind::kText || program->text.empty()) {
        emitter_.Emit(DiagnosticKind::kJclMissingParameter, item.loc(), "EXEC",
                      "a program name after PGM=");
      }
      if (scope.call != nullptr) ApplyExecParameters(item, *scope.call);
      AssignUpperCase(current_step_, item.statement().name);
      EmitParsed(std::move(item), scope);
      return;
    }
    const Value* procedure = item.operands().Keyword("PROC");
    if (procedure == nullptr) procedure = item.operands().Positional(0);
    if (procedure == nullptr || procedure->kind != Value::Kind::kText) {
      emitter_.Emit(DiagnosticKind::kJclMissingParameter, item.loc(), "EXEC",
                    "PGM= or a procedure name");
      EmitParsed(std::move(item), scope);
      return;
    }
    ProcCall call;
    // Taken before the caller's EXEC parameters are applied: they rewrite the parameter list
    // `procedure` points into (found by the JCL mutation test under ASan).
    call.procedure = UpperCase(procedure->text);
    if (scope.call != nullptr) ApplyExecParameters(item, *scope.call);
    call.loc = item.loc();
    std::vector<Parameter> symbol_values;
    for (const Parameter& parameter : item.operands().parameters) {
      if (parameter.keyword.empty()) continue;
      if (IsExecKeyword(parameter.keyword)) {
        call.exec_parameters.push_back(parameter);
      } else {
        symbol_values.push_back(parameter);
      }
    }
    EmitParsed(std::move(item), scope);
    CollectModifiers(cursor, scope, call);
    ExpandProc(call, symbol_values, scope);
  }

  // The DD and OUTPUT statements right after a call (INCLUDEs among them opened in place).
  void CollectModifiers(Cursor& cursor, Scope& scope, ProcCall& call) {
    std::string last_step;
    while (const StreamStatement* next = cursor.Peek()) {
      if (next->kind() != StatementKind::kJcl) break;
      Operation op = next->op();
      if (op == Operation::kInclude) {
        Include(cursor, cursor.Take(), scope);
        continue;
      }
      if (op != Operation::kDd && op != Operation::kOutput) break;
      StreamStatement item = cursor.Take();
      Resolve(item, scope);
      if (item.statement().name.empty() && item.statement().op == Operation::kDd &&
          !call.modifiers.empty()) {
        call.modifiers.back().concatenation.push_back(std::move(item).TakeOwned());
        continue;
      }
      ProcCall::Modifier modifier;
      std::string name = UpperCase(item.statement().name);
      size_t dot = name.find('.');
      if (dot != std::string::npos) {
        modifier.step = name.substr(0, dot);
        modifier.name = name.substr(dot + 1);
        last_step = modifier.step;
      } else {
        modifier.step = last_step;  // Empty: the first step of the procedure.
        modifier.name = name;
      }
      modifier.parsed = std::move(item).TakeOwned();
      call.modifiers.push_back(std::move(modifier));
    }
  }

  void ExpandProc(ProcCall& call, const std::vector<Parameter>& symbol_values, Scope& caller) {
    if (caller.depth >= kMaxProcDepth) {
      emitter_.Emit(DiagnosticKind::kJclProcNestingTooDeep, call.loc, call.procedure,
                    kMaxProcDepth);
      return;
    }
    std::vector<StreamStatement> body;
    const CachedMember* clean = nullptr;
    StatementOrigin origin = StatementOrigin::kInStreamProc;
    if (auto in_stream = in_stream_procs_.find(call.procedure);
        in_stream != in_stream_procs_.end()) {
      body = in_stream->second;
      // Text of an in-stream procedure is located through the call, as a cataloged one is.
      IncludeId include = sources_.AddInclude(call.loc, call.loc.file);
      for (StreamStatement& item : body) item.Relocate(include);
    } else {
      std::optional<std::vector<StreamStatement>> member =
          ReadMember("PROC", call.procedure, call.loc, &clean);
      if (!member) return;
      body = std::move(*member);
      origin = StatementOrigin::kCatalogedProc;
    }
    Scope scope;
    scope.depth = caller.depth + 1;
    scope.origin = origin;
    scope.call = &call;
    // SET symbols stay in effect inside procedures; a procedure's own symbols do not leak out.
    scope.symbols = SymbolScope::Over(job_symbols_snapshot_);
    // Defaults from the PROC statement, then the caller's values (evaluated in the caller).
    auto proc = std::find_if(body.begin(), body.end(), [](const StreamStatement& item) {
      return item.kind() == StatementKind::kJcl;
    });
    if (proc != body.end() && proc->op() == Operation::kProc) {
      const CachedStatement* cached = proc->cached();
      if (cached != nullptr && !cached->has_ampersand) {
        // Nothing in the defaults depends on the call: their values are made once.
        if (cached->memo == nullptr) cached->memo = std::make_unique<StatementMemo>();
        std::unique_ptr<SymbolScope>& defaults = cached->memo->proc_defaults;
        if (defaults == nullptr) {
          defaults = std::make_unique<SymbolScope>();
          SetDefaults(cached->parsed->operands, *defaults);
        }
        scope.symbols.SetAll(*defaults);
      } else {
        StreamStatement header = *proc;
        Resolve(header, scope);
        SetDefaults(header.operands(), scope.symbols);
      }
    }
    for (const Parameter& parameter : symbol_values) {
      scope.symbols.Set(parameter.keyword, SymbolValue(FormatValue(parameter.value)));
    }
    if (clean != nullptr) RememberSubstitutions(body, *clean, scope.symbols);
    std::string saved_step = current_step_;
    current_step_.clear();
    Cursor cursor;
    cursor.Push(std::move(body), "");
    while (const StreamStatement* next = cursor.Peek()) {
      StatementKind kind = next->kind();
      if (kind == StatementKind::kNull) {
        cursor.Take();
        continue;
      }
      if (kind == StatementKind::kJcl && next->op() == Operation::kJob) {
        emitter_.Emit(DiagnosticKind::kJclMisplacedStatement, next->loc(), "JOB",
                      "a procedure cannot start a job");
        cursor.Take();
        continue;
      }
      if (!ProcessOne(cursor, scope)) break;
    }
    FinishStep(scope);
    ReportOpenIfs(scope);
    current_step_ = saved_step;
    for (const ProcCall::Modifier& modifier : call.modifiers) {
      if (!modifier.used) {
        emitter_.Emit(DiagnosticKind::kJclOverrideUnknownStep, modifier.parsed.statement.loc,
                      modifier.parsed.statement.name,
                      modifier.step.empty() ? std::string("(first)") : modifier.step,
                      call.procedure);
      }
    }
  }

  // The symbols a PROC statement's keywords define.
  static void SetDefaults(const Operands& proc, SymbolScope& symbols) {
    for (const Parameter& parameter : proc.parameters) {
      if (!parameter.keyword.empty()) {
        symbols.Set(parameter.keyword, SymbolValue(FormatValue(parameter.value)));
      }
    }
  }

  // EXEC parameters of the call applied to a procedure step's EXEC.
  void ApplyExecParameters(StreamStatement& item, ProcCall& call) {
    std::string step = UpperCase(item.statement().name);
    bool first = !call.first_step_done;
    call.first_step_done = true;
    if (first) call.first_step = step;
    if (call.exec_parameters.empty()) return;
    // Every EXEC parameter of a call rewrites the step's operands: changed in a copy.
    Operands* operands = nullptr;
    auto change = [&]() -> Operands& {
      if (operands == nullptr) {
        operands = &item.Rewritable(/*keep_segments=*/true, call.exec_parameters.size()).operands;
      }
      return *operands;
    };
    for (const Parameter& parameter : call.exec_parameters) {
      std::string_view keyword = parameter.keyword;
      size_t dot = keyword.find('.');
      std::string_view target;
      if (dot != std::string_view::npos) {
        target = keyword.substr(dot + 1);
        keyword = keyword.substr(0, dot);
        if (target != step) continue;
      } else if (keyword == "PARM" && !first) {
        // PARM with no step name goes to the first step and nullifies the others'.
        std::erase_if(change().parameters,
                      [](const Parameter& entry) { return entry.keyword == "PARM"; });
        continue;
      }
      if (keyword == "PGM" || keyword == "PROC") continue;
      std::erase_if(change().parameters,
                    [&](const Parameter& entry) { return entry.keyword == keyword; });
      if (!parameter.value.is_omitted()) {
        change().parameters.push_back(
            Parameter{std::string(keyword), parameter.value, parameter.offset});
      }
    }
    if (operands != nullptr) item.Mutable().statement.operands = FormatOperands(*operands);
  }

  // A DD or OUTPUT statement of a step: in a procedure, merged with the caller's override.
  void StepStatement(StreamStatement item, Scope& scope) {
    Resolve(item, scope);
    if (scope.call != nullptr && item.statement().name.empty() &&
        item.statement().op == Operation::kDd && pending_concatenation_ != nullptr &&
        pending_index_ < pending_concatenation_->size()) {
      // A member of the overridden DD's concatenation: overridden by the caller's member.
      const ParsedStatement& override = (*pending_concatenation_)[pending_index_++];
      ParsedStatement& own = item.Rewritable(/*keep_segments=*/false, 0);
      MergeOverrideInto(own.operands, override.operands);
      own.statement.operands = FormatOperands(own.operands);
      own.statement.segments.clear();
      ExpandedStatement expanded = MakeExpanded(item, scope);
      expanded.origin = StatementOrigin::kOverridden;
      expanded.overrides.push_back(override.statement.loc);
      job_->statements.push_back(std::move(expanded));
      return;
    }
    if (!item.statement().name.empty()) FlushConcatenation(scope);
    if (scope.call == nullptr || item.statement().name.empty()) {
      EmitParsed(std::move(item), scope);
      return;
    }
    std::string_view name = item.statement().name;
    for (ProcCall::Modifier& modifier : scope.call->modifiers) {
      if (modifier.used || !IsUpperCaseOf(modifier.name, name) || !ModifiesStep(modifier, scope)) {
        continue;
      }
      const Statement& override = modifier.parsed.statement;
      if (override.operation != item.statement().operation) continue;
      modifier.used = true;
      ParsedStatement& own = item.Rewritable(/*keep_segments=*/false, 0);
      MergeOverrideInto(own.operands, modifier.parsed.operands);
      own.statement.operands = FormatOperands(own.operands);
      own.statement.segments.clear();
      if (override.has_data) {
        own.statement.has_data = true;
        own.statement.data = override.data;
        own.statement.data_loc = override.data_loc;
        own.statement.delimiter = override.delimiter;
      }
      ExpandedStatement expanded = MakeExpanded(item, scope);
      expanded.origin = StatementOrigin::kOverridden;
      expanded.overrides.push_back(override.loc);
      job_->statements.push_back(std::move(expanded));
      pending_concatenation_ = &modifier.concatenation;
      pending_index_ = 0;
      return;
    }
    EmitParsed(std::move(item), scope);
  }

  // The caller's concatenation members beyond the procedure DD's own: added after it.
  void FlushConcatenation(const Scope& scope) {
    if (pending_concatenation_ != nullptr) {
      for (; pending_index_ < pending_concatenation_->size(); ++pending_index_) {
        // Moved: a member the procedure did not use is read no more.
        AddCallerStatement(std::move((*pending_concatenation_)[pending_index_]), scope);
      }
    }
    pending_concatenation_ = nullptr;
    pending_index_ = 0;
  }

  // A statement of the caller placed among the procedure's (an addition or a concatenation).
  void AddCallerStatement(ParsedStatement parsed, const Scope& scope) {
    ExpandedStatement expanded;
    expanded.parsed = std::make_shared<const ParsedStatement>(std::move(parsed));
    expanded.origin = StatementOrigin::kJobStream;
    expanded.depth = scope.depth;
    job_->statements.push_back(std::move(expanded));
  }

  auto ModifiesStep(const ProcCall::Modifier& modifier, const Scope& scope) const -> bool {
    if (modifier.step.empty()) return scope.call->first_step == current_step_;
    return modifier.step == current_step_;
  }

  // After a procedure step's statements: the caller's additions for that step.
  void FinishStep(Scope& scope) {
    FlushConcatenation(scope);
    if (scope.call == nullptr || current_step_.empty()) return;
    for (ProcCall::Modifier& modifier : scope.call->modifiers) {
      if (modifier.used) continue;
      bool for_this_step = modifier.step.empty() ? scope.call->first_step == current_step_
                                                 : modifier.step == current_step_;
      if (!for_this_step) continue;
      // Moved: a used modifier is read no more.
      modifier.used = true;
      ParsedStatement added = std::move(modifier.parsed);
      added.statement.name = modifier.name;
      AddCallerStatement(std::move(added), scope);
      for (ParsedStatement& member : modifier.concatenation) {
        AddCallerStatement(std::move(member), scope);
      }
    }
    current_step_.clear();
  }

  void EmitStatement(StreamStatement item, const Scope& scope) {
    if (item.kind() != StatementKind::kJcl) {
      job_->statements.push_back(MakeExpanded(item, scope));
      return;
    }
    Resolve(item, scope);
    if (item.statement().op == Operation::kJob) job_symbols_snapshot_ = scope.symbols;
    EmitParsed(std::move(item), scope);
  }

  void EmitParsed(StreamStatement item, const Scope& scope) {
    if (scope.depth == 0 && item.statement().op == Operation::kSet) {
      job_symbols_snapshot_ = scope.symbols;
    }
    job_->statements.push_back(MakeExpanded(item, scope));
  }

  static auto MakeExpanded(StreamStatement& item, const Scope& scope) -> ExpandedStatement {
    ExpandedStatement expanded;
    expanded.parsed = item.Share();
    expanded.include = item.include();
    expanded.origin = scope.origin;
    expanded.depth = scope.depth;
    return expanded;
  }

  SourceManager& sources_;
  const LibraryOptions& options_;
  DiagnosticEmitter& emitter_;
  std::vector<ExpandedJob> jobs_;
  ExpandedJob* job_ = nullptr;
  std::vector<std::string> jcllib_;
  std::map<std::string, std::vector<StreamStatement>> in_stream_procs_;
  SymbolScope job_symbols_snapshot_;
  MemberCache own_cache_;  // When the options bring none.
  MemberCache& cache_;
  // Members that did not parse clean, as this expansion first read them (by file).
  std::map<uint32_t, std::vector<StreamStatement>> unclean_members_;
  std::string current_step_;
  // The concatenation of the override just merged, and how much of it the procedure used.
  std::vector<ParsedStatement>* pending_concatenation_ = nullptr;
  size_t pending_index_ = 0;
  std::string key_buffer_;  // Symbol values of the statement being resolved.
};

}  // namespace

auto ExpandMember(SourceManager& sources, FileId member, const LibraryOptions& options,
                  DiagnosticEmitter& emitter) -> std::vector<ExpandedJob> {
  return Expander(sources, options, emitter).Expand(member);
}

auto OriginMark(StatementOrigin origin) -> std::string_view {
  switch (origin) {
    case StatementOrigin::kJobStream:
      return "//";
    case StatementOrigin::kCatalogedProc:
      return "XX";
    case StatementOrigin::kInStreamProc:
      return "++";
    case StatementOrigin::kOverridden:
      return "X/";
  }
  return "//";
}

}  // namespace remint::jcl

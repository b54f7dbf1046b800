#include "frontends/jcl/expand/library_search.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include "base/diagnostics/diagnostic_emitter.h"
#include "base/source_manager.h"
#include "frontends/jcl/expand/symbols.h"

namespace remint::jcl {
namespace {

namespace fs = std::filesystem;

// Members as a dump holds them (no extension) or as a workstation copy names them.
constexpr std::array<std::string_view, 5> kExtensions = {"", ".jcl", ".JCL", ".proc", ".prc"};

auto FindInDirectory(const std::string& directory, const std::string& member, MemberCache* cache)
    -> std::optional<std::string> {
  std::error_code error;
  const std::set<std::string>* listing = cache != nullptr ? cache->Listing(directory) : nullptr;
  std::string lower = member;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const std::string& name : {member, lower}) {
    for (std::string_view extension : kExtensions) {
      std::string file = name + std::string(extension);
      fs::path candidate = fs::path(directory) / file;
      bool exists = cache != nullptr ? listing != nullptr && listing->contains(file)
                                     : fs::is_regular_file(candidate, error);
      if (exists) return candidate.lexically_normal().string();
    }
  }
  return std::nullopt;
}

// Everything a search depends on, as one string.
auto Search(const std::string& member, const std::vector<std::string>& jcllib,
            const LibraryOptions& options) -> MemberLookup {
  MemberLookup lookup;
  std::error_code error;
  for (const std::string& library : jcllib) {
    std::vector<std::string> directories;
    if (auto mapped = options.libraries.find(library); mapped != options.libraries.end()) {
      directories.push_back(mapped->second);
    }
    for (const std::string& root : options.library_roots) {
      std::string folder = (fs::path(root) / library).lexically_normal().string();
      // With a cache the folder's listing says whether it exists: no system call per lookup.
      bool exists = options.cache != nullptr ? options.cache->Listing(folder) != nullptr
                                             : fs::is_directory(folder, error);
      if (exists) directories.push_back(folder);
    }
    if (directories.empty()) lookup.searched.push_back(library + " (no folder)");
    for (const std::string& directory : directories) {
      lookup.searched.push_back(directory);
      if (auto path = FindInDirectory(directory, member, options.cache)) {
        lookup.path = path;
        return lookup;
      }
    }
  }
  for (const std::string& directory : options.procedure_libraries) {
    lookup.searched.push_back(directory);
    if (auto path = FindInDirectory(directory, member, options.cache)) {
      lookup.path = path;
      return lookup;
    }
  }
  return lookup;
}

}  // namespace

auto MemberCache::Find(const std::string& member, const std::vector<std::string>& jcllib,
                       const LibraryOptions& options) -> const MemberLookup& {
  // The folders' listings are cached, so the same search always gives the same answer.
  std::unordered_map<std::string, MemberLookup>& lookups = Context(jcllib, options).lookups;
  auto found = lookups.find(member);
  if (found == lookups.end()) {
    found = lookups.emplace(member, Search(member, jcllib, options)).first;
  }
  return found->second;
}

auto MemberCache::Context(const std::vector<std::string>& jcllib, const LibraryOptions& options)
    -> LookupContext& {
  auto matches = [&](const LookupContext& context) {
    return context.jcllib == jcllib && context.libraries == options.libraries &&
           context.library_roots == options.library_roots &&
           context.procedure_libraries == options.procedure_libraries;
  };
  if (last_context_ != nullptr && matches(*last_context_)) return *last_context_;
  auto known = std::find_if(
      contexts_.begin(), contexts_.end(),
      [&](const std::unique_ptr<LookupContext>& context) { return matches(*context); });
  if (known == contexts_.end()) {
    contexts_.push_back(std::make_unique<LookupContext>(LookupContext{
        jcllib, options.libraries, options.library_roots, options.procedure_libraries, {}}));
    known = contexts_.end() - 1;
  }
  last_context_ = known->get();
  return *last_context_;
}

auto MemberCache::Listing(const std::string& directory) -> const std::set<std::string>* {
  auto [entry, added] = listings_.try_emplace(directory);
  if (added) {
    std::error_code error;
    std::set<std::string> names;
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
      if (it->is_regular_file(error)) names.insert(it->path().filename().string());
    }
    if (!error || !names.empty()) entry->second = std::move(names);
    if (!fs::is_directory(directory, error)) entry->second.reset();
  }
  return entry->second ? &*entry->second : nullptr;
}

auto MemberCache::Bytes(const std::string& path) -> const std::string* {
  auto [entry, added] = bytes_.try_emplace(path);
  if (added) {
    ErrorOr<std::string> bytes = ReadFileBytes(path);
    if (bytes) entry->second = std::move(*bytes);
  }
  return entry->second ? &*entry->second : nullptr;
}

auto MemberCache::Parse(const SourceManager& sources, FileId file) -> CachedMember {
  // Parsed against a private collector: a member with any diagnostic is not shared, so that
  // every expansion that uses it reads it again and reports them itself.
  DiagnosticCollector collector;
  DiagnosticEmitter emitter(&sources, collector);
  std::vector<ParsedStatement> parsed = ParseMember(sources, file, emitter);
  CachedMember member;
  member.file = file;
  member.clean = collector.TakeSorted().empty();
  if (!member.clean) return member;
  member.statements.reserve(parsed.size());
  for (ParsedStatement& statement : parsed) {
    CachedStatement cached;
    const Statement& text = statement.statement;
    cached.kind = text.kind;
    cached.op = text.op;
    cached.has_ampersand = text.operands.find('&') != std::string::npos;
    if (text.kind == StatementKind::kJcl && text.operation != "IF" && cached.has_ampersand) {
      cached.remembers_substitutions = true;
      cached.memo = std::make_unique<StatementMemo>();
      cached.memo->symbols = SymbolReferences(text.operands);
      for (const std::string& name : cached.memo->symbols) {
        if (std::find(member.symbols.begin(), member.symbols.end(), name) == member.symbols.end()) {
          member.symbols.push_back(name);
        }
      }
    }
    cached.parsed = std::make_shared<const ParsedStatement>(std::move(statement));
    member.statements.push_back(std::move(cached));
  }
  return member;
}

auto MemberCache::Member(SourceManager& sources, const std::string& path)
    -> ErrorOr<const CachedMember*> {
  auto cached = members_.find(path);
  // Valid only in the SourceManager it was added to: the same path under the same id there.
  if (cached != members_.end() && cached->second.file.index < sources.file_count() &&
      sources.file(cached->second.file).path == path) {
    return &cached->second;
  }
  const std::string* bytes = Bytes(path);
  if (bytes == nullptr) return Error("cannot be read");
  ErrorOr<FileId> file = sources.AddBuffer(path, *bytes);
  if (!file) return file.error();
  CachedMember& member = members_[path] = Parse(sources, *file);
  return &member;
}

auto MemberCache::Member(SourceManager& sources, const MemberLookup& lookup)
    -> ErrorOr<const CachedMember*> {
  const CachedMember* member = lookup.member;
  // Valid as Member(sources, path) checks it: the same path under the same id there.
  if (member != nullptr && lookup.member_sources == &sources &&
      member->file.index < sources.file_count() &&
      sources.file(member->file).path == *lookup.path) {
    return member;
  }
  ErrorOr<const CachedMember*> found = Member(sources, *lookup.path);
  if (found) {
    lookup.member = *found;
    lookup.member_sources = &sources;
  }
  return found;
}

}  // namespace remint::jcl

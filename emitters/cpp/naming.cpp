#include "emitters/cpp/naming.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace remint::emit_cpp {
namespace {

auto IsSeparator(char c) -> bool { return c == '-' || c == '_'; }

}  // namespace

auto UpperCamelName(std::string_view cobol_name, std::string_view prefix) -> std::string {
  std::string name;
  bool start_of_word = true;
  for (char c : cobol_name) {
    if (IsSeparator(c) || std::isalnum(static_cast<unsigned char>(c)) == 0) {
      start_of_word = true;
      continue;
    }
    const auto byte = static_cast<unsigned char>(c);
    name += static_cast<char>(start_of_word ? std::toupper(byte) : std::tolower(byte));
    start_of_word = false;
  }
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())) != 0) {
    name.insert(0, prefix);
  }
  return name;
}

auto SnakeName(std::string_view cobol_name, std::string_view prefix) -> std::string {
  std::string name;
  for (char c : cobol_name) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0) {
      name += static_cast<char>(std::tolower(byte));
    } else if (!name.empty() && name.back() != '_') {
      name += '_';
    }
  }
  while (!name.empty() && name.back() == '_') name.pop_back();
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())) != 0) {
    name.insert(0, std::string(prefix) + "_");
  }
  if (IsCppKeyword(name)) name += '_';
  return name;
}

auto IsCppKeyword(std::string_view name) -> bool {
  // C++20 keywords and alternative tokens that a lowercased COBOL word can spell.
  static constexpr std::string_view kKeywords[] = {
      "alignas",       "alignof",     "and",
      "and_eq",        "asm",         "auto",
      "bitand",        "bitor",       "bool",
      "break",         "case",        "catch",
      "char",          "char8_t",     "char16_t",
      "char32_t",      "class",       "compl",
      "concept",       "const",       "consteval",
      "constexpr",     "constinit",   "const_cast",
      "continue",      "co_await",    "co_return",
      "co_yield",      "decltype",    "default",
      "delete",        "do",          "double",
      "dynamic_cast",  "else",        "enum",
      "explicit",      "export",      "extern",
      "false",         "float",       "for",
      "friend",        "goto",        "if",
      "inline",        "int",         "long",
      "mutable",       "namespace",   "new",
      "noexcept",      "not",         "not_eq",
      "nullptr",       "operator",    "or",
      "or_eq",         "private",     "protected",
      "public",        "register",    "reinterpret_cast",
      "requires",      "return",      "short",
      "signed",        "sizeof",      "static",
      "static_assert", "static_cast", "struct",
      "switch",        "template",    "this",
      "thread_local",  "throw",       "true",
      "try",           "typedef",     "typeid",
      "typename",      "union",       "unsigned",
      "using",         "virtual",     "void",
      "volatile",      "wchar_t",     "while",
      "xor",           "xor_eq",      "final",
      "override",      "import",      "module",
      "main"};
  return std::find(std::begin(kKeywords), std::end(kKeywords), name) != std::end(kKeywords);
}

auto NameScope::Claim(std::string name) -> std::string {
  if (taken_.insert(name).second) return name;
  for (int suffix = 2;; ++suffix) {
    std::string candidate = name + "_" + std::to_string(suffix);
    if (taken_.insert(candidate).second) return candidate;
  }
}

}  // namespace remint::emit_cpp

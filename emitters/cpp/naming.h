// C++ names for COBOL names: classes and functions in UpperCamelCase (BANK-POST -> BankPost),
// data in snake_case (WS-COUNT -> ws_count), as the project's own style, so the emitted code
// reads like code written by hand. Names are unique in their scope and never C++ keywords;
// the same input gives the same names on every run.
#ifndef REMINT_EMITTERS_CPP_NAMING_H_
#define REMINT_EMITTERS_CPP_NAMING_H_

#include <set>
#include <string>
#include <string_view>

namespace remint::emit_cpp {

// "0100-READ-NEXT" -> "P0100ReadNext": words split at '-' and '_', each capitalised; a name
// that would start with a digit gets `prefix`.
auto UpperCamelName(std::string_view cobol_name, std::string_view prefix = "P") -> std::string;

// "WS-COUNT" -> "ws_count"; a name that would start with a digit gets `prefix` + '_'.
auto SnakeName(std::string_view cobol_name, std::string_view prefix = "f") -> std::string;

auto IsCppKeyword(std::string_view name) -> bool;

// Hands out names unique within one scope: a taken or reserved name gets "_2", "_3"... in
// the order names are asked for (callers ask in source order, so the result is stable).
class NameScope {
 public:
  void Reserve(std::string name) { taken_.insert(std::move(name)); }
  auto Claim(std::string name) -> std::string;

 private:
  std::set<std::string> taken_;
};

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_NAMING_H_

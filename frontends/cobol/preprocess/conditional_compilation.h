// Compilation variables and conditional compilation: the >>DEFINE, >>SET CONSTANT, >>IF, >>ELIF,
// >>ELSE and >>END-IF directives of COBOL 2002/2014 as GnuCOBOL 3.1.2 reads them.
//   >>DEFINE [CONSTANT] name AS literal [OVERRIDE]   >>DEFINE name AS PARAMETER   >>DEFINE name OFF
//   >>SET CONSTANT name literal
//   >>IF condition ... [>>ELIF condition ...] [>>ELSE ...] >>END-IF
// A condition is `name IS [NOT] DEFINED` or a comparison of a variable or literal with another
// (=, <, >, <=, >=, <>, NOT =, [IS] [NOT] EQUAL TO / GREATER THAN / LESS THAN [OR EQUAL TO]),
// joined with AND and OR (COBOL 2014; GnuCOBOL 3.1.2 rejects AND and OR). Lines in a branch not
// taken are dropped as comment lines are. A CONSTANT also stands for its literal in the program
// text after it (the copy stage substitutes it).
#ifndef REMINT_FRONTENDS_COBOL_PREPROCESS_CONDITIONAL_COMPILATION_H_
#define REMINT_FRONTENDS_COBOL_PREPROCESS_CONDITIONAL_COMPILATION_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace remint::cobol {

// What a directive line asked for, when it is one of the directives this file handles.
struct DirectiveOutcome {
  bool handled = false;  // False: not a conditional-compilation directive.
  // A malformed directive: what is wrong, for the diagnostic.
  std::optional<std::string> error;
  // >>DEFINE CONSTANT / >>SET CONSTANT: the name (upper case) and its literal as written.
  std::optional<std::pair<std::string, std::string>> constant;
};

// The state of one compilation unit: its variables and the >>IF branches open around the
// current line. Shared by the files of the unit (a copybook sees the main file's variables).
class ConditionalCompilation {
 public:
  // `words` are the directive's words after ">>", upper case except for literals.
  auto Handle(const std::vector<std::string>& words) -> DirectiveOutcome;
  // Whether lines are compiled here: an arm is compiled only inside a compiled one, so the
  // innermost open arm decides.
  auto active() const -> bool { return branches_.empty() || branches_.back().compiling; }
  // Branches open at the end of a file; closes them (each is reported by the caller).
  auto TakeOpenBranches() -> size_t;

 private:
  struct Branch {
    bool taken = false;        // This or an earlier arm of the >>IF was compiled.
    bool compiling = false;    // Lines of the current arm are compiled.
    bool outer_active = true;  // The lines around the >>IF are compiled.
    bool seen_else = false;
  };
  void Define(const std::vector<std::string>& words, DirectiveOutcome& outcome);
  auto Evaluate(const std::vector<std::string>& words, size_t begin, std::string& error) const
      -> std::optional<bool>;

  std::map<std::string, std::string> variables_;  // Name -> literal as written.
  std::vector<Branch> branches_;
};

// Splits a directive's text (after ">>") into words: literals whole, quotes kept; relational
// characters as their own words; everything else upper case.
auto DirectiveWords(std::string_view text) -> std::vector<std::string>;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_PREPROCESS_CONDITIONAL_COMPILATION_H_

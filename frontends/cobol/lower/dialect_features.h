// Constructs that some dialects do not have, and which dialects those are, as cobc 3.1.2
// decides under -std=<dialect> (its reserved-word lists and dialect configurations). A program
// using one under a dialect that lacks it gets RM2380 at the construct and is lowered anyway.
// tests/cobol_lower/dialect_gating_test.cpp checks every row against cobc.
#ifndef REMINT_FRONTENDS_COBOL_LOWER_DIALECT_FEATURES_H_
#define REMINT_FRONTENDS_COBOL_LOWER_DIALECT_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "frontends/cobol/lower/lower.h"

namespace remint::cobol {

enum class DialectFeature : uint8_t {
  kLevel78,             // 78 name VALUE literal
  kConstantEntry,       // 01 name CONSTANT AS ...
  kBinaryInteger,       // USAGE BINARY-CHAR / -SHORT / -LONG / -DOUBLE
  kFloatUsage,          // USAGE FLOAT-SHORT / FLOAT-LONG
  kComp1Comp2,          // USAGE COMP-1 / COMP-2
  kComp5,               // USAGE COMP-5
  kComp6,               // USAGE COMP-6
  kCompXN,              // USAGE COMP-X / COMP-N
  kBased,               // BASED
  kAllocateFree,        // ALLOCATE, FREE
  kArgumentDevice,      // ACCEPT FROM ARGUMENT-NUMBER / ARGUMENT-VALUE / ENVIRONMENT-VALUE
  kRoundedMode,         // ROUNDED MODE (any mode)
  kRoundedNearestEven,  // ROUNDED MODE NEAREST-EVEN (not a word of cobc's COBOL 2014 list)
  kStopWithNormal,      // STOP RUN WITH NORMAL [STATUS]
  kStopReturning,       // STOP RUN RETURNING / GIVING
  kJsonXml,             // JSON / XML GENERATE and PARSE
  kUserFunction,        // FUNCTION-ID
  kRepository,          // the REPOSITORY paragraph (FUNCTION ALL INTRINSIC, user functions)
  kFunction2002,        // an intrinsic function COBOL 2002 added (TRIM, E, PI, ...)
  kFunction2014,        // one COBOL 2014 added (FORMATTED-DATE, SECONDS-PAST-MIDNIGHT, ...)
  kFunctionExtension,   // one no ISO standard has (CONCATENATE, MODULE-ID, SUBSTITUTE, ...)
};

// Whether cobc -std=<dialect> rejects programs using `feature`.
auto DialectRejects(CobolDialect dialect, DialectFeature feature) -> bool;

// Every intrinsic function remint knows, sorted by name (for tests that ask cobc about each).
auto IntrinsicFunctionNames() -> std::vector<std::string_view>;

// The standard a strict dialect follows, for messages: "COBOL 85", "COBOL 2002", "COBOL 2014".
auto DialectTitle(CobolDialect dialect) -> std::string_view;

}  // namespace remint::cobol

#endif  // REMINT_FRONTENDS_COBOL_LOWER_DIALECT_FEATURES_H_

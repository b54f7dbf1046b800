#include "frontends/cobol/lower/dialect_features.h"

namespace remint::cobol {

namespace {

// The ISO dialects, each a bit; ibm, mf and default have every feature below.
enum DialectBit : uint8_t {
  kIso85 = 1,
  kIso2002 = 2,
  kIso2014 = 4,
};

auto RejectingDialects(DialectFeature feature) -> uint8_t {
  // Measured with cobc 3.1.2 -fsyntax-only on one small program per feature.
  switch (feature) {
    case DialectFeature::kLevel78:
    case DialectFeature::kComp1Comp2:
    case DialectFeature::kComp5:
    case DialectFeature::kComp6:
    case DialectFeature::kCompXN:
    case DialectFeature::kArgumentDevice:
    case DialectFeature::kJsonXml:
    case DialectFeature::kRoundedNearestEven:
    case DialectFeature::kFunctionExtension:
      return kIso85 | kIso2002 | kIso2014;
    case DialectFeature::kFunction2014:
      return kIso85 | kIso2002;
    case DialectFeature::kRoundedMode:
      return kIso85 | kIso2002;
    case DialectFeature::kConstantEntry:
    case DialectFeature::kBinaryInteger:
    case DialectFeature::kFloatUsage:
    case DialectFeature::kBased:
    case DialectFeature::kAllocateFree:
    case DialectFeature::kStopWithNormal:
    case DialectFeature::kStopReturning:
    case DialectFeature::kUserFunction:
    case DialectFeature::kRepository:
    case DialectFeature::kFunction2002:
      return kIso85;
  }
  return 0;
}

}  // namespace

auto DialectRejects(CobolDialect dialect, DialectFeature feature) -> bool {
  uint8_t bit = 0;
  switch (dialect) {
    case CobolDialect::kCobol85:
      bit = kIso85;
      break;
    case CobolDialect::kCobol2002:
      bit = kIso2002;
      break;
    case CobolDialect::kCobol2014:
      bit = kIso2014;
      break;
    case CobolDialect::kDefault:
    case CobolDialect::kIbm:
    case CobolDialect::kMf:
      return false;
  }
  return (RejectingDialects(feature) & bit) != 0;
}

auto DialectTitle(CobolDialect dialect) -> std::string_view {
  switch (dialect) {
    case CobolDialect::kCobol85:
      return "COBOL 85";
    case CobolDialect::kCobol2002:
      return "COBOL 2002";
    case CobolDialect::kCobol2014:
      return "COBOL 2014";
    case CobolDialect::kDefault:
      return "GnuCOBOL";
    case CobolDialect::kIbm:
      return "IBM Enterprise COBOL";
    case CobolDialect::kMf:
      return "Micro Focus COBOL";
  }
  return "GnuCOBOL";
}

}  // namespace remint::cobol

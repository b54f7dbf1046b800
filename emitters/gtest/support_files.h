// The equivalence tests' support library (emitters/gtest/support/), built into remint so that
// every emitted project gets a copy in tests/support/.
#ifndef REMINT_EMITTERS_GTEST_SUPPORT_FILES_H_
#define REMINT_EMITTERS_GTEST_SUPPORT_FILES_H_

#include <span>

#include "emitters/cpp/runtime_files.h"

namespace remint::emit_gtest {

// Sorted by path, relative to support/.
auto SupportFiles() -> std::span<const emit_cpp::EmbeddedFile>;

}  // namespace remint::emit_gtest

#endif  // REMINT_EMITTERS_GTEST_SUPPORT_FILES_H_

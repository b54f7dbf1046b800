#include "runtime/call/program_registry.h"

#include <gtest/gtest.h>

#include <string>

namespace cobrt {
namespace {

std::string trace;

void CallEcho(std::span<const CallArgument> arguments) {
  trace += "call";
  for (const CallArgument& argument : arguments) {
    trace += " " + std::string(reinterpret_cast<const char*>(argument.data), argument.size);
  }
  ++ReturnCode();
}
void CancelEcho() { trace += "cancel"; }

TEST(ProgramRegistryTest, FindsARegisteredProgramByNameWithTrailingSpaces) {
  RegisterProgram("ECHO-PROG", {CallEcho, CancelEcho});
  ASSERT_NE(FindProgram("ECHO-PROG"), nullptr);
  EXPECT_NE(FindProgram("ECHO-PROG   "), nullptr);
  EXPECT_EQ(FindProgram("ECHO"), nullptr);
  EXPECT_EQ(FindProgram("echo-prog"), nullptr);
}

TEST(ProgramRegistryTest, CallPassesTheArgumentsAndKeepsTheReturnCode) {
  RegisterProgram("ECHO-PROG", {CallEcho, CancelEcho});
  trace.clear();
  ReturnCode() = 3;
  uint8_t bytes[] = {'A', 'B'};
  const CallArgument arguments[] = {{bytes, 2}, {bytes + 1, 1}};
  CallProgram("ECHO-PROG", arguments);
  EXPECT_EQ(trace, "call AB B");
  EXPECT_EQ(ReturnCode(), 4);
  CancelProgram("ECHO-PROG");
  CancelProgram("NOT-THERE");
  EXPECT_EQ(trace, "call AB Bcancel");
}

}  // namespace
}  // namespace cobrt

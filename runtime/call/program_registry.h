// CALL and CANCEL between emitted programs (libcob/call.c cob_resolve, cob_cancel). Every
// emitted program registers itself by its PROGRAM-ID when its translation unit is loaded; a CALL
// finds the callee by name at run time, as cobc's default dynamic CALL does, so programs
// emitted from separate sources link together without knowing each other. A program keeps its
// WORKING-STORAGE between CALLs until it is CANCELed.
//
// RETURN-CODE is one value for the whole run (checked with cobc 3.1.2: a called program sees
// its caller's RETURN-CODE and the caller sees the one it leaves).
#ifndef COBRT_CALL_PROGRAM_REGISTRY_H_
#define COBRT_CALL_PROGRAM_REGISTRY_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace cobrt {

// One USING argument: BY REFERENCE the caller's bytes, BY CONTENT a copy of them.
struct CallArgument {
  uint8_t* data = nullptr;
  std::size_t size = 0;
};

struct ProgramEntryPoints {
  // Runs the program with its USING arguments; returns when it ends with GOBACK or EXIT PROGRAM.
  void (*call)(std::span<const CallArgument> arguments) = nullptr;
  // CANCEL: the next CALL starts from the initial state.
  void (*cancel)() = nullptr;
};

// Registers `name` (the PROGRAM-ID as written, upper case); returns true, for use in a
// namespace-scope initializer. A second program of the same name replaces the first.
auto RegisterProgram(std::string_view name, ProgramEntryPoints entry) -> bool;

// The program called `name` (trailing spaces ignored, as an identifier's value has them), or
// null.
auto FindProgram(std::string_view name) -> const ProgramEntryPoints*;

// CALL name USING arguments without ON EXCEPTION: a program that is not there ends the run
// with libcob's "module 'NAME' not found".
void CallProgram(std::string_view name, std::span<const CallArgument> arguments);

// CANCEL name: nothing happens for a program that is not there or was never called.
void CancelProgram(std::string_view name);

// The run's RETURN-CODE.
auto ReturnCode() -> int&;

}  // namespace cobrt

#endif  // COBRT_CALL_PROGRAM_REGISTRY_H_

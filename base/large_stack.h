// Runs work on a thread with a large stack. Parse trees and IR expressions of hostile programs
// nest thousands of levels deep (the parser allows 5,000 chained operators); every recursive
// walk over them (parsing, lowering, verifying, printing) needs far more than the 8 MB a main
// thread gets, especially under the sanitizers.
#ifndef REMINT_BASE_LARGE_STACK_H_
#define REMINT_BASE_LARGE_STACK_H_

#include <cstddef>
#include <functional>

namespace remint {

// Enough for the deepest input the front end accepts, in a sanitizer build. Only address space
// is reserved; pages are committed as the stack grows.
inline constexpr size_t kLargeStackBytes = size_t{512} << 20;

// Runs `body` on a new thread with a stack of `stack_bytes` and waits for it; runs it inline if
// no such thread can be made.
void RunWithLargeStack(const std::function<void()>& body, size_t stack_bytes = kLargeStackBytes);

}  // namespace remint

#endif  // REMINT_BASE_LARGE_STACK_H_

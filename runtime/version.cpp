#include "runtime/version.h"

// The library's one translation unit outside the layers, so it exists before any layer does.
namespace cobrt {
static_assert(!kVersion.empty());
}  // namespace cobrt

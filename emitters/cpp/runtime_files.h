// The runtime's sources (runtime/, the cobrt library), built into remint so `remint emit` can
// put a copy in every emitted project: the customer's code then builds without remint.
#ifndef REMINT_EMITTERS_CPP_RUNTIME_FILES_H_
#define REMINT_EMITTERS_CPP_RUNTIME_FILES_H_

#include <span>
#include <string_view>

namespace remint::emit_cpp {

struct EmbeddedFile {
  std::string_view path;  // relative to runtime/, '/'-separated
  std::string_view bytes;
};

// Sorted by path.
auto RuntimeFiles() -> std::span<const EmbeddedFile>;

}  // namespace remint::emit_cpp

#endif  // REMINT_EMITTERS_CPP_RUNTIME_FILES_H_

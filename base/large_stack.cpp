#include "base/large_stack.h"

#include <pthread.h>

namespace remint {

void RunWithLargeStack(const std::function<void()>& body, size_t stack_bytes) {
  pthread_attr_t attributes;
  pthread_t thread;
  bool started = pthread_attr_init(&attributes) == 0 &&
                 pthread_attr_setstacksize(&attributes, stack_bytes) == 0 &&
                 pthread_create(
                     &thread, &attributes,
                     [](void* argument) -> void* {
                       (*static_cast<const std::function<void()>*>(argument))();
                       return nullptr;
                     },
                     const_cast<std::function<void()>*>(&body)) == 0;
  pthread_attr_destroy(&attributes);
  if (started) {
    pthread_join(thread, nullptr);
  } else {
    body();
  }
}

}  // namespace remint

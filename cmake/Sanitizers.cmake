# With REMINT_SANITIZE=ON every target (ours and tests) builds with ASan + UBSan, so the
# parsers of untrusted bytes are exercised under the sanitizers by the same test suite.
if(REMINT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# With REMINT_BUILD_FUZZERS=ON (the `fuzz` preset) the compiler is AFL++'s afl-clang-fast++, which
# instruments every target for edge coverage by itself; REMINT_SANITIZE adds ASan + UBSan so
# memory errors become crashes AFL records. fuzz/ adds the AFL driver.
option(REMINT_BUILD_FUZZERS "Build the AFL++ fuzz driver (configure with afl-clang-fast++)" OFF)

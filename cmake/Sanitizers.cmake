# With REMINT_SANITIZE=ON every target (ours and tests) builds with ASan + UBSan, so the
# parsers of untrusted bytes are exercised under the sanitizers by the same test suite.
if(REMINT_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# With REMINT_BUILD_FUZZERS=ON (the `fuzz` preset, clang only) every target is instrumented for
# libFuzzer's coverage feedback and checked by ASan + UBSan; fuzz/ adds the fuzzer executables.
if(REMINT_BUILD_FUZZERS)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

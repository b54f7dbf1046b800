# remint_target_warnings(TARGET): the warning set every remint-owned target compiles with.
function(remint_target_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                                           -Wnon-virtual-dtor -Wimplicit-fallthrough)
  if(REMINT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

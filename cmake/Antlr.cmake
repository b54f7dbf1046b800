# ANTLR 4 grammars -> C++ sources in the build tree -> an OBJECT library.
#
# The Debian pair is tool 4.7.2 (/usr/bin/antlr4, a wrapper that sets the classpath the bare jar
# lacks) and runtime 4.9 (libantlr4-runtime-dev). The generated code uses u8"" literals as
# std::string, which C++20 turns into char8_t: it must be compiled with -fno-char8_t.

find_program(REMINT_ANTLR4_TOOL antlr4 PATHS /usr/bin REQUIRED)
find_package(antlr4-runtime CONFIG QUIET
             PATHS /usr/lib/x86_64-linux-gnu/cmake/antlr4-runtime)
if(TARGET antlr4_shared)
  set(REMINT_ANTLR4_RUNTIME antlr4_shared)
  set(REMINT_ANTLR4_INCLUDE_DIR ${ANTLR4_INCLUDE_DIR})
else()
  find_library(REMINT_ANTLR4_RUNTIME antlr4-runtime REQUIRED)
  find_path(REMINT_ANTLR4_INCLUDE_DIR antlr4-runtime.h PATH_SUFFIXES antlr4-runtime REQUIRED)
endif()

# clang (the AFL++ fuzz build's afl-clang-fast++) rejects one header the runtime's umbrella
# antlr4-runtime.h includes: misc/InterpreterDataReader.h declares a default constructor over a
# dfa::Vocabulary, whose own default constructor clang 14 deletes in C++20 with libstdc++ 12 (its
# const std::vector members). remint never reads interpreter data, so for clang the umbrella is a
# copy without that one #include, found before the runtime's include directory. GCC uses the
# runtime's headers unchanged.
set(REMINT_ANTLR4_SHIM_DIR "")
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  set(REMINT_ANTLR4_SHIM_DIR ${CMAKE_BINARY_DIR}/antlr4-runtime-shim)
  file(READ ${REMINT_ANTLR4_INCLUDE_DIR}/antlr4-runtime.h umbrella)
  string(REPLACE "#include \"misc/InterpreterDataReader.h\"" "" umbrella "${umbrella}")
  file(WRITE ${REMINT_ANTLR4_SHIM_DIR}/antlr4-runtime.h "${umbrella}")
endif()

# remint_antlr_grammar(TARGET
#   LEXER  path/to/FooLexer.g4
#   PARSER path/to/FooParser.g4
#   [IMPORTS path/to/FooPart.g4 ...]   (grammars the parser imports; same directory)
#   PACKAGE remint::foo::grammar
#   [VISITOR])
# Generates at build time into ${CMAKE_CURRENT_BINARY_DIR}/TARGET and defines OBJECT library
# TARGET whose users see the generated headers and the runtime's include directory.
function(remint_antlr_grammar target)
  cmake_parse_arguments(ARG "VISITOR" "LEXER;PARSER;PACKAGE" "IMPORTS" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/${target})
  get_filename_component(lexer_name ${ARG_LEXER} NAME_WE)
  get_filename_component(parser_name ${ARG_PARSER} NAME_WE)
  get_filename_component(grammar_dir ${ARG_LEXER} DIRECTORY)
  set(lexer_outputs ${out_dir}/${lexer_name}.cpp ${out_dir}/${lexer_name}.h)
  set(parser_outputs ${out_dir}/${parser_name}.cpp ${out_dir}/${parser_name}.h)
  set(tool_flags -Dlanguage=Cpp -no-listener -package ${ARG_PACKAGE} -Xexact-output-dir)
  if(ARG_VISITOR)
    list(APPEND tool_flags -visitor)
    list(APPEND parser_outputs ${out_dir}/${parser_name}Visitor.cpp
         ${out_dir}/${parser_name}Visitor.h ${out_dir}/${parser_name}BaseVisitor.cpp
         ${out_dir}/${parser_name}BaseVisitor.h)
  else()
    list(APPEND tool_flags -no-visitor)
  endif()

  # The lexer first: the parser reads its .tokens file (tokenVocab).
  add_custom_command(
    OUTPUT ${lexer_outputs} ${out_dir}/${lexer_name}.tokens
    COMMAND ${REMINT_ANTLR4_TOOL} ${tool_flags} -o ${out_dir} ${ARG_LEXER}
    DEPENDS ${ARG_LEXER}
    WORKING_DIRECTORY ${grammar_dir}
    COMMENT "ANTLR ${lexer_name}"
    VERBATIM)
  # -lib finds imported grammars; the tool finds the .tokens file in the output directory.
  add_custom_command(
    OUTPUT ${parser_outputs}
    COMMAND ${REMINT_ANTLR4_TOOL} ${tool_flags} -lib ${grammar_dir} -o ${out_dir} ${ARG_PARSER}
    DEPENDS ${ARG_PARSER} ${ARG_IMPORTS} ${out_dir}/${lexer_name}.tokens
    WORKING_DIRECTORY ${grammar_dir}
    COMMENT "ANTLR ${parser_name}"
    VERBATIM)

  add_library(${target} OBJECT ${lexer_outputs} ${parser_outputs})
  target_include_directories(${target} SYSTEM PUBLIC ${out_dir} ${REMINT_ANTLR4_SHIM_DIR}
                                                   ${REMINT_ANTLR4_INCLUDE_DIR})
  target_link_libraries(${target} PUBLIC ${REMINT_ANTLR4_RUNTIME})
  # Generated code: not ours to warn about.
  target_compile_options(${target} PRIVATE -w)
  target_compile_options(${target} PRIVATE -fno-char8_t)
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()

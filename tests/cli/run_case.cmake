# Runs one case of the facturx command and checks what it did (cmake -P).
# Set by tests/cli.cmake:
#   FX_EXE        the facturx program
#   WORK_DIR      the case's own directory (emptied first; the command runs there)
#   ARGS          the arguments, separated by "|"; "{work}" stands for WORK_DIR
#   EXPECT_RC     the expected exit status
# Optional:
#   STDIN_FILE    file given as standard input
#   REQUIRE       a file that must exist, else the case is skipped ("SKIPPED:")
#   STDOUT_REGEX / STDERR_REGEX   regular expressions the outputs must match
#   STDOUT_EMPTY / STDERR_EMPTY   the output must be empty
#   STDOUT_SAME   a file standard output must equal
#   PRE_FILE / PRE_CONTENT        a file written before the run
#   FILE / FILE_REGEX             a file that must exist and match afterwards
#   FILE_ABSENT                   a file that must not exist afterwards
#   FILE_SAME                     FILE must be byte-identical to this file
#   NO_TEMP                       no leftover ".*" temporary file in WORK_DIR
cmake_minimum_required(VERSION 3.18)

# Replaces "{work}" in the variable named var by WORK_DIR.
function(fx_expand var)
  string(REPLACE "{work}" "${WORK_DIR}" value "${${var}}")
  set(${var} "${value}" PARENT_SCOPE)
endfunction()

# Reports a failed check with what the command printed, and stops.
function(fx_fail what)
  message(FATAL_ERROR "${what}\n--- exit status: ${rc}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endfunction()

foreach(v FILE FILE_ABSENT FILE_SAME PRE_FILE STDIN_FILE REQUIRE)
  fx_expand(${v})
endforeach()
if(REQUIRE AND NOT EXISTS "${REQUIRE}")
  message("SKIPPED: ${REQUIRE} is absent")
  return()
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
if(PRE_FILE)
  file(WRITE "${PRE_FILE}" "${PRE_CONTENT}")
endif()

string(REPLACE "|" ";" args "${ARGS}")
string(REPLACE "{work}" "${WORK_DIR}" args "${args}")
set(input_arg)
if(STDIN_FILE)
  set(input_arg INPUT_FILE "${STDIN_FILE}")
endif()
set(env_cmd)
if(ENV)
  set(env_cmd ${CMAKE_COMMAND} -E env "${ENV}")
endif()
execute_process(COMMAND ${env_cmd} "${FX_EXE}" ${args} WORKING_DIRECTORY "${WORK_DIR}" ${input_arg}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("facturx ${args}\n--- exit status ${rc}\n--- stderr:\n${err}")

if(NOT "${rc}" STREQUAL "${EXPECT_RC}")
  fx_fail("expected exit status ${EXPECT_RC}")
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
  fx_fail("stdout does not match: ${STDOUT_REGEX}")
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
  fx_fail("stderr does not match: ${STDERR_REGEX}")
endif()
if(STDOUT_SAME)
  file(READ "${STDOUT_SAME}" expected)
  if(NOT out STREQUAL expected)
    fx_fail("stdout differs from ${STDOUT_SAME}:\n${expected}")
  endif()
endif()
if(STDOUT_EMPTY AND NOT out STREQUAL "")
  fx_fail("stdout should be empty")
endif()
if(STDERR_EMPTY AND NOT err STREQUAL "")
  fx_fail("stderr should be empty")
endif()
if(FILE)
  if(NOT EXISTS "${FILE}")
    fx_fail("${FILE} was not written")
  endif()
  if(DEFINED FILE_REGEX)
    file(READ "${FILE}" content)
  endif()
  if(DEFINED FILE_REGEX AND NOT content MATCHES "${FILE_REGEX}")
    fx_fail("${FILE} does not match: ${FILE_REGEX}")
  endif()
  if(DEFINED PDFTOTEXT_REGEX)
    find_program(PDFTOTEXT pdftotext)
    if(NOT PDFTOTEXT)
      message("SKIPPED: pdftotext (poppler-utils) is not installed")
      return()
    endif()
    execute_process(COMMAND ${PDFTOTEXT} -layout "${FILE}" - RESULT_VARIABLE trc
                    OUTPUT_VARIABLE text ERROR_VARIABLE terr)
    if(NOT trc EQUAL 0 OR (NOT terr STREQUAL "" AND NOT PDFTOTEXT_WARNINGS_OK))
      fx_fail("pdftotext failed on ${FILE} (${trc}): ${terr}")
    endif()
    if(NOT text MATCHES "${PDFTOTEXT_REGEX}")
      fx_fail("the text of ${FILE} does not match: ${PDFTOTEXT_REGEX}\n--- text:\n${text}")
    endif()
  endif()
  if(FILE_SAME)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${FILE}" "${FILE_SAME}"
                    RESULT_VARIABLE same)
    if(NOT same EQUAL 0)
      fx_fail("${FILE} differs from ${FILE_SAME}")
    endif()
  endif()
endif()
if(FILE_ABSENT AND EXISTS "${FILE_ABSENT}")
  fx_fail("${FILE_ABSENT} should not exist")
endif()
if(NO_TEMP)
  file(GLOB leftovers "${WORK_DIR}/.*" "${WORK_DIR}/*.tmp??????")
  if(leftovers)
    fx_fail("temporary files left behind: ${leftovers}")
  endif()
endif()

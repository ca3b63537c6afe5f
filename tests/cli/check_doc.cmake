# Checks that docs/cli.md documents exactly the options that the --help of
# each command lists (cmake -P). Set by tests/cli.cmake:
#   FX_EXE    the facturx program
#   DOC       docs/cli.md
# Each command has a section "## `facturx CMD`" (the global options are under
# "## `facturx`") whose option bullets start with "- `-".
cmake_minimum_required(VERSION 3.18)

file(READ "${DOC}" doc)
set(failures "")

# Sets var to the sorted options named in the option lines of text: lines
# that match line_regex, only in the part that regex matched.
function(fx_options var text line_regex)
  string(REPLACE ";" "," text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(found "")
  foreach(line IN LISTS lines)
    if(line MATCHES "${line_regex}")
      string(REGEX MATCHALL "--?[A-Za-z][a-z-]*" opts "${CMAKE_MATCH_0}")
      list(APPEND found ${opts})
    endif()
  endforeach()
  list(REMOVE_DUPLICATES found)
  list(SORT found)
  set(${var} "${found}" PARENT_SCOPE)
endfunction()

foreach(cmd "" generate xml embed extract attachments describe validate works batch help chorus "chorus lookup"
        "chorus check" "chorus deposit" "chorus status" "chorus history" "chorus annuaire"
        "chorus config")
  if(cmd STREQUAL "")
    set(title "facturx")
    set(help_args --help)
  else()
    set(title "facturx ${cmd}")
    string(REPLACE " " ";" help_args "${cmd}")
    list(APPEND help_args --help)
  endif()
  execute_process(COMMAND "${FX_EXE}" ${help_args} RESULT_VARIABLE rc OUTPUT_VARIABLE help)
  if(NOT rc EQUAL 0)
    string(APPEND failures "'${title} --help' exited with ${rc}\n")
    continue()
  endif()
  fx_options(help_opts "${help}" "^  +(-[A-Za-z], )?--[a-z-]+")

  string(FIND "${doc}" "\n## `${title}`\n" start)
  if(start LESS 0)
    string(APPEND failures "${DOC} has no section \"## `${title}`\"\n")
    continue()
  endif()
  math(EXPR start "${start} + 1")
  string(SUBSTRING "${doc}" ${start} -1 section)
  string(FIND "${section}" "\n## " end)
  if(end GREATER 0)
    string(SUBSTRING "${section}" 0 ${end} section)
  endif()
  fx_options(doc_opts "${section}" "^- `-[^`]*`(, `-[^`]*`)?")

  if(NOT help_opts STREQUAL doc_opts)
    string(APPEND failures
      "${title}: --help lists [${help_opts}] but ${DOC} documents [${doc_opts}]\n")
  endif()
  message("${title}: options [${help_opts}]")
endforeach()

foreach(code 0 1 2)
  if(NOT doc MATCHES "\n\\| ${code} \\|")
    string(APPEND failures "${DOC} does not document exit status ${code}\n")
  endif()
endforeach()

if(failures)
  message(FATAL_ERROR "${failures}")
endif()

# End-to-end tests of "facturx chorus" (included by tests/CMakeLists.txt):
# each case of tests/chorus/e2e.py starts its own Chorus Pro stand-in
# (tests/chorus/standin.py) on a free loopback port, so they run in parallel.
if(NOT TARGET facturx_cli)
  return()
endif()
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(WARNING "python3 not found: the Chorus Pro end-to-end tests are not registered")
  return()
endif()

set(FX_CHORUS_CASES nominal rejected engagement token_expiry token_short server_errors
    deposit_500 cut_after_upload cut_later cut_before_upload timeout offline config password)
foreach(case ${FX_CHORUS_CASES})
  add_test(NAME chorus_e2e_${case}
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/chorus/e2e.py
                   --facturx $<TARGET_FILE:facturx_cli>
                   --work ${CMAKE_CURRENT_BINARY_DIR}/chorus-work/${case} --case ${case})
endforeach()

# The command line of "facturx chorus" (tests/cli/run_case.cmake cases): help
# texts and usage errors, without network.
foreach(sub lookup check deposit status history annuaire config)
  fx_cli_case(chorus_${sub}_help 0 "chorus|${sub}|--help"
    STDOUT_REGEX "^Usage: facturx chorus ${sub} .*Options:.*--help" STDERR_EMPTY 1)
endforeach()
fx_cli_case(chorus_help 0 "chorus|--help"
  STDOUT_REGEX "^Usage: facturx chorus SUBCOMMAND.*lookup SIRET.*deposit FILE.pdf.*Exit status"
  STDERR_EMPTY 1)
fx_cli_case(help_of_chorus 0 "help|chorus" STDOUT_REGEX "^Usage: facturx chorus SUBCOMMAND")
fx_cli_case(chorus_listed_in_help 0 "--help" STDOUT_REGEX "chorus SUBCOMMAND")
fx_cli_case(chorus_missing_sub 2 "chorus"
  STDERR_REGEX "^facturx chorus: missing the sub-command" STDOUT_EMPTY 1)
fx_cli_case(chorus_unknown_sub 2 "chorus|frobnicate"
  STDERR_REGEX "^facturx chorus: unknown sub-command 'frobnicate'")
fx_cli_case(chorus_deposit_no_file 2 "chorus|deposit"
  STDERR_REGEX "^facturx chorus deposit: missing the file")
fx_cli_case(chorus_deposit_file_name_many 2 "chorus|deposit|--file-name|x.pdf|a.pdf|b.pdf"
  STDERR_REGEX "--file-name needs a single file")
fx_cli_case(chorus_status_flow_and_all 2 "chorus|status|--all|CPP1"
  STDERR_REGEX "give FLOW or --all, not both")
fx_cli_case(chorus_status_bad_interval 2 "chorus|status|--interval|soon"
  STDERR_REGEX "--interval: expected seconds")
fx_cli_case(chorus_lookup_no_siret 2 "chorus|lookup" STDERR_REGEX "missing the SIRET")
fx_cli_case(chorus_annuaire_no_import 2 "chorus|annuaire|export|x.csv"
  STDERR_REGEX "expected 'import FILE...'")
fx_cli_case(chorus_config_missing_file 2 "chorus|config|--config|{work}/absent.conf"
  STDERR_REGEX "^facturx: [^\n]*absent.conf: cannot open the configuration")

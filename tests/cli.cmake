# Tests of the facturx command (included by tests/CMakeLists.txt): exit
# statuses 0/1/2, the help of every command, error messages, atomic output.
# Each case runs tests/cli/run_case.cmake; cli_doc checks docs/cli.md
# against the --help texts.
if(NOT TARGET facturx_cli)
  return()
endif()

set(FX_CLI_DIR ${CMAKE_CURRENT_SOURCE_DIR}/cli)
set(FX_CLI_DATA ${FX_CLI_DIR}/data)
set(FX_CLI_WORK ${CMAKE_CURRENT_BINARY_DIR}/cli-work)
set(FX_CLI_EXAMPLE ${PROJECT_SOURCE_DIR}/examples/invoice-fr-b2b.json)
set(FX_CLI_CEN ${FX_SHARED_DIR}/reference/examples/en16931-cii)

# fx_cli_case(NAME RC ARGS a|b|c [KEY VALUE]...): registers test cli_NAME
# that runs "facturx a b c" and expects exit status RC; KEY VALUE pairs are
# the checks of run_case.cmake (STDOUT_REGEX, FILE, ...). The values pass
# through a CMake list: their square brackets must be balanced.
function(fx_cli_case name rc args)
  set(defs -DFX_EXE=$<TARGET_FILE:facturx_cli> -DWORK_DIR=${FX_CLI_WORK}/${name}
           -DEXPECT_RC=${rc} "-DARGS=${args}")
  set(extra ${ARGN})
  list(LENGTH extra n)
  set(i 0)
  while(i LESS n)
    list(GET extra ${i} key)
    math(EXPR i "${i} + 1")
    list(GET extra ${i} value)
    math(EXPR i "${i} + 1")
    list(APPEND defs "-D${key}=${value}")
  endwhile()
  add_test(NAME cli_${name} COMMAND ${CMAKE_COMMAND} ${defs} -P ${FX_CLI_DIR}/run_case.cmake)
  set_tests_properties(cli_${name} PROPERTIES SKIP_REGULAR_EXPRESSION "SKIPPED:")
endfunction()

# Version and help.
fx_cli_case(version 0 "--version"
  STDOUT_REGEX "^facturx [0-9]+\\.[0-9]+\\.[0-9]+\n$"
  STDERR_EMPTY 1)
fx_cli_case(version_short 0 "-V" STDOUT_REGEX "^facturx [0-9]+\\.[0-9]+\\.[0-9]+\n$")
fx_cli_case(help 0 "--help"
  STDOUT_REGEX "^Usage: facturx COMMAND.*xml INVOICE.json.*describe INVOICE.xml.*Exit status"
  STDERR_EMPTY 1)
fx_cli_case(help_short 0 "-h" STDOUT_REGEX "^Usage: facturx COMMAND")
fx_cli_case(help_cmd 0 "help" STDOUT_REGEX "^Usage: facturx COMMAND")
foreach(cmd xml describe help)
  fx_cli_case(help_of_${cmd} 0 "help|${cmd}"
    STDOUT_REGEX "^Usage: facturx ${cmd} .*Options:.*--help" STDERR_EMPTY 1)
  fx_cli_case(${cmd}_option_help 0 "${cmd}|--help"
    STDOUT_REGEX "^Usage: facturx ${cmd} .*Options:.*--help" STDERR_EMPTY 1)
  fx_cli_case(${cmd}_option_h 0 "${cmd}|-h" STDOUT_REGEX "^Usage: facturx ${cmd} ")
endforeach()
fx_cli_case(xml_help_options 0 "xml|--help"
  STDOUT_REGEX "--profile PROFILE.*--output FILE.*--compact")

# Usage errors: exit status 2, a message naming the problem and a hint.
fx_cli_case(no_command 2 ""
  STDERR_REGEX "^facturx: missing command\nTry 'facturx --help'"
  STDOUT_EMPTY 1)
fx_cli_case(unknown_command 2 "frobnicate"
  STDERR_REGEX "^facturx: unknown command 'frobnicate'"
  STDOUT_EMPTY 1)
fx_cli_case(unknown_global_option 2 "--frob" STDERR_REGEX "^facturx: unknown option '--frob'")
fx_cli_case(help_unknown 2 "help|frobnicate"
  STDERR_REGEX "unknown command 'frobnicate'"
  STDOUT_EMPTY 1)
fx_cli_case(help_too_many 2 "help|xml|describe" STDERR_REGEX "^facturx help: too many arguments")
fx_cli_case(xml_unknown_option 2 "xml|--bogus|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "^facturx xml: unknown option '--bogus'\nTry 'facturx xml --help'"
  STDOUT_EMPTY 1)
fx_cli_case(xml_unknown_short 2 "xml|-z|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "^facturx xml: unknown option '-z'")
fx_cli_case(xml_flag_value 2 "xml|--compact=yes|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "option '--compact' takes no value")
fx_cli_case(xml_missing_arg 2 "xml"
  STDERR_REGEX "^facturx xml: missing the invoice description"
  STDOUT_EMPTY 1)
fx_cli_case(xml_too_many 2 "xml|a.json|b.json" STDERR_REGEX "^facturx xml: too many arguments")
fx_cli_case(xml_profile_no_value 2 "xml|${FX_CLI_EXAMPLE}|--profile"
  STDERR_REGEX "option '--profile' needs a value")
fx_cli_case(xml_output_no_value 2 "xml|${FX_CLI_EXAMPLE}|-o"
  STDERR_REGEX "option '-o' needs a value")
fx_cli_case(xml_bad_profile 2 "xml|--profile|gold|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "unknown profile 'gold' \\(expected minimum, basicwl, basic, en16931 or extended\\)"
  STDOUT_EMPTY 1)
fx_cli_case(describe_missing_arg 2 "describe"
  STDERR_REGEX "^facturx describe: missing the XML invoice")
fx_cli_case(describe_unknown_option 2 "describe|--profile|x|a.xml"
  STDERR_REGEX "^facturx describe: unknown option '--profile'")

# I/O errors: exit status 2, nothing written.
fx_cli_case(xml_missing_file 2 "xml|{work}/absent.json"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.json': "
  STDOUT_EMPTY 1)
fx_cli_case(xml_directory_input 2 "xml|{work}" STDERR_REGEX "^facturx: cannot read '")
fx_cli_case(xml_unwritable 2 "xml|${FX_CLI_EXAMPLE}|-o|{work}/no/such/dir/out.xml"
  STDERR_REGEX "^facturx: .*out.xml"
  STDOUT_EMPTY 1
  FILE_ABSENT "{work}/no/such/dir/out.xml")
fx_cli_case(describe_missing_file 2 "describe|{work}/absent.xml"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.xml'")
fx_cli_case(describe_unwritable 2 "describe|-|-o|{work}/no/dir/out.json"
  STDIN_FILE "${FX_CLI_CEN}/CII_example3.xml"
  REQUIRE "${FX_CLI_CEN}/CII_example3.xml"
  STDERR_REGEX "^facturx: cannot write '[^']*out.json'"
  FILE_ABSENT "{work}/no/dir/out.json")

# Invalid descriptions: exit status 1, "facturx: " and a message that says
# where and what; no output at all, an existing output file kept as it was.
fx_cli_case(xml_syntax_error 1 "xml|${FX_CLI_DATA}/syntax-error.json"
  STDERR_REGEX "^facturx: [^\n]*syntax-error.json:[0-9]+:[0-9]+: "
  STDOUT_EMPTY 1)
fx_cli_case(xml_unknown_key 1 "xml|${FX_CLI_DATA}/unknown-key.json"
  STDERR_REGEX "^facturx: [^\n]*unknown-key.json:[0-9]+:[0-9]+: [$]\\.lines\\[0\\]\\.unit_cod: [^\n]*'unit_code'"
  STDOUT_EMPTY 1)
fx_cli_case(xml_bad_decimal 1 "xml|${FX_CLI_DATA}/bad-decimal.json"
  STDERR_REGEX "^facturx: [^\n]*bad-decimal.json:[0-9]+:[0-9]+: [$]\\.lines\\[0\\]\\.quantity: [^\n]*trois"
  STDOUT_EMPTY 1)
fx_cli_case(xml_total_mismatch 1 "xml|${FX_CLI_DATA}/total-mismatch.json"
  STDERR_REGEX "^facturx: [^\n]*BT-112[^\n]*36\\.5[^\n]*36\\.00"
  STDOUT_EMPTY 1)
fx_cli_case(xml_missing_number 1 "xml|--profile|minimum|${FX_CLI_DATA}/missing-number.json"
  STDERR_REGEX "^facturx: [^\n]*BT-1 [^\n]*MINIMUM"
  STDOUT_EMPTY 1)
fx_cli_case(xml_invalid_keeps_output 1 "xml|${FX_CLI_DATA}/total-mismatch.json|-o|{work}/out.xml"
  PRE_FILE "{work}/out.xml"
  PRE_CONTENT "previous content\n"
  FILE "{work}/out.xml"
  FILE_REGEX "^previous content\n$"
  NO_TEMP 1)
fx_cli_case(describe_not_xml 1 "describe|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "^facturx: [^\n]*invoice-fr-b2b.json"
  STDOUT_EMPTY 1)
fx_cli_case(describe_invalid_keeps_output 1 "describe|${FX_CLI_DATA}/syntax-error.json|-o|{work}/out.json"
  PRE_FILE "{work}/out.json"
  PRE_CONTENT "kept\n"
  FILE "{work}/out.json"
  FILE_REGEX "^kept\n$"
  NO_TEMP 1)

# Success: exit status 0.
fx_cli_case(xml_stdout 0 "xml|${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "^<\\?xml [^\n]*\n<rsm:CrossIndustryInvoice .*<ram:ID>urn:cen.eu:en16931:2017</ram:ID>.*<ram:DuePayableAmount>10038.16</ram:DuePayableAmount>.*</rsm:CrossIndustryInvoice>\n$"
  STDERR_EMPTY 1)
fx_cli_case(xml_output 0 "xml|${FX_CLI_EXAMPLE}|-o|{work}/out.xml"
  STDOUT_EMPTY 1
  STDERR_EMPTY 1
  FILE "{work}/out.xml"
  FILE_REGEX "<ram:GrandTotalAmount>10038.16</ram:GrandTotalAmount>"
  NO_TEMP 1)
fx_cli_case(xml_output_replaces 0 "xml|--output={work}/out.xml|${FX_CLI_EXAMPLE}"
  PRE_FILE "{work}/out.xml"
  PRE_CONTENT "old\n"
  FILE "{work}/out.xml"
  FILE_REGEX "^<\\?xml .*TaxTotalAmount currencyID=\"EUR\">1664.76<"
  NO_TEMP 1)
fx_cli_case(xml_output_dash 0 "xml|-o|-|${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "<rsm:CrossIndustryInvoice ")
fx_cli_case(xml_stdin 0 "xml|-"
  STDIN_FILE "${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "<ram:ID>ANL-2026-0142</ram:ID>")
fx_cli_case(xml_compact 0 "xml|--compact|${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "<rsm:ExchangedDocumentContext><ram:")
fx_cli_case(xml_profile_minimum 0 "xml|--profile|minimum|${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "<ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>")
fx_cli_case(xml_profile_short 0 "xml|-pextended|${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "<ram:ID>urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended</ram:ID>")
fx_cli_case(xml_profile_from_description 0 "xml|${FX_CLI_DATA}/profile-basic.json"
  STDOUT_REGEX "<ram:ID>urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic</ram:ID>")
fx_cli_case(xml_profile_overrides_description 0 "xml|--profile=en16931|${FX_CLI_DATA}/profile-basic.json"
  STDOUT_REGEX "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>")
fx_cli_case(xml_end_of_options 0 "xml|--|-"
  STDIN_FILE "${FX_CLI_EXAMPLE}"
  STDOUT_REGEX "<rsm:CrossIndustryInvoice ")
fx_cli_case(describe_stdout 0 "describe|${FX_CLI_CEN}/CII_example3.xml"
  REQUIRE "${FX_CLI_CEN}/CII_example3.xml"
  STDOUT_REGEX "^{\n  \"profile\": \"EN 16931\",\n.*\"number\": "
  STDERR_EMPTY 1)
fx_cli_case(describe_output 0 "describe|-o|{work}/d.json|${FX_CLI_CEN}/CII_example3.xml"
  REQUIRE "${FX_CLI_CEN}/CII_example3.xml"
  STDOUT_EMPTY 1
  FILE "{work}/d.json"
  FILE_REGEX "\"lines\": .\n +{\n +\"id\": "
  NO_TEMP 1)

# describe then xml gives back the same invoice: the two commands chained.
fx_cli_case(roundtrip_describe 0 "describe|-o|${FX_CLI_WORK}/roundtrip.json|${FX_CLI_CEN}/CII_example3.xml"
  REQUIRE "${FX_CLI_CEN}/CII_example3.xml")
fx_cli_case(roundtrip_xml 0 "xml|${FX_CLI_WORK}/roundtrip.json"
  REQUIRE "${FX_CLI_CEN}/CII_example3.xml"
  STDOUT_REGEX "<rsm:ExchangedDocument>[ \n]*<ram:ID>TOSL108</ram:ID>.*<ram:GrandTotalAmount>1125(\\.00)?</ram:GrandTotalAmount>.*<ram:DuePayableAmount>1125(\\.00)?</ram:DuePayableAmount>")
set_tests_properties(cli_roundtrip_describe PROPERTIES FIXTURES_SETUP fx_cli_roundtrip)
set_tests_properties(cli_roundtrip_xml PROPERTIES FIXTURES_REQUIRED fx_cli_roundtrip)

# The same without ../shared: xml, describe of that XML, then xml again
# gives the very same bytes.
fx_cli_case(own_xml 0 "xml|${FX_CLI_EXAMPLE}|-o|${FX_CLI_WORK}/own.xml")
fx_cli_case(own_describe 0 "describe|${FX_CLI_WORK}/own.xml|-o|${FX_CLI_WORK}/own.json"
  FILE "${FX_CLI_WORK}/own.json"
  FILE_REGEX "^{\n  \"profile\": \"EN 16931\",\n  \"number\": \"ANL-2026-0142\",.*\"grand_total\": 10038.16")
fx_cli_case(own_roundtrip 0 "xml|${FX_CLI_WORK}/own.json|-o|{work}/again.xml"
  FILE "{work}/again.xml"
  FILE_SAME "${FX_CLI_WORK}/own.xml")
set_tests_properties(cli_own_xml PROPERTIES FIXTURES_SETUP fx_cli_own)
set_tests_properties(cli_own_describe PROPERTIES FIXTURES_REQUIRED fx_cli_own FIXTURES_SETUP fx_cli_own_json)
set_tests_properties(cli_own_roundtrip PROPERTIES FIXTURES_REQUIRED fx_cli_own_json)

# docs/cli.md documents exactly the options of every --help.
add_test(NAME cli_doc COMMAND ${CMAKE_COMMAND} -DFX_EXE=$<TARGET_FILE:facturx_cli>
         -DDOC=${PROJECT_SOURCE_DIR}/docs/cli.md -P ${FX_CLI_DIR}/check_doc.cmake)

# Line arithmetic: the official CEN example 5 states a gross price, a
# discount and a net price that do not add up (no EN 16931 rule requires
# it): refused by default, accepted with --rules-only.
set(FX_CLI_CEN5 ${PROJECT_SOURCE_DIR}/examples/cen/CII_example5.json)
fx_cli_case(xml_line_arithmetic_strict 1 "xml|${FX_CLI_CEN5}"
  STDERR_REGEX "^facturx: line 1: BT-146 item net price is 1 but BT-148 item gross price 1.1 - BT-147 item price discount 10 gives -8.9")
fx_cli_case(xml_rules_only 0 "xml|--rules-only|${FX_CLI_CEN5}|-o|{work}/out.xml"
  FILE "{work}/out.xml" FILE_REGEX "<ram:DuePayableAmount>")

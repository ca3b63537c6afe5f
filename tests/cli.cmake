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
  STDOUT_REGEX "^Usage: facturx COMMAND.*generate INVOICE.json.*xml INVOICE.json.*embed --pdf --xml.*extract FILE.pdf.*attachments FILE.pdf.*describe INVOICE.xml.*Exit status"
  STDERR_EMPTY 1)
fx_cli_case(help_short 0 "-h" STDOUT_REGEX "^Usage: facturx COMMAND")
fx_cli_case(help_cmd 0 "help" STDOUT_REGEX "^Usage: facturx COMMAND")
foreach(cmd generate xml embed extract attachments describe validate batch help)
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
  STDERR_REGEX "^facturx: [^\n]*/examples/cen/CII_example5.json: line 1: BT-146 item net price is 1 but BT-148 item gross price 1.1 - BT-147 item price discount 10 gives -8.9")
fx_cli_case(xml_rules_only 0 "xml|--rules-only|${FX_CLI_CEN5}|-o|{work}/out.xml"
  FILE "{work}/out.xml" FILE_REGEX "<ram:DuePayableAmount>")

# ---- PDF commands: generate, embed, extract, attachments -----------------
# Fixtures: the visual PDFs of another program (tests/cli/make_pdf.c draws
# them with libharu), a Factur-X PDF made by generate with an attachment, and
# one of profile MINIMUM.
set(FX_CLI_PDFS ${FX_CLI_WORK}/pdfs)
set(FX_CLI_CORPUS ${PROJECT_SOURCE_DIR}/fuzz/corpus/pdf)
set(FX_CLI_GENERATED ${FX_CLI_WORK}/generated.pdf)
set(FX_CLI_SHEET ${FX_CLI_DATA}/timesheet.csv)
add_executable(fx_cli_make_pdf ${FX_CLI_DIR}/make_pdf.c)
target_include_directories(fx_cli_make_pdf PRIVATE ${FX_HPDF_INCLUDE})
target_link_libraries(fx_cli_make_pdf PRIVATE ${FX_HPDF_LIBRARY})
target_compile_definitions(fx_cli_make_pdf PRIVATE _POSIX_C_SOURCE=200809L)
add_test(NAME cli_make_pdfs COMMAND fx_cli_make_pdf ${FX_CLI_PDFS} /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
set_tests_properties(cli_make_pdfs PROPERTIES FIXTURES_SETUP fx_cli_pdfs)

fx_cli_case(gen_fixture 0 "generate|${FX_CLI_EXAMPLE}|--date|2026-12-02T09:30:00|--attach|${FX_CLI_SHEET},Supplement,Relevé d'heures, novembre|-o|${FX_CLI_GENERATED}"
  STDOUT_EMPTY 1
  STDERR_EMPTY 1
  FILE "${FX_CLI_GENERATED}"
  PDFTOTEXT_REGEX "FACTURE.*N° ANL-2026-0142.*Total TTC +10 038,16 €.*Net à payer +10 038,16 €.*dix mille trente-huit euros et seize centimes")
set_tests_properties(cli_gen_fixture PROPERTIES FIXTURES_SETUP fx_cli_generated)
fx_cli_case(gen_fixture_minimum 0 "generate|-p|minimum|--relationship|Alternative|${FX_CLI_EXAMPLE}|-o|${FX_CLI_WORK}/minimum.pdf"
  STDERR_REGEX "^facturx: warning: profile MINIMUM always uses AFRelationship Data for factur-x.xml[;] --relationship Alternative ignored\n$"
  FILE "${FX_CLI_WORK}/minimum.pdf")
set_tests_properties(cli_gen_fixture_minimum PROPERTIES FIXTURES_SETUP fx_cli_minimum)

# generate: success.
fx_cli_case(gen_english 0 "generate|--lang|en|${FX_CLI_EXAMPLE}|-o|{work}/invoice.pdf"
  FILE "{work}/invoice.pdf"
  PDFTOTEXT_REGEX "INVOICE.*No. ANL-2026-0142.*€10,038.16.*ten thousand thirty-eight euros and sixteen cents"
  NO_TEMP 1)
fx_cli_case(gen_replaces 0 "generate|${FX_CLI_EXAMPLE}|--output={work}/out.pdf"
  PRE_FILE "{work}/out.pdf"
  PRE_CONTENT "old\n"
  FILE "{work}/out.pdf"
  FILE_REGEX "^%PDF-1\\.7\n"
  NO_TEMP 1)
fx_cli_case(gen_stdout 0 "generate|${FX_CLI_EXAMPLE}|-o|-" STDOUT_REGEX "^%PDF-1\\.7\n")
fx_cli_case(gen_stdin 0 "generate|-|-o|{work}/out.pdf"
  STDIN_FILE "${FX_CLI_EXAMPLE}"
  FILE "{work}/out.pdf"
  PDFTOTEXT_REGEX "ANL-2026-0142")
fx_cli_case(gen_rules_only 0 "generate|--rules-only|${FX_CLI_CEN5}|-o|{work}/out.pdf"
  FILE "{work}/out.pdf")
fx_cli_case(gen_line_arithmetic_strict 1 "generate|${FX_CLI_CEN5}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*CII_example5.json: line 1: BT-146 item net price is 1 but"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_profile_from_description 0 "generate|${FX_CLI_DATA}/profile-basic.json|-o|{work}/out.pdf"
  FILE "{work}/out.pdf")
# Reproducible: --date twice, and SOURCE_DATE_EPOCH (1767225600 is
# 2026-01-01T00:00:00Z) give the very same bytes.
fx_cli_case(gen_repro_first 0 "generate|${FX_CLI_EXAMPLE}|--date|2026-01-01T00:00:00|-o|${FX_CLI_WORK}/repro.pdf")
set_tests_properties(cli_gen_repro_first PROPERTIES FIXTURES_SETUP fx_cli_repro)
fx_cli_case(gen_repro_again 0 "generate|${FX_CLI_EXAMPLE}|--date=2026-01-01T00:00:00Z|-o|{work}/again.pdf"
  FILE "{work}/again.pdf"
  FILE_SAME "${FX_CLI_WORK}/repro.pdf")
fx_cli_case(gen_repro_epoch 0 "generate|${FX_CLI_EXAMPLE}|-o|{work}/epoch.pdf"
  ENV "SOURCE_DATE_EPOCH=1767225600"
  FILE "{work}/epoch.pdf"
  FILE_SAME "${FX_CLI_WORK}/repro.pdf")
set_tests_properties(cli_gen_repro_again cli_gen_repro_epoch PROPERTIES
  FIXTURES_REQUIRED fx_cli_repro)

# generate: usage and I/O errors (status 2), nothing written.
fx_cli_case(gen_missing_output 2 "generate|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "^facturx generate: missing the output file \\(-o OUT.pdf\\)\nTry 'facturx generate --help'"
  STDOUT_EMPTY 1)
fx_cli_case(gen_missing_arg 2 "generate|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: missing the invoice description"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_too_many 2 "generate|a.json|b.json|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: too many arguments")
fx_cli_case(gen_unknown_option 2 "generate|--compact|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: unknown option '--compact'")
fx_cli_case(gen_bad_profile 2 "generate|-p|gold|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: unknown profile 'gold'"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_bad_lang 2 "generate|--lang|de|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: unknown language 'de' \\(expected fr or en"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_bad_date 2 "generate|--date|2026-02-30T10:00:00|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: date \"2026-02-30T10:00:00\": expected YYYY-MM-DDTHH:MM:SS"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_bad_epoch 2 "generate|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  ENV "SOURCE_DATE_EPOCH=yesterday"
  STDERR_REGEX "^facturx generate: SOURCE_DATE_EPOCH \"yesterday\": expected a number of seconds"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_bad_relationship 2 "generate|--relationship|Supplement|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: --relationship Supplement: the invoice XML can only be Data, Source or Alternative"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_unknown_relationship 2 "generate|--relationship|Sideways|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: unknown AFRelationship 'Sideways' \\(expected Data, Source, Alternative, Supplement or Unspecified\\)")
fx_cli_case(gen_attach_bad_relationship 2 "generate|--attach|${FX_CLI_SHEET},Attached|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: unknown AFRelationship 'Attached'"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_attach_no_name 2 "generate|--attach|,Data|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx generate: --attach needs a file name before the first comma")
fx_cli_case(gen_attach_missing 2 "generate|--attach|{work}/absent.pdf|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.pdf': "
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_attach_twice 2 "generate|--attach|${FX_CLI_SHEET}|--attach|${FX_CLI_SHEET},Unspecified|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: attachment timesheet.csv: name given twice"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_missing_template 2 "generate|--template|{work}/absent.json|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*absent.json: cannot open"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_missing_file 2 "generate|{work}/absent.json|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.json'"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_unwritable 2 "generate|${FX_CLI_EXAMPLE}|-o|{work}/no/such/dir/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*out.pdf"
  STDOUT_EMPTY 1
  FILE_ABSENT "{work}/no/such/dir/out.pdf")

# generate: invalid input (status 1), an existing output kept as it was.
fx_cli_case(gen_invalid_keeps_output 1 "generate|${FX_CLI_DATA}/total-mismatch.json|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*BT-112"
  STDOUT_EMPTY 1
  PRE_FILE "{work}/out.pdf"
  PRE_CONTENT "previous content\n"
  FILE "{work}/out.pdf"
  FILE_REGEX "^previous content\n$"
  NO_TEMP 1)
fx_cli_case(gen_syntax_error 1 "generate|${FX_CLI_DATA}/syntax-error.json|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*syntax-error.json:[0-9]+:[0-9]+: "
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_missing_number 1 "generate|--profile|minimum|${FX_CLI_DATA}/missing-number.json|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*BT-1 [^\n]*MINIMUM"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_bad_logo 1 "generate|--logo|${FX_CLI_SHEET}|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: logo [^\n]*timesheet.csv: not a valid PNG or JPEG image"
  PRE_FILE "{work}/out.pdf"
  PRE_CONTENT "kept\n"
  FILE "{work}/out.pdf"
  FILE_REGEX "^kept\n$"
  NO_TEMP 1)

# attachments: what generate embedded (name-tree order), a legacy file, none.
fx_cli_case(attachments_generated 0 "attachments|${FX_CLI_GENERATED}"
  STDOUT_REGEX "^factur-x.xml\ttext/xml\tAlternative\t[0-9]+\tFactur-X invoice\ntimesheet.csv\ttext/csv\tSupplement\t[0-9]+\tRelevé d'heures, novembre\n$"
  STDERR_EMPTY 1)
fx_cli_case(attachments_minimum 0 "attachments|${FX_CLI_WORK}/minimum.pdf"
  STDOUT_REGEX "^factur-x.xml\ttext/xml\tData\t[0-9]+\tFactur-X invoice\n$")
fx_cli_case(attachments_stdin 0 "attachments|-"
  STDIN_FILE "${FX_CLI_GENERATED}"
  STDOUT_REGEX "timesheet.csv\ttext/csv")
fx_cli_case(attachments_legacy 0 "attachments|${FX_CLI_CORPUS}/legacy-and-forbidden.pdf"
  STDOUT_REGEX "^a.txt\t-\t-\t-\t-\nzugferd-invoice.xml\ttext/xml\tAlternative\t121\tinvoice\n$")
fx_cli_case(attachments_none 0 "attachments|${FX_CLI_CORPUS}/minimal.pdf"
  STDOUT_EMPTY 1 STDERR_EMPTY 1)
fx_cli_case(attachments_not_pdf 1 "attachments|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "^facturx: [^\n]*invoice-fr-b2b.json: not a readable PDF"
  STDOUT_EMPTY 1)
fx_cli_case(attachments_missing_file 2 "attachments|{work}/absent.pdf"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.pdf'")
fx_cli_case(attachments_missing_arg 2 "attachments"
  STDERR_REGEX "^facturx attachments: missing the PDF file")
fx_cli_case(attachments_too_many 2 "attachments|a.pdf|b.pdf"
  STDERR_REGEX "^facturx attachments: too many arguments")
set_tests_properties(cli_attachments_generated cli_attachments_stdin PROPERTIES
  FIXTURES_REQUIRED fx_cli_generated)
set_tests_properties(cli_attachments_minimum PROPERTIES FIXTURES_REQUIRED fx_cli_minimum)

# extract: the XML in the PDF is the very XML "facturx xml" writes for the
# same description (one model, one call).
fx_cli_case(extract_generated 0 "extract|${FX_CLI_GENERATED}|-o|{work}/factur-x.xml"
  STDOUT_EMPTY 1
  STDERR_EMPTY 1
  FILE "{work}/factur-x.xml"
  FILE_SAME "${FX_CLI_WORK}/own.xml"
  NO_TEMP 1)
fx_cli_case(extract_stdout 0 "extract|${FX_CLI_GENERATED}"
  STDOUT_REGEX "^<\\?xml [^\n]*\n<rsm:CrossIndustryInvoice .*<ram:DuePayableAmount>10038.16</ram:DuePayableAmount>")
fx_cli_case(extract_stdin 0 "extract|-"
  STDIN_FILE "${FX_CLI_GENERATED}"
  STDOUT_REGEX "<ram:ID>ANL-2026-0142</ram:ID>")
fx_cli_case(extract_name 0 "extract|--name|timesheet.csv|${FX_CLI_GENERATED}|-o|{work}/sheet.csv"
  FILE "{work}/sheet.csv"
  FILE_SAME "${FX_CLI_SHEET}")
fx_cli_case(extract_name_absent 1 "extract|--name|nope.txt|${FX_CLI_GENERATED}|-o|{work}/x"
  STDERR_REGEX "has no attachment named 'nope.txt'"
  FILE_ABSENT "{work}/x")
fx_cli_case(extract_legacy 0 "extract|${FX_CLI_CORPUS}/legacy-and-forbidden.pdf"
  STDERR_REGEX "^facturx: note: [^\n]*legacy-and-forbidden.pdf carries a ZUGFeRD 2.0 invoice, named zugferd-invoice.xml, not factur-x.xml\n$"
  STDOUT_REGEX "^<\\?xml version=\"1.0\"\\?><rsm:CrossIndustryInvoice")
fx_cli_case(extract_none 1 "extract|${FX_CLI_CORPUS}/minimal.pdf|-o|{work}/out.xml"
  STDERR_REGEX "^facturx: [^\n]*minimal.pdf carries no invoice XML \\(none of factur-x.xml, ZUGFeRD-invoice.xml, zugferd-invoice.xml, xrechnung.xml\\)\n$"
  PRE_FILE "{work}/out.xml"
  PRE_CONTENT "kept\n"
  FILE "{work}/out.xml"
  FILE_REGEX "^kept\n$"
  NO_TEMP 1)
fx_cli_case(extract_not_pdf 1 "extract|${FX_CLI_EXAMPLE}"
  STDERR_REGEX "^facturx: [^\n]*not a readable PDF"
  STDOUT_EMPTY 1)
fx_cli_case(extract_missing_file 2 "extract|{work}/absent.pdf"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.pdf'")
fx_cli_case(extract_missing_arg 2 "extract" STDERR_REGEX "^facturx extract: missing the PDF file")
fx_cli_case(extract_too_many 2 "extract|a.pdf|b.pdf" STDERR_REGEX "^facturx extract: too many")
fx_cli_case(extract_unwritable 2 "extract|${FX_CLI_GENERATED}|-o|{work}/no/dir/x.xml"
  STDERR_REGEX "^facturx: cannot write '[^']*x.xml'"
  FILE_ABSENT "{work}/no/dir/x.xml")
set_tests_properties(cli_extract_generated PROPERTIES
  FIXTURES_REQUIRED "fx_cli_generated;fx_cli_own")
set_tests_properties(cli_extract_stdout cli_extract_stdin cli_extract_name
  cli_extract_name_absent cli_extract_unwritable PROPERTIES FIXTURES_REQUIRED fx_cli_generated)

# embed: a PDF drawn elsewhere + the XML of "facturx xml".
set(FX_CLI_MIN_XML ${PROJECT_SOURCE_DIR}/fuzz/corpus/cii/minimum.xml)
fx_cli_case(embed_fixture 0 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_MIN_XML}|--attach|${FX_CLI_SHEET}|--date|2026-11-24T12:00:00+01:00|-o|${FX_CLI_WORK}/embedded.pdf"
  STDOUT_EMPTY 1
  STDERR_EMPTY 1
  FILE "${FX_CLI_WORK}/embedded.pdf"
  PDFTOTEXT_WARNINGS_OK 1
  PDFTOTEXT_REGEX "Facture MIN-2026-001 \\(dessinée par un ERP\\).*Cabinet Bernard Conseil → Société Hôtelière.*1 500,00 €")
set_tests_properties(cli_embed_fixture PROPERTIES FIXTURES_REQUIRED fx_cli_pdfs
  FIXTURES_SETUP fx_cli_embedded)
fx_cli_case(embed_xml_kept 0 "extract|${FX_CLI_WORK}/embedded.pdf|-o|{work}/x.xml"
  FILE "{work}/x.xml"
  FILE_SAME "${FX_CLI_MIN_XML}")
fx_cli_case(embed_attachments 0 "attachments|${FX_CLI_WORK}/embedded.pdf"
  STDOUT_REGEX "^factur-x.xml\ttext/xml\tData\t2689\tFactur-X invoice\ntimesheet.csv\ttext/csv\tSupplement\t[0-9]+\t-\n$")
set_tests_properties(cli_embed_xml_kept cli_embed_attachments PROPERTIES
  FIXTURES_REQUIRED fx_cli_embedded)
fx_cli_case(embed_en16931 0 "embed|--xml|${FX_CLI_WORK}/own.xml|--pdf|${FX_CLI_PDFS}/clean.pdf|--relationship|Source|--lang|en|-o|{work}/out.pdf"
  STDERR_EMPTY 1
  FILE "{work}/out.pdf"
  NO_TEMP 1)
set_tests_properties(cli_embed_en16931 PROPERTIES FIXTURES_REQUIRED "fx_cli_pdfs;fx_cli_own")
fx_cli_case(embed_replaces_invoice 0 "embed|--pdf|${FX_CLI_GENERATED}|--xml|${FX_CLI_MIN_XML}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*generated.pdf: warnings:\n  existing-invoice: the PDF already embeds factur-x.xml \\(it will be replaced\\)\n$"
  FILE "{work}/out.pdf")
set_tests_properties(cli_embed_replaces_invoice PROPERTIES FIXTURES_REQUIRED fx_cli_generated)
fx_cli_case(embed_minimum_relationship 0 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_MIN_XML}|--relationship|Source|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: warning: profile MINIMUM always uses AFRelationship Data for factur-x.xml[;] --relationship Source ignored\n$"
  FILE "{work}/out.pdf")
fx_cli_case(embed_plain_cii_profile 0 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_DATA}/minimum-plain-cii.xml|-p|minimum|-o|{work}/out.pdf"
  FILE "{work}/out.pdf")

# embed: refusals (status 1): every reason listed, one line each; the
# output file kept as it was.
fx_cli_case(embed_base14 1 "embed|--pdf|${FX_CLI_PDFS}/base14.pdf|--xml|${FX_CLI_MIN_XML}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*base14.pdf cannot become a PDF/A-3b Factur-X file \\(1 reason\\):\n  font-not-embedded \\(object [0-9]+, page 1\\): font Helvetica [^\n]*is not embedded\nfacturx: [^\n]*base14.pdf: warnings:\n  font-no-tounicode \\(object [0-9]+, page 1\\): font Helvetica has no ToUnicode map[^\n]*\n$"
  STDOUT_EMPTY 1
  PRE_FILE "{work}/out.pdf"
  PRE_CONTENT "kept\n"
  FILE "{work}/out.pdf"
  FILE_REGEX "^kept\n$"
  NO_TEMP 1)
fx_cli_case(embed_forbidden 1 "embed|--pdf|${FX_CLI_CORPUS}/legacy-and-forbidden.pdf|--xml|${FX_CLI_MIN_XML}|-o|{work}/out.pdf"
  STDERR_REGEX "cannot become a PDF/A-3b Factur-X file \\(14 reasons\\):\n  additional-actions: [^\n]*\n  xobject \\(object 12\\): reference XObject[^\n]*\n  action \\(object 3\\): named action Print[^\n]*\n  action \\(object 1\\): JavaScript action[^\n]*\n  filter \\(object 13\\): LZWDecode filter[^\n]*\n  external-stream \\(object 13\\): [^\n]*\n  action \\(object 1\\): Launch action[^\n]*\n  annotation \\(page 1\\): Widget annotation[^\n]*\n  additional-actions \\(page 1\\): [^\n]*\n  annotation \\(page 1\\): 3D annotation[^\n]*\n  font-not-embedded \\(object 5, page 1\\): font Arial[^\n]*\n  font-structure \\(object 11, page 1\\): [^\n]*CIDToGIDMap\n  extgstate \\(page 1\\): [^\n]*\n  device-colour \\(object 3, page 1\\): DeviceCMYK[^\n]*\nfacturx: [^\n]*warnings:\n  font-no-tounicode [^\n]*\n  font-no-tounicode [^\n]*\n  existing-invoice: [^\n]*zugferd-invoice.xml\n$"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_encrypted 1 "embed|--pdf|${FX_CLI_CORPUS}/encrypted.pdf|--xml|${FX_CLI_MIN_XML}|-o|{work}/out.pdf"
  STDERR_REGEX "cannot become a PDF/A-3b Factur-X file \\(1 reason\\):\n  encrypted: "
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_not_pdf 1 "embed|--pdf|${FX_CLI_EXAMPLE}|--xml|${FX_CLI_MIN_XML}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*invoice-fr-b2b.json"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_json_as_xml 1 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_EXAMPLE}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*invoice-fr-b2b.json:1: XML error[^\n]*\nfacturx: [^\n]*invoice-fr-b2b.json is refused: embed needs the UN/CEFACT CII XML \\(Factur-X\\) of the invoice\n$"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_ubl 1 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_DATA}/ubl-invoice.xml|-o|{work}/out.pdf"
  STDERR_REGEX "not a CII invoice: the root element is 'Invoice' in namespace 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2'.*ubl-invoice.xml is refused"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_bad_total 1 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_DATA}/minimum-bad-total.xml|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*minimum-bad-total.xml: BT-112 [^\n]*1600.00[^\n]*1500.00"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_profile_mismatch 1 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_MIN_XML}|-p|en16931|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: [^\n]*minimum.xml: BT-24 specification identifier is urn:factur-x.eu:1p0:minimum \\(MINIMUM\\) but profile EN 16931 was asked"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_plain_cii 1 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_DATA}/minimum-plain-cii.xml|-o|{work}/out.pdf"
  STDERR_REGEX "minimum-plain-cii.xml: BT-24 specification identifier is not that of a Factur-X profile"
  FILE_ABSENT "{work}/out.pdf")
set_tests_properties(cli_embed_base14 cli_embed_json_as_xml cli_embed_ubl cli_embed_bad_total
  cli_embed_profile_mismatch cli_embed_plain_cii cli_embed_plain_cii_profile
  cli_embed_minimum_relationship PROPERTIES
  FIXTURES_REQUIRED fx_cli_pdfs)

# embed: usage and I/O errors (status 2).
fx_cli_case(embed_missing_pdf 2 "embed|--xml|x.xml|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx embed: missing the visual PDF \\(--pdf FILE.pdf\\)")
fx_cli_case(embed_missing_xml 2 "embed|--pdf|x.pdf|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx embed: missing the invoice XML \\(--xml INVOICE.xml\\)")
fx_cli_case(embed_missing_output 2 "embed|--pdf|x.pdf|--xml|x.xml"
  STDERR_REGEX "^facturx embed: missing the output file \\(-o OUT.pdf\\)")
fx_cli_case(embed_positional 2 "embed|x.pdf|--xml|x.xml|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx embed: unexpected argument 'x.pdf'")
fx_cli_case(embed_two_stdin 2 "embed|--pdf|-|--xml|-|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx embed: --pdf and --xml cannot both be standard input")
fx_cli_case(embed_bad_profile 2 "embed|--pdf|x.pdf|--xml|x.xml|-p|gold|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx embed: unknown profile 'gold'")
fx_cli_case(embed_bad_relationship 2 "embed|--pdf|x.pdf|--xml|x.xml|--relationship|Unspecified|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx embed: --relationship Unspecified: the invoice XML can only be")
fx_cli_case(embed_missing_file 2 "embed|--pdf|{work}/absent.pdf|--xml|${FX_CLI_MIN_XML}|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.pdf'"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(embed_unwritable 2 "embed|--pdf|${FX_CLI_PDFS}/clean.pdf|--xml|${FX_CLI_MIN_XML}|-o|{work}/no/dir/out.pdf"
  STDERR_REGEX "^facturx: cannot write '[^']*out.pdf'"
  FILE_ABSENT "{work}/no/dir/out.pdf")
set_tests_properties(cli_embed_unwritable PROPERTIES FIXTURES_REQUIRED fx_cli_pdfs)

# The shared checker (--strict) accepts what generate and embed wrote
# (skipped without ../shared).
set(FX_CLI_CHECKER ${FX_SHARED_DIR}/tools/facturx-pdf-check.py)
foreach(pdf generated minimum embedded)
  add_test(NAME cli_checker_${pdf}
    COMMAND sh -c "[ -f \"$0\" ] || { echo \"SKIPPED: $0 is absent\"; exit 77; }; exec /usr/bin/python3 \"$0\" --strict --failures-only \"$1\""
            ${FX_CLI_CHECKER} ${FX_CLI_WORK}/${pdf}.pdf)
  set_tests_properties(cli_checker_${pdf} PROPERTIES SKIP_RETURN_CODE 77
    FIXTURES_REQUIRED "fx_cli_${pdf}")
endforeach()

# ---- validate ---------------------------------------------------------------
# Our corpus files (tests/corpus/README.md): one valid, one with BR-CO-10.
set(FX_CLI_OK_XML ${PROJECT_SOURCE_DIR}/tests/corpus/cen-co/br-co-17-vat-amount-within-one-ok.xml)
set(FX_CLI_BAD_XML ${PROJECT_SOURCE_DIR}/tests/corpus/cen-co/br-co-10-line-sum-off-by-one-cent.xml)
fx_cli_case(validate_valid_xml 0 "validate|--no-fr|${FX_CLI_OK_XML}"
  STDOUT_REGEX "^[^\n]*br-co-17-vat-amount-within-one-ok.xml: valid \\(xml, profile EN 16931\\)\n  no finding\nSummary: 0 fatal, 0 warning, 0 information -> valid\n$"
  STDERR_EMPTY 1)
fx_cli_case(validate_invalid_xml 1 "validate|--no-fr|${FX_CLI_BAD_XML}"
  STDOUT_REGEX "INVALID \\(xml, profile EN 16931\\)\nLayer 4 EN 16931 rules[^\n]*\n  fatal +BR-CO-10 \\[BT-106\\] line [0-9]+ /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation\n      The sum of the line net amounts.*Layer 5 .*Summary: 4 fatal.*-> INVALID\n$")
fx_cli_case(validate_french 1 "validate|--no-fr|--lang|fr|${FX_CLI_BAD_XML}"
  STDOUT_REGEX "NON VALIDE.*Couche 4 règles EN 16931.*bloquant +BR-CO-10.*La somme des montants nets des lignes \\(BT-106\\).*Bilan: ")
fx_cli_case(validate_json 1 "validate|--no-fr|--format|json|${FX_CLI_BAD_XML}"
  STDOUT_REGEX "^{\n  \"source\": \"[^\"]*br-co-10-line-sum-off-by-one-cent.xml\",\n  \"input\": \"xml\",\n  \"profile\": \"EN 16931\",.*\"verdict\": \"invalid\",.*\"rule\": \"BR-CO-10\",\n      \"bt\": \"BT-106\",\n      \"xpath\": \"/rsm:CrossIndustryInvoice/[^\"]*\",\n      \"line\": [0-9]+,")
fx_cli_case(validate_json_fr_locale 1 "validate|--no-fr|--format|json|${FX_CLI_BAD_XML}"
  ENV "LC_ALL=fr_FR.UTF-8"
  STDOUT_REGEX "\"line\": [0-9]+,")
fx_cli_case(validate_many 1 "validate|--no-fr|${FX_CLI_OK_XML}|${FX_CLI_BAD_XML}"
  STDOUT_REGEX "br-co-17-vat-amount-within-one-ok.xml: valid \\(0 fatal, 0 warning\\(s\\)\\)\n.*br-co-10-line-sum-off-by-one-cent.xml: INVALID \\(4 fatal, 0 warning\\(s\\)\\)\n2 files: 1 valid, 1 invalid, 0 unreadable\n$")
fx_cli_case(validate_quiet 0 "validate|--no-fr|--quiet|${FX_CLI_OK_XML}"
  STDOUT_REGEX "^[^\n]*br-co-17-vat-amount-within-one-ok.xml: valid \\(0 fatal, 0 warning\\(s\\)\\)\n$")
fx_cli_case(validate_json_many 2 "validate|--no-fr|--format|json|${FX_CLI_OK_XML}|{work}/absent.xml"
  STDOUT_REGEX "^\\[\n{\n  \"source\".*\"verdict\": \"valid\".*},\n{\n  \"source\": \"[^\"]*absent.xml\",\n  \"error\": \"[^\"]*\"\n}\n\\]\n$")
fx_cli_case(validate_unreadable 2 "validate|--no-fr|${FX_CLI_OK_XML}|{work}/absent.xml"
  STDOUT_REGEX "absent.xml: UNREADABLE\n2 files: 1 valid, 0 invalid, 1 unreadable\n$"
  STDERR_REGEX "^facturx: [^\n]*absent.xml[^\n]*\n$")
fx_cli_case(validate_not_xml 2 "validate|{work}/notes.txt"
  PRE_FILE "{work}/notes.txt" PRE_CONTENT "just some text"
  STDERR_REGEX "^facturx: [^\n]*notes.txt: neither a PDF")
fx_cli_case(validate_stdin 1 "validate|--no-fr|-" STDIN_FILE "${FX_CLI_BAD_XML}"
  STDOUT_REGEX "^-: INVALID")
fx_cli_case(validate_forced_profile 0 "validate|--no-fr|--quiet|--profile|extended|${FX_CLI_OK_XML}"
  STDOUT_REGEX ": valid")
fx_cli_case(validate_generated_pdf 0 "validate|${FX_CLI_GENERATED}"
  STDOUT_REGEX "^[^\n]*generated.pdf: valid \\(pdf, profile EN 16931\\)")
set_tests_properties(cli_validate_generated_pdf PROPERTIES FIXTURES_REQUIRED fx_cli_generated)
fx_cli_case(validate_missing_file 2 "validate"
  STDERR_REGEX "^facturx validate: missing the file\\(s\\) to validate")
fx_cli_case(validate_bad_format 2 "validate|--format|xml|x.xml"
  STDERR_REGEX "^facturx validate: unknown format 'xml'")
fx_cli_case(validate_fr_conflict 2 "validate|--fr|--no-fr|x.xml"
  STDERR_REGEX "^facturx validate: --fr and --no-fr exclude each other")
fx_cli_case(validate_bad_lang 2 "validate|--lang|de|x.xml" STDERR_REGEX "^facturx validate: ")
fx_cli_case(validate_bad_profile 2 "validate|--profile|gold|x.xml"
  STDERR_REGEX "^facturx validate: unknown profile 'gold'")

# generate refuses an invoice whose XML fails validation (a credit transfer
# without account: CII-SR-470), unless --no-validate.
fx_cli_case(gen_refuses_invalid 1 "generate|${FX_CLI_DATA}/credit-transfer-no-account.json|-o|{work}/out.pdf"
  STDERR_REGEX "^facturx: factur-x.xml does not pass validation \\([0-9]+ fatal finding[s]?; nothing written;[^\n]*\n  (en16931|facturx) [A-Z]"
  FILE_ABSENT "{work}/out.pdf")
fx_cli_case(gen_no_validate 0 "generate|--no-validate|${FX_CLI_DATA}/credit-transfer-no-account.json|-o|{work}/out.pdf"
  FILE "{work}/out.pdf")
# ---- works statements (facturx works generate | xml | show) ----------------
set(FX_CLI_WORKS ${PROJECT_SOURCE_DIR}/examples/works/titulaire)
set(FX_CLI_W1 ${FX_CLI_WORKS}/01-mensuel-2025-01.json)
set(FX_CLI_W2 ${FX_CLI_WORKS}/02-mensuel-2025-02.json)
set(FX_CLI_W3 ${FX_CLI_WORKS}/03-mensuel-2025-03.json)
set(FX_CLI_W4 ${FX_CLI_WORKS}/04-mensuel-2025-04.json)
set(FX_CLI_WSTATE ${FX_CLI_WORK}/works-state.json)
fx_cli_case(help_of_works 0 "help|works" STDOUT_REGEX "^Usage: facturx works generate .*Options:.*--state FILE.*--previous FILE" STDERR_EMPTY 1)
fx_cli_case(works_option_help 0 "works|--help" STDOUT_REGEX "^Usage: facturx works generate" STDERR_EMPTY 1)
fx_cli_case(works_sub_help 0 "works|show|-h" STDOUT_REGEX "^Usage: facturx works generate")
fx_cli_case(works_no_subcommand 2 "works"
  STDERR_REGEX "^facturx works: missing the subcommand \\(generate, xml or show\\)\nTry 'facturx works --help'")
fx_cli_case(works_unknown_subcommand 2 "works|make|${FX_CLI_W1}"
  STDERR_REGEX "^facturx works: unknown subcommand 'make'")
fx_cli_case(works_option_not_for 2 "works|show|--template|t.json|${FX_CLI_W1}"
  STDERR_REGEX "^facturx works: option '--template' is not for 'works show'"
  STDOUT_EMPTY 1)
fx_cli_case(works_missing_output 2 "works|generate|${FX_CLI_W1}"
  STDERR_REGEX "^facturx works: missing the output file \\(-o OUT.pdf\\)")
fx_cli_case(works_missing_statement 2 "works|show"
  STDERR_REGEX "^facturx works: missing the statement description")
fx_cli_case(works_missing_file 2 "works|show|{work}/absent.json"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.json'")
fx_cli_case(works_show 0 "works|show|${FX_CLI_W1}"
  STDOUT_REGEX "^Projet de décompte mensuel n° 1 - marché 2025-TRX-014 - cadre A4\n.*g\\) Retenue de garantie +2358.00 +0.00 +2358.00\n.*Net au déposant \\(j - k\\) +45273.60 +0.00 +45273.60\n$"
  STDERR_EMPTY 1)
fx_cli_case(works_show_english 0 "works|show|--lang|en|${FX_CLI_W1}"
  STDOUT_REGEX "Payable to the depositor \\(j - k\\) +45273.60")
fx_cli_case(works_show_previous 0 "works|show|--previous|${FX_CLI_W1}|--previous|${FX_CLI_W2}|${FX_CLI_W3}"
  STDOUT_REGEX "c\\) Révision des prix +3595.93 +1589.11 +2006.82\n.*h\\) Remboursement de l'avance +20022.86 +0.00 +20022.86")
fx_cli_case(works_show_locale 0 "works|show|${FX_CLI_W1}"
  ENV "LC_ALL=fr_FR.UTF-8"
  STDOUT_REGEX "e\\) TVA +7938.60 +0.00 +7938.60")
fx_cli_case(works_skip 1 "works|show|${FX_CLI_W3}"
  STDERR_REGEX "^facturx: [^\n]*03-mensuel-2025-03.json: statement 3 needs statements 1 to 2 before it"
  STDOUT_EMPTY 1)
fx_cli_case(works_bad_statement 1 "works|show|${FX_CLI_DATA}/syntax-error.json"
  STDERR_REGEX "^facturx: [^\n]*syntax-error.json:[0-9]+:[0-9]+: ")
fx_cli_case(works_xml 0 "works|xml|${FX_CLI_W1}"
  STDOUT_REGEX "<ram:ID>A4</ram:ID>.*<ram:ID>urn:cen.eu:en16931:2017</ram:ID>.*<ram:DuePayableAmount>45273.60</ram:DuePayableAmount>")
fx_cli_case(works_xml_extended 0 "works|xml|-p|extended|--previous|${FX_CLI_W1}|--previous|${FX_CLI_W2}|${FX_CLI_W3}|-o|{work}/s3.xml"
  FILE "{work}/s3.xml"
  FILE_REGEX "<ram:SpecifiedAdvancePayment>.*<ram:PaidAmount>20022.86</ram:PaidAmount>"
  NO_TEMP 1)
# A series kept in a state file: statements 1 and 2 recorded; 4 would skip
# 3; a changed statement 2 is refused; nothing is written on refusal.
fx_cli_case(works_state_1 0 "works|generate|--state|${FX_CLI_WSTATE}|--date|2025-07-01T10:00:00|${FX_CLI_W1}|-o|{work}/1.pdf"
  STDOUT_EMPTY 1
  STDERR_EMPTY 1
  FILE "{work}/1.pdf"
  PDFTOTEXT_REGEX "PROJET DE DÉCOMPTE MENSUEL.*Présent décompte.*Arrêté le présent décompte à la somme de quarante-cinq mille")
fx_cli_case(works_state_2 0 "works|generate|--state|${FX_CLI_WSTATE}|${FX_CLI_W2}|-o|{work}/2.pdf"
  FILE "${FX_CLI_WSTATE}"
  FILE_REGEX "^{\n  \"format\": \"facturx-works-series\".*\"number\": 1,.*\"payable\": \"45273.60\".*\"number\": 2,.*\"payable\": \"118475.35\""
  NO_TEMP 1)
fx_cli_case(works_state_skip 1 "works|generate|--state|${FX_CLI_WSTATE}|${FX_CLI_W4}|-o|{work}/4.pdf"
  STDERR_REGEX "^facturx: [^\n]*04-mensuel-2025-04.json: statement 4 would skip statement 3: the series state ends with statement 2"
  FILE_ABSENT "{work}/4.pdf")
fx_cli_case(works_state_changed 1 "works|generate|--state|${FX_CLI_WSTATE}|${FX_CLI_DATA}/works-02-changed.json|-o|{work}/2.pdf"
  STDERR_REGEX "^facturx: [^\n]*works-02-changed.json: statement 2 differs from the one recorded in the series: the progress of work item \"3.1\" is 400 now, 420 when it was recorded"
  FILE_ABSENT "{work}/2.pdf")
fx_cli_case(works_state_again 0 "works|show|--state|${FX_CLI_WSTATE}|${FX_CLI_W2}"
  STDOUT_REGEX "Net au déposant \\(j - k\\) +118475.35 +45273.60 +73201.75")
fx_cli_case(works_state_previous_changed 1 "works|show|--state|${FX_CLI_WSTATE}|--previous|${FX_CLI_W1}|--previous|${FX_CLI_DATA}/works-02-changed.json|${FX_CLI_W3}"
  STDERR_REGEX "works-02-changed.json: statement 2 differs from the one recorded"
  STDOUT_EMPTY 1)
set_tests_properties(cli_works_state_1 PROPERTIES FIXTURES_SETUP fx_cli_works_1)
set_tests_properties(cli_works_state_2 PROPERTIES FIXTURES_REQUIRED fx_cli_works_1
                     FIXTURES_SETUP fx_cli_works_2)
set_tests_properties(cli_works_state_skip cli_works_state_changed cli_works_state_again
                     cli_works_state_previous_changed PROPERTIES FIXTURES_REQUIRED fx_cli_works_2)
# ---- batch: CSV exports -> one Factur-X PDF per invoice ------------------
# The examples of examples/csv: the table printed is the expected one
# (examples/csv/expected), and the shared checker accepts every PDF.
set(FX_CLI_CSV ${PROJECT_SOURCE_DIR}/examples/csv)
set(FX_CLI_SELLER ${FX_CLI_CSV}/vendeur.json)
fx_cli_case(batch_excel 0 "batch|${FX_CLI_CSV}/export-excel.csv|--seller|${FX_CLI_SELLER}|-o|out"
  STDOUT_SAME "${FX_CLI_CSV}/expected/export-excel.txt"
  STDERR_EMPTY 1
  FILE "{work}/out/summary.json"
  FILE_REGEX "\"encoding\": \"windows-1252\",\n  \"separator\": \"[;]\",\n  \"counts\": {\"total\": 6, \"produced\": 6, \"skipped\": 0, \"failed\": 0, \"not_processed\": 0}"
  NO_TEMP 1)
fx_cli_case(batch_libreoffice 0 "batch|${FX_CLI_CSV}/export-libreoffice.csv|--seller|${FX_CLI_SELLER}|-j|2|-o|out"
  STDOUT_SAME "${FX_CLI_CSV}/expected/export-libreoffice.txt"
  FILE "{work}/out/summary.json"
  FILE_REGEX "\"encoding\": \"UTF-8\",\n  \"separator\": \",\"")
fx_cli_case(batch_two_files 0 "batch|${FX_CLI_CSV}/factures.csv|--lines|${FX_CLI_CSV}/lignes.csv|--seller|${FX_CLI_SELLER}|-o|out"
  STDOUT_SAME "${FX_CLI_CSV}/expected/factures-lignes.txt"
  FILE "{work}/out/FC-0302.pdf"
  PDFTOTEXT_REGEX "FC-0302.*Onduleur 1500 VA.*Intervention sur site.*700,80")
fx_cli_case(batch_compta 0 "batch|${FX_CLI_CSV}/export-compta.txt|--map|${FX_CLI_CSV}/mapping-compta.json|-o|out"
  STDOUT_SAME "${FX_CLI_CSV}/expected/export-compta.txt"
  FILE "{work}/out/VT000512.pdf"
  PDFTOTEXT_REGEX "Abonnement cloud œuvres & données - 10 € HT par")
foreach(ex excel libreoffice two_files compta)
  set_tests_properties(cli_batch_${ex} PROPERTIES FIXTURES_SETUP fx_cli_batch_${ex})
  add_test(NAME cli_checker_batch_${ex}
    COMMAND sh -c "[ -f \"$0\" ] || { echo \"SKIPPED: $0 is absent\"; exit 77; }; n=0; for f in \"$1\"/*.pdf; do /usr/bin/python3 \"$0\" --strict --failures-only \"$f\" || exit 1; n=$((n+1)); done; [ $n -gt 0 ]"
            ${FX_CLI_CHECKER} ${FX_CLI_WORK}/batch_${ex}/out)
  set_tests_properties(cli_checker_batch_${ex} PROPERTIES SKIP_RETURN_CODE 77
    FIXTURES_REQUIRED fx_cli_batch_${ex})
endforeach()

# Every error class of an export, each with its file, row and column; the
# other invoices are produced; exit status 1.
set(FX_CLI_BATCH_ERR ${FX_CLI_DATA}/batch-errors.csv)
fx_cli_case(batch_errors 1 "batch|${FX_CLI_BATCH_ERR}|--seller|${FX_CLI_SELLER}|-j|2|-o|out"
  STDOUT_REGEX "^status +invoice +rows +lines +due +file or reason\nproduced  FA-1 +2-2 +1 +120.00 EUR  FA-1.pdf\nfailed    FA-2 +3-3 +- +-  [^\n]*batch-errors.csv: row 3, column F \"Quantité\": lines.quantity \\(BT-129\\): expected a number such as 1 234,56 or -12,5, got \"trois\"\nfailed    FA-3 +4-4 +- +-  [^\n]*batch-errors.csv: row 4, column B \"Date facture\": issue_date \\(BT-2\\): expected a date dd/mm/yyyy or yyyy-mm-dd \\(no such day\\), got \"31/11/2026\"\nfailed    FA-4 +5-6 +- +-  [^\n]*batch-errors.csv: row 6, column C \"Client\": buyer.name \\(BT-44\\): expected the same value on every row of invoice FA-4 \\(row 5 has \"Durand\"\\), got \"Dupont\"\nfailed     +7-7 +- +-  [^\n]*batch-errors.csv: row 7, column A \"Numéro facture\": the invoice number \\(number, BT-1\\) is empty: expected the number of the invoice this row belongs to\nfailed    FA-5 +8-8 +- +-  [^\n]*batch-errors.csv: row 8, then row 10: the rows of invoice FA-5 are not together: sort the export by invoice number\nproduced  FA-6 +9-9 +1 +120.00 EUR  FA-6.pdf\nproduced  FA-7 +11-11 +1 +120.00 EUR  FA-7.pdf\n8 invoices: 3 produced, 0 skipped \\(up to date\\), 5 failed[;] summary: out/summary.json\n$"
  STDERR_REGEX "^facturx: warning: [^\n]*batch-errors.csv: column I \"Quantite\" is not in the mapping: ignored \\(did you mean \"Quantité\"\\?\\)\n$"
  FILE "{work}/out/summary.json"
  FILE_REGEX "\"warnings\": .\n    \"[^\n]*column I .*{\"number\": \"FA-2\", \"status\": \"failed\", \"source\": \"[^\"]*batch-errors.csv\", \"rows\": \\[3, 3\\], \"reason\": \"[^\"]*row 3, column F .*\"counts\": {\"total\": 8, \"produced\": 3, \"skipped\": 0, \"failed\": 5, \"not_processed\": 0}"
  NO_TEMP 1)
fx_cli_case(batch_strict 1 "batch|${FX_CLI_BATCH_ERR}|--seller|${FX_CLI_SELLER}|--strict|-j|1|-o|out"
  STDOUT_REGEX "produced  FA-1 [^\n]*\nfailed    FA-2 [^\n]*row 3, column F[^\n]*\n8 invoices: 1 produced, 0 skipped \\(up to date\\), 1 failed, 6 not processed \\(--strict stops at the first failure\\)"
  FILE_ABSENT "{work}/out/FA-6.pdf")
# A second run skips what is up to date; --force makes it again.
fx_cli_case(batch_first_run 0 "batch|${FX_CLI_CSV}/factures.csv|--lines|${FX_CLI_CSV}/lignes.csv|--seller|${FX_CLI_SELLER}|-o|${FX_CLI_WORK}/batch-twice")
fx_cli_case(batch_second_run 0 "batch|${FX_CLI_CSV}/factures.csv|--lines|${FX_CLI_CSV}/lignes.csv|--seller|${FX_CLI_SELLER}|-o|${FX_CLI_WORK}/batch-twice"
  STDOUT_REGEX "skipped   FC-0301 +2-2 +1 +216.00 EUR  FC-0301.pdf \\(up to date\\)\nskipped   FC-0302 [^\n]*\n2 invoices: 0 produced, 2 skipped")
fx_cli_case(batch_forced_run 0 "batch|${FX_CLI_CSV}/factures.csv|--lines|${FX_CLI_CSV}/lignes.csv|--seller|${FX_CLI_SELLER}|--force|-o|${FX_CLI_WORK}/batch-twice"
  STDOUT_REGEX "2 invoices: 2 produced, 0 skipped")
set_tests_properties(cli_batch_first_run PROPERTIES FIXTURES_SETUP fx_cli_batch_twice)
set_tests_properties(cli_batch_second_run PROPERTIES FIXTURES_REQUIRED fx_cli_batch_twice
  FIXTURES_SETUP fx_cli_batch_twice2)
set_tests_properties(cli_batch_forced_run PROPERTIES FIXTURES_REQUIRED fx_cli_batch_twice2)

# A header row without the invoice number: status 1, nothing written.
fx_cli_case(batch_no_number_column 1 "batch|${FX_CLI_DATA}/batch-no-number.csv|-o|{work}/out"
  STDERR_REGEX "^facturx: [^\n]*batch-no-number.csv: row 1: no column \"Numéro facture\" or \"N° facture\", the invoice number \\(number, BT-1\\)"
  STDOUT_EMPTY 1
  FILE_ABSENT "{work}/out")
fx_cli_case(batch_bad_mapping 1 "batch|${FX_CLI_BATCH_ERR}|--map|${FX_CLI_DATA}/bad-decimal.json|-o|{work}/out"
  STDERR_REGEX "^facturx: [^\n]*bad-decimal.json:[0-9]+:[0-9]+: [$]\\.[^\n]*: unknown key")

# The templates.
fx_cli_case(batch_template_csv 0 "batch|--template-csv"
  STDOUT_REGEX "^...Numéro facture[;]Date facture[;]Type document[;][^\n]*[;]Désignation[;][^\n]*[;]Quantité[;]Unité[;]Prix unitaire HT[;][^\n]*\r\n$"
  STDERR_EMPTY 1)
fx_cli_case(batch_template_csv_map 0 "batch|--template-csv|--map|${FX_CLI_CSV}/mapping-compta.json|--separator|tab|-o|{work}/t.csv"
  FILE "{work}/t.csv"
  FILE_REGEX "^...Piece\tDateFact\tTiers\tSiren\tAdr1\tCP\tVille\tLibelle\tQte\tPU\tTxTVA\tMtHT\tAdrElec\r\n$")
fx_cli_case(batch_template_mapping 0 "batch|--template-mapping"
  STDOUT_REGEX "^{\n  \"decimal_mark\": \"auto\",\n  \"columns\": {\n    \"Numéro facture\": \"number\",")

# Usage and I/O errors (status 2).
fx_cli_case(batch_missing_export 2 "batch|-o|{work}/out"
  STDERR_REGEX "^facturx batch: missing the CSV export EXPORT.csv\nTry 'facturx batch --help'")
fx_cli_case(batch_missing_output 2 "batch|${FX_CLI_BATCH_ERR}"
  STDERR_REGEX "^facturx batch: missing the output folder \\(-o OUTDIR\\)")
fx_cli_case(batch_too_many 2 "batch|a.csv|b.csv|-o|{work}/out"
  STDERR_REGEX "^facturx batch: too many arguments")
fx_cli_case(batch_bad_jobs 2 "batch|${FX_CLI_BATCH_ERR}|-j|0|-o|{work}/out"
  STDERR_REGEX "^facturx batch: --jobs '0': expected a number from 1 to 64")
fx_cli_case(batch_bad_separator 2 "batch|${FX_CLI_BATCH_ERR}|--separator|ab|-o|{work}/out"
  STDERR_REGEX "^facturx batch: --separator 'ab': expected")
fx_cli_case(batch_stdin 2 "batch|-|-o|{work}/out"
  STDERR_REGEX "^facturx batch: the export must be a file")
fx_cli_case(batch_missing_file 2 "batch|{work}/absent.csv|-o|{work}/out"
  STDERR_REGEX "^facturx: cannot open '[^']*absent.csv': "
  FILE_ABSENT "{work}/out")
fx_cli_case(batch_bad_encoding 2 "batch|${FX_CLI_BATCH_ERR}|--encoding|klingon-8|-o|{work}/out"
  STDERR_REGEX "^facturx: unknown encoding 'klingon-8'")
fx_cli_case(batch_unwritable 2 "batch|${FX_CLI_CSV}/factures.csv|--lines|${FX_CLI_CSV}/lignes.csv|-o|/proc/facturx-out"
  STDERR_REGEX "^facturx: cannot create the folder '/proc/facturx-out'")

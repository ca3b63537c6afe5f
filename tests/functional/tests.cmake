# Functional tests: the CII reader, the BT-by-BT comparator, and round trips
# against the official CEN example invoices of ../shared (skipped, exit 77,
# when ../shared is absent); every example as a Factur-X PDF. Included by
# tests/CMakeLists.txt.
set(FX_FUNC_DIR ${CMAKE_CURRENT_LIST_DIR})
set(FX_SUPPORT_DIR ${CMAKE_CURRENT_SOURCE_DIR}/support)

# The comparator and the test helpers, shared by the functional programs.
add_library(fx_functional_support STATIC
  ${FX_SUPPORT_DIR}/test_support.c
  ${FX_SUPPORT_DIR}/bt_compare.c
  ${FX_SUPPORT_DIR}/bt_table.c)
target_include_directories(fx_functional_support PUBLIC ${PROJECT_SOURCE_DIR}/src
                           ${FX_SUPPORT_DIR} ${FX_FUNC_DIR})
target_link_libraries(fx_functional_support PUBLIC facturx_static PkgConfig::CHECK
                      PkgConfig::LIBXML2)
target_compile_definitions(fx_functional_support PUBLIC
  FX_SOURCE_DIR="${PROJECT_SOURCE_DIR}" FX_SHARED_DIR="${FX_SHARED_DIR}"
  _POSIX_C_SOURCE=200809L)

foreach(name test_bt_compare test_cii_reader test_official_roundtrip test_cen_examples)
  if(EXISTS ${FX_FUNC_DIR}/${name}.c)
    add_executable(${name} ${FX_FUNC_DIR}/${name}.c ${FX_FUNC_DIR}/functional_support.c)
    target_link_libraries(${name} PRIVATE fx_functional_support)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77
                         ENVIRONMENT "CK_DEFAULT_TIMEOUT=300")
  endif()
endforeach()

# Every example description as a Factur-X PDF, checked with qpdf, poppler
# and the shared checker (that part skipped without ../shared).
if(EXISTS ${FX_FUNC_DIR}/test_examples_pdf.c)
  add_executable(test_examples_pdf ${FX_FUNC_DIR}/test_examples_pdf.c)
  target_link_libraries(test_examples_pdf PRIVATE fx_functional_support)
  add_test(NAME test_examples_pdf COMMAND test_examples_pdf)
  set_tests_properties(test_examples_pdf PROPERTIES SKIP_RETURN_CODE 77
                       ENVIRONMENT "CK_DEFAULT_TIMEOUT=300")
endif()

# Internal tool (not installed): converts a CII file to a JSON description.
if(EXISTS ${FX_FUNC_DIR}/cii_to_json.c)
  add_executable(cii_to_json ${FX_FUNC_DIR}/cii_to_json.c)
  target_include_directories(cii_to_json PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(cii_to_json PRIVATE facturx_static)
  target_compile_definitions(cii_to_json PRIVATE _POSIX_C_SOURCE=200809L)
endif()

# The validator against the official verdicts of ../shared/reference/conformance:
# a support library, the developer tool conformance_diff (per file, the ids we
# miss / report extra) and one test per column of expected.tsv.
if(EXISTS ${FX_FUNC_DIR}/conformance.c)
  add_library(fx_conformance STATIC ${FX_FUNC_DIR}/conformance.c)
  target_include_directories(fx_conformance PUBLIC ${FX_FUNC_DIR})
  target_link_libraries(fx_conformance PUBLIC facturx_static)
  target_compile_definitions(fx_conformance PUBLIC FX_SHARED_DIR="${FX_SHARED_DIR}"
                             _POSIX_C_SOURCE=200809L)
  add_executable(conformance_diff ${FX_FUNC_DIR}/conformance_diff.c)
  target_link_libraries(conformance_diff PRIVATE fx_conformance)
endif()
if(EXISTS ${FX_FUNC_DIR}/test_conformance.c)
  add_executable(test_conformance ${FX_FUNC_DIR}/test_conformance.c)
  target_link_libraries(test_conformance PRIVATE fx_conformance)
  foreach(col verdict structure cen fx cen-warn fx-warn fr fr-warn fr-verdict)
    add_test(NAME conformance_${col} COMMAND test_conformance column ${col})
    set_tests_properties(conformance_${col} PROPERTIES SKIP_RETURN_CODE 77)
  endforeach()
  foreach(what examples profiles unit-tests)
    add_test(NAME conformance_${what} COMMAND test_conformance ${what})
    set_tests_properties(conformance_${what} PROPERTIES SKIP_RETURN_CODE 77)
  endforeach()
endif()

# Our own corpus of broken invoices (tests/corpus/README.md).
if(EXISTS ${FX_FUNC_DIR}/test_corpus.c)
  add_executable(test_corpus ${FX_FUNC_DIR}/test_corpus.c)
  target_link_libraries(test_corpus PRIVATE facturx_static)
  target_compile_definitions(test_corpus PRIVATE FX_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                             _POSIX_C_SOURCE=200809L)
  add_test(NAME test_corpus COMMAND test_corpus)
endif()

# Every example description, generated as a Factur-X PDF, validates clean
# (all layers, French and Chorus Pro rules in automatic mode); generation
# refuses an invoice that fails validation.
if(EXISTS ${FX_FUNC_DIR}/test_examples_validate.c)
  add_executable(test_examples_validate ${FX_FUNC_DIR}/test_examples_validate.c)
  target_link_libraries(test_examples_validate PRIVATE facturx_static)
  target_compile_definitions(test_examples_validate PRIVATE
    FX_SOURCE_DIR="${PROJECT_SOURCE_DIR}" _POSIX_C_SOURCE=200809L)
  add_test(NAME test_examples_validate COMMAND test_examples_validate)
endif()

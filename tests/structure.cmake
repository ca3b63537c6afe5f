# The structure material of the validator (schemas/cii-structure.txt) against
# the official XSDs: structure_extract reads the XSDs of ../shared and
# compares what they describe with the material (skipped, exit 77, without
# ../shared). See docs/validate-structure.md.
add_executable(structure_extract ${CMAKE_CURRENT_SOURCE_DIR}/tools/structure_extract.c)
target_link_libraries(structure_extract PRIVATE PkgConfig::LIBXML2)
target_compile_definitions(structure_extract PRIVATE _POSIX_C_SOURCE=200809L)
add_test(NAME structure_material
         COMMAND structure_extract ${FX_SHARED_DIR} --check
                 ${PROJECT_SOURCE_DIR}/schemas/cii-structure.txt)
set_tests_properties(structure_material PROPERTIES SKIP_RETURN_CODE 77)

# structure_xsd SCHEMA DIR writes the XSD derived from the material (for
# reading, or for xmllint --schema; test_structure and
# test_structure_official check what it writes).
add_executable(structure_xsd ${CMAKE_CURRENT_SOURCE_DIR}/tools/structure_xsd.c)
target_link_libraries(structure_xsd PRIVATE facturx_static)
target_include_directories(structure_xsd PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_compile_definitions(structure_xsd PRIVATE _POSIX_C_SOURCE=200809L)

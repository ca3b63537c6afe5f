# Replays the fuzz corpora (fuzz/corpus/<target>) through the fuzz targets
# with a plain main(), so the regular test suite (and its sanitizer build)
# runs them with any compiler.
foreach(target json pdf cii image xml_secure container validate works chorus_json csv)
  add_executable(fuzz_${target}_replay ${PROJECT_SOURCE_DIR}/fuzz/fuzz_${target}.c
                 ${PROJECT_SOURCE_DIR}/fuzz/replay_main.c)
  target_link_libraries(fuzz_${target}_replay PRIVATE facturx_static)
  target_include_directories(fuzz_${target}_replay PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_definitions(fuzz_${target}_replay PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
  add_test(NAME fuzz_${target}_replay
           COMMAND fuzz_${target}_replay ${PROJECT_SOURCE_DIR}/fuzz/corpus/${target})
endforeach()
# The JSON corpus also says which inputs must be accepted (ok-*) or refused (err-*).
target_compile_definitions(fuzz_json_replay PRIVATE FX_REPLAY_JSON_RULES)

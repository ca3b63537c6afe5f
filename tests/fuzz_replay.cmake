# Replays the fuzz corpus (fuzz/corpus/json) through the fuzz target with a
# plain main(), so the regular test suite runs it with any compiler.
add_executable(fuzz_json_replay ${PROJECT_SOURCE_DIR}/fuzz/fuzz_json.c
               ${PROJECT_SOURCE_DIR}/fuzz/replay_main.c)
target_link_libraries(fuzz_json_replay PRIVATE facturx_static)
target_compile_definitions(fuzz_json_replay PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME fuzz_json_replay
         COMMAND fuzz_json_replay ${PROJECT_SOURCE_DIR}/fuzz/corpus/json)

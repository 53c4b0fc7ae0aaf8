# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by every project target.
add_library(claimgraph_warnings INTERFACE)
target_compile_options(claimgraph_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  $<$<BOOL:${CLAIMGRAPH_WERROR}>:-Werror>
  # g++ 12 at -O3 (Release) reports libstdc++'s own string copies as overlapping (GCC bug
  # 105651: "const char* + std::string&&"): shown, never fatal.
  $<$<AND:$<BOOL:${CLAIMGRAPH_WERROR}>,$<CXX_COMPILER_ID:GNU>>:-Wno-error=restrict>)

add_library(claimgraph_sanitizers INTERFACE)
if(CLAIMGRAPH_FUZZ)
  # libFuzzer builds (clang): coverage for the fuzzer, and the sanitizers it should trip.
  target_compile_options(claimgraph_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
    -fno-omit-frame-pointer)
  target_link_options(claimgraph_sanitizers INTERFACE -fsanitize=address,undefined)
elseif(CLAIMGRAPH_SANITIZE)
  target_compile_options(claimgraph_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(claimgraph_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

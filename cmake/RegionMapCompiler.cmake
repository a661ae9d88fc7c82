# Warnings, sanitizers and hardening shared by every target of the project.

add_library(regionmap_compile_options INTERFACE)
target_compile_options(regionmap_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
if(REGIONMAP_WARNINGS_AS_ERRORS)
    target_compile_options(regionmap_compile_options INTERFACE -Werror)
endif()

if(REGIONMAP_SANITIZE)
    target_compile_options(regionmap_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(regionmap_compile_options INTERFACE -fsanitize=address,undefined)
endif()

if(REGIONMAP_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "The libFuzzer targets need clang: use the fuzz preset.")
    endif()
    # Instrument everything for coverage-guided fuzzing; the fuzz targets add the driver.
    target_compile_options(regionmap_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(regionmap_compile_options INTERFACE -fsanitize=address,undefined)
endif()

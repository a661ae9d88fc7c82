# regionmap_add_test(<name>
#     SOURCES <files...>
#     [MODULES <core modules...>]   link only these (csv, geo, ...); default: the whole core
#                                   and the cluster fixtures
#     [HTTP]              link the ipinfo.io mock server (Qt HttpServer)
#     [LIBRARIES <targets...>]
#     [LABELS <labels...>]
#     [TIMEOUT <seconds>]
#     [KEYRING]           run inside a private D-Bus session with an unlocked gnome-keyring
#     [ENVIRONMENT <VAR=value...>])
#
# Builds one Qt Test executable and registers it with ctest. Every test runs on the offscreen
# platform with REGIONMAP_TEST_DATA pointing at tests/data and REGIONMAP_GEODB_DIR at the geo
# database that scripts/setup fetched.
function(regionmap_add_test name)
    cmake_parse_arguments(ARG "KEYRING;HTTP" "TIMEOUT" "SOURCES;MODULES;LIBRARIES;LABELS;ENVIRONMENT"
        ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    if(ARG_MODULES)
        list(TRANSFORM ARG_MODULES PREPEND regionmap_)
        target_link_libraries(${name} PRIVATE regionmap_testsupport ${ARG_MODULES})
    else()
        target_link_libraries(${name} PRIVATE regionmap_testsupport_db)
    endif()
    if(ARG_HTTP)
        target_link_libraries(${name} PRIVATE regionmap_testsupport_http)
    endif()
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})

    if(ARG_KEYRING)
        add_test(NAME ${name}
            COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()

    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(env
        "QT_QPA_PLATFORM=offscreen"
        "REGIONMAP_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        "REGIONMAP_GEODB_DIR=${PROJECT_SOURCE_DIR}/data/geo"
        "QT_LOGGING_RULES=regionmap.*.info=false"
        ${ARG_ENVIRONMENT})
    if(REGIONMAP_SANITIZE)
        # Third-party allocations that only their library could free (see the file).
        list(APPEND env "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/support/lsan.supp")
    endif()
    if(NOT ARG_KEYRING)
        # Tests that should not touch a keychain never reach one (and never hang on a prompt).
        list(APPEND env "DBUS_SESSION_BUS_ADDRESS=disabled:")
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT})
endfunction()

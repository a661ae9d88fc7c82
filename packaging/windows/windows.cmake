# Windows: an NSIS installer (included by packaging/cpack.cmake).
#
# UNTESTED: written without a Windows machine. Expected setup: MSVC 2019 or later, Qt 6.4+ for
# MSVC, the other libraries (qtkeychain, GeographicLib, libmaxminddb, libpq) from vcpkg, NSIS 3 on
# PATH; then
#   cmake --preset package -DCMAKE_PREFIX_PATH="C:/Qt/6.x/msvc2019_64;<vcpkg>/installed/x64-windows"
#   cmake --build --preset package
#   cd build/package && cpack -G NSIS
# The installer puts everything under one folder: bin\ (the programs, Qt and the other DLLs,
# deployed by windeployqt and file(GET_RUNTIME_DEPENDENCIES)) and share\regionmap (the geo
# database), which is where src/core/common/paths.cpp looks. The managed local database needs
# the PostgreSQL server programs, which the installer does not bring: install PostgreSQL, or
# set REGIONMAP_PG_BINDIR, or use a server.

# The icon and version information of regionmap.exe.
set(REGIONMAP_WINDOWS_ICON "${CMAKE_CURRENT_LIST_DIR}/regionmap.ico")
configure_file("${CMAKE_CURRENT_LIST_DIR}/regionmap.rc.in"
    "${PROJECT_BINARY_DIR}/packaging/windows/regionmap.rc" @ONLY)
target_sources(regionmap PRIVATE "${PROJECT_BINARY_DIR}/packaging/windows/regionmap.rc")

# Licence texts, including the DB-IP (CC BY 4.0) attribution.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME LICENSE.txt)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/linux/copyright"
    DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME copyright.txt)

# The MSVC runtime DLLs next to the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# Qt: windeployqt copies the Qt DLLs and the plugins both programs need (platforms, styles,
# image formats, sqldrivers with qsqlpsql, tls) and Qt's translations into bin\.
if(TARGET Qt6::windeployqt)
    get_target_property(REGIONMAP_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
else()
    get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
    find_program(REGIONMAP_WINDEPLOYQT windeployqt HINTS "${_qt_bin}" REQUIRED)
endif()

# Folders searched for the other DLLs (libpq and OpenSSL, qtkeychain, GeographicLib,
# libmaxminddb), besides PATH: the bin\ folders of CMAKE_PREFIX_PATH (vcpkg, Qt).
set(_dll_dirs)
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _dll_dirs "${_prefix}/bin")
endforeach()
set(REGIONMAP_WINDOWS_DLL_DIRS "${_dll_dirs}" CACHE STRING
    "Folders with the DLLs that regionmap.exe and regionmap-cli.exe need")

configure_file("${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in"
    "${PROJECT_BINARY_DIR}/packaging/windows/deploy.cmake" @ONLY)
install(SCRIPT "${PROJECT_BINARY_DIR}/packaging/windows/deploy.cmake")

# --- CPack: NSIS -------------------------------------------------------------------------------
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "RegionMap-${PROJECT_VERSION}-windows-x64")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/linux/copyright")
file(TO_NATIVE_PATH "${REGIONMAP_WINDOWS_ICON}" _native_icon)
string(REPLACE "\\" "\\\\" _native_icon "${_native_icon}")
set(CPACK_NSIS_MUI_ICON "${_native_icon}")
set(CPACK_NSIS_MUI_UNIICON "${_native_icon}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\regionmap.exe")
set(CPACK_NSIS_PACKAGE_NAME "RegionMap")
set(CPACK_NSIS_DISPLAY_NAME "RegionMap ${PROJECT_VERSION}")
set(CPACK_NSIS_CONTACT "${REGIONMAP_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for regionmap-cli.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "regionmap.exe")

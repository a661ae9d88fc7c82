# macOS: a DragNDrop disk image with RegionMap.app (included by packaging/cpack.cmake).
#
# UNTESTED: written without a Mac. Expected setup: Xcode command line tools, Qt 6.4+ for macOS,
# the other libraries from Homebrew (qtkeychain, geographiclib, libmaxminddb, libpq); then
#   cmake --preset package -DCMAKE_PREFIX_PATH="$HOME/Qt/6.x/macos;$(brew --prefix)"
#   cmake --build --preset package
#   cd build/package && cpack -G DragNDrop
# Layout of the bundle:
#   RegionMap.app/Contents/MacOS/RegionMap        the GUI
#   RegionMap.app/Contents/MacOS/regionmap-cli    the CLI (src/cli/CMakeLists.txt puts it there)
#   RegionMap.app/Contents/share/regionmap/       the geo database: <program folder>/../share/
#                                                 regionmap is where src/core/common/paths.cpp looks
#   RegionMap.app/Contents/Frameworks, PlugIns    Qt and the Homebrew libraries, by macdeployqt
# The managed local database needs the PostgreSQL server programs (e.g. `brew install
# postgresql@15`), which the disk image does not bring. Signing and notarisation are not set up.

set(REGIONMAP_MACOS_ICON "${CMAKE_CURRENT_LIST_DIR}/regionmap.icns")
target_sources(regionmap PRIVATE "${REGIONMAP_MACOS_ICON}")
# A source file property is per folder: set it where the target lives.
set_source_files_properties("${REGIONMAP_MACOS_ICON}" TARGET_DIRECTORY regionmap
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(regionmap PROPERTIES
    OUTPUT_NAME "RegionMap"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${REGIONMAP_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "RegionMap"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "regionmap.icns"
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The RegionMap developers. MIT licence. IP geolocation by DB-IP (CC BY 4.0).")

# Licence texts, including the DB-IP (CC BY 4.0) attribution, inside the bundle.
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/packaging/linux/copyright"
    DESTINATION "RegionMap.app/Contents/Resources")

# macdeployqt copies Qt's frameworks and plugins (platforms, styles, sqldrivers with qsqlpsql)
# and every non-system library both programs link into the bundle, and rewrites their paths.
if(TARGET Qt6::macdeployqt)
    get_target_property(REGIONMAP_MACDEPLOYQT Qt6::macdeployqt IMPORTED_LOCATION)
else()
    get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(_qt_bin "${_qmake}" DIRECTORY)
    find_program(REGIONMAP_MACDEPLOYQT macdeployqt HINTS "${_qt_bin}" REQUIRED)
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/deploy.cmake.in"
    "${PROJECT_BINARY_DIR}/packaging/macos/deploy.cmake" @ONLY)
install(SCRIPT "${PROJECT_BINARY_DIR}/packaging/macos/deploy.cmake")

# --- CPack: DragNDrop --------------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "RegionMap-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "RegionMap ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# No licence dialog when the image is opened (it needs the deprecated Rez tool); the licences
# are inside the bundle.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

# Linux desktop integration and the DEB and RPM generators (included by packaging/cpack.cmake).
#
# The .deb passes `lintian --fail-on error,warning` when it is built as scripts/package does:
# Debian's hardening flags from dpkg-buildflags, /usr prefix, and CMAKE_STRIP set to
# packaging/linux/strip-for-package on the first configure.

set(_linux_dir "${CMAKE_CURRENT_LIST_DIR}")
set(_gen_dir "${PROJECT_BINARY_DIR}/packaging/linux")

# The Debian changelog must describe the version being packaged.
file(STRINGS "${_linux_dir}/changelog" _changelog_head LIMIT_COUNT 1)
set(_expected_head "regionmap (${PROJECT_VERSION}-${REGIONMAP_PACKAGE_RELEASE})")
string(FIND "${_changelog_head}" "${_expected_head}" _pos)
if(NOT _pos EQUAL 0)
    message(FATAL_ERROR "packaging/linux/changelog starts with \"${_changelog_head}\", but the "
                        "package is ${_expected_head}: add an entry for it at the top.")
endif()

# Man pages and the changelog go into the package gzipped with -9n (no name, no timestamp), as
# Debian policy asks.
find_program(REGIONMAP_GZIP gzip REQUIRED)
set(_gzipped)
foreach(_pair IN ITEMS "regionmap.1:regionmap.1" "regionmap-cli.1:regionmap-cli.1"
                       "changelog:changelog.Debian")
    string(REPLACE ":" ";" _pair "${_pair}")
    list(GET _pair 0 _src)
    list(GET _pair 1 _dst)
    add_custom_command(OUTPUT "${_gen_dir}/${_dst}.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${_gen_dir}"
        COMMAND ${CMAKE_COMMAND} -E copy "${_linux_dir}/${_src}" "${_gen_dir}/${_dst}"
        COMMAND "${REGIONMAP_GZIP}" -9nf "${_gen_dir}/${_dst}"
        DEPENDS "${_linux_dir}/${_src}"
        COMMENT "Compressing ${_dst}"
        VERBATIM)
    list(APPEND _gzipped "${_gen_dir}/${_dst}.gz")
endforeach()
add_custom_target(regionmap_linux_package_files ALL DEPENDS ${_gzipped})

install(FILES "${_gen_dir}/regionmap.1.gz" "${_gen_dir}/regionmap-cli.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${_linux_dir}/copyright" "${_gen_dir}/changelog.Debian.gz"
    DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(FILES "${_linux_dir}/lintian-overrides"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
    RENAME regionmap)

# Desktop entry, AppStream metainfo and the icons, all named after the application id.
install(FILES "${_linux_dir}/${REGIONMAP_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_linux_dir}/${REGIONMAP_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
# The project file's MIME type (*.regionmap), which the desktop entry opens.
install(FILES "${_linux_dir}/${REGIONMAP_APP_ID}.mime.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
    RENAME "${REGIONMAP_APP_ID}.xml")
install(DIRECTORY "${_linux_dir}/icons/hicolor"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
    FILES_MATCHING PATTERN "*.png")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/regionmap.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${REGIONMAP_APP_ID}.svg")

# --- CPack ------------------------------------------------------------------------------------

set(CPACK_GENERATOR "DEB;RPM")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# The geo database (134 MB) dominates both the size and the packaging time. gzip: 63 MB per
# package in about 20 s of CPU; xz: 41 MB in about 2 minutes per package. CI uses gzip, releases
# can use xz (REGIONMAP_PACKAGE_COMPRESSION=xz scripts/package).
set(REGIONMAP_PACKAGE_COMPRESSION "gzip" CACHE STRING "Compression of the .deb and .rpm: gzip or xz")
set_property(CACHE REGIONMAP_PACKAGE_COMPRESSION PROPERTY STRINGS gzip xz)
if(REGIONMAP_PACKAGE_COMPRESSION STREQUAL "xz")
    set(_rpm_payload "w6T2.xzdio")
elseif(REGIONMAP_PACKAGE_COMPRESSION STREQUAL "gzip")
    set(_rpm_payload "w6.gzdio")
else()
    message(FATAL_ERROR "REGIONMAP_PACKAGE_COMPRESSION must be gzip or xz, "
                        "not \"${REGIONMAP_PACKAGE_COMPRESSION}\"")
endif()

# DEB
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "${REGIONMAP_PACKAGE_RELEASE}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${REGIONMAP_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the QPSQL driver plugin, libsecret
# (QtKeychain opens it with dlopen) and the PostgreSQL server for the managed local database.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, libsecret-1-0, postgresql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_COMPRESSION_TYPE "${REGIONMAP_PACKAGE_COMPRESSION}")

# RPM (dependency names as in Fedora; the library dependencies are found by rpmbuild)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE "${REGIONMAP_PACKAGE_RELEASE}")
set(CPACK_RPM_PACKAGE_LICENSE "MIT AND CC-BY-4.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Engineering")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-postgresql, libsecret, postgresql-server")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_CHANGELOG_FILE "${_linux_dir}/rpm-changelog")
# The payload compression (CPACK_RPM_COMPRESSION_TYPE would mean level 7 or 9 on one thread),
# and no /usr/lib/.build-id links: the binaries are stripped and there is no debuginfo package.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _binary_payload ${_rpm_payload}\n%define _build_id_links none")
# The lintian override is for the .deb only.
set(CPACK_RPM_USER_FILELIST "%exclude /usr/share/lintian/overrides/regionmap")
# Folders that the base system owns.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/lintian
    /usr/share/lintian/overrides
    /usr/share/applications
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps
    /usr/share/man
    /usr/share/man/man1
    /usr/share/metainfo
    /usr/share/mime
    /usr/share/mime/packages)
foreach(_size IN ITEMS 16 32 48 64 128 256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${_size}x${_size}
        /usr/share/icons/hicolor/${_size}x${_size}/apps)
endforeach()

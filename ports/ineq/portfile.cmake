# ineq is header-only: one release configuration is enough.
set(VCPKG_BUILD_TYPE release)

# The port lives in the ineq repository (ports/ineq/), so as an overlay port it builds the
# checkout it belongs to:  vcpkg install ineq --overlay-ports=<checkout>/ports --editable
# (vcpkg's binary cache keys a package by the port's own files, not by the checkout's
# headers, so without --editable a reinstall after editing a header restores the old package.)
# A registry copy of this port would fetch a release instead, e.g.
#   vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO ineq-project/ineq REF "v${VERSION}" SHA512 ...)
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)

# Features: without `panel` Eigen is hidden from ineq's configure and without `views`
# range-v3 is, so the install holds the modules whose packages are there (ineq[core]: the
# standard-library modules ineq::measures, ineq::region, ineq::patent).
vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
    INVERTED_FEATURES
        panel CMAKE_DISABLE_FIND_PACKAGE_Eigen3
        views CMAKE_DISABLE_FIND_PACKAGE_range-v3
)

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        ${FEATURE_OPTIONS}
        -DINEQ_BUILD_TESTS=OFF
        -DINEQ_BUILD_EXAMPLES=OFF
        -DINEQ_BUILD_BENCHMARKS=OFF
        -DINEQ_INSTALL=ON
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME ineq CONFIG_PATH share/cmake/ineq)
vcpkg_fixup_pkgconfig()

# Header-only: nothing belongs in lib/ or debug/; the licence goes to share/ineq/copyright.
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug" "${CURRENT_PACKAGES_DIR}/lib"
    "${CURRENT_PACKAGES_DIR}/share/doc")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")

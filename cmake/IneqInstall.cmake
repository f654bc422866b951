# Install rules and package files: the headers, a CMake package (ineqConfig.cmake,
# ineqConfigVersion.cmake, ineqTargets.cmake) and a pkg-config file. ineq is header-only,
# so everything goes to architecture-independent places (share/), which also lets one
# install serve every architecture.
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(INEQ_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/ineq"
    CACHE STRING "Where ineqConfig.cmake is installed, relative to the prefix")
set(INEQ_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where ineq.pc is installed, relative to the prefix")

install(TARGETS ineq
    EXPORT ineqTargets
    FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(EXPORT ineqTargets
    NAMESPACE ineq::
    DESTINATION "${INEQ_INSTALL_CMAKEDIR}")

# Versions: while the major version is 0, a minor release may change the API, so a request
# for 0.1 accepts 0.1.x only; from 1.0 on, the same major version is compatible.
if(PROJECT_VERSION_MAJOR EQUAL 0)
    set(INEQ_VERSION_COMPATIBILITY SameMinorVersion)
else()
    set(INEQ_VERSION_COMPATIBILITY SameMajorVersion)
endif()
write_basic_package_version_file("${PROJECT_BINARY_DIR}/ineqConfigVersion.cmake"
    VERSION "${PROJECT_VERSION}"
    COMPATIBILITY ${INEQ_VERSION_COMPATIBILITY}
    ARCH_INDEPENDENT)
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/ineqConfig.cmake.in"
    "${PROJECT_BINARY_DIR}/ineqConfig.cmake"
    INSTALL_DESTINATION "${INEQ_INSTALL_CMAKEDIR}")
install(FILES
    "${PROJECT_BINARY_DIR}/ineqConfig.cmake"
    "${PROJECT_BINARY_DIR}/ineqConfigVersion.cmake"
    DESTINATION "${INEQ_INSTALL_CMAKEDIR}")

# The build tree is a package too: find_package(ineq) with ineq_DIR=<build dir> works
# without installing.
export(EXPORT ineqTargets NAMESPACE ineq:: FILE "${PROJECT_BINARY_DIR}/ineqTargets.cmake")

# pkg-config, relocatable: the prefix is found from the .pc file's own location.
file(RELATIVE_PATH INEQ_PC_TO_PREFIX
    "/prefix/${INEQ_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" INEQ_PC_TO_PREFIX "${INEQ_PC_TO_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/ineq.pc.in" "${PROJECT_BINARY_DIR}/ineq.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/ineq.pc" DESTINATION "${INEQ_INSTALL_PKGCONFIGDIR}")

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/ineq")

# Install rules and package files: the headers, a CMake package (ineqConfig.cmake,
# ineqConfigVersion.cmake, one ineq-<module>-targets.cmake per module) and pkg-config files.
# ineq is header-only, so everything goes to architecture-independent places (share/), which
# also lets one install serve every architecture.
include_guard(GLOBAL)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(INEQ_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/ineq"
    CACHE STRING "Where ineqConfig.cmake is installed, relative to the prefix")
set(INEQ_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_DATADIR}/pkgconfig"
    CACHE STRING "Where ineq.pc and ineq-<module>.pc are installed, relative to the prefix")

# One export set per module (ineq-<module>-targets.cmake), so that find_package(ineq
# COMPONENTS measures) loads ineq::measures and the modules below it and never names a target
# of a package it was not asked for. Only the available modules are installed, with their
# headers: an install made without Eigen holds the standard-library modules alone.
get_property(INEQ_INSTALLED_MODULES GLOBAL PROPERTY INEQ_MODULES)
set(exported ${INEQ_INSTALLED_MODULES})
if(TARGET ineq)
    list(APPEND exported ineq)  # ineq::ineq, in ineq-ineq-targets.cmake
endif()
foreach(module IN LISTS exported)
    set(target ineq_${module})
    if(module STREQUAL "ineq")
        set(target ineq)
    endif()
    install(TARGETS ${target}
        EXPORT ineq-${module}-targets
        FILE_SET HEADERS DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
    install(EXPORT ineq-${module}-targets
        NAMESPACE ineq::
        DESTINATION "${INEQ_INSTALL_CMAKEDIR}")
    # The build tree is a package too: find_package(ineq) with ineq_DIR=<build dir> works
    # without installing.
    export(EXPORT ineq-${module}-targets NAMESPACE ineq::
        FILE "${PROJECT_BINARY_DIR}/ineq-${module}-targets.cmake")
endforeach()

# What ineqConfig.cmake knows of each installed module.
set(INEQ_CONFIG_MODULES "set(_ineq_modules \"${INEQ_INSTALLED_MODULES}\")\n")
foreach(module IN LISTS INEQ_INSTALLED_MODULES)
    get_property(deps GLOBAL PROPERTY INEQ_MODULE_DEPS_${module})
    get_property(packages GLOBAL PROPERTY INEQ_MODULE_PACKAGES_${module})
    string(APPEND INEQ_CONFIG_MODULES
        "set(_ineq_deps_${module} \"${deps}\")\nset(_ineq_packages_${module} \"${packages}\")\n")
endforeach()
if(TARGET ineq)
    set(INEQ_CONFIG_HAS_UMBRELLA TRUE)
else()
    set(INEQ_CONFIG_HAS_UMBRELLA FALSE)
endif()

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

# pkg-config, relocatable: the prefix is found from the .pc file's own location.
file(RELATIVE_PATH INEQ_PC_TO_PREFIX
    "/prefix/${INEQ_INSTALL_PKGCONFIGDIR}" "/prefix")
string(REGEX REPLACE "/$" "" INEQ_PC_TO_PREFIX "${INEQ_PC_TO_PREFIX}")
# One .pc file per module (ineq-measures.pc, ...; Requires: the modules below it and eigen3
# where Eigen is needed) and ineq.pc for everything. range-v3 ships no .pc file: ineq-views
# cannot require it.
function(ineq_write_pc name description requires cflags libs)
    set(INEQ_PC_NAME "${name}")
    set(INEQ_PC_DESCRIPTION "${description}")
    list(JOIN requires " " INEQ_PC_REQUIRES)
    list(JOIN cflags " " INEQ_PC_CFLAGS)
    list(JOIN libs " " INEQ_PC_LIBS)
    configure_file("${PROJECT_SOURCE_DIR}/cmake/ineq.pc.in" "${PROJECT_BINARY_DIR}/pkgconfig/${name}.pc" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/pkgconfig/${name}.pc" DESTINATION "${INEQ_INSTALL_PKGCONFIGDIR}")
endfunction()
foreach(module IN LISTS INEQ_INSTALLED_MODULES)
    get_property(deps GLOBAL PROPERTY INEQ_MODULE_DEPS_${module})
    get_property(packages GLOBAL PROPERTY INEQ_MODULE_PACKAGES_${module})
    list(TRANSFORM deps PREPEND "ineq-" OUTPUT_VARIABLE requires)
    set(cflags "")
    set(libs "")
    if(module STREQUAL "core")
        list(APPEND cflags "-I\${includedir}")
    endif()
    if("Eigen3" IN_LIST packages)
        list(APPEND requires eigen3)
    endif()
    if("nlohmann_json" IN_LIST packages)
        list(APPEND requires nlohmann_json)
    endif()
    if("Threads" IN_LIST packages)
        list(APPEND cflags -pthread)
        list(APPEND libs -pthread)
    endif()
    ineq_write_pc(ineq-${module} "${PROJECT_DESCRIPTION}: the ${module} module" "${requires}" "${cflags}" "${libs}")
endforeach()
if(TARGET ineq)
    list(TRANSFORM INEQ_INSTALLED_MODULES PREPEND "ineq-" OUTPUT_VARIABLE requires)
    ineq_write_pc(ineq "${PROJECT_DESCRIPTION}" "${requires}" "" "")
endif()

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/ineq")

# Per-module targets: each folder of include/ineq/ is a module with an INTERFACE target
# ineq::<module> that carries exactly what its headers need -- the ineq modules below it and,
# only where its headers include them, Eigen, range-v3, the thread library or nlohmann_json.
# A consumer of ineq::measures or ineq::region therefore needs the standard library alone;
# ineq::ineq is every module.
#
#   ineq_add_module(<name> [DEPS <module>...] [PACKAGES <package>...])
#
#   <name>     the module: the folder include/ineq/<name>/ and its umbrella include/ineq/<name>.hpp.
#              The module `core` is error.hpp, concepts.hpp and the shared detail/ folder.
#   DEPS       the ineq modules its headers include (`core` is implied).
#   PACKAGES   the external packages its headers need: Eigen3, range-v3, Threads, nlohmann_json.
#
# A module whose folder and umbrella are both absent is left out silently (and dropped from
# the DEPS of the others), so a line can be written before its module lands. A module whose
# package is not found (or whose DEPS are not available) is left out with a status message;
# ineq::ineq then does not exist either. Every header under include/ineq must belong to a
# module (ineq_check_modules), so a new folder without its line fails the configure.
include_guard(GLOBAL)

# The CMake target each package provides; the package configuration (ineqConfig.cmake.in) and
# tests/packaging/check_manifests.py know the same names.
set(INEQ_PACKAGE_TARGET_Eigen3 Eigen3::Eigen)
set(INEQ_PACKAGE_TARGET_range-v3 range-v3::range-v3)
set(INEQ_PACKAGE_TARGET_Threads Threads::Threads)
set(INEQ_PACKAGE_TARGET_nlohmann_json nlohmann_json::nlohmann_json)

set_property(GLOBAL PROPERTY INEQ_MODULES "")              # available, in dependency order
set_property(GLOBAL PROPERTY INEQ_MODULES_UNAVAILABLE "")  # present, but a package is missing
set_property(GLOBAL PROPERTY INEQ_MODULE_HEADERS "")       # every header claimed by a module

function(ineq_add_module name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "DEPS;PACKAGES")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "ineq_add_module(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    set(inc "${PROJECT_SOURCE_DIR}/include")

    if(name STREQUAL "core")
        file(GLOB_RECURSE headers CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}"
            "${inc}/ineq/detail/*.hpp")
        list(APPEND headers include/ineq/error.hpp include/ineq/concepts.hpp)
    else()
        set(headers "")
        if(IS_DIRECTORY "${inc}/ineq/${name}")
            file(GLOB_RECURSE headers CONFIGURE_DEPENDS RELATIVE "${PROJECT_SOURCE_DIR}"
                "${inc}/ineq/${name}/*.hpp")
        endif()
        if(EXISTS "${inc}/ineq/${name}.hpp")
            list(APPEND headers "include/ineq/${name}.hpp")
        endif()
        if(NOT headers)
            return()  # the module has not landed: nothing to do, and nothing to depend on
        endif()
        list(PREPEND arg_DEPS core)
    endif()
    list(SORT headers)
    set_property(GLOBAL APPEND PROPERTY INEQ_MODULE_HEADERS ${headers})

    # Dependencies that exist; a module that is present but unavailable makes this one unavailable.
    get_property(available GLOBAL PROPERTY INEQ_MODULES)
    get_property(unavailable GLOBAL PROPERTY INEQ_MODULES_UNAVAILABLE)
    set(deps "")
    set(missing "")
    foreach(dep IN LISTS arg_DEPS)
        if(dep IN_LIST available)
            list(APPEND deps ${dep})
        elseif(dep IN_LIST unavailable)
            list(APPEND missing "ineq::${dep}")
        endif()
    endforeach()
    set(targets "")
    foreach(package IN LISTS arg_PACKAGES)
        if(NOT DEFINED INEQ_PACKAGE_TARGET_${package})
            message(FATAL_ERROR "ineq_add_module(${name}): unknown package ${package}")
        endif()
        ineq_find_package(${package})
        if(TARGET ${INEQ_PACKAGE_TARGET_${package}})
            list(APPEND targets ${INEQ_PACKAGE_TARGET_${package}})
        else()
            list(APPEND missing ${package})
        endif()
    endforeach()
    if(missing)
        list(JOIN missing ", " missing)
        message(STATUS "ineq: ineq::${name} is not available (needs ${missing})")
        set_property(GLOBAL APPEND PROPERTY INEQ_MODULES_UNAVAILABLE ${name})
        return()
    endif()

    add_library(ineq_${name} INTERFACE)
    add_library(ineq::${name} ALIAS ineq_${name})
    set_target_properties(ineq_${name} PROPERTIES EXPORT_NAME ${name})
    target_sources(ineq_${name} INTERFACE
        FILE_SET HEADERS
        BASE_DIRS "${inc}"
        FILES ${headers})
    target_compile_features(ineq_${name} INTERFACE cxx_std_20)
    list(TRANSFORM deps PREPEND "ineq_" OUTPUT_VARIABLE dep_targets)
    target_link_libraries(ineq_${name} INTERFACE ${dep_targets} ${targets})

    set_property(GLOBAL APPEND PROPERTY INEQ_MODULES ${name})
    # What the package configuration and pkg-config need to know about the module.
    set_property(GLOBAL PROPERTY INEQ_MODULE_DEPS_${name} ${deps})
    set_property(GLOBAL PROPERTY INEQ_MODULE_PACKAGES_${name} ${arg_PACKAGES})
    set_property(GLOBAL PROPERTY INEQ_MODULE_HEADERS_${name} ${headers})
endfunction()

# The umbrella: ineq.hpp and the target ineq::ineq, which links every module but io. It exists only
# when every present module is available.
function(ineq_add_umbrella)
    get_property(available GLOBAL PROPERTY INEQ_MODULES)
    get_property(unavailable GLOBAL PROPERTY INEQ_MODULES_UNAVAILABLE)
    # ineq::io is a separate target: the umbrella (ineq.hpp, ineq::ineq) stays free of I/O.
    list(REMOVE_ITEM available io)
    list(REMOVE_ITEM unavailable io)
    set_property(GLOBAL APPEND PROPERTY INEQ_MODULE_HEADERS include/ineq/ineq.hpp)
    if(unavailable)
        list(JOIN unavailable ", " list)
        message(STATUS "ineq: ineq::ineq is not available (the modules ${list} are not)")
        return()
    endif()
    add_library(ineq INTERFACE)
    add_library(ineq::ineq ALIAS ineq)
    target_sources(ineq INTERFACE
        FILE_SET HEADERS
        BASE_DIRS "${PROJECT_SOURCE_DIR}/include"
        FILES include/ineq/ineq.hpp)
    target_compile_features(ineq INTERFACE cxx_std_20)
    list(TRANSFORM available PREPEND "ineq_" OUTPUT_VARIABLE module_targets)
    target_link_libraries(ineq INTERFACE ${module_targets})
endfunction()

# Every public header belongs to a module: a header left out would be neither installed nor
# checked. INEQ_PUBLIC_HEADERS (every header, relative to the source directory) is set here.
function(ineq_check_modules)
    file(GLOB_RECURSE all RELATIVE "${PROJECT_SOURCE_DIR}" CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/include/ineq/*.hpp")
    list(SORT all)
    get_property(claimed GLOBAL PROPERTY INEQ_MODULE_HEADERS)
    set(orphans "${all}")
    list(REMOVE_ITEM orphans ${claimed})
    if(orphans)
        list(JOIN orphans "\n  " text)
        message(FATAL_ERROR "ineq: these headers belong to no module (add an ineq_add_module line "
                            "to CMakeLists.txt):\n  ${text}")
    endif()
    set(INEQ_PUBLIC_HEADERS "${all}" PARENT_SCOPE)
endfunction()

# Finds the external packages of ineq's modules, each only when a module asks for it
# (ineq_add_module ... PACKAGES), so that the standard-library modules configure on a system
# without Eigen or range-v3. A package that is not found leaves its modules out (see
# IneqModules.cmake); the tests and examples then refuse to configure.
#
# The calls are unversioned on purpose: package managers ship Eigen 5 while Debian ships
# 3.4.0, and range-v3's config accepts only an exact version, so any version in
# find_package() would break one of them. The minimum is checked here instead.
include_guard(GLOBAL)

function(ineq_find_package package)
    if(package STREQUAL "Eigen3")
        if(NOT TARGET Eigen3::Eigen)
            find_package(Eigen3 CONFIG QUIET)
            if(DEFINED Eigen3_VERSION AND Eigen3_VERSION VERSION_LESS 3.4)
                message(FATAL_ERROR "ineq needs Eigen 3.4 or later, found ${Eigen3_VERSION}")
            endif()
        endif()
    elseif(package STREQUAL "range-v3")
        if(NOT TARGET range-v3::range-v3)
            find_package(range-v3 CONFIG QUIET)
        endif()
    elseif(package STREQUAL "Threads")
        # The permutation tests and the threaded kernels start std::threads: the platform's
        # thread library (on glibc before 2.34, -pthread) comes with the modules that use them.
        if(NOT TARGET Threads::Threads)
            set(THREADS_PREFER_PTHREAD_FLAG ON)
            find_package(Threads QUIET)
        endif()
    elseif(package STREQUAL "nlohmann_json")
        if(NOT TARGET nlohmann_json::nlohmann_json)
            find_package(nlohmann_json CONFIG QUIET)
        endif()
    endif()
endfunction()

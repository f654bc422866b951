# Finds ineq's two dependencies. The calls are unversioned on purpose: package managers
# ship Eigen 5 while Debian ships 3.4.0, and range-v3's config accepts only an exact
# version, so any version in find_package() would break one of them. The minimum is
# checked here instead.
include_guard(GLOBAL)

if(NOT TARGET Eigen3::Eigen)
    find_package(Eigen3 CONFIG REQUIRED)
endif()
if(DEFINED Eigen3_VERSION AND Eigen3_VERSION VERSION_LESS 3.4)
    message(FATAL_ERROR "ineq needs Eigen 3.4 or later, found ${Eigen3_VERSION}")
endif()

if(NOT TARGET range-v3::range-v3)
    find_package(range-v3 CONFIG REQUIRED)
endif()

# The permutation tests and the threaded kernels start std::threads: the platform's
# thread library (on glibc before 2.34, -pthread) comes with the target.
if(NOT TARGET Threads::Threads)
    set(THREADS_PREFER_PTHREAD_FLAG ON)
    find_package(Threads REQUIRED)
endif()

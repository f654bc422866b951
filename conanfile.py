import os
import re

from conan import ConanFile
from conan.errors import ConanException, ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load
from conan.tools.layout import basic_layout
from conan.tools.scm import Version

# 2.0.8: the cmake_config_version_compat property of CMakeDeps
required_conan_version = ">=2.0.8"


class IneqConan(ConanFile):
    name = "ineq"
    # the version comes from project(ineq VERSION ...) in CMakeLists.txt: see set_version()
    description = ("Header-only C++20 library for inequality measures (Gini, Lorenz, CV, "
                   "Theil, ...) and regional patent analysis")
    license = "MIT"
    url = "https://github.com/ineq-project/ineq"
    homepage = "https://github.com/ineq-project/ineq"
    topics = ("inequality", "gini", "statistics", "patents", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "LICENSE"
    no_copy_source = True

    # The modules and what each needs: the ineq modules below it and the packages its headers
    # include (CMake names). The same table as the ineq_add_module lines of CMakeLists.txt
    # (tests/packaging/check_manifests.py compares them); a module whose folder is not in the
    # package is left out, as CMake leaves it out.
    _modules = {
        "core": ([], []),
        "stats": ([], ["Threads"]),
        "measures": (["stats"], ["Threads"]),
        "region": ([], []),
        "patent": (["region"], ["Threads"]),
        "panel": (["measures", "patent"], ["Eigen3", "Threads"]),
        "network": (["panel"], ["Eigen3", "Threads"]),
        "spatial": (["panel"], ["Eigen3", "Threads"]),
        "views": (["panel"], ["range-v3"]),
        "io": (["network", "spatial", "views"], []),
    }
    # The Conan requirement (or system library) that stands for each package.
    _package_requires = {"Eigen3": "eigen::eigen", "range-v3": "range-v3::range-v3",
                         "nlohmann_json": "nlohmann_json::nlohmann_json"}

    @property
    def _min_cppstd(self):
        return 20

    @property
    def _compilers_minimum_version(self):
        return {"gcc": "12", "clang": "14", "apple-clang": "15", "msvc": "193"}

    def set_version(self):
        # One place for the version: CMakeLists.txt. `conan create . --version=X` still wins.
        if self.version:
            return
        cmakelists = load(self, os.path.join(self.recipe_folder, "CMakeLists.txt"))
        match = re.search(r"project\(\s*ineq\b[^)]*?\bVERSION\s+([0-9][0-9.]*)", cmakelists)
        if match is None:
            raise ConanException("ineq: no project(ineq VERSION ...) in CMakeLists.txt")
        self.version = match.group(1)

    def layout(self):
        basic_layout(self, src_folder=".")

    def requirements(self):
        # Eigen 3.4 and Eigen 5 both work; an exact pin would conflict with any graph that has the other
        self.requires("eigen/[>=3.4.0 <6]")
        self.requires("range-v3/0.12.0")

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, self._min_cppstd)
        minimum_version = self._compilers_minimum_version.get(str(self.settings.compiler), False)
        if minimum_version and Version(self.settings.compiler.version) < minimum_version:
            raise ConanInvalidConfiguration(
                f"{self.ref} requires C++{self._min_cppstd}, which your compiler does not support.")

    def build(self):
        pass

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        copy(self, "*.hpp", os.path.join(self.source_folder, "include"),
             os.path.join(self.package_folder, "include"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "ineq")
        # ineq::ineq: every component (CMakeDeps links them all into the root target).
        self.cpp_info.set_property("cmake_target_name", "ineq::ineq")
        # As strict as ineq's own ineqConfigVersion.cmake (cmake/IneqInstall.cmake): while the
        # major version is 0 a minor release may change the API, so find_package(ineq 0.1)
        # accepts 0.1.x only.
        major = str(self.version).split(".")[0]
        self.cpp_info.set_property("cmake_config_version_compat",
                                   "SameMinorVersion" if major == "0" else "SameMajorVersion")
        self.cpp_info.set_property("pkg_config_name", "ineq")

        # One component per module, as ineq's own CMake package: ineq::measures and
        # ineq::region carry no Eigen and no range-v3 (the package still requires both, for
        # the modules that use them).
        include = os.path.join(self.package_folder, "include", "ineq")
        present = [m for m in self._modules
                   if m == "core" or os.path.isdir(os.path.join(include, m))
                   or os.path.isfile(os.path.join(include, m + ".hpp"))]
        for module in present:
            deps, packages = self._modules[module]
            component = self.cpp_info.components[module]
            component.bindirs = []
            component.libdirs = []
            component.set_property("cmake_target_name", f"ineq::{module}")
            component.set_property("pkg_config_name", f"ineq-{module}")
            component.requires = [d for d in (["core"] if module != "core" else []) + deps if d in present]
            component.requires += [self._package_requires[p] for p in packages if p in self._package_requires]
            # std::thread (permutation tests, threaded kernels): the platform's thread library.
            if "Threads" in packages and self.settings.os in ("Linux", "FreeBSD"):
                component.system_libs = ["pthread"]

import os

import pytest


@pytest.fixture(scope="session")
def synthetic_export():
    """The CSV of the `synthetic` example (CTest generates it; INEQ_SYNTHETIC_EXPORT names it)."""
    path = os.environ.get("INEQ_SYNTHETIC_EXPORT")
    if not path or not os.path.exists(path):
        pytest.skip("INEQ_SYNTHETIC_EXPORT is not set (run through CTest: ctest --preset python)")
    return path

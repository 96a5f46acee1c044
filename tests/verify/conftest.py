"""Generated page pairs shared by the verification tests (each takes about a second to make)."""
from __future__ import annotations

import pytest

from desk_app.demo.compare_pairs import SamplePair, make_pair


@pytest.fixture(scope="session")
def digit_pair() -> SamplePair:
    return make_pair(611, "digit")


@pytest.fixture(scope="session")
def faithful() -> SamplePair:
    return make_pair(501, None)

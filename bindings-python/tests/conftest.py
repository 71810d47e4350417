"""Shared fixtures. The suite tests the INSTALLED package (`pip install ./bindings-python`),
never the source tree: importing from `bindings-python/python` would find no native module."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import HealthCheck, settings

import veil
from helpers import REPO

_HYPOTHESIS = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("veil", max_examples=300, **_HYPOTHESIS)
settings.register_profile("thorough", max_examples=5000, **_HYPOTHESIS)
settings.load_profile("veil")


def pytest_report_header(config: pytest.Config) -> str:
    return f"veil {veil.__version__} from {pathlib.Path(veil.__file__).parent}"


@pytest.fixture(scope="session", autouse=True)
def _installed_package() -> None:
    source = REPO / "bindings-python" / "python"
    location = pathlib.Path(veil.__file__).resolve()
    assert source not in location.parents, f"veil imported from the source tree: {location}"


@pytest.fixture(scope="session")
def engine() -> veil.Engine:
    return veil.Engine()

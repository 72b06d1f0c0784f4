"""Shared fixtures (the seed article, repository paths), Hypothesis profiles and the slow marker.

Hypothesis profiles: ``ci`` (the default, fast) and ``thorough`` (on demand); choose one
with the environment: ``HYPOTHESIS_PROFILE=thorough pytest``. Tests marked ``slow`` run
only with ``NEWSDOC_SLOW=1``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_65f2b42711d58410.txt"

_SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=_SUPPRESS)
settings.register_profile(
    "thorough", max_examples=2_000, deadline=None, suppress_health_check=_SUPPRESS
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("NEWSDOC_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set NEWSDOC_SLOW=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")

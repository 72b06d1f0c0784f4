"""Hypothesis profiles: ``ci`` (the default, fast) and ``thorough`` (on demand).

Choose one with the environment: ``HYPOTHESIS_PROFILE=thorough pytest tests/``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_SUPPRESS = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=_SUPPRESS)
settings.register_profile(
    "thorough", max_examples=2_000, deadline=None, suppress_health_check=_SUPPRESS
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

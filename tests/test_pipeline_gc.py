"""The pipeline pauses Python's cyclic garbage collector while its steps run, and restores it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import newsdoc
from newsdoc import Doc

TEXT = "date 2024-03-05 Test\n\nRussia attacked Ukraine on Monday, officials said.\n"


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _recording(seen: list[bool]) -> newsdoc.Pipeline:
    def record(doc: Doc) -> None:
        seen.append(gc.isenabled())

    return newsdoc.default_pipeline().add("record", record)


def test_collector_is_paused_while_the_steps_run(collector_enabled: None) -> None:
    seen: list[bool] = []
    newsdoc.parse(TEXT, pipeline=_recording(seen))
    assert [False] == seen


def test_collector_runs_again_after_the_steps(collector_enabled: None) -> None:
    newsdoc.parse(TEXT)
    assert gc.isenabled()


def test_collector_runs_again_when_a_step_fails(collector_enabled: None) -> None:
    def fail(doc: Doc) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        newsdoc.parse(TEXT, pipeline=newsdoc.default_pipeline().add("fail", fail))
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled(collector_enabled: None) -> None:
    gc.disable()
    newsdoc.parse(TEXT)
    assert not gc.isenabled()

"""The compiled build: which modules it compiles, and how a program tells which build runs.

CI builds the compiled wheel from the sdist and runs this whole suite against it with
``NEWSDOC_EXPECT_COMPILED=1``, so the same tests check both builds.
"""

from __future__ import annotations

import importlib
import os
import tomllib
from pathlib import Path

import pytest

import newsdoc
from newsdoc._extract import _words

ROOT = Path(__file__).resolve().parent.parent
EXPECT_COMPILED = os.environ.get("NEWSDOC_EXPECT_COMPILED") == "1"


def _hook() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook: dict[str, object] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]
    return hook


def _compiled_modules() -> list[str]:
    hook = _hook()
    excluded = set(hook["exclude"])  # type: ignore[call-overload]
    return sorted(
        "newsdoc._extract." + path.stem
        for path in (ROOT / "src" / "newsdoc" / "_extract").glob("*.py")
        if f"src/newsdoc/_extract/{path.name}" not in excluded
    )


def test_compiled_tells_whether_the_rules_run_as_compiled_code() -> None:
    assert newsdoc.COMPILED is (not str(_words.__file__).endswith(".py"))


def test_a_plain_install_needs_no_compiler() -> None:
    assert _hook()["enable-by-default"] is False


def test_every_module_the_build_leaves_out_exists() -> None:
    for path in _hook()["exclude"]:  # type: ignore[attr-defined]
        assert (ROOT / path).is_file(), path


@pytest.mark.skipif(not EXPECT_COMPILED, reason="the compiled build is checked in CI's compiled job")
def test_the_compiled_build_compiles_every_rule_module() -> None:
    assert newsdoc.COMPILED
    pure = [name for name in _compiled_modules() if str(importlib.import_module(name).__file__).endswith(".py")]
    assert [] == pure

"""The example plugin under docs/examples, installed as a package: found by entry points.

CI installs it (.ci/run); elsewhere these tests skip unless it is installed
(``pip install ./docs/examples/newsdoc-example-plugin``).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import newsdoc
from newsdoc._cli import main

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("newsdoc_example_plugin") is None,
    reason="the example plugin is not installed (pip install ./docs/examples/newsdoc-example-plugin)",
)

WIRE = (
    "HEADLINE: Kim urges war preparations\nDATE: 2023-12-28\n\nSEOUL, Dec 28 - Kim spoke.\n\nHe said more.\n"
)


@pytest.fixture
def wire_file(tmp_path: Path) -> str:
    path = tmp_path / "story.wire"
    path.write_text(WIRE, encoding="utf-8")
    return str(path)


def test_formats_lists_the_plugin_format_with_its_distribution() -> None:
    result = CliRunner().invoke(main, ["formats"])
    assert "wire newsdoc-example-plugin 0.1.0" in [" ".join(ln.split()) for ln in result.stdout.splitlines()]


def test_steps_lists_the_plugin_step() -> None:
    result = CliRunner().invoke(main, ["steps"])
    assert "datelines newsdoc-example-plugin 0.1.0" in [
        " ".join(ln.split()) for ln in result.stdout.splitlines()
    ]


def test_cli_parses_the_plugin_format_with_extraction(wire_file: str) -> None:
    result = CliRunner().invoke(main, ["parse", "--format", "wire", wire_file])
    article = orjson.loads(result.stdout)
    assert (0, "story", "2023-12-28", ["SEOUL, Dec 28 - Kim spoke.", "He said more."]) == (
        result.exit_code,
        article["id"],
        article["date"],
        article["paragraphs"],
    )


def test_cli_runs_the_plugin_step_by_name(wire_file: str) -> None:
    result = CliRunner().invoke(main, ["parse", "--format", "wire", "--steps", "datelines", wire_file])
    assert (0, [("Seoul", "location", "SEOUL")]) == (
        result.exit_code,
        [(a["name"], a["kind"], a["mentions"][0]["text"]) for a in orjson.loads(result.stdout)["actors"]],
    )


def test_cli_appends_the_plugin_step_to_the_default_ones(wire_file: str) -> None:
    result = CliRunner().invoke(main, ["parse", "--format", "wire", "--steps", "+datelines", wire_file])
    mentions = [m["text"] for a in orjson.loads(result.stdout)["actors"] for m in a["mentions"]]
    assert (0, 1) == (result.exit_code, mentions.count("SEOUL"))


def test_api_reads_the_plugin_format_with_the_plugin_step(wire_file: str) -> None:
    article = newsdoc.read(wire_file, format="wire", pipeline=newsdoc.pipeline_from_spec("datelines"))
    assert ["Seoul"] == [a.name for a in article.actors]


def test_plugin_parse_errors_reach_the_cli_as_parse_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.wire"
    bad.write_text("HEADLINE: H\nDATE: soon\n\nBody.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--format", "wire", str(bad)])
    assert 3 == result.exit_code
    assert "DATE: YYYY-MM-DD" in result.stderr


def test_installed_command_lists_the_plugin_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsdoc", "formats"], capture_output=True, text=True, check=True, timeout=120
    )
    assert "newsdoc-example-plugin" in result.stdout

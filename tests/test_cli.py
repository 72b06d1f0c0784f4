"""The command line, in-process with click's runner and once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsdoc
from newsdoc._cli import EXIT_CODES, main
from tests.test_models import linked_article

GOOD = "date 2023-12-28 Kim urges war preparations\n\nFirst paragraph.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_prints_one_json_object_per_line(runner: CliRunner, tmp_path: Path, seed_path: Path) -> None:
    other = write(tmp_path, "b.txt", GOOD)
    result = runner.invoke(main, ["parse", str(seed_path), str(other)])
    assert 0 == result.exit_code, result.output
    lines = result.stdout.splitlines()
    assert ["000_65f2b42711d58410", "b"] == [json.loads(line)["id"] for line in lines]


def test_parse_output_round_trips(runner: CliRunner, seed_path: Path) -> None:
    line = runner.invoke(main, ["parse", str(seed_path)]).stdout
    assert newsdoc.read(seed_path) == newsdoc.loads(line)


def test_parse_a_directory_in_sorted_order(runner: CliRunner, tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        write(tmp_path, name, GOOD)
    result = runner.invoke(main, ["parse", str(tmp_path)])
    assert ["a", "b"] == [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_parse_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse", "-"], input=GOOD)
    assert "Kim urges war preparations" == json.loads(result.stdout)["headline"]


def test_parse_pretty_and_output_file(runner: CliRunner, tmp_path: Path) -> None:
    src = write(tmp_path, "a.txt", GOOD)
    out = tmp_path / "out.json"
    result = runner.invoke(main, ["parse", "--pretty", "-o", str(out), str(src)])
    assert (0, "") == (result.exit_code, result.stdout)
    assert out.read_text(encoding="utf-8").startswith('{\n  "schema_version": 1,')


def test_parse_no_extract_leaves_lists_empty(runner: CliRunner, seed_path: Path) -> None:
    doc = json.loads(runner.invoke(main, ["parse", "--no-extract", str(seed_path)]).stdout)
    assert ([], [], [], []) == (doc["actors"], doc["statements"], doc["events"], doc["times"])


def test_parse_error_is_one_line_with_location_and_exit_3(runner: CliRunner, tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", "date 2023-02-30 H\n\nBody.")
    result = runner.invoke(main, ["parse", str(bad)])
    assert 3 == result.exit_code
    assert result.stderr.startswith(f"newsdoc: {bad}:1:6: '2023-02-30' is not a real calendar date")
    assert "Traceback" not in result.output


def test_failed_parse_leaves_no_output_file(runner: CliRunner, tmp_path: Path) -> None:
    good = write(tmp_path, "a.txt", GOOD)
    bad = write(tmp_path, "b.txt", "no header")
    out = tmp_path / "out.jsonl"
    assert 3 == runner.invoke(main, ["parse", "-o", str(out), str(good), str(bad)]).exit_code
    assert sorted(["a.txt", "b.txt"]) == sorted(p.name for p in tmp_path.iterdir())


def test_missing_input_is_an_io_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["parse", str(tmp_path / "nope.txt")])
    assert (5, f"newsdoc: {tmp_path / 'nope.txt'}: no such file or directory\n") == (result.exit_code, result.stderr)


def test_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    assert 2 == runner.invoke(main, ["parse", "--frobnicate", "x"]).exit_code


def test_validate_accepts_valid_json_and_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    one = write(tmp_path, "a.json", newsdoc.dumps(linked_article()))
    many = write(tmp_path, "b.jsonl", newsdoc.dumps(linked_article()) + "\n" + newsdoc.dumps(linked_article()))
    result = runner.invoke(main, ["validate", str(one), str(many)])
    assert (0, "3 valid\n") == (result.exit_code, result.stderr)


def test_validate_reports_every_problem_with_its_path(runner: CliRunner, tmp_path: Path) -> None:
    data = newsdoc.to_dict(linked_article())
    data["statements"][0]["speaker"] = "a9"
    bad = write(tmp_path, "bad.json", json.dumps(data))
    result = runner.invoke(main, ["validate", str(bad)])
    assert 4 == result.exit_code
    assert f"{bad}: 1 problem in the document\n  $.statements[0].speaker: unknown actor id 'a9'" in result.stderr


def test_validate_goes_on_after_a_bad_jsonl_line(runner: CliRunner, tmp_path: Path) -> None:
    good = newsdoc.dumps(linked_article())
    path = write(tmp_path, "c.jsonl", f"{good}\n{{oops\n{good}\n")
    result = runner.invoke(main, ["validate", str(path)])
    assert 3 == result.exit_code
    assert f"{path}:2:2: invalid JSON" in result.stderr
    assert "1 invalid, 2 valid" in result.stderr


def test_schema_prints_the_json_schema(runner: CliRunner) -> None:
    assert newsdoc.json_schema() == json.loads(runner.invoke(main, ["schema"]).stdout)


def test_show_prints_a_readable_summary(runner: CliRunner, seed_path: Path) -> None:
    out = runner.invoke(main, ["show", str(seed_path)]).stdout
    assert "2023-12-28 | 000_65f2b42711d58410 | 17 paragraphs" in out.splitlines()[2]


def test_version(runner: CliRunner) -> None:
    build = " (compiled)" if newsdoc.COMPILED else ""
    assert f"newsdoc, version {newsdoc.__version__}{build}\n" == runner.invoke(main, ["--version"]).stdout


def test_exit_codes_are_documented_in_the_help(runner: CliRunner) -> None:
    help_text = runner.invoke(main, ["--help"]).stdout
    assert all(f"{code}  " in help_text for code in EXIT_CODES)


def test_installed_command_runs_as_a_subprocess(seed_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "newsdoc", "parse", str(seed_path)],
                          capture_output=True, text=True, check=False)
    assert (0, "") == (proc.returncode, proc.stderr)
    assert "000_65f2b42711d58410" == json.loads(proc.stdout)["id"]


def test_subprocess_error_has_no_traceback(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", "")
    proc = subprocess.run([sys.executable, "-m", "newsdoc", "parse", str(bad)],
                          capture_output=True, text=True, check=False)
    assert (3, f"newsdoc: {bad}:1:1: the file is empty (hint: the first line must read "
               "'date YYYY-MM-DD Headline', e.g. 'date 2023-12-28 Kim urges ...')\n") == (proc.returncode, proc.stderr)

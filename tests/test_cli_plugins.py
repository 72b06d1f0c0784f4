"""The command line's format, step, lexicon and exporter options and commands."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from newsdoc._cli import main

SEED = "date 2024-01-05 Talks resume\n\nThe talks resumed in Geneva.\n"
PLAIN = "Talks resume\n\nThe talks resumed in Geneva.\n"


def _listed(err: str, prefix: str) -> set[str]:
    """The names an unknown-name error lists after ``prefix`` (plugins may add more)."""
    line = err.strip()
    assert line.startswith(prefix), line
    return set(line[len(prefix) :].split(", "))


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def seed_file(tmp_path: Path) -> str:
    path = tmp_path / "talks.txt"
    path.write_text(SEED, encoding="utf-8")
    return str(path)


@pytest.fixture
def plain_file(tmp_path: Path) -> str:
    path = tmp_path / "plain.txt"
    path.write_text(PLAIN, encoding="utf-8")
    return str(path)


def test_formats_lists_every_builtin_format_with_its_origin() -> None:
    code, out, _ = _run("formats")
    assert 0 == code
    assert {"json built-in", "ninjs built-in", "plain built-in", "seed built-in"} <= {
        " ".join(line.split()) for line in out.splitlines()
    }


def test_steps_lists_the_registered_steps() -> None:
    code, out, _ = _run("steps")
    assert 0 == code
    assert {"actors", "dictionary", "events", "statements", "times"} <= {
        ln.split()[0] for ln in out.splitlines()
    }


def test_exporters_lists_the_export_targets() -> None:
    code, out, _ = _run("exporters")
    assert (0, ["csv", "ninjs", "parquet", "plover"]) == (
        code,
        [ln.split()[0] for ln in out.splitlines()][:4],
    )


def test_unknown_format_exits_2_listing_the_formats(seed_file: str) -> None:
    code, _, err = _run("parse", "--format", "ninj", seed_file)
    assert 2 == code
    assert {"json", "ninjs", "plain", "seed"} <= _listed(err, "newsdoc: no parser named 'ninj'; available: ")


def test_plain_with_date_parses(plain_file: str) -> None:
    code, out, _ = _run("parse", "--format", "plain", "--date", "2024-01-05", "--no-extract", plain_file)
    assert (0, "2024-01-05", "Talks resume") == (
        code,
        orjson.loads(out)["date"],
        orjson.loads(out)["headline"],
    )


def test_plain_without_date_exits_2_saying_what_to_give(plain_file: str) -> None:
    code, _, err = _run("parse", "--format", "plain", plain_file)
    assert 2 == code
    assert "--date YYYY-MM-DD" in err


def test_date_alone_makes_headerless_text_plain(plain_file: str) -> None:
    code, out, _ = _run("parse", "--date", "2024-01-05", "--no-extract", plain_file)
    assert (0, "plain") == (code, orjson.loads(out)["id"])


def test_unknown_step_exits_2_listing_the_steps(seed_file: str) -> None:
    code, _, err = _run("parse", "--steps", "nosuch", seed_file)
    assert 2 == code
    expected = {"actors", "dictionary", "events", "statements", "times"}
    assert expected <= _listed(err, "newsdoc: no extraction step named 'nosuch'; available: ")


def test_bad_steps_syntax_exits_2(seed_file: str) -> None:
    code, _, err = _run("parse", "--steps", "times,-events", seed_file)
    assert 2 == code
    assert "mixes" in err


def test_unknown_exporter_exits_2_listing_the_exporters(seed_file: str) -> None:
    code, _, err = _run("export", "--to", "xlsx", seed_file)
    assert 2 == code
    assert {"csv", "ninjs", "parquet", "plover"} <= _listed(
        err, "newsdoc: no exporter named 'xlsx'; available: "
    )


def test_show_accepts_the_input_options(plain_file: str) -> None:
    code, out, _ = _run("show", "--format", "plain", "--date", "2024-01-05", "--no-extract", plain_file)
    assert 0 == code
    assert "Talks resume" in out


def test_stdin_is_sniffed(seed_file: str) -> None:
    result = CliRunner().invoke(main, ["parse", "--no-extract", "-"], input=SEED)
    assert (0, "Talks resume") == (result.exit_code, orjson.loads(result.stdout)["headline"])


def test_input_options_for_a_corpus_engine(tmp_path: Path) -> None:
    from newsdoc._cli_plugins import InputOptions

    options = InputOptions(format="plain", date="2024-01-05")
    assert {
        "format": "plain",
        "parser_options": (("date", "2024-01-05"),),
        "pipeline": None,
        "reextract": False,
    } == (options.corpus_options())

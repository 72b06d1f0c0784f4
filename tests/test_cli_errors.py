"""The command line on bad input: `file:line:` locations on stderr and the documented exit codes."""


from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
from click.testing import CliRunner, Result

import newsdoc
from newsdoc._cli import main


def _good() -> dict[str, object]:
    article = newsdoc.Article(id="doc", date="2023-12-28", headline="Talks", paragraphs=["Kim said so."])
    actor = newsdoc.Actor(id="a1", name="Kim", kind=newsdoc.ActorKind.PERSON)
    statement = newsdoc.Statement(id="s1", speaker="a1", content="so", span=newsdoc.Span(start=16, end=18))
    return newsdoc.to_dict(article.with_extraction(actors=[actor], statements=[statement]))


def _bad_reference() -> dict[str, object]:
    doc = _good()
    doc["statements"][0]["speaker"] = "a9"  # type: ignore[index]
    return doc


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_validate_accepts_a_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    path.write_bytes(orjson.dumps(_good()))
    result = _invoke("validate", str(path))
    assert (0, "1 valid\n") == (result.exit_code, result.stderr)


def test_validate_of_invalid_json_exits_3_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"id": "doc",\n "date": }\n', encoding="utf-8")
    result = _invoke("validate", str(path))
    assert 3 == result.exit_code
    assert f"newsdoc: {path}:2:10: invalid JSON" in result.stderr


def test_validate_of_latin1_json_exits_3_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes('{"id": "caf\u00e9"}'.encode("latin-1"))
    result = _invoke("validate", str(path))
    assert 3 == result.exit_code
    assert f"{path}:1:12: byte 0xe9 is not valid UTF-8" in result.stderr


def test_validate_of_a_broken_model_exits_4_and_names_the_json_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(_bad_reference()))
    result = _invoke("validate", str(path))
    assert 4 == result.exit_code
    expected = f"{path}: 1 problem in the document\n  $.statements[0].speaker: unknown actor id 'a9'"
    assert expected in result.stderr


def test_validate_of_json_lines_names_each_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [orjson.dumps(_good()), b"", orjson.dumps(_bad_reference()), b"{oops", orjson.dumps(_good())]
    path.write_bytes(b"\n".join(lines) + b"\n")
    result = _invoke("validate", str(path))
    assert 4 == result.exit_code
    assert f"{path}:3: 1 problem in the document" in result.stderr
    assert f"{path}:4:2: invalid JSON" in result.stderr
    assert "newsdoc: 2 invalid, 2 valid" in result.stderr


def test_validate_exits_with_the_first_failure_kind(tmp_path: Path) -> None:
    first = tmp_path / "a.json"
    first.write_text("[", encoding="utf-8")
    second = tmp_path / "b.json"
    second.write_bytes(orjson.dumps(_bad_reference()))
    assert 3 == _invoke("validate", str(first), str(second)).exit_code


def test_validate_of_a_json_value_that_is_not_an_object_exits_4(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    result = _invoke("validate", str(path))
    assert (4, True) == (result.exit_code, "$: expected an object, got an array" in result.stderr)


def test_validate_of_a_missing_file_exits_5(tmp_path: Path) -> None:
    result = _invoke("validate", str(tmp_path / "missing.json"))
    assert (5, f"newsdoc: {tmp_path / 'missing.json'}: no such file or directory\n") == (
        result.exit_code, result.stderr
    )


def test_parse_of_a_bad_date_exits_3_with_the_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("date 2023-13-45 Talks\n\nBody.\n", encoding="utf-8")
    result = _invoke("parse", str(path))
    assert 3 == result.exit_code
    assert result.stderr.startswith(f"newsdoc: {path}:1:6: '2023-13-45' is not a real calendar date")


def test_parse_of_latin1_text_exits_3_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("date 2023-12-28 Talks\n\nd\u00e9clar\u00e9".encode("latin-1"))
    result = _invoke("parse", str(path))
    assert (3, f"newsdoc: {path}:3:2: byte 0xe9 is not valid UTF-8") == (
        result.exit_code, result.stderr.split(" (hint")[0]
    )


def test_parse_of_an_empty_file_exits_3(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = _invoke("parse", str(path))
    assert (3, True) == (result.exit_code, f"{path}:1:1: the file is empty" in result.stderr)


def test_parse_of_a_nul_byte_exits_3(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"date 2023-12-28 Talks\n\nab\0")
    result = _invoke("parse", str(path))
    assert (3, True) == (result.exit_code, f"{path}:3:3: NUL character in the text" in result.stderr)


def test_parse_of_a_broken_json_input_exits_4(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(_bad_reference()))
    assert 4 == _invoke("parse", str(path)).exit_code


def test_a_failed_parse_leaves_no_partial_output_file(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("date 2023-12-28 Talks\n\nBody.\n", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_text("date 2023-02-30 Talks\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _invoke("parse", str(good), str(bad), "-o", str(out))
    assert (3, False) == (result.exit_code, out.exists())


def test_the_installed_command_reports_bad_input_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(orjson.dumps(_bad_reference()))
    run = subprocess.run(
        [sys.executable, "-m", "newsdoc", "validate", str(path)], capture_output=True, text=True, check=False
    )
    assert (4, "") == (run.returncode, run.stdout)
    assert "Traceback" not in run.stderr
    assert "$.statements[0].speaker: unknown actor id 'a9'" in run.stderr

"""The exporters: ninjs, PLOVER records, CSV and Parquet tables, and newsdoc export."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
from click.testing import CliRunner

import newsdoc
from newsdoc._cli import main
from newsdoc._tables import ACTOR_COLUMNS, EVENT_COLUMNS, STATEMENT_COLUMNS
from tests.articles import extracted_article

SCHEMA = json.loads((Path(__file__).parent / "data" / "ninjs-2.1-subset.schema.json").read_text())


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s]+\Z")


def _format_checker() -> jsonschema.FormatChecker:
    """The default checker plus 'uri' and 'date-time' (whose usual checkers are optional extras)."""
    checker = jsonschema.FormatChecker()

    @checker.checks("uri")
    def is_uri(value: object) -> bool:
        return not isinstance(value, str) or _URI.match(value) is not None

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value: object) -> bool:
        if isinstance(value, str):
            if "T" not in value or not value.endswith(("Z", "+00:00")):
                return False
            dt.datetime.fromisoformat(value)
        return True

    return checker


def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(SCHEMA)
    return cls(SCHEMA, format_checker=_format_checker())


def _jsonl(tmp_path: Path, *articles: newsdoc.Article) -> str:
    path = tmp_path / "in.jsonl"
    newsdoc.write_jsonl(articles, path)
    return str(path)


def test_ninjs_validates_against_the_ninjs_schema() -> None:
    errors = [e.message for e in _validator().iter_errors(newsdoc.to_ninjs(extracted_article()))]
    assert [] == errors


def test_ninjs_of_an_article_without_extraction_validates() -> None:
    article = newsdoc.Article(id="a b/c", date="2024-01-05", headline="H", paragraphs=["P."])
    assert [] == [e.message for e in _validator().iter_errors(newsdoc.to_ninjs(article))]


def test_schema_check_rejects_a_uri_with_spaces() -> None:
    obj = {**newsdoc.to_ninjs(extracted_article()), "uri": "not a uri"}
    assert not _validator().is_valid(obj)


def test_schema_check_rejects_a_bare_date_as_date_time() -> None:
    obj = {**newsdoc.to_ninjs(extracted_article()), "versioncreated": "2023-12-28"}
    assert not _validator().is_valid(obj)


def test_ninjs_uri_of_an_id_with_spaces_is_still_a_uri() -> None:
    article = newsdoc.Article(id="a b/c", date="2024-01-05", headline="H")
    assert "urn:newsdoc:article:a%20b%2Fc" == newsdoc.to_ninjs(article)["uri"]


def test_schema_subset_rejects_a_property_ninjs_does_not_have() -> None:
    obj = {**newsdoc.to_ninjs(extracted_article()), "actors": []}
    assert not _validator().is_valid(obj)


def test_ninjs_carries_headline_and_body() -> None:
    obj = newsdoc.to_ninjs(extracted_article())
    expected_body = "\n\n".join(extracted_article().paragraphs)
    assert ([{"role": "main", "value": extracted_article().headline}], expected_body) == (
        obj["headlines"],
        obj["bodies"][0]["value"],
    )


def test_ninjs_dates_are_the_publication_day() -> None:
    obj = newsdoc.to_ninjs(extracted_article())
    assert ("2023-12-28T00:00:00Z", "2023-12-28T00:00:00Z") == (obj["firstcreated"], obj["versioncreated"])


def test_ninjs_sorts_actors_by_kind_with_their_relation() -> None:
    obj = newsdoc.to_ninjs(extracted_article())
    assert (
        [{"name": "Kim Jong Un", "rel": "speaker", "literal": "a1"}],
        [{"name": "state media", "rel": "mentioned", "literal": "a5"}],
        ["USA", "KOR", "a4"],
    ) == (obj["people"], obj["organisations"], [p["literal"] for p in obj["places"]])


def test_ninjs_subjects_name_the_event_types() -> None:
    assert [{"name": "MOBILIZE", "rel": "about", "literal": "plover:MOBILIZE"}] == newsdoc.to_ninjs(
        extracted_article()
    )["subjects"]


def test_ninjs_round_trips_through_the_ninjs_parser() -> None:
    article = extracted_article()
    back = newsdoc.parse(orjson.dumps(newsdoc.to_ninjs(article)), format="ninjs", extract=False)
    assert (article.id, article.date, article.headline, article.paragraphs) == (
        back.id,
        back.date,
        back.headline,
        back.paragraphs,
    )


def test_plover_record_has_actors_location_time_and_sentence() -> None:
    (record,) = newsdoc.plover_records(extracted_article())
    assert {
        "id": "kim:e1",
        "article_id": "kim",
        "event_id": "e1",
        "date": "2023-12-28",
        "event_type": "MOBILIZE",
        "mode": "military-exercise",
        "status": "occurred",
        "trigger": "drills",
        "actor1": "United States",
        "actor1_country": "USA",
        "actor2": None,
        "actor2_country": None,
        "location": "Busan",
        "time": "2023-12-28",
        "statement_id": None,
        "sentence": "Washington and Seoul held drills in Busan on Thursday.",
    } == record


def test_table_rows_have_exactly_the_declared_columns() -> None:
    article = extracted_article()
    assert [ACTOR_COLUMNS, STATEMENT_COLUMNS, EVENT_COLUMNS] == [
        tuple(next(rows(article)))
        for rows in (newsdoc.actor_rows, newsdoc.statement_rows, newsdoc.event_rows)
    ]


def test_statement_row_names_speaker_and_channel() -> None:
    (row,) = newsdoc.statement_rows(extracted_article())
    assert ("Kim Jong Un", "state media", "mixed") == (row["speaker"], row["channel"], row["quote"])


def test_event_row_joins_several_agents() -> None:
    (row,) = newsdoc.event_rows(extracted_article())
    assert ("a2|a3", "United States|South Korea", "USA|KOR") == (
        row["agent_ids"],
        row["agents"],
        row["agent_countries"],
    )


def test_csv_export_writes_three_tables(tmp_path: Path) -> None:
    count = newsdoc.export([extracted_article()], to="csv", output=tmp_path / "out")
    with open(tmp_path / "out" / "actors.csv", encoding="utf-8", newline="") as fh:
        names = [row["name"] for row in csv.DictReader(fh)]
    assert (7, ["Kim Jong Un", "United States", "South Korea", "Busan", "state media"]) == (count, names)


def test_csv_export_needs_a_directory() -> None:
    with pytest.raises(newsdoc.UsageError, match="directory"):
        newsdoc.export([extracted_article()], to="csv")


def test_parquet_tables_read_back_with_pyarrow(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    newsdoc.export([extracted_article(), extracted_article()], to="parquet", output=tmp_path)
    table = pq.read_table(tmp_path / "events.parquet")
    assert (list(EVENT_COLUMNS), ["drills", "drills"]) == (
        table.column_names,
        table.column("trigger").to_pylist(),
    )


def test_parquet_offsets_are_integers(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    newsdoc.export([extracted_article()], to="parquet", output=tmp_path)
    rows: list[dict[str, Any]] = pq.read_table(tmp_path / "statements.parquet").to_pylist()
    assert [next(newsdoc.statement_rows(extracted_article()))] == rows


def test_parquet_without_pyarrow_says_which_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    import importlib

    monkeypatch.setattr(importlib, "import_module", lambda name: no_pyarrow(name))
    with pytest.raises(newsdoc.PluginError, match=r"pip install newsdoc\[arrow\]"):
        newsdoc.export([extracted_article()], to="parquet", output=tmp_path)


def test_cli_export_ninjs_to_stdout(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--to", "ninjs", _jsonl(tmp_path, extracted_article())])
    assert (0, "Kim urges war preparations") == (
        result.exit_code,
        orjson.loads(result.stdout)["headlines"][0]["value"],
    )


def test_cli_export_plover_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = CliRunner().invoke(
        main, ["export", "--to", "plover", "-o", str(out), _jsonl(tmp_path, extracted_article())]
    )
    assert (0, ["MOBILIZE"]) == (
        result.exit_code,
        [orjson.loads(line)["event_type"] for line in out.read_text().splitlines()],
    )


def test_cli_export_csv_without_a_directory_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--to", "csv", _jsonl(tmp_path, extracted_article())])
    assert 2 == result.exit_code
    assert "-o DIR" in result.stderr


def test_cli_export_csv_writes_the_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = CliRunner().invoke(
        main, ["export", "--to", "csv", "-o", str(out), _jsonl(tmp_path, extracted_article())]
    )
    assert (0, ["actors.csv", "events.csv", "statements.csv"]) == (
        result.exit_code,
        sorted(p.name for p in out.iterdir()),
    )


def test_cli_export_of_a_bad_input_leaves_no_partial_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": ', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["export", "--to", "ninjs", "-o", str(out), str(bad)])
    assert (3, False) == (result.exit_code, out.exists())
    assert [] == [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_actor_rows_join_the_members_of_a_joint_reference() -> None:
    article = newsdoc.parse(
        " date 2025-03-04 Crossings shut\n\nSerbia and Kosovo traded accusations. Both governments shut the crossings."
    )
    (row,) = [r for r in newsdoc.actor_rows(article) if r["name"] == "Both governments"]
    assert (row["member_ids"], row["members"]) == ("a1|a2", "Serbia|Kosovo")

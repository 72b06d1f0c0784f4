"""JSON and JSON Lines: lossless round trips, strict reading, every problem with its path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsdoc
from newsdoc import ParseError, ValidationError
from tests.test_models import linked_article


def test_round_trip_is_lossless() -> None:
    article = linked_article()
    assert article == newsdoc.loads(newsdoc.dumps(article))


def test_pretty_round_trip_is_lossless() -> None:
    article = linked_article()
    assert article == newsdoc.loads(newsdoc.dumps(article, pretty=True))


def test_output_carries_the_schema_version_first() -> None:
    assert ["schema_version", "id", "date", "headline"] == list(json.loads(newsdoc.dumps(linked_article())))[:4]


def test_output_has_the_keys_the_scorer_reads() -> None:
    doc = json.loads(newsdoc.dumps(linked_article()))
    assert {"id", "name", "kind", "country", "aliases", "mentions"} <= set(doc["actors"][0])
    assert {"start", "end", "text"} == set(doc["actors"][0]["mentions"][0])
    assert {"id", "speaker", "cue", "content", "quote", "channel", "time", "span"} <= set(doc["statements"][0])
    assert {"id", "kind", "trigger", "participants", "location", "time", "span"} <= set(doc["events"][0])
    assert {"actor", "role"} == set(doc["events"][0]["participants"][0])
    assert {"text", "value", "span"} <= set(doc["times"][0])


def test_dates_and_enums_are_written_as_strings() -> None:
    doc = json.loads(newsdoc.dumps(linked_article()))
    assert ("2024-01-05", "person", "agent") == (
        doc["date"], doc["actors"][0]["kind"], doc["events"][0]["participants"][0]["role"])


def test_to_dict_and_from_dict_round_trip() -> None:
    article = linked_article()
    assert article == newsdoc.from_dict(newsdoc.to_dict(article))


def test_a_document_without_the_version_is_read_as_the_current_version() -> None:
    data = newsdoc.to_dict(linked_article())
    del data["schema_version"]
    assert linked_article() == newsdoc.from_dict(data)


def test_missing_extraction_lists_default_to_empty() -> None:
    article = newsdoc.loads('{"id": "a", "date": "2024-01-05", "headline": "H", "paragraphs": ["P."]}')
    assert () == article.actors


def problems(data: object) -> list[str]:
    with pytest.raises(ValidationError) as err:
        newsdoc.loads(json.dumps(data))
    return [str(p) for p in err.value.problems]


def document(**changes: object) -> dict[str, object]:
    data = newsdoc.to_dict(linked_article())
    data.update(changes)
    return data


def test_unknown_speaker_id_is_named_with_its_path() -> None:
    data = document()
    data["statements"][0]["speaker"] = "a9"  # type: ignore[index]
    assert ["$.statements[0].speaker: unknown actor id 'a9'"] == problems(data)


def test_every_structural_problem_is_listed() -> None:
    data = document(date="2023-02-30", headline=5, extra=True)
    data["actors"][0]["kind"] = "alien"  # type: ignore[index]
    data["actors"][1]["mentions"][0]["start"] = "12"  # type: ignore[index]
    assert sorted([
        "$.date: '2023-02-30' is not a real calendar date",
        "$.headline: expected a string, got a number",
        "$.actors[0].kind: expected one of 'person', 'organization', 'country', 'location', 'group', got 'alien'",
        "$.actors[1].mentions[0].start: expected an integer, got a string",
        "$: unknown field 'extra'",
    ]) == sorted(problems(data))


def test_missing_required_fields_are_named() -> None:
    assert ["$.date: required field missing", "$.headline: required field missing"] == problems({"id": "a"})


def test_booleans_are_not_numbers() -> None:
    data = document()
    data["statements"][0]["span"]["start"] = True  # type: ignore[index]
    assert ["$.statements[0].span.start: expected an integer, got a boolean"] == problems(data)


def test_a_list_where_an_object_belongs() -> None:
    data = document()
    data["statements"][0]["span"] = [1, 2]  # type: ignore[index]
    assert ["$.statements[0].span: expected an object, got an array"] == problems(data)


def test_json_that_is_not_an_object() -> None:
    assert ["$: expected an object, got an array"] == problems([1, 2])


def test_other_schema_versions_are_refused() -> None:
    assert ["$.schema_version: this newsdoc reads schema version 1, got 99"] == problems(document(schema_version=99))


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(ParseError) as err:
        newsdoc.loads('{\n  "id": "a",\n  "date": }', source="bad.json")
    assert ("bad.json", 3, 11) == (err.value.path, err.value.line, err.value.column)
    assert str(err.value).startswith("bad.json:3:11: invalid JSON:")


def test_validation_error_names_the_file() -> None:
    with pytest.raises(ValidationError, match=r"^x\.json: 1 problem in the document\n  \$: expected an object"):
        newsdoc.loads("[]", source="x.json")


def test_jsonl_round_trip(tmp_path: Path) -> None:
    articles = [linked_article(), newsdoc.parse("date 2024-02-01 B\n\nBody.", source="b.txt")]
    path = tmp_path / "out.jsonl"
    assert 2 == newsdoc.write_jsonl(articles, path)
    assert articles == list(newsdoc.read_jsonl(path))


def test_jsonl_skips_blank_lines_and_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = newsdoc.dumps(linked_article())
    path.write_text(f"{good}\n\n{good}\n{{not json\n", encoding="utf-8")
    reader = newsdoc.read_jsonl(path)
    assert [linked_article(), linked_article()] == [next(reader), next(reader)]
    with pytest.raises(ParseError) as err:
        next(reader)
    assert (str(path), 4, 2) == (err.value.path, err.value.line, err.value.column)


def test_jsonl_validation_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(newsdoc.dumps(linked_article()) + "\n" + '{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        list(newsdoc.read_jsonl(path))
    assert (str(path), 2) == (err.value.path, err.value.line)


def test_loads_lines_reads_from_memory() -> None:
    text = newsdoc.dumps(linked_article()) + "\n" + newsdoc.dumps(linked_article())
    assert 2 == len(list(newsdoc.loads_lines(text)))


def test_write_jsonl_is_atomic(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("previous complete content\n", encoding="utf-8")

    def failing() -> object:
        yield linked_article()
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        newsdoc.write_jsonl(failing(), path)  # type: ignore[arg-type]
    assert "previous complete content\n" == path.read_text(encoding="utf-8")
    assert [path] == list(tmp_path.iterdir())


def test_dump_and_load_files(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    with path.open("w", encoding="utf-8") as fh:
        newsdoc.dump(linked_article(), fh)
    with path.open("rb") as fh:
        assert linked_article() == newsdoc.load(fh)


def test_read_keeps_a_json_file_as_written(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(newsdoc.dumps(linked_article()), encoding="utf-8")
    assert linked_article() == newsdoc.read(path)


def test_write_jsonl_to_a_gz_name_compresses_and_read_jsonl_reads_it_back(tmp_path: Path) -> None:
    article = newsdoc.parse(" date 2024-01-05 Headline\n\nKim said talks would resume.")
    target = tmp_path / "out.jsonl.gz"
    assert 2 == newsdoc.write_jsonl([article, article], target)
    assert b"\x1f\x8b" == target.read_bytes()[:2]
    assert [article, article] == list(newsdoc.read_jsonl(target))


def test_read_jsonl_names_a_truncated_gz_file(tmp_path: Path) -> None:
    article = newsdoc.parse(" date 2024-01-05 Headline\n\nKim said talks would resume.")
    target = tmp_path / "out.jsonl.gz"
    newsdoc.write_jsonl([article] * 50, target)
    target.write_bytes(target.read_bytes()[:-20])
    with pytest.raises(newsdoc.ReadError, match=r"out\.jsonl\.gz"):
        list(newsdoc.read_jsonl(target))

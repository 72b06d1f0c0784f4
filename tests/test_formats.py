"""The built-in input formats, format sniffing and newsdoc.read / read_all."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import orjson
import pytest

import newsdoc
from newsdoc._formats import html_paragraphs, parse_document, sniff_format

SEED = "date 2024-01-05 Talks resume\n\nThe talks resumed in Geneva.\n\nBoth sides attended.\n"
PLAIN = "Talks resume\n\nThe talks resumed in Geneva.\n\nBoth sides attended.\n"
NINJS = {
    "uri": "urn:example:news:talks-42",
    "type": "text",
    "versioncreated": "2024-01-05T10:30:00Z",
    "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Talks resume"}],
    "bodies": [
        {"role": "main", "contenttype": "text/plain", "value": "The talks resumed.\n\nBoth attended."}
    ],
}


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_seed_text_is_sniffed_and_read(tmp_path: Path) -> None:
    article = newsdoc.read(_write(tmp_path, "talks.txt", SEED), extract=False)
    assert ("talks", dt.date(2024, 1, 5), "Talks resume") == (article.id, article.date, article.headline)


def test_plain_needs_a_date() -> None:
    with pytest.raises(newsdoc.UsageError, match="--date YYYY-MM-DD"):
        newsdoc.parse(PLAIN, format="plain")


def test_plain_reads_headline_and_paragraphs() -> None:
    article = newsdoc.parse(PLAIN, format="plain", date="2024-01-05", extract=False)
    assert ("Talks resume", ("The talks resumed in Geneva.", "Both sides attended.")) == (
        article.headline,
        article.paragraphs,
    )


def test_plain_rejects_a_malformed_date() -> None:
    with pytest.raises(newsdoc.UsageError, match="YYYY-MM-DD"):
        newsdoc.parse(PLAIN, format="plain", date="05/01/2024")


def test_plain_rejects_empty_text() -> None:
    with pytest.raises(newsdoc.ParseError, match="empty"):
        newsdoc.parse("\n \n", format="plain", date="2024-01-05")


def test_text_without_header_is_plain_when_a_date_is_given(tmp_path: Path) -> None:
    article = newsdoc.read(_write(tmp_path, "p.txt", PLAIN), date="2024-01-05", extract=False)
    assert "Talks resume" == article.headline


def test_text_without_header_and_date_fails_as_seed(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ParseError, match="expected the header"):
        newsdoc.read(_write(tmp_path, "p.txt", PLAIN))


def test_headerless_text_error_suggests_giving_a_date(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ParseError) as info:
        newsdoc.read(_write(tmp_path, "p.txt", PLAIN))
    assert "--date YYYY-MM-DD" in str(info.value.hint)


def test_seed_format_ignores_the_date_option(tmp_path: Path) -> None:
    article = newsdoc.read(_write(tmp_path, "s.txt", SEED), date="1999-01-01", extract=False)
    assert dt.date(2024, 1, 5) == article.date


def test_unknown_option_for_a_format_is_a_usage_error() -> None:
    with pytest.raises(newsdoc.UsageError, match="takes no option 'colour'"):
        newsdoc.parse(SEED, format="seed", colour="red")


def test_unknown_format_in_read_fails_before_reading(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.UnknownNameError, match="no parser named 'ninj'"):
        newsdoc.read(tmp_path / "missing.txt", format="ninj")


def test_ninjs_headline_prefers_the_main_role() -> None:
    assert "Talks resume" == newsdoc.parse(orjson.dumps(NINJS), format="ninjs", extract=False).headline


def test_ninjs_plain_body_becomes_paragraphs() -> None:
    article = newsdoc.parse(orjson.dumps(NINJS).decode(), format="ninjs", extract=False)
    assert ("The talks resumed.", "Both attended.") == article.paragraphs


def test_ninjs_date_is_the_day_of_versioncreated() -> None:
    assert dt.date(2024, 1, 5) == newsdoc.parse(orjson.dumps(NINJS), format="ninjs", extract=False).date


def test_ninjs_falls_back_to_firstcreated() -> None:
    obj = {**NINJS, "firstcreated": "2023-12-31T23:00:00+00:00"}
    del obj["versioncreated"]
    assert dt.date(2023, 12, 31) == newsdoc.parse(orjson.dumps(obj), format="ninjs", extract=False).date


def test_ninjs_id_comes_from_the_uri_without_a_file() -> None:
    assert "talks-42" == newsdoc.parse(orjson.dumps(NINJS), format="ninjs", extract=False).id


def test_ninjs_html_body_gives_one_paragraph_per_block() -> None:
    obj = {
        **NINJS,
        "bodies": [{"contenttype": "text/html", "value": "<p>One &amp; two.</p>\n<p>Three\n four.</p>"}],
    }
    assert ("One & two.", "Three four.") == newsdoc.parse(
        orjson.dumps(obj), format="ninjs", extract=False
    ).paragraphs


def test_ninjs_1x_body_text_is_read() -> None:
    obj = {"uri": "u", "headline": "H", "versioncreated": "2024-01-05T00:00:00Z", "body_text": "A.\n\nB."}
    assert ("A.", "B.") == newsdoc.parse(orjson.dumps(obj), format="ninjs", extract=False).paragraphs


def test_ninjs_without_a_date_is_a_parse_error() -> None:
    obj = {"uri": "u", "headlines": [{"value": "H"}]}
    with pytest.raises(newsdoc.ParseError, match="no date"):
        newsdoc.parse(orjson.dumps(obj), format="ninjs")


def test_ninjs_without_a_headline_is_a_parse_error() -> None:
    obj = {"uri": "u", "versioncreated": "2024-01-05T00:00:00Z"}
    with pytest.raises(newsdoc.ParseError, match="no headline"):
        newsdoc.parse(orjson.dumps(obj), format="ninjs")


def test_ninjs_that_is_not_json_names_line_and_column() -> None:
    with pytest.raises(newsdoc.ParseError) as info:
        newsdoc.parse('{"uri": ', format="ninjs", source="x.json")
    assert (1, "x.json") == (info.value.line, info.value.path)


def test_json_file_with_ninjs_keys_is_sniffed_as_ninjs(tmp_path: Path) -> None:
    article = newsdoc.read(_write(tmp_path, "n.json", orjson.dumps(NINJS).decode()), extract=False)
    assert ("talks-42", "Talks resume") == (article.id, article.headline)


def test_newsdoc_json_keeps_its_extraction(tmp_path: Path) -> None:
    actor = newsdoc.Actor(id="a1", name="Geneva", kind=newsdoc.ActorKind.LOCATION)
    original = newsdoc.Article(
        id="x", date="2024-01-05", headline="H", paragraphs=["In Geneva."], actors=[actor]
    )
    path = _write(tmp_path, "x.json", newsdoc.dumps(original))
    assert original == newsdoc.read(path, pipeline=newsdoc.Pipeline([]))


def test_newsdoc_json_is_extracted_again_when_asked(tmp_path: Path) -> None:
    actor = newsdoc.Actor(id="a1", name="Geneva", kind=newsdoc.ActorKind.LOCATION)
    original = newsdoc.Article(
        id="x", date="2024-01-05", headline="H", paragraphs=["In Geneva."], actors=[actor]
    )
    path = _write(tmp_path, "x.json", newsdoc.dumps(original))
    assert () == newsdoc.read(path, extract=True, pipeline=newsdoc.Pipeline([])).actors


def test_jsonl_holds_one_article_a_line(tmp_path: Path) -> None:
    a = newsdoc.Article(id="a", date="2024-01-05", headline="A")
    b = newsdoc.Article(id="b", date="2024-01-06", headline="B")
    path = tmp_path / "two.jsonl"
    newsdoc.write_jsonl([a, b], path)
    assert [a, b] == list(newsdoc.read_all(path))


def test_read_of_a_two_article_file_points_to_read_all(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    newsdoc.write_jsonl([newsdoc.Article(id=i, date="2024-01-05", headline=i) for i in "ab"], path)
    with pytest.raises(newsdoc.ParseError, match="read_all"):
        newsdoc.read(path)


def test_ninjs_lines_are_sniffed_and_read(tmp_path: Path) -> None:
    lines = [orjson.dumps({**NINJS, "uri": f"urn:x:{i}"}).decode() for i in ("one", "two")]
    path = _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    assert ["one", "two"] == [a.id for a in newsdoc.read_all(path, extract=False)]


def test_a_bad_line_in_ninjs_lines_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "feed.jsonl", orjson.dumps(NINJS).decode() + '\n{"uri": "u"}\n')
    with pytest.raises(newsdoc.ParseError) as info:
        list(newsdoc.read_all(path, format="ninjs", extract=False))
    assert 2 == info.value.line


def test_sniff_plain_json_without_ninjs_keys_is_json() -> None:
    assert "json" == sniff_format("a.json", '{"id": "x", "paragraphs": []}')


def test_sniff_broken_json_is_json_so_its_reader_reports_it() -> None:
    assert "json" == sniff_format("a.json", '{"id": ')


def test_sniff_seed_header_in_any_case() -> None:
    assert "seed" == sniff_format("a", "  DATE 2024-01-05 Headline")


def test_html_paragraphs_skip_scripts() -> None:
    assert ["Text."] == html_paragraphs("<script>var x;</script><p>Text.</p>")


def test_read_of_a_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError):
        newsdoc.read(tmp_path / "none.txt")


def test_read_of_a_directory_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(newsdoc.ReadError, match="directory"):
        newsdoc.read(tmp_path)


def test_parse_document_sniffs_bytes_read_by_the_caller() -> None:
    article, keeps = parse_document(orjson.dumps(NINJS), source="feed/item.json.gz")
    assert ("talks-42", False) == (article.id, keeps)


def test_parse_document_reports_newsdoc_json_as_kept() -> None:
    data = newsdoc.dumps(newsdoc.Article(id="x", date="2024-01-05", headline="H"))
    assert True is parse_document(data, source="x.json")[1]


def test_sniff_ignores_a_gzip_suffix() -> None:
    assert "ninjs" == sniff_format("x.json.gz", orjson.dumps(NINJS).decode())


def test_gzipped_seed_file_is_read_with_the_id_of_its_stem(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "talks.txt.gz"
    path.write_bytes(gzip.compress(SEED.encode()))
    article = newsdoc.read(path, extract=False)
    assert ("talks", "Talks resume") == (article.id, article.headline)


def test_gzipped_json_lines_are_read_lazily(tmp_path: Path) -> None:
    import gzip

    a = newsdoc.Article(id="a", date="2024-01-05", headline="A")
    b = newsdoc.Article(id="b", date="2024-01-05", headline="B")
    path = tmp_path / "two.jsonl.gz"
    path.write_bytes(gzip.compress((newsdoc.dumps(a) + "\n" + newsdoc.dumps(b) + "\n").encode()))
    assert [a, b] == list(newsdoc.read_all(path))


def test_a_broken_gzip_file_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"not gzip at all")
    with pytest.raises(newsdoc.ReadError):
        newsdoc.read(path)


def test_a_truncated_gzip_lines_file_is_a_read_error(tmp_path: Path) -> None:
    import gzip

    data = gzip.compress(
        (newsdoc.dumps(newsdoc.Article(id="a", date="2024-01-05", headline="A")) + "\n").encode()
    )
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(newsdoc.ReadError):
        list(newsdoc.read_all(path))


def test_a_malformed_marked_section_in_html_is_skipped_like_a_browser_does() -> None:
    from newsdoc._formats import html_paragraphs

    assert ["a", "b"] == html_paragraphs("<p>a</p><![0 x> <p>b</p>")

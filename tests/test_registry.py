"""The plugin registries: built-in names, registration in code, unknown names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsdoc
from newsdoc._registry import PARSERS, Registry


@pytest.fixture
def wire_parser() -> Iterator[None]:
    def parse_wire(text: str, /, *, source: str | None = None) -> newsdoc.Article:
        return newsdoc.Article(id="w", date="2024-01-05", headline=text.strip(), paragraphs=())

    newsdoc.register_parser("toywire", parse_wire)
    yield
    PARSERS.unregister("toywire")


def test_builtin_formats_are_listed_as_built_in() -> None:
    origins = newsdoc.available_parsers()
    assert {"json": "built-in", "ninjs": "built-in", "plain": "built-in", "seed": "built-in"}.items() <= (
        origins.items()
    )


def test_builtin_exporters_are_listed() -> None:
    assert {"csv", "ninjs", "parquet", "plover"} <= set(newsdoc.available_exporters())


def test_builtin_steps_are_listed() -> None:
    assert {"actors", "dictionary", "events", "statements", "times"} <= set(newsdoc.available_steps())


def test_unknown_parser_lists_the_available_ones() -> None:
    with pytest.raises(newsdoc.UnknownNameError) as info:
        newsdoc.get_parser("ninj")
    assert str(info.value).startswith("no parser named 'ninj'; available: json, ")
    assert {"json", "ninjs", "plain", "seed"} <= set(info.value.available)


def test_unknown_name_error_is_a_lookup_error_with_exit_code_2() -> None:
    with pytest.raises(LookupError) as info:
        newsdoc.get_exporter("xlsx")
    assert 2 == info.value.exit_code  # type: ignore[attr-defined]


def test_parser_registered_in_code_is_found_and_listed(wire_parser: None) -> None:
    assert "registered in code" == newsdoc.available_parsers()["toywire"]
    assert "Kim speaks" == newsdoc.get_parser("toywire")("Kim speaks\n").headline


def test_register_parser_works_as_a_decorator() -> None:
    @newsdoc.register_parser("toydeco")
    def parse_toy(text: str, /, *, source: str | None = None) -> newsdoc.Article:
        return newsdoc.Article(id="t", date="2024-01-05", headline=text)

    try:
        assert parse_toy is newsdoc.get_parser("toydeco")
    finally:
        PARSERS.unregister("toydeco")


def test_registered_name_wins_over_a_built_in_one() -> None:
    def other(text: str, /, *, source: str | None = None) -> newsdoc.Article:
        return newsdoc.Article(id="x", date="2024-01-05", headline="other")

    newsdoc.register_parser("seed", other)
    try:
        assert other is newsdoc.get_parser("seed")
    finally:
        PARSERS.unregister("seed")
    assert other is not newsdoc.get_parser("seed")


def test_builtin_fallback_is_used_without_entry_points() -> None:
    registry: Registry[object] = Registry("newsdoc.tests-none", "thing", {"join": "os.path:join"})
    import os.path

    assert os.path.join is registry.get("join")
    assert {"join": "built-in"} == registry.origins()


def test_broken_entry_point_is_a_plugin_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    registry: Registry[object] = Registry("newsdoc.tests-broken", "parser", {})
    broken = EntryPoint(name="bad", value="newsdoc_no_such_module:parse", group="newsdoc.tests-broken")
    monkeypatch.setattr(registry, "_entry_points", {"bad": broken})
    with pytest.raises(newsdoc.PluginError, match="could not be loaded"):
        registry.get("bad")


def test_parser_protocol_accepts_builtin_parsers() -> None:
    assert isinstance(newsdoc.get_parser("seed"), newsdoc.Parser)


def test_listing_names_does_not_import_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    registry: Registry[object] = Registry("newsdoc.tests-lazy", "parser", {})
    broken = EntryPoint(name="bad", value="newsdoc_no_such_module:parse", group="newsdoc.tests-lazy")
    monkeypatch.setattr(registry, "_entry_points", {"bad": broken})
    assert {"bad": "entry point"} == registry.origins()


def test_entry_points_are_read_once_until_refreshed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake_entry_points(*, group: str) -> list[object]:
        calls.append(group)
        return []

    monkeypatch.setattr("newsdoc._registry.entry_points", fake_entry_points)
    registry: Registry[object] = Registry("newsdoc.tests-once", "parser", {})
    registry.names()
    registry.names()
    registry.refresh()
    registry.names()
    assert ["newsdoc.tests-once", "newsdoc.tests-once"] == calls

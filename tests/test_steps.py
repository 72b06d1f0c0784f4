"""Choosing extraction steps by name (``--steps``) and the step registry."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsdoc
from newsdoc._registry import STEPS


def _noop(doc: newsdoc.Doc) -> None:
    pass


def _mark(doc: newsdoc.Doc) -> None:
    doc.data["marked"] = True


@pytest.fixture
def base() -> newsdoc.Pipeline:
    return newsdoc.Pipeline([newsdoc.Step(name="one", run=_noop), newsdoc.Step(name="two", run=_noop)])


@pytest.fixture
def registered() -> Iterator[None]:
    newsdoc.register_step("marker", lambda: _mark)
    yield
    STEPS.unregister("marker")


def test_bare_names_choose_and_order_steps(base: newsdoc.Pipeline) -> None:
    assert ("two", "one") == newsdoc.pipeline_from_spec("two,one", base).names


def test_minus_removes_a_default_step(base: newsdoc.Pipeline) -> None:
    assert ("two",) == newsdoc.pipeline_from_spec("-one", base).names


def test_plus_appends_a_registered_step(base: newsdoc.Pipeline, registered: None) -> None:
    assert ("one", "two", "marker") == newsdoc.pipeline_from_spec("+marker", base).names


def test_plus_and_minus_combine(base: newsdoc.Pipeline, registered: None) -> None:
    assert ("two", "marker") == newsdoc.pipeline_from_spec("+marker,-one", base).names


def test_a_bare_registered_name_builds_the_step(base: newsdoc.Pipeline, registered: None) -> None:
    pipeline = newsdoc.pipeline_from_spec("one,marker", base)
    assert _mark is pipeline.steps[1].run


def test_mixing_bare_and_signed_names_is_a_usage_error(base: newsdoc.Pipeline) -> None:
    with pytest.raises(newsdoc.UsageError, match="mixes"):
        newsdoc.pipeline_from_spec("one,-two", base)


def test_unknown_step_lists_the_registered_ones(base: newsdoc.Pipeline) -> None:
    with pytest.raises(newsdoc.UnknownNameError, match="no extraction step named 'nope'; available: actors"):
        newsdoc.pipeline_from_spec("one,nope", base)


def test_removing_a_step_not_in_the_pipeline_lists_its_steps(base: newsdoc.Pipeline) -> None:
    with pytest.raises(newsdoc.UnknownNameError, match="available: one, two"):
        newsdoc.pipeline_from_spec("-three", base)


def test_empty_spec_is_a_usage_error(base: newsdoc.Pipeline) -> None:
    with pytest.raises(newsdoc.UsageError):
        newsdoc.pipeline_from_spec(" , ", base)


def test_a_step_named_twice_is_a_usage_error(base: newsdoc.Pipeline) -> None:
    with pytest.raises(newsdoc.UsageError, match="more than once"):
        newsdoc.pipeline_from_spec("one,one", base)


def test_make_step_passes_options_to_the_factory() -> None:
    def factory(*, word: str = "x") -> newsdoc.Extractor:
        def run(doc: newsdoc.Doc) -> None:
            doc.data["word"] = word

        return run

    newsdoc.register_step("worder", factory)
    try:
        step = newsdoc.make_step("worder", word="hello")
        doc = newsdoc.Doc(article=newsdoc.Article(id="a", date="2024-01-05", headline="H"))
        step.run(doc)
        assert "hello" == doc.data["word"]
    finally:
        STEPS.unregister("worder")


def test_make_step_names_an_option_the_factory_does_not_take(registered: None) -> None:
    with pytest.raises(newsdoc.UsageError, match="takes no option 'colour'"):
        newsdoc.make_step("marker", colour="red")


def test_builtin_step_missing_its_module_is_a_plugin_error() -> None:
    from newsdoc._extract._pipeline import _builtin_step

    with pytest.raises(newsdoc.PluginError, match=r"no NoStep in newsdoc\._extract\._no_such_step"):
        _builtin_step("_no_such_step", (("NoStep", True),), {})


def test_builtin_step_factory_builds_a_class_with_its_options() -> None:
    from newsdoc._extract._pipeline import _builtin_step

    step = _builtin_step("_dictionary", (("DictionaryStep", True),), {"lexicon": newsdoc.Lexicon()})
    assert isinstance(step, newsdoc.DictionaryStep)


def test_builtin_step_function_is_returned_as_it_is() -> None:
    from newsdoc._extract import _text
    from newsdoc._extract._pipeline import _builtin_step

    assert _text.sentence_spans is _builtin_step("_text", (("NoStep", True), ("sentence_spans", False)), {})


def test_builtin_step_function_takes_no_options() -> None:
    from newsdoc._extract._pipeline import _builtin_step

    with pytest.raises(newsdoc.UsageError, match="takes no options"):
        _builtin_step("_text", (("sentence_spans", False),), {"x": 1})

"""The JSON Schema of the Article JSON format, generated from the models.

Generated, not hand-written, so it cannot drift from the code: every attrs field
becomes a property, ``X | None`` becomes ``anyOf [X, null]``, enums list their values,
tuples become arrays and nested models become ``$defs`` references.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from newsdoc._json import SCHEMA_VERSION
from newsdoc._models import Article

__all__ = ["json_schema"]

_SCHEMA_ID = "https://newsdoc.readthedocs.io/schema/article-v{version}.json"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is tuple:
        item = typing.get_args(tp)[0]
        return {"type": "array", "items": _type_schema(item, defs)}
    if tp is type(None):
        return {"type": "null"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": 0}
    if tp is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema rule for {tp!r}")


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name], defs)
        doc = _field_doc(cls, field.name)
        if doc:
            schema = {"description": doc, **schema}
        props[field.name] = schema
    out: dict[str, Any] = {
        "type": "object",
        "properties": props,
        "required": [f.name for f in attrs.fields(cls)],
        "additionalProperties": False,
    }
    if cls.__doc__:
        out = {"description": cls.__doc__.strip().split("\n", 1)[0], **out}
    return out


def _field_doc(cls: type[Any], name: str) -> str | None:
    """The description of a field from the class docstring's Attributes section."""
    doc = cls.__doc__ or ""
    marker = f"        {name}:"
    for line_no, line in enumerate(doc.splitlines()):
        if line.startswith(marker):
            rest = doc.splitlines()[line_no][len(marker) :].strip()
            return rest or None
    return None


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every Article JSON document satisfies.

    Every key is listed as required because :func:`newsdoc.dumps` writes every key;
    ``null`` stands for an absent optional value.
    """
    defs: dict[str, Any] = {}
    article = _class_schema(Article, defs)
    article["properties"] = {
        "schema_version": {"const": SCHEMA_VERSION, "description": "Version of this JSON format."},
        **article["properties"],
    }
    article["required"] = ["schema_version", *article["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID.format(version=SCHEMA_VERSION),
        "title": "newsdoc Article",
        **article,
        "$defs": dict(sorted(defs.items())),
    }

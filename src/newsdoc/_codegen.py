"""Generated fast paths between the models and JSON-ready data.

For each attrs model, Python source is generated once from its fields and their types
(the way attrs generates ``__init__`` and cattrs its hooks), then compiled:

- an *unstructure* function, ``{"id": o.id, "span": u_Span(o.span), ...}``, with no
  per-field dispatch; in ``plain`` mode dates and enums become strings, otherwise they
  are left for orjson, which writes them natively and faster;
- a *structure* function that checks each JSON value's exact type inline, builds the
  instance without going through ``__init__`` (slots are set directly), and runs the
  field validators and ``__attrs_post_init__`` the model declares, so a model built here
  holds exactly the invariants of one built by hand.

The structure functions know nothing about error messages: on any bad input they raise,
and :mod:`newsdoc._json` reads the input again with cattrs' detailed validation to name
every problem with its JSON path. A model whose field types fall outside what the
generator knows gets no fast path (``None``) and is handled by cattrs alone.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from newsdoc._models import _end_not_before_start, _non_negative

__all__ = ["decode_function", "structure_function", "unstructure_function"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


class _Unsupported(Exception):
    """A field type the generator does not handle."""


def _date(value: object) -> dt.date:
    if type(value) is not str or not _ISO_DATE.match(value):
        raise TypeError("not an ISO date")
    return dt.date.fromisoformat(value)


def _str(value: object) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _int(value: object) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise TypeError("not a boolean")
    return value


def _optional_arg(tp: Any) -> Any:
    """``X`` for ``X | None``, else ``None``."""
    if typing.get_origin(tp) in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def _tuple_arg(tp: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else ``None``."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return None


def _is_attrs(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp)


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _default(cls: type, field: Any) -> Any:
    """A field's default as the model holds it (after its converter); factories are unsupported."""
    if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
        raise _Unsupported(f"{cls.__name__}.{field.name}: factory default")
    return field.converter(field.default) if callable(field.converter) else field.default


class _Namespace:
    """The namespace generated functions share: values by unique names, and compiling into it."""

    def __init__(self, ns: dict[str, Any]) -> None:
        self.ns = ns
        self._counter = 0

    def _name(self, stem: str, value: Any) -> str:
        self._counter += 1
        name = f"_{stem}{self._counter}"
        self.ns[name] = value
        return name

    def _compile(self, name: str, source: str) -> None:
        exec(compile(source, f"<newsdoc generated {name}>", "exec"), self.ns)

    def _check(self, validator: Any, field: Any, o: str, indent: str) -> str:
        """The line running a field validator once the instance ``o`` has every field set.

        ``_end_not_before_start`` is inlined; ``_non_negative``, which needs no other
        field, is the callers' to check as they read the value.
        """
        if validator is _end_not_before_start:
            return f"{indent}if {o}.{field.name} < {o}.start: raise ValueError"
        check = self._name("validator", validator)
        attribute = self._name("attribute", field)
        return f"{indent}{check}({o}, {attribute}, {o}.{field.name})"


class _Generator(_Namespace):
    """Holds the namespace the generated functions share, and builds them class by class."""

    def __init__(self, *, plain: bool) -> None:
        super().__init__({"_date": _date, "_str": _str, "_int": _int, "_bool": _bool, "_new": object.__new__})
        self.plain = plain
        self.structure: dict[type, str] = {}
        self.unstructure: dict[type, str] = {}

    # ------------------------------------------------------------ structure

    def _element(self, tp: Any) -> str:
        """The name of a one-argument function structuring a value of type ``tp``."""
        if tp is str:
            return "_str"
        if tp is int:
            return "_int"
        if tp is bool:
            return "_bool"
        if tp is dt.date:
            return "_date"
        if _is_attrs(tp):
            return self.structure_of(tp)
        if _is_enum(tp):
            table = {member.value: member for member in tp}
            return self._name("enum", table.__getitem__)
        raise _Unsupported(repr(tp))

    def _convert(self, tp: Any, src: str, dst: str, indent: str, depth: int) -> list[str]:
        """Lines that check the JSON value in ``src`` and assign its model value to ``dst``."""
        if tp is str or tp is int:
            check = f"{indent}if type({src}) is not {tp.__name__}: raise TypeError"
            return [check] if src == dst else [check, f"{indent}{dst} = {src}"]
        inner = _optional_arg(tp)
        if inner in (str, int) and src == dst:
            return [f"{indent}if {src} is not None and type({src}) is not {inner.__name__}: raise TypeError"]
        if inner is not None:
            return [
                f"{indent}if {src} is None:",
                f"{indent}    {dst} = None",
                f"{indent}else:",
                *self._convert(inner, src, dst, indent + "    ", depth),
            ]
        element = _tuple_arg(tp)
        if element is not None:
            if _is_attrs(element) and depth < 3:
                # models in an array are built in a loop, in place: no call per element
                item, items = f"i{depth}", f"l{depth}"
                return [
                    f"{indent}if type({src}) is not list: raise TypeError",
                    f"{indent}{items} = []",
                    f"{indent}for {item} in {src}:",
                    *self._body(element, item, item, indent + "    ", depth + 1),
                    f"{indent}    {items}.append({item})",
                    f"{indent}{dst} = tuple({items})",
                ]
            fn = self._element(element)
            return [
                f"{indent}if type({src}) is not list: raise TypeError",
                f"{indent}{dst} = tuple([{fn}(i) for i in {src}])",
            ]
        if _is_enum(tp):
            table = self._name("enum", {member.value: member for member in tp})
            return [f"{indent}{dst} = {table}[{src}]"]
        if _is_attrs(tp) and _inlinable(tp) and depth < 3:
            # a small nested model (a Span, a Time) is built in place: no call
            return self._body(tp, src, dst, indent, depth + 1)
        return [f"{indent}{dst} = {self._element(tp)}({src})"]

    def _body(self, cls: type, src: str, dst: str, indent: str, depth: int) -> list[str]:
        """Lines building an instance of ``cls`` from the dict in ``src`` into ``dst``."""
        attrs.resolve_types(cls)
        o, m, v = f"o{depth}", f"m{depth}", f"v{depth}"
        cls_name = self._name("cls", cls)
        # no isinstance check: orjson gives dicts, and subscripting a list, a string or a
        # number with a field name raises TypeError, which sends the input to cattrs
        lines = [f"{indent}{m} = 0", f"{indent}{o} = _new({cls_name})"]
        validations: list[str] = []
        fields = attrs.fields(cls)
        for field in fields:
            if field.alias != field.name or not field.init:
                raise _Unsupported(f"{cls.__name__}.{field.name}")
            set_name = self._name("set", _slot_setter(cls, field.name))
            if field.default is attrs.NOTHING:
                lines.append(f"{indent}{v} = {src}[{field.name!r}]")  # a KeyError sends the input to cattrs
                lines.extend(self._convert(field.type, v, v, indent, depth))
            else:
                default = _default(cls, field)
                lines.append(f"{indent}try:")
                lines.append(f"{indent}    {v} = {src}[{field.name!r}]")
                lines.append(f"{indent}except KeyError:")
                lines.append(f"{indent}    {m} += 1")
                lines.append(f"{indent}    {v} = {self._name('default', default)}")
                lines.append(f"{indent}else:")
                lines.extend(self._convert(field.type, v, v, indent + "    ", depth))
            lines.append(f"{indent}{set_name}({o}, {v})")
            for validator in _validators(field.validator):
                if validator is _non_negative:
                    lines.append(f"{indent}if {v} < 0: raise ValueError")
                else:
                    validations.append(self._check(validator, field, o, indent))
        # every key read, less the defaults used, must be every key there is: no unknown key
        lines.append(f"{indent}if len({src}) != {len(fields)} - {m}: raise ValueError('unknown keys')")
        lines.extend(validations)
        if hasattr(cls, "__attrs_post_init__"):
            lines.append(f"{indent}{o}.__attrs_post_init__()")
        lines.append(f"{indent}{dst} = {o}")
        return lines

    def structure_of(self, cls: type) -> str:
        if cls in self.structure:
            return self.structure[cls]
        name = f"_s_{cls.__name__}"
        self.structure[cls] = name
        lines = [f"def {name}(d0):", *self._body(cls, "d0", "r", "    ", 0), "    return r"]
        self._compile(name, "\n".join(lines) + "\n")
        return name

    # ------------------------------------------------------------ unstructure

    def _var(self) -> str:
        self._counter += 1
        return f"y{self._counter}"

    def _value(self, tp: Any, src: str) -> str:
        """An expression giving the JSON-ready value of ``src``, of type ``tp``."""
        if tp in (str, int, bool):
            return src
        if tp is dt.date:
            return f"{src}.isoformat()" if self.plain else src
        if _is_enum(tp):
            return f"{src}.value" if self.plain else src
        if _is_attrs(tp):
            if _inlinable(tp):
                # a small nested model (a Span, a Time) is written in place: no call
                var = self._var()
                items = [f"{f.name!r}: {self._value(f.type, var + '.' + f.name)}" for f in attrs.fields(tp)]
                items[0] = items[0].replace(f"{var}.", f"({var} := {src}).", 1)
                return "{" + ", ".join(items) + "}"
            return f"{self.unstructure_of(tp)}({src})"
        inner = _optional_arg(tp)
        if inner is not None:
            var = self._var()
            value = self._value(inner, var)
            return src if value == var else f"(None if ({var} := {src}) is None else {value})"
        element = _tuple_arg(tp)
        if element is not None:
            var = self._var()
            value = self._value(element, var)
            if value == var:
                return f"list({src})" if self.plain else src
            return f"[{value} for {var} in {src}]"
        raise _Unsupported(repr(tp))

    def unstructure_of(self, cls: type) -> str:
        if cls in self.unstructure:
            return self.unstructure[cls]
        name = f"_u_{cls.__name__}"
        self.unstructure[cls] = name
        attrs.resolve_types(cls)
        items = [f"{f.name!r}: {self._value(f.type, 'o.' + f.name)}" for f in attrs.fields(cls)]
        self._compile(name, f"def {name}(o):\n    return {{{', '.join(items)}}}\n")
        return name


def _inlinable(cls: type) -> bool:
    """A model small enough to build in place: no tuple fields, no nested models."""
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        tp = _optional_arg(field.type) or field.type
        if _tuple_arg(tp) is not None or _is_attrs(tp):
            return False
    return True


def _validators(validator: Any) -> list[Any]:
    """The validators a field runs, with ``attrs.validators.and_`` (a list) unpacked."""
    if validator is None:
        return []
    inner = getattr(validator, "_validators", None)
    if isinstance(inner, tuple):
        return [v for part in inner for v in _validators(part)]
    return [validator]


def _slot_setter(cls: type, name: str) -> Callable[[object, object], None]:
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get(name)
        if descriptor is not None:
            if type(descriptor).__name__ != "member_descriptor":
                break
            setter: Callable[[object, object], None] = descriptor.__set__
            return setter
    raise _Unsupported(f"{cls.__name__}.{name} is not a slot")


def structure_function(cls: type) -> Callable[[Any], Any] | None:
    """A generated function building ``cls`` from JSON-ready data, or ``None``.

    The function raises (any exception) on input that is not exactly right; the caller
    then explains the problem by other means.
    """
    gen = _Generator(plain=True)
    try:
        name = gen.structure_of(cls)
    except _Unsupported:
        return None
    function: Callable[[Any], Any] = gen.ns[name]
    return function


def unstructure_function(cls: type, *, plain: bool) -> Callable[[Any], dict[str, Any]] | None:
    """A generated function turning a ``cls`` instance into a dict, or ``None``.

    Args:
        cls: An attrs model class.
        plain: Give dates and enums as strings (plain Python data); otherwise leave them
            as they are, for orjson to write.
    """
    gen = _Generator(plain=plain)
    try:
        name = gen.unstructure_of(cls)
    except _Unsupported:
        return None
    function: Callable[[Any], dict[str, Any]] = gen.ns[name]
    return function


# ---------------------------------------------------------------- JSON bytes -> models


class _Decoder(_Namespace):
    """Builds msgspec structs mirroring the models, and functions turning them into models.

    msgspec parses JSON straight into typed structs, checking every value's type, every
    enum value, the non-negative integers and that no object holds an unknown key, in C.
    The generated converter then copies each struct into its model (slots set directly,
    no ``__init__``), runs the remaining validators and ``__attrs_post_init__``.
    """

    def __init__(self) -> None:
        import msgspec

        super().__init__({"_new": object.__new__})
        self.msgspec = msgspec
        self.mirrors: dict[type, Any] = {}
        self.converters: dict[type, str] = {}

    def mirror_type(self, tp: Any) -> Any:
        if tp in (str, int, bool, dt.date) or _is_enum(tp):
            return tp
        if _is_attrs(tp):
            return self.mirror(tp)
        inner = _optional_arg(tp)
        if inner is not None:
            return self.mirror_type(inner) | None
        element = _tuple_arg(tp)
        if element is not None:
            return tuple[self.mirror_type(element), ...]  # type: ignore[misc]
        raise _Unsupported(repr(tp))

    def mirror(self, cls: type, extra: tuple[tuple[str, Any, Any], ...] = ()) -> Any:
        if cls in self.mirrors:
            return self.mirrors[cls]
        attrs.resolve_types(cls)
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        for field in attrs.fields(cls):
            if field.alias != field.name or not field.init:
                raise _Unsupported(f"{cls.__name__}.{field.name}")
            tp = self.mirror_type(field.type)
            if _non_negative in _validators(field.validator):
                if tp is not int:
                    raise _Unsupported(f"{cls.__name__}.{field.name}")
                tp = typing.Annotated[int, self.msgspec.Meta(ge=0)]
            if field.default is attrs.NOTHING:
                fields.append((field.name, tp))
            else:
                fields.append((field.name, tp, _default(cls, field)))
        fields.extend(extra)
        struct = self.msgspec.defstruct(
            f"_{cls.__name__}Mirror", fields, kw_only=True, forbid_unknown_fields=True, gc=False
        )
        self.mirrors[cls] = struct
        return struct

    def _value(self, tp: Any, src: str, indent: str, depth: int) -> tuple[list[str], str]:
        """Lines, and an expression, giving the model value of the struct value ``src``."""
        if tp in (str, int, bool, dt.date) or _is_enum(tp):
            return [], src
        if _is_attrs(tp):
            return [], f"{self.converter_of(tp)}({src})"
        inner = _optional_arg(tp)
        if inner is not None:
            lines, value = self._value(inner, src, indent, depth)
            if value == src:
                return [], src
            if lines:
                raise _Unsupported(repr(tp))
            return [], f"(None if {src} is None else {value})"
        element = _tuple_arg(tp)
        if element is not None:
            if not _is_attrs(element):
                lines, value = self._value(element, "x", indent, depth)
                if value == "x" and not lines:
                    return [], src
                raise _Unsupported(repr(tp))
            # models in an array are built in a loop, in place: no call per element
            item, items = f"i{depth}", f"l{depth}"
            lines = [
                f"{indent}{items} = []",
                f"{indent}for {item} in {src}:",
                *self._body(element, item, item, indent + "    ", depth + 1),
                f"{indent}    {items}.append({item})",
            ]
            return lines, f"tuple({items})"
        raise _Unsupported(repr(tp))

    def _body(self, cls: type, src: str, dst: str, indent: str, depth: int) -> list[str]:
        o = f"o{depth}"
        lines = [f"{indent}{o} = _new({self._name('cls', cls)})"]
        checks: list[str] = []
        for field in attrs.fields(cls):
            set_name = self._name("set", _slot_setter(cls, field.name))
            before, value = self._value(field.type, f"{src}.{field.name}", indent, depth)
            lines.extend(before)
            lines.append(f"{indent}{set_name}({o}, {value})")
            for validator in _validators(field.validator):
                if validator is not _non_negative:  # msgspec checked that one
                    checks.append(self._check(validator, field, o, indent))
        lines.extend(checks)
        if hasattr(cls, "__attrs_post_init__"):
            lines.append(f"{indent}{o}.__attrs_post_init__()")
        lines.append(f"{indent}{dst} = {o}")
        return lines

    def converter_of(self, cls: type) -> str:
        if cls in self.converters:
            return self.converters[cls]
        name = f"_c_{cls.__name__}"
        self.converters[cls] = name
        lines = [f"def {name}(s0):", *self._body(cls, "s0", "r", "    ", 0), "    return r"]
        self._compile(name, "\n".join(lines) + "\n")
        return name


def decode_function(
    cls: type, *, extra: tuple[tuple[str, Any, Any], ...] = ()
) -> Callable[[str | bytes], tuple[Any, Any]] | None:
    """A function parsing JSON text into ``(model, struct)``, or ``None``.

    The struct is the msgspec mirror the text was read into; it carries the ``extra``
    fields (``(name, type, default)``), which have no place in the model, such as a
    format version. The function raises (any exception) on input that is not exactly
    right, like :func:`structure_function`; ``None`` means msgspec is not installed or a
    field type falls outside what the generator knows.
    """
    try:
        gen = _Decoder()
        struct = gen.mirror(cls, extra)
        name = gen.converter_of(cls)
    except (ImportError, _Unsupported):
        return None
    decoder = gen.msgspec.json.Decoder(struct)
    convert: Callable[[Any], Any] = gen.ns[name]

    def decode(data: str | bytes) -> tuple[Any, Any]:
        struct = decoder.decode(data)
        return convert(struct), struct

    return decode

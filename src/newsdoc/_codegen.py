"""Generated fast paths between the models, JSON-ready data and JSON bytes.

For each attrs model, Python source is generated once from its fields and their types
(the way attrs generates ``__init__`` and cattrs its hooks), then compiled:

- an *unstructure* function, ``{"id": o.id, "span": u_Span(o.span), ...}``, with no
  per-field dispatch; in ``plain`` mode dates and enums become strings, otherwise they
  are left for orjson, which writes them natively;
- a *structure* function that checks each JSON value's exact type inline, builds the
  instance without going through ``__init__`` (slots are set directly) and runs the
  field validators and ``__attrs_post_init__`` the model declares, or calls the model's
  own ``__init__`` where it has one, so a model built here holds exactly the invariants
  of one built by hand;
- a *write* function filling msgspec structs with the model's fields, positionally, for
  msgspec to write as JSON (:func:`encode_function`).

Reading JSON text goes through msgspec *mirrors* of the models instead, which msgspec
parses and checks in C and then turns into the models (:func:`decode_function`).

The structure and decode functions know nothing about error messages: on any bad input
they raise, and :mod:`newsdoc._json` reads the input again with cattrs' detailed
validation to name every problem with its JSON path. A model whose field types fall
outside what the generator knows gets no fast path (``None``) and is handled by cattrs
alone.
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

from newsdoc._models import Article, Mention, Span

__all__ = ["decode_function", "encode_function", "structure_function", "unstructure_function"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")

# The models that check their fields in their own ``__init__`` instead of attrs
# validators, and whether that includes an end not before its start: both check that
# ``start`` and ``end`` are not negative. The generators build them without ``__init__``
# and keep the checks themselves: the structure functions inline them; the msgspec
# mirrors read the offsets as non-negative and leave the order of a span to the Article
# that holds it (``_models._valid``), so a span is read only as part of an Article.
_OFFSETS: dict[type, bool] = {Span: True, Mention: False}


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
        """The line running a field validator once the instance ``o`` has every field set."""
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
        """Lines building an instance of ``cls`` from the dict in ``src`` into ``dst``.

        The instance is built without ``__init__``, its slots set directly, then checked:
        field validators, the checks of :data:`_OFFSETS`, ``__attrs_post_init__``. A model
        with an ``__init__`` of its own that checks what this does not know is built by
        calling it.
        """
        attrs.resolve_types(cls)
        o, m, v = f"o{depth}", f"m{depth}", f"v{depth}"
        cls_name = self._name("cls", cls)
        call = _has_own_init(cls) and cls not in _OFFSETS
        # no isinstance check: orjson gives dicts, and subscripting a list, a string or a
        # number with a field name raises TypeError, which sends the input to cattrs
        lines = [f"{indent}{m} = 0"]
        if not call:
            lines.append(f"{indent}{o} = _new({cls_name})")
        validations: list[str] = []
        arguments: list[str] = []
        fields = attrs.fields(cls)
        for i, field in enumerate(fields):
            if field.alias != field.name or not field.init:
                raise _Unsupported(f"{cls.__name__}.{field.name}")
            var = f"{v}_{i}" if call else v
            if field.default is attrs.NOTHING:
                lines.append(f"{indent}{var} = {src}[{field.name!r}]")  # a KeyError sends the input to cattrs
                lines.extend(self._convert(field.type, var, var, indent, depth))
            else:
                default = _default(cls, field)
                lines.append(f"{indent}try:")
                lines.append(f"{indent}    {var} = {src}[{field.name!r}]")
                lines.append(f"{indent}except KeyError:")
                lines.append(f"{indent}    {m} += 1")
                lines.append(f"{indent}    {var} = {self._name('default', default)}")
                lines.append(f"{indent}else:")
                lines.extend(self._convert(field.type, var, var, indent + "    ", depth))
            if call:
                arguments.append(f"{field.name}={var}")
                continue
            if cls in _OFFSETS and field.name in ("start", "end"):
                lines.append(f"{indent}if {var} < 0: raise ValueError")
            lines.append(f"{indent}{self._name('set', _slot_setter(cls, field.name))}({o}, {var})")
            validations.extend(self._check(validator, field, o, indent) for validator in _validators(field.validator))
        # every key read, less the defaults used, must be every key there is: no unknown key
        lines.append(f"{indent}if len({src}) != {len(fields)} - {m}: raise ValueError('unknown keys')")
        if call:
            lines.append(f"{indent}{dst} = {cls_name}({', '.join(arguments)})")
            return lines
        if _OFFSETS.get(cls):
            lines.append(f"{indent}if {o}.end < {o}.start: raise ValueError")
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


def _has_own_init(cls: type) -> bool:
    """Whether the model writes its own ``__init__`` (attrs then generates ``__attrs_init__``)."""
    return "__attrs_init__" in cls.__dict__


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

class _Mirrors:
    """msgspec structs mirroring the models: same fields, types and defaults, no unknown keys."""

    def __init__(self, msgspec: Any) -> None:
        self.msgspec = msgspec
        self.mirrors: dict[type, Any] = {}

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
        if _has_own_init(cls) and cls not in _OFFSETS:
            raise _Unsupported(f"{cls.__name__}.__init__")
        offsets = ("start", "end") if cls in _OFFSETS else ()
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = list(extra)
        for field in attrs.fields(cls):
            if field.alias != field.name or not field.init:
                raise _Unsupported(f"{cls.__name__}.{field.name}")
            tp = self.mirror_type(field.type)
            if field.name in offsets:
                if tp is not int:
                    raise _Unsupported(f"{cls.__name__}.{field.name}")
                tp = typing.Annotated[int, self.msgspec.Meta(ge=0)]
            if field.default is attrs.NOTHING:
                fields.append((field.name, tp))
            else:
                fields.append((field.name, tp, _default(cls, field)))
        struct = self.msgspec.defstruct(
            f"_{cls.__name__}Mirror", fields, kw_only=True, forbid_unknown_fields=True, gc=False
        )
        self.mirrors[cls] = struct
        return struct


def decode_function(
    cls: type, *, extra: tuple[tuple[str, Any, Any], ...] = ()
) -> Callable[[str | bytes], tuple[Any, Any]] | None:
    """A function parsing JSON text into ``(model, struct)``, or ``None``.

    msgspec parses the text into mirrors of the models, checking in C every value's type,
    every enum value, the non-negative offsets and that no object holds an unknown key;
    ``msgspec.convert`` then builds the models from the mirrors, also in C: slots set
    without ``__init__`` (the mirrors already give every field its final type, which is
    what the models' converters would return), then ``__attrs_post_init__``, where the
    Article checks its spans and references.

    The struct is the mirror the text was read into; it carries the ``extra`` fields
    (``(name, type, default)``), which have no place in the model, such as a format
    version. The function raises (any exception) on input that is not exactly right, like
    :func:`structure_function`; ``None`` means msgspec is not installed or a field falls
    outside what the mirrors know (a type, an ``__init__`` of its own), or ``cls`` holds
    spans but is not an Article. msgspec runs a model's attrs validators, if it has any,
    one Python call per instance.
    """
    try:
        import msgspec

        mirrors = _Mirrors(msgspec)
        struct = mirrors.mirror(cls, extra)
    except (ImportError, _Unsupported):
        return None
    if cls is not Article and any(_OFFSETS.get(model) for model in mirrors.mirrors):
        return None  # only an Article checks the order of the spans read into it
    decoder = msgspec.json.Decoder(struct)
    convert = msgspec.convert

    def decode(data: str | bytes) -> tuple[Any, Any]:
        mirror = decoder.decode(data)
        return convert(mirror, cls, from_attributes=True), mirror

    return decode


def _not_a_date(value: object) -> object:
    raise TypeError(f"expected a date, got {type(value).__name__}")


class _Writer(_Namespace):
    """Builds, per model, a msgspec struct of its fields in order and a function filling it.

    The generated function is one expression reading the model's fields into the structs
    positionally, nested models in place, with no per-field dispatch and no call per item
    (``[_S_Span(y.start, y.end) for y in o.spans]``); msgspec then writes the structs as
    JSON, in C. A date must be exactly a date: msgspec writes a ``datetime`` unlike
    orjson, so a model holding one raises here and is written the other way.
    """

    def __init__(self, msgspec: Any) -> None:
        super().__init__({"_date": dt.date, "_not_a_date": _not_a_date})
        self.msgspec = msgspec
        self.structs: dict[type, str] = {}
        self.open: set[type] = set()  # the models being written, against one holding itself

    def struct_of(self, cls: type, extra: tuple[tuple[str, Any, Any], ...] = ()) -> str:
        if cls not in self.structs:
            attrs.resolve_types(cls)
            names = [name for name, _, _ in extra] + [f.name for f in attrs.fields(cls)]
            struct = self.msgspec.defstruct(f"_{cls.__name__}Out", names, gc=False)
            self.structs[cls] = self._name("struct", struct)
        return self.structs[cls]

    def _var(self) -> str:
        self._counter += 1
        return f"y{self._counter}"

    def _value(self, tp: Any, src: str) -> str:
        """An expression giving what msgspec writes for ``src``, of type ``tp``."""
        if tp in (str, int, bool) or _is_enum(tp):
            return src
        if tp is dt.date:
            var = self._var()
            return f"({var} if type({var} := {src}) is _date else _not_a_date({var}))"
        if _is_attrs(tp):
            # every nested model is written in place, in one expression: no call per item
            if tp in self.open:
                raise _Unsupported(f"{tp.__name__} holds itself")
            self.open.add(tp)
            var = src if src.isidentifier() else self._var()
            values = [self._value(f.type, f"{var}.{f.name}") for f in attrs.fields(tp)]
            if var != src and values:
                values[0] = values[0].replace(f"{var}.", f"({var} := {src}).", 1)
            self.open.discard(tp)
            return f"{self.struct_of(tp)}({', '.join(values)})"
        inner = _optional_arg(tp)
        if inner is not None:
            var = self._var()
            value = self._value(inner, var)
            return src if value == var else f"(None if ({var} := {src}) is None else {value})"
        element = _tuple_arg(tp)
        if element is not None:
            var = self._var()
            value = self._value(element, var)
            return src if value == var else f"[{value} for {var} in {src}]"
        raise _Unsupported(repr(tp))

    def function_of(self, cls: type, extra: tuple[tuple[str, Any, Any], ...] = ()) -> str:
        name = f"_w_{cls.__name__}"
        struct = self.struct_of(cls, extra)
        self.open.add(cls)
        values = [self._name("extra", default) for _, _, default in extra]
        values += [self._value(f.type, f"o.{f.name}") for f in attrs.fields(cls)]
        self._compile(name, f"def {name}(o):\n    return {struct}({', '.join(values)})\n")
        return name


def encode_function(cls: type, *, extra: tuple[tuple[str, Any, Any], ...] = ()) -> Callable[[Any], bytes] | None:
    """A function writing a ``cls`` instance as compact JSON bytes, or ``None``.

    Generated code copies the model into msgspec structs (:class:`_Writer`) and msgspec
    writes them: keys in field order (the ``extra`` fields first, with their defaults as
    values), dates as ISO 8601, enums by value, the very bytes orjson writes for the
    dicts of :func:`unstructure_function`. A value that msgspec cannot write (a ``str``
    subclass, say) or would write otherwise raises, and the caller writes the model
    another way. ``None`` means msgspec is not installed or a field type falls outside
    what the generator knows.
    """
    try:
        import msgspec

        writer = _Writer(msgspec)
        name = writer.function_of(cls, extra)
    except (ImportError, _Unsupported):
        return None
    encode = msgspec.json.Encoder().encode
    fill: Callable[[Any], Any] = writer.ns[name]

    def write(obj: Any) -> bytes:
        return encode(fill(obj))

    return write

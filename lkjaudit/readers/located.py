"""Parse YAML and JSON keeping the line of every value.

:func:`parse_yaml` composes YAML with the safe loader and converts its nodes itself,
so that each value's line is known, no tag can build an object, anchors and aliases
(which can expand exponentially) are refused, and a cell is read as written
(``900.000`` stays ``"900.000"``; YAML would read a float). :func:`parse_json` uses
the standard library's pure-Python scanner with a string hook that records where each
string starts. Both return the plain value and a map from a value's path
(``("tables", 3, "rows", 5, 2)``) to its 1-based line.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from typing import Any

from lkjaudit.errors import InputError, Message, yaml_problem
from lkjaudit.readers.limits import Limits

__all__ = ["Path", "parse_json", "parse_yaml"]

Path = tuple[str | int, ...]


def parse_yaml(source: str, text: str, limits: Limits) -> tuple[Any, dict[Path, int]]:
    """The YAML value and the line of each part of it; InputError if unsafe."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        where, problem = yaml_problem(exc)
        raise InputError(
            source, Message("input.yaml-invalid", line=where, problem=problem)
        ) from None
    if node is None:
        raise InputError(source, Message("input.data-empty"))
    lines: dict[Path, int] = {}
    seen: set[int] = set()
    constructor = yaml.constructor.SafeConstructor()
    budget = [limits.max_cells * 4 + 10_000]

    def convert(node: Any, path: Path) -> Any:
        line = node.start_mark.line + 1
        if id(node) in seen:
            raise InputError(source, Message("input.yaml-alias", line=line))
        seen.add(id(node))
        if node.tag not in _YAML_TAGS:
            raise InputError(source, Message("input.yaml-tag", line=line, tag=node.tag))
        budget[0] -= 1
        if budget[0] < 0:
            raise InputError(source, Message("input.data-too-many-values"))
        # NOTE: a literal block scalar ("text: |-") starts on the line after its
        # indicator, and each of its lines is a line of the file
        lines[path] = line + 1 if getattr(node, "style", None) == "|" else line
        lines[(*path, "$end")] = node.end_mark.line + (1 if node.end_mark.column else 0)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(constructor.construct_object(key_node))
                out[key] = convert(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [convert(item, (*path, k)) for k, item in enumerate(node.value)]
        if _is_text(path):
            # NOTE: a cell is what was typed: 900.000 stays "900.000" (YAML would
            # read one of its floats), yes stays "yes", 3.10 stays "3.10"
            plain = node.style is None
            return "" if plain and node.tag == _NULL else node.value
        try:
            return constructor.construct_object(node)
        except (yaml.YAMLError, ValueError) as exc:
            problem = str(getattr(exc, "problem", exc))
            raise InputError(
                source, Message("input.yaml-value", line=line, problem=problem)
            ) from None

    return convert(node, ()), lines


_NULL = "tag:yaml.org,2002:null"
_YAML_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
}
_TEXT_KEYS = {
    "text",
    "caption",
    "title",
    "label",
    "id",
    "number",
    "source",
    "format",
    "ref",
}


def _is_text(path: Path) -> bool:
    """Whether a value in the data is text as printed (a cell, a caption …)."""
    if not path:
        return False
    last = path[-1]
    if isinstance(last, str):
        return last in _TEXT_KEYS
    if len(path) >= 2 and path[-2] == "cells":
        return True
    return (
        len(path) >= 3 and isinstance(path[-2], int) and path[-3] in ("rows", "header")
    )


class _At(str):
    """A JSON string that remembers where it started."""

    __slots__ = ("offset",)
    offset: int


def parse_json(source: str, text: str) -> tuple[Any, dict[Path, int]]:
    """The JSON value and the line of each string in it."""
    from json.decoder import scanstring  # type: ignore[attr-defined]
    from json.scanner import py_make_scanner  # type: ignore[attr-defined]

    decoder = json.JSONDecoder()

    def parse_string(s: str, end: int, strict: bool) -> tuple[str, int]:
        value, after = scanstring(s, end, strict)
        marked = _At(value)
        marked.offset = end - 1
        return marked, after

    # NOTE: the pure-Python scanner calls parse_string for every string value, which
    # gives each cell its position; the C scanner does not.
    decoder.parse_string = parse_string  # type: ignore[attr-defined]
    decoder.scan_once = py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        value = decoder.decode(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            raise InputError(
                source, Message("input.json-invalid", line=exc.lineno, problem=exc.msg)
            ) from None
        raise InputError(source, Message("input.json-too-deep")) from None
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines: dict[Path, int] = {}

    def walk(item: Any, path: Path) -> None:
        if isinstance(item, _At):
            lines[path] = bisect_right(starts, item.offset)
        elif isinstance(item, dict):
            for key, sub in item.items():
                walk(sub, (*path, key))
            first = next((lines[k] for k in lines if k[: len(path)] == path), None)
            if first is not None:
                lines.setdefault(path, first)
        elif isinstance(item, list):
            for k, sub in enumerate(item):
                walk(sub, (*path, k))

    walk(value, ())
    return value, lines

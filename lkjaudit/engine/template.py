"""Message templates: ``{name}`` fields, and a word chosen by a count.

A field may carry a choice of two words, ``{count:copy|copies}``: the first when the
field's value is 1, the second otherwise (English needs it; Indonesian does not).
Nothing else is allowed after a field's name, so a template cannot reach into Python
objects or format them.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

__all__ = ["fill", "word_choice"]


def word_choice(spec: str) -> tuple[str, str] | None:
    """The (one, many) words of a ``one|many`` spec, or None if it is not one."""
    one, bar, many = spec.partition("|")
    if not bar or "|" in many or not one.strip() or not many.strip():
        return None
    return one, many


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its fields filled; a field with no value stays as written."""
    out: list[str] = []
    for literal, field, spec, _ in string.Formatter().parse(template):
        out.append(literal)
        if field is None:
            continue
        value = values.get(field)
        choice = word_choice(spec) if spec else None
        if value is None:
            out.append("{" + field + (":" + spec if spec else "") + "}")
        elif choice is not None:
            out.append(choice[0] if value.strip() == "1" else choice[1])
        else:
            out.append(value)
    return "".join(out)

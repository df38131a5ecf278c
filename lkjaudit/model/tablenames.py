"""How a message names a table: its printed caption, or lkjaudit's label for it.

A table printed without a caption is labelled by its place among the report's
tables in Bahasa Indonesia, ``Tabel ke-3 (BAB III …)``, with the id ``tabel-ke-3``
(:func:`lkjaudit.readers.captions.untitled_label`). The label is data (JSON
``location.table``); the text a person reads says it in the message language.
"""

from __future__ import annotations

from lkjaudit.model.lazyre import lazy

__all__ = ["table_name"]

_UNTITLED_LABEL = lazy(r"Tabel ke-(\d+)(?= \(|$)")
_UNTITLED_ID = lazy(r"tabel-ke-(\d+)(?:-\d+)?")


def table_name(label: str, lang: str, table_id: str | None = None) -> str:
    """A table's label as a message in ``lang`` names it.

    A caption the report prints stays as it is; the label lkjaudit gives a
    table without one is worded in English for ``en`` (``Table 3 (BAB III …)``).
    Such a table is known by its label and its id (``tabel-ke-3``) together, so
    that a caption that happens to read "Tabel ke-3 (…)" is left as printed;
    without an id (a baseline records none) the label alone is read.
    """
    if lang != "en":
        return label
    named = _UNTITLED_LABEL.match(label)
    if named is None:
        return label
    if table_id is not None:
        placed = _UNTITLED_ID.fullmatch(table_id)
        if placed is None or placed[1] != named[1]:
            return label
    return f"Table {named[1]}{label[named.end() :]}"

"""What the DOCX, PDF, XLSX and data readers share: naming tables, building them.

A reader cuts its file into raw rows of :class:`~lkjaudit.model.report.Cell` (made
with :func:`~lkjaudit.readers.text.make_cell`, so the same text is cleaned the same
way in every format) and a caption; :class:`TableNamer` turns the caption into the
table's id and label exactly as the text reader does ("Tabel 3.16 …" gives
``tabel-3.16``; a bold title gives a slug; no caption gives ``tabel-ke-N``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from lkjaudit.errors import InputError, Message
from lkjaudit.model.names import continued
from lkjaudit.model.report import Cell, Paragraph, Row, Table
from lkjaudit.readers.captions import (
    caption_below,
    caption_info,
    note_below,
    section_of,
    untitled_label,
)

__all__ = [
    "RawTable",
    "TableNamer",
    "caption_number",
    "captions_below",
    "continues",
    "damaged",
    "notes_below",
    "repeats_header",
    "same_columns",
    "sections",
    "squash",
]

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse every run of whitespace (non-breaking spaces too) to one space."""
    return _SPACE.sub(" ", text.replace("\u00a0", " ")).strip()


def damaged(source: str, kind: str, exc: Exception) -> InputError:
    """The one-line error for a file its library could not parse.

    A hostile or broken file makes python-docx, openpyxl, pypdfium2 or zipfile fail
    in many ways; each becomes "damaged KIND file (Error: first line)". With
    ``LKJAUDIT_DEBUG`` set the original exception is raised instead.
    """
    if os.environ.get("LKJAUDIT_DEBUG"):
        raise exc
    lines = str(exc).strip().splitlines()
    detail = lines[0][:120] if lines else ""
    error = type(exc).__name__
    return InputError(
        source, Message("input.damaged", kind=kind, error=error, detail=detail)
    )


def caption_number(text: str) -> str | None:
    """The table number a caption paragraph names ("Tabel 3.16 …" → "3.16")."""
    if len(text) > 400:
        return None
    return caption_info(text)[0]


def continues(caption: str, number: str | None) -> bool:
    """Whether a caption such as "Tabel 3.4 (lanjutan)" continues table ``number``."""
    return (
        number is not None and continued(caption) and caption_number(caption) == number
    )


def _row_signature(cells: list[Cell]) -> str:
    """A row's words and figures without spacing or punctuation, to spot a repeat."""
    return "|".join(re.sub(r"[^0-9a-z%]+", "", c.text.lower()) for c in cells if c.text)


def repeats_header(previous: RawTable, row: list[Cell]) -> bool:
    """Whether ``row`` repeats one of the first rows (the header) of ``previous``."""
    return _row_signature(row) in {_row_signature(r) for r in previous.rows[:4]}


def same_columns(previous: RawTable, rows: list[list[Cell]]) -> bool:
    """Whether ``rows`` go on with the columns of ``previous``.

    They repeat one of its first rows (its header), or start without a header of
    their own and are about as wide. A table under "Tabel 3.4 (lanjutan)" is
    joined to Tabel 3.4 only then: a different table misnumbered stays apart.
    """
    from lkjaudit.analysis.cells import is_header_like

    if not rows or not previous.rows:
        return False
    if repeats_header(previous, rows[0]):
        return True
    width = max(len(r) for r in previous.rows)
    return not is_header_like(rows[0]) and abs(len(rows[0]) - width) <= 1


@dataclass
class RawTable:
    """A table as a reader cut it: rows of raw cells and where it was found."""

    rows: list[list[Cell]]
    caption: str | None = None
    # the caption names the table though it has no number: bold, a caption style,
    # or a plain title line (:func:`~lkjaudit.readers.text.is_title_line`)
    caption_named: bool = False
    caption_line: int | None = None
    caption_ref: str | None = None
    gaps: set[int] = field(default_factory=set)  # row positions after a page break
    line_start: int | None = None
    line_end: int | None = None
    page_start: int | None = None
    span: tuple[int, int] | None = None  # first and last sheet column (XLSX)
    section: str | None = None  # the heading the table stands under
    note: str | None = None  # a line about its figures ("(dalam jutaan rupiah)")
    header_rows: int = 0  # Markdown: the rows above the |---| separator


def sections(
    items: list[Paragraph | RawTable], start: str | None = None
) -> list[Paragraph | RawTable]:
    """Give each table of ``items`` (in reading order) the section it stands under.

    The section is the last heading before the table that is not a numbered
    caption (:func:`~lkjaudit.readers.text.section_of`), as the text reader finds
    it; ``start`` is the section in force before the first item (an XLSX sheet's
    name).
    """
    section = start
    for item in items:
        if isinstance(item, Paragraph):
            section = section_of(item) or section
        else:
            item.section = section
    return items


def notes_below(items: list[Paragraph | RawTable]) -> None:
    """Give a table the note printed just below it ("Keterangan: dalam ribuan rupiah").

    Not when the note stands just above the next table or its numbered caption:
    then it is that table's (:func:`~lkjaudit.readers.captions.note_below`).
    """
    for k, item in enumerate(items):
        if isinstance(item, RawTable) and item.note is None:
            item.note = note_below(items, k)


def captions_below(items: list[Paragraph | RawTable]) -> None:
    """Caption a table that nothing above names by a numbered caption just below it.

    :func:`~lkjaudit.readers.captions.caption_below` decides; ``items`` are one
    run of the document in reading order (an XLSX sheet).
    """
    for k, item in enumerate(items):
        if isinstance(item, RawTable) and item.caption is None:
            caption = caption_below(items, k)
            if caption is not None:
                item.caption = caption.text
                item.caption_line = caption.line
                item.caption_ref = caption.ref


class TableNamer:
    """Gives each table of one report a unique id and a label, from its caption."""

    def __init__(self) -> None:
        self._used: dict[str, int] = {}
        self._issued: set[str] = set()
        self._ordinal = 0

    def build(self, raw: RawTable) -> Table:
        """A :class:`Table` of body rows (the analysis splits off the header).

        Only the rows a Markdown table marks as its header (above ``|---|``) are
        its header already.
        """
        self._ordinal += 1
        number: str | None = None
        caption: str | None = None
        if raw.caption is not None and len(raw.caption) <= 400:
            number, text = caption_info(raw.caption)
            if number or raw.caption_named:
                caption = squash(text)
        if number:
            base, label = f"tabel-{number}", f"Tabel {number}"
        elif caption:
            slug = "-".join(re.findall(r"[a-z0-9]+", caption.lower())[:5])
            base, label = slug or f"tabel-ke-{self._ordinal}", caption[:80]
        else:
            base = f"tabel-ke-{self._ordinal}"
            label = untitled_label(self._ordinal, raw.section)
        # NOTE: ids are unique even when a caption ends in the number a repeated
        # caption would get: "Capaian Sasaran" twice, then "Capaian Sasaran 2"
        # give capaian-sasaran, capaian-sasaran-2 and capaian-sasaran-2-2
        count = self._used.get(base, 0) + 1
        while (base if count == 1 else f"{base}-{count}") in self._issued:
            count += 1
        self._used[base] = count
        self._issued.add(base if count == 1 else f"{base}-{count}")
        rows = [
            Row(index=k + 1, cells=cells, gap_before=k in raw.gaps)
            for k, cells in enumerate(raw.rows)
        ]
        header = [row.cells for row in rows[: raw.header_rows]]
        return Table(
            id=base if count == 1 else f"{base}-{count}",
            label=label,
            number=number,
            caption=caption,
            caption_line=raw.caption_line if caption else None,
            caption_ref=raw.caption_ref if caption else None,
            line_start=raw.line_start,
            line_end=raw.line_end,
            page_start=raw.page_start,
            section=raw.section,
            note=raw.note,
            header=header,
            rows=rows[raw.header_rows :],
            ncols=max((len(cells) for cells in raw.rows), default=0),
        )

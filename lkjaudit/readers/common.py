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
from decimal import Decimal

from lkjaudit.analysis.scale import in_rupiah, stated_scale
from lkjaudit.errors import InputError, Message
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import continued
from lkjaudit.model.report import Cell, Paragraph, Row, Table
from lkjaudit.readers.captions import (
    caption_below,
    caption_info,
    caption_under,
    captions_stand_below,
    is_note,
    note_below,
    note_between,
    section_of,
    untitled_label,
)

__all__ = [
    "SIGNED_DATE",
    "RawTable",
    "TableNamer",
    "caption_number",
    "captions_below",
    "continues",
    "damaged",
    "join_continued",
    "new_header",
    "notes_below",
    "repeats_header",
    "same_columns",
    "sections",
    "settle",
    "signature_line",
    "squash",
]

_SPACE = lazy(r"\s+")
# a date as a signature writes it: "20 Desember 2024"
SIGNED_DATE = (
    r"\d{1,2}\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|"
    r"oktober|november|desember)\s+\d{4}"
)
# the figures a signature's lines hold: a NIP, a place's date
_SIGNED = lazy(rf"^\W*(?:nip|nrp)\b|\b{SIGNED_DATE}\b", re.IGNORECASE)


def signature_line(text: str) -> bool:
    """Whether a line of a signature holds no figure but a NIP or a date.

    Names, positions, "Wanareja, 2 Januari 2024", "NIP. 19710612 199703 1 006":
    a block of such lines side by side is signatures, not a table.
    """
    return not any(ch.isdigit() for ch in text) or _SIGNED.search(text) is not None


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


# NOTE: "I", "IV.", "B", "a)": a code numbering a group of rows, not a column name
_CODE = lazy(r"^\(?(?:[IVXLC]+|[A-Za-z])[.)]?$")


def new_header(cells: list[Cell], header: list[list[Cell]]) -> bool:
    """Whether a row is the header of another table than the one of ``header``.

    Three cells at least, none a paragraph (120 characters at most: a header may
    name "Indikator Kinerja Program (outcome)/Kegiatan (output)/…"), reading as a
    header (no figure; two in three of them words a header is made of: No,
    Uraian, Anggaran, Realisasi, Target …; none a group's code, as in "II |
    PROGRAM PENUNJANG …"), and no more than half of them found in the header of
    the table above: a header printed again, whole or nearly, is that table's.
    """
    from lkjaudit.analysis.cells import (
        HEADER_WORDS,
        is_header_like,
        is_numbering_row,
        norm,
    )

    texts = [c.text for c in cells if c.text]
    if len(texts) < 3 or any(len(t) > 120 for t in texts):
        return False
    if any(_CODE.match(t.strip()) for t in texts):
        return False  # NOTE: "II", "A.": the code of a group of rows
    if 3 * sum(1 for t in texts if HEADER_WORDS.search(t)) < 2 * len(texts):
        return False
    known = {norm(c.text) for row in header for c in row if c.text}
    words = {norm(t) for t in texts}
    if 2 * len(words & known) >= len(words):
        return False
    return is_header_like(cells) and not is_numbering_row(cells)


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


@dataclass(eq=False, repr=False)
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
    sheet: int | None = None  # the workbook's sheet (XLSX), from 1 in sheet order
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


# NOTE: the words of a budget column's header; "Rp" in a cell says so too
_MONEY = lazy(
    r"\b(?:rp|rupiah|anggaran|pagu|belanja|biaya|dana|keuangan)\b", re.IGNORECASE
)


def _has_money(item: object) -> bool:
    """Whether a table has rupiah columns: a budget header, or figures after "Rp"."""
    from lkjaudit.analysis.cells import is_header_like

    if not isinstance(item, RawTable) or not item.rows:
        return False
    header = item.rows[:1] + [
        row for row in item.rows[1:4] if is_header_like(row)
    ]  # NOTE: a data row naming "Belanja Pegawai" is no budget header
    return any(
        _MONEY.search(cell.text) or in_rupiah(cell.text)
        for row in header
        for cell in row
    ) or any(
        cell.text.lstrip().lower().startswith("rp") for row in item.rows for cell in row
    )


def notes_below(items: list[Paragraph | RawTable]) -> None:
    """Give a table the note printed just below it ("Keterangan: dalam ribuan rupiah").

    Not when the note stands just above the next table or its numbered caption:
    then it is that table's (:func:`~lkjaudit.readers.captions.note_below`). A
    note right between two tables goes to the one
    :func:`~lkjaudit.readers.captions.note_between` decides, or to neither.
    """
    for k, item in enumerate(items):
        if isinstance(item, Paragraph) and is_note(item):
            _settle_note(items, k)
    for k, item in enumerate(items):
        if isinstance(item, RawTable) and item.note is None:
            item.note = note_below(items, k)


def _settle_note(items: list[Paragraph | RawTable], k: int) -> None:
    if not 0 < k < len(items) - 1:
        return
    above, note, below = items[k - 1], items[k], items[k + 1]
    if not isinstance(above, RawTable) or not isinstance(below, RawTable):
        return
    assert isinstance(note, Paragraph)
    owner = note_between(items, k, _has_money)
    if owner is None:
        scaled = _scaled_by_figures(above, below, stated_scale(note.text))
        owner = None if scaled is None else k - 1 if scaled is above else k + 1
    for at, table in ((k - 1, above), (k + 1, below)):
        if at == owner:
            table.note = table.note or note.text
        elif table.note == note.text:
            table.note = None


# NOTE: "36.208,500": rupiah with three decimals, a figure printed in thousands
_THOUSANDTHS = lazy(r"^(?:rp\.?\s*)?\d{1,3}(?:\.\d{3})+,\d{3}$", re.IGNORECASE)


def _figures(table: RawTable) -> dict[str, set[Decimal]]:
    """Each row's name and the figures printed in it."""
    from lkjaudit.model.values import parse_value

    found: dict[str, set[Decimal]] = {}
    for row in table.rows:
        names = [c.text for c in row if re.search(r"[A-Za-z]{3}", c.text)]
        if not names:
            continue
        numbers = {
            value.number
            for value in (parse_value(c.text) for c in row)
            if value.number is not None and value.number >= 1
        }
        found.setdefault(squash(names[0]).casefold(), set()).update(numbers)
    return found


def _scaled_by_figures(one: RawTable, two: RawTable, scale: int) -> RawTable | None:
    """Which of two tables prints its rupiah in the scale a note between them states.

    By the figures alone: the one with rupiah of three decimals (``36.208,500``),
    or the one whose figures for the same rows are those of the other divided by
    the scale (``100.000`` beside ``100.000.000`` for thousands); None when they
    do not tell.
    """

    def thousandths(table: RawTable) -> bool:
        return any(_THOUSANDTHS.match(c.text.strip()) for r in table.rows for c in r)

    if scale and thousandths(one) != thousandths(two):
        return one if thousandths(one) else two
    if not scale:
        return None
    factor = Decimal(1).scaleb(scale)
    first, second = _figures(one), _figures(two)
    votes = set()
    for name in first.keys() & second.keys():
        a, b = first[name], second[name]
        if any(n * factor in b for n in a):
            votes.add(0)
        if any(n * factor in a for n in b):
            votes.add(1)
    if len(votes) != 1:
        return None
    return one if votes == {0} else two


def captions_below(items: list[Paragraph | RawTable]) -> None:
    """Caption a table that nothing above names by a numbered caption just below it.

    :func:`~lkjaudit.readers.captions.caption_below` decides; ``items`` are one
    run of the document in reading order (an XLSX sheet). In a document that
    prints every caption below its table
    (:func:`~lkjaudit.readers.captions.captions_stand_below`), each table takes
    the numbered caption under it, and one it took from above (the caption of
    the table before) is dropped.
    """
    if captions_stand_below(items):
        for k, item in enumerate(items):
            if not isinstance(item, RawTable) or continued(item.caption or ""):
                continue
            caption = caption_under(items, k)
            if caption is not None:
                _name(item, caption)
            elif caption_number(item.caption or ""):
                item.caption, item.caption_named = None, False
                item.caption_line = item.caption_ref = None
        return
    for k, item in enumerate(items):
        if isinstance(item, RawTable) and item.caption is None:
            caption = caption_below(items, k)
            if caption is not None:
                _name(item, caption)


def _name(table: RawTable, caption: Paragraph) -> None:
    table.caption, table.caption_named = caption.text, False
    table.caption_line = caption.line
    table.caption_ref = caption.ref


def settle(items: list[Paragraph | RawTable]) -> None:
    """The passes over a whole document once its parts are in reading order.

    Continuations printed after another table are joined (:func:`join_continued`),
    notes given to their tables (:func:`notes_below`), and captions printed below
    their tables placed (:func:`captions_below`), in that order. (The Excel
    reader places captions sheet by sheet, so it runs the first two itself.)
    """
    join_continued(items)
    notes_below(items)
    captions_below(items)


def join_continued(items: list[Paragraph | RawTable]) -> None:
    """Join "Tabel 3.4 (lanjutan)" to Tabel 3.4 printed before another table.

    A report may print a small table between the two parts (Tabel 3.4, Tabel
    3.5, then "Tabel 3.4 (lanjutan)"). The part under such a caption is appended
    to the last table numbered 3.4 when its columns agree (:func:`same_columns`),
    each row keeping its own line or cell; otherwise it stays a table of its own,
    captioned as a continuation. A part right after its table was joined, or
    kept apart, by the reader already; one after a part kept apart is compared
    with the table it continues.
    """
    previous: RawTable | None = None
    numbered: dict[str, RawTable] = {}
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if not isinstance(item, RawTable):
            continue
        number = caption_number(item.caption or "")
        target = numbered.get(number) if number is not None else None
        if (
            target is not None
            and previous is not target
            and continued(item.caption or "")
            and same_columns(target, item.rows)
        ):
            target.gaps.add(len(target.rows))
            target.rows.extend(item.rows)
            target.line_end = item.line_end
            k -= 1
            del items[k]
            continue
        if number is not None and not continued(item.caption or ""):
            numbered[number] = item
        previous = item


_LABEL_LIMIT = 80


def caption_label(caption: str) -> str:
    """A table's label from a caption with no number: the caption, or its start.

    A caption longer than 80 characters is cut at the last word that fits and
    marked with "…", never inside a word or a figure ("… per 30 September 2024"
    is not left as "… 202").
    """
    if len(caption) <= _LABEL_LIMIT:
        return caption
    cut = caption[: _LABEL_LIMIT - 1]
    space = cut.rfind(" ")
    if space > _LABEL_LIMIT // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–") + "…"


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
            base, label = slug or f"tabel-ke-{self._ordinal}", caption_label(caption)
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
            sheet=raw.sheet,
            section=raw.section,
            note=raw.note,
            header=header,
            rows=rows[raw.header_rows :],
            ncols=max((len(cells) for cells in raw.rows), default=0),
        )

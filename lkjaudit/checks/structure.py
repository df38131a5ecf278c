"""The report's own structure: table and row numbering, inventories, chapters.

Table numbers run without gaps or repeats within a chapter (``Tabel 3.10`` is
followed by ``Tabel 3.11``); a table's No column counts 1, 2, 3 … (a restart at 1
under a group heading is allowed); an inventory lists each item once; an LKj has the
chapters PermenPAN-RB 53/2014 prescribes and the Perjanjian Kinerja as an
attachment; the Daftar Isi matches the headings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from lkjaudit.checks.prose_phrases import say
from lkjaudit.engine.context import Context, Violation
from lkjaudit.engine.registry import check
from lkjaudit.model.finding import Confidence, Location
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.names import continued
from lkjaudit.model.report import (
    Column,
    ColumnRole,
    Report,
    Row,
    RowKind,
    Table,
    TableKind,
)
from lkjaudit.model.values import ValueKind
from lkjaudit.prose.cache import per_report
from lkjaudit.prose.outline import (
    Heading,
    TocEntry,
    chapter_of,
    headings,
    normalize_title,
    pk_present,
    toc,
)

__all__ = ["ChaptersOptions", "NumberingOptions"]

# NOTE: Python 3.11 reads an enum member through its class by a call (EnumType
# has a __getattr__); code run per row or cell reads these module constants
_NO, _NUMBER, _DATA = ColumnRole.NO, ValueKind.NUMBER, RowKind.DATA

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


class NumberingOptions(BaseModel):
    """Options of the numbering primitives (none yet)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _parts(number: str) -> tuple[int, ...] | None:
    parts = []
    for part in number.split("."):
        if part.isdigit():
            parts.append(int(part))
        elif part.lower() in _ROMAN:
            parts.append(_ROMAN[part.lower()])
        else:
            return None
    return tuple(parts)


def _caption_location(report: Report, table: Table) -> Location:
    return Location(
        source=report.source,
        ref=table.id,
        kind="caption",
        table=table.label,
        line=table.caption_line or table.line_start,
        sheet=table.sheet,
        page=table.page_start,
        cell=table.caption_ref,
    )


def _label(table: Table, parts: tuple[int, ...]) -> str:
    assert table.number is not None
    sep = "." if "." in table.number else ""
    head = table.number.rsplit(".", 1)[0] if sep else ""
    return f"Tabel {head}{sep}{parts[-1]}"


@check(
    "table-numbering", options=NumberingOptions, scope="report", provides=("previous",)
)
def table_numbering(
    report: Report, opts: NumberingOptions, ctx: Context
) -> Iterator[Violation]:
    """Numbered tables run 1, 2, 3 … within each chapter prefix, in order.

    ``Tabel 3.10`` then ``Tabel 3.16``: expected ``Tabel 3.11``. A repeated number
    and a number lower than the one before are reported too. The first table of a
    chapter is not judged (an excerpt may start anywhere); untitled tables and the
    table of contents carry no number; "Tabel 3.4 (lanjutan)" after Tabel 3.4,
    or after a table printed between the two parts, continues it.
    """
    last: dict[tuple[int, ...], tuple[int, Table]] = {}
    seen: set[tuple[int, ...]] = set()
    for table in report.tables:
        if table.number is None or (parts := _parts(table.number)) is None:
            continue
        prefix, own = parts[:-1], parts[-1]
        previous = last.get(prefix)
        if continued(table.caption or "") and parts in seen:
            # NOTE: "Tabel 3.4 (lanjutan)": a table printed before, split by hand,
            # right after it or after another table
            continue
        seen.add(parts)
        if previous is not None and own != previous[0] + 1:
            yield ctx.violation(
                _caption_location(report, table),
                expected=_label(table, (*prefix, previous[0] + 1)),
                actual=table.label,
                related=[_caption_location(report, previous[1])],
                previous=previous[1].label,
            )
        if previous is None or own > previous[0]:
            last[prefix] = (own, table)


def _no_value(table: Table, row_index: int) -> int | None:
    col = table.column(_NO)
    if col is None:
        return None
    value = table.value(table.row(row_index), col)
    if value.kind != _NUMBER or value.number is None or value.unit:
        return None
    if value.decimals or value.number != value.number.to_integral_value():
        return None
    return int(value.number)


def _is_group_heading(table: Table, row_index: int) -> bool:
    row = table.row(row_index)
    col = table.column(_NO)
    if row.kind != _DATA or col is None:
        return False
    no = row.cells[col.cells[0]].text
    return not no or bool(re.fullmatch(r"[A-Z]\.?|[IVX]+\.?", no))


def _same_label(table: Table, one: Row, other: Row) -> bool:
    return table.label_of(one).casefold() == table.label_of(other).casefold()


class _Numbered(NamedTuple):
    """A numbered row and what its number may follow."""

    row: Row
    number: int
    previous: int | None  # the number of the numbered row above
    previous_row: Row | None
    heading: bool  # a group heading between the two
    sibling: Row | None  # the numbered row before it under the same parent
    sibling_number: int | None


def _numbered(table: Table) -> Iterator[_Numbered]:
    """The rows with a plain number, each with the rows its number may follow."""
    previous: int | None = None
    previous_row: Row | None = None
    heading = False
    siblings: dict[int | None, tuple[Row, int]] = {}  # the last under each parent
    for row in table.rows:
        if row.kind != _DATA:
            continue
        number = _no_value(table, row.index)
        if number is None:
            heading = heading or _is_group_heading(table, row.index)
            continue
        if (
            previous_row is not None
            and number == previous
            and _same_label(table, previous_row, row)
        ):
            continue  # a merged cell printed on every line of its entity
        sibling = siblings.get(row.parent)
        yield _Numbered(
            row,
            number,
            previous,
            previous_row,
            heading,
            sibling[0] if sibling else None,
            sibling[1] if sibling else None,
        )
        siblings[row.parent] = (row, number)
        previous, previous_row, heading = number, row, False


def _in_flat_sequence(step: _Numbered) -> bool:
    return (
        step.previous is None
        or step.number == step.previous + 1
        or (step.heading and step.number == 1)
    )


def _in_tree_sequence(step: _Numbered) -> bool:
    return step.number == (step.sibling_number or 0) + 1


# NOTE: what a number in a tree follows, said where the message says "after …"
_AFTER = {
    "sibling": ("{n} pada tingkat yang sama", "{n} at the same level"),
    "parent": ("baris induknya", "its parent row"),
}


def _after(key: str, lang: str, **fields: object) -> str:
    id_text, en_text = _AFTER[key]
    return (en_text if lang == "en" else id_text).format(**fields)


@check("row-numbering", options=NumberingOptions, scope="table", provides=("previous",))
def row_numbering(
    table: Table, opts: NumberingOptions, ctx: Context
) -> Iterator[Violation]:
    """The No column of a table counts up by one from row to row.

    Rows without a plain integer number (continuation lines, totals, dotted codes
    such as 1.2.1) are skipped; a restart at 1 right after a group heading (a row
    lettered A, B … or without a number) is allowed. In a table with a Program →
    Kegiatan → Sub Kegiatan tree, a row may instead count on from its previous
    sibling (from 1 under a new parent): kegiatan 1, 2, 3 each with sub kegiatan
    1, 2. After a break the count goes on from the number printed, so one slip is
    reported once.

    The number expected of a slip is the one the table's own numbering gives: in
    a tree whose rows count on from their siblings more often than from the row
    above, the previous sibling's number plus one (1 for the first row under a
    parent); otherwise the row above's plus one. The message then says what
    the number was counted from: "Nomor baris 4 sesudah 1 pada tingkat yang
    sama: seharusnya 2", "Nomor baris 2 sesudah baris induknya: seharusnya 1".
    """
    tree = any(row.parent is not None for row in table.rows)
    steps = list(_numbered(table))
    by_tree = False
    if tree:
        flat = sum(_in_flat_sequence(s) and not _in_tree_sequence(s) for s in steps)
        only_tree = sum(
            _in_tree_sequence(s) and not _in_flat_sequence(s) for s in steps
        )
        by_tree = only_tree > flat
    col = table.column(ColumnRole.NO)
    for step in steps:
        if _in_flat_sequence(step) or (tree and _in_tree_sequence(step)):
            continue
        assert col is not None and step.previous_row is not None
        assert step.previous is not None
        expected, after, related = (
            step.previous + 1,
            str(step.previous),
            step.previous_row,
        )
        if by_tree and step.sibling is not None:
            assert step.sibling_number is not None
            expected = step.sibling_number + 1
            after = _after("sibling", ctx.lang, n=step.sibling_number)
            related = step.sibling
        elif by_tree and step.row.parent is not None:
            expected, after = 1, _after("parent", ctx.lang)
            related = table.row(step.row.parent)
        yield ctx.violation(
            ctx.cell_location(table, step.row, col),
            expected=str(expected),
            actual=str(step.number),
            related=[ctx.cell_location(table, related, col)],
            previous=after,
        )


@check(
    "inventory-duplicates",
    options=NumberingOptions,
    scope="table",
    provides=("first_row", "listed_as"),
)
def inventory_duplicates(
    table: Table, opts: NumberingOptions, ctx: Context
) -> Iterator[Violation]:
    """An inventory (a table of assets by type) lists each item once.

    Names are compared without case, spaces and punctuation (``Sound System`` and
    ``Soundsystem`` are one item). A name that gives the item two names with a
    slash (``Televisi/ TV``, ``Meja Kursi Tamu/Zice``) answers to each of them: an
    item listed elsewhere under one of them alone (``TV``) is a repeat too, with low
    confidence, since a slash may also join two things (``Printer/Scanner``). Each
    repeat is reported at its row, with the first listing as the related location.
    """
    if TableKind.ASSETS not in table.kinds:
        return
    col = table.column(ColumnRole.URAIAN)
    if col is None:
        return
    numbers = table.column(ColumnRole.NO)
    seen: dict[str, int] = {}  # a whole name's key: its row
    aliases: dict[str, int] = {}  # each name a slashed name gives: its row
    for row in table.data_rows():
        name = row.cells[col.cells[0]].text
        key = _item_key(name)
        if not key:
            continue
        names = _slashed(name)
        first_at = seen.get(key)
        alias = first_at is None
        if alias:  # this name alone given by a slashed one above, or the reverse
            first_at = aliases.get(key) or next(
                (seen[k] for k in names if k in seen), None
            )
        if first_at is None:
            seen[key] = row.index
            for k in names:
                aliases.setdefault(k, row.index)
            continue
        first = table.row(first_at)
        earlier = first.cells[col.cells[0]].text
        yield ctx.violation(
            ctx.cell_location(table, row, col),
            expected=None,
            actual=name,
            related=[ctx.cell_location(table, first, col)],
            confidence=Confidence.LOW if alias else None,
            first_row=_row_named(first, numbers),
            listed_as=say("inventory.as", ctx.lang, name=earlier) if alias else "",
        )


def _item_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def _slashed(name: str) -> list[str]:
    """The keys of the names a slash gives an item (none for a name without one)."""
    if "/" not in name:
        return []
    parts = [_item_key(p) for p in name.split("/")]
    if len(parts) < 2 or any(len(p) < 2 or p.isdigit() for p in parts):
        return []  # NOTE: "m2/unit", "1/2": not two names
    return parts


def _row_named(row: Row, numbers: Column | None) -> str:
    """A row as a finding's location counts it, with the No. the report prints.

    The two differ wherever the header takes more than one row or is repeated
    after a page break; a reviewer looks for the printed number.
    """
    printed = row.cells[numbers.cells[0]].text.strip() if numbers is not None else ""
    return f"{row.index} (No. {printed})" if printed else str(row.index)


_CHAPTERS = {
    1: ("BAB I PENDAHULUAN", lazy(r"pendahuluan")),
    2: ("BAB II PERENCANAAN KINERJA", lazy(r"perencanaan")),
    3: (
        "BAB III AKUNTABILITAS KINERJA",
        lazy(r"akuntabilitas|capaian\s+kinerja"),
    ),
    4: ("BAB IV PENUTUP", lazy(r"penutup")),
}


class ChaptersOptions(BaseModel):
    """Options of the ``required-chapters`` primitive."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    perjanjian_kinerja: bool = True


def _document(report: Report, ref: str) -> Location:
    return Location(source=report.source, ref=ref, kind="document")


@check(
    "required-chapters", options=ChaptersOptions, scope="report", provides=("chapter",)
)
def required_chapters(
    report: Report, opts: ChaptersOptions, ctx: Context
) -> Iterator[Violation]:
    """A report divided into chapters has BAB I–IV and the Perjanjian Kinerja.

    The chapters of PermenPAN-RB 53/2014 (Pendahuluan, Perencanaan Kinerja,
    Akuntabilitas Kinerja, Penutup) are found by their titles, whatever their
    number; the PK by its own title after the last chapter, or by a table of its
    own anywhere (captioned or standing under the PK's title, a sheet "PK 2025"),
    never by a sentence that mentions it. A text with fewer than three BAB headings
    is an excerpt and is not judged.
    """
    chapters = [h for h in headings(report) if chapter_of(h) is not None]
    if len({h.number for h in chapters}) < 3:
        return  # an excerpt, not a whole report
    titles = " | ".join(h.title.lower() for h in chapters)
    for number, (name, pattern) in _CHAPTERS.items():
        if not pattern.search(titles):
            yield ctx.violation(
                _document(report, f"document/bab:{number}"),
                expected=name,
                actual=None,
                chapter=name,
            )
    if opts.perjanjian_kinerja and not pk_present(report):
        yield ctx.violation(
            _document(report, "document/lampiran:perjanjian-kinerja"),
            expected="LAMPIRAN PERJANJIAN KINERJA",
            actual=None,
            chapter="Perjanjian Kinerja",
        )


@check(
    "toc-headings",
    options=NumberingOptions,
    scope="report",
    provides=("heading", "toc", "why"),
)
def toc_headings(
    report: Report, opts: NumberingOptions, ctx: Context
) -> Iterator[Violation]:
    """Each Daftar Isi entry has a heading in the body with the same number and title.

    Titles are compared without case and punctuation. An entry whose number is found
    with another title is reported at the entry, with the heading as expected,
    unless the heading is the one misspelt (see :func:`_misspelt_heading`): then it
    is reported at the heading, with the entry's wording as expected. An entry
    found nowhere is reported without a heading.
    """
    entries = toc(report)
    if not entries:
        return
    body = headings(report)
    by_number = {h.number: h for h in body if h.number}
    titles = {normalize_title(h.title) for h in body} | {
        normalize_title(h.text) for h in body
    }
    for entry in entries:
        wanted = normalize_title(entry.title)
        heading = by_number.get(entry.number) if entry.number else None
        if heading is not None and normalize_title(heading.title) == wanted:
            continue
        if heading is None and wanted in titles:
            continue
        yield _toc_violation(report, entry, heading, ctx)


def _toc_violation(
    report: Report, entry: TocEntry, heading: Heading | None, ctx: Context
) -> Violation:
    """An entry without its heading: at the entry, or at the heading misspelt."""
    assert entry.table is not None and entry.row is not None
    table = entry.table
    col = table.columns[0]
    at_entry = ctx.cell_location(table, table.row(entry.row), col)
    if heading is None:
        return ctx.violation(
            at_entry,
            expected=None,
            actual=entry.raw,
            toc=entry.raw,
            heading=say("toc.none", ctx.lang),
            why="",
        )
    shown = heading.shown
    at_heading = ctx.text_location(
        f"text/heading:{heading.number or heading.paragraph + 1}",
        heading.paragraph,
        0,
        shown,
    )
    why = _misspelt_heading(report, entry.title, heading.title, ctx.lang)
    if why is None:
        return ctx.violation(
            at_entry,
            expected=shown,
            actual=entry.raw,
            related=[at_heading],
            toc=entry.raw,
            heading=shown,
            why="",
        )
    title = entry.title.upper() if heading.title.isupper() else entry.title
    number = shown[: -len(heading.title)] if shown.endswith(heading.title) else ""
    return ctx.violation(
        at_heading,
        expected=f"{number or f'{heading.number} '}{title}",
        actual=shown,
        related=[at_entry],
        toc=entry.raw,
        heading=shown,
        why=why,
    )


# A heading word this much like the entry's word (rapidfuzz ratio) reads as the same
# word mistyped rather than another word.
_TYPO_LIKE = 75.0


# Terms the structure of an LKj gives its sections (PermenPAN-RB 53/2014 and the
# planning documents it draws on), as titles are compared. A heading that differs
# from its Daftar Isi entry by a letter or two in one of these is the one misspelt,
# even when its word is a real one (``ISU STRATEGI`` for ``Isu Strategis``).
_STANDARD_TERMS = (
    "isu strategis",
    "isu isu strategis",
    "rencana strategis",
    "perjanjian kinerja",
    "rencana kinerja tahunan",
    "indikator kinerja utama",
    "perencanaan kinerja",
    "akuntabilitas kinerja",
    "pengukuran kinerja",
    "capaian kinerja",
    "realisasi anggaran",
    "struktur organisasi",
    "tugas pokok dan fungsi",
    "tugas dan fungsi",
    "latar belakang",
    "ikhtisar eksekutif",
    "kata pengantar",
    "sumber daya manusia",
    "sarana dan prasarana",
)


def _misspelt_heading(
    report: Report, entry: str, heading: str, lang: str
) -> str | None:
    """Why the heading, not the Daftar Isi entry, is the one to fix; None if not.

    The two titles must differ by words paired one to one, each heading word
    resembling its entry word. Then the heading is taken to be misspelt when each
    of its words occurs in the report only in this heading while the entry's word
    occurs elsewhere besides the entry (``PERJANJN`` against ``Perjanjian``, which
    the report prints many times), or when the entry's title holds one of the
    LKj's standard terms (:data:`_STANDARD_TERMS`) that the heading's lacks.
    Anything else (a renamed title, a word added, two real words) leaves the Daftar
    Isi as the one to fix.
    """
    from rapidfuzz.fuzz import ratio

    toc_words = normalize_title(entry).split()
    head_words = normalize_title(heading).split()
    if len(toc_words) != len(head_words):
        return None
    pairs = [(h, t) for h, t in zip(head_words, toc_words, strict=True) if h != t]
    if not pairs or any(ratio(h, t) < _TYPO_LIKE for h, t in pairs):
        return None
    counts = _word_counts(report)
    unique = True
    for head, want in pairs:
        alone = counts.get(head, 0) - head_words.count(head)
        elsewhere = counts.get(want, 0) - toc_words.count(want)
        unique = unique and alone == 0 and elsewhere > 0
    if unique:
        head, want = pairs[0]
        elsewhere = counts.get(want, 0) - toc_words.count(want)
        return say("toc.misspelt", lang, wrong=head, right=want, times=elsewhere)
    toc_title = f" {' '.join(toc_words)} "
    head_title = f" {' '.join(head_words)} "
    for term in _STANDARD_TERMS:
        if f" {term} " in toc_title and f" {term} " not in head_title:
            start = toc_words.index(term.split()[0])
            length = len(term.split())
            if all(start <= toc_words.index(t) < start + length for _, t in pairs):
                printed = " ".join(head_words[start : start + length])
                return say("toc.standard", lang, wrong=printed, right=term)
    return None


@per_report
def _word_counts(report: Report) -> dict[str, int]:
    """How often each word (as titles are compared) occurs in the report."""
    words: Counter[str] = Counter()
    for para in report.paragraphs:
        words.update(normalize_title(para.text).split())
    for table in report.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.text:
                    words.update(normalize_title(cell.text).split())
    return dict(words)

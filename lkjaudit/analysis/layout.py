"""Turn a raw grid of cells into a header and aligned body rows.

What a text export or a Word table does to a printed table, undone here for every
format alike:

* the header (one or more rows, a unit row such as ``(Rp.)``, a column-number row)
  is split from the body;
* the header repeated after a page break is dropped, and a row whose text ran over
  onto the next page is joined to its row;
* rows with fewer cells than the table (a vertically merged cell left out, a value and
  the next column fused into one cell such as ``25 % 1.200.000``) are aligned to the
  columns by the type of their cells;
* a column that holds only units (``%``, ``dokumen``) is paired with the number
  column before it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace

from lkjaudit.analysis.cells import (
    cell_type,
    is_header_like,
    is_numbering_row,
    is_unit_row,
    signature,
    text_type,
)
from lkjaudit.analysis.periods import only_year
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell, Row, Table
from lkjaudit.model.values import parse_value

__all__ = ["Layout", "lay_out"]

_VALUE_TYPES = ("num", "money", "pct", "qty", "dash", "bad")
_RELATED = {
    ("num", "money"): 0.3,
    ("money", "num"): 0.3,
    ("num", "pct"): 0.3,
    ("num", "qty"): 0.4,
    ("qty", "num"): 0.4,
    ("pct", "num"): 0.4,
    ("pct", "qty"): 0.3,
    ("bad", "money"): 0.8,
    ("bad", "num"): 0.5,
}


class Layout:
    """The header rows, the unit columns and the column-number row of a table."""

    def __init__(self) -> None:
        self.header: list[list[Cell]] = []
        self.numbering: list[Cell] | None = None
        self.unit_columns: set[int] = set()
        self.variants: list[list[Cell]] = []  # header rows seen again after a break
        # the cell types (text_type) of every body row, as laid out: read once here
        # and shared with the column typing
        self.types: list[list[str]] = []


def _split_header(table: Table, layout: Layout) -> list[Row]:
    rows = table.rows
    header: list[list[Cell]] = []
    for cells in table.header:
        # NOTE: a column-number row the document marks as a header row (a Word
        # table's repeated header, pandoc's <thead>): the formulas, no labels
        if layout.numbering is None and header and is_numbering_row(cells):
            layout.numbering = cells
        else:
            header.append(cells)
    k = 0
    while k < len(rows) and k < 6:
        cells = rows[k].cells
        if layout.numbering is None and is_numbering_row(cells) and (header or k == 0):
            layout.numbering = cells
        elif header and _is_group_heading(cells):
            break
        elif (
            (header and is_unit_row(cells))
            or is_header_like(cells)
            or (header and _splits_groups(header[-1], cells))
        ):
            header.append(cells)
        else:
            break
        k += 1
    layout.header = header
    return rows[k:]


# a row's own marker in the table's first column: ``A``, ``II``, ``3``, ``1.2``
_ROW_MARKER = lazy(r"^(?:[A-Z]|[IVXL]{1,5}|\d{1,3}(?:\.\d{1,3})*)[.)]?$")
# a heading's title is a phrase; a header's labels are a word or three
_HEADING_WORDS = 4


def _is_group_heading(cells: list[Cell]) -> bool:
    """A body row naming a group of the rows below it, under a header already read.

    ``A | Menurunnya jumlah PMKS | | |`` under ``No | Sasaran / Indikator | …``:
    a marker of its own in the first column and a title of several words beside
    it, its figures left empty. Its title may hold a header word (*jumlah*,
    *kinerja*), but no header row numbers itself: a second header row leaves
    the first column, its No, empty or repeats a label.
    """
    if not cells or not _ROW_MARKER.match(cells[0].text):
        return False
    rest = [c.text for c in cells[1:] if c.text]
    return len(rest) == 1 and len(rest[0].split()) >= _HEADING_WORDS


# a label under a group: a word or two ("L", "P", "Jml", "Rusak Ringan")
_SUBLABEL_WORDS = 3
_SUBLABEL_CHARS = 24


def _spans(above: list[Cell]) -> list[range]:
    """The positions each label of a header row spans beyond its own cell.

    A label spans the empty cells to its right: a merged cell, as every format
    leaves it.
    """
    found: list[range] = []
    for p, cell in enumerate(above):
        if not cell.text:
            continue
        end = p + 1
        while end < len(above) and not above[end].text:
            end += 1
        if end - p > 1:
            found.append(range(p, end))
    return found


def _splits_groups(above: list[Cell], cells: list[Cell]) -> bool:
    """A second header row naming the columns a grouped label above spans.

    ``PNS | | PPPK |`` over ``L | P | L | P``: the labels sit only under the
    labels above that span several columns, under their empty cells too, and
    nowhere else (a data row names its row in a column of its own); they are
    short words and no figure. So read however few header words they hold
    (``L``, ``P``, ``Jml``, ``Pria``). A year is such a label too (``Anggaran |
    | Realisasi |`` over ``2024 | 2025 | 2024 | 2025``): the years under one
    group differ, where a row's figures under it may repeat.
    """
    spans = _spans(above)
    filled = [p for p, c in enumerate(cells) if c.text]
    if not spans or len(filled) < 2:
        return False
    inside = {p for span in spans for p in span}
    under_empty = {p for span in spans for p in span[1:]}
    if not set(filled) <= inside or not set(filled) & under_empty:
        return False
    if not all(_sublabel(cells[p].text) for p in filled):
        return False
    return all(_distinct_years(cells, span) for span in spans)


def _sublabel(text: str) -> bool:
    """A short label of a word or two, or a year (``L``, ``Rusak Ringan``, ``2025``)."""
    if only_year(text):
        return True
    return (
        text_type(text) in ("text", "unit")
        and len(text) <= _SUBLABEL_CHARS
        and len(text.split()) <= _SUBLABEL_WORDS
    )


def _distinct_years(cells: list[Cell], span: range) -> bool:
    """No year repeats under one group label (``2024 | 2024`` are figures)."""
    years = [cells[p].text for p in span if p < len(cells) and only_year(cells[p].text)]
    return len(years) == len(set(years))


_WORDS = frozenset({"text", "unit"})


def _is_text_continuation(row: Row, types: list[str], above: Row) -> bool:
    """Text only (``types`` are its cells' types), and not a row of its own.

    A row of its own starts with a capital, unless the text above it breaks off
    after a joining word (``Laporan Capaian Kinerja dan`` / ``Ikhtisar Realisasi
    …``): a name does not end in *dan*.
    """
    kinds = set(types)
    kinds.discard("empty")
    if not kinds or not kinds <= _WORDS:
        return False
    first = row.cells[0].text
    return not first or first[0].islower() or _breaks_off(above, row)


# NOTE: words a name never ends with; a cell ending with one ran on to the next line
_JOINING = frozenset(
    {"dan", "serta", "atau", "yang", "di", "ke", "dari", "pada", "untuk", "dalam",
     "dengan", "oleh", "terhadap", "bagi", "melalui"}
)  # fmt: skip


def _breaks_off(above: Row, row: Row) -> bool:
    """The cell above the row's first text ends with a joining word or a comma."""
    pos = next((i for i, c in enumerate(row.cells) if c.text), None)
    if pos is None or pos >= len(above.cells):
        return False
    text = above.cells[pos].text.rstrip()
    if text.endswith((",", "/", "-", "&")):
        return True
    last = text.rsplit(None, 1)[-1].lower() if text else ""
    return last in _JOINING


def _wordy(types: list[str]) -> bool:
    """False for rows holding a number: only those can be a repeated header."""
    return _NUMERIC.isdisjoint(types)


_NUMERIC = frozenset({"num", "money", "pct", "qty", "fused", "bad"})


def _is_subheader(cells: list[Cell]) -> bool:
    """A second header row shown again after a page break (short labels, several)."""
    texts = [c.text for c in cells if c.text]
    if len(texts) < 2 or sum(len(t) for t in texts) > 40 * len(texts):
        return False
    return is_header_like(cells)


def _starts_lower(row: Row) -> bool:
    first = next((c.text for c in row.cells if c.text), "")
    return first[:1].islower()


def _join(above: Row, below: Row) -> Row:
    merged = list(above.cells)
    for pos, cell in enumerate(below.cells):
        if not cell.text:
            continue
        if pos < len(merged) and merged[pos].text:
            old = merged[pos]
            merged[pos] = replace(
                old, raw=f"{old.raw} {cell.raw}", text=f"{old.text} {cell.text}"
            )
        elif pos < len(merged):
            merged[pos] = cell
        else:
            merged.append(cell)
    return replace(above, cells=merged)


def _types(cells: list[Cell]) -> list[str]:
    return [text_type(c.text) for c in cells]


def _clean_body(
    table: Table, body: list[Row], layout: Layout
) -> tuple[list[Row], list[list[str]], list[bool]]:
    """The body rows kept, the types of their cells, and whether a gap precedes each.

    The gaps are not set on the rows here: :func:`lay_out` sets them with the
    aligned cells, in one update per row.
    """
    header_sigs = {signature(cells) for cells in layout.header}
    header_sigs.discard("")
    out: list[Row] = []
    out_types: list[list[str]] = []
    gaps: list[bool] = []
    after_repeat = False
    numbering = signature(layout.numbering) if layout.numbering is not None else None
    for row in body:
        types = [text_type(c.text) for c in row.cells]
        # NOTE: a row with a figure is neither a repeated header nor a line of
        # text run on from the row above: most rows are read no further
        wordy = _wordy(types)
        sig = signature(row.cells) if wordy else ""
        if sig and sig in header_sigs:
            table.repeated_headers.append(row.line or 0)
            after_repeat = True
            continue
        if after_repeat and (
            _is_subheader(row.cells)
            or is_unit_row(row.cells)
            or is_numbering_row(row.cells)
        ):
            layout.variants.append(row.cells)
            continue
        if (
            numbering is not None
            and is_numbering_row(row.cells)
            and signature(row.cells) == numbering
        ):
            continue
        gap = row.gap_before or after_repeat
        after_repeat = False
        if (
            out
            and wordy
            and _is_text_continuation(row, types, out[-1])
            and (gap or _starts_lower(row) or _breaks_off(out[-1], row))
        ):
            out[-1] = _join(out[-1], row)
            out_types[-1] = _types(out[-1].cells)
            continue
        out.append(row)
        out_types.append(types)
        gaps.append(gap)
    return out, out_types, gaps


class _Profile(Counter[str]):
    """How often each cell type occurs in a column (full-width rows only)."""

    def __init__(self, kinds: list[str]) -> None:
        super().__init__(kinds)
        self.filled = sum(v for k, v in self.items() if k != "empty")
        self._compat: dict[str, float] = {}

    def fraction(self, kind: str) -> float:
        """Share of the non-empty cells that are of ``kind``."""
        return self[kind] / self.filled if self.filled else 0.0

    def compat(self, kind: str) -> float:
        """How well a cell of type ``kind`` fits this column (memoised)."""
        score = self._compat.get(kind)
        if score is None:
            score = self._compat[kind] = _compat(kind, self)
        return score


def _profiles(types: list[list[str]], width: int) -> list[_Profile]:
    """The profile of each column over the rows of full width (``types`` per row)."""
    full = [kinds for kinds in types if len(kinds) == width]
    if not full:
        return [_Profile([]) for _ in range(width)]
    return [_Profile(list(kinds)) for kinds in zip(*full, strict=True)]


def _compat(kind: str, profile: _Profile) -> float:
    if kind == "empty":
        return 0.15
    score = profile.fraction(kind)
    for other in (*_VALUE_TYPES, "text", "unit"):
        bonus = _RELATED.get((kind, other))
        if bonus:
            score = max(score, bonus * profile.fraction(other))
    if kind == "dash":
        score = max(
            score, 0.8 * max(profile.fraction(t) for t in ("num", "money", "pct"))
        )
    return score


def _tokens(cells: list[Cell]) -> list[Cell]:
    """Split fused cells (``25 % 1.200.000``) into one cell per number and unit."""
    out: list[Cell] = []
    for cell in cells:
        value = parse_value(cell.text)
        if len(value.parts) <= 1:
            out.append(cell)
            continue
        for part in value.parts:
            out.append(replace(cell, raw=part.raw, text=part.raw))
            if part.unit:
                unit = "%" if part.unit == "%" else part.unit
                out.append(replace(cell, raw=unit, text=unit))
    return out


def _align(cells: list[Cell], profiles: list[_Profile]) -> list[Cell] | None:
    """Place a short row's cells in the columns their types fit best."""
    n, m = len(profiles), len(cells)
    kinds = [cell_type(c) for c in cells]
    neg = float("-inf")
    # best[i][j]: first i cells placed within the first j columns
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    move: dict[tuple[int, int], str] = {}
    for j in range(n + 1):
        best[0][j] = 0.0
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            skip = best[i][j - 1]
            take = best[i - 1][j - 1] + profiles[j - 1].compat(kinds[i - 1])
            glue = neg
            if kinds[i - 1] == "unit" and i > 1 and kinds[i - 2] in _VALUE_TYPES:
                glue = best[i - 1][j] - 0.05
            choice = max(skip, take, glue)
            best[i][j] = choice
            move[(i, j)] = (
                "take" if choice == take else ("skip" if choice == skip else "glue")
            )
    if best[m][n] == neg:
        return None
    line = next((c.line for c in cells if c.line is not None), None)
    placed: list[Cell | None] = [None] * n
    i, j = m, n
    while i > 0:
        step = move[(i, j)]
        if step == "skip":
            j -= 1
        elif step == "take":
            placed[j - 1] = cells[i - 1]
            i, j = i - 1, j - 1
        else:  # glue the unit onto the value placed before it
            glued = cells[i - 1]
            prev = cells[i - 2]
            cells[i - 2] = replace(
                prev, raw=f"{prev.raw} {glued.raw}", text=f"{prev.text} {glued.text}"
            )
            i -= 1
    return [c if c is not None else Cell(raw="", line=line) for c in placed]


def _width(rows: list[Row]) -> int:
    lengths = Counter(len(r.cells) for r in rows if len(r.cells) > 1)
    if not lengths:
        return max((len(r.cells) for r in rows), default=0)
    top = max(lengths.values())
    return max(length for length, count in lengths.items() if count == top)


_NOT_UNIT_HEADER = lazy(
    r"ket|sumber|program|kegiatan|nama|uraian|jenis|sasaran|indikator|tujuan|"
    r"pendidikan|golongan|jabatan|barang|tingkat|"
    # where or who: "Unit Kerja", "Satuan Kerja", "Desa/Kelurahan", "Bidang"
    r"kerja|organisasi|desa|kelurahan|wilayah|lokasi|bidang|"
    # a column judging each row: "Kategori", "Predikat", "Kriteria", "Status" …
    r"kategori|predikat|kriteria|status|interpretasi|penilaian|kesimpulan|"
    # a column judging the use of money: "Efisiensi", "Efektivitas"
    r"efisiensi|efektivitas"
)
# the words a judging column holds ("Sangat Baik", "Tercapai"): never units
_VERDICT = lazy(
    r"(?:sangat |kurang |tidak |belum )?"
    r"(?:baik|tinggi|rendah|sedang|cukup|kurang|memuaskan|tercapai|berhasil|"
    r"efisien|efektif)"
)


def _unit_columns(
    rows: list[Row], width: int, layout: Layout, profiles: list[_Profile]
) -> set[int]:
    units: set[int] = set()
    for j in range(1, width):
        here, before = profiles[j], profiles[j - 1]
        filled = here.filled
        if filled == 0 or here.fraction("unit") < 0.7:
            continue
        bare = sum(before.fraction(k) for k in ("num", "dash", "bad"))
        if bare < 0.7:
            continue
        heads = " ".join(r[j].text.lower() for r in layout.header if j < len(r))
        if _NOT_UNIT_HEADER.search(heads) or filled < 2:
            continue
        texts = [
            r.cells[j].text.lower()
            for r in rows
            if j < len(r.cells) and r.cells[j].text
        ]
        if len(set(texts)) > max(3, len(texts) // 2):
            continue  # names, not units: units repeat from a small vocabulary
        if sum(bool(_VERDICT.fullmatch(t)) for t in texts) * 2 > len(texts):
            continue  # a verdict on each row, not the unit of the figure before
        if any(_TOTAL_LABEL.match(t) for t in texts):
            continue  # it labels the total row: the names' column, no unit
        if _is_counter(rows, j - 1) or _NUMBER_HEADER.fullmatch(
            " ".join(r[j - 1].text.lower() for r in layout.header if j - 1 < len(r))
        ):
            continue  # the column before is the row number
        units.add(j)
    return units


# a label no unit has: the total row's ("Jumlah", "TOTAL", "Jumlah Total")
_TOTAL_LABEL = lazy(r"(?:sub\s*)?(?:jumlah|total|jml)\b")
# the header of a row-number column: "No", "No.", "Nomor", "No Urut"
_NUMBER_HEADER = lazy(r"\s*(?:no\.?|nomor)(?:\s*urut)?\s*")


def _is_counter(rows: list[Row], j: int) -> bool:
    """True when column ``j`` numbers the rows (1, 2, 3 and on).

    Two rows will do when the count starts at 1.
    """
    numbers = [parse_value(r.cells[j].text).number for r in rows if j < len(r.cells)]
    seq = [n for n in numbers if n is not None]
    if len(seq) < 2 or (len(seq) == 2 and seq[0] != 1):
        return False
    return all(b == a + 1 for a, b in itertools.pairwise(seq))


def lay_out(table: Table) -> Layout:
    """Split the header, clean the body and align every row; updates ``table``."""
    layout = Layout()
    body = _split_header(table, layout)
    body, types, gaps = _clean_body(table, body, layout)
    width = _width(body) if body else max((len(r) for r in layout.header), default=0)
    if layout.numbering is not None:
        width = max(width, len([c for c in layout.numbering if c.text]))
    profiles = _profiles(types, width)
    realigned = False
    for k, row in enumerate(body, start=1):
        cells = row.cells
        while len(cells) > width and not cells[-1].text:
            cells = cells[:-1]
        kinds = types[k - 1]
        if len(kinds) > len(cells):
            kinds = kinds[: len(cells)]
        if len(cells) < width:
            tokens = _tokens(cells)
            placed = _align(tokens, profiles) if len(tokens) <= width + 4 else None
            if placed is not None:
                cells, realigned = placed, True
                kinds = _types(cells)
            else:
                line = row.line
                missing = width - len(cells)
                cells = cells + [Cell(raw="", line=line)] * missing
                kinds = kinds + ["empty"] * missing
        types[k - 1] = kinds
        row.cells, row.index, row.gap_before = cells, k, gaps[k - 1]
    table.rows = body
    table.ncols = width
    layout.types = types
    if realigned:
        profiles = _profiles(types, width)
    layout.unit_columns = _unit_columns(body, width, layout, profiles)
    table.header = layout.header
    table.numbering = layout.numbering
    return layout

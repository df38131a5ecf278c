"""Reader for UTF-8 text and Markdown exports of a report.

Tables are runs of tab-separated lines or Markdown pipe rows, and the HTML and grid
tables pandoc writes for a Word table with merged cells
(:mod:`lkjaudit.readers.texttables`); their lines are never prose, and lines in a
fenced code block are never a table. Runs separated only by
blank lines (a page break in the original) are joined when the later run repeats the
header or does not start with a header of its own; so is a run under a caption that
continues the table before ("Tabel 3.4 (lanjutan)", "Lanjutan Tabel 3.4"), as in
Word and PDF. Tables are named by :class:`~lkjaudit.readers.common.TableNamer`, as
in every format. The caption is the paragraph just above the table (or above a
source line or note between the two) when it starts with "Tabel …", is set in bold,
or is a single plain title line (:func:`is_title_line`);
:mod:`lkjaudit.readers.captions` decides, as for every format. Everything else is
prose, kept as paragraphs with their line numbers.

The reader only cuts the text into cells; :mod:`lkjaudit.analysis` decides which rows
are headers and what the columns mean, the same way for every format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from lkjaudit.analysis.cells import is_header_like
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import Cell, Paragraph, Report
from lkjaudit.readers.captions import (
    _MARKUP,
    caption_above,
    caption_below,
    caption_info,
    is_heading,
    is_note,
    is_separator,
    is_title_line,
    names_table,
    note_below,
    section_of,
    untitled_label,
)
from lkjaudit.readers.common import (
    RawTable,
    TableNamer,
    caption_number,
    continues,
    settle,
    signature_line,
)
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.texttables import Block, Cut, fenced_lines, find_blocks

__all__ = [
    "caption_info",
    "is_heading",
    "is_note",
    "is_title_line",
    "make_cell",
    "names_table",
    "read_text",
    "section_of",
    "untitled_label",
]

_PIPE_SEP = lazy(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
# a page's number on a line of its own: "12", "xi", "- 12 -", "Hal. 12",
# "Halaman 12 dari 40", "Page 12 of 40", or in the chapter's numbering: "III-1",
# "3 - 2", "Hal. III-1"
_PAGE_NOISE = lazy(
    r"^\s*(?:\d{1,3}|[ivxlc]{1,6}|-\s*\d{1,3}\s*-"
    r"|(?:(?:hal(?:aman)?\.?|page)\s*)?(?:[ivxlc]{1,6}|\d{1,2})\s*[-–]\s*\d{1,3}"
    r"|(?:hal(?:aman)?\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?)\s*$",
    re.IGNORECASE,
)
_ITALIC = lazy(
    r"^\s*(?:<i>|<em>|\*(?!\*)|_(?!_)).*(?:</i>|</em>|(?<!\*)\*|(?<!_)_)\s*$", re.S
)
_BOLD = lazy(r"^\s*(?:\*\*|<b>|<strong>|__).*(?:\*\*|</b>|</strong>|__)\s*$", re.S)


_SPACES = lazy(r"\s+")


# a Markdown backslash escape (pandoc writes "\-", "\(1\)", "\%"), and the
# backslash that ends a line to break it
_ESCAPE = lazy(r"\\([!-/:-@\[-`{-~])|\\$", re.MULTILINE)


def unescape(text: str) -> str:
    r"""Markdown text without its backslash escapes: ``\(1\)`` reads ``(1)``."""
    return _ESCAPE.sub(lambda m: m.group(1) or "", text)


def _special(text: str) -> bool:
    """Whether a cell's text holds markup, a tab, a line break or odd spaces."""
    # NOTE: seven substring tests: a pattern with these alternatives tried every
    # character of every distinct cell of a report in turn, several times slower
    return (
        "<" in text
        or "*" in text
        or "_" in text
        or "\\" in text
        or "\u00a0" in text
        or "\n" in text
        or "\t" in text
        or "  " in text
    )


def make_cell(raw: str, line: int | None = None, page: int | None = None) -> Cell:
    """Build a cell: strip markup for ``text`` and keep italics/bold as hints."""
    text, italic, bold = _cleaned(raw)
    return Cell(raw, text, line, page, italic, bold)


def _line_cells(texts: list[str], line: int) -> list[Cell]:
    """The cells of one line of a table: :func:`make_cell` of each text."""
    # NOTE: make_cell inlined: a large report has a hundred thousand cells
    cells = []
    for raw in texts:
        text, italic, bold = _cleaned(raw)
        cells.append(Cell(raw, text, line, None, italic, bold))
    return cells


@lru_cache(maxsize=65536)
def _cleaned(raw: str) -> tuple[str, bool, bool]:
    """(text, italic, bold) of a raw cell: the same texts recur down a report."""
    stripped = raw.strip()
    if not _special(stripped):
        # NOTE: the common case: no markup, no doubled or odd spaces
        return stripped, False, False
    italic = bool(stripped) and bool(_ITALIC.match(stripped))
    bold = bool(stripped) and bool(_BOLD.match(stripped))
    text = _MARKUP.sub("", stripped)
    if italic and len(text) > 1 and text[0] in "*_" and text[-1] == text[0]:
        text = text[1:-1]
    if "\\" in text:
        text = unescape(text)
    text = _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()
    return text, italic, bold


@dataclass
class _Run:
    kind: str  # "tab", "pipe", or a block's kind: "html", "grid"
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (line, cells)
    header_rows: int = 0  # Markdown: rows above the |---| separator; <th>; +===+
    gaps: set[int] = field(default_factory=set)  # row positions after a blank gap
    head_sigs: set[str] | None = None  # signatures of the first rows, once computed
    cells: list[list[Cell]] | None = None  # a block's rows, cut by texttables
    lines: tuple[int, int] | None = None  # a block's first and last line
    caption: str | None = None  # an HTML table's own <caption>
    caption_line: int | None = None

    def add(self, part: _Run) -> None:
        """Append the rows of ``part``, which continues this run."""
        self.rows.extend(part.rows)
        if self.cells is not None and part.cells is not None:
            self.cells.extend(part.cells)
        if self.lines is not None and part.lines is not None:
            self.lines = (self.lines[0], part.lines[1])

    @property
    def last_line(self) -> int:
        return self.lines[1] if self.lines is not None else self.rows[-1][0]


def _block_run(block: Block) -> _Run:
    cells = [[_block_cell(cut) for cut in row] for row in block.rows]
    return _Run(
        kind=block.kind,
        rows=[
            (cuts[0].line, [c.text for c in row])
            for cuts, row in zip(block.rows, cells, strict=True)
        ],
        header_rows=block.header_rows,
        cells=cells,
        lines=(block.start + 1, block.end),
        caption=block.caption,
        caption_line=block.caption_line,
    )


def _block_cell(cut: Cut) -> Cell:
    """A block's cell: cleaned as any other, its HTML emphasis kept as hints."""
    cell = make_cell(cut.raw, cut.line)
    if cell.text and (cut.italic or cut.bold):
        return Cell(
            cell.raw,
            cell.text,
            cell.line,
            None,
            cell.italic or cut.italic,
            cell.bold or cut.bold,
        )
    return cell


def _line_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if "\t" in line:
        return "tab"
    if _PAGE_NOISE.match(line):
        return "blank"
    if stripped[0] == "|" and stripped.count("|") >= 2:
        return "pipe"
    return "prose"


def _split_pipe(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", stripped)]


_NOT_SIGNED = lazy(r"[^0-9a-z%]+")


def _signature(cells: list[str]) -> str:
    return "|".join(
        _NOT_SIGNED.sub("", _MARKUP.sub("", c).lower()) for c in cells if c.strip()
    )


def _looks_like_header(cells: list[str]) -> bool:
    return is_header_like([make_cell(c) for c in cells])


def read_text(
    source: str, text: str, fmt: str = "text", limits: Limits | None = None
) -> Report:
    """Read a decoded text export into a :class:`Report` of raw tables and prose."""
    lines = text.split("\n")
    kinds = [_line_kind(line) for line in lines]
    if "```" in text or "~~~" in text:
        for j in fenced_lines(lines):  # a code block shows text, not a table
            kinds[j] = "prose" if kinds[j] in ("tab", "pipe") else kinds[j]
    running = _running_lines(lines, kinds)
    for j in running:
        kinds[j] = "blank"  # a running header or footer: the page's, not the text's
    check = _cell_check(source, limits or Limits())
    blocks = {b.start: b for b in find_blocks(text, lines, check)}
    for block in blocks.values():
        kinds[block.start : block.end] = ["block"] * (block.end - block.start)
    runs: list[_Run] = []
    items: list[tuple[str, int, object]] = []  # ("prose"|"table", first line, payload)
    i = 0
    n = len(lines)
    while i < n:
        kind = kinds[i]
        if kind == "block":
            block = blocks[i]
            _add_run(_block_run(block), runs, items, i)
            i = block.end
            continue
        if kind in ("tab", "pipe"):
            run = _Run(kind=kind)
            j = i
            while j < n and kinds[j] == kind:
                if kind == "pipe" and _PIPE_SEP.match(lines[j]):
                    run.header_rows = len(run.rows)
                else:
                    cells = (
                        lines[j].split("\t") if kind == "tab" else _split_pipe(lines[j])
                    )
                    run.rows.append((j + 1, cells))
                j += 1
            if kind == "tab" and _signatures(run):
                # NOTE: signatures set side by side with tabs ("Pihak Kedua,\tPihak
                # Pertama,"): each column is a signature, read as prose
                for column in _columns(run):
                    items.append(("prose", i + 1, column))
            else:
                _add_run(run, runs, items, i)
            i = j
            continue
        if kind == "prose":
            j = i
            while j < n and kinds[j] == "prose":
                j += 1
            items.append(("prose", i + 1, "\n".join(lines[i:j])))
            i = j
            continue
        # a blank line ends nothing by itself: the next item decides
        i += 1
    report = _assemble(source, fmt, items, len(lines))
    if report.title is None and running:
        # NOTE: the report's name printed on every page names it on the cover too
        report.title = _title(
            [
                Paragraph(text=lines[j].replace("\t", " ").strip(), line=j + 1)
                for j in sorted(running)[:1]
            ]
        )
    return report


# a page number printed with a running header or footer: "Hal. 12", "Halaman 12 dari
# 40", "Page 12", or a number set off at either end ("LKjIP 2024 | 12", "12 | LKjIP",
# "LKjIP 2024 - 12 -", "LKjIP 2024    12")
_RUNNING_PAGE = lazy(
    r"\b(?:hal(?:aman)?\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?\b"
    r"|(?:[|•·–—/-]|\s{2,})\s*-?\s*(?:\d{1,3}|(?-i:[ivxlc]{1,6}))\s*-?\s*$"
    r"|^\s*-?\s*(?:\d{1,3}|(?-i:[ivxlc]{1,6}))\s*-?\s*(?:[|•·–—/]|\s{2,}|-\s)",
    re.IGNORECASE,
)
# what a running header or footer never holds: a figure (1.234.567, 62,71), a long
# number (a NIP, a date written 20240628), a percentage
_RUNNING_FIGURE = lazy(r"\d[.,]\d|\d{5}|%")
# nor a signature's place and date ("Lumajang, 10 Januari 2024") or a name with its
# degree ("Indah Wahyuni, S.H., M.Si"), which a report may print three times
_RUNNING_SIGNATURE = lazy(
    r"(?-i:,\s*[A-Z][A-Za-z]{0,3}\.)|\b\d{1,2}\s+(?:januari|februari|maret|april|mei"
    r"|juni|juli|agustus|september|oktober|november|desember)\s+\d{4}\b",
    re.IGNORECASE,
)
_RUNNING_WORD = lazy(r"[^\W\d_]{2,}")
_RUNNING_MARKUP = lazy(r"</?(?:i|b|em|strong|u)>|[*_]+", re.IGNORECASE)
# a running header or footer recurs at this many places at least
_RUNNING_TIMES = 3
# the page number of a running line exported with a tab before it ("LKjIP 2024\t12"):
# "12", "- 12 -", "xii", "Hal. 12", "Halaman 12 dari 40"
_TAB_PAGE = lazy(
    r"^\s*(?:\d{1,3}|-\s*\d{1,3}\s*-|(?-i:[ivxlc]{1,6})"
    r"|(?:hal(?:aman)?\.?|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?)\s*$",
    re.IGNORECASE,
)
# a row's total or mean, which a running line never starts with ("Jumlah Pegawai")
_TAB_TOTAL = lazy(r"^\W*(?:sub\s*)?(?:jumlah|jml|total|rata-rata|rerata)\b", re.I)


def _running_key(line: str) -> tuple[str, bool, bool] | None:
    """A line's text as a running header or footer, page number aside, or None.

    The key (markup, case and spacing folded, a page number as ``#``), whether
    a page number was printed in the line, and whether the line would name a table
    below it (bold, or a plain title line: "Realisasi Anggaran …"). None when the
    line cannot be one: longer than a short title, a word alone (two without a
    page number), a caption or a note, a sentence or a lead-in that ends in
    punctuation, a line with figures in it, a signature's date or name.
    """
    text = _RUNNING_MARKUP.sub("", line).replace("\u00a0", " ").strip()
    if not text or len(text) > 120 or text.endswith((".", ":", ";", ",", "!", "?")):
        return None
    if _RUNNING_FIGURE.search(text):
        return None
    if _RUNNING_SIGNATURE.search(text):
        return None
    if len(text.split()) > 15 or caption_info(text)[0] is not None:
        return None
    paragraph = Paragraph(text=text, line=0)
    if is_separator(paragraph) or re.match(
        r"\W{0,3}(?:tabel|table|gambar|grafik|diagram|figure)\b", text, re.IGNORECASE
    ):
        return None
    key, pages = _RUNNING_PAGE.subn(" # ", text)
    if len(_RUNNING_WORD.findall(key)) < (1 if pages else 2):
        return None  # "JUMLAH" or "Lampiran": a word alone, no page's
    titled = bool(_BOLD.match(line.strip())) or is_title_line(paragraph)
    return " ".join(key.lower().split()), pages > 0, titled


def _tab_running_key(line: str) -> tuple[str, str] | None:
    """(key, page) of a running line exported as a title, a tab and its page number.

    ``LKjIP Dinas Pendidikan 2024`` and ``12`` a tab apart read as a one-row
    table; such a line is a running line's candidate when it holds two cells, the
    last a bare page number (``12``, ``- 12 -``, ``xii``, ``Hal. 12``) and the
    first a running line of its own (:func:`_running_key`, with no page number in
    it) and no row's total (``Jumlah Pegawai``). Its key is the first cell's with
    the page number set aside, as the same footer printed with spaces
    (``LKjIP 2024  12``) has; the page is returned to tell a footer, whose page
    numbers differ, from a table's row printed again.
    """
    cells = [c for c in line.split("\t") if c.strip()]
    if len(cells) != 2 or not _TAB_PAGE.match(cells[1]) or _TAB_TOTAL.match(cells[0]):
        return None
    found = _running_key(cells[0])
    if found is None or found[1]:
        return None
    return found[0] + " #", cells[1].strip().lower()


# what lies on one side of a running line's place: a page number or a form feed,
# a table's line first, and the index of that first line (-1 for none)
_Side = tuple[bool, bool, int]


def _running_lines(lines: list[str], kinds: list[str]) -> set[int]:
    """The lines of a running header or footer: dropped like a bare page number.

    A line that stands alone (no prose line just above or below it) and recurs at
    :data:`_RUNNING_TIMES` places or more as the same text once its page number is
    set aside ("LKj Kecamatan Tegalwangi TW I 2025", "LKjIP 2024 | 12"), when its
    places show the page breaks it is printed at: at one of them, table lines on
    both sides (a table ran over the page; not for a line that would name the
    table below it), or at more than half of them, a page number printed in it or
    on a line of its own beside it, or a form feed. A heading or a signature
    printed three times, once above a page number, is none.
    Once known, the same line is dropped where it is glued to a paragraph too.
    A footer exported with a tab before its page number (:func:`_tab_running_key`)
    is one when it stands apart from any other table line, its page numbers go
    on as pages do and a table wider than it runs on across it at one of its
    places (:func:`_tab_break`).
    """
    n = len(lines)
    seen: dict[str, list[tuple[int, bool, bool]]] = {}
    tab_pages: dict[str, list[str]] = {}  # a key's page numbers at its tab lines
    for j, kind in enumerate(kinds):
        if kind == "tab":
            if (j and kinds[j - 1] in ("tab", "pipe")) or (
                j + 1 < n and kinds[j + 1] in ("tab", "pipe")
            ):
                continue  # a row of a table
            tabbed = _tab_running_key(lines[j])
            if tabbed is not None:
                seen.setdefault(tabbed[0], []).append((j, False, False))
                tab_pages.setdefault(tabbed[0], []).append(tabbed[1])
            continue
        if kind != "prose":
            continue
        if (j and kinds[j - 1] == "prose") or (j + 1 < n and kinds[j + 1] == "prose"):
            continue  # a line of a paragraph
        found = _running_key(lines[j])
        if found is not None:
            seen.setdefault(found[0], []).append((j, found[1], found[2]))
    recurring = [v for v in seen.values() if len(v) >= _RUNNING_TIMES]
    if not recurring:
        return set()
    candidates = {j for places in recurring for j, _, _ in places}
    before = _page_side(lines, kinds, candidates, range(n))
    after = _page_side(lines, kinds, candidates, range(n - 1, -1, -1))
    running: set[int] = set()
    keys: set[str] = set()
    for key, places in seen.items():
        if len(places) < _RUNNING_TIMES:
            continue
        pages = tab_pages.get(key)
        if pages is not None and not _pages_go_on(pages):
            continue  # a table's row printed again: its number is no page's
        breaks = []
        for j, paged, _ in places:
            if paged:
                breaks.append("page")
            elif kinds[j] == "tab":
                breaks.append(_tab_break(lines, j, before[j], after[j]))
            else:
                breaks.append(_page_break(before[j], after[j]))
        # NOTE: the same title over tables of one shape ("Realisasi Anggaran
        # Kegiatan" over each program's) stands between tables, at no page break
        titled = any(title for _, _, title in places)
        if (not titled and "table" in breaks) or 2 * breaks.count("page") > len(breaks):
            running.update(j for j, _, _ in places)
            keys.add(key)
    if keys:
        # NOTE: the same header glued to a paragraph at a page's top ("LKj …" over
        # "Tabel 3.4 (lanjutan)") or a footer to the paragraph the page ends in
        for j, kind in enumerate(kinds):
            if kind == "prose" and j not in running:
                found = _running_key(lines[j])
                if found is not None and found[0] in keys:
                    running.add(j)
    return running


def _tab_break(lines: list[str], j: int, before: _Side, after: _Side) -> str:
    """What shows a page break at tab line ``j``: "table" or "".

    "table" when it cuts a table wider than itself: a row of a table has the
    table's width, a footer the table ran on across is narrower. Its number, or a
    page number beside it, is no page's sign: a table's last row set off by a
    blank line ends in a small number too.
    """
    if not (before[1] and after[1]):
        return ""
    widths = lines[before[2]].count("\t"), lines[after[2]].count("\t")
    return "table" if min(widths) > lines[j].count("\t") else ""


def _pages_go_on(pages: list[str]) -> bool:
    """Whether page numbers, in the order printed, could be a footer's.

    Never the same twice, and those in digits rising down the report (the roman
    numbers of the front pages apart).
    """
    if len(set(pages)) < len(pages):
        return False
    numbers = [int(m.group()) for p in pages if (m := re.search(r"\d+", p))]
    return all(a < b for a, b in pairwise(numbers))


def _page_side(
    lines: list[str], kinds: list[str], skip: set[int], order: range
) -> dict[int, _Side]:
    """For each line of ``skip``, what lies on one side of it (``order``).

    Past blank lines and the other lines of ``skip``: whether a page number on a
    line of its own or a form feed lies there, whether the first other line is a
    table's, and that line's index (-1 for none). One pass, so that a thousand
    running lines cost no more.
    """
    sides: dict[int, _Side] = {}
    page = table = False
    other = -1
    for k in order:
        if k in skip:
            sides[k] = (page, table, other)
        elif kinds[k] == "blank":
            page = page or "\f" in lines[k] or bool(lines[k].strip())
        else:
            page, table = "\f" in lines[k], kinds[k] in ("tab", "pipe", "block")
            other = k
    return sides


def _page_break(before: _Side, after: _Side) -> str:
    """What shows a page break at a line, from what lies on either side of it.

    "page": a page number on a line of its own or a form feed beside it; "table":
    table lines on both sides; "" when neither.
    """
    if before[0] or after[0]:
        return "page"
    return "table" if before[1] and after[1] else ""


def _cell_check(source: str, limits: Limits) -> Callable[[int], None]:
    def check(count: int) -> None:
        limits.check_cells(source, count)

    return check


# a signature's lines: the NIP under a name, the parties of a Perjanjian Kinerja
_SIGNATURE_CELL = lazy(
    r"^\W*(?:nip|nrp)\b\.?\s*:?\s*\d[\d ]+$|^\W*pihak\s+(?:pertama|kedua)\b",
    re.IGNORECASE,
)


def _signatures(run: _Run) -> bool:
    """Whether a run of tabbed lines is signatures set side by side, not a table.

    A NIP or a party of the agreement (``Pihak Pertama``) in a cell, and no
    figure in any other but a date (:func:`~lkjaudit.readers.common.signature_line`).
    """
    cells = [c.strip() for _, row in run.rows for c in row if c.strip()]
    if not any(_SIGNATURE_CELL.match(c) for c in cells):
        return False
    return all(signature_line(c) for c in cells)


def _columns(run: _Run) -> list[str]:
    """Each column of a run of tabbed lines as text, a line per source line."""
    width = max(len(row) for _, row in run.rows)
    return [
        "\n".join(row[c].strip() if c < len(row) else "" for _, row in run.rows)
        for c in range(width)
    ]


def _add_run(
    run: _Run, runs: list[_Run], items: list[tuple[str, int, object]], i: int
) -> None:
    """Add a run of table lines: to the table just before, when it continues it."""
    if runs and items and items[-1][0] == "table" and _continues(runs[-1], run):
        previous = runs[-1]
        previous.gaps.add(len(previous.rows))
        previous.add(run)
    else:
        runs.append(run)
        items.append(("table", i + 1, run))


def _continues(previous: _Run, run: _Run) -> bool:
    """Whether a run that follows a table after blank lines only belongs to it."""
    if previous.kind != run.kind or not run.rows:
        return False
    first = run.rows[0][1]
    if previous.head_sigs is None:
        previous.head_sigs = {_signature(cells) for _, cells in previous.rows[:4]}
    if _signature(first) in previous.head_sigs:
        return True  # the header repeated after a page break
    if run.cells is not None and run.header_rows:
        return False  # a block that marks a header of its own starts a new table
    if _looks_like_header(first):
        return False  # a new table with a header of its own
    widths = {len(cells) for _, cells in previous.rows}
    return abs(len(first) - max(widths)) <= max(2, max(widths) // 2)


def _assemble(
    source: str, fmt: str, items: list[tuple[str, int, object]], line_count: int
) -> Report:
    sequence: list[Paragraph | _Run] = []
    for _kind, line, payload in items:
        if isinstance(payload, _Run):
            sequence.append(payload)
            continue
        assert isinstance(payload, str)
        bold = bool(_BOLD.match(payload.strip()))
        text = re.sub(r"[ \t]+", " ", _MARKUP.sub("", payload)).strip()
        if fmt == "markdown" and "\\" in text:
            text = unescape(text)
        end = line + payload.count("\n")
        sequence.append(Paragraph(text=text, line=line, line_end=end, bold=bold))
    paragraphs: list[Paragraph] = []
    raws: list[RawTable] = []
    runs: dict[int, _Run] = {}  # id of a raw table → the run it was cut from
    placed: list[Paragraph | RawTable] = []  # paragraphs and tables in order
    section: str | None = None
    for k, item in enumerate(sequence):
        if isinstance(item, Paragraph):
            paragraphs.append(item)
            placed.append(item)
            section = section_of(item) or section
            continue
        last = raws[-1] if raws else None
        before = caption_number(last.caption or "") if last is not None else None
        caption, note = caption_above(sequence, k, _names, before)
        if item.caption is not None:
            caption = Paragraph(
                text=item.caption, line=item.caption_line, line_end=item.caption_line
            )
        if (
            caption is not None
            and last is not None
            and continues(caption.text, before)
            and _continues(runs[id(last)], item)
        ):
            # NOTE: "Tabel 3.4 (lanjutan)" over the same header: the author split
            # one table by hand
            _extend(last, runs[id(last)], item)
            continue
        if item.caption is None and (caption is None or not _names(caption)):
            caption = caption_below(sequence, k) or caption
        raw = _raw(item, caption)
        raw.note = note or note_below(sequence, k)
        raw.section = section
        runs[id(raw)] = item
        raws.append(raw)
        placed.append(raw)
    settle(placed)
    namer = TableNamer()
    tables = [namer.build(raw) for raw in placed if isinstance(raw, RawTable)]
    return Report(
        source=source,
        format=fmt,
        paragraphs=paragraphs,
        tables=tables,
        line_count=line_count,
        title=_title(paragraphs),
    )


def _names(paragraph: Paragraph) -> bool:
    """A caption in a text export: numbered, bold or a plain title line."""
    return bool(caption_info(paragraph.text)[0]) or names_table(paragraph)


def _title(paragraphs: list[Paragraph]) -> str | None:
    for para in paragraphs[:6]:
        if re.search(r"laporan\s+kinerja|\blkj", para.text, re.IGNORECASE):
            return para.text.replace("\n", " ")
    return None


def _raw(run: _Run, caption: Paragraph | None) -> RawTable:
    """The table a run of lines makes, named by ``caption`` if that names it."""
    if run.cells is not None:
        rows = [list(cells) for cells in run.cells]
    else:
        rows = [_line_cells(cells, line) for line, cells in run.rows]
    raw = RawTable(
        rows=rows,
        gaps=set(run.gaps),
        header_rows=run.header_rows,
        line_start=run.lines[0] if run.lines is not None else run.rows[0][0],
        line_end=run.last_line,
    )
    if run.caption is not None:
        # an HTML <caption> names its table as the Caption style does in Word
        raw.caption, raw.caption_named = run.caption, True
        raw.caption_line = run.caption_line
    elif caption is not None and _names(caption):
        raw.caption = caption.text
        raw.caption_named = names_table(caption)
        raw.caption_line = caption.line
    return raw


def _extend(raw: RawTable, run: _Run, part: _Run) -> None:
    """Append the rows of ``part``, a continuation of ``run``, to its table."""
    raw.gaps.add(len(raw.rows))
    if part.cells is not None:
        raw.rows.extend(list(cells) for cells in part.cells)
    else:
        raw.rows.extend(_line_cells(cells, line) for line, cells in part.rows)
    raw.line_end = part.last_line
    run.add(part)

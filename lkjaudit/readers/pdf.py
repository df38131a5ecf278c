"""Reader for PDF files, with pypdfium2 (Chromium's PDF engine).

Each page gives its words (with their boxes and fonts) and the lines drawn on it
(:mod:`lkjaudit.readers.pdfpage`). Ruled tables are found from those lines
(:mod:`lkjaudit.readers.pdfgrid`); the words inside a table go to its cells, the
rest are prose lines, grouped into paragraphs by the space between them. Then,
across pages:

* running headers and footers (the same line at the top or bottom of most pages;
  in a document of two pages, of both, at one height, and no caption) and page
  numbers are dropped;
* a table that ends a page and a table that starts the next one with the same
  columns are one table, unless the new page opens with a header of its own; the
  header repeated on the new page, and a row whose text ran over onto it, are then
  handled by the analysis as for every format (the first row of each page is
  marked as following a page break). The rest of a row the break cut is no header
  of its own, nor, after a page that ended in the table's header alone, the rest
  of that header (:mod:`lkjaudit.readers.pdftable` joins both back);
* rows of figures opening a page with no header over them, or too few to be a
  table of their own (:func:`~lkjaudit.readers.pdfplain.wrapped_tables`), are
  a table only as the rest of the one that ended the page before: read back
  as prose lines when they do not go on with it;
* prose lines are one paragraph while they follow each other at the document's
  own line spacing (measured on its body text, so a line of capitals or a 1.5-spaced
  report reads the same); a paragraph cut by a page break (its last line does not
  end a sentence, it is no heading, and the next page opens with prose that is no
  heading or caption) goes on on the next page.

Cells: a merged cell's text goes to its first grid unit, the units it covers are
empty (a span across, a continuation down). A cell's lines are joined with spaces,
except where a word or a number was broken because it did not fit the column
(``1.505.870`` / ``.762``, ``Lapor`` / ``an``). Bold and italic come from the fonts.

Locations: ``page`` (1-based) and ``line``, the text line on that page counted from
the top (running headers included), for cells and paragraphs alike.

Refused with a clear message: password-protected and damaged files, more pages than
``--max-pages``, and scanned PDFs whose pages are images without a text layer.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from lkjaudit.errors import InputError, Message
from lkjaudit.model.lazyre import lazy
from lkjaudit.model.report import PageStart, Paragraph, Report
from lkjaudit.readers.captions import caption_above
from lkjaudit.readers.common import (
    RawTable,
    TableNamer,
    caption_number,
    continues,
    damaged,
    new_header,
    settle,
)
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.pdfpage import Line, Page, prose_lines, read_page
from lkjaudit.readers.pdftable import (
    Fragment,
    Piece,
    cut_header,
    cut_row,
    header_rows,
    join_table,
    same_columns,
    signature,
    spans_filled,
    whole_words,
)
from lkjaudit.readers.text import (
    caption_info,
    is_heading,
    make_cell,
    section_of,
)

__all__ = ["read_pdf"]

_PAGE_NUMBER = lazy(
    r"^\s*(?:-\s*)?(?:hal(?:aman)?\.?\s*)?(?:\d{1,4}|[ivxlc]{1,6})"
    r"(?:\s*(?:dari|of|/)\s*\d{1,4})?(?:\s*-)?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = lazy(r"[.:;!?)\]]\s*$")
_MARGIN = 0.08  # top and bottom share of a page where running lines live
_SAME_HEIGHT = 1.0  # points: a line a page template draws is at one height


def read_pdf(source: str, data: bytes, limits: Limits) -> Report:
    """Read a PDF into a raw :class:`Report` (not yet analysed)."""
    import pypdfium2 as pdfium  # NOTE: imported here so text reports never load it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise InputError(source, Message("input.pdf-password")) from None
        # NOTE: pdfium's message can be long; the line stays under 200 characters
        detail = message[:180]
        raise InputError(source, Message("input.pdf-damaged", detail=detail)) from None
    try:
        count = len(document)
        if count == 0:
            raise InputError(source, Message("input.pdf-no-pages"))
        if count > limits.max_pages:
            raise InputError(
                source,
                Message(
                    "input.pdf-too-many-pages", count=count, limit=limits.max_pages
                ),
            )
        pages: list[Page] = []
        cells = 0
        for index in range(count):
            try:
                page = read_page(document, index)
            except Exception as exc:  # NOTE: a page pdfium cannot load or lay out
                raise damaged(source, "PDF", exc) from None
            pages.append(page)
            cells += sum(
                len(row)
                for _, item in page.items
                if isinstance(item, Fragment)
                for row in item.rows
            )
            limits.check_cells(source, cells)
    finally:
        document.close()
    _refuse_scans(source, pages)
    _drop_running_lines(pages)
    return _assemble(source, pages)


def _refuse_scans(source: str, pages: list[Page]) -> None:
    """A PDF with no text, or mostly pages that are only an image, is refused."""
    total = sum(p.chars for p in pages)
    scanned = sum(1 for p in pages if p.scanned)
    if total == 0 and scanned == 0:
        raise InputError(source, Message("input.pdf-no-text"))
    if scanned and scanned * 2 >= len(pages):
        raise InputError(
            source, Message("input.pdf-scanned", scanned=scanned, pages=len(pages))
        )


# -------------------------------------------------------------------- across pages


def _drop_running_lines(pages: list[Page]) -> None:
    """Remove page numbers and lines repeated at the top or bottom of most pages.

    A line repeated on three pages or more (two in five at least) is running. In a
    document of two pages, one on both pages at the same height (as a page
    template draws it) is, unless it is a caption (``Tabel 3.1 …`` and ``Tabel 3.2
    …`` at the top of each page are two captions, not one running line).
    """

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    def marginal(page: Page, line: Line) -> bool:
        return (
            line.top < _MARGIN * page.height
            or line.bottom > (1 - _MARGIN) * page.height
        )

    seen: Counter[str] = Counter()
    tops: dict[str, list[float]] = {}  # the heights a marginal line's key is at
    captions: set[str] = set()
    for page in pages:
        keys: dict[str, Line] = {}
        for _, item in page.items:
            if isinstance(item, Line) and marginal(page, item):
                keys.setdefault(key(item), item)
        seen.update(keys.keys())
        for k, line in keys.items():
            tops.setdefault(k, []).append(line.top)
            if caption_number(line.text) is not None:
                captions.add(k)
    running = {k for k, n in seen.items() if n >= 3 and n >= 0.4 * len(pages)}
    if len(pages) == 2:
        running |= {
            k
            for k, n in seen.items()
            if n == 2
            and max(tops[k]) - min(tops[k]) <= _SAME_HEIGHT
            and k not in captions
        }
    for page in pages:
        page.items = [
            (top, item)
            for top, item in page.items
            if not (
                isinstance(item, Line)
                and marginal(page, item)
                and (key(item) in running or _PAGE_NUMBER.match(item.text))
            )
        ]


def _continues(table: list[Fragment], part: Fragment) -> bool:
    """Whether a page's first table goes on with the table that ended the page before.

    It does when it has the same columns and its first row repeats the header,
    is the rest of the row the page break cut, or is not the header of another
    table (:func:`~lkjaudit.readers.common.new_header`: a row of words only, two
    in three of them a header's words, three cells at least, and less than half
    of them the table's own header's). A row of words is not enough: a
    qualitative indicator (``Nilai SAKIP | BB | BB | Tercapai``) or a group
    heading (``PROGRAM PENUNJANG …``) opening the page is a row of the table,
    and a header typed again with a word changed (``Sasaran Strategis`` for
    ``Sasaran``) is the table's own. After a page that ended in the table's
    header alone, it does when its first row is the rest of the header row the
    break cut, splits the merged cells of the last header row, or is no header
    row of its own: the header then goes on.
    """
    from lkjaudit.analysis.cells import is_header_like, is_numbering_row, is_unit_row

    if not same_columns(table[0].xs, part.xs) or not part.rows:
        return False
    first = [piece.text for piece in part.rows[0]]
    heads = {signature([p.text for p in row]) for row in table[0].rows[:4]}
    if signature(first) in heads:
        return True
    cells = [make_cell(text) for text in first]
    last = next((f.rows[-1] for f in reversed(table) if f.rows), None)
    if last is None:
        return not is_header_like(cells)
    top = part.rows[0]
    if header_rows([row for f in table for row in f.rows]):
        return (
            cut_header(last, top)
            or spans_filled(last, top)
            or is_unit_row(cells)
            or is_numbering_row(cells)
            or not is_header_like(cells)
        )
    if cut_row(last, top) or _header_again(top, table):
        return True
    header = [[make_cell(t) for t in row.values()] for row in _header(table)]
    return not new_header(cells, header)


def _header(table: list[Fragment]) -> list[dict[int, str]]:
    """The table's header as its first page prints it, by column.

    Its leading header rows (four at most), each as the text of the columns it
    fills.
    """
    first = table[0]
    return [
        _by_column(row, first.xs)
        for row in itertools.takewhile(lambda row: header_rows([row]), first.rows[:4])
    ]


def _by_column(row: list[Piece], xs: list[float]) -> dict[int, str]:
    """A row's texts by the column (of ``xs``) each cell starts in."""
    out: dict[int, str] = {}
    for piece in row:
        if piece.lines:
            k = min(range(len(xs) - 1), key=lambda i: abs(xs[i] - piece.left))
            out.setdefault(k, piece.text)
    return out


def _header_again(row: list[Piece], table: list[Fragment]) -> bool:
    """Whether a page's first row prints the table's header again, perhaps retyped.

    A row of words only (no figure, a header's words), two cells or more, each
    the header's cell in its column, or its words with some left out or added
    (``Sasaran Strategis`` for ``Sasaran``, ``Capaian`` for ``Capaian (%)``).
    Another table's header shares some of the columns' names, not all: ``No``
    under ``Kode``, ``Sisa (Rp)`` under ``Serapan (%)``.
    """
    from lkjaudit.analysis.cells import is_header_like, norm

    cells = _by_column(row, table[0].xs)
    if len(cells) < 2 or not is_header_like([make_cell(t) for t in cells.values()]):
        return False
    header = _header(table)
    for k, text in cells.items():
        mine = set(norm(text).split())
        if not any(
            mine and theirs and (mine <= theirs or theirs <= mine)
            for theirs in (set(norm(named.get(k, "")).split()) for named in header)
        ):
            return False
    return True


def _without_header(table: list[Fragment], part: Fragment) -> Fragment:
    """``part`` without its first row when that prints the table's header again.

    A header printed again as it was is left to the analysis, which drops it as
    in every format; one typed again with words changed (:func:`_header_again`)
    is dropped here, or it would be read as a row. Only under a table that has
    rows of its own, and while rows follow it.
    """
    if len(part.rows) < 2 or header_rows([row for f in table for row in f.rows]):
        return part
    top = part.rows[0]
    heads = {signature([p.text for p in row]) for row in table[0].rows[:4]}
    if signature([p.text for p in top]) in heads or not _header_again(top, table):
        return part
    return replace(part, rows=part.rows[1:], lines=part.lines[1:])


def _assemble(source: str, pages: list[Page]) -> Report:
    """Paragraphs and tables in reading order, tables joined across pages.

    A table continues the one that ended the previous page when it starts the next
    page with the same columns, or when it follows a caption such as "Tabel 3.4
    (lanjutan)" that names the previous table's number again.
    """
    items: list[Paragraph | list[Fragment]] = []
    previous: Paragraph | list[Fragment] | None = None
    prior: Paragraph | list[Fragment] | None = None  # the item before ``previous``
    last_line: Line | None = None
    spacing = _line_spacing(pages)
    numbers: dict[int, str | None] = {}  # id of a table's fragment list → its number
    last_table: list[Fragment] | None = None
    for page in pages:
        queue = list(page.items)
        index = -1
        while index + 1 < len(queue):
            index += 1
            item = queue[index][1]
            first_on_page = index == 0
            if (
                isinstance(item, Fragment)
                and item.fallback is not None
                and not (
                    first_on_page
                    and isinstance(previous, list)
                    and _continues(previous, item)
                )
                and not _carried_on(item, prior, previous, last_table, numbers)
            ):
                # NOTE: rows opening the page that go on with no table: prose
                queue[index : index + 1] = [
                    (line.top, line) for line in prose_lines(item.fallback)
                ]
                index -= 1
                continue
            if isinstance(item, Fragment):
                above = (
                    _caption(prior if isinstance(prior, Paragraph) else None, previous)
                    if isinstance(previous, Paragraph)
                    else None
                )
                carried = _carried_over(above, last_table, numbers)
                if carried is not None and _carries(carried[0], item):
                    carried.append(item)
                    previous = carried
                elif (
                    first_on_page
                    and isinstance(previous, list)
                    and _continues(previous, item)
                ):
                    previous.append(_without_header(previous, item))
                else:
                    prior, previous = previous, [item]
                    last_table = previous
                    numbers[id(previous)] = (
                        caption_number(above.text) if above is not None else None
                    )
                    items.append(previous)
                last_line = None
                continue
            if (
                isinstance(previous, Paragraph)
                and last_line is not None
                and _same_paragraph(previous, last_line, item, first_on_page, spacing)
            ):
                if first_on_page:
                    at = previous.text.count("\n") + 1
                    previous.continued.append(
                        PageStart(at=at, page=page.number, line=item.line)
                    )
                previous.text = f"{previous.text}\n{item.text}"
                previous.line_end = item.line
            else:
                prior, previous = (
                    previous,
                    Paragraph(
                        text=item.text,
                        line=item.line,
                        line_end=item.line,
                        page=page.number,
                        bold=item.bold,
                    ),
                )
                items.append(previous)
            previous.bold = previous.bold and item.bold
            last_line = item
    return _report(source, items, len(pages))


def _carried_on(
    item: Fragment,
    prior: Paragraph | list[Fragment] | None,
    previous: Paragraph | list[Fragment] | None,
    last_table: list[Fragment] | None,
    numbers: dict[int, str | None],
) -> bool:
    """Whether a "(lanjutan)" caption just above carries the last table on.

    On to ``item``, when it has the same columns.
    """
    if not isinstance(previous, Paragraph):
        return False
    above = _caption(prior if isinstance(prior, Paragraph) else None, previous)
    carried = _carried_over(above, last_table, numbers)
    return carried is not None and _carries(carried[0], item)


def _carries(first: Fragment, part: Fragment) -> bool:
    """Whether ``part``, under a "(lanjutan)" caption, has ``first``'s columns.

    The same columns (:func:`~lkjaudit.readers.pdftable.same_columns`); or,
    for two parts whose edges were found from their words (no lines drawn), as
    many columns, each overlapping its namesake: the edge between a name and
    the figures right of it moves with each page's widest words, and with a
    header over the first part only.
    """
    if same_columns(first.xs, part.xs):
        return True
    if not (first.loose and part.loose) or len(first.xs) != len(part.xs):
        return False
    return all(
        min(a1, b1) > max(a0, b0)
        for (a0, a1), (b0, b1) in zip(
            pairwise(first.xs), pairwise(part.xs), strict=True
        )
    )


def _carried_over(
    previous: Paragraph | list[Fragment] | None,
    last_table: list[Fragment] | None,
    numbers: dict[int, str | None],
) -> list[Fragment] | None:
    """The table a "(lanjutan)" caption just above says this one continues."""
    if not isinstance(previous, Paragraph) or last_table is None:
        return None
    if not continues(previous.text, numbers.get(id(last_table))):
        return None
    return last_table


def _line_spacing(pages: list[Page]) -> float:
    """The distance from one prose line to the next, in font sizes, of body text.

    The most common step up to 1.8 sizes between consecutive prose lines of one
    size: the document's own line spacing (single, 1.15, 1.5), whatever space it
    puts between paragraphs; a larger step is a paragraph break, even in a
    document of one-line paragraphs.
    """
    steps: Counter[float] = Counter()
    for page in pages:
        lines = [item for _, item in page.items if isinstance(item, Line)]
        for prev, line in pairwise(lines):
            if abs(prev.size - line.size) < 0.5 and line.size > 0:
                step = _step(prev, line) / line.size
                if 0.8 <= step <= 1.8:
                    steps[round(step * 20) / 20] += 1
    return steps.most_common(1)[0][0] if steps else 1.2


def _step(prev: Line, line: Line) -> float:
    """How far a line is below the one before it.

    NOTE: the smaller of the distances between the tops and between the bottoms of
    the glyph boxes: a line of capitals has no descenders, a line without
    ascenders a lower top, but rarely both.
    """
    return min(line.top - prev.top, line.bottom - prev.bottom)


def _same_paragraph(
    paragraph: Paragraph, prev: Line, line: Line, new_page: bool, spacing: float
) -> bool:
    """Whether a prose line goes on with the paragraph whose last line is ``prev``.

    On the same page: it follows at the body's line spacing (a paragraph break
    adds space), in the same size and weight. After a page break: the paragraph's
    last line does not end a sentence, the paragraph is no heading, and the line is
    no heading or caption.
    """
    if abs(prev.size - line.size) >= 1.5:
        return False
    if new_page:
        return not (
            _SENTENCE_END.search(prev.text)
            or is_heading(paragraph)
            or is_heading(Paragraph(text=line.text, bold=line.bold))
            or caption_info(line.text)[0] is not None
        )
    if prev.bold != line.bold:
        return False
    size = max(prev.size, line.size)
    return _step(prev, line) <= spacing * size + max(1.0, 0.2 * size)


def _caption(before: Paragraph | None, last: Paragraph | None) -> Paragraph | None:
    """The paragraph that may be a table's caption (:func:`caption_above`)."""
    items = [p for p in (before, last) if p is not None]
    return caption_above([*items, None], len(items), _names)[0]


def _names(paragraph: Paragraph) -> bool:
    """A caption in a PDF: numbered or bold.

    NOTE: bold only: the line above a table on a page may be the page's running
    header, so a plain title line is no evidence here.
    """
    return bool(caption_number(paragraph.text)) or paragraph.bold


def _whole_words(items: list[Paragraph | list[Fragment]]) -> frozenset[str]:
    """The words the document prints whole, and the nomenclature's (lower case)."""
    from lkjaudit.analysis.names import official_words

    texts = [item.text for item in items if isinstance(item, Paragraph)]
    fragments = [f for item in items if not isinstance(item, Paragraph) for f in item]
    return frozenset(whole_words(texts, fragments)) | official_words() | _TABLE_WORDS


# the words of a report's table headers and labels, whole even where a document
# prints them only cut ("JUMLA" / "H" at a page break)
_TABLE_WORDS = frozenset(
    {
        "jumlah", "total", "subtotal", "sub", "program", "kegiatan", "anggaran",
        "realisasi", "sisa", "capaian", "target", "indikator", "sasaran", "satuan",
        "keterangan", "kinerja", "persentase", "pagu", "serapan", "efisiensi",
        "uraian", "belanja", "pegawai", "barang", "jasa", "modal", "triwulan",
    }
)  # fmt: skip


def _report(
    source: str, items: list[Paragraph | list[Fragment]], page_count: int
) -> Report:
    namer = TableNamer()
    words = _whole_words(items)
    paragraphs: list[Paragraph] = []
    raws: list[Paragraph | RawTable] = []
    section: str | None = None
    for item in items:
        if isinstance(item, Paragraph):
            paragraphs.append(item)
            raws.append(item)
            section = section_of(item) or section
            continue
        raw = join_table(item, words)
        raw.section = section
        tail = [*raws[-3:], raw]
        last = next((r for r in reversed(raws) if isinstance(r, RawTable)), None)
        before = caption_number(last.caption or "") if last is not None else None
        caption, raw.note = caption_above(tail, len(tail) - 1, _names, before)
        if caption is not None and _names(caption):
            raw.caption = caption.text
            raw.caption_named = caption.bold
            raw.caption_line = caption.line
        raws.append(raw)
    settle(raws)
    tables = [namer.build(raw) for raw in raws if isinstance(raw, RawTable)]
    title = next(
        (
            p.text.replace("\n", " ")
            for p in paragraphs[:6]
            if "laporan kinerja" in p.text.lower()
        ),
        None,
    )
    return Report(
        source=source,
        format="pdf",
        title=title,
        paragraphs=paragraphs,
        tables=tables,
        page_count=page_count,
    )

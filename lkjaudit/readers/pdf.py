"""Reader for PDF files, with pypdfium2 (Chromium's PDF engine).

Each page gives its characters (with their boxes and fonts) and the lines drawn on
it. Ruled tables are found from those lines (:mod:`lkjaudit.readers.pdfgrid`); the
characters inside a table go to its cells, the rest are prose lines, grouped into
paragraphs by the space between them. Then, across pages:

* running headers and footers (the same line at the top or bottom of most pages)
  and page numbers are dropped;
* a table that ends a page and a table that starts the next one with the same
  columns are one table; the header repeated on the new page, and a row whose text
  ran over onto it, are then handled by the analysis as for every format (the first
  row of each page is marked as following a page break);
* a paragraph cut by a page break (it does not end a sentence and the next page
  starts in lower case) is joined.

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

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lkjaudit.errors import InputError
from lkjaudit.model.report import Paragraph, Report
from lkjaudit.readers.common import TableNamer, caption_number
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.pdfgrid import SNAP, Segment, find_grids
from lkjaudit.readers.pdftable import (
    Fragment,
    Word,
    fragment,
    join_table,
    line_text,
    same_columns,
    signature,
)
from lkjaudit.readers.text import make_cell

__all__ = ["read_pdf"]

_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?(?:hal(?:aman)?\.?\s*)?(?:\d{1,4}|[ivxlc]{1,6})"
    r"(?:\s*(?:dari|of|/)\s*\d{1,4})?(?:\s*-)?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.:;!?)\]]\s*$")
_MARGIN = 0.08  # top and bottom share of a page where running lines live


@dataclass
class _Line:
    """A prose line: its text, where it is and how it is set."""

    text: str
    line: int
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class _Page:
    number: int
    height: float
    items: list[tuple[float, _Line | Fragment]] = field(default_factory=list)
    chars: int = 0
    scanned: bool = False


def read_pdf(source: str, data: bytes, limits: Limits) -> Report:
    """Read a PDF into a raw :class:`Report` (not yet analysed)."""
    import pypdfium2 as pdfium  # NOTE: imported here so text reports never load it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise InputError(
                source, "password-protected PDF: remove the password and save again"
            ) from None
        raise InputError(source, f"damaged PDF file ({message})"[:200]) from None
    try:
        count = len(document)
        if count == 0:
            raise InputError(source, "PDF has no pages")
        if count > limits.max_pages:
            raise InputError(
                source,
                f"PDF has {count:,} pages, above the {limits.max_pages:,} page "
                "limit (raise it with --max-pages)",
            )
        pages: list[_Page] = []
        cells = 0
        for index in range(count):
            page = _read_page(document, index)
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


def _refuse_scans(source: str, pages: list[_Page]) -> None:
    total = sum(p.chars for p in pages)
    scanned = sum(1 for p in pages if p.scanned)
    if total == 0 and scanned == 0:
        raise InputError(source, "PDF has no text (no text layer and no images)")
    if total == 0 or scanned * 2 >= len(pages):
        raise InputError(
            source,
            f"scanned PDF: {scanned} of {len(pages)} pages are images without a "
            "text layer; run OCR first (for example: ocrmypdf in.pdf out.pdf)",
        )


# ----------------------------------------------------------------------- one page


def _read_page(document: Any, index: int) -> _Page:
    import pypdfium2.raw as raw

    page = document[index]
    try:
        to_display = _display_transform(page)
        width, height = _display_size(page)
        textpage = page.get_textpage()
        try:
            words = _words(raw, textpage, to_display)
        finally:
            textpage.close()
        segments, image_area = _segments(raw, page, to_display)
    finally:
        page.close()
    letters = sum(len(w.text) for w in words)
    result = _Page(number=index + 1, height=height, chars=letters)
    result.scanned = letters < 50 and image_area > 0.5 * width * height
    _number_lines(words)
    grids = find_grids(segments)
    in_grid: list[list[Word]] = [[] for _ in grids]
    prose: list[Word] = []
    for word in words:
        cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        for k, grid in enumerate(grids):
            if grid.contains(cx, cy):
                in_grid[k].append(word)
                break
        else:
            prose.append(word)
    line_tops = _line_tops(words)
    for grid, inside in zip(grids, in_grid, strict=True):
        result.items.append(
            (grid.ys[0], fragment(grid, inside, result.number, line_tops))
        )
    for line in _prose_lines(prose):
        result.items.append((line.top, line))
    result.items.sort(key=lambda item: item[0])
    return result


def _display_size(page: Any) -> tuple[float, float]:
    x0, y0, x1, y1 = page.get_mediabox()
    if page.get_rotation() in (90, 270):
        return y1 - y0, x1 - x0
    return x1 - x0, y1 - y0


def _display_transform(page: Any) -> Any:
    """A function mapping PDF user space (x, y) to top-down display coordinates."""
    x0, y0, x1, y1 = page.get_mediabox()
    rotation = page.get_rotation()
    if rotation == 90:
        return lambda x, y: (y - y0, x - x0)
    if rotation == 180:
        return lambda x, y: (x1 - x, y - y0)
    if rotation == 270:
        return lambda x, y: (y1 - y, x1 - x)
    return lambda x, y: (x - x0, y1 - y)


def _box(
    to_display: Any, left: float, bottom: float, right: float, top: float
) -> tuple[float, float, float, float]:
    ax, ay = to_display(left, bottom)
    bx, by = to_display(right, top)
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


_WORD = re.compile(r"[^\s\xa0\ufffe\ufeff]+")


def _words(raw: Any, textpage: Any, to_display: Any) -> list[Word]:
    """The words of a page with their boxes, font size, bold and italic.

    The page's text comes in one call and is split at white space (pdfium adds
    the spaces and line breaks a PDF only implies by position); each word's box is
    the rectangle pdfium computes for its characters, and its font is asked for
    once, at its first letter. A word whose characters lie on separate lines is
    split where its text jumps.
    """
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    text = textpage.get_text_range(0, count) if count > 0 else ""
    if len(text) != count:  # NOTE: characters outside the BMP: one call each
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, k)) for k in range(count))
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    fonts: dict[bytes, tuple[bool, bool]] = {}
    out: list[Word] = []
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group(0)
        rects = raw.FPDFText_CountRects(handle, start, len(word))
        if rects != 1:
            out.extend(_split_word(raw, handle, start, word, to_display, fonts))
            continue
        raw.FPDFText_GetRect(handle, 0, left, top, right, bottom)
        x0, y0, x1, y1 = _box(
            to_display, left.value, bottom.value, right.value, top.value
        )
        size = raw.FPDFText_GetFontSize(handle, start) or (y1 - y0)
        style = _style(raw, handle, start, word, fonts, name, flags)
        out.append(
            Word(word, x0, x1, y0, y1, size, style[0], style[1], (x1 - x0) / len(word))
        )
    return out


def _style(
    raw: Any,
    handle: Any,
    start: int,
    word: str,
    fonts: dict[bytes, tuple[bool, bool]],
    name: Any = None,
    flags: Any = None,
) -> tuple[bool, bool]:
    """(bold, italic) of a word, from the name of the font of its first letter."""
    letter = next((k for k, ch in enumerate(word) if ch.isalpha()), None)
    if letter is None:
        return False, False
    name = name if name is not None else ctypes.create_string_buffer(128)
    flags = flags if flags is not None else ctypes.c_int()
    raw.FPDFText_GetFontInfo(handle, start + letter, name, 128, flags)
    found = fonts.get(name.value)
    if found is None:
        lower = name.value.lower()
        found = fonts[name.value] = (
            b"bold" in lower or b"black" in lower or b"heavy" in lower,
            b"italic" in lower or b"oblique" in lower,
        )
    return found


def _split_word(
    raw: Any,
    handle: Any,
    start: int,
    word: str,
    to_display: Any,
    fonts: dict[bytes, tuple[bool, bool]],
) -> list[Word]:
    """A word laid out in pieces: character by character, split where it jumps."""
    rect = raw.FS_RECTF()
    pieces: list[Word] = []
    for k, ch in enumerate(word):
        if not raw.FPDFText_GetLooseCharBox(handle, start + k, rect):
            continue
        x0, y0, x1, y1 = _box(to_display, rect.left, rect.bottom, rect.right, rect.top)
        last = pieces[-1] if pieces else None
        if last is not None and not (x0 < last.x1 - 2 * last.size or y0 > last.bottom):
            last.text += ch
            last.x0, last.top = min(last.x0, x0), min(last.top, y0)
            last.x1, last.bottom = max(last.x1, x1), max(last.bottom, y1)
            continue
        size = raw.FPDFText_GetFontSize(handle, start + k) or (y1 - y0)
        bold, italic = _style(raw, handle, start + k, word[k:], fonts)
        pieces.append(Word(ch, x0, x1, y0, y1, size, bold, italic, x1 - x0))
    return pieces


def _segments(raw: Any, page: Any, to_display: Any) -> tuple[list[Segment], float]:
    segments: list[Segment] = []
    image_area = 0.0
    for obj in page.get_objects(max_depth=0):
        kind = obj.type
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            x0, top, x1, bottom = _box(to_display, *obj.get_bounds())
            image_area += (x1 - x0) * (bottom - top)
            continue
        if kind != raw.FPDF_PAGEOBJ_PATH:
            continue
        x0, top, x1, bottom = _box(to_display, *obj.get_bounds())
        w, h = x1 - x0, bottom - top
        if w <= SNAP and h > SNAP:
            segments.append(Segment(False, (x0 + x1) / 2, top, bottom))
        elif h <= SNAP and w > SNAP:
            segments.append(Segment(True, (top + bottom) / 2, x0, x1))
        elif w > SNAP and h > SNAP:
            segments.extend(_path_edges(raw, obj, to_display))
    return segments, image_area


def _path_edges(raw: Any, obj: Any, to_display: Any) -> list[Segment]:
    """The straight axis-parallel edges of a larger path (a box around cells)."""
    matrix = obj.get_matrix()
    a, b, c, d, e, f = (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)
    handle = obj.raw
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float, int, bool]] = []
    for k in range(min(raw.FPDFPath_CountSegments(handle), 2000)):
        seg = raw.FPDFPath_GetPathSegment(handle, k)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
        points.append(
            (
                *to_display(px, py),
                raw.FPDFPathSegment_GetType(seg),
                bool(raw.FPDFPathSegment_GetClose(seg)),
            )
        )
    edges: list[Segment] = []
    start: tuple[float, float] | None = None
    prev: tuple[float, float] | None = None
    for px, py, kind, closes in points:
        if kind == raw.FPDF_SEGMENT_MOVETO or prev is None:
            start = prev = (px, py)
            continue
        edges.extend(_edge(prev, (px, py)))
        prev = (px, py)
        if closes and start is not None:
            edges.extend(_edge(prev, start))
            prev = start
    return edges


def _edge(p: tuple[float, float], q: tuple[float, float]) -> list[Segment]:
    if abs(p[1] - q[1]) <= 0.5:
        return [Segment(True, (p[1] + q[1]) / 2, min(p[0], q[0]), max(p[0], q[0]))]
    if abs(p[0] - q[0]) <= 0.5:
        return [Segment(False, (p[0] + q[0]) / 2, min(p[1], q[1]), max(p[1], q[1]))]
    return []


def _number_lines(words: list[Word]) -> None:
    """Give each word the number of its text line on the page, from the top."""
    line = 0
    current = float("-inf")
    for word in sorted(words, key=lambda w: (w.top + w.bottom, w.x0)):
        middle = (word.top + word.bottom) / 2
        if line == 0 or middle - current > 0.5 * max(word.size, 1.0):
            line += 1
            current = middle
        word.line = line


def _line_tops(words: list[Word]) -> list[float]:
    tops: dict[int, float] = {}
    for word in words:
        tops[word.line] = min(tops.get(word.line, word.top), word.top)
    return [tops[k] for k in sorted(tops)]


def _prose_lines(words: list[Word]) -> list[_Line]:
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    lines: list[_Line] = []
    for number in sorted(by_line):
        group = by_line[number]
        styled = [w for w in group if any(ch.isalpha() for ch in w.text)]
        lines.append(
            _Line(
                text=line_text(group),
                line=number,
                top=min(w.top for w in group),
                bottom=max(w.bottom for w in group),
                size=max(w.size for w in group),
                bold=bool(styled) and all(w.bold for w in styled),
            )
        )
    return lines


# -------------------------------------------------------------------- across pages


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove page numbers and lines repeated at the top or bottom of most pages."""

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower()).strip()

    def marginal(page: _Page, line: _Line) -> bool:
        return (
            line.top < _MARGIN * page.height
            or line.bottom > (1 - _MARGIN) * page.height
        )

    seen: Counter[str] = Counter()
    for page in pages:
        keys = {
            key(item)
            for _, item in page.items
            if isinstance(item, _Line) and marginal(page, item)
        }
        seen.update(keys)
    running = {k for k, n in seen.items() if n >= 3 and n >= 0.4 * len(pages)}
    for page in pages:
        page.items = [
            (top, item)
            for top, item in page.items
            if not (
                isinstance(item, _Line)
                and marginal(page, item)
                and (key(item) in running or _PAGE_NUMBER.match(item.text))
            )
        ]


def _continues(table: list[Fragment], part: Fragment) -> bool:
    from lkjaudit.analysis.cells import is_header_like

    if not same_columns(table[0].xs, part.xs) or not part.rows:
        return False
    first = [piece.text for piece in part.rows[0]]
    heads = {signature([p.text for p in row]) for row in table[0].rows[:4]}
    if signature(first) in heads:
        return True
    return not is_header_like([make_cell(text) for text in first])


def _assemble(source: str, pages: list[_Page]) -> Report:
    items: list[Paragraph | list[Fragment]] = []
    previous: Paragraph | list[Fragment] | None = None
    last_line: _Line | None = None
    for page in pages:
        for index, (_, item) in enumerate(page.items):
            first_on_page = index == 0
            if isinstance(item, Fragment):
                if (
                    first_on_page
                    and isinstance(previous, list)
                    and _continues(previous, item)
                ):
                    previous.append(item)
                else:
                    previous = [item]
                    items.append(previous)
                last_line = None
                continue
            if (
                isinstance(previous, Paragraph)
                and last_line is not None
                and _same_paragraph(last_line, item, first_on_page)
            ):
                previous.text = f"{previous.text}\n{item.text}"
                if previous.page == page.number:
                    previous.line_end = item.line
            else:
                previous = Paragraph(
                    text=item.text,
                    line=item.line,
                    line_end=item.line,
                    page=page.number,
                    bold=item.bold,
                )
                items.append(previous)
            previous.bold = previous.bold and item.bold
            last_line = item
    return _report(source, items, len(pages))


def _same_paragraph(prev: _Line, line: _Line, new_page: bool) -> bool:
    if new_page:
        return not _SENTENCE_END.search(prev.text) and line.text[:1].islower()
    gap = line.top - prev.bottom
    return gap <= 0.6 * max(prev.size, line.size) and abs(prev.size - line.size) < 1.5


def _report(
    source: str, items: list[Paragraph | list[Fragment]], page_count: int
) -> Report:
    namer = TableNamer()
    paragraphs: list[Paragraph] = []
    tables = []
    last: Paragraph | None = None
    for item in items:
        if isinstance(item, Paragraph):
            paragraphs.append(item)
            last = item
            continue
        raw = join_table(item)
        if last is not None and (caption_number(last.text) or last.bold):
            raw.caption = last.text
            raw.caption_bold = last.bold
            raw.caption_line = last.line
        tables.append(namer.build(raw))
        last = None
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

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
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lkjaudit.errors import InputError
from lkjaudit.model.report import Paragraph, Report
from lkjaudit.readers.common import TableNamer, caption_number, continues
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
        textpage = page.get_textpage()
        try:
            angle = _text_angle(raw, textpage)
            frame = _Frame(page, angle)
            width, height = _reading_size(page, angle)
            words = _words(raw, textpage, frame)
        finally:
            textpage.close()
        segments, image_area = _segments(raw, page, frame)
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


def _text_angle(raw: Any, textpage: Any) -> int:
    """The direction most of the page's text runs in: 0, 90, 180 or 270 degrees.

    Degrees are clockwise, as pdfium measures them. A landscape table may be
    drawn upright on a landscape page, drawn turned on a portrait page, or drawn
    upright on a page turned by ``/Rotate``; the reader follows the text, not the
    page, so each reads left to right.
    """
    handle = textpage.raw
    votes: Counter[int] = Counter()
    count = raw.FPDFText_CountChars(handle)
    for k in range(0, count, max(1, count // 300)):
        radians = raw.FPDFText_GetCharAngle(handle, k)
        if radians >= 0:
            votes[round(math.degrees(radians) / 90) % 4 * 90] += 1
    return votes.most_common(1)[0][0] if votes else 0


def _reading_size(page: Any, angle: int) -> tuple[float, float]:
    x0, y0, x1, y1 = page.get_mediabox()
    if angle in (90, 270):
        return y1 - y0, x1 - x0
    return x1 - x0, y1 - y0


class _Frame:
    """Maps PDF user space to top-down reading coordinates for one page.

    ``box(left, bottom, right, top)`` gives (x0, top, x1, bottom) as read.
    """

    def __init__(self, page: Any, angle: int) -> None:
        x0, y0, x1, y1 = page.get_mediabox()
        self.point: Any
        self.box: Any
        if angle == 90:  # the text runs down the page
            self.point = lambda x, y: (y1 - y, x1 - x)
            self.box = lambda x, b, r, t: (y1 - t, x1 - r, y1 - b, x1 - x)
        elif angle == 180:
            self.point = lambda x, y: (x1 - x, y - y0)
            self.box = lambda x, b, r, t: (x1 - r, b - y0, x1 - x, t - y0)
        elif angle == 270:  # the text runs up the page
            self.point = lambda x, y: (y - y0, x - x0)
            self.box = lambda x, b, r, t: (b - y0, x - x0, t - y0, r - x0)
        else:
            self.point = lambda x, y: (x - x0, y1 - y)
            self.box = lambda x, b, r, t: (x - x0, y1 - t, r - x0, y1 - b)


_WORD = re.compile(r"[^\s\xa0\ufffe\ufeff]+")


def _words(raw: Any, textpage: Any, frame: _Frame) -> list[Word]:
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
            out.extend(_split_word(raw, handle, start, word, frame, fonts))
            continue
        raw.FPDFText_GetRect(handle, 0, left, top, right, bottom)
        x0, y0, x1, y1 = frame.box(left.value, bottom.value, right.value, top.value)
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
    letter = 0 if word[0].isalpha() else -1
    if letter < 0:
        letter = next((k for k, ch in enumerate(word) if ch.isalpha()), -1)
        if letter < 0:
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
    frame: _Frame,
    fonts: dict[bytes, tuple[bool, bool]],
) -> list[Word]:
    """A word laid out in pieces: character by character, split where it jumps."""
    rect = raw.FS_RECTF()
    pieces: list[Word] = []
    for k, ch in enumerate(word):
        if not raw.FPDFText_GetLooseCharBox(handle, start + k, rect):
            continue
        x0, y0, x1, y1 = frame.box(rect.left, rect.bottom, rect.right, rect.top)
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


def _segments(raw: Any, page: Any, frame: _Frame) -> tuple[list[Segment], float]:
    """The page's straight lines, and the area its images cover."""
    handle = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    segments: list[Segment] = []
    image_area = 0.0
    for k in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        x0, y0, x1, y1 = frame.box(left.value, bottom.value, right.value, top.value)
        w, h = x1 - x0, y1 - y0
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            image_area += w * h
        elif w <= SNAP < h:
            segments.append(Segment(False, (x0 + x1) / 2, y0, y1))
        elif h <= SNAP < w:
            segments.append(Segment(True, (y0 + y1) / 2, x0, x1))
        elif w > SNAP and h > SNAP:
            segments.extend(_path_edges(raw, obj, frame))
    return segments, image_area


def _path_edges(raw: Any, obj: Any, frame: _Frame) -> list[Segment]:
    """The straight axis-parallel edges of a larger path (a box around cells)."""
    matrix = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, matrix)
    a, b, c, d, e, f = matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float, int, bool]] = []
    for k in range(min(raw.FPDFPath_CountSegments(obj), 2000)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = frame.point(
            a * x.value + c * y.value + e, b * x.value + d * y.value + f
        )
        kind = raw.FPDFPathSegment_GetType(seg)
        points.append((px, py, kind, bool(raw.FPDFPathSegment_GetClose(seg))))
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
    """Paragraphs and tables in reading order, tables joined across pages.

    A table continues the one that ended the previous page when it starts the next
    page with the same columns, or when it follows a caption such as "Tabel 3.4
    (lanjutan)" that names the previous table's number again.
    """
    items: list[Paragraph | list[Fragment]] = []
    previous: Paragraph | list[Fragment] | None = None
    last_line: _Line | None = None
    numbers: dict[int, str | None] = {}  # id of a table's fragment list → its number
    last_table: list[Fragment] | None = None
    for page in pages:
        for index, (_, item) in enumerate(page.items):
            first_on_page = index == 0
            if isinstance(item, Fragment):
                carried = _carried_over(previous, last_table, numbers)
                if carried is not None and same_columns(carried[0].xs, item.xs):
                    carried.append(item)
                    previous = carried
                elif (
                    first_on_page
                    and isinstance(previous, list)
                    and _continues(previous, item)
                ):
                    previous.append(item)
                else:
                    caption = previous if isinstance(previous, Paragraph) else None
                    previous = last_table = [item]
                    numbers[id(previous)] = (
                        caption_number(caption.text) if caption is not None else None
                    )
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

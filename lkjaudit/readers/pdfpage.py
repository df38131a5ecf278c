"""One PDF page: its words, the lines drawn on it, and what they make.

:func:`read_page` asks pypdfium2 for a page's words (with boxes, font size, bold and
italic) and its straight lines; it turns the page into reading coordinates along the
direction of its text, finds the ruled tables (:mod:`lkjaudit.readers.pdfgrid`),
fills their cells (:mod:`lkjaudit.readers.pdftable`), finds the tables ruled only
across and those without any line, one line a row or wrapped, among the rest
(:mod:`lkjaudit.readers.pdfplain`), and numbers the text lines from the top of
the page. :mod:`lkjaudit.readers.pdf` joins the pages.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from lkjaudit.model.lazyre import lazy
from lkjaudit.readers.pdfgrid import SNAP, Segment, find_grids, rules_across
from lkjaudit.readers.pdfplain import plain_tables, ruled_tables, wrapped_tables
from lkjaudit.readers.pdftable import Fragment, Word, fragment, line_text

__all__ = ["Line", "Page", "prose_lines", "read_page"]


@dataclass
class Line:
    """A prose line: its text, where it is and how it is set."""

    text: str
    line: int
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Page:
    """A page's tables and prose lines, top to bottom, and whether it is a scan."""

    number: int
    height: float
    items: list[tuple[float, Line | Fragment]] = field(default_factory=list)
    chars: int = 0
    scanned: bool = False


def read_page(document: Any, index: int) -> Page:
    """Read page ``index`` (0-based) of an open pypdfium2 document."""
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
    result = Page(number=index + 1, height=height, chars=letters)
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
    across, prose = ruled_tables(
        prose, rules_across(segments, grids), result.number, height
    )
    result.items.extend(across)
    plain, prose = plain_tables(prose, result.number)
    result.items.extend(plain)
    wrapped, prose = wrapped_tables(prose, result.number, height)
    result.items.extend(wrapped)
    for line in prose_lines(prose):
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


# NOTE: pdfium writes a hyphen that ends a line as U+FFFE and runs the next line
# on; the hyphen is printed ("desa-" / "desa"), so it ends its word as "-"
_WORD = lazy(r"[^\s\xa0\ufffe\ufeff]+\ufffe?|\ufffe")
_HYPHEN = "\ufffe"


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
            pieces = _split_word(raw, handle, start, word, frame, fonts)
            for piece in pieces:
                piece.text = piece.text.replace(_HYPHEN, "-")
            out.extend(pieces)
            continue
        word = word.replace(_HYPHEN, "-")
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


def prose_lines(words: list[Word]) -> list[Line]:
    """The text lines of prose words, top to bottom."""
    by_line: dict[int, list[Word]] = {}
    for word in words:
        by_line.setdefault(word.line, []).append(word)
    lines: list[Line] = []
    for number in sorted(by_line):
        group = by_line[number]
        styled = [w for w in group if any(ch.isalpha() for ch in w.text)]
        lines.append(
            Line(
                text=line_text(group),
                line=number,
                top=min(w.top for w in group),
                bottom=max(w.bottom for w in group),
                size=max(w.size for w in group),
                bold=bool(styled) and all(w.bold for w in styled),
            )
        )
    return lines

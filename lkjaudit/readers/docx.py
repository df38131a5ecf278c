"""Reader for Word documents (DOCX), with python-docx.

The document body is read in order: paragraphs become prose, tables become raw
tables of cells. Like every reader it only cuts the file into cells;
:mod:`lkjaudit.analysis` finds headers, roles and the program tree.

* **Merged cells.** A cell spanning several grid columns (``gridSpan``) gives its text
  to the first grid column and empty cells to the others; a vertically merged cell
  (``vMerge``) keeps its text in its first row and is empty below. The analysis reads
  both the way it reads a text export: a header label over several columns, a
  continuation row inheriting the entity's label and budget.
* **Text.** A cell's paragraphs are joined with spaces; tracked deletions and the
  fallback copies of text boxes are skipped; text boxes become paragraphs of their
  own. Italic and bold runs (set on the run, its character style or the paragraph
  style) mark a cell italic or bold when all of its text is.
* **Captions.** The paragraph just above a table (or above a source line or note
  between the two) is its caption when it reads "Tabel …", is bold, or has the
  Caption style (:mod:`lkjaudit.readers.captions`).
* **Locations.** ``line`` is the *block number*: paragraphs and table rows counted
  from the top of the body, so findings sort in reading order and the prose can be
  found again. Every cell also gets ``ref`` ``T3:R2C4``: the third table of the
  document, its second row (header rows included) and fourth grid column.
* A table that is only a frame around other content (one row, one cell) is
  unwrapped: what it holds is read as if it were in the body.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from lkjaudit.errors import InputError, Message
from lkjaudit.model.report import Cell, Paragraph, Report
from lkjaudit.readers.archive import open_office_zip
from lkjaudit.readers.captions import caption_above, names_table
from lkjaudit.readers.common import (
    RawTable,
    TableNamer,
    caption_number,
    continues,
    damaged,
    same_columns,
    sections,
    settle,
    squash,
)
from lkjaudit.readers.limits import Limits
from lkjaudit.readers.text import make_cell

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, R, SDT, SDT_CONTENT = (
    _W + "p",
    _W + "tbl",
    _W + "tr",
    _W + "tc",
    _W + "r",
    _W + "sdt",
    _W + "sdtContent",
)
# containers whose runs are part of the paragraph's text
_INLINE = {
    _W + name
    for name in (
        "hyperlink",
        "ins",
        "smartTag",
        "sdt",
        "sdtContent",
        "fldSimple",
        "customXml",
        "moveTo",
        "bdo",
        "dir",
    )
}
_RUN_TEXT = {
    _W + "t": None,
    _W + "tab": "\t",
    _W + "ptab": "\t",
    _W + "noBreakHyphen": "-",
    _W + "cr": "\n",
}
_FALSE = {"0", "false", "off", "none"}

Element = Any  # an lxml element (python-docx's oxml classes are not typed)


def read_docx(source: str, data: bytes, limits: Limits) -> Report:
    """Read a DOCX file into a raw :class:`Report` (not yet analysed)."""
    open_office_zip(source, data, limits, "docx").close()
    try:
        import docx  # NOTE: imported here so that text reports never load it

        document = docx.Document(io.BytesIO(data))
        walker = _Walker(source, _Styles(document.styles.element), limits)
        walker.walk(document.element.body)
    except InputError:
        raise
    except Exception as exc:  # NOTE: whatever a broken document makes lxml/docx do
        raise damaged(source, "DOCX", exc) from None
    return walker.report()


def _on(element: Element | None) -> bool | None:
    """The value of a toggle property element such as ``<w:i/>``, or None."""
    if element is None:
        return None
    return element.get(_W + "val", "true").lower() not in _FALSE


class _Styles:
    """Bold and italic as set by paragraph and character styles (``basedOn``)."""

    def __init__(self, root: Element) -> None:
        self._own: dict[str, tuple[bool | None, bool | None, str | None, str]] = {}
        for style in root.iter(_W + "style"):
            sid = style.get(_W + "styleId")
            if not sid:
                continue
            rpr = style.find(_W + "rPr")
            bold = _on(rpr.find(_W + "b")) if rpr is not None else None
            italic = _on(rpr.find(_W + "i")) if rpr is not None else None
            based = style.find(_W + "basedOn")
            name = style.find(_W + "name")
            self._own[sid] = (
                bold,
                italic,
                based.get(_W + "val") if based is not None else None,
                (name.get(_W + "val") if name is not None else sid).lower(),
            )
        self._cache: dict[str, tuple[bool, bool]] = {}

    def flags(self, sid: str | None) -> tuple[bool, bool]:
        """(bold, italic) of a style, following ``basedOn``."""
        if not sid:
            return False, False
        cached = self._cache.get(sid)
        if cached is not None:
            return cached
        bold: bool | None = None
        italic: bool | None = None
        seen: set[str] = set()
        current: str | None = sid
        while current and current not in seen and current in self._own:
            seen.add(current)
            own_bold, own_italic, based, _ = self._own[current]
            bold = own_bold if bold is None else bold
            italic = own_italic if italic is None else italic
            current = based
        result = (bool(bold), bool(italic))
        self._cache[sid] = result
        return result

    def name(self, sid: str | None) -> str:
        """The style's display name in lower case ("caption", "heading 1")."""
        return self._own[sid][3] if sid and sid in self._own else ""


class _Text:
    """The text of a paragraph or cell and whether all of it is bold / italic."""

    __slots__ = ("bold", "boxes", "italic", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.bold = True
        self.italic = True
        self.boxes: list[Element] = []  # text-box paragraphs found inside runs

    def add(self, text: str, bold: bool, italic: bool) -> None:
        self.parts.append(text)
        if text.strip():
            self.bold = self.bold and bold
            self.italic = self.italic and italic

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Walker:
    """Walks the body in order, numbering blocks and collecting prose and tables."""

    def __init__(self, source: str, styles: _Styles, limits: Limits) -> None:
        self.source = source
        self.styles = styles
        self.limits = limits
        self.block = 0
        self.cells = 0
        self.tables = 0
        self.items: list[Paragraph | RawTable] = []
        self.last: RawTable | None = None  # the last table, which "lanjutan" continues
        self.styled: set[int] = set()  # ids of the paragraphs in the Caption style

    # ----------------------------------------------------------------- body order

    def walk(self, parent: Element) -> None:
        for child in _blocks(parent):
            if child.tag == P:
                self._paragraph(child)
            elif child.tag == TBL:
                self._table(child)

    def _paragraph(self, p: Element) -> None:
        self.block += 1
        text = self._runs(p)
        self._add_paragraph(p, text)
        for box in text.boxes:
            self.block += 1
            self._add_paragraph(box, self._runs(box))

    def _add_paragraph(self, p: Element, text: _Text) -> None:
        content = "\n".join(
            squash(line.replace("\t", " ")) for line in text.text.split("\n")
        ).strip()
        if not content:
            return
        style = self.styles.name(_style_id(p, "pPr", "pStyle"))
        paragraph = Paragraph(
            text=content, line=self.block, line_end=self.block, bold=text.bold
        )
        if style == "caption":
            self.styled.add(id(paragraph))
        self.items.append(paragraph)

    def _names(self, paragraph: Paragraph) -> bool:
        """A caption in Word: numbered, bold, a plain title or in the Caption style."""
        return (
            bool(caption_number(paragraph.text))
            or names_table(paragraph)
            or id(paragraph) in self.styled
        )

    def _table(self, tbl: Element) -> None:
        rows = list(_rows(tbl))
        if len(rows) == 1 and len(list(_cells(rows[0]))) == 1:
            # NOTE: a one-cell frame table: read what it holds as body content
            self.walk(next(_cells(rows[0])))
            return
        self.tables += 1
        raw = RawTable(rows=[], line_start=self.block + 1)
        # NOTE: the three items above and this table, not yet added
        tail = [*self.items[-3:], raw]
        before = (
            caption_number(self.last.caption or "") if self.last is not None else None
        )
        above, raw.note = caption_above(tail, len(tail) - 1, self._names, before)
        cut: list[list[Cell]] = []
        for r, tr in enumerate(rows, start=1):
            self.block += 1
            cut.append(self._row(tr, r))
        if (
            above is not None
            and self.last is not None
            and continues(above.text, caption_number(self.last.caption or ""))
            and same_columns(self.last, cut)
        ):
            # NOTE: "Tabel 3.4 (lanjutan)" over the same columns: the author split
            # one table by hand
            self.last.gaps.add(len(self.last.rows))
            self.last.rows.extend(cut)
            self.last.line_end = self.block
            return
        if above is not None and self._names(above):
            raw.caption = above.text
            raw.caption_named = names_table(above) or id(above) in self.styled
            raw.caption_line = above.line
        raw.rows = cut
        raw.line_end = self.block
        if any(raw.rows):
            self.items.append(raw)
            self.last = raw

    def _row(self, tr: Element, r: int) -> list[Cell]:
        cells: list[Cell] = []
        line = self.block
        before = _grid_count(tr, "gridBefore")
        for _ in range(before):
            cells.append(self._cell("", line, r, len(cells) + 1))
        for tc in _cells(tr):
            tcpr = tc.find(_W + "tcPr")
            span, continued = 1, False
            if tcpr is not None:
                grid = tcpr.find(_W + "gridSpan")
                if grid is not None:
                    span = max(1, min(int(grid.get(_W + "val", "1") or 1), 512))
                vmerge = tcpr.find(_W + "vMerge")
                continued = (
                    vmerge is not None
                    and vmerge.get(_W + "val", "continue") != "restart"
                )
            if continued:
                cells.append(self._cell("", line, r, len(cells) + 1))
            else:
                text = self._cell_text(tc)
                cells.append(
                    self._cell(
                        text.text, line, r, len(cells) + 1, text.italic, text.bold
                    )
                )
            for _ in range(span - 1):
                cells.append(self._cell("", line, r, len(cells) + 1))
        self.cells += len(cells)
        self.limits.check_cells(self.source, self.cells)
        return cells

    def _cell(
        self,
        raw: str,
        line: int,
        r: int,
        c: int,
        italic: bool = False,
        bold: bool = False,
    ) -> Cell:
        cell = make_cell(raw, line)
        update: dict[str, Any] = {"ref": f"T{self.tables}:R{r}C{c}"}
        if cell.text:
            update["italic"] = cell.italic or italic
            update["bold"] = cell.bold or bold
        return replace(cell, **update)

    def _cell_text(self, tc: Element) -> _Text:
        out = _Text()
        paragraphs: list[str] = []
        for child in _blocks(tc):
            if child.tag == P:
                text = self._runs(child)
                if text.text.strip():
                    paragraphs.append(squash(text.text))
                    out.bold = out.bold and text.bold
                    out.italic = out.italic and text.italic
            elif child.tag == TBL:  # a nested table: its text, row by row
                for tr in _rows(child):
                    for inner in _cells(tr):
                        nested = self._cell_text(inner)
                        if nested.text.strip():
                            paragraphs.append(nested.text)
                            out.bold = out.bold and nested.bold
                            out.italic = out.italic and nested.italic
        out.parts = [" ".join(paragraphs)]
        if not paragraphs:
            out.bold = out.italic = False
        return out

    # --------------------------------------------------------------------- runs

    def _runs(self, p: Element) -> _Text:
        out = _Text()
        p_bold, p_italic = self.styles.flags(_style_id(p, "pPr", "pStyle"))
        self._collect(p, out, p_bold, p_italic)
        if not out.text.strip():
            out.bold = out.italic = False
        return out

    def _collect(
        self, parent: Element, out: _Text, p_bold: bool, p_italic: bool
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == R:
                bold, italic = self._run_flags(child, p_bold, p_italic)
                out.add(_run_text(child, out.boxes), bold, italic)
            elif tag in _INLINE:
                self._collect(child, out, p_bold, p_italic)

    def _run_flags(self, r: Element, p_bold: bool, p_italic: bool) -> tuple[bool, bool]:
        rpr = r.find(_W + "rPr")
        if rpr is None:
            return p_bold, p_italic
        s_bold, s_italic = self.styles.flags(_style_id(r, "rPr", "rStyle"))
        bold = _on(rpr.find(_W + "b"))
        italic = _on(rpr.find(_W + "i"))
        return (
            bold if bold is not None else (s_bold or p_bold),
            italic if italic is not None else (s_italic or p_italic),
        )

    # ------------------------------------------------------------------- result

    def report(self) -> Report:
        if not self.items:
            raise InputError(self.source, Message("input.docx-no-text"))
        namer = TableNamer()
        paragraphs = [i for i in self.items if isinstance(i, Paragraph)]
        settle(self.items)
        tables = [
            namer.build(i) for i in sections(self.items) if isinstance(i, RawTable)
        ]
        title = next(
            (
                p.text.replace("\n", " ")
                for p in paragraphs[:6]
                if "laporan kinerja" in p.text.lower() or "lkj" in p.text.lower()
            ),
            None,
        )
        return Report(
            source=self.source,
            format="docx",
            title=title,
            paragraphs=paragraphs,
            tables=tables,
            line_count=self.block,
        )


def _style_id(element: Element, props: str, name: str) -> str | None:
    ppr = element.find(_W + props)
    if ppr is None:
        return None
    style = ppr.find(_W + name)
    return style.get(_W + "val") if style is not None else None


def _blocks(parent: Element) -> Iterator[Element]:
    """Paragraphs and tables of a body or cell, content controls opened."""
    for child in parent:
        tag = child.tag
        if tag in (P, TBL):
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)
        elif tag == _W + "customXml":
            yield from _blocks(child)


def _rows(tbl: Element) -> Iterator[Element]:
    for child in tbl:
        if child.tag == TR:
            yield child
        elif child.tag in (SDT, _W + "customXml"):
            inner = child.find(SDT_CONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _rows(inner)


def _cells(tr: Element) -> Iterator[Element]:
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag in (SDT, _W + "customXml"):
            inner = child.find(SDT_CONTENT) if child.tag == SDT else child
            if inner is not None:
                yield from _cells(inner)


def _grid_count(tr: Element, name: str) -> int:
    trpr = tr.find(_W + "trPr")
    if trpr is None:
        return 0
    grid = trpr.find(_W + name)
    if grid is None:
        return 0
    try:
        return max(0, min(int(grid.get(_W + "val", "0")), 512))
    except ValueError:
        return 0


def _run_text(r: Element, boxes: list[Element]) -> str:
    parts: list[str] = []
    for child in r:
        tag = child.tag
        if tag in _RUN_TEXT:
            fixed = _RUN_TEXT[tag]
            parts.append(child.text or "" if fixed is None else fixed)
        elif tag == _W + "br":
            if child.get(_W + "type") not in ("page", "column"):
                parts.append("\n")
        elif tag in (_W + "drawing", _W + "pict", _MC + "AlternateContent"):
            boxes.extend(_text_boxes(child))
    return "".join(parts)


def _text_boxes(element: Element) -> Iterator[Element]:
    """Paragraphs inside text boxes, skipping the duplicate ``mc:Fallback`` copy."""
    for child in element:
        if child.tag == _MC + "Fallback":
            continue
        if child.tag == _W + "txbxContent":
            yield from _blocks(child)
        else:
            yield from _text_boxes(child)

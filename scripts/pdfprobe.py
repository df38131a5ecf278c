"""The paragraph styles the PDF probe generators draw their reports with.

Imported by scripts/make_probe_*.py that draw with reportlab (run from the
repository root, so this module is found beside them). Each report sets its own
sizes; the faces and alignments are the same in all.
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle


class Styles(NamedTuple):
    body: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    caption: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle


def styles(
    *,
    body_leading: float,
    head_before: float,
    title_size: float,
    title_leading: float,
    cell_size: float,
    cell_leading: float,
) -> Styles:
    """Body, heading, title, caption, note and table-cell styles at these sizes."""
    cell = ParagraphStyle(
        "cell", fontName="Helvetica", fontSize=cell_size, leading=cell_leading
    )
    bold = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    return Styles(
        body=ParagraphStyle(
            "body",
            fontName="Helvetica",
            fontSize=10,
            leading=body_leading,
            alignment=TA_JUSTIFY,
        ),
        head=ParagraphStyle(
            "head",
            fontName="Helvetica-Bold",
            fontSize=11,
            leading=15,
            spaceBefore=head_before,
        ),
        title=ParagraphStyle(
            "title",
            fontName="Helvetica-Bold",
            fontSize=title_size,
            leading=title_leading,
            alignment=TA_CENTER,
        ),
        caption=ParagraphStyle(
            "caption",
            fontName="Helvetica-Bold",
            fontSize=9.5,
            leading=12,
            spaceBefore=4,
        ),
        note=ParagraphStyle(
            "note",
            fontName="Helvetica-Oblique",
            fontSize=8,
            leading=10,
            spaceBefore=2,
        ),
        cell=cell,
        cell_bold=bold,
        cell_head=ParagraphStyle("cellh", parent=bold, alignment=TA_CENTER),
    )

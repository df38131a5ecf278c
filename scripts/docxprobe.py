"""Helpers the probe generators share to lay out a Word table as its author would.

Imported by scripts/make_probe_*.py, which run from the repository root
(``python scripts/make_probe_<name>.py``) and so find this module beside them.
"""

from __future__ import annotations

from docx.table import Table


def header(
    table: Table, top: list[tuple[str, int, bool]], bottom: list[str | tuple[str, int]]
) -> None:
    """Two header rows: a top cell spans `width` columns, and both rows if `down`;
    a bottom cell spans one column, or `width` if given as (text, width)."""
    col = 0
    sub = iter(bottom)
    for text, width, down in top:
        cell = table.cell(0, col)
        if width > 1:
            cell = cell.merge(table.cell(0, col + width - 1))
        if down:
            cell = cell.merge(table.cell(1, col + width - 1))
        cell.text = text
        offset = 0
        while not down and offset < width:
            item = next(sub)
            label, span = item if isinstance(item, tuple) else (item, 1)
            below = table.cell(1, col + offset)
            if span > 1:
                below = below.merge(table.cell(1, col + offset + span - 1))
            below.text = label
            offset += span
        col += width

"""Tables drawn with no line whose cells wrap, over a page break: the rows that
open the next page, with or without the header printed again, go on with the
table. Before, those rows were prose (no header over them, or too few of them
to make a table), their figures unchecked. Drawn as in test_pdf_unruled_wrap."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfdraw import page_pdf
from test_pdf_unruled_wrap import (
    AFTER,
    LEAD,
    NAMES,
    PAD,
    PROSE_ABOVE,
    PROSE_TEXT,
    ROWS,
    TextLine,
    _body,
    _header,
)

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report, read_report

from conftest import compact

RUNNING = "Laporan Kinerja Dinas Kominfo Tahun 2024"


def _pdf(
    tmp_path: Path,
    first: list[TextLine],
    second: list[TextLine],
) -> str:
    """Two pages, a running header at the top of each."""
    head: TextLine = (815, [(50, RUNNING, "l")])
    return page_pdf(
        tmp_path / "pages.pdf", [([head, *first], []), ([head, *second], [])]
    )


def _table_over_pages(
    tmp_path: Path,
    rows: list[list[str]] = ROWS,
    split: int = 3,
    repeat: bool = False,
    cut: bool = False,
) -> str:
    """The table's first ``split`` rows on page 1, the rest on page 2 (its
    header printed again with ``repeat``; with ``cut``, the last row of page 1
    cut after its name's first two lines, its third opening page 2)."""
    body, _ = _body(740 - LEAD - PAD - LEAD, rows[:split], NAMES[:split])
    first = [*PROSE_ABOVE, *_header(740), *body]
    rest: list[TextLine] = []
    top = 780.0
    if cut:
        last = NAMES[split - 1][-1]
        first = [line for line in first if list(line[1]) != [(72, last, "l")]]
        rest = [(top, [(72, last, "l")])]
        top -= LEAD + PAD
    if repeat:
        rest += _header(top)
        top -= LEAD + PAD + LEAD
    more, y = _body(top, rows[split:], NAMES[split:])
    return _pdf(tmp_path, first, [*rest, *more, (y - 10, [(50, AFTER, "l")])])


def _read(path: str) -> tuple[list[list[str]], list[tuple[int | None, int | None]]]:
    (table,) = load_report(path).tables
    cells = [[c.text for c in row.cells] for row in table.rows]
    return cells, [(row.cells[1].page, row.cells[1].line) for row in table.rows]


def test_rows_opening_the_next_page_go_on_with_the_table(tmp_path: Path) -> None:
    # two rows on page 2, no header over them: too few, and headerless, to be
    # a table of their own
    cells, where = _read(_table_over_pages(tmp_path))
    assert cells == ROWS
    # page 2: the running header is its line 1
    assert where == [(1, 6), (1, 8), (1, 10), (2, 2), (2, 5)]
    report = load_report(_table_over_pages(tmp_path))
    assert [p.text for p in report.paragraphs] == [PROSE_TEXT, AFTER]


def test_the_header_printed_again_over_the_rows_of_the_next_page(
    tmp_path: Path,
) -> None:
    cells, where = _read(_table_over_pages(tmp_path, repeat=True))
    assert cells == ROWS
    assert where[3:] == [(2, 4), (2, 7)]


def test_a_row_cut_by_the_page_break_is_one_row(tmp_path: Path) -> None:
    # "Pengadaan Pakaian Dinas" / "beserta Atribut" on page 1 with its
    # figures, "Kelengkapannya" opening page 2
    cells, where = _read(_table_over_pages(tmp_path, split=4, cut=True))
    assert cells == ROWS
    assert where[3:] == [(1, 13), (2, 3)]


def test_a_wrong_sisa_on_the_next_page_is_found_there(tmp_path: Path) -> None:
    rows = [list(row) for row in ROWS]
    rows[4][5] = "2.815.000"  # 55.000.000 - 52.815.000 is 2.185.000
    report = load_report(_table_over_pages(tmp_path, rows))
    findings = compact(audit_report(report, AuditOptions(strict=True)))
    assert findings == [
        ["sisa-equals-anggaran-minus-realisasi"]
        + ["tabel-ke-1/row:5/col:sisa", 5, "2.185.000", "2.815.000"],
    ]
    assert [f.location.page for f in audit_report(report)] == [2]


def test_rows_opening_a_page_after_prose_stay_prose(tmp_path: Path) -> None:
    # page 1 ends in a paragraph, not in a table: the rows opening page 2 have
    # no table to go on with, and no header of their own
    more, y = _body(780, ROWS[3:], NAMES[3:])
    path = _pdf(tmp_path, list(PROSE_ABOVE), [*more, (y - 10, [(50, AFTER, "l")])])
    report = read_report(path)
    assert report.tables == []
    texts = [p.text for p in report.paragraphs]
    assert texts[0] == PROSE_TEXT
    assert "4 Pengadaan Pakaian Dinas 24.000.000 23.520.000 98,00 480.000" in texts[1]
    assert texts[-1] == AFTER


@pytest.mark.parametrize(
    ("above", "joined"),
    [("Tabel 3.4 (lanjutan)", True), ("Tabel 3.5 Realisasi Belanja Modal", False)],
)
def test_rows_under_a_continued_caption_go_on_with_its_table(
    tmp_path: Path, above: str, joined: bool
) -> None:
    # a caption over the rows on page 2, below its running header: the rows go
    # on with Tabel 3.4 under its "(lanjutan)", not under another table's
    caption = "Tabel 3.4 Realisasi Anggaran per Kegiatan"
    body, _ = _body(740 - LEAD - PAD - LEAD, ROWS[:3], NAMES[:3])
    first = [(760.0, [(50.0, caption, "l")]), *_header(740), *body]
    more, y = _body(770, ROWS[3:], NAMES[3:])
    second = [(790.0, [(50.0, above, "l")]), *more]
    second.append((y - 10, [(50, AFTER, "l")]))
    report = load_report(_pdf(tmp_path, first, second))
    (table,) = report.tables
    assert table.caption == caption
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == (ROWS if joined else ROWS[:3])
    texts = [p.text for p in report.paragraphs]
    assert any(t.startswith("4 Pengadaan Pakaian Dinas") for t in texts) != joined

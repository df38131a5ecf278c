"""The first row of a page a ruled table goes on to: data, the header again, or the
header of another table. The PDFs are drawn here with pdfium (tests/pdfdraw.py)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pdfdraw import XS, ruled_page, text

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report

CAPTION = "Tabel 3.1 Capaian Kinerja Sasaran Strategis"
HEADER = ("Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)")

# the rows of the first page: the header, then two rows of figures
FIRST = [
    HEADER,
    ("Meningkatnya kualitas pelayanan", "Layanan tepat waktu", "90%", "81%", "90,00"),
    ("", "Pengaduan tertangani", "20", "18", "90,00"),
]
# the rows that end the table on the second page; the last capaian is wrong
# (90% of 100% is 90,00), so a finding tells which table and row it is in
LAST = [
    ("Meningkatnya tata kelola", "Dokumen tepat waktu", "100%", "90%", "95,00"),
]


def _report(tmp_path: Path, top: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Tabel 3.1 over two pages; the second opens with ``top``, then ``LAST``."""
    pdf = pdfium.PdfDocument.new()
    ruled_page(pdf, FIRST, 760)
    # the caption above the table on the first page, drawn after the grid
    first = pdf[0]
    text(pdf, first, XS[0], 775, CAPTION)
    pdfium.raw.FPDFPage_GenerateContent(first.raw)
    ruled_page(pdf, [top, *LAST], 800)
    target = tmp_path / "page-top.pdf"
    pdf.save(str(target))
    return load_report(str(target))


def _findings(
    report,
) -> list[tuple[str, str | None, int | None, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return sorted(
        (
            f.rule_id,
            f.location.table,
            f.location.row,
            f.location.column,
            f.expected,
            f.actual,
        )
        for f in audit_report(report, AuditOptions(strict=True))
    )


WRONG = ("capaian-equals-realisasi-over-target", "Tabel 3.1")


def test_a_page_opening_with_a_row_of_words_goes_on_with_the_table(
    tmp_path: Path,
) -> None:
    # a qualitative indicator (a grade, no figure) opens the page: a row of the
    # table, though it reads like a header (words only, "Nilai" among them)
    row = ("Meningkatnya akuntabilitas kinerja", "Nilai SAKIP", "BB", "BB", "Tercapai")
    report = _report(tmp_path, row)
    (table,) = report.tables
    assert [[c.text for c in r.cells] for r in table.rows][-2:] == [
        list(row),
        list(LAST[0]),
    ]
    assert _findings(report) == [(*WRONG, 4, "capaian", "90,00", "95,00")]


def test_a_page_opening_with_a_group_heading_goes_on_with_the_table(
    tmp_path: Path,
) -> None:
    row = ("PROGRAM PENUNJANG", "", "", "", "")
    report = _report(tmp_path, row)
    (table,) = report.tables
    assert table.rows[-2].cells[0].text == row[0]
    assert _findings(report) == [(*WRONG, 4, "capaian", "90,00", "95,00")]


@pytest.mark.parametrize(
    "top",
    [
        HEADER,  # printed again as it was
        ("Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian"),
    ],
    ids=["same", "retyped"],
)
def test_a_page_opening_with_the_header_again_drops_it(
    tmp_path: Path, top: tuple[str, ...]
) -> None:
    report = _report(tmp_path, top)
    (table,) = report.tables
    assert [[c.text for c in r] for r in table.header] == [list(HEADER)]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        list(row) for row in (*FIRST[1:], *LAST)
    ]
    assert _findings(report) == [(*WRONG, 3, "capaian", "90,00", "95,00")]


@pytest.mark.parametrize(
    "top",
    [
        ("Program", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"),
        # some of the columns named as before, not all: still another header
        ("No", "Indikator Kinerja", "Target", "Realisasi", "Sisa (Rp)"),
    ],
    ids=["afresh", "partly"],
)
def test_a_page_opening_with_another_header_starts_another_table(
    tmp_path: Path, top: tuple[str, ...]
) -> None:
    # the same columns, with a header of its own and no caption: another table
    report = _report(tmp_path, top)
    assert [len(t.rows) for t in report.tables] == [2, 1]
    assert report.tables[0].label == "Tabel 3.1"
    assert [[c.text for c in r] for r in report.tables[1].header] == [list(top)]

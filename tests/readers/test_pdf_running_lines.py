"""Running headers of a PDF of two pages: a line a page template draws at the top
of both pages is dropped, so a table over the page break stays one table. The
PDFs are drawn here with pdfium (tests/pdfdraw.py)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from pdfdraw import ruled_page

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report

HEADER = ("Sasaran", "Indikator", "Target", "Realisasi", "Capaian (%)")
FIRST = [
    HEADER,
    ("Meningkatnya kualitas pelayanan", "Layanan tepat waktu", "90%", "81%", "90,00"),
    ("", "Pengaduan tertangani", "20", "18", "90,00"),
]
# the second page: the header repeated, then a row whose capaian is wrong (90,00)
SECOND = [
    HEADER,
    ("Meningkatnya tata kelola", "Dokumen tepat waktu", "100%", "90%", "95,00"),
]
RUNNING = "LKjIP Dinas Contoh Tahun 2024"


def _report(
    tmp_path: Path, first: list[tuple[float, str]], second: list[tuple[float, str]]
):  # type: ignore[no-untyped-def]
    """A table over two pages, ``first`` and ``second`` the lines above it."""
    pdf = pdfium.PdfDocument.new()
    ruled_page(pdf, FIRST, 740, first)
    ruled_page(pdf, SECOND, 740, second)
    target = tmp_path / "two-pages.pdf"
    pdf.save(str(target))
    return load_report(str(target))


def _wrong(report) -> list[tuple[str, str | None, int | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (f.rule_id, f.location.ref, f.location.page, f.expected)
        for f in audit_report(report, AuditOptions(strict=True))
        if f.severity == "error"
    ]


def test_a_running_header_on_both_pages_keeps_the_table_whole(
    tmp_path: Path,
) -> None:
    caption = (760.0, "Tabel 3.1 Capaian Kinerja Sasaran")
    report = _report(tmp_path, [(815.0, RUNNING), caption], [(815.0, RUNNING)])
    assert [p.text for p in report.paragraphs] == [caption[1]]
    (table,) = report.tables
    assert [[c.text for c in r.cells][1] for r in table.rows] == [
        "Layanan tepat waktu",
        "Pengaduan tertangani",
        "Dokumen tepat waktu",
    ]
    assert _wrong(report) == [
        ("capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:capaian", 2)
        + ("90,00",)
    ]


def test_a_running_footer_with_the_page_number_is_dropped_too(
    tmp_path: Path,
) -> None:
    caption = (760.0, "Tabel 3.1 Capaian Kinerja Sasaran")
    first = [caption, (30.0, f"{RUNNING} | hlm. 1")]
    report = _report(tmp_path, first, [(30.0, f"{RUNNING} | hlm. 2")])
    assert [p.text for p in report.paragraphs] == [caption[1]]
    assert len(report.tables) == 1


def test_captions_at_the_top_of_both_pages_are_kept(tmp_path: Path) -> None:
    # at one height, and alike but for their numbers: two captions, two tables
    first = [(815.0, "Tabel 3.1 Capaian Kinerja Sasaran")]
    second = [(815.0, "Tabel 3.2 Capaian Kinerja Sasaran")]
    report = _report(tmp_path, first, second)
    assert [t.caption for t in report.tables] == [first[0][1], second[0][1]]


def test_a_line_on_both_pages_at_two_heights_is_kept(tmp_path: Path) -> None:
    # not drawn by a page template: prose that happens to open both pages
    line = "Capaian kinerja sasaran disajikan pada tabel berikut."
    report = _report(tmp_path, [(815.0, line)], [(800.0, line)])
    assert [p.text for p in report.paragraphs] == [line, line]
    assert len(report.tables) == 2

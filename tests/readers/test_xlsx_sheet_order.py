"""A workbook reads its sheets in order: the PK on its sheet, the report on another.

Every sheet numbers its rows from 1, so the row alone says nothing about what comes
first. The Perjanjian Kinerja on a sheet of its own is found, its signature is the
PK's (not the report's), and what it covers ends with its sheet; findings still
point at the sheet and row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.finding import Finding
from lkjaudit.prose.dates import report_period
from lkjaudit.prose.outline import in_pk, pk_present
from lkjaudit.prose.position import paragraph_at, table_at
from lkjaudit.readers import read_report

from conftest import compact

RULES = (
    "signature-after-period",
    "event-within-period",
    "required-chapters-present",
)

PK_SHEET = [
    ["PERJANJIAN KINERJA TAHUN 2025 KECAMATAN CONTOH"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
    [1, "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "85"],
    [2, "Meningkatnya partisipasi warga", "Persentase usulan terakomodir", "60%"],
    [],
    ["Contoh, 6 Januari 2025"],
    ["CAMAT CONTOH"],
]


def _narasi(signed: str = "Contoh, 14 Oktober 2025") -> list[list[object]]:
    return [
        ["LAPORAN KINERJA KECAMATAN CONTOH TRIWULAN III TAHUN 2025"],
        ["BAB I PENDAHULUAN"],
        ["Kecamatan Contoh dipimpin oleh Camat."],
        ["BAB II PERENCANAAN KINERJA"],
        ["Perencanaan kinerja mengacu pada Rencana Strategis."],
        ["BAB III AKUNTABILITAS KINERJA"],
        ["Pengukuran kinerja dilakukan terhadap sasaran strategis."],
        ["BAB IV PENUTUP"],
        ["Demikian laporan ini disusun."],
        [signed],
        ["CAMAT CONTOH"],
    ]


def _workbook(tmp_path: Path, sheets: list[tuple[str, list[list[object]]]]) -> str:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r, values in enumerate(rows, start=1):
            for k, value in enumerate(values, start=1):
                ws.cell(row=r, column=k, value=value)
    path = tmp_path / "laporan.xlsx"
    wb.save(str(path))
    return str(path)


def _findings(path: str) -> list[Finding]:
    return audit_report(
        read_report(path), AuditOptions(select=RULES, lang="en", strict=True)
    )


def test_the_sheets_are_read_in_the_workbook_s_order(tmp_path: Path) -> None:
    report = read_report(
        _workbook(tmp_path, [("PK 2025", PK_SHEET), ("Narasi", _narasi())])
    )
    sheets = [p.sheet for p in report.paragraphs]
    assert sheets == sorted(sheets) and set(sheets) == {1, 2}
    places = [paragraph_at(report, p) for p in report.paragraphs]
    # NOTE: the Narasi's row 1 comes after the PK's row 8, not before it
    assert places == sorted(places) and len(set(places)) == len(places)
    (table,) = report.tables
    assert (table.sheet, table.line_start) == (1, 3)
    last_pk = max(paragraph_at(report, p) for p in report.paragraphs if p.sheet == 1)
    assert table_at(report, table) < last_pk < places[sheets.index(2)]
    signature = next(p for p in report.paragraphs if p.text.startswith("Contoh, 6"))
    assert in_pk(report, paragraph_at(report, signature))
    assert (signature.ref, signature.line) == ("'PK 2025'!A7", 7)


def test_a_pk_on_the_first_sheet_is_the_pk(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [("PK 2025", PK_SHEET), ("Narasi", _narasi())])
    # NOTE: neither its signature (6 Januari) nor the PK counted missing
    assert compact(_findings(path)) == []


def test_a_pk_on_the_last_sheet_is_the_pk(tmp_path: Path) -> None:
    path = _workbook(tmp_path, [("Narasi", _narasi()), ("PK 2025", PK_SHEET)])
    assert compact(_findings(path)) == []


def test_the_report_s_own_early_signature_is_still_found(tmp_path: Path) -> None:
    sheets = [("PK 2025", PK_SHEET), ("Narasi", _narasi("Contoh, 30 Juli 2025"))]
    found = _findings(_workbook(tmp_path, sheets))
    assert compact(found) == [
        [
            "signature-after-period",
            "text/signature:1",
            10,
            "≥ 30 September 2025",
            "30 Juli 2025",
        ]
    ]
    assert found[0].location.cell == "Narasi!A10"


def test_the_pk_ends_with_its_sheet(tmp_path: Path) -> None:
    kegiatan = [["Sosialisasi pelayanan publik dilaksanakan pada 5 Mei 2025."]]
    sheets = [("PK 2025", PK_SHEET), ("Kegiatan", kegiatan), ("Narasi", _narasi())]
    found = _findings(_workbook(tmp_path, sheets))
    # NOTE: a May event in a TW III report, on the sheet after the PK's: no part
    # of the PK, whose dates are left alone
    assert compact(found) == [
        [
            "event-within-period",
            "text/paragraph:4/sentence:1",
            1,
            "1 Juli 2025 – 30 September 2025",
            "5 Mei 2025",
        ]
    ]
    assert found[0].location.cell == "Kegiatan!A1"


def test_a_sheet_named_pk_holds_the_pk(tmp_path: Path) -> None:
    untitled = PK_SHEET[2:5]  # the table alone, under the sheet's name
    path = _workbook(tmp_path, [("Narasi", _narasi()), ("PK 2025", untitled)])
    assert pk_present(read_report(path))
    assert compact(_findings(path)) == []


def test_a_mention_of_the_pk_is_no_pk(tmp_path: Path) -> None:
    narasi = _narasi()
    narasi[4] = ["Perjanjian Kinerja Tahun 2025 telah disepakati oleh Camat."]
    data = [["No", "Indikator Kinerja", "Target"], [1, "Indeks Kepuasan", "85"]]
    path = _workbook(tmp_path, [("Narasi", narasi), ("Capaian", data)])
    assert compact(_findings(path)) == [
        [
            "required-chapters-present",
            "document/lampiran:perjanjian-kinerja",
            None,
            "LAMPIRAN PERJANJIAN KINERJA",
            None,
        ]
    ]


def _long_pk() -> list[list[object]]:
    """The PK sheet with its agreement written out, a paragraph per clause."""
    clauses = [
        [f"Pihak pertama berjanji mewujudkan target kinerja butir {k} lampiran ini."]
        for k in range(1, 13)
    ]
    return PK_SHEET[:1] + clauses + PK_SHEET[1:]


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        ("Contoh, 14 Oktober 2025", []),
        (
            "Contoh, 30 Juli 2025",
            [
                [
                    "signature-after-period",
                    "text/signature:1",
                    10,
                    "≥ 30 September 2025",
                    "30 Juli 2025",
                ]
            ],
        ),
    ],
)
def test_the_period_is_read_from_the_cover_not_from_the_pk_sheet(
    tmp_path: Path, signed: str, expected: list[list[object]]
) -> None:
    # NOTE: the PK's title states its year ("TAHUN 2025"); the cover on the next
    # sheet, past the PK's twelve clauses, states the quarter
    path = _workbook(tmp_path, [("PK 2025", _long_pk()), ("Narasi", _narasi(signed))])
    period = report_period(read_report(path))
    assert period is not None and period.label == "Triwulan III 2025"
    assert compact(_findings(path)) == expected

"""Columns headed by bare years, read with what the caption says they hold.

``No | Indikator | Satuan | 2023 | 2024 | Keterangan`` under ``Perbandingan
Realisasi Kinerja Tahun 2023 dan Tahun 2024`` holds the realisasi of each year:
the report year's column is the table's realisasi (a copy of the capaian
table's), the other year's is last year's realisasi (as ``Realisasi 2023`` is).
A caption that names nothing the years hold (``Perbandingan Kinerja 2023 dan
2024``: realisasi or capaian?) or two things (``Target dan Realisasi``) leaves the
columns without a role: nothing of them is judged.
"""

from __future__ import annotations

import pytest

from lkjaudit.analysis.columns import other_years
from lkjaudit.model.report import ColumnRole as R

from conftest import compact, findings_for, report_from

SAME = "figure-same-in-every-table"

_REPORT = """# LAPORAN KINERJA DINAS SOSIAL KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Tahun 2024

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase PMKS yang memperoleh bantuan sosial | % | 85,00 | 87,40 | 102,82 |
| 2 | Persentase keluarga miskin yang datanya dimutakhirkan | % | 90,00 | 93,75 | 104,17 |
| 3 | Indeks Kepuasan Masyarakat | indeks | 82,00 | 84,10 | 102,56 |

{caption}

{header}
| 1 | Persentase PMKS yang memperoleh bantuan sosial | % | 83,15 | 87,40 | Meningkat |
| 2 | Persentase keluarga miskin yang datanya dimutakhirkan | % | 88,30 | {dtks} | Meningkat |
| 3 | Indeks Kepuasan Masyarakat | indeks | 81,45 | 84,10 | Meningkat |
"""
_BARE = """| No | Indikator Kinerja | Satuan | 2023 | 2024 | Keterangan |
|---|---|---|---|---|---|"""
_GROUPED = """| No | Indikator Kinerja | Satuan | Realisasi | | Keterangan |
| | | | 2023 | 2024 | |
|---|---|---|---|---|---|"""
REALISASI = "Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2023 dan Tahun 2024"
LINE = 18  # the DTKS row of the comparison (a line later under two header rows)


def _text(caption: str, dtks: str = "93,75", header: str = _BARE) -> str:
    text = _REPORT.format(caption=caption, header=header, dtks=dtks)
    assert "dimutakhirkan" in text.splitlines()[LINE - 1 + header.count("\n") - 1]
    return text


def _found(caption: str, dtks: str = "93,75", header: str = _BARE) -> list:
    text = _text(caption, dtks, header)
    return compact(findings_for(text, select=(SAME,), source="laporan.md"))


@pytest.mark.parametrize(
    "caption",
    [
        REALISASI,
        "Tabel 3.2 Realisasi Capaian Kinerja 2023–2024",
        "Tabel 3.2 Realisasi Kinerja Dinas Sosial Tahun 2023 dan 2024",
    ],
)
def test_a_caption_naming_realisasi_makes_the_years_realisasi(caption: str) -> None:
    found = _found(caption, dtks="93,57")
    at = "tabel-3.2/row:2/col:realisasi"
    assert found == [[SAME, at, LINE, "93,75%", "93,57%"]]


def test_a_group_naming_realisasi_over_the_years_is_read_alike() -> None:
    found = _found("Tabel 3.2 Perbandingan Kinerja", dtks="93,57", header=_GROUPED)
    at = "tabel-3.2/row:2/col:realisasi"
    assert found == [[SAME, at, LINE + 1, "93,75%", "93,57%"]]


def test_the_right_figures_under_a_realisasi_caption_are_no_finding() -> None:
    assert _found(REALISASI) == []


def test_the_years_take_the_role_and_last_years_role() -> None:
    report = report_from(_text(REALISASI), source="laporan.md")
    table = next(t for t in report.tables if t.id == "tabel-3.2")
    roles = {c.header: (c.role, c.key) for c in table.columns if c.header[:2] == "20"}
    assert roles == {"2023": (R.OTHER, "c4"), "2024": (R.REALISASI, "realisasi")}
    last = other_years(table)
    assert {y: {r: c.header for r, c in cols.items()} for y, cols in last.items()} == {
        "2023": {R.REALISASI: "2023"}
    }


@pytest.mark.parametrize(
    "caption",
    [
        # realisasi or capaian: nothing says
        "Tabel 3.2 Perbandingan Kinerja 2023 dan 2024",
        "Tabel 3.2 Capaian Kinerja Tahun 2023 dan 2024",
        # two things the years may hold
        "Tabel 3.2 Target dan Realisasi Kinerja 2023 dan 2024",
        "Tabel 3.2 Realisasi Kinerja 2023 dan 2024 terhadap Target Renstra",
    ],
)
def test_a_caption_not_saying_what_the_years_hold_gives_them_no_role(
    caption: str,
) -> None:
    assert _found(caption, dtks="93,57") == []
    report = report_from(_text(caption), source="laporan.md")
    table = next(t for t in report.tables if t.id == "tabel-3.2")
    assert [c.role for c in table.columns if c.header[:2] == "20"] == [R.OTHER] * 2


def test_a_realisasi_caption_over_a_table_with_roles_of_its_own_changes_nothing() -> (
    None
):
    header = """| No | Indikator Kinerja | Satuan | 2023 | Realisasi | Keterangan |
|---|---|---|---|---|---|"""
    text = _text(REALISASI, header=header)
    table = next(
        t for t in report_from(text, source="laporan.md").tables if t.id == "tabel-3.2"
    )
    assert [(c.header, c.role) for c in table.columns[3:5]] == [
        ("2023", R.OTHER),
        ("Realisasi", R.REALISASI),
    ]

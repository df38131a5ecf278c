"""A sasaran heading right under a Markdown header, and a row of averages under the
last indicator: both are body rows of their own (found by the Dinas Sosial probe,
tests/probes/dinsos-karangjati-2024.md)."""

from __future__ import annotations

import pytest

from lkjaudit.model.report import ColumnRole, RowKind

from conftest import findings_for, report_from

HEADER = (
    "| No | Sasaran / Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |\n"
    "|---|---|---|---|---|---|\n"
)


def _table(first: str, last: str = "") -> str:
    return (
        "**Tabel 3.1 Capaian Indikator Kinerja Utama**\n\n"
        + HEADER
        + first
        + "| 1 | Persentase PMKS yang memperoleh bantuan sosial | % | 85,00 | 87,40 | 102,82 |\n"
        + "| 2 | Persentase penyandang disabilitas terlantar yang terlayani | % | 80,00 | 76,25 | 93,51 |\n"
        + last
    )


@pytest.mark.parametrize("marker", ["A", "I", "II."])
def test_a_sasaran_heading_under_the_header_is_a_body_row(marker: str) -> None:
    # its title holds a header word ("jumlah"), yet a header row does not number
    # itself: the header stays one row and the No column stays the No column
    heading = f"| {marker} | Menurunnya jumlah Penyandang Masalah Kesejahteraan Sosial | | | | |\n"
    table = report_from(_table(heading), "t.md").tables[0]
    assert [c.role for c in table.columns][:2] == [
        ColumnRole.NO,
        ColumnRole.INDIKATOR,
    ]
    assert [r.cells[0].text for r in table.rows] == [marker, "1", "2"]
    found = findings_for(_table(heading), source="t.md")
    assert [(f.rule_id, f.location.ref, f.expected, f.actual) for f in found] == [
        (
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:3/col:capaian",
            "95,31",
            "93,51",
        )
    ]


def test_a_second_header_row_is_still_read_as_header() -> None:
    # the control: a header row under the first, its No cell empty, stays header
    text = (
        "**Tabel 3.1 Capaian**\n\n"
        "| No | Indikator Kinerja | Tahun 2024 | | |\n|---|---|---|---|---|\n"
        "| | | Target | Realisasi | Capaian (%) |\n"
        "| 1 | Persentase PMKS yang memperoleh bantuan sosial | 85,00 | 87,40 | 102,82 |\n"
    )
    table = report_from(text, "t.md").tables[0]
    assert [c.role for c in table.columns][2:] == [
        ColumnRole.TARGET,
        ColumnRole.REALISASI,
        ColumnRole.CAPAIAN,
    ]
    assert len(table.rows) == 1


@pytest.mark.parametrize("label", ["Rata-rata Capaian", "Rata-rata", "Rerata capaian"])
def test_a_row_of_averages_continues_no_indicator(label: str) -> None:
    last = f"| | {label} | | | | 98,17 |\n"
    table = report_from(_table("", last), "t.md").tables[0]
    average = table.rows[-1]
    assert average.kind == RowKind.DATA
    assert average.entity is None
    assert average.inherited == []


def test_a_row_without_label_still_continues_the_row_above() -> None:
    # the control: a second line of an indicator, its No left empty, continues it
    last = "| | Persentase lansia terlantar yang terlayani | % | 70,00 | 72,10 | 103,00 |\n"
    table = report_from(_table("", last), "t.md").tables[0]
    assert table.rows[-1].kind == RowKind.CONTINUATION


@pytest.mark.parametrize(
    "indicator",
    ["Rata-rata waktu tunggu pelayanan", "Rata-rata lama sekolah"],
)
def test_an_indicator_that_measures_an_average_still_continues_its_sasaran(
    indicator: str,
) -> None:
    # an indicator named "Rata-rata …" in a row whose No is left empty is the
    # sasaran's next indicator, not a row of averages
    last = f"| | {indicator} | menit | 60 | 52 | 113,33 |\n"
    table = report_from(_table("", last), "t.md").tables[0]
    assert table.rows[-1].kind == RowKind.CONTINUATION

"""efisiensi-follows-table-formula and rows of averages.

A row of averages (``Rata-rata``, ``Rata-rata Efisiensi``) may print the mean
of the rows' efisiensi, and is not judged. An indicator that measures an
average (``Rata-rata lama sekolah``) is a row like any other: once, every row
whose label opened with *rata-rata* was skipped, so a wrong efisiensi there was
never reported. The rule and ``average-row-equals-mean-of-rows`` now tell a row
of averages alike (:func:`lkjaudit.analysis.rows.is_average_row`).
"""

from __future__ import annotations

import pytest

from lkjaudit.analysis.rows import is_average_row

from conftest import compact, findings_for, report_from

RULE = "efisiensi-follows-table-formula"
_SEKOLAH = "Rata-rata lama sekolah"
_NAMES = (
    "Angka partisipasi murni SD",
    "Persentase sekolah terakreditasi A",
    _SEKOLAH,
    "Persentase guru bersertifikat pendidik",
)


def _report(efisiensi: str, average: str = "", numbered: bool = False) -> str:
    """An efficiency table of capaian − serapan; its third indicator is the
    *Rata-rata lama sekolah* (capaian 98,00, serapan 90,00: efisiensi 8,00),
    with ``efisiensi`` printed there; ``average`` adds a row of averages with
    that label, numbered 5 when ``numbered``."""
    rows = [
        ("96,00", "90,00", "6,00"),
        ("100,00", "80,00", "20,00"),
        ("98,00", "90,00", efisiensi),
        ("95,00", "85,00", "10,00"),
    ]
    lines = [
        "# LAPORAN KINERJA DINAS PENDIDIKAN CONTOH TAHUN 2024",
        "",
        "Tabel 4.2 Efisiensi Penggunaan Sumber Daya",
        "",
        "| No | Indikator Kinerja | Capaian Kinerja (%) | Serapan Anggaran (%)"
        " | Efisiensi (%) |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {k} | {name} | {c} | {s} | {e} |"
        for k, (name, (c, s, e)) in enumerate(zip(_NAMES, rows, strict=True), 1)
    ]
    if average:
        # NOTE: 12,50 is no formula of its own means (97,25 − 86,25 = 11,00):
        # were the row judged, it would be reported
        lines.append(
            f"| {'5' if numbered else ''} | {average} | 97,25 | 86,25 | 12,50 |"
        )
    return "\n".join(lines) + "\n"


def _found(text: str) -> list[list[object]]:
    return compact(findings_for(text, select=(RULE,), source="t.md"))


def test_an_indicator_that_measures_an_average_is_judged() -> None:
    # 98,00 − 90,00 = 8,00, the formula the other three rows follow: 18,00 is
    # reported (once, the row was skipped as a row of averages)
    assert _found(_report("18,00")) == [
        [RULE, "tabel-4.2/row:3/col:efisiensi", 9, "8,00", "18,00"]
    ]


def test_an_indicator_that_measures_an_average_printed_right_is_not_reported() -> None:
    assert _found(_report("8,00")) == []


@pytest.mark.parametrize(
    "label",
    [
        "Rata-rata",
        "Rata-rata Efisiensi",
        "Rerata (%)",
        "Rata-rata Capaian dan Serapan",
        "Rerata per Sasaran",
        "Average",
    ],
)
def test_a_row_of_averages_is_still_not_judged(label: str) -> None:
    # 97,25 − 86,25 = 11,00, not its 12,50: a row of averages is left alone,
    # while the indicator's wrong 18,00 above it is still reported
    assert _found(_report("8,00", label)) == []
    assert _found(_report("18,00", label)) == [
        [RULE, "tabel-4.2/row:3/col:efisiensi", 9, "8,00", "18,00"]
    ]


def test_a_numbered_row_of_averages_is_not_judged() -> None:
    # "5 | Rata-rata": its number is not its label
    assert _found(_report("8,00", "Rata-rata", numbered=True)) == []


def test_the_rows_a_table_marks_as_averages() -> None:
    report = report_from(_report("8,00", "Rata-rata", numbered=True), "t.md")
    (table,) = report.tables
    assert [is_average_row(row) for row in table.rows] == [
        False,
        False,
        False,
        False,
        True,
    ]

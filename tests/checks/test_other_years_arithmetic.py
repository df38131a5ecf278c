"""Every year's own columns are recomputed, not only the report's year's.

A table that prints two years side by side (``Anggaran | Realisasi | Sisa | %``
over ``2024 | 2025``, or flat ``Anggaran 2024 | Realisasi 2024 | % 2024 |
Anggaran 2025 | …``) gives the report's year the table's roles, so last year's
figures are never compared with this year's copies elsewhere. Last year's %,
sisa and capaian are still recomputed, each from last year's own columns, and
the findings name last year's column. A % or sisa right for the rows a wrong
JUMLAH (or parent) adds up is not blamed beside that total, and a JUMLAH right
for a row's own anggaran − realisasi is not blamed beside that row's sisa.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_grouped_year_headers import _write

from lkjaudit.analysis import analyze
from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.model.report import ColumnRole as R
from lkjaudit.readers import load_report
from lkjaudit.readers.text import read_text

PERSEN = "persen-anggaran-equals-realisasi-over-anggaran"
SISA = "sisa-equals-anggaran-minus-realisasi"
CAPAIAN = "capaian-equals-realisasi-over-target"
COLUMN_SUM = "total-row-equals-column-sum"
PARENT_SUM = "parent-equals-sum-of-children"

FORMATS = ("md", "txt", "docx", "xlsx")
TITLE = "LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2025"

_A = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
_B = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
_CAPTION = "Tabel 3.5 Realisasi Anggaran per Program"


def _found(path: str) -> list[list[object]]:
    """Each finding as rule, place, the column's header, expected and printed."""
    return [
        [f.rule_id, f.location.ref, f.location.header, f.expected, f.actual]
        for f in audit_report(load_report(path), AuditOptions(strict=True))
    ]


def _messages(path: str) -> list[str]:
    report = load_report(path)
    return [f.message for f in audit_report(report, AuditOptions(strict=True))]


# -- flat: Anggaran 2024 | Realisasi 2024 | % 2024 | Anggaran 2025 | … ---------


def _flat(
    pct_2024: str = "92,86", total_2024: str = "1.650.000.000"
) -> list[list[str]]:
    head = [
        f"{g} {y}" for y in ("2024", "2025") for g in ("Anggaran", "Realisasi", "%")
    ]
    return [
        ["No", "Program", *head],
        ["1", _A, "1.400.000.000", "1.300.000.000", pct_2024]
        + ["1.500.000.000", "1.350.000.000", "90,00"],
        ["2", _B, "250.000.000", "240.000.000", "96,00"]
        + ["300.000.000", "270.000.000", "90,00"],
        ["", "JUMLAH", total_2024, "1.540.000.000", "93,33"]
        + ["1.800.000.000", "1.620.000.000", "90,00"],
    ]


def _flat_report(fmt: str, tmp_path: Path, **kwargs: str) -> str:
    return _write(fmt, tmp_path, [(_CAPTION, _flat(**kwargs))], TITLE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_years_that_add_up_give_no_finding(fmt: str, tmp_path: Path) -> None:
    assert _found(_flat_report(fmt, tmp_path)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_percentage_is_recomputed(fmt: str, tmp_path: Path) -> None:
    # 1.300.000.000 / 1.400.000.000 = 92,86 %: before, last year's % was not
    # judged at all once the report's year held the table's roles
    path = _flat_report(fmt, tmp_path, pct_2024="92,00")
    assert _found(path) == [
        [PERSEN, "tabel-3.5/row:1/col:c5", "% 2024", "92,86", "92,00"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_wrong_jumlah_is_reported_alone(fmt: str, tmp_path: Path) -> None:
    # the JUMLAH's 93,33 % is right for the 1.650.000.000 its rows add up to:
    # the JUMLAH is wrong, not its percentage (1.540 / 1.660 = 92,77)
    path = _flat_report(fmt, tmp_path, total_2024="1.660.000.000")
    assert _found(path) == [
        [COLUMN_SUM, "tabel-3.5/row:3/col:c3", "Anggaran 2024"]
        + ["1.650.000.000", "1.660.000.000"],
    ]


# -- a row of years: Anggaran | Realisasi | Sisa | % over 2024 | 2025 ----------


def _grouped(
    sisa_2024: str = "10.000.000",
    total_2024: str = "1.650.000.000",
    sisa_total_2024: str = "110.000.000",
) -> list[list[str]]:
    return [
        ["No", "Program", "Anggaran", "", "Realisasi", "", "Sisa", "", "%", ""],
        ["", "", *(["2024", "2025"] * 4)],
        ["1", _A, "1.400.000.000", "1.500.000.000", "1.300.000.000"]
        + ["1.350.000.000", "100.000.000", "150.000.000", "92,86", "90,00"],
        ["2", _B, "250.000.000", "300.000.000", "240.000.000", "270.000.000"]
        + [sisa_2024, "30.000.000", "96,00", "90,00"],
        ["", "JUMLAH", total_2024, "1.800.000.000", "1.540.000.000"]
        + ["1.620.000.000", sisa_total_2024, "180.000.000", "93,33", "90,00"],
    ]


def _grouped_report(fmt: str, tmp_path: Path, **kwargs: str) -> str:
    return _write(fmt, tmp_path, [(_CAPTION, _grouped(**kwargs))], TITLE)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_row_of_years_that_adds_up_gives_no_finding(fmt: str, tmp_path: Path) -> None:
    (table,) = load_report(_grouped_report(fmt, tmp_path)).tables
    assert [c.role for c in table.columns[2:]] == [
        R.OTHER,
        R.ANGGARAN,
        R.OTHER,
        R.REALISASI_ANGGARAN,
        R.OTHER,
        R.SISA,
        R.OTHER,
        R.PERSEN_ANGGARAN,
    ]
    assert _found(_grouped_report(fmt, tmp_path)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_sisa_is_recomputed(fmt: str, tmp_path: Path) -> None:
    # 250.000.000 − 240.000.000 = 10.000.000; the JUMLAH's 110.000.000 is right
    # for the rows' own figures, so it is not reported beside the row
    path = _grouped_report(fmt, tmp_path, sisa_2024="20.000.000")
    assert _found(path) == [
        [SISA, "tabel-3.5/row:2/col:c7", "Sisa › 2024", "10.000.000", "20.000.000"],
    ]
    assert _messages(path) == [
        "Sisa 20.000.000, seharusnya 10.000.000 (250.000.000 − 240.000.000)"
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_jumlah_is_named_by_its_group(fmt: str, tmp_path: Path) -> None:
    # its % (93,33) and sisa (110.000.000) are right for the rows' 1.650.000.000
    path = _grouped_report(fmt, tmp_path, total_2024="1.660.000.000")
    assert _found(path) == [
        [COLUMN_SUM, "tabel-3.5/row:3/col:c3", "Anggaran › 2024"]
        + ["1.650.000.000", "1.660.000.000"],
    ]
    (message,) = _messages(path)
    assert message.startswith("Baris jumlah, kolom Anggaran 2024: tertulis")


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_wrong_sisa_total_is_reported_once(fmt: str, tmp_path: Path) -> None:
    # wrong by its rows (110.000.000) and by its own row (1.650 − 1.540 million):
    # reported once, by its row, as the year's own sisa JUMLAH is
    path = _grouped_report(fmt, tmp_path, sisa_total_2024="120.000.000")
    assert _found(path) == [
        [SISA, "tabel-3.5/row:3/col:c7", "Sisa › 2024", "110.000.000", "120.000.000"],
    ]


# -- target, realisasi and capaian of two years -------------------------------

_INDICATOR = "Persentase desa dengan administrasi tertib"


def _performance(capaian_2024: str = "92,86") -> list[list[str]]:
    head = [f"{g} {y}" for y in ("2024", "2025") for g in ("Target", "Realisasi")]
    return [
        ["No", "Indikator Kinerja", *head[:2], "Capaian 2024", *head[2:]]
        + ["Capaian 2025"],
        ["1", _INDICATOR, "70", "65", capaian_2024, "80", "76", "95,00"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_capaian_is_recomputed(fmt: str, tmp_path: Path) -> None:
    caption = "Tabel 3.1 Capaian Indikator Kinerja"
    right = _write(fmt, tmp_path, [(caption, _performance())], TITLE)
    assert _found(right) == []
    wrong = _write(fmt, tmp_path, [(caption, _performance("90,00"))], TITLE)
    assert _found(wrong) == [
        [CAPAIAN, "tabel-3.1/row:1/col:c5", "Capaian 2024", "92,86", "90,00"],
    ]
    assert _messages(wrong) == [
        "Capaian 90,00, seharusnya 92,86 (Realisasi 2024 / Target 2024 = 65 / 70)"
    ]


# -- a capaian and a budget % for each year ------------------------------------


def _both(pct_2024: str = "92,86") -> list[list[str]]:
    groups = ("Target", "Realisasi", "Capaian", "Anggaran", "Realisasi Anggaran", "%")
    return [
        ["No", "Program"] + [f"{g} {y}" for y in ("2024", "2025") for g in groups],
        ["1", _A, "70", "65", "92,86", "1.400.000.000", "1.300.000.000", pct_2024]
        + ["80", "76", "95,00", "1.500.000.000", "1.350.000.000", "90,00"],
    ]


def test_each_years_capaian_and_budget_percent_are_its_own() -> None:
    # before, Capaian 2024 kept the capaian role beside Capaian 2025 and was
    # judged against 2025's 76 / 80 ("Capaian 92,86, seharusnya 95,00")
    text = "\n".join(
        [TITLE, "", "Tabel 3.10 Realisasi", ""] + ["\t".join(r) for r in _both()]
    )
    report = analyze(read_text("t.txt", text, "text"))
    (table,) = report.tables
    assert [c.role for c in table.columns[2:]] == [R.OTHER] * 6 + [
        R.TARGET,
        R.REALISASI,
        R.CAPAIAN,
        R.ANGGARAN,
        R.REALISASI_ANGGARAN,
        R.PERSEN_ANGGARAN,
    ]
    assert audit_report(report, AuditOptions(strict=True)) == []
    text = text.replace("\t1.300.000.000\t92,86\t", "\t1.300.000.000\t92,00\t")
    report = analyze(read_text("t.txt", text, "text"))
    assert [
        [f.rule_id, f.location.ref, f.expected, f.actual]
        for f in audit_report(report, AuditOptions(strict=True))
    ] == [[PERSEN, "tabel-3.10/row:1/col:c8", "92,86", "92,00"]]


# -- a program tree of two years -----------------------------------------------


def _tree(
    program_2024: str = "1.000.000.000", pct_2024: str = "90,00"
) -> list[list[str]]:
    head = [
        f"{g} {y}" for y in ("2024", "2025") for g in ("Anggaran", "Realisasi", "%")
    ]
    return [
        ["No", "Program/Kegiatan", *head],
        ["1", _A, program_2024, "900.000.000", pct_2024]
        + ["1.200.000.000", "1.080.000.000", "90,00"],
        [
            "1.1",
            "Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "400.000.000",
            "360.000.000",
            "90,00",
        ]
        + ["500.000.000", "450.000.000", "90,00"],
        ["1.2", "Kegiatan Administrasi Keuangan Perangkat Daerah", "600.000.000"]
        + ["540.000.000", "90,00", "700.000.000", "630.000.000", "90,00"],
    ]


@pytest.mark.parametrize("fmt", ("md", "txt"))
def test_last_years_program_tree_is_checked(fmt: str, tmp_path: Path) -> None:
    caption = "Tabel 3.16 Realisasi Anggaran"
    assert _found(_write(fmt, tmp_path, [(caption, _tree())], TITLE)) == []
    wrong_pct = _write(fmt, tmp_path, [(caption, _tree(pct_2024="91,00"))], TITLE)
    assert _found(wrong_pct) == [
        [PERSEN, "tabel-3.16/row:1/col:c5", "% 2024", "90,00", "91,00"],
    ]
    # the program's 90,00 % is right for its kegiatan's 1.000.000.000
    wrong_budget = _write(fmt, tmp_path, [(caption, _tree("1.100.000.000"))], TITLE)
    assert _found(wrong_budget) == [
        [PARENT_SUM, "tabel-3.16/row:1/col:c3", "Anggaran 2024"]
        + ["1.000.000.000", "1.100.000.000"],
    ]


# -- must not fire: years told only by a note ----------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_years_dated_only_by_a_note_give_no_finding(fmt: str, tmp_path: Path) -> None:
    rows = [
        ["No", "Program", "Anggaran", "Realisasi", "%", "Anggaran", "Realisasi", "%"],
        *(row for row in _flat()[1:]),
    ]
    note = "Keterangan: kolom 3 sampai 5 tahun 2024, kolom 6 sampai 8 tahun 2025."
    path = _write(fmt, tmp_path, [(_CAPTION, rows)], TITLE, note)
    assert _found(path) == []


# -- Target | Realisasi | Capaian (%) over 2024 | 2025: a lower-is-better row --


def _yearly_capaian(poverty_2024: str = "90,00") -> list[list[str]]:
    return [
        ["No", "Indikator Kinerja", "Target", "", "Realisasi", "", "Capaian (%)", ""],
        ["", "", "2024", "2025", "2024", "2025", "2024", "2025"],
        ["1", "Angka kemiskinan", "10", "9", "11", "9", poverty_2024, "100,00"],
        ["2", _INDICATOR, "70", "80", "65", "76", "92,86", "95,00"],
    ]


@pytest.mark.parametrize("fmt", ("md", "txt"))
def test_last_years_lower_is_better_capaian(fmt: str, tmp_path: Path) -> None:
    caption = "Tabel 3.1 Capaian Indikator Kinerja"
    # poverty 11 against a target of 10: 2 − 11 / 10 = 90,00 %, as printed
    right = _write(fmt, tmp_path, [(caption, _yearly_capaian())], TITLE)
    assert _found(right) == []
    wrong = _write(fmt, tmp_path, [(caption, _yearly_capaian("80,00"))], TITLE)
    assert _found(wrong) == [
        [CAPAIAN, "tabel-3.1/row:1/col:c7", "Capaian (%) › 2024", "90,00", "80,00"],
    ]

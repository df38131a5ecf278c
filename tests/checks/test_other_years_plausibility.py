"""Last year's spending, efisiensi, formulas and roll-ups: by last year's own columns.

A table that prints two years side by side gives the report's year the table's
roles; last year's figures are still judged among themselves: spending above
last year's budget, last year's efisiensi by the formula last year's rows
follow, a formula the column-number row states for one of last year's
columns, and last year's program performance as an average of last year's
kegiatan. Never one year's figure against the other year's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_grouped_year_headers import _write

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.readers import load_report

SPENDING = "spending-within-budget"
PERSEN = "persen-anggaran-equals-realisasi-over-anggaran"
SISA = "sisa-equals-anggaran-minus-realisasi"
EFISIENSI = "efisiensi-follows-table-formula"
FORMULA = "stated-formula-holds"
ROLLUP = "rollup-reproducible"

FORMATS = ("md", "txt", "docx", "xlsx")
TITLE = "LAPORAN KINERJA KECAMATAN WATUGEDE TAHUN 2025"

_A = "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
_B = "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
_C = "Program Pemberdayaan Masyarakat Desa dan Kelurahan"
_BUDGET = "Tabel 3.5 Realisasi Anggaran per Program"


def _found(path: str, lang: str = "id") -> list[list[object]]:
    """Each finding as rule, place, the column's header, expected, printed, message."""
    report = load_report(path)
    return [
        [f.rule_id, f.location.ref, f.location.header, f.expected, f.actual, f.message]
        for f in audit_report(report, AuditOptions(strict=True, lang=lang))
    ]


# -- spending above last year's own budget -------------------------------------


def _budget(
    spent_2024: str = "1.300.000.000",
    pct_2024: str = "92,86",
    total_spent_2024: str = "1.540.000.000",
    total_pct_2024: str = "93,33",
) -> list[list[str]]:
    head = [
        f"{g} {y}" for y in ("2024", "2025") for g in ("Anggaran", "Realisasi", "%")
    ]
    return [
        ["No", "Program", *head],
        ["1", _A, "1.400.000.000", spent_2024, pct_2024]
        + ["1.500.000.000", "1.350.000.000", "90,00"],
        ["2", _B, "250.000.000", "240.000.000", "96,00"]
        + ["300.000.000", "270.000.000", "90,00"],
        ["", "JUMLAH", "1.650.000.000", total_spent_2024, total_pct_2024]
        + ["1.800.000.000", "1.620.000.000", "90,00"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_spending_within_its_budget_gives_no_finding(
    fmt: str, tmp_path: Path
) -> None:
    assert _found(_write(fmt, tmp_path, [(_BUDGET, _budget())], TITLE)) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_spending_above_its_budget_is_reported(
    fmt: str, tmp_path: Path
) -> None:
    # 1.500.000.000 spent of 1.400.000.000 in 2024, its % (107,14) and its
    # JUMLAH (1.740.000.000, 105,45 %) agreeing: before, last year's spending
    # was never held to last year's budget
    rows = _budget("1.500.000.000", "107,14", "1.740.000.000", "105,45")
    path = _write(fmt, tmp_path, [(_BUDGET, rows)], TITLE)
    assert _found(path) == [
        [
            SPENDING,
            "tabel-3.5/row:1/col:c4",
            "Realisasi 2024",
            "≤ 1.400.000.000",
            "1.500.000.000",
            "Realisasi anggaran 1.500.000.000 melebihi pagu (≤ 1.400.000.000): "
            "107,14% (Realisasi 2024 / Anggaran 2024) dari anggaran",
        ],
        [
            SPENDING,
            "tabel-3.5/row:3/col:c4",
            "Realisasi 2024",
            "≤ 1.650.000.000",
            "1.740.000.000",
            "Realisasi anggaran 1.740.000.000 melebihi pagu (≤ 1.650.000.000): "
            "105,45% (Realisasi 2024 / Anggaran 2024) dari anggaran",
        ],
    ]
    assert [f[5] for f in _found(path, "en")] == [
        "Realised spending 1.500.000.000 exceeds the budget (≤ 1.400.000.000): "
        "107,14% (Realisasi 2024 / Anggaran 2024) of it",
        "Realised spending 1.740.000.000 exceeds the budget (≤ 1.650.000.000): "
        "105,45% (Realisasi 2024 / Anggaran 2024) of it",
    ]


def test_last_years_spending_its_own_percentage_disputes_is_left_to_that_rule(
    tmp_path: Path,
) -> None:
    # the row's own % says 1.300.000.000 (92,86 %): which of the two is wrong is
    # not known, and the % rule reports the row; its JUMLAH still overspends
    rows = _budget("1.500.000.000", "92,86", "1.740.000.000", "105,45")
    path = _write("md", tmp_path, [(_BUDGET, rows)], TITLE)
    assert [f[:5] for f in _found(path)] == [
        [PERSEN, "tabel-3.5/row:1/col:c5", "% 2024", "107,14", "92,86"],
        [SPENDING, "tabel-3.5/row:3/col:c4", "Realisasi 2024"]
        + ["≤ 1.650.000.000", "1.740.000.000"],
    ]


def test_last_years_spending_is_never_held_to_this_years_budget(
    tmp_path: Path,
) -> None:
    # 2024 spent 1.450.000.000 of its 1.500.000.000; this year's budget is
    # 1.400.000.000: no year overspends
    head = [f"{g} {y}" for y in ("2024", "2025") for g in ("Anggaran", "Realisasi")]
    rows = [
        ["No", "Program", *head],
        ["1", _A, "1.500.000.000", "1.450.000.000", "1.400.000.000"]
        + ["1.300.000.000"],
        ["2", _B, "250.000.000", "240.000.000", "300.000.000", "270.000.000"],
    ]
    path = _write("md", tmp_path, [(_BUDGET, rows)], TITLE)
    assert _found(path) == []


def _grouped(sisa_2024: str) -> list[list[str]]:
    return [
        ["No", "Program", "Anggaran", "", "Realisasi", "", "Sisa", "", "%", ""],
        ["", "", *(["2024", "2025"] * 4)],
        ["1", _A, "1.400.000.000", "1.500.000.000", "1.500.000.000"]
        + ["1.350.000.000", sisa_2024, "150.000.000", "107,14", "90,00"],
        ["2", _B, "250.000.000", "300.000.000", "240.000.000", "270.000.000"]
        + ["10.000.000", "30.000.000", "96,00", "90,00"],
    ]


@pytest.mark.parametrize("fmt", ("md", "txt"))
def test_last_years_overspending_its_sisa_and_percent_agree_with(
    fmt: str, tmp_path: Path
) -> None:
    path = _write(fmt, tmp_path, [(_BUDGET, _grouped("-100.000.000"))], TITLE)
    assert [f[:5] for f in _found(path)] == [
        [SPENDING, "tabel-3.5/row:1/col:c5", "Realisasi › 2024"]
        + ["≤ 1.400.000.000", "1.500.000.000"],
    ]
    # a sisa that says 1.300.000.000 was spent disputes it: the sisa rule
    # reports the row, and which figure is wrong is not known
    path = _write(fmt, tmp_path, [(_BUDGET, _grouped("100.000.000"))], TITLE)
    assert [f[:5] for f in _found(path)] == [
        [SISA, "tabel-3.5/row:1/col:c7", "Sisa › 2024"]
        + ["-100.000.000", "100.000.000"],
    ]


def test_last_years_budget_of_dashes_only_is_skipped(tmp_path: Path) -> None:
    # no budget printed for 2024: nothing to hold its spending to
    rows = _budget("1.500.000.000", "-", "1.740.000.000", "-")
    for row in rows[1:]:
        row[2] = "-"
    path = _write("md", tmp_path, [(_BUDGET, rows)], TITLE)
    assert _found(path) == []


# -- last year's efisiensi by last year's own rows -----------------------------

_GROUPS = ("Capaian", "Serapan Anggaran", "Efisiensi")


def _efficiency(last_efisiensi: str = "7,00") -> list[list[str]]:
    # each year's efisiensi is its capaian − its % (selisih); 2024's third row
    # (87 − 80 = 7) is not this year's 95 − 90 = 5
    return [
        ["No", "Program"] + [f"{g} {y}" for y in ("2024", "2025") for g in _GROUPS],
        ["1", _A, "95,00", "90,00", "5,00", "96,00", "91,00", "5,00"],
        ["2", _B, "90,00", "90,00", "0,00", "92,00", "92,00", "0,00"],
        ["3", _C, "87,00", "80,00", last_efisiensi, "95,00", "90,00", "5,00"],
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_efisiensi_follows_its_own_rows(fmt: str, tmp_path: Path) -> None:
    # before, Efisiensi 2024 was the table's efisiensi and judged by 2025's
    # capaian and %: 7,00 was "expected 5,00"
    caption = "Tabel 3.10 Efisiensi Penggunaan Anggaran"
    path = _write(fmt, tmp_path, [(caption, _efficiency())], TITLE)
    assert _found(path) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_last_years_wrong_efisiensi_is_reported(fmt: str, tmp_path: Path) -> None:
    caption = "Tabel 3.10 Efisiensi Penggunaan Anggaran"
    path = _write(fmt, tmp_path, [(caption, _efficiency("9,00"))], TITLE)
    assert _found(path) == [
        [
            EFISIENSI,
            "tabel-3.10/row:3/col:c5",
            "Efisiensi 2024",
            "7,00",
            "9,00",
            "Efisiensi 9,00, seharusnya 7,00 (capaian kinerja − serapan anggaran: "
            "Capaian 2024 87,00 dan Serapan Anggaran 2024 80,00, rumus yang diikuti "
            "2 baris lain tabel ini)",
        ],
    ]


def test_last_years_efisiensi_of_dashes_only_is_skipped(tmp_path: Path) -> None:
    rows = _efficiency("-")
    rows[1][4] = rows[2][4] = "-"
    caption = "Tabel 3.10 Efisiensi Penggunaan Anggaran"
    path = _write("md", tmp_path, [(caption, rows)], TITLE)
    assert _found(path) == []


def test_this_years_wrong_efisiensi_beside_last_years(tmp_path: Path) -> None:
    rows = _efficiency()
    rows[3][-1] = "8,00"
    caption = "Tabel 3.10 Efisiensi Penggunaan Anggaran"
    path = _write("md", tmp_path, [(caption, rows)], TITLE)
    assert _found(path) == [
        [
            EFISIENSI,
            "tabel-3.10/row:3/col:efisiensi",
            "Efisiensi 2025",
            "5,00",
            "8,00",
            "Efisiensi 8,00, seharusnya 5,00 (capaian kinerja − serapan anggaran: "
            "95,00 dan 90,00, rumus yang diikuti 2 baris lain tabel ini)",
        ],
    ]


# -- a formula the column-number row states for last year's column ------------


def _numbered(pct_2024: str = "92,86") -> list[list[str]]:
    rows = _budget(pct_2024=pct_2024)
    return [rows[0], ["1", "2", "3", "4", "5=4/3", "6", "7", "8=7/6"], *rows[1:]]


@pytest.mark.parametrize("fmt", ("md", "txt"))
def test_last_years_stated_formula_holds(fmt: str, tmp_path: Path) -> None:
    right = _write(fmt, tmp_path, [(_BUDGET, _numbered())], TITLE)
    assert _found(right) == []
    wrong = _write(fmt, tmp_path, [(_BUDGET, _numbered("93,00"))], TITLE)
    assert _found(wrong) == [
        [
            FORMULA,
            "tabel-3.5/row:1/col:c5",
            "% 2024",
            "92,86",
            "93,00",
            "Kolom (5) = (4) / (3): tertulis 93,00, seharusnya 92,86 "
            "((3) 1.400.000.000, (4) 1.300.000.000)",
        ],
    ]


# -- last year's program performance, averaged from last year's kegiatan -----

_TREE = "Tabel III.2 Kinerja Program, Kegiatan dan Sub Kegiatan"


def _tree(program_2024: str = "50 %", program_2025: str = "75 %") -> list[list[str]]:
    head = [f"{g} {y}" for y in ("2024", "2025") for g in ("Target", "Realisasi")]
    return [
        ["Program/Kegiatan/Sub Kegiatan", "Indikator", *head],
        [
            "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
            "Persentase pemenuhan kebutuhan operasional kantor",
            "100 %",
            program_2024,
            "100 %",
            program_2025,
        ],
        ["Administrasi Umum Perangkat Daerah"]
        + ["Persentase pemenuhan administrasi umum", "100 %", "50 %", "100 %", "75 %"],
        ["Penyediaan Bahan Logistik Kantor", "Jumlah paket bahan logistik kantor"]
        + ["4 paket", "2 paket", "4 paket", "3 paket"],
        ["Penyediaan Barang Cetakan dan Penggandaan", "Jumlah paket barang cetakan"]
        + ["2 paket", "1 paket", "2 paket", "1,5 paket"],
    ]


@pytest.mark.parametrize("fmt", ("md", "txt"))
def test_last_years_program_averages_its_own_kegiatan(fmt: str, tmp_path: Path) -> None:
    # 2024: the kegiatan's 50 % is the program's; 2025: 75 %
    assert _found(_write(fmt, tmp_path, [(_TREE, _tree())], TITLE)) == []


@pytest.mark.parametrize("fmt", ("md", "txt"))
def test_last_years_program_no_average_gives_is_reported(
    fmt: str, tmp_path: Path
) -> None:
    # before, last year's program was never averaged from last year's kegiatan
    path = _write(fmt, tmp_path, [(_TREE, _tree("60 %"))], TITLE)
    assert _found(path) == [
        [
            ROLLUP,
            "tabel-III.2/row:1/col:c4",
            "Realisasi 2024",
            "50%",
            "60 %",
            "Capaian 60 % tidak dihasilkan cara rata-rata mana pun dari 1 "
            "rinciannya: Realisasi 2024 / Target 2024: rata-rata 50%; rata-rata "
            'tanpa baris "-" 50%; rata-rata dengan capaian paling tinggi 100% 50%',
        ],
    ]


def test_this_years_program_beside_last_years_right_one(tmp_path: Path) -> None:
    path = _write("md", tmp_path, [(_TREE, _tree(program_2025="80 %"))], TITLE)
    assert [f[:5] for f in _found(path)] == [
        [ROLLUP, "tabel-III.2/row:1/col:realisasi", "Realisasi 2025", "75%", "80 %"],
    ]

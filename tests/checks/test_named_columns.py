"""A finding names a column as the table prints it, the year's and another year's alike.

``Realisasi 2025 / Target 2025`` beside last year's ``Realisasi 2024 / Target
2024`` (before, the year's read ``realisasi / target``), in Indonesian and in
English; a column under a group that names its year (``Tahun 2024``, the fiscal
year ``Tahun Anggaran 2024``) is named with it.
"""

from __future__ import annotations

import pytest

from conftest import findings_for

CAPAIAN = "capaian-equals-realisasi-over-target"
BLANK = "computed-column-filled-in"

_HEAD = "LAPORAN KINERJA DINAS CONTOH TAHUN 2025\n\n"
_CAPAIAN_CAPTION = "Tabel 3.1 Capaian Indikator Kinerja Tahun 2025\n\n"
_ROWS = (
    "1\tPersentase desa mandiri\t80\t72\t{old}\t80\t76\t{new}\n"
    "2\tIndeks kepuasan masyarakat\t80\t80\t100,00\t85\t85\t100,00\n"
)
# the years in each header
DATED = (
    _HEAD
    + _CAPAIAN_CAPTION
    + "No\tIndikator Kinerja\tTarget 2024\tRealisasi 2024\tCapaian 2024 (%)"
    "\tTarget 2025\tRealisasi 2025\tCapaian 2025 (%)\n" + _ROWS
)
# the years in a header row of their own, over the columns they date
GROUPED = (
    _HEAD + _CAPAIAN_CAPTION + "No\tIndikator Kinerja\tTahun 2024\t\t\tTahun 2025\t\t\n"
    "\t\tTarget\tRealisasi\tCapaian (%)\tTarget\tRealisasi\tCapaian (%)\n" + _ROWS
)
_MESSAGE = {
    "id": "Capaian {actual}, seharusnya {expected} ({num} / {den} = {figures})",
    "en": "Achievement {actual}; expected {expected} ({num} / {den} = {figures})",
}


def _found(text: str, lang: str) -> list[tuple[str, str, str, str, str]]:
    return [
        (f.rule_id, f.location.ref, f.expected, f.actual, f.message)
        for f in findings_for(text, source="t.txt", lang=lang)
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("text", "year"), [(DATED, "{}"), (GROUPED, "Tahun {}")], ids=["dated", "grouped"]
)
def test_both_years_capaian_name_their_columns_alike(
    text: str, year: str, lang: str
) -> None:
    # last year's 72 / 80 = 90,00 printed 95,00; this year's 76 / 80 = 95,00
    # printed 90,00: each names the columns it is computed from as printed
    def message(actual: str, expected: str, y: str, figures: str) -> str:
        return _MESSAGE[lang].format(
            actual=actual,
            expected=expected,
            num=f"Realisasi {year.format(y)}",
            den=f"Target {year.format(y)}",
            figures=figures,
        )

    assert _found(text.format(old="95,00", new="90,00"), lang) == [
        (
            CAPAIAN,
            "tabel-3.1/row:1/col:c5",
            "90,00",
            "95,00",
            message("95,00", "90,00", "2024", "72 / 80"),
        ),
        (
            CAPAIAN,
            "tabel-3.1/row:1/col:capaian",
            "95,00",
            "90,00",
            message("90,00", "95,00", "2025", "76 / 80"),
        ),
    ]


@pytest.mark.parametrize("text", [DATED, GROUPED], ids=["dated", "grouped"])
def test_both_years_capaian_right_draw_nothing(text: str) -> None:
    assert _found(text.format(old="90,00", new="95,00"), "id") == []


BUDGET = (
    "LAPORAN KINERJA DINAS CONTOH TAHUN 2024\n\n"
    "Tabel 3.5 Realisasi Anggaran per Program\n\n"
    "No\tProgram\tTahun Anggaran 2023\t\t\tTahun Anggaran 2024\t\t\n"
    "\t\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\n"
    "1\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000.000\t900.000.000"
    "\t{old1}\t1.200.000.000\t1.100.000.000\t-\n"
    "2\tProgram Pelayanan Publik\t500.000.000\t450.000.000\t{old2}\t600.000.000"
    "\t500.000.000\t-\n"
)


def test_a_column_under_its_fiscal_year_is_named_with_it() -> None:
    # "Pagu (Rp)" under "Tahun Anggaran 2024" is "Pagu (Rp) Tahun Anggaran 2024",
    # as "Target" under "Tahun 2024" is "Target Tahun 2024"
    found = _found(BUDGET.format(old1="100.000.000", old2="50.000.000"), "id")
    assert found == [
        (
            BLANK,
            "tabel-3.5/row:1/col:sisa",
            "100.000.000",
            "-",
            "Kolom Sisa (Rp) Tahun Anggaran 2024 tidak diisi (hanya -), padahal 2 "
            "barisnya dapat dihitung dari Pagu (Rp) Tahun Anggaran 2024 dan "
            "Realisasi (Rp) Tahun Anggaran 2024: baris 1: 100.000.000, baris 2: "
            "100.000.000",
        )
    ]
    (english,) = _found(BUDGET.format(old1="100.000.000", old2="50.000.000"), "en")
    assert english[4] == (
        "Column Sisa (Rp) Tahun Anggaran 2024 is not filled in (only -), though 2 "
        "of its rows can be computed from Pagu (Rp) Tahun Anggaran 2024 and "
        "Realisasi (Rp) Tahun Anggaran 2024: row 1: 100.000.000, row 2: 100.000.000"
    )

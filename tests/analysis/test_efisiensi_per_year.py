"""Efisiensi is a role of each year like the others: ``Efisiensi 2024`` beside
``Efisiensi 2025`` in a report of 2025 is last year's, offered by
:func:`other_years` with last year's capaian and budget %."""

from __future__ import annotations

from lkjaudit.analysis.columns import other_years
from lkjaudit.model.report import ColumnRole as R

from conftest import report_from

_GROUPS = ("Capaian", "Serapan Anggaran", "Efisiensi")


def _table(years: tuple[str, str] = ("2024", "2025")) -> str:
    head = " | ".join(f"{g} {y}" for y in years for g in _GROUPS)
    return (
        "# Laporan Kinerja Kecamatan Contoh Tahun 2025\n\n"
        "**Tabel 3.10 Efisiensi Penggunaan Anggaran**\n\n"
        f"| No | Program | {head} |\n"
        "|---|---|---|---|---|---|---|---|\n"
        "| 1 | Program Penunjang | 95,00 | 90,00 | 5,00 | 96,00 | 91,00 | 5,00 |\n"
        "| 2 | Program Pemberdayaan | 90,00 | 90,00 | 0,00 | 92,00 | 92,00 | 0,00 |\n"
    )


def _read(text: str) -> dict[str, dict[R, str]]:
    table = report_from(text, "t.md").tables[0]
    return {
        year: {role: col.header for role, col in roles.items()}
        for year, roles in other_years(table).items()
    }


def test_only_this_years_efisiensi_keeps_the_role() -> None:
    table = report_from(_table(), "t.md").tables[0]
    assert [(c.header, c.role) for c in table.columns if "Efisiensi" in c.header] == [
        ("Efisiensi 2024", R.OTHER),
        ("Efisiensi 2025", R.EFISIENSI),
    ]


def test_last_years_efisiensi_is_offered_with_last_years_operands() -> None:
    assert _read(_table()) == {
        "2024": {
            R.CAPAIAN: "Capaian 2024",
            R.PERSEN_ANGGARAN: "Serapan Anggaran 2024",
            R.EFISIENSI: "Efisiensi 2024",
        }
    }


def test_years_none_of_which_is_the_reports_offer_nothing() -> None:
    # NOTE: a table of 2022 and 2023 in a report of 2025: nothing tells which
    # year is the table's, so every column keeps its role and no year is "other"
    table = report_from(_table(("2022", "2023")), "t.md").tables[0]
    roles = [c.role for c in table.columns if "Efisiensi" in c.header]
    assert roles == [R.EFISIENSI, R.EFISIENSI]
    assert other_years(table) == {}

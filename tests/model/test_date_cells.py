"""Dates (dotted, slashed, hyphened) and IP addresses are text, never figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.analysis.cells import text_type
from lkjaudit.model.values import ValueKind, parse_value

from conftest import compact, findings_for, report_from


@pytest.mark.parametrize(
    "raw",
    [
        "12.05.2024",  # day.month.year
        "1.5.2024",
        "31.12.2023",
        "2024.05.12",  # year.month.day
        "12.05.2024 s.d. 15.05.2024",  # a period
        "12/05/2024",  # slashes and hyphens, day or year first
        "1/2/2024",
        "12-05-2024",
        "2024-05-12",
        "2024/05/12",
        "12/05/2024 s.d. 15/05/2024",
        "13/05/24",  # a two-digit year, with slashes
        "12/05/24 s.d. 15/05/24",
        "5/13/2024",  # month first, as an English-locale spreadsheet writes it
        "05/13/24",
        "12/31/2023",
        "192.168.1.10",  # an IP address
        "255.255.255.0",
    ],
)
def test_a_date_or_address_is_text(raw: str) -> None:
    value = parse_value(raw)
    assert value.kind == ValueKind.TEXT
    assert value.number is None and value.repair is None
    assert text_type(raw) == "text"


@pytest.mark.parametrize(
    ("raw", "repair"),
    [
        ("482.9R47.500", Decimal("482947500")),  # a stray letter
        ("1.25.000", None),  # a dot misplaced: its column tells the repair
        ("32.13.2024", None),  # no day 32, no month 13: no date
        ("256.1.1.1", None),  # no address part above 255
    ],
)
def test_malformed_figures_stay_malformed(raw: str, repair: Decimal | None) -> None:
    value = parse_value(raw)
    assert value.kind == ValueKind.MALFORMED
    assert value.repair == repair
    assert text_type(raw) == "bad"


_KEGIATAN = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.1 Realisasi Anggaran Kegiatan

No\tKegiatan\tTanggal\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)
1\tRapat koordinasi\t{0}\t12.500.000\t12.000.000\t500.000
2\tBimbingan teknis\t{1}\t40.000.000\t36.000.000\t3.000.000
3\tMonitoring lapangan\t{2}\t8.000.000\t7.600.000\t400.000
Jumlah\t\t\t60.500.000\t55.600.000\t3.900.000
"""
_DOTTED = ("12.05.2024", "03.06.2024", "15.07.2024")
_SLASHED = ("12/05/2024", "03/06/2024", "15/07/2024")
_SHORT_YEAR = ("12/05/24", "03/06/24", "15/07/24")
_MONTH_FIRST = ("5/12/2024", "6/3/2024", "7/15/2024")


@pytest.mark.parametrize("dates", [_DOTTED, _SLASHED, _SHORT_YEAR, _MONTH_FIRST])
def test_a_column_of_dates_reads_as_text(dates: tuple[str, ...]) -> None:
    (table,) = report_from(_KEGIATAN.format(*dates)).tables
    tanggal = table.columns[2]
    assert tanggal.content == "text"
    assert all(
        table.value(row, tanggal).kind == ValueKind.TEXT for row in table.rows[:3]
    )


@pytest.mark.parametrize("dates", [_SLASHED, _SHORT_YEAR, _MONTH_FIRST])
def test_every_way_of_writing_the_dates_gives_the_same_findings(
    dates: tuple[str, ...],
) -> None:
    dotted = compact(findings_for(_KEGIATAN.format(*_DOTTED)))
    slashed = compact(findings_for(_KEGIATAN.format(*dates)))
    # the one planted error (row 2's sisa) and the Jumlah row it carries into
    expected = [
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.1/row:2/col:sisa",
            7,
            "4.000.000",
            "3.000.000",
        ],
        [
            "sisa-equals-anggaran-minus-realisasi",
            "tabel-3.1/row:4/col:sisa",
            9,
            "4.900.000",
            "3.900.000",
        ],
    ]
    assert dotted == expected
    assert slashed == expected


def test_a_column_of_dates_fires_nothing() -> None:
    fixed = _KEGIATAN.replace("3.000.000\n", "4.000.000\n").replace(
        "3.900.000", "4.900.000"
    )
    for dates in (_DOTTED, _SLASHED, _SHORT_YEAR, _MONTH_FIRST):
        assert findings_for(fixed.format(*dates)) == []


@pytest.mark.parametrize(
    ("raw", "number", "parts"),
    [
        ("13/13/2024", Decimal(13), 3),  # no month 13: no date, read as before
        ("32/12/2024", Decimal(32), 3),  # no day 32 either way
        ("13/05/124", Decimal(13), 3),  # a three-digit year is none
        # hyphens and a two-digit year: as often figures listed as a date
        ("13-05-24", Decimal(13), 3),
        ("6-12-24 bulan", Decimal(6), 3),
        ("10-12-15", Decimal(10), 3),
        ("2021-2026", Decimal(2021), 2),  # two years, no date
        ("12 orang/5 kegiatan", Decimal(12), 2),
    ],
)
def test_what_is_no_date_is_read_as_before(
    raw: str, number: Decimal, parts: int
) -> None:
    value = parse_value(raw)
    assert value.kind == ValueKind.NUMBER
    assert value.number == number
    assert len(value.parts) == parts

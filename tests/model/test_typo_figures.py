"""A letter typed in a figure's digit groups: an O for 0, an l or I for 1, a stray one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.model.values import ValueKind, parse_value

from conftest import compact, findings_for


@pytest.mark.parametrize(
    ("raw", "percent", "repair"),
    [
        ("1.250.5O0", False, Decimal("1250500")),
        ("Rp 1.250.5O0", False, Decimal("1250500")),
        ("1.2l5.000", False, Decimal("1215000")),
        ("1.25O.000", False, Decimal("1250000")),
        ("1O.000", False, Decimal("10000")),
        ("38.65O", True, Decimal("38.650")),
        ("8O,00%", True, Decimal("80.00")),
        ("87,5O", True, Decimal("87.50")),
        ("1I,5 %", True, Decimal("11.5")),
        ("2.0OO orang", False, Decimal("2000")),
        # a stray letter between digits, no grouping left to read: no repair
        ("482.9R4", False, None),
    ],
)
def test_a_letter_in_a_digit_group_is_a_malformed_figure(
    raw: str, percent: bool, repair: Decimal | None
) -> None:
    value = parse_value(raw, percent)
    assert (value.kind, value.repair) == (ValueKind.MALFORMED, repair)


@pytest.mark.parametrize(
    ("raw", "number", "unit"),
    [
        ("12 orang", Decimal(12), "orang"),
        ("5 dok", Decimal(5), "dok"),
        ("3 kali", Decimal(3), "kali"),
        ("60,5 (B-)", Decimal("60.5"), None),
        ("100 %", Decimal(100), "%"),
        ("4 unit", Decimal(4), "unit"),
        ("2 OPD", Decimal(2), "opd"),
        ("1 Laporan", Decimal(1), "laporan"),
        ("2,5l", Decimal("2.5"), "l"),
        ("12,5m", Decimal("12.5"), "m"),
        ("100m2", Decimal(100), "m2"),
    ],
)
def test_a_unit_is_no_typo(raw: str, number: Decimal, unit: str | None) -> None:
    value = parse_value(raw)
    assert (value.kind, value.number, value.unit) == (ValueKind.NUMBER, number, unit)


@pytest.mark.parametrize("raw", ["1.2.a", "12.III.2024", "II.1", "l.250.000"])
def test_codes_and_dates_are_no_typo(raw: str) -> None:
    assert parse_value(raw).kind == ValueKind.TEXT


_TABLES = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.16 Realisasi Anggaran

No\tUraian\tAnggaran\tRealisasi\tSisa\t%
1\tProgram Pelayanan\t1.250.500.000\t1.000.000.000\t250.5O0.000\t79,97
2\tProgram Kesehatan\t800.000.000\t700.000.000\t100.000.000\t87,5O
\tJUMLAH\t2.050.500.000\t1.700.000.000\t350.500.000\t82,91

Tabel 3.17 Capaian Kinerja

No\tIndikator\tTarget\tSatuan\tRealisasi\tCapaian
1\tJumlah kader terlatih\t12\torang\t10\t83,33%
2\tJumlah dokumen\t5\tdok\t4\t8O,00%
3\tJumlah rapat\t3\tkali\t3\t100 %
"""


def test_typos_are_reported_with_their_repair() -> None:
    found = findings_for(_TABLES)
    assert compact(found) == [
        [
            "number-well-formed",
            "tabel-3.16/row:1/col:sisa",
            6,
            "250.500.000",
            "250.5O0.000",
        ],
        [
            "number-well-formed",
            "tabel-3.16/row:2/col:persen_anggaran",
            7,
            "87,50",
            "87,5O",
        ],
        ["number-well-formed", "tabel-3.17/row:2/col:capaian", 14, "80,00%", "8O,00%"],
    ]
    # anggaran − realisasi confirms the first; nothing confirms the others
    assert [f.confidence.value for f in found] == ["high", "medium", "medium"]

"""A thousands dot lost in a rupiah column is a malformed figure, not a decimal.

``61.037500`` (one dot, six digits after it) in a column of whole rupiah is
``61.037.500`` with a dot lost: ``number-well-formed`` reports it with its
repair, confirmed by the report's redundancy as any malformed figure's is.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.engine.context import display
from lkjaudit.model.values import parse_money, parse_value

from conftest import compact, findings_for

RULES = ("number-well-formed", "budget-figure-agrees-with-its-restatements")

# a flat table: the rows add up to the JUMLAH, each row's sisa is anggaran −
# realisasi and its % realisasi / anggaran
FLAT = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600\t96,25
2\tBelanja Barang dan Jasa\t{anggaran}\t527.971.850\t19.478.150\t96,44
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000\t95,90
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27
"""


@pytest.mark.parametrize(
    ("raw", "repair"),
    [
        ("61.037500", "61037500"),  # the second dot lost
        ("Rp 61.037500", "61037500"),
        ("-61.037500", "-61037500"),
        ("61037.500", "61037500"),  # the first dot lost
        ("1.50000", None),  # more than one dot lost: no one reading
    ],
)
def test_a_lone_dot_before_more_than_three_digits_is_malformed(
    raw: str, repair: str | None
) -> None:
    value = parse_money(raw)
    assert value.kind.value == "malformed"
    assert value.repair == (Decimal(repair) if repair is not None else None)


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("61.037.500", "61037500"),
        ("61.037", "61037"),  # one group of thousands
        ("88.60", "88.60"),  # a point and two decimals: sen, or a plain decimal
        ("1.234,50", "1234.50"),
    ],
)
def test_well_formed_rupiah_stay_figures(raw: str, number: str) -> None:
    value = parse_money(raw)
    assert value.kind.value == "number"
    assert value.number == Decimal(number)


def test_outside_a_rupiah_column_a_point_decimal_is_read_as_printed() -> None:
    value = parse_value("61.037500")
    assert value.kind.value == "number"
    assert value.number == Decimal("61.037500")


def test_the_lost_dot_is_reported_with_its_confirmed_repair() -> None:
    found = findings_for(FLAT.format(anggaran="547.450000"), select=RULES, lang="en")
    assert compact(found) == [
        ["number-well-formed", "tabel-3.3/row:2/col:anggaran", 7]
        + ["547.450.000", "547.450000"],
    ]
    assert found[0].confidence.value == "high"


def test_a_whole_figure_is_not_reported() -> None:
    assert findings_for(FLAT.format(anggaran="547.450.000"), select=RULES) == []


def test_a_point_decimal_cell_is_told_the_figure_in_the_project_s_format() -> None:
    # 547.45 reads as a figure (a point and two decimals); the figure its
    # witnesses give is written 547.450.000, not in the misread cell's style
    found = findings_for(FLAT.format(anggaran="547.45"), select=RULES, lang="en")
    assert compact(found) == [
        ["budget-figure-agrees-with-its-restatements"]
        + ["tabel-3.3/row:2/col:anggaran", 7, "547.450.000", "547.45"],
    ]


@pytest.mark.parametrize(
    ("number", "raw", "shown"),
    [
        ("50", "55.00", "50.00"),  # a point kept below a thousand
        ("1234.5", "1,234.56", "1,234.50"),  # a report that groups with commas
        ("547450000", "547.45", "547.450.000"),
        ("1234.5", "88.6", "1,234.5"),  # a decimal figure keeps the point
        ("1234.5", "88,6", "1.234,5"),
        ("547450000", "547,45", "547.450.000,00"),  # a comma: as before
    ],
)
def test_display_keeps_a_point_only_where_the_actual_figure_can_print_it(
    number: str, raw: str, shown: str
) -> None:
    assert display(Decimal(number), parse_value(raw)) == shown

"""Indonesian number forms, one per case, and a round-trip property."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkjaudit.engine.context import shown
from lkjaudit.model.values import (
    ValueKind,
    format_number,
    format_value,
    parse_money,
    parse_value,
)

CASES = [
    # raw, kind, number, unit, decimals
    ("1.925.038.095", "number", "1925038095", None, 0),
    ("62,71 %", "number", "62.71", "%", 2),
    ("62,71%", "number", "62.71", "%", 2),
    ("Rp. 1.766.454.116", "number", "1766454116", "rp", 0),
    ("Rp1.200.000,00", "number", "1200000.00", "rp", 2),
    ("-", "dash", "0", None, 0),
    ("–", "dash", "0", None, 0),
    ("- dokumen", "dash", "0", "dokumen", 0),
    ("- %", "dash", "0", "%", 0),
    ("1110 keluarga", "number", "1110", "keluarga", 0),
    ("12 orang/ bulan", "number", "12", "orang/bulan", 0),
    ("7 Lembaga Kemasyarakatan", "number", "7", "lembaga kemasyarakatan", 0),
    ("60,5 (B-)", "number", "60.5", None, 1),
    ("-151.500", "number", "-151500", None, 0),
    ("-Rp 151.500", "number", "-151500", "rp", 0),
    # an accounting negative in brackets; a column number "(5)" stays words
    ("(5.400.000)", "number", "-5400000", None, 0),
    ("(Rp 1.250.000)", "number", "-1250000", "rp", 0),
    ("(2,96)", "number", "-2.96", None, 2),
    ("(5)", "text", None, None, 0),
    ("−2,93%", "number", "-2.93", "%", 2),
    ("0,00%", "number", "0.00", "%", 2),
    ("88.6", "number", "88.6", None, 1),
    ("1,234,567", "number", "1234567", None, 0),
    ("1.", "number", "1", None, 0),
    ("12)", "number", "12", None, 0),
    ("<i>54,55 %</i>", "number", "54.55", "%", 2),
    ("**100**", "number", "100", None, 0),
    ("", "empty", None, None, 0),
    ("Genset EC 3500 DX", "text", None, None, 0),
    ("J U M L A H", "text", None, None, 0),
    ("1.2.3", "text", None, None, 0),
    ("Rp 45.750.000,-", "number", "45750000", "rp", 0),  # whole rupiah
    ("45.750.000,-", "number", "45750000", None, 0),
    ("1.05.01.2.02", "text", None, None, 0),
    ("1.05.01.2.02.0001", "text", None, None, 0),  # a sub kegiatan's official code
]


@pytest.mark.parametrize(("raw", "kind", "number", "unit", "decimals"), CASES)
def test_parse_value(
    raw: str, kind: str, number: str | None, unit: str | None, decimals: int
) -> None:
    value = parse_value(raw)
    assert value.kind.value == kind
    assert value.number == (Decimal(number) if number is not None else None)
    assert value.unit == unit
    assert value.decimals == decimals


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("25 % 1.200.000", [("25", "%"), ("1200000", None)]),
        ("0 dokumen -", [("0", "dokumen"), ("0", None)]),
        ("11 dokumen 1.200.000", [("11", "dokumen"), ("1200000", None)]),
    ],
)
def test_fused_cells_keep_every_quantity(
    raw: str, parts: list[tuple[str, str | None]]
) -> None:
    value = parse_value(raw)
    assert [(str(p.number), p.unit) for p in value.parts] == parts


def test_dot_is_a_decimal_point_in_a_percentage_column() -> None:
    assert parse_value("12.345").number == Decimal("12345")
    assert parse_value("12.345", percent=True).number == Decimal("12.345")


@pytest.mark.parametrize(
    ("raw", "repair"),
    [
        ("482.9R47.500", "482947500"),  # a stray letter inside a group
        ("13.475.O00", "13475000"),  # letter O for zero
        ("1.2l0.000", "1210000"),  # letter l for one
        ("1..200.000", "1200000"),  # a doubled separator
        ("40.95.000", None),  # no grouping fits: nothing to propose
    ],
)
def test_malformed_numbers_are_kept_with_a_repair(raw: str, repair: str | None) -> None:
    value = parse_value(raw)
    assert value.kind == ValueKind.MALFORMED
    assert value.number is None
    assert value.repair == (Decimal(repair) if repair else None)


@pytest.mark.parametrize(
    ("number", "decimals", "unit", "text"),
    [
        ("1925038095", 0, None, "1.925.038.095"),
        ("39.2156", 2, "%", "39,22%"),
        ("112.625", 2, "%", "112,63%"),  # half up, not half even
        ("-2.93", 2, "%", "-2,93%"),
        ("1200000", 0, "rp", "Rp 1.200.000"),
        ("12", 0, "dokumen", "12 dokumen"),
    ],
)
def test_format_value(number: str, decimals: int, unit: str | None, text: str) -> None:
    assert format_value(Decimal(number), decimals, unit) == text


@given(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=0, max_value=4),
)
def test_format_then_parse_round_trips(units: int, decimals: int) -> None:
    number = Decimal(units).scaleb(-decimals)
    text = format_number(number, decimals)
    value = parse_value(text)
    assert value.kind == ValueKind.NUMBER
    assert value.number == number
    assert value.decimals == decimals


@pytest.mark.parametrize(
    "raw", ["24 orang/ bulan", "24 orang /bulan", "24  orang / bulan", "24 orang/bulan"]
)
def test_a_unit_is_shown_the_same_however_its_cell_wrapped(raw: str) -> None:
    assert shown(parse_value(raw)) == "24 orang/bulan"


@pytest.mark.parametrize(
    ("raw", "kind", "number", "repair"),
    [
        ("Rp 36.208,500", "malformed", None, "36208500"),  # a comma for a dot
        ("36.208,500", "malformed", None, "36208500"),
        ("Rp 12.500.000,00", "number", "12500000.00", None),  # sen
        ("Rp 45.750.000,-", "number", "45750000", None),
        ("1.234,5", "number", "1234.5", None),
    ],
)
def test_a_rupiah_amount_has_at_most_two_decimals(
    raw: str, kind: str, number: str | None, repair: str | None
) -> None:
    value = parse_money(raw)
    assert value.kind.value == kind
    assert value.number == (Decimal(number) if number is not None else None)
    assert value.repair == (Decimal(repair) if repair is not None else None)

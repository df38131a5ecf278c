"""Targets that are ranges or bounds: ``60 - 85 %``, ``6 – 9 hari``, ``≥ 80``, ``≤ 5``.

Hospital and service indicators often set an ideal range (BOR, ALOS, TOI) or a
bound rather than one figure. A realisasi within it has met it: its capaian is
100%. Outside it, the capaian is read against the nearest end; a figure no
reading reproduces is reported with the reading it was judged by.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from lkjaudit.model.values import Bounds, ValueKind, parse_value

from conftest import compact, findings_for

CAPAIAN = "capaian-equals-realisasi-over-target"
OVER = "performance-within-target"
RULES = (CAPAIAN, OVER)


# ---------------------------------------------------------------- the value model


@pytest.mark.parametrize(
    ("text", "bounds", "unit"),
    [
        ("60 - 85", Bounds(Decimal(60), Decimal(85)), None),
        ("60 - 85 %", Bounds(Decimal(60), Decimal(85)), "%"),
        ("60% - 85%", Bounds(Decimal(60), Decimal(85)), "%"),
        ("6 – 9 hari", Bounds(Decimal(6), Decimal(9)), "hari"),
        ("6–9 hari", Bounds(Decimal(6), Decimal(9)), "hari"),
        ("1 - 3 hari", Bounds(Decimal(1), Decimal(3)), "hari"),
        ("60,5 - 70,25 %", Bounds(Decimal("60.5"), Decimal("70.25"), 1, 2), "%"),
        ("60 s.d. 85", Bounds(Decimal(60), Decimal(85)), None),
        ("≥ 80", Bounds(Decimal(80), None), None),
        ("≥80%", Bounds(Decimal(80), None), "%"),
        ("min 80", Bounds(Decimal(80), None), None),
        ("Minimal 80 %", Bounds(Decimal(80), None), "%"),
        ("≤ 5", Bounds(None, Decimal(5)), None),
        ("maks. 5", Bounds(None, Decimal(5)), None),
        ("< 2 %", Bounds(None, Decimal(2)), "%"),
    ],
)
def test_a_range_keeps_both_ends_exact_and_its_text(
    text: str, bounds: Bounds, unit: str | None
) -> None:
    value = parse_value(text)
    assert (value.kind, value.bounds, value.unit, value.raw) == (
        ValueKind.RANGE,
        bounds,
        unit,
        text,
    )
    assert value.number is None and not value.is_number


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("-5", ValueKind.NUMBER, Decimal(-5)),  # a negative figure
        ("-", ValueKind.DASH, Decimal(0)),  # nothing reported
        ("- %", ValueKind.DASH, Decimal(0)),
        ("1-3", ValueKind.NUMBER, Decimal(1)),  # a hyphen with no spaces
        ("2021 – 2026", ValueKind.NUMBER, Decimal(2021)),  # a period of years
        ("2021-2026", ValueKind.NUMBER, Decimal(2021)),
        ("1 - 31 Januari", ValueKind.NUMBER, Decimal(1)),  # days of a month
        ("85 - 60", ValueKind.NUMBER, Decimal(85)),  # no range runs downwards
        ("25 % 1.200.000", ValueKind.NUMBER, Decimal(25)),  # fused figures
        ("maksimal", ValueKind.TEXT, None),
    ],
)
def test_what_is_no_range(text: str, kind: ValueKind, number: Decimal | None) -> None:
    value = parse_value(text)
    assert (value.kind, value.number, value.bounds) == (kind, number, None)


# ---------------------------------------------------------------- the rules


def _report(*rows: tuple[str, str, str, str, str]) -> str:
    lines = [
        "LAPORAN KINERJA RSUD CONTOH TAHUN 2024",
        "",
        "Tabel 3.1 Pengukuran Kinerja",
        "",
        "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
    ]
    lines += [f"{k}\t" + "\t".join(row) for k, row in enumerate(rows, 1)]
    return "\n".join([*lines, ""])


BOR = "Bed Occupancy Rate (BOR)"
ALOS = "Average Length of Stay (ALOS)"
IKM = "Indeks Kepuasan Masyarakat"


def _found(*rows: tuple[str, str, str, str, str]) -> list[list[object]]:
    return compact(findings_for(_report(*rows), select=RULES))


def test_a_realisasi_within_the_range_has_met_it() -> None:
    # 78,6 within 60 - 85: 100,00 is right; it was told 78,6 / 60 = 131,00, and
    # warned it runs far above a target of 60
    assert _found((BOR, "%", "60 - 85", "78,6", "100,00")) == []
    assert _found((ALOS, "hari", "6 – 9", "7,2", "100")) == []


def test_within_the_range_a_reading_against_an_end_is_right_too() -> None:
    # 78,6 / 85 = 92,47 and 78,6 / 60 = 131,00: the report read an end
    assert _found((BOR, "%", "60 - 85", "78,6", "92,47")) == []
    assert _found((BOR, "%", "60 - 85", "78,6", "131,00")) == []


def test_within_the_range_any_other_capaian_is_reported() -> None:
    found = findings_for(_report((BOR, "%", "60 - 85", "78,6", "87,20")), select=RULES)
    assert compact(found) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "100,00", "87,20"]
    ]
    assert found[0].message == (
        "Capaian 87,20, seharusnya 100,00 (100% bila Realisasi dalam rentang "
        "Target = 78,6% dalam 60 - 85 %)"
    )


def test_outside_the_range_the_nearest_end_is_read() -> None:
    # below: 54 / 60 = 90,00; above: 2 − 90 / 85 = 94,12 and 85 / 90 = 94,44
    assert _found((BOR, "%", "60 - 85", "54", "90,00")) == []
    assert _found((BOR, "%", "60 - 85", "90", "94,12")) == []
    assert _found((BOR, "%", "60 - 85", "90", "94,44")) == []
    # ALOS 10 days against 6 – 9: 2 − 10 / 9 = 88,89
    assert _found((ALOS, "hari", "6 – 9", "10", "88,89")) == []


def test_outside_the_range_a_capaian_of_100_is_reported_against_the_nearest_end() -> (
    None
):
    below = findings_for(_report((BOR, "%", "60 - 85", "54", "100,00")), select=RULES)
    assert compact(below) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "90,00", "100,00"]
    ]
    assert below[0].message == (
        "Capaian 100,00, seharusnya 90,00 (Realisasi / Target = 54% / 60%, "
        "terhadap batas 60% dari rentang target 60 - 85 % yang terdekat)"
    )
    above = findings_for(_report((BOR, "%", "60 - 85", "90", "100,00")), select=RULES)
    assert compact(above) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "94,12", "100,00"]
    ]
    assert above[0].evidence["computed"] == "2 − 90% / 85%"


def test_the_far_end_is_no_reading_of_a_realisasi_outside() -> None:
    # 54 below 60 - 85: 54 / 85 = 63,53 reads the far end; against 60 it is 90,00
    assert _found((BOR, "%", "60 - 85", "54", "63,53")) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "90,00", "63,53"]
    ]


def test_a_realisasi_at_the_edge_of_its_rounding_may_be_either() -> None:
    # 85,0 may be 85,04 (above 85): 100 and 2 − 85,0 / 85 = 100 both fit; and
    # 60,0 within: 100,00 right, below by its rounding 59,96 / 60 = 99,93 too
    assert _found((BOR, "%", "60 - 85", "85,0", "100,00")) == []
    assert _found((BOR, "%", "60 - 85", "60,0", "99,93")) == []


def test_a_bound_from_below_is_met_at_or_above_it() -> None:
    # ≥ 80: 85 has met it (100) or reads 85 / 80 = 106,25; 72 reads 90,00
    assert _found((IKM, "nilai", "≥ 80", "85", "100,00")) == []
    assert _found((IKM, "nilai", "≥ 80", "85", "106,25")) == []
    assert _found((IKM, "nilai", "min 80", "72", "90,00")) == []
    assert _found((IKM, "nilai", "≥ 80", "72", "100,00")) == [
        [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "90,00", "100,00"]
    ]


def test_a_bound_from_above_is_missed_above_it() -> None:
    # ≤ 5: 3 has met it; 7 reads 2 − 7 / 5 = 60,00 or 5 / 7 = 71,43
    name = "Angka infeksi nosokomial"
    assert _found((name, "%", "≤ 5", "3", "100,00")) == []
    assert _found((name, "%", "maks. 5", "7", "60,00")) == []
    assert _found((name, "%", "≤ 5", "7", "71,43")) == []
    # 7 / 5 = 140, as a table with no lower-is-better formula of its own
    # computes every row; beside a row that shows 2 − realisasi / target
    # (2 − 22,4 / 25 = 110,40), above a maximum is no over-achievement
    assert _found((name, "%", "≤ 5", "7", "140,00")) == []
    deaths = ("Angka kematian pasien (NDR)", "‰", "25", "22,4", "110,40")
    assert _found(deaths, (name, "%", "≤ 5", "7", "140,00")) == [
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 7, "60,00", "140,00"]
    ]


def test_a_row_with_one_target_beside_a_range_is_judged_as_before() -> None:
    found = _found(
        (BOR, "%", "60 - 85", "78,6", "100,00"),
        (IKM, "nilai", "82", "84,12", "102,95"),
    )
    assert found == [[CAPAIAN, "tabel-3.1/row:2/col:capaian", 7, "102,59", "102,95"]]


def test_far_above_a_bound_from_below_is_pointed_out_as_above_a_target() -> None:
    # ≥ 80 judged at 80, as a plain target of 80 is: 99 / 80 = 123,75%
    found = findings_for(
        _report((IKM, "nilai", "≥ 80", "99", "100,00")), select=(OVER,)
    )
    assert compact(found) == [
        [OVER, "tabel-3.1/row:1/col:realisasi", 6, "≤ 80 nilai", "99 nilai"]
    ]


def test_above_a_range_or_a_maximum_is_no_over_achievement() -> None:
    # 110 above 60 - 85 and 7 above ≤ 5 miss the target: the capaian says so
    assert (
        findings_for(_report((BOR, "%", "60 - 85", "110", "70,59")), select=(OVER,))
        == []
    )
    assert (
        findings_for(
            _report(("Angka infeksi nosokomial", "%", "≤ 5", "7", "60,00")),
            select=(OVER,),
        )
        == []
    )

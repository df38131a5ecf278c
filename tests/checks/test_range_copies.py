"""Copies of a target range compared across tables (``figure-same-in-every-table``).

A range is compared with a range: both ends and the kind of bound must be the
same (``≥ 80`` is not ``≤ 80``), however it is written (``60 - 85 %`` and
``60–85%`` are one range). A range against a plain figure is a disagreement
at low confidence, said to be perhaps the same target written another way;
a bound and its own figure (``≥ 80`` and ``80``) are the same target.
"""

from __future__ import annotations

from conftest import findings_for

RULE = "figure-same-in-every-table"
BOR = "Bed Occupancy Rate (BOR)"
ALOS = "Average Length of Stay (ALOS)"

_HEAD = "No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)"

# realisasi and capaian on every row are right whichever copy of the target is
# read (78,6 within both 60 - 85 and 65 - 85; 7 within 6 – 9), so no copy's own
# row tells which copy is right
_ROWS = {BOR: ("%", "78,6", "100,00"), ALOS: ("hari", "7", "100")}


def _report(pk: dict[str, str], *tables: dict[str, str]) -> str:
    lines = [
        "LAPORAN KINERJA RSUD CONTOH TAHUN 2024",
        "",
        "Tabel 2.1 Perjanjian Kinerja Tahun 2024",
        "",
        "No\tIndikator Kinerja\tSatuan\tTarget",
    ]
    lines += [f"{k}\t{n}\t{_ROWS[n][0]}\t{t}" for k, (n, t) in enumerate(pk.items(), 1)]
    for at, table in enumerate(tables, 1):
        lines += ["", f"Tabel 3.{at} Pengukuran Kinerja", "", _HEAD]
        for k, (name, target) in enumerate(table.items(), 1):
            unit, realisasi, capaian = _ROWS[name]
            lines.append(f"{k}\t{name}\t{unit}\t{target}\t{realisasi}\t{capaian}")
    return "\n".join([*lines, ""])


def _found(
    pk: dict[str, str], *tables: dict[str, str], lang: str = "id"
) -> list[tuple[str, str | None, str | None, str]]:
    return [
        (f.location.ref, f.expected, f.actual, f.confidence.value)
        for f in findings_for(_report(pk, *tables), select=(RULE,), lang=lang)
    ]


def test_a_range_copied_with_another_end_is_told_the_range_most_copies_print() -> None:
    # PK 60 - 85, Tabel 3.1 65 - 85, Tabel 3.2 60–85%: two copies against one
    pk = {BOR: "60 - 85", ALOS: "6 – 9"}
    found = findings_for(
        _report(pk, {BOR: "65 - 85", ALOS: "6 – 9"}, {BOR: "60–85%", ALOS: "6 – 9"}),
        select=(RULE,),
    )
    assert [
        (f.location.ref, f.expected, f.actual, f.confidence.value) for f in found
    ] == [("tabel-3.1/row:1/col:target", "60 - 85 %", "65 - 85 %", "high")]
    assert found[0].message == (
        "target Bed Occupancy Rate (BOR): tertulis 65 - 85 %, sedangkan 2 salinan"
        " lain (Tabel 2.1, Tabel 3.2) menulis 60 - 85 %"
    )


def test_one_range_against_another_claims_neither() -> None:
    # one against one, nothing telling which is right: the later copy, low
    assert _found({BOR: "60 - 85"}, {BOR: "65 - 85"}) == [
        ("tabel-3.1/row:1/col:target", None, "65 - 85 %", "low")
    ]


def test_a_bound_from_below_is_not_a_bound_from_above() -> None:
    found = _found({BOR: "≥ 80"}, {BOR: "≤ 80"}, {BOR: "≥ 80"}, lang="en")
    assert found == [("tabel-3.1/row:1/col:target", "≥ 80 %", "≤ 80 %", "high")]


def test_a_range_against_a_single_figure_is_reported_with_low_confidence() -> None:
    found = findings_for(
        _report({ALOS: "6 – 9"}, {ALOS: "6 – 9"}, {ALOS: "6"}),
        select=(RULE,),
        lang="en",
    )
    assert [
        (f.location.ref, f.expected, f.actual, f.confidence.value) for f in found
    ] == [("tabel-3.2/row:1/col:target", "6 – 9 hari", "6 hari", "low")]
    assert found[0].message == (
        "target of Average Length of Stay (ALOS): printed 6 hari, while 2 other"
        " copies (Tabel 2.1, Tabel 3.1) print 6 – 9 hari; one copy prints a range"
        " and the other a single figure: perhaps the same target written another"
        " way"
    )


def test_the_same_range_written_another_way_is_no_finding() -> None:
    pk = {BOR: "60 - 85 %", ALOS: "6 – 9 hari"}
    assert (
        _found(pk, {BOR: "60–85%", ALOS: "6–9"}, {BOR: "60 s.d. 85", ALOS: "6 - 9"})
        == []
    )


def test_a_bound_and_its_own_figure_are_the_same_target() -> None:
    # the table dropped the sign of the PK's bound: no finding
    assert _found({BOR: "≥ 80", ALOS: "maks. 9"}, {BOR: "80", ALOS: "9"}) == []
    # but a figure beside a bound of another figure differs
    assert _found({BOR: "≥ 80"}, {BOR: "85"}, {BOR: "≥ 80"}) == [
        ("tabel-3.1/row:1/col:target", "≥ 80 %", "85%", "low")
    ]


def test_plain_figures_that_differ_are_left_to_the_plain_comparison() -> None:
    # 60 and 65 disagree among themselves: reported once, by the figures' own
    # comparison (one against one, no range taking part), not again here
    found = _found({BOR: "60 - 85"}, {BOR: "60"}, {BOR: "65"})
    assert found == [("tabel-3.2/row:1/col:target", None, "65%", "low")]


# ---------------------------------------------------------------- a tie settled


def _pair(pk: str, target: str, realisasi: str, capaian: str) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA RSUD CONTOH TAHUN 2024",
            "",
            "Tabel 2.1 Perjanjian Kinerja Tahun 2024",
            "",
            "No\tIndikator Kinerja\tSatuan\tTarget",
            f"1\t{BOR}\t%\t{pk}",
            "",
            "Tabel 3.1 Pengukuran Kinerja",
            "",
            _HEAD,
            f"1\t{BOR}\t%\t{target}\t{realisasi}\t{capaian}",
            "",
        ]
    )


BOTH = (RULE, "capaian-equals-realisasi-over-target")


def test_a_capaian_worked_out_from_the_other_range_settles_the_tie() -> None:
    # 62 within 60 - 85 (100,00), below 65 - 85 (62 / 65 = 95,38): Tabel 3.1's
    # capaian was worked out from the PK's range, not from its own print; the
    # capaian itself is no second error
    found = findings_for(_pair("60 - 85", "65 - 85", "62", "100,00"), select=BOTH)
    assert [
        (f.rule_id, f.location.ref, f.expected, f.actual, f.confidence.value)
        for f in found
    ] == [(RULE, "tabel-3.1/row:1/col:target", "60 - 85 %", "65 - 85 %", "medium")]
    assert found[0].message.endswith(
        "; capaian pada baris yang sama di Tabel 3.1 sesuai dengan angka ini, "
        "bukan dengan 65 - 85 % yang tertulis di sana"
    )


def test_a_capaian_that_fits_its_own_range_alone_confirms_it() -> None:
    # 62 / 65 = 95,38 fits Tabel 3.1's own 65 - 85 and not the PK's 60 - 85
    found = findings_for(_pair("60 - 85", "65 - 85", "62", "95,38"), select=BOTH)
    assert [
        (f.rule_id, f.location.ref, f.expected, f.actual, f.confidence.value)
        for f in found
    ] == [(RULE, "tabel-2.1/row:1/col:target", "65 - 85 %", "60 - 85 %", "medium")]


def test_a_capaian_that_fits_neither_range_settles_nothing() -> None:
    # 62 against 60 - 85 or 65 - 85, capaian 80,00: no reading of either
    found = findings_for(_pair("60 - 85", "65 - 85", "62", "80,00"), select=BOTH)
    assert [
        (f.rule_id, f.location.ref, f.expected, f.actual, f.confidence.value)
        for f in found
    ] == [
        (
            "capaian-equals-realisasi-over-target",
            "tabel-3.1/row:1/col:capaian",
            "95,38",
            "80,00",
            "medium",
        ),
        (RULE, "tabel-3.1/row:1/col:target", None, "65 - 85 %", "low"),
    ]

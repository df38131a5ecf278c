"""The quarters' targets shown in the unit the table's Satuan column gives the row.

``Indikator | Satuan | Target Tahunan | Target TW I … TW IV`` with ``%`` in the
Satuan column: the year's target reads ``90%`` and the quarters, printed bare,
are in that unit too. A finding that shows a quarter's figure (TW IV's target as
the expected year's target, the quarters in its message) writes it with the unit
the year's figure beside it carries: ``95%`` against ``90%``, not ``95``.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = "target-triwulan-agrees-with-target-tahunan"


def _table(rows: list[str]) -> str:
    return "\n".join(
        [
            "**Tabel 3.4 Rencana Aksi per Triwulan**",
            "",
            "| No | Indikator | Satuan | Target Tahunan "
            "| Target TW I | Target TW II | Target TW III | Target TW IV |",
            "|---|---|---|---:|---:|---:|---:|---:|",
            *rows,
        ]
    )


_RUNNING = [
    "| 1 | Persentase pasar tertib | % | 90 | 60 | 70 | 80 | 90 |",
    "| 2 | Persentase pedagang terdaftar | % | 80 | 50 | 60 | 70 | 80 |",
    "| 3 | Persentase pangan segar aman | % | 85 | 70 | 75 | 80 | 95 |",
]
_COUNTS = [
    "| 1 | Jumlah pasar yang dipantau | pasar | 20 | 5 | 5 | 5 | 5 |",
    "| 2 | Jumlah laporan harga pangan | laporan | 12 | 3 | 3 | 3 | 3 |",
    "| 3 | Jumlah pelaku usaha dibina | pelaku usaha | 40 | 10 | 10 | 10 | 5 |",
]


def _found(rows: list[str], lang: str = "id") -> list:
    return findings_for(_table(rows), select=(RULE,), source="t.md", lang=lang)


def test_a_running_percent_target_is_expected_in_percent() -> None:
    found = _found(_RUNNING)
    assert compact(found) == [[RULE, "tabel-3.4/row:3/col:target", 7, "95%", "85%"]]
    (en,) = _found(_RUNNING, lang="en")
    assert en.message == (
        "Year's target 85%, but the last quarter's running target is 95% "
        "(Target TW I 70%, Target TW II 75%, Target TW III 80%, Target TW IV 95%)"
    )


def test_quarters_adding_up_to_another_count_are_shown_in_the_rows_unit() -> None:
    (found,) = _found(_COUNTS, lang="en")
    assert compact([found]) == [
        [RULE, "tabel-3.4/row:3/col:target", 7, "35 pelaku usaha", "40 pelaku usaha"]
    ]
    assert found.message == (
        "Year's target 40 pelaku usaha, but the four quarters' targets add up to "
        "35 pelaku usaha (Target TW I 10 pelaku usaha + Target TW II 10 pelaku "
        "usaha + Target TW III 10 pelaku usaha + Target TW IV 5 pelaku usaha)"
    )


def test_quarters_that_agree_with_the_year_draw_nothing() -> None:
    right = [r.replace("| 80 | 95 |", "| 80 | 85 |") for r in _RUNNING]
    assert _found(right) == []
    counts = [r.replace("| 10 | 5 |", "| 10 | 10 |") for r in _COUNTS]
    assert _found(counts) == []


def test_quarters_printing_their_own_unit_are_shown_as_printed() -> None:
    # the cell's own unit is the figure's: nothing is added to it
    rows = [r.replace("| 80 | 95 |", "| 80 | 95 % |") for r in _RUNNING]
    found = compact(_found(rows))
    assert found == [[RULE, "tabel-3.4/row:3/col:target", 7, "95 %", "85%"]]

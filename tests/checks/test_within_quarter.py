"""Realisation far above its target, in a quarter table: the same period's figures.

``Target TW III | Realisasi TW I | TW II | TW III | Realisasi s.d. TW III |
Capaian`` with no year's target: the target is the third quarter's alone, and
the rule compared the running total with it (715 against 250: 286%), on every
row. A quarter's own target is compared with that quarter's own realisasi; a
running total with the year's target, or the target up to the quarter.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULE = ("performance-within-target",)

# name, unit, target of TW III alone, realisasi of TW I, TW II, TW III
ROWS = [
    ("Jumlah UMKM yang dibina", "unit", "250", "200", "240", "275"),
    ("Jumlah pelatihan aparatur", "kegiatan", "12", "10", "11", "9"),
    ("Jumlah desa yang didampingi", "desa", "100", "90", "95", "80"),
]


def _table(rows: list[tuple[str, ...]], year: bool = False) -> str:
    head = "| No | Indikator Kinerja | Satuan |"
    head += " Target Tahun 2024 |" if year else ""
    head += " Target TW III | Realisasi TW I | Realisasi TW II | Realisasi TW III |"
    head += " Realisasi s.d. TW III | Capaian (%) |"
    lines = [
        "# Laporan Kinerja Triwulan III Tahun 2024",
        "",
        "Tabel 1. Capaian indikator kinerja triwulan III",
        "",
        head,
        "|" + "---|" * (head.count("|") - 1),
    ]
    for k, (name, unit, target, *parts) in enumerate(rows, start=1):
        total = sum(int(p) for p in parts)
        capaian = f"{int(parts[-1]) * 100 / int(target):.2f}".replace(".", ",")
        whole = [str(int(target) * 4)] if year else []
        cells = [str(k), name, unit, *whole, target, *parts, str(total), capaian]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _found(text: str) -> list[list[object]]:
    return compact(findings_for(text, select=RULE, source="t.md"))


def test_the_running_total_is_not_compared_with_the_quarter_target() -> None:
    # 715 / 250 = 286%, but TW III's own 275 / 250 = 110%: within the threshold
    assert _found(_table(ROWS)) == []


def test_the_quarter_own_realisasi_far_above_its_target_is_pointed_out() -> None:
    # row 2: TW III's own 18 against its target 12 = 150%; the others within
    rows = [ROWS[0], (*ROWS[1][:5], "18"), ROWS[2]]
    found = findings_for(_table(rows), select=RULE, source="t.md")
    assert compact(found) == [
        [*RULE, "tabel-1/row:2/col:c7", 8, "≤ 12 kegiatan", "18 kegiatan"]
    ]
    assert found[0].evidence["percent"] == "150%"


def test_beside_the_year_target_the_running_total_is_compared_with_it() -> None:
    # the year's target (four times the quarter's) is the table's target: the
    # running total 715 against 1000 is within it, and a running total far above
    # the year's is still pointed out at the running total
    assert _found(_table(ROWS, year=True)) == []
    rows = [ROWS[0], (ROWS[1][0], ROWS[1][1], "3", "10", "11", "9"), ROWS[2]]
    assert _found(_table(rows, year=True)) == [
        [*RULE, "tabel-1/row:2/col:realisasi", 8, "≤ 12 kegiatan", "30 kegiatan"]
    ]


def _annual(realisasi: str) -> str:
    return "\n".join(
        [
            "# Laporan Kinerja Tahun 2024",
            "",
            "Tabel 1. Capaian indikator kinerja",
            "",
            "| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |",
            "|---|---|---|---|---|---|",
            f"| 1 | Jumlah UMKM yang dibina | unit | 250 | {realisasi} | 100 |",
            "",
        ]
    )


def test_an_annual_table_is_judged_as_before() -> None:
    # 400 / 250 = 160%; 275 / 250 = 110%
    assert _found(_annual("400")) == [
        [*RULE, "tabel-1/row:1/col:realisasi", 7, "≤ 250 unit", "400 unit"]
    ]
    assert _found(_annual("275")) == []

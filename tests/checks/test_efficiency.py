"""efisiensi-follows-table-formula: the table's own formula, found from its rows."""

from __future__ import annotations

from conftest import compact, findings_for

RULE = "efisiensi-follows-table-formula"
HEADER = (
    "| No | Sasaran | Pagu | Realisasi Anggaran | % Serapan | Target | Realisasi "
    "| Capaian (%) | Efisiensi (%) |\n|---|---|---|---|---|---|---|---|---|\n"
)
NAMES = (
    "Terselenggaranya layanan administrasi",
    "Terselenggaranya layanan PATEN",
    "Terfasilitasinya pemberdayaan desa",
    "Terbinanya ketenteraman wilayah",
)


def _report(rows: list[tuple[str, str, str, str, str]]) -> str:
    """A table of (pagu, realisasi, serapan, capaian, efisiensi) rows; target 100%."""
    lines = [
        f"| {k} | {NAMES[k - 1]} | {pagu} | {spent} | {serapan} | 100% | {capaian}% "
        f"| {capaian} | {efisiensi} |"
        for k, (pagu, spent, serapan, capaian, efisiensi) in enumerate(rows, start=1)
    ]
    return "# LAPORAN KINERJA\n\nTabel 4.2 Efisiensi\n\n" + HEADER + "\n".join(lines)


def _found(rows: list[tuple[str, str, str, str, str]]) -> list[list[object]]:
    return compact(findings_for(_report(rows), select=(RULE,), source="t.md"))


def test_a_row_off_the_ratio_the_others_follow_is_reported() -> None:
    rows = [
        ("100.000.000", "80.000.000", "80,00", "100,00", "125,00"),
        ("100.000.000", "50.000.000", "50,00", "75,00", "150,00"),
        ("100.000.000", "90.000.000", "90,00", "90,00", "0,00"),
    ]
    assert _found(rows) == [
        [RULE, "tabel-4.2/row:3/col:efisiensi", 9, "100,00", "0,00"]
    ]


def test_rounding_is_judged_from_the_printed_decimals() -> None:
    # 96 / 90 × 100 = 106,666…: 106,67 is right, and 106,7 printed with one decimal
    rows = [
        ("100.000.000", "90.000.000", "90,00", "96,00", "106,67"),
        ("100.000.000", "60.000.000", "60,00", "80,00", "133,3"),
        ("100.000.000", "40.000.000", "40,00", "50,00", "125,0"),
    ]
    assert _found(rows) == []


def test_no_formula_followed_by_most_rows_means_no_finding() -> None:
    # selisih, rasio, sisa, and one that fits none: the method is unknown
    rows = [
        ("100.000.000", "90.000.000", "90,00", "96,00", "6,00"),
        ("100.000.000", "60.000.000", "60,00", "80,00", "133,33"),
        ("100.000.000", "40.000.000", "40,00", "50,00", "60,00"),
        ("100.000.000", "80.000.000", "80,00", "90,00", "7,50"),
    ]
    assert _found(rows) == []


def test_one_row_alone_decides_nothing() -> None:
    rows = [
        ("100.000.000", "90.000.000", "90,00", "96,00", "6,00"),
        ("100.000.000", "60.000.000", "60,00", "80,00", "1,00"),
    ]
    assert _found(rows) == []


def test_formulas_that_agree_on_every_row_are_both_accepted() -> None:
    # with every capaian at 100, the gap and the unspent share are the same figure;
    # the row that fits neither is reported once, by the gap
    rows = [
        ("100.000.000", "90.000.000", "90,00", "100,00", "10,00"),
        ("100.000.000", "60.000.000", "60,00", "100,00", "40,00"),
        ("100.000.000", "75.000.000", "75,00", "100,00", "35,00"),
    ]
    assert _found(rows) == [
        [RULE, "tabel-4.2/row:3/col:efisiensi", 9, "25,00", "35,00"]
    ]


def test_a_dash_serapan_counts_as_zero() -> None:
    # nothing spent: the gap is the capaian itself
    rows = [
        ("100.000.000", "-", "-", "25,00", "25,00"),
        ("100.000.000", "60.000.000", "60,00", "80,00", "20,00"),
        ("100.000.000", "40.000.000", "40,00", "50,00", "1,00"),
    ]
    assert _found(rows) == [[RULE, "tabel-4.2/row:3/col:efisiensi", 9, "10,00", "1,00"]]


def test_a_stated_formula_is_left_to_stated_formula_holds() -> None:
    text = (
        "# LAPORAN KINERJA\n\nTabel 4.2 Efisiensi\n\n"
        "| No | Sasaran | Pagu | Realisasi | Capaian Anggaran (%) | Target "
        "| Realisasi Kinerja | Capaian Kinerja (%) | Efisiensi (%) |\n"
        "|---|---|---|---|---|---|---|---|---|\n"
        "| 1 | 2 | 3 | 4 | 5=4/3 | 6 | 7 | 8=7/6 | 9=8/5 |\n"
        f"| 1 | {NAMES[0]} | 100.000.000 | 90.000.000 | 90,00 | 100% | 96% "
        "| 96,00 | 6,00 |\n"
        f"| 2 | {NAMES[1]} | 100.000.000 | 60.000.000 | 60,00 | 100% | 80% "
        "| 80,00 | 20,00 |\n"
        f"| 3 | {NAMES[2]} | 100.000.000 | 40.000.000 | 40,00 | 100% | 50% "
        "| 50,00 | 10,00 |\n"
    )
    found = compact(
        findings_for(text, select=(RULE, "stated-formula-holds"), source="t.md")
    )
    assert [f[0] for f in found] == ["stated-formula-holds"] * 3


def test_the_message_names_the_formula_in_both_languages() -> None:
    rows = [
        ("100.000.000", "80.000.000", "80,00", "100,00", "125,00"),
        ("100.000.000", "50.000.000", "50,00", "75,00", "150,00"),
        ("100.000.000", "90.000.000", "90,00", "90,00", "0,00"),
    ]
    text = _report(rows)
    (indonesian,) = findings_for(text, select=(RULE,), source="t.md")
    (english,) = findings_for(text, select=(RULE,), source="t.md", lang="en")
    assert indonesian.message == (
        "Efisiensi 0,00, seharusnya 100,00 (capaian kinerja / serapan anggaran × 100:"
        " 90,00 dan 90,00, rumus yang diikuti 2 baris lain tabel ini)"
    )
    assert english.message == (
        "Efficiency 0,00; expected 100,00 (achievement / budget absorption × 100:"
        " 90,00 and 90,00, the formula 2 other rows of this table follow)"
    )

"""efisiensi-follows-table-formula: the table's own formula, found from its rows."""

from __future__ import annotations

from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

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


def test_a_dash_efisiensi_states_none_and_a_minus_set_apart_is_a_sign() -> None:
    # a sasaran without a budget ("-") is not judged; a minus sign set apart
    # ("– 3,10", "- 2,40") is the figure's sign: 94,20 − 97,30 = −3,10 is right,
    # 80,00 − 92,40 = −12,40 is not "- 2,40"
    rows = [
        ("100.000.000", "90.000.000", "90,00", "96,00", "6,00"),
        ("100.000.000", "60.000.000", "60,00", "80,00", "20,00"),
        ("-", "-", "-", "101,20", "-"),
        ("100.000.000", "97.300.000", "97,30", "94,20", "– 3,10"),
    ]
    assert _found(rows) == []
    rows[3] = ("100.000.000", "92.400.000", "92,40", "80,00", "- 2,40")
    assert _found(rows) == [
        [RULE, "tabel-4.2/row:4/col:efisiensi", 10, "-12,40", "- 2,40"]
    ]


def test_a_row_of_averages_is_not_held_to_the_formula() -> None:
    # the Rata-rata row prints the mean of the rows' efisiensi (104,97), not the
    # ratio of its own means (91,25 / 87,50 = 104,29)
    text = (
        "# LAPORAN KINERJA\n\nTabel 4.3 Efisiensi\n\n"
        "| No | Kegiatan | Capaian Kinerja (%) | Serapan Anggaran (%) "
        "| Efisiensi (%) |\n|---|---|---|---|---|\n"
        f"| 1 | {NAMES[0]} | 100,00 | 80,00 | 125,00 |\n"
        f"| 2 | {NAMES[1]} | 75,00 | 80,00 | 93,75 |\n"
        f"| 3 | {NAMES[2]} | 100,00 | 90,00 | 111,11 |\n"
        f"| 4 | {NAMES[3]} | 90,00 | 100,00 | 90,00 |\n"
        "|  | Rata-rata | 91,25 | 87,50 | 104,97 |\n"
    )
    assert compact(findings_for(text, select=(RULE,), source="t.md")) == []


_TWO_INDICATORS = "\n".join(
    [
        "Tabel 3.9 Efisiensi Penggunaan Anggaran",
        "",
        "No\tProgram\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)"
        "\tAnggaran (Rp)\tRealisasi Anggaran (Rp)\tSerapan (%)\tEfisiensi (%)",
        f"1\t{NAMES[0]}\tNilai SAKIP\t75\t72\t96,00\t2.000.000.000\t1.800.000.000"
        "\t90,00\t{e1}",
        "\t\tPersentase dokumen tepat waktu\t100%\t100%\t100,00\t\t\t\t",
        f"2\t{NAMES[1]}\tIndeks Kepuasan Masyarakat\t85\t85\t100,00\t500.000.000"
        "\t400.000.000\t80,00\t20,00",
        f"3\t{NAMES[2]}\tPersentase desa yang difasilitasi\t100%\t90%\t90,00"
        "\t300.000.000\t255.000.000\t85,00\t5,00",
        f"4\t{NAMES[3]}\tPersentase kegiatan terlaksana\t100%\t95%\t95,00"
        "\t200.000.000\t180.000.000\t90,00\t{e4}",
    ]
)


def test_a_programme_of_two_indicators_may_take_their_mean_capaian() -> None:
    # programme 1 prints its budget and efisiensi once for two indicators:
    # (96 + 100) / 2 − 90 = 8,00 is right, as is 96 − 90 = 6,00; a figure that
    # neither gives is not judged (which capaian the report took is unknown),
    # while a wrong single-indicator row still is: 95 − 90 = 5,00
    for e1 in ("8,00", "6,00", "9,00"):
        text = _TWO_INDICATORS.format(e1=e1, e4="5,00")
        assert compact(findings_for(text, select=(RULE,))) == []
    text = _TWO_INDICATORS.format(e1="8,00", e4="7,00")
    assert compact(findings_for(text, select=(RULE,))) == [
        [RULE, "tabel-3.9/row:5/col:efisiensi", 8, "5,00", "7,00"]
    ]


def test_a_serapan_header_without_a_percent_sign_is_the_budget_percentage() -> None:
    text = (
        "# LAPORAN KINERJA\n\nTabel 3.12 Efisiensi\n\n"
        "| No | Kegiatan | Capaian Kinerja | Serapan Anggaran | Efisiensi |\n"
        "|---|---|---|---|---|\n"
        f"| 1 | {NAMES[0]} | 98,50 | 94,52 | 3,98 |\n"
        f"| 2 | {NAMES[1]} | 100,00 | 91,00 | 9,00 |\n"
        f"| 3 | {NAMES[2]} | 96,00 | 90,50 | 5,50 |\n"
        f"| 4 | {NAMES[3]} | 88,00 | 90,00 | 2,00 |\n"
    )

    (table,) = report_from(text, "t.md").tables
    assert table.columns[3].role == ColumnRole.PERSEN_ANGGARAN
    assert compact(findings_for(text, select=(RULE,), source="t.md")) == [
        [RULE, "tabel-3.12/row:4/col:efisiensi", 10, "-2,00", "2,00"]
    ]

"""A result column printed as dashes only is one finding, not one per row.

A budget table whose % column (or sisa, or capaian) prints "-" on every row,
though its anggaran and realisasi are figures, was not filled in: it is one
``computed-column-filled-in`` warning at the column's first row, counting its
rows and giving their expected figures, and the arithmetic rule reports none of
its rows. A single "-" among printed figures stays that rule's row finding.
"""

from __future__ import annotations

from conftest import compact, findings_for

HEAD = "Tabel 3.16 Realisasi Anggaran\n\n"
PERCENT = "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%\n"
SISA = "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\n"
ROWS = [
    ("1", "Program Penunjang Urusan Pemerintahan Daerah", "1.000.000", "900.000"),
    ("2", "Program Penyelenggaraan Pemerintahan", "2.000.000", "1.500.000"),
    ("3", "Program Pemberdayaan Masyarakat Desa", "500.000", "500.000"),
    ("", "Jumlah", "3.500.000", "2.900.000"),
]
PCT = "tabel-3.16/row:{}/col:persen_anggaran"
BLANK = "computed-column-filled-in"


def _table(header: str, results: list[str], rows: list[tuple[str, ...]] = ROWS) -> str:
    lines = ["\t".join((*row, res)) for row, res in zip(rows, results, strict=True)]
    return HEAD + header + "\n".join(lines) + "\n"


def test_a_percent_column_of_dashes_is_one_finding_at_its_first_row() -> None:
    found = findings_for(_table(PERCENT, ["-"] * 4), source="t.txt")
    assert compact(found) == [[BLANK, PCT.format(1), 4, "90%", "-"]]
    (finding,) = found
    assert finding.severity.value == "warning"
    assert finding.message == (
        "Kolom % tidak diisi (hanya -), padahal 4 barisnya dapat dihitung dari"
        " Realisasi (Rp) dan Anggaran (Rp): baris 1: 90%, baris 2: 75%,"
        " baris 3: 100%, dan 1 baris lain"
    )
    assert [r.ref for r in finding.related] == [PCT.format(k) for k in (2, 3, 4)]


def test_in_english() -> None:
    found = findings_for(_table(PERCENT, ["-"] * 4), source="t.txt", lang="en")
    assert [f.message for f in found] == [
        "Column % is not filled in (only -), though 4 of its rows can be computed"
        " from Realisasi (Rp) and Anggaran (Rp): row 1: 90%, row 2: 75%,"
        " row 3: 100%, and 1 more"
    ]


def test_one_dash_among_figures_stays_a_row_finding() -> None:
    found = findings_for(_table(PERCENT, ["90%", "-", "100%", "82,86%"]))
    assert compact(found) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            PCT.format(2),
            5,
            "75%",
            "-",
        ]
    ]
    assert found[0].message == "Persentase -, seharusnya 75% (1.500.000 / 2.000.000)"


def test_a_column_of_dashes_over_dashes_is_no_finding() -> None:
    rows = [(n, name, "-", "-") for n, name, _, _ in ROWS]
    assert findings_for(_table(PERCENT, ["-"] * 4, rows)) == []
    assert findings_for(_table(SISA, ["-"] * 4, rows)) == []


def test_a_dash_column_with_one_row_to_compute_stays_a_row_finding() -> None:
    # only row 1 has figures: its "-" is one wrong figure, as before
    rows = [ROWS[0]] + [(n, name, "-", "-") for n, name, _, _ in ROWS[1:3]]
    found = findings_for(_table(PERCENT, ["-"] * 3, rows))
    assert compact(found) == [
        [
            "persen-anggaran-equals-realisasi-over-anggaran",
            PCT.format(1),
            4,
            "90%",
            "-",
        ]
    ]


def test_a_sisa_column_of_dashes_is_one_finding() -> None:
    # row 3 spends its whole budget: its sisa is 0, a "-" that is right
    found = findings_for(_table(SISA, ["-"] * 4))
    assert compact(found) == [[BLANK, "tabel-3.16/row:1/col:sisa", 4, "100.000", "-"]]
    assert found[0].message == (
        "Kolom Sisa (Rp) tidak diisi (hanya -), padahal 3 barisnya dapat dihitung"
        " dari Anggaran (Rp) dan Realisasi (Rp): baris 1: 100.000,"
        " baris 2: 500.000, baris 4: 600.000"
    )


def test_a_capaian_column_of_dashes_is_one_finding() -> None:
    text = (
        "Tabel 3.2 Capaian Indikator Kinerja\n\n"
        "No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian\n"
        "1\tPersentase desa yang menetapkan APBDes tepat waktu\t80%\t60%\t-\n"
        "2\tPersentase pengaduan yang ditindaklanjuti\t90%\t90%\t-\n"
    )
    found = findings_for(text)
    assert compact(found) == [[BLANK, "tabel-3.2/row:1/col:capaian", 4, "75%", "-"]]
    assert found[0].message == (
        "Kolom Capaian tidak diisi (hanya -), padahal 2 barisnya dapat dihitung"
        " dari Realisasi dan Target: baris 1: 75%, baris 2: 100%"
    )


def test_alone_it_watches_the_built_in_rules_columns() -> None:
    # selected alone, the rule takes the columns of the built-in ratio and
    # difference rules (rules/core/arithmetic.yaml)
    found = findings_for(_table(PERCENT, ["-"] * 4), select=(BLANK,))
    assert compact(found) == [[BLANK, PCT.format(1), 4, "90%", "-"]]


# ------------------------------------------ rows the witnesses or a sentence find

SISA_RULES = (
    "sisa-equals-anggaran-minus-realisasi",
    "budget-figure-agrees-with-its-restatements",
    BLANK,
)
WITNESS = "budget-figure-agrees-with-its-restatements"
_PROGRAMS = (
    "1\tProgram Penunjang Urusan Pemerintahan Daerah",
    "2\tProgram Penyelenggaraan Pemerintahan",
    "3\tProgram Pemberdayaan Masyarakat Desa",
)


def _budgets(printed: list[str], copy: list[str]) -> str:
    """Tabel 3.16 and Tabel 3.17 restating it: each program's anggaran,
    realisasi and sisa, then the JUMLAH's."""

    def table(caption: str, figures: list[str]) -> str:
        names = [*_PROGRAMS[: len(figures) - 1], "\tJumlah"]
        rows = "".join(f"{n}\t{f}\n" for n, f in zip(names, figures, strict=True))
        return (
            f"{caption}\n\nNo\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\n"
            + rows
        )

    return (
        "LAPORAN KINERJA DINAS CONTOH TAHUN 2024\n\n"
        + table("Tabel 3.16 Realisasi Anggaran", printed)
        + "\n"
        + table("Tabel 3.17 Ringkasan Realisasi Anggaran", copy)
    )


def test_a_sisa_column_its_witnesses_and_its_rule_find_in_turn_is_one_finding() -> None:
    # row 1's realisasi 950.000 is 900.000 by the JUMLAH and Tabel 3.17: its
    # "-" is the witnesses' (100.000), the difference rule taking it as theirs;
    # row 2 spent its whole budget; the JUMLAH's "-" is the difference rule's.
    # Before, one row finding each and no blank-column warning
    text = _budgets(
        ["1.000.000\t950.000\t-", "2.000.000\t2.000.000\t-", "3.000.000\t2.900.000\t-"],
        ["1.000.000\t900.000\t100.000", "2.000.000\t2.000.000\t0"]
        + ["3.000.000\t2.900.000\t100.000"],
    )
    found = findings_for(text, source="t.txt", select=SISA_RULES)
    assert compact(found) == [
        [WITNESS, "tabel-3.16/row:1/col:realisasi_anggaran", 6, "900.000", "950.000"],
        [BLANK, "tabel-3.16/row:1/col:sisa", 6, "100.000", "-"],
    ]
    assert found[1].message == (
        "Kolom Sisa (Rp) tidak diisi (hanya -), padahal 2 barisnya dapat dihitung"
        " dari Anggaran (Rp) dan Realisasi (Rp): baris 1: 100.000, baris 3: 100.000"
    )
    assert [r.ref for r in found[1].related] == ["tabel-3.16/row:3/col:sisa"]


def test_a_sisa_column_more_of_whose_rows_its_rule_finds_is_one_finding() -> None:
    # rows 1 and 2 are the difference rule's (100.000 from the witnessed
    # realisasi, 500.000); row 2's "-" is the witnesses' too (its row and
    # Tabel 3.17): before, their finding stayed beside the column's warning
    text = _budgets(
        ["1.000.000\t950.000\t-", "2.000.000\t1.500.000\t-", "500.000\t500.000\t-"]
        + ["3.500.000\t2.900.000\t"],
        ["1.000.000\t900.000\t100.000", "2.000.000\t1.500.000\t500.000"]
        + ["500.000\t500.000\t0", "3.500.000\t2.900.000\t600.000"],
    )
    found = findings_for(text, source="t.txt", select=SISA_RULES)
    assert compact(found) == [
        [WITNESS, "tabel-3.16/row:1/col:realisasi_anggaran", 6, "900.000", "950.000"],
        [BLANK, "tabel-3.16/row:1/col:sisa", 6, "100.000", "-"],
    ]
    assert found[1].message.endswith(": baris 1: 100.000, baris 2: 500.000")


def test_a_filled_sisa_column_beside_its_copies_draws_nothing() -> None:
    figures = ["1.000.000\t900.000\t100.000", "2.000.000\t2.000.000\t0"]
    figures.append("3.000.000\t2.900.000\t100.000")
    assert findings_for(_budgets(figures, figures), source="t.txt") == []


BLAMED = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.2 Capaian Indikator Kinerja

No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian
1\tPersentase desa yang menetapkan APBDes tepat waktu\t80%\t60%\t{first}
2\tPersentase pengaduan yang ditindaklanjuti\t90%\t90%\t{second}
3\tPersentase desa dengan BUMDes berkembang\t80%\t0,4%\t-

Capaian persentase desa dengan BUMDes berkembang sebesar 0,5%.
"""


def test_a_capaian_column_of_dashes_counts_the_cell_a_sentence_shows_wrong() -> None:
    # row 3's "-" passes only at the edge of 0,4%'s rounding, and the sentence
    # quotes 0,4 / 80 = 0,5%: a wrong row of the column like the other two.
    # Before, it stayed a row finding beside the column's warning
    found = findings_for(BLAMED.format(first="-", second="-"), source="t.txt")
    assert compact(found) == [[BLANK, "tabel-3.2/row:1/col:capaian", 6, "75%", "-"]]
    assert found[0].message == (
        "Kolom Capaian tidak diisi (hanya -), padahal 3 barisnya dapat dihitung"
        " dari Realisasi dan Target: baris 1: 75%, baris 2: 100%, baris 3: 0,50%"
    )
    assert [r.ref for r in found[0].related] == [
        "tabel-3.2/row:2/col:capaian",
        "tabel-3.2/row:3/col:capaian",
    ]


def test_a_dash_a_sentence_shows_wrong_among_figures_stays_a_row_finding() -> None:
    found = findings_for(BLAMED.format(first="75,00", second="100,00"), source="t.txt")
    assert compact(found) == [
        [
            "capaian-equals-realisasi-over-target",
            "tabel-3.2/row:3/col:capaian",
            8,
            "0,50",
            "-",
        ]
    ]

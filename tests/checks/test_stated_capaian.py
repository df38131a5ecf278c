"""A table that mixes the two lower-is-better formulas, indicator by indicator.

The unemployment rate is computed as target / realisasi (5,20 / 5,04 = 103,17%),
the poverty rate as 2 − realisasi / target (2 − 9,12 / 9,50 = 104,00%); the
poverty rate's printed 103,60 fits no formula.
"""

from __future__ import annotations

from conftest import compact, findings_for

CAPAIAN = "capaian-equals-realisasi-over-target"
TEXT = "text-figure-matches-table"
RULES = (CAPAIAN, TEXT)
CELL = "tabel-III.1/row:3/col:capaian"

STATED = (
    "Untuk indikator Persentase Penduduk Miskin digunakan rumus (2 − realisasi/target)"
    " × 100%, sedangkan untuk Tingkat Pengangguran Terbuka digunakan rumus "
    "target/realisasi × 100%."
)


def _report(
    stated: str = STATED, miskin: str = "103,60", quote: str = "104,00", tpt: str = ""
) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA BAPPEDA KABUPATEN CONTOH TAHUN 2024",
            "",
            stated,
            "",
            "Tabel III.1 Realisasi dan Capaian IKU Tahun 2024",
            "",
            "No\tIndikator Kinerja Utama\tSatuan\tRealisasi 2024\tTarget 2024"
            "\tCapaian (%)",
            "1\tLaju Pertumbuhan Ekonomi\t%\t5,02\t5,10\t98,43",
            "2\tIndeks Pembangunan Manusia\tindeks\t72,48\t72,15\t100,46",
            f"3\tPersentase Penduduk Miskin\t%\t9,12\t9,50\t{miskin}",
            f"4\tTingkat Pengangguran Terbuka\t%\t5,04\t5,20\t{tpt or '103,17'}",
            "",
            f"Persentase Penduduk Miskin turun menjadi 9,12% dengan capaian {quote}%.",
            "",
        ]
    )


def test_the_formula_the_report_states_for_the_indicator_is_expected() -> None:
    found = findings_for(_report(), select=RULES)
    assert compact(found) == [[CAPAIAN, CELL, 10, "104,00", "103,60"]]
    assert found[0].message == (
        "Capaian 103,60, seharusnya 104,00 (2 − Realisasi 2024 / Target 2024 "
        "(indikator negatif) = 2 − 9,12% / 9,50%, rumus yang dinyatakan laporan untuk indikator "
        "ini)"
    )


def test_a_print_by_the_stated_formula_and_its_quote_are_right() -> None:
    assert findings_for(_report(miskin="104,00"), select=RULES) == []


def test_a_print_by_another_formula_than_the_stated_one_is_wrong() -> None:
    # target / realisasi (9,50 / 9,12 = 104,17) fits the print, but the report
    # says it computes this indicator as 2 − realisasi / target
    found = findings_for(_report(miskin="104,17", quote="104,17"), select=RULES)
    assert compact(found) == [
        [CAPAIAN, CELL, 10, "104,00", "104,17"],
        [TEXT, "text/paragraph:4/sentence:1", 13, "104,00%", "104,17%"],
    ]


def test_without_a_stated_formula_the_tables_usual_one_and_the_other_are_named() -> (
    None
):
    # the unemployment rate shows target / realisasi (its 103,17 fits 2 −
    # realisasi / target too, within the rounding of 5,04 and 5,20): expected is
    # 104,17, and 104,00 is named beside it, so a sentence that quotes 104,00 is
    # not told it is wrong, while one that quotes the wrong print is
    text = _report(stated="")
    found = findings_for(text, select=RULES)
    assert compact(found) == [[CAPAIAN, CELL, 10, "104,17", "103,60"]]
    assert found[0].message == (
        "Capaian 103,60, seharusnya 104,17 (Target 2024 / Realisasi 2024 (indikator "
        "negatif) = 9,50% / 9,12%; atau 104,00 bila dihitung 2 − Realisasi 2024 / "
        "Target 2024 (indikator negatif))"
    )
    found = findings_for(_report(stated="", quote="103,60"), select=RULES)
    assert compact(found) == [
        [CAPAIAN, CELL, 10, "104,17", "103,60"],
        [TEXT, "text/paragraph:3/sentence:1", 13, "104,17%", "103,60%"],
    ]


def test_a_lower_is_better_row_stated_as_realisasi_over_target_is_right() -> None:
    # the table computes the unemployment rate as target / realisasi; the report
    # says the poverty rate is realisasi / target (9,12 / 9,50 = 96,00)
    stated = (
        "Capaian Persentase Penduduk Miskin dihitung dengan rumus realisasi dibagi "
        "target."
    )
    text = _report(stated=stated, miskin="96,00", quote="96,00")
    assert findings_for(text, select=RULES) == []
    # without the sentence, the table's own formula is expected of it
    found = findings_for(
        _report(stated="", miskin="96,00", quote="96,00"), select=RULES
    )
    assert compact(found)[0] == [CAPAIAN, CELL, 10, "104,17", "96,00"]


def test_the_formula_stated_for_lower_is_better_indicators_as_a_whole() -> None:
    # no indicator named: the poverty rate's print fits nothing, and the formula
    # the report states for every lower-is-better indicator is expected (not the
    # table's target / realisasi)
    stated = (
        "Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan "
        "rumus 2 − realisasi/target."
    )
    found = findings_for(_report(stated=stated, quote="104,00"), select=RULES)
    assert compact(found) == [[CAPAIAN, CELL, 10, "104,00", "103,60"]]
    assert found[0].message == (
        "Capaian 103,60, seharusnya 104,00 (2 − Realisasi 2024 / Target 2024 "
        "(indikator negatif) = 2 − 9,12% / 9,50%, rumus yang dinyatakan laporan untuk indikator "
        "negatif)"
    )

"""Capaian formulas a report states in its sentences, indicator by indicator."""

from __future__ import annotations

import pytest

from lkjaudit.prose.formulas import stated_formulas

from conftest import report_from

TPT = "Tingkat Pengangguran Terbuka"
MISKIN = "Persentase Penduduk Miskin"


def _stated(sentence: str) -> tuple[str | None, str | None, str | None]:
    found = stated_formulas(report_from(f"LAPORAN KINERJA\n\n{sentence}\n"))
    return found.of(MISKIN), found.of(TPT), found.lower


def test_each_clause_states_its_own_indicators_formula() -> None:
    sentence = (
        f"Untuk indikator {MISKIN} digunakan rumus (2 − realisasi/target) × 100%, "
        f"sedangkan untuk {TPT} digunakan rumus target/realisasi × 100%."
    )
    assert _stated(sentence) == ("two_minus", "inverse", None)


@pytest.mark.parametrize(
    "written",
    [
        "2 - (realisasi / target)",
        "(2 x target − realisasi) / target",
        "((2 × Target) – Realisasi) : Target",
        "1 + ((target − realisasi) / target)",
        "(target + (target − realisasi)) / target",
        "{target − (realisasi − target)} / target",
        "2 − realisasi dibagi target",
    ],
)
def test_two_minus_is_read_in_its_written_forms(written: str) -> None:
    sentence = f"Capaian {MISKIN} dihitung dengan rumus {written} x 100%."
    assert _stated(sentence) == ("two_minus", None, None)


@pytest.mark.parametrize(
    ("written", "formula"),
    [
        ("target dibagi realisasi", "inverse"),
        ("Target : Realisasi", "inverse"),
        ("rencana / realisasi", "inverse"),
        ("realisasi dibagi dengan target", "standard"),
    ],
)
def test_a_ratio_is_read_either_way(written: str, formula: str) -> None:
    sentence = f"Capaian {TPT} dihitung dengan rumus {written} × 100%."
    assert _stated(sentence) == (None, formula, None)


def test_the_lower_is_better_indicators_as_a_whole() -> None:
    sentence = (
        "Untuk indikator yang semakin rendah semakin baik, capaian dihitung dengan "
        "rumus target/realisasi × 100%."
    )
    assert _stated(sentence) == (None, None, "inverse")


def test_nothing_is_stated_where_a_clause_gives_two_formulas() -> None:
    # either formula, for the same indicators: which one is the report's is left
    # to its figures
    sentence = (
        f"Untuk indikator yang makin kecil makin baik ({TPT}, {MISKIN}), capaian "
        "dihitung dengan rumus 2 − realisasi/target atau target/realisasi."
    )
    assert _stated(sentence) == (None, None, None)


def test_nothing_is_stated_for_an_indicator_the_clause_does_not_name() -> None:
    # the general rule names no indicator; a sentence that names one gives no
    # formula
    assert _stated(
        "Capaian dihitung dengan rumus realisasi dibagi target untuk indikator yang "
        f"semakin tinggi semakin baik. {TPT} turun menjadi 5,04%."
    ) == (None, None, None)


def test_a_name_of_one_word_is_not_looked_for() -> None:
    found = stated_formulas(
        report_from(
            "LAPORAN KINERJA\n\nCapaian jumlah pengaduan dihitung dengan rumus "
            "target/realisasi.\n"
        )
    )
    assert found.of("Jumlah") is None
    assert found.of("Jumlah pengaduan (kasus)") == "inverse"


def test_a_list_with_no_row_to_name_is_cut_at_every_dan() -> None:
    # no table: nothing says "sarana dan prasarana" is one name
    sentence = (
        "Untuk indikator yang semakin kecil semakin baik, yaitu persentase sarana dan"
        " prasarana rusak, dan jumlah kasus gizi buruk, capaian dihitung dengan rumus"
        " target dibagi realisasi."
    )
    found = stated_formulas(report_from(f"LAPORAN KINERJA\n\n{sentence}\n"))
    assert found.lower is None
    assert found.listed == (
        (("persentase", "sarana"), "inverse"),
        (("prasarana", "rusak"), "inverse"),
        (("jumlah", "kasus", "gizi", "buruk"), "inverse"),
    )


def test_a_list_in_an_earlier_clause_with_its_own_formula_is_not_carried() -> None:
    # the list's clause states its own formula: the later clause's is no
    # formula for the names listed
    sentence = (
        "Untuk indikator yang semakin kecil semakin baik, yaitu persentase PMKS"
        " terhadap jumlah penduduk, capaian dihitung dengan rumus target dibagi"
        " realisasi; untuk jumlah aduan masyarakat digunakan rumus 2 - realisasi"
        " / target."
    )
    found = stated_formulas(report_from(f"LAPORAN KINERJA\n\n{sentence}\n"))
    assert found.listed == (
        (("persentase", "pmks", "terhadap", "jumlah", "penduduk"), "inverse"),
    )
    assert found.of("Jumlah aduan masyarakat") == "two_minus"

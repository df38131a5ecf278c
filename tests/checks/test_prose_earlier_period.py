"""A figure its clause dates to the period before the report's (*tahun lalu*,
*tahun sebelumnya*, *tahun kemarin*, *periode sebelumnya*) is last year's, not a
figure of the table; the level a change reached (*menjadi*) and a figure dated to
the report's year are still this year's. A figure the sentence calls an average
(*rata-rata*, *rerata*) continues no row of an earlier sentence."""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

RULE = "text-figure-matches-table"
UNFOUND = "text-figure-found-in-tables"
FIRST = "text/paragraph:3/sentence:1"
SECOND = "text/paragraph:3/sentence:2"
LINE = 10

_TEXT = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.10 Capaian Kinerja dan Anggaran Program

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSerapan (%)\tCapaian Kinerja (%)
1\tProgram Penunjang Urusan Pemerintahan Daerah\t48.612.450.000\t46.935.118.260\t96,55\t98,40
2\tProgram Sediaan Farmasi dan Alat Kesehatan\t865.300.000\t861.950.000\t99,61\t97,46
3\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t412.750.000\t379.460.250\t91,93\t104,50
{extra}
{sentence}
"""
_AVERAGE_ROW = "\tRata-rata\t\t\t96,03\t100,12\n"

PROGRAM = "Program Pemberdayaan Masyarakat Bidang Kesehatan"
OPENING = f"Capaian kinerja {PROGRAM} sebesar 104,50%."


def _found(sentence: str, extra: str = "") -> list[list[object]]:
    text = _TEXT.format(sentence=sentence, extra=extra)
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    "sentence",
    [
        f"{OPENING} Capaiannya meningkat dari tahun lalu yang sebesar 100,00%.",
        f"Capaian kinerja {PROGRAM} sebesar 104,50%, meningkat dibandingkan tahun "
        "sebelumnya sebesar 98%.",
        f"{OPENING} Capaian tahun lalu 98%.",
        f"Capaian kinerja {PROGRAM} tahun kemarin sebesar 98%.",
        f"Serapan anggaran {PROGRAM} pada periode sebelumnya sebesar 85,00%.",
        f"Realisasi anggaran {PROGRAM} tahun lalu sebesar Rp 350.000.000.",
        # the report's year dates the subject; last year dates the figure
        f"Capaian kinerja {PROGRAM} tahun 2024 meningkat dari tahun lalu yang "
        "sebesar 100,00%.",
    ],
)
def test_a_figure_of_the_period_before_is_not_compared(sentence: str) -> None:
    assert _found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"Capaian kinerja {PROGRAM} sebesar 95%, meningkat dari tahun lalu yang "
        "sebesar 100,00%.",
        # the level a change reached, after the period it is compared with
        f"Capaian kinerja {PROGRAM} meningkat dibandingkan tahun lalu menjadi 95%.",
        f"{OPENING.replace('104,50', '95')} Capaiannya meningkat dari tahun lalu "
        "yang sebesar 100,00%.",
        # the date nearest the figure decides
        f"Capaian kinerja {PROGRAM} tahun lalu sebesar 98% dan tahun ini sebesar 95%.",
        f"Dibandingkan tahun sebelumnya capaian kinerja {PROGRAM} tahun 2024 "
        "sebesar 95%.",
        f"Capaian kinerja {PROGRAM} tahun lalu sebesar 98%, tahun ini 95%.",
        # a year right after the figure dates it
        f"Capaian kinerja {PROGRAM} sebesar 95% pada tahun 2024, naik dari tahun lalu.",
    ],
)
def test_a_wrong_figure_of_this_year_is_still_reported(sentence: str) -> None:
    assert _found(sentence) == [[RULE, FIRST, LINE, "104,50%", "95%"]]
    # the same shapes quoting the right figure are not reported
    assert _found(sentence.replace("95%", "104,50%")) == []


def test_a_wrong_level_reached_after_last_years_is_reported_once() -> None:
    sentence = (
        f"{OPENING} Capaiannya meningkat dari tahun lalu yang sebesar 100,00% "
        "menjadi 105,40%."
    )
    assert _found(sentence) == [[RULE, SECOND, LINE, "104,50%", "105,40%"]]


def test_a_wrong_budget_figure_of_this_year_is_still_reported() -> None:
    assert _found(
        f"Realisasi anggaran {PROGRAM} tahun ini sebesar Rp 350.000.000."
    ) == [[RULE, FIRST, LINE, "Rp 379.460.250", "Rp 350.000.000"]]


@pytest.mark.parametrize(
    "average",
    [
        "Capaian kinerja rata-rata program sebesar 100,21%.",
        "Secara rata-rata, capaian kinerja program sebesar 100,21%.",
        "Rerata capaian kinerja program sebesar 100,21%.",
        # the average said after the figure
        "Capaian kinerja program sebesar 100,21% secara rata-rata.",
        "Capaian kinerja program sebesar 100,21% (rata-rata).",
        "Capaian kinerja program 100,21% rata-rata per program.",
    ],
)
def test_an_average_continues_no_row_of_the_sentence_before(average: str) -> None:
    sentence = f"Capaian kinerja {PROGRAM} 104,50%. {average}"
    # in no table: the reviewer traces it, no row contradicts it
    assert _found(sentence) == [[UNFOUND, SECOND, LINE, None, "100,21%"]]
    # the table's own average row holds it
    right = sentence.replace("100,21%", "100,12%")
    assert _found(right, extra=_AVERAGE_ROW) == []


def test_an_average_of_serapan_continues_no_row_either() -> None:
    sentence = f"{OPENING} Serapan anggaran rata-rata program sebesar 96,03%."
    assert _found(sentence, extra=_AVERAGE_ROW) == []


def test_a_sentence_with_no_subject_and_no_average_still_continues_the_row() -> None:
    sentence = f"{OPENING} Capaiannya sebesar 100,21%."
    assert _found(sentence) == [[RULE, SECOND, LINE, "104,50%", "100,21%"]]


@pytest.mark.parametrize(
    "sentence",
    [
        f"Capaian kinerja rata-rata {PROGRAM} sebesar {{p}}.",
        f"Capaian kinerja {PROGRAM} sebesar {{p}} secara rata-rata.",
        f"Capaian kinerja {PROGRAM} sebesar {{p}} (rata-rata).",
    ],
)
def test_an_average_of_a_row_the_sentence_names_is_that_rows(sentence: str) -> None:
    assert _found(sentence.format(p="95%")) == [[RULE, FIRST, LINE, "104,50%", "95%"]]
    assert _found(sentence.format(p="104,50%")) == []

"""Gaps in the sentence reader: revenue in prose, running totals, count wording.

Revenue: "Realisasi pendapatan … Rp …" quotes a table of revenue against its
target (``Target Pendapatan | Realisasi Pendapatan``), its row or its total,
never the budget. Running totals: "terealisasi 33 kali s.d. triwulan III" quotes
the ``s.d. TW III`` column of its indicator's row, "pada triwulan II" that
quarter's own column.
"""

from __future__ import annotations

import pytest

from conftest import compact, findings_for

# ---------------------------------------------------------------- revenue

_REVENUE = """# LAPORAN KINERJA DINAS PERDAGANGAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.4 Target dan Realisasi Pendapatan Retribusi Tahun 2024**

| No | Uraian Pendapatan | Target Pendapatan (Rp) | Realisasi Pendapatan (Rp) | Capaian (%) |
|---|---|---:|---:|---:|
| 1 | Retribusi Pelayanan Pasar | 2.400.000.000 | 2.514.300.000 | 104,76 |
| 2 | Retribusi Pemakaian Kekayaan Daerah | 600.000.000 | 552.120.000 | 92,02 |
| | JUMLAH | 3.000.000.000 | 3.066.420.000 | 102,21 |

**Tabel 3.5 Realisasi Anggaran Tahun 2024**

| No | Program | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---:|---:|---:|
| 1 | Program Peningkatan Sarana Distribusi Perdagangan | 3.500.000.000 | 3.066.240.000 | 87,61 |
| | JUMLAH | 3.500.000.000 | 3.066.240.000 | 87,61 |

{}
"""
_AT = ["text-figure-matches-table", "text/paragraph:4/sentence:1", 18]


def _revenue(sentence: str, report: str = _REVENUE) -> list[list[object]]:
    text = report.format(sentence)
    assert text.splitlines()[_AT[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the whole revenue realised, two digits swapped: the JUMLAH's
        (
            "Realisasi pendapatan retribusi tahun 2024 mencapai Rp 3.064.620.000.",
            "Rp 3.066.420.000",
            "Rp 3.064.620.000",
        ),
        # its target, by "target pendapatan"
        (
            "Target pendapatan retribusi tahun 2024 sebesar Rp 3.100.000.000.",
            "Rp 3.000.000.000",
            "Rp 3.100.000.000",
        ),
        # a row named by its clause, "terealisasi" after it
        (
            "Retribusi Pelayanan Pasar terealisasi sebesar Rp 2.541.300.000 dari "
            "target Rp 2.400.000.000.",
            "Rp 2.514.300.000",
            "Rp 2.541.300.000",
        ),
        # the row's target after its right realisation
        (
            "Retribusi Pelayanan Pasar terealisasi sebesar Rp 2.514.300.000 dari "
            "target Rp 2.500.000.000.",
            "Rp 2.400.000.000",
            "Rp 2.500.000.000",
        ),
        # "penerimaan" is revenue too, and "total" the whole
        (
            "Total realisasi penerimaan retribusi sebesar Rp 3.166.420.000.",
            "Rp 3.066.420.000",
            "Rp 3.166.420.000",
        ),
    ],
)
def test_a_wrong_revenue_figure_is_told_the_revenue_row(
    sentence: str, expected: str, actual: str
) -> None:
    assert _revenue(sentence) == [[*_AT, expected, actual]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Realisasi pendapatan retribusi tahun 2024 mencapai Rp 3.066.420.000.",
        "Target pendapatan retribusi tahun 2024 sebesar Rp 3.000.000.000.",
        "Retribusi Pemakaian Kekayaan Daerah terealisasi sebesar Rp 552.120.000 "
        "dari target Rp 600.000.000.",
        # a part of the revenue no row holds is not the whole
        "Realisasi pendapatan dari sewa kios sebesar Rp 125.000.000.",
        # someone else's income, an indicator of the economy
        "Realisasi pendapatan per kapita masyarakat mencapai Rp 3.064.620.000.",
        # the budget's realisation stays the budget's: Tabel 3.5's JUMLAH
        "Realisasi anggaran belanja tahun 2024 sebesar Rp 3.066.240.000.",
    ],
)
def test_a_right_revenue_figure_or_no_revenue_at_all_is_not_reported(
    sentence: str,
) -> None:
    assert _revenue(sentence) == []


def test_revenue_is_never_compared_with_the_budget() -> None:
    # the budget's realisation printed beside a revenue figure: without a table
    # of revenue, the amount is compared with nothing (before, no claim was read)
    report = (
        _REVENUE.split("**Tabel 3.4")[0]
        + "**Tabel 3.5"
        + _REVENUE.split("**Tabel 3.5")[1]
    )
    sentence = "Realisasi pendapatan retribusi tahun 2024 mencapai Rp 3.064.620.000."
    text = report.format(sentence)
    found = compact(findings_for(text, select=("text-figure-*",)))
    assert found == []


def test_the_message_names_revenue_as_such() -> None:
    text = _REVENUE.format(
        "Target pendapatan retribusi tahun 2024 sebesar Rp 3.100.000.000."
    )
    messages = [
        f.message
        for lang in ("id", "en")
        for f in findings_for(text, select=("text-figure-*",), lang=lang)
    ]
    assert messages == [
        "Kalimat menyebut target pendapatan Rp 3.100.000.000, padahal Tabel 3.4"
        " baris jumlah (JUMLAH) menunjukkan Rp 3.000.000.000",
        "The text gives revenue target Rp 3.100.000.000, but Tabel 3.4 total row"
        " (JUMLAH) gives Rp 3.000.000.000",
    ]


def test_realisasi_anggaran_belanja_is_the_budget_spent_not_its_pagu() -> None:
    # "realisasi anggaran belanja" is one keyword: the amount was read as the
    # pagu ("belanja" after "realisasi anggaran" was the nearest keyword)
    assert _revenue(
        "Realisasi anggaran belanja tahun 2024 sebesar Rp 3.060.240.000."
    ) == [[*_AT, "Rp 3.066.240.000", "Rp 3.060.240.000"]]


# ---------------------------------------------------------- quarters

_QUARTERS = """# LAPORAN KINERJA TRIWULAN III DINAS CONTOH KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target Tahunan | Target TW I | Target TW II | Target TW III | Realisasi TW I | Realisasi TW II | Realisasi TW III | Realisasi s.d. TW III | Capaian (%) |
|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| 1 | Jumlah pelatihan kewirausahaan yang dilaksanakan | kali | 40 | 10 | 10 | 12 | 10 | 11 | 12 | 33 | 82,50 |
| 2 | Jumlah pelaku usaha yang dibina | orang | 200 | 50 | 50 | 50 | 45 | 52 | 61 | 158 | 79,00 |

{}
"""
_AT_Q = ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10]
_TRAINING = "Jumlah pelatihan kewirausahaan yang dilaksanakan"
_BINA = "Jumlah pelaku usaha yang dibina"


def _quarters(sentence: str, report: str = _QUARTERS) -> list[list[object]]:
    text = report.format(sentence)
    assert text.splitlines()[_AT_Q[2] - 1] == sentence
    return compact(findings_for(text, select=("text-figure-*",)))


@pytest.mark.parametrize(
    ("sentence", "expected", "actual"),
    [
        # the running total, in a noun read only because a quarter dates it
        (
            f"{_TRAINING} terealisasi 31 kali sampai dengan triwulan III.",
            "33 kali",
            "31 kali",
        ),
        # one quarter's realisation: that quarter's column, not the total
        (f"{_TRAINING} pada triwulan II terealisasi 13 kali.", "11 kali", "13 kali"),
        # one quarter's target: its column, not the year's
        (
            f"{_BINA} pada triwulan III terealisasi 61 orang dari target 55 orang.",
            "50 orang",
            "55 orang",
        ),
        # the target up to a quarter: the quarters' targets added up
        (
            f"{_BINA} terealisasi 158 orang dari target 140 orang sampai dengan "
            "triwulan III.",
            "150 orang",
            "140 orang",
        ),
    ],
)
def test_a_figure_dated_to_a_quarter_is_told_that_quarters_figure(
    sentence: str, expected: str, actual: str
) -> None:
    assert _quarters(sentence) == [[*_AT_Q, expected, actual]]


def test_the_target_up_to_a_quarter_names_the_quarters_it_adds_up() -> None:
    text = _QUARTERS.format(
        f"{_BINA} terealisasi 158 orang dari target 140 orang sampai dengan "
        "triwulan III."
    )
    (found,) = findings_for(text, select=("text-figure-*",))
    assert "Target TW I + Target TW II + Target TW III" in found.message
    assert [r.ref for r in found.related] == [
        "tabel-3.1/row:2/col:c5",
        "tabel-3.1/row:2/col:c6",
        "tabel-3.1/row:2/col:c7",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_TRAINING} terealisasi 33 kali sampai dengan triwulan III.",
        f"{_TRAINING} pada triwulan II terealisasi 11 kali.",
        # a quarter's figure was compared with the running total (158)
        f"{_BINA} pada triwulan III terealisasi 61 orang dari target 50 orang.",
        f"{_BINA} terealisasi 158 orang dari target 150 orang sampai dengan "
        "triwulan III.",
        f"Realisasi {_BINA.lower()} s.d. TW III sebesar 158 orang.",
        # "pada triwulan III" said loosely of the total up to it
        f"{_BINA} pada triwulan III terealisasi 158 orang.",
        # the year's target, said as such
        f"{_BINA} s.d. triwulan III terealisasi 158 orang dari target tahunan "
        "200 orang.",
        # a count in another noun than the row's unit
        f"{_TRAINING} terealisasi 31 peserta sampai dengan triwulan III.",
        # a count in such a noun no quarter dates stays unread, as before
        f"{_TRAINING} terealisasi 31 kali.",
    ],
)
def test_a_right_dated_figure_or_another_nouns_count_is_not_reported(
    sentence: str,
) -> None:
    assert _quarters(sentence) == []


def test_a_quarters_target_no_column_holds_is_not_the_years() -> None:
    # only the year's target: "target 30 kali s.d. triwulan III" is none of it
    report = _QUARTERS.replace("Target TW I | Target TW II | Target TW III | ", "")
    report = report.replace("|---|---|---|---:|---:|---:|---:|", "|---|---|---|---:|")
    report = report.replace("| 40 | 10 | 10 | 12 |", "| 40 |")
    report = report.replace("| 200 | 50 | 50 | 50 |", "| 200 |")
    sentence = (
        f"{_TRAINING} terealisasi 33 kali dari target 30 kali sampai dengan "
        "triwulan III."
    )
    assert "Target TW" not in report
    assert _quarters(sentence, report) == []
    # the year's target, said as such, is still compared
    wrong = f"{_TRAINING} s.d. triwulan III terealisasi 33 kali dari target tahunan 45 kali."
    assert _quarters(wrong, report) == [[*_AT_Q, "40 kali", "45 kali"]]


# ---------------------------------------------------------- count wording

_COUNTED = """LAPORAN KINERJA DINAS CONTOH TAHUN 2023

Tabel 3.3 Capaian Kinerja Program

No\tProgram\tIndikator\tTarget\tRealisasi\tCapaian
1\tProgram Penunjang Urusan Pemerintahan Daerah\tPersentase layanan administrasi terpenuhi\t100%\t100%\t100%
2\tProgram Pengelolaan Pendidikan\tAngka partisipasi sekolah\t95%\t90,25%\t95%
3\tProgram Pemberdayaan Masyarakat\tPersentase kelompok aktif\t80%\t0%\t0%
\t\tPersentase kelompok mandiri\t80%\t0%\t0%
\t\tPersentase kader terlatih\t100%\t100%\t100%
4\tProgram Ketenteraman dan Ketertiban\tPersentase gangguan tertangani\t100%\t40%\t40%

{}
"""


def _counted(sentence: str, lang: str = "id") -> list[str]:
    found = findings_for(
        _COUNTED.format(sentence), select=("count-claim-*",), lang=lang
    )
    return [f"{f.rule_id}: {f.message}" for f in found]


def test_a_count_claim_says_how_many_of_the_figures_listed_count() -> None:
    # strictly above 95% is one programme (100%), at least 95% two
    sentence = "Sebanyak 2 program memiliki capaian lebih dari 95%."
    assert _counted(sentence) == [
        'count-claim-holds-as-worded: Klaim "2 program … lebih dari 95%": Tabel 3.3'
        " memuat 1 dari 4 program ini (100%, 95%, 33,33% (rata-rata 3 baris"
        " indikatornya), 40%); benar hanya bila dibaca \u201cminimal (sama dengan"
        " atau lebih dari) 95%\u201d"
    ]
    assert _counted(sentence, "en") == [
        'count-claim-holds-as-worded: Claim "2 program … lebih dari 95%": Tabel 3.3'
        " gives 1 of these 4 program (100%, 95%, 33,33% (the mean of its 3"
        " indicator rows), 40%); true only when read as \u201cat least 95%\u201d"
    ]


def test_a_wrong_total_keeps_its_own_wording() -> None:
    # no "of these": the table lists 4 programmes, the sentence says 5
    assert _counted(
        "Terdapat 3 program dari total 5 program yang capaiannya di atas 30%."
    ) == [
        'count-claim-holds: Klaim "5 program … di atas 30%": Tabel 3.3 memuat 4'
        " (100%, 95%, 33,33% (rata-rata 3 baris indikatornya), 40%); tabel memuat"
        " 4 program, bukan 5"
    ]


def test_a_count_claim_that_holds_as_worded_is_not_reported() -> None:
    assert _counted("Sebanyak 3 program memiliki capaian di atas 35%.") == []


# ------------------------------------------------- a count named after it


def test_a_count_whose_words_after_it_name_the_indicator_is_its_realisasi() -> None:
    wrong = (
        "Sampai dengan triwulan III, sebanyak 185 orang pelaku usaha yang dibina "
        "dari target tahunan 200 orang."
    )
    assert _quarters(wrong) == [[*_AT_Q, "158 orang", "185 orang"]]
    assert _quarters(wrong.replace("185", "158")) == []


def test_a_count_no_words_name_is_not_compared() -> None:
    assert (
        _quarters(
            "Sampai dengan triwulan III, sebanyak 185 orang telah hadir dari target "
            "tahunan 200 orang."
        )
        == []
    )


# ------------------------------------------- scores named through a root

_SCORES = """# LAPORAN KINERJA RSUD CONTOH KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Nilai kepuasan masyarakat yang dilayani rawat jalan | nilai | 80 | 84,12 | 105,15 |
| 2 | Angka kematian ibu | per 100.000 kelahiran hidup | 90 | 78 | 113,33 |
{}
{}
"""
_SCORE_SENTENCE = "Nilai kepuasan pelayanan rawat jalan mencapai {}."


def _scores(sentence: str, more: str = "") -> list[list[object]]:
    text = _SCORES.format(more, sentence)
    line = text.splitlines().index(sentence) + 1
    found = compact(findings_for(text, select=("text-figure-*",)))
    return [[f[0], f[2] == line, *f[3:]] for f in found]


def test_a_score_names_its_indicator_by_the_noun_of_its_verb() -> None:
    # *pelayanan* is the noun of *dilayani*: the words alone name no row
    found = _scores(_SCORE_SENTENCE.format("84,21"))
    assert found == [["text-figure-matches-table", True, "84,12", "84,21"]]
    assert _scores(_SCORE_SENTENCE.format("84,12")) == []


def test_a_root_two_indicators_share_names_neither() -> None:
    # *dilayani* in two indicators' names: *pelayanan* chooses neither
    other = (
        "| 3 | Nilai kepuasan masyarakat yang dilayani rawat inap | nilai | 80 |"
        " 81,40 | 101,75 |"
    )
    assert _scores(_SCORE_SENTENCE.format("84,21"), other) == []


def test_a_quarters_percent_target_no_column_holds_is_neither_wrong_nor_unfound() -> (
    None
):
    report = """# LAPORAN KINERJA TRIWULAN III DINAS CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Triwulan III Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi s.d. TW III | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase pelaku usaha yang naik kelas | % | 60 | 45 | 75,00 |

{}
"""
    sentence = (
        "Persentase pelaku usaha yang naik kelas terealisasi 45% dari target 40% "
        "sampai dengan triwulan III."
    )
    text = report.format(sentence)
    assert compact(findings_for(text, select=("text-figure-*",))) == []
    # the year's target, said as such, is still compared
    wrong = sentence.replace("target 40%", "target tahunan 65%")
    assert compact(findings_for(report.format(wrong), select=("text-figure-*",))) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 9, "60%", "65%"]
    ]

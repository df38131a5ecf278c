"""Rates whose base is said in words, capaian without a % and scores after a colon.

"78 per seratus ribu kelahiran hidup" is a rate per 100.000 KH, "2,1 per seribu
penduduk" one per 1.000 penduduk; "dengan capaian 99,27" is a capaian in percent
(a count, "capaian 4 indikator", is none); "Indeks Kepuasan Masyarakat: 84,21"
is the indicator's realisasi, as "nilai IKM sebesar 84,21" is.
"""

from __future__ import annotations

from decimal import Decimal

from lkjaudit.prose.rates import Base, rate_base, with_rates

from conftest import compact, findings_for, report_from

TEXT = ("text-figure-*", "text-count-*")
RULE = "text-figure-matches-table"
UNMATCHED = "text-figure-found-in-tables"

_REPORT = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN SUKAMULYA TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Angka Kematian Ibu | per 100.000 KH | 95 | 88 | 107,37 |
| 2 | Angka Kematian Bayi | per seribu KH | 9 | 8,1 | 110,00 |
| 3 | Angka Kesakitan Tuberkulosis | per 1.000 penduduk | 2,5 | 2,1 | 116,00 |
| 4 | Angka Kesakitan Diare | per sepuluh ribu penduduk | 30 | 27 | 110,00 |
| 5 | Indeks Kepuasan Masyarakat | nilai | 82 | 81,4 | 99,27 |
| 6 | Nilai SAKIP Dinas Kesehatan | nilai | 65 | 65,5 | 100,77 |
| 7 | Persentase ibu hamil yang mendapat pelayanan K4 | % | 95 | 90,25 | 95,00 |

Pelayanan kesehatan dasar terus ditingkatkan.

{after}
"""
LINE = 19
AT = ["text/paragraph:5/sentence:1", LINE]


def _found(after: str) -> list[list[object]]:
    text = _REPORT.format(after=after)
    assert text.splitlines()[LINE - 1] == after
    return compact(findings_for(text, select=TEXT, source="laporan.md"))


def _read(after: str) -> list[tuple[str, str, str]]:
    report = report_from(_REPORT.format(after=after), "laporan.md")
    return [(c.metric, c.figure.kind, c.figure.raw) for c in with_rates(report).figures]


# ------------------------------------------------------------ bases in words


def test_a_base_in_words_is_the_same_base() -> None:
    assert rate_base("per seratus ribu kelahiran hidup") == Base(Decimal(100_000), "kh")
    assert rate_base("per seribu penduduk") == Base(Decimal(1000), "penduduk")
    assert rate_base("per sepuluh ribu penduduk") == Base(Decimal(10_000), "penduduk")
    assert rate_base("per 100 ribu KH") == Base(Decimal(100_000), "kh")
    assert rate_base("(per 1.000 KH)") == Base(Decimal(1000), "kh")
    # NOTE: a base is a power of ten: "per tiga bulan", "per 3 ribu" are none
    assert rate_base("per tiga bulan") is None
    assert rate_base("per 3 ribu penduduk") is None


def test_a_rate_per_seratus_ribu_is_one_per_100_000() -> None:
    aki = "Angka Kematian Ibu (AKI) tahun 2024 sebesar {x} per seratus ribu kelahiran hidup."
    assert _read(aki.format(x="88")) == [
        ("realisasi", "rate", "88 per seratus ribu kelahiran hidup")
    ]
    assert _found(aki.format(x="88")) == []
    assert _found(aki.format(x="78")) == [
        [
            RULE,
            *AT,
            "88 per seratus ribu kelahiran hidup",
            "78 per seratus ribu kelahiran hidup",
        ]
    ]
    # digits and a word: 100 ribu is 100.000
    assert _found("Angka Kematian Ibu sebesar 88 per 100 ribu KH.") == []
    assert _found("Angka Kematian Ibu sebesar 98 per 100 ribu KH.") == [
        [RULE, *AT, "88 per 100 ribu KH", "98 per 100 ribu KH"]
    ]


def test_a_row_whose_unit_says_its_base_in_words_takes_it_in_digits() -> None:
    # the Satuan says "per seribu KH"; the sentence "per 1.000 KH", or in words
    akb = "Angka Kematian Bayi tahun 2024 sebesar {x}."
    assert _found(akb.format(x="8,1 per 1.000 KH")) == []
    assert _found(akb.format(x="8,1 per seribu kelahiran hidup")) == []
    assert _found(akb.format(x="8,4 per 1.000 KH")) == [
        [RULE, *AT, "8,1 per 1.000 KH", "8,4 per 1.000 KH"]
    ]
    assert _found(akb.format(x="8,4 per seribu kelahiran hidup")) == [
        [
            RULE,
            *AT,
            "8,1 per seribu kelahiran hidup",
            "8,4 per seribu kelahiran hidup",
        ]
    ]


def test_seribu_and_sepuluh_ribu_are_per_1_000_and_per_10_000() -> None:
    tb = "Angka Kesakitan Tuberkulosis sebesar {x}."
    assert _found(tb.format(x="2,1 per seribu penduduk")) == []
    assert _found(tb.format(x="2,1 per 1.000 penduduk")) == []
    assert _found(tb.format(x="2,4 per seribu penduduk")) == [
        [RULE, *AT, "2,1 per seribu penduduk", "2,4 per seribu penduduk"]
    ]
    # "per 1.000 penduduk" in digits was read before: the same finding
    assert _found(tb.format(x="2,4 per 1.000 penduduk")) == [
        [RULE, *AT, "2,1 per 1.000 penduduk", "2,4 per 1.000 penduduk"]
    ]
    diare = "Angka Kesakitan Diare sebesar {x}."
    assert _found(diare.format(x="27 per sepuluh ribu penduduk")) == []
    assert _found(diare.format(x="27 per 10.000 penduduk")) == []
    assert _found(diare.format(x="29 per sepuluh ribu penduduk")) == [
        [RULE, *AT, "27 per sepuluh ribu penduduk", "29 per sepuluh ribu penduduk"]
    ]


def test_a_base_in_words_of_another_size_or_thing_fits_no_row() -> None:
    for after in (
        # per seratus ribu is no rate per 1.000 KH, per seribu none per 10.000
        "Angka Kematian Bayi sebesar 810 per seratus ribu KH.",
        "Angka Kesakitan Diare sebesar 2,7 per seribu penduduk.",
        # per 1.000 penduduk is no rate per 1.000 KH
        "Angka Kematian Bayi sebesar 8,4 per seribu penduduk.",
    ):
        assert _found(after) == [], after


def test_a_rate_in_words_of_another_year_or_place_is_no_claim() -> None:
    assert _read(
        "Angka Kematian Ibu turun dari 97 per seratus ribu KH menjadi 88 per "
        "seratus ribu KH."
    ) == [("realisasi", "rate", "88 per seratus ribu KH")]
    for after in (
        "Angka Kematian Ibu tahun 2023 sebesar 97 per seratus ribu KH.",
        "Angka Kematian Ibu nasional sebesar 189 per seratus ribu kelahiran hidup.",
        "Angka Kematian Ibu masih di atas 70 per seratus ribu KH.",
    ):
        assert _read(after) == [], after


# ------------------------------------------------------- capaian without a %


def test_a_capaian_without_its_percent_sign_is_a_capaian() -> None:
    ikm = "Indeks Kepuasan Masyarakat tahun 2024 sebesar 81,4 dengan capaian {x}."
    assert _read(ikm.format(x="99,27")) == [
        ("realisasi", "score", "81,4"),
        ("capaian", "pct", "99,27"),
    ]
    assert _found(ikm.format(x="99,27")) == []
    assert _found(ikm.format(x="98,27")) == [[RULE, *AT, "99,27%", "98,27"]]
    # "persen" in words, as "%"
    persen = "Indeks Kepuasan Masyarakat dengan capaian sebesar {x} persen."
    assert _found(persen.format(x="99,27")) == []
    assert _found(persen.format(x="98,27")) == [[RULE, *AT, "99,27%", "98,27%"]]
    # of an indicator in %: compared with its capaian as "capaian 96%" would be
    k4 = "Persentase ibu hamil yang mendapat pelayanan K4 dengan capaian kinerja {x}."
    assert _found(k4.format(x="95")) == []
    assert _found(k4.format(x="96")) == [[RULE, *AT, "95%", "96"]]


def test_a_capaian_without_percent_may_be_the_figure_reached() -> None:
    # "capaian" said loosely of the realisasi: one equal to it is read as it
    assert _found("Capaian Indeks Kepuasan Masyarakat sebesar 81,4.") == []
    assert _found("Capaian Nilai SAKIP Dinas Kesehatan sebesar 65,5 (B).") == []
    # neither the realisasi nor the capaian: a wrong capaian (at the sentence's
    # precision)
    assert _found("Capaian Indeks Kepuasan Masyarakat sebesar 84,1.") == [
        [RULE, *AT, "99,3%", "84,1"]
    ]
    # naming no row: found as a realisasi, it is one; in no table, noted
    assert _found("Capaian kinerja sebesar 81,4.") == []
    assert _found("Capaian kinerja sebesar 77,5.") == [[UNMATCHED, *AT, None, "77,5"]]


def test_a_count_after_capaian_is_no_capaian() -> None:
    for after in (
        "Capaian 4 indikator kinerja utama melampaui target.",
        "Dari 7 indikator, capaian 3 (tiga) dari 4 indikator kesehatan ibu baik.",
        "Indeks Kepuasan Masyarakat menjadi salah satu capaian 2 sasaran.",
        "Capaian tahun 2024 Indeks Kepuasan Masyarakat baik.",
        "Capaian Indeks Kepuasan Masyarakat belum mencapai 100.",
    ):
        assert _read(after) == [], after
        assert _found(after) == [], after


# ------------------------------------------------------ a score after a colon


def test_a_score_after_the_indicators_name_and_a_colon_is_its_realisasi() -> None:
    assert _read("Indeks Kepuasan Masyarakat: 81,4.") == [
        ("realisasi", "score", "81,4")
    ]
    assert _found("Indeks Kepuasan Masyarakat: 81,4.") == []
    assert _found("Indeks Kepuasan Masyarakat (IKM): 84,21.") == [
        [RULE, *AT, "81,4", "84,21"]
    ]
    assert _found("Nilai SAKIP Dinas Kesehatan: 65,5 (B).") == []
    assert _found("Nilai SAKIP Dinas Kesehatan: 56,5 (C).") == [
        [RULE, *AT, "65,5", "56,5"]
    ]
    # each after its own name; a target and a capaian by their word
    assert _found(
        "Indeks Kepuasan Masyarakat: 81,4; Nilai SAKIP Dinas Kesehatan: 56,5."
    ) == [[RULE, *AT, "65,5", "56,5"]]
    assert _found("Target Indeks Kepuasan Masyarakat: 85.") == [[RULE, *AT, "82", "85"]]
    assert _found("Capaian Indeks Kepuasan Masyarakat: 98,27.") == [
        [RULE, *AT, "99,27%", "98,27"]
    ]


def test_a_number_after_a_colon_that_gives_no_value_is_no_claim() -> None:
    for after in (
        # a list's item number, after the words that open the list
        "Hasil survei Indeks Kepuasan Masyarakat sebagai berikut: 1. Persyaratan "
        "pelayanan baik.",
        "Indeks Kepuasan Masyarakat meliputi: 9 unsur pelayanan.",
        "Indeks Kepuasan Masyarakat tahun 2023: 79,8.",
        "Keterangan Indeks Kepuasan Masyarakat: 4 = sangat baik.",
        "Indeks Kepuasan Masyarakat Provinsi: 80,1.",
    ):
        assert _read(after) == [], after
        assert _found(after) == [], after


def test_a_score_after_a_colon_is_of_the_name_right_before_it() -> None:
    # a list of the survey's elements: each figure is its element's, not the
    # indicator's (a list of service units is a list of sub-units' figures,
    # no claim at all: tests/checks/test_sub_units.py)
    after = (
        "Indeks Kepuasan Masyarakat per unsur pelayanan: Persyaratan: 78,2; "
        "Prosedur: 84,5."
    )
    assert _read(after) == [
        ("realisasi", "score", "78,2"),
        ("realisasi", "score", "84,5"),
    ]
    assert _found(after) == []
    # the indicator named right before its colon still is
    assert _found("Hasil survei pelayanan; Indeks Kepuasan Masyarakat: 78,2.") == [
        [RULE, *AT, "81,4", "78,2"]
    ]

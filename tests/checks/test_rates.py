"""Rates with a base and index scores quoted in sentences, against their indicator.

"Angka Kematian Ibu … sebesar 78 per 100.000 kelahiran hidup" restates the
realisasi of the AKI row, "dari target 98 per 100.000 KH" its target, "nilai IKM
sebesar 84,21" the realisasi of the Indeks Kepuasan Masyarakat row: compared at
the precision the sentence prints, only with a row whose indicator the sentence
names and whose unit fits.
"""

from __future__ import annotations

from lkjaudit.checks.rates import RowUnit, fits, row_unit
from lkjaudit.prose.rates import Base, rate_base, with_rates

from conftest import compact, findings_for, report_from

TEXT = ("text-figure-*", "text-count-*")
RULE = "text-figure-matches-table"

_REPORT = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Angka Kematian Ibu | per 100.000 KH | 98 | 87 | 111,22 |
| 2 | Angka Kematian Bayi | per 1.000 KH | 8,5 | 7,9 | 107,06 |
| 3 | Angka Kesakitan Demam Berdarah | per 100.000 penduduk | 50 | 42 | 116,00 |
| 4 | Indeks Kepuasan Masyarakat | nilai | 82 | 84,1 | 102,56 |
| 5 | Persentase balita yang ditimbang | % | 85 | 80 | 94,12 |
| 6 | Nilai SAKIP Dinas Kesehatan | nilai | 3,00 | 3,25 | 108,33 |

Derajat kesehatan masyarakat terus membaik.

{after}
"""
LINE = 18
AT = ["text/paragraph:5/sentence:1", LINE]


def _found(after: str, report: str = _REPORT, line: int = LINE) -> list[list[object]]:
    text = report.format(after=after)
    assert text.splitlines()[line - 1] == after
    return compact(findings_for(text, select=TEXT, source="laporan.md"))


def _read(after: str) -> list[tuple[str, str]]:
    report = report_from(_REPORT.format(after=after), "laporan.md")
    return [(c.metric, c.figure.raw) for c in with_rates(report).figures]


_AKI = "Angka Kematian Ibu (AKI) tahun 2024 sebesar {x} per 100.000 kelahiran hidup."


def test_a_rate_is_the_realisasi_of_the_indicator_it_follows() -> None:
    assert _found(_AKI.format(x="87")) == []
    assert _found(_AKI.format(x="78")) == [
        [
            RULE,
            *AT,
            "87 per 100.000 kelahiran hidup",
            "78 per 100.000 kelahiran hidup",
        ]
    ]


def test_an_acronym_of_the_indicator_names_it() -> None:
    after = "AKI tahun 2024 sebesar 78 per 100.000 KH."
    assert _found(after) == [[RULE, *AT, "87 per 100.000 KH", "78 per 100.000 KH"]]
    assert _found("Nilai IKM sebesar 84,3.") == [[RULE, *AT, "84,1", "84,3"]]


def test_a_rate_after_target_is_the_target() -> None:
    after = (
        "Angka Kematian Bayi tahun 2024 sebesar 7,9 per 1.000 KH, lebih rendah dari "
        "target 8,5 per 1.000 KH, sehingga capaian kinerja sebesar 107,06%."
    )
    assert _read(after) == [
        ("realisasi", "7,9 per 1.000 KH"),
        ("target", "8,5 per 1.000 KH"),
        ("capaian", "107,06%"),
    ]
    assert _found(after) == []
    wrong = "Target Angka Kematian Bayi tahun 2024 sebesar 7,9 per 1.000 KH."
    assert _found(wrong) == [[RULE, *AT, "8,5 per 1.000 KH", "7,9 per 1.000 KH"]]


def test_the_target_is_not_compared_with_the_realisasi() -> None:
    assert _found("Realisasi Angka Kematian Ibu sebesar 87 dari target 98.") == []
    # the two swapped: each is reported against its own column
    assert _found("Realisasi Angka Kematian Ibu sebesar 98 dari target 87.") == [
        [RULE, *AT, "87", "98"],
        [RULE, *AT, "98", "87"],
    ]


def test_what_a_figure_is_comes_from_its_own_clause() -> None:
    # a clause of nothing but "yaitu" takes the label of the one before it
    target = "Target Angka Kematian Ibu tahun 2024, yaitu {x} per 100.000 KH."
    assert _read(target.format(x="98")) == [("target", "98 per 100.000 KH")]
    assert _found(target.format(x="87")) == [
        [RULE, *AT, "98 per 100.000 KH", "87 per 100.000 KH"]
    ]
    # a target reached in a clause before it labels nothing
    assert _found("Sesuai target, Indeks Kepuasan Masyarakat mencapai 84,3.") == [
        [RULE, *AT, "84,1", "84,3"]
    ]
    # a target named in a clause before it: either figure, not judged
    for after in (
        "Dibandingkan target, Indeks Kepuasan Masyarakat mencapai 84,3.",
        "Target Angka Kematian Ibu tahun 2024, sebagaimana tercantum dalam "
        "Perjanjian Kinerja, sebesar 87 per 100.000 KH.",
    ):
        assert _read(after) == [], after


def test_a_score_is_compared_at_the_precision_printed() -> None:
    ikm = "Indeks Kepuasan Masyarakat mencapai {x} dengan kategori Baik."
    # 84,1 in the table stands for [84,05; 84,15): 84,12 may be it
    assert _found(ikm.format(x="84,12")) == []
    assert _found(ikm.format(x="84,1")) == []
    # the expected figure as the table prints it (84,1), not at the sentence's decimals
    assert _found(ikm.format(x="84,21")) == [[RULE, *AT, "84,1", "84,21"]]
    assert _found("Nilai SAKIP Dinas Kesehatan dengan skor 3,25.") == []
    assert _found("Nilai SAKIP Dinas Kesehatan dengan skor 3,52.") == [
        [RULE, *AT, "3,25", "3,52"]
    ]


def test_a_rate_fits_only_a_row_in_that_rate() -> None:
    # per 100.000 is no rate per 1.000; per 100.000 KH none per 100.000 penduduk
    assert _found("Angka Kematian Bayi sebesar 79 per 100.000 KH.") == []
    assert _found("Angka Kesakitan Demam Berdarah sebesar 45 per 100.000 KH.") == []
    assert _found(
        "Angka Kesakitan Demam Berdarah sebesar 45 per 100.000 penduduk."
    ) == [[RULE, *AT, "42 per 100.000 penduduk", "45 per 100.000 penduduk"]]


def test_a_bare_number_fits_no_row_in_percent() -> None:
    for after in (
        "Persentase balita yang ditimbang sebesar 82.",
        "Persentase balita yang ditimbang mencapai 17 dari 20 posyandu.",
    ):
        assert _found(after) == [], after


def test_a_figure_of_another_year_or_place_is_no_claim() -> None:
    for after in (
        "Angka Kematian Ibu tahun 2023 sebesar 97 per 100.000 KH.",
        "Pada tahun 2023, Angka Kematian Ibu sebesar 97 per 100.000 KH.",
        "Angka Kematian Ibu sebesar 87 per 100.000 KH, turun dibandingkan tahun "
        "2023 sebesar 97 per 100.000 KH.",
        "Angka Kematian Ibu turun dari 97 per 100.000 KH menjadi 87 per 100.000 KH.",
        "Angka Kematian Ibu sebesar 87 per 100.000 KH, lebih rendah dari angka "
        "nasional 189 per 100.000 KH.",
        "Angka Kematian Ibu sebesar 87 per 100.000 KH, lebih rendah dibandingkan "
        "AKI Provinsi sebesar 98,39 per 100.000 KH.",
        "Rata-rata IKM kabupaten sebesar 80,5.",
        "IKM tahun 2025 ditargetkan sebesar 85.",
    ):
        assert _found(after) == [], after


def test_a_change_a_bound_or_a_value_not_reached_is_no_claim() -> None:
    for after in (
        "Penurunan Angka Kematian Ibu sebesar 10 per 100.000 KH.",
        "Angka Kematian Ibu masih di atas 70 per 100.000 KH.",
        "Angka Kematian Ibu belum mencapai 70 per 100.000 KH.",
        "Indeks Kepuasan Masyarakat sekitar 84.",
        "Indeks Kepuasan Masyarakat berada pada rentang 76,61 - 88,30.",
        "Misalnya Indeks Kepuasan Masyarakat mencapai 90.",
        "Indeks Kepuasan Masyarakat sesuai Permenpan RB Nomor 14 Tahun 2017 "
        "mencapai 84,1.",
    ):
        assert _read(after) == [], after


def test_a_sentence_naming_no_indicator_is_not_judged() -> None:
    for after in (
        "Angka Kematian Ibu sebesar 87 per 100.000 KH. Angka tersebut sebesar 78 "
        "per 100.000 KH.",
        "Kematian ibu pada tahun 2024 sebesar 78 per 100.000 KH.",
    ):
        assert _found(after) == [], after


_NAMED_UNIT = """# LAPORAN KINERJA DINAS KESEHATAN KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

| No | Indikator Kinerja | Realisasi 2024 | Target 2024 | Capaian (%) |
|---|---|---|---|---|
| 1 | Angka Kematian Ibu (per 100.000 KH) | 88 | 95 | 107,95 |
| 2 | Angka Kematian Bayi (per 1.000 KH) | 8 | 10 | 120,00 |
| 3 | Indeks Kepuasan Masyarakat | 81,4 | 82 | 99,27 |

Derajat kesehatan masyarakat terus membaik.

Sukses.

{after}
"""


_NAMED_AT = ["text/paragraph:6/sentence:1", 17]


def test_the_unit_an_indicators_name_writes_is_its_unit() -> None:
    def found(after: str) -> list[list[object]]:
        return _found(after, _NAMED_UNIT, 17)

    rate = "Angka Kematian Bayi tahun 2024 sebesar {x}."
    assert found(rate.format(x="8 per 1.000 KH")) == []
    assert found(rate.format(x="9 per 100.000 KH")) == []
    assert found(rate.format(x="9 per 1.000 kelahiran hidup")) == [
        [
            RULE,
            *_NAMED_AT,
            "8 per 1.000 kelahiran hidup",
            "9 per 1.000 kelahiran hidup",
        ]
    ]
    # a row in no unit takes a score
    ikm = "Indeks Kepuasan Masyarakat mencapai 81,7 dari target 82."
    assert found(ikm) == [[RULE, *_NAMED_AT, "81,4", "81,7"]]


def test_the_message_names_the_figure_and_its_base() -> None:
    text = _REPORT.format(after=_AKI.format(x="78"))
    (finding,) = findings_for(text, select=TEXT, source="laporan.md", lang="en")
    assert "realisation 78 per 100.000 kelahiran hidup" in finding.message


def test_units_of_rows_and_rates() -> None:
    assert rate_base("per 100.000 kelahiran hidup") == Base(100_000, "kh")
    assert rate_base("(per 1.000 KH)") == Base(1000, "kh")
    assert rate_base("per 3 bulan") is None
    report = report_from(_REPORT.format(after="Sukses."), "laporan.md")
    table = next(t for t in report.tables if t.rows)
    units = [row_unit(table, row) for row in table.rows]
    assert units == [
        RowUnit("rate", Base(100_000, "kh")),
        RowUnit("rate", Base(1000, "kh")),
        RowUnit("rate", Base(100_000, "penduduk")),
        RowUnit("score"),
        RowUnit("percent"),
        RowUnit("score"),
    ]
    claims = with_rates(
        report_from(_REPORT.format(after=_AKI.format(x="87")), "laporan.md")
    ).figures
    (claim,) = [c for c in claims if c.figure.kind == "rate"]
    assert fits(claim, units[0])
    assert not fits(claim, units[1])
    assert not fits(claim, units[2])
    assert not fits(claim, units[4])
    assert fits(claim, RowUnit("none"))


_COPIES = """# LAPORAN KINERJA INSPEKTORAT KABUPATEN WATUGEDE TAHUN 2024

# BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Pengukuran Kinerja Sasaran Strategis Tahun 2024

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|---|
| 1 | Meningkatnya tata kelola pemerintahan | Nilai SAKIP Pemerintah Daerah | nilai | 70 | 68,15 | 97,36 |
| | | Nilai Maturitas SPIP | level | 3,5 | 3,62 | 103,43 |

Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2023 dan 2024

| No | Indikator Kinerja | Satuan | Realisasi 2023 | Realisasi 2024 |
|---|---|---|---|---|
| 1 | Nilai SAKIP Pemerintah Daerah | nilai | 65,87 | 68,51 |
| 2 | Nilai Maturitas SPIP | level | 3,41 | 3,62 |

{after}
"""


def test_a_figure_one_copy_of_the_indicator_prints_is_not_reported() -> None:
    # Tabel 3.2 misprints SAKIP 2024 (figure-same-in-every-table reports it); the
    # sentence quoting Tabel 3.1's figure agrees with the report
    def found(after: str) -> list[list[object]]:
        return _found(after, _COPIES, 19)

    assert found("Nilai SAKIP Pemerintah Daerah sebesar 68,15 dari target 70.") == []
    assert found("Nilai SAKIP Pemerintah Daerah sebesar 68,51 dari target 70.") == []
    # neither copy: reported at the copy nearest the sentence, at the figure the
    # copies settle (Tabel 3.1's, its capaian confirms it), not the misprint
    assert found("Nilai SAKIP Pemerintah Daerah sebesar 68,55 dari target 70.") == [
        [RULE, "text/paragraph:5/sentence:1", 19, "68,15", "68,55"]
    ]
    # a maturity level, after "level", is a score too
    assert (
        found("Nilai Maturitas SPIP mencapai level 3,62 dari target level 3,5.") == []
    )
    assert found("Nilai Maturitas SPIP mencapai level 3,26 dari target level 3,5.") == [
        [RULE, "text/paragraph:5/sentence:1", 19, "3,62", "3,26"]
    ]

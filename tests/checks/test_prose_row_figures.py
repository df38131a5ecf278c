"""Which figure of an indicator's row a sentence quotes, and which side is wrong.

* A kind named in an earlier clause ("… dengan capaian 104,00%") labels a second
  figure of that clause's subject; a later clause that names a subject of its own
  does not take it for its first figure ("…, dan Tingkat Pengangguran Terbuka
  sebesar 5,04%").
* A figure whose kind was carried from an earlier clause and that equals another
  column of its row is read as that column; one whose own words name its kind is
  judged as named.
* A capaian printed at the edge of its operands' rounding (98,34 for 5,02 /
  5,10, which give 98,43) is the wrong side when a sentence quotes what the
  printed operands give: the cell is reported, at the sentence's figure.
* The expected figure is printed at the table's precision (95%, not 95,0%).
"""

from __future__ import annotations

from conftest import compact, findings_for

TEXT = ("text-figure-*",)
AT = "text/paragraph:{}/sentence:1"

_IKU = """# LAPORAN KINERJA BADAN CONTOH TAHUN 2024

**Tabel 3.1 Realisasi dan Capaian IKU Tahun 2024**

| No | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian (%) |
|:--:|---|:--:|--:|--:|--:|
| 1 | Laju Pertumbuhan Ekonomi | % | 5,10 | 5,02 | {first} |
| 2 | Indeks Pembangunan Manusia | indeks | 72,15 | 72,48 | 100,46 |
| 3 | Persentase Penduduk Bekerja | % | 90,00 | 86,40 | 96,00 |
| 4 | Persentase Partisipasi Sekolah | % | 95 | 91,2 | 96,00 |

{text}
"""


def _iku(text: str, first: str = "98,43") -> str:
    return _IKU.format(first=first, text=text)


def test_a_kind_said_of_an_earlier_subject_is_not_a_new_subjects() -> None:
    # 86,40% and 5,02% are each row's realisasi; "capaian" labels the second
    # figure of the clause it is said in, not the first of the next subject's
    text = _iku(
        "Persentase Penduduk Bekerja naik menjadi 86,40% dengan capaian 96,00%, "
        "dan Laju Pertumbuhan Ekonomi sebesar 5,02% dengan capaian 98,43%.\n"
    )
    assert findings_for(text, source="r.md", select=TEXT) == []
    # the capaian each clause names is still compared
    text = _iku(
        "Persentase Penduduk Bekerja naik menjadi 86,40% dengan capaian 96,00%, "
        "dan Laju Pertumbuhan Ekonomi sebesar 5,02% dengan capaian 98,34%.\n"
    )
    assert compact(findings_for(text, source="r.md", select=TEXT)) == [
        ["text-figure-matches-table", AT.format(3), 12, "98,43%", "98,34%"]
    ]


def test_a_kind_said_before_the_subjects_heads_them_all() -> None:
    # "Capaian" before the names: each figure after it is a capaian
    text = _iku(
        "Capaian Persentase Penduduk Bekerja sebesar 96,00%, dan Laju "
        "Pertumbuhan Ekonomi sebesar 97,43%.\n"
    )
    assert compact(findings_for(text, source="r.md", select=TEXT)) == [
        ["text-figure-matches-table", AT.format(3), 12, "98,43%", "97,43%"]
    ]


def test_a_carried_kind_equal_to_another_column_is_that_column() -> None:
    # the target of the first clause runs on (the second subject is in lower
    # case); 91,2% is row 4's realisasi, not its target
    text = _iku(
        "Persentase Penduduk Bekerja mencapai 86,40% dari target 90,00%, "
        "persentase partisipasi sekolah sebesar 91,2%.\n"
    )
    assert findings_for(text, source="r.md", select=TEXT) == []
    # a figure equal to no column of the row is still a wrong target
    text = _iku(
        "Persentase Penduduk Bekerja mencapai 86,40% dari target 90,00%, "
        "persentase partisipasi sekolah sebesar 92,1%.\n"
    )
    assert compact(findings_for(text, source="r.md", select=TEXT)) == [
        ["text-figure-matches-table", AT.format(3), 12, "95%", "92,1%"]
    ]


def test_a_kind_named_in_the_figures_own_words_is_judged_as_named() -> None:
    # "target … 91,2%": the sentence calls the realisasi a target
    text = _iku("Persentase Partisipasi Sekolah dengan target sebesar 91,2%.\n")
    assert compact(findings_for(text, source="r.md", select=TEXT)) == [
        # at the table's precision: the cell prints 95, not 95,0
        ["text-figure-matches-table", AT.format(3), 12, "95%", "91,2%"]
    ]


_RIGHT = (
    "Laju Pertumbuhan Ekonomi sebesar 5,02% dari target 5,10%, sehingga capaian "
    "kinerjanya 98,43%.\n"
)


def test_a_capaian_at_its_operands_edge_is_wrong_where_the_sentence_is_right() -> None:
    # 5,02 / 5,10 = 98,43; 98,34 is reached only at the operands' rounding
    # edge: the cell is reported at the sentence's figure, not the sentence
    found = findings_for(_iku(_RIGHT, first="98,34"), source="r.md")
    assert compact(found) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.1/row:1/col:capaian", 7]
        + ["98,43", "98,34"]
    ]
    assert found[0].confidence == "medium"
    # the cell right: nothing at all
    assert findings_for(_iku(_RIGHT), source="r.md") == []


def test_a_capaian_at_its_operands_edge_stands_against_other_sentences() -> None:
    # a sentence that is not what the printed operands give is still the one
    # reported against the cell, which the rule passes
    text = _iku(_RIGHT.replace("98,43%", "98,50%"), first="98,34")
    assert compact(findings_for(text, source="r.md")) == [
        ["text-figure-matches-table", AT.format(3), 12, "98,34%", "98,50%"]
    ]
    # a capaian the printed operands give, quoted wrong: the sentence
    text = _iku(_RIGHT.replace("98,43%", "98,50%"))
    assert compact(findings_for(text, source="r.md")) == [
        ["text-figure-matches-table", AT.format(3), 12, "98,43%", "98,50%"]
    ]

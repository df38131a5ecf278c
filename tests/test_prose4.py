"""Three gaps of the sentence reader, each closed with what must and must not fire.

- An indicator named by the noun of its verb ("penilaian kinerja" for "ASN yang
  dinilai kinerjanya"): rows are related through the root the two forms share,
  and only when that root names one row of its table.
- "Program X yang terealisasi Rp …": a relative clause on the programme's own
  name is its spending, as "Program X terealisasi Rp …" is.
- A "masing-masing" list and a list of figures paired with a list of names are
  told the figure the copies of a miscopied row settle, as a single figure is.
"""

from __future__ import annotations

import pytest

from lkjaudit.prose.roots import noun_roots, verb_roots

from conftest import compact, findings_for

_SELECT = ("text-figure-*",)
_RULE = "text-figure-matches-table"

# -- 1. an indicator named by the noun of its verb ---------------------------

_INDICATORS = """# LAPORAN KINERJA BADAN KEPEGAWAIAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Jumlah ASN yang dinilai kinerjanya melalui e-Kinerja | orang | 4.000 | 3.860 | 96,50 |
| 2 | Persentase penyelesaian pengaduan masyarakat | % | 90 | 85 | 94,44 |
| 3 | Jumlah UMKM yang dibina secara berkelanjutan | unit | 150 | 120 | 80,00 |
| 4 | Persentase barang yang diadakan tepat waktu | % | 100 | 90 | 90,00 |

{}
"""
_NAMED_AT = [_RULE, "text/paragraph:3/sentence:1", 12]


@pytest.mark.parametrize(
    ("sentence", "right", "wrong", "row"),
    [
        # penilaian for dinilai, the count's own label (ASN) a word of the name,
        # kinerja for kinerjanya
        (
            "Penilaian kinerja melalui e-Kinerja telah dilakukan terhadap {} orang"
            " ASN dari target 4.000 orang.",
            "3.860 orang",
            "3.680 orang",
            1,
        ),
        # the verb for the indicator's noun (diselesaikan, penyelesaian)
        (
            "Pengaduan masyarakat yang diselesaikan mencapai {}.",
            "85%",
            "58%",
            2,
        ),
        # pembinaan for dibina
        (
            "Pembinaan UMKM secara berkelanjutan telah dilakukan terhadap {} UMKM"
            " dari target 150 unit.",
            "120 unit",
            "102 unit",
            3,
        ),
    ],
)
def test_an_indicator_named_by_the_noun_of_its_verb_is_its_row(
    sentence: str, right: str, wrong: str, row: int
) -> None:
    text = _INDICATORS.format(sentence.format(right))
    assert findings_for(text, select=_SELECT, source="t.md") == []
    text = _INDICATORS.format(sentence.format(wrong))
    found = findings_for(text, select=_SELECT, source="t.md")
    assert compact(found) == [[*_NAMED_AT, right, wrong]]
    assert [r.ref for r in found[0].related] == [f"tabel-3.1/row:{row}/col:realisasi"]


@pytest.mark.parametrize(
    ("noun", "verbs", "root"),
    [
        ("penilaian", ("dinilai", "menilai"), "nilai"),
        ("pelayanan", ("dilayani", "melayani"), "layan"),
        ("pembinaan", ("dibina", "membina"), "bina"),
        ("pengawasan", ("diawasi", "mengawasi"), "awas"),
        ("penyelesaian", ("diselesaikan", "menyelesaikan"), "selesai"),
        ("pengelolaan", ("dikelola", "mengelola"), "kelola"),
        ("penulisan", ("ditulis", "menulis"), "tulis"),
    ],
)
def test_a_noun_and_its_verbs_share_a_root(
    noun: str, verbs: tuple[str, ...], root: str
) -> None:
    assert root in noun_roots(noun)
    for verb in verbs:
        assert root in verb_roots(verb)
        assert not noun_roots(verb)  # NOTE: a verb is no pe-…-an noun
    assert not verb_roots(noun)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("pengadaan", "diadakan"),  # ada: too short
        ("pengadaan", "mengadakan"),
        ("penduduk", "diduduki"),  # no -an: no such noun
        ("pelayanan", "dinilai"),
    ],
)
def test_words_of_no_shared_root_of_four_letters_are_not_related(
    noun: str, verb: str
) -> None:
    assert not noun_roots(noun) & verb_roots(verb)


def test_a_root_shorter_than_four_letters_names_no_row() -> None:
    # pengadaan and diadakan share "ada": too short to relate them, so the
    # sentence names no row (three of the five words of row 4 are not enough)
    text = _INDICATORS.format("Pengadaan barang tepat waktu mencapai 60%.")
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_a_root_two_rows_of_a_table_hold_does_not_choose_between_them() -> None:
    # "dinilai" is in two indicators of the table: penilaian names neither, though
    # the other words would fit the first
    text = _INDICATORS.replace(
        "| 4 | Persentase barang yang diadakan tepat waktu | % | 100 | 90 | 90,00 |",
        "| 4 | Jumlah unit kerja yang dinilai melalui e-SAKIP | unit | 40 | 38 | 95,00 |",
    ).format(
        "Penilaian kinerja melalui e-Kinerja telah dilakukan terhadap 3.680 orang"
        " ASN dari target 4.000 orang."
    )
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_a_name_without_a_word_related_by_its_root_is_not_matched_so() -> None:
    # kinerja for kinerjanya alone (no noun for a verb) does not name row 1: the
    # count is left as it was, compared with nothing
    text = _INDICATORS.format(
        "Kinerja ASN melalui e-Kinerja telah dinilai terhadap 3.680 orang dari"
        " target 4.000 orang."
    )
    assert findings_for(text, select=_SELECT, source="t.md") == []


# -- 2. "Program X yang terealisasi Rp …" -------------------------------------

_TREE = """# LAPORAN KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.3 Realisasi Anggaran per Program Tahun 2024**

| Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---:|---:|---:|---:|
| 1.01.02 | Program Pengelolaan Pendidikan | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |
| 1.01.02.2.01 | Pembangunan Ruang Kelas Baru Sekolah Dasar | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |
| | JUMLAH | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |

{}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "Program Pengelolaan Pendidikan yang terealisasi sebesar Rp {}.",
        "Program Pengelolaan Pendidikan yang telah terealisasi Rp {}.",
        "Pada tahun 2024, kegiatan pembangunan ruang kelas baru sekolah dasar yang"
        " terealisasi sebesar Rp {}.",
    ],
)
def test_an_amount_a_named_programme_realised_in_a_yang_clause_is_its_spending(
    sentence: str,
) -> None:
    text = _TREE.format(sentence.format("960.000.000"))
    assert findings_for(text, select=_SELECT, source="t.md") == []
    text = _TREE.format(sentence.format("906.000.000"))
    assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
        [_RULE, "text/paragraph:3/sentence:1", 11, "Rp 960.000.000", "Rp 906.000.000"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # not realised: what is left
        "Program Pengelolaan Pendidikan yang tidak terealisasi sebesar Rp 906.000.000.",
        "Program Pengelolaan Pendidikan yang belum terealisasi Rp 906.000.000.",
        # the yang clause is on something else than the programme
        "Program Pengelolaan Pendidikan, kegiatan yang terealisasi sebesar"
        " Rp 906.000.000.",
        "Program Pengelolaan Pendidikan dengan paket yang terealisasi sebesar"
        " Rp 906.000.000.",
        # a part put to a purpose, an indicator, a programme no row names
        "Program Pengelolaan Pendidikan yang terealisasi sebesar Rp 25.000.000 untuk"
        " honorarium guru.",
        "Nilai investasi Program Pengelolaan Pendidikan yang terealisasi sebesar"
        " Rp 25.000.000.",
        "Program Kemitraan Dunia Usaha yang terealisasi Rp 250.000.000.",
    ],
)
def test_a_yang_clause_not_on_the_programme_s_spending_is_not_read(
    sentence: str,
) -> None:
    text = _TREE.format(sentence)
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_what_a_yang_clause_says_was_not_absorbed_stays_the_sisa() -> None:
    # the sisa, 40.000.000: never the realisasi, 960.000.000
    for left, found in (("40.000.000", []), ("906.000.000", ["Rp 40.000.000"])):
        text = _TREE.format(
            f"Sisa anggaran Program Pengelolaan Pendidikan yang tidak terserap"
            f" sebesar Rp {left}."
        )
        assert [
            f[3] for f in compact(findings_for(text, select=_SELECT, source="t.md"))
        ] == found


# -- 3. lists of figures against a miscopied row ------------------------------

# two tables naming their rows by indicator; Tabel 3.2, the nearer to the
# sentence, miscopies the first realisasi (67 for 76), which its own capaian
# (95,00 = 76 / 80) settles
_COPIES = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase izin terbit tepat waktu | % | 80 | 76 | 95,00 |
| 2 | Persentase pengaduan masyarakat ditindaklanjuti tuntas | % | 90 | 88 | 97,78 |

**Tabel 3.2 Perbandingan Realisasi Kinerja**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase izin terbit tepat waktu | % | 80 | 67 | 95,00 |
| 2 | Persentase pengaduan masyarakat ditindaklanjuti tuntas | % | 90 | 88 | 97,78 |

Realisasi persentase izin terbit tepat waktu dan persentase pengaduan masyarakat
ditindaklanjuti tuntas masing-masing sebesar {}.
"""
_AT = [_RULE, "text/paragraph:4/sentence:1", 18]
_TOLD = (
    "Kalimat menyebut realisasi {}, padahal Tabel 3.2 baris 1 (Persentase izin"
    " terbit tepat waktu) menunjukkan 76% (angka salinannya di Tabel 3.1; tabel"
    " ini salah salin 67%)"
)


def test_a_paired_figure_agreeing_with_no_copy_is_told_the_settled_figure() -> None:
    found = findings_for(_COPIES.format("74% dan 88%"), select=_SELECT, source="t.md")
    assert compact(found) == [[*_AT, "76%", "74%"]]
    assert found[0].message == _TOLD.format("74%")
    assert [r.ref for r in found[0].related] == ["tabel-3.2/row:1/col:realisasi"]


def test_a_paired_figure_agreeing_with_either_copy_is_right() -> None:
    for figures in ("76% dan 88%", "67% dan 88%"):
        text = _COPIES.format(figures)
        assert findings_for(text, select=_SELECT, source="t.md") == []


def test_a_figure_each_row_holds_is_judged_once_per_row_at_the_settled_figure() -> None:
    # 88% is the second row's; the first row is told 76%, once, not its miscopy
    found = findings_for(_COPIES.format("88%"), select=_SELECT, source="t.md")
    assert compact(found) == [[*_AT, "76%", "88%"]]
    assert found[0].message == _TOLD.format("88%")


@pytest.mark.parametrize("figure", ["76%", "67%"])
def test_a_figure_each_row_holds_is_not_wrong_for_a_row_it_agrees_with(
    figure: str,
) -> None:
    # the first row holds 76% (and 67% is its miscopy's print): only the second
    # row, 88%, is reported, never the first row's other copy
    found = findings_for(_COPIES.format(figure), select=_SELECT, source="t.md")
    assert compact(found) == [[*_AT, "88%", figure]]
    assert [r.ref for r in found[0].related] == ["tabel-3.1/row:2/col:realisasi"]

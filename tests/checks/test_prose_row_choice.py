"""Which table row a sentence's figure is compared with.

A row named by its indicator in a table with no name column of its own counts its
name once; a figure belongs to the most specific row named beside it (a sub
kegiatan named with its kegiatan); "terealisasi sebesar Rp … atau 90,00%" after
"Dari pagu …" is the budget's realisation and its %.
"""

from __future__ import annotations

import pytest

from lkjaudit.checks.quotes import prose_index

from conftest import compact, findings_for, report_from

_SELECT = ("text-figure-*",)

# an IKU table (sasaran and indikator) and a comparison named by indicator only,
# whose copy of the first realisasi is miscopied (67 for 76)
_TWO_TABLES = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2024

**Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024**

| No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---:|---:|---:|
| 1 | Meningkatnya kualitas pelayanan perizinan | Persentase izin terbit tepat waktu | % | 80 | 76 | 95,00 |
| 2 | Meningkatnya kepuasan masyarakat | Indeks kepuasan masyarakat | nilai | 80 | 82 | 102,50 |

{}

**Tabel 3.2 Perbandingan Capaian Tahun 2023 dan 2024**

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---:|---:|---:|
| 1 | Persentase izin terbit tepat waktu | % | 80 | 67 | 83,75 |
| 2 | Indeks kepuasan masyarakat | nilai | 80 | 82 | 102,50 |
"""


def _two(sentence: str) -> str:
    return _TWO_TABLES.format(sentence)


def test_a_row_named_by_its_indicator_only_counts_its_name_once() -> None:
    report = report_from(
        _two("Persentase izin terbit tepat waktu mencapai 76%."), "t.md"
    )
    index = prose_index(report)
    found = index.resolve("Persentase izin terbit tepat waktu", lambda e: True)
    # both tables' rows, equally named: neither outranks the other
    assert [(e.table.caption[:9], e.row.index) for e in found] == [
        ("Tabel 3.1", 1),
        ("Tabel 3.2", 1),
    ]


def test_a_sentence_agreeing_with_its_own_table_is_no_error() -> None:
    text = _two("Persentase izin terbit tepat waktu mencapai 76% dari target 80%.")
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_a_sentence_agreeing_with_neither_copy_is_reported_at_the_nearest() -> None:
    # NOTE: the nearest by where the tables start: Tabel 3.2 starts two lines
    # below the sentence, Tabel 3.1 seven above. Each copy's own capaian fits
    # it (76 / 80 = 95,00; 67 / 80 = 83,75): nothing settles which is right, so
    # no figure is expected, and the message names both prints
    text = _two("Persentase izin terbit tepat waktu mencapai 74% dari target 80%.")
    found = findings_for(text, select=_SELECT, source="t.md")
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10, None, "74%"]
    ]
    assert found[0].message == (
        "Kalimat menyebut realisasi 74%, padahal Tabel 3.2 baris 1 (Persentase izin"
        " terbit tepat waktu) menunjukkan 67%, salinannya yang lain 76% (Tabel"
        " 3.1), dan tidak ada yang dapat dipastikan benar; kalimat tidak sama"
        " dengan salinan mana pun"
    )
    # agreeing with either copy, it is right
    for figure in ("76%", "67%"):
        text = _two(f"Persentase izin terbit tepat waktu mencapai {figure}.")
        assert findings_for(text, select=_SELECT, source="t.md") == []


# Tabel 3.2's own capaian (95,00) fits 76, not its 67: the IKU table's 76, which
# its capaian confirms, settles the copy
_SETTLED = _TWO_TABLES.replace("| 80 | 67 | 83,75 |", "| 80 | 67 | 95,00 |")


def test_a_sentence_agreeing_with_no_copy_is_told_the_settled_figure() -> None:
    text = _SETTLED.format(
        "Persentase izin terbit tepat waktu mencapai 74% dari target 80%."
    )
    found = findings_for(text, select=_SELECT, source="t.md")
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10, "76%", "74%"]
    ]
    assert found[0].message == (
        "Kalimat menyebut realisasi 74%, padahal Tabel 3.2 baris 1 (Persentase izin"
        " terbit tepat waktu) menunjukkan 76% (angka salinannya di Tabel 3.1; tabel"
        " ini salah salin 67%)"
    )
    # agreeing with a copy, it is no error of the text's: the miscopy is the
    # copy rule's to report
    for figure in ("76%", "67%"):
        text = _SETTLED.format(f"Persentase izin terbit tepat waktu mencapai {figure}.")
        assert findings_for(text, select=_SELECT, source="t.md") == []


# a budget tree: a kegiatan and its sub kegiatan, whose names carry words a
# sentence leaves out ("bagi Satuan", "Kabupaten/Kota")
_TREE = """# LAPORAN KINERJA DINAS PENDIDIKAN KABUPATEN CONTOH TAHUN 2024

**Tabel 3.3 Realisasi Anggaran per Sub Kegiatan Tahun 2024**

| Kode | Program/Kegiatan/Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---:|---:|---:|---:|
| 1.01.02 | Program Pengelolaan Pendidikan | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |
| 1.01.02.2.01 | Pengelolaan Pendidikan Sekolah Dasar | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |
| 1.01.02.2.01.0001 | Pembangunan Ruang Kelas Baru Sekolah Dasar | 600.000.000 | 570.000.000 | 30.000.000 | 95,00 |
| 1.01.02.2.01.0002 | Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Sekolah Dasar Kabupaten/Kota | 400.000.000 | 390.000.000 | 10.000.000 | 97,50 |
| | JUMLAH | 1.000.000.000 | 960.000.000 | 40.000.000 | 96,00 |

{}
"""

_SUB = (
    "Pada kegiatan pengelolaan pendidikan sekolah dasar, penyediaan pendidik dan"
    " tenaga kependidikan bagi satuan pendidikan sekolah dasar terealisasi {} dari"
    " pagunya."
)


def test_a_figure_is_the_sub_kegiatan_s_named_beside_its_kegiatan() -> None:
    text = _TREE.format(_SUB.format("97,50%"))
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_a_wrong_figure_is_judged_against_the_sub_kegiatan() -> None:
    text = _TREE.format(_SUB.format("96,00%"))
    assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]
        + ["97,50%", "96,00%"]
    ]


def test_a_sub_kegiatan_named_only_by_its_kegiatan_s_words_is_not_named() -> None:
    # "Pengelolaan Pendidikan Sekolah Dasar" holds three quarters of the words of
    # no sub kegiatan of its own; the kegiatan's % is the kegiatan's
    text = _TREE.format(
        "Realisasi anggaran kegiatan Pengelolaan Pendidikan Sekolah Dasar 96,00%."
    )
    assert findings_for(text, select=_SELECT, source="t.md") == []
    text = _TREE.format(
        "Realisasi anggaran kegiatan Pengelolaan Pendidikan Sekolah Dasar 95,00%."
    )
    assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]
        + ["96,00%", "95,00%"]
    ]


def test_what_was_realised_of_the_budget_opening_the_sentence_is_its_realisation() -> (
    None
):
    text = _TREE.format(
        "Dari pagu anggaran sebesar Rp 1.000.000.000, terealisasi sebesar"
        " Rp 960.000.000 atau 96,00%."
    )
    assert findings_for(text, select=_SELECT, source="t.md") == []
    text = _TREE.format(
        "Dari pagu anggaran sebesar Rp 1.000.000.000, terealisasi sebesar"
        " Rp 906.000.000 atau 90,60%."
    )
    assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]
        + ["Rp 960.000.000", "Rp 906.000.000"],
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]
        + ["96,00%", "90,60%"],
    ]


def test_a_part_of_the_budget_put_to_a_purpose_is_still_a_part() -> None:
    text = _TREE.format(
        "Dari pagu anggaran sebesar Rp 1.000.000.000, direalisasikan sebesar"
        " Rp 25.000.000 atau 2,50% untuk honorarium guru."
    )
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_a_percent_restating_an_unread_amount_is_no_realisasi() -> None:
    # the amount is an indicator's, in rupiah: its % is a share of something,
    # never the realisation of an indicator counted in %
    text = _two("Realisasi investasi sebesar Rp 2.500.000.000 atau 76%.")
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_the_index_gives_the_sub_kegiatan_not_its_kegiatan() -> None:
    sentence = _SUB.format("97,50%")
    index = prose_index(report_from(_TREE.format(sentence), "t.md"))
    found = index.resolve(sentence, lambda e: True)
    assert [(e.kind, e.row.index) for e in found] == [("sub_kegiatan", 4)]
    # the kegiatan alone, its sub kegiatan named by none of their own words
    found = index.resolve(
        "kegiatan Pengelolaan Pendidikan Sekolah Dasar", lambda e: True
    )
    assert [(e.kind, e.row.index) for e in found] == [("kegiatan", 2)]


_SUB_SPENT = (
    "Pada kegiatan pengelolaan pendidikan sekolah dasar, penyediaan pendidik dan"
    " tenaga kependidikan bagi satuan pendidikan sekolah dasar terealisasi sebesar"
    " Rp {} atau 97,50% dari pagunya."
)


def test_an_amount_followed_by_its_share_of_the_pagu_is_spending() -> None:
    text = _TREE.format(_SUB_SPENT.format("390.000.000"))
    assert findings_for(text, select=_SELECT, source="t.md") == []
    text = _TREE.format(_SUB_SPENT.format("309.000.000"))
    assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]
        + ["Rp 390.000.000", "Rp 309.000.000"]
    ]


def test_an_amount_a_named_row_realised_is_its_spending() -> None:
    # no budget word in the sentence: the programme or sub kegiatan a row names
    # realised the amount, so it is that row's spending
    for sentence, right, wrong in (
        (
            "Program Pengelolaan Pendidikan terealisasi sebesar Rp {}.",
            "960.000.000",
            "906.000.000",
        ),
        (
            "Sub kegiatan Pembangunan Ruang Kelas Baru Sekolah Dasar terealisasi"
            " Rp {}.",
            "570.000.000",
            "507.000.000",
        ),
        # named in lower case, after the year
        (
            "Pada tahun 2024, sub kegiatan pembangunan ruang kelas baru sekolah"
            " dasar telah terealisasi sebesar Rp {}.",
            "570.000.000",
            "507.000.000",
        ),
    ):
        text = _TREE.format(sentence.format(right))
        assert findings_for(text, select=_SELECT, source="t.md") == []
        text = _TREE.format(sentence.format(wrong))
        assert compact(findings_for(text, select=_SELECT, source="t.md")) == [
            ["text-figure-matches-table", "text/paragraph:3/sentence:1", 13]
            + [f"Rp {right}", f"Rp {wrong}"]
        ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a part put to a purpose
        "Program Pengelolaan Pendidikan terealisasi sebesar Rp 25.000.000 untuk"
        " honorarium guru.",
        # what the programme has, not what it realised
        "Program Pengelolaan Pendidikan dengan alokasi lahan 2 hektare terealisasi"
        " sebesar Rp 25.000.000.",
        # the programme's indicator, not the programme
        "Nilai investasi Program Pengelolaan Pendidikan terealisasi sebesar"
        " Rp 25.000.000.",
    ],
)
def test_an_amount_a_named_row_did_not_realise_as_a_whole_is_not_read(
    sentence: str,
) -> None:
    text = _TREE.format(sentence)
    assert findings_for(text, select=_SELECT, source="t.md") == []


def test_an_amount_realised_by_a_programme_no_row_names_is_not_spending() -> None:
    # a name written as one, but no row of the report's: nothing says it is
    # spending (an indicator counted in rupiah may be realised too)
    text = _TREE.format("Program Kemitraan Dunia Usaha terealisasi Rp 250.000.000.")
    assert findings_for(text, select=("text-figure-*",), source="t.md") == []

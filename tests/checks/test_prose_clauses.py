"""Sentences read clause by clause, and figures that quote nothing of the report.

A sentence naming two rows compares each clause's figures with the row its clause
names; the gap to a target, an example and a formula's constant are no figures of
the report; a count read in "tahun 2023 sebanyak" does not hide the subject said
before it.
"""

from __future__ import annotations

from conftest import compact, findings_for

TEXT = ("text-figure-*", "text-count-*")

_KINDS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

BAB III AKUNTABILITAS KINERJA

Tabel 3.1 Capaian Kinerja Sasaran

No\tSasaran\tIndikator\tTarget\tRealisasi\tCapaian
1\tMeningkatnya kualitas pelayanan publik\tIndeks kepuasan masyarakat\t90%\t81%\t90,00%

Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600\t96,25
2\tBelanja Barang dan Jasa\t547.450.000\t527.971.850\t19.478.150\t96,44
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000\t95,90
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27

{after}
"""
LINE = 18  # the line of the sentence after the tables
AT = ["text/paragraph:5/sentence:1", LINE]


def _found(after: str) -> list[list[object]]:
    text = _KINDS.format(after=after)
    assert text.splitlines()[LINE - 1] == after.splitlines()[0]
    return compact(findings_for(text, select=TEXT))


def _pair(pegawai: str, modal: str, amount: str = "Rp 119.870.000") -> str:
    return (
        f"Realisasi belanja pegawai sebesar Rp 2.739.518.400 atau {pegawai}, "
        f"sedangkan belanja modal sebesar {amount} atau {modal}."
    )


def test_each_clause_is_read_against_the_row_it_names() -> None:
    assert _found(_pair("96,25%", "95,90%")) == []
    # a wrong % after the second name: that row's, not a note
    assert _found(_pair("96,25%", "95,09%")) == [
        ["text-figure-matches-table", *AT, "95,90%", "95,09%"]
    ]
    # the first row's % after the second name was taken as right
    assert _found(_pair("96,25%", "96,25%")) == [
        ["text-figure-matches-table", *AT, "95,90%", "96,25%"]
    ]
    # and the second row's after the first name is still the first's
    assert _found(_pair("95,90%", "95,90%")) == [
        ["text-figure-matches-table", *AT, "96,25%", "95,90%"]
    ]


def test_a_clause_about_the_whole_is_read_against_the_total() -> None:
    # the row named in an earlier clause is not the total's: "secara keseluruhan",
    # "total" and "secara umum" open a clause about the JUMLAH row
    for whole in (
        "Belanja modal terealisasi Rp 119.870.000 atau 95,90%, sehingga secara "
        "keseluruhan realisasi anggaran mencapai {pct}.",
        "Belanja modal terealisasi Rp 119.870.000 atau 95,90%, sedangkan total "
        "realisasi anggaran sebesar Rp 3.387.360.250 atau {pct}.",
        "Realisasi belanja pegawai sebesar 96,25% dan realisasi anggaran secara "
        "umum {pct}.",
    ):
        assert _found(whole.format(pct="96,27%")) == [], whole
        assert _found(whole.format(pct="95,00%")) == [
            ["text-figure-matches-table", *AT, "96,27%", "95,00%"]
        ], whole


def test_a_kind_of_spending_as_a_share_of_the_whole_budget_is_no_budget_pct() -> None:
    # 2.846.320.000 of 3.518.770.000 is 80,89% of the whole budget, not belanja
    # pegawai's realisasi %
    for sentence in (
        "Belanja pegawai sebesar Rp 2.846.320.000 atau 80,89% dari total anggaran.",
        "Porsi terbesar adalah belanja pegawai sebesar 80,89% dari total belanja.",
        "Belanja modal hanya 3,55% dari keseluruhan anggaran.",
        "Realisasi anggaran 96,27%, sementara belanja pegawai sebesar 80,89% dari "
        "total anggaran.",
    ):
        assert _found(sentence) == [], sentence
    # a word of spending before the kind: the share of its budget spent
    for sentence in (
        "Realisasi dari belanja pegawai sebesar 95,00% dari total anggaran.",
        "Belanja pegawai terealisasi 95,00% dari total anggarannya.",
    ):
        assert _found(sentence) == [
            ["text-figure-matches-table", *AT, "96,25%", "95,00%"]
        ], sentence


def test_a_target_set_for_spending_is_no_realised_budget_pct() -> None:
    sentence = (
        "Realisasi anggaran mencapai {pct}, melebihi target kinerja keuangan 90%."
    )
    assert _found(sentence.format(pct="96,27%")) == []
    assert _found(sentence.format(pct="95,00%")) == [
        ["text-figure-matches-table", *AT, "96,27%", "95,00%"]
    ]
    assert _found(
        "Target serapan anggaran triwulan IV sebesar 95%, sedangkan realisasi "
        "anggaran 95,00%."
    ) == [["text-figure-matches-table", *AT, "96,27%", "95,00%"]]


def test_an_amount_allotted_to_a_kind_of_spending_is_its_pagu() -> None:
    sentence = (
        "Realisasi anggaran mencapai 96,27%; belanja modal yang dianggarkan {amount} "
        "digunakan untuk pengadaan komputer."
    )
    assert _found(sentence.format(amount="Rp 125.000.000")) == []
    assert _found(sentence.format(amount="Rp 120.000.000")) == [
        ["text-figure-matches-table", *AT, "Rp 125.000.000", "Rp 120.000.000"]
    ]


def test_a_name_with_dan_in_it_is_one_row() -> None:
    sentence = (
        "Realisasi belanja pegawai Rp 2.739.518.400 (96,25%) dan belanja barang "
        "dan jasa Rp 527.971.850 ({pct})."
    )
    assert _found(sentence.format(pct="96,44%")) == []
    assert _found(sentence.format(pct="96,25%")) == [
        ["text-figure-matches-table", *AT, "96,44%", "96,25%"]
    ]


def test_an_amount_after_a_kind_of_spending_is_of_the_kind_said_before() -> None:
    # realised spending of belanja modal, not its pagu
    assert _found(_pair("96,25%", "95,90%", amount="Rp 125.000.000")) == [
        ["text-figure-matches-table", *AT, "Rp 119.870.000", "Rp 125.000.000"]
    ]
    # no other word: its pagu, as before
    assert _found("Anggaran belanja modal sebesar Rp 125.000.000.") == []
    assert _found("Belanja modal sebesar Rp 125.000.000.") == []
    assert _found("Belanja modal sebesar Rp 152.000.000.") == [
        ["text-figure-matches-table", *AT, "Rp 125.000.000", "Rp 152.000.000"]
    ]


def test_the_gap_to_a_target_is_no_target_nor_capaian() -> None:
    for sentence in (
        "Capaian indeks kepuasan masyarakat sebesar 90%, sisa target 10%.",
        "Realisasi indeks kepuasan masyarakat 81%, kurang 9% dari target.",
        "Indeks kepuasan masyarakat masih kurang 9% dari target.",
        "Capaian indeks kepuasan masyarakat 90% sehingga masih tersisa 10% dari target.",
        "Capaian indeks kepuasan masyarakat 90%, masih kurang 10% lagi.",
        "Sisa target sebesar 10% akan dicapai pada tahun berikutnya.",
    ):
        assert _found(sentence) == [], sentence
    # the target and capaian themselves are still read
    assert _found("Target indeks kepuasan masyarakat sebesar 80%.") == [
        ["text-figure-matches-table", *AT, "90%", "80%"]
    ]
    assert _found(
        "Capaian indeks kepuasan masyarakat 85%, kurang 10% dari target."
    ) == [["text-figure-matches-table", *AT, "90%", "85%"]]


def test_an_example_or_a_formula_quotes_no_figure() -> None:
    for sentence in (
        "Sisa anggaran adalah pagu dikurangi realisasi, misalnya Rp 10.000.000.",
        "Capaian dihitung dengan rumus realisasi dibagi target dikali 100%, contoh "
        "realisasi 45% dan target 50% menghasilkan capaian 90%.",
        "Sisa anggaran dihitung dari pagu dikurangi realisasi, seperti Rp 10.000.000.",
        "Persentase realisasi anggaran yaitu rumus realisasi dibagi pagu x 100%.",
        "Sebagai contoh, realisasi 45% dari target 50% memberi capaian 90%.",
    ):
        assert _found(sentence) == [], sentence
    # "contoh" that opens no clause, "seperti" before no figure: no example
    assert _found(
        "Kecamatan ini menjadi contoh dengan sisa anggaran sebesar Rp 10.000.000."
    ) == [["text-figure-matches-table", *AT, "Rp 131.409.750", "Rp 10.000.000"]]
    assert _found(
        "Seperti tercantum pada tabel, sisa anggaran sebesar Rp 10.000.000."
    ) == [["text-figure-matches-table", *AT, "Rp 131.409.750", "Rp 10.000.000"]]
    assert _found("Sisa anggaran sebesar Rp 131.409.750.") == []


def test_an_example_covers_its_own_clause_and_a_year_after_seperti_is_none() -> None:
    # an example naming its case covers its clause, not the sentence's figures
    # after it; "seperti 2023" compares with a year; a "rumus" clause without an
    # operator is no formula
    for sentence, expected, actual in (
        (
            "Beberapa kegiatan, misalnya pelatihan kader, tertunda sehingga "
            "realisasi belanja pegawai Rp 2.739.518.400 atau 95,00%.",
            "96,25%",
            "95,00%",
        ),
        (
            "Seperti 2023, realisasi belanja pegawai sebesar Rp 2.739.518.400 atau "
            "95,00%.",
            "96,25%",
            "95,00%",
        ),
        ("Realisasi belanja modal, seperti 2023, sebesar 94,00%.", "95,90%", "94,00%"),
        (
            "Sebagai contoh pelaksanaan, realisasi belanja modal sebesar "
            "Rp 119.870.000 atau 94,00%.",
            "95,90%",
            "94,00%",
        ),
        (
            "Realisasi anggaran dihitung dengan rumus yang berlaku dan mencapai "
            "95,00%.",
            "96,27%",
            "95,00%",
        ),
    ):
        assert _found(sentence) == [
            ["text-figure-matches-table", *AT, expected, actual]
        ], sentence
    # a marker standing alone opens an example of the rest of the sentence
    for sentence in (
        "Contoh: realisasi 45% dan target 50%, maka capaian 90%.",
        "Capaian dihitung dengan rumus: realisasi / target 100%.",
    ):
        assert _found(sentence) == [], sentence


_STAFF = """LAPORAN KINERJA BADAN CONTOH TAHUN 2023

Tabel 3.4 Jumlah Pegawai menurut Tingkat Pendidikan dan Status Kepegawaian

No\tPendidikan\tPNS\tPPPK\tNon ASN\tJumlah
1\tS2\t3\t-\t-\t3
2\tS1/D4\t14\t2\t3\t19
3\tSMA/SMK\t9\t1\t9\t19
\tJumlah\t26\t3\t12\t41

Jumlah pegawai pada akhir tahun 2023 sebanyak {n} orang, terdiri atas 26 PNS, \
3 PPPK dan 12 tenaga Non ASN.
"""


def test_a_year_read_as_a_count_does_not_hide_the_subject() -> None:
    assert findings_for(_STAFF.format(n=41), select=TEXT) == []
    assert compact(findings_for(_STAFF.format(n=42), select=TEXT)) == [
        ["text-count-matches-table", "text/paragraph:3/sentence:1", 11, "41 orang"]
        + ["42 orang"]
    ]


def _no_sisa_column(text: str) -> str:
    """The budget table without its sisa column (the sisa is anggaran − realisasi)."""
    for cell in ("\tSisa (Rp)", "\t106.801.600", "\t19.478.150", "\t131.409.750"):
        text = text.replace(cell, "")
    return text.replace("\t5.130.000\t", "\t")


def test_a_percentage_after_a_quoted_sisa_is_the_share_left() -> None:
    # 131.409.750 / 3.518.770.000 = 3,7346%; belanja modal 5.130.000 / 125.000.000
    # = 4,104%; with the sisa column and, without it, from anggaran − realisasi
    for shape in (_KINDS, _no_sisa_column(_KINDS)):
        for sentence, expected, actual in (
            ("Sisa anggaran sebesar Rp 131.409.750 atau {pct}.", "3,73%", "4,00%"),
            # the share spent is no share left
            ("Sisa anggaran sebesar Rp 131.409.750 atau {pct}.", "3,73%", "96,27%"),
            # judged at the precision printed: 3,7% is right, 3,8% is not
            ("Sisa anggaran sebesar Rp 131.409.750 ({pct}).", "3,7%", "3,8%"),
            (
                "Sisa anggaran belanja modal sebesar Rp 5.130.000 atau {pct}.",
                "4,10%",
                "4,00%",
            ),
            # after the share spent, the sisa's own share; "tidak terserap" too
            (
                "Realisasi anggaran sebesar Rp 3.387.360.250 atau 96,27% dengan "
                "sisa Rp 131.409.750 atau {pct}.",
                "3,73%",
                "3,37%",
            ),
            (
                "Anggaran yang tidak terserap sebesar Rp 131.409.750 ({pct}).",
                "3,73%",
                "3,37%",
            ),
        ):
            text = shape.format(after=sentence.format(pct=expected))
            assert findings_for(text, select=TEXT) == [], sentence
            text = shape.format(after=sentence.format(pct=actual))
            assert compact(findings_for(text, select=TEXT)) == [
                ["text-figure-matches-table", *AT, expected, actual]
            ], sentence


def test_the_message_says_the_share_left_is_sisa_over_anggaran() -> None:
    sentence = "Sisa anggaran sebesar Rp 131.409.750 atau 4,00%."
    found = findings_for(_KINDS.format(after=sentence), select=TEXT)
    assert [f.message for f in found] == [
        "Kalimat menyebut persentase sisa anggaran terhadap pagu 4,00%, padahal "
        "Tabel 3.3 baris jumlah (JUMLAH) menunjukkan 3,73% (sisa / anggaran; "
        "persentase sisa, bukan persentase realisasi)"
    ]
    text = _no_sisa_column(_KINDS).format(after=sentence)
    found = findings_for(text, select=TEXT, lang="en")
    assert [f.message for f in found] == [
        "The text gives remaining budget as a % of the budget 4,00%, but Tabel 3.3 "
        "total row (JUMLAH) gives 3,73% ((anggaran − realisasi) / anggaran; the "
        "share left, not the share spent)"
    ]


def test_a_year_or_a_stage_before_a_word_is_no_count() -> None:
    # "tahun 2024 sebesar" was read as a count of "sebesar", hiding the words that
    # say the % is a target set for spending, or what was absorbed
    for sentence in (
        "Target serapan anggaran tahun 2024 sebesar 95% telah terlampaui.",
        "Pada tahun 2024 menyerap 85% tenaga kerja lokal.",
    ):
        assert _found(sentence) == [], sentence
    # the realised budget % after a year is still checked
    for sentence in (
        "Realisasi anggaran tahun 2024 sebesar 95%.",
        "Pada tahun 2024 menyerap 95% anggaran.",
        "Realisasi anggaran Tahap 2 sebesar 95%.",
    ):
        assert _found(sentence) == [
            ["text-figure-matches-table", *AT, "96,27%", "95%"]
        ], sentence


def test_a_year_before_a_counted_noun_is_no_count() -> None:
    # "tahun 2023 pegawai" was a staff count of 2023 against the S1/D4 row
    base = _STAFF.split("Jumlah pegawai pada")[0]
    for sentence in (
        "Semester 1 tahun 2023 pegawai berpendidikan S1/D4 sebanyak {n} orang.",
        "Pada tahun 2023 sebanyak {n} orang pegawai berpendidikan S1/D4.",
    ):
        assert findings_for(base + sentence.format(n=19) + "\n", select=TEXT) == []
        found = findings_for(base + sentence.format(n=18) + "\n", select=TEXT)
        assert compact(found) == [
            ["text-count-matches-table", "text/paragraph:3/sentence:1", 11]
            + ["19 orang", "18 orang"]
        ], sentence

"""What a sentence's figure restates, read from what the sentence means.

Three misreadings found by probe reports: an indicator counted in rupiah taken for
realised spending (and its "47,20% dari target" for the realisation itself), a
"sisa anggaran" taken for the pagu, and "menyerap 92,38%" not read as a budget %.
Each family of wordings is tested on a small report: what must be reported, and
what must not.
"""

from __future__ import annotations

import pytest

from lkjaudit.prose.claims import read_claims

from conftest import compact, findings_for, report_from

RULES = ("text-figure-*",)

# ----------------------------------------------------------------- investasi

_INVESTASI = """# LAPORAN KINERJA DINAS PENANAMAN MODAL TAHUN 2024

**Tabel 3.1 Capaian Kinerja dan Anggaran Program**

| No | Program | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) \
| Pagu (Rp) | Realisasi (Rp) | (%) |
|---|---|---|---|---:|---:|---:|---:|---:|---:|
| 1 | Program Promosi Penanaman Modal | Nilai realisasi investasi | miliar rupiah \
| 450 | 212,4 | 47,20 | 225.000.000 | 180.000.000 | 80,00 |
| 2 | Program Pelayanan Penanaman Modal | Persentase izin terbit tepat waktu | % \
| 95 | 90 | 94,74 | 400.000.000 | 300.000.000 | 75,00 |
| | JUMLAH | | | | | | 625.000.000 | 480.000.000 | 76,80 |

"""


def test_an_indicator_in_rupiah_is_no_budget_figure() -> None:
    # the realisation of "Nilai realisasi investasi" is 212,4 miliar rupiah: no
    # budget figure, and 47,20% of its target is its capaian (47,20), not its
    # realisasi (212,4); a bare percentage after it names no figure of its kind
    text = _INVESTASI + (
        "Nilai realisasi investasi Program Promosi Penanaman Modal sebesar"
        " Rp 212,4 miliar atau 47,20% dari target Rp 450 miliar.\n\n"
        "Realisasi investasi Program Promosi Penanaman Modal mencapai 47,20%.\n\n"
        "Persentase izin terbit tepat waktu terealisasi 90% dari target 95%.\n\n"
        "Realisasi Program Promosi Penanaman Modal sebesar Rp 180.000.000 dari"
        " pagu Rp 225.000.000.\n"
    )
    assert findings_for(text, select=RULES) == []


def test_an_amount_a_programme_realised_may_be_its_indicator_s() -> None:
    # "Program X terealisasi Rp …" with no budget word is the programme's
    # spending (180.000.000), or its indicator's realisation when that is
    # counted in rupiah and equals it (212,4 miliar rupiah)
    said = "Program Promosi Penanaman Modal terealisasi sebesar Rp {}.\n"
    for right in ("180.000.000", "212,4 miliar"):
        assert findings_for(_INVESTASI + said.format(right), select=RULES) == []
    found = findings_for(_INVESTASI + said.format("108.000.000"), select=RULES)
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 11]
        + ["Rp 180.000.000", "Rp 108.000.000"]
    ]


def test_a_share_of_the_target_is_compared_with_the_capaian() -> None:
    text = _INVESTASI + (
        "Nilai realisasi investasi Program Promosi Penanaman Modal sebesar"
        " Rp 212,4 miliar atau 42,70% dari target Rp 450 miliar.\n\n"
        "Persentase izin terbit tepat waktu terealisasi 85% dari target 95%.\n\n"
        "Realisasi Program Promosi Penanaman Modal sebesar Rp 185.000.000 dari"
        " pagu Rp 225.000.000.\n"
    )
    assert compact(findings_for(text, select=RULES)) == [
        # 212,4 / 450 = 47,20%
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 11]
        + ["47,20%", "42,70%"],
        # the target quoted as a percentage too: 85% is the realisasi
        ["text-figure-matches-table", "text/paragraph:4/sentence:1", 13]
        + ["90%", "85%"],
        # an amount "dari pagu" is realised spending
        ["text-figure-matches-table", "text/paragraph:5/sentence:1", 15]
        + ["Rp 180.000.000", "Rp 185.000.000"],
    ]


# ----------------------------------------------------------------------- sisa

_SISA = """# LAPORAN KINERJA BADAN CONTOH TAHUN 2023

**Tabel 3.2 Realisasi Anggaran per Program**

| No | Program | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---:|---:|---:|---:|
| 1 | Program Penanggulangan Bencana | 500.000.000 | 450.000.000 | 50.000.000 | 90,00 |
| 2 | Program Pencegahan Kebakaran | 300.000.000 | 240.000.000 | 60.000.000 | 80,00 |
| | JUMLAH | 800.000.000 | 690.000.000 | 110.000.000 | 86,25 |

{program}

**Tabel 3.3 Realisasi Belanja Kegiatan**

| No | Kegiatan | Pagu (Rp) | Realisasi (Rp) |
|---|---|---:|---:|
| 1 | Kegiatan Penyediaan Informasi Rawan Bencana | 120.000.000 | 96.000.000 |
| 2 | Kegiatan Pelatihan Relawan Siaga | 80.000.000 | 80.000.000 |

{kegiatan}
"""


def _sisa(total: str, program: str, kegiatan: str) -> str:
    return _SISA.format(
        program=f"Realisasi anggaran tahun 2023 sebesar Rp 690.000.000 dengan sisa"
        f" anggaran Rp {total}. Anggaran Program Pencegahan Kebakaran yang tidak"
        f" terserap sebesar Rp {program}.",
        kegiatan="Sisa anggaran Kegiatan Penyediaan Informasi Rawan Bencana sebesar"
        f" Rp {kegiatan}.",
    )


def test_a_sisa_agrees_with_the_sisa_not_the_pagu() -> None:
    # the total's sisa, a programme's unspent budget, and a kegiatan's sisa in a
    # table without a sisa column: 120.000.000 − 96.000.000
    text = _sisa("110.000.000", "60.000.000", "24.000.000")
    assert findings_for(text, select=RULES) == []


def test_a_wrong_sisa_is_compared_with_the_sisa() -> None:
    found = findings_for(_sisa("101.000.000", "6.000.000", "42.000.000"), select=RULES)
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 11]
        + ["Rp 110.000.000", "Rp 101.000.000"],
        ["text-figure-matches-table", "text/paragraph:3/sentence:2", 11]
        + ["Rp 60.000.000", "Rp 6.000.000"],
        ["text-figure-matches-table", "text/paragraph:5/sentence:1", 20]
        + ["Rp 24.000.000", "Rp 42.000.000"],
    ]
    assert [r.ref for r in found[0].related] == ["tabel-3.2/row:3/col:sisa"]
    # computed from the row's pagu and realisasi, both pointed at
    assert [r.ref for r in found[2].related] == [
        "tabel-3.3/row:1/col:anggaran",
        "tabel-3.3/row:1/col:realisasi_anggaran",
    ]
    assert found[2].message.endswith(
        "menunjukkan Rp 24.000.000 (anggaran − realisasi; tabel tidak memuat kolom"
        " sisa)"
    )


def _sisa_share(total: str, program: str, kegiatan: str, bare: str) -> str:
    return _SISA.format(
        program="Realisasi anggaran tahun 2023 sebesar Rp 690.000.000 sehingga"
        f" terdapat sisa anggaran {total}. Sisa anggaran Program Pencegahan"
        f" Kebakaran sebesar {program} dari pagu.",
        kegiatan="Anggaran Kegiatan Penyediaan Informasi Rawan Bencana yang tidak"
        f" terserap sebesar {kegiatan}, dengan sisa {bare} dari pagunya.",
    )


def test_a_sisa_percentage_without_an_amount_agrees() -> None:
    # 110 / 800 = 13,75% of the total; 60 / 300 = 20% of the programme; the
    # kegiatan's (120 − 96) / 120 = 20% from a table without a sisa column, quoted
    # at the precision printed (13,8% and 20,0% agree)
    for quoted in (("13,75%", "20%", "20%", "20%"), ("13,8%", "20,0%", "20,0%", "20%")):
        assert findings_for(_sisa_share(*quoted), select=RULES) == [], quoted


def test_a_wrong_sisa_percentage_is_compared_with_sisa_over_anggaran() -> None:
    found = findings_for(_sisa_share("13,57%", "2%", "24%", "19%"), select=RULES)
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 11]
        + ["13,75%", "13,57%"],
        ["text-figure-matches-table", "text/paragraph:3/sentence:2", 11]
        + ["20%", "2%"],
        # "tidak terserap … 24%" and the bare "sisa 24% dari pagunya"
        ["text-figure-matches-table", "text/paragraph:5/sentence:1", 20]
        + ["20%", "24%"],
        ["text-figure-matches-table", "text/paragraph:5/sentence:1", 20]
        + ["20%", "19%"],
    ]
    assert [r.ref for r in found[0].related] == [
        "tabel-3.2/row:3/col:anggaran",
        "tabel-3.2/row:3/col:sisa",
    ]
    assert found[0].message.endswith(
        "menunjukkan 13,75% (sisa / anggaran; persentase sisa, bukan persentase"
        " realisasi)"
    )


# --------------------------------------------------------------------- serapan

_SERAPAN = """# LAPORAN KINERJA DINAS CONTOH TAHUN 2023

**Tabel 3.3 Realisasi Anggaran per Program**

| No | Program | Pagu (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---:|---:|---:|---:|
| 1 | Program Pemenuhan Upaya Kesehatan | 34.630.500.000 | 32.146.747.650 \
| 2.483.752.350 | 92,83 |
| 2 | Program Pemberdayaan Masyarakat Bidang Kesehatan | 500.000.000 | 400.000.000 \
| 100.000.000 | 80,00 |
| | JUMLAH | 35.130.500.000 | 32.546.747.650 | 2.583.752.350 | 92,65 |

{program}

Program Pemberdayaan Masyarakat Bidang Kesehatan melatih kader, dengan penyerapan
tenaga kerja kader mencapai 85%.

**Tabel 3.4 Realisasi Belanja Kegiatan**

| No | Kegiatan | Pagu (Rp) | Realisasi (Rp) |
|---|---|---:|---:|
| 1 | Kegiatan Penyediaan Layanan Kesehatan Rujukan | 120.000.000 | 96.000.000 |
| 2 | Kegiatan Pelatihan Kader Posyandu | 80.000.000 | 80.000.000 |

Kegiatan Penyediaan Layanan Kesehatan Rujukan menyerap {kegiatan} anggarannya.
"""


def _serapan(first: str, second: str, third: str, kegiatan: str) -> str:
    return _SERAPAN.format(
        program=f"Program Pemenuhan Upaya Kesehatan menyerap {first} anggarannya."
        " Penyerapan anggaran Program Pemberdayaan Masyarakat Bidang Kesehatan"
        f" sebesar {second}. Daya serap Program Pemenuhan Upaya Kesehatan mencapai"
        f" {third}.",
        kegiatan=kegiatan,
    )


def test_a_budget_absorbed_agrees_to_the_precision_printed() -> None:
    # 92,83 quoted as 92,83%, 80,00 as 80%, 92,83 as 93%; 96 / 120 = 80% for a
    # kegiatan without a % column; the tenaga kerja absorbed is no budget figure
    text = _serapan("92,83%", "80%", "93%", "80%")
    assert findings_for(text, select=RULES) == []


def test_labour_absorbed_is_no_budget_percentage() -> None:
    # a serap word before a figure whose base or object follows it: workers, not
    # the budget (92,83 and 80,00 are far from 85% and 80%)
    text = _serapan("92,83%", "80%", "93%", "80%") + (
        "\nProgram Pemberdayaan Masyarakat Bidang Kesehatan menyerap 85% tenaga kerja"
        " lokal, dengan serapan 80% dari pencari kerja terdaftar.\n"
    )
    assert findings_for(text, select=RULES) == []
    wrong = text.replace("menyerap 85% tenaga kerja lokal", "menyerap 85%")
    assert [f.expected for f in findings_for(wrong, select=RULES)] == ["80%"]


def test_a_wrong_budget_absorbed_is_reported() -> None:
    found = findings_for(_serapan("92,38%", "80,4%", "92,9%", "85%"), select=RULES)
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 11]
        + ["92,83%", "92,38%"],
        # shown to the precision the sentence printed
        ["text-figure-matches-table", "text/paragraph:3/sentence:2", 11]
        + ["80,0%", "80,4%"],
        ["text-figure-matches-table", "text/paragraph:3/sentence:3", 11]
        + ["92,8%", "92,9%"],
        ["text-figure-matches-table", "text/paragraph:6/sentence:1", 23]
        + ["80%", "85%"],
    ]
    assert [r.ref for r in found[3].related] == [
        "tabel-3.4/row:1/col:anggaran",
        "tabel-3.4/row:1/col:realisasi_anggaran",
    ]
    english = findings_for(
        _serapan("92,83%", "80%", "93%", "85%"), select=RULES, lang="en"
    )
    assert [f.message for f in english] == [
        "The text gives budget realisation rate 85%, but Tabel 3.4 row 1 (Kegiatan"
        " Penyediaan Layanan Kesehatan Rujukan) gives 80% (realisasi / anggaran;"
        " the table has no percentage column)"
    ]


# ------------------------------------------------------------ the wordings


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        # rupiah: a budget figure only in a clause on the budget
        ("Realisasi investasi sebesar Rp 212,4 miliar.", []),
        # revenue: the realisasi of a table of revenue, no budget figure
        ("Realisasi PAD tahun ini sebesar Rp 1.500.000.000.", ["realisasi"]),
        ("Realisasi investasi Tahun Anggaran 2023 sebesar Rp 212,4 miliar.", []),
        ("Capaian kinerja Tahun Anggaran 2023 sebesar 95%.", ["capaian"]),
        (
            "Realisasi program ini sebesar Rp 95.000.000 dari pagu.",
            ["realisasi_anggaran"],
        ),
        ("Anggaran program ini terealisasi Rp 95.000.000.", ["realisasi_anggaran"]),
        ("Realisasi belanja pegawai sebesar Rp 95.000.000.", ["realisasi_anggaran"]),
        (
            "Realisasi anggaran sebesar Rp 9.000.000, sedangkan realisasi investasi"
            " Rp 212,4 miliar.",
            ["realisasi_anggaran"],
        ),
        ("Penyerapan anggaran Kecamatan sebesar Rp 9.000.000.", ["realisasi_anggaran"]),
        # sisa
        ("Sisa anggaran tahun ini Rp 181.271.180.", ["sisa"]),
        ("Sisa dana kegiatan sebesar Rp 5.000.000.", ["sisa"]),
        ("Anggaran yang tidak terserap sebesar Rp 5.000.000.", ["sisa"]),
        ("Selisih antara pagu dan realisasi anggaran Rp 5.000.000.", ["sisa"]),
        (
            "Realisasi anggaran Rp 95.000.000, sisa Rp 5.000.000.",
            ["realisasi_anggaran", "sisa"],
        ),
        ("Investasi yang belum terealisasi sebesar Rp 237,6 miliar.", []),
        # a sisa in percent: the share of the budget left
        ("Sisa anggaran sebesar 3,73% dari pagu.", ["persen_sisa"]),
        (
            "Realisasi anggaran 96,27% sehingga terdapat sisa anggaran 3,73%.",
            ["persen_anggaran", "persen_sisa"],
        ),
        ("Anggaran yang tidak terserap 3,73%.", ["persen_sisa"]),
        (
            "Realisasi anggaran 96,27% dengan sisa 3,73%.",
            ["persen_anggaran", "persen_sisa"],
        ),
        ("Realisasi kegiatan 90%, sisa 3,73% dari pagu.", ["realisasi", "persen_sisa"]),
        # a bare "sisa(nya)" opening the clause after a budget figure: what is left
        (
            "Realisasi anggaran sebesar 96,63%, sisanya sebesar 3,37%.",
            ["persen_anggaran", "persen_sisa"],
        ),
        (
            "Realisasi anggaran 96,63%, sedangkan sisanya 3,37%.",
            ["persen_anggaran", "persen_sisa"],
        ),
        (
            "Realisasi anggaran sebesar Rp 96 juta, sisanya Rp 4 juta.",
            ["realisasi_anggaran", "sisa"],
        ),
        ("Realisasi fisik 90%, sisanya 10%.", ["realisasi"]),
        ("Realisasi anggaran 96%, sisanya 4% dari target.", ["persen_anggaran"]),
        # ... not the gap to a target, nor a bare sisa outside the budget
        ("Capaian kinerja 90%, sisa 10% akan dicapai tahun depan.", ["capaian"]),
        ("Sisa target 10% dicapai pada triwulan IV.", []),
        ("Target yang tidak terealisasi 20%.", []),
        (
            "Realisasi anggaran mencapai 96%, sisa 4% dari target kinerja.",
            ["persen_anggaran"],
        ),
        ("Anggaran yang terserap sebesar Rp 95.000.000.", ["realisasi_anggaran"]),
        # a bare "terealisasi" after a budget or kind of spending: its budget %
        ("Anggaran program ini terealisasi 95%.", ["persen_anggaran"]),
        ("Belanja modal terealisasi 81%.", ["persen_anggaran"]),
        ("Program Peningkatan Kapasitas Keuangan Desa terealisasi 80%.", ["realisasi"]),
        ("Anggaran dan target kinerja terealisasi 95%.", ["realisasi"]),
        (
            "Dengan anggaran Rp 100.000.000, indikator ini terealisasi 80%.",
            ["anggaran", "realisasi"],
        ),
        # a difference: of the pagu and realisasi just quoted, else of nothing
        (
            "Pagu Rp 2.400.000.000 dan realisasi anggaran Rp 2.316.000.000 sehingga"
            " selisihnya sebesar Rp 84.000.000.",
            ["anggaran", "realisasi_anggaran", "sisa"],
        ),
        (
            "Realisasi anggaran Rp 2.316.000.000, selisih Rp 84.000.000 dengan tahun"
            " lalu.",
            ["realisasi_anggaran"],
        ),
        # what is said of the figure after it: what is left
        ("Dana sebesar Rp 42 juta tidak terserap.", ["sisa"]),
        ("Anggaran sebesar Rp 42.000.000 belum terealisasi.", ["sisa"]),
        ("Investasi sebesar Rp 237,6 miliar belum terealisasi.", []),
        (
            "Realisasi anggaran 88,66%, sisanya 11,34% tidak terserap.",
            ["persen_anggaran", "persen_sisa"],
        ),
        (
            "Anggaran Rp 820 juta terealisasi Rp 727 juta, atau 88,66 persen.",
            ["anggaran", "realisasi_anggaran", "persen_anggaran"],
        ),
        # a change is no level
        ("Capaian kinerja meningkat 5% dibanding tahun lalu.", []),
        ("Capaian kinerja program ini lebih rendah 20% dari target.", []),
        ("Realisasi naik Rp 500.000.000 dibanding 2022.", []),
        ("Realisasi anggaran meningkat menjadi 95%.", ["persen_anggaran"]),
        # what was used, and the whole it is an amount of
        (
            "Program ini menggunakan anggaran Rp 1.842.600.000 dari Rp 2.000.000.000"
            " yang tersedia.",
            ["realisasi_anggaran", "anggaran"],
        ),
        ("Penggunaan dana sebesar Rp 5.000.000.", ["realisasi_anggaran"]),
        (
            "Sisa anggaran Rp 5.000.000 dari total Rp 100.000.000.",
            ["sisa", "anggaran"],
        ),
        # an efisiensi is a figure of its own, its column's, not the budget's
        ("Efisiensi penggunaan anggaran program ini 7,87%.", ["efisiensi"]),
        ("Efisiensi anggaran sebesar Rp 157.400.000.", []),
        # the serap family
        ("Program ini menyerap 92,38% anggarannya.", ["persen_anggaran"]),
        ("Anggaran kegiatan terserap 80%.", ["persen_anggaran"]),
        ("Daya serap anggaran mencapai 95,5%.", ["persen_anggaran"]),
        ("Serapan terendah pada kegiatan A sebesar 79,67%.", ["persen_anggaran"]),
        ("Penyerapan Kecamatan Pasirian mencapai 55,66%.", ["persen_anggaran"]),
        ("Capaian kinerja 100%, dengan penyerapan tenaga kerja 85%.", ["capaian"]),
        ("Capaian kinerja 100%; musrenbang menyerap aspirasi 75%.", ["capaian"]),
        # ... or names it after the figure: a share of something else, an object
        ("Pelatihan ini dengan serapan 80% dari pencari kerja.", []),
        ("Program ini menyerap 85% tenaga kerja lokal.", []),
        ("Serapan 80% dari total pagu.", ["persen_anggaran"]),
        (
            "Program ini menyerap 85% dan kegiatan B 90%.",
            ["persen_anggaran", "persen_anggaran"],
        ),
        (
            "Program ini menyerap 85% sehingga sisa anggarannya kecil.",
            ["persen_anggaran"],
        ),
        ("Serapan 85% menunjukkan kinerja keuangan yang baik.", ["persen_anggaran"]),
        ("Program ini menyerap 85% kumulatif s.d. triwulan III.", ["persen_anggaran"]),
        ("Daya serap 85% Kecamatan Pasirian tergolong baik.", ["persen_anggaran"]),
        # a percentage of what follows it
        ("Realisasi investasi Rp 212,4 miliar atau 47,20% dari target.", ["capaian"]),
        (
            "Izin terbit sebanyak 684 izin atau 57,00% dari target 1.200 izin.",
            ["capaian"],
        ),
        ("Desa tangguh terealisasi 35% dari target 40%.", ["realisasi", "target"]),
        # a target that is a bound: the figure before it is what was realised
        (
            "Tunggakan PBB turun menjadi 16,20% dari target maksimal 18,00%.",
            ["realisasi"],
        ),
        (
            "Persentase tunggakan turun menjadi 16,20% dari target paling tinggi 18%.",
            ["realisasi"],
        ),
        ("Desa tangguh terealisasi 35,5% dari target 40,5%.", ["realisasi", "target"]),
        ("Realisasi program A sebesar 89,62% dari pagu.", ["persen_anggaran"]),
        ("Capaian sasaran 36,63% dari target 85%.", ["capaian", "target"]),
        # a target reached or not labels no figure
        (
            "Kegiatan A belum mencapai target: persentase arsip baru 72% dari target"
            " 80%.",
            ["realisasi", "target"],
        ),
        ("Persentase desa tangguh 35% dari target 40%.", ["realisasi", "target"]),
        ("Target tahun ini, sebesar 80%.", ["target"]),
        # "terhadap target" names what the measure is against, not the figure
        ("Persentase realisasi PAD terhadap target mencapai 104,00%.", ["realisasi"]),
        ("Capaian terhadap target sebesar 95%.", ["capaian"]),
        ("Capaian kinerja kegiatan A melebihi target dengan 113 persen.", ["capaian"]),
        ("Realisasi melampaui target 90%.", ["target"]),
        (
            "Capaian kinerja sasaran kedua, meningkatnya tertib administrasi desa,"
            " sebesar 75% dari target 80%.",
            ["capaian", "target"],
        ),
    ],
)
def test_what_a_figure_restates(sentence: str, metrics: list[str]) -> None:
    claims = read_claims(report_from(f"LAPORAN KINERJA\n\n{sentence}\n")).figures
    assert [c.metric for c in claims] == metrics


# ------------------------------------------------------- amounts in miliar

_MILIAR = """# LAPORAN KINERJA BADAN CONTOH TAHUN 2023

**Tabel 3.2 Realisasi Anggaran per Program**

| No | Program | Anggaran (Rp) | Realisasi (Rp) | Sisa (Rp) | % |
|---|---|---:|---:|---:|---:|
| 1 | Program Penanggulangan Bencana | 2.500.000.000 | 2.412.000.000 \
| 88.000.000 | 96,48 |
| | JUMLAH | 2.500.000.000 | 2.412.000.000 | 88.000.000 | 96,48 |

Realisasi anggaran tahun 2023 sebesar Rp {spent} dari pagu Rp 2,5 miliar.
"""


@pytest.mark.parametrize("spent", ["2,4 miliar", "2,41 miliar", "2 miliar"])
def test_an_amount_in_miliar_agrees_to_its_last_digit(spent: str) -> None:
    # 2.412.000.000 rounds to 2,4 (2,41, 2) miliar
    assert findings_for(_MILIAR.format(spent=spent), select=RULES) == []


@pytest.mark.parametrize("spent", ["2,3 miliar", "2,42 miliar", "3 miliar"])
def test_an_amount_in_miliar_that_does_not_round_is_reported(spent: str) -> None:
    found = findings_for(_MILIAR.format(spent=spent), select=RULES)
    assert compact(found) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 10]
        + ["Rp 2.412.000.000", f"Rp {spent}"],
    ]


# ------------------------------------------------------------------ revenue

_PAD = """LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2024

Tabel 3.4 Realisasi Pendapatan Asli Daerah Tahun 2024

No\tKomponen PAD\tTarget Pendapatan (Rp)\tRealisasi Pendapatan (Rp)\tCapaian (%)
1\tPajak Daerah\t103.725.000.000\t109.813.241.268\t105,87
2\tRetribusi Daerah\t14.750.000.000\t13.902.118.650\t94,25
\tJUMLAH\t118.475.000.000\t123.715.359.918\t104,42

{sentence}
"""


def test_a_share_of_revenue_is_no_realisation_in_rupiah() -> None:
    # 23,05% is PBB-P2's share of the taxes realised, not the realisation of the
    # Pajak Daerah row, printed bare in a column of rupiah
    sentence = (
        "PBJT atas Tenaga Listrik memberikan kontribusi terbesar yaitu 30,43% dari "
        "total realisasi pajak daerah, disusul PBB-P2 sebesar 23,05%."
    )
    assert findings_for(_PAD.format(sentence=sentence), select=RULES) == []
    # the row's capaian, a percentage, is still compared
    sentence = "Realisasi Pajak Daerah mencapai 105,78% dari target."
    found = findings_for(_PAD.format(sentence=sentence), select=RULES)
    assert [f[0:1] + f[2:] for f in compact(found)] == [
        ["text-figure-matches-table", 10, "105,87%", "105,78%"]
    ]


# ------------------------------------------------------------- plan's end

_RENSTRA = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Realisasi Kinerja terhadap Target Renstra

No\tIndikator Kinerja\tSatuan\tTarget 2024\tTarget Akhir Renstra 2026\tRealisasi 2024\tCapaian 2024 (%)\tCapaian terhadap Target Akhir Renstra (%)
1\tIndeks Kepuasan Masyarakat (IKM) terhadap layanan kecamatan\tindeks\t82,00\t85,00\t84,37\t102,89\t99,26

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Terhadap target akhir Renstra tahun 2026, capaian Indeks Kepuasan "
            "Masyarakat telah mencapai 99,26%.",
            [],
        ),
        # the year's capaian is still compared
        (
            "Capaian IKM terhadap layanan kecamatan tahun 2024 sebesar 102,98%.",
            [["text-figure-matches-table", 8, "102,89%", "102,98%"]],
        ),
    ],
)
def test_a_capaian_against_the_plans_end_target_is_no_years_capaian(
    sentence: str, expected: list[list[object]]
) -> None:
    found = findings_for(_RENSTRA.format(sentence=sentence), select=RULES)
    assert [[f[0], *f[2:]] for f in compact(found)] == expected


_HAIS = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja

No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tAngka infeksi nosokomial\t%\t1,5\t0,92\t138,67

Tabel 3.2 Realisasi Anggaran

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah\t1.000.000.000\t945.000.000\t94,50
\tJUMLAH\t1.000.000.000\t945.000.000\t94,50

Untuk indikator Angka infeksi nosokomial digunakan rumus (2 − realisasi/target) × 100%.

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the budget word is the clause before's: 0,92% is no budget %
        (
            "Realisasi anggaran sebesar 94,50%, sedangkan angka infeksi nosokomial "
            "sebesar 0,92%.",
            [],
        ),
        # or a word joining a further subject to the clause
        (
            "Realisasi anggaran secara keseluruhan sebesar 94,50%, dengan angka "
            "infeksi nosokomial 0,92% yang jauh di bawah batas maksimal.",
            [],
        ),
        # a budget figure of the clause after the contrast is still compared
        (
            "Capaian kinerja baik, sedangkan realisasi anggaran sebesar 95,40%.",
            [["text-figure-matches-table", "94,50%", "95,40%"]],
        ),
    ],
)
def test_a_clause_naming_an_indicator_takes_no_budget_word_from_before(
    sentence: str, expected: list[list[str]]
) -> None:
    found = findings_for(_HAIS.format(sentence=sentence), select=RULES)
    errors = [f for f in found if f.severity.value == "error"]
    assert [[f[0], *f[3:]] for f in compact(errors)] == expected

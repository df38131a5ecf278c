"""Messages a reviewer checked on the seed with a calculator, and what they now say.

* ``rollup-reproducible``: a parent that one misprinted child alone explains says
  so (low confidence, the child and the realisasi it would need named);
* ``rollup-same-method``: the plain mean is named with how it reads a "-";
* ``stated-formula-holds``: an operand taken from the merged cell above says so;
* a figure printed as a dash reads as none ("-") in a message;
* a table without a caption is named in the message language.
"""

from __future__ import annotations

import pytest

from lkjaudit.baseline import BaselineEntry
from lkjaudit.engine.context import table_name
from lkjaudit.model.finding import Confidence, Finding

from conftest import compact, findings_for

SEED = "pasirian-tw2-2024.txt"

# ----------------------------------------------------------------- roll-ups

_HEAD = (
    "Tabel 3.4 Capaian Kinerja Program dan Kegiatan\n\n"
    "No\tProgram / Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi"
    "\tPagu (Rp)\tRealisasi (Rp)\n"
)
_PROGRAM = (
    "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    "\tPersentase pemenuhan layanan administrasi\t%\t100\t{figure}"
    "\t400.000.000\t200.000.000\n"
)
_NAMES = (
    ("Administrasi Umum Perangkat Daerah", "Jumlah paket", "paket"),
    ("Administrasi Kepegawaian Perangkat Daerah", "Jumlah dokumen", "dokumen"),
    ("Administrasi Keuangan Perangkat Daerah", "Jumlah laporan keuangan", "laporan"),
    (
        "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
        "Jumlah laporan jasa",
        "laporan",
    ),
)


def _tree(parent: str, *kids: tuple[str, str]) -> str:
    """A program of ``parent`` % over kegiatan of (target, realisasi) counts."""
    rows = "".join(
        f"1.{n}\t{name}\t{indicator}\t{unit}\t{target}\t{realisasi}"
        "\t100.000.000\t50.000.000\n"
        for n, ((name, indicator, unit), (target, realisasi)) in enumerate(
            zip(_NAMES, kids, strict=False), 1
        )
    )
    return _HEAD + _PROGRAM.format(figure=parent) + rows


def _rollup(text: str, lang: str = "en") -> list[Finding]:
    return findings_for(text, select=("rollup-*",), lang=lang)


# 2/2 = 100%, 3/5 = 60%, 20/10 = 200%, 4/4 = 100%: the mean is 115%. A printed
# 75% is (100 + 60 + c + 100) / 4 only at c = 40%, 4 laporan of 10: the third
# kegiatan alone explains it; the others would need a capaian below 0%
ONE_CHILD = _tree("75", ("2", "2"), ("5", "3"), ("10", "20"), ("4", "4"))
ONE_CHILD_RESULTS = (
    'mean 115%; mean without "-" rows 115%; mean capped at 100% 90%; '
    "budget-weighted mean 115%"
)


def test_a_parent_one_childs_misprint_explains_names_that_child() -> None:
    (finding,) = _rollup(ONE_CHILD)
    assert compact([finding]) == [
        ["rollup-reproducible", "tabel-3.4/row:1/col:realisasi", 4, "115%", "75 %"]
    ]
    assert finding.confidence == Confidence.LOW
    assert finding.message == (
        "Achievement 75 % is not given by any averaging of its 4 children: "
        f"{ONE_CHILD_RESULTS}; or the mean gives it if Administrasi Keuangan "
        "Perangkat Daerah realised 4 laporan, not 20 laporan"
    )
    # the child comes first among the related places, then its siblings
    assert [r.ref for r in finding.related] == [
        "tabel-3.4/row:4/col:realisasi",
        "tabel-3.4/row:2/col:realisasi",
        "tabel-3.4/row:3/col:realisasi",
        "tabel-3.4/row:5/col:realisasi",
    ]


def test_the_one_child_message_in_bahasa_indonesia() -> None:
    (finding,) = _rollup(ONE_CHILD, lang="id")
    assert finding.message == (
        "Capaian 75 % tidak dihasilkan cara rata-rata mana pun dari 4 rinciannya: "
        'rata-rata 115%; rata-rata tanpa baris "-" 115%; rata-rata dengan capaian '
        "paling tinggi 100% 90%; rata-rata tertimbang anggaran 115%; atau rata-rata "
        "menghasilkannya bila realisasi Administrasi Keuangan Perangkat Daerah "
        "4 laporan, bukan 20 laporan"
    )


def test_a_count_child_needing_a_fraction_explains_nothing() -> None:
    # 78%: the third kegiatan would need 52% of 10 laporan, 5,2: no count gives it
    (finding,) = _rollup(_tree("78", ("2", "2"), ("5", "3"), ("10", "20"), ("4", "4")))
    assert finding.confidence == Confidence.MEDIUM
    assert finding.message == (
        "Achievement 78 % is not given by any averaging of its 4 children: "
        f"{ONE_CHILD_RESULTS}"
    )


def test_a_parent_several_children_could_explain_stays_as_today() -> None:
    # 10/10, 5/10, 5/10: the mean is 66,67%; 60% follows with any one child
    # changed (8, 3 or 3 of 10): no single child is to blame
    (finding,) = _rollup(_tree("60", ("10", "10"), ("10", "5"), ("10", "5")))
    assert compact([finding]) == [
        ["rollup-reproducible", "tabel-3.4/row:1/col:realisasi", 4, "66,67%", "60 %"]
    ]
    assert finding.confidence == Confidence.MEDIUM
    assert finding.message == (
        "Achievement 60 % is not given by any averaging of its 3 children: mean 66,67%; "
        'mean without "-" rows 66,67%; mean capped at 100% 66,67%; '
        "budget-weighted mean 66,67%"
    )


def test_a_parent_no_single_child_explains_stays_as_today() -> None:
    # 12/12, 6/12, 6/12: 60% would need 9,6, 3,6 or 3,6 of 12: no count does it
    (finding,) = _rollup(_tree("60", ("12", "12"), ("12", "6"), ("12", "6")))
    assert finding.confidence == Confidence.MEDIUM
    assert finding.expected == "66,67%"
    assert "; or " not in finding.message


def test_a_parent_the_plain_mean_gives_is_not_reported() -> None:
    assert _rollup(_tree("66,67", ("12", "12"), ("12", "6"), ("12", "6"))) == []


def test_a_parent_of_one_child_names_no_child() -> None:
    # either figure may be the misprint: the finding stays as it was
    (finding,) = _rollup(_tree("60", ("10", "5")))
    assert finding.confidence == Confidence.MEDIUM
    assert finding.message == (
        "Achievement 60 % is not given by any averaging of its 1 child: mean 50%; "
        'mean without "-" rows 50%; mean capped at 100% 50%; budget-weighted mean 50%'
    )


def _seed(seed_text: str, rule: str, ref: str, lang: str) -> Finding:
    (finding,) = [
        f
        for f in findings_for(seed_text, select=(rule,), source=SEED, lang=lang)
        if f.location.ref == ref
    ]
    return finding


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "Achievement 62,50 % is not given by any averaging of its 4 children: "
            'mean 100%; mean without "-" rows 100%; mean capped at 100% 75%; '
            "budget-weighted mean 196,72%; or the mean gives it if Penyediaan Gaji "
            "dan Tunjangan ASN realised 6 orang/bulan, not 24 orang/bulan",
        ),
        (
            "id",
            "Capaian 62,50 % tidak dihasilkan cara rata-rata mana pun dari 4 "
            'rinciannya: rata-rata 100%; rata-rata tanpa baris "-" 100%; rata-rata '
            "dengan capaian paling tinggi 100% 75%; rata-rata tertimbang anggaran "
            "196,72%; atau rata-rata menghasilkannya bila realisasi Penyediaan Gaji "
            "dan Tunjangan ASN 6 orang/bulan, bukan 24 orang/bulan",
        ),
    ],
)
def test_the_seeds_administrasi_keuangan(
    seed_text: str, lang: str, message: str
) -> None:
    finding = _seed(
        seed_text, "rollup-reproducible", "tabel-3.4/row:8/col:realisasi", lang
    )
    assert (finding.expected, finding.actual) == ("100%", "62,50 %")
    assert finding.confidence == Confidence.LOW
    assert finding.message == message
    assert finding.related[0].ref == "tabel-3.4/row:9/col:realisasi"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            'Achievement 62,71 % is a mean without "-" rows, while this report '
            'mostly uses the plain mean (counting "-" as 0): mean 53,75%; mean '
            'without "-" rows 62,71%; mean capped at 100% 53,75%; budget-weighted '
            "mean 60,06%",
        ),
        (
            "id",
            'Capaian 62,71 % dihitung dengan rata-rata tanpa baris "-", sedangkan '
            'laporan ini umumnya memakai rata-rata biasa (baris "-" dihitung 0): '
            'rata-rata 53,75%; rata-rata tanpa baris "-" 62,71%; rata-rata dengan '
            "capaian paling tinggi 100% 53,75%; rata-rata tertimbang anggaran 60,06%",
        ),
    ],
)
def test_the_plain_mean_is_named_with_its_dashes(
    seed_text: str, lang: str, message: str
) -> None:
    finding = _seed(
        seed_text, "rollup-same-method", "tabel-3.4/row:1/col:realisasi", lang
    )
    assert (finding.expected, finding.actual) == ("53,75%", "62,71 %")
    assert finding.message == message


# ------------------------------------------------------------------ formulas

_FORMULA = """\
LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.7 Efisiensi Program

No.\tSasaran/Program/Kegiatan\tIndikator Kinerja\tAnggaran\t\t\tKinerja\t\t\tEfisiensi (%)
\t\t\tPagu\tRealisasi\tCapaian (%)\tTarget\tRealisasi\t%\t
1\t2\t3\t4\t5\t6=5/4\t7\t8\t9=8/7\t10=9-6
1\tTerfasilitasinya Program Penyelenggaraan Urusan Pemerintahan Umum\tPersentase Fasilitasi Penyelenggaraan Urusan Pemerintahan Umum\t8.000.000\t2.000.000\t25%\t100%\t60%\t60%\t35%
2\tTerpenuhinya Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik\tPersentase Pelayanan PATEN sesuai SP dan SOP\t10.000.000\t-\t-\t100%\t40%\t40%\t30%
3\tTerpenuhinya Program Pembinaan Dan Pengawasan Pemerintahan Desa\tPersentase Desa yang menetapkan RKPDes Tepat Waktu\t20.000.000\t1.000.000\t5%\t100%\t80%\t80%\t75%
\t\tPersentase Desa yang menetapkan APBDes Tepat Waktu\t\t\t\t100%\t50%\t50%\t50%
"""


@pytest.mark.parametrize(
    ("lang", "messages"),
    [
        (
            "en",
            [
                'Column (10) = (9) − (6): printed 30%; expected 40% ((6) none ("-"), '
                "(9) 40%)",
                "Column (10) = (9) − (6): printed 50%; expected 45% ((6) 5% from the "
                "merged cell above, (9) 50%)",
            ],
        ),
        (
            "id",
            [
                "Kolom (10) = (9) − (6): tertulis 30%, seharusnya 40% ((6) tidak ada "
                '("-"), (9) 40%)',
                "Kolom (10) = (9) − (6): tertulis 50%, seharusnya 45% ((6) 5% dari sel "
                "gabungan di atas, (9) 50%)",
            ],
        ),
    ],
)
def test_a_formulas_operands_say_dash_and_merged_cell(
    lang: str, messages: list[str]
) -> None:
    found = findings_for(_FORMULA, select=("stated-formula-holds",), lang=lang)
    # rows 1 and 3 hold (60 − 25, 80 − 5): nothing said of them
    assert compact(found) == [
        ["stated-formula-holds", "tabel-3.7/row:2/col:efisiensi", 9, "40%", "30%"],
        ["stated-formula-holds", "tabel-3.7/row:4/col:efisiensi", 11, "45%", "50%"],
    ]
    assert [f.message for f in found] == messages


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "Column (10) = (9) − (6): printed -54,55%; expected -2,93% ((6) 2,93% "
            "from the merged cell above, (9) 0%)",
        ),
        (
            "id",
            "Kolom (10) = (9) − (6): tertulis -54,55%, seharusnya -2,93% ((6) 2,93% "
            "dari sel gabungan di atas, (9) 0%)",
        ),
    ],
)
def test_the_seeds_efisiensi_from_a_merged_cell(
    seed_text: str, lang: str, message: str
) -> None:
    finding = _seed(
        seed_text, "stated-formula-holds", "tabel-3.10/row:7/col:efisiensi", lang
    )
    assert (finding.expected, finding.actual) == ("-2,93%", "-54,55%")
    assert finding.message == message


# --------------------------------------------------------------------- dashes


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", 'Realised output 1 laporan but realised spending none ("-")'),
        ("id", 'Realisasi kinerja 1 laporan tetapi realisasi anggaran tidak ada ("-")'),
    ],
)
def test_spending_printed_as_a_dash_reads_as_none(
    seed_text: str, lang: str, message: str
) -> None:
    finding = _seed(
        seed_text,
        "output-has-spending",
        "tabel-3.4/row:7/col:realisasi_anggaran",
        lang,
    )
    # the figure itself stays as printed: data
    assert (finding.expected, finding.actual) == ("> 0", "-")
    assert finding.message == message


def test_spending_of_zero_stays_a_figure() -> None:
    text = (
        "Tabel 3.4 Realisasi Kinerja dan Anggaran\n\n"
        "No\tKegiatan\tIndikator\tSatuan\tTarget\tRealisasi\tPagu (Rp)"
        "\tRealisasi (Rp)\n"
        "1\tPenyediaan Jasa Surat Menyurat\tJumlah laporan\tlaporan\t12\t6"
        "\t2.400.000\t0\n"
    )
    (finding,) = findings_for(text, select=("output-has-spending",), lang="en")
    assert finding.message == "Realised output 6 laporan but realised spending 0"


# ------------------------------------------------------ tables without a caption

_UNTITLED = """\
# LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

## BAB III AKUNTABILITAS KINERJA

Anggaran Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota tahun 2024 sebesar Rp 92.500.000.

## LAMPIRAN PERJANJIAN KINERJA

| No | Program | Anggaran |
|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | Rp 92.400.000 |
| 2 | Program Pemberdayaan Masyarakat Desa dan Kelurahan | Rp 12.000.000 |
"""
_LABEL = "Tabel ke-1 (LAMPIRAN PERJANJIAN KINERJA)"


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "en",
            "The text gives budget Rp 92.500.000, but Table 1 (LAMPIRAN PERJANJIAN "
            "KINERJA) row 1 (Program Penunjang Urusan Pemerintahan Daerah "
            "Kabupaten/Kota) gives Rp 92.400.000",
        ),
        (
            "id",
            "Kalimat menyebut anggaran Rp 92.500.000, padahal Tabel ke-1 (LAMPIRAN "
            "PERJANJIAN KINERJA) baris 1 (Program Penunjang Urusan Pemerintahan "
            "Daerah Kabupaten/Kota) menunjukkan Rp 92.400.000",
        ),
    ],
)
def test_a_message_names_a_table_without_a_caption_in_its_language(
    lang: str, message: str
) -> None:
    (finding,) = findings_for(
        _UNTITLED, select=("text-figure-matches-table",), source="lkj.md", lang=lang
    )
    assert (finding.expected, finding.actual) == ("Rp 92.400.000", "Rp 92.500.000")
    assert finding.message == message
    # the table's label is data: the same in both languages
    assert [r.table for r in finding.related] == [_LABEL]


def test_table_name_words_only_an_untitled_label_matching_its_id() -> None:
    assert table_name(_LABEL, "en", "tabel-ke-1") == (
        "Table 1 (LAMPIRAN PERJANJIAN KINERJA)"
    )
    assert table_name("Tabel ke-12", "en", "tabel-ke-12") == "Table 12"
    assert table_name(_LABEL, "id", "tabel-ke-1") == _LABEL
    # a caption that happens to read so, with an id of its own, stays as printed
    assert table_name(_LABEL, "en", "tabel-ke-1-lampiran-perjanjian") == _LABEL
    assert table_name("Tabel ke-1 (X)", "en", "tabel-ke-2") == "Tabel ke-1 (X)"
    assert table_name("Tabel 3.2", "en", "tabel-3.2") == "Tabel 3.2"


def test_a_baseline_entry_names_a_table_without_a_caption_in_its_language() -> None:
    entry = BaselineEntry(
        source="lkj.md",
        rule_id="text-figure-matches-table",
        fingerprint="0" * 16,
        table=_LABEL,
        label="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        column="anggaran",
        expected="Rp 92.400.000",
        actual="Rp 92.500.000",
    )
    assert entry.describe("en") == (
        "lkj.md: text-figure-matches-table at Table 1 (LAMPIRAN PERJANJIAN "
        "KINERJA) › Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota › "
        "anggaran (expected Rp 92.400.000, actual Rp 92.500.000)"
    )
    assert entry.describe("id").startswith(
        f"lkj.md: text-figure-matches-table di {_LABEL} › "
    )

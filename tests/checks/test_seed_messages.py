"""Messages a reviewer checked on the seed with a calculator, and what they now say.

* ``stated-formula-holds``: an operand taken from the merged cell above says so;
* a figure printed as a dash reads as none ("-") in a message;
* a table without a caption is named in the message language.
"""

from __future__ import annotations

import pytest

from lkjaudit.baseline import BaselineEntry
from lkjaudit.engine.context import table_name
from lkjaudit.model.finding import Finding

from conftest import compact, findings_for

SEED = "pasirian-tw2-2024.txt"


def _seed(seed_text: str, rule: str, ref: str, lang: str) -> Finding:
    (finding,) = [
        f
        for f in findings_for(seed_text, select=(rule,), source=SEED, lang=lang)
        if f.location.ref == ref
    ]
    return finding


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

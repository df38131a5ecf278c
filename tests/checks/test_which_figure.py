"""Which figure is wrong: in a flat budget table, and between two copies.

A flat table (rows and a JUMLAH, no tree) restates each row's figure by its
JUMLAH less the other rows, beside anggaran = realisasi + sisa and the % on its
row; two copies of a fact that differ one against one are settled by what
each copy's own table says of it, and when neither says anything, the later
copy is reported with no expected figure.
"""

from __future__ import annotations

from conftest import compact, findings_for

OWN = "budget-figure-agrees-with-its-restatements"
BUDGET = ("parent-*", "sisa-*", "persen-*", "total-*", OWN)

# a unit's spending by kind: the rows add up to the JUMLAH, each row's sisa is
# anggaran − realisasi and its % realisasi / anggaran
FLAT = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp){pct_head}
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600{pct1}
2\tBelanja Barang dan Jasa\t{anggaran}\t527.971.850\t{sisa}{pct2}
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000{pct3}
\tJUMLAH\t{total_anggaran}\t3.387.360.250\t{total_sisa}{pct4}
"""
PCT = ("96,25", "96,44", "95,90", "96,27")


def _flat(
    *,
    anggaran: str = "547.450.000",
    sisa: str = "19.478.150",
    total_anggaran: str = "3.518.770.000",
    total_sisa: str = "131.409.750",
    percent: bool = True,
) -> str:
    cells = {f"pct{i}": f"\t{p}" if percent else "" for i, p in enumerate(PCT, 1)}
    return FLAT.format(
        anggaran=anggaran,
        sisa=sisa,
        total_anggaran=total_anggaran,
        total_sisa=total_sisa,
        pct_head="\t%" if percent else "",
        **cells,
    )


def test_the_flat_table_as_built_is_right() -> None:
    assert findings_for(_flat(), select=BUDGET) == []
    assert findings_for(_flat(percent=False), select=BUDGET) == []


def test_a_wrong_anggaran_in_a_flat_table_is_the_anggaran_not_the_sisa() -> None:
    # 574.450.000 for 547.450.000: realisasi + sisa on the row and the JUMLAH
    # less the other rows both give 547.450.000 (the % does too), so the
    # anggaran is reported and the sisa computed from the right one is not
    found = findings_for(_flat(anggaran="574.450.000"), select=BUDGET, lang="en")
    assert compact(found) == [
        [OWN, "tabel-3.3/row:2/col:anggaran", 7, "547.450.000", "574.450.000"]
    ]
    assert found[0].message == (
        "Belanja Barang dan Jasa: printed 574.450.000; expected 547.450.000 by the"
        " total row below it minus the other rows; realisasi + sisa on the same row;"
        " the percentage on the same row"
    )


def test_a_wrong_anggaran_is_found_without_a_percent_column() -> None:
    # the same typo in a table without %: the JUMLAH and the row are two kinds
    found = findings_for(
        _flat(anggaran="574.450.000", percent=False), select=BUDGET, lang="id"
    )
    assert compact(found) == [
        [OWN, "tabel-3.3/row:2/col:anggaran", 7, "547.450.000", "574.450.000"]
    ]


def test_a_typo_too_small_for_the_percent_is_found_by_the_jumlah() -> None:
    # 547.450.900: 527.971.850 / 547.450.900 still rounds to 96,44, so the %
    # cannot tell; the JUMLAH less the other rows can
    found = findings_for(_flat(anggaran="547.450.900"), select=BUDGET)
    assert compact(found) == [
        [OWN, "tabel-3.3/row:2/col:anggaran", 7, "547.450.000", "547.450.900"]
    ]


def test_a_wrong_sisa_is_still_the_sisa() -> None:
    # the sisa 19.478.250: anggaran − realisasi and the JUMLAH less the other
    # rows give 19.478.150; the anggaran is right by both its row's % and its
    # JUMLAH, so the sisa is reported, by its own rule
    found = findings_for(_flat(sisa="19.478.250"), select=BUDGET)
    assert compact(found) == [
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:2/col:sisa", 7]
        + ["19.478.150", "19.478.250"]
    ]


def test_a_row_whose_jumlah_is_wrong_keeps_its_printed_figure() -> None:
    # only the JUMLAH anggaran is off (…100): each row's JUMLAH less the others
    # disagrees with it, but one kind alone corrects nothing: the JUMLAH is
    # reported, no row is
    found = findings_for(_flat(total_anggaran="3.518.770.100"), select=BUDGET)
    assert [f[:2] for f in compact(found)] == [
        ["total-row-equals-column-sum", "tabel-3.3/row:4/col:anggaran"]
    ]


def test_a_row_sisa_and_a_jumlah_anggaran_that_cancel_are_both_reported() -> None:
    # two typos, 100 each: row 2's sisa 19.478.250 and the JUMLAH anggaran
    # 3.518.770.100. Then the JUMLAH row's own anggaran − realisasi gives the
    # JUMLAH sisa 131.409.850, which is also what the rows add up to with the
    # wrong sisa: two witnesses that would blame the right JUMLAH sisa. Each
    # reads a figure shown wrong (the row's sisa by its own row, the JUMLAH
    # anggaran by its column and row), so the JUMLAH sisa is not reported, and
    # both typos are
    for percent in (True, False):
        found = findings_for(
            _flat(sisa="19.478.250", total_anggaran="3.518.770.100", percent=percent),
            select=BUDGET,
        )
        assert compact(found) == [
            ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:2/col:sisa", 7]
            + ["19.478.150", "19.478.250"],
            [OWN, "tabel-3.3/row:4/col:anggaran", 9, "3.518.770.000"]
            + ["3.518.770.100"],
        ]
    # NOTE: not blamed on row 2's anggaran either, though its row and the wrong
    # JUMLAH less the other rows agree on 547.450.100: the JUMLAH is read at
    # the figure its own witnesses support
    text = _flat(sisa="19.478.250", total_anggaran="3.518.770.100")
    assert "tabel-3.3/row:2/col:anggaran" not in {
        f.location.ref for f in findings_for(text)
    }


def test_a_row_sisa_wrong_and_a_jumlah_sisa_added_from_it_are_both_reported() -> None:
    # row 2's sisa 100 too high and the JUMLAH sisa the sum of the printed rows:
    # the column adds up, and each sisa is wrong against its own row
    found = findings_for(
        _flat(sisa="19.478.250", total_sisa="131.409.850"), select=BUDGET
    )
    assert compact(found) == [
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:2/col:sisa", 7]
        + ["19.478.150", "19.478.250"],
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:4/col:sisa", 9]
        + ["131.409.750", "131.409.850"],
    ]


# ---------------------------------------------------------------- copies

PAGU = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Pagu Anggaran per Program

No\tProgram\tPagu (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t{first}
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000

Tabel 3.4 Realisasi Anggaran per Program

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t{second}
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000\t298.120.000\t14.330.000\t95,41
"""
COPIES = ("figure-same-in-every-table",)
# 1.245.300.000 = 1.187.640.500 + 57.659.500, and 1.187.640.500 / 1.245.300.000
# is 95,37%: Tabel 3.4's row confirms its pagu
ROW = "1.245.300.000\t1.187.640.500\t57.659.500\t95,37"


def test_the_copy_its_own_table_confirms_is_not_blamed() -> None:
    # Tabel 3.3 (first in the document) prints 1.254.300.000, Tabel 3.4
    # 1.245.300.000, which its row's realisasi + sisa and % confirm
    text = PAGU.format(first="1.254.300.000", second=ROW)
    found = findings_for(text, select=COPIES, lang="en")
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-3.3/row:1/col:anggaran", 6]
        + ["1.245.300.000", "1.254.300.000"]
    ]
    assert found[0].message.endswith(
        "; Tabel 3.4 agrees with its own table (realisasi + sisa on the same row;"
        " the budget percentage on the same row)"
    )


def test_copies_neither_table_confirms_claim_no_figure() -> None:
    # Tabel 3.4's row computed from 1.254.300.000 (sisa 66.659.500, 94,69%)
    # confirms that figure, so Tabel 3.4 agrees with Tabel 3.3: nothing to report;
    # with a row that confirms neither figure, nothing tells which copy is
    # right: the later one is reported, with no expected figure (the first
    # copy's figure, once claimed as the truth, was a guess by document order)
    agreeing = "1.254.300.000\t1.187.640.500\t66.659.500\t94,69"
    text = PAGU.format(first="1.254.300.000", second=agreeing)
    assert findings_for(text, select=COPIES) == []
    unsure = "1.245.300.000\t1.187.640.500\t50.000.000\t90,00"
    found = findings_for(
        PAGU.format(first="1.254.300.000", second=unsure), select=COPIES
    )
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-3.4/row:1/col:anggaran", 12]
        + [None, "1.245.300.000"]
    ]
    assert "hitungan tabelnya sendiri" not in found[0].message
    assert found[0].message.endswith(
        "menulis 1.254.300.000; kedua angka berbeda dan tidak ada hal lain dalam"
        " laporan yang menunjukkan mana yang benar"
    )


IKU = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.1 Realisasi Indikator Kinerja Utama

No\tIndikator Kinerja\tTarget\tRealisasi
1\tPersentase desa yang menetapkan APBDes tepat waktu\t85%\t{first}
2\tIndeks kepuasan masyarakat terhadap pelayanan kecamatan\t80\t82,5

Tabel 3.2 Capaian Indikator Kinerja Utama

No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian
1\tPersentase desa yang menetapkan APBDes tepat waktu\t85%\t{second}
2\tIndeks kepuasan masyarakat terhadap pelayanan kecamatan\t80\t82,5\t103,13%
"""


def test_an_indicator_copy_its_capaian_confirms_is_not_blamed() -> None:
    # Tabel 3.2's 33,33% of 85% is the 39,21% it prints: Tabel 3.1's 36,33% is
    # the wrong copy, though it comes first
    text = IKU.format(first="36,33%", second="33,33%\t39,21%")
    found = findings_for(text, select=COPIES)
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-3.1/row:1/col:realisasi", 6]
        + ["33,33%", "36,33%"]
    ]
    assert found[0].message.endswith(
        "; Tabel 3.2 sesuai dengan hitungan tabelnya sendiri"
        " (capaian pada baris yang sama)"
    )


def test_an_indicator_copy_its_capaian_contradicts_is_blamed() -> None:
    # Tabel 3.2's capaian 42,74% is 36,33 / 85: it backs Tabel 3.1's figure,
    # not its own 33,33%, so Tabel 3.1's figure is the reference, and the
    # message says why
    text = IKU.format(first="36,33%", second="33,33%\t42,74%")
    found = findings_for(text, select=COPIES)
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-3.2/row:1/col:realisasi", 12]
        + ["36,33%", "33,33%"]
    ]
    assert found[0].message.endswith(
        "menulis 36,33%; capaian pada baris yang sama di Tabel 3.2 sesuai dengan"
        " angka ini, bukan dengan 33,33% yang tertulis di sana"
    )

"""A budget figure miscopied into a table with no sum to check it: copy and %.

A programme's pagu copied wrong into a second table (no JUMLAH there, no sisa)
is restated by two kinds of witness: its copy in the budget table, and the %
on its own row, worked out from the right pagu. Together they are a supported
figure, so the % that is right for it is not "corrected" to the printed pagu,
and the pagu is reported once. A % that the printed pagu does not give, and
that no copy explains, is still the % that is wrong.
"""

from __future__ import annotations

from decimal import Decimal

from lkjaudit.checks.witnesses import budget_percent
from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

REPORT = """LAPORAN KINERJA KECAMATAN CONTOH SEMESTER I TAHUN 2025

Tabel 3.3 Anggaran dan Realisasi Belanja s.d. Semester I Tahun 2025

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.845.370.000\t\
889.809.415\t955.560.585\t48,22
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t25.200.000\t\
11.046.000\t14.154.000\t43,83
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t561.750.000\t\
208.315.000\t353.435.000\t37,08
\tJUMLAH\t2.432.320.000\t1.109.170.415\t1.323.149.585\t45,60

Tabel 3.4 Serapan Anggaran per Program Tahun 2025

No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.845.370.000\t\
889.809.415\t48,22
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t25.200.000\t\
11.046.000\t43,83
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t{pagu}\t208.315.000\t{pct}
"""

PAGU = "tabel-3.4/row:3/col:anggaran"
PCT = "tabel-3.4/row:3/col:persen_anggaran"


def _report(pagu: str = "561.750.000", pct: str = "37,08") -> str:
    return REPORT.format(pagu=pagu, pct=pct)


def test_the_report_as_built_is_right() -> None:
    assert findings_for(_report()) == []


def test_a_pagu_miscopied_is_reported_once_and_its_right_percent_is_not() -> None:
    # 561.570.000 for 561.750.000: the budget table's copy and the row's 37,08%
    # (208.315.000 / 561.750.000) both give 561.750.000, the printed pagu would
    # give 37,10%. The % was recomputed against the printed pagu and reported
    # (seharusnya 37,10%), a right cell, beside the copy's finding
    found = findings_for(_report(pagu="561.570.000"), source="t.txt")
    assert compact(found) == [
        [
            "budget-figure-agrees-with-its-restatements",
            PAGU,
            16,
            "561.750.000",
            "561.570.000",
        ]
    ]
    assert found[0].evidence["also"] == "figure-same-in-every-table"
    assert found[0].message == (
        "Program Pemberdayaan Masyarakat Desa dan Kelurahan: tertulis 561.570.000,"
        " seharusnya 561.750.000 menurut salinan angka yang sama di Tabel 3.3;"
        " persentase pada baris yang sama"
    )


def test_a_percent_worked_out_from_the_miscopied_pagu_leaves_the_copy_alone() -> None:
    # the % fits the printed pagu (37,10%): only the copy says otherwise, one
    # kind; the copy is reported as before, and the % is not judged against a
    # figure nothing else supports
    found = findings_for(_report(pagu="561.570.000", pct="37,10"), source="t.txt")
    assert compact(found) == [
        ["figure-same-in-every-table", PAGU, 16, "561.750.000", "561.570.000"]
    ]


def test_a_wrong_percent_with_a_right_pagu_is_the_percent() -> None:
    # 37,80%: neither the printed pagu nor its copy gives it; the copies agree,
    # so the pagu is right and the % is reported against it
    found = findings_for(_report(pct="37,80"), source="t.txt")
    assert compact(found) == [
        ["persen-anggaran-equals-realisasi-over-anggaran", PCT, 16, "37,08", "37,80"]
    ]


def test_a_realisasi_miscopied_is_corrected_the_same_way() -> None:
    # 208.351.000 for 208.315.000: the copy and the 37,08% give 208.315.000 (the
    # printed figure would give 37,09%); the realisasi is reported once
    text = _report().replace("\t208.315.000\t37,08\n", "\t208.351.000\t37,08\n")
    found = findings_for(text, source="t.txt")
    assert compact(found) == [
        [
            "budget-figure-agrees-with-its-restatements",
            "tabel-3.4/row:3/col:realisasi_anggaran",
            16,
            "208.315.000",
            "208.351.000",
        ]
    ]


def _nothing_spent(realisasi: str) -> str:
    """Program 2 spent 1.000 by the budget table; Tabel 3.4 prints ``realisasi``."""
    text = _report().replace(
        "25.200.000\t11.046.000\t14.154.000\t43,83",
        "25.200.000\t1.000\t25.199.000\t0,00",
    )
    text = text.replace(
        "1.109.170.415\t1.323.149.585\t45,60", "1.098.125.415\t1.334.194.585\t45,15"
    )
    return text.replace(
        "25.200.000\t11.046.000\t43,83", f"25.200.000\t{realisasi}\t0,00"
    )


def test_a_percent_of_zero_fits_a_realisasi_of_zero() -> None:
    # "-" and 0,00%: nothing spent gives 0%, so the % backs the print as much
    # as the budget table's 1.000 (0,004%); the copy alone is one kind of
    # witness, and the two tables' disagreement is the copies' finding only
    found = findings_for(_nothing_spent("-"), source="t.txt")
    assert compact(found) == [
        [
            "figure-same-in-every-table",
            "tabel-3.4/row:2/col:realisasi_anggaran",
            15,
            "1.000",
            "-",
        ]
    ]


def test_the_copies_of_a_spending_of_1000_agree() -> None:
    assert findings_for(_nothing_spent("1.000"), source="t.txt") == []


def test_a_percent_fits_a_realisasi_of_zero_and_no_pagu_of_zero() -> None:
    report = report_from(_nothing_spent("-"))
    table = report.tables[1]
    row = table.row(2)
    spent = budget_percent(table, row, table.column(ColumnRole.REALISASI_ANGGARAN))
    assert spent is not None and spent.fits(Decimal(0))
    assert not spent.fits(Decimal(1_000_000))
    text = _nothing_spent("1.000").replace(
        "25.200.000\t1.000\t0,00", "25.200.000\t1.000\t0,10"
    )
    table = report_from(text).tables[1]
    pagu = budget_percent(table, table.row(2), table.column(ColumnRole.ANGGARAN))
    assert pagu is not None and pagu.fits(Decimal(1_000_000))
    assert not pagu.fits(Decimal(0))

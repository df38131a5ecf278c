"""Two category totals wrong on one JUMLAH row of a staff table.

A JUMLAH row printing ``L 12 | P 8 | 18`` over columns adding up to 11 and 7:
each category total is off, so neither is a witness of the other as printed,
but the columns' sums add up to the row's Jumlah. Each category total then
stands for its column's sum, and a sentence giving those sums ("11 orang
laki-laki dan 7 orang perempuan") is right, not told the wrong totals.
"""

from __future__ import annotations

from conftest import compact, findings_for

REPORT = """LAPORAN KINERJA TRIWULAN I TAHUN 2025 KECAMATAN CONTOH

Kecamatan Contoh didukung oleh 18 orang Pegawai Negeri Sipil yang terdiri atas \
11 orang laki-laki dan 7 orang perempuan, dengan rincian sebagai berikut.

Tabel 2.1 Jumlah PNS Kecamatan Contoh Menurut Pangkat/Golongan dan Jenis Kelamin

No\tPangkat / Golongan Ruang\tJenis Kelamin\t\tJumlah
\t\tL\tP\t
1\tPembina (IV/a)\t{r1}
2\tPenata Tingkat I (III/d)\t2\t1\t3
3\tPenata (III/c)\t1\t2\t3
4\tPenata Muda Tingkat I (III/b)\t2\t1\t3
5\tPenata Muda (III/a)\t1\t1\t2
6\tPengatur (II/c)\t4\t1\t5
\tJumlah\t{total}
"""

TOTAL_RULE = "total-row-equals-column-sum"
TEXT_RULE = "text-count-matches-table"


def _report(r1: str = "1\t1\t2", total: str = "11\t7\t18") -> str:
    return REPORT.format(r1=r1, total=total)


def test_the_report_as_built_is_right() -> None:
    assert findings_for(_report()) == []


def test_two_wrong_category_totals_leave_the_sentence_alone() -> None:
    found = findings_for(_report(total="12\t8\t18"))
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [TOTAL_RULE, "tabel-2.1/row:7/col:kategori", "11", "12"],
        [TOTAL_RULE, "tabel-2.1/row:7/col:kategori_2", "7", "8"],
    ]


def test_one_wrong_category_total_is_as_before() -> None:
    # L 12 over a column adding up to 11, its Jumlah 18 less P 7 saying 11 too
    found = findings_for(_report(total="12\t7\t18"))
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [TOTAL_RULE, "tabel-2.1/row:7/col:kategori", "11", "12"]
    ]


def test_columns_that_do_not_add_up_to_the_jumlah_decide_nothing() -> None:
    # L 12 and P 8 over columns adding up to 11 and 7, beside a Jumlah 20: the
    # printed row agrees with itself, and the sentence is told its categories
    # (the Jumlah 20 stands at its column's 18, which the sentence gives)
    found = findings_for(_report(total="12\t8\t20"))
    texts = sorted((f.expected, f.actual) for f in found if f.rule_id == TEXT_RULE)
    assert texts == [("12 orang", "11 orang"), ("8 orang", "7 orang")]


ROW_RULE = "row-total-equals-sum-of-categories"


def test_a_tie_between_the_column_and_the_row_leaves_the_sentence_alone() -> None:
    # Pembina P 2 beside its Jumlah 2, and the JUMLAH's P 8 beside 11 + 8 ≠ 18:
    # P's rows add up to 8 and the Jumlah's to 18, so the JUMLAH's P is 8 by its
    # column or 18 − 11 = 7 by its row; the sentence's 7 is not told 8, and the
    # two Jumlah cells are reported claiming neither figure (a tie)
    found = findings_for(_report(r1="1\t2\t2", total="11\t8\t18"))
    assert [f[:2] + f[3:] for f in compact(found)] == [
        [ROW_RULE, "tabel-2.1/row:1/col:jumlah", None, "2"],
        [ROW_RULE, "tabel-2.1/row:7/col:jumlah", None, "18"],
    ]


def test_one_wrong_jumlah_still_tells_the_sentence() -> None:
    # Pembina 1 + 2 = 3 and the JUMLAH's 11 + 8 beside 18, the Jumlah column
    # adding up to 19: the JUMLAH's Jumlah alone is off, and P is 8
    found = findings_for(_report(r1="1\t2\t3", total="11\t8\t18"))
    texts = [(f.expected, f.actual) for f in found if f.rule_id == TEXT_RULE]
    assert texts == [("8 orang", "7 orang")]

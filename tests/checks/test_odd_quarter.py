"""Which figure is wrong when a row's quarters do not add up to its running total.

The running total (``s.d. TW II``) is reported at its quarters' sum, unless it
is confirmed as printed (its copy in the budget table, the % on its row, the
JUMLAH below it less the other rows) and one quarter's own column (its JUMLAH
less the other rows) puts that quarter at the running total less the other
quarters: then the quarter is the wrong figure, and the JUMLAH of its column,
right once it is corrected, is not reported.
"""

from __future__ import annotations

from conftest import compact, findings_for

REPORT = """LAPORAN KINERJA KECAMATAN CONTOH SEMESTER I TAHUN 2025

Tabel 3.3 Anggaran dan Realisasi Belanja s.d. Semester I Tahun 2025

No\tProgram\tAnggaran (Rp)\tRealisasi s.d. Semester I (Rp)\tSisa (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.845.370.000\t\
889.809.415\t955.560.585\t48,22
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t25.200.000\t\
11.046.000\t14.154.000\t43,83
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t561.750.000\t\
208.315.000\t353.435.000\t37,08
4\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t14.500.000\t\
6.660.000\t7.840.000\t45,93
\tJUMLAH\t2.446.820.000\t1.115.830.415\t1.330.989.585\t45,60

Tabel 3.4 Realisasi Anggaran per Triwulan Tahun 2025

No\tProgram\tPagu\tRealisasi\t\tRealisasi s.d. TW II\t%
\t\t\tTW I\tTW II\t\t{numbers}
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.845.370.000\t\
421.903.580\t467.905.835\t889.809.415\t48,22
2\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\t25.200.000\t\
{tw1}\t{tw2}\t{sd}\t43,83
3\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t561.750.000\t\
61.480.000\t146.835.000\t208.315.000\t37,08
4\tProgram Koordinasi Ketentraman dan Ketertiban Umum\t14.500.000\t\
2.860.000\t3.800.000\t6.660.000\t45,93
\tJUMLAH\t2.446.820.000\t490.555.580\t{total_tw2}\t{total_sd}\t45,60
"""

NUMBERS = "\t\n(1)\t(2)\t(3)\t(4)\t(5)\t(6) = (4)+(5)\t(7)"


def _report(
    tw1: str = "4.312.000",
    tw2: str = "6.734.000",
    sd: str = "11.046.000",
    total_tw2: str = "625.274.835",
    total_sd: str = "1.115.830.415",
    *,
    numbers: bool = False,
) -> str:
    text = REPORT.format(
        tw1=tw1,
        tw2=tw2,
        sd=sd,
        total_tw2=total_tw2,
        total_sd=total_sd,
        numbers="{numbers}",
    )
    # NOTE: the column-number row is a line of its own, after the header's second
    return text.replace("\t{numbers}", NUMBERS if numbers else "")


RULE = "realisasi-kumulatif-equals-sum-of-triwulan"
TW2 = "tabel-3.4/row:2/col:c5"
SD = "tabel-3.4/row:2/col:realisasi_anggaran"


def test_the_report_as_built_is_right() -> None:
    assert findings_for(_report()) == []
    assert findings_for(_report(numbers=True)) == []


def test_a_wrong_quarter_is_the_quarter_not_its_confirmed_running_total() -> None:
    # TW II 6.824.000 for 6.734.000: TW I + TW II = 11.136.000, but s.d. TW II
    # 11.046.000 is its copy in Tabel 3.3, the JUMLAH less the other rows and the
    # 43,83% on its row; the JUMLAH TW II less the other rows gives 6.734.000 =
    # 11.046.000 − 4.312.000. The running total was reported at 11.136.000, and
    # the JUMLAH TW II, right for 6.734.000, at the rows' printed 625.364.835
    found = findings_for(_report(tw2="6.824.000"), source="t.txt")
    assert compact(found) == [[RULE, TW2, 17, "6.734.000", "6.824.000"]]
    assert found[0].message == (
        "Realisasi › TW II: tertulis 6.824.000, seharusnya 6.734.000 (Realisasi"
        " s.d. TW II 11.046.000 − TW I 4.312.000; baris jumlah di bawahnya"
        " dikurangi baris lainnya memberi angka yang sama), sedangkan Realisasi"
        " s.d. TW II sesuai dengan salinan angka yang sama di Tabel 3.3; baris"
        " jumlah di bawahnya dikurangi baris lainnya; persentase pada baris yang"
        " sama"
    )
    english = findings_for(_report(tw2="6.824.000"), source="t.txt", lang="en")
    assert english[0].message == (
        "Realisasi › TW II: printed 6.824.000; expected 6.734.000 (Realisasi s.d."
        " TW II 11.046.000 − TW I 4.312.000; the total row below it minus the"
        " other rows gives the same figure), while Realisasi s.d. TW II agrees"
        " with the copy of the same figure in Tabel 3.3; the total row below it"
        " minus the other rows; the percentage on the same row"
    )


def test_the_first_quarter_is_blamed_the_same_way() -> None:
    # TW I 4.132.000 for 4.312.000: 11.046.000 − 6.734.000, as the JUMLAH TW I
    # less the other rows gives
    found = findings_for(_report(tw1="4.132.000"), source="t.txt")
    assert compact(found) == [
        [RULE, "tabel-3.4/row:2/col:c4", 17, "4.312.000", "4.132.000"]
    ]


def test_under_a_stated_sum_the_quarter_is_reported_and_the_formula_holds() -> None:
    # (6) = (4)+(5) holds once TW II is corrected: stated-formula-holds does not
    # report the running total, and the quarter is reported as without the row
    found = findings_for(_report(tw2="6.824.000", numbers=True), source="t.txt")
    assert compact(found) == [[RULE, TW2, 18, "6.734.000", "6.824.000"]]


def test_a_wrong_running_total_is_still_the_running_total() -> None:
    # s.d. TW II 11.064.000 for 11.046.000: its quarters, its copy, the % and
    # the JUMLAH less the other rows all give 11.046.000; no quarter's column
    # blames a quarter
    found = findings_for(_report(sd="11.064.000"), source="t.txt")
    assert compact(found) == [[RULE, SD, 17, "11.046.000", "11.064.000"]]
    assert found[0].message == (
        "Realisasi s.d. TW II: tertulis 11.064.000, jumlah TW I + TW II 11.046.000"
    )


def test_a_quarter_its_column_does_not_blame_leaves_the_running_total() -> None:
    # TW II 6.824.000 and the JUMLAH TW II adding it up as printed (625.364.835):
    # each quarter's column restates its printed quarter, so no quarter is put
    # at the running total less the other, and the running totals are reported
    # as before. The report cannot tell which quarter is wrong: TW II with the
    # JUMLAH TW II, or TW I (4.222.000) with the JUMLAH TW I (490.465.580), each
    # pair leaves every sum right
    found = findings_for(
        _report(tw2="6.824.000", total_tw2="625.364.835"), source="t.txt"
    )
    assert compact(found) == [
        [RULE, SD, 17, "11.136.000", "11.046.000"],
        [RULE, "tabel-3.4/row:5/col:realisasi_anggaran", 20]
        + ["1.115.920.415", "1.115.830.415"],
    ]


THREE = """\
# LAPORAN KINERJA TRIWULAN III DINAS CONTOH TAHUN 2024

**Tabel 3.2 Realisasi Anggaran per Triwulan Tahun 2024**

| No | Program | Pagu (Rp) | Realisasi (Rp) | | | | % | Sisa (Rp) |
|---|---|---:|---:|---:|---:|---:|---:|---:|
| | | | TW I | TW II | TW III | s.d. TW III | | |
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 200.000.000 | 40.000.000 \
| 50.000.000 | 60.000.000 | 150.000.000 | 75,00 | 50.000.000 |
| 2 | Program Peningkatan Ketahanan Pangan | 100.000.000 | 20.000.000 \
| {tw2} | 30.000.000 | 75.000.000 | 75,00 | 25.000.000 |
| 3 | Program Penanganan Kerawanan Pangan | 50.000.000 | 10.000.000 \
| 10.000.000 | 10.000.000 | 30.000.000 | 60,00 | 20.000.000 |
| | JUMLAH | 350.000.000 | 70.000.000 | 85.000.000 | 100.000.000 \
| 255.000.000 | 72,86 | 95.000.000 |
"""


def test_of_three_quarters_the_one_its_column_blames_is_reported() -> None:
    # TW II 27.000.000 for 25.000.000: s.d. TW III 75.000.000 is pagu − sisa,
    # the 75,00% and the JUMLAH less the other rows; the JUMLAH TW II less the
    # other rows gives 25.000.000 = 75 − 20 − 30 million, while TW I's and TW
    # III's columns restate their printed figures
    assert findings_for(THREE.format(tw2="25.000.000"), source="t.md") == []
    found = findings_for(THREE.format(tw2="27.000.000"), source="t.md")
    assert compact(found) == [
        [RULE, "tabel-3.2/row:2/col:c5", 9, "25.000.000", "27.000.000"]
    ]
    assert found[0].message == (
        "Realisasi (Rp) › TW II: tertulis 27.000.000, seharusnya 25.000.000"
        " (Realisasi (Rp) › s.d. TW III 75.000.000 − TW I 20.000.000 − TW III"
        " 30.000.000; baris jumlah di bawahnya dikurangi baris lainnya memberi"
        " angka yang sama), sedangkan Realisasi (Rp) › s.d. TW III sesuai dengan"
        " anggaran − sisa pada baris yang sama; baris jumlah di bawahnya dikurangi"
        " baris lainnya; persentase pada baris yang sama"
    )

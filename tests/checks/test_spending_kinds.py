"""Cases found by the Excel and PDF probes, each on a small text report: a figure
written as a bound, a sentence about one kind of spending, the % after a quoted
realisasi, a JUMLAH realisasi at a rounding edge of its %, and kegiatan whose sisa
their own rows contradict under a parent."""

from __future__ import annotations

import re

from conftest import SPENDING_BY_KIND, compact, findings_for

TEXT = ("text-figure-*",)

_BUDGET = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

BAB III AKUNTABILITAS KINERJA

{before}

Tabel 3.2 Realisasi Anggaran per Program Tahun 2024

Kode\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
7.01.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA\t\
3.408.470.000\t3.281.015.250\t127.454.750\t96,26
7.01.02\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t\
110.300.000\t106.345.000\t3.955.000\t96,41
\tJUMLAH\t3.518.770.000\t3.387.360.250\t131.409.750\t96,27
{kinds}
{after}
"""

_KINDS = SPENDING_BY_KIND


def _report(before: str = "", after: str = "", kinds: str = "") -> str:
    return _BUDGET.format(before=before, after=after, kinds=kinds)


def _line(text: str, words: str) -> int:
    return next(k for k, line in enumerate(text.splitlines(), 1) if words in line)


def test_a_figure_written_as_a_bound_restates_nothing() -> None:
    for bound in (
        "Sebagian besar sub kegiatan terserap di atas 95% dari pagu.",
        "Realisasi anggaran mencapai lebih dari 90% dari pagu.",
        "Serapan anggaran minimal 85% dari pagu.",
        "Realisasi anggaran hampir Rp 3,4 miliar.",
    ):
        assert findings_for(_report(before=bound), select=TEXT) == [], bound


def test_a_figure_after_a_plain_verb_is_still_compared() -> None:
    text = _report(before="Realisasi anggaran mencapai 95% dari pagu.")
    assert compact(findings_for(text, select=TEXT)) == [
        ["text-figure-matches-table", "text/paragraph:3/sentence:1", 5]
        + ["96,27%", "95%"],
    ]


_MODAL = (
    "Belanja pegawai menyerap 96,25% dari pagunya, sedangkan belanja modal "
    "terealisasi Rp 119.870.000 atau 95,90%."
)


def test_a_kind_of_spending_is_not_the_whole_budget() -> None:
    # no table of spending by kind: the figures are not the JUMLAH's, and are
    # found in no table (a note, not an error)
    text = _report(after=_MODAL)
    at = ["text-figure-found-in-tables", "text/paragraph:4/sentence:1", 14, None]
    assert compact(findings_for(text, select=TEXT)) == [
        [*at, "96,25%"],
        [*at, "Rp 119.870.000"],
        [*at, "95,90%"],
    ]


def test_a_kind_of_spending_is_compared_with_its_row() -> None:
    assert findings_for(_report(after=_MODAL, kinds=_KINDS), select=TEXT) == []
    # a wrong one is compared with the row its clause names (the sentence names
    # two rows, and the figure follows the second)
    wrong = _MODAL.replace("atau 95,90%", "atau 95,09%")
    text = _report(after=wrong, kinds=_KINDS)
    assert compact(findings_for(text, select=TEXT)) == [
        ["text-figure-matches-table", "text/paragraph:5/sentence:1"]
        + [_line(text, "Belanja pegawai menyerap"), "95,90%", "95,09%"],
    ]


_JUMLAH = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Realisasi Anggaran menurut Jenis Belanja Tahun 2024

No\tJenis Belanja\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tBelanja Pegawai\t2.846.320.000\t2.739.518.400\t106.801.600\t96,25
2\tBelanja Barang dan Jasa\t722.300.000\t697.872.350\t24.427.650\t96,62
3\tBelanja Modal\t125.000.000\t119.870.000\t5.130.000\t95,90
\tJUMLAH\t{anggaran}\t{realisasi}\t136.359.250\t96,31
"""
SUMS = ("tag:sum", "tag:arithmetic", "tag:budget-realisation")


def test_a_wrong_jumlah_realisasi_is_reported_once() -> None:
    # 3.556.260.750 is 1.000.000 short; its 96,31% fits both the right figures and
    # the wrong realisasi over a pagu 1.000.000 lower: the pagu is not "corrected"
    # to that, and the sisa and % (right) are not reported
    text = _JUMLAH.format(anggaran="3.693.620.000", realisasi="3.556.260.750")
    assert compact(findings_for(text, select=SUMS)) == [
        ["total-row-equals-column-sum", "tabel-3.3/row:4/col:realisasi_anggaran", 9]
        + ["3.557.260.750", "3.556.260.750"],
    ]


def test_a_wrong_jumlah_anggaran_is_still_reported() -> None:
    # and alone: the realisasi, sisa and % that fit the right pagu are not
    # "corrected" to fit the wrong one
    text = _JUMLAH.format(anggaran="3.693.260.000", realisasi="3.557.260.750")
    assert [
        [f.rule_id, f.location.ref, f.expected, f.actual]
        for f in findings_for(text, select=SUMS)
    ] == [
        ["total-row-equals-column-sum", "tabel-3.3/row:4/col:anggaran"]
        + ["3.693.620.000", "3.693.260.000"],
    ]


_TREE = """LAPORAN KINERJA DINAS CONTOH TAHUN 2024

Tabel 3.3 Realisasi Anggaran per Program dan Kegiatan Tahun 2024

Kode\tProgram / Kegiatan\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
2.15.02\tPROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)\t\
6.234.650.000\t{realisasi}\t{sisa}\t94,99
2.15.02.2.01\tPenetapan Rencana Induk Jaringan LLAJ\t275.000.000\t268.950.000\t\
6.050.000\t97,80
2.15.02.2.02\tPenyediaan Perlengkapan Jalan\t3.918.450.000\t3.702.118.600\t\
216.313.400\t94,48
2.15.02.2.04\tPengujian Berkala Kendaraan Bermotor\t1.206.700.000\t1.149.383.250\t\
57.316.750\t95,25
2.15.02.2.05\tPengelolaan Terminal Penumpang Tipe C\t834.500.000\t801.760.000\t\
32.740.000\t96,08
"""
TREE = ("parent-*", "sisa-*")


def test_a_right_parent_over_a_kegiatan_with_a_wrong_sisa_is_not_reported() -> None:
    text = _TREE.format(realisasi="5.922.211.850", sisa="312.438.150")
    assert compact(findings_for(text, select=TREE)) == [
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:3/col:sisa", 8]
        + ["216.331.400", "216.313.400"],
    ]


def test_a_wrong_parent_counts_that_kegiatan_at_its_own_rows_sisa() -> None:
    # the program's realisasi typed 10.000 too high, its sisa computed from it:
    # the sisa should be 312.438.150, not the printed kegiatan's sum 312.420.150
    text = _TREE.format(realisasi="5.922.221.850", sisa="312.428.150")
    assert compact(findings_for(text, select=TREE)) == [
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:realisasi_anggaran"]
        + [6, "5.922.211.850", "5.922.221.850"],
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:sisa", 6]
        + ["312.438.150", "312.428.150"],
        ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:3/col:sisa", 8]
        + ["216.331.400", "216.313.400"],
    ]


# a kind of spending in a clause after a figure about the whole or about a
# programme: the amount is that kind's, not the total's nor the programme's
_WHOLE_THEN_KIND = (
    "Secara keseluruhan realisasi anggaran mencapai 96,27%, dengan belanja modal"
    " sebesar Rp {modal}."
)
_ROW_THEN_KIND = (
    "Realisasi anggaran Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"
    " mencapai 96,41%, dengan belanja modal sebesar Rp {modal}.\n\n"
    "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik menyerap 96,41%"
    " anggarannya. Dari jumlah itu, realisasi belanja modal sebesar Rp {modal}."
)


def test_a_kind_of_spending_after_the_whole_is_no_claim_on_the_total() -> None:
    # no table of spending by kind: no row holds belanja modal, so each amount is
    # only a note (before, the first was compared with the JUMLAH's 3.387.360.250,
    # the others with the programme's 106.345.000)
    after = _WHOLE_THEN_KIND + "\n\n" + _ROW_THEN_KIND
    text = _report(after=after.format(modal="1.234.567.890"))
    note = ["text-figure-found-in-tables"]
    assert compact(findings_for(text, select=TEXT)) == [
        [*note, "text/paragraph:4/sentence:1", 14, None, "Rp 1.234.567.890"],
        [*note, "text/paragraph:5/sentence:1", 16, None, "Rp 1.234.567.890"],
        [*note, "text/paragraph:6/sentence:2", 18, None, "Rp 1.234.567.890"],
    ]


def test_a_kind_of_spending_after_the_whole_is_compared_with_its_row() -> None:
    right = _report(after=_WHOLE_THEN_KIND.format(modal="119.870.000"), kinds=_KINDS)
    assert findings_for(right, select=TEXT) == []
    text = _report(after=_WHOLE_THEN_KIND.format(modal="1.234.567.890"), kinds=_KINDS)
    assert compact(findings_for(text, select=TEXT)) == [
        ["text-figure-matches-table", "text/paragraph:5/sentence:1"]
        + [_line(text, "Secara keseluruhan"), "Rp 119.870.000", "Rp 1.234.567.890"],
    ]


def test_a_programme_s_kind_of_spending_is_not_the_unit_s_row() -> None:
    # "Program … 96,41%, dengan belanja modal …" is the programme's belanja modal,
    # which the unit's Belanja Modal row does not hold: only a note (before, an
    # error against 119.870.000); after "sedangkan" it is the unit's again
    first = _ROW_THEN_KIND.split("\n\n")[0].format(modal="1.234.567.890")
    text = _report(after=first, kinds=_KINDS)
    line = _line(text, "Realisasi anggaran Program")
    assert compact(findings_for(text, select=TEXT)) == [
        ["text-figure-found-in-tables", "text/paragraph:5/sentence:1", line]
        + [None, "Rp 1.234.567.890"],
    ]
    text = _report(after=first.replace(", dengan", ", sedangkan"), kinds=_KINDS)
    assert compact(findings_for(text, select=TEXT)) == [
        ["text-figure-matches-table", "text/paragraph:5/sentence:1", line]
        + ["Rp 119.870.000", "Rp 1.234.567.890"],
    ]


def test_the_sisa_after_a_kind_of_spending_is_that_kind_s() -> None:
    # "sisanya" after a figure on belanja modal is belanja modal's sisa: no row of
    # spending by kind, no claim on the JUMLAH (before, 10,00% was an error
    # against the JUMLAH's 3,73%, Rp 9.000.000 against its Rp 131.409.750)
    note = ["text-figure-found-in-tables", "text/paragraph:4/sentence:1", 14, None]
    pct = "Realisasi belanja modal sebesar 95,90%, sisanya sebesar 10,00%."
    assert compact(findings_for(_report(after=pct), select=TEXT)) == [
        [*note, "95,90%"],
    ]
    rp = "Realisasi belanja modal sebesar Rp 119.870.000, sisanya Rp 9.000.000."
    assert compact(findings_for(_report(after=rp), select=TEXT)) == [
        [*note, "Rp 119.870.000"],
        [*note, "Rp 9.000.000"],
    ]
    # with the row of that kind, its sisa: right, nothing; wrong, an error there
    for right in (
        pct.replace("10,00%", "4,10%"),
        rp.replace("9.000.000", "5.130.000"),
    ):
        assert findings_for(_report(after=right, kinds=_KINDS), select=TEXT) == []
    for wrong, expected, actual in (
        (pct, "4,10%", "10,00%"),
        (rp, "Rp 5.130.000", "Rp 9.000.000"),
    ):
        text = _report(after=wrong, kinds=_KINDS)
        assert compact(findings_for(text, select=TEXT)) == [
            ["text-figure-matches-table", "text/paragraph:5/sentence:1"]
            + [_line(text, "Realisasi belanja modal"), expected, actual],
        ]


def test_the_sisa_after_the_whole_budget_is_the_jumlah_s() -> None:
    whole = "Realisasi anggaran sebesar 96,27%, sisanya sebesar {sisa}."
    for kinds in ("", _KINDS):
        right = _report(after=whole.format(sisa="3,73%"), kinds=kinds)
        assert findings_for(right, select=TEXT) == []
        text = _report(after=whole.format(sisa="10,00%"), kinds=kinds)
        paragraph = 5 if kinds else 4
        assert compact(findings_for(text, select=TEXT)) == [
            ["text-figure-matches-table", f"text/paragraph:{paragraph}/sentence:1"]
            + [_line(text, "Realisasi anggaran sebesar"), "3,73%", "10,00%"],
        ]


def test_the_rest_allotted_to_something_else_is_no_sisa() -> None:
    # "sisanya Rp … untuk pengadaan meubelair": the rest of an amount given to
    # something else (before, an error against belanja modal's sisa Rp 5.130.000)
    for allotted in (
        "Belanja modal digunakan untuk pengadaan komputer, sisanya Rp 25.000.000"
        " untuk pengadaan meubelair.",
        "Belanja modal digunakan untuk pengadaan komputer, sisanya dialokasikan"
        " untuk pengadaan meubelair sebesar Rp 25.000.000.",
        "Realisasi belanja modal sebesar Rp 119.870.000, sisanya Rp 25.000.000 akan"
        " digunakan untuk pengadaan meubelair.",
    ):
        assert findings_for(_report(after=allotted, kinds=_KINDS), select=TEXT) == []
        # no row of spending by kind: at most the note on the realised amount
        notes = [
            ["text-figure-found-in-tables", "text/paragraph:4/sentence:1", 14, None]
            + [figure]
            for figure in re.findall(r"Rp 119\.870\.000", allotted)
        ]
        found = findings_for(_report(after=allotted), select=TEXT)
        assert compact(found) == notes, allotted
    # the same rest said to be unspent or returned is the sisa, and compared
    for left in (
        "Belanja modal digunakan untuk pengadaan komputer, sisanya Rp 25.000.000"
        " dikembalikan ke kas daerah.",
        "Belanja modal digunakan untuk pengadaan komputer, sisanya sebesar"
        " Rp 25.000.000 tidak digunakan.",
    ):
        text = _report(after=left, kinds=_KINDS)
        assert compact(findings_for(text, select=TEXT)) == [
            ["text-figure-matches-table", "text/paragraph:5/sentence:1"]
            + [_line(text, "Belanja modal digunakan"), "Rp 5.130.000", "Rp 25.000.000"],
        ], left

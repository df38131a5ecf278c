"""Two copies of a figure that differ one against one: which one is wrong.

Their count says nothing. A copy's own table may: its capaian (or budget %) on
the row fits its print (it confirms it), or fits the other copy's figure and not
its own (it backs the other copy). When neither table says anything, the report
does not tell which copy is right: the later copy is reported, as the place the
two differ, with no expected figure and low confidence, and the message names
the other copy's figure and says nothing else settles it.
"""

from __future__ import annotations

import pytest

from lkjaudit.model.finding import Confidence

from conftest import compact, findings_for

COPIES = "figure-same-in-every-table"
CAPAIAN = "capaian-equals-realisasi-over-target"
RULES = (COPIES, CAPAIAN)

_NAME = "Persentase desa yang menetapkan APBDes tepat waktu"
_OTHER = "Indeks kepuasan masyarakat terhadap pelayanan kecamatan"


def _table(caption: str, realisasi: str, capaian: str | None) -> list[str]:
    """An indicator table; with a capaian column when ``capaian`` is given."""
    head = "No\tIndikator Kinerja\tTarget\tRealisasi"
    first = f"1\t{_NAME}\t85%\t{realisasi}"
    second = f"2\t{_OTHER}\t80\t82,5"
    if capaian is not None:
        head, first, second = head + "\tCapaian", f"{first}\t{capaian}", second
        second += "\t103,13%"
    return [caption, "", head, first, second, ""]


def _report(*copies: tuple[str, str | None]) -> str:
    """A report whose tables print the first indicator's realisasi as given."""
    lines = ["LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024", ""]
    for n, (realisasi, capaian) in enumerate(copies, start=1):
        lines += _table(f"Tabel 3.{n} Capaian Indikator", realisasi, capaian)
    return "\n".join(lines)


def _ref(n: int) -> str:
    return f"tabel-3.{n}/row:1/col:realisasi"


def test_a_bare_tie_claims_no_figure() -> None:
    # 36,33% against 33,33%, no capaian, no third copy: nothing tells which
    # is right, so the finding at the later copy claims neither
    text = _report(("36,33%", None), ("33,33%", None))
    found = findings_for(text, select=RULES)
    assert compact(found) == [[COPIES, _ref(2), 12, None, "33,33%"]]
    (finding,) = found
    assert finding.message == (
        f"realisasi {_NAME}: tertulis 33,33%, sedangkan 1 salinan lain (Tabel 3.1)"
        " menulis 36,33%; kedua angka berbeda dan tidak ada hal lain dalam"
        " laporan yang menunjukkan mana yang benar"
    )
    assert finding.confidence == Confidence.LOW
    assert [r.ref for r in finding.related] == [_ref(1)]
    (english,) = findings_for(text, select=RULES, lang="en")
    assert english.message == (
        f"realisasi of {_NAME}: printed 33,33%, while 1 other copy (Tabel 3.1)"
        " prints 36,33%; the two figures disagree and nothing else in the report"
        " tells which is right"
    )
    assert english.expected is None


def test_copies_that_agree_are_not_reported() -> None:
    text = _report(("36,33%", None), ("36,33%", "42,74%"))
    assert findings_for(text, select=RULES) == []


def test_a_tie_the_later_copy_s_own_table_confirms_blames_the_first() -> None:
    # 33,33 / 85 is the 39,21% on Tabel 3.2's row: Tabel 3.1 is the miscopy,
    # though it comes first (as before)
    text = _report(("36,33%", None), ("33,33%", "39,21%"))
    found = findings_for(text, select=RULES)
    assert compact(found) == [[COPIES, _ref(1), 6, "33,33%", "36,33%"]]
    assert found[0].message == (
        f"realisasi {_NAME}: tertulis 36,33%, sedangkan 1 salinan lain (Tabel 3.2)"
        " menulis 33,33%; Tabel 3.2 sesuai dengan hitungan tabelnya sendiri"
        " (capaian pada baris yang sama)"
    )
    assert found[0].confidence == Confidence.HIGH
    assert [r.ref for r in found[0].related] == [_ref(2)]


def test_a_tie_the_earlier_copy_s_own_table_confirms_blames_the_later() -> None:
    # 36,33 / 85 is the 42,74% on Tabel 3.1's row: its figure is the reference
    text = _report(("36,33%", "42,74%"), ("33,33%", None))
    found = findings_for(text, select=RULES)
    assert compact(found) == [[COPIES, _ref(2), 12, "36,33%", "33,33%"]]
    assert found[0].message == (
        f"realisasi {_NAME}: tertulis 33,33%, sedangkan 1 salinan lain (Tabel 3.1)"
        " menulis 36,33%; Tabel 3.1 sesuai dengan hitungan tabelnya sendiri"
        " (capaian pada baris yang sama)"
    )
    assert found[0].confidence == Confidence.HIGH


def test_an_earlier_copy_whose_capaian_backs_the_later_copy_is_blamed() -> None:
    # Tabel 3.1 prints 36,33% beside 39,21%, which is 33,33 / 85: its own row
    # was worked out from Tabel 3.2's figure. Tabel 3.1's realisasi is the
    # miscopy (once, the later copy was blamed by document order), and its
    # capaian, right for the figure the copies settle, is not reported
    text = _report(("36,33%", "39,21%"), ("33,33%", None))
    found = findings_for(text, select=RULES, lang="en")
    assert compact(found) == [[COPIES, _ref(1), 6, "33,33%", "36,33%"]]
    assert found[0].message == (
        f"realisasi of {_NAME}: printed 36,33%, while 1 other copy (Tabel 3.2)"
        " prints 33,33%; the capaian on the same row in Tabel 3.1 fits this"
        " figure, not the 36,33% printed there"
    )
    assert found[0].confidence == Confidence.HIGH
    assert [r.ref for r in found[0].related] == [_ref(2)]


def test_copies_confirmed_by_as_many_kinds_claim_no_figure() -> None:
    # each table's capaian fits its own print: one kind of witness each side,
    # so nothing settles the tie (once, the first copy was the reference, by
    # document order): the later copy claims neither figure
    text = _report(("36,33%", "42,74%"), ("33,33%", "39,21%"))
    found = findings_for(text, select=RULES)
    assert compact(found) == [[COPIES, _ref(2), 12, None, "33,33%"]]
    assert found[0].message == (
        f"realisasi {_NAME}: tertulis 33,33%, sedangkan 1 salinan lain (Tabel 3.1)"
        " menulis 36,33%; kedua angka berbeda dan tidak ada hal lain dalam"
        " laporan yang menunjukkan mana yang benar"
    )
    assert found[0].confidence == Confidence.LOW


def test_copies_whose_rows_back_each_other_claim_no_figure() -> None:
    # each row's capaian fits the other copy's figure, not its own (39,21% is
    # 33,33 / 85, 42,74% is 36,33 / 85): as many kinds each side, a tie
    text = _report(("36,33%", "39,21%"), ("33,33%", "42,74%"))
    found = findings_for(text, select=(COPIES,))
    assert compact(found) == [[COPIES, _ref(2), 12, None, "33,33%"]]
    assert found[0].confidence == Confidence.LOW


def test_a_third_copy_settles_the_figure() -> None:
    # two copies against one: the majority is the reference, no tie
    text = _report(("36,33%", None), ("33,33%", None), ("36,33%", None))
    found = findings_for(text, select=RULES)
    assert compact(found) == [[COPIES, _ref(2), 12, "36,33%", "33,33%"]]
    assert found[0].confidence == Confidence.HIGH
    assert "benar" not in found[0].message


def test_three_copies_that_all_differ_claim_no_figure() -> None:
    text = _report(("36,33%", None), ("33,33%", None), ("35,00%", None))
    found = findings_for(text, select=RULES)
    assert compact(found) == [
        [COPIES, _ref(2), 12, None, "33,33%"],
        [COPIES, _ref(3), 18, None, "35,00%"],
    ]
    assert [f.message for f in found] == [
        f"realisasi {_NAME}: tertulis {printed}, sedangkan 1 salinan lain"
        " (Tabel 3.1) menulis 36,33%; angka-angka ini berbeda dan tidak ada hal"
        " lain dalam laporan yang menunjukkan mana yang benar"
        for printed in ("33,33%", "35,00%")
    ]
    assert {f.confidence for f in found} == {Confidence.LOW}


def test_two_prints_that_agree_are_one_side_not_a_tie() -> None:
    # 54,55% and 54,6% are the same figure (two clusters of the same two
    # copies), 50,00% differs from both: two copies against one, no tie (once,
    # the two clusters were taken as a tie nothing settles, and 50,00% was
    # reported with no expected figure)
    text = _report(("54,55%", None), ("54,6%", None), ("50,00%", None))
    found = findings_for(text, select=RULES)
    assert compact(found) == [[COPIES, _ref(3), 18, "54,55%", "50,00%"]]
    assert found[0].confidence == Confidence.HIGH
    assert found[0].message == (
        f"realisasi {_NAME}: tertulis 50,00%, sedangkan 2 salinan lain"
        " (Tabel 3.1, Tabel 3.2) menulis 54,55%"
    )


def test_the_capaian_beside_a_bare_tie_is_judged_as_printed() -> None:
    # 95,00% fits neither 35,00 / 85 nor 36,33 / 85: the tie settles no figure,
    # so the capaian is recomputed from its own row's print
    text = _report(("36,33%", None), ("35,00%", "95,00%"))
    found = findings_for(text, select=RULES)
    assert compact(found) == [
        [CAPAIAN, "tabel-3.2/row:1/col:capaian", 12, "41,18%", "95,00%"],
        [COPIES, _ref(2), 12, None, "35,00%"],
    ]


_BUDGETS = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Pagu Anggaran per Program

No\tProgram\tPagu (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.254.300.000
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000

Tabel 3.4 Anggaran per Program

No\tProgram\tAnggaran (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.245.300.000
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000

LAMPIRAN PERJANJIAN KINERJA TAHUN 2024

No\tProgram\tAnggaran\tKeterangan
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tRp {pk}\tAPBD
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tRp 312.450.000\tAPBD
"""
PK = "pk-budget-matches-report"


def test_a_pk_budget_agreeing_with_either_tied_copy_is_not_reported() -> None:
    # the report's own tables print 1.254.300.000 and 1.245.300.000, nothing
    # tells which is right; a PK agreeing with either differs from nothing the
    # report settles (before, it was compared with the first table only)
    for pk in ("1.245.300.000", "1.254.300.000"):
        found = findings_for(_BUDGETS.format(pk=pk), select=(COPIES, PK))
        assert compact(found) == [
            [COPIES, "tabel-3.4/row:1/col:anggaran", 12, None, "1.245.300.000"]
        ]


def test_a_pk_budget_agreeing_with_neither_tied_copy_names_both() -> None:
    # the PK differs from both of the report's figures, and nothing tells which
    # of those is right: it is told against both, claiming neither (once, the
    # first table's figure was its expected value, by document order)
    text = _BUDGETS.format(pk="1.300.000.000")
    found = findings_for(text, select=(COPIES, PK))
    assert compact(found) == [
        [COPIES, "tabel-3.4/row:1/col:anggaran", 12, None, "1.245.300.000"],
        [PK, "tabel-ke-3/row:1/col:anggaran", 18, None, "Rp 1.300.000.000"],
    ]
    pk = found[1]
    assert pk.message == (
        f"Anggaran {_PROGRAM} di"
        " Perjanjian Kinerja Rp 1.300.000.000, di laporan Rp 1.254.300.000"
        " (Tabel 3.3) atau Rp 1.245.300.000 (Tabel 3.4) (tabel-tabel laporan"
        " sendiri berbeda dan tidak ada hal lain dalam laporan yang menunjukkan"
        " mana yang benar)."
    )
    assert pk.confidence == Confidence.LOW
    assert [r.ref for r in pk.related] == [
        "tabel-3.3/row:1/col:anggaran",
        "tabel-3.4/row:1/col:anggaran",
    ]
    english = findings_for(text, select=(PK,), lang="en")
    assert [f.message for f in english] == [
        f"Budget of {_PROGRAM} in"
        " the Perjanjian Kinerja is Rp 1.300.000.000, Rp 1.254.300.000 (Tabel 3.3)"
        " or Rp 1.245.300.000 (Tabel 3.4) in the report (the report's own tables"
        " differ and nothing else in the report tells which is right)."
    ]


def test_a_pk_budget_is_compared_with_the_copy_a_tie_is_settled_for() -> None:
    # Tabel 3.4's row confirms 1.245.300.000 (1.187.640.500 + 57.659.500, and
    # 95,37%): the PK's 1.254.300.000, Tabel 3.3's miscopy, differs from it
    text = _BUDGETS.format(pk="1.254.300.000").replace(
        "No\tProgram\tAnggaran (Rp)\n1\tProgram Penunjang Urusan Pemerintahan"
        " Daerah Kabupaten/Kota\t1.245.300.000\n2\tProgram Pemberdayaan"
        " Masyarakat Desa dan Kelurahan\t312.450.000",
        "No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%\n1\tProgram"
        " Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.245.300.000"
        "\t1.187.640.500\t57.659.500\t95,37\n2\tProgram Pemberdayaan Masyarakat"
        " Desa dan Kelurahan\t312.450.000\t298.120.000\t14.330.000\t95,41",
    )
    found = findings_for(text, select=(COPIES, PK))
    assert compact(found) == [
        [COPIES, "tabel-3.3/row:1/col:anggaran", 6]
        + ["1.245.300.000", "1.254.300.000"],
        [PK, "tabel-ke-3/row:1/col:anggaran", 18]
        + ["Rp 1.245.300.000", "Rp 1.254.300.000"],
    ]


# ------------------------------------------------ copies both tables confirm

_WEIGHED = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Pagu dan Realisasi per Program

No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t{first}\t1.187.640.500\t{pct}
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000\t298.120.000\t95,41

Tabel 3.4 Realisasi Anggaran per Program

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.245.300.000\t1.187.640.500\t57.659.500\t95,37
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000\t298.120.000\t14.330.000\t95,41
\tJUMLAH\t1.557.750.000\t1.485.760.500\t71.989.500\t95,38
"""
_PK_TABLE = """
LAMPIRAN PERJANJIAN KINERJA TAHUN 2024

No\tProgram\tAnggaran\tKeterangan
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tRp {pk}\tAPBD
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tRp 312.450.000\tAPBD
"""
_PROGRAM = "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"


def test_the_copy_confirmed_by_more_kinds_is_the_reference() -> None:
    # Tabel 3.3 prints 1.254.300.000, which its own % (1.187.640.500 /
    # 1.254.300.000 = 94,69) confirms; Tabel 3.4 prints 1.245.300.000, which
    # its JUMLAH less the other row, realisasi + sisa and its % confirm: three
    # kinds against one. Tabel 3.3, the earlier copy, is the one reported (once,
    # document order made Tabel 3.3 the reference)
    text = _WEIGHED.format(first="1.254.300.000", pct="94,69")
    found = findings_for(text, select=(COPIES, "persen-*", "sisa-*", "total-*"))
    ref = "tabel-3.3/row:1/col:anggaran"
    assert compact(found) == [[COPIES, ref, 6, "1.245.300.000", "1.254.300.000"]]
    assert found[0].confidence == Confidence.HIGH
    assert [r.ref for r in found[0].related] == ["tabel-3.4/row:1/col:anggaran"]
    assert found[0].message == (
        f"anggaran {_PROGRAM}: tertulis 1.254.300.000, sedangkan 1 salinan lain"
        " (Tabel 3.4) menulis 1.245.300.000; Tabel 3.4 sesuai dengan hitungan"
        " tabelnya sendiri (baris jumlah di bawahnya dikurangi baris lainnya;"
        " realisasi + sisa pada baris yang sama; persentase anggaran pada baris"
        " yang sama), sedangkan Tabel 3.3 hanya dengan persentase anggaran pada"
        " baris yang sama"
    )
    (english,) = findings_for(text, select=(COPIES,), lang="en")
    assert english.message.endswith(
        "; Tabel 3.4 agrees with its own table (the total row below it minus the"
        " other rows; realisasi + sisa on the same row; the budget percentage on"
        " the same row), while Tabel 3.3 only with the budget percentage on the"
        " same row"
    )


def test_a_copy_only_one_table_confirms_keeps_its_message() -> None:
    # Tabel 3.3's % fits neither figure (90,00): only Tabel 3.4 is confirmed,
    # settled as before, and no side is weighed
    text = _WEIGHED.format(first="1.254.300.000", pct="90,00")
    found = findings_for(text, select=(COPIES,), lang="en")
    assert compact(found) == [
        [COPIES, "tabel-3.3/row:1/col:anggaran", 6, "1.245.300.000", "1.254.300.000"]
    ]
    assert found[0].message.endswith(
        "; Tabel 3.4 agrees with its own table (the total row below it minus the"
        " other rows; realisasi + sisa on the same row; the budget percentage on"
        " the same row)"
    )


def test_copies_both_tables_confirm_alike_are_not_reported() -> None:
    text = _WEIGHED.format(first="1.245.300.000", pct="95,37")
    assert findings_for(text, select=(COPIES, PK)) == []


def test_a_pk_budget_is_compared_with_the_copy_more_kinds_confirm() -> None:
    # the PK agrees with Tabel 3.3's 1.254.300.000, the copy fewer kinds
    # confirm: it differs from the figure the tie is settled for (once, a tie
    # of two confirmed copies left such a PK alone)
    for pk, expected in (
        ("1.254.300.000", "Rp 1.245.300.000"),
        ("1.245.300.000", None),
    ):
        text = _WEIGHED.format(first="1.254.300.000", pct="94,69")
        found = findings_for(text + _PK_TABLE.format(pk=pk), select=(PK,))
        if expected is None:
            assert found == []
            continue
        assert compact(found) == [
            [PK, "tabel-ke-3/row:1/col:anggaran", 19, expected, f"Rp {pk}"]
        ]
        assert found[0].message == (
            f"Anggaran {_PROGRAM} di Perjanjian Kinerja Rp {pk}, di laporan"
            " Rp 1.245.300.000 (PK lebih tinggi Rp 9.000.000)."
        )


_TWO_JUMLAH = """LAPORAN KINERJA KECAMATAN CONTOH TAHUN 2024

Tabel 3.3 Pagu Anggaran per Program

No\tProgram\tPagu (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.254.300.000
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000
\tJUMLAH\t1.566.750.000

Tabel 3.4 Realisasi Anggaran per Program

No\tProgram\tAnggaran (Rp)\tRealisasi (Rp)
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t1.245.300.000\t1.187.640.500
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\t312.450.000\t298.120.000
\tJUMLAH\t1.557.750.000\t1.485.760.500

LAMPIRAN PERJANJIAN KINERJA TAHUN 2024

No\tProgram\tAnggaran\tKeterangan
1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\tRp 1.300.000.000\tAPBD
2\tProgram Pemberdayaan Masyarakat Desa dan Kelurahan\tRp 312.450.000\tAPBD
\tJUMLAH\tRp 1.612.450.000\t
"""


def test_copies_each_confirmed_by_its_jumlah_tie_and_the_pk_names_both() -> None:
    # each table's JUMLAH less the other row restates its own copy: one kind
    # each side, a tie (once, Tabel 3.3's figure was the reference, by document
    # order). The PK differs from both: it names both, and its total lists both
    found = findings_for(_TWO_JUMLAH, select=(COPIES, PK), lang="en")
    assert compact(found) == [
        [COPIES, "tabel-3.4/row:1/col:anggaran", 13, None, "1.245.300.000"],
        [PK, "tabel-ke-3/row:1/col:anggaran", 20, None, "Rp 1.300.000.000"],
        [PK, "tabel-ke-3/row:3/col:anggaran", 22]
        + ["Rp 1.557.750.000", "Rp 1.612.450.000"],
    ]
    assert found[2].message == (
        "Budget of JUMLAH in the Perjanjian Kinerja is Rp 1.612.450.000,"
        " Rp 1.557.750.000 in the report (the PK is Rp 54.700.000 higher)."
        f" {_PROGRAM} Rp 1.300.000.000 → Rp 1.254.300.000 / Rp 1.245.300.000"
    )


_ALOS = """LAPORAN KINERJA RSUD CONTOH TAHUN 2024

Tabel 3.1 Pengukuran Kinerja

No\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)
1\tAverage Length of Stay (ALOS)\thari\t{target}\t4,8\t80,00

Tabel 3.2 Indikator Pelayanan Rawat Inap

No\tIndikator\tSatuan\tTarget\tRealisasi
1\tAverage Length of Stay (ALOS)\thari\t{target}\t4,6
"""


@pytest.mark.parametrize("target", ["6 – 9", "6"])
def test_a_capaian_against_a_range_settles_a_copy_tie(target: str) -> None:
    # 4,8 / 6 = 80,00: the capaian read against the range's nearest end says
    # Tabel 3.1's realisasi is the right one, as against a single target
    found = findings_for(_ALOS.format(target=target), select=("figure-same-*",))
    assert [f[1:] for f in compact(found)] == [
        ["tabel-3.2/row:1/col:realisasi", 11, "4,8 hari", "4,6 hari"]
    ]

"""The stated formulas and the cross-table copies judged from witnessed figures.

A budget figure that two kinds of witness put elsewhere (see test_witness.py) is
taken at the supported figure by ``stated-formula-holds`` and
``figure-same-in-every-table`` too, and the finding on the wrong figure says which
figures of its row agree with the correction.
"""

from __future__ import annotations

from conftest import compact, findings_for

_KEGIATAN = (
    "1.1\tAdvokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat"
    "\t310.250.000\t301.850.000\t{p1}\t100%\t100%\t100%\t{e1}",
    "1.2\tPelaksanaan Sehat dalam rangka Promotif Preventif"
    "\t185.000.000\t185.000.000\t100,00%\t100%\t100%\t100%\t0,00%",
)
_PROGRAM = "1\tPROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN"


def _efficiency(percent: str, efisiensi: str, copy: bool = True) -> str:
    """A Tabel 3.10 whose program pagu 549.250.000 its kegiatan put at 495.250.000.

    With ``copy``, a budget table gives the program 495.250.000 too (a second kind
    of witness); ``percent`` and ``efisiensi`` are the program row's (5) and (9).
    """
    rows = [
        "LAPORAN KINERJA",
        "",
        "Tabel 3.10 Efisiensi Penggunaan Sumber Daya",
        "",
        "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t% Anggaran\tTarget"
        "\tRealisasi Kinerja\t% Kinerja\tEfisiensi",
        "1\t2\t3\t4\t5=4/3\t6\t7\t8=7/6\t9=8-5",
        f"{_PROGRAM}\t549.250.000\t486.850.000\t{percent}\t100%\t100%\t100%"
        f"\t{efisiensi}",
        _KEGIATAN[0].format(p1="97,29%", e1="2,71%"),
        _KEGIATAN[1],
        "",
    ]
    if copy:
        rows += [
            "Tabel 3.11 Realisasi Anggaran",
            "",
            "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
            f"{_PROGRAM}\t495.250.000\t486.850.000\t8.400.000\t98,30",
        ]
    return "\n".join(rows)


FORMULA = ("stated-formula-holds",)


def test_a_formula_right_for_the_witnessed_pagu_is_not_reported() -> None:
    # (5) 98,30% = 486.850.000 / 495.250.000, the pagu the kegiatan and the copy
    # give: the pagu's own finding covers the row
    assert findings_for(_efficiency("98,30%", "1,70%"), select=FORMULA) == []


def test_a_formula_right_only_for_the_wrong_pagu_is_reported() -> None:
    # (5) 88,64% = 486.850.000 / 549.250.000: right for the printed pagu, wrong
    # for the one its witnesses support
    found = findings_for(_efficiency("88,64%", "11,36%"), select=FORMULA, lang="en")
    assert compact(found) == [
        ["stated-formula-holds", "tabel-3.10/row:1/col:persen_anggaran", 7]
        + ["98,30%", "88,64%"]
    ]
    assert "(3) 495.250.000, (4) 486.850.000" in found[0].message
    assert "Pagu (Rp) taken as 495.250.000" in found[0].message
    assert "not the printed 549.250.000" in found[0].message
    assert found[0].confidence == "medium"


def test_one_kind_of_witness_leaves_the_formula_on_the_printed_pagu() -> None:
    # without the copy only the kegiatan disagree, and the row's 90,00% fits
    # neither pagu: nothing says which side is wrong, and the formula is judged
    # on the printed figures
    found = findings_for(_efficiency("90,00%", "10,00%", copy=False), select=FORMULA)
    assert compact(found) == [
        ["stated-formula-holds", "tabel-3.10/row:1/col:persen_anggaran", 7]
        + ["88,64%", "90,00%"]
    ]


def test_the_rows_percent_is_the_second_kind_of_witness() -> None:
    # without the copy, the row's own 98,30% = 486.850.000 / 495.250.000 backs
    # the kegiatan's sum: the pagu is wrong, and the % is right for it
    found = findings_for(_efficiency("98,30%", "1,70%", copy=False), select=FORMULA)
    assert found == []


def _copies(second: str) -> str:
    """Program 1's pagu in three tables: the tree (549.250.000, which its kegiatan
    and its realisasi + sisa put at 495.250.000), ``second``, and 495.250.000."""
    return "\n".join(
        [
            "LAPORAN KINERJA",
            "",
            "Tabel 3.3 Realisasi Anggaran",
            "",
            "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
            f"{_PROGRAM}\t549.250.000\t486.850.000\t8.400.000\t98,30",
            "1.1\tAdvokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta"
            " Masyarakat\t310.250.000\t301.850.000\t8.400.000\t97,29",
            "1.2\tPelaksanaan Sehat dalam rangka Promotif Preventif"
            "\t185.000.000\t185.000.000\t-\t100,00",
            "",
            "Tabel 3.4 Pagu Anggaran per Program",
            "",
            "No\tProgram\tPagu (Rp)",
            f"1\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t{second}",
            "",
            "Tabel 3.5 Anggaran Program",
            "",
            "No\tProgram\tAnggaran (Rp)",
            "1\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t495.250.000",
        ]
    )


COPIES = ("figure-same-in-every-table",)


def test_the_copy_of_the_wrong_figure_is_blamed_not_the_right_one() -> None:
    # printed, two copies say 549.250.000 and one 495.250.000; but the tree's
    # 549.250.000 is wrong by its kegiatan and its row: the copy in Tabel 3.4 is
    # the wrong one, and Tabel 3.5 (right) is not reported
    found = findings_for(_copies("549.250.000"), select=COPIES)
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-3.3/row:1/col:anggaran", 6]
        + ["495.250.000", "549.250.000"],
        ["figure-same-in-every-table", "tabel-3.4/row:1/col:anggaran", 13]
        + ["495.250.000", "549.250.000"],
    ]
    message = found[1].message
    assert "2 salinan lain (Tabel 3.3, Tabel 3.5) menulis 495.250.000" in message
    assert "di Tabel 3.3 tertulis 549.250.000, tetapi jumlah 2 baris" in message


def test_copies_that_agree_with_the_witnessed_figure_are_not_reported() -> None:
    # Tabel 3.4 and 3.5 both print the supported 495.250.000: only the tree's
    # figure is wrong, reported once (merged with the rules that find it wrong)
    found = findings_for(_copies("495.250.000"))
    copies = [f for f in compact(found) if f[1].startswith(("tabel-3.4", "tabel-3.5"))]
    assert copies == []
    tree = [f for f in found if f.location.ref == "tabel-3.3/row:1/col:anggaran"]
    assert [(f.rule_id, f.expected, f.actual) for f in tree] == [
        ("parent-equals-sum-of-children", "495.250.000", "549.250.000")
    ]
    assert set(tree[0].evidence["also"].split(", ")) == {
        "budget-figure-agrees-with-its-restatements",
        "figure-same-in-every-table",
    }


HEAD = "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%"


def _budget(program: str) -> str:
    return "\n".join(
        [
            "LAPORAN KINERJA",
            "",
            "Tabel 3.3 Realisasi Anggaran",
            "",
            HEAD,
            f"{_PROGRAM}\t{program}",
            "1.1\tAdvokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta"
            " Masyarakat\t310.250.000\t301.850.000\t8.400.000\t97,29",
            "1.2\tPelaksanaan Sehat dalam rangka Promotif Preventif"
            "\t185.000.000\t185.000.000\t-\t100,00",
        ]
    )


SUMS = ("parent-*", "budget-figure-*")


def test_the_wrong_figure_says_its_rows_percent_agrees_with_the_correction() -> None:
    # realisasi 468.850.000: its kegiatan and pagu − sisa give 486.850.000, and
    # the row's 98,30 is 486.850.000 / 495.250.000 (the sisa is already cited as
    # pagu − sisa by the witnesses, so only the parent-sum finding names it)
    found = findings_for(_budget("495.250.000\t468.850.000\t8.400.000\t98,30"))
    found = [f for f in found if f.location.ref.endswith("realisasi_anggaran")]
    assert [(f.rule_id, f.expected, f.actual) for f in found] == [
        ("parent-equals-sum-of-children", "486.850.000", "468.850.000")
    ]
    assert found[0].evidence["agrees"] == (
        "; sisa 8.400.000 dan % anggaran 98,30 pada baris yang sama sesuai dengan"
        " 486.850.000"
    )
    assert "tabel-3.3/row:1/col:persen_anggaran" in {r.ref for r in found[0].related}
    alone = findings_for(
        _budget("495.250.000\t468.850.000\t8.400.000\t98,30"),
        select=("budget-figure-*",),
        lang="en",
    )
    # here the % is one of the witnesses: it is not named a second time
    assert [(f.rule_id, f.expected, f.actual) for f in alone] == [
        ("budget-figure-agrees-with-its-restatements", "486.850.000", "468.850.000")
    ]
    assert "the percentage on the same row" in alone[0].message
    assert alone[0].evidence["agrees"] == ""


def test_a_percent_computed_from_the_printed_figure_is_not_called_agreeing() -> None:
    # the row's 94,67 is 468.850.000 / 495.250.000: it agrees with the print, not
    # with the correction, and is not named (the sisa still is)
    found = findings_for(
        _budget("495.250.000\t468.850.000\t8.400.000\t94,67"), select=SUMS
    )
    found = [f for f in found if f.location.ref.endswith("realisasi_anggaran")]
    assert [f.evidence["agrees"] for f in found] == [
        "; sisa 8.400.000 pada baris yang sama sesuai dengan 486.850.000"
    ]


def test_nothing_is_said_when_the_row_agrees_with_neither() -> None:
    # pagu 549.250.000 with sisa 62.400.000 and % 88,64: both were computed from
    # the printed pagu, so nothing on the row backs the kegiatan's 495.250.000
    found = findings_for(
        _budget("549.250.000\t486.850.000\t62.400.000\t88,64"), select=SUMS
    )
    pagu = [f for f in found if f.location.ref.endswith("col:anggaran")]
    assert [(f.expected, f.evidence["agrees"]) for f in pagu] == [("495.250.000", "")]


def test_a_copy_of_the_wrong_figure_alone_is_told_the_witnessed_one() -> None:
    # only two copies, both printing 549.250.000: the tree's own kegiatan and row
    # put its figure at 495.250.000, so the other table's copy is wrong too; the
    # tree's figure is left to the rules that find it wrong (no copy agrees with
    # the correction to speak for it)
    text = _copies("549.250.000").split("\nTabel 3.5")[0]
    found = findings_for(text, select=COPIES)
    assert compact(found) == [
        ["figure-same-in-every-table", "tabel-3.4/row:1/col:anggaran", 13]
        + ["495.250.000", "549.250.000"]
    ]
    assert "1 salinan lain (Tabel 3.3) menulis 495.250.000" in found[0].message

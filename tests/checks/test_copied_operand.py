"""A capaian whose realisasi or target is a miscopy is judged at its copies' figure.

``figure-same-in-every-table`` reports the miscopied cell; the capaian on its
row, worked out from the right figure, is no second error. A capaian wrong for
that figure too is still reported, computed from it.
"""

from __future__ import annotations

from conftest import compact, findings_for

RULES = ("capaian-equals-realisasi-over-target", "figure-same-in-every-table")

REPORT = """LAPORAN KINERJA BADAN CONTOH TAHUN 2024

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2024

No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tPersentase desa tangguh bencana\t40%\t37,5%\t93,75
2\tPersentase kejadian bencana yang tertangani\t100%\t98%\t98,00

Tabel 3.2 Perbandingan Realisasi Kinerja Tahun 2024

No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)
1\tPersentase desa tangguh bencana\t40%\t{realisasi}\t{capaian}
2\tPersentase kejadian bencana yang tertangani\t{target}\t98%\t98,00
"""


def _found(
    realisasi: str = "35,7%",
    capaian: str = "93,75",
    target: str = "100%",
) -> list[list[object]]:
    text = REPORT.format(realisasi=realisasi, capaian=capaian, target=target)
    return compact(findings_for(text, select=RULES, lang="en"))


def test_a_capaian_worked_out_from_the_right_copy_is_not_reported() -> None:
    # 35,7 is a miscopy of 37,5 (Tabel 3.1, whose capaian confirms it); the
    # capaian 93,75 = 37,5 / 40 was worked out from the right figure
    assert _found() == [
        ["figure-same-in-every-table", "tabel-3.2/row:1/col:realisasi", 12]
        + ["37,5%", "35,7%"],
    ]


def test_a_capaian_wrong_for_the_copies_figure_too_is_reported_from_it() -> None:
    # 95,00 is neither 35,7 / 40 nor 37,5 / 40: judged against 37,5, which the
    # copy in Tabel 3.1 and that table's own capaian give
    found = findings_for(
        REPORT.format(realisasi="35,7%", capaian="95,00", target="100%"),
        select=RULES,
        lang="en",
    )
    assert compact(found) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.2/row:1/col:capaian", 12]
        + ["93,75", "95,00"],
        ["figure-same-in-every-table", "tabel-3.2/row:1/col:realisasi", 12]
        + ["37,5%", "35,7%"],
    ]
    assert found[0].message == (
        "Achievement 95,00; expected 93,75 (Realisasi / Target = 37,5% / 40%; "
        "Realisasi taken as 37,5% as the copy of the same figure in Tabel 3.1 "
        "gives, not the printed 35,7%)"
    )


def test_a_capaian_right_for_its_own_print_is_judged_as_printed() -> None:
    # the row is consistent with itself (35,7 / 40 = 89,25): its own table backs
    # the print, so the capaian is not moved to the copy's figure (one against
    # one, each copy confirmed by its own capaian, one kind of witness each:
    # the copy rule reports the later one and claims neither figure)
    assert _found(capaian="89,25") == [
        ["figure-same-in-every-table", "tabel-3.2/row:1/col:realisasi", 12]
        + [None, "35,7%"],
    ]


def test_a_capaian_fitting_no_copy_is_judged_at_the_settled_one() -> None:
    # Tabel 3.1 prints 36,5% (91,25 = 36,5 / 40, confirmed by its own capaian),
    # Tabel 3.2 35,7% beside 93,75 (37,5 / 40): the copies settle 36,5, which
    # Tabel 3.2's capaian does not fit, so 93,75 is judged against 36,5 with
    # the copy and its table's capaian as the two witnesses
    text = REPORT.format(realisasi="35,7%", capaian="93,75", target="100%")
    text = text.replace("\t37,5%\t93,75", "\t36,5%\t91,25", 1)
    assert compact(findings_for(text, select=RULES, lang="en")) == [
        ["capaian-equals-realisasi-over-target", "tabel-3.2/row:1/col:capaian", 12]
        + ["91,25", "93,75"],
        ["figure-same-in-every-table", "tabel-3.2/row:1/col:realisasi", 12]
        + ["36,5%", "35,7%"],
    ]


def test_a_miscopied_target_is_taken_at_its_copies_figure() -> None:
    # Tabel 3.2 prints the target 10% (Tabel 3.1: 100%, confirmed by its own
    # capaian); its capaian 98,00 = 98 / 100 is right for the copy's figure
    assert _found(realisasi="37,5%", target="10%") == [
        ["figure-same-in-every-table", "tabel-3.2/row:2/col:target", 13]
        + ["100%", "10%"],
    ]

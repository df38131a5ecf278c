"""Copies that print the same figure still disagree when witnesses set some apart.

``copies-agree`` compares nothing in a fact whose every copy prints the same
figure the same way, except where a budget copy's own table disputes it: there
the copy counts at the figure its witnesses support, and the copies that print
the other figure are reported.
"""

from __future__ import annotations

from conftest import HEALTH_TREE_REST, compact, findings_for

HEAD = "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%"
RULE = "figure-same-in-every-table"


def _tree(caption: str, pagu: str) -> list[str]:
    """A budget table: program 1 (pagu as given) and its two kegiatan, program 2."""
    return [
        caption,
        "",
        HEAD,
        "1\tPROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN"
        f"\t{pagu}\t486.850.000\t8.400.000\t98,30",
        *HEALTH_TREE_REST,
        "",
    ]


def _report(pagu: str) -> str:
    """Program 1's pagu printed ``pagu`` in two budget trees and a list of pagu."""
    rows = ["LAPORAN KINERJA", ""]
    rows += _tree("Tabel 3.3 Realisasi Anggaran per Program", pagu)
    rows += _tree("Tabel 3.16 Realisasi Anggaran Program dan Kegiatan", pagu)
    rows += [
        "Tabel 3.4 Pagu Anggaran per Program",
        "",
        "No\tProgram\tPagu (Rp)",
        f"1\tProgram Pemberdayaan Masyarakat Bidang Kesehatan\t{pagu}",
        "2\tProgram Peningkatan Kapasitas Sumber Daya Manusia Kesehatan\t620.000.000",
        "",
    ]
    return "\n".join(rows)


def test_copies_that_print_the_same_right_figure_agree() -> None:
    assert compact(findings_for(_report("495.250.000"), select=(RULE,))) == []


def test_copies_that_print_the_same_figure_their_witnesses_dispute() -> None:
    # 549.250.000 everywhere; in both trees the kegiatan (310.250.000 +
    # 185.000.000) and realisasi + sisa (486.850.000 + 8.400.000) give
    # 495.250.000, so those two copies count at it, and each copy that prints
    # 549.250.000 is reported against them
    found = findings_for(_report("549.250.000"), select=(RULE,))
    assert compact(found) == [
        [RULE, "tabel-3.3/row:1/col:anggaran", 6, "495.250.000", "549.250.000"],
        [RULE, "tabel-3.16/row:1/col:anggaran", 15, "495.250.000", "549.250.000"],
        [RULE, "tabel-3.4/row:1/col:anggaran", 24, "495.250.000", "549.250.000"],
    ]

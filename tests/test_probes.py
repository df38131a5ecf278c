"""A report nobody here wrote the tool for (tests/probes/dinkes-wonoasri-2023.md):
an annual LKjIP of a Dinas in Markdown, Realisasi before Target, Capaian (%) last,
three years side by side, lower-is-better indicators (angka kematian, stunting), a
budget table with Pagu / Realisasi / Sisa / % and a second one by type of spending.
Its planted errors are listed here; every other figure is right, several on
purpose at a rounding edge (796.650.000 / 1.000.000.000 = 79,665% printed 79,67)."""

from __future__ import annotations

from pathlib import Path

from conftest import compact, findings_for, stray_errors

PROBE = Path(__file__).parent / "probes" / "dinkes-wonoasri-2023.md"
SOURCE = "tests/probes/dinkes-wonoasri-2023.md"

PLANTED = [
    # AKB (lower is better): 8 / 10 printed as 80%; the table's own formula for
    # AKI and stunting is target / realisasi: 10 / 8
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:2/col:capaian", 61]
    + ["125,00", "80,00"],
    # (85% of a target of 80% is 106,25% of it: too little for a warning)
    # desa ODF: 72,5 / 80 = 90,625%, printed 92,63
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:8/col:capaian", 67]
    + ["90,63", "92,63"],
    # the text's 96,51% for imunisasi; Tabel 3.1 prints 96,11
    ["text-figure-matches-table", "text/paragraph:19/sentence:1", 74, "96,11%"]
    + ["96,51%"],
    # 11.906.230.400 / 12.840.500.000 = 92,72%
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.3/row:6/col:persen_anggaran", 99, "92,72", "93,72"],
    # 21.375.000.000 − 19.842.117.250, two digits swapped
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.3/row:7/col:sisa", 100]
    + ["1.532.882.750", "1.532.882.570"],
    # a digit missing, confirmed by the parent and by pagu − sisa
    ["number-well-formed", "tabel-3.3/row:10/col:realisasi_anggaran", 103]
    + ["588.380.000", "588.380.00"],
    # program 4's pagu 549.250.000 (its kegiatan: 495.250.000), sisa from it
    ["parent-equals-sum-of-children", "tabel-3.3/row:11/col:anggaran", 104]
    + ["495.250.000", "549.250.000"],
    # its % 88,64 follows from the printed pagu, as the sisa does: the kegiatan
    # and the JUMLAH (which adds up 495.250.000) less the other programs both
    # give 495.250.000, so the % is judged from it (the PK's agreeing 495.250.000
    # is no witness, a PK budget may rightly differ, see below)
    ["persen-anggaran-equals-realisasi-over-anggaran"]
    + ["tabel-3.3/row:11/col:persen_anggaran", 104, "98,30", "88,64"],
    ["parent-equals-sum-of-children", "tabel-3.3/row:11/col:sisa", 104]
    + ["8.400.000", "62.400.000"],
    # Tabel 3.4's JUMLAH pagu off by one rupiah, its sisa computed from it
    ["total-row-equals-column-sum", "tabel-3.4/row:4/col:anggaran", 116]
    + ["75.441.350.000", "75.441.350.001"],
    ["total-row-equals-column-sum", "tabel-3.4/row:4/col:sisa", 116]
    + ["3.272.141.000", "3.272.141.001"],
    # "menyerap 92,38% anggarannya": program 2's budget % is 92,83 (digits swapped)
    ["text-figure-matches-table", "text/paragraph:25/sentence:2", 120, "92,83%"]
    + ["92,38%"],
    # the PK gives program 2 34.360.500.000 (digits swapped) ...
    ["pk-budget-matches-report"]
    + ["anggaran-program-dalam-perjanjian-kinerja/row:2/col:anggaran", 144]
    + ["34.630.500.000", "34.360.500.000"],
    # (the PK's 495.250.000 for program 4 is the figure the report's kegiatan and
    # JUMLAH support: the report's 549.250.000 is the wrong one, reported above,
    # and the PK is not)
    # ... and so its total differs
    ["pk-budget-matches-report"]
    + ["anggaran-program-dalam-perjanjian-kinerja/row:5/col:anggaran", 147]
    + ["75.441.350.000", "75.171.350.000"],
]


def _text() -> str:
    return PROBE.read_text(encoding="utf-8")


def test_every_planted_error_is_found_and_nothing_else() -> None:
    assert compact(findings_for(_text(), source=SOURCE)) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    assert stray_errors(findings_for(_text(), source=SOURCE), PLANTED) == []


def test_prose_capaian_of_a_named_indicator_is_compared() -> None:
    # the indicator is named in three tables that list indicators only (no sasaran
    # or program column): a sentence naming it is compared with its capaian
    found = findings_for(_text(), source=SOURCE, select=("text-figure-*",))
    assert ["text-figure-matches-table", 74, "96,11%", "96,51%"] in [
        [f.rule_id, f.location.line, f.expected, f.actual] for f in found
    ]


_WRONG_REALISASI = "\n".join(
    [
        "Tabel 3.3 Realisasi Anggaran",
        "",
        "No\tProgram / Kegiatan\tPagu (Rp)\tRealisasi (Rp)\tSisa (Rp)\t%",
        "1\tPROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN\t495.250.000"
        "\t468.850.000\t8.400.000\t98,30",
        "1.1\tAdvokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat"
        "\t310.250.000\t301.850.000\t8.400.000\t97,29",
        "1.2\tPelaksanaan Sehat dalam rangka Promotif Preventif\t185.000.000"
        "\t185.000.000\t-\t100,00",
    ]
)


def test_a_wrong_realisasi_is_reported_once() -> None:
    # 468.850.000 is wrong (its kegiatan add up to 486.850.000, and so does pagu −
    # sisa); its row's sisa and % are right for 486.850.000 and are not reported
    # with an expected value computed from the wrong figure (26.400.000, 94,67%)
    found = findings_for(_WRONG_REALISASI, select=("parent-*", "sisa-*", "persen-*"))
    assert [[f.rule_id, f.location.ref] for f in found] == [
        ["parent-equals-sum-of-children", "tabel-3.3/row:1/col:realisasi_anggaran"]
    ]

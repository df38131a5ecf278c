"""A probe nobody here wrote the tool for (tests/probes/dkp-sidomulyo-tw3-2024.md):
a Dinas Ketahanan Pangan's triwulan III report in Markdown whose tables split their
figures by quarter under two-row headers: ``Target`` over TW I … TW IV beside
``Target Tahunan``, ``Realisasi`` over TW I … TW III and ``s.d. TW III``, one capaian
against the target up to TW III (the quarters' own targets added up) and one against
the year's; a budget tree (program → kegiatan → sub kegiatan, with codes) whose
realised spending is given per quarter and up to TW III, with % and sisa; a column-
number row that states only the running total (``12 = 9+10+11``). Its planted
errors are listed here; every other figure is right, the empty quarter (a dash for
a target of 0) included."""

from __future__ import annotations

from pathlib import Path

from lkjaudit.checks.walk import walk

from conftest import compact, findings_for, report_from, stray_errors

PROBE = Path(__file__).parent / "probes" / "dkp-sidomulyo-tw3-2024.md"
SOURCE = "tests/probes/dkp-sidomulyo-tw3-2024.md"

PLANTED = [
    # against the year's target: 35 / 48 = 72,92 (digits swapped)
    ["capaian-equals-realisasi-over-target", "tabel-3.1/row:3/col:capaian", 30]
    + ["72,92", "72,29"],
    # up to TW III: 17 / (4 + 6 + 8) = 94,44; the quarters' targets add up to the
    # year's 24, so the target up to TW III is their sum (the same row's 70,83
    # against the year's target is right, and so is the text quoting it)
    ["capaian-triwulan-equals-realisasi-over-target-triwulan"]
    + ["tabel-3.1/row:4/col:c13", 31, "94,44", "97,44"],
    # the header states 12 = 9+10+11: - + 450 + 510 = 960 (its capaian are
    # computed from the printed 970 and are not reported)
    ["stated-formula-holds", "tabel-3.1/row:6/col:realisasi", 33, "960 KK", "970 KK"],
    # spending is a flow: 9.815.000 + 12.460.000 + 10.125.000 = 32.400.000, which
    # its %, its sisa and its parent confirm, so none of those is reported
    ["realisasi-kumulatif-equals-sum-of-triwulan"]
    + ["tabel-3.2/row:6/col:realisasi_anggaran", 49, "32.400.000", "32.040.000"],
    # the kegiatan's pagu (its sub kegiatan, % and sisa say 140.650.000)
    ["parent-equals-sum-of-children", "tabel-3.2/row:9/col:anggaran", 52]
    + ["140.650.000", "140.560.000"],
    # 47.800.000 − 34.050.000 (the kegiatan above it prints the right 13.750.000)
    ["sisa-equals-anggaran-minus-realisasi", "tabel-3.2/row:16/col:sisa", 59]
    + ["13.750.000", "13.570.000"],
    # the JUMLAH's TW II, digits swapped; its s.d. TW III is right and is not
    # reported for differing from the printed quarters' sum
    ["total-row-equals-column-sum", "tabel-3.2/row:19/col:c5", 62]
    + ["725.690.000", "725.960.000"],
    # the text's 72,20% for Program Penanganan Kerawanan Pangan; the table: 70,22
    ["text-figure-matches-table", "text/paragraph:15/sentence:2", 64]
    + ["70,22%", "72,20%"],
]


def test_every_planted_error_is_found_and_nothing_else() -> None:
    found = findings_for(PROBE.read_text(encoding="utf-8"), source=SOURCE)
    assert compact(found) == PLANTED


def test_no_error_lands_on_a_correct_figure() -> None:
    found = findings_for(PROBE.read_text(encoding="utf-8"), source=SOURCE)
    assert stray_errors(found, PLANTED) == []


def test_the_monitoring_sentence_is_linked_to_its_row() -> None:
    # "Pemantauan stok, pasokan dan harga pangan terlaksana 35 kali dari target 36
    # kali sampai dengan triwulan III" names row 3 ("Jumlah kegiatan pemantauan
    # stok, …") without its measure words; both figures agree with it
    report = report_from(PROBE.read_text(encoding="utf-8"), SOURCE)
    linked = [
        (v.claim.metric, v.claim.figure.raw, v.outcome, v.cells[0].row)
        for v in walk(report).verdicts
        if v.claim.sentence.text.startswith("Pemantauan stok")
    ]
    assert linked == [("realisasi", "35 kali", "ok", 3), ("target", "36 kali", "ok", 3)]

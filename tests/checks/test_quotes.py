"""Linking sentences to rows in a long report: the tables near a sentence count."""

from __future__ import annotations

from lkjaudit.checks.quotes import WINDOW, prose_index

from conftest import findings_for, report_from

PARTS = WINDOW + 8  # more tables than the window holds


def _report(quoted: dict[int, str]) -> str:
    """PARTS budget tables naming the same program, each followed by a sentence.

    Table k gives the program a pagu of k × 1.000.000; the sentence after it quotes
    ``quoted[k]`` (its own table's pagu unless told otherwise).
    """
    parts = ["# LAPORAN KINERJA DINAS CONTOH TAHUN 2023", ""]
    for k in range(1, PARTS + 1):
        pagu = f"{k}.000.000"
        parts += [
            f"**Tabel 3.{k} Realisasi Anggaran Bagian {k}**",
            "",
            "| No | Program | Anggaran (Rp) | Realisasi (Rp) | % |",
            "|---|---|---:|---:|---:|",
            f"| 1 | Program Pelayanan Perizinan Terpadu | {pagu} | {pagu} | 100,00% |",
            "",
            f"Pagu Program Pelayanan Perizinan Terpadu Rp {quoted.get(k, pagu)}.",
            "",
        ]
    return "\n".join(parts)


def test_a_sentence_is_read_against_the_copy_next_to_it() -> None:
    # every sentence quotes the pagu of the table just above it: nothing to report,
    # though every other copy of the program prints another pagu
    assert findings_for(_report({}), select=("text-figure-matches-table",)) == []


def test_a_wrong_quote_far_into_a_long_report_is_found() -> None:
    findings = findings_for(
        _report({PARTS - 1: "7.000.000"}), select=("text-figure-matches-table",)
    )
    assert [(f.rule_id, f.expected, f.actual) for f in findings] == [
        ("text-figure-matches-table", f"Rp {PARTS - 1}.000.000", "Rp 7.000.000")
    ]
    related = findings[0].related
    assert [r.table for r in related] == [f"Tabel 3.{PARTS - 1}"]


def test_the_window_is_the_nearest_tables() -> None:
    report = report_from(_report({}))
    index = prose_index(report)
    starts = [index.at(t) for t in index.tables]
    assert len(starts) == PARTS
    assert index.window(None) == (0, PARTS)
    assert index.window(0) == (0, WINDOW)
    assert index.window(starts[-1] + 5) == (PARTS - WINDOW, PARTS)
    middle = starts[PARTS // 2] + 1
    lo, hi = index.window(middle)
    assert hi - lo == WINDOW
    # the window is the WINDOW tables whose starts are nearest the line
    distance = sorted(abs(s - middle) for s in starts)
    assert max(abs(s - middle) for s in starts[lo:hi]) == distance[WINDOW - 1]


def test_a_table_far_from_its_sentence_is_still_found(seed_text: str) -> None:
    # NOTE: the seed with 40 small tables put between Tabel 3.2 and the rest: the
    # sentences quoting Tabel 3.2's capaian sit more than WINDOW tables after it.
    # Nothing near names them in full, so the whole report is searched.
    lines = seed_text.split("\n")
    inserted: list[str] = []
    for k in range(1, 41):
        inserted += [
            "",
            f"Tabel 9.{k} Jumlah Pegawai Unit {k}",
            "",
            "No\tUnit\tJumlah\tKet",
            f"1\tSeksi Contoh {k}\t{k + 2}\t",
            f"2\tSubbagian Contoh {k}\t{k + 4}\t",
            "",
        ]
    at = next(n for n, line in enumerate(lines) if line.startswith("Tabel 3.3")) - 3
    text = "\n".join(lines[:at] + inserted + lines[at:])
    report = report_from(text)
    assert len(prose_index(report).tables) > WINDOW + 20
    findings = findings_for(text, select=("text-figure-matches-table",))
    assert [(f.location.line, f.expected, f.actual) for f in findings] == [
        (716, "39,21%", "36,63%"),
        (1035, "39,21%", "36,33%"),
    ]


_ASIDES = """\
LAPORAN KINERJA BADAN CONTOH TAHUN 2023

Tabel 3.1 Capaian Kinerja

No\tSasaran\tIndikator\tTarget\tSatuan\tRealisasi\tCapaian (%)
1\tMeningkatnya ketangguhan masyarakat\tPersentase desa tangguh bencana\t40\t%\t35\t87,50
2\tMeningkatnya kecepatan penanganan darurat\tWaktu tanggap (response time) \
penanganan kejadian bencana\t30\tmenit\t24\t125,00

Persentase desa tangguh bencana terealisasi 35% dari target 40%, sehingga \
capaiannya 87,50%. Waktu tanggap penanganan kejadian bencana rata-rata 24 menit, \
lebih cepat dari target 30 menit, dengan capaian {capaian}.
"""


def test_a_name_is_named_in_full_without_its_aside() -> None:
    # "(response time)" need not be repeated: the sentence names the second row,
    # not the first (which the sentence before it was about)
    assert (
        findings_for(
            _ASIDES.format(capaian="125,00%"), select=("text-figure-matches-table",)
        )
        == []
    )
    found = findings_for(
        _ASIDES.format(capaian="152,00%"), select=("text-figure-matches-table",)
    )
    assert [(f.location.line, f.expected, f.actual) for f in found] == [
        (9, "125,00%", "152,00%")
    ]
    assert [r.ref for r in found[0].related] == ["tabel-3.1/row:2/col:capaian"]

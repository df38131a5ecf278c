"""A finding's fingerprint names what is wrong and where, logically: it survives
re-pagination, rows inserted elsewhere, another folder and another language."""

from __future__ import annotations

from lkjaudit.model.finding import logical_ref, printed_key

from conftest import ROOT, findings_for

BAD = (
    ROOT / "tests" / "rules" / "capaian-equals-realisasi-over-target" / "bad.txt"
).read_text(encoding="utf-8")
RULE = ("capaian-equals-realisasi-over-target",)


def _prints(text: str, **kwargs: object) -> dict[str, str]:
    return {
        f.fingerprint: f.location.ref for f in findings_for(text, select=RULE, **kwargs)
    }


def test_logical_ref_drops_positional_segments() -> None:
    assert logical_ref("tabel-3.2/row:2/col:capaian") == "tabel-3.2/col:capaian"
    assert logical_ref("tabel-ke-3/row:12") == "tabel-ke-3"
    assert logical_ref("text/line:316") == "text"
    assert logical_ref("tabel-3.16") == "tabel-3.16"


def test_moving_the_table_down_the_document_keeps_fingerprints() -> None:
    before = _prints(BAD)
    moved = BAD.replace(
        "LAPORAN KINERJA KECAMATAN CONTOH\n",
        "LAPORAN KINERJA KECAMATAN CONTOH\n\n" + "Paragraf pengantar.\n\n" * 40,
    )
    after = _prints(moved)
    assert len(before) == 2
    assert set(after) == set(before)
    lines = [f.location.line for f in findings_for(moved, select=RULE)]
    assert lines != [f.location.line for f in findings_for(BAD, select=RULE)]


def test_inserting_an_unrelated_row_keeps_fingerprints() -> None:
    extra = "0\tMeningkatnya kualitas\tIndeks kepuasan masyarakat\t80\t80\t100%\t\n"
    inserted = BAD.replace(
        "1\tMeningkatnya pelayanan", extra + "1\tMeningkatnya pelayanan"
    )
    before, after = _prints(BAD), _prints(inserted)
    assert set(after) == set(before)
    # the rows did move: the same fingerprints now point at other row numbers
    assert sorted(after.values()) != sorted(before.values())


def test_fingerprint_ignores_path_and_language() -> None:
    assert set(_prints(BAD, source="a/laporan.txt")) == set(_prints(BAD))
    assert set(_prints(BAD, lang="en")) == set(_prints(BAD))


def test_fingerprint_changes_with_the_figures_the_row_or_the_table() -> None:
    before = set(_prints(BAD))
    assert set(_prints(BAD.replace("36,63%", "36,64%"))) != before
    assert set(_prints(BAD.replace("akuntabilitas", "integritas"))) != before
    assert set(_prints(BAD.replace("Tabel 3 ", "Tabel 4 "))) != before
    # one finding changed, the other kept its identity
    assert len(set(_prints(BAD.replace("36,63%", "36,64%"))) & before) == 1


def test_a_paragraph_inserted_above_keeps_the_prose_fingerprints(
    seed_text: str,
) -> None:
    # a prose finding's ref numbers its paragraph and sentence; its identity is
    # the rule, what it quotes and the figures, so the numbering may change
    inserted = seed_text.replace(
        "KATA PENGANTAR\n", "KATA PENGANTAR\n\nParagraf pengantar tambahan.\n", 1
    )
    assert inserted != seed_text

    def prose(text: str) -> dict[str, str]:
        return {
            f.fingerprint: f.location.ref
            for f in findings_for(text)
            if f.location.kind == "text"
        }

    before, after = prose(seed_text), prose(inserted)
    assert len(before) >= 6  # sentences and a date
    assert set(after) == set(before)
    assert sorted(after.values()) != sorted(before.values())


def test_the_expected_value_is_no_part_of_the_identity() -> None:
    # lkjaudit may work the expected value out anew (from a figure's witnesses) or
    # print it otherwise ("50,00" where the column prints no %): what the report
    # prints, and where, is the same finding
    finding = findings_for(BAD, select=RULE)[0]
    assert finding.actual is not None
    for expected in ("39,21", "39.21%", "39,2%", None):
        other = finding.model_copy(update={"expected": expected})
        assert other.fingerprint == finding.fingerprint
    printed = finding.model_copy(update={"actual": "36,64%"})
    assert printed.fingerprint != finding.fingerprint


def test_with_nothing_printed_the_expected_value_tells_findings_apart() -> None:
    finding = findings_for(BAD, select=RULE)[0]
    a = finding.model_copy(update={"actual": None, "expected": "> 0"})
    b = finding.model_copy(update={"actual": None, "expected": "≤ 12 laporan"})
    assert a.fingerprint != b.fingerprint


def test_printed_key_keeps_the_figure_and_drops_its_layout() -> None:
    assert printed_key("93 %") == printed_key("93%") == "93%"
    assert printed_key("Rp 69.500.000") == printed_key("Rp. 69.500.000") == "69.500.000"
    assert printed_key("Rp69.500.000") == printed_key("69.500.000")
    assert printed_key("Rp -151.500") == "-151.500"
    assert printed_key("BB") == printed_key("bb")
    assert printed_key("RPJMD 2021") == "rpjmd2021"  # a word, not a rupiah sign
    assert printed_key(None) == printed_key("") == ""
    # the figure itself still tells findings apart
    assert printed_key("93,5%") != printed_key("93,6%")
    assert printed_key("69.500.000") != printed_key("6.950.000")


def test_a_figure_laid_out_otherwise_keeps_its_fingerprint() -> None:
    finding = findings_for(BAD, select=RULE)[0]
    assert finding.actual == "36,63%"
    for layout in ("36,63 %", " 36,63% "):
        other = finding.model_copy(update={"actual": layout})
        assert other.fingerprint == finding.fingerprint

"""indicator-names-agree: the copies of a row state one indicator."""

from __future__ import annotations

from conftest import ROOT, compact, findings_for

BAD = (ROOT / "tests" / "rules" / "indicator-names-agree" / "bad.txt").read_text(
    encoding="utf-8"
)
RULE = ("indicator-names-agree",)
SECOND = "Persentase desa yang mendapat pembinaan kelembagaan"
RIGHT = "Persentase fasilitasi pemberdayaan masyarakat desa"


def test_the_message_names_the_tables_that_agree() -> None:
    (found,) = findings_for(BAD, select=RULE, lang="en")
    assert found.message == (
        f'Different indicators for the same row: "{SECOND}" here, "{RIGHT}" in '
        "Tabel III.1, Tabel III.2"
    )
    assert [r.ref for r in found.related] == [
        "tabel-III.1/row:2/col:indikator",
        "tabel-III.2/row:8/col:indikator",
    ]
    (found,) = findings_for(BAD, select=RULE, lang="id")
    assert found.message.startswith("Indikator berbeda untuk baris yang sama: ")


def test_one_copy_against_one_tells_nothing() -> None:
    # Tabel III.1 states none ("-"): Tabel II.1 against Tabel III.2, one each
    text = BAD.replace(f"{RIGHT}\t100%\t50%\t50%", "-\t100%\t50%\t50%")
    assert text != BAD
    assert compact(findings_for(text, select=RULE)) == []


def test_two_copies_against_one_blame_the_one() -> None:
    text = BAD.replace(
        f"{RIGHT}\t100 %\t50 %\t12.000.000", f"{SECOND}\t100 %\t50 %\t12.000.000"
    )
    assert compact(findings_for(text, select=RULE)) == [
        [
            "indicator-names-agree",
            "tabel-III.1/row:2/col:indikator",
            13,
            SECOND,
            RIGHT,
        ]
    ]

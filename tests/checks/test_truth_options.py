"""The prose judges a capaian as the capaian rule is configured, not by defaults."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.checks.polarity import LOWER_IS_BETTER
from lkjaudit.config import load_config

from conftest import compact, report_from

CAPAIAN = "capaian-equals-realisasi-over-target"
RULES = (CAPAIAN, "text-figure-matches-table", "qualitative-claim-agrees-with-figures")

# a time (lower is better) printed as target / realisasi: 30 / 24 = 125%
TIME = """\
LAPORAN KINERJA BADAN CONTOH TAHUN 2023

Tabel 3.1 Capaian Kinerja

No\tIndikator Kinerja\tTarget\tSatuan\tRealisasi\tCapaian (%)
1\tWaktu tanggap penanganan kejadian bencana\t30\tmenit\t24\t125,00
2\tPersentase desa tangguh bencana\t40\t%\t35\t87,50

Waktu tanggap penanganan kejadian bencana tercapai 24 menit dengan capaian \
{quote}%, sehingga indikator ini telah melampaui target.
"""


def _configured(tmp_path: Path, options: str) -> AuditOptions:
    config = tmp_path / "lkjaudit.toml"
    config.write_text(f"[rules.{CAPAIAN}]\noptions = {{ {options} }}\n", "utf-8")
    return replace(load_config(config).audit_options(select=list(RULES)), strict=True)


def _found(text: str, options: AuditOptions) -> list[list[object]]:
    return compact(audit_report(report_from(text), options))


DEFAULT = AuditOptions(select=RULES, strict=True)
SENTENCE = "text/paragraph:3/sentence:1"


def test_by_default_a_lower_is_better_capaian_is_quoted_as_printed() -> None:
    assert _found(TIME.format(quote="125,00"), DEFAULT) == []
    assert _found(TIME.format(quote="80,00"), DEFAULT) == [
        ["text-figure-matches-table", SENTENCE, 9, "125,00%", "80,00%"]
    ]


def test_a_users_higher_is_better_polarity_holds_for_the_prose(
    tmp_path: Path,
) -> None:
    # the user's capaian rule reads every indicator as higher-is-better: 24 / 30 =
    # 80%, so a sentence quoting the printed 125% (and its claim of exceeding the
    # target) is wrong as the rule says, and one quoting 80% is right
    options = _configured(tmp_path, 'polarity = "higher-is-better"')
    rule = [CAPAIAN, "tabel-3.1/row:1/col:capaian", 6, "80,00", "125,00"]
    wrong_claim = ["qualitative-claim-agrees-with-figures", SENTENCE, 9]
    assert _found(TIME.format(quote="125,00"), options) == [
        rule,
        ["text-figure-matches-table", SENTENCE, 9, "80,00%", "125,00%"],
        [*wrong_claim, "80,00%", "melampaui target"],
    ]
    assert _found(TIME.format(quote="80,00"), options) == [
        rule,
        [*wrong_claim, "80,00%", "melampaui target"],
    ]


# the table computes its lower-is-better time as target / realisasi (30 / 24);
# flooded spots, 8 against a target of 10, are printed as realisasi / target
FLOODS = """\
LAPORAN KINERJA BADAN CONTOH TAHUN 2023

Tabel 3.1 Capaian Kinerja

No\tIndikator Kinerja\tTarget\tSatuan\tRealisasi\tCapaian (%)
1\tWaktu tanggap penanganan kejadian bencana\t30\tmenit\t24\t125,00
2\tJumlah titik banjir\t10\ttitik\t8\t80,00

Jumlah titik banjir tahun ini 8 titik dengan capaian {quote}%.
"""


def test_a_users_own_lower_is_better_words_hold_for_the_prose(
    tmp_path: Path,
) -> None:
    # "banjir" is no built-in word: the flooded spots' 80% stands and is quoted
    # right; the user's list names it, so the table's own formula gives 10 / 8 =
    # 125%, and the sentence quoting 80% is wrong as the rule says
    assert _found(FLOODS.format(quote="80,00"), DEFAULT) == []
    words = ", ".join(f'"{w}"' for w in (*LOWER_IS_BETTER, "banjir"))
    options = _configured(tmp_path, f"lower_is_better = [{words}]")
    assert _found(FLOODS.format(quote="80,00"), options) == [
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 7, "125,00", "80,00"],
        ["text-figure-matches-table", SENTENCE, 9, "125,00%", "80,00%"],
    ]
    assert _found(FLOODS.format(quote="125,00"), options) == [
        [CAPAIAN, "tabel-3.1/row:2/col:capaian", 7, "125,00", "80,00"],
    ]

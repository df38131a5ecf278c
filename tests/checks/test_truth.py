"""What a capaian should be, for the prose: the ratio rule's own verdicts."""

from __future__ import annotations

import pytest

from lkjaudit.checks.truth import truth
from lkjaudit.model.report import ColumnRole

from conftest import compact, findings_for, report_from

# waktu tanggap (lower is better) is printed as target / realisasi, 30 / 24 = 125%;
# korban jiwa, lower is better too, is printed as realisasi / target, 7 / 5 = 140%:
# by the table's own formula it is 5 / 7 = 71,43%, short of its target
REPORT = """\
LAPORAN KINERJA BADAN CONTOH TAHUN 2023

Tabel 3.1 Capaian Kinerja

No\tIndikator Kinerja\tTarget\tSatuan\tRealisasi\tCapaian (%)
1\tWaktu tanggap penanganan kejadian bencana\t30\tmenit\t24\t125,00
2\tJumlah korban jiwa akibat bencana\t5\torang\t7\t140,00
3\tPersentase desa tangguh bencana\t40\t%\t35\t87,50

Jumlah korban jiwa akibat bencana sebanyak 7 orang, sehingga indikator ini {claim}.
"""

QUALITATIVE = ("qualitative-claim-agrees-with-figures",)


def test_the_capaian_is_the_one_the_ratio_rule_expects() -> None:
    report = report_from(REPORT.format(claim="belum mencapai target"))
    table = report.tables[0]
    col = table.column(ColumnRole.CAPAIAN)
    assert col is not None
    found = [truth(table, table.row(k), col, report) for k in (1, 2, 3)]
    assert [t is not None and t.recomputed for t in found] == [False, True, False]
    assert found[1] is not None and f"{found[1].interval.mid:.2f}" == "71.43"
    # the rule says the same of row 2
    rule = findings_for(
        REPORT.format(claim="belum mencapai target"),
        select=("capaian-equals-realisasi-over-target",),
    )
    assert [(f.location.row, f.expected) for f in rule] == [(2, "71,43")]


def test_a_claim_true_of_the_recomputed_capaian_is_not_reported() -> None:
    text = REPORT.format(claim="belum mencapai target")
    assert findings_for(text, select=QUALITATIVE) == []


@pytest.mark.parametrize("claim", ["telah melampaui target", "tercapai sesuai target"])
def test_a_claim_false_of_the_recomputed_capaian_is_reported(claim: str) -> None:
    found = compact(findings_for(REPORT.format(claim=claim), select=QUALITATIVE))
    assert [(rule, line, expected) for rule, _, line, expected, _ in found] == [
        ("qualitative-claim-agrees-with-figures", 10, "71,43%")
    ]

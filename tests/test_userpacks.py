"""User rule packs: new rules from existing checks, overrides, precise errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit_report
from lkjaudit.engine.rulepack import builtin_rules
from lkjaudit.engine.userpacks import with_user_packs
from lkjaudit.errors import RulePackError

from conftest import ROOT, compact, report_from

BAD_CAPAIAN = (
    ROOT / "tests" / "rules" / "capaian-equals-realisasi-over-target" / "bad.txt"
).read_text(encoding="utf-8")

NEW_RULE = """
pack: contoh
rules:
  - id: capaian-strict-ratio
    title: {id: Capaian tanpa polaritas, en: Achievement without polarity}
    severity: warning
    tags: [custom]
    rationale: {id: Alasan, en: Reason}
    check: ratio
    with: {numerator: realisasi, denominator: target, result: capaian}
    message: {id: "Capaian {actual} / {expected}", en: "Achievement {actual} / {expected}"}
    references: ["https://example.org/aturan/capaian"]
"""


def _pack(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _run(rules: list, text: str = BAD_CAPAIAN) -> list[list[object]]:
    return compact(audit_report(report_from(text), AuditOptions(rules=rules)))


def test_a_new_rule_from_an_existing_check_runs(tmp_path: Path) -> None:
    rules = with_user_packs(builtin_rules(), [_pack(tmp_path, NEW_RULE)])
    assert rules[-1].id == "capaian-strict-ratio"
    assert rules[-1].source == str(tmp_path / "pack.yaml")
    # run alone: beside the built-in rule, its row 2 finding (same cell, same
    # figures) would be merged into the built-in one
    got = compact(
        audit_report(
            report_from(BAD_CAPAIAN),
            AuditOptions(rules=rules, select=["capaian-strict-ratio"]),
        )
    )
    # higher-is-better only: the lower-is-better row 3 now reads 8 / 10 = 80%
    assert got == [
        ["capaian-strict-ratio", "tabel-3/row:2/col:capaian", 7, "39,21%", "36,63%"],
        ["capaian-strict-ratio", "tabel-3/row:3/col:capaian", 8, "80%", "110%"],
        ["capaian-strict-ratio", "tabel-3/row:4/col:capaian", 9, "133,33%", "75%"],
    ]


def test_overrides_change_severity_options_and_switch_off(tmp_path: Path) -> None:
    pack = _pack(
        tmp_path,
        """
overrides:
  capaian-equals-realisasi-over-target:
    severity: warning
    with: {polarity: higher-is-better}
  number-well-formed: {enabled: false}
""",
    )
    rules = {r.id: r for r in with_user_packs(builtin_rules(), [pack])}
    capaian = rules["capaian-equals-realisasi-over-target"]
    assert capaian.severity.value == "warning"
    assert capaian.with_["polarity"] == "higher-is-better"
    assert capaian.with_["numerator"] == "realisasi"  # merged, not replaced
    assert rules["number-well-formed"].enabled is False
    findings = audit_report(
        report_from(BAD_CAPAIAN), AuditOptions(rules=list(rules.values()))
    )
    assert {f.severity.value for f in findings} == {"warning"}
    assert len(findings) == 3  # row 4 (lower-is-better) is now flagged too


def test_later_packs_win_and_may_override_user_rules(tmp_path: Path) -> None:
    first = _pack(tmp_path, NEW_RULE, "a.yaml")
    second = _pack(
        tmp_path,
        "overrides:\n  capaian-strict-ratio: {severity: info}\n",
        "b.yaml",
    )
    rules = with_user_packs(builtin_rules(), [first, second])
    assert rules[-1].severity.value == "info"


def test_a_folder_pack_reads_every_yaml_file_in_order(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    folder.mkdir()
    _pack(folder, NEW_RULE, "1-rules.yaml")
    _pack(folder, "overrides:\n  capaian-strict-ratio: {enabled: false}\n", "2-off.yml")
    (folder / "notes.txt").write_text("not a pack", encoding="utf-8")
    rules = with_user_packs(builtin_rules(), [folder])
    assert rules[-1].id == "capaian-strict-ratio" and rules[-1].enabled is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "overrides:\n  no-such-rule: {severity: warning}\n",
            'pack.yaml: overrides: unknown rule "no-such-rule"',
        ),
        (
            "overrides:\n  number-well-formed: {level: warning}\n",
            'pack.yaml: overrides: rule "number-well-formed": unknown field "level"',
        ),
        (
            "overrides:\n  number-well-formed: {severity: fatal}\n",
            'pack.yaml: overrides: rule "number-well-formed": severity: Input should be',
        ),
        (
            "overrides:\n  capaian-equals-realisasi-over-target:\n"
            "    with: {polarity: sideways}\n",
            'rule "capaian-equals-realisasi-over-target": with.polarity: Input should be',
        ),
        (
            "overrides:\n  stated-formula-holds:\n    with: {tolerance: 1}\n",
            'rule "stated-formula-holds": with.tolerance: Extra inputs are not permitted',
        ),
        ("overrides: [a, b]\n", "pack.yaml: 'overrides' maps rule ids to changes"),
        ("description: nothing here\n", "needs 'rules' or 'overrides'"),
        ("rules: []\nrun: ls\n", "pack.yaml: unknown key 'run'"),
        (
            NEW_RULE.replace("check: ratio", "check: python"),
            'pack.yaml: rule "capaian-strict-ratio": unknown check "python"',
        ),
        (
            NEW_RULE.replace("capaian-strict-ratio", "number-well-formed"),
            'rule "number-well-formed" is already defined in rules/core/arithmetic.yaml',
        ),
    ],
)
def test_invalid_user_packs_name_file_rule_and_field(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(RulePackError) as info:
        with_user_packs(builtin_rules(), [_pack(tmp_path, text)])
    assert message in str(info.value)
    assert str(info.value).startswith(str(tmp_path / "pack.yaml"))
    assert "\n" not in str(info.value)


def test_duplicate_ids_across_user_packs(tmp_path: Path) -> None:
    a, b = _pack(tmp_path, NEW_RULE, "a.yaml"), _pack(tmp_path, NEW_RULE, "b.yaml")
    with pytest.raises(
        RulePackError,
        match=r'b.yaml: rule "capaian-strict-ratio" is already defined in .*a.yaml',
    ):
        with_user_packs(builtin_rules(), [a, b])


def test_missing_or_unreadable_pack(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="rule pack not found"):
        with_user_packs(builtin_rules(), [tmp_path / "missing.yaml"])
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"rules: []\n# \xe9\n")
    with pytest.raises(RulePackError, match="cannot read rule pack"):
        with_user_packs(builtin_rules(), [bad])


def test_user_packs_leave_the_builtin_rules_untouched(tmp_path: Path) -> None:
    pack = _pack(tmp_path, "overrides:\n  number-well-formed: {enabled: false}\n")
    with_user_packs(builtin_rules(), [pack])
    assert all(rule.enabled for rule in builtin_rules())

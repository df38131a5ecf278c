"""Baselines: accepted findings stay hidden through re-pagination and edits
elsewhere; new ones show; stale entries are found; bad files are clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkjaudit.api import AuditOptions, audit
from lkjaudit.baseline import (
    Baseline,
    apply_baseline,
    build_baseline,
    read_baseline,
    source_key,
    write_baseline,
)
from lkjaudit.errors import ConfigError

from conftest import ROOT

BAD = (
    ROOT / "tests" / "rules" / "capaian-equals-realisasi-over-target" / "bad.txt"
).read_text(encoding="utf-8")
SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "lkj.txt"
    path.write_text(BAD, encoding="utf-8")
    return path


def _check(*paths: Path | str, **options: object):
    return audit([str(p) for p in paths], AuditOptions(**options))  # type: ignore[arg-type]


def _accept(report: Path, base: Path) -> Path:
    target = base / "lkjaudit-baseline.json"
    write_baseline(_check(report), target)
    return target


def test_a_fresh_baseline_hides_every_finding(report: Path, tmp_path: Path) -> None:
    target = _accept(report, tmp_path)
    result, stale = apply_baseline(_check(report), read_baseline(target), tmp_path)
    assert result.findings == [] and stale == []
    assert result.stats.suppressed == 2
    assert result.stats.by_severity == {"error": 0, "warning": 0, "info": 0}
    assert result.valid and result.rules == []


def test_the_file_is_stable_and_readable(report: Path, tmp_path: Path) -> None:
    target = _accept(report, tmp_path)
    first = target.read_text(encoding="utf-8")
    _accept(report, tmp_path)
    assert target.read_text(encoding="utf-8") == first  # no clock, stable order
    data = json.loads(first)
    assert data["schema_version"] == 1 and data["tool"] == "lkjaudit"
    entry = data["entries"][0]
    assert entry["source"] == "data/lkj.txt"
    assert entry["rule_id"] == "capaian-equals-realisasi-over-target"
    assert entry["table"] == "Tabel 3" and entry["column"] == "capaian"
    assert (entry["expected"], entry["actual"]) == ("39,21%", "36,63%")
    assert entry["label"] == "Meningkatnya akuntabilitas"


def test_moving_tables_and_inserting_rows_keeps_the_baseline(
    report: Path, tmp_path: Path
) -> None:
    target = _accept(report, tmp_path)
    edited = BAD.replace(
        "LAPORAN KINERJA KECAMATAN CONTOH\n",
        "LAPORAN KINERJA KECAMATAN CONTOH\n\n" + "Halaman baru.\n\n" * 30,
    )
    # a new row 2, the rows below it renumbered
    for n in (4, 3, 2):
        edited = edited.replace(f"\n{n}\t", f"\n{n + 1}\t")
    edited = edited.replace(
        "3\tMeningkatnya akuntabilitas",
        "2\tMeningkatnya kualitas\tIndeks kepuasan\t80\t80\t100%\t\n"
        "3\tMeningkatnya akuntabilitas",
    )
    report.write_text(edited, encoding="utf-8")
    now = _check(report)
    assert [f.location.line for f in now.findings] != [7, 8]  # they did move
    result, stale = apply_baseline(now, read_baseline(target), tmp_path)
    assert result.findings == [] and stale == []
    assert result.stats.suppressed == 2


def test_a_changed_figure_is_new_and_its_old_entry_stale(
    report: Path, tmp_path: Path
) -> None:
    target = _accept(report, tmp_path)
    report.write_text(BAD.replace("36,63%", "36,64%"), encoding="utf-8")
    result, stale = apply_baseline(_check(report), read_baseline(target), tmp_path)
    assert [(f.expected, f.actual) for f in result.findings] == [("39,21%", "36,64%")]
    assert result.stats.suppressed == 1 and not result.valid
    assert [(e.expected, e.actual) for e in stale] == [("39,21%", "36,63%")]
    assert "data/lkj.txt: capaian-equals-realisasi-over-target at Tabel 3" in (
        stale[0].describe()
    )


def test_a_fixed_report_leaves_only_stale_entries(report: Path, tmp_path: Path) -> None:
    target = _accept(report, tmp_path)
    report.write_text(
        BAD.replace("36,63%", "39,21%").replace("110%", "125%"), encoding="utf-8"
    )
    result, stale = apply_baseline(_check(report), read_baseline(target), tmp_path)
    assert result.findings == [] and len(stale) == 2


def test_entries_of_files_or_rules_not_checked_are_not_stale(
    report: Path, tmp_path: Path
) -> None:
    target = _accept(report, tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(BAD.replace("36,63%", "39,21%").replace("110%", "125%"))
    baseline = read_baseline(target)
    _, stale = apply_baseline(_check(other), baseline, tmp_path)
    assert stale == []  # data/lkj.txt was not checked in this run
    _, stale = apply_baseline(
        _check(report, select=["stated-formula-holds"]), baseline, tmp_path
    )
    assert stale == []  # the rule of the entries did not run
    _, stale = apply_baseline(_check(tmp_path / "missing.txt"), baseline, tmp_path)
    assert stale == []


def test_paths_are_relative_to_the_baseline_folder(
    report: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _accept(report, tmp_path)
    monkeypatch.chdir(tmp_path / "data")
    result, stale = apply_baseline(_check("lkj.txt"), read_baseline(target), tmp_path)
    assert result.findings == [] and stale == []
    result, _ = apply_baseline(
        _check(report.resolve()), read_baseline(target), tmp_path
    )
    assert result.findings == []
    assert source_key(str(report), tmp_path / "data") == "lkj.txt"


def test_the_same_finding_in_another_file_is_not_hidden(
    report: Path, tmp_path: Path
) -> None:
    target = _accept(report, tmp_path)
    copy = tmp_path / "data" / "copy.txt"
    copy.write_text(BAD, encoding="utf-8")
    result, _ = apply_baseline(_check(report, copy), read_baseline(target), tmp_path)
    assert {f.location.source for f in result.findings} == {str(copy)}


def test_identical_findings_are_counted(tmp_path: Path) -> None:
    seed = _check(SEED)
    twice = seed.findings + seed.findings
    baseline = build_baseline(seed.findings, tmp_path)
    assert sum(e.count for e in baseline.entries) == len(seed.findings)
    doubled = seed.model_copy(update={"findings": twice})
    result, _ = apply_baseline(doubled, baseline, tmp_path)
    assert len(result.findings) == len(seed.findings)
    result, _ = apply_baseline(doubled, build_baseline(twice, tmp_path), tmp_path)
    assert result.findings == []
    assert max(e.count for e in build_baseline(twice, tmp_path).entries) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline file not found"),
        ("{", "not a lkjaudit baseline: invalid JSON at line 1"),
        ('{"entries": [{"source": "a"}]}', "not a lkjaudit baseline: entries.0."),
        ('{"entries": [], "extra": 1}', "not a lkjaudit baseline: extra"),
        ('{"schema_version": 2, "entries": []}', "schema_version 2 is not 1"),
    ],
)
def test_bad_baseline_files(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_baseline(path)
    assert message in str(info.value) and str(info.value).startswith(str(path))


def test_unwritable_baseline(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot write the baseline"):
        write_baseline(_check(SEED), tmp_path / "no" / "such" / "dir.json")


def test_an_empty_baseline_changes_nothing(tmp_path: Path) -> None:
    seed = _check(SEED)
    result, stale = apply_baseline(seed, Baseline(), tmp_path)
    assert result.findings == seed.findings and stale == []
    assert result.stats.suppressed == 0

"""The command line in a reviewer's day and a CI pipeline: formats, configuration,
baselines, folders, parallel jobs, rule docs; exit codes 0/1/2 throughout."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_userpacks import NEW_RULE

from conftest import ROOT, run_main, run_process

SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"
SAMPLE = ROOT / "samples" / "sukamaju-2023.md"
SEVERITIES = ("error", "warning", "info")
CLEAN = ROOT / "tests" / "rules" / "stated-formula-holds" / "good.md"
BAD_CAPAIAN = (
    ROOT / "tests" / "rules" / "capaian-equals-realisasi-over-target" / "bad.txt"
)


def run(*args: object) -> tuple[int, str, str]:
    """lkjaudit.cli.main in this process; a bug raises instead of "internal error"."""
    return run_main(*args, env={"LKJAUDIT_DEBUG": "1"})


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository of report data: two reports with findings, one clean, a README."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "data"
    (folder / "2024").mkdir(parents=True)
    (folder / "kec-a.txt").write_bytes(SEED.read_bytes())
    (folder / "2024" / "kec-b.md").write_bytes(SAMPLE.read_bytes())
    (folder / "2024" / "kec-c.md").write_bytes(CLEAN.read_bytes())
    (folder / "README.md").write_text("# Data laporan\n", encoding="utf-8")
    (folder / ".cache").mkdir()
    (folder / ".cache" / "old.txt").write_text("junk", encoding="utf-8")
    (folder / "notes.pdf.bak").write_text("junk", encoding="utf-8")
    return tmp_path


# ------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    "fmt", ["terminal", "json", "sarif", "github", "junit", "markdown"]
)
def test_every_format_from_the_command_line(fmt: str) -> None:
    code, out, _ = run("check", SEED, "-f", fmt, "--no-config")
    assert code == 1
    if fmt in ("json", "sarif"):
        json.loads(out)
    elif fmt == "junit":
        ET.fromstring(out.split("\n", 1)[1])
    assert "capaian-equals-realisasi-over-target" in out
    code, out, _ = run("check", CLEAN, "-f", fmt, "--no-config")
    assert code == 0


def test_format_output_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "hasil.sarif"
    code, out, _ = run("check", SEED, "-f", "sarif", "-o", target, "--no-config")
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_sarif_paths_are_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside, outside = tmp_path / "repo", tmp_path / "lain"
    (inside / "data").mkdir(parents=True)
    outside.mkdir()
    (inside / "data" / "kec a.txt").write_bytes(BAD_CAPAIAN.read_bytes())
    (outside / "b.txt").write_bytes(BAD_CAPAIAN.read_bytes())
    monkeypatch.chdir(inside)
    args = (inside / "data" / "kec a.txt", outside / "b.txt")
    code, out, _ = run("check", *args, "-f", "sarif", "--no-config")
    assert code == 1
    (sarif_run,) = json.loads(out)["runs"]
    places = {
        json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"])
        for r in sarif_run["results"]
    }
    assert places == {
        json.dumps({"uri": "data/kec%20a.txt", "uriBaseId": "SRCROOT"}),
        json.dumps({"uri": (outside / "b.txt").as_uri()}),
    }
    assert "uri" not in sarif_run["originalUriBaseIds"]["SRCROOT"]


def test_github_paths_are_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside, outside = tmp_path / "repo", tmp_path / "lain"
    (inside / "data").mkdir(parents=True)
    outside.mkdir()
    (inside / "data" / "kec-a.txt").write_bytes(BAD_CAPAIAN.read_bytes())
    (outside / "b.txt").write_bytes(BAD_CAPAIAN.read_bytes())
    monkeypatch.chdir(inside)
    args = (inside / "data" / "kec-a.txt", outside / "b.txt", inside / "hilang.txt")
    code, out, _ = run("check", *args, "-f", "github", "--no-config")
    assert code == 2  # NOTE: the missing file
    files = {line.split(",", 1)[0].split("file=")[1] for line in out.splitlines()}
    assert files == {"data/kec-a.txt", (outside / "b.txt").as_posix(), "hilang.txt"}


def test_output_never_overwrites_a_report(tmp_path: Path) -> None:
    report = tmp_path / "lkj.txt"
    report.write_bytes(SEED.read_bytes())
    proc = run_process("check", report, "-o", report, "--no-config")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("menolak menimpa laporan yang sedang diperiksa")
    assert report.read_bytes() == SEED.read_bytes()


# ------------------------------------------------------------- configuration


def test_discovered_config_sets_language_severity_and_fail_on(data: Path) -> None:
    (data / "pyproject.toml").write_text(
        '[project]\nname = "data"\n\n[tool.lkjaudit]\nlang = "en"\nfail-on = "error"\n'
        "[tool.lkjaudit.rules.capaian-equals-realisasi-over-target]\n"
        'severity = "warning"\n',
        encoding="utf-8",
    )
    report = data / "data" / "kec-a.txt"
    code, out, _ = run(
        "check",
        report,
        "-f",
        "json",
        "--select",
        "capaian-equals-realisasi-over-target",
    )
    findings = json.loads(out)["findings"]
    assert code == 0  # only warnings now, below fail-on
    assert findings[0]["severity"] == "warning"
    assert findings[0]["message"].startswith("Achievement")
    # the command line wins over the configuration
    code, out, _ = run(
        "check",
        data / "data" / "kec-a.txt",
        "--lang",
        "id",
        "--fail-on",
        "warning",
        "--select",
        "capaian-*",
    )
    assert code == 1 and "Capaian 36,63%, seharusnya 39,21%" in out
    # --no-config ignores it
    code, out, _ = run(
        "check",
        data / "data" / "kec-a.txt",
        "-f",
        "json",
        "--no-config",
        "--select",
        "capaian-equals-realisasi-over-target",
    )
    assert {f["severity"] for f in json.loads(out)["findings"]} == {"error"}


def test_named_config_with_a_user_pack(tmp_path: Path) -> None:
    pack = tmp_path / "aturan" / "kabupaten.yaml"
    pack.parent.mkdir()
    pack.write_text(
        "overrides:\n  number-well-formed: {enabled: false}\n", encoding="utf-8"
    )
    config = tmp_path / "review.toml"
    config.write_text(
        'rule-packs = ["aturan/"]\nselect = ["tag:arithmetic", "number-well-formed"]\n'
        'ignore = ["stated-*"]\n',
        encoding="utf-8",
    )
    code, out, _ = run("check", SEED, "-f", "json", "--config", config)
    assert code == 1
    assert {f["rule_id"] for f in json.loads(out)["findings"]} == {
        "capaian-equals-realisasi-over-target"
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[tool.lkjaudit]\ncolour = 1\n",
            'pyproject.toml: [tool.lkjaudit] kunci "colour" tidak dikenal',
        ),
        (
            "[tool.lkjaudit]\nlang = 3\n",
            "pyproject.toml: [tool.lkjaudit] lang: nilai tidak valid (Input should be",
        ),
        ("[tool.lkjaudit\n", "pyproject.toml: bukan TOML yang valid"),
        ('[tool.lkjaudit]\nrule-packs = ["none/"]\n', "[tool.lkjaudit] rule-packs: "),
        (
            "[tool.lkjaudit.rules.no-rule]\nenabled = false\n",
            "rules.no-rule: aturan tidak dikenal",
        ),
    ],
)
def test_bad_config_is_one_line_and_exit_2(
    tmp_path: Path, text: str, message: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(text + "# lkjaudit\n", encoding="utf-8")
    report = tmp_path / "lkj.txt"
    report.write_bytes(SEED.read_bytes())
    proc = run_process("check", report, cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        (
            "overrides:\n  number-well-formed: {severity: fatal}\n",
            'p.yaml: overrides: aturan "number-well-formed": severity',
        ),
        (
            "rules:\n  - id: [unclosed\n",
            "p.yaml: baris 3: YAML tidak valid (",
        ),
    ],
    ids=["bad-field", "bad-yaml"],
)
def test_bad_user_pack_is_one_line_and_exit_2(
    tmp_path: Path, pack: str, message: str
) -> None:
    (tmp_path / "p.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "lkjaudit.toml").write_text(
        'rule-packs = ["p.yaml"]\n', encoding="utf-8"
    )
    proc = run_process("rules", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert message in proc.stderr


def test_missing_named_config(tmp_path: Path) -> None:
    code, _, err = run("check", SEED, "--config", tmp_path / "none.toml")
    assert code == 2 and "none.toml: berkas konfigurasi tidak ditemukan" in err


# ----------------------------------------------------------------- baselines


def test_baseline_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "lkj.txt"
    report.write_bytes(BAD_CAPAIAN.read_bytes())
    code, out, err = run(
        "check", "lkj.txt", "--write-baseline", "base.json", "--no-config"
    )
    assert code == 0  # recorded findings are accepted
    assert "baseline ditulis: 2 temuan" in err
    # the summary says where the findings went, not that a baseline hid them
    assert out.endswith(
        "Tidak ada temuan dalam 1 berkas; 51 aturan dijalankan. "
        "2 temuan dicatat di baseline dan tidak ditampilkan.\n"
    )
    assert "disembunyikan" not in out
    code, out, err = run(
        "check", "lkj.txt", "--baseline", "base.json", "-f", "json", "--no-config"
    )
    assert code == 0 and json.loads(out)["stats"]["suppressed"] == 2
    assert json.loads(out)["stats"]["recorded"] == 0
    assert err == ""
    # a new error shows, the changed one's old entry is stale
    report.write_text(
        BAD_CAPAIAN.read_text(encoding="utf-8").replace("36,63%", "36,64%"),
        encoding="utf-8",
    )
    code, out, err = run("check", "lkj.txt", "--baseline", "base.json", "--no-config")
    assert code == 1
    assert "tertulis 36,64%" in out and "1 temuan lain disembunyikan" in out
    assert "1 entri baseline tidak lagi cocok" in err
    assert "lkj.txt: capaian-equals-realisasi-over-target di Tabel 3" in err
    assert "(seharusnya 39,21%, tertulis 36,63%)" in err
    code, out, err = run(
        "check", "lkj.txt", "--baseline", "base.json", "--no-config", "--lang", "en"
    )
    assert code == 1
    assert "lkjaudit: 1 baseline entry no longer matches (fixed, or the figure" in err
    # in English, one finding and two
    args = ("check", "lkj.txt", "--lang", "en", "--no-config", "--write-baseline")
    code, out, err = run(*args, "two.json")
    assert "lkjaudit: baseline written: 2 findings\n" in err
    assert out.endswith("2 findings recorded in the baseline, not shown.\n")
    code, out, err = run(*args, "three.json", "-f", "json")
    assert json.loads(out)["stats"] | {"by_severity": None} == {
        "files": 1,
        "tables": 1,
        "rows": 4,
        "rules_run": 51,
        "by_severity": None,
        "suppressed": 2,
        "recorded": 2,
    }
    one = ROOT / "tests" / "rules" / "performance-within-target" / "bad.txt"
    (tmp_path / "one.txt").write_bytes(one.read_bytes())
    code, out, err = run(
        "check",
        "one.txt",
        "--lang",
        "en",
        "--no-config",
        "--write-baseline",
        "one.json",
        "--select",
        "performance-within-target",
    )
    assert "lkjaudit: baseline written: 1 finding\n" in err


def test_baseline_from_the_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "laporan").mkdir()
    (tmp_path / "laporan" / "lkj.txt").write_bytes(BAD_CAPAIAN.read_bytes())
    (tmp_path / "lkjaudit.toml").write_text(
        'baseline = "lkjaudit-baseline.json"\n', encoding="utf-8"
    )
    code, _, err = run("check", ".")
    assert code == 2 and "berkas baseline tidak ditemukan" in err
    assert run("check", ".", "--write-baseline", "lkjaudit-baseline.json")[0] == 0
    # the baseline itself is never picked up as a report, from any folder
    assert run("check", ".")[0] == 0
    monkeypatch.chdir(tmp_path / "laporan")
    assert run("check", "lkj.txt")[0] == 0


def test_bad_baseline_file_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("[]", encoding="utf-8")
    proc = run_process("check", SEED, "--baseline", bad, "--no-config")
    assert proc.returncode == 2
    assert "bukan baseline lkjaudit" in proc.stderr and "Traceback" not in proc.stderr


# ----------------------------------------------------------------- folders


def test_a_folder_checks_every_report_under_it(data: Path) -> None:
    code, out, _ = run("check", "data", "-f", "json", "--no-config")
    payload = json.loads(out)
    assert code == 1
    # each folder's files sorted, then its subfolders; README, hidden folders and
    # files of other kinds skipped
    assert payload["sources"] == [
        "data/kec-a.txt",
        "data/2024/kec-b.md",
        "data/2024/kec-c.md",
    ]
    assert payload["errors"] == []
    assert payload["stats"]["files"] == 3


def _counts(data: Path) -> dict[str, int]:
    """Findings in the three data files, counted in process (no configuration)."""
    from lkjaudit.api import audit

    files = sorted(str(p) for p in (data / "data").rglob("kec-*"))
    findings = audit(files).findings
    counts = {s: sum(f.severity == s for f in findings) for s in SEVERITIES}
    return {**counts, "all": len(findings)}


def test_per_file_summary_table_when_piped(data: Path) -> None:
    code, out, _ = run("check", "data", "--no-config", "-j", "1")
    assert code == 1
    table = out[out.index("berkas") :]
    assert "data/kec-a.txt" in table and "temuan" in table
    assert "data/2024/kec-c.md" in table and " ok" in table
    counts = _counts(data)
    assert (
        f"{counts['all']} temuan ({counts['error']} error, {counts['warning']} "
        f"peringatan, {counts['info']} info) dalam 3 berkas"
    ) in out


def test_exclude_patterns(data: Path) -> None:
    _, out, _ = run("check", "data", "-f", "json", "--exclude", "2024/", "--no-config")
    assert json.loads(out)["sources"] == ["data/kec-a.txt"]
    _, out, _ = run("check", "data", "-f", "json", "--exclude", "*.md", "--no-config")
    assert json.loads(out)["sources"] == ["data/kec-a.txt"]
    (data / "lkjaudit.toml").write_text(
        'extend-exclude = ["kec-a.txt"]\n', encoding="utf-8"
    )
    _, out, _ = run("check", "data", "-f", "json")
    assert "data/kec-a.txt" not in json.loads(out)["sources"]


def test_an_unreadable_file_is_reported_and_the_others_still_run(data: Path) -> None:
    (data / "data" / "rusak.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run("check", "data", "-f", "json", "--no-config", "-j", "2")
    payload = json.loads(out)
    assert code == 2  # the exit code reflects every file
    assert payload["stats"]["files"] == 3
    assert len(payload["findings"]) == _counts(data)["all"] > 0
    assert payload["errors"] == [
        {
            "source": "data/rusak.txt",
            "message": "binary file: expected a UTF-8 text export of a report",
        }
    ]
    assert "lkjaudit: data/rusak.txt: berkas biner" in err


def test_a_folder_without_reports_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    code, _, err = run("check", tmp_path / "kosong", "--no-config")
    assert code == 2 and "tidak ada berkas laporan (.txt, .md, .markdown, .docx" in err


def test_parallel_jobs_give_the_same_result(data: Path) -> None:
    one = run("check", "data", "-f", "json", "-j", "1", "--no-config")
    two = run("check", "data", "-f", "json", "-j", "2", "--no-config")
    assert one == two
    assert one[0] == 1


def test_inputs_are_never_modified(data: Path) -> None:
    def digest() -> dict[str, str]:
        return {
            str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted((data / "data").rglob("*"))
            if p.is_file()
        }

    before = digest()
    for fmt in ("terminal", "json", "sarif", "github", "junit", "markdown"):
        run("check", "data", "-f", fmt, "-o", data / f"out.{fmt}", "--no-config")
    run("check", "data", "--write-baseline", data / "b.json", "--no-config")
    run("check", "data", "--baseline", data / "b.json", "-j", "2", "--no-config")
    assert digest() == before


def _pty_run(args: list[str], cwd: Path, columns: int = 120) -> tuple[int, str]:
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child runs lkjaudit with a pseudo-terminal as stdout/stderr
        os.chdir(cwd)
        os.environ.pop("NO_COLOR", None)
        os.environ["COLUMNS"] = str(columns)
        os.execv(sys.executable, [sys.executable, "-m", "lkjaudit", *args])
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode(
        "utf-8", "replace"
    )


def test_progress_bar_and_rich_summary_on_a_terminal(data: Path) -> None:
    for k in range(3):
        (data / "data" / f"salinan-{k}.txt").write_bytes(SEED.read_bytes())
    code, out = _pty_run(["check", "data", "--no-config", "-j", "2"], data)
    assert code == 1
    assert "lkjaudit" in out and "6/6" in out  # the bar reached the end
    assert "\x1b[" in out and "berkas" in out and "data/2024/kec-c.md" in out
    assert "Traceback" not in out


def test_no_progress_bar_when_not_a_terminal(data: Path) -> None:
    proc = run_process("check", "data", "--no-config", cwd=data)
    assert proc.returncode == 1 and proc.stderr == ""


# ----------------------------------------------------------------- rule docs


def test_rules_lists_every_rule() -> None:
    from lkjaudit.engine.rulepack import builtin_rules

    code, out, _ = run("rules", "--no-config")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "tingkat", "tag", "judul"]
    for rule in builtin_rules():
        assert any(line.startswith(rule.id + " ") for line in lines)
    code, out, _ = run("rules", "--lang", "en", "--no-config")
    assert out.splitlines()[0].split() == ["id", "severity", "tags", "title"]
    assert "Achievement equals realisation divided by target" in out


def test_rules_shows_user_rules_and_switched_off_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(
        NEW_RULE + "overrides:\n  number-well-formed: {enabled: false}\n",
        encoding="utf-8",
    )
    (tmp_path / "lkjaudit.toml").write_text(
        'rule-packs = ["p.yaml"]\n', encoding="utf-8"
    )
    _, out, _ = run("rules")
    assert any(
        line.startswith("capaian-strict-ratio") and " peringatan " in line
        for line in out.splitlines()
    )
    assert any(
        line.startswith("number-well-formed") and " mati " in line
        for line in out.splitlines()
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [("id", {"error", "peringatan", "info"}), ("en", {"error", "warning", "info"})],
)
def test_rules_and_explain_word_the_severity_as_the_report_does(
    lang: str, words: set[str]
) -> None:
    # the words of the terminal report's findings and summary, not the identifiers
    # (`warning`) that JSON, SARIF and the configuration use
    _, out, _ = run("rules", "--lang", lang, "--no-config")
    rows = {line.split()[0]: line.split()[1] for line in out.splitlines()[2:]}
    assert set(rows.values()) == words
    assert rows["row-names-agree"] == ("peringatan" if lang == "id" else "warning")
    assert rows["links-unambiguous"] == "info"
    assert rows["number-well-formed"] == "error"
    _, out, _ = run("explain", "row-names-agree", "--lang", lang, "--no-config")
    expected = {"id": "tingkat: peringatan · ", "en": "severity: warning · "}
    assert out.splitlines()[1].startswith(expected[lang])


def test_rules_as_a_rich_table_on_a_terminal(tmp_path: Path) -> None:
    code, out = _pty_run(["rules", "--no-config"], tmp_path)
    assert code == 0 and "capaian-equals-realisasi-over-target" in out
    assert "-----" not in out  # not the tabulate layout
    assert "\x1b[1m" in out  # its bold header


def test_rules_stacked_on_a_narrow_terminal(tmp_path: Path) -> None:
    code, out = _pty_run(["rules", "--no-config", "--lang", "en"], tmp_path, 80)
    lines = out.replace("\r\n", "\n").splitlines()
    assert code == 0
    start = lines.index("capaian-equals-realisasi-over-target  error")
    assert lines[start + 1 : start + 3] == [
        "    Achievement equals realisation divided by target [target-realisation,",
        "    arithmetic, ratio]",
    ]
    assert max(len(line) for line in lines) <= 80


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "id",
            [
                "Apa yang diperiksa",
                "Mengapa",
                "Contoh salah (bad.txt)",
                "Contoh benar (good.md)",
                "Opsi",
                "lkjaudit melaporkan:",
                "Capaian 36,63%, seharusnya 39,21%",
            ],
        ),
        (
            "en",
            [
                "What it checks",
                "Why",
                "Bad (bad.txt)",
                "Good (good.md)",
                "Options",
                "lkjaudit reports:",
                "Achievement 36,63%; expected 39,21%",
            ],
        ),
    ],
)
def test_explain(lang: str, words: list[str]) -> None:
    code, out, _ = run(
        "explain", "capaian-equals-realisasi-over-target", "--lang", lang, "--no-config"
    )
    assert code == 0
    for word in words:
        assert word in out, word
    default = "bawaan" if lang == "id" else "default"
    assert "polarity = auto" in out and f"{default}: higher-is-better" in out
    assert "docs/rules/capaian-equals-realisasi-over-target.md" in out


def test_explain_unknown_rule_is_exit_2() -> None:
    proc = run_process("explain", "no-such-rule", "--no-config")
    assert proc.returncode == 2
    assert (
        proc.stderr.strip()
        == "lkjaudit: aturan 'no-such-rule' tidak dikenal (lihat 'lkjaudit rules')"
    )


# ------------------------------------------------------- remaining options


def test_no_color_on_a_terminal(tmp_path: Path) -> None:
    code, out = _pty_run(["check", str(SEED), "--no-config", "--no-color"], tmp_path)
    assert code == 1 and "\x1b[" not in out
    assert "capaian-equals-realisasi-over-target" in out


def test_max_size(tmp_path: Path) -> None:
    big = tmp_path / "besar.txt"
    big.write_bytes(SEED.read_bytes() + b" " * 1024 * 1024)
    code, _, err = run("check", big, "--max-size", "1", "--no-config")
    assert code == 2 and "melebihi batas 1 MB" in err
    assert run("check", big, "--max-size", "2", "--no-config")[0] == 1


@pytest.fixture
def crashing_ratio(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from lkjaudit.engine.registry import CHECKS, load_checks

    load_checks()

    def boom(*_: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setitem(
        CHECKS, "ratio", dataclasses.replace(CHECKS["ratio"], func=boom)
    )


@pytest.mark.usefixtures("crashing_ratio")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_crashing_rule_is_a_finding_unless_strict(jobs: str) -> None:
    code, out, _ = run("check", SEED, SAMPLE, "-f", "json", "-j", jobs, "--no-config")
    crashes = [
        f for f in json.loads(out)["findings"] if f["rule_id"] == "internal-error"
    ]
    assert code == 1 and crashes
    assert crashes[0]["message"].startswith("aturan ")
    assert "gagal dijalankan pada" in crashes[0]["message"]
    assert "ZeroDivisionError: boom" in crashes[0]["message"]
    code, out, _ = run("check", SEED, "-f", "json", "-j", jobs, "--lang", "en")
    (first, *_) = [
        f for f in json.loads(out)["findings"] if f["rule_id"] == "internal-error"
    ]
    assert first["message"].startswith("rule ")
    assert (
        "crashed on" in first["message"]
        and "ZeroDivisionError: boom" in first["message"]
    )
    with pytest.raises(ZeroDivisionError):
        run("check", SEED, SAMPLE, "-j", jobs, "--strict", "--no-config")


def test_unwritable_output_is_one_line_and_exit_2(tmp_path: Path) -> None:
    proc = run_process("check", SEED, "-o", tmp_path / "no" / "out.txt", "--no-config")
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith(
        "out.txt: tidak dapat menulis: berkas atau folder tidak ada"
    )
    english = run_process(
        "check", SEED, "-o", tmp_path / "no" / "out.txt", "--no-config", "--lang", "en"
    )
    assert english.returncode == 2
    assert english.stderr.strip().endswith(
        "out.txt: cannot write: No such file or directory"
    )


def test_extract_to_a_missing_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    # NOTE: it used to end in "kesalahan internal: FileNotFoundError"
    target = tmp_path / "no" / "data.yaml"
    proc = run_process("extract", SEED, "-o", target)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.strip().splitlines() == [
        f"lkjaudit: {target}: tidak dapat menulis: berkas atau folder tidak ada"
    ]
    english = run_process("extract", SEED, "-o", target, "--lang", "en")
    assert english.returncode == 2
    assert english.stderr.strip().endswith(
        "data.yaml: cannot write: No such file or directory"
    )
    assert not target.parent.exists()


def test_help_lists_the_exit_codes_unwrapped() -> None:
    code, out, _ = run("check", "--help")
    assert code == 0
    assert "\n    1  ada temuan pada tingkat --fail-on atau di atasnya\n" in out
    assert "sarif" in out and "--write-baseline" in out
    code, out, _ = run("check", "--help", "--lang", "en")
    assert code == 0
    assert "\n    1  findings at or above --fail-on\n" in out


@pytest.mark.parametrize(
    ("args", "english", "indonesian"),
    [
        (
            ("check", "x.txt", "--fail-on", "bogus"),
            "lkjaudit: Invalid value for '--fail-on': 'bogus' is not one of",
            "lkjaudit: nilai tidak valid untuk '--fail-on': 'bogus' is not one of",
        ),
        (
            ("check",),
            "lkjaudit: Missing argument 'PATHS...'. (see 'lkjaudit check --help')",
            "lkjaudit: argumen 'PATHS...' wajib diisi. (lihat 'lkjaudit check --help')",
        ),
        (
            ("nope",),
            "lkjaudit: No such command 'nope'. (see 'lkjaudit --help')",
            "lkjaudit: perintah 'nope' tidak dikenal. (lihat 'lkjaudit --help')",
        ),
        (
            ("check", "x.txt", "-j", "0"),
            "lkjaudit: Invalid value for '-j' / '--jobs'",
            "lkjaudit: nilai tidak valid untuk '-j' / '--jobs'",
        ),
    ],
    ids=["bad-choice", "missing-path", "unknown-command", "bad-range"],
)
def test_usage_errors_are_one_line_and_exit_2(
    tmp_path: Path, args: tuple[str, ...], english: str, indonesian: str
) -> None:
    for extra, message in (((), indonesian), (("--lang", "en"), english)):
        proc = run_process(*args, *extra, cwd=tmp_path)
        assert proc.returncode == 2 and proc.stdout == ""
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(message)


def test_bare_command_shows_the_help(tmp_path: Path) -> None:
    proc = run_process(cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stdout.startswith("Penggunaan: lkjaudit [OPSI] PERINTAH")


def test_rules_shows_a_rule_the_configuration_leaves_out_as_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lkjaudit.toml").write_text(
        'ignore = ["number-well-formed", "tag:prose"]\n', encoding="utf-8"
    )
    _, out, _ = run("rules")
    states = {
        line.split()[0]: line.split()[1]
        for line in out.splitlines()[1:]
        if line.strip()
    }
    assert states["number-well-formed"] == "mati"
    assert states["text-figure-matches-table"] == "mati"
    assert states["sisa-equals-anggaran-minus-realisasi"] == "error"
    # without the configuration every rule is as its pack says
    _, out, _ = run("rules", "--no-config")
    assert " mati " not in out

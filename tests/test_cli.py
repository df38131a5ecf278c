"""The command line: exit codes, output formats, languages, rule selection."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lkjaudit.cli import cli

from conftest import ROOT, cli_runner, run_process
from test_samples import PLANTED

SEED = str(ROOT / "samples" / "pasirian-tw2-2024.txt")
SAMPLE = str(ROOT / "samples" / "sukamaju-2023.md")
CLEAN = str(ROOT / "tests" / "rules" / "stated-formula-holds" / "good.md")
# the arithmetic rules of the foundation: their findings on the seed are fixed here,
# whatever other rule families add
ARITHMETIC = ("--select", "tag:arithmetic", "--select", "number-well-formed")


def run(*args: str) -> tuple[int, str, str]:
    result = cli_runner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_findings_exit_1_and_are_grouped_by_table() -> None:
    code, out, _ = run("check", SEED, *ARITHMETIC)
    assert code == 1
    assert "Tabel 3.2" in out and "316" in out
    assert "capaian-equals-realisasi-over-target" in out
    assert "seharusnya 39,21%" in out and "tertulis 36,63%" in out
    assert "5 temuan (5 error, 0 peringatan, 0 info) dalam 1 berkas" in out


def test_clean_report_exits_0() -> None:
    code, out, _ = run("check", CLEAN)
    assert code == 0
    from lkjaudit.engine.rulepack import builtin_rules

    rules = sum(r.enabled for r in builtin_rules())
    assert out == f"Tidak ada temuan dalam 1 berkas; {rules} aturan dijalankan.\n"


def test_english_messages() -> None:
    code, out, _ = run("check", SEED, "--lang", "en")
    assert code == 1
    assert "Achievement 36,63%; expected 39,21%" in out
    assert "expected 39,21%  actual 36,63%" in out


def test_json_output_follows_the_documented_schema() -> None:
    code, out, _ = run("check", SEED, "--format", "json", *ARITHMETIC)
    assert code == 1
    data = json.loads(out)
    assert data["schema_version"] == 1
    assert data["tool"]["name"] == "lkjaudit"
    assert data["valid"] is False
    first = next(
        f
        for f in data["findings"]
        if f["rule_id"] == "capaian-equals-realisasi-over-target"
    )
    assert set(first) >= {
        "rule_id",
        "severity",
        "confidence",
        "message",
        "location",
        "related",
        "expected",
        "actual",
        "fingerprint",
        "help_url",
    }
    assert set(first["location"]) >= {"source", "line", "table", "row", "column", "ref"}
    assert first["location"] | {"source": "x"} == {
        "source": "x",
        "ref": "tabel-3.2/row:2/col:capaian",
        "kind": "cell",
        "table": "Tabel 3.2",
        "row": 2,
        "column": "capaian",
        "header": "Capaian",
        "line": 316,
        "page": None,
        "label": "Meningkatnya akuntabilitas pemerintahan desa",
        "cell": None,
    }
    assert [r["ref"] for r in first["related"]] == [
        "tabel-3.2/row:2/col:realisasi",
        "tabel-3.2/row:2/col:target",
    ]
    assert data["stats"]["by_severity"] == {"error": 5, "warning": 0, "info": 0}
    assert [r["id"] for r in data["rules"]] == sorted(
        {f["rule_id"] for f in data["findings"]},
        key=[r["id"] for r in data["rules"]].index,
    )


def test_select_and_ignore() -> None:
    code, out, _ = run("check", SEED, "-f", "json", "--select", "stated-formula-holds")
    assert {f["rule_id"] for f in json.loads(out)["findings"]} == {
        "stated-formula-holds"
    }
    code, out, _ = run(
        "check",
        SEED,
        "-f",
        "json",
        *ARITHMETIC,
        "--ignore",
        "number-well-formed,stated-formula-holds",
    )
    assert {f["rule_id"] for f in json.loads(out)["findings"]} == {
        "capaian-equals-realisasi-over-target"
    }
    code, out, _ = run("check", SEED, "-f", "json", "--select", "tag:sum")
    assert code == 0  # the seed's sums all add up


def test_unknown_rule_is_a_usage_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "lkjaudit", "check", SEED, "--select", "no-such-rule"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "lkjaudit: aturan atau tag 'no-such-rule' tidak dikenal (lihat 'lkjaudit rules')"
    )


def test_fail_on_warning_and_info() -> None:
    assert run("check", CLEAN, "--fail-on", "info")[0] == 0
    assert run("check", SEED, "--fail-on", "warning")[0] == 1


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run("check", SEED, "-f", "json", "-o", str(target))
    assert code == 1 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "berkas tidak ditemukan"),
        (b"", "berkas kosong"),
        (b"\x00\x01binary", "berkas biner"),
        (b"Catatan tanpa tabel.\n", "bukan Laporan Kinerja"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    proc = subprocess.run(
        [sys.executable, "-m", "lkjaudit", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in proc.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    code, out, err = run("check", SEED, str(tmp_path / "missing.txt"))
    assert code == 2  # the exit code reflects every file
    assert "Tabel 3.2" in out
    assert "missing.txt: berkas tidak ditemukan" in err


def test_usage_errors_exit_2() -> None:
    assert run("check")[0] == 2
    assert run("check", SEED, "--format", "xml")[0] == 2


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("lkjaudit, versi ")
    code, out, _ = run("--version", "--lang", "en")
    assert code == 0 and out.startswith("lkjaudit, version ")


def test_sample_report_runs_end_to_end() -> None:
    code, out, _ = run("check", SAMPLE, "-f", "json")
    assert code == 1
    # the planted errors listed in tests/test_samples.py, no more
    assert len(json.loads(out)["findings"]) == len(PLANTED)


def test_terminal_output_on_a_real_tty() -> None:
    import os
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child runs lkjaudit with a pseudo-terminal as stdout
        os.environ.pop("NO_COLOR", None)
        os.execv(sys.executable, [sys.executable, "-m", "lkjaudit", "check", SEED])
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 1
    assert "\x1b[" in out  # coloured on a terminal
    assert "capaian-equals-realisasi-over-target" in out
    assert "Traceback" not in out


def test_the_program_leaves_with_every_status_and_all_its_output() -> None:
    # NOTE: the program skips tearing down its heap at exit (lkjaudit.cli.run); the
    # status and every byte written must survive that
    found = run_process("check", SEED, "-f", "json")
    assert found.returncode == 1
    assert len(json.loads(found.stdout)["findings"]) > 40
    clean = run_process("check", CLEAN)
    assert clean.returncode == 0 and clean.stdout.strip()
    missing = run_process("check", "no-such-report.txt")
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "no-such-report.txt" in missing.stderr
    assert run_process("--version").returncode == 0


def test_a_closed_pipe_ends_the_program_quietly() -> None:
    proc = subprocess.run(
        f"'{sys.executable}' -m lkjaudit check '{SEED}' | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert len(proc.stdout) == 10
    assert "Traceback" not in proc.stderr

"""The result cache: a check of unchanged files prints what it printed before.

Every test runs the real program in a fresh process (the cache is the program's,
never a caller's of ``cli.main``), with a cache folder of its own. A replay is told
from a check by an entry whose stored output the test rewrote: only a replay can
print it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from lkjaudit import resultcache, resultstore

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sukamaju-2023.md"
MARK = "REPLAYED FROM THE CACHE\n"
_SETTLE = 0.05


class Runner:
    def __init__(self, tmp_path: Path) -> None:
        self.cwd = tmp_path / "work"
        self.cwd.mkdir()
        self.cache = tmp_path / "cache" / "lkjaudit"
        environ = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("LKJAUDIT") and k not in resultcache._SESSION
        }
        environ.pop("NO_COLOR", None)
        self.env = dict(
            environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache")
        )

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return self.process(args, env=env)

    def process(
        self,
        args: Sequence[str],
        *,
        python: Sequence[str] = (),
        stdout: Any = subprocess.PIPE,
        stderr: Any = subprocess.PIPE,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """``python [python] -m lkjaudit args``, its streams where a test says."""
        # NOTE: a file changed just before a run is not stored (it may have changed
        # after the check read it): the files a test wrote settle first
        time.sleep(_SETTLE)
        return subprocess.run(
            [sys.executable, *python, "-m", "lkjaudit", *args],
            stdout=stdout,
            stderr=stderr,
            text=True,
            errors="surrogateescape",
            cwd=self.cwd,
            env={**self.env, **(env or {})},
            timeout=60,  # NOTE: a run waiting on a named pipe fails, not hangs
            check=False,
        )

    def entries(self) -> list[Path]:
        return sorted(self.cache.glob("result-*.json")) if self.cache.is_dir() else []

    def mark(self) -> None:
        """Rewrite every stored output, so that a replay shows."""
        for path in self.entries():
            data = json.loads(path.read_text(encoding="utf-8"))
            data["stdout"] = MARK
            path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    runner = Runner(tmp_path)
    shutil.copy(SAMPLE, runner.cwd / "laporan.md")
    return runner


def test_an_unchanged_check_is_replayed_as_it_was_printed(run: Runner) -> None:
    first = run("check", "laporan.md")
    assert first.returncode == 1
    assert len(run.entries()) == 1
    again = run("check", "laporan.md")
    assert (again.stdout, again.stderr, again.returncode) == (
        first.stdout,
        first.stderr,
        first.returncode,
    )
    run.mark()
    replayed = run("check", "laporan.md")
    assert (replayed.stdout, replayed.returncode) == (MARK, 1)


def test_notes_on_stderr_and_exit_code_zero_are_replayed(run: Runner) -> None:
    baseline = run.cwd / "baseline.json"
    assert run("check", "laporan.md", "--write-baseline", str(baseline)).returncode == 0
    assert run.entries() == []  # NOTE: a run that writes a file is never stored
    (run.cwd / "lkjaudit.toml").write_text('baseline = "baseline.json"\n', "utf-8")
    first = run("check", "laporan.md")
    assert first.returncode == 0
    data = json.loads(baseline.read_text(encoding="utf-8"))
    data["entries"].append(dict(data["entries"][0], fingerprint="0" * 16))
    baseline.write_text(json.dumps(data), encoding="utf-8")
    stale = run("check", "laporan.md")  # the baseline changed: checked again
    assert stale.returncode == 0 and "lkjaudit:" in stale.stderr
    run.mark()
    replayed = run("check", "laporan.md")
    assert (replayed.stdout, replayed.stderr, replayed.returncode) == (
        MARK,
        stale.stderr,
        0,
    )


def test_a_changed_report_is_checked_again(run: Runner) -> None:
    report = run.cwd / "laporan.md"
    first = run("check", "-f", "json", "laporan.md")
    run.mark()
    text = report.read_text(encoding="utf-8")
    stat = report.stat()
    changed = text.replace("| 21 |", "| 12 |", 1)
    assert changed != text and len(changed) == len(text)
    report.write_text(changed, encoding="utf-8")
    os.utime(report, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size and time
    again = run("check", "-f", "json", "laporan.md")
    assert again.stdout != MARK
    assert json.loads(again.stdout)["findings"] != json.loads(first.stdout)["findings"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("lkjaudit.toml", 'lang = "en"\n'),
        ("pyproject.toml", '[tool.lkjaudit]\nlang = "en"\n'),
    ],
)
def test_a_new_configuration_file_is_read(run: Runner, name: str, text: str) -> None:
    run("check", "laporan.md")
    run.mark()
    (run.cwd / name).write_text(text, encoding="utf-8")
    again = run("check", "laporan.md")
    assert again.stdout != MARK
    assert "findings" in again.stdout.splitlines()[-1]


def test_a_new_report_in_a_checked_folder_is_checked(run: Runner) -> None:
    first = run("check", ".")
    run.mark()
    shutil.copy(SAMPLE, run.cwd / "kedua.md")
    again = run("check", ".")
    assert again.stdout != MARK
    assert "2 berkas" in again.stdout.splitlines()[-1]
    assert "1 berkas" in first.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("check", "--lang", "en", "laporan.md"), {}),
        (("check", "-f", "json", "laporan.md"), {}),
        (("check", "laporan.md"), {"NO_COLOR": "1"}),
        (("check", "laporan.md"), {"COLUMNS": "60"}),
    ],
)
def test_another_command_or_environment_is_another_entry(
    run: Runner, args: tuple[str, ...], env: dict[str, str]
) -> None:
    run("check", "laporan.md")
    run.mark()
    assert run(*args, **env).stdout != MARK
    assert len(run.entries()) == 2


def test_a_new_terminal_or_login_replays_what_an_old_one_stored(run: Runner) -> None:
    session = {"TMUX_PANE": "%1", "SSH_CONNECTION": "10.0.0.2 50122 10.0.0.1 22"}
    run("check", "laporan.md", **session, OLDPWD="/tmp", SHLVL="2")
    run.mark()
    other = {"TMUX_PANE": "%7", "SSH_CONNECTION": "10.0.0.2 50190 10.0.0.1 22"}
    assert run("check", "laporan.md", **other, OLDPWD="/", SHLVL="3").stdout == MARK
    # NOTE: whether such a variable is set still names the entry
    assert run("check", "laporan.md", TMUX_PANE="%7").stdout != MARK
    assert len(run.entries()) == 2


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("check", "--no-cache", "laporan.md"), {}),
        (("check", "laporan.md"), {"LKJAUDIT_NO_CACHE": "1"}),
    ],
)
def test_the_cache_can_be_turned_off(
    run: Runner, args: tuple[str, ...], env: dict[str, str]
) -> None:
    run("check", "laporan.md")
    run.mark()
    assert run(*args, **env).stdout != MARK
    run.entries()[0].unlink()
    assert run(*args, **env).returncode == 1
    assert run.entries() == []  # nothing stored either


@pytest.mark.parametrize(
    "args",
    [
        ("check", "laporan.md", "-o", "temuan.txt"),
        ("check", "hilang.md"),  # exit 2: not stored
        ("check", "laporan.md", "--select", "no-such-rule"),
        ("rules",),
        ("check", "--help"),
    ],
)
def test_runs_that_write_fail_or_do_not_check_are_not_stored(
    run: Runner, args: tuple[str, ...]
) -> None:
    run(*args)
    assert run.entries() == []


def test_an_unreadable_or_corrupt_entry_is_a_miss(run: Runner) -> None:
    first = run("check", "laporan.md")
    (entry,) = run.entries()
    entry.write_text("{not json", encoding="utf-8")
    again = run("check", "laporan.md")
    assert (again.stdout, again.returncode) == (first.stdout, 1)
    assert json.loads(entry.read_text(encoding="utf-8"))["stdout"] == first.stdout


def test_a_report_that_is_gone_is_an_error_not_a_replay(run: Runner) -> None:
    run("check", "laporan.md")
    (run.cwd / "laporan.md").unlink()
    gone = run("check", "laporan.md")
    assert gone.returncode == 2 and gone.stdout == ""


def test_the_input_is_never_modified(run: Runner) -> None:
    before = (run.cwd / "laporan.md").read_bytes()
    run("check", "laporan.md")
    run("check", "laporan.md")
    assert (run.cwd / "laporan.md").read_bytes() == before
    assert sorted(p.name for p in run.cwd.iterdir()) == ["laporan.md"]


# -- the parts, in this process ------------------------------------------------


def _recording(tmp_path: Path) -> resultcache.Recording:
    folder = tmp_path / "cache"
    folder.mkdir(exist_ok=True)
    return resultcache.Recording("x" * 32, folder)


def test_a_file_opened_for_writing_outside_the_cache_stops_the_entry(
    tmp_path: Path,
) -> None:
    recording = _recording(tmp_path)
    recording.see("open", (str(recording.folder / "result-y.json"), "w", 0))
    assert not recording.wrote
    recording.see("open", (str(tmp_path / "out.txt"), None, os.O_WRONLY | os.O_CREAT))
    assert recording.wrote


def test_reads_and_listings_are_recorded_but_not_descriptors(tmp_path: Path) -> None:
    recording = _recording(tmp_path)
    report = tmp_path / "laporan.txt"
    report.write_text("x", encoding="utf-8")
    recording.see("open", (str(report), "r", os.O_RDONLY))
    recording.see("open", (3, "r", os.O_RDONLY))
    recording.see("os.scandir", (os.fsencode(tmp_path),))
    recording.see("os.listdir", (None,))
    assert recording.read == {str(report)}
    assert recording.listed == {str(tmp_path), os.getcwd()}


def _entry(tmp_path: Path) -> dict[str, object]:
    report = tmp_path / "laporan.txt"
    report.write_text("isi", encoding="utf-8")
    module = tmp_path / "modul.py"
    module.write_text("x = 1\n", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "dangling").symlink_to(tmp_path / "nowhere")
    (tmp_path / "alias.txt").symlink_to(report)
    info = module.stat()
    return {
        "files": [[str(report), resultstore.digest(str(report))]],
        "folders": [[str(folder), resultstore.listing(str(folder))]],
        "absent": [str(tmp_path / "lkjaudit.toml")],
        "resolved": [[str(tmp_path / "alias.txt"), str(report)]],
        "code": [[str(module), info.st_size, info.st_mtime_ns]],
    }


@pytest.mark.parametrize(
    "change",
    [
        lambda t: (t / "laporan.txt").write_text("isi lain", encoding="utf-8"),
        lambda t: (t / "laporan.txt").unlink(),
        lambda t: (t / "folder" / "baru.txt").write_text("", encoding="utf-8"),
        lambda t: (t / "lkjaudit.toml").write_text("", encoding="utf-8"),
        lambda t: (t / "modul.py").write_text("x = 22\n", encoding="utf-8"),
        lambda t: ((t / "alias.txt").unlink(), (t / "alias.txt").symlink_to(t)),
        lambda t: (t / "nowhere").write_text("", encoding="utf-8"),
    ],
    ids=[
        "file-content",
        "file-gone",
        "folder-entry",
        "looked-for",
        "code",
        "link-retargeted",
        "link-target-appears",
    ],
)
def test_an_entry_holds_until_one_thing_it_depends_on_changes(
    tmp_path: Path, change: object
) -> None:
    entry = _entry(tmp_path)
    assert resultstore.holds(entry)
    change(tmp_path)  # type: ignore[operator]
    assert not resultstore.holds(entry)


def test_the_least_recently_used_entries_are_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resultstore, "KEEP", 2)
    for age, name in enumerate(["result-a.json", "result-b.json", "result-c.json"]):
        path = tmp_path / name
        path.write_text("{}", encoding="utf-8")
        os.utime(path, ns=(age * 10**9, age * 10**9))
    (tmp_path / "rulepacks-x.json").write_text("{}", encoding="utf-8")
    resultstore.prune(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "result-b.json",
        "result-c.json",
        "rulepacks-x.json",
    ]
    monkeypatch.setattr(resultstore, "KEEP_BYTES", 3)  # room for one {} only
    resultstore.prune(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "result-c.json",
        "rulepacks-x.json",
    ]


@pytest.mark.parametrize(
    ("argv", "recorded"),
    [
        (["check", "a.txt"], True),
        (["--lang", "en", "check", "a.txt"], True),
        (["check", "--no-cache", "a.txt"], False),
        (["check", "--", "--no-cache"], True),  # a file named so
        (["rules"], False),
        (["explain", "check"], False),  # the rule named check
        (["--lang", "check", "check", "a.txt"], True),  # NOTE: a bad --lang, still
    ],
)
def test_which_commands_are_recorded(
    argv: list[str], recorded: bool, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("LKJAUDIT_NO_CACHE", raising=False)
    assert (resultcache.begin(argv) is not None) is recorded


def test_output_to_a_file_is_not_the_replay_of_output_to_a_pipe(run: Runner) -> None:
    piped = run("check", "laporan.md")
    assert not piped.stdout.startswith("lkjaudit-output")
    saved = run.cwd.parent / "hasil.txt"
    with saved.open("w", encoding="utf-8") as out:
        assert run.process(["check", "laporan.md"], stdout=out).returncode == 1
    text = saved.read_text(encoding="utf-8")
    assert (
        text
        == "lkjaudit-output: dibuat oleh lkjaudit; lkjaudit check melewati berkas ini\n"
        + piped.stdout
    )
    assert len(run.entries()) == 2


def test_a_dangling_link_in_a_folder_is_checked_once_its_target_appears(
    run: Runner,
) -> None:
    folder = run.cwd / "laporan"
    folder.mkdir()
    (run.cwd / "laporan.md").rename(folder / "laporan.md")
    (folder / "zz.md").symlink_to(run.cwd.parent / "kelak.md")  # NOTE: elsewhere
    first = run("check", "laporan")
    assert "1 berkas" in first.stdout.splitlines()[-1]
    run.mark()
    shutil.copy(SAMPLE, run.cwd.parent / "kelak.md")  # the folder's names unchanged
    again = run("check", "laporan")
    assert again.stdout != MARK
    assert "2 berkas" in again.stdout.splitlines()[-1]


def test_a_link_named_with_its_target_is_checked_again_once_retargeted(
    run: Runner,
) -> None:
    (run.cwd / "b.md").symlink_to("laporan.md")
    first = run("check", "-f", "json", "laporan.md", "b.md")
    assert json.loads(first.stdout)["sources"] == ["laporan.md"]  # the same file
    run.mark()
    shutil.copy(SAMPLE, run.cwd / "lain.md")
    (run.cwd / "b.md").unlink()
    (run.cwd / "b.md").symlink_to("lain.md")
    (run.cwd / "lain.md").unlink()  # NOTE: the folder's entries as before: b.md a
    shutil.copy(SAMPLE, run.cwd.parent / "lain.md")  # link, laporan.md a file
    (run.cwd / "b.md").unlink()
    (run.cwd / "b.md").symlink_to(run.cwd.parent / "lain.md")
    again = run("check", "-f", "json", "laporan.md", "b.md")
    assert again.stdout != MARK
    assert json.loads(again.stdout)["sources"] == ["laporan.md", "b.md"]


@pytest.mark.parametrize("name", ["cfg.py", "cfg.so"])
def test_a_configuration_named_like_code_is_read_by_content(
    run: Runner, name: str
) -> None:
    config = run.cwd / name
    config.write_text('lang = "en"\n', encoding="utf-8")
    first = run("check", "--config", name, "laporan.md")
    assert "findings" in first.stdout.splitlines()[-1]
    run.mark()
    config.write_text('lang = "id"\n', encoding="utf-8")
    again = run("check", "--config", name, "laporan.md")
    assert "temuan" in again.stdout.splitlines()[-1]


def test_a_named_pipe_where_the_report_was_is_refused_not_waited_on(
    run: Runner,
) -> None:
    run("check", "laporan.md")
    (run.cwd / "laporan.md").unlink()
    os.mkfifo(run.cwd / "laporan.md")
    proc = run("check", "laporan.md")
    assert proc.returncode == 2 and proc.stdout == ""
    assert "laporan.md" in proc.stderr


def test_a_file_name_that_is_no_utf8_is_stored_and_replayed(run: Runner) -> None:
    odd = os.fsdecode(b"lap\xff.md")
    (run.cwd / "laporan.md").rename(run.cwd / odd)
    first = run("check", ".")
    assert first.returncode == 1 and "Traceback" not in first.stderr
    assert len(run.entries()) == 1
    assert not list(run.cache.glob(".result-*"))  # no temporary file left behind
    run.mark()
    assert run("check", ".").stdout == MARK


@pytest.mark.parametrize(
    "entry",
    [
        [],
        "x",
        {"format": 1},
        "status-300",
        "status-2",
        "notes-text",
        "stdout-null",
        "file-descriptor",
    ],
)
def test_a_malformed_entry_is_a_miss(run: Runner, entry: object) -> None:
    first = run("check", "laporan.md")
    (path,) = run.entries()
    data = json.loads(path.read_text(encoding="utf-8"))
    changes: dict[str, object] = {
        "status-300": {"status": 300},
        "status-2": {"status": 2},
        "notes-text": {"notes": "ab"},
        "stdout-null": {"stdout": None},
        "file-descriptor": {"files": [[1, "x"]]},
    }
    if isinstance(entry, str) and entry in changes:
        entry = {**data, "stdout": MARK, **changes[entry]}  # type: ignore[dict-item]
    path.write_text(json.dumps(entry), encoding="utf-8")
    again = run("check", "laporan.md")
    assert (again.stdout, again.stderr, again.returncode) == (
        first.stdout,
        first.stderr,
        1,
    )


def test_several_reports_to_a_pipe_are_stored(run: Runner) -> None:
    shutil.copy(SAMPLE, run.cwd / "kedua.md")
    run("check", "laporan.md", "kedua.md")
    assert len(run.entries()) == 1
    run.mark()
    assert run("check", "laporan.md", "kedua.md").stdout == MARK


def test_a_new_file_in_the_working_folder_only_matters_when_checked(
    run: Runner,
) -> None:
    run("check", "laporan.md")
    run.mark()
    (run.cwd / "catatan.txt").write_text("bukan laporan", encoding="utf-8")
    assert run("check", "laporan.md").stdout == MARK


def test_a_file_changed_while_the_check_ran_is_not_stored(tmp_path: Path) -> None:
    recording = _recording(tmp_path)
    report = tmp_path / "laporan.txt"
    report.write_text("isi", encoding="utf-8")
    recording.started = time.time_ns() - 10 * 10**9  # the run started 10 s ago
    recording.see("open", (str(report), "r", os.O_RDONLY))
    recording.output = resultstore.Entry("keluaran\n", [], 1)
    recording.store(1)
    assert list(recording.folder.iterdir()) == []
    time.sleep(_SETTLE)
    recording.started = time.time_ns()  # NOTE: now the file is older than the run
    recording.store(1)
    assert [p.name for p in recording.folder.iterdir()] == [recording.path.name]


def test_output_redirected_elsewhere_is_another_entry(run: Runner) -> None:
    # `check . > hasil.txt` skips hasil.txt (its own output) without reading it;
    # redirected elsewhere, the same command must read hasil.txt as a report
    def redirected(target: Path) -> int:
        with target.open("w", encoding="utf-8") as out:
            return run.process(["check", "."], stdout=out).returncode

    assert redirected(run.cwd / "hasil.txt") == 1
    (run.cwd / "hasil.txt").write_text("bukan laporan\n", encoding="utf-8")
    assert redirected(run.cwd.parent / "lain.txt") == 2  # hasil.txt: not an LKj
    assert len(run.entries()) == 1


# -- from the second review ----------------------------------------------------


def test_interpreter_options_are_part_of_the_name(run: Runner) -> None:
    run("check", "laporan.md")
    run.mark()
    proc = run.process(["check", "laporan.md"], python=["-W", "ignore"])
    assert proc.returncode == 1 and proc.stdout != MARK


def test_a_run_that_wrote_more_than_its_notes_on_stderr_is_not_stored(
    tmp_path: Path,
) -> None:
    recording = _recording(tmp_path)
    recording.started = time.time_ns()
    recording.output = resultstore.Entry("keluaran\n", ["lkjaudit: catatan"], 1)
    recording.stderr[:] = ["UserWarning: extension dropped\n", "lkjaudit: catatan\n"]
    recording.store(1)
    assert list(recording.folder.iterdir()) == []
    recording.stderr[:] = ["lkjaudit: catatan", "\n"]
    recording.store(1)
    assert [p.name for p in recording.folder.iterdir()] == [recording.path.name]


def _settled(tmp_path: Path) -> resultcache.Recording:
    """A recording whose run starts now, after the files a test wrote."""
    time.sleep(_SETTLE)
    recording = _recording(tmp_path)
    time.sleep(_SETTLE)
    recording.started = time.time_ns()
    return recording


def test_a_file_read_and_deleted_during_the_run_is_not_stored(tmp_path: Path) -> None:
    folder = tmp_path / "laporan"
    folder.mkdir()
    report = folder / "a.md"
    report.write_text("isi", encoding="utf-8")
    recording = _settled(tmp_path)
    recording.see("open", (str(report), "r", os.O_RDONLY))
    report.unlink()  # NOTE: during the run: the folder changes now
    recording.output = resultstore.Entry("keluaran\n", [], 1)
    recording.store(1)
    assert list(recording.folder.iterdir()) == []


def test_a_file_missing_before_the_run_is_a_dependency_on_its_absence(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "opsional.yaml"
    recording = _settled(tmp_path)
    recording.see("open", (str(missing), "r", os.O_RDONLY))
    recording.output = resultstore.Entry("keluaran\n", [], 1)
    recording.store(1)
    data = json.loads(recording.path.read_text(encoding="utf-8"))
    assert str(missing) in data["absent"]


def test_links_changed_during_the_run_make_it_racy(tmp_path: Path) -> None:
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text('lang = "en"\n', encoding="utf-8")
    b.write_text('lang = "id"\n', encoding="utf-8")
    current = tmp_path / "current.toml"
    current.symlink_to(a)
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "zz.md").symlink_to(tmp_path / "kelak.md")
    recording = _settled(tmp_path)
    assert not recording._racy(str(current))
    assert not recording._racy(str(folder))
    current.unlink()
    current.symlink_to(b)  # the link put elsewhere; its targets are old files
    assert recording._racy(str(current))
    (tmp_path / "kelak.md").write_text("", encoding="utf-8")  # a dangling link's
    assert recording._racy(str(folder))  # target appears; the folder's names do not


def test_a_module_named_like_one_lkjaudit_imports_is_not_taken_from_the_folder(
    run: Runner,
) -> None:
    # `python -m` puts the working folder first on sys.path
    (run.cwd / "csv.py").write_text("raise ImportError('bukan csv')\n", "utf-8")
    proc = run("check", "--no-cache", "laporan.md")
    assert (proc.returncode, proc.stderr) == (1, "")


@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_an_entry_that_is_no_regular_file_is_a_miss(run: Runner, kind: str) -> None:
    first = run("check", "laporan.md")
    (entry,) = run.entries()
    data = entry.read_text(encoding="utf-8")
    entry.unlink()
    if kind == "fifo":
        os.mkfifo(entry)
    else:
        target = run.cache / "elsewhere.json"
        target.write_text(data.replace(json.dumps(first.stdout), json.dumps(MARK)))
        entry.symlink_to(target)
    proc = run("check", "laporan.md")
    assert (proc.stdout, proc.returncode) == (first.stdout, 1)


# -- from the third review -----------------------------------------------------


def test_a_folder_through_a_link_and_dotdot_is_the_one_the_system_reads(
    run: Runner,
) -> None:
    real = run.cwd / "real"
    (real / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, real / "y.md")
    (run.cwd / "link").symlink_to(real / "sub")
    # `link/..` is real/, not the working folder: its report is y.md
    first = run("check", "-f", "json", "link/..")
    assert json.loads(first.stdout)["sources"] == [os.path.join("link", "..", "y.md")]
    run.mark()
    (real / "y.md").unlink()
    shutil.copy(SAMPLE, real / "z.md")
    again = run("check", "-f", "json", "link/..")
    assert again.stdout != MARK
    assert json.loads(again.stdout)["sources"] == [os.path.join("link", "..", "z.md")]


def test_a_deleted_working_folder_is_no_traceback(run: Runner) -> None:
    gone = run.cwd / "hilang"
    gone.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", _FROM_A_DELETED_FOLDER, str(gone)],
        capture_output=True,
        text=True,
        env=run.env,
        check=False,
    )
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.startswith("lkjaudit, ")


_FROM_A_DELETED_FOLDER = """
import os, runpy, sys
os.chdir(sys.argv[1])
os.rmdir(sys.argv[1])
sys.argv = ["lkjaudit", "--version"]
sys.path.insert(0, "")
runpy.run_module("lkjaudit", run_name="__main__")
"""


def test_a_replay_into_a_closed_pipe_ends_as_a_check_does(run: Runner) -> None:
    run("check", "laporan.md")
    run.mark()
    reader, writer = os.pipe()
    os.close(reader)  # NOTE: nobody reads: the first write fails
    try:
        proc = run.process(["check", "laporan.md"], stdout=writer)
    finally:
        os.close(writer)
    assert (proc.returncode, proc.stderr) == (1, "")
    # NOTE: a full check would have stored its own output over the marked one
    (entry,) = run.entries()
    assert json.loads(entry.read_text(encoding="utf-8"))["stdout"] == MARK


def test_a_folder_check_with_a_progress_bar_is_stored(run: Runner) -> None:
    import pty

    for n in range(4):  # NOTE: the bar shows from four files on
        shutil.copy(SAMPLE, run.cwd / f"laporan-{n}.md")
    parent, child = pty.openpty()

    def on_a_terminal() -> subprocess.CompletedProcess[str]:
        return run.process(["check", "-j", "2", "."], stderr=child)

    try:
        first = on_a_terminal()
        assert first.returncode == 1
        assert len(run.entries()) == 1
        run.mark()
        assert on_a_terminal().stdout == MARK
    finally:
        os.close(child)
        os.close(parent)


@pytest.mark.parametrize("before", [None, 0o755])
def test_the_cache_is_the_user_s_alone(run: Runner, before: int | None) -> None:
    if before is not None:  # a folder an older lkjaudit made
        run.cache.mkdir(parents=True, mode=before)
        run.cache.chmod(before)
    run("check", "laporan.md")
    (entry,) = run.entries()
    assert entry.stat().st_mode & 0o777 == 0o600
    assert run.cache.stat().st_mode & 0o777 == 0o700


def test_no_cache_is_for_its_own_command_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lkjaudit import usercache

    from conftest import run_main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("LKJAUDIT_NO_CACHE", raising=False)
    code, _, _ = run_main("check", "--no-cache", SAMPLE)
    assert code == 1
    assert usercache.cache_dir() == tmp_path / "lkjaudit"

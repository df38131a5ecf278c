"""lkjaudit never modifies what it reads, and never reads what it wrote.

``--output`` and ``--write-baseline`` refuse a file the check reads (named, or a
report in a checked folder); a review lkjaudit wrote carries its output mark and
is skipped by folder discovery, so writing it again is allowed; a report-data file
holding no LKj is refused as a text file holding none is.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from conftest import ROOT, run_main, run_process

SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"
SAMPLE = ROOT / "samples" / "sukamaju-2023.md"
REFUSED_ID = "menolak menimpa laporan yang sedang diperiksa"
REFUSED_EN = "refusing to overwrite a report being checked"
NOT_LKJ_ID = (
    "bukan Laporan Kinerja (LKj): tidak ada tabel kinerja atau anggaran, dan "
    "teksnya tidak cukup memuat istilah LKj (Laporan Kinerja, Perjanjian Kinerja, "
    "capaian kinerja, realisasi anggaran)"
)
NOT_LKJ_EN = (
    "not an LKj report: no performance or budget tables, and too few LKj terms in "
    "the text (Laporan Kinerja, Perjanjian Kinerja, capaian kinerja, realisasi "
    "anggaran)"
)


def _tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` and a digest of its bytes."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def laporan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of two reports (one in a subfolder) and a report-data file."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "laporan"
    (folder / "2024").mkdir(parents=True)
    (folder / "sukamaju-2023.md").write_bytes(SAMPLE.read_bytes())
    (folder / "2024" / "pasirian.txt").write_bytes(SEED.read_bytes())
    code, _, err = run_main("extract", SEED, "-o", folder / "data.yaml")
    assert code == 0, err
    return tmp_path


# --------------------------------------------------------- never overwrite a report


@pytest.mark.parametrize(
    "options",
    [
        ["-o", "laporan/sukamaju-2023.md"],
        ["--write-baseline", "laporan/2024/pasirian.txt"],
        ["-f", "json", "-o", "laporan/2024/pasirian.txt"],
        ["-f", "markdown", "-o", "laporan/sukamaju-2023.md"],
        ["-f", "sarif", "-o", "laporan/data.yaml"],
    ],
    ids=["output", "write-baseline", "json-output", "markdown-output", "data-file"],
)
def test_an_output_over_a_report_in_a_checked_folder_is_refused(
    options: list[str], laporan: Path
) -> None:
    before = _tree(laporan)
    target = options[-1]
    code, out, err = run_main("check", "laporan/", *options, "--no-config")
    assert (code, out) == (2, "")
    assert err == f"lkjaudit: {target}: {REFUSED_ID}\n"
    code, out, err = run_main("check", "laporan", *options, "--lang", "en")
    assert (code, out, err) == (2, "", f"lkjaudit: {target}: {REFUSED_EN}\n")
    assert _tree(laporan) == before  # nothing written, nothing changed


def test_an_output_over_a_report_named_on_the_command_line_is_refused(
    laporan: Path,
) -> None:
    before = _tree(laporan)
    target = "laporan/data.yaml"
    code, out, err = run_main("check", target, "-f", "sarif", "-o", target)
    assert (code, out, err) == (2, "", f"lkjaudit: {target}: {REFUSED_ID}\n")
    assert _tree(laporan) == before


def test_files_the_check_does_not_read_may_be_written(laporan: Path) -> None:
    # a new file, JSON that is not report data, a file --exclude leaves out, and a
    # file outside the checked folder are not inputs: they are written
    (laporan / "laporan" / "package.json").write_text('{"name": "x"}\n', "utf-8")
    (laporan / "laporan" / "draft.md").write_text("# Draf\n", encoding="utf-8")
    (laporan / "hasil.txt").write_text("lama\n", encoding="utf-8")
    for options in (
        ["-f", "json", "-o", "laporan/hasil.json"],
        ["-f", "json", "-o", "laporan/package.json"],
        ["-o", "laporan/draft.md"],
        ["-o", "hasil.txt"],
    ):
        code, out, err = run_main(
            "check", "laporan", "--exclude", "draft.md", *options, "--no-config"
        )
        assert (code, out, err) == (1, "", ""), options
        written = (laporan / options[-1]).read_text(encoding="utf-8")
        assert "Tabel" in written or '"findings"' in written


# ------------------------------------------------------ lkjaudit's own outputs


@pytest.mark.parametrize(
    ("fmt", "mark"),
    [
        (
            "markdown",
            "<!-- lkjaudit-output: dibuat oleh lkjaudit; lkjaudit check melewati "
            "berkas ini -->",
        ),
        (
            "terminal",
            "lkjaudit-output: dibuat oleh lkjaudit; lkjaudit check melewati berkas ini",
        ),
    ],
)
def test_a_review_saved_among_the_reports_is_skipped_and_may_be_rewritten(
    fmt: str, mark: str, laporan: Path
) -> None:
    review = laporan / "laporan" / "reviu.md"
    for _ in range(2):  # the second run overwrites the first one's review
        code, out, err = run_main(
            "check", "laporan/", "-f", fmt, "-o", review, "--no-config"
        )
        assert (code, out, err) == (1, "", "")
        assert review.read_text(encoding="utf-8").splitlines()[0] == mark
    code, out, _ = run_main("check", "laporan/", "-f", "json", "--no-config")
    assert code == 1
    assert json.loads(out)["sources"] == [
        "laporan/data.yaml",
        "laporan/sukamaju-2023.md",
        "laporan/2024/pasirian.txt",
    ]


def test_the_mark_is_in_english_under_lang_en_and_absent_on_the_terminal(
    laporan: Path,
) -> None:
    code, out, _ = run_main("check", SEED, "-f", "markdown", "--lang", "en")
    assert code == 1
    assert out.splitlines()[0] == (
        "<!-- lkjaudit-output: written by lkjaudit; lkjaudit check skips this file -->"
    )
    code, out, _ = run_main("check", SEED, "--no-config")
    assert code == 1 and "lkjaudit-output" not in out


# ------------------------------------------------- report data holding no LKj


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("kosong.yaml", "lkjaudit-report: 1\n"),
        ("kosong.json", '{"lkjaudit-report": 1}\n'),
        (
            "catatan.yaml",
            "lkjaudit-report: 1\nparagraphs:\n- text: Catatan rapat koordinasi.\n"
            "- text: Rapat membahas jadwal kegiatan bulan depan.\n",
        ),
    ],
)
def test_report_data_that_holds_no_lkj_is_not_an_lkj(
    name: str, text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(text, encoding="utf-8")
    code, out, err = run_main("check", name, "--no-config")
    assert (code, out, err) == (2, "", f"lkjaudit: {name}: {NOT_LKJ_ID}\n")
    code, out, err = run_main("check", name, "-f", "json", "--lang", "en")
    assert code == 2 and err == f"lkjaudit: {name}: {NOT_LKJ_EN}\n"
    result = json.loads(out)
    assert result["valid"] is False and result["stats"]["files"] == 0


def test_a_non_lkj_text_extracted_is_refused_as_the_text_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("catatan.txt").write_text(
        "Catatan rapat koordinasi.\n\nRapat membahas jadwal kegiatan.\n", "utf-8"
    )
    code, out, err = run_main("extract", "catatan.txt", "-o", "catatan.yaml")
    assert (code, out, err) == (2, "", f"lkjaudit: catatan.txt: {NOT_LKJ_ID}\n")
    assert not Path("catatan.yaml").exists()  # nothing written
    code, out, err = run_main("check", "catatan.txt", "--no-config")
    assert (code, out, err) == (2, "", f"lkjaudit: catatan.txt: {NOT_LKJ_ID}\n")


def test_report_data_written_by_hand_of_no_lkj_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("catatan.yaml").write_text(
        "lkjaudit-report: 1\nparagraphs:\n  - text: Catatan rapat koordinasi.\n",
        "utf-8",
    )
    code, out, err = run_main("extract", "catatan.yaml", "-f", "json")
    assert (code, out, err) == (2, "", f"lkjaudit: catatan.yaml: {NOT_LKJ_ID}\n")


def test_report_data_of_an_lkj_is_checked_as_its_report_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main("extract", SEED, "-o", "data.json")[0] == 0
    direct = json.loads(run_main("check", SEED, "-f", "json", "--no-config")[1])
    code, out, err = run_main("check", "data.json", "-f", "json", "--no-config")
    assert (code, err) == (1, "")
    data = json.loads(out)
    assert data["stats"]["tables"] == direct["stats"]["tables"] > 0

    def found(result: dict) -> list[tuple[str, str | None, str | None]]:
        return sorted(
            (f["rule_id"], f.get("expected"), f.get("actual"))
            for f in result["findings"]
        )

    assert found(data) == found(direct)


# ------------------------------------------------------------ paths and words


def test_a_missing_folder_is_called_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_main("check", "nope/") == (
        2,
        "",
        "lkjaudit: nope/: folder tidak ditemukan\n",
    )
    code, _, err = run_main("check", "nope/", "--lang", "en")
    assert (code, err) == (2, "lkjaudit: nope/: folder not found\n")
    # without the separator it may have been meant as a file
    assert run_main("check", "nope")[2] == "lkjaudit: nope: berkas tidak ditemukan\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_waited_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("lkj.txt")
    proc = run_process("check", "lkj.txt", "--no-config", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == (
        "lkjaudit: lkj.txt: bukan berkas biasa (pipa, soket, atau perangkat): "
        "lkjaudit hanya membaca berkas laporan\n"
    )
    # in a folder, a pipe named like a report or report data is no report
    Path("laporan").mkdir()
    os.mkfifo("laporan/a.txt")
    os.mkfifo("laporan/b.json")
    Path("laporan/c.md").write_bytes(SAMPLE.read_bytes())
    proc = run_process("check", "laporan", "-f", "json", "--no-config", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["sources"] == ["laporan/c.md"]


def test_the_baseline_count_reads_as_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("lkj.txt").write_bytes(SEED.read_bytes())
    found = len(json.loads(run_main("check", "lkj.txt", "-f", "json")[1])["findings"])
    assert found > 1
    assert run_main("check", "lkj.txt", "--write-baseline", "b.json")[0] == 0
    code, out, _ = run_main("check", "lkj.txt", "--baseline", "b.json", "--lang", "en")
    assert code == 0
    assert out.rstrip().endswith(f"run. {found} more findings hidden by the baseline.")
    code, out, _ = run_main("check", "lkj.txt", "--baseline", "b.json")
    assert out.rstrip().endswith(
        f"dijalankan. {found} temuan lain disembunyikan oleh baseline."
    )
    # one finding: singular
    data = json.loads(Path("b.json").read_text(encoding="utf-8"))
    data["entries"] = data["entries"][:1]
    data["entries"][0]["count"] = 1
    Path("b.json").write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run_main("check", "lkj.txt", "--baseline", "b.json", "--lang", "en")
    assert code == 1
    assert out.rstrip().endswith(". 1 more finding hidden by the baseline."), out


# ------------------------------------------------ output redirected into the folder


def _redirected(cwd: Path, target: Path, *args: str) -> int:
    """``python -m lkjaudit check … > target``, as a shell runs it."""
    import subprocess
    import sys

    with target.open("w", encoding="utf-8") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "lkjaudit", "check", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            cwd=cwd,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT), "LKJAUDIT_NO_CACHE": "1"},
        )
    assert proc.stderr == "", proc.stderr
    return proc.returncode


@pytest.mark.parametrize("name", ["hasil.txt", "2024/hasil.md"])
def test_output_redirected_into_the_checked_folder_is_no_report(
    laporan: Path, name: str
) -> None:
    target = laporan / "laporan" / name
    # NOTE: the shell creates the file (empty) before lkjaudit starts
    assert _redirected(laporan, target, "laporan") == 1
    text = target.read_text(encoding="utf-8")
    assert text.startswith("lkjaudit-output: dibuat oleh lkjaudit; ")
    piped = run_process("check", "laporan", cwd=laporan)  # NOTE: before, to a pipe
    summary = piped.stdout.splitlines()[-1]
    assert "dalam 3 berkas" in summary
    assert text.splitlines()[-1] == summary
    # and the next check of the folder skips the saved review, by its mark
    code, out, err = run_main("check", "laporan")
    assert (code, err) == (1, "")
    assert out.splitlines()[-1] == summary


def test_output_piped_or_in_json_carries_no_mark(laporan: Path) -> None:
    piped = run_process("check", "laporan/sukamaju-2023.md", cwd=laporan)
    assert not piped.stdout.startswith("lkjaudit-output")
    target = laporan / "temuan.json"
    assert _redirected(laporan, target, "-f", "json", "laporan") == 1
    assert json.loads(target.read_text(encoding="utf-8"))["findings"]

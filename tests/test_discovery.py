"""Which files `lkjaudit check FOLDER` picks up."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkjaudit.batch import discover


def _touch(path: Path, text: str = "x") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_reports_of_every_format_and_only_report_data(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.docx", "d.pdf", "e.xlsx", "sub/f.xlsm"):
        _touch(tmp_path / name)
    _touch(tmp_path / "data.yaml", "# kept by hand\nlkjaudit-report: 1\ntables: []\n")
    _touch(tmp_path / "data.json", '{"lkjaudit-report": 1, "tables": []}')
    _touch(tmp_path / "mkdocs.yml", "site_name: x\n")  # other YAML is not a report
    _touch(tmp_path / "package.json", '{"name": "x"}')
    _touch(tmp_path / "~$c.docx")  # Word's lock file beside an open document
    _touch(tmp_path / "notes.csv")
    files, errors = discover([str(tmp_path)])
    assert errors == []
    assert sorted(Path(f).relative_to(tmp_path).as_posix() for f in files) == [
        "a.txt",
        "b.md",
        "c.docx",
        "d.pdf",
        "data.json",
        "data.yaml",
        "e.xlsx",
        "sub/f.xlsm",
    ]


def test_a_file_named_on_the_command_line_is_always_taken(tmp_path: Path) -> None:
    _touch(tmp_path / "mkdocs.yml", "site_name: x\n")
    files, errors = discover([str(tmp_path / "mkdocs.yml")])
    assert files == [str(tmp_path / "mkdocs.yml")] and errors == []


def test_a_file_met_twice_is_checked_once_under_its_first_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _touch(tmp_path / "laporan" / "a.txt")
    _touch(tmp_path / "laporan" / "b.txt")
    monkeypatch.chdir(tmp_path)
    files, errors = discover(["laporan/b.txt", "laporan", "./laporan/b.txt"])
    assert errors == []
    assert files == ["laporan/b.txt", str(Path("laporan") / "a.txt")]
    # two files that are not the same file stay two
    files, _ = discover(["laporan/a.txt", "laporan/b.txt", "laporan/a.txt"])
    assert files == ["laporan/a.txt", "laporan/b.txt"]


def test_lkjaudit_outputs_in_a_folder_are_skipped(tmp_path: Path) -> None:
    mark = "lkjaudit-output: dibuat oleh lkjaudit"
    _touch(tmp_path / "reviu.md", f"<!-- {mark} -->\n\n# Hasil reviu lkjaudit\n")
    _touch(tmp_path / "hasil.txt", f"{mark}\nlaporan/a.txt\n")
    _touch(tmp_path / "bom.markdown", f"\ufeff\n<!--{mark}-->\n")
    # the mark's words anywhere but at the start do not make a file an output
    _touch(tmp_path / "a.txt", f"LAPORAN KINERJA\n{mark}\n")
    _touch(tmp_path / "b.md", f"<!-- catatan -->\n<!-- {mark} -->\n")
    _touch(tmp_path / "c.md", f"# lkjaudit-output: {mark}\n")
    files, errors = discover([str(tmp_path)])
    assert errors == []
    assert [Path(f).name for f in files] == ["a.txt", "b.md", "c.md"]
    # a file named on the command line is checked, its mark notwithstanding
    named = str(tmp_path / "reviu.md")
    assert discover([named]) == ([named], [])


@pytest.mark.parametrize(
    ("walked", "named"),
    [
        ("../probes/./x.docx", "../probes/x.docx"),
        ("..//probes/x.docx", "../probes/x.docx"),
        ("./../probes/x.docx", "../probes/x.docx"),
        ("./laporan/a.txt", "laporan/a.txt"),
        ("link/../y.md", "link/../y.md"),  # beside the link's target, not here
    ],
)
def test_a_walked_file_is_named_tidily_but_as_the_system_reads_it(
    walked: str, named: str
) -> None:
    from lkjaudit.batch import _tidy

    assert _tidy(walked) == named

"""The program's start-up: pydantic's plugin loader is not imported while plugins
are disabled, and answers as pydantic would whenever it is asked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "pasirian-tw2-2024.txt"


def _python(code: str, **env: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; its printed lines."""
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    environ.update(env)
    environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), environ.get("PYTHONPATH", "")])
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=environ,
        check=True,
    )
    return proc.stdout.split()


_MODEL = """
import sys
from lkjaudit.startup import LOADER, defer_plugin_loader
print(defer_plugin_loader())
from pydantic import BaseModel
class Probe(BaseModel):
    x: int
print(Probe(x="1").x)
print("importlib.metadata" in sys.modules)
"""


@pytest.mark.parametrize("off", ["1", "true", "__all__"])
def test_disabled_plugins_spare_importing_the_loader(off: str) -> None:
    # stood in for; the model validates; importlib.metadata never imported
    assert _python(_MODEL, PYDANTIC_DISABLE_PLUGINS=off) == ["True", "1", "False"]


@pytest.mark.parametrize("env", [{}, {"PYDANTIC_DISABLE_PLUGINS": "logfire"}])
def test_enabled_plugins_leave_pydantic_as_it_is(env: dict[str, str]) -> None:
    # no stand-in: pydantic's own loader looks for plugins as usual
    assert _python(_MODEL, **env) == ["False", "1", "True"]


def test_an_imported_loader_is_left_alone() -> None:
    code = (
        "import pydantic.plugin._loader as real, sys\n"
        "from lkjaudit.startup import LOADER, defer_plugin_loader\n"
        "print(defer_plugin_loader(), sys.modules[LOADER] is real)\n"
    )
    assert _python(code, PYDANTIC_DISABLE_PLUGINS="1") == ["False", "True"]


def test_anything_else_asked_of_the_stand_in_comes_from_the_real_loader() -> None:
    code = (
        "import sys\n"
        "from lkjaudit.startup import LOADER, defer_plugin_loader\n"
        "defer_plugin_loader()\n"
        "from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP as group\n"
        "print(group, type(sys.modules[LOADER]).__name__)\n"
    )
    # the real loader took its place back in sys.modules
    assert _python(code, PYDANTIC_DISABLE_PLUGINS="1") == ["pydantic", "module"]


def test_plugins_enabled_later_are_looked_for_by_the_real_loader() -> None:
    code = (
        "import os, sys\n"
        "from lkjaudit.startup import LOADER, defer_plugin_loader\n"
        "defer_plugin_loader()\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "print(list(get_plugins()), 'importlib.metadata' in sys.modules)\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = '0'\n"
        "print(list(get_plugins()), 'importlib.metadata' in sys.modules)\n"
    )
    assert _python(code, PYDANTIC_DISABLE_PLUGINS="1") == [
        "[]",
        "False",
        "[]",  # none installed here, but they were looked for
        "True",
    ]


def test_the_program_checks_a_report_without_importing_the_loader() -> None:
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    environ["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "lkjaudit", "check", str(SEED)],
        capture_output=True,
        text=True,
        env=environ,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 1  # the sample's findings
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()]
    assert "pydantic._internal._model_construction" in imported  # models were built
    assert "importlib.metadata" not in imported
    assert "pydantic.plugin._loader" not in imported


_TOKENIZED = """
import sys, tokenize
from lkjaudit.cli import main
try:
    main(["check", "--jobs", "1", "-f", "json", sys.argv[1]])
except SystemExit:
    pass
compile_ = getattr(tokenize, "_compile", None)
print(-1 if compile_ is None else compile_.cache_info().currsize)
"""


def test_checking_a_report_tokenizes_no_python_source() -> None:
    # pydantic reads a builtin default_factory's signature with the tokenizer
    environ = dict(os.environ, PYTHONPATH=str(ROOT), LKJAUDIT_NO_CACHE="1")
    proc = subprocess.run(
        [sys.executable, "-c", _TOKENIZED, str(SEED)],
        capture_output=True,
        text=True,
        env=environ,
        check=True,
    )
    patterns = int(proc.stdout.split()[-1])
    if patterns < 0:
        pytest.skip("this Python's tokenizer keeps no cache of compiled patterns")
    assert patterns == 0

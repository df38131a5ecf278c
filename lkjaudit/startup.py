"""What the lkjaudit program settles before it imports pydantic.

lkjaudit uses no pydantic plugins. pydantic looks for plugins when it builds its
first model, unless ``PYDANTIC_DISABLE_PLUGINS`` says not to (a documented
setting); the program sets it, sparing a scan of every installed package's
metadata. pydantic's plugin loader still imports ``importlib.metadata`` (and with
it ``email``, ``zipfile``, ``csv``, ``socket``…) at the top of its module, to
read those entry points, even when it then returns no plugins: about a sixth of
the cost of a program that builds one pydantic model.

:func:`defer_plugin_loader` puts a stand-in for that loader module in
``sys.modules`` while plugins are disabled. Asked for the plugins, it answers none,
as the loader itself does when they are disabled; asked for anything else (or for
the plugins once they are enabled again), it imports the real loader, takes its
place back and hands the question over. Only the program calls it; a library caller
of lkjaudit keeps pydantic as it is.
"""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterable
from typing import Any

__all__ = ["READING_LIBRARIES", "defer_plugin_loader", "quiet_library_warnings"]

# NOTE: the libraries that read Word, Excel and PDF files (their modules' names)
READING_LIBRARIES = ("openpyxl", "docx", "pdfminer", "pdfplumber", "pypdfium2")


def quiet_library_warnings() -> None:
    """Ignore the warnings of the libraries that read Word, Excel and PDF files.

    openpyxl warns of every workbook extension it drops ("Unknown extension is
    not supported and will be removed"): a note on the library's own reach that
    the user can do nothing about, printed on stderr among lkjaudit's lines (and
    under ``python -W error`` a readable workbook's failure). What stops a file
    from being read is an exception, which lkjaudit reports as the file's error.
    Only the program calls it; a library caller keeps its warnings as it set
    them.
    """
    import warnings

    names = "|".join(READING_LIBRARIES)
    warnings.filterwarnings("ignore", module=rf"({names})(\.|$)")


LOADER = "pydantic.plugin._loader"
_SWITCH = "PYDANTIC_DISABLE_PLUGINS"
_OFF = ("__all__", "1", "true")  # the values pydantic reads as "no plugins at all"


def _disabled() -> bool:
    return os.environ.get(_SWITCH) in _OFF


def _real_loader() -> types.ModuleType:
    if isinstance(sys.modules.get(LOADER), _DeferredLoader):
        del sys.modules[LOADER]
    return importlib.import_module(LOADER)


class _DeferredLoader(types.ModuleType):
    """pydantic's plugin loader, imported only if something more is asked of it."""

    @staticmethod
    def get_plugins() -> Iterable[Any]:
        """No plugins while they are disabled; else whatever the real loader finds."""
        if _disabled():
            return ()
        found: Iterable[Any] = _real_loader().get_plugins()
        return found

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            # NOTE: the import system probes a module for __path__ and the like;
            # a plain module has none of them
            raise AttributeError(name)
        return getattr(_real_loader(), name)


def defer_plugin_loader() -> bool:
    """Stand in for pydantic's plugin loader while plugins are disabled.

    True when the stand-in was put in place; False when plugins are enabled, or the
    loader is already imported.
    """
    if not _disabled() or LOADER in sys.modules:
        return False
    sys.modules[LOADER] = _DeferredLoader(LOADER)
    return True

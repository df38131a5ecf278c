"""What a check printed, kept so that the same check of unchanged files prints it again.

A run of ``lkjaudit check`` is *recorded*: while it runs, an audit hook notes every
file it opens and every folder it lists, discovery notes the links it resolves,
the configuration lookup the files it looked for and did not find, and a tee on
stderr what the run wrote there. The entry is stored in the user's cache folder
(:mod:`lkjaudit.usercache`) under a name made of everything outside the file
system that can change what the check prints: the command line (Python's own
options too), the working folder, the environment, the streams (a terminal and
its size, a pipe, which file; their encoding), Python and lkjaudit's version.
It holds what the run printed, its exit code and language, and what it depended
on:

* every file it read, by the SHA-256 of its content;
* every folder it listed, by its entries and what each is (a link whose target
  appears changes it);
* every configuration file it looked for in vain;
* every link discovery resolved, by where it led;
* the code that ran: every imported module's file and every file of the
  lkjaudit package, by size and modification time, and the folders Python
  imports from.

The next run under the same name replays the entry only when every one of those
is still as recorded; anything else, a missing or unreadable file included, is a
miss, and the check runs in full and records again. Never stored: a run that
writes a file (``--output``, ``--write-baseline``), stops with exit code 2,
writes more on stderr than its notes, or depended on something changed while it
ran (see :meth:`Recording._racy`). ``--no-cache`` or ``LKJAUDIT_NO_CACHE=1``
turn the whole cache off.

Only :mod:`lkjaudit.program` starts a recording (the real program's run, never a
caller of :func:`lkjaudit.cli.main`); :mod:`lkjaudit.cli` offers the check's
output, :mod:`lkjaudit.watch` the links discovery resolves and the files the
configuration lookup looked for.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from lkjaudit import __version__, usercache, watch
from lkjaudit import resultstore as store
from lkjaudit.streams import shape_of

__all__ = ["Recording", "begin", "offer"]

_MAX_TEXT = 16_000_000  # characters of output beyond which a run is not stored
# NOTE: variables a shell changes between two identical commands; none of them
# reaches what lkjaudit prints.
_VOLATILE = frozenset({"_", "OLDPWD", "SHLVL"})
# NOTE: variables that name one terminal, window or login session: each new
# terminal or ssh login gives them new values, and nothing lkjaudit prints reads
# those values. Whether one is set still names the entry (a library may ask).
_SESSION = frozenset(
    {
        "ALACRITTY_WINDOW_ID",
        "DBUS_SESSION_BUS_ADDRESS",
        "GNOME_TERMINAL_SCREEN",
        "GPG_TTY",
        "ITERM_SESSION_ID",
        "KITTY_PID",
        "KITTY_WINDOW_ID",
        "KONSOLE_DBUS_SESSION",
        "KONSOLE_DBUS_WINDOW",
        "SECURITYSESSIONID",
        "SSH_AUTH_SOCK",
        "SSH_CLIENT",
        "SSH_CONNECTION",
        "SSH_TTY",
        "STY",
        "TERM_SESSION_ID",
        "TMUX",
        "TMUX_PANE",
        "VSCODE_GIT_IPC_HANDLE",
        "VSCODE_IPC_HOOK_CLI",
        "WEZTERM_PANE",
        "WINDOW",
        "WINDOWID",
        "WT_SESSION",
        "XDG_SESSION_ID",
    }
)
_WATCHED = frozenset({"open", "os.listdir", "os.scandir"})
_WRITING = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC

_current: Recording | None = None
_hooked = False
# NOTE: a file or folder changed after the run started, or this close before it,
# is "racy": what the check read may not be what it holds now, and the run is not
# stored. The kernel stamps files from a clock that lags by up to a tick (a few
# milliseconds); a file system that keeps whole seconds (FAT keeps two) stamps
# a change up to two seconds early.
_RACY_NS = 20_000_000
_RACY_COARSE_NS = 2_000_000_000
_SECOND_NS = 1_000_000_000


class Recording:
    """One run of the program: the entry it may replay, and what it depends on."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.folder = folder
        self.started = time.time_ns()
        self.read: set[str] = set()
        self.listed: set[str] = set()
        self.absent: set[str] = set()
        self.resolved: dict[str, str] = {}
        self.checked: list[str] = []
        self.stderr: list[str] = []
        self.wrote = False
        self.output: store.Entry | None = None

    @property
    def path(self) -> Path:
        """The entry's file in the cache folder."""
        return self.folder / f"{store.PREFIX}{self.name}.json"

    def stored(self) -> store.Entry | None:
        """The stored entry of this command, when everything it depends on holds.

        A missing, unreadable or malformed entry is none.
        """
        try:
            text = store.read_regular(str(self.path), follow=False)
            if text is None:
                return None
            data = json.loads(text.decode("utf-8"))
            entry = store.entry_of(data)
            if entry is None or not store.holds(data):
                return None
        except Exception:  # NOTE: whatever is wrong with an entry, it is a miss
            return None
        with contextlib.suppress(OSError):
            os.utime(self.path)  # NOTE: recently used; pruning removes the oldest
        return entry

    def start(self) -> None:
        """Record from now on what this process opens and lists."""
        global _current, _hooked
        _current = self
        looked = watch.watch()
        self.absent, self.resolved = looked.absent, looked.resolved
        if not _hooked:
            sys.addaudithook(_audit)
            _hooked = True
        sys.stderr = _Tee(sys.stderr, self.stderr)

    def see(self, event: str, args: tuple[Any, ...]) -> None:
        """The audit hook's work: note a file opened or a folder listed."""
        target = args[0] if args else None
        if isinstance(target, int):
            return  # NOTE: a file descriptor: a pipe, or a file opened by name before
        path = os.getcwd() if target is None else watch.absolute(os.fsdecode(target))
        if event != "open":
            self.listed.add(path)
            return
        mode, flags = args[1], args[2]
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & _WRITING
        ):
            if not store.inside(os.path.realpath(path), os.path.realpath(self.folder)):
                self.wrote = True
            return
        self.read.add(path)

    def store(self, status: int) -> None:
        """Write the entry, when the run printed an output worth replaying.

        Nothing is stored when a file or folder the check depended on is gone,
        unreadable, or changed since just before the run started (it may have
        changed after the check read it).
        """
        global _current
        _current = None  # NOTE: what storing reads is no part of the check
        watch.stop()
        out = self.output
        if out is None or status != out.status or status not in (0, 1) or self.wrote:
            return
        if len(out.stdout) > _MAX_TEXT:
            return
        if "".join(self.stderr) != "".join(f"{line}\n" for line in out.notes):
            return  # NOTE: a warning, a progress bar: more than a replay prints
        stamps = _code()
        if any(self._after_start(info) for info in stamps.values()):
            return  # NOTE: code edited while it ran
        code = {path: (i.st_size, i.st_mtime_ns) for path, i in stamps.items()}
        files = self._files(code)
        folders = self._folders()
        if files is None or folders is None:
            return
        if any(os.path.lexists(path) for path in self.absent):
            return
        if any(os.path.realpath(p) != real for p, real in self.resolved.items()):
            return
        data = {
            "format": store.FORMAT,
            "stdout": out.stdout,
            "notes": out.notes,
            "status": out.status,
            "lang": out.lang,
            "files": files,
            "folders": folders,
            "absent": sorted(self.absent),
            "resolved": sorted(map(list, self.resolved.items())),
            "code": [[path, *sign] for path, sign in sorted(code.items())],
        }
        usercache.write_json(
            self.path.name, data, ensure_ascii=True, folder=self.folder
        )
        store.prune(self.folder)

    def _files(self, code: dict[str, tuple[int, int]]) -> list[list[str]] | None:
        """Each file the check read, with its digest; None when one cannot be."""
        files = []
        cache = os.path.realpath(self.folder)
        for path in sorted({*self.read, *map(watch.absolute, self.checked)}):
            if path in code or (path.endswith(".pyc") and "__pycache__" in path):
                continue  # NOTE: code, judged by its size and time
            real = os.path.realpath(path)
            if store.inside(real, cache) or store.inside(real, _PACKAGE_REAL):
                continue  # NOTE: the cache itself; lkjaudit's own files, as code
            files.append(path)
        return self._signed(files, store.digest)

    def _folders(self) -> list[list[str]] | None:
        """Each folder the check listed, with its entries' digest.

        None when one cannot be read, or changed during the run.
        """
        # NOTE: the folders Python imports from too: installing or removing a
        # package changes them, whatever process imported it (the working folder,
        # first on sys.path under ``python -m``, is only a dependency when listed)
        here = os.getcwd()
        for entry in sys.path:
            folder = os.path.abspath(entry)
            if folder != here and os.path.isdir(folder):
                self.listed.add(folder)
        return self._signed(sorted(self.listed), store.listing)

    def _signed(
        self, paths: list[str], sign: Callable[[str], str | None]
    ) -> list[list[str]] | None:
        """Each path with its ``sign``.

        A path missing before the run started is noted as absent (looked for,
        and not there). None when one cannot be signed (unreadable, or no longer
        what it was: a file for a folder), or changed during the run, or went
        missing during it (its folder changed then).
        """
        signed = []
        for path in paths:
            if not os.path.lexists(path):
                if self._racy(os.path.dirname(path)):
                    return None
                self.absent.add(path)
                continue
            signature = sign(path)
            if signature is None or self._racy(path):
                return None
            signed.append([path, signature])
        return signed

    def _racy(self, path: str) -> bool:
        """Whether ``path`` changed after (or just before) the run started.

        The path itself, what it leads to, every link on the way (a link put
        elsewhere during the run) and, for a folder, what each of its links
        leads to (a dangling link whose target appeared).
        """
        try:
            stamps = [os.stat(path), os.lstat(path)]
            stamps.extend(os.lstat(link) for link in store.links(path))
            if stat.S_ISDIR(stamps[0].st_mode):
                with os.scandir(path) as entries:
                    for entry in entries:
                        if entry.is_symlink() and os.path.lexists(entry.path):
                            with contextlib.suppress(OSError):
                                stamps.append(os.stat(entry.path))
        except (OSError, ValueError):
            return True
        return any(self._after_start(info) for info in stamps)

    def _after_start(self, info: os.stat_result) -> bool:
        changed = max(info.st_mtime_ns, info.st_ctime_ns)
        coarse = changed % _SECOND_NS == 0
        return changed >= self.started - (_RACY_COARSE_NS if coarse else _RACY_NS)


def begin(argv: Sequence[str]) -> Recording | None:
    """The recording of this process's command; None when the cache is off.

    Only a ``check`` command is recorded, and never one given ``--no-cache``.
    The caller replays :meth:`Recording.stored` when there is one, else calls
    :meth:`Recording.start` and runs the command.
    """
    options = list(argv)
    if "--" in options:
        options = options[: options.index("--")]
    if _command(options) != "check" or "--no-cache" in options:
        return None
    folder = usercache.cache_dir()
    if folder is None:
        return None
    return Recording(_name(argv), folder)


def _command(argv: list[str]) -> str | None:
    """The command a command line runs: its first word that is no option.

    ``--lang`` is the one option the group takes before the command that takes a
    value (``lkjaudit --lang en check …``).
    """
    value = False
    for arg in argv:
        if value:
            value = False
        elif arg == "--lang":
            value = True
        elif not arg.startswith("-"):
            return arg
    return None


def offer(
    stdout: str, notes: list[str], status: int, checked: Sequence[str], lang: str
) -> None:
    """The check's output to store, and the report files it checked."""
    if _current is not None:
        _current.output = store.Entry(stdout, notes, status, lang)
        _current.checked = list(checked)


class _Tee:
    """stderr, with a copy of what is written to it kept in ``written``."""

    def __init__(self, stream: TextIO, written: list[str]) -> None:
        self._stream = stream
        self._written = written

    @property
    def rich_proxied_file(self) -> TextIO:
        """Where rich writes (the progress bar): the stream itself, unrecorded.

        The bar is drawn and wiped while the check runs; a replay prints none.
        """
        return self._stream

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        self._written.append(text)  # NOTE: after: click tries bytes, which fail
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _WATCHED and _current is not None:
        _current.see(event, args)


def _name(argv: Sequence[str]) -> str:
    """The entry's name: everything outside the files that can change the output."""
    streams = [shape_of(s) for s in (sys.stdin, sys.stdout, sys.stderr)]
    environ = sorted(
        (k, "" if k in _SESSION else v)
        for k, v in os.environ.items()
        if k not in _VOLATILE
    )
    described = [
        store.FORMAT,
        __version__,
        sys.version,
        sys.executable,
        sys.platform,
        # NOTE: the interpreter's own options too (-W error, -X dev, -O, -I)
        list(getattr(sys, "orig_argv", [])),
        repr(sys.flags),
        list(sys.warnoptions),
        sorted(map(str, sys._xoptions.items())),
        list(argv),
        os.getcwd(),
        environ,
        streams,
    ]
    text = json.dumps(described, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


_PACKAGE = os.path.dirname(os.path.abspath(__file__))
_PACKAGE_REAL = os.path.realpath(_PACKAGE)


def _code() -> dict[str, os.stat_result]:
    """The files of the code that ran, each with its status (size, times).

    Every imported module's file, and every file of the lkjaudit package (the
    modules a forked worker imported, its data), compiled bytecode aside.
    """
    paths = set()
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None)
        if isinstance(path, str):
            paths.add(os.path.abspath(path))
    for folder, dirs, names in os.walk(_PACKAGE):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        paths.update(os.path.join(folder, n) for n in names)
    code = {}
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            code[path] = os.stat(path)
    return code

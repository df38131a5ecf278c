"""``python -m lkjaudit`` runs the command line.

Python puts the working folder first on ``sys.path`` for ``-m``; lkjaudit is
already found by then, and a file of the folder being checked (a ``csv.py``
beside the reports) must not stand in for a module lkjaudit imports later.
"""

import os
import sys

try:
    _here = os.getcwd()
except OSError:  # NOTE: a working folder deleted under the shell
    _here = ""
if sys.path and sys.path[0] in ("", _here):
    del sys.path[0]

from lkjaudit.program import run

run()

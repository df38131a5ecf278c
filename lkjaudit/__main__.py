"""``python -m lkjaudit`` runs the command line.

Python puts the working folder first on ``sys.path`` for ``-m``; lkjaudit is
already found by then, and a file of the folder being checked (a ``csv.py``
beside the reports) must not stand in for a module lkjaudit imports later.
"""

import os
import sys

if sys.path and sys.path[0] in ("", os.getcwd()):
    del sys.path[0]

from lkjaudit.program import run

run()

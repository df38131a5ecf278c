"""``python -m lkjaudit`` runs the command line."""

from lkjaudit.cli import run

run()

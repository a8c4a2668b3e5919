"""Regulars entry point: `python main.py` opens the app; `python main.py --help` lists commands."""

import sys

if __name__ == "__main__" and sys.argv[1:2] == ["--workbook-child"]:
    # The frozen app has no `python -m`: it runs itself with this flag to parse a workbook in
    # a child process (app.services.importing.workbook_process), before loading anything else.
    from app.services.importing.workbook_child import main as workbook_child

    sys.exit(workbook_child(sys.argv[2:]))

from app.cli import run  # after the child's early exit, which needs none of it

if __name__ == "__main__":
    run()

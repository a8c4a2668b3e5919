"""`python -m app`: the same as `python main.py`."""

from app.cli import run

run()

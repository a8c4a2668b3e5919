"""Regulars entry point: `python main.py` opens the app; `python main.py --help` lists commands."""

from app.cli import run

if __name__ == "__main__":
    run()

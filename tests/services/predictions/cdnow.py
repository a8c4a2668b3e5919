"""The CDNOW 1/10 sample (2,357 customers who first bought in the first 12 weeks of 1997), read
from the `lifetimes` wheel, which ships it: a test-only download, once per session, skipped when
pip or the network is not there. Columns of CDNOW_sample.txt: master-set customer id, sample
customer id (1..2357), date YYYYMMDD, number of CDs, dollar value."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

CALIBRATION_END = 19970930  # 39 weeks of calibration, as in the paper
HOLDOUT_END = 19980630  # 39 weeks of holdout


def download_sample(folder: Path) -> pd.DataFrame:
    wheels = list(folder.glob("*.whl"))
    if not wheels:
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pip", "download", "lifetimes==0.11.3", "--no-deps",
                 "--disable-pip-version-check", "-q", "-d", str(folder)],
                capture_output=True, timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            pytest.skip(f"pip download failed: {exc}")
        wheels = list(folder.glob("*.whl"))
        if done.returncode != 0 or not wheels:
            pytest.skip("lifetimes 0.11.3 could not be downloaded (offline?)")
    with zipfile.ZipFile(wheels[0]) as wheel:
        text = wheel.read("lifetimes/datasets/CDNOW_sample.txt")
    return pd.read_csv(io.BytesIO(text), sep=r"\s+", header=None,
                       names=["master_id", "customer_id", "date", "cds", "dollars"])


def customer_days(sample: pd.DataFrame) -> pd.DataFrame:
    """Orders as the paper counts them: distinct customer-days, their dollars summed."""
    days = sample.groupby(["customer_id", "date"], as_index=False)["dollars"].sum()
    days["day"] = pd.to_datetime(days["date"].astype(str), format="%Y%m%d")
    return days.sort_values(["customer_id", "day"], kind="stable").reset_index(drop=True)

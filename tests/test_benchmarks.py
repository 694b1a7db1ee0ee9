"""Every benchmark's --quick mode runs, so the benchmarks cannot rot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if not p.name.startswith("_"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_quick_mode_writes_json_and_markdown(script: Path, tmp_path: Path) -> None:
    env = dict(os.environ, OMP_NUM_THREADS="2")
    r = subprocess.run([sys.executable, str(script), "--quick", "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=600, env=env)
    assert r.returncode == 0, r.stderr[-3000:]
    assert json.loads((tmp_path / f"{script.stem}.json").read_text())
    assert "|" in (tmp_path / f"{script.stem}.md").read_text()


def test_ar_benchmark_times_wall_clock_when_several_threads_work() -> None:
    """On one thread it counts the thread's CPU time (a sleep costs ~0); with more, the
    calling thread's CPU time would miss the others' work, so it counts wall time."""
    import time

    import torch

    sys.path.insert(0, str(BENCH))
    import autoregressive

    threads = torch.get_num_threads()
    try:
        torch.set_num_threads(1)
        cpu = autoregressive.interleaved_times({"sleep": lambda: time.sleep(0.05)}, 1)
        torch.set_num_threads(2)
        wall = autoregressive.interleaved_times({"sleep": lambda: time.sleep(0.05)}, 1)
    finally:
        torch.set_num_threads(threads)
    assert cpu["sleep"] < 0.02 and wall["sleep"] >= 0.05

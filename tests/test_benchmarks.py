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


def test_gan_benchmark_logs_every_run_when_one_fails(tmp_path: Path, monkeypatch) -> None:
    """A run that raises is reported with its job and the call exits non-zero, but every
    other run is still trained and logged, so the next call retries only the failed one."""
    sys.path.insert(0, str(BENCH))
    import adversarial

    trained = []

    def fake_run(objective: str, data: str, seed: int, *rest: object) -> dict:
        trained.append((objective, data, seed))
        if (objective, data) == ("r1", "ring8") and len(trained) == 1:
            raise FloatingPointError("no sample accepted")
        return {"objective": objective, "data": data, "seed": seed, "modes_captured": 3,
                "high_quality_pct": 50.0, "reverse_kl": 1.0, "train_cpu_s": 2.0}

    monkeypatch.setattr(adversarial, "run_one", fake_run)
    monkeypatch.setattr(adversarial, "digits_samples", lambda *a: {})
    with pytest.raises(SystemExit, match=r"1 of 4 runs failed \(r1/ring8/0: FloatingPoint"):
        adversarial.main(["--quick", "--out", str(tmp_path)])
    assert len(trained) == 4  # the failure stopped nothing
    logged = (tmp_path / "adversarial_runs.jsonl").read_text().splitlines()
    assert len(logged) == 3
    adversarial.main(["--quick", "--out", str(tmp_path)])
    assert trained[4:] == [("r1", "ring8", 0)]
    assert (tmp_path / "adversarial.md").exists()


def test_gan_benchmark_counts_the_seeds_where_rejection_sampling_stopped() -> None:
    """A seed whose DRS pass stopped (its row says why instead of giving DRS figures) is
    left out of the DRS means, and the table says over how many seeds they are."""
    sys.path.insert(0, str(BENCH))
    import argparse

    import adversarial

    rows = [{"objective": "nonsaturating", "data": data, "seed": seed, "modes_captured": 8,
             "high_quality_pct": 90.0, "reverse_kl": 0.1, "train_cpu_s": 1.0,
             **({"drs_modes_captured": 8, "drs_high_quality_pct": 90.0 + seed} if seed
                else {"drs_stopped": "drs accepted 2481 of 2500 samples"})}
            for seed in range(3) for data in ("ring8", "grid25")]
    summary = adversarial.summarise(rows)
    assert summary["nonsaturating/ring8"]["drs_high_quality_pct"][0] == 91.5  # seeds 1, 2
    assert summary["nonsaturating/ring8"]["drs_seeds"][0] == 2
    table = adversarial.markdown(summary, argparse.Namespace(seeds=3, steps=0, batch=0), {})
    assert "| nonsaturating | 8.0 ± 0.0 | 91.5 ± 0.5 |" in table
    assert "| 2 of 3 / 2 of 3 |" in table


def test_gan_benchmark_resumes_from_its_run_log(tmp_path: Path, monkeypatch) -> None:
    """Runs found in OUT/adversarial_runs.jsonl (same training settings and overrides) are
    not trained again and land in the table; a torn last line is dropped and that run
    redone. Each objective trains at its own defaults unless --steps / --batch say."""
    sys.path.insert(0, str(BENCH))
    import adversarial

    quick = {"width": 16, "depth": 1, "channels": 4}
    log = tmp_path / "adversarial_runs.jsonl"
    lines = []
    for objective in ("r1", "wgan-gp"):
        for data in ("ring8", "grid25"):
            row = {"objective": objective, "data": data, "seed": 0, "modes_captured": 7,
                   "high_quality_pct": 12.5, "reverse_kl": 0.5, "train_cpu_s": 1.0}
            fields = adversarial.train_fields(objective, data, {"steps": 10}, quick)
            key = adversarial.run_key(objective, data, 0, fields, quick)
            lines.append(json.dumps({"key": key, "row": row}))
    log.write_text("\n".join(lines[:3]) + "\n" + lines[3][:20])  # the last one torn
    trained = []

    def fake_run(objective: str, data: str, seed: int, *rest: object) -> dict:
        trained.append((objective, data, seed))
        return {"objective": objective, "data": data, "seed": seed, "modes_captured": 3,
                "high_quality_pct": 50.0, "reverse_kl": 1.0, "train_cpu_s": 2.0}

    monkeypatch.setattr(adversarial, "run_one", fake_run)
    monkeypatch.setattr(adversarial, "digits_samples", lambda *a: {})
    assert adversarial.train_fields("wgan-gp", "ring8", {}, {})["batch_size"] == 320
    assert adversarial.train_fields("wgan-gp", "ring8", {"batch_size": 64}, {})[
        "batch_size"] == 64
    adversarial.main(["--quick", "--out", str(tmp_path)])
    assert trained == [("wgan-gp", "grid25", 0)]
    table = (tmp_path / "adversarial.md").read_text()
    assert "| r1 (default) | 7.0 | 12.5 | 0.500 | 7.0 | 12.5 |" in table
    assert "| wgan-gp | 7.0 | 12.5 | 0.500 | 3.0 | 50.0 |" in table
    adversarial.main(["--quick", "--out", str(tmp_path)])  # now everything is logged
    assert len(trained) == 1
    adversarial.main(["--quick", "--out", str(tmp_path), "--fresh"])
    assert len(trained) == 5

"""The README's commands run, so the docs cannot drift from the code."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
LAUNCHERS = {"genmap": [sys.executable, "-m", "genmap.cli"],
             "torchrun": [sys.executable, "-m", "torch.distributed.run"]}


def _blocks() -> list[str]:
    return re.findall(r"```bash\n(.*?)```", README, flags=re.S)


def _commands(prefixes: tuple[str, ...]) -> list[list[str]]:
    lines = [ln.split("#")[0].strip() for block in _blocks() for ln in block.splitlines()]
    return [shlex.split(ln) for ln in lines if ln.startswith(prefixes)]


def test_quick_start_is_exactly_two_make_targets_that_exist() -> None:
    quick = README.split("## Quick start", 1)[1].split("##", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", quick, flags=re.S)
    commands = [ln.split("#")[0].strip() for b in blocks for ln in b.splitlines() if ln.strip()]
    assert commands == ["make demo", "make test"]
    for target in ("demo", "test"):
        dry = subprocess.run(["make", "-n", target], cwd=ROOT, capture_output=True, text=True)
        assert dry.returncode == 0, dry.stderr
    assert "genmap train" in subprocess.run(["make", "-n", "demo"], cwd=ROOT,
                                            capture_output=True, text=True).stdout


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_cli_command_in_the_readme_runs(tmp_path: Path) -> None:
    commands = _commands(("genmap ", "torchrun "))
    assert len(commands) >= 8
    env = dict(os.environ, OMP_NUM_THREADS="1")
    for argv in commands:
        argv = LAUNCHERS[argv[0]] + argv[1:]
        r = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True, env=env,
                           timeout=300)
        assert r.returncode == 0, (argv, r.stderr[-2000:])
    assert (tmp_path / "runs/digits-samples.png").exists()
    assert (tmp_path / "runs/ddp/last/model.safetensors").exists()


def test_readme_lists_every_registered_model_and_dataset() -> None:
    from genmap.data import DATASETS
    from genmap.registry import MODELS
    for name in MODELS:
        assert f"`{name}`" in README, name
    for name in DATASETS:
        assert f"`{name}`" in README or f"`{name.split(':')[0]}:" in README, name

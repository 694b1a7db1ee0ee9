"""Data-parallel training under torchrun: the ranks agree with each other and with one
process on the same global batch; each rank takes every W-th example of the batch."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path

import pytest
import torch
import torch.distributed as dist
from safetensors.torch import load_file

from genmap.data import Split, load
from genmap.registry import ConfigError, build
from genmap.train import Dist, TrainConfig, _assemble, batches, init_distributed

sys.path.insert(0, str(Path(__file__).parent))
from ddp_worker import train_and_keep_job

WORKER = Path(__file__).with_name("ddp_worker.py")
# 1000 training examples: 15 global batches an epoch, so 30 steps reshuffle once; one
# validation mid-run (best checkpoint on rank 0) and one after the loop.
CFG = TrainConfig(steps=30, batch_size=64, warmup=5, val_every=20, ckpt_every=10_000,
                  log_every=10, seed=3, device="cpu")


def _single_process(run: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, torch.Tensor]:
    for key in ("WORLD_SIZE", "RANK", "LOCAL_RANK"):
        monkeypatch.delenv(key, raising=False)
    job = train_and_keep_job(run, CFG)
    assert job.ddp.world == 1
    return {k: v.detach().clone() for k, v in job.model.state_dict().items()}


def _torchrun(out: Path, cfg: TrainConfig = CFG, *extra: str) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT")}
    env["OMP_NUM_THREADS"] = "1"
    env["PYTHONFAULTHANDLER"] = "1"  # a rank that aborts says where (with a Python frame or not)
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node",
           "2", str(WORKER), str(out), json.dumps(asdict(cfg)), *extra]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


@pytest.mark.skipif(not dist.is_available(), reason="torch.distributed is not available")
def test_two_ranks_match_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _torchrun(tmp_path)
    r0 = load_file(str(tmp_path / "rank0.safetensors"))
    r1 = load_file(str(tmp_path / "rank1.safetensors"))
    for probe in (r0.pop("probe.grad"), r1.pop("probe.grad")):
        assert torch.equal(probe, torch.full((3,), 1.5)), f"gradients 1 and 2 averaged to {probe}"
    single = _single_process(tmp_path / "single", monkeypatch)
    init = build("independent", load("digits").spec).state_dict()
    assert r0.keys() == r1.keys() == single.keys() == init.keys()
    for k in r0:
        assert torch.equal(r0[k], r1[k]), f"ranks disagree on {k}"
        assert torch.allclose(r0[k], single[k], rtol=0, atol=1e-6), \
            f"{k}: max diff {(r0[k] - single[k]).abs().max().item()}"
        assert (r0[k] - init[k]).abs().max() > 0.1, f"{k} did not move from its init"
    run = tmp_path / "run"
    assert json.loads((run / "config.json").read_text())["train"] == asdict(CFG)
    saved = load_file(str(run / "last" / "model.safetensors"))
    assert all(torch.equal(saved[k], r0[k]) for k in r0)


@pytest.mark.skipif(not dist.is_available(), reason="torch.distributed is not available")
def test_ctrl_c_on_one_rank_stops_every_rank_at_the_same_step(tmp_path: Path) -> None:
    _torchrun(tmp_path, CFG, "[1, 7]")  # SIGINT reaches rank 1 only, after step 7
    state = json.loads((tmp_path / "run" / "last" / "state.json").read_text())
    assert state["step"] == 7
    r0 = load_file(str(tmp_path / "rank0.safetensors"))
    r1 = load_file(str(tmp_path / "rank1.safetensors"))
    assert all(torch.equal(r0[k], r1[k]) for k in r0)


def _indexed_split(n: int) -> Split:
    """Examples whose value is their index, labels that follow them."""
    x = torch.arange(n).reshape(n, 1)
    return Split(x, x[:, 0] % 7)


def test_ranks_split_the_global_batch() -> None:
    split, cfg, cpu = _indexed_split(100), TrainConfig(batch_size=8, seed=5), torch.device("cpu")
    start = 10  # 12 batches an epoch: the 20 steps cross into a reshuffled epoch
    single = batches(split, cfg, Dist(), start, cpu)
    ranks = [batches(split, cfg, Dist(rank=r, world=2), start, cpu) for r in range(2)]
    for _ in range(20):
        whole, *shares = next(single), *(next(s) for s in ranks)
        a, b = (s.x[:, 0].tolist() for s in shares)
        assert len(a) == len(b) == 4 and not set(a) & set(b)
        assert sorted(a + b) == sorted(whole.x[:, 0].tolist())
        for s in shares:
            assert torch.equal(s.y, s.x[:, 0] % 7)


def test_batch_size_not_divisible_by_world_is_rejected(tmp_path: Path) -> None:
    data = load("digits")
    model = build("independent", data.spec)
    cfg = TrainConfig(batch_size=63, device="cpu")
    with pytest.raises(ConfigError, match="not divisible by the 2 ranks"):
        _assemble(tmp_path, "independent", data, model, cfg, Dist(rank=0, world=2),
                  torch.device("cpu"))


def _first_batch_statistics(rank: int, world: int, init: str, out: str) -> None:
    """One rank of a gloo group: a GAN fits its standardisation on this rank's own first
    batch (rank r's data shifted by 10 r), then saves loc and scale."""
    dist.init_process_group("gloo", init_method=init, rank=rank, world_size=world)
    x = torch.randn(16, 2, generator=torch.Generator().manual_seed(rank)) + 10 * rank
    model = build("gan", load("ring8").spec, {"width": 8, "depth": 1})
    model.fit_standardization(x)
    torch.save({"loc": model.loc, "scale": model.scale}, f"{out}/rank{rank}.pt")
    dist.destroy_process_group()


def test_data_dependent_statistics_agree_across_ranks(tmp_path: Path) -> None:
    """Every rank's first batch differs; the fitted statistics are those of the pooled
    batch on every rank (else each rank's G would map to its own coordinates)."""
    import torch.multiprocessing as mp

    init = f"file://{tmp_path / 'store'}"
    mp.spawn(_first_batch_statistics, args=(2, init, str(tmp_path)), nprocs=2)
    got = [torch.load(tmp_path / f"rank{r}.pt") for r in range(2)]
    pooled = torch.cat([torch.randn(16, 2, generator=torch.Generator().manual_seed(r)) + 10 * r
                        for r in range(2)])
    for g in got:
        assert torch.allclose(g["loc"], pooled.mean(0), atol=1e-5)
        assert torch.allclose(g["scale"], pooled.std(0), atol=1e-5)


def _thread_masks() -> dict[int, int]:
    """Every thread of this process: its id and its blocked-signals mask (Linux /proc)."""
    masks = {}
    for task in Path("/proc/self/task").iterdir():
        status = (task / "status").read_text()
        masks[int(task.name)] = int(status.split("SigBlk:")[1].split()[0], 16)
    return masks


def _threads_of_the_process_group(rank: int, world: int, port: int, out: str) -> None:
    os.environ.update(RANK=str(rank), WORLD_SIZE=str(world), MASTER_ADDR="127.0.0.1",
                      MASTER_PORT=str(port))
    before = _thread_masks()
    init_distributed(torch.device("cpu"))
    after = _thread_masks()
    born = {t: m for t, m in after.items() if t not in before}
    Path(out, f"rank{rank}.json").write_text(json.dumps(
        {"born": born, "main": after[threading.get_native_id()]}))
    dist.barrier()
    dist.destroy_process_group()


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not dist.is_available(),
                    reason="needs Linux /proc and torch.distributed")
def test_process_group_threads_never_take_ctrl_c(tmp_path: Path) -> None:
    """A terminal's Ctrl-C goes to the whole process and lands in any thread that does not
    block it; in a gloo thread mid-syscall it aborts the rank. Every thread the process
    group starts blocks SIGINT, and the main thread (the stop flag's) still takes it."""
    import socket

    import torch.multiprocessing as mp

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    mp.spawn(_threads_of_the_process_group, args=(2, port, str(tmp_path)), nprocs=2)
    sigint = 1 << (signal.SIGINT - 1)
    for rank in range(2):
        got = json.loads((tmp_path / f"rank{rank}.json").read_text())
        assert got["born"], "the process group started no thread; nothing was checked"
        assert all(m & sigint for m in got["born"].values()), got
        assert not got["main"] & sigint

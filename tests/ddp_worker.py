"""What tests/test_ddp.py launches under torchrun: train, then write this rank's weights.

Usage: torchrun ... tests/ddp_worker.py OUTDIR CONFIG_JSON [[RANK, STEP]]
CONFIG_JSON holds the TrainConfig fields; [RANK, STEP] sends SIGINT to that rank alone
after that step. Rank 0 writes the run to OUTDIR/run; every rank
writes the weights it holds in memory at the end to OUTDIR/rank{r}.safetensors, plus
"probe.grad": the gradient GuardedOptimizer.step leaves when rank r's gradient is r + 1.
Rank r's model is built with r added to its weights: the trainer must broadcast rank 0's.
`train` is wrapped only to keep a handle on the job it builds (see `recording_loop`).
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
from safetensors.torch import save_file
from torch import Tensor

from genmap import train as trainer
from genmap.protocol import GenerativeModel
from genmap.train import Dist, GuardedOptimizer, Job, TrainConfig


def train_and_keep_job(run: Path, cfg: TrainConfig, skew_init: bool = False,
                       interrupt: tuple[int, int] | None = None) -> Job:
    """genmap.train.train(run, "independent", "digits", ...); returns the job it trained.
    With skew_init, rank r's freshly built model has r added to every parameter, so the
    ranks agree at the end only if the trainer broadcasts rank 0's initial weights.
    With interrupt = (rank, step), that rank alone receives SIGINT after that step."""
    jobs: list[Job] = []
    real_loop, real_build = trainer.loop, trainer.build

    def recording_loop(job: Job, *args: Any, **kwargs: Any) -> dict[str, Any]:
        jobs.append(job)
        return real_loop(job, *args, **kwargs)

    def skewed_build(*args: Any, **kwargs: Any) -> GenerativeModel:
        model = real_build(*args, **kwargs)
        with torch.no_grad():
            for p in model.parameters():
                p.add_(float(os.environ.get("RANK", "0")))
        return model

    trainer.loop = recording_loop
    trainer.build = skewed_build if skew_init else real_build
    try:
        trainer.train(run, "independent", "digits", cfg=cfg, quiet=True,
                      on_step=None if interrupt is None else interrupt_at(*interrupt))
    finally:
        trainer.loop, trainer.build = real_loop, real_build
    (job,) = jobs
    return job


def interrupt_at(rank: int, step: int) -> Callable[[int], None]:
    def on_step(done: int) -> None:  # runs in the main thread, as the trainer's loop does
        if done == step and int(os.environ.get("RANK", "0")) == rank:
            # to the whole process, as a terminal sends it: the trainer must see that it
            # reaches the stop flag and no thread of the process group
            os.kill(os.getpid(), signal.SIGINT)
    return on_step


def probe_average(ddp: Dist) -> Tensor:
    """Rank r hands step() the gradient r + 1 (no clipping, lr 0); what is left after it."""
    p = torch.nn.Parameter(torch.zeros(3))
    opt = GuardedOptimizer(torch.optim.AdamW([p], lr=0.0), clip=0.0, ddp=ddp, name="probe")
    p.grad = torch.full((3,), float(ddp.rank + 1))
    opt.step()
    return p.grad.clone()


def main(out: Path, cfg: TrainConfig, interrupt: tuple[int, int] | None) -> None:
    job = train_and_keep_job(out / "run", cfg, skew_init=True, interrupt=interrupt)
    state = {k: v.detach().contiguous() for k, v in job.model.state_dict().items()}
    state["probe.grad"] = probe_average(job.ddp)
    save_file(state, str(out / f"rank{job.ddp.rank}.safetensors"))
    dist.barrier()  # no rank tears gloo down while the other still talks to it
    dist.destroy_process_group()
    _exit_now()


def _exit_now() -> None:
    """Leave without the interpreter's and C++'s exit-time teardown. With torch 2.13 a rank
    that exits while its peer is still connected now and then aborts there ("terminate
    called without an active exception", its main thread with no Python frame left; 1 of 40
    runs under CPU load, and one CI run), after everything the test checks is on disk."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(Path(sys.argv[1]), TrainConfig(**json.loads(sys.argv[2])),
         tuple(json.loads(sys.argv[3])) if len(sys.argv) > 3 else None)

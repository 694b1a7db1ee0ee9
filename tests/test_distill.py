"""Progressive distillation checked in closed form with the analytic Gaussian denoiser
E[x_0 | x_t] = m + alpha s^2 (x_t - alpha m) / (alpha^2 s^2 + sigma^2) of x_0 ~ N(m, s^2 I),
and the `distilled` model's plumbing: teacher run, card, NFE, errors, exact resume."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest
import torch

from genmap import checkpoint as ckpt
from genmap.card import Card
from genmap.data import load
from genmap.diffusion.distill import (
    coefficients,
    ddim_map,
    ddim_on_grid,
    grid,
    two_step_target,
)
from genmap.diffusion.processes import Process, make_process
from genmap.nets import append_dims
from genmap.protocol import (
    Batch,
    ConfigError,
    DataMismatch,
    LikelihoodUnavailable,
    SamplerOptionError,
    count_calls,
)
from genmap.registry import build
from genmap.samplers import Denoiser
from genmap.train import TrainConfig, load_run, resume, train

M, S = 1.5, 0.5


def gaussian_denoiser(process: Process, m: float = M, s: float = S) -> Denoiser:
    def D(x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        alpha, sigma = (append_dims(c, x.ndim).to(x.dtype) for c in process.alpha_sigma(t))
        return m + alpha * s**2 * (x - alpha * m) / (alpha**2 * s**2 + sigma**2)
    return D


def ideal_student(D: Denoiser, process: Process, K: int) -> Denoiser:
    """The student that fits its targets exactly: at t = t_k it returns two_step_target."""
    times = grid(process, K).tolist()

    def S_(x: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        k = torch.full((x.shape[0],), times.index(float(t[0])), dtype=torch.long)
        return two_step_target(D, process, x, k, K)[0]
    return S_


@pytest.mark.parametrize("process_name", ["linear", "cosine", "vp"])
@pytest.mark.parametrize("K", [1, 2, 4])
def test_a_perfect_student_step_equals_two_teacher_steps(process_name: str, K: int) -> None:
    """With the target x~ as its x0_hat, the K-step DDIM map equals the teacher's 2K-step
    map exactly, for every process (DDPM's discrete chains and the VP SDE)."""
    process = make_process(process_name)
    D = gaussian_denoiser(process)
    z = torch.randn(500, 2, generator=torch.Generator().manual_seed(0), dtype=torch.float64)
    student = ddim_on_grid(ideal_student(D, process, K), process, z, K)
    teacher = ddim_on_grid(D, process, z, 2 * K)
    assert torch.allclose(student, teacher, atol=1e-9)
    # and it is not trivially so: the K-step teacher lands elsewhere
    assert not torch.allclose(ddim_on_grid(D, process, z, K), teacher, atol=1e-3)


def test_the_grids_nest_so_rounds_can_halve() -> None:
    for process in (make_process("linear"), make_process("vp")):
        for K in (1, 2, 4, 8, 16, 32):
            assert torch.equal(grid(process, 2 * K)[::2], grid(process, K))
    a, s = coefficients(make_process("linear"), torch.tensor([0.0, 1.0], dtype=torch.float64))
    assert (a[0], s[0]) == (1.0, 0.0) and 0 < a[1] < 0.01 < 0.99 < s[1]


def test_the_last_step_target_is_the_two_step_sample_itself() -> None:
    process = make_process("linear")
    D = gaussian_denoiser(process)
    x = torch.randn(64, 2, dtype=torch.float64)
    k = torch.ones(64, dtype=torch.long)
    target, t = two_step_target(D, process, x, k, 1)
    assert torch.allclose(t, torch.ones(64, dtype=torch.float64))
    half = grid(process, 2)[1]
    a, s = coefficients(process, torch.tensor([1.0, float(half)], dtype=torch.float64))
    x1 = ddim_map(x, D(x, t), a[0], s[0], a[1], s[1])
    assert torch.allclose(target, D(x1, torch.full((64,), float(half), dtype=torch.float64)))


# ------------------------------------------------------------------ the registered model


@pytest.fixture(scope="module")
def teacher_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = tmp_path_factory.mktemp("teacher") / "ddpm"
    # raw coordinates: the slow test fits the (linear) Gaussian distillation target, which
    # an MLP learns fastest without Fourier features
    train(run, "ddpm", "ring8", model_overrides={"width": 64, "depth": 2, "vlb_steps": 2,
                                                 "fourier_features": 0},
          cfg=TrainConfig(steps=3, warmup=1, val_every=3), quiet=True)
    return run


def _student(teacher: Path, **kw: object) -> torch.nn.Module:
    torch.manual_seed(0)
    return build("distilled", load("ring8").spec, {"teacher": str(teacher), **kw})


@pytest.mark.parametrize("K", [1, 2, 4])
def test_nfe_is_what_the_card_says(teacher_run: Path, K: int) -> None:
    model = _student(teacher_run, student_steps=K, teacher_steps=16).eval()
    counter, remove = count_calls([model.net])
    x = model.sample(7)
    remove()
    assert x.shape == (7, 2)
    assert counter[0] == K == model.card.nfe_for(D=2)
    with pytest.raises(SamplerOptionError, match=f"accepted: steps={K}"):
        model.sample(2, steps=K + 1)


def test_card_is_distilled_and_keeps_the_teacher(teacher_run: Path) -> None:
    model = _student(teacher_run)
    teacher, _ = load_run(teacher_run)
    card = model.card
    assert card.paradigms == ("diffusion",) and card.sampler == "few-step distilled"
    assert card.objective == ("progressive distillation",) and card.likelihood is None
    assert set(card.flags) == {"distilled", "non-standard"}
    assert card.components == (("distillation teacher", teacher.card),)
    assert Card.from_dict(card.to_dict()) == card
    assert Path(model.config.teacher).is_absolute()
    with pytest.raises(LikelihoodUnavailable, match="teacher"):
        model.log_prob(torch.zeros(2, 2))


def test_the_teacher_is_frozen_and_outside_the_state(teacher_run: Path) -> None:
    model = _student(teacher_run)
    names = set(model.state_dict())
    assert not any("teacher" in n for n in names)
    assert {n for n, _ in model.named_parameters()} == {f"net.{n}" for n, _ in
                                                        model.teacher.net.named_parameters()}
    assert not any(p.requires_grad for p in model.teacher.parameters())
    model.double()  # moving the student moves its teacher
    assert next(model.teacher.parameters()).dtype == torch.float64


def test_a_missing_or_wrong_teacher_fails_in_one_line(teacher_run: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--set teacher=RUN"):
        build("distilled", load("ring8").spec)
    with pytest.raises(DataMismatch, match=r"ring8.*moons"):
        build("distilled", load("moons").spec, {"teacher": str(teacher_run)})
    with pytest.raises(ConfigError, match="power of two"):
        _student(teacher_run, student_steps=3, teacher_steps=64)
    with pytest.raises(ConfigError, match="accepted: x0, v"):
        _student(teacher_run, prediction="eps")
    fm = tmp_path / "fm"
    train(fm, "flow_matching", "ring8", model_overrides={"width": 16, "depth": 1},
          cfg=TrainConfig(steps=1, warmup=1, val_every=1), quiet=True)
    with pytest.raises(ConfigError, match="accepted: a ddpm or sde run"):
        _student(fm)


def test_rounds_halve_and_snapshot_the_student(teacher_run: Path) -> None:
    model = _student(teacher_run, student_steps=1, teacher_steps=8, round_steps=2)
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    x = load("ring8").train.x[:32]
    seen = []
    for _ in range(8):
        seen.append(float(model.train_step(Batch(x), {"model": opt})["steps_now"]))
    assert seen == [4, 4, 2, 2, 1, 1, 1, 1]  # 8 -> 4 -> 2 -> 1 steps, the last round stays
    assert int(model.snapshot_round) == 2
    # the snapshot holds the student of the last finished round, no longer the teacher
    first = next(model.teacher.net.parameters())
    assert model.snapshot.w0.shape == first.shape and not torch.equal(model.snapshot.w0, first)


@pytest.mark.slow
def test_distillation_of_the_analytic_teacher_reproduces_its_samples(teacher_run: Path) -> None:
    """Three rounds 8 -> 4 -> 2 -> 1 against the analytic Gaussian denoiser as the teacher:
    the one-step student's samples match the 8-step teacher's, mean and std."""
    model = _student(teacher_run, student_steps=1, teacher_steps=8, round_steps=150)
    D = gaussian_denoiser(model.process)
    model.teacher_denoiser = lambda cond=None: D  # type: ignore[method-assign]
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(1)
    for _ in range(450):
        model.train_step(Batch(M + S * torch.randn(256, 2, generator=g)), {"model": opt})
    model.eval()
    torch.manual_seed(2)
    z = torch.randn(4000, 2)
    target = ddim_on_grid(D, model.process, z, 8)
    torch.manual_seed(2)
    ours = model.sample(4000)
    assert ours.mean(0) == pytest.approx(target.mean(0).tolist(), abs=0.05)
    assert ours.std(0) == pytest.approx(target.std(0).tolist(), abs=0.05)
    assert float(model.loss(Batch(z[:256]))["sample_gap"]) < 0.01
    assert float(((ddim_on_grid(D, model.process, z, 1) - target) ** 2).mean()) > 0.05


def test_training_resumes_exactly_across_a_round_boundary(teacher_run: Path,
                                                          tmp_path: Path) -> None:
    """Interrupted mid-round (step 4 of rounds 0-2, 3-5, 6-), resumed: bit for bit, the
    round's snapshot restored from the checkpoint and the next boundary crossed after,
    although the teacher run was deleted in between (the run keeps its own copy)."""
    over = {"teacher": str(teacher_run), "student_steps": 1, "teacher_steps": 8,
            "round_steps": 3}
    cfg = TrainConfig(steps=8, warmup=1, val_every=4, ckpt_every=4, batch_size=32)
    train(tmp_path / "a", "distilled", "ring8", model_overrides=over, cfg=cfg, quiet=True)

    def interrupt(step: int) -> None:
        if step == 4:
            os.kill(os.getpid(), signal.SIGINT)

    teacher = tmp_path / "teacher"
    shutil.copytree(teacher_run, teacher)
    out = train(tmp_path / "b", "distilled", "ring8", cfg=cfg, quiet=True, on_step=interrupt,
                model_overrides=over | {"teacher": str(teacher)})
    assert out["interrupted"] and out["step"] == 4
    shutil.rmtree(teacher)
    resume(tmp_path / "b", quiet=True)
    for stem in ("model", "ema"):
        a = ckpt.load_tensors(tmp_path / "a" / "last" / f"{stem}.safetensors")
        b = ckpt.load_tensors(tmp_path / "b" / "last" / f"{stem}.safetensors")
        assert a.keys() == b.keys() and "snapshot.w0" in a
        assert int(a["step"]) == 8 and int(a["snapshot_round"]) == 2
        for k in a:
            assert torch.equal(a[k], b[k]), (stem, k)
    (tmp_path / "b").rename(tmp_path / "moved")
    model, conf = load_run(tmp_path / "moved")
    assert conf["model_config"]["teacher"] == "components/teacher"
    assert model.sample(3).shape == (3, 2)
    kept = ckpt.load_tensors(tmp_path / "moved/components/teacher/best/ema.safetensors")
    for k, v in model.teacher.state_dict().items():
        assert torch.equal(kept[k], v)
    assert not (tmp_path / "moved/components/teacher/best/optim.safetensors").exists()

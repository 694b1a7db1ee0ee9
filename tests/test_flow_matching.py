"""Flow matching checked against Gaussian-to-Gaussian transport, where everything is closed
form: x_t ~ N(t m, V_t), V_t = (1 - t)^2 + t^2 s^2, v*(y, t) = E[x - z | x_t = y]."""

from __future__ import annotations

import math
import os
import shutil
import signal
from pathlib import Path

import pytest
import torch

from genmap import checkpoint as ckpt
from genmap.card import Card
from genmap.data import DataSpec, load
from genmap.diffusion.flow_matching import (
    SOLVERS,
    FlowMatching,
    FlowMatchingConfig,
    couplings,
    dopri5,
    euler,
    fm_loss,
    gaussian_rectified_velocity,
    gaussian_velocity,
    ode_log_prob,
    reflow,
    seeded_couplings,
    straightness,
)
from genmap.protocol import Batch, ConfigError, DataMismatch, SamplerOptionError, count_calls
from genmap.registry import build
from genmap.train import TrainConfig, load_run, resume, train

M, S, D = 1.5, 0.5, 2


def _gaussian(n: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    x = M + S * torch.randn(n, D, generator=g, dtype=torch.float64)
    z = torch.randn(n, D, generator=g, dtype=torch.float64)
    t = torch.rand(n, generator=g, dtype=torch.float64)
    return x, z, t


def test_analytic_velocity_is_the_regression_minimiser() -> None:
    """v* = E[u | x_t]: its residual is orthogonal to every function of (x_t, t), so adding
    any perturbation c h(x_t, t) raises the loss by c^2 E h^2 (no first-order term)."""
    x, z, t = _gaussian(400_000)
    v = gaussian_velocity(M, S)
    base = fm_loss(v, x, z, t)
    hs = [lambda y, t: torch.ones_like(y), lambda y, t: y, lambda y, t: t[:, None] * y,
          lambda y, t: torch.sin(3 * y) * t[:, None]]
    x_t = (1 - t[:, None]) * z + t[:, None] * x
    for h in hs:
        for c in (0.1, -0.1):
            pert = fm_loss(lambda y, tt, h=h, c=c: v(y, tt) + c * h(y, tt), x, z, t)
            predicted = base + c**2 * h(x_t, t).pow(2).mean()
            assert pert > base
            assert pert == pytest.approx(float(predicted), rel=2e-3)


def test_the_irreducible_loss_is_the_conditional_variance() -> None:
    """E||v* - u||^2 / D = E_t Var(u | x_t) per dimension, with Var u = 1 + s^2 and
    Cov(u, x_t) = t s^2 - (1 - t): E_t [(1 + s^2) - (t s^2 - (1 - t))^2 / V_t], by quadrature."""
    x, z, t = _gaussian(400_000, seed=1)
    tq = torch.linspace(0, 1, 20_001, dtype=torch.float64)
    Vt = (1 - tq) ** 2 + tq**2 * S**2
    cond_var = (1 + S**2) - (tq * S**2 - (1 - tq)) ** 2 / Vt
    expected = torch.trapezoid(cond_var, tq)
    assert fm_loss(gaussian_velocity(M, S), x, z, t) == pytest.approx(float(expected), rel=1e-2)


@pytest.mark.parametrize("solver,steps", [("euler", 200), ("heun", 20), ("dopri5", 0)])
def test_every_solver_transports_noise_to_the_target_moments(solver: str, steps: int) -> None:
    z = torch.randn(20_000, D, generator=torch.Generator().manual_seed(2), dtype=torch.float64)
    x = SOLVERS[solver](gaussian_velocity(M, S), z, steps)
    # the flow of an affine velocity is affine: x = m + s z exactly, up to solver error
    assert torch.allclose(x, M + S * z, atol=2e-2)
    assert torch.allclose(x.mean(0), M + S * z.mean(0), atol=1e-2)
    assert torch.allclose(x.std(0), S * z.std(0), rtol=1e-2)


@pytest.mark.parametrize("exact", [True, False])
def test_ode_likelihood_equals_the_gaussian_log_density(exact: bool) -> None:
    x = M + S * torch.randn(64, D, generator=torch.Generator().manual_seed(3),
                            dtype=torch.float64)
    closed = torch.distributions.Normal(M, S).log_prob(x).sum(1)
    lp = ode_log_prob(gaussian_velocity(M, S), x, exact=exact, tol=1e-7)
    if exact:
        assert torch.allclose(lp, closed, atol=1e-4)
    else:
        # Hutchinson is exact in expectation; for a velocity whose Jacobian is a multiple of
        # I, eps^T J eps = D * J_ii for Rademacher eps: exact per draw as well
        assert torch.allclose(lp, closed, atol=1e-4)


SPEC = DataSpec(name="toy", shape=(D,), levels=None, num_classes=None, kind="vector")


def _model(**kw: object) -> FlowMatching:
    torch.manual_seed(0)
    return FlowMatching(FlowMatchingConfig(width=32, depth=1, **kw), SPEC)


@pytest.mark.parametrize("sampler,steps,nfe", [("euler", 7, 7), ("heun", 5, 10)])
def test_nfe_is_what_the_card_says(sampler: str, steps: int, nfe: int) -> None:
    model = _model(sampler=sampler).eval()
    counter, remove = count_calls([model.net])
    model.sample(4, steps=steps)
    remove()
    assert counter[0] == nfe == model.card.nfe_for(D, steps)


def test_sampler_options_are_checked() -> None:
    model = _model()
    with pytest.raises(SamplerOptionError, match="accepted: euler, heun, dopri5"):
        model.sample(2, sampler="rk4")
    with pytest.raises(SamplerOptionError, match="accepted: sampler, steps, guidance"):
        model.sample(2, eta=1.0)


def test_model_log_prob_is_exact_on_2d_and_matches_a_manual_flow() -> None:
    """log_prob = log N(z) - int div v, checked against an integration of the same
    network (Heun, 200 steps) with the divergence from the autograd Jacobian's trace."""
    model = _model(ode_tol=1e-6).eval()
    x = torch.randn(5, D)
    lp = model.log_prob(x)
    assert lp.kind == "exact"
    v = model.velocity()

    def div(y: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
        J = torch.func.vmap(torch.func.jacrev(lambda yi, ti: v(yi[None], ti[None])[0]))(y, t)
        return torch.diagonal(J, dim1=1, dim2=2).sum(1)

    y, acc, n = x.clone(), torch.zeros(5), 200
    for k in range(n):  # Heun backwards from t = 1 to 0, trapezoid for int div v
        t0, t1 = torch.full((5,), 1 - k / n), torch.full((5,), 1 - (k + 1) / n)
        with torch.no_grad():
            y1 = y - v(y, t0) / n
            y2 = y - 0.5 * (v(y, t0) + v(y1, t1)) / n
        acc = acc - 0.5 * (div(y, t0) + div(y2, t1)) / n
        y = y2
    manual = torch.distributions.Normal(0.0, 1.0).log_prob(y).sum(1) + acc
    assert torch.allclose(lp.value, manual, atol=2e-2)


@pytest.mark.slow
def test_flow_matching_learns_a_gaussian_and_its_likelihood() -> None:
    model = _model()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for _ in range(1500):
        x = M + S * torch.randn(256, D)
        loss = model.loss(Batch(x))["loss"]
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    x = model.sample(4000, sampler="dopri5")
    assert x.mean(0) == pytest.approx([M] * D, abs=0.1)
    assert x.std(0) == pytest.approx([S] * D, abs=0.1)
    test = M + S * torch.randn(500, D)
    closed = torch.distributions.Normal(M, S).log_prob(test).sum(1).mean()
    assert float(model.log_prob(test).value.mean()) == pytest.approx(float(closed), abs=0.15)
    assert math.isfinite(float(closed))


def test_reflow_straightens_gaussian_transport_so_one_euler_step_is_exact() -> None:
    z = torch.randn(5000, D, generator=torch.Generator().manual_seed(4), dtype=torch.float64)
    x = M + S * z  # the ODE coupling of v*, in closed form
    rect, curved = gaussian_rectified_velocity(M, S), gaussian_velocity(M, S)
    assert straightness(rect, z, x) < 1e-20
    assert straightness(curved, z, x) > 0.01
    assert torch.allclose(euler(rect, z, 1), x, atol=1e-12)
    assert not torch.allclose(euler(curved, z, 1), x, atol=1e-2)
    # both carry N(0, I) to the same law: the rectified flow keeps the marginals
    assert torch.allclose(dopri5(rect, z, tol=1e-8), dopri5(curved, z, tol=1e-8), atol=1e-5)


def test_reflow_fits_the_models_own_coupling() -> None:
    torch.manual_seed(0)
    model = _model(dropout=0.0)
    z, x = couplings(model.eval(), 256)
    before = straightness(model.velocity(), z, x)
    student = reflow(model, n_pairs=256, train_steps=150, lr=3e-3)
    assert straightness(student.velocity(), z, x) < before
    assert model.net is not student.net


# ------------------------------------------------------------------ reflow from the CLI


@pytest.fixture(scope="module")
def fm_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    run = tmp_path_factory.mktemp("fm") / "run"
    train(run, "flow_matching", "ring8", model_overrides={"width": 16, "depth": 1},
          cfg=TrainConfig(steps=3, warmup=1, val_every=3), quiet=True)
    return run


def _reflow(teacher: Path, **kw: object) -> FlowMatching:
    torch.manual_seed(0)
    over = {"teacher": str(teacher), "width": 16, "depth": 1, "reflow_pairs": 64, **kw}
    return build("flow_matching", load("ring8").spec, over)  # type: ignore[return-value]


def test_a_reflow_run_starts_from_its_teacher_and_says_so(fm_run: Path) -> None:
    teacher, _ = load_run(fm_run)
    model = _reflow(fm_run)
    assert model.card.components == (("distillation teacher", teacher.card),)
    assert any("arXiv:2209.03003" in n for n in model.card.notes)
    assert Card.from_dict(model.card.to_dict()) == model.card
    for a, b in zip(model.net.parameters(), teacher.net.parameters(), strict=True):
        assert torch.equal(a, b)
    assert not any("teacher" in k for k in model.state_dict())
    assert model.config.teacher == str(fm_run.resolve())
    assert _model().card.components == ()  # plain flow matching has no teacher
    model.double()  # moving the student moves its frozen teacher
    assert next(model.teacher.net.parameters()).dtype == torch.float64


def test_a_reflow_run_keeps_its_teacher(fm_run: Path, tmp_path: Path) -> None:
    """The run records a copy of its teacher (RUN/components/teacher): it loads and
    samples after the original teacher run is gone."""
    teacher = tmp_path / "teacher"
    shutil.copytree(fm_run, teacher)
    train(tmp_path / "reflow", "flow_matching", "ring8", cfg=TrainConfig(steps=1, warmup=1),
          model_overrides={"teacher": str(teacher), "width": 16, "depth": 1,
                           "reflow_pairs": 64}, quiet=True)
    shutil.rmtree(teacher)
    model, conf = load_run(tmp_path / "reflow")
    assert conf["model_config"]["teacher"] == "components/teacher"
    assert model.teacher is not None and model.sample(3).shape == (3, 2)


def test_reflow_pairs_are_the_teachers_seeded_coupling(fm_run: Path) -> None:
    teacher, _ = load_run(fm_run)
    z, x, y = seeded_couplings(teacher, 64, seed=5)
    z2, x2, _ = seeded_couplings(teacher, 64, seed=5)
    assert y is None and torch.equal(z, z2) and torch.equal(x, x2)
    assert not torch.equal(z, seeded_couplings(teacher, 64, seed=6)[0])
    assert torch.allclose(x, teacher.transport(z.clone(), sampler="dopri5"), atol=1e-6)
    assert torch.equal(z, torch.randn(64, 2, generator=torch.Generator().manual_seed(5)))


def test_the_reflow_loss_regresses_on_the_coupling_not_the_batch(fm_run: Path) -> None:
    model = _reflow(fm_run, reflow_seed=3, dropout=0.0)
    data = load("ring8").train.x
    torch.manual_seed(1)
    a = model.loss(Batch(data[:32]))["loss"]
    torch.manual_seed(1)
    b = model.loss(Batch(data[32:64] * 10))["loss"]
    assert torch.equal(a, b)
    z, x, _ = model._pairs  # type: ignore[misc]
    torch.manual_seed(1)
    idx = torch.randint(0, 64, (32,))
    t = torch.rand(32)
    assert torch.allclose(a, fm_loss(model.velocity(), x[idx], z[idx], t))


def test_a_wrong_reflow_teacher_fails_in_one_line(fm_run: Path, tmp_path: Path) -> None:
    with pytest.raises(DataMismatch, match="ring8"):
        build("flow_matching", load("moons").spec, {"teacher": str(fm_run)})
    with pytest.raises(ConfigError, match="architecture"):
        _reflow(fm_run, width=32)
    ddpm = tmp_path / "ddpm"
    train(ddpm, "ddpm", "ring8", model_overrides={"width": 16, "depth": 1, "vlb_steps": 2},
          cfg=TrainConfig(steps=1, warmup=1, val_every=1), quiet=True)
    with pytest.raises(ConfigError, match="accepted: a flow_matching run"):
        _reflow(ddpm)


def test_a_reflow_run_resumes_bit_for_bit(fm_run: Path, tmp_path: Path) -> None:
    over = {"teacher": str(fm_run), "width": 16, "depth": 1, "reflow_pairs": 64}
    cfg = TrainConfig(steps=6, warmup=1, val_every=3, ckpt_every=3, batch_size=16)
    train(tmp_path / "a", "flow_matching", "ring8", model_overrides=over, cfg=cfg, quiet=True)

    def interrupt(step: int) -> None:
        if step == 2:
            os.kill(os.getpid(), signal.SIGINT)

    train(tmp_path / "b", "flow_matching", "ring8", model_overrides=over, cfg=cfg, quiet=True,
          on_step=interrupt)
    resume(tmp_path / "b", quiet=True)
    for stem in ("model", "ema"):
        a = ckpt.load_tensors(tmp_path / "a" / "last" / f"{stem}.safetensors")
        b = ckpt.load_tensors(tmp_path / "b" / "last" / f"{stem}.safetensors")
        for k in a:
            assert torch.equal(a[k], b[k]), (stem, k)

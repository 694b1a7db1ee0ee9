"""Normalizing flows checked against the math: inverse round trips, log-determinants
against the autograd Jacobian, densities that integrate to 1, identity spline tails, and
the dequantized bits/dim against the closed form of a flow whose density is known."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
import torch
from torch import Tensor, nn

from genmap import metrics
from genmap.data import DataSpec, load
from genmap.flow.dequant import VariationalDequantization, logit_transform
from genmap.flow.layers import (
    ActNorm,
    AffineCoupling,
    Bijection,
    Compose,
    Flatten,
    InvertibleLinearLU,
    Squeeze,
    Unsqueeze,
    alternating_mask,
    channel_mask,
    checkerboard_mask,
    coupling_convnet,
    coupling_mlp,
    half_mask,
)
from genmap.flow.layers import Split as FactorOut
from genmap.flow.made import MADE, MAFLayer, MAFSplineLayer
from genmap.flow.spline import RQSplineCoupling, rational_quadratic_spline
from genmap.protocol import Batch, DataMismatch, SamplerOptionError
from genmap.registry import ConfigError, build

FLOWS = ("realnvp", "glow", "nsf", "maf")
DIGITS = DataSpec("digits", (1, 8, 8), 17, 10, "image")
RING = DataSpec("ring8", (2,), None, None, "vector")
TINY = {"hidden": 16, "layers": 2}


@pytest.fixture(autouse=True)
def _seed() -> None:
    torch.manual_seed(0)


def _perturb(module: nn.Module, scale: float) -> nn.Module:
    """Move every parameter off its (often identity) initialisation."""
    with torch.no_grad():
        for p in module.parameters():
            p.add_(scale * torch.randn_like(p))
    return module


def _ready(module: nn.Module, x: Tensor, scale: float = 0.3) -> nn.Module:
    """float64, actnorm initialised on x, parameters perturbed, eval mode."""
    module.double().train()
    module(x)
    return _perturb(module, scale).eval()


def _jacobian_log_det(f: Bijection, x: Tensor) -> Tensor:
    """log|det ∂f/∂x| of one example x (1, ...) by autograd and slogdet."""
    def flat(v: Tensor) -> Tensor:
        return f(v.reshape(x.shape))[0].flatten()

    J = torch.autograd.functional.jacobian(flat, x.flatten(), vectorize=True)
    return torch.linalg.slogdet(J)[1]


def _layers() -> dict[str, tuple[Callable[[], Bijection], tuple[int, ...]]]:
    img = (2, 4, 4)
    return {
        "affine-alternating": (lambda: AffineCoupling(
            alternating_mask(4, 1), coupling_mlp(4, 8, 16, 0.0), 3.0), (4,)),
        "affine-checkerboard": (lambda: AffineCoupling(
            checkerboard_mask(*img, 0), coupling_convnet(2, 4, 8, 0.0), 3.0), img),
        "affine-channel": (lambda: AffineCoupling(
            channel_mask(*img, 1), coupling_convnet(2, 4, 8, 0.0), 3.0), img),
        "actnorm-vector": (lambda: ActNorm(4), (4,)),
        "actnorm-image": (lambda: ActNorm(2), img),
        "lu-linear": (lambda: InvertibleLinearLU(4), (4,)),
        "lu-1x1-conv": (lambda: InvertibleLinearLU(2), img),
        "squeeze": (Squeeze, img),
        "unsqueeze": (Unsqueeze, (8, 2, 2)),
        "flatten": (lambda: Flatten(img), img),
        "split": (lambda: FactorOut(ActNorm(1)), img),
        "spline": (lambda: RQSplineCoupling(half_mask(4, 0), coupling_mlp(2, 2 * 23, 16, 0.0),
                                            8, 2.0), (4,)),
        "maf": (lambda: MAFLayer(MADE(4, 16, 2, 2, True, 0.0), 3.0), (4,)),
        "maf-spline": (lambda: MAFSplineLayer(MADE(4, 16, 2, 23, False, 0.0), 8, 2.0), (4,)),
    }


LAYERS = _layers()


@pytest.mark.parametrize("name", list(LAYERS))
def test_layer_inverse_round_trip_and_log_det_equals_autograd_slogdet(name: str) -> None:
    make, shape = LAYERS[name]
    x = 1.5 * torch.randn(6, *shape, dtype=torch.float64)  # spans the spline's tails too
    f = _ready(make(), x)
    z, log_det = f(x)
    assert z.shape == x.shape or name in ("squeeze", "unsqueeze", "flatten")
    torch.testing.assert_close(f.inverse(z), x, atol=1e-5, rtol=0)
    for i in range(3):
        ref = _jacobian_log_det(f, x[i:i + 1])
        torch.testing.assert_close(log_det[i], ref, atol=1e-6, rtol=1e-6)


def _flow(name: str, spec: DataSpec, data: Tensor, **kw: object) -> nn.Module:
    torch.manual_seed(1)
    model = build(name, spec, TINY | kw)
    model.double().train()
    with torch.no_grad():
        model.log_prob(data)  # initialises actnorm from data
    return _perturb(model, 0.05).eval()


VARIANTS = {**{name: (name, {}) for name in FLOWS},
            "maf-spline": ("maf", {"transform": "spline", "bins": 5})}


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("spec", [DIGITS, RING], ids=["digits", "ring8"])
def test_flow_round_trip_and_log_det(variant: str, spec: DataSpec) -> None:
    name, kw = VARIANTS[variant]
    x = torch.randn(5, *spec.shape, dtype=torch.float64)
    model = _flow(name, spec, torch.randint(0, 17, (8, *spec.shape)) if spec.discrete else x,
                  **kw)
    z, log_det = model.transform(x)
    torch.testing.assert_close(model.transform.inverse(z).reshape(x.shape), x, atol=1e-5, rtol=0)
    ref = _jacobian_log_det(model.transform, x[:1])
    torch.testing.assert_close(log_det[0], ref, atol=1e-5, rtol=1e-6)


@pytest.mark.parametrize("variant", VARIANTS)
def test_2d_density_integrates_to_one(variant: str) -> None:
    name, kw = VARIANTS[variant]
    model = _flow(name, RING, torch.randn(64, 2, dtype=torch.float64), **kw)
    h = 0.05
    g = torch.arange(-8, 8, h, dtype=torch.float64) + h / 2
    grid = torch.cartesian_prod(g, g)  # (N, 2) cell centres
    with torch.no_grad():
        lp = torch.cat([model.log_prob(c).value for c in grid.split(50_000)])
    assert lp.exp().sum().item() * h * h == pytest.approx(1.0, abs=0.01)


def test_spline_tails_are_identity_and_finite_far_outside() -> None:
    B, K = 3.0, 6
    x = torch.tensor([-1e30, -1e6, -50.0, -3.0001, 3.0001, 50.0, 1e6, 1e30], dtype=torch.float64)
    uw, uh, ud = (torch.randn(len(x), n, dtype=torch.float64) for n in (K, K, K - 1))
    for inverse in (False, True):
        y, lad = rational_quadratic_spline(x, uw, uh, ud, B, inverse)
        assert torch.equal(y, x) and torch.equal(lad, torch.zeros_like(x))
    inside = torch.linspace(-B, B, 101, dtype=torch.float64)[1:-1]
    p = [t[:1].expand(len(inside), -1) for t in (uw, uh, ud)]
    y, lad = rational_quadratic_spline(inside, *p, B)
    assert (y.diff() > 0).all() and torch.isfinite(lad).all(), "monotone inside"
    edge = torch.tensor([-B + 1e-9, B - 1e-9], dtype=torch.float64)
    y, _ = rational_quadratic_spline(edge, *(t[:2] for t in p), B)
    torch.testing.assert_close(y, edge, atol=1e-6, rtol=0)  # continuous at ±B


def test_spline_coupling_never_raises_on_extreme_inputs() -> None:
    make, shape = LAYERS["spline"]
    f = _ready(make(), torch.randn(4, *shape, dtype=torch.float64))
    # row 0: the splined half (coordinates 2, 3) far outside; row 1: the conditioning half
    x = torch.tensor([[0.3, -0.7, 1e8, -1e12], [1e8, -1e8, 0.5, 1e3]], dtype=torch.float64)
    z, log_det = f(x)
    assert torch.isfinite(z).all() and torch.isfinite(log_det).all()
    assert torch.equal(z[0, 2:], x[0, 2:]) and log_det[0] == 0, "identity tails"
    assert torch.isfinite(f.inverse(z)).all()
    torch.testing.assert_close(f.inverse(z)[0], x[0], rtol=1e-12, atol=0)


class FixedNoise(nn.Module):
    """A dequantizer returning the given u with log q = 0 (a known uniform draw)."""

    def __init__(self, u: Tensor) -> None:
        super().__init__()
        self.u = u

    def forward(self, x: Tensor, dtype: torch.dtype) -> tuple[Tensor, Tensor]:
        return self.u.to(dtype), torch.zeros(x.shape[0], dtype=dtype)


def _identity_flow() -> nn.Module:
    """RealNVP on digits at initialisation: zeroed couplings make f the identity, so
    p(w) = N(w; 0, I) exactly and the bound has a closed form."""
    model = build("realnvp", DIGITS, TINY).double().eval()
    w = torch.randn(3, 1, 8, 8, dtype=torch.float64)
    z, log_det = model.transform(w)
    assert torch.equal(z, w) and torch.equal(log_det, torch.zeros(3, dtype=torch.float64))
    return model


def test_bits_per_dim_formula_on_a_flow_with_closed_form_density() -> None:
    model, K, D, a = _identity_flow(), 17, 64, 0.05
    x = load("digits").test.x[:4]
    u = torch.rand(x.shape, dtype=torch.float64)
    model.dequantizer = FixedNoise(u)
    y = (x + u) / K
    s = a + (1 - 2 * a) * y
    w = torch.log(s / (1 - s))
    log_p_y = (torch.distributions.Normal(0.0, 1.0).log_prob(w) + math.log(1 - 2 * a)
               - torch.log(s * (1 - s))).flatten(1).sum(1)
    lp = model.log_prob(x)
    assert lp.kind == "bound"
    torch.testing.assert_close(lp.value, log_p_y - D * math.log(K))
    bpd = metrics.to_unit(lp.value, DIGITS)
    torch.testing.assert_close(bpd, (-log_p_y + D * math.log(K)) / (D * math.log(2)))


def _exact_log_mass(x: Tensor, K: int, a: float) -> Tensor:
    """log P(x) = Σ_d log[Φ(w(hi)) - Φ(w(lo))] for p(w) = N(0, I): the cell's exact mass."""
    normal = torch.distributions.Normal(0.0, 1.0)

    def w(y: Tensor) -> Tensor:
        return logit_transform(y.double(), a)[0]

    hi, lo = normal.cdf(w((x + 1) / K)), normal.cdf(w(x / K))
    return (hi - lo).log().flatten(1).sum(1)


def test_dequantized_bound_is_below_the_exact_mass_and_importance_sampling_tightens_it() -> None:
    model = _identity_flow()
    model.transform = Compose(ActNorm(1)).double().eval()  # the same identity f, cheaper
    x = load("digits").test.x[:8]
    exact = _exact_log_mass(x, 17, 0.05)
    with torch.no_grad():
        single = torch.stack([model.log_prob(x).value for _ in range(200)]).mean(0)
        model.config.dequant_samples = 256
        iw = torch.stack([model.log_prob(x).value for _ in range(4)]).mean(0)
    gap_single, gap_iw = exact - single, exact - iw
    assert (gap_single > 1.0).all(), "Jensen: E[log p(y) - D log K] <= log P(x), here by ~2.5"
    assert -0.2 < gap_iw.mean() < 0.1 * gap_single.mean(), "256 draws close most of the gap"


def test_variational_dequantizer_log_q_is_its_change_of_variables() -> None:
    q = _perturb(VariationalDequantization(3, 17, 16, 4, 3.0).double(), 0.3)
    eps = torch.randn(4, 3, dtype=torch.float64)
    ctx = torch.rand(4, 3, dtype=torch.float64) * 2 - 1
    u, log_q = q.noise(eps, ctx)
    assert ((u > 0) & (u < 1)).all()
    for i in range(4):
        J = torch.autograd.functional.jacobian(lambda e, i=i: q.noise(e[None], ctx[i:i + 1])[0][0],
                                               eps[i])
        normal = torch.distributions.Normal(0.0, 1.0).log_prob(eps[i]).sum()
        torch.testing.assert_close(log_q[i], normal - torch.linalg.slogdet(J)[1])


def test_variational_dequantization_trains_its_noise_flow_and_stays_a_bound() -> None:
    torch.manual_seed(0)
    model = build("realnvp", DIGITS, TINY | {"dequant": "variational"})
    x = load("digits").train.x[:16]
    loss = model.loss(Batch(x))["loss"]
    loss.backward()
    grads = [p.grad for p in model.dequantizer.parameters()]
    assert all(g is not None for g in grads) and any(g.abs().sum() > 0 for g in grads)
    assert (model.eval().log_prob(x).value <= 0).all()


@pytest.mark.parametrize("name", FLOWS)
def test_saturated_pixels_give_finite_bounds_and_gradients(name: str) -> None:
    torch.manual_seed(0)
    model = build(name, DIGITS, TINY)
    x = torch.stack([torch.zeros(1, 8, 8), torch.full((1, 8, 8), 16.0)]).long()  # (2, 1, 8, 8)
    model.log_prob(load("digits").train.x[:16])  # actnorm init on real data
    for u in (torch.zeros(2, 1, 8, 8), torch.full((2, 1, 8, 8), 1 - 1e-8)):
        model.dequantizer = FixedNoise(u)
        model.zero_grad()
        value = model.log_prob(x).value
        value.sum().backward()
        assert torch.isfinite(value).all()
        assert all(torch.isfinite(p.grad).all() for p in model.parameters() if p.grad is not None)


@pytest.mark.parametrize("name", FLOWS)
def test_float64_path_agrees_with_float32(name: str) -> None:
    torch.manual_seed(0)
    model = build(name, RING, TINY)
    x = load("ring8").train.x[:32]
    model.log_prob(x)  # actnorm init
    _perturb(model, 0.05).eval()
    lp32 = model.log_prob(x).value
    lp64 = model.double().log_prob(x.double()).value
    assert lp64.dtype == torch.float64
    torch.testing.assert_close(lp32.double(), lp64, atol=1e-3, rtol=1e-4)


def test_actnorm_data_dependent_init_standardises_each_channel() -> None:
    x = 3 + 2 * torch.randn(64, 4, 5, 5)
    z, _ = ActNorm(4).train()(x)
    torch.testing.assert_close(z.mean((0, 2, 3)), torch.zeros(4), atol=1e-5, rtol=0)
    torch.testing.assert_close(z.std((0, 2, 3), unbiased=False), torch.ones(4), atol=1e-4, rtol=0)


def test_made_output_d_depends_only_on_earlier_inputs() -> None:
    D = 5
    for reverse in (False, True):
        made = _perturb(MADE(D, 16, 2, 2, reverse, 0.0).double(), 0.5)
        J = torch.autograd.functional.jacobian(lambda v, m=made: m(v[None])[0],
                                               torch.randn(D, dtype=torch.float64))  # (2, D, D)
        deg = made.degrees
        allowed = deg[:, None] > deg[None, :]  # (out d, in j): j strictly before d
        assert (J.abs().sum(0)[~allowed] == 0).all()
        assert (J.abs().sum(0)[allowed] > 0).any()


def _count(model: nn.Module, fn: Callable[[], object]) -> int:
    calls = [0]
    hooks = [m.register_forward_hook(lambda *_: calls.__setitem__(0, calls[0] + 1))
             for m in model.modules() if isinstance(m, MADE)]
    fn()
    for h in hooks:
        h.remove()
    return calls[0]


def test_maf_density_takes_one_pass_per_layer_and_sampling_takes_d() -> None:
    model = build("maf", DIGITS, TINY).eval()
    x = load("digits").test.x[:4]
    assert _count(model, lambda: model.log_prob(x)) == 2
    assert _count(model, lambda: model.sample(3)) == 2 * 64
    assert model.card.nfe_for(64) == 2 * 64 and model.card.sampler == "sequential ancestral"
    spline = build("maf", DIGITS, TINY | {"transform": "spline"}).eval()
    assert _count(spline, lambda: spline.sample(3)) == spline.card.nfe_for(64) == 2 * 64


def test_maf_rejects_an_unknown_transform() -> None:
    with pytest.raises(ConfigError, match="affine or spline"):
        build("maf", RING, {"transform": "quadratic"})


@pytest.mark.parametrize("name", FLOWS)
def test_card_says_bound_on_discrete_and_exact_on_continuous(name: str) -> None:
    assert build(name, DIGITS, TINY).card.likelihood == "bound"
    card = build(name, RING, TINY).card
    assert card.likelihood == "exact" and card.paradigms[0] == "flow"
    assert card.objective == ("change-of-variables NLL",)


def test_text_is_refused_with_a_reason_and_bad_configs_are_named() -> None:
    text = DataSpec("text:x", (16,), 30, None, "text", "abc")
    for name in FLOWS:
        with pytest.raises(DataMismatch, match="unordered"):
            build(name, text)
    with pytest.raises(ConfigError, match="uniform, variational"):
        build("glow", DIGITS, {"dequant": "gaussian"})
    with pytest.raises(DataMismatch, match="divisible"):
        build("realnvp", DataSpec("odd", (1, 6, 6), 17, None, "image"))


def test_sampler_takes_temperature_only_and_zero_temperature_is_f_inverse_of_zero() -> None:
    model = _flow("glow", RING, torch.randn(64, 2, dtype=torch.float64))
    x = model.sample(3, temperature=0.0)
    torch.testing.assert_close(x, model.transform.inverse(torch.zeros(3, 2, dtype=x.dtype)))
    with pytest.raises(SamplerOptionError, match="temperature"):
        model.sample(2, steps=3)
    with pytest.raises(SamplerOptionError):
        model.sample(2, cond=torch.zeros(2, dtype=torch.long))


# ---------------------------------------------------------------- training quality (slow)


@pytest.mark.slow
@pytest.mark.parametrize("name", FLOWS)
def test_trained_flow_beats_a_gaussian_on_moons(name: str, tmp_path: object) -> None:
    from genmap.train import TrainConfig, load_run, train

    cfg = TrainConfig(steps=1500, batch_size=256, val_every=500, ckpt_every=1500)
    train(tmp_path, name, "moons", cfg=cfg, quiet=True)
    model, _ = load_run(tmp_path)
    data = load("moons")
    got = metrics.nll(model, data.test, data.spec)
    x = data.train.x
    gauss = torch.distributions.MultivariateNormal(x.mean(0), torch.cov(x.T))
    baseline = -gauss.log_prob(data.test.x).mean().item()
    assert got["kind"] == "exact" and got["value"] < baseline - 0.5


@pytest.mark.slow
def test_trained_realnvp_beats_the_independent_model_on_digits(tmp_path: object) -> None:
    from genmap.train import TrainConfig, load_run, train

    data = load("digits")
    cfg = TrainConfig(steps=600, batch_size=128, val_every=200, ckpt_every=600)
    train(tmp_path, "realnvp", "digits", model_overrides={"hidden": 32}, cfg=cfg, quiet=True)
    model, _ = load_run(tmp_path)
    got = metrics.nll(model, data.test, data.spec)
    floor = build("independent", data.spec, {"alpha": 1.0})
    floor.fit(data.train.x)
    assert got["kind"] == "bound"
    assert got["value"] < metrics.nll(floor, data.test, data.spec)["value"] - 0.1

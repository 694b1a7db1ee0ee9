"""Latent-variable models checked against closed forms: probabilistic PCA (a VAE whose
marginal likelihood and posterior are Gaussian and known), the Gaussian KL, the
reparameterised gradient, the discretized logistic, and the VQ quantiser's updates."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
import torch
from torch.distributions import MultivariateNormal, Normal, kl_divergence

from genmap.data import DataSpec, load
from genmap.latent import VAE, VQVAE, VAEConfig, VectorQuantizer, VQVAEConfig
from genmap.latent.likelihoods import (
    LOG_SCALE_MIN,
    Observation,
    discretized_logistic_table,
    gaussian_kl,
    reparameterize,
)
from genmap.protocol import Batch, SamplerOptionError
from genmap.train import TrainConfig, resume, train

DIGITS = DataSpec("digits", (1, 8, 8), 17, 10, "image")


# ---------------------------------------------------------------- probabilistic PCA


class PPCA:
    """x = W z + m + sigma * eps, z ~ N(0, I_2), in R^3, W with orthogonal columns so the
    exact posterior N(M^-1 W^T (x - m), sigma^2 M^-1), M = W^T W + sigma^2 I, is diagonal."""

    def __init__(self) -> None:
        Q, _ = torch.linalg.qr(torch.tensor([[1.0, 0.3], [0.2, -1.0], [0.5, 0.4]],
                                            dtype=torch.float64))
        self.W = Q * torch.tensor([2.0, 0.8], dtype=torch.float64)  # (3, 2)
        self.m = torch.tensor([0.5, -1.0, 0.25], dtype=torch.float64)
        self.sigma = 0.5
        self.M = torch.diagonal(self.W.T @ self.W) + self.sigma**2  # (2,)

    def marginal(self) -> MultivariateNormal:
        return MultivariateNormal(self.m, self.W @ self.W.T + self.sigma**2 * torch.eye(3,
                                  dtype=torch.float64))

    def posterior(self, x: torch.Tensor) -> Normal:
        mean = (x - self.m) @ self.W / self.M  # (B, 2)
        return Normal(mean, (self.sigma**2 / self.M).sqrt().expand_as(mean))

    def vae(self, mean_scale: float = 1.0, log_var_shift: float = 0.0) -> VAE:
        """A linear VAE whose decoder is this PPCA and whose encoder is the exact posterior,
        its mean map scaled by `mean_scale` and its log-variance shifted."""
        spec = DataSpec("ppca", (3,), None, None, "vector")
        model = VAE(VAEConfig(arch="mlp", depth=0, latent_dim=2), spec).double().eval()
        dec, enc = model.decoder.stem[0], model.encoder.head[0]
        raw = LOG_SCALE_MIN + math.log(math.expm1(math.log(self.sigma) - LOG_SCALE_MIN))
        with torch.no_grad():
            dec.weight.view(3, 2, 2)[:, 0].copy_(self.W)  # rows d*2 + 0: the mean
            dec.weight.view(3, 2, 2)[:, 1].zero_()  # rows d*2 + 1: the raw log sigma
            dec.bias.view(3, 2).copy_(torch.stack([self.m, torch.full_like(self.m, raw)], 1))
            enc.weight.zero_()
            enc.weight[:2].copy_(mean_scale * (self.W / self.M).T)
            enc.bias[:2].copy_(-mean_scale * (self.m @ self.W) / self.M)
            enc.bias[2:].copy_((self.sigma**2 / self.M).log() + log_var_shift)
        return model


@pytest.fixture(scope="module")
def ppca() -> PPCA:
    return PPCA()


def _points(ppca: PPCA) -> torch.Tensor:
    torch.manual_seed(0)
    return ppca.marginal().sample((4,))


def test_ppca_exact_posterior_makes_every_importance_weight_equal_p_x(ppca: PPCA) -> None:
    model, x = ppca.vae(), _points(ppca)
    log_px = ppca.marginal().log_prob(x)
    for k, chunk in ((1, 1), (10, 3), (7, 7)):  # chunks that do not divide k included
        assert torch.allclose(model.iwae(x, k=k, chunk=chunk).value, log_px, atol=1e-9)


def test_ppca_elbo_equals_log_px_minus_posterior_kl(ppca: PPCA) -> None:
    x, R = _points(ppca), 20000
    log_px = ppca.marginal().log_prob(x)
    for scale, shift in ((1.0, 0.0), (0.6, 0.8)):
        model = ppca.vae(scale, shift)
        with torch.no_grad():
            mu, log_var = model.posterior(x)
        q = Normal(mu, (0.5 * log_var).exp())
        expected = log_px - kl_divergence(q, ppca.posterior(x)).sum(-1)
        torch.manual_seed(1)
        with torch.no_grad():
            elbo = model.log_prob(x.repeat(R, 1)).value.reshape(R, 4)
        tol = 5 * elbo.std(0) / R**0.5
        assert ((elbo.mean(0) - expected).abs() < tol).all(), (elbo.mean(0), expected, tol)
        assert (expected <= log_px + 1e-12).all()
    assert (expected < log_px - 0.1).all(), "the perturbed encoder leaves a real gap"


def test_ppca_iwae_rises_toward_log_px_with_k(ppca: PPCA) -> None:
    model, x, R = ppca.vae(0.6, 0.8), _points(ppca), 500
    log_px = ppca.marginal().log_prob(x)
    torch.manual_seed(2)
    gaps = []
    for k in (1, 4, 16, 64, 256):
        bound = model.iwae(x.repeat(R, 1), k=k, chunk=64).value.reshape(R, 4).mean(0)
        gaps.append((log_px - bound).mean().item())
    assert all(a > b for a, b in itertools.pairwise(gaps)), gaps
    assert gaps[-1] > -1e-3 and gaps[-1] < 0.1 * gaps[0], gaps


def test_active_units_counts_latents_the_encoder_uses(ppca: PPCA) -> None:
    model, x = ppca.vae(), ppca.marginal().sample((500,))
    assert model.active_units(x) == 2
    with torch.no_grad():
        model.encoder.head[0].weight[1].zero_()  # latent 2's mean no longer depends on x
    assert model.active_units(x) == 1


# ---------------------------------------------------------------- Gaussian pieces


def test_analytic_kl_equals_torch_kl_divergence() -> None:
    torch.manual_seed(0)
    mu, log_var = torch.randn(5, 7, dtype=torch.float64), 2 * torch.randn(5, 7,
                                                                          dtype=torch.float64)
    q, p = Normal(mu, (0.5 * log_var).exp()), Normal(0.0, 1.0)
    assert torch.allclose(gaussian_kl(mu, log_var), kl_divergence(q, p), atol=1e-12)


def test_reparameterised_gradient_matches_closed_form() -> None:
    # E_{z~N(mu, s^2)}[z^2 + 3z] = mu^2 + s^2 + 3mu: d/dmu = 2mu + 3, d/dlog s^2 = s^2
    mu = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
    log_var = torch.tensor(math.log(1.5), dtype=torch.float64, requires_grad=True)
    torch.manual_seed(0)
    eps = torch.randn(200_000, dtype=torch.float64)
    eps = torch.cat([eps, -eps])  # antithetic pairs: mean exactly 0
    z = reparameterize(mu.expand_as(eps), log_var.expand_as(eps), eps)
    (z.square() + 3 * z).mean().backward()
    assert mu.grad.item() == pytest.approx(2 * 0.7 + 3, abs=1e-9)
    assert log_var.grad.item() == pytest.approx(1.5, rel=0.01)


# ---------------------------------------------------------------- decoders on discrete data


def test_discretized_logistic_masses_sum_to_one_and_sampling_matches_them() -> None:
    torch.manual_seed(0)
    mean = torch.tensor([[-1.3, -0.2, 0.0, 0.9, 3.0]], dtype=torch.float64)
    log_scale = torch.tensor([[-7.0, -3.0, 0.0, -1.0, 1.0]], dtype=torch.float64)
    table = discretized_logistic_table(mean, log_scale, 17)  # (1, 5, 17)
    assert torch.allclose(table.logsumexp(-1), torch.zeros(1, 5, dtype=torch.float64),
                          atol=1e-10)
    assert table[0, 0].argmax() == 0 and table[0, 0, 0].exp() > 0.999  # tiny scale, edge
    obs = Observation("logistic", DataSpec("v", (5,), 17, None, "image"))
    params = torch.stack([mean, log_scale], -1).expand(40000, 5, 2)  # (B, D, P)
    freq = torch.nn.functional.one_hot(obs.draw(params), 17).double().mean(0)  # (5, 17)
    assert torch.allclose(freq, obs.level_table(params[:1])[0].exp(), atol=0.01)


def test_discrete_elbo_and_iwae_bound_a_probability_mass() -> None:
    data = load("digits")
    for arch, decoder in (("conv", "categorical"), ("mlp", "logistic")):
        torch.manual_seed(0)
        model = VAE(VAEConfig(arch=arch, decoder=decoder, latent_dim=4, channels=8, width=32),
                    DIGITS).eval()
        x = data.test.x[:32]
        elbo, iw = model.log_prob(x), model.iwae(x, k=32, chunk=8)
        assert elbo.kind == iw.kind == "bound"
        assert (elbo.value < 0).all() and (iw.value < 0).all()
        assert iw.value.mean() > elbo.value.mean()
        assert model.compared_likelihood == "iwae_100" in model.likelihoods()


# ---------------------------------------------------------------- training schedule


def test_step_counter_drives_kl_warmup_and_is_in_the_state_dict() -> None:
    model = VAE(VAEConfig(latent_dim=4, width=32, beta=2.0, kl_warmup=4), DIGITS)
    x = load("digits").train.x[:8]
    weights = []
    for _ in range(6):
        weights.append(float(model.loss(Batch(x))["kl_weight"]))
    assert weights == [0.0, 0.5, 1.0, 1.5, 2.0, 2.0]
    model.eval().loss(Batch(x))
    assert int(model.state_dict()["step"]) == 6, "evaluation does not advance warm-up"


def test_free_bits_replace_small_kl_by_the_floor() -> None:
    torch.manual_seed(0)
    a = VAE(VAEConfig(latent_dim=4, width=32), DIGITS)
    b = VAE(VAEConfig(latent_dim=4, width=32, free_bits=50.0), DIGITS)
    b.load_state_dict(a.state_dict())
    x, D = load("digits").train.x[:16], DIGITS.dim
    torch.manual_seed(1)
    la = a.loss(Batch(x))
    torch.manual_seed(1)
    lb = b.loss(Batch(x))
    assert (lb["loss"] - la["loss"]).item() == pytest.approx(
        (4 * 50.0 - la["kl"].item()) / D, rel=1e-5)


def test_kl_warmup_resumes_exactly(tmp_path: Path) -> None:
    over = {"latent_dim": 2, "width": 16, "kl_warmup": 6}
    cfg = TrainConfig(steps=6, batch_size=32, val_every=100, ckpt_every=100, device="cpu")
    train(tmp_path / "a", "vae", "ring8", model_overrides=over, cfg=cfg, quiet=True)
    half = TrainConfig(**{**cfg.__dict__, "steps": 3})
    train(tmp_path / "b", "vae", "ring8", model_overrides=over, cfg=half, quiet=True)
    resume(tmp_path / "b", {"steps": 6}, quiet=True)
    from safetensors.torch import load_file

    wa = load_file(str(tmp_path / "a" / "last" / "model.safetensors"))
    wb = load_file(str(tmp_path / "b" / "last" / "model.safetensors"))
    assert int(wa["step"]) == 6
    assert all(torch.equal(wa[k], wb[k]) for k in wa)


# ---------------------------------------------------------------- conditional, latent use


def test_conditional_vae_marginal_is_the_label_mixture_of_its_bounds() -> None:
    torch.manual_seed(0)
    model = VAE(VAEConfig(latent_dim=4, width=32, conditional=True), DIGITS).eval()
    x = load("digits").test.x[:6]
    torch.manual_seed(3)
    marginal = model.log_prob(x).value
    torch.manual_seed(3)
    per_label = torch.stack([model.log_prob(x, torch.full((6,), y)).value for y in range(10)])
    assert torch.allclose(marginal, per_label.logsumexp(0) - math.log(10))
    assert model.sample(4, cond=torch.tensor([0, 1, 2, 9])).shape == (4, 1, 8, 8)
    with pytest.raises(SamplerOptionError, match="labels"):
        model.sample(2, cond=torch.tensor([0, 10]))


def test_interpolation_ends_at_the_reconstructions() -> None:
    torch.manual_seed(0)
    model = VAE(VAEConfig(arch="conv", latent_dim=4, channels=8), DIGITS).eval()
    x = load("digits").test.x[:6]
    path = model.interpolate(x[:3], x[3:], steps=5)
    assert path.shape == (3, 5, 1, 8, 8) and path.dtype == torch.long
    assert torch.equal(path[:, 0], model.reconstruct(x[:3]))
    assert torch.equal(path[:, -1], model.reconstruct(x[3:]))


def test_unknown_sampler_option_lists_the_accepted_ones() -> None:
    model = VAE(VAEConfig(latent_dim=4, width=32), DIGITS).eval()
    with pytest.raises(SamplerOptionError, match="temperature, decode"):
        model.sample(2, steps=3)
    assert model.sample(3, temperature=0.0, decode="mode").shape == (3, 1, 8, 8)


# ---------------------------------------------------------------- VQ-VAE


def test_straight_through_gradient_is_the_identity_and_reaches_the_encoder() -> None:
    torch.manual_seed(0)
    vq = VectorQuantizer(8, 3, ema=True, decay=0.9, dead_below=0.0).eval()
    z_e = torch.randn(2, 5, 3, requires_grad=True)
    z_st, k, _ = vq(z_e)
    assert torch.allclose(z_st, vq.codebook[k], atol=1e-6)
    g = torch.randn_like(z_e)
    (z_st * g).sum().backward()
    assert torch.equal(z_e.grad, g)
    model = VQVAE(VQVAEConfig(commitment=0.0, channels=8), DIGITS)
    model.loss(Batch(load("digits").train.x[:16]))["loss"].backward()
    assert all(p.grad is not None and p.grad.abs().sum() > 0 for p in model.encoder.parameters())


def test_ema_update_moves_codes_toward_their_assigned_mean() -> None:
    torch.manual_seed(0)
    vq = VectorQuantizer(4, 2, ema=True, decay=0.9, dead_below=0.0)
    old = vq.codebook.clone()
    z_e = torch.randn(1, 64, 2)
    k = vq.assign(z_e)[0]
    vq(z_e)
    for j in k.unique():
        n, target = (k == j).sum(), z_e[0, k == j].mean(0)
        shrink = 0.9 / (0.9 + 0.1 * n)  # e_new - target = shrink * (e_old - target)
        assert torch.allclose(vq.codebook[j] - target, shrink * (old[j] - target), atol=1e-4)
    vq0 = VectorQuantizer(4, 2, ema=True, decay=0.0, dead_below=0.0)
    k0 = vq0.assign(z_e)[0]
    vq0(z_e)
    for j in k0.unique():
        assert torch.allclose(vq0.codebook[j], z_e[0, k0 == j].mean(0), atol=1e-4)


def test_dead_codes_restart_on_encoder_outputs_and_usage_is_measured() -> None:
    torch.manual_seed(0)
    vq = VectorQuantizer(4, 2, ema=True, decay=0.99, dead_below=0.5)
    with torch.no_grad():
        vq.codebook[3] = vq.sums[3] = torch.tensor([1e3, 1e3])
        vq.counts[3] = 0.1
    z_e = torch.randn(1, 32, 2)
    vq(z_e)
    assert ((z_e[0] - vq.codebook[3]).abs().sum(-1) < 1e-6).any(), "code 3 restarted on data"
    assert vq.usage(torch.arange(4).repeat(5))["perplexity"].item() == pytest.approx(4.0)
    assert vq.usage(torch.zeros(9, dtype=torch.long))["perplexity"].item() == pytest.approx(1.0)


def test_vqvae_tokens_round_trip_and_bound_under_the_uniform_prior() -> None:
    torch.manual_seed(0)
    model = VQVAE(VQVAEConfig(channels=8, codebook_size=16), DIGITS).eval()
    x = load("digits").test.x[:8]
    tokens = model.encode_tokens(x)
    assert tokens.shape == (8, 4, 4) and tokens.dtype == torch.long
    assert torch.equal(model.decode_tokens(tokens), model.reconstruct(x))
    lp = model.log_prob(x)
    assert lp.kind == "bound"
    assert torch.allclose(lp.value, model.decoder_log_prob(x, tokens) - 16 * math.log(16))
    path = model.interpolate(x[:2], x[2:4], steps=3)
    assert torch.equal(path[:, 0], model.reconstruct(x[:2]))
    assert torch.equal(path[:, -1], model.reconstruct(x[2:4]))
    usage = model.codebook_usage(x)
    assert 1.0 <= usage["perplexity"] <= usage["used_codes"] <= 16


def test_conv_conditional_vae_gives_every_parameter_a_gradient() -> None:
    torch.manual_seed(0)
    model = VAE(VAEConfig(arch="conv", latent_dim=4, channels=8, conditional=True), DIGITS)
    data = load("digits").train
    model.loss(Batch(data.x[:16], data.y[:16]))["loss"].backward()
    missing = [n for n, p in model.named_parameters() if p.grad is None or not p.grad.any()]
    assert not missing


def test_codebook_starts_on_the_first_batch_of_encoder_outputs() -> None:
    torch.manual_seed(0)
    vq = VectorQuantizer(6, 2, ema=False, decay=0.99, dead_below=0.0, data_init=True)
    z_e = torch.randn(2, 10, 2)
    vq(z_e)
    gaps = (vq.codebook[:, None] - z_e.reshape(1, 20, 2)).abs().sum(-1).min(1).values  # (M,)
    assert (gaps < 1e-6).all() and bool(vq.initialized)


# ---------------------------------------------------------------- training quality (slow)


@pytest.mark.slow
def test_trained_vae_beats_the_independent_floor_and_iwae_tightens_it(tmp_path: Path) -> None:
    from genmap.independent import Independent, IndependentConfig
    from genmap.train import load_run

    cfg = TrainConfig(steps=1500, batch_size=128, val_every=500, device="cpu")
    train(tmp_path / "v", "vae", "digits", cfg=cfg, quiet=True)
    model, _ = load_run(tmp_path / "v")
    data = load("digits")
    floor = Independent(IndependentConfig(), data.spec)
    floor.fit(data.train.x)
    x = data.test.x
    torch.manual_seed(0)
    elbo, iw = model.log_prob(x).value.mean(), model.iwae(x, k=256, chunk=64).value.mean()
    assert elbo > floor.log_prob(x).value.mean(), "the ELBO alone beats the independent floor"
    assert iw > elbo + 0.5, "importance weighting tightens the bound by over half a nat"
    assert model.active_units(x) >= 4


@pytest.mark.slow
def test_trained_vqvae_uses_its_codebook(tmp_path: Path) -> None:
    from genmap.train import load_run

    cfg = TrainConfig(steps=400, batch_size=128, val_every=400, device="cpu")
    train(tmp_path / "q", "vqvae", "digits", model_overrides={"channels": 16}, cfg=cfg,
          quiet=True)
    model, _ = load_run(tmp_path / "q")
    usage = model.codebook_usage(load("digits").test.x)
    assert usage["perplexity"] > 16 and usage["dead_codes"] == 0, usage

"""The autoregressive paradigm against its closed forms: causality of both networks (no
blind spot in the PixelCNN), probabilities of every sequence summing to 1, cached and
uncached decoding agreeing, the likelihood equal to a hand computation, and labels and
prefixes that steer the samples."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
import torch

from genmap import metrics
from genmap.autoregressive import DecodeOptions, Quantiser, draw, filter_logits
from genmap.data import DataSpec, Split, load
from genmap.protocol import Batch, SamplerOptionError
from genmap.registry import build

TINY_GPT = {"d_model": 16, "n_layer": 2, "n_head": 2, "dropout": 0.0}
TINY_CNN = {"channels": 8, "layers": 6, "dropout": 0.0}


def _model(name: str, spec: DataSpec, seed: int = 0, **over: object) -> torch.nn.Module:
    torch.manual_seed(seed)
    base = TINY_GPT if name == "transformer_ar" else TINY_CNN
    return build(name, spec, {**base, **over}).double().eval()


def _all_sequences(K: int, D: int) -> torch.Tensor:
    return torch.tensor(list(itertools.product(range(K), repeat=D)))  # (K^D, D)


# ---------------------------------------------------------------- causality


def _influence(model: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """(D, D) bool: changed[s, t] says whether changing piece s changes the logits of t."""
    D, K = model.D, model.K
    s0 = model.start(None, 1, x.device)
    base = model.logits(x[None], s0)[0]  # (D, K)
    xs = x.repeat(D, 1)  # (D, D): row s has piece s changed
    xs[range(D), range(D)] = (xs[range(D), range(D)] + 1) % K
    out = model.logits(xs, s0.expand(D))  # (D, D, K)
    return (out - base).abs().amax(-1) > 1e-9


@pytest.mark.parametrize("name", ["transformer_ar", "pixelcnn"])
def test_logits_at_t_depend_on_exactly_the_pieces_before_t(name: str) -> None:
    """Output t is unchanged when inputs >= t change (both PixelCNN masks, the causal
    attention mask), and changes with every input < t: the PixelCNN has no blind spot."""
    spec = DataSpec("img", (1, 8, 8), 5, None, "image")
    model = _model(name, spec)
    x = torch.randint(0, 5, (64,), generator=torch.Generator().manual_seed(1))
    changed = _influence(model, x)
    s, t = torch.meshgrid(torch.arange(64), torch.arange(64), indexing="ij")
    assert torch.equal(changed, t > s)


def test_a_single_masked_stack_would_have_a_blind_spot() -> None:
    """Why two stacks: with the vertical stack cut off, pixels above-right are unseen."""
    spec = DataSpec("img", (1, 8, 8), 5, None, "image")
    model = _model("pixelcnn", spec)
    for layer in model.net.layers:
        torch.nn.init.zeros_(layer.v_to_h.weight)
    x = torch.randint(0, 5, (64,), generator=torch.Generator().manual_seed(1))
    changed = _influence(model, x)
    assert not changed[0, 9] and changed[8, 9], "row above unseen, left neighbour seen"


# ---------------------------------------------------------------- normalisation


@pytest.mark.parametrize("name", ["transformer_ar", "pixelcnn"])
@pytest.mark.parametrize("label", [None, 1])
def test_probabilities_of_every_sequence_sum_to_one(name: str, label: int | None) -> None:
    spec = DataSpec("img", (1, 2, 2), 3, 2, "image")
    model = _model(name, spec)
    x = _all_sequences(3, 4).reshape(-1, 1, 2, 2)
    cond = None if label is None else torch.full((len(x),), label)
    total = model.log_prob(x, cond).value.exp().sum()
    assert total.item() == pytest.approx(1.0, abs=1e-10)


def test_continuous_density_integrates_to_one_and_is_uniform_at_init() -> None:
    """p(x) = P(bins) / w^D: with a zero head it is uniform on [low, high]^2, and any
    model's density integrates to 1 over the range (a sum over bins of P(bin))."""
    spec = DataSpec("toy", (2,), None, None, "vector")
    model = _model("transformer_ar", spec, bins=8, range_low=-2.0, range_high=2.0)
    centres = -2.0 + (torch.arange(8, dtype=torch.float64) + 0.5) * 0.5
    grid = torch.cartesian_prod(centres, centres)  # (64, 2): one point per bin
    assert (model.log_prob(grid).value.exp() * 0.5**2).sum().item() == pytest.approx(1.0)
    torch.nn.init.zeros_(model.net.head.weight)
    lp = model.log_prob(grid).value
    assert torch.allclose(lp, torch.full_like(lp, -2 * math.log(4.0)))
    outside = torch.tensor([[2.5, 0.0]], dtype=torch.float64)
    assert model.log_prob(outside).value.item() == -math.inf


# ---------------------------------------------------------------- likelihood by hand


def test_bits_per_dim_equal_a_hand_computation_on_a_fixed_model() -> None:
    """A zero head makes every conditional softmax(b): bpd = -mean_d log2 softmax(b)[x_d]."""
    spec = DataSpec("img", (1, 2, 2), 3, None, "image")
    model = _model("transformer_ar", spec)
    b = [0.0, math.log(2.0), math.log(5.0)]  # softmax(b) = (1/8, 2/8, 5/8)
    with torch.no_grad():
        model.net.head.weight.zero_()
        model.net.head.bias.copy_(torch.tensor(b, dtype=torch.float64))
    x = torch.tensor([[[[0, 2], [2, 1]]]])
    hand = -(math.log2(1 / 8) + 2 * math.log2(5 / 8) + math.log2(2 / 8)) / 4
    got = metrics.nll(model, Split(x, None), spec)
    assert got == {"value": pytest.approx(hand, abs=1e-12), "unit": "bits/dim", "kind": "exact"}


@pytest.mark.parametrize("name", ["transformer_ar", "pixelcnn"])
def test_log_prob_is_the_chain_rule_over_separate_passes(name: str) -> None:
    """log p(x) = sum_t log p(x_t | x_<t), each conditional read from its own pass with
    everything from t on replaced by zeros: the teacher-forced pass is aligned."""
    spec = DataSpec("img", (1, 3, 3), 4, 3, "image")
    model = _model(name, spec)
    x = torch.randint(0, 4, (2, 9), generator=torch.Generator().manual_seed(0))
    cond = torch.tensor([0, 2])
    s = model.start(cond, 2, x.device)
    total = torch.zeros(2, dtype=torch.float64)
    for t in range(9):
        masked = torch.cat([x[:, :t], torch.zeros(2, 9 - t, dtype=torch.long)], 1)
        total += model.logits(masked, s)[:, t].log_softmax(-1)[range(2), x[:, t]]
    got = model.log_prob(x.reshape(2, 1, 3, 3), cond).value
    assert torch.allclose(got, total, atol=1e-10)


# ---------------------------------------------------------------- KV cache


@pytest.fixture(params=[True, False], ids=["time-major", "head-major"])
def cache_layout(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Both KV cache layouts, whatever the capacity and device would choose."""
    from genmap.nets import KVCache

    monkeypatch.setattr(KVCache, "time_major_suits", staticmethod(lambda *_: request.param))
    return request.param


def test_cached_logits_equal_uncached_logits(cache_layout: bool) -> None:
    """A prefill of 5 tokens, then one token at a time, against one causal pass."""
    spec = DataSpec("seq", (12,), 7, None, "text")
    net = _model("transformer_ar", spec, n_layer=3).net
    tokens = torch.randint(0, 8, (3, 12), generator=torch.Generator().manual_seed(0))
    full = net(tokens)  # (3, 12, 7)
    cache = net.new_cache(3)
    assert cache.time_major == cache_layout and (cache.batch, cache.max_len) == (3, 12)
    k_ptr = cache.k.data_ptr()
    steps = [net(tokens[:, :5], cache)] + [net(tokens[:, t:t + 1], cache) for t in range(5, 12)]
    assert torch.allclose(torch.cat(steps, 1), full, atol=1e-12)
    assert cache.length == 12 and cache.k.data_ptr() == k_ptr, "preallocated, never regrown"
    with pytest.raises(ValueError, match="max_len"):
        net(tokens[:, :1], cache)


def test_the_cache_is_time_major_on_cpu_for_short_sequences() -> None:
    from genmap.nets import KVCache

    cpu = torch.device("cpu")
    assert KVCache.time_major_suits(KVCache.TIME_MAJOR_MAX, cpu)
    assert not KVCache.time_major_suits(KVCache.TIME_MAJOR_MAX + 1, cpu)
    assert not KVCache.time_major_suits(64, torch.device("meta"))


def test_decoding_gelu_is_the_tanh_gelu_of_training() -> None:
    """The one-token step writes GELU as x sigmoid(2z); it is x (1 + tanh z) / 2."""
    from genmap.nets import gelu_tanh

    x = torch.linspace(-8, 8, 1001, dtype=torch.float64)
    want = torch.nn.functional.gelu(x, approximate="tanh")
    assert torch.allclose(gelu_tanh(x), want, atol=1e-14, rtol=0)


def test_one_token_step_reads_only_the_filled_cache_slots(cache_layout: bool) -> None:
    """Garbage (NaN) beyond cache.length must not reach the logits: the step attends
    over the t + 1 filled slots only."""
    spec = DataSpec("seq", (10,), 5, None, "text")
    net = _model("transformer_ar", spec).net
    tokens = torch.randint(0, 6, (2, 10), generator=torch.Generator().manual_seed(3))
    cache = net.new_cache(2)
    cache.k.fill_(math.nan)
    cache.v.fill_(math.nan)
    steps = [net(tokens[:, t:t + 1], cache) for t in range(10)]
    assert torch.allclose(torch.cat(steps, 1), net(tokens), atol=1e-12)


@pytest.mark.parametrize("onednn", [True, False])
def test_float32_decoding_steps_match_a_float64_pass(onednn: bool, cache_layout: bool,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """In float32 without autograd the step's linears go through oneDNN (where present)
    or `linear`; either way its logits are the float64 causal pass's to float32 rounding."""
    from genmap import nets

    if not onednn:
        monkeypatch.setattr(nets, "_onednn_linear", lambda: False)
    spec = DataSpec("seq", (12,), 7, None, "text")
    net = _model("transformer_ar", spec, n_layer=3).net
    with torch.no_grad():
        net.head.weight.mul_(20)  # logits of order 1, so the tolerance means something
    tokens = torch.randint(0, 8, (5, 12), generator=torch.Generator().manual_seed(1))
    want = net(tokens)
    net.float()
    with torch.no_grad():
        cache = net.new_cache(5)
        got = torch.cat([net(tokens[:, t:t + 1], cache) for t in range(12)], 1)
    assert want.abs().max() > 1
    assert torch.allclose(got.double(), want, atol=2e-5, rtol=0)


def test_decoding_follows_weights_changed_in_place() -> None:
    """The step's blocked copies of the weights are remade when a weight changes in place
    (a training step, `load_state_dict`): a stale copy would decode the old model."""
    spec = DataSpec("seq", (6,), 5, None, "text")
    net = _model("transformer_ar", spec, n_layer=2).net.float()
    tokens = torch.randint(0, 6, (4, 6), generator=torch.Generator().manual_seed(2))

    def cached() -> torch.Tensor:
        cache = net.new_cache(4)
        return torch.cat([net(tokens[:, t:t + 1], cache) for t in range(6)], 1)

    with torch.no_grad():
        before = cached()
        for p in net.parameters():
            p.add_(torch.randn_like(p), alpha=0.3)
        after, full = cached(), net(tokens)
    assert not torch.allclose(after, before, atol=1e-2)
    assert torch.allclose(after, full, atol=1e-5)


def test_decoding_linear_is_the_linear_and_its_gelu() -> None:
    """Float32 (oneDNN's fused op where present) and float64 (`linear`) alike."""
    from genmap.nets import _linear

    m = torch.nn.Linear(16, 24)
    x = torch.randn(9, 16) * 3
    with torch.no_grad():
        want = m(x)
        assert torch.allclose(_linear(x, m), want, atol=1e-5)
        assert torch.allclose(_linear(x, m, gelu=True),
                              torch.nn.functional.gelu(want, approximate="tanh"), atol=1e-5)
        m64 = torch.nn.Linear(16, 24).double()
        m64.load_state_dict(m.state_dict())
        assert torch.allclose(_linear(x.double(), m64, gelu=True),
                              torch.nn.functional.gelu(m64(x.double()), approximate="tanh"),
                              atol=1e-12)


@pytest.mark.parametrize("opts", [{}, {"temperature": 0.7, "top_k": 3},
                                  {"top_p": 0.8, "temperature": 1.3}])
def test_cached_and_uncached_decoding_draw_the_same_samples(opts: dict) -> None:
    spec = DataSpec("img", (1, 4, 4), 6, 3, "image")
    model = _model("transformer_ar", spec, seed=2)
    with torch.no_grad():  # sharpen the conditionals so the samples carry structure
        model.net.head.weight.mul_(50)
    cond = torch.tensor([0, 1, 2, 0, 1])
    torch.manual_seed(5)
    a = model.sample(5, cond, cache=True, **opts)
    torch.manual_seed(5)
    b = model.sample(5, cond, cache=False, **opts)
    assert torch.equal(a, b)


def test_sampling_reuses_its_cache_and_draws_what_uncached_decoding_draws() -> None:
    """The static cache is kept between samplings of one shape, reset each time, and
    remade for another batch size or dtype."""
    spec = DataSpec("img", (1, 3, 3), 5, 2, "image")
    model = _model("transformer_ar", spec, seed=4)
    with torch.no_grad():
        model.net.head.weight.mul_(30)
    cond = torch.tensor([0, 1, 1, 0])
    draws = []
    for cache in (True, True, False):
        torch.manual_seed(7)
        draws.append(model.sample(4, cond, cache=cache))
        if cache and len(draws) == 1:
            ptr = model._kv.k.data_ptr()
    assert model._kv.k.data_ptr() == ptr, "the second sampling reused the cache"
    assert torch.equal(draws[0], draws[1]) and torch.equal(draws[1], draws[2])
    assert draws[0].float().std() > 0
    model.float()
    model.sample(3, torch.tensor([1, 0, 1]))
    assert model._kv.k.dtype == torch.float32 and model._kv.batch == 3


def test_sampling_costs_one_network_evaluation_per_piece() -> None:
    d = load("digits")
    for name in ("transformer_ar", "pixelcnn"):
        model = _model(name, d.spec).float()
        cost = metrics.sampling_cost(model, 2)
        assert cost["nfe_source"] == "counted" and cost["nfe_per_sample"] == 64
        assert model.card.nfe_for(64) == 64


# ---------------------------------------------------------------- sampler options


def test_filters_keep_the_top_k_and_the_nucleus() -> None:
    logits = torch.tensor([[0.5, 0.3, 0.15, 0.05]]).log()
    kept = lambda z: torch.isfinite(z)[0].tolist()  # noqa: E731
    assert kept(filter_logits(logits, k=2)) == [True, True, False, False]
    assert kept(filter_logits(logits, p=0.7)) == [True, True, False, False]
    assert kept(filter_logits(logits, p=0.5)) == [True, False, False, False]
    assert kept(filter_logits(logits, p=0.81)) == [True, True, True, False]
    tempered = filter_logits(logits, tau=0.5).softmax(-1)
    assert torch.allclose(tempered, logits.mul(2).softmax(-1))


def test_draw_frequencies_match_the_distribution() -> None:
    probs = torch.tensor([0.2, 0.5, 0.0, 0.3])
    torch.manual_seed(0)
    x = draw(probs.log().expand(40000, 4), DecodeOptions())
    freq = torch.bincount(x, minlength=4) / 40000.0
    assert freq[2] == 0 and torch.allclose(freq, probs, atol=0.01)


def test_bad_and_unknown_sampler_options_say_what_is_accepted() -> None:
    d = load("digits")
    model = _model("transformer_ar", d.spec).float()
    with pytest.raises(SamplerOptionError, match=r"accepted: .*temperature"):
        model.sample(2, steps=3)
    with pytest.raises(SamplerOptionError, match="positive"):
        model.sample(2, temperature=0)
    with pytest.raises(SamplerOptionError, match=r"\(0, 1\]"):
        model.sample(2, top_p=1.5)
    with pytest.raises(SamplerOptionError, match=r"\[0, 10\)"):
        model.sample(2, cond=torch.tensor([3, 10]))
    with pytest.raises(SamplerOptionError, match="cache"):
        _model("pixelcnn", d.spec).sample(2, cache=False)


@pytest.mark.parametrize("name", ["transformer_ar", "pixelcnn"])
def test_prefix_completion_keeps_the_known_top_half(name: str) -> None:
    d = load("digits")
    model = _model(name, d.spec).float()
    x = d.test.x[:3]
    torch.manual_seed(0)
    out = model.complete(x, temperature=0.9)  # n_known = D // 2: the top four rows
    assert out.shape == x.shape and torch.equal(out[:, :, :4], x[:, :, :4])
    assert not torch.equal(out[:, :, 4:], x[:, :, 4:])


def test_prefix_completion_of_continuous_data_keeps_the_known_coordinate() -> None:
    d = load("ring8")
    model = _model("transformer_ar", d.spec).float()
    x = d.test.x[:4]
    out = model.sample(4, prefix=x, n_known=1)
    assert torch.equal(out[:, 0], x[:, 0]) and (out[:, 1] - x[:, 1]).abs().max() > 0


def test_quantiser_bins_and_values_round_trip() -> None:
    q = Quantiser(-5.0, 5.0, 256)
    x = torch.linspace(-4.99, 4.99, 101)
    b = q.bins(x)
    assert torch.equal(q.bins(q.values(b)), b)
    assert ((q.values(b) - x).abs() < q.width).all()


# ---------------------------------------------------------------- labels steer samples


def _train_on_label_coded_images(name: str) -> torch.nn.Module:
    """Class 0: all pixels 0; class 1: all pixels 2 (of 3 levels), 2x2 images."""
    spec = DataSpec("img", (1, 2, 2), 3, 2, "image")
    torch.manual_seed(0)
    over = {**(TINY_GPT if name == "transformer_ar" else TINY_CNN), "label_dropout": 0.0}
    model = build(name, spec, over)
    y = torch.arange(64) % 2
    x = (2 * y).reshape(-1, 1, 1, 1).expand(-1, 1, 2, 2).clone()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(40):
        opt.zero_grad()
        model.loss(Batch(x, y))["loss"].backward()
        opt.step()
    return model.eval()


@pytest.mark.parametrize("name", ["transformer_ar", "pixelcnn"])
def test_conditional_samples_follow_the_label(name: str) -> None:
    model = _train_on_label_coded_images(name)
    torch.manual_seed(0)
    zeros = model.sample(20, torch.zeros(20, dtype=torch.long))
    twos = model.sample(20, torch.ones(20, dtype=torch.long))
    assert (zeros == 0).float().mean() > 0.9 and (twos == 2).float().mean() > 0.9


# ---------------------------------------------------------------- training (slow)


SLOW_RUNS = {"transformer_ar": 800, "pixelcnn": 600}
THRESHOLD = 0.3
"""bits/dim below the floor (2.40); measured test margins with these runs: 0.48
(transformer_ar, 1.92 bits/dim) and 0.53 (pixelcnn, 1.87 bits/dim)."""


@pytest.mark.slow
@pytest.mark.parametrize("name", list(SLOW_RUNS))
def test_training_beats_the_independent_floor_on_digits(name: str, tmp_path: Path) -> None:
    """Exact test NLL clearly below the independent-pixel floor (~2.40 bits/dim)."""
    from genmap.train import TrainConfig, load_run, train

    d = load("digits")
    floor_model = build("independent", d.spec)
    floor_model.fit(d.train.x)
    floor = metrics.nll(floor_model, d.test, d.spec)["value"]
    cfg = TrainConfig(steps=SLOW_RUNS[name], batch_size=64, lr=2e-3, warmup=50,
                      val_every=200, ckpt_every=10**6)
    train(tmp_path / "r", name, "digits", quiet=True, cfg=cfg)
    model, _ = load_run(tmp_path / "r", "best")
    got = metrics.nll(model, d.test, d.spec)
    assert got["kind"] == "exact" and got["value"] < floor - THRESHOLD

"""The protocol battery: every registered model, on every kind of data it accepts,
must pass these checks. A new model is covered by registering it in MODELS."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import torch

from genmap import checkpoint as ckpt
from genmap.card import Card
from genmap.data import Dataset
from genmap.protocol import (
    Batch,
    DataMismatch,
    GenerativeModel,
    LikelihoodUnavailable,
    LogProb,
)
from genmap.registry import MODELS, build
from genmap.train import TrainConfig, train

DATA_KINDS = ("digits", "ring8", "text")
CASES = [(m, d) for m in MODELS for d in DATA_KINDS]
TINY_RUNS = {"ddpm": {"width": 16, "depth": 1, "base_channels": 8, "channel_mult": "1,2",
                      "vlb_steps": 2}}
"""Configs of the runs trained for models that need one (a distilled student's teacher)."""
_RUN_OVERRIDES: dict[tuple[str, str], dict[str, str]] = {}


def _make(name: str, data: Dataset, seed: int = 0) -> GenerativeModel:
    torch.manual_seed(seed)
    try:
        return build(name, data.spec, _RUN_OVERRIDES.get((name, data.spec.name), {}))
    except DataMismatch as e:
        pytest.skip(f"{name} does not model {data.spec.name}: {e}")


def _batch(data: Dataset, n: int = 16) -> Batch:
    split = data.train
    return Batch(split.x[:n], None if split.y is None else split.y[:n])


class Recorder:
    """An optimizer stand-in that records which parameters had a gradient at step()."""

    def __init__(self, params: list[torch.nn.Parameter]) -> None:
        self.params, self.seen = params, set()

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None

    def step(self) -> None:
        self.seen |= {id(p) for p in self.params
                      if p.grad is not None and torch.isfinite(p.grad).all()}


@pytest.fixture(scope="session")
def component_runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, Dataset], None]:
    """A model whose config names trained runs (its class's `component_runs`: field ->
    model) gets a tiny run of each, trained once per dataset, passed as that field."""
    trained: dict[tuple[str, str], Path] = {}

    def provide(name: str, data: Dataset) -> None:
        needs = MODELS[name].component_runs
        try:
            MODELS[name].check_data(data.spec)
        except DataMismatch:
            return  # _make skips the case
        for field, model in needs.items():
            key = (model, data.spec.name)
            if key not in trained:
                trained[key] = tmp_path_factory.mktemp(f"{model}-{data.spec.name}") / "run"
                train(trained[key], model, data.spec.name, model_overrides=TINY_RUNS.get(
                    model, {}), cfg=TrainConfig(steps=2, warmup=1, val_every=2), quiet=True)
            _RUN_OVERRIDES.setdefault((name, data.spec.name), {})[field] = str(trained[key])
    return provide


@pytest.fixture(params=CASES, ids=[f"{m}-{d}" for m, d in CASES])
def case(request: pytest.FixtureRequest, datasets: dict[str, Dataset],
         component_runs: Callable[[str, Dataset], None]) -> tuple[str, Dataset]:
    name, kind = request.param
    component_runs(name, datasets[kind])
    return name, datasets[kind]


def test_card_is_valid_and_round_trips(case: tuple[str, Dataset]) -> None:
    model = _make(*case)
    assert isinstance(model.card, Card)
    assert Card.from_dict(model.card.to_dict()) == model.card


def test_loss_is_finite_and_named(case: tuple[str, Dataset]) -> None:
    model = _make(*case)
    losses = model.loss(_batch(case[1]))
    assert "loss" in losses and losses["loss"].ndim == 0
    assert all(torch.isfinite(torch.as_tensor(v)).all() for v in losses.values())


def test_every_parameter_gets_a_gradient_through_train_step(case: tuple[str, Dataset]) -> None:
    model = _make(*case)
    groups = model.optimizer_groups()
    ids = [id(p) for g in groups.values() for p in g["params"]]
    assert sorted(ids) == sorted(id(p) for p in model.parameters()), \
        "every parameter belongs to exactly one optimizer group"
    opts = {k: Recorder(g["params"]) for k, g in groups.items()}
    for _ in range(2):  # multi-player models may alternate
        model.train_step(_batch(case[1]), opts)
    seen = set().union(*(o.seen for o in opts.values()))
    missing = [n for n, p in model.named_parameters() if id(p) not in seen]
    assert not missing, f"no finite gradient reached {missing}"


def test_sample_shape_and_support(case: tuple[str, Dataset]) -> None:
    model = _make(*case).eval()
    spec = case[1].spec
    x = model.sample(5)
    assert x.shape == (5, *spec.shape)
    if spec.discrete:
        assert x.dtype == torch.long and 0 <= x.min() and x.max() < spec.levels
    else:
        assert x.is_floating_point() and torch.isfinite(x).all()


def test_sampling_is_deterministic_under_a_seed(case: tuple[str, Dataset]) -> None:
    a, b = _make(*case, seed=3).eval(), _make(*case, seed=3).eval()
    for pa, pb in zip(a.state_dict().values(), b.state_dict().values(), strict=True):
        assert torch.equal(pa, pb)
    torch.manual_seed(7)
    xa = a.sample(6)
    torch.manual_seed(7)
    assert torch.equal(xa, b.sample(6))


def test_log_prob_is_a_log_prob_or_says_why_not(case: tuple[str, Dataset]) -> None:
    model = _make(*case).eval()
    x = _batch(case[1], 8).x
    try:
        lp = model.log_prob(x)
    except LikelihoodUnavailable as e:
        assert len(str(e)) > 20, "the reason must be said, in the paradigm's terms"
        return
    assert isinstance(lp, LogProb) and lp.check() is lp
    assert lp.value.shape == (8,) and torch.isfinite(lp.value).all()
    if case[1].spec.discrete:
        assert (lp.value <= 1e-6).all(), "a probability mass is at most 1"


def test_further_likelihoods_are_log_probs(case: tuple[str, Dataset]) -> None:
    model = _make(*case).eval()
    more = model.likelihoods()
    assert model.compared_likelihood in {"log_prob", *more}
    x = _batch(case[1], 3).x
    for name, fn in more.items():
        lp = fn(x)
        assert isinstance(lp, LogProb) and lp.check() is lp, name
        assert lp.value.shape == (3,) and torch.isfinite(lp.value).all(), name


def test_save_load_round_trip(case: tuple[str, Dataset], tmp_path: Path) -> None:
    name, data = case
    model = _make(name, data, seed=1)
    opts = {k: Recorder(g["params"]) for k, g in model.optimizer_groups().items()}
    model.train_step(_batch(data), opts)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(0.01 * torch.randn_like(p))
    ckpt.save_checkpoint(tmp_path / "c", {"model": ckpt.state_tensors(model)}, {})
    fresh = _make(name, data, seed=2)
    ckpt.load_into(fresh, tmp_path / "c" / "model.safetensors")
    for (k, a), b in zip(model.state_dict().items(), fresh.state_dict().values(), strict=True):
        assert torch.equal(a, b), k
    torch.manual_seed(0)
    xa = model.eval().sample(4)
    torch.manual_seed(0)
    assert torch.equal(xa, fresh.eval().sample(4))


def test_configs_are_dataclasses_with_regularisation_and_disjoint_from_train_keys() -> None:
    train_keys = {f.name for f in dataclasses.fields(TrainConfig)}
    for name, cls in MODELS.items():
        fields: dict[str, Any] = {f.name: f for f in dataclasses.fields(cls.Config)}
        assert "weight_decay" in fields, name
        assert not (set(fields) & train_keys), f"{name} config shadows train keys"

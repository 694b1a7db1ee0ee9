"""The trainer: deterministic resume, NaN stops, atomic checkpoints, best-of-validation."""

from __future__ import annotations

import ast
import json
import math
import os
import signal
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from genmap import checkpoint as ckpt
from genmap.independent import Independent
from genmap.registry import MODELS, ConfigError
from genmap.train import (
    EMA,
    NonFiniteError,
    TrainConfig,
    load_run,
    lr_factor,
    parse_budget,
    resume,
    train,
)

SRC = Path(__file__).resolve().parents[1] / "src" / "genmap"
CFG = TrainConfig(steps=60, batch_size=32, val_every=20, ckpt_every=20, ema=0.9, warmup=10)


def _weights(run: Path, which: str = "last") -> dict[str, dict[str, torch.Tensor]]:
    stems = ("model", "ema", "optim") if which == "last" else ("model", "ema")
    return {stem: load_file(str(run / which / f"{stem}.safetensors")) for stem in stems}


def _assert_same(a: dict, b: dict) -> None:
    for stem in a:
        assert a[stem].keys() == b[stem].keys(), stem
        for k in a[stem]:
            assert torch.equal(a[stem][k], b[stem][k]), f"{stem}/{k}"


class Noisy(Independent):
    """Draws from the global RNG in every loss, so resume must restore the RNG state."""

    def loss(self, batch: object) -> dict[str, torch.Tensor]:
        out = super().loss(batch)
        return {"loss": out["loss"] * (1 + torch.rand(()))}


@pytest.fixture
def noisy(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setitem(MODELS, "noisy", Noisy)
    return "noisy"


@pytest.mark.parametrize("name", ["independent", "noisy"])
def test_resume_after_ctrl_c_is_bit_for_bit(tmp_path: Path, name: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(MODELS, "noisy", Noisy)
    train(tmp_path / "a", name, "ring8", cfg=CFG, quiet=True)

    def interrupt(step: int) -> None:
        if step == 27:
            os.kill(os.getpid(), signal.SIGINT)

    out = train(tmp_path / "b", name, "ring8", cfg=CFG, quiet=True, on_step=interrupt)
    assert out["interrupted"] and out["step"] == 27
    assert json.loads((tmp_path / "b/last/state.json").read_text())["step"] == 27
    assert resume(tmp_path / "b", quiet=True)["step"] == 60
    _assert_same(_weights(tmp_path / "a"), _weights(tmp_path / "b"))


def test_resume_after_a_crash_continues_from_the_periodic_checkpoint(tmp_path: Path,
                                                                     noisy: str) -> None:
    train(tmp_path / "a", noisy, "digits", cfg=CFG, quiet=True)

    def crash(step: int) -> None:
        if step == 50:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        train(tmp_path / "b", noisy, "digits", cfg=CFG, quiet=True, on_step=crash)
    assert json.loads((tmp_path / "b/last/state.json").read_text())["step"] == 40
    resume(tmp_path / "b", quiet=True)
    _assert_same(_weights(tmp_path / "a"), _weights(tmp_path / "b"))
    _assert_same(_weights(tmp_path / "a", "best"), _weights(tmp_path / "b", "best"))


def test_non_finite_loss_stops_and_keeps_the_last_good_checkpoint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}
    real = Independent.loss

    def poisoned(self: Independent, batch: object) -> dict[str, torch.Tensor]:
        calls["n"] += 1
        out = real(self, batch)
        return out if calls["n"] < 35 else {"loss": out["loss"] * math.nan}

    monkeypatch.setattr(Independent, "loss", poisoned)
    with pytest.raises(NonFiniteError, match=r"step 35.*step 20\) is intact"):
        train(tmp_path / "r", "independent", "digits", cfg=CFG, quiet=True)
    weights = _weights(tmp_path / "r")
    assert all(torch.isfinite(t).all() for t in weights["model"].values())
    assert json.loads((tmp_path / "r/last/state.json").read_text())["step"] == 20


def test_a_crash_while_writing_leaves_the_previous_checkpoint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "last"
    ckpt.save_checkpoint(folder, {"model": {"w": torch.ones(3)}}, {"step": 1})

    def broken(*_: object, **__: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ckpt, "save_file", broken)
    with pytest.raises(OSError):
        ckpt.save_checkpoint(folder, {"model": {"w": torch.zeros(3)}}, {"step": 2})
    assert torch.equal(ckpt.load_tensors(folder / "model.safetensors")["w"], torch.ones(3))
    os.replace(folder, tmp_path / "last.old")  # a crash between the two renames
    assert ckpt.checkpoint_folder(tmp_path, "last") == folder
    assert json.loads((folder / "state.json").read_text())["step"] == 1


def test_best_checkpoint_is_the_lowest_validation_score(tmp_path: Path) -> None:
    cfg = TrainConfig(steps=300, batch_size=64, val_every=25, ckpt_every=1000, lr=0.0,
                      warmup=1)
    out = train(tmp_path / "r", "independent", "digits", cfg=cfg, quiet=True,
                model_overrides={"table_lr": 0.3})
    vals = [r for r in map(json.loads, (tmp_path / "r/log.jsonl").read_text().splitlines())
            if "val" in r]
    best = min(vals, key=lambda r: r["val"])
    assert out["best_step"] == best["step"] and out["best"] == best["val"]
    assert json.loads((tmp_path / "r/best/state.json").read_text())["step"] == best["step"]
    model, conf = load_run(tmp_path / "r")
    assert conf["model"] == "independent" and not model.training


def test_budget_stops_on_wall_clock(tmp_path: Path) -> None:
    cfg = TrainConfig(budget=1.5, batch_size=32, val_every=10**6, ckpt_every=10**6)
    out = train(tmp_path / "r", "independent", "ring8", cfg=cfg, quiet=True)
    assert out["elapsed"] >= 1.5 and out["step"] > 10


def test_refuses_to_overwrite_a_run(tmp_path: Path) -> None:
    cfg = TrainConfig(steps=2, val_every=1, ckpt_every=1)
    train(tmp_path / "r", "independent", "ring8", cfg=cfg, quiet=True)
    with pytest.raises(ConfigError, match="--resume"):
        train(tmp_path / "r", "independent", "ring8", cfg=cfg, quiet=True)


@pytest.mark.parametrize("text,seconds", [("90s", 90), ("5m", 300), ("1.5h", 5400), ("12", 12)])
def test_parse_budget(text: str, seconds: float) -> None:
    assert parse_budget(text) == seconds


@pytest.mark.parametrize("text", ["", "5 minutes", "-3s", "0s", "m"])
def test_parse_budget_refuses(text: str) -> None:
    with pytest.raises(ConfigError, match="accepted"):
        parse_budget(text)


def test_lr_schedule_warms_up_then_decays_to_the_floor() -> None:
    cfg = TrainConfig(steps=100, warmup=10, min_lr_ratio=0.1)
    assert lr_factor(cfg, 0, 0.0) == pytest.approx(0.1)
    assert lr_factor(cfg, 9, 0.09) == pytest.approx(1.0)
    assert lr_factor(cfg, 10, 0.5) == pytest.approx(0.1 + 0.9 * 0.5)
    assert lr_factor(cfg, 99, 1.0) == pytest.approx(0.1)


def test_ema_is_the_warmed_up_moving_average() -> None:
    from genmap.data import DataSpec
    model = Independent(Independent.Config(), DataSpec("t", (2,), None, None, "vector"))
    ema = EMA(model, decay=0.99)
    with torch.no_grad():
        model.mu.fill_(1.0)
    ema.update(model, step=1)  # decay min(0.99, 2/11)
    assert ema.model.mu[0].item() == pytest.approx(1 - 2 / 11)
    ema.update(model, step=10**6)
    assert ema.model.mu[0].item() == pytest.approx(1 - 0.99 * 2 / 11)


def test_nothing_is_unpickled() -> None:
    """Files from elsewhere are read as safetensors and JSON only."""
    for path in SRC.glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                assert not {"pickle", "dill", "cloudpickle"} & set(names), path
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "load":
                owner = getattr(node.func.value, "id", "")
                kws = {k.arg: getattr(k.value, "value", None) for k in node.keywords}
                assert owner != "torch" or kws.get("weights_only") is True, path
                assert owner != "np" or kws.get("allow_pickle") is not True, path

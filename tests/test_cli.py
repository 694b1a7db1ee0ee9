"""The CLI end to end, through subprocesses, bad inputs included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

CLI = [sys.executable, "-m", "genmap.cli"]


def genmap(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def ok(*args: str) -> str:
    r = genmap(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _one_line_refusal(code: int, stderr: str, match: str) -> None:
    assert code == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    assert match in lines[0], lines[0]


def refused(*args: str, match: str) -> None:
    """Bad input, in a subprocess: exit code 2, one line on stderr naming what is
    accepted, no traceback."""
    r = genmap(*args)
    _one_line_refusal(r.returncode, r.stderr, match)


def refused_in_process(*args: str, match: str) -> None:
    """The same check through typer's runner: the same code path without the start-up."""
    from typer.testing import CliRunner

    from genmap.cli import app
    r = CliRunner().invoke(app, list(args))
    _one_line_refusal(r.exit_code, r.stderr, match)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "digits-run"
    ok("train", "independent", "--data", "digits", "--steps", "60", "--set", "val_every=20",
       "--set", "alpha=0.5", "--quiet", "--out", str(out))
    return out


def test_console_script_is_installed() -> None:
    assert (Path(sys.executable).parent / "genmap").exists()


def test_train_writes_a_run_that_eval_reads(run: Path) -> None:
    assert {"config.json", "log.jsonl", "last", "best"} <= {p.name for p in run.iterdir()}
    conf = json.loads((run / "config.json").read_text())
    assert conf["model_config"]["alpha"] == 0.5 and conf["train"]["val_every"] == 20
    report = json.loads(ok("eval", str(run), "--json"))
    assert report["model"] == "independent" and report["data"] == "digits"
    assert report["nll"]["unit"] == "bits/dim" and report["nll"]["kind"] == "exact"
    assert 2.3 < report["nll"]["value"] < np.log2(17)
    assert report["sampling"]["nfe_per_sample"] == 1
    assert report["sampling"]["seconds_per_sample"] > 0
    assert report["card"]["paradigms"] == ["autoregressive"]
    assert report["nll_more"] == {} and report["nll_compared"] == "log_prob"
    assert "modes" not in report, "the mode-collapse protocol is for ring8/grid25"


def test_sample_png_and_npy(run: Path, tmp_path: Path) -> None:
    ok("sample", str(run), "--n", "16", "--out", str(tmp_path / "s.png"))
    assert (tmp_path / "s.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ok("sample", str(run), "--n", "5", "--out", str(tmp_path / "s.npy"), "--seed", "3")
    x = np.load(tmp_path / "s.npy")
    assert x.shape == (5, 1, 8, 8) and x.min() >= 0 and x.max() <= 16


def test_resume_trains_further(run: Path, tmp_path: Path) -> None:
    import shutil
    copy = tmp_path / "copy"
    shutil.copytree(run, copy)
    ok("train", "independent", "--out", str(copy), "--resume", "--steps", "80", "--quiet")
    assert json.loads((copy / "last/state.json").read_text())["step"] == 80


def test_a_model_sets_its_own_training_defaults_and_the_user_wins(tmp_path: Path) -> None:
    """A GAN on 2-D data trains 32,000 steps of 64 unless told otherwise; --steps and
    --set batch_size override it; on digits it keeps the trainer's 2,000 of 128."""
    from genmap.data import load
    from genmap.registry import model_class

    assert model_class("gan").train_defaults(load("ring8").spec) == {"steps": 32_000,
                                                                     "batch_size": 64}
    # the defaults read the model's config: n_critic players get a fresh 64 per critic step
    # and, as in the WGAN papers, no gradient clipping
    wgan_gp = model_class("gan").Config(objective="wgan-gp")
    assert model_class("gan").train_defaults(load("ring8").spec, wgan_gp) == {
        "steps": 32_000, "batch_size": 320, "grad_clip": 0.0}
    assert model_class("gan").train_defaults(load("digits").spec) == {}
    assert model_class("independent").train_defaults(load("ring8").spec) == {}
    ok("train", "gan", "--data", "ring8", "--steps", "2", "--set", "val_every=2", "--set",
       "width=8", "--set", "depth=1", "--quiet", "--out", str(tmp_path / "g"))
    cfg = json.loads((tmp_path / "g/config.json").read_text())["train"]
    assert (cfg["steps"], cfg["batch_size"]) == (2, 64)
    ok("train", "gan", "--data", "ring8", "--set", "steps=2", "--set", "batch_size=32",
       "--set", "width=8", "--set", "depth=1", "--quiet", "--out", str(tmp_path / "h"))
    cfg = json.loads((tmp_path / "h/config.json").read_text())["train"]
    assert (cfg["steps"], cfg["batch_size"]) == (2, 32)
    ok("train", "gan", "--data", "ring8", "--steps", "2", "--set", "objective=wgan-gp",
       "--set", "n_critic=2", "--set", "width=8", "--set", "depth=1", "--quiet", "--out",
       str(tmp_path / "w"))
    cfg = json.loads((tmp_path / "w/config.json").read_text())["train"]
    assert (cfg["batch_size"], cfg["grad_clip"]) == (128, 0.0)


def test_toy_and_text_runs(tmp_path: Path) -> None:
    ok("train", "independent", "--data", "ring8", "--steps", "20", "--quiet",
       "--out", str(tmp_path / "ring"))
    ok("sample", str(tmp_path / "ring"), "--n", "200", "--out", str(tmp_path / "ring.png"))
    report = json.loads(ok("eval", str(tmp_path / "ring"), "--json"))
    assert report["nll"]["unit"] == "nats"
    modes = report["modes"]  # one diagonal Gaussian over a ring of 8 sharp modes:
    assert modes["modes_total"] == 8 and modes["samples"] == 2500
    assert modes["high_quality_pct"] < 5, "it cannot put its mass within 3 sigma of the modes"
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("abcab cabba " * 200)
    ok("train", "independent", "--data", f"text:{corpus}", "--block", "8", "--steps", "20",
       "--quiet", "--out", str(tmp_path / "text"))
    ok("sample", str(tmp_path / "text"), "--n", "3", "--out", str(tmp_path / "t.txt"))
    text = (tmp_path / "t.txt").read_text()
    assert set(text) <= set("abc \n-") and text.count("---") == 2


def test_listings() -> None:
    cards = json.loads(ok("models", "--json"))
    assert cards["independent"]["likelihood"] == "exact"
    rows = {r["name"]: r for r in json.loads(ok("data", "--json"))}
    assert rows["digits"]["sizes"] == [1000, 350, 447] and rows["digits"]["levels"] == 17
    assert "--steps" in ok("train", "--help")


def test_bad_inputs_fail_in_one_line_through_the_console(run: Path, tmp_path: Path) -> None:
    refused("train", "nosuchmodel", "--out", str(tmp_path / "x"), match="accepted: independent")
    refused("eval", str(tmp_path / "missing"), match="does not exist")
    refused("sample", str(run), "--out", str(tmp_path / "s.png"), "--label", "3",
            match="unconditional")


def test_bad_inputs_fail_in_one_line(run: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x")
    check = refused_in_process
    check("train", "independent", "--data", "nosuchdata", "--out", out, match="digits")
    check("train", "independent", "--set", "nosuchkey=1", "--out", out, match="alpha")
    check("train", "independent", "--set", "alpha=lots", "--out", out, match="not a float")
    check("train", "independent", "--set", "alpha", "--out", out, match="key=value")
    check("train", "independent", "--set", "steps=many", "--out", out, match="not a int")
    check("train", "independent", "--budget", "soon", "--out", out, match="90s")
    check("train", "independent", "--device", "tpu", "--out", out, match="accepted")
    check("train", "independent", "--data", "text:/no/such/file", "--out", out,
          match="/no/such/file")
    check("train", "independent", "--out", str(run), match="--resume")
    check("train", "independent", "--out", str(tmp_path / "none"), "--resume", match="missing")
    check("sample", str(run), "--out", str(tmp_path / "s.gif"), match=".png")
    check("sample", str(run), "--out", str(tmp_path / "s.txt"), match=".png")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--sampler", "ddim",
          match="accepted: none")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--checkpoint", "first",
          match="best, last")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--opt", "top_k",
          match="key=value")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--opt", "top_k=5",
          match="top_k")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--reconstruct",
          match="independent cannot reconstruct; accepted: vae")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--complete",
          match="independent cannot complete; accepted: transformer_ar")
    check("sample", str(run), "--out", str(tmp_path / "s.png"), "--complete",
          "--reconstruct", match="exclude each other")
    assert not (tmp_path / "x").exists(), "a refused run leaves nothing behind"


def test_capabilities_from_test_data(tmp_path: Path) -> None:
    """Reconstructions, interpolations and completions are written as grids."""
    from typer.testing import CliRunner

    from genmap.cli import app
    runner = CliRunner()

    def invoke(*args: str) -> None:
        r = runner.invoke(app, list(args))
        assert r.exit_code == 0, (r.stderr, r.exception)

    for model in ("vae", "transformer_ar", "vqvae"):
        invoke("train", model, "--steps", "3", "--set", "val_every=3", "--quiet",
               "--out", str(tmp_path / model))
    vae, ar = str(tmp_path / "vae"), str(tmp_path / "transformer_ar")
    invoke("sample", vae, "--n", "4", "--reconstruct", "--out", str(tmp_path / "rec.npy"))
    rec = np.load(tmp_path / "rec.npy")
    assert rec.shape == (8, 1, 8, 8)
    test = __import__("genmap.data", fromlist=["load"]).load("digits").test.x[:4].numpy()
    assert (rec[0::2] == test).all(), "originals sit beside their reconstructions"
    invoke("sample", vae, "--n", "3", "--interpolate", "5", "--out", str(tmp_path / "i.npy"))
    assert np.load(tmp_path / "i.npy").shape == (15, 1, 8, 8)
    import json as _json
    report = _json.loads(runner.invoke(app, ["eval", vae, "--json"]).stdout)
    assert 0 <= report["active_units"] <= 16 and report["nll_compared"].startswith("iwae_")
    iwae = report["nll_more"][report["nll_compared"]]
    assert iwae["kind"] == "bound" and iwae["value"] <= report["nll"]["value"] + 0.05
    book = _json.loads(runner.invoke(app, ["eval", str(tmp_path / "vqvae"), "--json"]).stdout)
    assert 1 <= book["codebook"]["used_codes"] and book["codebook"]["perplexity"] >= 1
    invoke("sample", ar, "--n", "4", "--complete", "--out", str(tmp_path / "c.npy"))
    done = np.load(tmp_path / "c.npy").reshape(4, 64)
    assert (done[:, :32] == test.reshape(4, 64)[:, :32]).all(), "the known half is kept"


def test_corrupt_runs_fail_in_one_line(run: Path, tmp_path: Path) -> None:
    import shutil
    broken = tmp_path / "broken"
    shutil.copytree(run, broken)
    (broken / "best/ema.safetensors").write_bytes(b"\x00garbage")
    refused_in_process("eval", str(broken), match="safetensors")
    (broken / "config.json").write_text("{not json")
    refused_in_process("eval", str(broken), match="config.json")
    other = tmp_path / "other"
    shutil.copytree(run, other)
    conf = json.loads((other / "config.json").read_text())
    conf["spec"]["levels"] = 5
    (other / "config.json").write_text(json.dumps(conf))
    refused_in_process("eval", str(other), match="does not match")

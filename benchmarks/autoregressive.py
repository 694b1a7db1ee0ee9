"""Autoregressive sampling cost and likelihood, side by side, on one CPU thread.

1. Sampling throughput (tokens/s) of one digits-sized decoder (64 tokens per 8x8 digit,
   batch 64, width/depth/heads 128/4/4, float32, inference mode): genmap's
   `transformer_ar` with its preallocated KV cache, the same model without cache, and
   Hugging Face `transformers` GPT-2 with identical width, depth, heads, input vocabulary,
   length and batch, three ways: `generate(use_cache=True, do_sample=True)` (what a user
   runs), the same with its static (preallocated) cache, and a hand-rolled loop over
   `GPT2LMHeadModel.forward` with its KV cache and `torch.multinomial` (no
   generation-utility overhead: the stricter peer). Pure sampling: top_k=0, temperature 1.
2. Cost per token as the prefix grows: one decoding step at prefix length L for genmap
   cached, transformers cached (same step, hand-rolled) and genmap uncached, and whole
   cached generations of L tokens (ms/token).
3. Digits test NLL in bits/dim (exact) of transformer_ar and pixelcnn after the same
   wall-clock training budget, beside the independent-pixel floor (closed-form fit).

Timing: the calling thread's CPU time (`time.thread_time`) on one intra-op thread; with
--threads N > 1, wall time (`time.perf_counter`: the calling thread's CPU time would miss
the other threads' work). Contenders are interleaved in every round and the median over
rounds is kept, so that other processes' load hits every contender alike.

    python benchmarks/autoregressive.py [--quick] [--out DIR] [--budget SECONDS]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

from genmap import metrics
from genmap.data import load
from genmap.nets import CausalTransformer
from genmap.registry import build
from genmap.train import TrainConfig, load_run, train

WIDTH, DEPTH, HEADS = 128, 4, 4


def clock() -> float:
    """Thread CPU seconds on one intra-op thread, else wall seconds (see the docstring)."""
    return time.thread_time() if torch.get_num_threads() == 1 else time.perf_counter()


def interleaved_times(runs: dict[str, Callable[[], Any]], repeats: int) -> dict[str, float]:
    """Median seconds (`clock`) of each run over `repeats` rounds after one warm-up
    round, the runs taking turns in every round."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for fn in runs.values():
        fn()
    for _ in range(repeats):
        for name, fn in runs.items():
            start = clock()
            fn()
            times[name].append(clock() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def hf_gpt2(n_vocab: int, n_positions: int) -> torch.nn.Module:
    from transformers import GPT2Config, GPT2LMHeadModel

    cfg = GPT2Config(vocab_size=n_vocab, n_positions=n_positions, n_embd=WIDTH,
                     n_layer=DEPTH, n_head=HEADS, n_inner=4 * WIDTH, resid_pdrop=0.0,
                     embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=0, eos_token_id=None)
    return GPT2LMHeadModel(cfg).eval()


def hf_loop(gpt2: torch.nn.Module, first: torch.Tensor, n_new: int) -> torch.Tensor:
    """Ancestral sampling with GPT-2's own KV cache, by hand: one forward per token."""
    x, past, out = first, None, []
    for _ in range(n_new):
        o = gpt2(input_ids=x, cache=past, use_cache=True)
        past = o.cache  # a DynamicCache (transformers 5: `past_key_values` is now `cache`)
        x = torch.multinomial(o.logits[:, -1].softmax(-1), 1)  # (B, 1)
        out.append(x)
    return torch.cat(out, 1)


def throughput(batch: int, repeats: int, quick: bool) -> dict[str, Any]:
    spec = load("digits").spec
    torch.manual_seed(0)
    model = build("transformer_ar", spec, {"d_model": WIDTH, "n_layer": DEPTH,
                                           "n_head": HEADS, "dropout": 0.0}).eval()
    D, n_vocab = spec.dim, model.net.tok.num_embeddings
    gpt2 = hf_gpt2(n_vocab, D)
    start = torch.full((batch, 1), n_vocab - 1)

    def hf(use_cache: bool, **kw: Any) -> Callable[[], Any]:
        return lambda: gpt2.generate(start, do_sample=True, top_k=0, max_new_tokens=D,
                                     min_new_tokens=D, use_cache=use_cache, pad_token_id=0,
                                     **kw)

    runs = {"genmap, KV cache": lambda: model.sample(batch, cache=True),
            "transformers GPT-2, generate(use_cache=True)": hf(True),
            "transformers GPT-2, hand-rolled loop over forward with its cache":
                lambda: hf_loop(gpt2, start, D),
            "transformers GPT-2, generate with a static (preallocated) cache":
                hf(True, cache_implementation="static"),
            "genmap, no cache": lambda: model.sample(batch, cache=False),
            "transformers GPT-2, generate(use_cache=False)": hf(False)}
    if quick:
        del runs["transformers GPT-2, generate(use_cache=False)"]
        del runs["transformers GPT-2, generate with a static (preallocated) cache"]
    with torch.inference_mode():
        seconds = interleaved_times(runs, repeats)
    rows = [{"decoder": name, "seconds": t, "ms_per_step": 1e3 * t / D,
             "tokens_per_s": batch * D / t} for name, t in seconds.items()]
    for r in rows:
        r["vs_generate"] = r["tokens_per_s"] / rows[1]["tokens_per_s"]
        r["vs_hand_rolled"] = r["tokens_per_s"] / rows[2]["tokens_per_s"]
    return {"batch": batch, "tokens_per_sample": D, "vocab_in": n_vocab, "rows": rows,
            "params_genmap": sum(p.numel() for p in model.net.parameters()),
            "params_gpt2": sum(p.numel() for p in gpt2.parameters())}


def per_token_cost(lengths: list[int], batch: int, repeats: int) -> list[dict[str, Any]]:
    """ms of one decoding step at prefix length L (genmap cached and uncached, GPT-2
    cached), and ms/token of a whole genmap cached generation of L tokens."""
    torch.manual_seed(0)
    T = max(lengths)
    net = CausalTransformer(18, 17, T, WIDTH, DEPTH, HEADS).eval()
    gpt2 = hf_gpt2(18, T)
    tokens = torch.randint(0, 17, (batch, T))
    rows = []
    with torch.inference_mode():
        for L in lengths:
            steps = interleaved_times({"genmap": cached_step(net, tokens, L),
                                       "gpt2": gpt2_step(gpt2, tokens, L)}, repeats)
            uncached = interleaved_times({"u": lambda L=L: net(tokens[:, :L])},
                                         max(1, repeats // 4))["u"]
            total = interleaved_times({"g": lambda L=L: generate(net, tokens[:, :1], L)},
                                      1)["g"]
            rows.append({"prefix": L, "ms_step_cached": 1e3 * steps["genmap"],
                         "ms_step_gpt2_cached": 1e3 * steps["gpt2"],
                         "ms_step_uncached": 1e3 * uncached,
                         "ms_per_token_generation": 1e3 * total / L,
                         "s_generation": total})
    return rows


def cached_step(net: CausalTransformer, tokens: torch.Tensor, L: int) -> Callable[[], Any]:
    """One decoding step at position L - 1 after a prefill of L - 1 positions, in a cache
    of L positions (what sampling L tokens allocates, which decides its layout)."""
    cache = net.new_cache(tokens.shape[0], L)
    net(tokens[:, :L - 1], cache)

    def step() -> None:
        cache.length = L - 1
        net(tokens[:, L - 1:L], cache)

    return step


def gpt2_step(gpt2: torch.nn.Module, tokens: torch.Tensor, L: int) -> Callable[[], Any]:
    """The same step for GPT-2: its cache holds L - 1 positions, then one more token."""
    past = gpt2(input_ids=tokens[:, :L - 1], use_cache=True).cache

    def step() -> None:
        gpt2(input_ids=tokens[:, L - 1:L], cache=past, use_cache=True)
        past.crop(-1)  # back to L - 1 positions

    return step


def generate(net: CausalTransformer, first: torch.Tensor, L: int) -> torch.Tensor:
    """Greedy cached generation of L tokens after `first` (timing only), in a cache of L
    positions."""
    cache = net.new_cache(first.shape[0], L)
    x = first
    for _ in range(L):
        x = net(x, cache)[:, -1].argmax(-1, keepdim=True) % 18  # (B, 1)
        if cache.length == cache.max_len:
            break
    return x


def likelihood(budget: float, val_every: int) -> dict[str, Any]:
    if budget <= 0:
        return {"budget_s": 0, "rows": []}
    data = load("digits")
    floor = build("independent", data.spec)
    floor.fit(data.train.x)
    rows = [{"model": "independent (closed-form fit)", "steps": 0,
             **metrics.nll(floor, data.test, data.spec)}]
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("transformer_ar", "pixelcnn"):
            cfg = TrainConfig(steps=10**9, budget=budget, val_every=val_every,
                              ckpt_every=10**9)
            summary = train(Path(tmp) / name, name, "digits", cfg=cfg, quiet=True)
            model, _ = load_run(Path(tmp) / name, "best")
            rows.append({"model": name, "steps": summary["step"],
                         **metrics.nll(model, data.test, data.spec)})
    return {"budget_s": budget, "rows": rows}


def markdown(res: dict[str, Any]) -> str:
    t = res["throughput"]
    lines = [f"## Sampling throughput ({t['batch']} samples x {t['tokens_per_sample']} "
             f"tokens, width {WIDTH}, depth {DEPTH}, heads {HEADS}, float32, "
             f"{res['threads']} CPU thread(s), median "
             f"{'thread CPU' if res['threads'] == 1 else 'wall'} time)", "",
             "| decoder | seconds | ms/step | tokens/s | vs generate | vs hand-rolled |",
             "|---|---|---|---|---|---|"]
    lines += [f"| {r['decoder']} | {r['seconds']:.3f} | {r['ms_per_step']:.2f} | "
              f"{r['tokens_per_s']:.0f} | {r['vs_generate']:.2f}x | "
              f"{r['vs_hand_rolled']:.2f}x |" for r in t["rows"]]
    lines += ["", "## Cost of one step as the prefix grows (batch "
              f"{res['per_token_batch']})", "",
              "| prefix L | genmap cached (ms) | GPT-2 cached (ms) | genmap uncached (ms) | "
              "genmap generation of L tokens (ms/token) |", "|---|---|---|---|---|"]
    lines += [f"| {r['prefix']} | {r['ms_step_cached']:.2f} | {r['ms_step_gpt2_cached']:.2f} "
              f"| {r['ms_step_uncached']:.2f} | {r['ms_per_token_generation']:.2f} |"
              for r in res["per_token"]]
    lik = res["likelihood"]
    if not lik["rows"]:
        return "\n".join(lines) + "\n"
    lines += ["", f"## Digits test NLL after {lik['budget_s']:g} s of CPU training each", "",
              "| model | steps | NLL | kind |", "|---|---|---|---|"]
    lines += [f"| {r['model']} | {r['steps']} | {r['value']:.3f} {r['unit']} | {r['kind']} |"
              for r in lik["rows"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="seconds-long CI version")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results"))
    ap.add_argument("--budget", type=float, default=None,
                    help="training seconds per model (0: skip the likelihood part)")
    ap.add_argument("--threads", type=int, default=1, help="intra-op CPU threads")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    quick = args.quick
    budget = args.budget if args.budget is not None else (2.0 if quick else 300.0)
    res = {"quick": quick, "threads": torch.get_num_threads(),
           "throughput": throughput(4 if quick else 64, 1 if quick else 7, quick),
           "per_token_batch": 4 if quick else 64,
           "per_token": per_token_cost([8, 32] if quick else [64, 256, 1024],
                                       batch=4 if quick else 64, repeats=1 if quick else 9),
           "likelihood": likelihood(budget, val_every=10 if quick else 200)}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "autoregressive.json").write_text(json.dumps(res, indent=2))
    (out / "autoregressive.md").write_text(markdown(res))
    print(markdown(res))


if __name__ == "__main__":
    main()

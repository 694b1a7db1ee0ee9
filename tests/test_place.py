"""`genmap place`: reading a system description onto the map.

The labelled corpus (tests/place_corpus/, descriptions written for these tests) has
seven parts: dev (tuned on), heldout, blind, unseen, fresh, novel and recent (each written and
labelled before the reader was run on it, then used to fix general failures). Every text must land
on its labelled primary paradigm and exact paradigm set, with the labelled objectives and
sampler stated, flags raised and roles named. unseen (63 paraphrased abstracts and model
cards of real systems) and fresh (23 more, written after the lexicon was fixed on unseen)
also carry the issue's targets as thresholds, and so does novel (67 more paraphrased real
systems, written after both were fixed: hybrids, comparisons with other paradigms, distilled
and adversarially post-trained diffusion, tokenizers, robotics, tabular, time series, 3-D,
molecules). First runs, before any fix on them: unseen 57/63 primary, 52/63 exact set;
fresh 22/23 primary, 19/23 exact set; novel 61/67 primary (91 %), 52/67 exact set (78 %),
objectives 24/30, samplers 32/34. recent (51 more real systems, chosen to vary the genre: 19
paper abstracts, 16 noisy markdown model cards with metadata, tables, code and citations, 16
blog posts, press releases and news; 2024-2026 and classic systems, world models, speech and
multimodal LLMs, distilled few-step models, GAN vocoders and upsamplers inside pipelines,
proteins, crystals) ran first at 44/51 primary (86 %), 37/51 exact set (73 %), objectives
16/19, samplers 21/26, flags 7/10, roles 23/26. wild (62 more real systems, none in the other
sets: 28 abstracts, 17 noisy model cards and READMEs, 17 blog/press/news texts; diffusion and
block-diffusion language models, autoregressive and masked image generators, flow-matching and
codec TTS, GAN vocoders and upscalers, VAEs for representation, flows for density estimation and
sampling, world models, robot policies, molecules, crystals, tabular data; texts that never name
their paradigm, that compare with two or three others, hybrids with roles) ran first at 55/62
primary (89 %), 49/62 exact set (79 %), objectives 25/26, samplers 21/25, flags 9/12, roles
30/33; one text was refused (no cue). broad (65 more real systems, none in the other sets,
2016-2026: 20 abstracts pasted from arXiv/PDF first pages with author lists, affiliations, arXiv
ids, running headers, hyphenated line breaks and an "1 Introduction" paragraph naming other
paradigms; 22 Hugging Face model cards with YAML front matter, usage code, Limitations /
Out-of-Scope sections and BibTeX; 23 blog posts, press releases, news and GitHub READMEs) ran first
at 61/65 primary (94 %), 46/65 exact set (71 %), objectives 28/31, samplers 21/25, flags 4/4, roles
32/38; its failures were fixed with general mechanisms (section-aware context, list and pronoun
continuation, URLs, staged components, host models, latent dynamics models), keeping every other
set at 100 %. broad's texts (and the abstracts and cards of wild and recent that still followed
their sources' sentences) were then rewritten in our own words, keeping each system, its facts,
its genre features and its misleading wording types; the rewritten broad set ran first at 60/65
primary, 47/65 exact set, objectives 29/31, samplers 21/25, flags 3/4, roles 36/38 (rewritten
wild 60/62 primary, 57/62 exact; recent 51/51, 49/51), and was fixed with general mechanisms:
plural class nouns heading a sentence that does not speak of the system are the field, the
opening sentence excepted; PDF line-end hyphenation is read across the break; bold pseudo-
headings open sections; a family name that is the system's own name yields to the text's method
words; a tokenizer's language-model users are not its parts; a list's head governs its last item.

checks (9,364 texts) is a regression set, not a measure: the texts of the blind checks of 30
since the fifty-first (10,440 texts, and 4,560 more of checks 436-547 and 556-595, written and
labelled by other writers, in rounds, and scored once before any fix on them; README, the
`genmap place` paragraph; the texts of checks 548-555 were lost with a temporary folder before
they could join), kept where the writer did
not mark the label as a judgement call and the reader placed it right (paradigm set, primary
and any labelled sampler) by the end of the session that read them. Their benchmark figures
are the writers' recollections or inventions, there to make a text look real, not facts about
the systems.
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from genmap.card import OBJECTIVES, ROLES, SAMPLERS, Card, tradeoffs
from genmap.place import (
    NothingToPlace,
    PlaceError,
    Placement,
    load_lexicon,
    place,
    place_run,
    place_text,
    read_source,
    reading,
)
from genmap.place.lexicon import (
    LEXICON_PATH,
    Alternation,
    _top_level,
    compile_pattern,
    parse_lexicon,
)
from genmap.place.reading import _title_names, find_hits, names_own, sentences, title_line

CORPUS = Path(__file__).parent / "place_corpus"
CASES = [(part.name, name, label) for part in sorted(CORPUS.iterdir()) if part.is_dir()
         for name, label in json.loads((part / "labels.json").read_text()).items()]


@functools.cache
def _placed(part: str, name: str) -> Placement:
    return place(CORPUS / part / name)


def _stated(p: Placement, kind: str) -> set[str]:
    return {c.value for c in p.of_kind(kind) if c.stated}


@pytest.mark.parametrize("part,name,label", CASES, ids=[f"{a}/{b}" for a, b, _ in CASES])
def test_corpus_text_lands_where_labelled(part: str, name: str, label: dict) -> None:
    """Its primary, exact paradigm set, labelled objectives, sampler, flags and roles; its
    roles in the card vocabulary and its evidence quoting it (all checked here, so that each
    text is placed once, whichever test worker runs it)."""
    p = _placed(part, name)
    assert p.primary == label["primary"], p.scores
    assert p.paradigms == set(label["paradigms"]), p.scores
    assert set(label.get("objectives", [])) <= _stated(p, "objective")
    if "sampler" in label:
        assert p.card.sampler == label["sampler"]
    claims = " | ".join(f.claim for f in p.flags)
    assert all(f in claims for f in label.get("flags", [])), claims
    roles = [c.value for c in p.of_kind("role")]
    assert all(any(r.startswith(want) for r in roles) for want in label.get("roles", [])), roles
    assert {role for role, _ in p.card.components} <= set(ROLES)
    assert {c.value.split(": ")[0] for c in p.of_kind("role")} <= set(ROLES)
    _quotes_the_input_at_its_offsets(read_source(CORPUS / part / name), p)


def test_corpus_covers_every_paradigm_hybrids_and_flags() -> None:
    labels = [lab for _, _, lab in CASES]
    assert {lab["primary"] for lab in labels} == {"autoregressive", "flow", "latent_variable",
                                                 "adversarial", "diffusion", "energy_based"}
    assert sum(len(lab["paradigms"]) > 1 for lab in labels) >= 15
    assert sum(bool(lab.get("flags")) for lab in labels) >= 8


def _quotes_the_input_at_its_offsets(text: str, p: Placement) -> None:
    """Every conclusion has a confidence in [0, 1] and evidence (or says why not), and every
    piece of evidence quotes the input at its character offsets (checked for each corpus
    text where it is placed, so each text is placed once, whichever test worker runs it)."""
    for c in p.conclusions:
        assert 0.0 <= c.confidence <= 1.0
        assert c.evidence or not c.stated or c.why, c
        for e in c.evidence:
            assert " ".join(text[e.start:e.end].split()) == e.sentence
            assert text[e.term_start:e.term_end] == e.term
            assert e.start <= e.term_start < e.term_end <= e.end


def test_a_bold_label_with_a_full_stop_opens_a_section_and_is_no_bullet() -> None:
    """"**Text encoders.** Two encoders ... a CLIP-style encoder\ntrained on ...": the bold
    start is not a "*" bullet (the wrapped line continues the sentence) and the label, full
    stop and all, sets its section aside like a heading."""
    text = ("# Card\n\nThe video model is a diffusion transformer over VAE latents.\n\n"
            "**Text encoders.** Two encoders read the prompt: a CLIP-style encoder\n"
            "trained on captions, and an in-house language model used for its hidden states.\n")
    lex = load_lexicon()
    said = [s for s in sentences(text, lex.context.skip_sections, lex.context.aside_sections)
            if "Two encoders" in s.text]
    assert len(said) == 1 and "in-house language model" in said[0].text
    assert said[0].aside
    assert "autoregressive" not in place_text(text).paradigms


def test_a_wrapped_line_that_begins_like_a_yaml_key_continues_its_paragraph() -> None:
    wrapped = ("Each family of generative models has been applied to chemistry and to\n"
               "molecules: JT-VAE decodes graphs from a code. Then it stops.")
    assert [s.text.split()[0] for s in sentences(wrapped)] == ["Each", "Then"]
    card = "---\nlicense: mit\n---\n\n# Name\n\nlibrary: diffusers\n"
    assert "library: diffusers" in [s.text for s in sentences(card)]


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = ("# Title line\n\nWe use a frozen language model, e.g. T5, as encoder. "
            "It works!\nNext one.")
    ss = sentences(text)
    assert [text[s.start:s.end] for s in ss] == [s.text for s in ss]
    assert ss[0].title and ss[1].text.endswith("encoder.") and "e.g. T5" in ss[1].text
    wrapped = ("We train a model whose sentences are long enough that they wrap\n"
               "across lines like a PDF does. Then stop.")
    assert [s.text.split()[0] for s in sentences(wrapped)] == ["We", "Then"]
    cited = "The loss follows J. Ho and a generator G. Training G is a game."
    assert [s.text.split()[0] for s in sentences(cited)] == ["The", "Training"]
    initial = "The loss follows J. Ho and a generator. Training is a game."
    assert [s.text.split()[0] for s in sentences(initial)] == ["The", "Training"]
    assert len(sentences("The loss follows J. Ho and a generator.")) == 1


# Minimal pairs: the same sentence with and without the misleading word.
@pytest.mark.parametrize("plain,tricky,paradigm", [
    ("We train a diffusion model with a discriminator and adversarial training.",
     "We train a diffusion model with no discriminator and no adversarial training.",
     "adversarial"),
    ("We train a diffusion model and an autoregressive transformer prior.",
     "Our diffusion model samples faster than autoregressive transformers.",
     "autoregressive"),
    ("We propose a latent variable model whose decoder is trained with diffusion.",
     "Diffusion probabilistic models, a class of latent variable models, denoise images.",
     "latent_variable"),
    ("We train a latent diffusion model on the codes of an autoencoder.",
     "Unlike latent diffusion models, our diffusion model works directly in pixel space.",
     "latent_variable"),
    ("We train a VAE and a normalizing flow on images.",
     "Deep generative models such as GANs, VAEs and normalizing flows exist. We train a GAN.",
     "latent_variable"),
    ("Our image generator is an autoregressive transformer. It also contains diffusion models "
     "that refine the images.",
     "Unlike our earlier image generators, which were diffusion models, this one is an "
     "autoregressive transformer.", "diffusion"),  # a relative clause keeps its antecedent's
    ("We edit images with a StyleGAN generator. A diffusion model then refines the edits.",
     "We edit images with a StyleGAN generator. Diffusion-based editors have since adopted a "
     "similar interface.", "diffusion"),  # a plural noun of other work after the term
    ("We estimate densities with a neural model built on an energy function and its partition "
     "function.",
     "Unlike restricted Boltzmann machines, which have an intractable partition function, our "
     "model writes the likelihood as a product of conditionals.", "energy_based"),
    ("Aurora is an autoregressive transformer over image tokens. A diffusion model refines "
     "them, starting from random noise and gradually cleaning it up over many steps.",
     "Aurora is an autoregressive transformer over image tokens. That design puts it in the "
     "same camp as some research systems and sets it apart from the diffusion models behind "
     "popular tools such as Midjourney, Stable Diffusion or FLUX, which start from random "
     "noise and gradually clean it up over many steps.", "diffusion"),
])
def test_misleading_wording_does_not_add_a_paradigm(plain: str, tricky: str, paradigm: str) -> None:
    assert paradigm in place_text(plain).paradigms
    p = place_text(tricky)
    assert paradigm not in p.paradigms
    if "such as" not in tricky:
        assert any(e.context in ("negated", "contrast", "yielded") for e in p.discounted)


# Minimal pairs for readings added after the last held-out check: background led by a class,
# a class noun heading its own part of a sentence (after ";"), a system's name used as an
# architecture ("WaveNet-style"), a tokenizer named "...VQGAN", guidance in a token model,
# MCMC started from noise and "denoise" as an application, and a file name in a command.
@pytest.mark.parametrize("plain,tricky,paradigm", [
    ("We train a GAN for text-to-image synthesis. A diffusion model then refines its images.",
     "Text-to-image synthesis is currently led by diffusion models. We train a GAN for it.",
     "diffusion"),
    ("Our model is a diffusion vocoder with a GAN vocoder stage trained against discriminators.",
     "Our model is a diffusion vocoder. Autoregressive vocoders sample one value at a time; GAN "
     "vocoders are parallel but need tuned discriminators.", "adversarial"),
    ("We train a WaveNet decoder and a diffusion model of speech latents.",
     "We train a WaveNet-style diffusion model of speech latents.", "autoregressive"),
    ("A decoder-only transformer predicts the next code of a VQ tokenizer trained with an "
     "adversarial loss and a discriminator.",
     "A decoder-only transformer predicts the next code of a MoVQGAN tokenizer.", "adversarial"),
    ("Our decoder-only transformer predicts the next token, and a diffusion model upsamples the "
     "images.",
     "Our decoder-only transformer predicts the next token; we sample with classifier-free "
     "guidance.", "diffusion"),
    ("We train an energy-based model with contrastive divergence and a denoising diffusion model.",
     "We train an energy-based model with contrastive divergence. To sample we start from random "
     "noise and run Langevin dynamics. The same energy can also denoise, inpaint and compose.",
     "diffusion"),
    ("We train a VAE on faces and a GAN on textures.",
     "We train a VAE on faces.\n\n```\npython main.py --base configs/faces_vqgan.yaml\n```",
     "adversarial"),
    ("We train a flow-matching model of speech. An autoregressive codec language model "
     "continues it.",
     "We train a flow-matching model of speech. Autoregressive codec language models can only "
     "look back; this model uses future context too.", "autoregressive"),
    # a property borrowed from a class, and the middle items of an "including A, B, C" list
    ("We propose a sequence GAN that is also an autoregressive model of the series.",
     "We propose a sequence GAN that joins adversarial training with the stability of "
     "teacher-forced autoregressive models.", "autoregressive"),
    ("Our video model is a latent diffusion transformer; a GAN upsampler sharpens its frames.",
     "Our video model is a latent diffusion transformer. It follows our earlier video work, "
     "including TGAN, MoCoGAN, DIGAN and Imagen Video.", "adversarial"),
    # a sentence announcing the field's N routes: the next N sentences describe them
    ("Audio synthesis is hard. Its generator is trained adversarially and predicts "
     "waveforms in one shot. Our autoencoder drives an oscillator bank.",
     "Audio synthesis has taken one of two routes. Sample-level models predict one value at "
     "a time. Others predict waveforms in one shot and are trained adversarially. Our "
     "autoencoder drives an oscillator bank.", "adversarial"),
    ("Audio synthesis has taken one of two routes. Sample-level models predict one value at "
     "a time. Ours is trained adversarially and predicts waveforms in one shot.",  # back to
     "Audio synthesis has taken one of two routes. Sample-level models predict one value at "
     "a time. Others predict waveforms in one shot and are trained adversarially.",  # itself
     "adversarial"),
])
def test_background_names_and_tricks_do_not_add_a_paradigm(plain: str, tricky: str,
                                                           paradigm: str) -> None:
    assert paradigm in place_text(plain).paradigms
    assert paradigm not in place_text(tricky).paradigms


def test_objectives_agree_with_blind_labels() -> None:
    """The losses `place` states with evidence, against 720 texts whose stated losses readers
    who never saw genmap labelled (benchmarks/place.py reports the same figures): 223 of the
    360 held-out texts agree exactly, precision 0.76, recall 0.86; at the commit before the
    objective fixes, 162, 0.69 and 0.70."""
    spec = importlib.util.spec_from_file_location(
        "place_bench", Path(__file__).resolve().parents[1] / "benchmarks" / "place.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    got = bench.objective_agreement(quick=False)
    for tag in ("tuned", "held-out"):
        assert got[tag]["texts"] == 360
        assert got[tag]["same_set"] >= 0.55 * 360, got
        assert got[tag]["precision"] >= 0.70 and got[tag]["recall"] >= 0.80, got


@pytest.mark.parametrize("part,size", [("unseen", 40), ("fresh", 20), ("novel", 45),
                                       ("recent", 45), ("wild", 60), ("broad", 60)])
def test_unseen_sets_meet_the_issue_targets(part: str, size: int) -> None:
    """The issue's bar on texts the reader was not written for: the right primary paradigm
    for >= 95 %, the exact set for >= 85 %, objectives and samplers named with evidence."""
    labels = json.loads((CORPUS / part / "labels.json").read_text())
    placed = {name: _placed(part, name) for name in labels}
    n = len(labels)
    assert n >= size
    assert sum(placed[k].primary == lab["primary"] for k, lab in labels.items()) >= 0.95 * n
    exact = sum(placed[k].paradigms == set(lab["paradigms"]) for k, lab in labels.items())
    assert exact >= 0.85 * n
    for name, p in placed.items():
        for c in p.of_kind("objective") + p.of_kind("sampler"):
            assert c.evidence or not c.stated or c.why, (name, c)
    objectives = [(o, placed[k]) for k, lab in labels.items() for o in lab.get("objectives", [])]
    assert sum(o in _stated(p, "objective") for o, p in objectives) >= 0.85 * len(objectives)
    samplers = [(lab["sampler"], placed[k]) for k, lab in labels.items() if "sampler" in lab]
    assert sum(s == p.card.sampler for s, p in samplers) >= 0.85 * len(samplers)


def test_unseen_set_covers_the_map() -> None:
    labels = json.loads((CORPUS / "unseen" / "labels.json").read_text()).values()
    assert {lab["primary"] for lab in labels} == {"autoregressive", "flow", "latent_variable",
                                                 "adversarial", "diffusion", "energy_based"}
    named = {o for lab in labels for o in lab.get("objectives", [])}
    assert {"masked-token prediction", "distillation", "progressive distillation"} <= named
    assert "Gibbs sampling" in {lab.get("sampler") for lab in labels}


# Words that would add a paradigm, set aside by a combining rule that then says why in the
# card's notes: without the rule the paradigm would be placed.
@pytest.mark.parametrize("text,paradigm,rule", [
    ("We train a score network by denoising score matching and sample it with Markov chain "
     "Monte Carlo. Samples are drawn with annealed Langevin dynamics. Our Langevin sampler runs "
     "for 100 steps.", "energy_based", "langevin_over_scores"),
    ("We train an energy-based model on images. We sample it with Langevin MCMC. The number of "
     "sampling steps and the 200 network evaluations of the Langevin sampler matter more than "
     "its step size.", "diffusion", "mcmc_of_an_ebm"),
    ("fresh/nice_components.txt", "latent_variable", "flow_latent_space"),
    ("We train a denoising diffusion model on images. Our model is trained with the evidence "
     "lower bound. The variational bound gives a likelihood.", "latent_variable", "diffusion_elbo"),
    ("A large language model can write fluent text. We present a language model based on "
     "continuous diffusion that iteratively denoises a sequence of Gaussian vectors into word "
     "vectors.",
     "autoregressive", "diffusion_language_model"),
    ("Our text-to-speech system is a diffusion model that generates mel spectrograms "
     "non-autoregressively. The language model and its sequence-to-sequence decoder are replaced: "
     "the diffusion model denoises all frames at once, conditioned on the phonemes.",
     "autoregressive", "non_autoregressive_diffusion"),
    ("recent/transformer_flows_revival_news.txt", "diffusion", "flow_denoising"),
    ("WGAN-VGG trains a generator against a Wasserstein critic for low-dose CT denoising. "
     "The generator maps a low-dose image to a denoised one.", "diffusion",
     "restoration_denoising"),
    ("Our robot policy is a pretrained vision-language model with an added action expert. The "
     "large language model attends to the camera images and the instruction; the action expert "
     "generates 50-step action chunks by flow matching, integrated with 10 Euler steps.",
     "autoregressive", "language_model_backbone"),
    ("# Tango: text-to-audio with an instruction-tuned LLM and latent diffusion\n\n"
     "1. **Text encoder:** a frozen FLAN-T5, an instruction-tuned language model used only as "
     "conditioning.\n2. A latent diffusion model learns to denoise audio latents.",
     "autoregressive", "llm_as_text_encoder"),
    ("recent/fine_tuned_autoencoder_card.md", "diffusion", "autoencoder_release"),
    ("recent/flow_tokens_ar_transformer.txt", "latent_variable", "flow_tokenizer"),
    ("recent/adapted_diffusion_llm.txt", "autoregressive", "discrete_diffusion"),
    ("wild/boltzmann_generator_flow.txt", "energy_based", "flow_energy_target"),
    ("wild/universal_simulator_blog.txt", "autoregressive", "diffusion_rollout"),
    ("TarFlow is a normalizing flow of transformer blocks trained by exact maximum likelihood "
     "on noise-augmented images. A post-training denoising step, a single score-based "
     "correction, cleans the samples with the gradient of the flow's own log-density.",
     "diffusion", "flow_own_score_denoising"),
])
def test_a_rule_sets_aside_a_paradigm_and_says_why(text: str, paradigm: str, rule: str) -> None:
    text = read_source(CORPUS / text) if text.endswith((".txt", ".md")) else text
    raw = json.loads(LEXICON_PATH.read_text())
    without = copy.deepcopy(raw)
    without["rules"] = [r for r in raw["rules"] if r["id"] != rule]
    assert paradigm in place_text(text, lexicon=parse_lexicon(without)).paradigms
    p = place_text(text)
    assert paradigm not in p.paradigms
    assert any(n.startswith(f"{rule}: ") for n in p.card.notes), p.card.notes


def test_a_headline_of_up_to_twenty_words_on_its_own_line_is_the_title() -> None:
    """A blog post's headline is longer than a paper's title; a first line of a wrapped
    paragraph (another line follows it) is not a title."""
    head = ("Introducing Voicebox: the first generative AI model for speech to generalise "
            "across tasks with state-of-the-art performance")
    assert title_line(head + "\n\nMeta AI researchers have built it.") == head
    assert title_line(head + "\nand more words of the same sentence.") == ""
    assert title_line(head + " and a few more words that make it a sentence of prose") == ""


def test_a_forum_header_is_not_the_title_the_post_is() -> None:
    """A Reddit thread opens with the subreddit and the poster; the post's own title, less its
    flair ("[R]"), is the title."""
    assert title_line(_THREAD.format(reply="")) == (
        "SRFlow: super-resolution with a normalizing flow")
    assert title_line("r/MachineLearning · Posted by u/x\n\n") == ""


def test_a_bullet_is_a_list_item_of_its_own() -> None:
    """"•" bullets start list items, as "-" and "*" do: each is a sentence of its own."""
    said = sentences("Video added a time axis, and early attempts carried over the recipes used "
                     "for images:\n  • Video Pixel Networks are slow.\n  • VGAN is fast.")
    assert [s.text for s in said][1:] == ["• Video Pixel Networks are slow.", "• VGAN is fast."]


def test_an_r1_gradient_penalty_is_r1() -> None:
    """"R1 gradient penalty" (and a zero-centred one) names R1, not WGAN-GP's gradient
    penalty."""
    def stated(text: str) -> set[str]:
        return {c.value for c in place_text(text).of_kind("objective") if c.stated}
    assert stated("Our GAN uses the non-saturating loss, and the discriminator is regularised "
                  "with an R1 gradient penalty.") == {"R1", "non-saturating"}
    assert stated("Our GAN uses the non-saturating loss and a zero-centred gradient penalty on "
                  "real images.") == {"R1", "non-saturating"}
    assert "gradient penalty" in stated("Our GAN uses the non-saturating loss, and the critic "
                                        "is regularised with a gradient penalty.")


def test_a_masthead_above_the_title_is_not_the_title() -> None:
    """A blog's masthead line ("Lab | Tech Blog | 2020") sits above the headline: the headline
    is the title, so a stage it names (a flow) is the system's, not only a vocoder's."""
    post = ("{head}Glow-TTS: speeding up speech synthesis with a flow-based model\n\n"
            "Tacotron 2 produces the spectrogram autoregressively: each frame is predicted from "
            "the frames before it. Our new model, Glow-TTS, removes the external aligner. "
            "Spectrograms were converted to audio with a pretrained WaveGlow vocoder, itself a "
            "flow.\n")
    under = post.format(head="Kakao Enterprise AI Lab | Tech Blog | 2020\n\n")
    assert title_line(under) == "Glow-TTS: speeding up speech synthesis with a flow-based model"
    assert place_text(under).primary == "flow"
    assert title_line("| model | FID |\n|---|---|\n") == "| model | FID |"  # a table row
    assert title_line("Lab | Blog | 2020\n\n" + "A paragraph of prose " * 6 + "ends here.") == ""


def test_a_hyphenated_name_in_the_title_names_the_system() -> None:
    """"Grad-TTS: ..." names the text's system, so "Glow-TTS used a normalizing-flow decoder"
    describes another system: its flow is a comparison, not a component."""
    body = ("\n\nThe history of acoustic models is a tour of the zoo. Glow-TTS used a "
            "normalizing-flow decoder and introduced monotonic alignment search. Grad-TTS is a "
            "diffusion model: its decoder is trained by denoising score matching and sampled "
            "by solving the reverse SDE, a stochastic differential equation.\n")
    assert "flow" not in place_text("Grad-TTS: A Score-Based Decoder for Speech" + body).paradigms
    assert "flow" in place_text("A Score-Based Decoder for Speech" + body).paradigms


def test_a_titles_task_and_venue_acronyms_are_not_names() -> None:
    """"P-Flow: fast zero-shot TTS (NVIDIA, NeurIPS 2023)" names P-Flow; TTS and NeurIPS are a
    task and a venue, so "zero-shot TTS was dominated by codec language models" is the field."""
    assert not _title_names("P-Flow: fast zero-shot TTS (NVIDIA, NeurIPS 2023)") & {
        "tts", "neurips"}
    assert _title_names("Glow-TTS: speeding up speech synthesis (NeurIPS 2020)") == {"glow-tts"}


def test_what_a_part_is_built_with_is_a_component() -> None:
    """"its prior is made more expressive with normalizing flows" states a flow component,
    kept however strongly the VAE and its discriminator dominate the text."""
    text = ("VITS: conditional variational autoencoder with adversarial learning\n\n"
            "VITS is a conditional VAE trained by maximising a variational lower bound (the "
            "ELBO); its prior is made more expressive {flow}, and the decoder is trained "
            "adversarially against discriminators with a least-squares GAN loss. The VAE "
            "encoder infers the latent variables; the GAN discriminator sharpens the waveform. "
            "The VAE's KL term and the adversarial loss are balanced by hand.\n")
    assert "flow" in place_text(text.format(flow="with normalizing flows")).paradigms
    assert "flow" not in place_text(text.format(flow="than normalizing flows")).paradigms


def test_a_bare_subreddit_line_is_not_the_title() -> None:
    post = ("r/MachineLearning\n\n[R] High Fidelity Speech Synthesis with Adversarial Networks "
            "(GAN-TTS)\nposted by u/x · 187 points\n\nGAN-TTS is a feed-forward generator.\n")
    assert title_line(post) == (
        "High Fidelity Speech Synthesis with Adversarial Networks (GAN-TTS)")


def test_gibbs_sampling_of_an_orderless_token_model() -> None:
    """An orderless NADE that erases and rewrites blocks of notes samples by blocked Gibbs
    sampling: a sampler the autoregressive paradigm admits, not only energy models."""
    coconet = ("Coconet: counterpoint by convolution\n\nCoconet is a convolutional network "
               "trained to predict randomly erased notes of a four-voice chorale from the notes "
               "that remain, an orderless NADE: the loss is the cross-entropy of the erased "
               "notes. To harmonise a melody it fills in the other voices, then repeatedly "
               "erases a block of notes and rewrites them, a procedure known as blocked Gibbs "
               "sampling.\n")
    placed = place_text(coconet)
    assert (placed.primary, placed.card.sampler) == ("autoregressive", "Gibbs sampling")


@pytest.mark.parametrize("text, paradigms", [
    # "| LJSpeech vocoder | WaveNet | 4.43 |" compares vocoders in a results table; it is not
    # the system's vocoder stage ("| Vocoder | HiFi-GAN |"), whose paradigm is kept however
    # little else the text says of it
    ("DiffWave: a versatile diffusion model for audio synthesis\n\nDiffWave is a denoising "
     "diffusion probabilistic model for raw audio. It is trained by predicting the added noise "
     "with an L2 loss and samples by iterative denoising over 50 reverse steps. A "
     "non-autoregressive network, a WaveNet-like stack of bidirectional dilated convolutions "
     "with no causal masking, takes the noisy waveform and a diffusion-step embedding.\n\n"
     "| task | model | MOS |\n|---|---|---|\n| LJSpeech vocoder | WaveNet | 4.43 |\n"
     "| LJSpeech vocoder | DiffWave | 4.44 |\n", {"diffusion"}),
    # "DeepMind's WaveNet ... one sample at a time" under a title naming MelGAN describes
    # WaveNet, as "WaveNet ..." would: the owner's name is not a second word of the subject
    ("MelGAN: the vocoder that doesn't wait its turn\n\nDeepMind's WaveNet sounds superb but "
     "produces audio one sample at a time and predicts every sample from the samples before "
     "it. MelGAN is a GAN vocoder: a fully convolutional generator trained against "
     "multi-scale discriminators with a hinge loss turns a mel-spectrogram into audio in one "
     "forward pass.\n", {"adversarial"}),
])
def test_other_systems_in_tables_and_possessives_stay_other(text: str,
                                                            paradigms: set[str]) -> None:
    assert place_text(text).paradigms == paradigms


def test_a_vocoder_named_without_its_kind_adds_no_paradigm() -> None:
    """"a pretrained Vocos vocoder": a name that does not show the vocoder's kind (unlike
    HiFi-GAN) adds no paradigm, as the labellers read it; said to be a GAN, it adds one."""
    text = ("F5-TTS: a flow-matching text-to-speech model\n\nF5-TTS is a diffusion transformer "
            "trained with conditional flow matching to regress the vector field from noise to "
            "mel frames, and sampled by an Euler ODE solver in 32 steps. {voc}\n")
    assert place_text(text.format(voc="A pretrained Vocos vocoder turns the mel frames into a "
                                      "waveform.")).paradigms == {"diffusion"}
    assert place_text(text.format(voc="A pretrained Vocos vocoder, a GAN vocoder, turns the mel "
                                      "frames into a waveform.")).paradigms == {
        "diffusion", "adversarial"}


def test_music_sampled_one_event_at_a_time_is_the_chain_rule() -> None:
    """Event-based music models (Music Transformer) draw one MIDI event at a time."""
    text = ("Music Transformer\n\nThe model is trained by maximum likelihood on event-based "
            "MIDI sequences and sampled one event at a time.")
    assert place_text(text).paradigms == {"autoregressive"}


def test_a_list_the_system_adopts_is_its_parts_not_a_survey() -> None:
    """Three paradigms in a row are a survey of the field, read at the listing weight; the
    same three after "our method adopts" are the system's own parts."""
    lex = load_lexicon()
    adopted = find_hits("Our method adopts variational inference augmented with normalizing "
                        "flows and adversarial training.", lex)
    surveyed = find_hits("The field mixes variational inference, normalizing flows and "
                         "adversarial training.", lex)
    assert [h.context for h in adopted] == ["self"] * 3
    assert [h.context for h in surveyed] == ["listing"] * 3


def test_paradigm_words_in_one_noun_phrase_are_not_a_listing() -> None:
    """"GANs, VAEs and flows" lists the field; "an energy-based diffusion language model" names
    one system by a compound whose words are joined without a separator."""
    lex = load_lexicon()
    compound = find_hits("EDX is an energy-based diffusion language model.", lex)
    listed = find_hits("The field mixes energy-based models, diffusion models and language "
                       "models.", lex)
    assert {h.cue.id for h in compound} >= {"ebm", "diffusion_core"}
    assert "listing" not in [h.context for h in compound]
    assert {h.context for h in listed if h.cue.paradigms} == {"listing"}


def test_a_forum_posts_title_may_be_a_sentence() -> None:
    """A post's title under the forum's header line is its title even when it ends in a full
    stop, so the names in it are the text's own."""
    post = ("r/MachineLearning • Posted by u/someone\n\n[D] PSA: Craiyon is not a small "
            "DALL·E 2. Here's what it is.\n\nBody text follows here.")
    assert title_line(post) == "PSA: Craiyon is not a small DALL·E 2. Here's what it is."
    assert title_line("Craiyon is not a small DALL·E 2.\n\nBody text.") == ""


def test_a_system_another_maker_showed_is_theirs_until_the_text_names_its_own() -> None:
    """Under a headline that names the system in sentence case, "Meta showed Make-A-Video,
    ..." speaks of Make-A-Video; the part is the system's own again from "... posted
    Phenaki"."""
    lex = load_lexicon()
    title = "Google's Phenaki turns a written story into a long video\n\n"
    other = find_hits(title + "Meta showed Make-A-Video, which is one of the diffusion models.",
                      lex)
    back = find_hits(title + "Meta showed Make-A-Video, and a second team posted Phenaki, "
                     "which is one of the diffusion models.", lex)
    assert [h.context for h in other if h.cue.id == "diffusion_core"] == ["contrast"]
    assert [h.context for h in back if h.cue.id == "diffusion_core"] == ["plain"]


def test_a_dated_masthead_sits_above_the_title() -> None:
    """A newsletter's "Name | date" line is a masthead: the headline under it is the title,
    so a bracketed kind after another system's name ("DALL·E (autoregressive)") is that
    system's. Two parts with no date are still a title."""
    head = "OpenAI releases Point-E, which makes 3D models from text"
    body = ("Point-E follows DALL·E (autoregressive) and DALL·E 2. Point-E is a chain of "
            "diffusion models that denoise a point cloud.")
    text = f"AI News Roundup | December 21, 2022\n\n{head}\n\n{body}"
    assert title_line(text) == head
    assert title_line(f"Point-E | OpenAI\n\n{body}") == "Point-E | OpenAI"
    assert "autoregressive" not in place_text(text).paradigms
    own = f"{head}\n\n{body}".replace("DALL·E (", "it (")  # no other system's name before it
    assert "autoregressive" in place_text(own).paradigms


def test_a_class_word_in_the_title_is_not_the_system_s_name() -> None:
    """"VITS, the one-stage TTS model" names VITS: a sentence about Glow-TTS does not speak of
    it, so the survey the paragraph opens ("For most of the neural TTS era, ...") goes on
    through that sentence. A title whose only name-like word is the class word keeps it."""
    title = "Speech Synthesis Weekly, #23: VITS, the one-stage TTS model everyone fine-tunes"
    history = ("For most of the neural TTS era, systems had two stages. An acoustic model "
               "(Tacotron 2, Glow-TTS) produced a mel spectrogram, and a vocoder (HiFi-GAN) "
               "turned it into audio.")
    assert not names_own("An acoustic model (Tacotron 2, Glow-TTS) produced it.", title)
    assert names_own("Glow-TTS is a flow-based model.", "Coqui TTS – tts_models/glow-tts")
    own = "VITS is a conditional VAE trained on an evidence lower bound."
    text = f"{title}\n\n{history}\n\n{own}"
    assert "adversarial" not in place_text(text).paradigms
    present = ("An acoustic model (Tacotron 2, Glow-TTS) produces a mel spectrogram, and a "
               "vocoder (HiFi-GAN) turns it into audio.")  # no survey: the system's own parts
    assert "adversarial" in place_text(text.replace(history, present)).paradigms


def test_recent_set_varies_the_genre() -> None:
    """recent mixes abstracts, noisy model cards and blog/press/news texts about equally."""
    names = json.loads((CORPUS / "recent" / "labels.json").read_text())
    cards = [n for n in names if n.endswith(".md")]
    assert len(cards) >= len(names) // 4
    noisy = [n for n in cards if "```" in read_source(CORPUS / "recent" / n)]
    assert len(noisy) >= 10  # usage code blocks, as real cards have
    parts = [p for n in names for p in n.removesuffix(".txt").split("_")]
    assert sum(p in ("press", "blog", "news") for p in parts) >= 12


def test_wild_set_varies_the_genre() -> None:
    """wild mixes abstracts (~45 %), noisy model cards and READMEs, and blog/press/news texts."""
    names = json.loads((CORPUS / "wild" / "labels.json").read_text())
    cards = [n for n in names if n.endswith(".md")]
    assert len(cards) >= 15 and sum("```" in read_source(CORPUS / "wild" / n) for n in cards) >= 12
    news = [n for n in names if n.removesuffix(".txt").split("_")[-1] in ("press", "blog", "news")]
    assert len(news) >= 15


def test_broad_set_varies_the_genre() -> None:
    """broad mixes pasted abstracts (~30 %), model cards (~35 %) and blog/press/news/READMEs."""
    names = json.loads((CORPUS / "broad" / "labels.json").read_text())
    texts = {n: read_source(CORPUS / "broad" / n) for n in names}
    cards = [n for n in names if n.endswith("_card.md")]
    assert len(cards) >= 20 and sum("```" in texts[n] and texts[n].startswith("---")
                                    for n in cards) >= 15
    assert sum(bool(re.search(r"^#+ .*(Limitations|Out-of-Scope|Risks)", texts[n], re.M))
               for n in cards) >= 8
    abstracts = [n for n, t in texts.items() if re.search(r"^\s*(Abstract|ABSTRACT)\b", t, re.M)]
    assert len(abstracts) >= 18
    assert sum("arXiv:" in texts[n] or "@" in texts[n] for n in abstracts) >= 8
    assert sum(bool(re.search(r"[a-z]-\n[a-z]", texts[n])) for n in abstracts) >= 1
    news = [n for n in names if n.rsplit(".", 1)[0].split("_")[-1] in
            ("press", "blog", "news", "readme")]
    assert len(news) >= 20


# Context mechanisms, each as a minimal pair: the same words said of the system, and said in a way
# that does not make them the system's (a limitation section, a task name, a relation to a class of
# models, an enumeration continued by "and/or", a pronoun for compared work, a URL).
@pytest.mark.parametrize("plain,tricky,paradigm", [
    ("# Vocoder\n\nWe train a GAN vocoder with discriminators.\n\n## Notes\nA diffusion vocoder "
     "denoises the waveform.",
     "# Vocoder\n\nWe train a GAN vocoder with discriminators.\n\n## Limitations\nA diffusion "
     "vocoder denoises the waveform.", "diffusion"),
    ("We train a diffusion model that denoises text embeddings. Our decoder is autoregressive.",
     "We train a diffusion model that denoises text embeddings. We show the connection between our "
     "model and autoregressive models.", "autoregressive"),
    ("We train a diffusion model of motion. We also train VAEs and autoregressive models.",
     "We train a diffusion model of motion. Earlier work used VAEs, or autoregressive models.",
     "autoregressive"),
    ("Our generator is a GAN that makes an image in one pass. It refines over denoising steps.",
     "Our generator is a GAN. Diffusion-based editors can edit too, but they pay with dozens of "
     "denoising steps.", "diffusion"),
    ("We train a diffusion model on images with an adversarial loss from a GAN discriminator.",
     "We train a diffusion model on images (notes: https://example.org/gan-discriminator-adversarial"
     "-loss).", "adversarial"),
    ("# Card\n\nA decoder-only transformer predicts the next token.\n\n**Notes:**\nA diffusion "
     "model denoises images for it.",
     "# Card\n\nA decoder-only transformer predicts the next token.\n\n**Limitations:**\nA "
     "diffusion model denoises images for it.", "diffusion"),
    ("# Card\n\nA decoder-only transformer predicts the next token.\n\n**Notes:** A diffusion "
     "model denoises images for it.",
     "# Card\n\nA decoder-only transformer predicts the next token.\n\n**Limitations:** A "
     "diffusion model denoises images for it.", "diffusion"),
    ("We train a diffusion model of motion. An autoregressive motion model rolls forward one pose "
     "at a time for it.",
     "We train a diffusion model of motion. Autoregressive motion models roll forward one pose at "
     "a time and drift.", "autoregressive"),
    ("We train a diffusion model of speech. It is autoregres-\nsive over frames.",
     "We train a diffusion model of speech. It is non-\nautoregressive over frames.",
     "autoregressive"),
])
def test_context_keeps_the_systems_own_words(plain: str, tricky: str, paradigm: str) -> None:
    assert paradigm in place_text(plain).paradigms
    assert paradigm not in place_text(tricky).paradigms


def test_pdf_hyphenation_is_read_across_the_break_with_true_offsets() -> None:
    text = "We train a diffusion model of speech. It is autoregres-\nsive over frames."
    ev = [e for c in place_text(text).conclusions for e in c.evidence if "autoregres" in e.term]
    assert ev and all(text[e.term_start:e.term_end] == e.term == "autoregres-\nsive" for e in ev)


def test_a_line_end_hyphen_stays_when_the_words_after_make_a_cue() -> None:
    """"energy-\\nbased model" is an energy-based model: the hyphen is kept because the
    hyphenated word with the word after it starts a cue (alone, "energy-based" starts none
    whole); "autoregres-\\nsive" is still one word."""
    text = "Index terms: language modeling, random field, energy-\nbased model."
    p = place_text(text)
    assert "energy_based" in p.paradigms
    assert any(e.term == "energy-\nbased model" for c in p.conclusions for e in c.evidence)


def test_a_systems_name_does_not_outvote_its_method_words() -> None:
    """A family name ("Parti") that is also the system's own name is evidence of nothing when the
    text's method words place it elsewhere; with no method words it still counts."""
    text = ("# Parti-XL\n\nParti-XL is a diffusion model: a U-Net removes Gaussian noise from an "
            "image over 50 denoising steps.")
    p = place_text(text)
    assert dict(p.scores)["autoregressive"] > 0 and p.paradigms == {"diffusion"}
    assert place_text("# Parti-XL\n\nParti-XL draws images from text prompts.").primary == (
        "autoregressive")
    # a sibling of the same family (Qwen2.5-VL inside Qwen-Image) is a name too
    def sibling(name: str) -> Placement:
        return place_text(f"# {name}\n\n{name} is a 20B flow-matching diffusion transformer over "
                          "VAE latents, sampled by an ODE solver.\n\n| Part | Model |\n|---|---|\n"
                          "| Reader | Qwen2.5-VL |\n| Checker | Qwen2.5-VL |\n")
    assert dict(sibling("Qwen-Image").scores)["autoregressive"] >= 2.4
    assert "autoregressive" not in sibling("Qwen-Image").paradigms
    assert "autoregressive" in sibling("Wan-Image").paradigms


def test_a_tokenizer_release_is_not_the_language_models_it_serves() -> None:
    text = ("Today we release VidTok, a video tokenizer for large language models and diffusion "
            "generators. An encoder and a decoder with finite scalar quantization compress each "
            "clip; training uses reconstruction and adversarial losses.")
    p = place_text(text)
    assert p.primary == "latent_variable" and "autoregressive" not in p.paradigms


def test_task_names_are_not_paradigm_evidence() -> None:
    """"seq2seq tasks" names what DiffuSeq solves; with the task context switched off the task
    words alone would score for autoregressive."""
    text = ("DiffuSeq is a diffusion model for sequence-to-sequence text generation tasks. "
            "Gaussian noise is added to the target and a transformer learns to denoise it. On "
            "seq2seq tasks and sequence-to-sequence benchmarks it beats six baselines.")
    p = place_text(text)
    assert p.paradigms == {"diffusion"}
    seq2seq = [h.context for h in find_hits(text, load_lexicon()) if h.cue.id == "seq2seq"]
    assert len(seq2seq) == 3 and set(seq2seq) == {"task"}
    off = copy.deepcopy(json.loads(LEXICON_PATH.read_text()))
    off["context"]["task"] = "(?!x)x"
    untasked = place_text(text, lexicon=parse_lexicon(off))
    assert dict(p.scores)["autoregressive"] == 0
    assert dict(untasked.scores)["autoregressive"] > 0


def test_next_unit_prediction_cross_entropy_and_gibbs_updates() -> None:
    protein = place_text("A decoder-only transformer trained to predict the next amino acid "
                         "given the preceding ones with the cross-entropy loss.")
    assert protein.primary == "autoregressive" and "next-token NLL" in _stated(protein, "objective")
    alone = place_text("We train a masked generative transformer over image tokens with the "
                       "cross-entropy loss on the masked tokens.")
    assert "next-token NLL" not in _stated(alone, "objective")  # needs a next-token cue beside it
    rbm = place_text("We train a restricted Boltzmann machine with contrastive divergence. "
                     "Predictions are made by one step of alternating Gibbs updates.")
    assert rbm.card.sampler == "Gibbs sampling"
    raw = json.loads(LEXICON_PATH.read_text())
    bad = copy.deepcopy(raw)
    next(c for c in bad["cues"] if c["id"] == "cross_entropy")["needs_cue"] = ["nope"]
    with pytest.raises(ValueError, match="needs_cue"):
        parse_lexicon(bad)


def test_objectives_said_under_a_limitations_heading_still_count() -> None:
    """An aside section keeps a paradigm out of the set but not the objective of one that is in."""
    p = place(CORPUS / "broad" / "pythia_suite_card.md")
    assert "predict the next token" in read_source(CORPUS / "broad" / "pythia_suite_card.md")
    assert "next-token NLL" in _stated(p, "objective")
    assert any(e.context == "aside" for c in p.of_kind("objective") for e in c.evidence)


def test_a_stage_named_component_clears_the_relative_floor() -> None:
    tango = place(CORPUS / "broad" / "tango_flan_t5_audio_card.md")
    scores = dict(tango.scores)
    assert scores["adversarial"] < load_lexicon().thresholds["relative"] * scores["diffusion"]
    assert ("vocoder", "adversarial") in [(r, c.primary) for r, c in tango.card.components]


def test_a_world_model_predicting_the_next_latent_is_a_sequence_model() -> None:
    p = place(CORPUS / "broad" / "world_models_dreams.txt")
    assert p.primary == "autoregressive"
    assert ("tokenizer", "latent_variable") in [(r, c.primary) for r, c in p.card.components]
    assert any(n.startswith("latent_dynamics_model: ") for n in p.card.notes)


def test_roles_of_recent_hybrids() -> None:
    teacher = place(CORPUS / "recent" / "probability_density_distillation.txt")
    assert teacher.primary == "flow"
    assert ("distillation teacher", "autoregressive") in [(r, c.primary)
                                                          for r, c in teacher.card.components]
    lossy = place(CORPUS / "recent" / "lossy_autoencoder_ar_decoder.txt")  # flow prior, AR decoder
    assert lossy.primary == "latent_variable" and "flow" in lossy.paradigms
    assert {("decoder", "autoregressive"), ("prior", "flow")} <= {
        (r, c.primary) for r, c in lossy.card.components}
    jet = place(CORPUS / "recent" / "flow_tokens_ar_transformer.txt")
    assert jet.primary == "autoregressive"
    assert {("tokenizer", "flow"), ("prior", "autoregressive")} == {
        (r, c.primary) for r, c in jet.card.components}  # the flow tokenizes, the AR model is prior


def test_a_paradigm_named_only_as_the_field_is_not_placed() -> None:
    """Background and limitation sentences score a paradigm, but only a clear cue said of the
    system itself puts it in the set."""
    field_only = ("Diffusion models have dominated image generation. Diffusion models often need "
                  "many denoising steps. We train a masked generative transformer over VQ-VAE "
                  "codebook tokens and decode them in parallel.")
    p = place_text(field_only)
    assert dict(p.scores)["diffusion"] >= load_lexicon().thresholds["absolute"]
    assert "diffusion" not in p.paradigms
    own = ("We train a masked generative transformer over VQ-VAE codebook tokens and decode them "
           "in parallel. A diffusion model then refines the images over many denoising steps.")
    assert "diffusion" in place_text(own).paradigms


def test_roles_of_wild_hybrids() -> None:
    def parts(name: str) -> set[tuple[str, str]]:
        return {(r, c.primary) for r, c in place(CORPUS / "wild" / name).card.components}

    crystal = place(CORPUS / "wild" / "crystal_diffusion_vae.txt")  # a VAE, diffusion decoder
    assert crystal.primary == "latent_variable"
    assert parts("crystal_diffusion_vae.txt") == {("decoder", "diffusion")}
    vaebm = place(CORPUS / "wild" / "vae_energy_hybrid.txt")  # an EBM over a VAE base
    assert vaebm.primary == "energy_based" and vaebm.card.sampler == "Langevin MCMC"
    assert ("prior", "latent_variable") in parts("vae_energy_hybrid.txt")
    tts = parts("supervised_token_tts_card.md")  # AR tokens -> flow matching -> HiFi-GAN
    assert {("vocoder", "adversarial"), ("decoder", "diffusion")} <= tts
    assert ("discriminator", "adversarial") not in tts
    assert ("tokenizer", "latent_variable") not in tts  # a quantiser inside an ASR encoder


def test_a_card_is_named_by_its_title_not_its_front_matter() -> None:
    path = CORPUS / "recent" / "timestep_distilled_t2i_card.md"
    assert read_source(path).startswith("---\nlicense:")
    assert place(path).card.name == "Rapid 12B"


def test_unlike_gans_in_a_vae_paper_stays_a_vae() -> None:
    p = place(CORPUS / "unseen" / "disentangling_beta.txt")
    assert "Unlike generative adversarial networks" in read_source(
        CORPUS / "unseen" / "disentangling_beta.txt")
    assert p.paradigms == {"latent_variable"}
    assert any(e.context == "contrast" and "adversarial" in e.term for e in p.discounted)


def test_new_vocabulary_is_on_the_card() -> None:
    assert {"masked-token prediction", "distillation"} <= set(OBJECTIVES)
    assert "Gibbs sampling" in SAMPLERS
    gibbs = Card(name="rbm", paradigms=("energy_based",), objective=("contrastive divergence",),
                 divergence="forward KL", sampler="Gibbs sampling", nfe="steps", likelihood=None)
    assert gibbs.nfe_for(D=64, steps=1000) == 1000
    assert tradeoffs(gibbs)["sampling_cost"].startswith("slow")
    rbm = place(CORPUS / "heldout" / "rbm.txt")
    assert rbm.card.sampler == "Gibbs sampling" and rbm.card.nfe == "steps"
    mask = place(CORPUS / "unseen" / "mask_predict.txt")
    assert "masked-token prediction" in _stated(mask, "objective")
    assert "next-token NLL" not in mask.card.objective  # left to right is the baseline here


def test_a_default_role_outside_the_card_vocabulary_is_refused() -> None:
    """(Each corpus text's roles are checked against the vocabulary where it is placed.)"""
    raw = json.loads(LEXICON_PATH.read_text())
    bad = copy.deepcopy(raw)
    bad["default_roles"]["adversarial"]["*"] = "referee"
    with pytest.raises(ValueError, match="outside the card vocabulary"):
        parse_lexicon(bad)


def test_place_starts_without_torch() -> None:
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom genmap.cli import app\n"
            f"r = CliRunner().invoke(app, ['place', {str(CORPUS / 'dev' / 'gan_basic.txt')!r}])\n"
            "assert r.exit_code == 0, r.output\nprint(sorted(m for m in ('torch', 'numpy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_latent_space_in_a_flow_paper_stays_a_flow() -> None:
    for name in ("dev/coupling_flow.md", "dev/glow_like.txt", "unseen/invertible_1x1.txt",
                 "unseen/real_valued_nvp.txt"):
        text = read_source(CORPUS / name)
        assert "latent space" in text
        assert place_text(text).paradigms == {"flow"}


def test_no_adversarial_training_is_said_and_set_aside() -> None:
    p = place(CORPUS / "dev" / "no_adversarial.txt")
    assert p.paradigms == {"diffusion"}
    negated = [e for e in p.discounted if e.context == "negated"]
    assert {e.term for e in negated} >= {"adversarial training", "discriminator"}


def test_hybrids_name_components_and_roles() -> None:
    ldm = place(CORPUS / "dev" / "latent_diffusion.txt")
    assert dict((r, c.primary) for r, c in ldm.card.components) == {
        "tokenizer": "latent_variable", "prior": "diffusion"}
    assert any(c.value.startswith("text encoder: ") and "CLIP" in c.value
               for c in ldm.of_kind("role"))
    vq = place(CORPUS / "dev" / "text_to_image_tokens.txt")
    assert vq.primary == "autoregressive"
    assert ("tokenizer", "latent_variable") in [(r, c.primary) for r, c in vq.card.components]
    cm = place(CORPUS / "dev" / "consistency.txt")
    assert ("distillation teacher", "diffusion") in [(r, c.primary) for r, c in cm.card.components]
    latent_flow = place(CORPUS / "novel" / "latent_transformer_flow.txt")
    assert latent_flow.primary == "flow" and "autoregressive" not in latent_flow.paradigms
    assert ("tokenizer", "latent_variable") in [(r, c.primary)
                                                for r, c in latent_flow.card.components]
    sketch = place(CORPUS / "novel" / "stroke_sequence_vae.txt")  # an autoregressive decoder
    assert [(r, c.primary) for r, c in sketch.card.components] == [("decoder", "autoregressive")]


def test_non_standard_claims_change_the_predicted_tradeoffs() -> None:
    one_step = place(CORPUS / "dev" / "consistency.txt")
    ddpm = place(CORPUS / "dev" / "ddpm_like.txt")
    assert one_step.card.sampler == "few-step distilled" and one_step.flags
    assert tradeoffs(one_step.card)["sampling_cost"].startswith("fast")
    assert tradeoffs(ddpm.card)["sampling_cost"].startswith("slow") and not ddpm.flags
    assert one_step.card.likelihood is None and ddpm.card.likelihood == "bound"
    parallel = place(CORPUS / "dev" / "masked_tokens.txt")
    assert parallel.card.sampler == "parallel iterative decoding"
    assert parallel.card.nfe_for(D=256, steps=8) == 8  # not one pass per token
    assert any(e.term for f in parallel.flags for e in f.evidence)


def test_unsaid_is_said() -> None:
    silent = place_text("We present Zephyr, a generative adversarial network for faces.")
    assert any("names no loss" in u for u in silent.unsaid)
    assert not any(c.stated for c in silent.of_kind("objective"))
    assert silent.card.objective == ("non-saturating",)  # the paradigm's default, flagged
    said = place_text("We train a generative adversarial network with the Wasserstein critic "
                      "loss and a gradient penalty on faces.")
    assert not any("names no loss" in u for u in said.unsaid)
    assert {"Wasserstein critic", "gradient penalty"} <= _stated(said, "objective")


def test_the_card_is_the_models_card_type() -> None:
    p = place(CORPUS / "dev" / "vq_prior.txt")
    assert isinstance(p.card, Card) and Card.from_dict(p.card.to_dict()) == p.card
    same = Card(name="other", paradigms=p.card.paradigms, objective=(), divergence="x",
                sampler=p.card.sampler, nfe=p.card.nfe, likelihood=p.card.likelihood)
    assert tradeoffs(same) == tradeoffs(p.card)
    json.dumps(p.to_dict())


def test_text_with_no_cue_is_refused() -> None:
    with pytest.raises(NothingToPlace, match="names no generative paradigm"):
        place_text("The weather in spring is mild and the trains run on time.")


def test_a_text_described_only_under_background_is_placed_from_it_and_says_so() -> None:
    """Everything under "## Background" is usually other work and is skipped; a README whose
    whole description sits there is placed from it at half weight instead of refused."""
    text = ("# JEM++\n\n## Background\n\nA classifier's logits define an energy-based model "
            "whose negative samples come from Langevin dynamics.\n\n## Results\n\n"
            "| model | accuracy |\n|---|---|\n| JEM++ | 94.1 |\n")
    p = place_text(text)
    assert p.primary == "energy_based"
    assert any("only under headings usually about other work" in u for u in p.unsaid)
    framed = text.replace("## Results", "JEM++ trains a diffusion model.\n\n## Results")
    assert "energy_based" not in place_text(framed).paradigms  # own words outside: skipped
    with pytest.raises(NothingToPlace):
        place_text("# Notes\n\n## Background\n\nThe trains run on time.\n")


def test_knowledge_is_data_a_reader_can_extend() -> None:
    raw = json.loads(LEXICON_PATH.read_text())
    text = "We train a frobnicator on images."
    with pytest.raises(NothingToPlace):
        place_text(text)
    extended = copy.deepcopy(raw)
    extended["cues"].append({"id": "frob", "patterns": ["frobnicators?"],
                             "paradigms": {"energy_based": 3.0}, "sampler": "Langevin MCMC"})
    p = place_text(text, lexicon=parse_lexicon(extended))
    assert p.primary == "energy_based" and p.card.sampler == "Langevin MCMC"
    bad = copy.deepcopy(raw)
    bad["cues"][0]["paradigms"] = {"gan": 1.0}
    with pytest.raises(ValueError, match="outside the card vocabulary"):
        parse_lexicon(bad)
    bad = copy.deepcopy(raw)
    bad["rules"][0]["all"] = ["cue:nope"]
    with pytest.raises(ValueError, match="accepted: cue:ID"):
        parse_lexicon(bad)


def test_named_fragments_and_sets_are_written_out_where_used() -> None:
    raw = json.loads(LEXICON_PATH.read_text())
    text = "We train a frobnicator on images."
    named = copy.deepcopy(raw)
    named["fragments"] = {**raw.get("fragments", {}), "frob": "frobnicators?"}
    named["sets"] = {**raw.get("sets", {}), "frob_cues": ["cue:frob"]}
    named["cues"].append({"id": "frob", "patterns": ["a {=frob}"],
                          "paradigms": {"energy_based": 3.0}})
    named["rules"].append({"id": "frob_flow", "all": ["set:frob_cues"], "add": ["flow"],
                           "why": "a test rule"})
    p = place_text(text, lexicon=parse_lexicon(named))
    assert p.primary == "energy_based" and "flow" in p.paradigms
    emptied = copy.deepcopy(named)
    emptied["sets"]["frob_cues"] = ["cue:frob", "primary:flow"]  # every atom of a set in `all`
    assert "flow" not in place_text(text, lexicon=parse_lexicon(emptied)).paradigms
    shipped = load_lexicon()
    assert not any("{=" in r.needs_term.pattern for r in shipped.rules if r.needs_term)
    for where, key, value, error in [("cues", "patterns", ["{=nope}"], "unknown fragment"),
                                     ("rules", "none", ["set:nope"], "unknown set")]:
        bad = copy.deepcopy(raw)
        bad[where][0][key] = value
        with pytest.raises(ValueError, match=error):
            parse_lexicon(bad)


def test_a_long_alternation_is_split_at_its_top_level_bars_only() -> None:
    assert _top_level(r"a b|(c|d)|[|]|[]|]|\|e|f") == ["a b", "(c|d)", "[|]", "[]|]", r"\|e", "f"]


def test_an_alternation_tried_part_by_part_agrees_with_the_one_regex() -> None:
    """Each context alternation searched alternative by alternative, where its words occur,
    says what the one compiled regex says, on every sentence and every word window of texts."""
    raw = json.loads(LEXICON_PATH.read_text())["context"]
    lex = load_lexicon()
    texts = [read_source(f) for f in sorted(CORPUS.rglob("*.txt"))[::500]]
    seen = 0
    for key in ("future", "limitation", "comparison", "contrast"):
        whole, parts = compile_pattern(raw[key]), getattr(lex.context, key)
        assert isinstance(parts, Alternation) and len(parts.parts) > 10
        for text in texts:
            for sentence in sentences(text, lex.context.skip_sections, lex.context.aside_sections):
                words = sentence.text.split()
                for probe in [sentence.text] + [" ".join(words[max(0, i - 8):i])
                                                for i in range(1, len(words) + 1, 2)]:
                    found = bool(whole.search(probe))
                    assert bool(parts.search(probe)) == found, (key, probe)
                    seen += found
    assert seen > 100  # the probes do reach the phrases


@pytest.mark.parametrize("term,refused", [
    ("^we train", True), ("we train$", True), (r"\Awe train", True), (r"(?<!\s)we train", True),
    (r"we train(?!\s)", True), (r"we train[^$]", False), (r"we train\$", False),
    ("we train(?! ?-?decoders?)", False), (r"(?<!non-)we train", False),
    (r"we train(?![)\s])", True), (r"we train[$^]", False)])
def test_a_rule_term_the_whole_text_scan_could_miss_is_refused(term: str, refused: bool) -> None:
    """A rule's term is first looked for in the sentences joined by a separator: an anchor, or a
    negative look-around that the separator satisfies, could hide a term a sentence holds."""
    raw = json.loads(LEXICON_PATH.read_text())
    raw["rules"][0]["needs_term"] = term
    if refused:
        with pytest.raises(ValueError, match="anchors"):
            parse_lexicon(raw)
    else:
        parse_lexicon(raw)


def test_every_combining_rule_explains_itself() -> None:
    for rule in load_lexicon().rules:
        assert rule.why or rule.flag, rule.id
        if rule.flag:
            assert rule.flag["claim"] and rule.flag["implies"]


def test_reading_only_the_sentences_with_a_pattern_s_words_loses_no_hit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """find_hits reads a sentence with a pattern only when the sentence holds one of the
    strings the pattern needs (`_needs`): the same hits as reading every sentence with
    every pattern, including patterns anchored at a sentence start (^), case-sensitive
    ones ("GAN"), and words right after "non-"."""
    lex = load_lexicon()
    texts = [read_source(f) for f in sorted((CORPUS / "dev").iterdir())[:40]] + [
        "We study audio compression. EnCodec is a neural audio codec with a quantized "
        "latent space. A non-autoregressive decoder and an autoregressive prior follow. "
        "Its discriminator is a multi-scale STFT GAN."]

    def hits(text: str) -> list[tuple[str, int, int, str]]:
        return [(h.cue.id, h.start, h.end, h.context) for h in find_hits(text, lex)]

    fast = [hits(t) for t in texts]
    monkeypatch.setattr(reading, "_needs", lambda pattern: None)  # every pattern, everywhere
    assert [hits(t) for t in texts] == fast
    assert {"tokenizer_release", "gan"} <= {h[0] for h in fast[-1]}


@pytest.mark.parametrize("pattern,needs", [
    (r"next[- ](token|pixel)s?", {"token", "pixel"}),  # the most selective part
    (r"(?-i:GANs?)", {"gan"}),  # case-sensitive, compared lower-cased
    (r"latent (diffusion|flow)", {"latent"}),
    (r"(deep )?generative", {"generative"}),  # an optional group needs nothing
    (r"(\w+ ){1,3}models?", {"model"}),
    (r"[A-Z]+", None),  # only a character class: no string is needed
    (r"vae|\w+net", {"vae", "net"}),  # one string per alternative
    (r"vae|[a-z]+", None),  # an alternative that needs no string
])
def test_a_pattern_needs_the_strings_every_match_contains(
        pattern: str, needs: set[str] | None) -> None:
    assert reading._needs(compile_pattern(pattern)) == (None if needs is None else needs)


@pytest.mark.parametrize("pattern,text,found", [
    ("flow[- ]matching", "trained with conditional flow\n   matching", True),  # a line break
    ("flow[- ]matching", "flow-matching", True),
    ("flow[- ]matching", "flowmatching", False),
    ("Image ?GPT", "ImageGPT", True),  # an optional space: none
    ("Image ?GPT", "Image  GPT", True),  # or a run
    ("invertible 1 ?[x\u00d7] ?1 convolutions?", "invertible 1x1 convolutions", True),
    ("(?<!VQ[- ])GAN", "VQ GAN", False),  # in a look-behind a class stays one character
    ("(?<!VQ[- ])GAN", "a GAN", True),
    ("coupling normali[sz]ing[- ]flow layers", "coupling **normalizing-flow** layers", True),
    ("Image ?GPT", "Image**GPT", True),  # markdown emphasis is white space to a pattern
    ("coupling layers", "coupling-layers", False),
    ("[\\w -]{2,12} = x", "a  b = x", True),  # a repeated class takes white space one by one
    ("^[\\w -]{2,4} = x", "a      b = x", False),  # each space counts toward the four
])
def test_spaces_in_patterns_match_white_space(pattern: str, text: str, found: bool) -> None:
    assert bool(compile_pattern(pattern).search(text)) is found


def test_a_space_in_a_repeated_class_is_one_character_not_a_run() -> None:
    """A run of white space as one choice of a repeated class ("[\\w -]{2,40}") could split
    a run of spaces every way between repetitions: searching a table row of many spaces never
    ended. The repetition takes one white-space character at a time instead."""
    compiled = compile_pattern("[\\w -]{2,40} = x").pattern
    assert "[\\s*\\w-]{2,40}" in compiled and "|[\\s*]+){" not in compiled


def _pdf(line: str) -> bytes:
    """A one-page PDF with one line of Helvetica text, built by hand."""
    stream = f"BT /F1 11 Tf 40 720 Td ({line}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)


def test_pdf_input(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "paper.pdf"
    path.write_bytes(_pdf("We train a normalizing flow with affine coupling layers."))
    p = place(path)
    assert p.paradigms == {"flow"} and "change-of-variables NLL" in _stated(p, "objective")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(PlaceError):
        place(tmp_path / "broken.pdf")


def test_run_directory_prints_its_own_card(tmp_path: Path) -> None:
    card = Card(name="independent", paradigms=("autoregressive",), objective=("next-token NLL",),
                divergence="forward KL", sampler="parallel one pass", nfe="1", likelihood="exact")
    (tmp_path / "config.json").write_text(json.dumps({"model": "independent", "data": "digits",
                                                      "card": card.to_dict()}))
    p = place(tmp_path)
    assert p.card == card and place_run(tmp_path).primary == "autoregressive"
    (tmp_path / "empty").mkdir()
    with pytest.raises(PlaceError, match=r"without config\.json"):
        place(tmp_path / "empty")
    with pytest.raises(PlaceError, match="not a file"):
        place(tmp_path / "missing")


if TYPE_CHECKING:
    from collections.abc import Callable

    from click.testing import Result


def _cli(*args: str, stdin: str | None = None) -> Result:
    from typer.testing import CliRunner

    from genmap.cli import app
    return CliRunner().invoke(app, ["place", *args], input=stdin)


def test_cli_json_for_several_files_and_stdin() -> None:
    files = [str(CORPUS / "dev" / n) for n in ("gan_basic.txt", "llm_card.md")]
    r = _cli(*files, "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert [o["card"]["paradigms"][0] for o in out] == ["adversarial", "autoregressive"]
    assert out[0]["card"]["tradeoffs"]["likelihood"] == "no tractable likelihood"
    r = _cli("--json", stdin=read_source(CORPUS / "dev" / "energy_model.txt"))
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["source"] == "<stdin>"


def test_cli_rich_output_and_refusals(tmp_path: Path) -> None:
    r = _cli(str(CORPUS / "dev" / "consistency.txt"))
    assert r.exit_code == 0, r.output
    assert "few-step distilled" in r.stdout and "non-standard" in r.stdout
    assert re.search(r"\[\d+:\d+\]", r.stdout)  # evidence with offsets
    for bad in (str(tmp_path / "nope.txt"), "-"):
        r = _cli(bad, stdin="Nothing generative is described here.")
        assert r.exit_code == 2 and "Traceback" not in r.output
        assert len(r.stderr.strip().splitlines()) == 1 and "accepted" in r.stderr


def test_a_paradigm_s_evidence_is_what_the_text_says_of_the_system() -> None:
    """A compared system of the same paradigm ("beats AudioLDM2") is set aside, so it is no
    evidence for the paradigm while the text's own sentences are."""
    p = place_text("We present a diffusion model for sound effects that learns to denoise audio "
                   "latents over 50 steps. In listening tests it beats AudioLDM2 and TANGO.")
    for c in p.conclusions:
        if c.kind in ("primary", "paradigm"):
            assert c.evidence and all(e.sentence.startswith("We present") for e in c.evidence)
    assert any(e.term == "AudioLDM2" for e in p.discounted)


def test_one_and_the_other_are_both_the_systems_parts() -> None:
    both = ("We train two networks together. One is an energy-based model over images trained by "
            "contrastive divergence with Langevin MCMC; the other is a generator network with "
            "latent variables that maps Gaussian latent vectors to images.")
    compared = both.replace("the other is a generator network", "other work uses generators")
    assert set(place_text(both).paradigms) == {"energy_based", "latent_variable"}
    assert "latent_variable" not in place_text(compared).paradigms


@pytest.mark.parametrize("cued,plain,check", [
    # masked-token wording: tokens hidden at a masking ratio, decoding from a fully masked grid
    ("Images become tokens of a VQ tokenizer. A transformer learns to restore tokens hidden "
     "under a random masking ratio, and sampling starts from fully masked tokens and fills them "
     "in parallel.",
     "Images become tokens of a VQ tokenizer. A transformer learns to restore the tokens, and "
     "sampling fills them in parallel.",
     lambda p: p.card.sampler == "parallel iterative decoding"),
    # "flow-based autoregressive model": an autoregressive flow, a flow
    ("We present a flow-based autoregressive model of point sets with an invertible mapping to a "
     "Gaussian.",
     "We present an autoregressive model of point sets with an invertible mapping to a Gaussian.",
     lambda p: p.paradigms == {"flow"}),
    # an encoder that compresses into a latent space makes a diffusion model a latent one
    ("A convolutional encoder compresses each clip into a small latent space, and a diffusion "
     "transformer denoises there.",
     "A convolutional network looks at each clip, and a diffusion transformer denoises pixels.",
     lambda p: p.paradigms == {"diffusion", "latent_variable"}),
    # an autoencoder giving a GAN its latent space is the GAN's tokenizer
    ("An autoencoder gives the GAN a compact latent space; the generator and discriminator play "
     "there.",
     "The GAN's generator and discriminator play in pixel space.",
     lambda p: any(c.value == "tokenizer: latent_variable" for c in p.of_kind("role"))),
    # a vocoder whose name shows its kind (one whose name does not, Vocos, adds nothing: see
    # test_a_vocoder_named_without_its_kind_adds_no_paradigm)
    ("Mel frames come from a flow-matching transformer and a pretrained HiFi-GAN vocoder makes "
     "the waveform.",
     "Mel frames come from a flow-matching transformer and a pretrained vocoder makes the "
     "waveform.", lambda p: "adversarial" in p.paradigms),
    # an AR model that only makes conditioning features: diffusion makes the output, primary
    ("An autoregressive language model generates a sequence of semantic vectors autoregressively "
     "from the prompt. A latent diffusion model then generates audio conditioned on those vectors "
     "in the latent space of a VAE.",
     "An autoregressive language model generates a sequence of audio tokens autoregressively "
     "from the prompt. A latent diffusion model then decodes those tokens in the latent space "
     "of a VAE.", lambda p: p.primary == "diffusion"),
    # an opening sentence that gives a class with examples is the field, not the system
    ("Autoregressive models such as WaveNet sound natural but generate one sample at a time. "
     "Our generator maps one latent vector to a whole note, trained against a discriminator.",
     "Autoregressive models sound natural but generate one sample at a time. Our generator maps "
     "one latent vector to a whole note, trained against a discriminator.",
     lambda p: "autoregressive" not in p.paradigms),
    # "without giving up X" keeps X; "causal language-modelling" hyphenated is next-token NLL
    ("RetNet is a decoder-only language model. Its recurrent form decodes in O(1) per token "
     "without giving up the causal language-modelling objective.",
     "RetNet is a decoder-only language model. Its recurrent form decodes in O(1) per token "
     "without the causal language-modelling objective.",
     lambda p: "next-token NLL" in _stated(p, "objective")),
    # a least-squares GAN loss is not the non-saturating one: an adversarial loss of another
    # form; a listed form said replaces the generic one
    ("The generator of this GAN is trained with a least-squares GAN loss against a discriminator.",
     "The generator of this GAN is trained with a non-saturating GAN loss against a discriminator.",
     lambda p: _stated(p, "objective") == {"adversarial loss"}
     and not any("loss" in u for u in p.unsaid)),
    # "trained against discriminators" states an adversarial loss, even with its form unnamed
    ("MelGAN is a GAN vocoder whose generator is trained against three multi-scale "
     "discriminators.",
     "MelGAN is a GAN vocoder whose generator is fast.",
     lambda p: "adversarial loss" in _stated(p, "objective")
     and not any("adversarial part" in u for u in p.unsaid)),
    # a closing sentence about the field's understanding names neither loss nor sampler
    ("A diffusion model restores blurred images. This questions the common understanding of "
     "diffusion models, which relies on Langevin dynamics or variational inference.",
     "A diffusion model restores blurred images. It samples with Langevin dynamics and is "
     "trained by variational inference.",
     lambda p: p.card.sampler != "Langevin MCMC" and "ELBO" not in _stated(p, "objective")),
    # an alternative offered with a concession ("fewer steps with DPM-Solver work but ...") is
    # not the default sampler
    ("A diffusion model makes each image by running the reverse process from pure noise; fewer "
     "steps with DPM-Solver work but lose detail.",
     "A diffusion model makes each image by running the reverse process from pure noise; "
     "DPM-Solver gives the final detail.",
     lambda p: p.card.sampler == "iterative denoising"),
])
def test_new_readings_have_minimal_pairs(cued: str, plain: str, check: Callable[[Placement],
                                                                                 bool]) -> None:
    assert check(place_text(cued))
    assert not check(place_text(plain))


def test_a_distillation_teacher_is_among_the_role_conclusions() -> None:
    p = place_text("We distil a latent diffusion model from a VAE latent space into a student "
                   "that samples in one step with consistency distillation from its teacher.")
    teacher = [c for c in p.of_kind("role") if c.value.startswith("distillation teacher")]
    assert teacher and any(role == "distillation teacher" for role, _ in p.card.components)


def test_a_rules_roles_need_the_primary_it_assumed() -> None:
    """An adversarial autoencoder's roles (the GAN as a discriminator) assume the autoencoder is
    primary; when a GAN that works in an autoencoder's latent space stays primary, it is the
    generator, not a discriminator of its own system."""
    p = place_text("We train a GAN for sequences. An autoencoder gives the GAN a compact latent "
                   "space; the generator and discriminator play there with an adversarial loss.")
    roles = {c.value for c in p.of_kind("role")}
    assert p.primary == "adversarial" and "tokenizer: latent_variable" in roles
    assert not any(r.endswith(": adversarial") for r in roles)


_FLOW_MATCHING_MUSIC = ("Our music model is trained with a conditional flow matching objective and "
                        "solves an ODE at inference.")
_PROTEIN_FLOW = ("Our protein model is a flow-matching model trained by regressing the conditional "
                 "vector field.")
_DREAM = "Dream is a masked diffusion language model that unmasks tokens in parallel."
_MOTION_GPT = ("Our motion model is a GPT over VQ-VAE tokens that predicts the next token "
               "autoregressively.")


_THREAD = ("r/computervision · Posted by u/upscale_uli\n\n[R] SRFlow: super-resolution with a "
           "normalizing flow\n\nBeen playing with the released code. It is a conditional "
           "normalizing flow trained by exact likelihood with the change-of-variables formula."
           "\n\nComments\n\nu/esrgan_main · 54 points\nThe no GAN loss part is the headline.\n\n"
           "{reply}")
_BOLD_THREAD = ("r/MachineLearning · u/poster_pat · 2020-09-22\n\n[R] DiffWave: a diffusion "
                "model for audio\n\nDiffWave is a diffusion model trained to predict the added "
                "noise with an L2 loss and sampled by running the reverse chain for 50 steps.\n\n"
                "**u/a_reader** · 41 points\nNice results on LJ Speech.\n\n> **{who}** · 12 "
                "points\n> An ELBO-trained decoder with a learned prior would be my pick.\n")
_HN_THREAD = ("Phenaki: video from a story of prompts (phenaki.video)\n412 points by trossi 3 "
              "years ago | 99 comments\n\n▲ first_reader 3 years ago\nSame week as another "
              "video model, and a very different one.\n\n▲ helper 3 years ago\n{opening} A "
              "masked transformer is trained with cross-entropy on masked video tokens and "
              "decodes them in a dozen parallel rounds.\n")
_CHAR_RNN = ("The Unreasonable Effectiveness of Recurrent Neural Networks (karpathy.github.io)\n"
             "{poster}\n\n**jbrk**\nBest post I have read this year.\n\n**p_thomas**\nFor people "
             "who skimmed: char-rnn is an LSTM trained to predict the next character, sampled one "
             "character at a time.\n\n**ebm_fan**\nI miss Boltzmann machines. Anyone got a GAN "
             "trained with a discriminator to write text?\n")
_PARTI = ("Parti is an encoder-decoder transformer that generates ViT-VQGAN image tokens one at a "
          "time, trained with next-token cross-entropy. ")
_NICE = ("NICE learns an invertible map with a tractable Jacobian determinant, trained by exact "
         "maximum likelihood through the change of variables. ")
_DP = ("Diffusion Policy trains a denoising diffusion model to predict the noise added to robot "
       "action sequences, and samples actions by iterative denoising. ")
_GRAPH_EBM = ("# GraphEBM\n\nGraphEBM learns an energy-based model over molecular graphs with a "
              "graph network, trained by contrastive divergence and sampled with Langevin "
              "dynamics.\n\n")
_SEDD = ("SEDD is a discrete diffusion model over tokens, trained with score entropy and sampled "
         "by reversing an absorbing noising process. ")
_WAVEGLOW = ("WaveGlow is a normalizing flow for audio: affine coupling layers and invertible "
             "1x1 convolutions, trained by exact maximum likelihood. ")
_RWKV_THREAD = ("RWKV-7: an RNN language model (github.com)\n312 points by linearattn 9 hours ago "
                "| 148 comments\n\nmtz_dev 9 hours ago\nFor people who missed it: RWKV is a "
                "language model that generates text one token at a time from the next-token "
                "distribution.\n\n  reply: sgdmomentum 8 hours ago\n  {body}\n")
_DIFFUSION_LM = "A diffusion LM denoises masked tokens over many denoising steps."
_POLYGEN = ("PolyGen models a mesh with two transformers: a vertex model emits quantised vertex "
            "coordinates one token at a time, each conditioned on everything so far; sampling "
            "is nucleus sampling, token by token.")
_GIGAGAN = ("GigaGAN is a text-to-image GAN: a StyleGAN-family generator trained against a "
            "multi-scale discriminator with a non-saturating loss. ")
_EBM = ("The model is an energy-based model over protein sequences, trained by contrastive "
        "divergence and sampled with Gibbs sampling. ")
_CHEMVAE = ("The Chemical VAE is a variational autoencoder for molecules, trained on the ELBO; its "
            "GRU decoder writes SMILES one character at a time. ")
_LATENT_ODE = ("The Latent ODE is a variational autoencoder for time series, trained on the ELBO: "
               "an ODE-RNN encoder infers the initial latent state, and the decoder solves a "
               "neural ODE forward from it. ")
_ODE_THREAD = ("**r/MachineLearning**\n\n### [R] Latent ODEs for irregular time series\n\n"
               "**u/{op}**\n\n{post}\n\n**u/reader_two** · 48 pts\nAll the randomness sits in the "
               "initial state.\n")
_RBM = ("Quantum state tomography here trains a restricted Boltzmann machine by contrastive "
        "divergence on measurement outcomes and samples it with block Gibbs chains. ")
_GANSYNTH = ("GANSynth is a GAN that generates a whole note's spectrogram in one pass, trained "
             "against a discriminator with a Wasserstein loss. ")
_ACT = ("ACT is a conditional VAE trained on the ELBO whose transformer decoder outputs a whole "
        "chunk of actions in one pass.\n\n")
_FLOW = "The model is a normalizing flow trained by exact maximum likelihood. "
_TIMEGRAD = ("TimeGrad is a denoising diffusion model for multivariate forecasting, trained to "
             "predict the added noise at each time step. ")
_NICE9 = ("# NICE\n\nNICE learns an invertible map with a tractable Jacobian determinant, "
          "trained by exact maximum likelihood through the change of variables.\n\n")
_PARALLEL_WAVENET = ("Parallel WaveNet is a student network, an inverse autoregressive flow "
                     "trained by probability density distillation. The student learns from ")


@pytest.mark.parametrize("cued,plain,check", [
    # a class given with examples heads its sentence: the whole sentence is the field
    ("Diffusion-based generators such as MDM and MotionDiffuse need hundreds of denoising steps. "
     + _MOTION_GPT,
     "Our diffusion-based generator needs hundreds of denoising steps. " + _MOTION_GPT,
     lambda p: "diffusion" not in p.paradigms),
    # ... also with a hyphenated class noun and the examples' "such\nas" across a line
    ("Text-to-music generation has moved fast in two years. Language-model approaches such\nas "
     "MusicLM generate audio autoregressively, token by token. " + _FLOW_MATCHING_MUSIC,
     "Our language-model approach generates audio autoregressively, token by token. "
     + _FLOW_MATCHING_MUSIC, lambda p: "autoregressive" not in p.paradigms),
    # field narrative: what people tried before
    ("Before that, people tried GANs on distance matrices. " + _PROTEIN_FLOW,
     "Before that, we trained GANs on distance matrices. " + _PROTEIN_FLOW,
     lambda p: "adversarial" not in p.paradigms),
    # a results-table row scores a competitor; a table of the system's parts does not
    ("Our model is a flow-matching transformer over audio latents of a VAE.\n\n| Model | FAD | IS |"
     "\n|---|---|---|\n| V-AURA (autoregressive) | 218.5 | 10.08 |\n| Ours | 60.6 | 17.4 |\n",
     "Our model is a flow-matching transformer over audio latents of a VAE.\n\n| Part | Kind |\n"
     "|---|---|\n| Prior | autoregressive |\n| Decoder | flow matching |\n",
     lambda p: "autoregressive" not in p.paradigms),
    # chunks each denoised in a causal order: a diffusion model run autoregressively (diffusion
    # primary); a causal transformer with a small diffusion head stays autoregressive
    ("MAGI-1 is an autoregressive video model: the video is factorised into a product over "
     "chunks, and each chunk is denoised by a flow-matching diffusion transformer with a KV cache.",
     "MAGI-1 is an autoregressive video model: a causal transformer predicts each frame's latent, "
     "and a small flow-matching diffusion head denoises the values with a KV cache.",
     lambda p: p.primary == "diffusion" and "autoregressive" in p.paradigms),
    # a header above measured rows names the compared columns; above a spec table it does not
    ("VQ-BeT is a causal transformer over residual-VQ action codes.\n\n| Task | VQ-BeT | "
     "Diffusion Policy |\n|---|---|---|\n| PushT | 0.78 | 0.74 |\n",
     "VQ-BeT is a causal transformer over residual-VQ action codes.\n\n| Part | Diffusion "
     "Policy head |\n|---|---|\n| Width | large |\n",
     lambda p: "diffusion" not in p.paradigms),
    # a results column (a number in every body row) makes each row a compared system; a
    # column of settings ("Sampling steps") does not
    ("CrystaLLM is an autoregressive language model over CIF text, trained by next-token "
     "prediction.\n\n| Model | Approach | Match rate ↑ |\n|---|---|---|\n| CDVAE | VAE + "
     "score-based decoder | 33 |\n| DiffCSP | joint lattice diffusion | 51 |\n| CrystaLLM | "
     "autoregressive LM | 55 |\n",
     "CrystaLLM is an autoregressive language model over CIF text, trained by next-token "
     "prediction.\n\n| Model | Approach | Sampling steps |\n|---|---|---|\n| CDVAE | VAE + "
     "score-based decoder | 33 |\n| DiffCSP | joint lattice diffusion | 51 |\n| CrystaLLM | "
     "autoregressive LM | 55 |\n",
     lambda p: p.paradigms == {"autoregressive"}),
    # a row marked "baseline" is a compared system even without numbers
    ("Our model is a flow-matching transformer over audio latents of a VAE.\n\n| Model | Role "
     "|\n|---|---|\n| MusicGen (autoregressive) | baseline |\n",
     "Our model is a flow-matching transformer over audio latents of a VAE.\n\n| Model | Role "
     "|\n|---|---|\n| MusicGen (autoregressive) | prior |\n",
     lambda p: "autoregressive" not in p.paradigms),
    # a part's stated loss ("trained with ... adversarial losses") is a component however much
    # the main model's evidence outweighs it; the same words said of nothing are not
    ("SonicDiT is a latent diffusion transformer for music, trained by denoising score matching "
     "and sampled by iterative denoising over 100 diffusion steps. Its VAE decoder, trained "
     "with spectral and adversarial losses, reconstructs the waveform.",
     "SonicDiT is a latent diffusion transformer for music, trained by denoising score matching "
     "and sampled by iterative denoising over 100 diffusion steps. Its VAE decoder reconstructs "
     "the waveform; spectral and adversarial losses are discussed in the appendix.",
     lambda p: "adversarial" in p.paradigms),
    # the items of a negated "or" list are each negated; an "and" clause is a new statement
    ("FlowMo is an image tokenizer whose decoder is a rectified-flow model, trained without "
     "convolutions, adversarial losses or a 2D latent grid.",
     "FlowMo is an image tokenizer whose decoder is a rectified-flow model, trained without "
     "convolutions, and with adversarial losses and a 2D latent grid.",
     lambda p: "adversarial" not in p.paradigms),
    # a tokenizer whose decoder is a diffusion model: the tokenizer is the system and its
    # decoder's procedure is how it samples
    ("FlowMo is a transformer image tokenizer with lookup-free quantisation whose decoder is a "
     "rectified-flow model; decoding integrates the flow ODE from noise given the tokens.",
     "FlowMo is a transformer image generator with lookup-free quantisation whose denoiser is a "
     "rectified-flow model; decoding integrates the flow ODE from noise given the tokens.",
     lambda p: p.primary == "latent_variable" and p.card.sampler == "ODE solve"),
    # a suite of tokenizers is a tokenizer release
    ("Cosmos Tokenizer is a suite of image and video tokenizers with finite scalar "
     "quantisation. Its discrete codes feed autoregressive world models.",
     "Cosmos Predict is a suite of world models over image and video tokenizers with finite "
     "scalar quantisation. Its autoregressive transformer predicts the next token of the codes.",
     lambda p: p.primary == "latent_variable"),
    # a value with its unit word ("0.3x realtime") is a measurement too; "4-step" is not
    ("Our model is a flow-matching transformer over audio latents of a VAE.\n\n| Model | Type | "
     "RTF | Score |\n|---|---|---|---|\n| YuE | autoregressive LM | 0.3x realtime | 0.42 |\n",
     "Our model is a flow-matching transformer over audio latents of a VAE.\n\n| Stage | Type | "
     "Steps | Score |\n|---|---|---|---|\n| Prior | autoregressive LM | 4-step prior | 0.42 |\n",
     lambda p: "autoregressive" not in p.paradigms),
    # a short bracket ("(AR)") does not cut the clause that "Unlike" opens
    ("Unlike autoregressive (AR) models that generate tokens sequentially, " + _DREAM,
     "Autoregressive (AR) decoding generates tokens sequentially; " + _DREAM,
     lambda p: "autoregressive" not in p.paradigms),
    # a real hyphen at a PDF line end is kept when only the hyphenated word is a cue
    ("A diffusion transformer over video latents of a VAE is trained with a flow-\nmatching "
     "objective and sampled with an ODE solver.",
     "A diffusion transformer over video latents of a VAE is trained with a flowmatching "
     "objective and sampled with an ODE solver.",
     lambda p: "flow-matching regression" in _stated(p, "objective")),
    # a bracket that offers another option names a variant, not the default sampler
    ("A latent diffusion model for depth; at inference, latents are denoised with a DDIM schedule "
     "of 50 steps (or 1-4 steps for the LCM variant).",
     "A latent diffusion model for depth; at inference, latents are denoised in 1-4 steps by the "
     "LCM variant (or a DDIM schedule of 50 steps).",
     lambda p: p.card.sampler != "few-step distilled"),
    # several tokens per forward pass: an AR model that decodes in parallel
    ("RandAR is a decoder-only autoregressive transformer over VQ tokens in random orders; it "
     "predicts several tokens per forward pass.",
     "RandAR is a decoder-only autoregressive transformer over VQ tokens in random orders; it "
     "predicts one token per forward pass.",
     lambda p: any("several tokens per pass" in f.claim for f in p.flags)),
    # "the X and Y models can ...": the field, not the system
    ("Based on large pretraining, the autoregressive and diffusion models can synthesize "
     "photo-realistic images. Our text-to-image GAN has a generator trained against a CLIP-based "
     "discriminator in one pass.",
     "Based on large pretraining, our autoregressive and diffusion models synthesize "
     "photo-realistic images. Our text-to-image GAN has a generator trained against a CLIP-based "
     "discriminator in one pass.",
     lambda p: p.paradigms == {"adversarial"}),
    # an adversarial loss stated in a diffusion distillation, even an optional one, is a part
    ("The student is distilled from an SDXL teacher by consistency distillation in 1-4 steps, "
     "with an optional adversarial loss in latent space.",
     "The student is distilled from an SDXL teacher by consistency distillation in 1-4 steps, "
     "with an optional perceptual loss in latent space.",
     lambda p: "adversarial" in p.paradigms),
    # a middle or next-to-last item of a compared list is compared too
    ("Trajectron is a conditional VAE over future trajectories trained on an ELBO. We compare "
     "with Social LSTM, Social GAN, SoPhie and the original model.",
     "Trajectron is a conditional VAE over future trajectories trained on an ELBO. We pair "
     "it with Social LSTM, a GAN, a discriminator and the original model.",
     lambda p: "adversarial" not in p.paradigms),
    # "later work" is the field's history
    ("The wavefunction is a restricted Boltzmann machine whose energy is trained by variational "
     "Monte Carlo. Later work replaced the RBM with autoregressive networks sampled exactly.",
     "The wavefunction is a restricted Boltzmann machine whose energy is trained by variational "
     "Monte Carlo. This work also replaced the RBM with autoregressive networks sampled exactly.",
     lambda p: "autoregressive" not in p.paradigms),
    # decoding latents frame by frame is the autoencoder's work, not an autoregressive order
    ("A latent diffusion model for radar nowcasting: a VAE compresses each frame; future latents "
     "are denoised step by step, then decoded frame by frame.",
     "A latent diffusion model for radar nowcasting: a VAE compresses each frame; future latents "
     "are denoised step by step, then generated frame by frame.",
     lambda p: "autoregressive" not in p.paradigms),
    # rows of a systems table with a ranking column compare systems, even in words
    ("Our model is a diffusion transformer over time series.\n\n| Model | Family | Overall "
     "ranking |\n|---|---|---|\n| Ours | diffusion | best |\n| TimeGAN | GAN | behind |\n"
     "| TimeVAE | VAE | behind |\n",
     "Our model is a diffusion transformer over time series.\n\n| Part | Family | Overall "
     "ranking |\n|---|---|---|\n| Denoiser | diffusion | best |\n| Critic | GAN | second |\n"
     "| Encoder | VAE | third |\n",
     lambda p: p.paradigms == {"diffusion"}),
    # a table pasted from a PDF: a name and measured values after runs of spaces
    ("MeanFlow is a one-step flow-matching model trained from scratch.\n\nMethod        NFE   FID\n"
     "MeanFlow         1   3.43\nBigGAN           1   6.95\nStyleGAN-XL      1   2.30\n",
     "MeanFlow is a one-step flow-matching model trained from scratch.\n\nMethod: NFE and FID\n"
     "MeanFlow has 1 step, FID 3.43.\nOur GAN head has 1 step, FID 6.95.\n",
     lambda p: "adversarial" not in p.paradigms),
    ("A one-step flow-matching model. Multi-step and GAN rows are for reference.",
     "A one-step flow-matching model. Multi-step and GAN losses are used together.",
     lambda p: "adversarial" not in p.paradigms),
    # a sentence whose subject is another named system describes that system
    ("# FloWaveNet: a flow for raw audio\n\nFloWaveNet is a normalizing flow vocoder with affine "
     "coupling layers, trained by maximum likelihood and sampled in one pass. WaveNet sounds great "
     "but produces one sample at a time.",
     "# FloWaveNet: a flow for raw audio\n\nFloWaveNet is a normalizing flow vocoder with affine "
     "coupling layers, trained by maximum likelihood and sampled in one pass. Its teacher sounds "
     "great but produces one sample at a time.",
     lambda p: p.paradigms == {"flow"}),
    # "the best results come from X" is the state of the field
    ("GAN-TTS is a feed-forward generator trained against random window discriminators with a "
     "hinge loss. For speech the best results still come from autoregressive models.",
     "GAN-TTS is a feed-forward generator trained against random window discriminators with a "
     "hinge loss. For speech it also trains autoregressive models.",
     lambda p: "autoregressive" not in p.paradigms),
    # "the dominant approach", "nearly every model", "were proposed": the field
    ("FlowSeq is a latent-variable model with a flow prior of affine coupling layers, trained "
     "on an ELBO. The dominant approach factorises the output into a product of left-to-right "
     "conditionals. Nearly every sequence model emits one token at a time. Non-autoregressive "
     "transformers were proposed to speed up decoding.",
     "FlowSeq is a latent-variable model with a flow prior of affine coupling layers, trained "
     "on an ELBO. Its decoder factorises the output into a product of left-to-right "
     "conditionals. Every sequence it emits comes one token at a time. Non-autoregressive "
     "transformers speed up its decoding.",
     lambda p: "autoregressive" not in p.paradigms),
    # a rollout the text itself calls autoregressive keeps autoregressive, however briefly said
    ("MCVD is a score-based conditional diffusion model that generates a block of frames given "
     "past frames. Longer videos are produced autoregressively, block by block.",
     "MCVD is a score-based conditional diffusion model that generates a block of frames given "
     "past frames. Longer videos are produced jointly, block by block.",
     lambda p: p.paradigms == {"diffusion", "autoregressive"} and p.primary == "diffusion"),
    # a bidirectional transformer that is the denoiser is the diffusion model's network
    ("FoldingDiff is a denoising diffusion model over backbone angles; a bidirectional "
     "transformer encoder suffices as the denoiser.",
     "FoldingDiff is a denoising diffusion model over backbone angles; a bidirectional "
     "transformer encoder predicts the masked tokens.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # "non-" negates the word it joins: a non-autoregressive decoder is no autoregressive one
    ("Diffsound has a VQ-VAE that compresses mel-spectrograms into tokens, a MelGAN vocoder, and "
     "a non-autoregressive token decoder based on a discrete diffusion model.",
     "Diffsound has a VQ-VAE that compresses mel-spectrograms into tokens, a MelGAN vocoder, and "
     "an autoregressive token decoder refined by a discrete diffusion model.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # an adversarially trained tokenizer under a diffusion model is the diffusion model's part
    ("Diffsound generates sound from text with a discrete diffusion model over the tokens of a "
     "VQ-VAE, whose encoder and decoder are trained with reconstruction and adversarial losses.",
     "Diffsound generates sound from text with a discrete token model over the tokens of a "
     "VQ-VAE, whose encoder and decoder are trained with reconstruction and adversarial losses.",
     lambda p: p.primary == "diffusion"),
    # a hyphenated title names the system by each of its parts ("T2M-GPT": its GPT is its own)
    ("# T2M-GPT\n\nA motion VQ-VAE turns poses into codes.\n\n**Text-to-code GPT.** A causal "
     "transformer predicts motion code indices one after another.",
     "# T2M-VQ\n\nA motion VQ-VAE turns poses into codes.\n\n**Text-to-code GPT.** A causal "
     "transformer predicts motion code indices one after another.",
     lambda p: p.primary == "autoregressive"),
    # "GAN" is an upper-case name: "began" and "organ" are no GANs
    ("Music Transformer is a decoder-only transformer over MIDI events trained by next-event "
     "likelihood. Some heads attend to the bass note that began the phrase.",
     "Music Transformer is a decoder-only transformer over MIDI events trained by next-event "
     "likelihood. Some heads attend to the bass note that a GAN decoder began.",
     lambda p: "adversarial" not in p.paradigms),
    # "was popularised by" is the field's history
    ("Make-A-Scene is an autoregressive transformer over VQ image tokens. Classifier-free "
     "guidance was popularised by diffusion models.",
     "Make-A-Scene is an autoregressive transformer over VQ image tokens. Classifier-free "
     "guidance comes from its diffusion models.",
     lambda p: "diffusion" not in p.paradigms),
    # items of a compared list up to "and other ...", however long the last
    ("Make-A-Scene is an autoregressive transformer over VQ image tokens, better than the "
     "numbers of DALL-E, GLIDE, Imagen and other systems at the time of writing.",
     "Make-A-Scene is an autoregressive transformer over VQ image tokens, refined by the "
     "decoders of DALL-E, GLIDE, Imagen and other systems at the time of writing.",
     lambda p: "diffusion" not in p.paradigms),
    # a model that annotates the data is a tool, not a part
    ("SmolVLA is a flow-matching action expert. We re-annotated the tasks with a VLM "
     "(Qwen2.5-VL) to produce short instructions.",
     "SmolVLA is a flow-matching action expert. We generate the tasks with a VLM "
     "(Qwen2.5-VL) that writes short instructions.",
     lambda p: "autoregressive" not in p.paradigms),
    # converting audio frame by frame is processing, not an autoregressive order
    ("Blow is a Glow-like normalizing flow with affine coupling trained by exact likelihood; "
     "whole utterances are converted frame by frame with overlap-add.",
     "Blow is a Glow-like normalizing flow with affine coupling trained by exact likelihood; "
     "whole utterances are generated frame by frame with overlap-add.",
     lambda p: "autoregressive" not in p.paradigms),
    # a "Comparison with ..." section compares (a heading may carry brackets)
    ("Hyper-SD distils SDXL into a few-step diffusion model by consistency distillation.\n\n"
     "## Comparison with other accelerators (SDXL)\n\n| Method | Type |\n|---|---|\n"
     "| SDXL-Turbo | adversarial distillation |\n",
     "Hyper-SD distils SDXL into a few-step diffusion model by consistency distillation.\n\n"
     "## Training stages (SDXL)\n\n| Method | Type |\n|---|---|\n"
     "| Stage 2 | adversarial distillation |\n",
     lambda p: "adversarial" not in p.paradigms),
    # "block of latent frames after block" is a chunk rollout
    ("Matrix-Game is a video diffusion transformer distilled into a causal student that "
     "generates auto-regressively, block of latent frames after block, each in 3 steps.",
     "Matrix-Game is a video diffusion transformer distilled into a causal student that "
     "generates auto-regressively, all latent frames at once, in 3 steps.",
     lambda p: p.primary == "diffusion"),
    # a sample fed back into the network is an autoregressive rollout
    ("An RNN summarises the past and a conditioned Real NVP gives the next step; we sample the "
     "next step, feed the sample back into the recurrent (or attention) network, and repeat.",
     "An RNN summarises the past and a conditioned Real NVP gives the next step; we sample the "
     "next step, add the sample to the training set of the (recurrent) network, and repeat.",
     lambda p: dict(p.scores)["autoregressive"] >= 2),
    # "from one step to the next" compares consecutive steps; it is no one-step claim
    ("A masked diffusion language model; its cached keys barely change from one step to the "
     "next, so the cache is reused inside a block.",
     "A masked diffusion language model; its cached keys let it decode in one step, so the "
     "cache is reused inside a block.",
     lambda p: p.card.sampler != "few-step distilled"),
    # a thanks list names other projects
    ("GPT-SoVITS is an autoregressive transformer over semantic tokens with a VITS decoder. "
     "Special thanks to these projects: ar-vits, SoundStorm, vits.",
     "GPT-SoVITS is an autoregressive transformer over semantic tokens with a VITS decoder. "
     "It builds these projects in: ar-vits, SoundStorm, vits.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # a pretrained model used only to extract features of the condition is an encoder
    ("EDGE is a transformer diffusion model over dance poses. Audio is encoded with Jukebox, a "
     "large pretrained autoregressive music model that we keep frozen and use only to extract "
     "features.",
     "EDGE is a transformer diffusion model over dance poses. Audio comes from Jukebox, a "
     "large pretrained autoregressive music model that we fine-tune and sample from to make "
     "music.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # "GAN-based face methods" are other methods; "train unstably" is a limitation
    ("SR3 is a conditional diffusion model for super-resolution; observers preferred it to the "
     "best GAN-based face methods we compared.",
     "SR3 is a conditional diffusion model for super-resolution; its output is refined by the "
     "best GAN-based face model we trained with it.",
     lambda p: "adversarial" not in p.paradigms),
    ("FlashSpeech is a latent consistency model for speech trained with adversarial consistency "
     "training. Zero-shot TTS has improved, but the codec language models behind it need many "
     "sequential steps.",
     "FlashSpeech is a latent consistency model for speech trained with adversarial consistency "
     "training. Zero-shot TTS has improved, and the codec language models behind it run "
     "sequential steps.",
     lambda p: dict(p.scores)["autoregressive"] < 1.5),
    # a part said to be removed is not a part
    ("Kokoro is StyleTTS 2 with the diffusion part removed; its decoder is trained against "
     "a discriminator with an adversarial loss.",
     "Kokoro is StyleTTS 2 with the diffusion part retrained; its decoder is trained against "
     "a discriminator with an adversarial loss.",
     lambda p: "diffusion" not in p.paradigms),
    # copying another model's layout borrows its architecture, not its paradigm
    ("MuseTalk inpaints mouth latents of a VAE in one pass with a GAN loss. The backbone "
     "copies the UNet layout of Stable Diffusion v1.4.",
     "MuseTalk inpaints mouth latents of a VAE in one pass with a GAN loss. The backbone "
     "is the UNet of Stable Diffusion v1.4.",
     lambda p: "diffusion" not in p.paradigms),
    # "the latent-diffusion autoencoder recipe" names the kind of autoencoder; "cfg" is code
    ("VidTok is a video tokenizer: a Gaussian posterior with a KL penalty, the usual "
     "latent-diffusion autoencoder recipe.\n\n```python\ncfg = load('vidtok.yaml')\n```\n",
     "VidTok is a video tokenizer: a Gaussian posterior with a KL penalty, the usual "
     "latent-diffusion model recipe.\n\n```python\nCFG = load('vidtok.yaml')\n```\n",
     lambda p: p.paradigms == {"latent_variable"}),
    # the model a system is converted from is its starting point
    ("RND1 is a masked diffusion language model made by turning a 30B autoregressive model "
     "into a diffusion model through continual pretraining.",
     "RND1 is a masked diffusion language model made by training a 30B autoregressive model "
     "beside a diffusion model through continual pretraining.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # a table of policies with the system's own row in bold compares the other rows
    ("CogACT conditions a diffusion action transformer on a VLM feature.\n\n| Policy | Action "
     "representation | WidowX |\n|---|---|---|\n| OpenVLA | autoregressive action tokens | "
     "low |\n| **CogACT** | **diffusion action transformer** | **high** |\n",
     "CogACT conditions a diffusion action transformer on a VLM feature.\n\n| Part | Action "
     "representation | WidowX |\n|---|---|---|\n| Planner | autoregressive action tokens | "
     "low |\n| **Actor** | **diffusion action transformer** | **high** |\n",
     lambda p: "autoregressive" not in p.paradigms),
    # "for the past three years ... has belonged to" is the field's history
    ("STARFlow-V is a normalizing flow trained by exact likelihood in the latent space of a video "
     "autoencoder. For the past three years, video generation has belonged almost entirely to "
     "diffusion.",
     "STARFlow-V is a normalizing flow trained by exact likelihood in the latent space of a video "
     "autoencoder. Its video generation also uses a diffusion refiner.",
     lambda p: "diffusion" not in p.paradigms),
    # "denoised RNA and protein values" is a statistical estimate, not a diffusion sampler
    ("totalVI is a latent-variable model of RNA and protein counts trained on the ELBO. Use it "
     "to get denoised RNA and protein values.",
     "totalVI is a latent-variable model of RNA and protein counts trained on the ELBO. Use it "
     "to get RNA and protein values denoised step by step.",
     lambda p: dict(p.scores)["diffusion"] == 0),
    # "our earlier music model" is the system's predecessor
    ("MelodyFlow is a flow-matching transformer over the latents of an audio autoencoder. Our "
     "earlier music model, MusicGen, writes audio tokens one step at a time.",
     "MelodyFlow is a flow-matching transformer over the latents of an audio autoencoder. Our "
     "music model, MusicGen, writes audio tokens one step at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # a plural class at a sentence's head is the field; "two ... transformers" are parts
    ("cBottle is a cascade of two diffusion models for the atmosphere. Generative AI covers many "
     "techniques. Autoregressive transformers predict one token at a time.",
     "cBottle is a cascade of two diffusion models for the atmosphere. Generative AI covers many "
     "techniques. Two autoregressive transformers predict one token at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # "a popular workaround is ..." is the field's practice
    ("GraphVAE is a VAE whose decoder outputs a whole probabilistic graph at once. A popular "
     "workaround is to linearise molecules into SMILES and model them with an autoregressive "
     "decoder.",
     "GraphVAE is a VAE whose decoder outputs a whole probabilistic graph at once. Our "
     "variant is to linearise molecules into SMILES and model them with an autoregressive "
     "decoder.",
     lambda p: "autoregressive" not in p.paradigms),
    # the model a system starts from is its initialisation
    ("LLaDA2 is a masked diffusion language model. It starts from the autoregressive Ling base "
     "and is converted by continual pretraining.",
     "LLaDA2 is a masked diffusion language model. It keeps the autoregressive Ling base "
     "and is converted by continual pretraining.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # a shape (3D, mesh, motion) tokenizer is a tokenizer
    ("Cube is a transformer that predicts the next shape token. A shape tokenizer encodes a "
     "mesh into discrete tokens.",
     "Cube is a transformer that predicts the next shape token. A shape encoder maps a "
     "mesh into discrete tokens.",
     lambda p: "latent_variable" in p.paradigms),
    # frames conditioned on "the frames already produced" are generated in order
    ("SpeechT5 TTS is an encoder-decoder transformer; each log-mel frame is conditioned on the "
     "frames already produced.",
     "SpeechT5 TTS is an encoder-decoder transformer; each log-mel frame is conditioned on the "
     "speaker embedding provided.",
     lambda p: dict(p.scores)["autoregressive"] >= 2.5),
    # an adversarial loss that trains the vocoder does not make a VQ step the system
    ("SpeechT5 TTS predicts log-mel frames; a vector quantisation step maps states onto a shared "
     "codebook, and a HiFi-GAN vocoder trained against discriminators makes the waveform.",
     "SpeechT5 TTS predicts log-mel frames; a vector quantisation step maps states onto a shared "
     "codebook, and the model is trained against discriminators to make the waveform.",
     lambda p: p.primary != "latent_variable"),
    # a codec's tokens "meant to be read by a language model" serve another model
    ("X-Codec is a speech codec trained with an adversarial loss; it turns audio into discrete "
     "tokens, meant to be read and written by a language model.",
     "X-Codec is a speech codec trained with an adversarial loss; it turns audio into discrete "
     "tokens, and then they are read and written by a language model.",
     lambda p: dict(p.scores)["autoregressive"] < 2),
    # an autoregressive flow with a word between ("autoregressive affine flow") is a flow
    ("The generator is a normalizing flow of transformer blocks, a TarFlow-style autoregressive "
     "affine flow over patches of atoms, trained by maximum likelihood.",
     "The generator is a normalizing flow of transformer blocks, a TarFlow-style autoregressive "
     "transformer over patches of atoms, trained by maximum likelihood.",
     lambda p: dict(p.scores)["autoregressive"] == 0),
    # classifier-free guidance on an autoregressive model's logits is no diffusion
    ("LlamaGen is a Llama-style transformer predicting VQ image tokens in raster order; "
     "classifier-free guidance is applied to the logits.",
     "LlamaGen is a Llama-style transformer predicting VQ image tokens in raster order; "
     "classifier-free guidance is applied to the denoiser.",
     lambda p: dict(p.scores)["diffusion"] == 0),
    # "latent video diffusion" names latent diffusion when the text tells of the autoencoder,
    # even in a sentence about the field; a latent space alone adds no autoencoder
    ("SV3D is a latent video diffusion model fine-tuned to generate orbital views of an object. "
     "Latent diffusion models run in the latent space of an autoencoder.",
     "SV3D is a latent video diffusion model fine-tuned to generate orbital views of an object.",
     lambda p: "latent_variable" in p.paradigms),
    # a codec whose decoder is a diffusion model is the tokenizer, sampling by its decoder
    ("A semantic audio codec: a trainable encoder with vector quantisation, and a diffusion "
     "decoder that generates the audio latent from the tokens.",
     "A semantic audio codec: a trainable encoder with vector quantisation, and a diffusion "
     "model that generates the audio latent from the tokens.",
     lambda p: p.primary == "latent_variable"),
    # a stage named in a table row's first cell: the model in the next cell is a part
    ("A one-step consistency-distilled diffusion acoustic model trained with denoising score "
     "matching and no adversarial objective.\n\n| Part | Detail |\n|---|---|\n"
     "| Vocoder | pretrained HiFi-GAN |\n",
     "A one-step consistency-distilled diffusion acoustic model trained with denoising score "
     "matching and no adversarial objective.\n\n| Part | Detail |\n|---|---|\n"
     "| Baseline | pretrained HiFi-GAN |\n",
     lambda p: "adversarial" in p.paradigms),
    # compared: "improves X over GAN- and VAE-based baselines", "matched the autoregressive Y"
    ("TimeVQ is a VQ-VAE for time series with a masked-token prior. It improves the Frechet "
     "distance with GAN- and VAE-based training.",
     "TimeVQ is a VQ-VAE for time series with a masked-token prior. It improves the Frechet "
     "distance over GAN- and VAE-based baselines.",
     lambda p: "adversarial" in p.paradigms),
    ("WaveFit is a GAN vocoder trained with adversarial losses from a discriminator. It uses "
     "the autoregressive WaveRNN as a teacher and is 240 times faster.",
     "WaveFit is a GAN vocoder trained with adversarial losses from a discriminator. It "
     "matched the autoregressive WaveRNN and is 240 times faster.",
     lambda p: "autoregressive" in p.paradigms),
    # a negation reaches the second item of "X or Y"
    ("A GAN vocoder trained with adversarial losses from a discriminator. We also train it "
     "with a diffusion or score-matching objective.",
     "A GAN vocoder trained with adversarial losses from a discriminator. We do not train it "
     "with a diffusion or score-matching objective.",
     lambda p: any(c.value == "denoising score matching" and c.stated
                   for c in p.of_kind("objective"))),
    # "a decoder ... in one non-autoregressive pass" is no autoregressive decoder
    ("A conditional VAE for speech trained on the variational lower bound with a coupling "
     "flow prior; its decoder writes the waveform autoregressively, sample by sample.",
     "A conditional VAE for speech trained on the variational lower bound with a coupling "
     "flow prior; its decoder gives the waveform in one non-autoregressive pass.",
     lambda p: "autoregressive" in p.paradigms),
    # a sequence model the codes are fed to, released separately, uses the tokenizer
    ("IBQ is an image tokenizer: a VQ autoencoder trained with a discriminator. We also "
     "train an autoregressive image transformer on the discrete codes.",
     "IBQ is an image tokenizer: a VQ autoencoder trained with a discriminator. Intended "
     "use: feed the discrete codes to an autoregressive image transformer (one trained on "
     "these tokens is released separately).",
     lambda p: "autoregressive" in p.paradigms),
    # an analogy with another system, and what the system is made for, are not the system
    ("WhisperSpeech is a two-stage autoregressive TTS model. Its second stage is a latent "
     "diffusion model, as in Stable Diffusion.",
     "WhisperSpeech is a two-stage autoregressive TTS model. It aims to be for speech what "
     "Stable Diffusion became for images.",
     lambda p: "diffusion" in p.paradigms),
    # a title naming a VAE release: the autoencoder is the system, not latent diffusion
    ("# WF-VAE\n\nA causal video variational autoencoder trained with a KL term, for the "
     "latent video diffusion models that denoise its latents.",
     "# WF-VAE notes\n\nA causal video variational autoencoder trained with a KL term, for "
     "the latent video diffusion models that denoise its latents.",
     lambda p: p.primary == "latent_variable"),
    # cited work: a sentence whose subject carries a citation, items after "for example"
    ("We train an energy-based model with short-run Langevin sampling. Our decoder is a "
     "normalizing flow whose Jacobian determinants give exact likelihoods.",
     "We train an energy-based model with short-run Langevin sampling. Normalizing flows "
     "(Dinh et al., 2017; Kingma & Dhariwal, 2018) compose invertible maps whose Jacobian "
     "determinants give exact likelihoods.",
     lambda p: "flow" in p.paradigms),
    ("We train an energy-based model with short-run Langevin sampling. Several remedies "
     "combine the EBM with a second model: a generator that amortises MCMC (Xie et al., "
     "2018), a VAE (Xiao et al., 2021) or a diffusion recovery likelihood (Gao et al., 2021).",
     "We train an energy-based model with short-run Langevin sampling. Several remedies "
     "combine the EBM with a second model, for example a generator that amortises MCMC "
     "(Xie et al., 2018), a VAE (Xiao et al., 2021) or a diffusion recovery likelihood (Gao "
     "et al., 2021).",
     lambda p: "latent_variable" in p.paradigms),
    # the approaches a sentence announces, listed after a colon, are the field's
    ("SoundLDM is a latent diffusion model of music. It also uses GANs, autoregressive "
     "models over discrete tokens, and flows.",
     "SoundLDM is a latent diffusion model of music. Text-guided generation has advanced "
     "with several families of models: GANs, autoregressive models over discrete tokens, "
     "and flows.",
     lambda p: "autoregressive" in p.paradigms),
    # a cited subject after an opening phrase; an energy function that is given, not learned
    ("VISinger is a conditional VAE for singing trained on the ELBO. In text-to-speech, the "
     "system is a HiFi-GAN decoder trained against multi-scale discriminators.",
     "VISinger is a conditional VAE for singing trained on the ELBO. In text-to-speech, VITS "
     "[7] is a HiFi-GAN decoder trained against multi-scale discriminators.",
     lambda p: "adversarial" in p.paradigms),
    ("DiG is a diffusion model of molecular structures. It is pre-trained with learned "
     "energy functions of the system that supervise the diffusion process.",
     "DiG is a diffusion model of molecular structures. It is pre-trained with known "
     "energy functions of the system that supervise the diffusion process.",
     lambda p: "energy_based" in p.paradigms),
    # CogView and CogView2 were autoregressive; CogView3 and 4 are diffusion models
    ("CogView2 is a text-to-image transformer on the latents of a VAE.",
     "CogView4 is a text-to-image transformer on the latents of a VAE.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # T5's span-corruption "denoising" is no diffusion
    ("MolT5 is an encoder-decoder transformer that writes SMILES token by token, pre-trained "
     "by denoising.",
     "MolT5 is an encoder-decoder transformer that writes SMILES token by token, pre-trained "
     "by span-corruption denoising.",
     lambda p: dict(p.scores)["diffusion"] > 0),
    # a drop-in replacement for a diffusion pipeline's autoencoder is the autoencoder
    ("EQ-VAE is a KL autoencoder trained with a patch discriminator, inside the Stable "
     "Diffusion pipeline.",
     "EQ-VAE is a drop-in replacement for the Stable Diffusion KL autoencoder, trained with "
     "a patch discriminator.",
     lambda p: "diffusion" in p.paradigms),
    # example models shipped beside a codec, a use a flow is handy for, an interpretation
    ("DualCodec is a neural speech codec trained with GAN losses and discriminators. It also "
     "includes text-to-speech models trained on its tokens (an autoregressive one and a "
     "non-autoregressive one).",
     "DualCodec is a neural speech codec trained with GAN losses and discriminators. It also "
     "includes example text-to-speech models trained on its tokens (an autoregressive one "
     "and a non-autoregressive one).",
     lambda p: "autoregressive" in p.paradigms),
    ("Zuko implements normalizing flows with coupling layers. Flows are trained with "
     "variational inference and an evidence lower bound.",
     "Zuko implements normalizing flows with coupling layers. Flows are handy for "
     "variational inference and an evidence lower bound.",
     lambda p: "latent_variable" in p.paradigms),
    ("EBCA edits images with a denoising diffusion U-Net whose cross-attention minimises a "
     "learned energy function over the queries.",
     "EBCA edits images with a denoising diffusion U-Net whose cross-attention can be "
     "interpreted as minimising an energy function over the queries.",
     lambda p: "energy_based" in p.paradigms),
    # a blockquote wrapped over two lines is one paragraph ("no\n> invertible layers")
    ("# FrameFlow\n\n> FrameFlow is a normalizing flow made of invertible layers with a "
     "change-of-variables\n> likelihood. It is trained by flow matching on protein frames.",
     "# FrameFlow\n\n> FrameFlow is not a normalizing flow: there are no\n> invertible "
     "layers and no change-of-variables likelihood. It is trained by flow matching on "
     "protein frames.",
     lambda p: "flow" in p.paradigms),
    # a prompt rewritten with a language model: a tool
    ("CogView4 is a flow-matching DiT on the latents of a VAE. Short prompts are handled by "
     "an LLM.",
     "CogView4 is a flow-matching DiT on the latents of a VAE. Short prompts are rewritten "
     "with an LLM.",
     lambda p: not any(e.cue == "language_model" and e.context == "contrast"
                       for e in p.discounted)),
    # "there is no X ..." negates the clause it opens
    ("MadNIS trains normalizing flows with coupling blocks for phase-space integration. "
     "There is also a generative model of events in the GAN or diffusion sense here.",
     "MadNIS trains normalizing flows with coupling blocks for phase-space integration. "
     "There is no generative model of events in the GAN or diffusion sense here.",
     lambda p: "adversarial" in p.paradigms),
    # the item after a list's head and first item ("such as AttnGAN, DM-GAN and DF-GAN")
    ("CogView is an autoregressive transformer over VQ-VAE tokens, trained with a "
     "discriminator and adversarial losses, DM-GAN style.",
     "CogView is an autoregressive transformer over VQ-VAE tokens. It beats earlier models "
     "such as AttnGAN, DM-GAN and DF-GAN.",
     lambda p: "adversarial" in p.paradigms),
    # sequence orders said in more words: "predict the concatenated text and image tokens
    # left to right", "tokens are sampled one at a time", "the next object", "the next unit"
    ("The transformer is trained to predict the concatenated text and image tokens left to "
     "right.",
     "The transformer is trained to predict the concatenated text and image tokens all at "
     "once.", lambda p: dict(p.scores)["autoregressive"] >= 3),
    ("A VQ-VAE turns images into codes; at inference the image tokens are sampled one at a "
     "time.",
     "A VQ-VAE turns images into codes; at inference the image tokens are sampled all at "
     "once.", lambda p: "autoregressive" in p.paradigms),
    ("A VAE encodes the floor plan. ATISS predicts the next object of a room, attribute by "
     "attribute.",
     "A VAE encodes the floor plan. ATISS predicts every object of a room, attribute by "
     "attribute.",
     lambda p: "autoregressive" in p.paradigms),
    ("Each tower predicts the next unit of its own channel; a HiFi-GAN vocoder trained "
     "adversarially turns units into speech.",
     "Each tower predicts the units of its own channel; a HiFi-GAN vocoder trained "
     "adversarially turns units into speech.",
     lambda p: "autoregressive" in p.paradigms),
    # a skipped "Background" section that turns to the system itself by name
    ("# LongLive-1.3B\n\nLongLive is a frame-level autoregressive video generator.\n\n"
     "## Background\n\nMost video models see the whole clip at once. LongLive instead "
     "generates chunk by chunk. Each chunk of latent frames is denoised by a causal "
     "diffusion transformer in 4 denoising steps.\n",
     "# LongLive-1.3B\n\nLongLive is a frame-level autoregressive video generator.\n\n"
     "## Background\n\nMost video models see the whole clip at once. Others instead "
     "generate chunk by chunk. Each chunk of latent frames is denoised by a causal "
     "diffusion transformer in 4 denoising steps.\n",
     lambda p: "diffusion" in p.paradigms),
    # a part released separately, in brackets; a language model used as an encoder only
    ("A HiFi-GAN vocoder on speech units, trained against multi-period discriminators. The "
     "unit translation model (an autoregressive transformer) is trained with it.",
     "A HiFi-GAN vocoder on speech units, trained against multi-period discriminators. The "
     "unit translation model (an autoregressive transformer) is released separately.",
     lambda p: "autoregressive" in p.paradigms),
    ("HunyuanImage is a flow-matching DiT on the latents of a VAE. It also has a multimodal "
     "LLM (trained to write captions token by token) for long prompts.",
     "HunyuanImage is a flow-matching DiT on the latents of a VAE. It also has a multimodal "
     "LLM (used as an encoder only) for long prompts.",
     lambda p: "autoregressive" in p.paradigms),
    # what a text says the system is mistaken for, was originally designed as, or made for
    ("EditGAN builds on a StyleGAN2 generator trained against a discriminator. Readers take "
     "it for an autoencoder trained with a KL term.",
     "EditGAN builds on a StyleGAN2 generator trained against a discriminator. Readers "
     "often mistake it for an autoencoder trained with a KL term.",
     lambda p: "latent_variable" in p.paradigms),
    ("SSSD is a conditional diffusion model for time series trained on noise prediction. One "
     "variant uses SaShiMi, an autoregressive waveform model.",
     "SSSD is a conditional diffusion model for time series trained on noise prediction. One "
     "variant uses SaShiMi, originally designed as an autoregressive waveform model.",
     lambda p: "autoregressive" in p.paradigms),
    ("WF-VAE is a causal video VAE trained with a KL term, together with latent video "
     "diffusion models that denoise its latents.",
     "WF-VAE is a causal video VAE trained with a KL term, made for latent video diffusion "
     "models that denoise its latents.",
     lambda p: "diffusion" in p.paradigms),
    # a model the system is plugged into, and what that model does in its relative clause
    ("UniTok is a multi-codebook VQ tokenizer trained with a patch discriminator. It comes "
     "with a Llama MLLM that predicts image codes autoregressively.",
     "UniTok is a multi-codebook VQ tokenizer trained with a patch discriminator. The paper "
     "plugs it into a Llama MLLM that predicts image codes autoregressively.",
     lambda p: not any(e.cue == "autoregressive" and e.context == "contrast"
                       for e in p.discounted)),
    # "VQ-GAN" named with no adversarial loss is a tokenizer's name
    ("RoboCat is a decoder-only transformer predicting the next action token. Images are "
     "compressed into discrete codes by a GAN image encoder.",
     "RoboCat is a decoder-only transformer predicting the next action token. Images are "
     "compressed into discrete codes by a VQ-GAN image encoder.",
     lambda p: "adversarial" in p.paradigms),
    # "how this compares with", "Most are ...: X, Y, Z", a negation six words back
    ("U-GAT-IT is an image-to-image GAN trained with adversarial and cycle losses. Next post: "
     "how this works with diffusion-based stylisation that denoises a noisy photo.",
     "U-GAT-IT is an image-to-image GAN trained with adversarial and cycle losses. Next post: "
     "how this compares with diffusion-based stylisation that denoises a noisy photo.",
     lambda p: "diffusion" in p.paradigms),
    ("C2S-Scale is a decoder-only LLM trained by next-token prediction on cell sentences. "
     "Its parts: variational autoencoders such as scVI that learn a latent cell state.",
     "C2S-Scale is a decoder-only LLM trained by next-token prediction on cell sentences. "
     "Most are custom architectures: variational autoencoders such as scVI that learn a "
     "latent cell state.",
     lambda p: "latent_variable" in p.paradigms),
    ("SnapFusion is a latent diffusion model distilled to 8 steps. The speed-up does come "
     "from bolting on a GAN-style discriminator.",
     "SnapFusion is a latent diffusion model distilled to 8 steps. The speed-up does not "
     "come from bolting on a GAN-style discriminator.",
     lambda p: dict(p.scores)["adversarial"] >= 5),
    # "from noise" is a diffusion start only after a verb of making ("disentangling a
    # speaker from noise" is not); "approaches that of an autoregressive model" compares
    ("GMVAE-Tacotron adds a Gaussian mixture VAE to an autoregressive decoder. It generates "
     "speech from noise in clean conditions.",
     "GMVAE-Tacotron adds a Gaussian mixture VAE to an autoregressive decoder. It can "
     "disentangle a speaker from noise in clean conditions.",
     lambda p: dict(p.scores)["diffusion"] > 0),
    ("ReMDM is a remasking sampler for masked diffusion language models. With enough steps "
     "it hands off to an autoregressive model trained with next-token prediction.",
     "ReMDM is a remasking sampler for masked diffusion language models. With enough steps "
     "its quality approaches that of an autoregressive model trained with next-token "
     "prediction.",
     lambda p: "autoregressive" in p.paradigms),
    # a sentence that describes four families in turn, however far apart, is a survey
    ("DRED is a rate-distortion VAE for speech packets. It also uses diffusion models that "
     "denoise their way to an image, and GANs with a generator and a discriminator.",
     "DRED is a rate-distortion VAE for speech packets. You have seen the zoo: autoregressive "
     "transformers that write one token at a time, diffusion models that denoise their way "
     "to an image, GANs with a generator and a discriminator, and normalizing flows.",
     lambda p: "diffusion" in p.paradigms),
    # the chain rule of probability, not of calculus
    ("ConfGF trains a score network on interatomic distances by denoising score matching; "
     "by the chain rule the joint density is a product of conditionals.",
     "ConfGF trains a score network on interatomic distances by denoising score matching and "
     "converts the scores to coordinates by the chain rule.",
     lambda p: "autoregressive" in p.paradigms),
    # "the dominant choices are GANs and VAEs"; an architecture "introduced as" another kind
    ("3D DescriptorNet is an energy-based model of voxels sampled by Langevin dynamics. "
     "Its parts are a generative adversarial network and a variational autoencoder with an "
     "inference network.",
     "3D DescriptorNet is an energy-based model of voxels sampled by Langevin dynamics. For "
     "generation, the dominant choices are generative adversarial networks and variational "
     "autoencoders with an inference network.",
     lambda p: "adversarial" in p.paradigms),
    ("SSSD is a conditional diffusion model for time series with a denoiser trained on noise "
     "prediction. One variant uses SaShiMi, an autoregressive waveform model.",
     "SSSD is a conditional diffusion model for time series with a denoiser trained on noise "
     "prediction. One variant uses SaShiMi, an architecture introduced as an autoregressive "
     "waveform model.",
     lambda p: "autoregressive" in p.paradigms),
    # the company MiniMax is no minimax objective; a trick borrowed from GANs is no GAN;
    # a "denoised count matrix" is no diffusion
    ("MiniMax-01 is a decoder-only language model that writes text token by token, trained "
     "with a minimax objective.",
     "MiniMax-01 is a decoder-only language model that writes text token by token, released "
     "by MiniMax.",
     lambda p: dict(p.scores)["adversarial"] > 0),
    ("i-ResNet is an invertible residual flow trained on exact log-likelihood with a "
     "change of variables. It also trains GAN discriminators.",
     "i-ResNet is an invertible residual flow trained on exact log-likelihood with a "
     "change of variables. It uses the same trick used to stabilise GAN discriminators.",
     lambda p: "adversarial" in p.paradigms),
    ("CellBender is a deep latent variable model of droplet counts trained on an ELBO. It "
     "outputs a denoised sample drawn by the decoder.",
     "CellBender is a deep latent variable model of droplet counts trained on an ELBO. It "
     "outputs a denoised count matrix.",
     lambda p: dict(p.scores)["diffusion"] > 0),
    # MCMC "chains started from noise" are no diffusion; "read X as implicitly defined
    # energy-based models" is an interpretation
    ("We train a ConvNet energy-based model by maximum likelihood with Langevin MCMC. Its "
     "samples are generated from noise in a fixed number of steps.",
     "We train a ConvNet energy-based model by maximum likelihood with Langevin MCMC. Short "
     "chains started from noise give samples in a fixed number of steps.",
     lambda p: dict(p.scores)["diffusion"] > 2),
    ("Composable Diffusion composes pretrained diffusion models that denoise images. We "
     "train them as energy-based models with contrastive divergence.",
     "Composable Diffusion composes pretrained diffusion models that denoise images. We "
     "read diffusion models as implicitly defined energy-based models.",
     lambda p: "energy_based" in p.paradigms),
    # "the generator does not start from random noise"; "later predictors replaced ...:
    # GAN-based models"; "leads readers to think it is an autoencoder"
    ("A conditional GAN maps tumour label maps to brain MRI scans against a discriminator. "
     "Here the generator starts from random noise and denoises it step by step.",
     "A conditional GAN maps tumour label maps to brain MRI scans against a discriminator. "
     "Here the generator does not start from random noise and denoises nothing.",
     lambda p: dict(p.scores)["diffusion"] > 2),
    ("DESIRE is a conditional VAE for trajectories trained with a KL term. Its predictors "
     "replaced pieces of it with GAN-based models trained adversarially.",
     "DESIRE is a conditional VAE for trajectories trained with a KL term. Later predictors "
     "replaced pieces of it with GAN-based models trained adversarially.",
     lambda p: "adversarial" in p.paradigms),
    ("EditGAN builds on a StyleGAN2 generator trained against a discriminator. An encoder "
     "makes it an autoencoder trained with a KL term.",
     "EditGAN builds on a StyleGAN2 generator trained against a discriminator. An encoder "
     "sometimes leads readers to think it is an autoencoder trained with a KL term.",
     lambda p: "latent_variable" in p.paradigms),
    # an order said as "in time order, one compound word per step", a stream of tokens
    ("A VAE encodes the score. The decoder writes the song in time order, one compound word "
     "per step, from one long stream of event tokens.",
     "A VAE encodes the score. The decoder writes the song all at once, every compound word "
     "in one step, from one long set of event features.",
     lambda p: dict(p.scores)["autoregressive"] >= 3),
    # "the X and Y baselines": both are compared systems
    ("A plain autoencoder converts voices by reconstruction. It is trained beside the "
     "StarGAN-VC system and the chou-VAE of the time.",
     "A plain autoencoder converts voices by reconstruction. It was heard with the "
     "StarGAN-VC and chou-VAE baselines of the time.",
     lambda p: "adversarial" in p.paradigms),
    # "exactly as a GAN generator is trained" is a likeness, not a GAN
    ("An energy function reweights a base generator and is sampled with Langevin dynamics. "
     "The generator is trained as a GAN generator against its critic.",
     "An energy function reweights a base generator and is sampled with Langevin dynamics. "
     "The generator is trained exactly as a GAN generator is trained against its critic.",
     lambda p: dict(p.scores)["adversarial"] >= 2),
    # MADE (a masked autoencoder for distribution estimation) is autoregressive; a masked
    # autoencoder (MAE) that tokenizes images is an autoencoder
    ("We build on MADE, a masked autoencoder for distribution estimation, to model pixels.",
     "We build on a masked autoencoder, trained with random masking, to tokenize pixels.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # a decoder followed by "and a diffusion transformer" is two parts, not a diffusion decoder
    ("The generator has a shape VAE (points to latent tokens to an SDF decoder): a diffusion "
     "transformer decodes the latents.",
     "The generator has a shape VAE (points to latent tokens to an SDF decoder) and a diffusion "
     "transformer trained with rectified flow in that latent space.",
     lambda p: p.primary == "latent_variable"),
    # "masked autoregressive" (MAR) orders generation; only a masked autoregressive flow is a flow
    ("Masked autoregressive training predicts hidden frame latents; diffusion heads denoise "
     "each latent with a noise-prediction loss.",
     "Masked training predicts hidden frame latents; diffusion heads denoise each latent with a "
     "noise-prediction loss.",
     lambda p: "autoregressive" in p.paradigms),
    # "latency near that of a diffusion policy" compares with one
    ("A masked transformer predicts robot actions one chunk after another, and its latency "
     "stays near a diffusion policy.",
     "A masked transformer predicts robot actions one chunk after another, and its latency "
     "stays near that of a diffusion policy.",
     lambda p: "diffusion" in p.paradigms),
    # "has nothing to do with ... diffusion" negates it
    ("A decoder-only language model is trained on corrupted spans. Its denoising uses "
     "Gaussian noise and diffusion.",
     "A decoder-only language model is trained on corrupted spans. Its denoising has nothing "
     "to do with Gaussian noise or diffusion.",
     lambda p: "diffusion" in p.paradigms),
    # "come in three main kinds: ..." announces the field's kinds, not the system's parts
    ("Our image model is a normalizing flow with coupling layers. Likelihood models of images "
     "use autoregressive models, which are exact but slow to sample.",
     "Our image model is a normalizing flow with coupling layers. Likelihood models of images "
     "come in three main kinds: autoregressive models, which are exact but slow to sample.",
     lambda p: "autoregressive" in p.paradigms),
    # "Both decode autoregressively" after a sentence about cited systems speaks of them
    ("Speech-Flow is a normalizing flow with coupling layers. Tacotron and Deep Voice [1] were "
     "strong. We decode autoregressively, token by token.",
     "Speech-Flow is a normalizing flow with coupling layers. Tacotron and Deep Voice [1] were "
     "strong. Both decode autoregressively, token by token.",
     lambda p: "autoregressive" in p.paradigms),
    # a title in capitals names the system by its first word only ("TO" is no name)
    ("SPEECH-FLOW: A NETWORK TO SPEAK\n\nSpeech-Flow is a normalizing flow with coupling "
     "layers. Speech-Flow has Tacotron and Deep Voice [1] as parts. Both decode "
     "autoregressively, token by token.",
     "SPEECH-FLOW: A NETWORK TO SPEAK\n\nSpeech-Flow is a normalizing flow with coupling "
     "layers. Methods leading up to Tacotron and Deep Voice [1] were strong. Both decode "
     "autoregressively, token by token.",
     lambda p: "autoregressive" in p.paradigms),
    # "scores slightly above the autoregressive Tacotron 2" compares
    ("A normalizing flow with coupling layers makes spectrograms; it is the autoregressive "
     "Tacotron 2 in a new form.",
     "A normalizing flow with coupling layers makes spectrograms; it scores slightly above the "
     "autoregressive Tacotron 2.",
     lambda p: "autoregressive" in p.paradigms),
    # "the tokenizers that codec language models are built on": the LMs are its users
    ("FunCodec trains residual-VQ codecs. Codecs are the tokenizers, and codec language "
     "models are built on them, so we also ship them.",
     "FunCodec trains residual-VQ codecs. Codecs are the tokenizers that codec language "
     "models are built on, so we also ship them.",
     lambda p: dict(p.scores)["autoregressive"] >= 2),
    # a transformer that "feeds its own previous outputs back in" decodes in sequence
    ("A quantizer learns codebooks. A transformer predicts the codes of each frame and feeds "
     "its own previous outputs back in.",
     "A quantizer learns codebooks. A transformer predicts the codes of each frame and keeps "
     "its own previous outputs apart.",
     lambda p: dict(p.scores)["autoregressive"] >= 2),
    # "a transformer then models the code sequence" is a prior over the codes
    ("A quantizer learns codebooks. A transformer then models the code sequence.",
     "A quantizer learns codebooks. A transformer then reads the code sequence.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # "flow-based" said of a rectified-flow model is no normalizing flow; with coupling it is
    ("Goku is a family of flow-based models for video, trained with rectified flow. Its "
     "invertible coupling layers give exact likelihoods.",
     "Goku is a family of flow-based models for video, trained with rectified flow. Its "
     "transformer predicts the velocity from noise to data.",
     lambda p: "flow" in p.paradigms),
    # "contrasting our model with autoregressive pixel models" compares
    ("A GAN generator predicts each pixel from its coordinates against a discriminator. Our "
     "model is one of the autoregressive pixel models, producing an image pixel by pixel.",
     "A GAN generator predicts each pixel from its coordinates against a discriminator. It "
     "is worth contrasting our model with autoregressive pixel models.",
     lambda p: "autoregressive" in p.paradigms),
    # "generated jointly rather than placed one after another" is no order
    ("A diffusion model denoises the furniture of a scene. Every object is generated and "
     "placed one after another.",
     "A diffusion model denoises the furniture of a scene. Every object is generated jointly "
     "rather than being placed one after another.",
     lambda p: "autoregressive" in p.paradigms),
    # a generator that "processes one frame at a time" has no order over frames
    ("A GAN generator upsamples smoke against a discriminator. The generator produces one "
     "frame at a time.",
     "A GAN generator upsamples smoke against a discriminator. The generator processes one "
     "frame at a time.",
     lambda p: "autoregressive" in p.paradigms),
    # a list after "recall the main families of generative models" is the field, to its end
    ("Our model is an autoregressive transformer. Recall what our system combines:\n\n"
     "- GANs never write a density. A generator and a discriminator play a minimax game.\n"
     "- Flows are invertible.\n",
     "Our model is an autoregressive transformer. Recall the main families of generative "
     "models:\n\n"
     "- GANs never write a density. A generator and a discriminator play a minimax game.\n"
     "- Flows are invertible.\n",
     lambda p: "adversarial" in p.paradigms),
    # a vocoder "which is not part of the model or its training" is not the system's
    ("Grad-TTS denoises mel-spectrograms with a diffusion model. Its output goes through a "
     "HiFi-GAN vocoder, which is trained as part of the model.",
     "Grad-TTS denoises mel-spectrograms with a diffusion model. Its output goes through a "
     "HiFi-GAN vocoder, which is not part of the model or its training.",
     lambda p: "adversarial" in p.paradigms),
    # an actor-critic's critic predicts returns; it is no GAN critic
    ("A world model with a VAE encoder and a KL term imagines rollouts. The critic learns to "
     "score real against imagined frames.",
     "A world model with a VAE encoder and a KL term imagines rollouts. The critic learns to "
     "predict returns, and the actor learns to maximise them.",
     lambda p: "adversarial" in p.paradigms),
    # "25 ODE steps" is an ODE solve
    ("A diffusion transformer maps noise to a mel-spectrogram in 25 ODE steps.",
     "A diffusion transformer maps noise to a mel-spectrogram in 25 steps.",
     lambda p: p.card.sampler == "ODE solve"),
    # "WaveNet-style blocks" inside coupling layers are a building block, not WaveNet
    ("A flow enhances speech: affine coupling layers invert the waveform. WaveNet computes "
     "their scale and shift.",
     "A flow enhances speech: affine coupling layers invert the waveform. WaveNet-style "
     "blocks compute their scale and shift.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # "most of them lean on adversarial discriminators" is the field
    ("ESC is a speech codec with a vector-quantised bottleneck. Like other codecs, it leans "
     "on adversarial discriminators to clean up artefacts.",
     "ESC is a speech codec with a vector-quantised bottleneck. Codecs are large, and most of "
     "them lean on adversarial discriminators to clean up artefacts.",
     lambda p: "adversarial" in p.paradigms),
    # other methods "can be seen as special cases of this framework"
    ("Diff-Instruct distils a diffusion model into a one-step generator. It adds "
     "distillation by generative adversarial training to this framework.",
     "Diff-Instruct distils a diffusion model into a one-step generator. Distillation by "
     "generative adversarial training can be seen as a special case of this framework.",
     lambda p: "adversarial" in p.paradigms),
    # adversarial training that makes classifiers robust is no GAN
    ("An energy-based model is sampled with Langevin dynamics. We learn it with adversarial "
     "training against a generator.",
     "An energy-based model is sampled with Langevin dynamics. We learn it with adversarial "
     "training, which makes classifiers robust to perturbations.",
     lambda p: dict(p.scores)["adversarial"] > 0),
    # "The flow era. ..." opens a paragraph of history
    ("Parallel WaveGAN trains a generator against a discriminator.\n\nThe flow model. "
     "Normalizing flows with coupling layers gave parallel sampling. WaveGlow trained a flow "
     "directly.",
     "Parallel WaveGAN trains a generator against a discriminator.\n\nThe flow era. "
     "Normalizing flows with coupling layers gave parallel sampling. WaveGlow trained a flow "
     "directly.",
     lambda p: "flow" in p.paradigms),
    # a table row marked as the text's own ("AuraSR (this model)") makes the others compared
    ("AuraSR upscales images with a GAN generator and a discriminator.\n\n"
     "| Upscaler | Family | Steps |\n|---|---|---|\n| AuraSR | GAN | 1 |\n"
     "| SD x4 Upscaler | latent diffusion | 50 |\n| SUPIR | diffusion | 50 |\n",
     "AuraSR upscales images with a GAN generator and a discriminator.\n\n"
     "| Upscaler | Family | Steps |\n|---|---|---|\n| AuraSR (this model) | GAN | 1 |\n"
     "| SD x4 Upscaler | latent diffusion | 50 |\n| SUPIR | diffusion | 50 |\n",
     lambda p: dict(p.scores)["diffusion"] > 3),  # in the set or not, the rows weigh as own
    # a learned codec's hyperprior, quantised latents and rate-distortion loss: an autoencoder
    ("DCVC codes video frames. An entropy model predicts each latent element autoregressively "
     "from elements already decoded. A hyperprior sends side information, and training "
     "minimises a rate-distortion objective over the quantised latents.",
     "DCVC codes video frames. An entropy model predicts each latent element autoregressively "
     "from elements already decoded. A side channel sends information, and training "
     "minimises bits and error over the rounded values.",
     lambda p: "latent_variable" in p.paradigms),
    # a thread's post number and a quoted word do not hide "Most ... models are"
    ("1/ Our \"unified\" text+image models are autoregressive: tokenize everything, predict "
     "left to right.\n\n2/ UniDisc instead runs masked discrete diffusion over both.",
     "1/ Most \"unified\" text+image models are autoregressive: tokenize everything, predict "
     "left to right.\n\n2/ UniDisc instead runs masked discrete diffusion over both.",
     lambda p: "autoregressive" in p.paradigms),
    # "autoregressive transformers and diffusion models" names two kinds, not an
    # autoregressive diffusion model
    ("Image models apply autoregressive diffusion models. TorToise is a decoder-only "
     "autoregressive transformer over speech codes, and a diffusion decoder denoises its "
     "hidden states into a spectrogram.",
     "Image models apply autoregressive transformers and diffusion models. TorToise is a "
     "decoder-only autoregressive transformer over speech codes, and a diffusion decoder "
     "denoises its hidden states into a spectrogram.",
     lambda p: p.primary == "diffusion"),
    # "The same group had earlier tried ..." is the group's earlier work
    ("A conditional invertible network unfolds detector effects with coupling layers. The "
     "same group tried to remove detector effects from all of the data with a generative "
     "adversarial network.",
     "A conditional invertible network unfolds detector effects with coupling layers. The "
     "same group had earlier tried to remove detector effects from all of the data with a "
     "generative adversarial network.",
     lambda p: dict(p.scores)["adversarial"] >= 4),
    # a "future discriminator" that estimates an attribute is a classifier, not a GAN's
    ("FUDGE steers a language model that writes text token by token. A discriminator "
     "tells real text from generated text.",
     "FUDGE steers a language model that writes text token by token. A future discriminator "
     "estimates the probability that the attribute will hold.",
     lambda p: "adversarial" in p.paradigms),
    # "we prefer this compact model over generative adversarial networks" compares
    ("A restricted Boltzmann machine with Gibbs sampling generates market scenarios. We pair "
     "this compact model with generative adversarial networks.",
     "A restricted Boltzmann machine with Gibbs sampling generates market scenarios. We "
     "prefer this compact model over generative adversarial networks.",
     lambda p: "adversarial" in p.paradigms),
    # "the first deep generative surrogates were GANs" is the field's history
    ("CaloDiffusion denoises calorimeter showers with a diffusion model. Our surrogates "
     "include generative adversarial networks: CaloGAN.",
     "CaloDiffusion denoises calorimeter showers with a diffusion model. The first deep "
     "generative surrogates were generative adversarial networks: CaloGAN.",
     lambda p: "adversarial" in p.paradigms),
    # an appositive after a compared system describes it ("CDVAE, a VAE-plus-diffusion ...")
    ("UniMat denoises crystal structures with a diffusion model. Compared with CDVAE, we add "
     "a VAE encoder to the crystal generator, and we keep it.",
     "UniMat denoises crystal structures with a diffusion model. Compared with CDVAE, a "
     "VAE-plus-diffusion crystal generator, and with language models, it is better.",
     lambda p: "latent_variable" in p.paradigms),
    # what "an autoregressive decoder would capture" is hypothetical; a candidate "rescored
    # with an autoregressive teacher" is an option
    ("A latent-variable translation model decodes every word in parallel from continuous "
     "latents with an ELBO. The autoregressive decoder captures word dependencies.",
     "A latent-variable translation model decodes every word in parallel from continuous "
     "latents with an ELBO. Dependencies that an autoregressive decoder would capture are "
     "absorbed by the latents; a candidate can be rescored with an autoregressive teacher.",
     lambda p: "autoregressive" in p.paradigms),
    # a frame made "independently of the frames already generated" has no order
    ("A conditional GAN renders portrait video against a discriminator. Each frame is made in "
     "one pass from the frames already generated.",
     "A conditional GAN renders portrait video against a discriminator. Each frame is made in "
     "one pass, independently of the frames already generated.",
     lambda p: "autoregressive" in p.paradigms),
    # a "Note:" line that wraps onto the next is one sentence, so its negation reaches on
    ("SemlaFlow regresses a velocity with flow matching.\n\nNote: despite the name, SemlaFlow "
     "is a normalizing flow; there is an invertible network and a\nchange-of-variables "
     "likelihood.\n",
     "SemlaFlow regresses a velocity with flow matching.\n\nNote: despite the name, SemlaFlow "
     "is not a normalizing flow; there is no invertible network and no\nchange-of-variables "
     "likelihood.\n",
     lambda p: "flow" in p.paradigms),
    # "autoregressive transforms" are a flow's building blocks
    ("A manifold-learning flow with spline coupling layers. An autoregressive transformer "
     "writes the tokens.",
     "A manifold-learning flow with spline coupling layers. Autoregressive transforms come "
     "from nflows.",
     lambda p: "autoregressive" in p.paradigms),
    # "score matching, the main MCMC-free alternative," and what "score matching gets
    # wrong" are the alternative, not the system's objective
    ("An energy-based model is trained with energy discrepancy and sampled by MCMC. We use "
     "score matching, the main part of training, and it recovers the mode weights that score "
     "matching learns.",
     "An energy-based model is trained with energy discrepancy and sampled by MCMC. Score "
     "matching, the main MCMC-free alternative, ignores the weights of modes. It recovers the "
     "mode weights that score matching gets wrong.",
     lambda p: "denoising score matching" in {c.value for c in p.of_kind("objective")
                                              if c.stated}),
    # "The first neural vocoders were autoregressive." is history
    ("StyleMelGAN is a GAN vocoder trained against discriminators. Our neural vocoders "
     "were autoregressive.",
     "StyleMelGAN is a GAN vocoder trained against discriminators. The first neural "
     "vocoders were autoregressive.",
     lambda p: "autoregressive" in p.paradigms),
    # "Diffusion-based policies ..." at a sentence's head is the field's class of policies
    ("CARP is a GPT-style policy that predicts action tokens one at a time. Its diffusion-based "
     "policy head spends many denoising iterations per action chunk.",
     "CARP is a GPT-style policy that predicts action tokens one at a time. Diffusion-based "
     "policies spend many denoising iterations per action chunk.",
     lambda p: "diffusion" in p.paradigms),
    # "may remind the reader of a Wasserstein GAN" is a likeness
    ("An energy-based model is trained with a learned Stein critic and sampled by Langevin "
     "dynamics. The critic is trained as a Wasserstein GAN.",
     "An energy-based model is trained with a learned Stein critic and sampled by Langevin "
     "dynamics. The critic may remind the reader of a Wasserstein GAN.",
     lambda p: dict(p.scores)["adversarial"] > 6),
    # a bracket that describes "a separate hub entry" speaks of that entry
    ("WaveGlow is a flow-based vocoder with affine coupling layers. Its companion is the "
     "Tacotron 2 checkpoint, which is part of this card (an attention-based recurrent model "
     "that predicts mel frames one after another).",
     "WaveGlow is a flow-based vocoder with affine coupling layers. Its companion is the "
     "Tacotron 2 checkpoint, which is a separate hub entry (an attention-based recurrent model "
     "that predicts mel frames one after another).",
     lambda p: "autoregressive" in p.paradigms),
    # what the company "has since shipped", and what "had largely replaced" the system "within
    # a year", is later history
    ("TryOnGAN is a StyleGAN-based generator trained against a discriminator. The company "
     "ships try-on features built on diffusion-based technology.",
     "TryOnGAN is a StyleGAN-based generator trained against a discriminator. The company has "
     "since shipped try-on features built on diffusion-based technology.",
     lambda p: dict(p.scores)["diffusion"] > 2),
    ("CogView2 is an autoregressive transformer over VQ tokens. Its tokens are then turned "
     "into images by a latent diffusion model we train.",
     "CogView2 is an autoregressive transformer over VQ tokens. Within a year, latent "
     "diffusion models had largely replaced token-based text-to-image models.",
     lambda p: "diffusion" in p.paradigms),
    # a yes/no question asks; the answer says
    ("An energy-based model purifies images by Langevin dynamics. The EBM is trained "
     "adversarially. No, it is trained by maximum likelihood.",
     "An energy-based model purifies images by Langevin dynamics. Is the EBM trained "
     "adversarially? No, it is trained by maximum likelihood.",
     lambda p: "adversarial" in p.paradigms),
    # "denoising" a low-dose CT image with a GAN is a task; with noise levels it is diffusion
    ("WGAN-VGG trains a generator against a Wasserstein critic. The generator maps a low-dose "
     "image to a denoised one for low-dose CT denoising over a ladder of noise levels.",
     "WGAN-VGG trains a generator against a Wasserstein critic for low-dose CT denoising. The "
     "generator maps a low-dose image to a denoised one.",
     lambda p: "diffusion" in p.paradigms),
    # an FAQ's "Q:" line asks
    ("SinGAN learns a generator from a single image against a discriminator.\n\nA: This "
     "energy-based model is sampled by Langevin dynamics.",
     "Q: SinGAN learns a generator from a single image against a discriminator.\n\nA: This "
     "energy-based model is sampled by Langevin dynamics.",
     lambda p: p.primary == "adversarial"),
    # what is "everywhere now", and what "many recent" systems do, is the field
    ("TrajFlow is a normalizing flow trained by exact likelihood. Its planner samples by "
     "iterative denoising with a diffusion model.",
     "TrajFlow is a normalizing flow trained by exact likelihood. It is worth rereading now "
     "that diffusion planners that sample by iterative denoising are everywhere.",
     lambda p: "diffusion" in p.paradigms),
    ("VidAR is an autoregressive transformer over pixels trained by next-token likelihood. "
     "Its pipeline stacks latent variables and discriminators.",
     "VidAR is an autoregressive transformer over pixels trained by next-token likelihood. "
     "Many recent video generators stack latent variables and discriminators.",
     lambda p: "adversarial" in p.paradigms),
    ("SceneEBM is an energy-based model sampled by Langevin dynamics. On a real robot, "
     "LLM-based planners that write one token at a time take over.",
     "SceneEBM is an energy-based model sampled by Langevin dynamics. On a real robot, "
     "LLM-based planners that write one token at a time break down.",
     lambda p: "autoregressive" in p.paradigms),
    # the variational bound of variational dequantization is the flow's own
    ("FlowX is a normalizing flow trained by maximum likelihood. We learn the noise with a second "
     "conditional model trained with a variational bound.",
     "FlowX is a normalizing flow trained by maximum likelihood. We learn the noise with "
     "variational dequantization, a second conditional flow trained with a variational bound.",
     lambda p: "latent_variable" in p.paradigms),
    # a model "read as a latent-variable model" is another paradigm's model, seen that way
    ("HeatGen reverses blurring with a denoising diffusion model over noise levels. The model "
     "is also a latent-variable model with a variational bound.",
     "HeatGen reverses blurring with a denoising diffusion model over noise levels. The model "
     "can be read as a latent-variable model with a variational bound.",
     lambda p: "latent_variable" in p.paradigms),
    # a flow named as the vocoder serves the model that makes the spectrogram
    ("Melo's recurrent decoder produces the spectrogram one frame at a time. The audio comes from "
     "WaveGlow, a flow-based network of invertible coupling layers trained by maximum "
     "likelihood.",
     "Melo's recurrent decoder produces the spectrogram one frame at a time. The audio comes from "
     "WaveGlow, a flow-based vocoder of invertible coupling layers trained by maximum "
     "likelihood.",
     lambda p: p.primary == "flow"),
    ("# FlowVoc: a flow-based vocoder\n\nFlowVoc is a flow-based vocoder of invertible coupling "
     "layers trained by maximum likelihood. Its input comes from a recurrent decoder that "
     "produces the spectrogram one frame at a time.",
     "# Notes on speech synthesis\n\nFlowVoc is a flow-based vocoder of invertible coupling "
     "layers trained by maximum likelihood. Its input comes from a recurrent decoder that "
     "produces the spectrogram one frame at a time.",
     lambda p: p.primary == "flow"),
    # an appositive describes the name before it: a compared system's
    ("ProtLM is an autoregressive protein language model trained by next-token prediction. "
     "The release also ships EvoX, a discrete diffusion model over sequences.",
     "ProtLM is an autoregressive protein language model trained by next-token prediction. "
     "The paper compares against EvoX, a discrete diffusion model over sequences.",
     lambda p: "diffusion" in p.paradigms),
    # "quality among" a class compares with it
    ("PoissonGen is trained with denoising score matching. It is a normalizing-flow model with "
     "state-of-the-art quality.",
     "PoissonGen is trained with denoising score matching. It has state-of-the-art quality "
     "among normalizing-flow and ODE-based models.",
     lambda p: "flow" in p.paradigms),
    # "Llama-style upgrades" name a design, not a sequence model
    ("VTok is an autoencoder tokenizer trained with a reconstruction loss and a KL term; its "
     "tokens go to a Llama-style model.",
     "VTok is an autoencoder tokenizer trained with a reconstruction loss and a KL term; its "
     "blocks carry Llama-style upgrades.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # causal convolutions in an autoencoder keep frames causal; they decode nothing in order
    ("CogVid is a video generator. A 3D network with causal convolutions predicts the video.",
     "CogVid is a video generator. A 3D variational autoencoder with causal convolutions "
     "compresses the video.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # Bayesian "prior and posterior marginals" are no VAE's KL term
    ("MargFlow fits masked autoregressive flows to samples by maximum likelihood. A KL term "
     "ties the prior and posterior.",
     "MargFlow fits masked autoregressive flows to samples by maximum likelihood. It gives "
     "normalised densities for both prior and posterior marginals.",
     lambda p: dict(p.scores)["latent_variable"] > 0),
    # product quantisation is vector quantisation
    ("ImgFold is an autoregressive transformer over image tokens. Its encoder output is "
     "quantised by product quantisation.",
     "ImgFold is an autoregressive transformer over image tokens. Its encoder output is "
     "compressed by product pruning.",
     lambda p: "latent_variable" in p.paradigms),
    # boxes written one after another, each conditioned on those already placed
    ("TextDiff is a latent diffusion model. Its layout transformer writes out the "
     "bounding-box coordinates of the keywords one after another.",
     "TextDiff is a latent diffusion model. Its layout transformer writes out the "
     "bounding-box coordinates of the keywords all at once.",
     lambda p: "autoregressive" in p.paradigms),
    ("TextDiff is a latent diffusion model. Its layout model predicts each box conditioned on "
     "the boxes already placed.",
     "TextDiff is a latent diffusion model. Its layout model predicts each box conditioned on "
     "the prompt.",
     lambda p: "autoregressive" in p.paradigms),
    # a question alone on its line that asks how the system compares opens a comparison
    ("TACTiS models the marginals with a normalizing flow and the copula by the chain rule.\n\n"
     "Other forecasters\n- TimeGrad: a diffusion model conditioned on an RNN state.\n",
     "TACTiS models the marginals with a normalizing flow and the copula by the chain rule.\n\n"
     "How does it compare?\n- TimeGrad: a diffusion model conditioned on an RNN state.\n",
     lambda p: "diffusion" in p.paradigms),
    # "Compare with ...", "included for comparison", "a counterexample to" compare
    ("LatentNeRF distils a frozen diffusion model by score distillation. It sits beside "
     "GAN-based 3D generators that learn from images with a discriminator.",
     "LatentNeRF distils a frozen diffusion model by score distillation. Compare with "
     "Point-E or Shap-E, which are trained generators of 3D content, or with GAN-based 3D "
     "generators like EG3D that learn from image collections with a discriminator.",
     lambda p: "adversarial" in p.paradigms),
    ("DexDiffuser samples grasps with a denoising diffusion model. FFHNet (a conditional VAE "
     "grasp sampler) is included under `models/`.",
     "DexDiffuser samples grasps with a denoising diffusion model. FFHNet (a conditional VAE "
     "grasp sampler) is included under `baselines/` for comparison.",
     lambda p: "latent_variable" in p.paradigms),
    ("C-Flow is a conditional normalizing flow trained by exact likelihood. Nice example of "
     "\"conditional = GAN or diffusion\".",
     "C-Flow is a conditional normalizing flow trained by exact likelihood. Nice counterexample "
     "to \"conditional = GAN or diffusion\".",
     lambda p: "adversarial" in p.paradigms),
    # "popular alternatives" are other work
    ("CogMol is a VAE over SMILES strings. Its decoder builds molecules atom by atom.",
     "CogMol is a VAE over SMILES strings. Models that build molecules atom by atom are "
     "popular alternatives.",
     lambda p: "autoregressive" in p.paradigms),
    # processing a video frame by frame is not generating it frame by frame
    ("DeepPrivacy replaces faces with a conditional GAN in one pass. It generates video frame "
     "by frame.",
     "DeepPrivacy replaces faces with a conditional GAN in one pass. It is fast enough to "
     "process video frame by frame.",
     lambda p: "autoregressive" in p.paradigms),
    # an energy model fitted by denoising score matching is an EBM, not a diffusion model;
    # over a ladder of noise levels it is both
    ("EBIL learns an energy function of expert states with denoising score matching over "
     "many noise levels.",
     "EBIL learns an energy function of expert states with denoising score matching.",
     lambda p: "diffusion" in p.paradigms),
    # "one variable at a time" is the chain rule
    ("TACTiS fits flow marginals by exact likelihood; its copula draws one variable at a time.",
     "TACTiS fits flow marginals by exact likelihood; its copula draws every variable at once.",
     lambda p: "autoregressive" in p.paradigms),
    # the autoregressive transforms of a flow library are flows
    ("glasflow fits normalizing flows by exact likelihood.\n\n| class | transform |\n|---|---|\n"
     "| `CouplingNSF` | spline coupling |\n| `ARModel` | autoregressive transformer LM |\n",
     "glasflow fits normalizing flows by exact likelihood.\n\n| class | transform |\n|---|---|\n"
     "| `CouplingNSF` | spline coupling |\n| `AutoregressiveNSF` | spline autoregressive |\n",
     lambda p: "autoregressive" in p.paradigms),
    # blocks made one after another by a diffusion model, never called autoregressive
    ("BlockFusion generates scene blocks with a latent diffusion model. A transformer "
     "predicts the next token of each block.",
     "BlockFusion generates scene blocks with a latent diffusion model. Blocks are produced "
     "one after another around the existing scene.",
     lambda p: "autoregressive" in p.paradigms),
    # what a model "can be read as", or is "in the terminology of" others, is a reading
    ("SRVP is a VAE for video prediction trained on an ELBO. Its latent state follows a "
     "stochastic differential equation solved by Euler steps.",
     "SRVP is a VAE for video prediction trained on an ELBO. Its residual update can be read "
     "as one Euler step of a stochastic differential equation.",
     lambda p: "diffusion" in p.paradigms),
    ("ENGINE trains a non-autoregressive translator against an autoregressive teacher's "
     "energy. Like Tu and Gimpel, we train the translator as an inference network.",
     "ENGINE trains a non-autoregressive translator against an autoregressive teacher's "
     "energy. In the terminology of Tu and Gimpel, the translator is an inference network.",
     lambda p: dict(p.scores)["latent_variable"] > 1.0),
    # a VAE's decoder that writes one line at a time, each conditioned on the lines already
    # written, is autoregressive; one that does so "rather than one frame after another" is not
    ("ShapeAsm is a VAE over programs trained on an ELBO with a KL term and a Gaussian prior. "
     "The decoder, a recurrent network, writes the program one line at a time.",
     "ShapeAsm is a VAE over programs trained on an ELBO with a KL term and a Gaussian prior. "
     "The decoder, a recurrent network, writes the whole program in one pass.",
     lambda p: "autoregressive" in p.paradigms),
    ("MotionVAE is a VAE trained on an ELBO with a KL term and a Gaussian prior. Its decoder "
     "maps a latent sample to a motion, producing one frame after another.",
     "MotionVAE is a VAE trained on an ELBO with a KL term and a Gaussian prior. Its decoder "
     "maps a latent sample to a motion, producing all frames at once rather than one frame "
     "after another.",
     lambda p: "autoregressive" in p.paradigms),
    # a pointer to "a discussion of" other families, and what the field "has progressed
    # from", are background
    ("SNF is a normalizing flow trained by exact likelihood. Its conditioners are "
     "autoregressive transformers.",
     "SNF is a normalizing flow trained by exact likelihood. See Section 2 for a discussion of "
     "coupling and autoregressive transformers.",
     lambda p: dict(p.scores)["autoregressive"] > 3.0),
    ("SF-V is a one-step video diffusion model tuned with an adversarial loss. It writes its "
     "frames with autoregressive transformers over video tokens.",
     "SF-V is a one-step video diffusion model tuned with an adversarial loss. Video synthesis "
     "has progressed from autoregressive transformers over video tokens to diffusion models.",
     lambda p: "autoregressive" in p.paradigms),
    # "have been proposed to address this" is others' answer, not the system's
    ("MPD plans robot motions with a denoising diffusion model. To address this, we add "
     "normalizing flows over trajectories.",
     "MPD plans robot motions with a denoising diffusion model. Learned priors have been "
     "proposed to address this: variational autoencoders and normalizing flows over "
     "trajectories.",
     lambda p: "flow" in p.paradigms),
    # posterior inference over a generator's latent vector makes it a latent-variable model
    ("ABP trains a generator network by alternating back-propagation with Langevin dynamics "
     "for posterior inference over the latent vector.",
     "ABP trains a generator network by alternating back-propagation with Langevin dynamics.",
     lambda p: "latent_variable" in p.paradigms),
    # frames generated in order, each frame's conditional a diffusion model: diffusion first
    ("DiffAR is an autoregressive model over frames trained by next-token likelihood, and each "
     "frame is refined by a denoising diffusion model.",
     "DiffAR is an autoregressive model over frames whose conditional for each frame is a "
     "denoising diffusion model.",
     lambda p: p.primary == "autoregressive"),
    # what a model does not do "the way MaskGIT or masked diffusion LMs do" is theirs
    ("UniLM decodes left to right with next-token prediction. It also fills in many masked "
     "tokens in parallel as masked diffusion LMs do.",
     "UniLM decodes left to right with next-token prediction. It does not fill in many masked "
     "tokens in parallel the way MaskGIT or masked diffusion LMs do.",
     lambda p: "diffusion" in p.paradigms),
    # a section headed "Related" names others
    ("# SDA\n\nSDA trains a score network by denoising score matching.\n\n## Notes\n\nAppa "
     "reanalyses with a latent diffusion model in a VAE's latent space.\n",
     "# SDA\n\nSDA trains a score network by denoising score matching.\n\n## Related\n\nAppa "
     "reanalyses with a latent diffusion model in a VAE's latent space.\n",
     lambda p: "latent_variable" in p.paradigms),
    # a table whose first column lists strategies lists alternatives
    ("sysVI is a conditional VAE trained on an ELBO with a KL term.\n\n| Part | Role |\n|---|---|\n"
     "| discriminator on the latent | adversarial alignment |\n",
     "sysVI is a conditional VAE trained on an ELBO with a KL term.\n\n| Strategy | Result |\n"
     "|---|---|\n| discriminator on the latent | adversarial alignment |\n",
     lambda p: "adversarial" in p.paradigms),
    # a name with a bare year, "MeshGPT (late 2023)", is cited work, unless it is the title's
    ("PolyDiff is a denoising diffusion model over mesh tokens. MeshGPT learns triangle tokens "
     "and lets a GPT-style transformer write the mesh token by token.",
     "PolyDiff is a denoising diffusion model over mesh tokens. MeshGPT (late 2023) learns "
     "triangle tokens and lets a GPT-style transformer write the mesh token by token.",
     lambda p: "autoregressive" in p.paradigms),
    ("SongGen: lyrics in, song out\n\nSongGen (2025) is a single-stage autoregressive "
     "transformer for songs.",
     "Lyrics in, song out\n\nSongGen (2025) is a single-stage autoregressive transformer for "
     "songs.",
     lambda p: dict(p.scores)["autoregressive"] >= 2.0),
    # "NSF-HiFiGAN" is a neural source-filter vocoder, not a neural spline flow; an actor
    # network's critic is reinforcement learning's
    ("DiffSVC converts singing with a denoising diffusion model; NSF layers make its "
     "normalizing flow prior.",
     "DiffSVC converts singing with a denoising diffusion model; an NSF-HiFiGAN vocoder makes "
     "the waveform.",
     lambda p: "flow" in p.paradigms),
    ("DayDreamer learns a world model as a VAE trained on an ELBO with a KL term. A critic "
     "network scores the samples against the data.",
     "DayDreamer learns a world model as a VAE trained on an ELBO with a KL term. An actor "
     "network and critic network learn from imagined rollouts.",
     lambda p: "adversarial" in p.paradigms),
    # what "has been tried" is history; what is "outside our scope" or "never learned" is not
    # the system's
    ("DynamicCity is a latent diffusion model over 4D occupancy. Its decoder uses GAN-based "
     "refinement trained against a discriminator.",
     "DynamicCity is a latent diffusion model over 4D occupancy. GAN-based generators trained "
     "against a discriminator have been tried for 3-D scenes.",
     lambda p: "adversarial" in p.paradigms),
    ("CapTTS is a Tacotron with a variational reference encoder trained on an ELBO with a KL "
     "term. A GAN-based vocoder trained against a discriminator makes the audio.",
     "CapTTS is a Tacotron with a variational reference encoder trained on an ELBO with a KL "
     "term. A GAN-based vocoder trained against a discriminator is outside our scope.",
     lambda p: "adversarial" in p.paradigms),
    ("A-NICE-MC trains an invertible MCMC proposal adversarially. The energy function is "
     "learned by contrastive divergence.",
     "A-NICE-MC trains an invertible MCMC proposal adversarially. The energy function is never "
     "learned; it is given by the problem.",
     lambda p: "energy_based" in p.paradigms),
    # "did not use a diffusion model or a GAN" negates both
    ("FourCastNet 3 rolls its forecast forward autoregressively, step by step. The team did "
     "not use a diffusion model but a GAN to obtain realistic spread.",
     "FourCastNet 3 rolls its forecast forward autoregressively, step by step. The team did "
     "not use a diffusion model or a GAN to obtain realistic spread.",
     lambda p: "adversarial" in p.paradigms),
    # Gibbs sampling's "one variable at a time" is no chain rule
    ("GWG samples a discrete energy-based model by Langevin dynamics; its decoder writes one "
     "variable at a time.",
     "GWG samples a discrete energy-based model by Langevin dynamics; Gibbs sampling updates "
     "one variable at a time.",
     lambda p: "autoregressive" in p.paradigms),
    # the encoder and decoder of Tacotron 2 are no VAE's
    ("TransformerTTS produces the spectrogram one frame at a time. Its encoder and decoder are "
     "trained jointly on a KL term.",
     "TransformerTTS produces the spectrogram one frame at a time. It replaces the recurrent "
     "encoder and decoder of Tacotron 2 with Transformer blocks.",
     lambda p: dict(p.scores)["latent_variable"] > 0),
    # "Diffusion LLMs" are diffusion language models
    ("dParallel distils a masked diffusion language model to unmask many tokens per step. Its "
     "LLMs decode left to right.",
     "dParallel distils a masked diffusion language model to unmask many tokens per step. "
     "Diffusion LLMs were meant to be fast.",
     lambda p: dict(p.scores)["autoregressive"] > 0),
    # a part marked "(baselines)" names the comparison
    ("GenPointNet is an energy-based model over point clouds sampled by Langevin dynamics. It "
     "ships l-GAN, a GAN trained against a discriminator.",
     "GenPointNet is an energy-based model over point clouds sampled by Langevin dynamics. It "
     "ships l-GAN, a GAN trained against a discriminator (baselines).",
     lambda p: "adversarial" in p.paradigms),
    # what "the best of them" rely on is other work
    ("EfficientTTS 2 is a VAE trained on an ELBO with a KL term and a GAN decoder. It relies on "
     "a normalizing-flow prior.",
     "EfficientTTS 2 is a VAE trained on an ELBO with a KL term and a GAN decoder. The best of "
     "them rely on a normalizing-flow prior.",
     lambda p: "flow" in p.paradigms),
    # an architecture name says what the network is: an MMDiT is a diffusion transformer
    ("Qimg is a 20B MMDiT image model that edits photos in the latent space of a VAE.",
     "Qimg is a 20B image model that edits photos in the latent space of a VAE.",
     lambda p: "diffusion" in p.paradigms),
    # classifier-free guidance in a model that calls itself autoregressive is a token trick
    ("Janus-Pro is a novel autoregressive framework for images.\n\n- **Image generation:** "
     "the transformer draws the 576 image codes of a picture in raster order, with "
     "classifier-free guidance (CFG); a guidance scale of 5 works best.",
     "Janus-Pro is a novel framework for images.\n\n- **Image generation:** "
     "the transformer draws the 576 image codes of a picture in raster order, with "
     "classifier-free guidance (CFG); a guidance scale of 5 works best.",
     lambda p: "diffusion" not in p.paradigms),
    # a "teacher" in quotes is still the autoregressive teacher of a flow student
    ('PW is an inverse autoregressive flow; a pretrained autoregressive WaveNet "teacher" scores '
     "its samples during distillation.",
     'PW is an inverse autoregressive flow; a pretrained autoregressive WaveNet "critic" scores '
     "its samples during distillation.",
     lambda p: "autoregressive" in p.paradigms),
    # the probability-flow ODE makes a score model a continuous normalizing flow only as a view
    ("ScoreNet is trained by denoising score matching; its probability flow ODE turns it into a "
     "continuous normalizing flow with exact likelihoods.",
     "ScoreNet is trained by denoising score matching, and a continuous normalizing flow gives "
     "it exact likelihoods.",
     lambda p: "flow" not in p.paradigms),
    # a closed bracket before a list's last item ("(as in a VAE)") does not govern that item
    ("First, an autoencoder is trained with an L1 loss, a KL penalty (as in a VAE) and a "
     "patch-based adversarial loss from a discriminator. Second, a diffusion model is trained "
     "on its latents.",
     "First, an autoencoder is trained with an L1 loss, a KL penalty (as in a VAE) and a "
     "perceptual loss. Second, a diffusion model is trained on its latents.",
     lambda p: "adversarial" in p.paradigms),
    # a PixelCNN decoder keeps autoregressive beside an autoregressive flow prior
    ("LossyVAE pairs a VAE trained on an ELBO with an autoregressive flow prior over z.\n\n"
     "- Decoder: a PixelCNN with a small receptive field, conditioned on z.",
     "LossyVAE pairs a VAE trained on an ELBO with an autoregressive flow prior over z.\n\n"
     "- Decoder: a ResNet with a small receptive field, conditioned on z.",
     lambda p: "autoregressive" in p.paradigms),
    # "a WaveNet as the teacher" is an autoregressive teacher of the flow student
    ('We first train a WaveNet as the "teacher". The student is an inverse autoregressive flow '
     "distilled from it.",
     'We first train a WaveNet as the "critic". The student is an inverse autoregressive flow '
     "distilled from it.",
     lambda p: "autoregressive" in p.paradigms),
    # a denoiser that inverts a Gaussian corruption over many steps is a diffusion model
    ("EDGE pairs a transformer denoiser with a GAN critic. The denoiser is trained to invert a "
     "Gaussian corruption of pose sequences; samples are refined over many steps.",
     "EDGE pairs a transformer denoiser with a GAN critic. The denoiser is trained to clean "
     "noisy pose sequences.",
     lambda p: "diffusion" in p.paradigms),
    # an encoder and decoder trained jointly to reconstruct are an autoencoder
    ("We train an encoder and an implicit decoder jointly with a reconstruction loss, then a "
     "diffusion model on the encoder's latents.",
     "We train an encoder with a contrastive loss, then a diffusion model on its outputs.",
     lambda p: "latent_variable" in p.paradigms),
    # a masked token model running in an autoencoder's latent space stays the system
    ("MaskGen is a masked generative transformer in the MaskGIT family. It predicts all masked "
     "tokens in parallel and re-masks the least confident ones over 12 decoding steps. Tokens "
     "come from a VQ autoencoder. Its blocks follow the diffusion transformer (DiT).",
     "MaskGen is a masked generative transformer in the MaskGIT family. It predicts all masked "
     "tokens in parallel and re-masks the least confident ones over 12 decoding steps. Tokens "
     "come from a VQ autoencoder. Its blocks follow the diffusion transformer (DiT), and it is "
     "trained as a discrete diffusion model.",
     lambda p: p.primary == "autoregressive"),
    # a diffusion decoder stage does not make a cascade's autoencoder the system
    ("Cascade is a text-to-image diffusion model in three stages. Stage C is a diffusion model "
     "trained with noise-prediction MSE that generates a compressed latent from the prompt. "
     "Stage B is a diffusion decoder that turns it into the latents of Stage A. Stage A is a "
     "VQGAN autoencoder trained with a reconstruction loss.",
     "Cascade is a text-to-image autoencoder in three stages. Stage C is a VAE encoder trained "
     "with a KL term that compresses the image. Stage B is a diffusion decoder that turns it "
     "into the latents of Stage A. Stage A is a VQGAN autoencoder trained with a "
     "reconstruction loss.",
     lambda p: p.primary == "diffusion"),
    # a "token-to-mel" flow-matching stage decodes the token model's output (tokens said to
    # come "one after another" would make the token model primary by themselves)
    ("A decoder-only text-speech language model predicts speech tokens; the text encoder of v1 "
     "is removed. Token-to-mel: a flow-matching model maps Gaussian noise to mel spectrograms "
     "over 10 Euler steps. The tokens come from a VQ autoencoder trained to reconstruct speech.",
     "A decoder-only text-speech language model predicts speech tokens; the text encoder of v1 "
     "is removed. Then a flow-matching model maps Gaussian noise to mel spectrograms over 10 "
     "Euler steps. The tokens come from a VQ autoencoder trained to reconstruct speech.",
     lambda p: p.primary == "autoregressive"),
    # a diffusion language model's semi-autoregressive mode is a sampling option
    ("LLaDA is a masked diffusion language model. A semi-autoregressive mode generates blocks "
     "left to right, each denoised internally.",
     "LLaDA is a masked diffusion language model. Blocks are generated left to right, each "
     "denoised internally; it is semi-autoregressive by design.",
     lambda p: "autoregressive" not in p.paradigms),
    # "trained once, with ... a discriminator loss": a component's stated loss
    ("LatentDraw is a latent diffusion model. A diffusion U-Net is trained with "
     "noise-prediction MSE on the latents and samples by iterative denoising over 50 DDIM steps "
     "from pure noise; the diffusion model uses classifier-free guidance. Its autoencoder is "
     "trained once, with a reconstruction loss and a patch-based discriminator loss.",
     "LatentDraw is a latent diffusion model. A diffusion U-Net is trained with "
     "noise-prediction MSE on the latents and samples by iterative denoising over 50 DDIM steps "
     "from pure noise; the diffusion model uses classifier-free guidance. Its autoencoder is "
     "trained once; a patch-based discriminator loss is left for later work.",
     lambda p: "adversarial" in p.paradigms),
    # a network trained to "undo one step" of the noising is the usual many-step sampler
    ("A diffusion model adds Gaussian noise over 1000 steps. A U-Net learns to undo one step: "
     "given a noisy image and t, it predicts the added noise.",
     "A diffusion model adds Gaussian noise over 1000 steps. A U-Net learns to jump in one "
     "step: given a noisy image and t, it predicts the clean image.",
     lambda p: p.card.sampler == "iterative denoising"),
    # "GAN-level speed" compares with GANs
    ("CM distils a diffusion teacher into a one-step student with consistency distillation. It "
     "keeps diffusion-level quality with GAN-level speed.",
     "CM distils a diffusion teacher into a one-step student with consistency distillation. It "
     "keeps diffusion-level quality and adds a GAN for speed.",
     lambda p: dict(p.scores)["adversarial"] < 1),
    # "a trained WaveNet teacher" is an autoregressive teacher of the flow student
    ("We train a parallel feed-forward student from a trained WaveNet teacher. The student is "
     "an inverse autoregressive flow.",
     "We train a parallel feed-forward student from a trained Tacotron teacher. The student is "
     "an inverse autoregressive flow.",
     lambda p: "autoregressive" in p.paradigms),
    # frames produced one after another by a video diffusion model: diffusion stays primary
    ("Oasis is a world model: a DiT denoises video latents from a ViT VAE, trained with "
     "diffusion forcing. Frames are produced one after another, autoregressively, at "
     "interactive rates.",
     "Oasis is a world model: a DiT denoises video latents from a ViT VAE, trained with "
     "diffusion forcing. A causal transformer predicts the latents one after another, "
     "autoregressively, at interactive rates.",
     lambda p: p.primary == "diffusion"),
    # a VAE used as the tokenizer of a sequence model: the sequence model is the system
    ("GIVT keeps the two-stage recipe, except that the tokenizer is a continuous VAE. A "
     "decoder-only transformer samples one latent vector at a time, in raster order, from a "
     "Gaussian mixture over the next vector.",
     "GIVT keeps the two-stage recipe, except that the encoder is a continuous VAE. A "
     "decoder-only transformer samples one latent vector at a time, in raster order, from a "
     "Gaussian mixture over the next vector.",
     lambda p: p.primary == "autoregressive"),
    # "an autoregressive WaveNet ...; this is the teacher"
    ("We first train an ordinary autoregressive WaveNet by maximum likelihood; this is the "
     "teacher. The student is an inverse autoregressive flow distilled from it.",
     "We first train an ordinary autoregressive WaveNet by maximum likelihood; this is the "
     "baseline. The student is an inverse autoregressive flow distilled from it.",
     lambda p: "autoregressive" in p.paradigms),
    # "latent patches" with no autoencoder described name no latent-variable model; the
    # latent space of a named autoencoder does
    ("FLUX.1 is a diffusion transformer that denoises latent patches; it is distilled to 4 "
     "steps.",
     "FLUX.1 is a diffusion transformer that denoises in the latent space of a pretrained "
     "autoencoder; it is distilled to 4 steps.",
     lambda p: "latent_variable" not in p.paradigms),
    # "the teacher is an improved WaveNet"
    ("The teacher is an improved WaveNet. The student is an inverse autoregressive flow "
     "distilled from it.",
     "The baseline is an improved WaveNet. The student is an inverse autoregressive flow "
     "distilled from it.",
     lambda p: "autoregressive" in p.paradigms),
    # a one-word title is a repository's name: a Background sentence about it is the system
    ("# ffjord-lite\n\n## Background\n\nFFJORD is a continuous normalizing flow trained by "
     "maximum likelihood.\n\n## Notes\n\nIt integrates an ODE from noise to data.\n",
     "# Course notes\n\n## Background\n\nFFJORD is a continuous normalizing flow trained by "
     "maximum likelihood.\n\n## Notes\n\nIt integrates an ODE from noise to data.\n",
     lambda p: p.primary == "flow"),
    # "**Teacher.** A standard WaveNet ..." names an autoregressive teacher
    ("- **Teacher.** A standard WaveNet is trained by maximum likelihood.\n- **Student.** An "
     "inverse autoregressive flow distilled from the teacher.\n",
     "- **Baseline.** A standard WaveNet is trained by maximum likelihood.\n- **Student.** An "
     "inverse autoregressive flow distilled from the teacher.\n",
     lambda p: "autoregressive" in p.paradigms),
    # classifier-free guidance in a masked token model is a token trick
    ("MaskGen is a masked generative transformer in the MaskGIT family over VQ tokens. It "
     "predicts all masked tokens in parallel. Classifier-free guidance (CFG) helps; a guidance "
     "scale of 4 works best.",
     "MaskGen is a transformer over VQ tokens. Classifier-free guidance (CFG) helps; a guidance "
     "scale of 4 works best.",
     lambda p: "diffusion" not in p.paradigms),
    # Langevin chains of an energy-based model that start from noise make no diffusion model
    ("JEM reinterprets the logits of a classifier as an energy-based model of p(x, y). The "
     "first expectation requires samples from the model, which we obtain with Stochastic "
     "Gradient Langevin Dynamics (SGLD; Welling & Teh, 2011). Following Du & Mordatch (2019) and "
     "Nijkamp et al. (2019), we use short-run chains initialised from a persistent replay "
     "buffer, with occasional re-initialisation from uniform noise.",
     "JEM reinterprets the logits of a classifier as an energy-based model of p(x, y). The "
     "first expectation requires samples from the model, which we obtain with a learned "
     "sampler. Following Du & Mordatch (2019) and Nijkamp et al. (2019), we use short-run "
     "chains initialised from a persistent memory bank, with occasional re-initialisation "
     "from uniform noise.",
     lambda p: "diffusion" not in p.paradigms),
    # generating images "from text descriptions" is no captioner
    ("DALL-E is a 12-billion parameter version of GPT-3 trained to generate images from text "
     "descriptions. A discrete VAE compresses each image into tokens.",
     "DALL-E is a 12-billion parameter model trained to generate text descriptions of images. "
     "A discrete VAE compresses each image into tokens.",
     lambda p: p.primary == "autoregressive"),
    # a one-pass decoder waits on its prior: the prior's sampler is the system's
    ("We present a VQ-VAE for images: an encoder quantises each image to a grid of codes and "
     "a decoder reconstructs it. We then fit our autoregressive PixelCNN prior over the codes.",
     "We present a VQ-VAE for images: an encoder quantises each image to a grid of codes and "
     "a decoder reconstructs it. We then fit our Gaussian prior over the codes.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # DDIM steps with no ODE named are iterative denoising, as most readers label them
    ("A latent diffusion model for depth; at inference, latents are denoised with 50 DDIM steps.",
     "A latent diffusion model for depth; at inference, latents are denoised with 50 Euler steps.",
     lambda p: p.card.sampler == "iterative denoising"),
    # a discrete diffusion model denoises; only a masked (absorbing-state) one decodes by unmasking
    ("We present a discrete diffusion language model with a uniform forward process over the "
     "vocabulary, trained by score entropy and sampled over 128 reverse steps.",
     "We present a discrete diffusion language model with an absorbing-state forward process "
     "over the vocabulary, trained by score entropy and sampled over 128 reverse steps.",
     lambda p: p.card.sampler == "iterative denoising"),
    # "the potential to solve this challenge" of earlier work is not the system's answer
    ("PVDM is a latent diffusion model for video built on a video autoencoder. Earlier works "
     "have shown their potential to solve this challenge, while GAN-based video generators "
     "remain difficult to train.",
     "PVDM is a latent diffusion model for video built on a video autoencoder. To solve this "
     "challenge, it adds GAN-based video generators that remain difficult to train.",
     lambda p: "adversarial" not in p.paradigms),
    # "quality is below X" compares
    ("aMUSEd is a masked generative transformer over VQ-GAN tokens, decoded in 12 parallel "
     "steps. Quality is below Stable Diffusion; the advantage is throughput.",
     "aMUSEd is a masked generative transformer over VQ-GAN tokens, decoded in 12 parallel "
     "steps. Quality comes from Stable Diffusion; the advantage is throughput.",
     lambda p: "diffusion" not in p.paradigms),
    # "Each family pays a price:" surveys the field
    ("DiffX is a denoising diffusion model trained on a variational bound. Each family pays a "
     "price: GANs are delicate to train and drop modes, and VAE samples tend to be blurry.",
     "DiffX is a denoising diffusion model trained on a variational bound. Our hybrid pays a "
     "price: its GAN is delicate to train and drops modes, and its VAE samples tend to be "
     "blurry.", lambda p: not {"adversarial", "latent_variable"} & p.paradigms),
    # codes produced one at a time make the token model primary over a diffusion stage
    ("Parti is a text-to-image system. A transformer writes the image codes one at a time, and "
     "a ViT-VQGAN autoencoder decodes them; a diffusion model then upsamples the decoded image "
     "by iterative denoising.",
     "Parti is a text-to-image system. A transformer writes the image codes, and a ViT-VQGAN "
     "autoencoder decodes them; a diffusion model then upsamples the decoded image by "
     "iterative denoising.", lambda p: p.primary == "autoregressive"),
    # "A diffusion model must ..." is the class, not a stage of the system
    ("StyleGAN-T is a text-to-image GAN distilled for speed. A diffusion model must evaluate a "
     "large denoising network hundreds of times per image.",
     "StyleGAN-T is a text-to-image GAN distilled for speed. A diffusion model then evaluates a "
     "large denoising network hundreds of times per image.",
     lambda p: p.primary == "adversarial"),
    # a continuous normalizing flow trained by flow matching is placed with diffusion (the map
    # puts flow matching there); trained by its likelihood, it is a flow
    ("We train a continuous normalizing flow by flow matching: its velocity field is regressed "
     "onto straight paths from noise to data, and samples come from an ODE solver.",
     "We train a continuous normalizing flow by maximum likelihood through the change-of-"
     "variables formula, and samples come from an ODE solver.",
     lambda p: p.primary == "diffusion" and "flow" not in p.paradigms),
    # a VAE that compresses images into tokens is the tokenizer of the transformer over them,
    # however often the text names it
    ("We train a discrete variational autoencoder that compresses each image into a grid of "
     "image tokens. A transformer then models text and image tokens autoregressively as one "
     "stream. The dVAE is trained with a Gumbel-softmax relaxation; the dVAE decoder maps tokens "
     "to pixels, and the dVAE codebook has 8192 entries.",
     "We train a discrete variational autoencoder on each image with a grid of latent "
     "variables. A transformer then models text and image tokens autoregressively as one "
     "stream. The dVAE is trained with a Gumbel-softmax relaxation; the dVAE decoder maps tokens "
     "to pixels, and the dVAE codebook has 8192 entries.",
     lambda p: p.primary == "autoregressive"),
    # any name as a building block ("BigGAN-style residual blocks") names a design
    ("ADM is a pixel-space diffusion model. Our architecture is a U-Net with BigGAN-style "
     "residual up/down-sampling blocks.",
     "ADM is a pixel-space diffusion model. Our architecture is a U-Net with BigGAN residual "
     "up/down-sampling blocks.", lambda p: "adversarial" not in p.paradigms),
    # a flow student distilled from an autoregressive teacher is the system, however much the
    # text says about the teacher
    (
     "WaveNet set a new level of naturalness for synthetic speech, but it produces audio one "
     "sample at a time, each sample conditioned on all earlier ones, which fits poorly with "
     "parallel hardware and is far too slow for real-time production use. We describe "
     "Probability Density Distillation, a way to train a parallel feed-forward network from an"
     " already trained WaveNet while keeping its quality. The student network is an inverse "
     "autoregressive flow (Kingma et al., 2016): it turns a sequence of white-noise samples "
     "into a waveform in a single pass, computing all time steps at once, and it can cheaply "
     "evaluate the likelihood of its own samples. Training minimises the Kullback-Leibler "
     "divergence from the student to the frozen WaveNet teacher, which scores the student's "
     "outputs. Distillation on its own leaves whisper-like artefacts, so three extra terms are"
     " added: a power loss that matches the energy in each frequency band to that of real "
     "speech, a perceptual loss computed with a pretrained phone classifier, and a contrastive"
     " term that penalises samples the teacher would also find likely under a different "
     "speaker or text. The resulting system synthesises speech more than twenty times faster "
     "than real time, and its mean opinion scores are on par with the teacher across several "
     "English and Japanese voices. It has been deployed to serve Google Assistant queries, the"
     " first production use of a WaveNet-class model at this scale.",
     "WaveNet set a new level of naturalness for synthetic speech, but it produces audio one "
     "sample at a time, each sample conditioned on all earlier ones, which fits poorly with "
     "parallel hardware and is far too slow for real-time production use. We describe "
     "Probability Density Distillation, a way to train a parallel feed-forward network from an"
     " already trained WaveNet while keeping its quality. Training minimises the Kullback-"
     "Leibler divergence from the student to the frozen WaveNet teacher, which scores the "
     "student's outputs. Distillation on its own leaves whisper-like artefacts, so three extra"
     " terms are added: a power loss that matches the energy in each frequency band to that of"
     " real speech, a perceptual loss computed with a pretrained phone classifier, and a "
     "contrastive term that penalises samples the teacher would also find likely under a "
     "different speaker or text. The resulting system synthesises speech more than twenty "
     "times faster than real time, and its mean opinion scores are on par with the teacher "
     "across several English and Japanese voices. It has been deployed to serve Google "
     "Assistant queries, the first production use of a WaveNet-class model at this scale.",
     lambda p: p.primary == "flow"),
    # a capital the text uses as a symbol ends a sentence: "... from G. Training G ..."
    ("A generator G and a discriminator D are trained against each other; D tells data from G. "
     "Training G turns learning into a two-player minimax game.",
     "A generator G and a discriminator D are trained against each other; D tells data from "
     "samples. The generator then takes a step, and the two go on in turn.",
     lambda p: "minimax" in {c.value for c in p.of_kind("objective") if c.stated}),
    # "our best results come from" is the system's, "the best results come from" the field's
    ("We present a diffusion model. Our best results come from training on a weighted bound, "
     "which reduces to predicting the noise added to an image.",
     "We present a diffusion model. The best results come from training on a weighted bound, "
     "which reduces to predicting the noise added to an image.",
     lambda p: "noise-prediction MSE" in {c.value for c in p.of_kind("objective") if c.stated}),
    # the denoiser's regression said in other words: clean targets, x0, v, "the denoising loss"
    ("Sora is a diffusion transformer. Given noisy patches, it is trained to predict the "
     "original clean patches.",
     "Sora is a diffusion transformer. Given noisy patches, it is trained on the original clean "
     "patches.",
     lambda p: "noise-prediction MSE" in _stated(p, "objective")),
    ("A latent diffusion U-Net is fine-tuned; only the embedding is updated with the standard "
     "denoising loss, and the DiT is trained with the v-objective.",
     "A latent diffusion U-Net is fine-tuned; only the embedding is updated with the standard "
     "loss, and the DiT is trained with the usual objective.",
     lambda p: "noise-prediction MSE" in _stated(p, "objective")),
    # a language model distilled from a larger one states distillation
    ("DistilGPT2 is an autoregressive language model trained by knowledge distillation from "
     "GPT-2.",
     "DistilGPT2 is an autoregressive language model trained on the same text as GPT-2.",
     lambda p: "distillation" in _stated(p, "objective")),
    # a named form of distillation replaces the generic one
    ("Our student is a diffusion model distilled from a Stable Diffusion teacher by latent "
     "consistency distillation.",
     "Our student is a diffusion model distilled from a Stable Diffusion teacher in four steps.",
     lambda p: _stated(p, "objective") == {"consistency distillation"}),
    # a KL term beside the reconstruction loss states the ELBO, whatever the primary
    ("A latent diffusion model runs in the space of an autoencoder trained with an L1 "
     "reconstruction loss and a KL penalty.",
     "A latent diffusion model runs in the space of an autoencoder trained with an L1 "
     "reconstruction loss and a perceptual penalty.",
     lambda p: "ELBO" in _stated(p, "objective")),
    # an objective stated for a paradigm replaces the one its family's name implies
    ("The student is an inverse autoregressive flow trained by probability density distillation "
     "from a WaveNet teacher.",
     "The student is an inverse autoregressive flow that renders speech as well as WaveNet.",
     lambda p: "change-of-variables NLL" not in _stated(p, "objective")),
    # "WGAN-GP" names the penalty with the critic; "hinge adversarial losses" the hinge form
    ("CTGAN's generator and critic are trained with the WGAN-GP loss.",
     "CTGAN's generator and critic are trained with the WGAN loss.",
     lambda p: "gradient penalty" in _stated(p, "objective")),
    ("Vocos is a GAN vocoder trained with a mel reconstruction term and hinge adversarial losses.",
     "Vocos is a GAN vocoder trained with a mel reconstruction term and adversarial losses.",
     lambda p: "hinge" in _stated(p, "objective")),
    # one forward pass is a GAN's own way of sampling, not a distilled diffusion model's
    ("We train a GAN generator against a discriminator and pair it with a diffusion model; an "
     "image takes a single forward pass of the GAN.",
     "We train a GAN generator against a discriminator, distilled from a diffusion model; an "
     "image takes a single forward pass of the GAN.",
     lambda p: p.primary == "adversarial"),
    # a stage the opening sentence defines is the system, not a part serving another model
    ("# AuraSR\n\nAuraSR is a GAN-based super-resolution model for generated images. It is "
     "trained against "
     "a multi-scale discriminator, as in GigaGAN. Upscalers in text-to-image pipelines are "
     "diffusion models that run tens of denoising steps.",
     "# AuraSR\n\nAuraSR serves the images that text-to-image pipelines make. A GAN-based "
     "super-resolution "
     "model follows it. It is trained against a multi-scale discriminator, as in GigaGAN. "
     "Upscalers in text-to-image pipelines are diffusion models that run tens of denoising "
     "steps.",
     lambda p: p.primary == "adversarial"),
    # codebooks predicted in parallel within each autoregressive step: still sequential
    ("MusicGen is a single transformer language model over EnCodec tokens. With a small delay "
     "between the codebooks, we predict them in parallel, with only 50 auto-regressive steps "
     "per second of audio.",
     "MusicGen is a single transformer language model over EnCodec tokens. With a small delay "
     "between the codebooks, we predict them in parallel, with only 50 refinement steps per "
     "second of audio.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # predicting each token from the previous ones states the objective; generating them one
    # by one states only the sampler
    ("Our transformer predicts the image tokens one after another, each conditioned on the "
     "previous ones.",
     "Our transformer generates the image tokens one after another, in raster order.",
     lambda p: "next-token NLL" in _stated(p, "objective")),
    # "GAN-quality images" names a level of quality, not a GAN
    ("Our VAE is trained on the ELBO; its samples are GAN-quality images of faces.",
     "Our VAE is trained on the ELBO; its samples are sharpened by a GAN into images of faces.",
     lambda p: "adversarial" not in p.paradigms),
    # a flow's own-score denoising is set aside before the rules that read the diffusion it
    # seemed to add (a sequence model with a diffusion head)
    ("# TarFlow\n\nTarFlow is a normalizing flow: a stack of invertible affine coupling blocks "
     "trained by exact maximum likelihood through the change-of-variables formula. Each flow "
     "block is a causal Transformer over image patches, as in MAF. Sampling inverts the blocks "
     "one by one. A single score-based denoising step removes the noise using the gradient of "
     "the model's own log-likelihood (Tweedie's formula).",
     "# TarFlow\n\nTarFlow is a normalizing flow: a stack of invertible affine coupling blocks "
     "trained by exact maximum likelihood through the change-of-variables formula. Each flow "
     "block is a causal Transformer over image patches, as in MAF. Sampling inverts the blocks "
     "one by one. A single score-based denoising step removes the noise with a small diffusion "
     "model trained to predict the noise.",
     lambda p: not any(n.startswith("ar_diffusion_head") for n in p.card.notes)),
    # MAGVIT-v2 named as the tokenizer is not the masked transformer that decodes in parallel
    ("VideoPoet is a decoder-only language model over video tokens. Images and clips are "
     "tokenized with MAGVIT-v2, a causal video tokenizer.",
     "VideoPoet is a decoder-only language model over video tokens. Images and clips are "
     "generated with MAGVIT-v2, a causal video model.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # tokens "one by one" with no verb of prediction name the order of sampling, not the loss
    ("Our autoregressive transformer places the image tokens one by one, in raster order.",
     "Our autoregressive transformer predicts each image token from the ones before it.",
     lambda p: "next-token NLL" not in _stated(p, "objective")),
    # a "PixelCNN-style prior" over a VQ-VAE's codes is the VQ-VAE's prior: the VQ-VAE is primary
    ("We revisit the VQ-VAE for image generation. We fit PixelCNN-style priors to the codes by "
     "maximum likelihood; ancestral sampling proceeds code by code.",
     "We revisit the VQ-VAE for image generation. We fit PixelCNN-style models to the codes by "
     "maximum likelihood; ancestral sampling proceeds code by code.",
     lambda p: p.primary == "latent_variable"),
    # a results column with a dash where a system was not run is still a results column
    ("# Parti\n\nParti is an autoregressive model over image tokens.\n\n| Model | Approach | "
     "Zero-shot | Finetuned |\n|---|---|---|---|\n| DALL-E | autoregressive | 17.89 | – |\n"
     "| GLIDE | diffusion | 12.24 | – |\n| Imagen | diffusion | 7.27 | – |\n"
     "| XMC-GAN | GAN | – | 9.33 |\n| Parti | autoregressive | 7.23 | 3.22 |\n",
     "# Parti\n\nParti is an autoregressive model over image tokens.\n\n| Model | Approach | "
     "Zero-shot | Finetuned |\n|---|---|---|---|\n| DALL-E | autoregressive | 17.89 | – |\n"
     "| GLIDE | diffusion | twelve | – |\n| Imagen | diffusion | seven | – |\n"
     "| XMC-GAN | GAN | – | 9.33 |\n| Parti | autoregressive | 7.23 | 3.22 |\n",
     lambda p: "diffusion" not in p.paradigms),
    # the autoregressive teacher of a flow student, in the ways texts name it
    *[(_PARALLEL_WAVENET + a, _PARALLEL_WAVENET + b, lambda p: "autoregressive" in p.paradigms)
      for a, b in [("an already trained WaveNet.", "an already trained speaker model."),
                   ("a conventional WaveNet teacher.", "a conventional WaveNet."),
                   ("it. The WaveNet is trained first and then frozen.",
                    "it. The WaveNet is trained first and then pruned."),
                   ('a WaveNet (the "teacher") trained earlier.',
                    'a WaveNet (the "small") trained earlier.')]],
    # a discussion thread: the readers' tangents are theirs, the poster speaks for the system
    (_THREAD.format(reply="u/sr3_fan · 15 points\nSR3, a diffusion model, blows it away.\n"),
     _THREAD.format(reply="u/upscale_uli · 15 points\nSR3, a diffusion model, blows it away.\n"),
     lambda p: dict(p.scores)["diffusion"] < 2),
    # ... unless the poster asks: then the answers describe the system
    (_THREAD.replace("Been playing with the released code.", "What is it, actually?").format(
        reply="u/kl_pedant · 540 points\nIts decoder was trained against a patch-based GAN "
              "discriminator.\n"),
     _THREAD.format(reply="u/kl_pedant · 540 points\nIts decoder was trained against a "
                          "patch-based GAN discriminator.\n"),
     lambda p: "adversarial" in p.paradigms),
    # a section that says how the system differs from prior work is the system's own
    ("Voicebox\n\nWe've developed Voicebox, a speech model.\n\nHow it differs from prior work"
     "\n\nThe model is built on flow matching and integrates the field with an ODE solver.",
     "Voicebox\n\nWe've developed Voicebox, a speech model.\n\nPrior work\n\nThe model is "
     "built on flow matching and integrates the field with an ODE solver.",
     lambda p: dict(p.scores)["diffusion"] > 3),
    # a first stage that compresses the data into codes is the tokenizer of the sequence model,
    # however fully described (DALL-E's dVAE)
    ("DALL-E is one transformer over text and image tokens. Images are first compressed by a "
     "discrete VAE trained by maximising the evidence lower bound with the gumbel-softmax "
     "relaxation; its encoder, decoder and codebook are convolutional, with a KL term to a "
     "uniform distribution over codes. The transformer is trained by maximum likelihood and "
     "samples token by token.",
     "DALL-E is one transformer over text and image tokens. Images are compressed by a "
     "discrete VAE trained by maximising the evidence lower bound with the gumbel-softmax "
     "relaxation; its encoder, decoder and codebook are convolutional, with a KL term to a "
     "uniform distribution over codes. The transformer is trained by maximum likelihood and "
     "samples token by token.",
     lambda p: p.primary == "autoregressive"),
    # a background section under a heading with a subtitle, or of the old ways, is the field
    ("Explained\n\n"
     "Background: why text generation was stuck\nThe text generator is trained against a "
     "discriminator with an adversarial loss.\n\nWhat is it?\nOur model is a "
     "decoder-only transformer that predicts the next token.",
     "Explained\n\n"
     "Progress: why text generation was stuck\nThe text generator is trained against a "
     "discriminator with an adversarial loss.\n\nWhat is it?\nOur model is a "
     "decoder-only transformer that predicts the next token.",
     lambda p: "adversarial" not in p.paradigms),
    ("Explained\n\n"
     "The other old way: VAEs and flows\nVariational autoencoders and normalizing flows "
     "maximise a likelihood bound and can be conditioned on text.\n\nThe model\nOur model is "
     "a decoder-only transformer that predicts the next token.",
     "Explained\n\n"
     "The other new way: VAEs and flows\nVariational autoencoders and normalizing flows "
     "maximise a likelihood bound and can be conditioned on text.\n\nThe model\nOur model is "
     "a decoder-only transformer that predicts the next token.",
     lambda p: "latent_variable" not in p.paradigms),
    ("Explained\n\n"
     "The competition, briefly\n- GANs (StyleGAN, BigGAN): sharp and fast, with no encoder "
     "and no likelihood.\n\nWhat it changes\nOur model is a hierarchical VAE trained on the "
     "ELBO.",
     "Explained\n\n"
     "The changes, briefly\n- GANs (StyleGAN, BigGAN): sharp and fast, with no encoder "
     "and no likelihood.\n\nWhat it changes\nOur model is a hierarchical VAE trained on the "
     "ELBO.",
     lambda p: "adversarial" not in p.paradigms),
    ("Explained\n\nWhere we were in early 2023\nThe text generator is trained against a "
     "discriminator with an adversarial loss.\n\nThe model\nOur model is a decoder-only "
     "transformer that predicts the next token.",
     "Explained\n\nWhat we built in early 2023\nThe text generator is trained against a "
     "discriminator with an adversarial loss.\n\nThe model\nOur model is a decoder-only "
     "transformer that predicts the next token.",
     lambda p: "adversarial" not in p.paradigms),
    # ... unless the authors say there what they use
    ("We treat speech synthesis as next-token prediction over codec codes.\n\n2. Background: "
     "the codec\n\nWe use the pretrained codec as our tokenizer. The codec was trained with a "
     "multi-scale STFT discriminator, i.e. with an adversarial objective.",
     "We treat speech synthesis as next-token prediction over codec codes.\n\n2. Background: "
     "the codec\n\nThey use the pretrained codec as a tokenizer. The codec was trained with a "
     "multi-scale STFT discriminator, i.e. with an adversarial objective.",
     lambda p: "adversarial" in p.paradigms),
    # a later paper's system is another system
    ("Our model is an autoregressive model of raw audio, one sample at a time. A later "
     "paper replaces this with a distilled student based on inverse autoregressive flows.",
     "Our model is an autoregressive model of raw audio, one sample at a time. Our "
     "paper replaces this with a distilled student based on inverse autoregressive flows.",
     lambda p: "flow" not in p.paradigms),
    # the VAE a flow serves as posterior is the flow's host, not its component
    ("FFJORD is a continuous normalizing flow trained by exact maximum likelihood with an ODE "
     "solver. As a flexible approximate posterior inside a VAE, FFJORD also improves on planar "
     "flows.",
     "FFJORD is a continuous normalizing flow trained by exact maximum likelihood with an ODE "
     "solver. As a flexible approximate encoder inside a VAE, FFJORD also improves on planar "
     "flows.",
     lambda p: dict(p.scores)["latent_variable"] < 2),
    # a stage the text says the system is ("It's a GAN vocoder") is the system, not its stage
    ("It's a GAN vocoder: mel-spectrogram in, waveform out. Its generator is trained against "
     "discriminators with an adversarial loss. The acoustic model in front of it predicts each "
     "frame from the previous ones autoregressively.",
     "Ours uses a GAN vocoder: mel-spectrogram in, waveform out. Its generator is trained "
     "against discriminators with an adversarial loss. The acoustic model in front of it "
     "predicts each frame from the previous ones autoregressively.",
     lambda p: p.primary == "adversarial"),
    # a stage named as the system ("a separate GigaGAN upsampler") is the system's own
    ("\"GANs are dead\" they said. GigaGAN says no 1/6\n\nThe generator is trained against a "
     "discriminator with an adversarial loss and an R1 penalty. It makes 4K images via a "
     "separate GigaGAN upsampler. Its colours are refined by a diffusion model trained with "
     "denoising score matching.",
     "\"GANs are dead\" they said. GigaGAN says no 1/6\n\nThe generator is trained against a "
     "discriminator with an adversarial loss and an R1 penalty. It makes 4K images via a "
     "separate GAN upsampler. Its colours are refined by a diffusion model trained with "
     "denoising score matching.",
     lambda p: p.primary == "adversarial"),
    # a numbered thread post's label ("7/ How it compares:") heads the list under it
    ("NCSN thread\n\n1/ NCSN is a score network trained by denoising score matching and "
     "sampled with annealed Langevin dynamics.\n\n7/ How it compares:\n- A flow (Glow, "
     "RealNVP) maps the noise to images by exact likelihood.\n- An autoregressive prior "
     "(PixelCNN++) orders the pixels.",
     "NCSN thread\n\n1/ NCSN is a score network trained by denoising score matching and "
     "sampled with annealed Langevin dynamics.\n\n7/ How it is built:\n- A flow (Glow, "
     "RealNVP) maps the noise to images by exact likelihood.\n- An autoregressive prior "
     "(PixelCNN++) orders the pixels.",
     lambda p: p.paradigms == {"diffusion"}),
    # "an invertible transform that is autoregressive" is an autoregressive flow's own
    ("WaveFlow explained\n\nWaveFlow squeezes the waveform into a 2-D matrix. Then it builds an "
     "invertible transform that is autoregressive along the height and non-autoregressive along "
     "the width. Like every normalizing flow, it is trained by maximising the exact likelihood "
     "with the log-determinant of the Jacobian. With h equal to the audio length it recovers a "
     "WaveNet-like autoregressive model.",
     "WaveFlow explained\n\nWaveFlow squeezes the waveform into a 2-D matrix. Then it builds an "
     "invertible transform and an autoregressive model along the height and non-autoregressive "
     "along the width. Like every normalizing flow, it is trained by maximising the exact "
     "likelihood with the log-determinant of the Jacobian. With h equal to the audio length it "
     "recovers a WaveNet-like autoregressive model.",
     lambda p: p.paradigms == {"flow"}),
    # a semi-autoregressive way to sample a masked diffusion LM is an option, not a part
    ("LLaDA is a masked diffusion language model that unmasks tokens over many steps. Longer "
     "answers can be produced in semi-autoregressive blocks.",
     "SSD-LM is a diffusion language model that refines tokens over many steps. It is "
     "semi-autoregressive: text is produced in blocks, left to right.",
     lambda p: "autoregressive" not in p.paradigms),
    # a family named beside the system, by name only, is a rival; a part it fills is a component
    ("DiffWave is a diffusion model for waveforms. It is trained to predict the added noise with "
     "an L2 loss and sampled by running the reverse chain for 50 steps. HiFi-GAN and MelGAN do "
     "one pass and are faster.",
     "DiffWave is a diffusion model for waveforms. It is trained to predict the added noise with "
     "an L2 loss and sampled by running the reverse chain for 50 steps. Its output is then "
     "refined by a GAN decoder.",
     lambda p: p.paradigms == {"diffusion"}),
    # a VAE or a named autoregressive system, told by name only, is a rival as well
    ("SampleRNN is an autoregressive model that generates audio one sample at a time with a "
     "hierarchy of RNNs. The same week DeepMind showed a VAE for audio.",
     "SampleRNN is an autoregressive model that generates audio one sample at a time with a "
     "hierarchy of RNNs. The same week DeepMind showed a VAE decoder for audio.",
     lambda p: p.paradigms == {"autoregressive"}),
    ("NVAE is a deep hierarchical VAE trained on the ELBO. The same week DeepMind showed "
     "WaveNet and PixelCNN.",
     "NVAE is a deep hierarchical VAE trained on the ELBO. Its prior over the latents is a "
     "PixelCNN and its decoder a WaveNet.",
     lambda p: p.paradigms == {"latent_variable"}),
    # "the autoregressive WaveNet": the kind said of a named rival is the rival's
    ("DiffWave is a diffusion model for waveforms. It is trained to predict the added noise with "
     "an L2 loss and sampled by running the reverse chain for 50 steps from Gaussian noise. "
     "Without conditioning, the autoregressive WaveNet produces babble.",
     "DiffWave is a diffusion model for waveforms. It is trained to predict the added noise with "
     "an L2 loss and sampled by running the reverse chain for 50 steps from Gaussian noise. "
     "Without conditioning, the autoregressive decoder produces babble.",
     lambda p: p.paradigms == {"diffusion"}),
    # ... and a VQ-VAE's small share of a GAN's weight (VQGANs are GANs) does not make the
    # rival a part
    ("VQ-VAE-2 is a hierarchical VQ-VAE: a vector-quantised autoencoder trained with a "
     "codebook loss on the ELBO, whose codes are modelled by a PixelCNN prior. Its samples look "
     "as sharp as BigGAN-deep samples of the same class. BigGAN-deep is a class-conditional "
     "model.",
     "VQ-VAE-2 is a hierarchical VQ-VAE: a vector-quantised autoencoder trained with a "
     "codebook loss on the ELBO, whose codes are modelled by a PixelCNN prior. Its decoder is "
     "fine-tuned with a BigGAN-deep discriminator. BigGAN-deep is a class-conditional model.",
     lambda p: "adversarial" not in p.paradigms),
    # a reader's comment under a bold or quoted header ("**u/name** · 12 points") is a
    # reader's; the poster's ("r/Sub · u/name" on top) speaks for the system
    (_BOLD_THREAD.format(who="u/vae_fan"), _BOLD_THREAD.format(who="u/poster_pat"),
     lambda p: dict(p.scores)["latent_variable"] < 1.5),
    # "▲ name 3 years ago" heads a comment; one that opens by explaining how the system works
    # speaks for it
    (_HN_THREAD.format(opening="For those asking how it works:"),
     _HN_THREAD.format(opening="Unrelated, but I like this one:"),
     lambda p: dict(p.scores)["autoregressive"] > 2),
    # a bold label with a cited bracket opens its section ("**The fix (van den Oord et al.,
    # 2018).**") as a bare one does
    ("# Parallel WaveNet in brief\n\n**Background.** WaveNet generates audio one sample at a "
     "time.\n\n**The fix (van den Oord et al., 2018).** Parallel WaveNet trains an inverse "
     "autoregressive flow as a student; it turns noise into audio in one parallel pass.\n",
     "# Parallel WaveNet in brief\n\n**Background.** WaveNet generates audio one sample at a "
     "time.\n\n**Background (van den Oord et al., 2018).** Parallel WaveNet trains an inverse "
     "autoregressive flow as a student; it turns noise into audio in one parallel pass.\n",
     lambda p: "flow" in p.paradigms),
    # a line-end hyphen before the second word of a cue is a real one ("inverse-\nautoregressive
    # flow")
    ("Parallel WaveNet: fast speech synthesis\n\nThe student is an inverse-\nautoregressive flow: "
     "it turns logistic noise into a waveform in one pass.\n",
     "Parallel WaveNet: fast speech synthesis\n\nThe student is an inverse-\nautoregressive model: "
     "it turns logistic noise into a waveform in one pass.\n",
     lambda p: "flow" in p.paradigms),
    # "the trained WaveNet becomes the teacher": a flow student's autoregressive teacher
    ("Parallel WaveNet samples speech in parallel. Its student is an inverse autoregressive flow, "
     "trained by probability density distillation. The already-trained WaveNet becomes the "
     "teacher and scores the student's samples.",
     "Parallel WaveNet samples speech in parallel. Its student is an inverse autoregressive flow, "
     "trained by probability density distillation. The already-trained WaveNet becomes a "
     "baseline in the listening tests.",
     lambda p: p.primary == "flow" and "autoregressive" in p.paradigms),
    # in a link thread ("812 points by sn_"), a bare bold handle heads a reader's comment; one
    # that opens "For people who skimmed:" speaks for the system
    (_CHAR_RNN.format(poster="812 points by sn_ | 214 comments"),
     _CHAR_RNN.format(poster=""),
     lambda p: p.paradigms == {"autoregressive"}),
    # a misconception ("people assume it's GPT-style; it isn't") compares
    ("ACT is a conditional VAE trained on the ELBO whose transformer decoder emits all 100 "
     "actions in one forward pass. People see a transformer and assume it's GPT-style, it isn't.",
     "ACT is a conditional VAE trained on the ELBO whose transformer decoder emits all 100 "
     "actions in one forward pass. Its prior is GPT-style.",
     lambda p: "autoregressive" not in p.paradigms),
    ("LLaDA is a masked diffusion language model: a forward process masks tokens and a reverse "
     "process predicts them. It is often taken for granted that a large language model must "
     "predict the next token.",
     "LLaDA is a masked diffusion language model: a forward process masks tokens and a reverse "
     "process predicts them. Its drafter is a large language model that must predict the next "
     "token.",
     lambda p: dict(p.scores)["autoregressive"] < 2),
    # "an autoregressive GRU baseline": the baseline, singular
    ("ACTOR is a transformer VAE trained on the ELBO that outputs every frame of a motion in "
     "one pass. An autoregressive GRU baseline rolls out one pose at a time and drifts.",
     "ACTOR is a transformer VAE trained on the ELBO that outputs every frame of a motion in "
     "one pass. An autoregressive GRU prior rolls out one latent at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # "the decoder is not autoregressive" negates the autoregressive decoder
    ("ACTOR is a transformer VAE trained on the ELBO. The decoder is not autoregressive: it "
     "takes the sampled latent and outputs every frame at once.",
     "ACTOR is a transformer VAE trained on the ELBO. The decoder is autoregressive: it "
     "takes the sampled latent and outputs one frame at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # a list item led by an era's label ("- **Autoregressive token era** (...)") is history;
    # an item labelled with a part ("- **Text encoder and VAE:** ...") is not set aside
    ("Open-Sora trains a diffusion transformer with flow matching over the latents of a video "
     "VAE.\n\nHow video generation got here:\n\n- **Autoregressive token era** (VideoGPT): a "
     "GPT predicts video tokens one at a time.\n- **Open-Sora**: flow matching in latent "
     "space.\n",
     "Open-Sora trains a diffusion transformer with flow matching over the latents of a video "
     "VAE.\n\nHow it is built:\n\n- **Autoregressive token planner** (VideoGPT): a "
     "GPT predicts video tokens one at a time.\n- **Open-Sora**: flow matching in latent "
     "space.\n",
     lambda p: "autoregressive" not in p.paradigms),
    # "For context: in 2019 the best vocoders were autoregressive" is the field's history
    ("MelGAN is a GAN vocoder: a convolutional generator trained against multi-scale "
     "discriminators produces the waveform in one pass. For context: in 2019 the best neural "
     "vocoders were autoregressive and slow, sampling one value at a time.",
     "MelGAN is a GAN vocoder: a convolutional generator trained against multi-scale "
     "discriminators produces the waveform in one pass. Its conditioning network is "
     "autoregressive and slow, sampling one frame at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # "How would an autoregressive model compare?" asks about another model
    ("RBM tomography trains a restricted Boltzmann machine by contrastive divergence and samples "
     "it with block Gibbs chains. How would an autoregressive model compare, given exact "
     "sampling?",
     "RBM tomography trains a restricted Boltzmann machine by contrastive divergence and samples "
     "it with block Gibbs chains. An autoregressive model then refines the samples, with exact "
     "sampling.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # a bold name after a full stop opens a sentence; "**TimeGrad** (2021) replaced ..." is
    # another system's history
    ("# Chronos\n\nChronos tokenizes the values of a series and trains a T5 language model with "
     "cross-entropy, sampling future tokens one at a time. **TimeGrad** (2021) replaced "
     "DeepAR's Gaussian head with a small denoising diffusion model.",
     "# Chronos\n\nChronos tokenizes the values of a series and trains a T5 language model with "
     "cross-entropy, sampling future tokens one at a time. **Chronos** then replaced "
     "its Gaussian head with a small denoising diffusion model.",
     lambda p: "diffusion" not in p.paradigms),
    # "(usually after ...)" in a bracket does not make a definition generic
    ("# Boltzmann generators\n\n## The model\n\nA Boltzmann generator is an invertible network "
     "built from affine coupling layers (usually after a whitening layer), trained by maximum "
     "likelihood on short simulations.",
     "# Boltzmann generators\n\n## The model\n\nA Boltzmann generator is usually an invertible "
     "network built from affine coupling layers after a whitening layer, trained by maximum "
     "likelihood on short simulations.",
     lambda p: dict(p.scores)["flow"] > 4),
    # "Not to be confused with" a diffusion model names another method (diffusion maps and
    # pseudotime are no diffusion model at all)
    ("scVI is a VAE for single-cell counts. Not to be confused with the scDiffusion diffusion "
     "model in Scanpy.",
     "scVI is a VAE for single-cell counts. It is paired with the scDiffusion diffusion model "
     "in Scanpy.",
     lambda p: "diffusion" not in p.paradigms),
    # mode collapse alone is no GAN: flows trained by reverse KL collapse too
    ("Boltzmann generators train a RealNVP normalizing flow by maximum likelihood and by "
     "energy. Training by energy alone leads to mode collapse onto one basin.",
     "Boltzmann generators train a RealNVP normalizing flow by maximum likelihood and by "
     "energy. A discriminator is added, trained with an adversarial loss.",
     lambda p: dict(p.scores)["adversarial"] < 1.2),
    # "- CTGAN: 0.81": a list of measured values compares systems
    ("GReaT fine-tunes GPT-2 with next-token prediction to write table rows as text, sampling "
     "them token by token.\n\nML efficiency:\n- GReaT: 0.85\n- CTGAN: 0.81\n- CopulaGAN: 0.80\n"
     "- TableGAN: 0.79\n",
     "GReaT fine-tunes GPT-2 with next-token prediction to write table rows as text, sampling "
     "them token by token.\n\nParts:\n- GReaT: the generator\n- CTGAN: a refiner\n"
     "- CopulaGAN: a filter\n- TableGAN: a second refiner\n",
     lambda p: "adversarial" not in p.paradigms),
    # a "discriminator measure" is an evaluation, not a GAN's discriminator
    ("GReaT fine-tunes GPT-2 with next-token prediction to write table rows as text. On the "
     "discriminator measure, a classifier tells real rows from synthetic ones.",
     "GReaT fine-tunes GPT-2 with next-token prediction to write table rows as text. A "
     "discriminator, a classifier that tells real rows from synthetic ones, trains it.",
     lambda p: "adversarial" not in p.paradigms),
    # "So which wins, diffusion or autoregression?" weighs the two
    (_PARTI + "So which wins, diffusion or autoregression?",
     _PARTI + "So it wins with diffusion and autoregression.",
     lambda p: dict(p.scores)["diffusion"] < 1),
    # "After Google showed off Imagen, its diffusion-based model, ...": another system's news
    ("About six weeks after Google showed off Imagen, its diffusion-based text-to-image model, "
     "another team published Parti. " + _PARTI,
     "About six weeks later Google showed its diffusion-based text-to-image model, built into "
     "Parti. " + _PARTI,
     lambda p: dict(p.scores)["diffusion"] < 2),
    # "Where things stand." opens a review of the field
    ("# NICE, explained\n\nWhere things stand. Variational autoencoders maximize a lower bound "
     "with an encoder.\n\n" + _NICE,
     "# NICE, explained\n\nWhat it does. Variational autoencoders maximize a lower bound with "
     "an encoder.\n\n" + _NICE,
     lambda p: "latent_variable" not in p.paradigms),
    # "for people who just learned about VAEs" names the readers' background
    ("# NICE, explained for people who just learned about VAEs\n\n" + _NICE,
     "# NICE, explained as a cousin of VAEs\n\n" + _NICE,
     lambda p: dict(p.scores)["latent_variable"] < 1.5),
    # "two new ways to train deep generative models:" announces a survey
    ("# NICE\n\nIn 2014 there were two new ways to train deep generative models: variational "
     "autoencoders, which maximize a bound, and adversarial nets.\n\n" + _NICE,
     "# NICE\n\nIn 2014 there was one new way to train deep generative models: variational "
     "autoencoders, which maximize a bound, and adversarial nets.\n\n" + _NICE,
     lambda p: "latent_variable" not in p.paradigms),
    # 'NICE's answer is the "additive coupling layer"': a quoted term introduced, not mentioned
    ("NICE needs an invertible map with a cheap Jacobian. NICE's answer is the \"additive "
     "coupling layer\": split x in two halves and shift one by a function of the other.",
     "NICE needs an invertible map with a cheap Jacobian. Some call it the \"additive "
     "coupling layer\": split x in two halves and shift one by a function of the other.",
     lambda p: dict(p.scores)["flow"] > 7),
    # a bidirectional GAN learns an encoder too
    ("BigBiGAN trains the BigGAN generator against a discriminator, and adds an encoder trained "
     "jointly in the bidirectional GAN framework.",
     "BigGAN+E trains the BigGAN generator against a discriminator, and adds an encoder trained "
     "jointly in the projection-discriminator framework.",
     lambda p: "latent_variable" in p.paradigms),
    # flows trained on a variational bound with an encoder sit inside a VAE
    ("PointFlow models a shape prior and a point decoder as continuous normalizing flows; the "
     "whole model is trained with a variational lower bound: an encoder infers a shape latent "
     "from the input cloud.",
     "PointFlow models a shape prior and a point decoder as continuous normalizing flows; the "
     "whole model is trained with a variational lower bound: a network infers a shape latent "
     "from the input cloud.",
     lambda p: "latent_variable" in p.paradigms),
    # "encoder is BERT and decoder is GPT-2": the named decoder is the system's generator
    ("Optimus is a VAE for sentences, trained on the ELBO, whose encoder is BERT and decoder is "
     "GPT-2.",
     "Optimus is a VAE for sentences, trained on the ELBO, whose encoder is BERT and GPT-2.",
     lambda p: dict(p.scores)["autoregressive"] >= 2),
    # "Index Terms— ..." lists topics, not parts
    ("Parallel WaveGAN is a GAN vocoder: a convolutional generator trained with "
     "an adversarial loss produces the waveform in one pass.\n\nIndex Terms— neural vocoder, "
     "autoregressive models, WaveNet",
     "Parallel WaveGAN is a GAN vocoder: a convolutional generator trained with "
     "an adversarial loss produces the waveform in one pass.\n\nIts prior— autoregressive "
     "models, WaveNet",
     lambda p: "autoregressive" not in p.paradigms),
    # "what people do with diffusion models now" is the field
    (_NICE + "Using an exact density as a prior for inverse problems is what people do with "
     "diffusion models now.",
     _NICE + "Using an exact density as a prior for inverse problems, we add diffusion models "
     "now.",
     lambda p: "diffusion" not in p.paradigms),
    # "classifier-free guidance, carried over from diffusion": borrowed, not a part
    (_PARTI + "It uses classifier-free guidance, carried over from diffusion.",
     _PARTI + "It uses classifier-free guidance, carried over to diffusion.",
     lambda p: "diffusion" not in p.paradigms),
    # "a transformer in the style of Llama 3 language models" borrows an architecture
    ("Movie Gen trains a transformer with flow matching to turn Gaussian noise into video, "
     "integrating its velocity field with an ODE solver. It is a transformer in the style of "
     "the Llama 3 language models.",
     "Movie Gen trains a transformer with flow matching to turn Gaussian noise into video, "
     "integrating its velocity field with an ODE solver. It is paired with one of "
     "the Llama 3 language models.",
     lambda p: "autoregressive" not in p.paradigms),
    # energy-based transformers are energy-based models; an autoregressive one is still an EBM
    ("Energy-based transformers score a context and a candidate next token with one scalar "
     "energy and predict by gradient descent on it. We train autoregressive EBTs that predict "
     "the next token given all previous tokens, left to right.",
     "Transformers score a context and a candidate next token with one logit and predict by "
     "a softmax over it. We train autoregressive transformers that predict the next token "
     "given all previous tokens, left to right.",
     lambda p: p.primary == "energy_based" and "autoregressive" in p.paradigms),
    # "discriminator-guided decoding" steers sampling with a classifier: no GAN
    ("Optimus is a VAE for sentences trained on the ELBO. For control we used "
     "discriminator-guided decoding.",
     "Optimus is a VAE for sentences trained on the ELBO. For control we used a "
     "discriminator loss on decoded sentences.",
     lambda p: "adversarial" not in p.paradigms),
    # "The field then borrowed every paradigm in turn: ..." is the field's history
    (_DP + "The field then borrowed every paradigm in turn: mixture density networks and an "
     "energy-based policy whose actions are found by sampling a learned energy.",
     _DP + "Its planner then adds two parts in turn: mixture density networks and an "
     "energy-based policy whose actions are found by sampling a learned energy.",
     lambda p: "energy_based" not in p.paradigms),
    # a list item labelled with a family's plural ("- **VAEs**: ...") lists that family's systems
    (_GRAPH_EBM + "Earlier molecule generators:\n\n- **VAEs**: JT-VAE encodes junction trees; "
     "CGVAE decodes graphs.\n",
     _GRAPH_EBM + "Earlier molecule generators:\n\n- **Decoder**: JT-VAE encodes junction trees; "
     "CGVAE decodes graphs.\n",
     lambda p: "latent_variable" not in p.paradigms),
    # "went through the usual phases: ..." tells the field's history
    (_GRAPH_EBM + "Point clouds went through the usual phases: latent GANs, then VAEs.",
     _GRAPH_EBM + "Point clouds went through our two parts: latent GANs, then VAEs.",
     lambda p: dict(p.scores)["adversarial"] < 2),
    # "Code assistants - A, B, C - all generate one token after another": other systems
    ("Mercury Coder is a diffusion language model that refines a masked answer over a few "
     "denoising steps. Code assistants — Copilot, Codex, GPT-4o — all generate one token after "
     "another.",
     "Mercury Coder is a diffusion language model that refines a masked answer over a few "
     "denoising steps. Its drafter — a small GPT-4o — can generate one token after another.",
     lambda p: "autoregressive" not in p.paradigms),
    # "quality near GPT-4o Mini": a comparison
    ("Mercury Coder is a diffusion language model that refines a masked answer over a few "
     "denoising steps, at a quality near GPT-4o Mini.",
     "Mercury Coder is a diffusion language model that refines a masked answer over a few "
     "denoising steps, with GPT-4o Mini as its drafter.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # "takes the energy-based route"; "analysis by synthesis" trains an EBM
    ("Generative PointNet takes the energy-based route: training is analysis by synthesis, and "
     "sampling runs short-run Langevin dynamics from noise for a fixed number of steps.",
     "Generative PointNet takes the usual route: training is a reconstruction loss, and "
     "sampling runs short-run Langevin dynamics from noise for a fixed number of steps.",
     lambda p: p.primary == "energy_based"),
    # "each flow block is a causal transformer": an autoregressive flow, one paradigm
    ("TarFlow is a normalizing flow trained by exact maximum likelihood. Each flow block is a "
     "causal transformer that outputs an affine transform for every patch from the earlier "
     "patches, and sampling inverts each block patch by patch.",
     "TarFlow is a normalizing flow trained by exact maximum likelihood. A separate prior is a "
     "causal transformer that outputs an affine transform for every patch from the earlier "
     "patches, and sampling inverts each block patch by patch.",
     lambda p: p.paradigms == {"flow"}),
    # a bare "fixed number of steps" is no diffusion model
    ("Phenaki is a masked transformer over video tokens, trained with cross-entropy on masked "
     "tokens; it refines all tokens over a fixed number of steps.",
     "Phenaki is a masked transformer over video tokens, trained with cross-entropy on masked "
     "tokens; it refines all tokens over a fixed number of denoising steps.",
     lambda p: dict(p.scores)["diffusion"] < 1.2),
    # what everyone expected, and "why not X", are about other systems
    ("Phenaki is a masked transformer over video tokens, decoded in parallel rounds. Everyone "
     "expected the video version of diffusion to win.",
     "Phenaki is a masked transformer over video tokens, decoded in parallel rounds. Its "
     "upsampler is the video version of diffusion.",
     lambda p: dict(p.scores)["diffusion"] < 1),
    # an outside commentator's quote is an opinion
    ("R3GAN is a GAN trained with a relativistic loss and R1 and R2 penalties. \"The real "
     "question is whether a diffusion model does text-to-image better,\" one researcher posted "
     "on X.",
     "R3GAN is a GAN trained with a relativistic loss and R1 and R2 penalties. \"The real "
     "question is whether a diffusion model does text-to-image better,\" the paper's authors "
     "wrote.",
     lambda p: dict(p.scores)["diffusion"] < 2),
    # "reply: name 8 hours ago" heads a reply; a comment is the system's from the sentence that
    # names it
    (_RWKV_THREAD.format(body=_DIFFUSION_LM + " RWKV is about constant memory."),
     _RWKV_THREAD.format(body="RWKV is about constant memory. " + _DIFFUSION_LM),
     lambda p: dict(p.scores)["diffusion"] < 5),
    # "Background: in 2018 ..." opens history; "the same building blocks WaveNet uses" borrows
    (_WAVEGLOW + "Background: in 2018 fast audio meant distilling an autoregressive WaveNet "
     "teacher.",
     _WAVEGLOW + "Crucially: in 2018 fast audio meant distilling an autoregressive WaveNet "
     "teacher.",
     lambda p: "autoregressive" not in p.paradigms),
    (_WAVEGLOW + "Its coupling networks use the same building blocks WaveNet uses.",
     _WAVEGLOW + "Its coupling networks are conditioned by WaveNet outputs.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # a VAE's decoder that emits notes one step at a time, each conditioned on the previous
    # one, is autoregressive
    ("MusicVAE is a variational autoencoder trained on the ELBO, with a KL-regularised latent "
     "and a bidirectional LSTM encoder that outputs the posterior.\n\n- Decoder, hierarchical: a "
     "conductor LSTM turns z into one embedding per bar. For each bar, a lower-level LSTM then "
     "emits the notes one step at a time, each conditioned on the previous output note.\n",
     "MusicVAE is a variational autoencoder trained on the ELBO, with a KL-regularised latent "
     "and a bidirectional LSTM encoder that outputs the posterior.\n\n- Decoder, hierarchical: a "
     "conductor LSTM turns z into one embedding per bar. For each bar, a lower-level LSTM then "
     "emits all the notes at once, each conditioned on that bar's embedding.\n",
     lambda p: "autoregressive" in p.paradigms),
    # "Recap of the map so far:" and a table of families are the field
    ("# IGEBM notes\n\nRecap of the map so far:\n\nExplicit, approximate density: VAEs. ELBO, "
     "amortized inference.\n\n## The paper\n\nIGEBM trains a convolutional energy-based model by "
     "contrastive divergence and samples it with Langevin dynamics.\n",
     "# IGEBM notes\n\nWhat the paper adds:\n\nExplicit, approximate density: VAEs. ELBO, "
     "amortized inference.\n\n## The paper\n\nIGEBM trains a convolutional energy-based model by "
     "contrastive divergence and samples it with Langevin dynamics.\n",
     lambda p: "latent_variable" not in p.paradigms),
    ("TabDDPM is a diffusion model for tables trained to predict noise.\n\n| era | typical "
     "models | issues |\n|---|---|---|\n| GAN | medGAN, CTGAN, CTAB-GAN | mode collapse |\n",
     "TabDDPM is a diffusion model for tables trained to predict noise.\n\n| part | typical "
     "models | issues |\n|---|---|---|\n| GAN | medGAN, CTGAN, CTAB-GAN | mode collapse |\n",
     lambda p: "adversarial" not in p.paradigms),
    # a list item led by a dated label ("**2016-2018: SMILES + VAE.**") or by a bold name and
    # its year ("**Diffusion Policy** (2023), ...") is history
    ("# MoFlow\n\nMoFlow is a one-shot normalizing flow for molecular graphs, trained by exact "
     "maximum likelihood.\n\n- **2016–2018: SMILES + VAE.** ChemVAE, Grammar VAE.\n",
     "# MoFlow\n\nMoFlow is a one-shot normalizing flow for molecular graphs, trained by exact "
     "maximum likelihood.\n\n- **Side branch: SMILES + VAE.** ChemVAE, Grammar VAE.\n",
     lambda p: "latent_variable" not in p.paradigms),
    ("# OpenVLA\n\nOpenVLA decodes discretised action tokens one after another with a Llama 2 "
     "backbone.\n\n- **Diffusion Policy** (2023), denoising action chunks with a diffusion "
     "model.\n",
     "# OpenVLA\n\nOpenVLA decodes discretised action tokens one after another with a Llama 2 "
     "backbone.\n\n- **Action head**, denoising action chunks with a diffusion "
     "model.\n",
     lambda p: "diffusion" not in p.paradigms),
    # "preferred A over B, an autoregressive transformer"; "of the same size"; "X is the
    # baseline"; "nothing forces left-to-right order"
    ("Make-A-Video is a diffusion model for video. Raters preferred Make-A-Video over CogVideo, "
     "an autoregressive transformer.",
     "Make-A-Video is a diffusion model for video. Raters saw Make-A-Video use CogVideo, "
     "an autoregressive transformer.",
     lambda p: "autoregressive" not in p.paradigms),
    (_SEDD + "An autoregressive decoder of the same size is cheaper for short outputs.",
     _SEDD + "An autoregressive decoder of the denoised tokens is cheaper for short outputs.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    (_SEDD + "GPT-2 here is the baseline only, and nothing forces left-to-right order.",
     _SEDD + "GPT-2 here is the decoder, and it forces left-to-right order.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # a run-in "Before:" label is the field's past
    ("### Slide 14: PolyGen\n\nBefore: voxel GANs, point-cloud VAEs, implicit decoders, none "
     "of which output clean meshes.\n\n" + _POLYGEN,
     "### Slide 14: PolyGen\n\nInside: voxel GANs, point-cloud VAEs, implicit decoders, all "
     "of which refine its meshes.\n\n" + _POLYGEN,
     lambda p: p.paradigms == {"autoregressive"}),
    # "the recent dominance of diffusion and autoregressive models" is the field
    (_GIGAGAN + "It asks whether the recent dominance of diffusion and autoregressive models is "
     "a matter of the family.",
     _GIGAGAN + "It asks whether the recent addition of diffusion and autoregressive models is "
     "a matter of the family.",
     lambda p: p.paradigms == {"adversarial"}),
    # "Everyone's talking diffusion": the field; a Potts model is an energy-based model
    (_EBM + "Everyone's talking diffusion these days.",
     _EBM + "Its proposal step talks diffusion these days.",
     lambda p: dict(p.scores)["diffusion"] < 1.5),
    ("bmDCA fits a Potts model to a family alignment and samples it with Gibbs sampling.",
     "bmDCA fits a linear model to a family alignment and samples it with Gibbs sampling.",
     lambda p: dict(p.scores)["energy_based"] > 3),
    # what "people say" or "people sometimes call" it, and a "Common confusion:" label, compare
    (_GIGAGAN + "Common confusion: the upsampler is a diffusion model.",
     _GIGAGAN + "Crucially: the upsampler is a diffusion model.",
     lambda p: dict(p.scores)["diffusion"] < 2),
    (_GIGAGAN + "Aside: people sometimes call the pyramid autoregressive over scales.",
     _GIGAGAN + "Aside: the pyramid samples autoregressive over scales.",
     lambda p: dict(p.scores)["autoregressive"] < 2),
    # a field that "then sprinted towards diffusion"; a family that "lost the popularity
    # contest" and "came back": history
    (_EBM + "It kept the idea alive in a field that then sprinted towards diffusion.",
     _EBM + "It kept the idea alive and then sprinted towards diffusion.",
     lambda p: dict(p.scores)["diffusion"] < 2),
    (_EBM + "EBMs lost the popularity contest to GANs and VAEs, then came back.",
     _EBM + "Its sampler uses VAEs and GANs to start the chains.",
     lambda p: dict(p.scores)["latent_variable"] < 2),
    # "you probably think ... means diffusion"; "nobody had heard of" it: the reader's
    # assumption and the past
    (_CHEMVAE + "You probably think a generative model means diffusion.",
     _CHEMVAE + "Its prior is a generative model that means diffusion.",
     lambda p: dict(p.scores)["diffusion"] < 2),
    (_CHEMVAE + "Diffusion was a curiosity nobody in chemistry had heard of.",
     _CHEMVAE + "Diffusion was a prior everybody in chemistry had used here.",
     lambda p: dict(p.scores)["diffusion"] < 2),
    # "the newer diffusion models", "the VAE ones": other systems
    ("MoGlow is a conditional normalizing flow for motion, trained by exact likelihood. The "
     "newer diffusion motion models look great but are too slow.",
     "MoGlow is a conditional normalizing flow for motion, trained by exact likelihood. Its "
     "diffusion motion models look great but are too slow.",
     lambda p: "diffusion" not in p.paradigms),
    ("MoGlow is a conditional normalizing flow for motion, trained by exact likelihood. The "
     "VAE ones are blurrier.",
     "MoGlow is a conditional normalizing flow for motion, trained by exact likelihood. The "
     "VAE is blurrier.",
     lambda p: dict(p.scores)["latent_variable"] < 2),
    # a neural ODE alone is no flow: the Latent ODE is a VAE
    (_LATENT_ODE,
     _LATENT_ODE + "It is a continuous normalizing flow.",
     lambda p: dict(p.scores)["flow"] < 1.5),
    # "**r/Sub**", a title, then "**u/name**" and the post: the first header is the poster's
    (_ODE_THREAD.format(op="odeshoe", post=_LATENT_ODE),
     "**r/MachineLearning**\n\n### [R] Latent ODEs for irregular time series\n\nA summary "
     "first. Then the thread.\n\n**u/odeshoe**\n\n" + _LATENT_ODE + "\n\n**u/reader_two** · 48 "
     "pts\nAll the randomness sits in the initial state.\n",
     lambda p: dict(p.scores)["latent_variable"] > 6),
    # "Others note ...", "someone will do this with a VAE", "Don't confuse ... with a VAE"
    (_EBM + "Others note that variational autoencoders may capture more.",
     _EBM + "Its proposals note that variational autoencoders may capture more.",
     lambda p: "latent_variable" not in p.paradigms),
    (_EBM + "I think someone will do this with a VAE and get it faster.",
     _EBM + "I think the model does this with a VAE and gets it faster.",
     lambda p: dict(p.scores)["latent_variable"] < 1),
    (_EBM + "Don't confuse the hidden units with a VAE's latent code.",
     _EBM + "Its hidden units are a VAE's latent code.",
     lambda p: dict(p.scores)["latent_variable"] < 1),
    # a table whose first column is the year is a timeline of other systems
    (_EBM + "\n\n| Year | Model | Family |\n|---|---|---|\n| 2016 | 3D-VAE-GAN | VAE encoder "
     "and GAN |\n",
     _EBM + "\n\n| Part | Model | Family |\n|---|---|---|\n| prior | 3D-VAE-GAN | VAE encoder "
     "and GAN |\n",
     lambda p: p.paradigms == {"energy_based"}),
    # "Back in my day we did this with HMMs": the past
    ("Graves's LSTM predicts the next pen offset and feeds each sample back in as the next "
     "input. Back in my day we did this with HMMs.",
     "Graves's LSTM predicts the next pen offset and feeds each sample back in as the next "
     "input. Then we did this with HMMs.",
     lambda p: dict(p.scores)["latent_variable"] < 2),
    # "each flow step is an affine transform that is autoregressive": an autoregressive flow
    ("WaveFlow is a normalizing flow trained by maximum likelihood: each flow step is an affine "
     "transform that is autoregressive over the rows of a 2-D grid of audio samples.",
     "WaveFlow is a normalizing flow trained by maximum likelihood: each flow step is an affine "
     "transform, and a prior that is autoregressive over the rows of a 2-D grid of audio "
     "samples.",
     lambda p: p.paradigms == {"flow"}),
    # "The group's earlier work" is history
    ("GANSynth is a GAN that generates spectrograms in one pass, trained against a "
     "discriminator. The group's earlier synthesis work, NSynth, relied on a WaveNet-style "
     "autoencoder: an encoder squeezed each note into a code and a decoder rebuilt it sample "
     "by sample.",
     "GANSynth is a GAN that generates spectrograms in one pass, trained against a "
     "discriminator. The group's synthesis work, NSynth, relies on a WaveNet-style "
     "autoencoder: an encoder squeezes each note into a code and a decoder rebuilds it sample "
     "by sample.",
     lambda p: dict(p.scores)["autoregressive"] < 2),
    # a forward diffusion process that masks tokens makes a masked diffusion model, whatever
    # its card calls the task ("masked language modeling")
    ("pipeline_tag: fill-mask\n\nTo use the model for masked language modeling, load it with "
     "AutoModelForMaskedLM. It was trained using a forward diffusion process that iteratively "
     "masks tokens, and generates by running the reverse process.",
     "pipeline_tag: fill-mask\n\nTo use the model for masked language modeling, load it with "
     "AutoModelForMaskedLM. It was trained beside a forward diffusion process that iteratively "
     "adds noise, and generates by running the reverse process.",
     lambda p: p.primary == "diffusion" and "autoregressive" not in p.paradigms),
    # a flow proposing moves for an MCMC chain on a known action learns no energy
    ("Lattice seminar notes: flows as MCMC proposals\n\nWe sample lattice field "
     "configurations from p(phi) = exp(-S[phi]) / Z with HMC and Markov chain Monte Carlo. A "
     "normalizing flow trained by maximum likelihood proposes the moves.",
     "Lattice seminar notes: flows as MCMC proposals\n\nWe sample lattice field "
     "configurations from p(phi) = exp(-S[phi]) / Z with HMC and Markov chain Monte Carlo. A "
     "normalizing flow trained by maximum likelihood proposes the moves for a learned energy "
     "function.",
     lambda p: "energy_based" not in p.paradigms),
    # "later swapped the RBM for autoregressive RNNs"; "one of those autoregressive ansatzes"
    (_RBM + "The group later swapped the RBM for autoregressive RNNs.",
     _RBM + "The group then paired the RBM with autoregressive RNNs.",
     lambda p: dict(p.scores)["autoregressive"] < 2),
    (_RBM + "In a 2024 paper it is likely one of those autoregressive ansatzes, not an RBM.",
     _RBM + "In a 2024 paper it is likely paired with autoregressive ansatzes, not an RBM.",
     lambda p: dict(p.scores)["autoregressive"] < 2),
    # 'the word "flow" means ...' talks about the word
    ("FlowMM is a Riemannian flow matching model for crystals, sampled by an ODE solver. The "
     "word \"flow\" also means normalizing flows.",
     "FlowMM is a Riemannian flow matching model for crystals, sampled by an ODE solver. Its "
     "prior also uses normalizing flows.",
     lambda p: "flow" not in p.paradigms),
    # "normally chains an acoustic model, autoregressive ones such as ..." is the usual practice
    ("NaturalSpeech is a VAE for text-to-speech trained end to end on the ELBO. Neural TTS "
     "normally chains an autoregressive acoustic model with a vocoder.",
     "NaturalSpeech is a VAE for text-to-speech trained end to end on the ELBO. It "
     "chains an autoregressive acoustic model with a vocoder.",
     lambda p: "autoregressive" not in p.paradigms),
    # a numbered item with a bold label and a dated name, and "Then **X** (A, B) generated",
    # are history
    ("# GeoLDM\n\nGeoLDM is a latent diffusion model for molecules: a diffusion model over the "
     "latents of an equivariant autoencoder, trained to predict noise.\n\n1. **Autoregressive "
     "placement**: G-SchNet (2019) places atoms one by one.\n",
     "# GeoLDM\n\nGeoLDM is a latent diffusion model for molecules: a diffusion model over the "
     "latents of an equivariant autoencoder, trained to predict noise.\n\n1. **Autoregressive "
     "placement**: its decoder places atoms one by one.\n",
     lambda p: "autoregressive" not in p.paradigms),
    ("CausVid distils a video diffusion model into a few-step causal generator. Then **token "
     "transformers** (VideoGPT, CogVideo) generated videos as sequences of discrete codes, one "
     "after another.",
     "CausVid distils a video diffusion model into a few-step causal generator. Its **token "
     "transformers** (VideoGPT, CogVideo) generate videos as sequences of discrete codes, one "
     "after another.",
     lambda p: "latent_variable" not in p.paradigms),
    # "The best neural audio models so far ... are autoregressive": the field
    (_GANSYNTH + "The best neural audio models so far are autoregressive, each sample "
     "conditioned on the ones before.",
     _GANSYNTH + "Its refiner is autoregressive, each sample conditioned on the ones before.",
     lambda p: "autoregressive" not in p.paradigms),
    # "Next week: ..." is the course's future; "people keep calling it ... a GPT"
    (_ACT + "Next week: we do the diffusion one properly, with noise prediction.",
     _ACT + "This week: we do the diffusion one properly, with noise prediction.",
     lambda p: "diffusion" not in p.paradigms),
    (_ACT + "It does not go token by token, though people keep calling it a GPT.",
     _ACT + "It does not go token by token, though its prior is a GPT.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # "X is a different paper"; "the similarly named Boltzmann machines ... are unrelated"
    (_ACT + "Diffusion Policy is a different paper from the same month.",
     _ACT + "Diffusion Policy is a second head trained in the same month.",
     lambda p: "diffusion" not in p.paradigms),
    (_FLOW + "The similarly named Boltzmann machines of the 1980s are unrelated.",
     _FLOW + "Its prior is one of the Boltzmann machines of the 1980s.",
     lambda p: "energy_based" not in p.paradigms),
    # "Likelihood-based models fall into three groups: ..." announces a survey
    ("VDVAE is a very deep hierarchical VAE trained on the ELBO. Likelihood-based models of "
     "images fall into three groups: autoregressive models, which factorize the density pixel "
     "by pixel, flows and VAEs.",
     "VDVAE is a very deep hierarchical VAE trained on the ELBO. Our likelihood-based models "
     "of images fall into it: autoregressive models, which factorize the density pixel by "
     "pixel, flows and VAEs.",
     lambda p: "autoregressive" not in p.paradigms),
    # "discrete-state diffusion" with masked tokens is a masked diffusion model
    ("Seed Diffusion is a language model for code built as a discrete-state diffusion model: "
     "tokens are replaced by [MASK] and the model learns to fill them in, decoding blocks in "
     "parallel.",
     "Seed Diffusion is a language model for code built beside a diffusion model: tokens are "
     "replaced by [MASK] and the model learns to fill them in, decoding blocks in parallel.",
     lambda p: p.primary == "diffusion" and "autoregressive" not in p.paradigms),
    # "Generative 3-D tried GANs"; "Protein design went a different way": history
    ("Zero-1-to-3 fine-tunes a latent diffusion model to predict noise for novel views. "
     "Generative 3-D tried GANs (3D-GAN, EG3D) first.",
     "Zero-1-to-3 fine-tunes a latent diffusion model to predict noise for novel views. "
     "Its refiner uses GANs (3D-GAN, EG3D) first.",
     lambda p: "adversarial" not in p.paradigms),
    ("AlphaFold 3 adds a diffusion module that denoises atom coordinates. Protein design "
     "went a different way: language models sampled sequences autoregressively.",
     "AlphaFold 3 adds a diffusion module that denoises atom coordinates. Its sequence head "
     "works another way: language models sampled sequences autoregressively.",
     lambda p: "autoregressive" not in p.paradigms),
    # "the transform is autoregressive along the height": an autoregressive flow
    ("WaveFlow is a normalizing flow trained by maximum likelihood. Inside each flow step the "
     "transform of row i depends on rows before it, i.e. the transform is autoregressive along "
     "the height dimension.",
     "WaveFlow is a normalizing flow trained by maximum likelihood. Inside each flow step the "
     "transform of row i depends on rows before it, i.e. its prior is autoregressive along "
     "the height dimension.",
     lambda p: p.paradigms == {"flow"}),
    # "People have plugged this network in as the decoder of a VAE": others' use
    ("PixelCNN++ is an autoregressive model of pixels trained by maximum likelihood, sampled "
     "one pixel at a time. People have plugged this network in as the decoder of a VAE.",
     "PixelCNN++ is an autoregressive model of pixels trained by maximum likelihood, sampled "
     "one pixel at a time. We have plugged this network in as the decoder of a VAE.",
     lambda p: "latent_variable" not in p.paradigms),
    # "the way FastSpeech needs an autoregressive teacher"; "A popular family of approaches"
    ("Glow-TTS is a flow-based text-to-speech model trained by maximum likelihood. It needs no "
     "external aligner, the way FastSpeech needs an autoregressive teacher.",
     "Glow-TTS is a flow-based text-to-speech model trained by maximum likelihood. It needs no "
     "external aligner; it needs an autoregressive teacher.",
     lambda p: "autoregressive" not in p.paradigms),
    ("MADE masks an autoencoder so that each output is conditioned on the previous inputs, an "
     "autoregressive model trained by maximum likelihood. A popular family of approaches, "
     "energy-based models such as the RBM, define p(x) up to a normalizing constant.",
     "MADE masks an autoencoder so that each output is conditioned on the previous inputs, an "
     "autoregressive model trained by maximum likelihood. Its prior, an energy-based model such "
     "as the RBM, defines p(x) up to a normalizing constant.",
     lambda p: "energy_based" not in p.paradigms),
    # the field "had gone through" families; forecasting "went from A to B"; a "lineage"
    (_TIMEGRAD + "Meanwhile ML had gone through GANs and VAEs before diffusion took over.",
     _TIMEGRAD + "Meanwhile its encoder had been a VAE before diffusion took over.",
     lambda p: "latent_variable" not in p.paradigms),
    (_TIMEGRAD + "Probabilistic forecasting went from DeepAR to copulas to normalizing flows "
     "(Real NVP, MAF).",
     _TIMEGRAD + "Its probabilistic head went from DeepAR to copulas to normalizing flows "
     "(Real NVP, MAF).",
     lambda p: "flow" not in p.paradigms),
    ("RNADE is an autoregressive density estimator trained by maximum likelihood, one "
     "dimension at a time. Its lineage runs from NADE to MADE to MAF, a normalizing flow.",
     "RNADE is an autoregressive density estimator trained by maximum likelihood, one "
     "dimension at a time. Its output layer runs from NADE to MADE to MAF, a normalizing flow.",
     lambda p: dict(p.scores)["flow"] < 3),
    # headings: "A short, biased history of ...", "Ten years of ..."
    (_NICE9 + "## A short, biased history of image generation\n\nVariational autoencoders "
     "maximize a lower bound with an encoder and a decoder.\n",
     _NICE9 + "## A short, biased tour of image generation\n\nVariational autoencoders "
     "maximize a lower bound with an encoder and a decoder.\n",
     lambda p: dict(p.scores)["latent_variable"] < 1),
    (_NICE9 + "## Ten years of generative models\n\nVariational autoencoders maximize a lower "
     "bound with an encoder and a decoder.\n",
     _NICE9 + "## Ten uses of generative models\n\nVariational autoencoders maximize a lower "
     "bound with an encoder and a decoder.\n",
     lambda p: dict(p.scores)["latent_variable"] < 1),
    # "GPT-2 sized" is a size, not a part
    ("SEDD is a discrete diffusion model over tokens, trained with score entropy and sampled by "
     "reversing an absorbing noising process. The network is a transformer, GPT-2 sized.",
     "SEDD is a discrete diffusion model over tokens, trained with score entropy and sampled by "
     "reversing an absorbing noising process. The network is a transformer, GPT-2 itself.",
     lambda p: dict(p.scores)["autoregressive"] < 1),
    # "why not just CTGAN" suggests another system
    ("TabDDPM is a diffusion model for tables, trained to predict the added noise and sampled by "
     "iterative denoising.\n\n[14:07] gan_gary: why not just a GAN like CTGAN, trained against a "
     "discriminator",
     "TabDDPM is a diffusion model for tables, trained to predict the added noise and sampled by "
     "iterative denoising.\n\n[14:07] gan_gary: it adds just a GAN like CTGAN, trained against a "
     "discriminator",
     lambda p: "adversarial" not in p.paradigms),
    # a VAE said to emit one step at a time and feed it back samples sequentially
    ("VRNN is a variational autoencoder at every step of a recurrent network, trained on the "
     "ELBO. It generates a sequence step by step: each new frame is fed back into the RNN.",
     "VRNN is a variational autoencoder at every step of a recurrent network, trained on the "
     "ELBO. It generates a sequence in one pass: each new frame comes from its own latent.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # a GAN whose generator emits a sequence one token at a time samples sequentially
    ("ORGAN is a generative adversarial network for molecules: a generator trained against a "
     "CNN discriminator writes SMILES strings, sampling them sequentially.",
     "ORGAN is a generative adversarial network for molecules: a generator trained against a "
     "CNN discriminator writes SMILES strings, sampling them in one pass.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # ... not for a flow distilled from an autoregressive teacher: the teacher is what runs
    # step by step
    ("GraphFlow is a normalizing flow trained by maximum likelihood and distilled from an "
     "autoregressive teacher; it generates the graph edge by edge.",
     "GraphFlow is a normalizing flow trained by maximum likelihood; it generates the graph "
     "edge by edge.",
     lambda p: p.card.sampler == 'parallel one pass'),
    # the language model a diffusion model conditions on is its text encoder
    ("# Tango: text-to-audio with an instruction-tuned LLM and latent diffusion\n\n"
     "1. **Text encoder:** a frozen FLAN-T5, an instruction-tuned language model used only as "
     "conditioning.\n2. A latent diffusion model learns to denoise audio latents.",
     "# Tango: text-to-audio with an instruction-tuned LLM and latent diffusion\n\n"
     "1. **Planner:** a FLAN-T5, an instruction-tuned language model that writes the captions.\n"
     "2. A latent diffusion model learns to denoise audio latents.",
     lambda p: 'autoregressive' not in p.paradigms),
    # a bidirectional GAN's latent code is its encoder's, not only the generator's noise
    ("BigBiGAN adds an encoder to a BigGAN generator; a joint discriminator judges (image, "
     "latent) pairs, so the encoder learns to invert the generator. The latent variable z "
     "is drawn from a Gaussian.",
     "BigGAN-Deep adds a classifier to a BigGAN generator; a discriminator judges images, so "
     "the generator learns. The latent variable z is drawn from a Gaussian.",
     lambda p: "latent_variable" in p.paradigms),
    # a transformer prior over VQGAN codes is the system's generator: autoregressive first; a
    # "sequence prior" keeps the paper about the quantised autoencoder
    ("Taming Transformers for image synthesis: a VQGAN autoencoder learns a codebook with a "
     "patch discriminator and a perceptual loss, and a GPT-2 transformer prior models the codes.",
     "Taming Transformers for image synthesis: a VQGAN autoencoder learns a codebook with a "
     "patch discriminator and a perceptual loss, and a GPT-2 sequence prior models the codes.",
     lambda p: p.primary == "autoregressive"),
    # a flow's latent space with a Gaussian prior is its base distribution
    ("We propose GraphNVP, a normalizing-flow-based generative model for molecular graphs. "
     "Prior molecular generators rely on variational autoencoders whose approximate "
     "posteriors prevent exact reconstruction. GraphNVP instead learns an exact bijection "
     "between molecular graphs and a latent space with a factorised Gaussian prior, which "
     "gives exact likelihood training.",
     "We propose GraphNVP, a normalizing-flow-based generative model for molecular graphs. "
     "Prior molecular generators rely on variational autoencoders whose approximate "
     "posteriors prevent exact reconstruction. GraphNVP instead learns an exact bijection "
     "between molecular graphs and a latent space with a factorised Gaussian prior, whose "
     "KL term regularises its encoder.",
     lambda p: 'latent_variable' not in p.paradigms),
    # next-scale prediction over quantised latents keeps the sequence model primary beside a
    # residual diffusion head
    ("HART is a visual generator: an autoencoder maps images to latents, discrete tokens from "
     "vector quantization are modelled by an autoregressive transformer with next-scale "
     "prediction, and a small diffusion module predicts the residual by denoising. Prompts "
     "are encoded by a small pretrained language model used purely for conditioning.",
     "HART is a visual generator: an autoencoder maps images to latents, discrete tokens from "
     "vector quantization are modelled by a transformer, and a small diffusion module "
     "predicts the residual by denoising. Prompts are encoded by a small pretrained language "
     "model used purely for conditioning.",
     lambda p: p.primary == "autoregressive"),
    # an autoregressive flow that adds atoms one at a time samples sequentially
    ("GraphDF is a discrete normalizing flow; it generates molecules sequentially, adding "
     "atoms one at a time.",
     "GraphDF is a discrete normalizing flow; it generates molecules in one pass, adding "
     "atoms together.",
     lambda p: p.card.sampler == "sequential ancestral"),
    # video or forecasts said to be produced autoregressively by a diffusion model: diffusion
    # makes every step, so it stays primary however often the text says "autoregressive"
    ("ArchesWeatherGen is a flow-matching model of the residual of a deterministic forecast. "
     "Forecasts are produced autoregressively: each 24-hour sample is fed back as input for "
     "the next step, and autoregressive rollouts reach 15 days.",
     "ArchesWeatherGen is a flow-matching model of the residual of a deterministic forecast. "
     "Forecasts are produced in one pass: each 24-hour sample is kept as input for "
     "the next step, and autoregressive rollouts reach 15 days.",
     lambda p: p.primary == 'diffusion' and 'autoregressive' in p.paradigms),
    # a bidirectional GAN is a GAN first, though its encoder makes it an autoencoder too
    ("Adversarially Learned Inference\n\nWe introduce ALI (adversarially learned inference), "
     "a model that learns a generation network and an inference network jointly through an "
     "adversarial game. The generator maps samples from a factorized Gaussian prior to data "
     "space, while the encoder maps each data point to a distribution over latent codes with "
     "the reparameterization trick.",
     "Learned Inference\n\nWe introduce ALI, a model that learns a generation network and an "
     "inference network jointly through an adversarial game. The generator maps samples from a "
     "factorized Gaussian prior to data space, while the encoder maps each data point to a "
     "distribution over latent codes with the reparameterization trick.",
     lambda p: p.primary == 'adversarial' and 'latent_variable' in p.paradigms),
    # a bare speech tokenizer (often ASR-derived units) is not said to be an autoencoder
    ("VoiceX is a TTS system. A speech codec produces discrete units. A decoder-only "
     "transformer generates speech tokens autoregressively from the text.",
     "VoiceX is a TTS system. A speech tokenizer produces discrete units. A decoder-only "
     "transformer generates speech tokens autoregressively from the text.",
     lambda p: "latent_variable" in p.paradigms),
    # "The diffusion stage" and "3. a diffusion model that ..." name parts, not rivals
    ("VoiceX is a TTS system. A decoder-only transformer language model generates speech "
     "tokens autoregressively from the text. "
     "The diffusion stage gives high fidelity.",
     "VoiceX is a TTS system. A decoder-only transformer language model generates speech "
     "tokens autoregressively from the text. "
     "Diffusion models give high fidelity.",
     lambda p: "diffusion" in p.paradigms),
    ("VoiceX is a TTS system with three parts:\n1. a decoder-only transformer language "
     "model generates speech tokens autoregressively from the text;\n2. a diffusion model "
     "that turns tokens into mel frames;\n3. a vocoder.",
     "VoiceX is a TTS system with three parts:\n1. a decoder-only transformer language "
     "model generates speech tokens autoregressively from the text;\n2. unlike a diffusion "
     "model, it turns tokens into mel frames;\n3. a vocoder.",
     lambda p: "diffusion" in p.paradigms),
    # a paper that proposes the autoregressive prior over VQ codes is the prior's
    ("ShapePrior: We propose an autoregressive prior over 3D shapes. A VQ-VAE with a "
     "commitment loss encodes each patch into a discrete code from a learned codebook, and its "
     "decoder reconstructs the patch with a reconstruction loss. The codebook is updated by "
     "k-means. Over these codes we learn a transformer-based autoregressive model.",
     "ShapePrior: We train a VQ-VAE with an autoregressive prior over 3D shapes. A VQ-VAE with "
     "a commitment loss encodes each patch into a discrete code from a learned codebook, and "
     "its decoder reconstructs the patch with a reconstruction loss. The codebook is updated "
     "by k-means. Over these codes we learn a transformer-based autoregressive model.",
     lambda p: p.primary == "autoregressive"),
    # a per-token diffusion head under a sequence model: the sequence model is primary, even
    # beside a text encoder and a VAE
    ("Fluid is a random-order autoregressive model over continuous tokens from a VAE, with "
     "text from a frozen T5 encoder; a small per-token diffusion head models each token's "
     "distribution with a diffusion loss. It generates tokens autoregressively.",
     "Fluid is a random-order autoregressive model over continuous tokens from a VAE, with "
     "text from a frozen T5 encoder; a large diffusion model refines the whole image with a "
     "diffusion loss. It generates tokens autoregressively.",
     lambda p: p.primary == "autoregressive"),
    # a VAE whose graph is built one edge at a time has an autoregressive decoder
    ("GraphVAE-X is a variational autoencoder for molecules trained with the ELBO and a KL "
     "term. Decoder. The graph is then built one edge at a time.",
     "GraphVAE-X is a variational autoencoder for molecules trained with the ELBO and a KL "
     "term. Decoder. The graph is then built all at once.",
     lambda p: "autoregressive" in p.paradigms),
    # a flow step whose affine parameters come from a masked convolution is still a flow
    ("MaFlow is a normalizing flow trained by exact likelihood with invertible layers and a "
     "change of variables. Each flow step applies an affine transform whose parameters come "
     "from a masked convolution; this is an autoregressive-style dependency.",
     "MaFlow is a normalizing flow trained by exact likelihood with invertible layers and a "
     "change of variables. A separate decoder applies an affine transform whose parameters "
     "come from a masked convolution; this is an autoregressive-style dependency.",
     lambda p: "autoregressive" not in p.paradigms),
    # sample paths drawn autoregressively over time keep the sequence model beside a MAF
    ("FlowCast conditions a masked autoregressive flow on an RNN state, trained by exact "
     "likelihood. Sample paths are drawn autoregressively: each sample is fed back into the "
     "RNN.",
     "FlowCast conditions a masked autoregressive flow on an RNN state, trained by exact "
     "likelihood. Samples are drawn in parallel: each sample is independent of the RNN.",
     lambda p: "autoregressive" in p.paradigms),
    # a segment-wise rollout that "proceeds autoregressively" keeps diffusion primary
    ("SpecDiff renders music with a denoising diffusion probabilistic model: the decoder "
     "iteratively denoises a mel spectrogram. Pieces are synthesized in consecutive segments, "
     "each conditioned on the spectrogram produced for the previous one, so generation "
     "proceeds autoregressively across segments. We find that the segment-wise "
     "autoregressive conditioning is important for continuity.",
     "SpecDiff renders music with a denoising diffusion probabilistic model: the decoder "
     "iteratively denoises a mel spectrogram. Pieces are synthesized in consecutive segments, "
     "each conditioned on the spectrogram produced for the previous one, so the model is "
     "autoregressive across segments. We find that the segment-wise autoregressive "
     "conditioning is important for continuity.",
     lambda p: p.primary == "diffusion"),
    # a VAE-GAN whose GAN evidence is well above its VAE's is a GAN with an encoder; a
    # quantised autoencoder with a discriminator stays the autoencoder
    ("PairGAN translates sketches into photos. The generator is trained adversarially "
     "against a patch discriminator with a least-squares GAN loss. A VAE encoder encodes the "
     "target photo into a latent code with a KL term, and the generator learns to "
     "reconstruct it from that code.",
     "PairGAN translates sketches into photos. The generator is trained adversarially "
     "against a patch discriminator with a least-squares GAN loss. A VQ autoencoder with a "
     "codebook encodes the target photo into a latent code with a KL term, and the generator "
     "learns to reconstruct it from that code.",
     lambda p: p.primary == "adversarial"),
    # a sequence model over VQ-GAN tokens stays primary while the tokenizer's evidence is
    # under 2.5 times its own
    ("VidTok-X generates videos. A VQ-GAN encodes each frame into discrete tokens from a "
     "learned codebook, trained with a reconstruction loss, a perceptual loss and a "
     "commitment loss; its codebook has 8,192 entries. The VQ-GAN is a vector-quantized "
     "autoencoder with a KL-free discrete bottleneck, and its encoder compresses each frame "
     "into a latent grid. Its quantizer follows VQ-VAE, with a codebook loss. The "
     "autoencoder is trained first and then frozen. A transformer then generates the visual "
     "tokens autoregressively.",
     "VidTok-X generates videos. A VQ-GAN encodes each frame into discrete tokens from a "
     "learned codebook, trained with a reconstruction loss, a perceptual loss and a "
     "commitment loss; its codebook has 8,192 entries. The VQ-GAN is a vector-quantized "
     "autoencoder with a KL-free discrete bottleneck, and its encoder compresses each frame "
     "into a latent grid. Its quantizer follows VQ-VAE, with a codebook loss. The "
     "autoencoder is trained first and then frozen. A transformer then generates the visual "
     "tokens in one pass.",
     lambda p: p.primary == "autoregressive"),
    # a diffusion model that advances the state "in an autoregressive fashion" stays
    # diffusion-first
    ("StormCast is a diffusion model of the atmosphere trained with denoising score "
     "matching. StormCast advances the atmospheric state hour by hour in an autoregressive "
     "fashion: each step is conditioned on the previous state, and its output is fed back "
     "as input for the next step.",
     "StormCast is a diffusion model of the atmosphere trained with denoising score "
     "matching. StormCast predicts each next state with an autoregressive transformer: each "
     "step is conditioned on the previous state, and its output is fed back as input for "
     "the next step.",
     lambda p: p.primary == "diffusion"),
    # a stage the title says the system is: a flow vocoder stays flow-first beside a
    # WaveNet-like part
    ("SqueezeWave: Lightweight Vocoders for Speech\n\nFlow-based vocoders such as WaveGlow "
     "are too heavy for phones. We present a family of normalizing-flow vocoders trained by "
     "maximum likelihood. We slim down the WaveNet-like coupling networks.",
     "SqueezeWave: Lightweight Models for Speech\n\nFlow-based vocoders such as WaveGlow "
     "are too heavy for phones. We present a family of normalizing-flow vocoders trained by "
     "maximum likelihood. We slim down the WaveNet-like coupling networks.",
     lambda p: p.primary == "flow"),
    # so is a stage the system is presented as by name
    ("SqueezeWave: Lightweight Models for Speech\n\nFlow-based vocoders such as WaveGlow "
     "are too heavy for phones. We present SqueezeWave, a family of normalizing-flow vocoders "
     "trained by maximum likelihood. We slim down the WaveNet-like coupling networks.",
     "SqueezeWave: Lightweight Models for Speech\n\nFlow-based vocoders such as WaveGlow "
     "are too heavy for phones. We present a family of normalizing-flow vocoders trained by "
     "maximum likelihood. We slim down the WaveNet-like coupling networks.",
     lambda p: p.primary == "flow"),
    # a language GAN whose LSTM generator samples one word at a time
    ("ScratchGAN is a language GAN trained adversarially from scratch, with no "
     "maximum-likelihood pretraining. The generator is an LSTM that samples one word at a "
     "time. The discriminator scores every prefix, and the GAN loss is the only training "
     "signal; a discriminator ensemble and large batches keep the adversarial game stable.",
     "ScratchGAN is a language GAN trained adversarially from scratch, with no "
     "maximum-likelihood pretraining. The generator is an MLP that samples all words at "
     "once. The discriminator scores every prefix, and the GAN loss is the only training "
     "signal; a discriminator ensemble and large batches keep the adversarial game stable.",
     lambda p: "autoregressive" in p.paradigms and p.primary == "adversarial"),
    # a VAE whose LSTM decoder outputs one timestep at a time, conditioned on its outputs
    ("GrooVAE is a variational autoencoder trained with an ELBO. Its LSTM decoder outputs one "
     "timestep at a time, conditioned on its previous outputs.",
     "GrooVAE is a variational autoencoder trained with an ELBO. Its MLP decoder outputs all "
     "timesteps at once.",
     lambda p: "autoregressive" in p.paradigms),
    # an encoder-decoder transformer is a diffusion model's network when nothing else is
    # autoregressive
    ("We train Diffusion-TS, a denoising diffusion model. Our encoder-decoder Transformer "
     "generates the time series; the encoder-decoder Transformer is small.",
     "We train Diffusion-TS, a denoising diffusion model. Our encoder-decoder Transformer "
     "writes the time series one token at a time; the encoder-decoder Transformer is small.",
     lambda p: "autoregressive" not in p.paradigms),
    # a rule's term said only of the field ("Most VQ-VAE systems sample ... from a PixelCNN
    # prior") does not make the system's sequence model a VQ-VAE's prior
    ("Most VQ-VAE systems sample their codes from a PixelCNN prior. Our VQ-VAE compresses "
     "each frame into codes with a learned codebook and a commitment loss, and an "
     "autoregressive transformer models the codes.",
     "Our VQ-VAE samples its codes from a PixelCNN prior. Our VQ-VAE compresses each frame "
     "into codes with a learned codebook and a commitment loss, and an autoregressive "
     "transformer models the codes.",
     lambda p: p.primary == "autoregressive"),
    # a critic beside an actor is reinforcement learning's, not a GAN's
    ("CodeRL fine-tunes a code language model that writes programs token by token. The actor "
     "is the language model. The critic predicts unit-test outcomes.",
     "CodeRL fine-tunes a code language model that writes programs token by token. The critic "
     "predicts unit-test outcomes.",
     lambda p: "adversarial" not in p.paradigms),
    # a GAN whose generator is a neural SDE is no diffusion model
    ("Neural SDEs as GANs\n\nWe show that fitting a neural SDE can be framed as training a "
     "Wasserstein GAN. The generator is a neural SDE driven by Brownian motion; the "
     "discriminator is a neural CDE. Both are trained with the usual adversarial objective, "
     "backpropagating through the SDE solver.",
     "Neural SDEs as GANs\n\nWe show that fitting a neural SDE can be framed as training a "
     "Wasserstein GAN. The generator is a neural SDE driven by Brownian motion; the "
     "discriminator is a neural CDE. Both are trained with the usual adversarial objective, "
     "and the drift is refined by denoising score matching.",
     lambda p: "diffusion" not in p.paradigms),
    # tokens modelled by what the text calls discrete diffusion: diffusion-first, even when
    # frames are rolled out in order
    ("A VQ-VAE tokenizes each LiDAR sweep into codebook tokens. A transformer trained as a "
     "discrete diffusion model predicts the tokens of the next frame; frames are rolled out "
     "autoregressively, one frame after another.",
     "A VQ-VAE tokenizes each LiDAR sweep into codebook tokens. A transformer trained as a "
     "masked token model predicts the tokens of the next frame; frames are rolled out "
     "autoregressively, one frame after another.",
     lambda p: p.primary == "diffusion"),
    # a latent SDE mapped through a flow is the flow's dynamics, not a diffusion model
    ("ImitationFlow learns robot motions with a normalizing flow trained by maximum likelihood "
     "through the change of variables. We define a stable linear SDE in a latent space; a "
     "motion is produced by evolving the latent SDE and mapping each state through the flow, "
     "and the SDE keeps the motion stochastic.",
     "ImitationFlow learns robot motions with a normalizing flow trained by maximum likelihood "
     "through the change of variables. We define a stable linear SDE in a latent space; a "
     "motion is produced by evolving the latent SDE and mapping each state through the flow, "
     "and the SDE is trained by denoising score matching.",
     lambda p: "diffusion" not in p.paradigms),
    # a part named by what encodes with it ("encoded ... with a variational encoder") stays,
    # however strong the main model
    ("TamGen is a GPT-style chemical language model that writes SMILES token by token; it is "
     "pretrained on ten million compounds with next-token prediction and decodes left to "
     "right with a causal transformer. For lead optimisation, a seed compound is encoded into "
     "a latent vector with a variational encoder.",
     "TamGen is a GPT-style chemical language model that writes SMILES token by token; it is "
     "pretrained on ten million compounds with next-token prediction and decodes left to "
     "right with a causal transformer. For lead optimisation, a seed compound is read, and a "
     "variational encoder is a baseline.",
     lambda p: "latent_variable" in p.paradigms),
    # the name before a title's colon is the system's: a GPT the title describes is a part
    ("Bailando: 3D Dance Generation by Actor-Critic GPT\n\nA VQ-VAE with a choreographic "
     "memory quantises dance poses into a codebook. The second stage is a motion GPT that "
     "composes dance from the memory, fine-tuned with an actor-critic scheme.",
     "Bailando GPT: 3D Dance Generation\n\nA VQ-VAE with a choreographic memory quantises "
     "dance poses into a codebook. The second stage is a motion GPT that composes dance from "
     "the memory, fine-tuned with an actor-critic scheme.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE decoder conditioned on z and on its own previous outputs is autoregressive
    ("MIDI-VAE is a variational autoencoder trained by maximizing the evidence lower bound. "
     "Each decoder is a recurrent network that generates its roll step by step, conditioned "
     "on z and on its own previous outputs.",
     "MIDI-VAE is a variational autoencoder trained by maximizing the evidence lower bound. "
     "Each decoder is a feed-forward network that outputs its roll in one pass, conditioned "
     "on z alone.",
     lambda p: "autoregressive" in p.paradigms),
    # a linear-Gaussian state space model filtered by Kalman is a latent-variable model
    ("A recurrent network outputs the parameters of a linear-Gaussian state space model for "
     "each series, whose likelihood is computed with the Kalman filter. Unlike DeepAR, which "
     "is autoregressive in the observations, it keeps the classical model's structure.",
     "A recurrent network outputs the parameters of a Gaussian distribution for each series, "
     "whose likelihood is computed in closed form. Unlike DeepAR, which is autoregressive in "
     "the observations, it keeps the classical model's structure.",
     lambda p: p.primary == "latent_variable"),
    # a base model that denoises latents is a diffusion model, not a restoration task
    ("We build on a frozen text-to-audio model. The base model denoises mel-spectrogram latents "
     "produced by a variational autoencoder, and an adapter steers it.",
     "We build on a frozen text-to-audio model. The base model denoises mel-spectrograms "
     "produced by a variational autoencoder, and an adapter steers it.",
     lambda p: "diffusion" in p.paradigms),
    # a critic the generator is never trained against is no discriminator
    ("A masked generative transformer fills VQ tokens in parallel over a few rounds. The critic "
     "is trained to classify each token as original or sampled, and the generator is never "
     "updated through the critic, so no min-max game is involved.",
     "A masked generative transformer fills VQ tokens in parallel over a few rounds. The critic "
     "is trained to classify each token as original or sampled, and the generator is updated "
     "through the critic.",
     lambda p: "adversarial" not in p.paradigms),
    # a generator with a discriminator that conditions on its own previous outputs is rolled out
    ("A refinement network inpaints each rendered view and is trained with a multi-scale "
     "discriminator. Long flythroughs are produced one view at a time, with the network always "
     "conditioning on its own previous outputs.",
     "A refinement network inpaints each rendered view and is trained with a multi-scale "
     "discriminator. Long flythroughs are produced from one input, with the network always "
     "conditioning on the first photograph.",
     lambda p: "autoregressive" in p.paradigms),
    # an LSTM generator that feeds each sampled node back in is autoregressive
    ("NetGAN learns random walks with the Wasserstein GAN objective. The generator is an LSTM. "
     "At every step it samples the next node and feeds the chosen node back as its input.",
     "NetGAN learns random walks with the Wasserstein GAN objective. The generator is an LSTM. "
     "At every step it samples the next node from a fresh noise vector.",
     lambda p: "autoregressive" in p.paradigms),
    # a diffusion sampler of a given energy learns no energy-based model
    ("We introduce a neural sampler for Boltzmann densities that uses only the energy function "
     "and its gradient: a diffusion model whose reverse SDE is trained by denoising score "
     "matching on samples kept in a replay buffer.",
     "We introduce a neural sampler that learns the energy function and its gradient: a "
     "diffusion model whose reverse SDE is trained by denoising score matching on samples "
     "kept in a replay buffer.",
     lambda p: "energy_based" not in p.paradigms),
    # "The current standard, X, fits ..." is the field
    ("The current standard, Boltzmann-machine DCA, fits a Potts model with long Markov chain "
     "Monte Carlo runs. Here we introduce arDCA, which factorizes the probability of a sequence "
     "into a product of conditionals and samples one residue at a time.",
     "Our model, Boltzmann-machine DCA, fits a Potts model with long Markov chain Monte Carlo "
     "runs. Here we introduce arDCA, which factorizes the probability of a sequence into a "
     "product of conditionals and samples one residue at a time.",
     lambda p: "energy_based" not in p.paradigms),
    # a vision-language model the text calls the backbone of a flow-matching policy
    ("- **VLM backbone:** PaliGemma, a SigLIP image encoder and a Gemma language model.\n"
     "- **Action expert:** trained with flow matching and integrated with ten Euler steps.\n",
     "- **Planner:** PaliGemma, a SigLIP image encoder and a Gemma language model.\n"
     "- **Action expert:** trained with flow matching and integrated with ten Euler steps.\n",
     lambda p: "autoregressive" not in p.paradigms),
    # "A later variant, X, ..." is other work
    ("The policy is trained with flow matching and integrated with Euler steps. A later "
     "variant, pi0-FAST, swaps the flow-matching head for plain autoregressive decoding.",
     "The policy is trained with flow matching and integrated with Euler steps. Our variant, "
     "pi0-FAST, swaps the flow-matching head for plain autoregressive decoding.",
     lambda p: "autoregressive" not in p.paradigms),
    # "we went from X to Y" tells the field's history
    ("ReMoDiffuse is a retrieval-augmented motion diffusion model that denoises motion "
     "sequences. In a couple of years we went from VAE-based models to diffusion models.",
     "ReMoDiffuse is a retrieval-augmented motion diffusion model that denoises motion "
     "sequences. In a couple of years we added VAE-based models to diffusion models.",
     lambda p: "latent_variable" not in p.paradigms),
    # "tired of X" speaks of other systems
    ("HDiT is a pixel-space diffusion transformer trained with a noise-prediction loss. For "
     "anyone tired of VAE artifacts in fine text, this is an encouraging direction.",
     "HDiT is a pixel-space diffusion transformer trained with a noise-prediction loss. For "
     "anyone fond of VAE artifacts in fine text, this is an encouraging direction.",
     lambda p: "latent_variable" not in p.paradigms),
    # the name before a title's colon ends a survey of the field when a sentence uses it
    ("Trajectron++: Trajectory Forecasting\n\nGenerative approaches fall mainly into two groups: "
     "GAN-based models, and conditional VAEs. Trajectron++ follows the CVAE route, trained by "
     "maximizing the evidence lower bound; a control is sampled and fed back as input to the "
     "next step.",
     "Trajectron++: Trajectory Forecasting\n\nGenerative approaches fall mainly into two groups: "
     "GAN-based models, and conditional VAEs. The second follows the CVAE route, trained by "
     "maximizing the evidence lower bound; a control is sampled and fed back as input to the "
     "next step.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE whose prior a flow makes richer (VITS and its kin) is the latent-variable model
    ("During training a posterior encoder maps the linear spectrogram to a latent z, and a KL "
     "term ties it to a text-conditioned prior made richer by a normalizing flow. The decoder "
     "is trained with a GAN loss against multi-period discriminators and with feature matching; "
     "the adversarial loss and the discriminators make the audio sharp.",
     "During training an encoder maps the linear spectrogram to a latent z, and a KL term ties "
     "it to a Gaussian. A normalizing flow post-net refines the mel output. The decoder is "
     "trained with a GAN loss against multi-period discriminators and with feature matching; "
     "the adversarial loss and the discriminators make the audio sharp.",
     lambda p: p.primary == "latent_variable"),
    # a quantiser trained inside a speech recogniser gives supervised tokens, no autoencoder
    ("Speech is represented by supervised semantic tokens: a vector quantizer is inserted into "
     "the encoder of a speech recognition model. An autoregressive language model predicts the "
     "tokens one at a time.",
     "Speech is represented by the tokens of a VQ-VAE trained to reconstruct the audio. An "
     "autoregressive language model predicts the tokens one at a time.",
     lambda p: "latent_variable" not in p.paradigms),
    # one model that writes text with a next-token loss and makes images with diffusion
    ("One autoregressive transformer is trained on mixed sequences under a causal mask. Text is "
     "trained with the usual next-token prediction loss; each image is encoded by a VAE into "
     "latent patches that the same transformer learns to denoise with a diffusion loss.",
     "One autoregressive transformer is trained on mixed sequences under a causal mask. Image "
     "tokens are trained with the usual next-token prediction loss; each image is encoded by a "
     "VAE into latent patches that a small diffusion head learns to denoise.",
     lambda p: p.primary == "diffusion"),
    # a language model whose hidden states condition a diffusion transformer
    ("One autoregressive transformer is trained under a causal mask: a multimodal language "
     "model that decodes its answers token by token and, for generation, returns the hidden "
     "states of 64 query tokens. A diffusion transformer conditioned on those hidden states is "
     "trained with flow matching to make the image.",
     "One autoregressive transformer is trained under a causal mask: a multimodal language "
     "model that decodes its answers token by token and, for generation, returns 64 query "
     "tokens. A diffusion transformer conditioned on those tokens is trained with flow "
     "matching to make the image.",
     lambda p: p.primary == "diffusion"),
    # a CNF fitted by maximum likelihood with straight-path regularisation is no diffusion model
    ("Our continuous normalizing flow is trained by maximum likelihood through the change of "
     "variables formula. Penalizing the kinetic energy of the vector field favours straight "
     "trajectories, and we draw samples by integrating the ODE from Gaussian noise.",
     "Our continuous normalizing flow is trained by regressing the velocity field of straight "
     "trajectories, and we draw samples by integrating the ODE from Gaussian noise.",
     lambda p: "diffusion" not in p.paradigms),
    # a variational model with a posterior encoder is a latent-variable model first
    ("FitVid is a variational model: a posterior encoder infers a per-frame latent during "
     "training, and the loss adds a KL penalty. Each predicted frame is fed back as the input "
     "for the next step, so the future is rolled out frame by frame.",
     "FitVid is a video model: an encoder embeds each frame during training, and the loss adds "
     "a KL penalty. Each predicted frame is fed back as the input for the next step, so the "
     "future is rolled out frame by frame.",
     lambda p: p.primary == "latent_variable"),
    # a hyphenated part of a repository id names a checkpoint
    ("A retuned VAE that decodes in half precision, trained with a KL term.\n\n```python\n"
     "pipe = load('stabilityai/stable diffusion-xl-base-1.0', vae=vae)\n```\n",
     "A retuned VAE that decodes in half precision, trained with a KL term.\n\n```python\n"
     "pipe = load('stabilityai/stable-diffusion-xl-base-1.0', vae=vae)\n```\n",
     lambda p: dict(p.scores)["diffusion"] > 0),
    # a GAN vocoder named by what it does is a stage of the system, however small its evidence
    ("Our acoustic model is a diffusion model trained to predict the noise added to "
     "mel-spectrograms; the mel-spectrograms are converted to waveforms with a pretrained "
     "HiFi-GAN.",
     "Our acoustic model is a diffusion model trained to predict the noise added to "
     "mel-spectrograms; the mel-spectrograms are compared with those of a pretrained HiFi-GAN.",
     lambda p: "adversarial" in p.paradigms),
    # a CNF the text says is trained by flow matching without maximum likelihood is diffusion
    ("FlowMol is a continuous normalizing flow over molecules trained by flow matching, without "
     "maximum likelihood; its exact likelihood is then computed with the change of variables.",
     "FlowMol is a continuous normalizing flow over molecules trained by flow matching; its "
     "exact likelihood is then computed with the change of variables.",
     lambda p: p.primary == "diffusion"),
    # quantizing a network's weights is model compression, not a quantised latent code
    ("The release is a language model served with a quantizer: its weights are quantized to "
     "4-bit with post-training quantization on a small calibration set.",
     "The release is a language model served with a quantizer: its hidden states are mapped to "
     "discrete latent codes.",
     lambda p: "latent_variable" not in p.paradigms),
    # a VAE decoder whose each predicted pose is the next step's input is autoregressive
    ("The motion VAE is trained on the ELBO. Its decoder predicts a pose; each predicted pose "
     "becomes the input for the next step.",
     "The motion VAE is trained on the ELBO. Its decoder predicts a pose; each predicted pose "
     "becomes the target for the next step.",
     lambda p: "autoregressive" in p.paradigms),
    # masked kernels that make each convolution autoregressive are an autoregressive flow's
    ("Our normalizing flow, trained by exact maximum likelihood, composes two convolutions "
     "whose kernels are masked so that each is autoregressive.",
     "Our normalizing flow, trained by exact maximum likelihood, composes two convolutions; "
     "an autoregressive transformer then writes each token of its output one at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # a GAN whose forward diffusion only noises the discriminator's inputs learns no diffusion model
    ("Diffusion-GAN trains a GAN whose discriminator sees inputs passed through a forward "
     "diffusion chain; it does not learn a reverse denoising process, and the generator "
     "samples in one pass.",
     "Diffusion-GAN trains a GAN whose discriminator sees inputs passed through a forward "
     "diffusion chain; it also learns a reverse denoising process, and the generator samples "
     "in one pass.",
     lambda p: "diffusion" not in p.paradigms),
    # a diffusion model's rollout the text calls autoregressive adds the sequence model
    ("The transition density is a conditional denoising diffusion probabilistic model: a new "
     "configuration is produced from Gaussian noise by iterative denoising, and the denoiser "
     "is trained to predict the added noise. The network is a denoising diffusion model with "
     "a DDPM noise schedule; sampling runs 50 denoising steps from Gaussian noise, and "
     "training minimises the noise-prediction MSE of a score-based model. Long trajectories "
     "are then generated autoregressively: each sampled configuration becomes the condition "
     "for the next jump.",
     "The transition density is a conditional denoising diffusion probabilistic model: a new "
     "configuration is produced from Gaussian noise by iterative denoising, and the denoiser "
     "is trained to predict the added noise. The network is a denoising diffusion model with "
     "a DDPM noise schedule; sampling runs 50 denoising steps from Gaussian noise, and "
     "training minimises the noise-prediction MSE of a score-based model. Long trajectories "
     "are then generated: each sampled configuration becomes the condition for the next "
     "jump.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE that calls itself non-autoregressive (its decoder past a ";") has no sequence model
    ("This paper proposes a non-autoregressive text-to-speech model with a VAE residual "
     "encoder trained on the ELBO. The whole spectrogram is emitted in a single parallel "
     "pass of the decoder; there is no frame-by-frame recurrence as in the autoregressive "
     "Tacotron 2 we compare against.",
     "This paper proposes a non-autoregressive text-to-speech model with a VAE residual "
     "encoder trained on the ELBO. Its autoregressive decoder emits the spectrogram frame by "
     "frame, each frame conditioned on the previous ones, as in Tacotron 2.",
     lambda p: "autoregressive" not in p.paradigms),
    # a flow trained with AIS and a replay buffer of those samples learns no energy
    ("FAB trains a normalizing flow on a Boltzmann target with annealed importance sampling "
     "and HMC transitions; a replay buffer of the AIS samples cuts the cost of target "
     "evaluations.",
     "FAB trains a normalizing flow on a Boltzmann target with annealed importance sampling "
     "and HMC transitions; negative samples from the model fill a replay buffer for "
     "contrastive divergence.",
     lambda p: "energy_based" not in p.paradigms),
    # one transformer that combines the next-token loss with diffusion is diffusion first
    ("Transfusion combines the language modeling loss (next token prediction) with diffusion "
     "to train a single transformer over text and images.",
     "Transfusion uses the language modeling loss (next token prediction) and a diffusion "
     "decoder over text and images.",
     lambda p: p.primary == "diffusion"),
    # a GAN generator fed the output it produced at the previous step is autoregressive
    ("C-RNN-GAN is a GAN for music whose LSTM generator, at every time step, takes a fresh "
     "random vector together with the output it produced at the previous step.",
     "C-RNN-GAN is a GAN for music whose LSTM generator, at every time step, takes a fresh "
     "random vector together with a fixed style vector.",
     lambda p: "autoregressive" in p.paradigms),
    # a recurrent VAE fed the previous observation at every step is autoregressive
    ("STORN is a recurrent VAE trained on the variational lower bound. At every step a "
     "latent vector is drawn and fed, together with the previous observation, into the "
     "recurrent transition.",
     "STORN is a recurrent VAE trained on the variational lower bound. At every step a "
     "latent vector is drawn and fed, together with a fixed context vector, into the "
     "recurrent transition.",
     lambda p: "autoregressive" in p.paradigms),
    # a flow trained toward a Boltzmann target with MCMC and importance sampling learns no energy
    ("FAB trains a rational-quadratic spline coupling flow toward a molecule's Boltzmann "
     "distribution. MCMC takes long to mix, so annealed importance sampling with Hamiltonian "
     "Monte Carlo moves pushes the flow's samples where it is wrong. The flow is trained "
     "only from the energy function.",
     "FAB trains a rational-quadratic spline coupling flow beside a learned energy. MCMC "
     "takes long to mix, so Hamiltonian Monte Carlo moves push the flow's samples where it "
     "is wrong. The flow is trained only from the energy function.",
     lambda p: "energy_based" not in p.paradigms),
    # an autoencoder made for latent diffusion models is the tokenizer; those models are its users
    ("---\nlicense: mit\n---\n# LiteVAE\n\nLiteVAE is a lightweight variational autoencoder for "
     "latent diffusion models, trained with a KL term and a patch discriminator. Used as the "
     "first stage of a DiT-based latent diffusion model, it matches SD-VAE quality.",
     "---\nlicense: mit\n---\n# LiteVAE\n\nLiteVAE is a lightweight variational autoencoder "
     "trained with a KL term and a patch discriminator. A DiT-based latent diffusion model "
     "runs in its latents and matches SD-VAE quality.",
     lambda p: p.primary == "latent_variable" and "diffusion" not in p.paradigms),
    # an autoencoder release for Stable Diffusion latents has no diffusion part
    ("# TAESD: a tiny autoencoder for Stable Diffusion latents\n\nTAESD is an encoder/decoder "
     "pair that speaks the same latent format as Stable Diffusion's own VAE, trained with an "
     "adversarial loss. It decodes SDXL and FLUX.1 latents in one pass.",
     "# TAESD: a tiny autoencoder for Stable Diffusion latents\n\nTAESD is an encoder/decoder "
     "pair trained with an adversarial loss, and a diffusion model trained to predict the "
     "added noise runs in its latents, sampled with 50 denoising steps.",
     lambda p: p.primary == "latent_variable" and "diffusion" not in p.paradigms),
    # a score-based SDE model called a continuous energy-based model learns no energy
    ("ScoreGrad: forecasting with continuous energy-based generative models\n\nScoreGrad is a "
     "continuous energy-based generative model: a score network trained by denoising score "
     "matching, sampled by solving the reverse SDE.",
     "ScoreGrad: forecasting with energy-based generative models\n\nScoreGrad is an "
     "energy-based generative model: a score network trained by denoising score matching, "
     "sampled by solving the reverse SDE.",
     lambda p: "energy_based" not in p.paradigms),
    # a flow's Gaussian prior and reverse-KL term add no latent-variable model
    ("Our normalizing flow maps samples of a Gaussian prior in its latent space to molecular "
     "configurations with coupling layers. Scaling the width of the Gaussian prior sets the "
     "temperature. Training combines the change-of-variables likelihood with a reverse-KL "
     "term.",
     "Our normalizing flow maps samples of a Gaussian prior in its latent space to molecular "
     "configurations with coupling layers. Scaling the width of the Gaussian prior sets the "
     "temperature. Training combines the change-of-variables likelihood with a reverse-KL "
     "term, and a VAE encodes each molecule into a latent code.",
     lambda p: "latent_variable" not in p.paradigms),
    # quantizing a network's weights is no VQ, even beside a mention of VQ-VAE's codebooks
    ("We quantize the weights and activations of a diffusion model to 4-bit with "
     "post-training quantization; a split quantizer handles shortcut layers. This is "
     "unrelated to the vector-quantized codebooks that are used by VQ-VAE or by discrete "
     "autoregressive image models.",
     "We quantize the weights and activations of a diffusion model to 4-bit with "
     "post-training quantization; a split quantizer handles shortcut layers. A VQ-VAE "
     "tokenizer with a codebook compresses the images first.",
     lambda p: "latent_variable" not in p.paradigms),
    # a GAN generator that receives its own previous batch as input is autoregressive
    ("DoppelGANger is a GAN trained against a discriminator; its LSTM generator emits a "
     "batch of records per step and receives its own previous batch back as input.",
     "DoppelGANger is a GAN trained against a discriminator; its LSTM generator emits a "
     "batch of records per step and receives a fresh noise vector as input.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE decoder that writes visit by visit is autoregressive
    ("EVA is a VAE of patient records trained on the ELBO; its recurrent decoder writes the "
     "history back visit by visit.",
     "EVA is a VAE of patient records trained on the ELBO; its recurrent decoder writes the "
     "history back in one pass.",
     lambda p: "autoregressive" in p.paradigms),
    # a random-field language model is no left-to-right model
    ("# TRF-LM: trans-dimensional random field language models\n\nThe toolkit trains "
     "trans-dimensional random field language models: an energy-based model scores a whole "
     "sentence with an unnormalised potential, trained by stochastic approximation with "
     "Gibbs sampling, and rescores n-best lists.",
     "# TRF-LM: trans-dimensional random field language models\n\nThe toolkit trains "
     "trans-dimensional random field language models: an energy-based model scores a whole "
     "sentence with an unnormalised potential, trained by stochastic approximation with "
     "Gibbs sampling; a decoder-only transformer proposes the sentences.",
     lambda p: "autoregressive" not in p.paradigms),
    # a Wasserstein objective fitted to an RBM is no adversarial game
    ("We fit a restricted Boltzmann machine with a smoothed Wasserstein objective; samples "
     "come from persistent Gibbs chains.",
     "We fit a restricted Boltzmann machine with a smoothed Wasserstein objective beside a "
     "GAN generator; samples come from persistent Gibbs chains.",
     lambda p: "adversarial" not in p.paradigms),
    # an autoencoder compressing records into a code the generator makes is the GAN's latent space
    ("We propose CorGAN, whose generator and discriminator are convolutional networks "
     "trained with an adversarial loss. A convolutional autoencoder is first trained to "
     "compress binary patient records into a continuous code, and the generator learns to "
     "produce codes in that space.",
     "We propose CorGAN, whose generator and discriminator are convolutional networks "
     "trained with an adversarial loss. A convolutional autoencoder is first trained to "
     "clean binary patient records, and the generator learns to produce records directly.",
     lambda p: "latent_variable" in p.paradigms),
    # a VAE decoder that emits each pose from the poses it has already produced is autoregressive
    ("Action2Motion is a conditional temporal variational autoencoder trained on the "
     "evidence lower bound; a GRU decoder emits the next pose from the sampled latent and "
     "the poses it has already produced.",
     "Action2Motion is a conditional temporal variational autoencoder trained on the "
     "evidence lower bound; a GRU decoder emits every pose from the sampled latent at once.",
     lambda p: "autoregressive" in p.paradigms),
    # a latent SDE trained on a variational bound is a latent-variable model, not a diffusion model
    ("We fit a latent SDE: a prior SDE with a learned drift network and a diffusion network, "
     "and an approximate posterior SDE with its own drift. Training maximises the evidence "
     "lower bound.",
     "We fit a latent SDE: a forward SDE adds noise to the data and a network trained by "
     "denoising score matching reverses it. Training also maximises the evidence lower "
     "bound.",
     lambda p: p.primary == "latent_variable" and "diffusion" not in p.paradigms),
    # flows assembled autoregressively are an autoregressive flow, not a sequence model
    ("We build normalizing flows on tori and spheres, trained by maximum likelihood. Flows "
     "on the D-dimensional torus are then assembled autoregressively, one angle conditioned "
     "on the previous ones.",
     "We build normalizing flows on tori and spheres, trained by maximum likelihood. A "
     "decoder-only transformer then generates the angles autoregressively, one token at a "
     "time.",
     lambda p: "autoregressive" not in p.paradigms),
    # a critic beside an agent that assigns rewards is reinforcement learning, not a GAN
    ("ReLeaSE's generator is a recurrent network trained to predict the next character of "
     "SMILES strings. In the second stage G is the agent and P the critic: P assigns "
     "rewards.",
     "ReLeaSE's generator is a recurrent network trained to predict the next character of "
     "SMILES strings. In the second stage G is the generator and P the critic: P assigns "
     "scores.",
     lambda p: "adversarial" not in p.paradigms),
    # a diffusion sampler of a given Boltzmann density learns no energy
    ("We train a diffusion sampler for Boltzmann densities: given only an unnormalised "
     "density p(x) ∝ exp(−E(x)) and no data, the network regresses its score, with a replay "
     "buffer of proposed points; samples are drawn with the reverse-time SDE.",
     "We learn an energy-based model of images: the network outputs an unnormalised density "
     "p(x) ∝ exp(−E(x)), trained by contrastive divergence with a replay buffer; samples are "
     "drawn with the reverse-time SDE of a diffusion model.",
     lambda p: "energy_based" not in p.paradigms),
    # a flow fitted to an encoder's embeddings works in an autoencoder's latent space
    ("A graph autoencoder maps each graph to node embeddings. A graph normalizing flow is "
     "then fitted to the encoder's node embeddings by maximum likelihood, with the change of "
     "variables.",
     "A graph autoencoder maps each graph to node embeddings for a classifier. A graph "
     "normalizing flow is then fitted to the raw node features by maximum likelihood, with "
     "the change of variables.",
     lambda p: "latent_variable" in p.paradigms),
    # a VAE decoder run in a loop feeding each predicted pose back is autoregressive
    ("Motion VAE is a conditional variational autoencoder trained on the evidence lower "
     "bound. Run the decoder in a loop, feeding each predicted pose back in as the condition "
     "for the next.",
     "Motion VAE is a conditional variational autoencoder trained on the evidence lower "
     "bound. Run the decoder once, producing every pose of the clip at once.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE decoder writing subgraphs one at a time, each on those already placed, is autoregressive
    ("PS-VAE is a variational autoencoder over molecules trained on the evidence lower "
     "bound; its decoder writes a sequence of subgraphs one at a time, each conditioned on "
     "the latent vector and on the subgraphs already placed.",
     "PS-VAE is a variational autoencoder over molecules trained on the evidence lower "
     "bound; its decoder writes all subgraphs at once from the latent vector.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE whose prediction is fed back to predict the next frame is autoregressive
    ("GHVAE is a hierarchical variational autoencoder trained on the evidence lower bound. "
     "The latent for frame t+1 is sampled from the prior, decoded to an image, and that "
     "prediction is fed back to predict frame t+2.",
     "GHVAE is a hierarchical variational autoencoder trained on the evidence lower bound. "
     "The latent for every frame is sampled from the prior and decoded to an image in one "
     "pass.",
     lambda p: "autoregressive" in p.paradigms),
    # a discriminator that plays no adversarial role is a scorer, not a GAN's
    ("GraspGen is a diffusion model that denoises grasp poses over 100 steps from Gaussian "
     "noise. GraspGen pairs the generator with a discriminator that scores each candidate; "
     "this discriminator plays no adversarial role.",
     "GraspGen is a diffusion model that denoises grasp poses over 100 steps from Gaussian "
     "noise. GraspGen trains the generator to fool a discriminator.",
     lambda p: "adversarial" not in p.paradigms),
    # denoising a noisy photograph is a task a flow solves, not a diffusion model
    ("c-Glow is a conditional normalizing flow trained by maximum likelihood with the "
     "change-of-variables formula. We evaluate it on image denoising, where it predicts the "
     "clean image from a noisy photograph.",
     "c-Glow is a conditional normalizing flow trained by maximum likelihood with the "
     "change-of-variables formula. A second network of ours predicts the clean image from "
     "Gaussian noise over many denoising steps.",
     lambda p: "diffusion" not in p.paradigms),
    # a VAE prior conditioned on the positions the model already predicted is autoregressive
    ("SocialVAE is a recurrent conditional variational autoencoder trained on the evidence "
     "lower bound; at each step the prior is conditioned on the observed history and on the "
     "positions the model itself has already predicted.",
     "SocialVAE is a recurrent conditional variational autoencoder trained on the evidence "
     "lower bound; at each step the prior is conditioned on the observed history only.",
     lambda p: "autoregressive" in p.paradigms),
    # a GRU generator conditioned on its own previous outputs is autoregressive
    ("The generator is a GRU trained against a WGAN-GP critic with a gradient penalty; every "
     "character is produced conditioned on the generator's own previous outputs.",
     "The generator is a GRU trained against a WGAN-GP critic with a gradient penalty; every "
     "character is produced from a fresh noise vector.",
     lambda p: "autoregressive" in p.paradigms),
    # a VAE decoder that emits tokens one at a time, each given the one before, is autoregressive
    ("The model is a VAE trained on the evidence lower bound. Its GRU decoder emits the "
     "tokens of each beat one at a time, each conditioned on the token before it.",
     "The model is a VAE trained on the evidence lower bound. Its GRU decoder emits all the "
     "tokens of each beat at once from the latent vector.",
     lambda p: "autoregressive" in p.paradigms),
    # a decoder that picks the next rule at each step is autoregressive
    ("The model is a VAE trained on the evidence lower bound over grammar rules: given the "
     "latent vector, a GRU decoder picks the next production rule at each step.",
     "The model is a VAE trained on the evidence lower bound over grammar rules: given the "
     "latent vector, a GRU decoder outputs a bag of production rules in one pass.",
     lambda p: "autoregressive" in p.paradigms),
    # a prior rolled forward one latent state after another is autoregressive
    ("The sequential VAE is trained on the evidence lower bound; at test time we roll the "
     "prior forward, sampling one latent state after another.",
     "The sequential VAE is trained on the evidence lower bound; at test time we sample all "
     "latent states jointly from the prior.",
     lambda p: "autoregressive" in p.paradigms),
    # a GAN that writes bar by bar, each bar conditioned on the last, is autoregressive
    ("MelodyNet is a convolutional GAN trained against a discriminator. It writes an "
     "eight-bar melody, each bar conditioned on the one it has just produced.",
     "MelodyNet is a convolutional GAN trained against a discriminator. It writes a whole "
     "eight-bar melody in a single pass.",
     lambda p: "autoregressive" in p.paradigms),
    # a diffusion language model whose generation order the text calls autoregressive keeps both
    ("TextDiff is a diffusion language model: tokens further right get larger, "
     "position-dependent timesteps, so its generation order is auto-regressive.",
     "TextDiff is a diffusion language model: every token shares one timestep, unlike "
     "auto-regressive language models.",
     lambda p: p.primary == "diffusion" and "autoregressive" in p.paradigms),
    # an energy network fitted by multi-scale denoising score matching and sampled by Langevin
    # is an EBM
    ("The model is a scalar energy network fitted by denoising score matching over many noise "
     "levels; samples are drawn by annealed Langevin dynamics on the learned energy.",
     "The model is a score network fitted by denoising score matching over many noise levels; "
     "samples are drawn by annealed Langevin dynamics.",
     lambda p: p.primary == "energy_based" and "diffusion" not in p.paradigms),
    # diffusion recovery likelihood trains an EBM first; a few Langevin steps are its sampler,
    # not a distilled one
    ("We learn energy-based models by recovery likelihood: at each of a sequence of noise "
     "levels a conditional EBM recovers the cleaner sample, drawn by a few steps of Langevin "
     "dynamics.",
     "We learn energy-based models and a diffusion model trained with noise prediction: at "
     "each noise level the diffusion model denoises the sample in a few steps.",
     lambda p: p.primary == "energy_based" and p.card.sampler == "Langevin MCMC"),
    # a discriminator the text calls a separate classifier is no adversarial training
    ("NewsLM is a left-to-right transformer language model trained on next-token prediction. "
     "Its discriminator is a separate classifier that spots machine-written news.",
     "NewsLM is a left-to-right transformer language model trained on next-token prediction. "
     "Its discriminator is trained against the generator in a minimax game.",
     lambda p: "adversarial" not in p.paradigms),
    # a sampling critic never used to train the generator is no adversarial training
    ("MaskGen is a bidirectional masked transformer over the tokens of a VQ autoencoder, "
     "trained by masked-token prediction and decoded in parallel over eight rounds. The "
     "critic scores the tokens to resample; it is never used to train the generator.",
     "MaskGen is a bidirectional masked transformer over the tokens of a VQ autoencoder, "
     "trained by masked-token prediction and decoded in parallel over eight rounds. The "
     "critic is trained against the generator with a Wasserstein loss.",
     lambda p: "adversarial" not in p.paradigms),
    # a name given in homage to a GAN is no GAN
    ("We run two pretrained diffusion models, encoding with one and decoding with the other; "
     "we call it CycleDiff, in homage to CycleGAN.",
     "We run two pretrained diffusion models, encoding with one and decoding with the other; "
     "we call it CycleDiff, and a CycleGAN discriminator trains it.",
     lambda p: "adversarial" not in p.paradigms),
    # a denoising diffusion GAN is a diffusion model whose steps are GAN generators
    ("Each of the four large denoising steps of our speech model is modelled by a conditional "
     "GAN generator trained against a discriminator.",
     "Our speech model is a conditional GAN generator trained against a discriminator; a "
     "forward diffusion only adds noise to the discriminator's inputs.",
     lambda p: p.primary == "diffusion" and "adversarial" in p.paradigms),
    # a diffusion model that calls itself non-autoregressive drops the autoregressive fit that
    # initialises it
    ("TimeDiff is a non-autoregressive conditional diffusion model for forecasting; an "
     "autoregressive linear fit to the history initialises its condition.",
     "TimeDiff is a conditional diffusion model for forecasting, rolled out autoregressively "
     "window after window.",
     lambda p: "autoregressive" not in p.paradigms),
    # masked convolutions that build a flow's layers are no autoregressive sampler
    ("# MaskFlow: Invertible Networks with Masked Convolutions\n\nMaskFlow is a normalizing "
     "flow trained by exact maximum likelihood.",
     "# MaskFlow: Invertible Networks with Masked Convolutions\n\nMaskFlow is a normalizing "
     "flow trained by exact maximum likelihood, with a PixelCNN prior that decodes one pixel "
     "at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # GAN-like quality is a comparison, not a GAN
    ("GLF is an autoencoder plus a normalizing flow over its codes, trained by exact "
     "likelihood, and it reaches GAN-like sample quality.",
     "GLF is an autoencoder plus a normalizing flow over its codes, trained by exact "
     "likelihood, and a GAN discriminator sharpens its decodes.",
     lambda p: "adversarial" not in p.paradigms),
    # autoregressive energy machines are energy-based first
    ("Autoregressive energy machines model each conditional of the chain rule with a learned "
     "energy and an importance-sampled normaliser.",
     "An autoregressive model predicts each conditional of the chain rule with a softmax, and "
     "a learned energy rescores its samples.",
     lambda p: p.primary == "energy_based"),
    # human-feedback tuning and visual tokens do not make a diffusion model autoregressive
    ("The video model is a flow-matching diffusion transformer over visual tokens from a "
     "causal VAE, tuned afterwards with reinforcement learning from human feedback.",
     "The video model is a flow-matching diffusion transformer over visual tokens from a "
     "causal VAE, prompted by a decoder-only language model.",
     lambda p: "autoregressive" not in p.paradigms),
    # a text VAE whose decoder writes each word given the words before it is autoregressive
    ("The model is a VAE for text trained on the evidence lower bound; its dilated CNN "
     "decoder generates each word conditioned on the words before it and on the latent code.",
     "The model is a VAE for text trained on the evidence lower bound; its dilated CNN "
     "decoder generates all the words at once from the latent code.",
     lambda p: "autoregressive" in p.paradigms),
    # a GAN in the latent space of a heteroencoder works in an autoencoder's codes
    ("MolGAN-L is a Wasserstein GAN with a gradient penalty that works in the latent space of "
     "a pretrained SMILES heteroencoder.",
     "MolGAN-L is a Wasserstein GAN with a gradient penalty that works directly on SMILES "
     "strings.",
     lambda p: "latent_variable" in p.paradigms),
    # a GAN rolled out frame after frame on its own outputs stays adversarial first
    ("The video is generated autoregressively, each frame conditioned on the model's own "
     "previous output: we render, refine and feed the refined frame back in as the input for "
     "the next step. The refinement generator is trained with an adversarial loss from a "
     "multi-scale discriminator.",
     "The video is generated autoregressively, each frame conditioned on the model's own "
     "previous output: we render, refine and feed the refined frame back in as the input for "
     "the next step. The refinement network is a transformer trained by regression.",
     lambda p: p.primary == "adversarial"),
    # a language model trained by next-token prediction is no diffusion model rolled out in chunks
    ("The core is a transformer language model initialised from a pretrained text LLM; it is "
     "trained by next-token prediction, and audio tokens are generated one token at a time. "
     "To turn the generated audio tokens back into sound we use a chunk-wise streaming "
     "detokenizer: a flow-matching model that produces mel frames.",
     "The core is a transformer over text and audio tokens. To turn the audio tokens into "
     "sound we use a chunk-wise streaming detokenizer: a flow-matching model that produces "
     "mel frames, rolled out autoregressively chunk by chunk.",
     lambda p: p.primary == "autoregressive"),
    # an adversarially trained refiner set apart from diffusion is no diffusion model
    ("We view synthesis as a fixed-point iteration that starts from noise and repeatedly "
     "applies a denoising mapping. Unlike a diffusion model, there is no noise schedule: the "
     "mapping is trained with an adversarial loss from multi-resolution discriminators.",
     "We view synthesis as a fixed-point iteration that starts from noise and repeatedly "
     "applies a denoising mapping, following a noise schedule; the mapping is trained with an "
     "adversarial loss from multi-resolution discriminators.",
     lambda p: p.primary == "adversarial" and "diffusion" not in p.paradigms),
    # a latent ODE that summarises a sequence into a latent vector is a latent-variable part
    ("Our continuous-time flow is trained by exact likelihood with the change-of-variables "
     "formula; in its latent variant a latent ODE summarises the sequence into a latent "
     "vector that conditions the flow, trained with a variational lower bound.",
     "Our continuous-time flow is trained by exact likelihood with the change-of-variables "
     "formula; in its second variant a neural ODE summarises the sequence into a vector that "
     "conditions the flow, trained with a variational lower bound.",
     lambda p: "latent_variable" in p.paradigms),
    # a GAN's truncation trick on a VAE's prior is no adversarial training
    ("PathVAE is a conditional VAE trained on a reconstruction loss and a KL term. A "
     "truncation trick on the latent prior trades diversity for precision; the truncation "
     "trick we use was popularised by BigGAN.",
     "PathVAE is a conditional VAE trained on a reconstruction loss and a KL term, with a "
     "discriminator on its outputs. A truncation trick on the latent prior trades diversity "
     "for precision; the truncation trick we use was popularised by BigGAN.",
     lambda p: "adversarial" not in p.paradigms),
    # an autoencoder kept only as a frozen conditioning encoder gives no latent space
    ("An image auto-encoder is pre-trained on photos; afterwards only its encoder is used, "
     "frozen, to turn the photo into a feature vector. A point-cloud diffusion model denoises "
     "the points conditioned on that vector.",
     "An image auto-encoder is pre-trained on photos; a point-cloud diffusion model denoises "
     "its latent codes.",
     lambda p: "latent_variable" not in p.paradigms),
    # an RBM whose biases come from a recurrent network fed the sampled notes is autoregressive too
    ("Each time step is a conditional RBM trained with contrastive divergence, whose biases "
     "come from a recurrent network. A Gibbs chain draws the notes of each slice, and the "
     "sampled chord is fed back to the recurrent network before the next step.",
     "Each time step is a conditional RBM trained with contrastive divergence, whose biases "
     "come from a recurrent network. A Gibbs chain draws the notes of each slice, and the "
     "recurrent network reads only the score.",
     lambda p: "autoregressive" in p.paradigms),
    # a distillation that shrinks the number of sampling steps makes a few-step sampler
    ("The video model is a diffusion transformer trained with a flow-matching objective. A "
     "multi-stage distillation process shrinks the number of sampling steps the generator "
     "needs.",
     "The video model is a diffusion transformer trained with a flow-matching objective. A "
     "multi-stage pipeline upsamples the frames it generates.",
     lambda p: p.card.sampler == "few-step distilled"),
    # a one-step estimate fed back in training is no one-step sampler
    ("A 3D U-Net is trained as a denoising diffusion model over voxel grids; a bootstrapping "
     "scheme feeds the model's own one-step estimate back through the network during "
     "training.",
     "A 3D U-Net is trained as a denoising diffusion model over voxel grids; at test time it "
     "samples a grid in one step.",
     lambda p: p.card.sampler == "iterative denoising"),
    # a VAE that decodes frame after frame on its own outputs is latent-variable first
    ("A conditional temporal VAE. Motion is produced one frame at a time by GRUs: each "
     "frame's latent is drawn from the learned prior, decoded, and the decoded pose is fed "
     "back in for the next frame. Training maximises a per-frame evidence lower bound, with "
     "teacher forcing.",
     "A conditional temporal GRU model. Motion is produced one frame at a time by GRUs: each "
     "frame is decoded, and the decoded pose is fed back in for the next frame. Training "
     "maximises the per-frame likelihood, with teacher forcing.",
     lambda p: p.primary == "latent_variable"),
    # a layout VAE that emits one box at a time given the boxes so far is autoregressive
    ("LayoutVAE is a conditional VAE trained on the evidence lower bound. It emits one "
     "bounding box at a time, with an LSTM summarising every box generated so far.",
     "LayoutVAE is a conditional VAE trained on the evidence lower bound. It emits all "
     "bounding boxes at once from the latent code.",
     lambda p: "autoregressive" in p.paradigms),
    # a GAN that looks at the frames it has itself already produced is autoregressive
    ("vid2vid is a GAN trained against image and video discriminators. To produce frame t, "
     "the generator looks at the current input map and the frames it has itself already "
     "produced.",
     "vid2vid is a GAN trained against image and video discriminators. To produce frame t, "
     "the generator looks at the current input map only.",
     lambda p: "autoregressive" in p.paradigms),
    # a generator that maps noise to an autoencoder's embedding space works in its latent space
    ("An autoencoder over entire sequences learns a fixed-dimensional embedding of each "
     "series. A generator maps Gaussian noise to the embedding space and is trained against a "
     "critic with the Wasserstein GAN loss.",
     "A generator maps Gaussian noise to whole series and is trained against a critic with "
     "the Wasserstein GAN loss.",
     lambda p: "latent_variable" in p.paradigms),
    # flows chained in time and fed their own samples are a sequence model too
    ("The joint distribution at each time step is a conditional normalizing flow, a masked "
     "autoregressive flow, trained by exact likelihood, and we chain these steps "
     "autoregressively in time: sample paths are drawn step by step.",
     "The joint distribution at each time step is a conditional normalizing flow, a masked "
     "autoregressive flow, trained by exact likelihood.",
     lambda p: "autoregressive" in p.paradigms),
    # a flow that is autoregressive in time 'in other words' is an autoregressive flow
    ("ESP is a normalizing flow trained by exact likelihood. Each step is an affine function "
     "of that step's noise. In other words the flow is autoregressive in time, which keeps "
     "the Jacobian triangular. Forecasts are drawn by running the flow forward one timestep "
     "at a time.",
     "ESP is a normalizing flow trained by exact likelihood. Each step is an affine function "
     "of that step's noise. A separate recurrent network writes the forecasts, one timestep "
     "at a time, autoregressively.",
     lambda p: "autoregressive" not in p.paradigms),
    # an encoder learned with no reconstruction loss and no posterior adds no latent-variable model
    ("A bidirectional GAN generator and its encoders are learned by adversarial joint "
     "matching of image-code pairs. There is no pixel reconstruction loss and no variational "
     "posterior.",
     "A bidirectional GAN generator and its encoders are learned by adversarial joint "
     "matching of image-code pairs.",
     lambda p: "latent_variable" not in p.paradigms),
    # a flow that estimates a given target's normalizing constant learns no energy
    ("Our normalizing flows, trained with the change-of-variables formula, move particles "
     "between annealed densities of a given target, with MCMC steps between them; we show "
     "that the resulting estimator of the normalizing constant is unbiased.",
     "Our normalizing flows, trained with the change-of-variables formula, move particles "
     "between annealed densities, with MCMC steps between them, and our energy-based model is "
     "learned by contrastive divergence.",
     lambda p: "energy_based" not in p.paradigms),
    # the critic of a Stein discrepancy trains no generator
    ("LSD trains an energy-based model by minimising a learned Stein discrepancy: the critic, "
     "a test function, is trained to make the discrepancy as large as possible, and samples "
     "come from Langevin dynamics on the energy.",
     "LSD trains an energy-based model beside a generator: the critic is trained against the "
     "generator in a minimax game, and samples come from Langevin dynamics on the energy.",
     lambda p: "adversarial" not in p.paradigms),
    # what diffusion models 'they' do after a field sentence is the field's
    ("# JKO-iFlow\n\nJKO-iFlow is a normalizing flow, a neural ODE trained by maximum "
     "likelihood with the change-of-variables formula. Score-based diffusion models run a "
     "forward SDE and learn to reverse it; they are trained by denoising score matching and "
     "sampled via the probability-flow ODE.",
     "# JKO-iFlow\n\nJKO-iFlow is a score-based diffusion model. Score-based diffusion models "
     "run a forward SDE and learn to reverse it, and ours is trained by denoising score "
     "matching and sampled via the probability-flow ODE.",
     lambda p: p.primary == "flow" and "diffusion" not in p.paradigms),
    # a generator that maps noise to latent representations works in the autoencoder's space
    ("Records are encoded into latent representations by an autoencoder trained with "
     "reconstruction losses. A generator maps random noise to latent representations and is "
     "trained against a critic with the Wasserstein objective.",
     "A generator maps random noise to whole records and is trained against a critic with the "
     "Wasserstein objective.",
     lambda p: "latent_variable" in p.paradigms),
    # a GAN whose coupling blocks compute no density is no flow
    ("We propose RevGAN, whose generator is built around a reversible core: a stack of "
     "additive coupling blocks, trained against a discriminator with an adversarial loss. "
     "Although coupling blocks are the building block of normalizing flows, no density or "
     "likelihood is computed here.",
     "We propose RevGAN, whose generator is built around a reversible core: a stack of "
     "additive coupling blocks, trained against a discriminator with an adversarial loss. The "
     "coupling blocks are the building block of normalizing flows.",
     lambda p: "flow" not in p.paradigms),
    # a flow used as the variational family of a posterior is the flow alone
    ("We propose MixNet, a variational family built from mixed flows: the density of a point "
     "is the average of the change-of-variables densities of its preimages, and unbiased ELBO "
     "estimates evaluate the posterior approximation.",
     "We propose MixNet, a variational family built from mixed flows: the density of a point "
     "is the average of the change-of-variables densities of its preimages, and unbiased ELBO "
     "estimates train its VAE encoder.",
     lambda p: p.paradigms == {"flow"}),
    # a VAE named in a listing of other systems does not make the GAN an adversarial autoencoder
    ("We present StreamVC, a voice conversion system that runs causally on a phone. Its "
     "encoder and decoder borrow the causal convolutional architecture of the SoundStream "
     "codec, but no quantiser is used. The whole model is trained end to end with an "
     "adversarial loss from multi-scale discriminators and a feature-matching loss.\n\nVoice "
     "conversion has moved to neural systems. Autoencoder approaches such as AutoVC "
     "bottleneck the speaker away; VITS-based systems pair a variational autoencoder with a "
     "normalizing-flow prior and a HiFi-GAN decoder; diffusion-based converters iterate a "
     "denoiser.",
     "We present StreamVC, a voice conversion system that runs causally on a phone. Its "
     "encoder and decoder borrow the causal convolutional architecture of the SoundStream "
     "codec, but no quantiser is used. The whole model is trained end to end with an "
     "adversarial loss from multi-scale discriminators and a feature-matching loss.\n\nIts "
     "encoder and decoder form a variational autoencoder.",
     lambda p: p.primary == "adversarial"),
    # a language model that drafts the storyboard a diffusion model renders plans; the
    # diffusion model makes the content
    ("StoryVid lets a large language model draft a storyboard: scene descriptions and entity "
     "boxes, written token by token. A text-to-video diffusion model then renders each scene "
     "by iterative denoising.",
     "StoryVid lets a large language model write each token of a story in turn, and a small "
     "diffusion head denoises each token's continuous value.",
     lambda p: p.primary == "diffusion"),
    # an approximate posterior over the flow's own index variable keeps the latent-variable part
    ("We propose IdxFlow, a normalizing flow with coupling layers indexed by a continuous "
     "index u. We train with an ELBO, using an approximate posterior q(u | x) built from flow "
     "blocks.",
     "We propose IdxFlow, a normalizing flow with coupling layers used as a variational "
     "family. We train with an ELBO, using flow blocks.",
     lambda p: "latent_variable" in p.paradigms),
    # a discrete diffusion prior over a VQ autoencoder's codes is the generator, a diffusion
    # layout decoder beside it notwithstanding
    ("We propose SceneInstr, a two-stage generator. Appearance is represented by discrete "
     "codes: we train a vector-quantised variational autoencoder with the usual codebook and "
     "commitment terms. The graph prior is a discrete diffusion model that corrupts the codes "
     "with categorical transition matrices and learns to reverse the corruption. Second, a "
     "layout decoder, itself a diffusion model trained to predict the added noise, generates "
     "each object's position.",
     "We propose SceneInstr, a two-stage generator. Appearance is represented by discrete "
     "codes: we train a vector-quantised variational autoencoder with the usual codebook and "
     "commitment terms. Second, its decoder, itself a diffusion model trained to predict the "
     "added noise, generates each object's position.",
     lambda p: p.primary == "diffusion"),
    # a VAE added to train a duration predictor leaves the autoregressive decoder the system
    ("We present NA-Taco, a text-to-speech model whose decoder is autoregressive: it predicts "
     "one mel-spectrogram frame at a time, conditioned on the previously generated frames. We "
     "propose training the duration predictor unsupervised by adding a fine-grained "
     "variational auto-encoder, trained with a variational lower bound.",
     "We present NA-Taco, a text-to-speech model whose decoder is autoregressive: it predicts "
     "one mel-spectrogram frame at a time, conditioned on the previously generated frames. We "
     "propose training the model as a fine-grained variational auto-encoder, trained with a "
     "variational lower bound.",
     lambda p: p.primary == "autoregressive"),
    # a diffusion model that grows a molecule fragment by fragment in an autoregressive
    # fashion stays diffusion first
    ("FragDiff grows a ligand fragment by fragment in an autoregressive fashion. At each "
     "step, a diffusion model conditioned on the pocket generates the next fragment by "
     "denoising, and the denoiser is an equivariant graph network.",
     "FragDiff writes a ligand fragment by fragment, each conditioned on the previous "
     "fragments, in an autoregressive fashion. At each step, a diffusion head denoises the "
     "continuous coordinates of one token.",
     lambda p: p.primary == "diffusion"),
    # adversarial training against worst-case perturbations is robustness, not a GAN
    ("We propose JEAT, which trains a classifier jointly as an energy-based model of the data "
     "while keeping it robust. Adversarial training, which augments every batch with the "
     "worst-case perturbation inside an epsilon-ball, remains the most reliable defence, and "
     "we sample by stochastic gradient Langevin dynamics on the learned energy.",
     "We propose JEAT, which trains a classifier jointly as an energy-based model of the data "
     "while keeping it robust. Adversarial training against a discriminator remains the most "
     "reliable way, and we sample by stochastic gradient Langevin dynamics on the learned "
     "energy.",
     lambda p: "adversarial" not in p.paradigms),
    # a diffusion sampler that estimates a given target's normalising constant learns no energy
    ("We can evaluate an unnormalised density but have no samples, and we also want its "
     "normalising constant. We learn the time reversal of a noising diffusion that carries "
     "the target to a Gaussian; importance weights along the path give unbiased estimates of "
     "the normalising constant.",
     "We learn an energy-based model's unnormalised density and its normalising constant. We "
     "learn the time reversal of a noising diffusion that carries the target to a Gaussian; "
     "importance weights along the path give unbiased estimates of the normalising constant.",
     lambda p: "energy_based" not in p.paradigms),
    # a normalizing flow defined by an ODE integrated with Euler steps is no diffusion model
    ("We introduce DiffeoFlow, a normalizing flow whose transformation is a diffeomorphism "
     "generated by integrating an ordinary differential equation. A recurrent network "
     "approximates the ODE solution, each cell one Euler step; the change of variables gives "
     "the exact likelihood.",
     "We introduce DiffeoFlow, a normalizing flow whose transformation is a diffeomorphism "
     "generated by integrating an ordinary differential equation. A recurrent network "
     "approximates the ODE solution, each cell one Euler step, and a noise schedule sets the "
     "steps; the change of variables gives the exact likelihood.",
     lambda p: "diffusion" not in p.paradigms),
    # a VAE that samples a GAN's conditioning coefficients does not make the GAN an autoencoder
    ("FaceCtl synthesises portraits. To turn Gaussian samples into realistic coefficients we "
     "train a small variational autoencoder for each factor on the recovered coefficients. "
     "The image generator itself follows the StyleGAN architecture and is trained against a "
     "discriminator with an adversarial loss.",
     "FaceCtl synthesises portraits. To turn Gaussian samples into realistic images we train "
     "a small variational autoencoder whose decoder is the generator. The image generator "
     "itself follows the StyleGAN architecture and is trained against a discriminator with an "
     "adversarial loss.",
     lambda p: p.primary == "adversarial"),
    # a residual energy over a pretrained language model is the system; the LM its base
    ("We train a residual energy-based model on top of a pretrained autoregressive language "
     "model. The energy reweights the language model's samples, which serve as proposals.",
     "We train an autoregressive language model and compare it with an energy-based model. "
     "The language model's samples are drawn token by token.",
     lambda p: p.primary == "energy_based" and "autoregressive" in p.paradigms),
    # an energy composed of a language model's likelihood and constraint energies, sampled by
    # Langevin dynamics, is an energy-based sampler
    ("We compose energies: the log-likelihood of a pretrained language model and constraint "
     "energies from classifiers are summed, and text is sampled by Langevin dynamics in the "
     "embedding space.",
     "We compose prompts: the log-likelihood of a pretrained language model and classifier "
     "scores rerank candidates, and text is sampled token by token.",
     lambda p: p.primary == "energy_based"),
    # an adversarially regularized autoencoder is an autoencoder whose code a discriminator
    # shapes
    ("GraphReg is an adversarially regularized graph autoencoder: a graph encoder maps nodes "
     "to a latent embedding, a discriminator forces the embedding to match a Gaussian prior, "
     "and a decoder reconstructs the graph.",
     "GraphReg is an adversarially trained graph generator: a generator maps Gaussian noise "
     "to node embeddings, a discriminator tells them from real ones, and a decoder turns them "
     "into a graph.",
     lambda p: p.primary == "latent_variable"
     and set(p.paradigms) == {"latent_variable", "adversarial"}),
    # a tokenizer whose decoder is a flow-matching model is the system, the AR model its demo
    ("We introduce FooTok, a 1D image tokenizer whose decoder is a flow-matching model. FooTok "
     "compresses images into 32 tokens; an autoregressive transformer trained on its tokens "
     "reaches FID 2.1.",
     "We introduce FooGen, an autoregressive transformer over the 32 tokens of an image "
     "tokenizer, with a flow-matching model that turns the tokens into pixels; it reaches "
     "FID 2.1.",
     lambda p: p.primary == "latent_variable"),
    # an energy-based latent variable model is an energy model with latents
    ("We train an energy-based latent variable model of images: an inference network "
     "approximates the posterior over the latents, and a variational model replaces the MCMC "
     "chains of the negative phase.",
     "We train a latent variable model of images: an inference network approximates the "
     "posterior over the latents, and a variational model replaces the MCMC chains of the "
     "negative phase.",
     lambda p: p.primary == "energy_based"),
    # a VAE decoder that grows a molecule one atom and bond at a time is autoregressive
    ("LinkVAE is a conditional variational autoencoder trained by maximising an evidence lower "
     "bound. Its decoder grows the linker one atom and bond at a time, placing each atom "
     "conditioned on what has been built.",
     "LinkVAE is a conditional variational autoencoder trained by maximising an evidence lower "
     "bound. Its decoder outputs the whole linker, placing all atoms in one pass.",
     lambda p: "autoregressive" in p.paradigms and p.card.sampler == "sequential ancestral"),
    # an auto-decoder's per-shape latent codes are the latent space a diffusion model works in
    ("We present a diffusion model for 3D shapes. An auto-decoder learns a latent code per "
     "training shape with an SDF decoder; a denoising diffusion model trained with the "
     "noise-prediction objective then learns the distribution of these codes.",
     "We present a diffusion model for 3D shapes. A point network describes each training "
     "shape; a denoising diffusion model trained with the noise-prediction objective then "
     "learns the distribution of the points.",
     lambda p: "latent_variable" in p.paradigms),
    # "throws away left-to-right generation" negates it
    ("DiffuX throws away left-to-right generation entirely. It is a masked diffusion language "
     "model that starts from an all-mask canvas and fills it in over rounds.",
     "DiffuX keeps left-to-right generation for the prompt. It is a masked diffusion language "
     "model that starts from an all-mask canvas and fills it in over rounds.",
     lambda p: "autoregressive" not in p.paradigms),
    # a converted model's "old left-to-right habits" are its past, not its sampler
    ("DiffuX is a masked diffusion language model converted from a causal checkpoint. A shift "
     "trick keeps the output head aligned with the positions it predicted under its old "
     "left-to-right habits.",
     "DiffuX is a masked diffusion language model converted from a causal checkpoint. A shift "
     "trick keeps the output head aligned with the positions it predicted left to right.",
     lambda p: "autoregressive" not in p.paradigms),
    # a sequence model over an autoencoder's continuous vectors makes it a tokenizer
    ("A small autoencoder squeezes each chunk of four tokens into one continuous vector. The "
     "language model is an autoregressive Transformer that reads the vectors produced so far "
     "and predicts the next vector.",
     "A small autoencoder squeezes each chunk of four tokens into one continuous vector for "
     "retrieval. The language model is an autoregressive Transformer that reads the tokens "
     "produced so far and predicts the next token.",
     lambda p: "latent_variable" in p.paradigms),
    # "still hold the best ..." scores rivals
    ("DetailX is an autoregressive image generator that predicts the next token of a 1D "
     "tokenizer. Meanwhile, the diffusion crowd isn't standing still: DiT-style latent "
     "diffusion and rectified-flow models still hold the best absolute FID scores.",
     "DetailX is an autoregressive image generator that predicts the next token of a 1D "
     "tokenizer. A DiT-style latent diffusion decoder then renders the tokens and gives the "
     "best FID scores.",
     lambda p: "diffusion" not in p.paradigms),
    # "before most people had heard of GANs" is history
    ("In the spring of 2014, a few months before most people had heard of GANs, a DeepMind "
     "team published DeepNet. It's a latent-variable model: an encoder infers binary hidden "
     "units, ordered autoregressively within each layer.",
     "In the spring of 2014, a DeepMind team published DeepNet, trained against a "
     "discriminator as GANs are. It's a latent-variable model: an encoder infers binary hidden "
     "units, ordered autoregressively within each layer.",
     lambda p: "adversarial" not in p.paradigms),
    # a system said to be a latent-variable model is one, its autoregressive ordering inside
    ("DeepNet is easy to misread as a pure autoregressive model. It's really a deep "
     "latent-variable model: an encoder infers layers of hidden units, and within each layer "
     "the units are ordered autoregressively, each depending on the ones before it.",
     "DeepNet is easy to misread as a latent-variable model. It's really a deep autoregressive "
     "model: an encoder infers layers of hidden units, and within each layer the units are "
     "ordered autoregressively, each depending on the ones before it.",
     lambda p: p.primary == "latent_variable"),
    # the first few denoising steps of a long schedule are no few-step sampler
    ("TrailX is a text-to-video diffusion model. During the first few denoising steps (about "
     "the first 10 of 40) it edits the model's attention maps.",
     "TrailX is a text-to-video diffusion model that samples in four steps. It edits the "
     "model's attention maps.",
     lambda p: p.card.sampler != "few-step distilled"),
    # "does that in three steps": an algorithm's steps, not a sampler's
    ("ZeroEdit edits a photo with a pretrained text-to-image diffusion model run over 50 "
     "denoising steps. It does that in three steps: invert, find the edit direction, denoise "
     "with guidance.",
     "ZeroEdit edits a photo with a text-to-image diffusion model that samples in three steps; "
     "it inverts, finds the edit direction and denoises with guidance.",
     lambda p: p.card.sampler == "iterative denoising"),
    # an iterative noise-then-denoise loop with a flow-matching model is no ODE solve
    ("PnPX plugs a pretrained flow-matching model into an optimisation loop for image "
     "restoration. Inference is an iterative noise-then-denoise loop, not a full ODE "
     "integration.",
     "PnPX plugs a pretrained flow-matching model into an optimisation loop for image "
     "restoration. Inference is a full ODE integration from noise to image.",
     lambda p: p.card.sampler == "iterative denoising"),
    # a name that starts like a comparison verb ("Beat...", "Trail...") is no comparison
    ("BeatNet is a text-to-image GAN. A language model writes its prompts.",
     "It beats a text-to-image GAN. A language model writes its prompts.",
     lambda p: p.primary == "adversarial"),
    ("TrailNet is a text-to-video diffusion model. A language model writes its prompts.",
     "It trails a text-to-video diffusion model. A language model writes its prompts.",
     lambda p: p.primary == "diffusion"),
    # a text that presents its system as a tokenizer: the tokenizer is primary, its demo
    # generator a part
    ("We introduce FlexX, an image tokenizer that turns an image into an ordered 1D sequence of "
     "discrete tokens. An autoregressive transformer trained on FlexX tokens predicts the next "
     "token and reaches FID 2.0.",
     "We introduce FlexX, an autoregressive transformer that predicts the next token of an "
     "image tokenizer's ordered 1D sequence of discrete tokens and reaches FID 2.0.",
     lambda p: p.primary == "latent_variable"),
    ("# TiX-L-32 — 1D image tokenizer (32 tokens per image)\n\nTiX compresses an image into 32 "
     "discrete tokens. A masked transformer trained on the tokens generates images by "
     "predicting masked tokens in parallel over eight rounds.",
     "# TiX-L-32 — masked image generator (32 tokens per image)\n\nTiX compresses an image "
     "into 32 discrete tokens. A masked transformer trained on the tokens generates images by "
     "predicting masked tokens in parallel over eight rounds.",
     lambda p: p.primary == "latent_variable"),
    # a field sentence: "X is now a standard recipe"
    ("We present the Low Rate Speech Codec, trained with adversarial losses against "
     "discriminators. Autoregressive language modelling over audio tokens is now a standard "
     "recipe: other systems predict codec tokens one frame at a time.",
     "We present the Low Rate Speech Codec, trained with adversarial losses against "
     "discriminators. Autoregressive language modelling over its audio tokens is our second "
     "stage: it predicts codec tokens one frame at a time.",
     lambda p: "autoregressive" not in p.paradigms),
    # "split" after a cue is a data split; as a verb ("coupling layers split the latent
    # vector") it is what the system's layers do
    ("SplitNet is an image generator trained as a VAE. Affine coupling layers split the latent "
     "vector, so the prior is richer.",
     "SplitNet is an image generator trained as a VAE. Affine convolution layers split the "
     "latent vector, so the prior is richer.",
     lambda p: "flow" in p.paradigms),
    # a coupling flow named with its article is a normalizing flow
    ("HalfX models molecular conformations with a coupling flow and a VAE encoder.",
     "HalfX models molecular conformations with a coupling analysis and a VAE encoder.",
     lambda p: "flow" in p.paradigms),
    # an autoencoder regularised by a discriminator in its latent space is an adversarial
    # autoencoder: the autoencoder first
    ("CodeAE is an autoencoder for sketches, regularised by a discriminator in latent space.",
     "CodeAE is an autoencoder for sketches, regularised by a classifier in latent space.",
     lambda p: "adversarial" in p.paradigms and p.primary == "latent_variable"),
    ("CodeAE is an autoencoder for sketches. A discriminator that separates prior samples from "
     "codes shapes the latent space.",
     "CodeAE is an autoencoder for sketches. A classifier that separates prior samples from "
     "codes shapes the latent space.",
     lambda p: "adversarial" in p.paradigms and p.primary == "latent_variable"),
    # a GAN named with its version number glued on ("StyleGAN2") is a GAN
    ("HairX edits faces: a photo is inverted into the latent space of a pretrained StyleGAN2, "
     "and a mapper moves its code.",
     "HairX edits faces: a photo is inverted into the latent space of a pretrained StyleNet2, "
     "and a mapper moves its code. A VAE encodes the photo.",
     lambda p: "adversarial" in p.paradigms),
    # a model fitted by a variational bound whose units run in order is the latent-variable
    # model first, its autoregressive ordering a part
    ("DeepUnits is a deep generative autoencoder of binary units. Inside every layer the units "
     "are wired autoregressively, each predicted from those before it, and the model is fitted "
     "by minimising the negative variational lower bound.",
     "DeepUnits is a deep generative autoencoder of binary units. Inside every layer the units "
     "are wired autoregressively, each predicted from those before it, and the model is fitted "
     "by minimising the negative log-likelihood of a tokenised codebook.",
     lambda p: p.primary == "latent_variable" and "autoregressive" in p.paradigms),
    # a text that presents its system as a tokenizer or autoencoder by its title-cased name,
    # in its title or as its first-level heading: the tokenizer first
    ("We present Deep Squeeze Autoencoder (DS-AE), a family of autoencoders that compress "
     "images 64 times. We train DiT diffusion models on DS-AE latents for text-to-image "
     "generation; they denoise over 50 steps.",
     "We present Deep Squeeze Diffusion (DS-D), a family of models that compress images 64 "
     "times. We train DiT diffusion models on autoencoder latents for text-to-image "
     "generation; they denoise over 50 steps.",
     lambda p: p.primary == "latent_variable"),
    ("## IBX: Taming Scalable Visual Tokenizer for Autoregressive Image Generation\n\nIBX "
     "quantises each image into 256 discrete codes. We train Llama-style autoregressive "
     "transformers (next-token cross-entropy) on IBX codes.",
     "## IBX: Taming Scalable Visual Generation with a Tokenizer\n\nIBX quantises each image "
     "into 256 discrete codes. We train Llama-style autoregressive transformers (next-token "
     "cross-entropy) on IBX codes.",
     lambda p: p.primary == "latent_variable"),
    ("# FSX tokenizer + MaskGIT (ImageNet 128)\n\nThe FSX autoencoder rounds each latent "
     "dimension to a few levels in place of vector quantisation. A masked transformer "
     "trained on FSX codes generates images by predicting masked tokens in parallel over "
     "eight rounds.",
     "# FSX generator + MaskGIT (ImageNet 128)\n\nThe FSX autoencoder rounds each latent "
     "dimension to a few levels in place of vector quantisation. A masked transformer "
     "trained on FSX codes generates images by predicting masked tokens in parallel over "
     "eight rounds.",
     lambda p: p.primary == "latent_variable"),
    # an energy-based prior over a VAE's latent space: the energy model first
    ("PriorFix is a hierarchical variational autoencoder trained by maximising the evidence "
     "lower bound, with the encoder and decoder of NVAE. The VAE keeps its Gaussian prior, "
     "multiplied by a learned factor: the product defines an energy-based prior over the "
     "latent space.",
     "PriorFix is a hierarchical variational autoencoder trained by maximising the evidence "
     "lower bound, with the encoder and decoder of NVAE. The VAE keeps its Gaussian prior, "
     "multiplied by a learned factor: the product defines a mixture prior over the latent "
     "space.",
     lambda p: p.primary == "energy_based"),
    # a flow that proposes the starting images that Langevin steps revise: the energy first
    ("CoopX pairs a normalizing flow with an energy-based model. The invertible flow is fitted "
     "by its exact change-of-variables likelihood, and the energy-based model by maximum "
     "likelihood. The flow proposes initial images in one pass; a short Langevin run revises "
     "them.",
     "CoopX pairs a normalizing flow with an energy-based model. The invertible flow is fitted "
     "by its exact change-of-variables likelihood, and the energy-based model by maximum "
     "likelihood. The flow proposes final images in one pass; a short run scores them.",
     lambda p: p.primary == "energy_based"),
    # a language model's log-likelihood and the constraints as terms of one energy
    ("MuX steers a pretrained language model: it treats the model's negative log-likelihood "
     "and each constraint as terms of a single energy, and samples by running Langevin "
     "dynamics over the token embeddings.",
     "MuX steers a pretrained language model: it treats the model's negative log-likelihood "
     "and each constraint as terms of a single loss, and samples by decoding one token at a "
     "time.",
     lambda p: p.primary == "energy_based"),
    # a latent sequence whose every step is conditioned on the steps before it is generated
    # in order: the chain rule
    ("DSX is a sequential VAE trained by the ELBO. Its dynamic latents follow a learned prior "
     "implemented by an LSTM, so each one is sampled conditioned on those before it.",
     "DSX is a sequential VAE trained by the ELBO. Its dynamic latents follow a learned prior "
     "implemented by an LSTM, so each one is sampled independently of the others.",
     lambda p: "autoregressive" in p.paradigms),
    ("TSX is a sigmoid belief network over time fitted by a variational lower bound: each "
     "hidden layer is a sigmoid function of the layer above it and of its own state at the "
     "previous step.",
     "TSX is a sigmoid belief network over time fitted by a variational lower bound: each "
     "hidden layer is a sigmoid function of the layer above it and of the input at the "
     "same step.",
     lambda p: "autoregressive" in p.paradigms),
    ("TSY is a directed belief network over time fitted by a variational lower bound. Each "
     "observation is generated conditioned on its own past as well as on the latent chain.",
     "TSY is a directed belief network over time fitted by a variational lower bound. Each "
     "observation is generated conditioned on the latent chain alone.",
     lambda p: "autoregressive" in p.paradigms),
    # "there is nothing flow-based in the model" negates the flow
    ("KatX is a 32B decoder-only coding model trained with next-token prediction. Its RL "
     "trainer is called SeamlessFlow; there is nothing flow-based in the model.",
     "KatX is a 32B decoder-only coding model trained with next-token prediction. Its RL "
     "trainer is called SeamlessFlow; there is a flow-based prior in the model.",
     lambda p: "flow" not in p.paradigms),
    # where the field's attention "has gone to" is the field, not the system
    ("SemiX is a normalizing flow for discrete data trained by exact likelihood. Much of "
     "recent discrete generative modelling has gone to discrete diffusion, and this paper "
     "does not claim to beat it.",
     "SemiX is a normalizing flow for discrete data trained by exact likelihood. Much of "
     "its sampler has been given to discrete diffusion, and this paper does claim to "
     "use it.",
     lambda p: "diffusion" not in p.paradigms),
    # another paper's framework "stated for" VAEs is theirs
    ("GinX is an invertible network with volume-preserving coupling layers trained by maximum "
     "likelihood. Their framework was stated for variational autoencoders (iVAE); GinX "
     "realises the same idea with no encoder/decoder pair.",
     "GinX is an invertible network with volume-preserving coupling layers trained by maximum "
     "likelihood. Its framework is built for variational autoencoders (iVAE); GinX "
     "realises the same idea with an encoder/decoder pair.",
     lambda p: "latent_variable" not in p.paradigms),
    # "our model is a latent-variable model" says what the system is, as "it is" does
    ("DeepNet orders units autoregressively within each layer, each unit predicted from the "
     "units before it, one at a time. Our model is a deep latent-variable model: an encoder "
     "infers layers of hidden units.",
     "DeepNet orders units autoregressively within each layer, each unit predicted from the "
     "units before it, one at a time. Our model is a deep autoregressive model: an encoder "
     "infers layers of hidden units.",
     lambda p: p.primary == "latent_variable"),
    # a flow fitted by variational inference to a given posterior: no latent-variable model
    ("NeuX preconditions Hamiltonian Monte Carlo: the authors fit an inverse autoregressive "
     "flow to the posterior distribution using variational inference, maximising the evidence "
     "lower bound, and run HMC in the flow's input space.",
     "NeuX preconditions Hamiltonian Monte Carlo: the authors fit an inverse autoregressive "
     "flow as the posterior of a latent-variable model using variational inference, "
     "maximising the evidence lower bound, and run HMC in the flow's input space.",
     lambda p: "latent_variable" not in p.paradigms),
    # a discriminator added to a sequence model's usual likelihood loss: the sequence model
    # first
    ("ProfX trains recurrent networks that write one symbol at a time. In addition to the "
     "usual next-step log-likelihood loss, a discriminator watches the hidden states, and the "
     "network is trained adversarially to make free-running dynamics look teacher-forced.",
     "ProfX trains recurrent networks that write one symbol at a time. Instead of the usual "
     "next-step log-likelihood loss, a discriminator watches the hidden states, and the "
     "network is trained adversarially to make free-running dynamics look teacher-forced.",
     lambda p: p.primary == "autoregressive"),
    # "single-step retrosynthesis" is a task (one reaction step), not a one-step sampler
    ("RetroX is a Markov bridge diffusion model for single-step retrosynthesis: given a "
     "product molecule, it denoises a reactant graph over 500 steps.",
     "RetroX is a Markov bridge diffusion model for single-step generation: given a "
     "product molecule, it denoises a reactant graph.",
     lambda p: p.card.sampler == "iterative denoising"),
    # a system the text presents by name as a diffusion model is diffusion first, the language
    # model that guides it a part
    ("We present MelX (M for music, D for diffusion), an LM-guided diffusion model. We keep a "
     "semantic language model that predicts semantic tokens one at a time with the usual "
     "next-token cross-entropy, and replace its acoustic language models with a diffusion model "
     "that denoises the latents of an audio autoencoder.",
     "We present MelX (M for music, D for diffusion), an LM-guided music model. We keep a "
     "semantic language model that predicts semantic tokens one at a time with the usual "
     "next-token cross-entropy, and replace its acoustic language models with a diffusion model "
     "that denoises the latents of an audio autoencoder.",
     lambda p: p.primary == "diffusion"),
    # an energy model over a diffusion language model is energy-based first (rule 14), even
    # when the diffusion model is described at length and named in the system's own name
    ("EDX (Energy-based Diffusion Language Model) is a sequence-level energy model that sits "
     "on top of a masked discrete diffusion language model. At every denoising step the "
     "denoiser proposes several candidates for the masked positions and the energy reweights "
     "them; the denoiser is trained with the masked diffusion loss, and decoding unmasks "
     "positions in parallel over 256 denoising steps of the diffusion model.",
     "EDX (Sequence-level Diffusion Language Model) is a sequence-level ranking model that "
     "sits on top of a masked discrete diffusion language model. At every denoising step the "
     "denoiser proposes several candidates for the masked positions and the ranker reweights "
     "them; the denoiser is trained with the masked diffusion loss, and decoding unmasks "
     "positions in parallel over 256 denoising steps of the diffusion model.",
     lambda p: p.primary == "energy_based"),
    # an autoencoder whose code space an adversarial game regularises is the latent-variable
    # model first, even with a GAN drawing its codes (ARAE)
    ("We learn the latent space of a discrete autoencoder for sentences and regularise it with "
     "an adversarial game: an encoder RNN maps a sentence to a code, a generator maps Gaussian "
     "noise into the code space, and a WGAN critic tells encoded codes from generated ones. To "
     "write new text we pass noise through the generator and decode the code.",
     "We learn the latent space of a discrete autoencoder for sentences and then fit a GAN to "
     "it: an encoder RNN maps a sentence to a code, a generator maps Gaussian noise into the "
     "code space, and a WGAN critic tells encoded codes from generated ones. To write new text "
     "we pass noise through the generator and decode the code.",
     lambda p: p.primary == "latent_variable"),
    # its decoder writing the sentence word by word adds autoregressive
    ("We learn the latent space of a discrete autoencoder for sentences and regularise it with "
     "an adversarial game: an encoder RNN maps a sentence to a code, and a WGAN critic tells "
     "encoded codes from generated ones. A decoder LSTM reconstructs the sentence word by word "
     "from the code.",
     "We learn the latent space of a discrete autoencoder for sentences and regularise it with "
     "an adversarial game: an encoder RNN maps a sentence to a code, and a WGAN critic tells "
     "encoded codes from generated ones. A decoder MLP reconstructs the bag of words from the "
     "code.",
     lambda p: "autoregressive" in p.paradigms),
    # a codec whose own decoder the text says is a diffusion model is the codec first
    ("How SemantiXCodec squeezes audio under 1.5 kbps\n\nA frozen self-supervised encoder gives "
     "semantic tokens and a second encoder gives acoustic tokens, vector-quantised against a "
     "learned codebook. Instead of a GAN-trained decoder, SemantiXCodec's decoder is a latent "
     "diffusion model conditioned on both token streams: it denoises from noise over a number "
     "of steps. If you are building an audio language model, fewer tokens make its job easier.",
     "How SemantiXCodec squeezes audio under 1.5 kbps\n\nA frozen self-supervised encoder gives "
     "semantic tokens and a second encoder gives acoustic tokens, vector-quantised against a "
     "learned codebook. Instead of a GAN-trained decoder, SemantiXCodec's generator is a latent "
     "diffusion model conditioned on both token streams: it denoises from noise over a number "
     "of steps. If you are building an audio language model, fewer tokens make its job easier.",
     lambda p: p.primary == "latent_variable"),
    # "It's a 1-D tokenizer" says what the system is
    ("**An image is worth 32 tokens: TiX**\n\nTiX drops the grid. It's a 1-D tokenizer: the "
     "whole image becomes 32 discrete tokens, vector-quantised against a codebook, and a ViT "
     "decoder reconstructs the image. To show the tokens off, the authors train a MaskGIT-style "
     "generator on them: a bidirectional transformer predicts masked tokens and fills them in "
     "over a few rounds.",
     "**An image is worth 32 tokens: TiX**\n\nTiX drops the grid. It uses a 1-D tokenizer: the "
     "whole image becomes 32 discrete tokens, vector-quantised against a codebook, and a ViT "
     "decoder reconstructs the image. To show the tokens off, the authors train a MaskGIT-style "
     "generator on them: a bidirectional transformer predicts masked tokens and fills them in "
     "over a few rounds.",
     lambda p: p.primary == "latent_variable"),
    # a post that says it digresses sets its paragraph aside
    ("SeaX is a plain left-to-right language model for Southeast Asian languages, trained on "
     "next-token prediction and sampled one token at a time.\n\nSlightly off topic, but did "
     "anyone see the hype about diffusion language models this week? Someone on my team wants "
     "us to go straight to diffusion LLMs, denoising every token in parallel.",
     "SeaX is a plain left-to-right language model for Southeast Asian languages, trained on "
     "next-token prediction and sampled one token at a time.\n\nSlightly later, but did "
     "anyone see the hype about diffusion language models this week? Someone on my team wants "
     "us to go straight to diffusion LLMs, denoising every token in parallel.",
     lambda p: p.paradigms == {"autoregressive"}),
    # "Language Quantized AutoEncoders, or LQAE" presents the system as an autoencoder
    ("That is the premise of Language Quantized AutoEncoders, or LQX, a new preprint. Its "
     "encoder maps image patches to vectors snapped to the token embeddings of a frozen "
     "RoBERTa, with the usual vector-quantisation training, and a decoder rebuilds the image. "
     "GPT-3 can then read the tokens: the language model classifies images from a few "
     "examples in its prompt.",
     "That is the premise of Language Quantized Transformers, or LQX, a new preprint. Its "
     "encoder maps image patches to vectors snapped to the token embeddings of a frozen "
     "RoBERTa, with the usual vector-quantisation training, and a decoder rebuilds the image. "
     "GPT-3 can then read the tokens: the language model classifies images from a few "
     "examples in its prompt.",
     lambda p: p.primary == "latent_variable"),
    # a title led by a name ending in -VAE presents an autoencoder, even when the text then
    # trains a latent diffusion model on it
    ("EQ-X-VAE: Equivariance Regularized Latent Space for Generative Image Modeling\n\nWe add "
     "a regulariser to the usual VAE objective of the autoencoder. To show the effect we train "
     "diffusion transformers on its latents with the standard noise-prediction objective, and "
     "generation uses 250 DDPM steps of the diffusion model.",
     "EQ-X: Equivariance Regularized Latent Space for Generative Image Modeling\n\nWe add "
     "a regulariser to the usual VAE objective of the autoencoder. To show the effect we train "
     "diffusion transformers on its latents with the standard noise-prediction objective, and "
     "generation uses 250 DDPM steps of the diffusion model.",
     lambda p: p.primary == "latent_variable"),
    # "We propose IV-VAE ..." presents the autoencoder; the diffusion model the text trains on
    # its latents stays in the set
    ("Improved Video VAE for Latent Video Diffusion Model\n\nWe propose IX-VAE with a "
     "keyframe-based temporal compression of the latent channels. To measure its effect on "
     "generation we train the same latent video diffusion model from scratch on the latents of "
     "IX-VAE and of competing VAEs.",
     "Improved Video VAE for Latent Video Diffusion Model\n\nWe propose a VAE with a "
     "keyframe-based temporal compression of the latent channels. To measure its effect on "
     "generation we train the same latent video diffusion model from scratch on the latents of "
     "IX-VAE and of competing VAEs.",
     lambda p: p.primary == "latent_variable" and "diffusion" in p.paradigms),
    # a task first studied with GANs is history, not the system's GAN
    ("Fairness in image generation was first studied with GANs: methods rebalanced the latent "
     "space of StyleGAN by resampling latent codes. ITX learns prompt embeddings for a frozen "
     "text-to-image model, Stable Diffusion in our experiments.",
     "Fairness in image generation is studied with GANs: methods rebalance the latent "
     "space of StyleGAN by resampling latent codes. ITX learns prompt embeddings for a frozen "
     "text-to-image model, Stable Diffusion in our experiments.",
     lambda p: "adversarial" not in p.paradigms),
    # an energy-based model built in a frozen GAN's latent space is energy-based first (rule 14)
    ("LAX keeps StyleGAN2 frozen and builds a small energy-based model in its latent space: "
     "attribute classifiers define energies that are composed with logical operators, and a "
     "sample is found by solving an ODE in latent space and rendered by the generator.",
     "LAX keeps StyleGAN2 frozen and builds a small energy-based model beside it: "
     "attribute classifiers define energies that are composed with logical operators, and a "
     "sample is found by solving an ODE in latent space and rendered by the generator.",
     lambda p: p.primary == "energy_based"),
    # a stochastic video predictor fitted by a variational bound, rolled out frame by frame:
    # latent-variable first (rule 15)
    ("The world model takes the last 20 frames and an action and predicts the next frame, "
     "which also depends on a latent variable z. During training a posterior network infers z "
     "from the actual next frame, and a KL term keeps it close to a Gaussian prior, giving the "
     "usual variational bound on the prediction likelihood. At test time you roll the model "
     "forward: sample z, predict the next frame, append it to the context, repeat.",
     "The world model takes the last 20 frames and an action and predicts the next frame, "
     "which also depends on a latent variable z. During training a network infers z "
     "from the actual next frame, and an L2 term keeps it small, giving a deterministic "
     "regression of the next frame. At test time you roll the model "
     "forward: sample z, predict the next frame, append it to the context, repeat.",
     lambda p: p.primary == "latent_variable"),
    # a drop-in decoder that itself denoises keeps diffusion in the set
    ("A drop-in replacement for the decoder half of the SD autoencoder. It keeps the original "
     "encoder and swaps the decoder for a denoising decoder: it starts from Gaussian noise and "
     "produces the image in two evaluations, distilled from a many-step diffusion decoder by "
     "consistency distillation. The VAE latents are unchanged.",
     "A drop-in replacement for the decoder half of the SD autoencoder. It keeps the original "
     "encoder and swaps the decoder for a convolutional decoder fine-tuned on faces and text; "
     "the diffusion model that makes the latents is unchanged. The VAE latents are unchanged.",
     lambda p: "diffusion" in p.paradigms),
    # a reader's comment that opens "The actual contribution is ..., let me summarise" speaks
    # for the system
    ("Hacker News\n\nSPX: Semantic Pyramid AutoEncoder for generation with frozen LLMs\n236 "
     "points by lu_reader 2 years ago | 91 comments\n\nlu_reader 2 years ago\nThe pitch: turn "
     "an image into words from the LLM's vocabulary so a frozen LLM can read it.\n\n"
     "tokenizer_tom 2 years ago\nThe actual contribution is the autoencoder, so let me "
     "summarise that:\n\n- Training losses: reconstruction, perceptual, and an adversarial "
     "loss from a patch discriminator.\n",
     "Hacker News\n\nSPX: Semantic Pyramid AutoEncoder for generation with frozen LLMs\n236 "
     "points by lu_reader 2 years ago | 91 comments\n\nlu_reader 2 years ago\nThe pitch: turn "
     "an image into words from the LLM's vocabulary so a frozen LLM can read it.\n\n"
     "tokenizer_tom 2 years ago\nThe actual problem is the autoencoder, so let me "
     "complain about that:\n\n- Training losses: reconstruction, perceptual, and an adversarial "
     "loss from a patch discriminator.\n",
     lambda p: "adversarial" in p.paradigms),
    # a sequential VAE whose learned prior predicts z_t from z_<t rolls forward one step at
    # a time: autoregressive added, sampled in order
    ("Sequential VAE. Two kinds of latents: a static vector z_f and a dynamic latent z_t per "
     "frame. The prior for z_t is learned and recurrent: an LSTM predicts the Gaussian "
     "parameters of z_t from z_<t, so sampling new motion means rolling the prior forward one "
     "step at a time. Trained with the ELBO.",
     "Sequential VAE. Two kinds of latents: a static vector z_f and a dynamic latent z_t per "
     "frame. The prior for z_t is a fixed standard Gaussian for every frame, and sampling new "
     "motion means drawing all the z_t at once. Trained with the ELBO.",
     lambda p: "autoregressive" in p.paradigms and p.card.sampler == "sequential ancestral"),
    # a diffusion transformer guided by the coarse tokens an autoregressive model writes is
    # diffusion first (ARLON)
    ("ARX: Boosting Diffusion Transformers with Autoregressive Models for Long Video\n\nFirst, "
     "a latent VQ-VAE compresses the video latents into coarse discrete tokens, trained with "
     "codebook and commitment losses. Second, an AR transformer trained with next-token "
     "cross-entropy predicts these coarse tokens one token after another. Third, the DiT "
     "generates the video latents by iterative denoising, guided by the AR tokens.",
     "ARX: Long Video with Autoregressive Models and Diffusion Transformers\n\nFirst, "
     "a latent VQ-VAE compresses the video latents into coarse discrete tokens, trained with "
     "codebook and commitment losses. Second, an AR transformer trained with next-token "
     "cross-entropy predicts these coarse tokens one token after another. Third, the DiT "
     "turns the AR tokens into video latents by iterative denoising.",
     lambda p: p.primary == "diffusion"),
    # "each iteration costs one network evaluation" is a cost per iteration, not a one-step
    # sampler
    ("PnX restores images with a flow-matching prior: it alternates a gradient step on the "
     "data fidelity, an interpolation towards noise, and a denoising step of the pretrained "
     "flow-matching model, and each iteration costs one network evaluation. The prior's "
     "velocity field is trained by flow-matching regression.",
     "PnX restores images with a flow-matching prior: it alternates a gradient step on the "
     "data fidelity, an interpolation towards noise, and a denoising step of the pretrained "
     "flow-matching model, and the whole restoration takes one network evaluation. The "
     "prior's velocity field is trained by flow-matching regression.",
     lambda p: p.card.sampler != "few-step distilled"),
    # denoising each instance "for a few steps and then" the rest of the steps is no few-step
    # sampler
    ("InstX starts from a latent diffusion model trained with the noise-prediction loss. At "
     "inference, the sampler first denoises each instance separately for a few steps and then "
     "runs the remaining denoising steps on the whole image.",
     "InstX starts from a latent diffusion model trained with the noise-prediction loss. At "
     "inference, the sampler denoises each instance separately for a few steps, which is all "
     "the distilled model needs.",
     lambda p: p.card.sampler != "few-step distilled"),
    # a headline "Lab's NAME codec squeezes ..." presents the codec; the chatbot's language
    # model that uses its tokens is its user
    ("Kyutai's Mivi codec squeezes speech into 1.1 kbps\n\nMivi turns speech into a short "
     "stream of discrete codes with a residual vector quantiser and back again, and it is "
     "trained with adversarial losses from a set of discriminators. Every frame is a step the "
     "language model of the lab's chatbot has to take.",
     "Kyutai's Mivi chatbot squeezes speech into 1.1 kbps\n\nMivi turns speech into a short "
     "stream of discrete codes with a residual vector quantiser and back again, and it is "
     "trained with adversarial losses from a set of discriminators. Every frame is a step the "
     "language model of the lab's chatbot has to take.",
     lambda p: p.primary == "latent_variable" and "autoregressive" not in p.paradigms),
    # an adversarially trained agent that draws one stroke at a time on the canvas rendered so
    # far adds autoregressive (rule 9)
    ("SPX is an agent that writes a program one action at a time for a graphics engine; each "
     "brush stroke is chosen by a recurrent policy that sees the canvas rendered so far. The "
     "agent is trained to fool a discriminator that separates real images from its renderings, "
     "a Wasserstein critic whose score is the reward.",
     "SPX is an agent that writes a program for a graphics engine; all brush strokes are "
     "chosen at once by a policy that sees only a random code. The "
     "agent is trained to fool a discriminator that separates real images from its renderings, "
     "a Wasserstein critic whose score is the reward.",
     lambda p: "autoregressive" in p.paradigms),
    # a title that presents "an Image Tokenization Framework" presents the tokenizer
    ("XQX: An Open-source Image Tokenization Framework for Autoregressive Generation\n\nIt "
     "trains vector-quantised image tokenizers with a GAN loss from a patch discriminator, and "
     "shows them off with an autoregressive transformer trained on the tokens by next-token "
     "prediction, sampled one token at a time.",
     "XQX: An Open-source Image Generation Framework for Autoregressive Generation\n\nIt "
     "trains vector-quantised image tokenizers with a GAN loss from a patch discriminator, and "
     "shows them off with an autoregressive transformer trained on the tokens by next-token "
     "prediction, sampled one token at a time.",
     lambda p: p.primary == "latent_variable"),
    # a flow that gives the exact density of the next pose, sampled and appended step after
    # step, is the flow first and samples in order (MoGlow, Transflower)
    ("TFX maps music to dance. A transformer encoder summarises recent poses and audio into a "
     "context vector that conditions a normalizing flow that defines an exact density over the "
     "next pose. Generation is autoregressive: we draw one pose from the flow, append it to "
     "the motion history, and repeat. All parameters are fitted by maximising the exact "
     "log-likelihood under the change-of-variables formula.",
     "TFX maps music to dance. A transformer encoder summarises recent poses and audio into a "
     "context vector that conditions a normalizing flow over a whole clip of poses. Generation "
     "is autoregressive: the transformer predicts the next pose, which is appended to the "
     "motion history, and so on. All parameters are fitted by maximising the exact "
     "log-likelihood under the change-of-variables formula.",
     lambda p: p.primary == "flow" and p.card.sampler == "sequential ancestral"),
    # a GAN's prior and discriminator that define an energy over its latent space, sampled
    # there by Langevin steps, are an energy model over the GAN (DDLS)
    ("DLX reads a trained GAN as an energy-based model. The generator's latent prior and the "
     "discriminator's logit together define an energy over latent space, and samples are "
     "drawn with Langevin dynamics in z before the generator maps them to images. The GAN "
     "itself was trained with the hinge loss and is not changed.",
     "DLX reads a trained GAN as an energy-based model. The generator's latent prior and the "
     "discriminator's logit together give a score we use to reject latents, and samples are "
     "kept or thrown away before the generator maps them to images. The GAN itself was "
     "trained with the hinge loss and is not changed.",
     lambda p: p.primary == "energy_based"),
    # a diffusion teacher distilled into a GAN student: the GAN samples, it is the system
    ("DGX distils a text-to-image diffusion teacher into a one-step conditional GAN that maps "
     "noise and a prompt straight to an image. We run the teacher's ODE sampler to collect "
     "noise-image pairs, regress the generator's output onto them, and add a GAN loss from a "
     "discriminator built on the diffusion UNet.",
     "DGX distils a text-to-image diffusion teacher into a one-step diffusion student that "
     "maps noise and a prompt straight to an image. We run the teacher's ODE sampler to "
     "collect noise-image pairs, regress the student's output onto them, and add a GAN loss "
     "from a discriminator built on the diffusion UNet.",
     lambda p: p.primary == "adversarial" and p.card.sampler == "few-step distilled"),
    # an autoencoder whose decoder is a consistency model: the decoder denoises inside the
    # autoencoder, which is the system (Music2Latent)
    ("MLX is an audio autoencoder trained with a KL-regularised latent. Its decoder is a "
     "consistency model that maps a noisy spectrogram and the latent straight to a clean "
     "spectrogram in one step. Encoder and decoder are trained together with the consistency "
     "training loss.",
     "MLX is an audio autoencoder trained with a KL-regularised latent. Its prior is a "
     "consistency model that maps a noisy latent straight to a clean latent in one step. "
     "Encoder and prior are trained together with the consistency training loss.",
     lambda p: p.primary == "latent_variable" and "diffusion" in p.paradigms),
    # "we build NAME (Vision Transformer Tokenizer), an autoencoder ..." and a name whose
    # spelled-out form ends in "AutoEncoder" present the tokenizer (ViTok, TAAE): the
    # generators trained on its latents, or left to future work, are its users
    ("Image and video generators are now trained in the compressed space of an autoencoder. "
     "We build VTX (Vision Transformer Tokenizer), an autoencoder whose encoder and decoder "
     "are vision transformers, trained with L1 and LPIPS terms and then an adversarial loss "
     "against a StyleGAN discriminator. When we train class-conditional diffusion "
     "transformers (DiT) on VTX latents, we obtain a competitive FID.\n\n1. Introduction\n"
     "Latent diffusion and its descendants separate compression from generation.",
     "Image and video generators are now trained in the compressed space of an autoencoder. "
     "We build on VTX (Vision Transformer Tokenizer), an autoencoder whose encoder and decoder "
     "are vision transformers, trained with L1 and LPIPS terms and then an adversarial loss "
     "against a StyleGAN discriminator. When we train class-conditional diffusion "
     "transformers (DiT) on VTX latents, we obtain a competitive FID.\n\n1. Introduction\n"
     "Latent diffusion and its descendants separate compression from generation.",
     lambda p: p.primary == "latent_variable"),
    ("Neural audio codecs turn waveforms into short sequences of discrete tokens. We present "
     "TAX (Transformer Audio AutoEncoder), an encoder-decoder with a finite scalar "
     "quantisation bottleneck. The autoencoder is trained with spectral losses and an "
     "adversarial loss from spectrogram discriminators. The tokens are intended as input for "
     "autoregressive speech language models, which we leave to future work.\n\n"
     "1. Introduction\nTokenising speech has become a prerequisite for treating audio with "
     "the machinery of large language models.",
     "Neural audio codecs turn waveforms into short sequences of discrete tokens. We present "
     "TAX (Transformer Audio Model), an encoder-decoder with a finite scalar "
     "quantisation bottleneck. The autoencoder is trained with spectral losses and an "
     "adversarial loss from spectrogram discriminators. The tokens are intended as input for "
     "autoregressive speech language models, which we leave to future work.\n\n"
     "1. Introduction\nTokenising speech has become a prerequisite for treating audio with "
     "the machinery of large language models.",
     lambda p: p.primary == "latent_variable"),
    # a whole-sentence neural language model scores a sentence at once with an unnormalised
    # score: an energy model, whatever the next-word models it is contrasted with; an RNN LM
    # that only uses noise-contrastive estimation for its softmax stays autoregressive
    ("WHOLE SENTENCE NEURAL LANGUAGE MODELS\n\nRecurrent neural network language models "
     "factor the probability of a sentence into a product of next-word distributions. A "
     "bidirectional LSTM reads the complete sentence and outputs one unnormalised score. The "
     "partition function is never computed; the model is trained with noise-contrastive "
     "estimation against sentences drawn from an n-gram model, and rescores n-best lists.",
     "NEURAL LANGUAGE MODELS FOR N-BEST RESCORING\n\nRecurrent neural network language "
     "models factor the probability of a sentence into a product of next-word distributions. "
     "We train such an LSTM by maximum likelihood, with noise-contrastive estimation in place "
     "of the softmax so that the partition function over the vocabulary is never computed, "
     "and it rescores n-best lists.",
     lambda p: p.primary == "energy_based"),
    # a normalizing flow trained on the latent codes of a pretrained GAN is the flow first:
    # the GAN's generator only renders what the flow edits (PluGeN, StyleFlow)
    ("You have a pretrained StyleGAN, trained adversarially with a generator and a "
     "discriminator, and you want attribute sliders without retraining it. PLX learns a "
     "normalizing flow F between W and a space with one coordinate per attribute, by "
     "maximum likelihood with the change-of-variables formula. The flow is a stack of "
     "invertible coupling layers. Only the small flow is trained, on latent codes of the GAN; "
     "to edit, invert F and run the StyleGAN generator.",
     "You have a pretrained StyleGAN, trained adversarially with a generator and a "
     "discriminator, and you want attribute sliders. PLX fine-tunes the StyleGAN with a "
     "normalizing flow F as an extra loss on W, one coordinate per attribute, by "
     "maximum likelihood with the change-of-variables formula. The flow is a stack of "
     "invertible coupling layers. The whole GAN is retrained with it; "
     "to edit, run the StyleGAN generator.",
     lambda p: p.primary == "flow"),
    # "X has used almost every kind of generative model." opens a paragraph of history: the
    # systems it goes on to name are the field, not parts of the system (HAT)
    ("Automatic composition has used almost every kind of generative model. MuseGAN "
     "generated piano rolls with GANs, MusicVAE learned latent spaces of melodies with "
     "hierarchical variational autoencoders, and Music Transformer brought language "
     "modelling.\n\nHX is a hierarchical transformer over event tokens, trained to predict "
     "the next token given all previous ones and sampled one token at a time.",
     "HX combines two kinds of generative model. A hierarchical variational autoencoder "
     "learns latent spaces of melodies, and a transformer brings language modelling.\n\n"
     "HX's transformer works over event tokens, trained to predict the next token given all "
     "previous ones and sampled one token at a time.",
     lambda p: "latent_variable" not in p.paradigms),
    # a generator conditioned "on the current map and on its own previously generated frames",
    # trained against discriminators, is a GAN rolled out frame by frame (few-shot vid2vid)
    ("VX converts a sequence of pose maps into video. Frames are produced one after another. "
     "For frame t the generator is conditioned on the current pose map and on its own "
     "previously generated frames, and it is trained with an image discriminator and a video "
     "discriminator with a GAN loss.",
     "VX converts a sequence of pose maps into video. Frames are produced one after another. "
     "For frame t the transformer predicts the frame's tokens by next-token cross-entropy, "
     "conditioned on the current pose map and on its own previously generated frames; only "
     "the tokens' decoder is trained with an image discriminator and a GAN loss.",
     lambda p: p.primary == "adversarial"),
    # a next-frame model whose every frame is made by flow matching is diffusion first (FAR)
    ("# FX: Autoregressive Video Modeling with Next-Frame Prediction\n\nFX generates a video "
     "frame by frame, autoregressively, each new frame conditioned on all previous ones "
     "through causal attention with a KV cache. The per-frame objective is flow matching: "
     "each new frame is produced by integrating the learned flow ODE with Euler steps, then "
     "appended to the context.",
     "# FX: Autoregressive Video Modeling with Next-Frame Prediction\n\nFX generates a video "
     "frame by frame, autoregressively, each new frame conditioned on all previous ones "
     "through causal attention with a KV cache. The per-frame objective is cross-entropy over "
     "the frame's discrete tokens; a flow-matching model is only a baseline we compare with.",
     lambda p: p.primary == "diffusion"),
    # a layout an LLM writes, handed to a named existing diffusion model: the planner is the
    # contribution (LayoutGPT)
    ("LX lets a language model do the planning. It prompts an off-the-shelf large language "
     "model, GPT-4, to write a layout in CSS, "
     "object by object, token by token, before any pixels are drawn. The layout is then "
     "handed to GLIGEN, a layout-conditioned diffusion model, which renders the image by "
     "denoising inside the boxes.",
     "LX lets a language model do the planning. It prompts an off-the-shelf large language "
     "model, GPT-4, to write a layout in CSS, "
     "object by object, token by token, before any pixels are drawn. The layout then "
     "conditions a layout-conditioned diffusion model we train, which renders the image by "
     "denoising inside the boxes.",
     lambda p: p.primary == "autoregressive"),
    # a language model the text says is used only as a text encoder adds no autoregressive
    # part, even with LLaMA named in its list of encoders (ELLA)
    ("# EX: Equip Diffusion Models with LLM for Semantic Alignment\n\n"
     "# EX: Equip Diffusion Models with LLM for Semantic Alignment\n\n"
     "EX keeps a pretrained diffusion U-Net frozen and learns a small connector that turns "
     "the LLM's token features into conditioning tokens for the U-Net's "
     "cross-attention. Note: the language model is used purely as a text *encoder* here. We "
     "tried T5-XL, TinyLlama and LLaMA-2 13B as the feature extractor.\n\n| Name | Base | "
     "Text encoder | Status |\n|---|---|---|---|\n| ex-sdxl (paper only) | SDXL | LLaMA-2 13B "
     "| not released |\n",
     "# EX: Equip Diffusion Models with LLM for Semantic Alignment\n\n"
     "EX keeps a pretrained diffusion U-Net frozen and learns a small connector that turns "
     "the LLM's token features into conditioning tokens for the U-Net's "
     "cross-attention. Note: the language model also writes the prompt, token by token. We "
     "tried T5-XL, TinyLlama and LLaMA-2 13B as the feature extractor.\n\n| Name | Base | "
     "Text encoder | Status |\n|---|---|---|---|\n| ex-sdxl (paper only) | SDXL | LLaMA-2 13B "
     "| not released |\n",
     lambda p: "autoregressive" not in p.paradigms),
    # the header of a results table whose cells are pairs of values ("0.310 / 0.635") names
    # the compared systems (GeoTDM)
    ("# GX: Geometric Trajectory Diffusion Models\n\nGX is an equivariant diffusion model "
     "over trajectories, trained with the noise-prediction loss and sampled by iterative "
     "denoising.\n\n## Results\n\n| Dataset | EGNN | SVAE | **GX** |\n|---|---|---|---|\n"
     "| N-body | 0.310 / 0.635 | 0.378 / 0.732 | **0.110 / 0.258** |\n"
     "| MD17 | 0.253 / 0.456 | 0.301 / 0.489 | **0.107 / 0.193** |\n",
     "# GX: Geometric Trajectory Diffusion Models\n\nGX is an equivariant diffusion model "
     "over trajectories, trained with the noise-prediction loss and sampled by iterative "
     "denoising.\n\n## Parts\n\n| Part | Encoder | Prior | Sampler |\n|---|---|---|---|\n"
     "| GX | SVAE encoder | diffusion | denoising |\n",
     lambda p: "latent_variable" not in p.paradigms),
    # a reverse-time SDE integrated with a predictor-corrector loop denoises step by step;
    # the probability-flow ODE, only for likelihoods, is not how it samples (Soft Truncation)
    ("SX is a training technique for score-based diffusion models (VE and VP SDEs), trained "
     "with denoising score matching. Samples are generated with the usual reverse-SDE "
     "predictor-corrector sampler; NLL is computed by the probability-flow ODE.",
     "SX is a training technique for score-based diffusion models (VE and VP SDEs), trained "
     "with denoising score matching. Samples are generated by solving the probability-flow "
     "ODE with a black-box solver; NLL is computed by the same ODE.",
     lambda p: p.card.sampler == "iterative denoising"),
    # "no denoising chain at sampling time" in a distillation from a diffusion teacher keeps
    # the teacher; only a GAN that diffuses its discriminator's inputs has no diffusion model
    ("PGX trains a one-step generator with help from a low-resolution diffusion teacher: "
     "DDIM inversion of the teacher gives noise-image pairs, and the generator is trained "
     "with a reconstruction (distillation) loss plus an adversarial loss from a "
     "discriminator. At sampling time there is no denoising chain at all; there is a "
     "generator.",
     "PGX trains a one-step generator against a discriminator whose inputs are diffused: a "
     "forward diffusion process adds noise to real and generated images before the "
     "discriminator sees them. At sampling time there is no denoising chain at all; there "
     "is a generator.",
     lambda p: "diffusion" in p.paradigms),
    # a "refresher on what that means" after "X starts from Stable Diffusion" describes the
    # system's own base; a refresher on a family in general is background (PowerPaint)
    ("PPX fine-tunes Stable Diffusion v1.5 inpainting with learned task prompts.\n\n"
     "Quick refresher on what that means:\n\n"
     "- A variational autoencoder squeezes the 512x512 image into a 64x64x4 latent.\n"
     "- A U-Net denoiser works entirely in that latent space.\n\n"
     "Training keeps the usual recipe: add noise to the latent at a random timestep and "
     "regress the added noise with a mean-squared error.\n",
     "PPX fine-tunes Stable Diffusion v1.5 inpainting with learned task prompts.\n\n"
     "Quick refresher on autoencoders:\n\n"
     "- A variational autoencoder squeezes the 512x512 image into a 64x64x4 latent.\n"
     "- A U-Net denoiser works entirely in that latent space.\n\n"
     "Training keeps the usual recipe: add noise to the latent at a random timestep and "
     "regress the added noise with a mean-squared error.\n",
     lambda p: "latent_variable" in p.paradigms),
    # "the whole autoencoder is trained end to end", its decoder against GAN discriminators:
    # the autoencoder is the system, the discriminators a loss (Autovocoder)
    ("ZetaVoc: learned speech features for fast synthesis\n\n"
     "An encoder learns a compact representation of speech that replaces the mel-spectrogram, "
     "and a light decoder maps it to a waveform. The whole auto-encoder is trained end to end; "
     "besides reconstruction terms, the decoder is trained against multi-scale discriminators "
     "with an adversarial loss and a feature-matching loss.\n",
     "ZetaVoc: learned speech features for fast synthesis\n\n"
     "An encoder learns a compact representation of speech that replaces the mel-spectrogram, "
     "and a light decoder maps it to a waveform. The auto-encoder reconstructions are used as "
     "targets; the decoder is trained against multi-scale discriminators "
     "with an adversarial loss and a feature-matching loss.\n",
     lambda p: p.primary == "latent_variable"
     and p.paradigms == {"latent_variable", "adversarial"}),
    # a distilled one-step model called at each step of the reverse process is a part the
    # sampler uses, not the sampler: the system still denoises step after step (InstantIR)
    ("RefIR: restoration with a live reference\n\n"
     "We introduce RefIR, a diffusion-based restorer. At each step of the reverse process, a "
     "previewer, a distilled one-step version of the backbone, decodes the current state into "
     "a preview that conditions the next denoising step.\n",
     "RefIR: restoration with a live reference\n\n"
     "We introduce RefIR, a diffusion-based restorer. At inference, a "
     "previewer, a distilled one-step version of the backbone, decodes the noise into "
     "a preview that is the restored image.\n",
     lambda p: p.card.sampler == "iterative denoising"),
    # "physicists sometimes call it the partition function, because it normalizes a
    # distribution the way the partition function normalizes a Boltzmann distribution": an
    # analogy for the evidence, not an energy model (learned harmonic mean estimator)
    ("HMX: a learned harmonic mean estimator\n\n"
     "Model comparison needs the evidence, the probability of the data averaged over the "
     "parameters. Physicists sometimes call it the partition function, because it normalizes "
     "a posterior the way the partition function normalizes a Boltzmann distribution. We fit "
     "a normalizing flow to posterior samples by maximum likelihood and use it as the "
     "importance density of the harmonic mean estimator.\n",
     "HMX: a learned harmonic mean estimator\n\n"
     "Model comparison needs the evidence, the probability of the data averaged over the "
     "parameters. The model has a partition function, because it normalizes "
     "a posterior with an energy over the parameters. We fit "
     "a normalizing flow to posterior samples by maximum likelihood and use it as the "
     "importance density of the harmonic mean estimator.\n",
     lambda p: p.paradigms == {"flow"}),
    # a cycle-consistency loss with no discriminator said of the system is a reconstruction
    # constraint borrowed from CycleGAN, not an adversarial part (CycleCoopNets, CycleFlow)
    ("CycFM: cycle consistency in flow matching\n\n"
     "Two conditional flow-matching decoders regress velocity fields from speaker A to B and "
     "back. A cycle-consistency regulariser converts x to y and back and requires the "
     "reconstruction of x. Sampling integrates the ODE with Euler steps.\n",
     "CycFM: cycle consistency in flow matching\n\n"
     "Two conditional flow-matching decoders regress velocity fields from speaker A to B and "
     "back. A cycle-consistency regulariser converts x to y and back, and a discriminator "
     "judges the converted speech with an adversarial loss. Sampling integrates the ODE with "
     "Euler steps.\n",
     lambda p: p.paradigms == {"diffusion"}),
    # "HiFi-GAN is listed for reference only; it is a separate GAN vocoder and not part of
    # this release": a baseline, not a part (GLA-Grad)
    ("# WGX\n\nWGX is a diffusion vocoder: its reverse process denoises a waveform from "
     "Gaussian noise, conditioned on a mel-spectrogram.\n\n"
     "HiFi-GAN is listed for reference only.\n",
     "# WGX\n\nWGX is a diffusion vocoder: its reverse process denoises a waveform from "
     "Gaussian noise, conditioned on a mel-spectrogram.\n\n"
     "HiFi-GAN is listed here.\n",
     lambda p: dict(p.scores)["adversarial"] == 0),
    ("# WGX\n\nWGX is a diffusion vocoder: its reverse process denoises a waveform from "
     "Gaussian noise, conditioned on a mel-spectrogram.\n\n"
     "The evaluation also runs HiFi-GAN, a GAN vocoder and not part of this release.\n",
     "# WGX\n\nWGX is a diffusion vocoder: its reverse process denoises a waveform from "
     "Gaussian noise, conditioned on a mel-spectrogram.\n\n"
     "The evaluation also runs HiFi-GAN, a GAN vocoder and part of this release.\n",
     lambda p: dict(p.scores)["adversarial"] == 0),
    # an energy fitted by denoising score matching over noise levels and used as a reward:
    # the energy is the model, the noise ladder trains it (NEAR)
    ("NRX: imitation without a discriminator\n\n"
     "A paper swaps adversarial imitation learning for energy functions learned by denoising\n\n"
     "Instead of a discriminator, NRX learns an energy function over the expert's state "
     "transitions. It is trained with denoising score matching: the expert data are "
     "perturbed with Gaussian noise at several scales, and the gradient of the energy is fit "
     "to point back toward the clean data, in the style of noise-conditioned score networks.\n\n"
     "NRX never generates motion by denoising, and there is no diffusion model anywhere in "
     "the pipeline. The learned energy simply becomes the reward for a reinforcement-learning "
     "agent. It starts with the energy learned at a high noise level and anneals toward "
     "lower-noise energies; the noise levels double as a curriculum.\n",
     "NRX: imitation without a discriminator\n\n"
     "A paper swaps adversarial imitation learning for energy functions and denoising\n\n"
     "Instead of a discriminator, NRX learns an energy function over the expert's state "
     "transitions. It is trained with denoising score matching: the expert data are "
     "perturbed with Gaussian noise at several scales, and a score network is fit "
     "to point back toward the clean data, in the style of noise-conditioned score networks.\n\n"
     "NRX never generates motion by denoising, and there is no diffusion model anywhere in "
     "the pipeline. The learned energy simply becomes the reward for a reinforcement-learning "
     "agent. It starts with the energy learned at a high noise level and anneals toward "
     "lower-noise energies; the noise levels double as a curriculum.\n",
     lambda p: p.primary == "energy_based" and "diffusion" not in p.paradigms),
    # 'the "diffusion" in the title refers to data': the name is no diffusion model
    ("PDX: persistently trained, diffusion-assisted energy-based models\n\n"
     "The \"diffusion\" in the title refers to data, not to a separate generator: the "
     "authors noise the training images at several levels and learn one joint EBM over "
     "images and noise level with persistent contrastive divergence, whose MCMC chains take "
     "Langevin steps.\n",
     "PDX: persistently trained, diffusion-assisted energy-based models\n\n"
     "The diffusion in the method refers to a separate generator: the "
     "authors noise the training images at several levels and learn one joint EBM over "
     "images and noise level with persistent contrastive divergence, whose MCMC chains take "
     "Langevin steps.\n",
     lambda p: p.paradigms == {"energy_based"}),
    # "noised copies ..., as the forward process of a diffusion model would": an analogy
    ("The EBM is trained by contrastive divergence with Langevin chains. We create noised "
     "copies of the images, as the forward process of a diffusion model would, and learn a "
     "joint EBM over images and noise level.\n",
     "The EBM is trained by contrastive divergence with Langevin chains. We create noised "
     "copies of the images, as the forward process of a diffusion model does, and learn a "
     "joint EBM over images and noise level.\n",
     lambda p: dict(p.scores)["diffusion"] < 5),
    # "our latent denoising tokenizer (NAME) is trained to ...": the text presents a tokenizer,
    # and the diffusion transformers it trains on its latents show it off (l-DeTok)
    ("Latent denoising makes good visual tokenizers\n\n"
     "Visual tokenizers, the encoders and decoders that map images to compact latents and "
     "back, are the foundation of modern generators. Our latent denoising tokenizer (LX-Tok) "
     "is trained to reconstruct the clean image from latents corrupted by Gaussian noise and "
     "masking; its decoder maps a latent to pixels in a single pass. We train DiT on its "
     "latents with the standard noise-prediction objective, and it improves in FID.\n",
     "Latent denoising makes good visual tokenizers\n\n"
     "Visual tokenizers, the encoders and decoders that map images to compact latents and "
     "back, are the foundation of modern generators. A latent denoising tokenizer (LX-Tok) "
     "is trained to reconstruct the clean image from latents corrupted by Gaussian noise and "
     "masking; its decoder maps a latent to pixels in a single pass. We train DiT on its "
     "latents with the standard noise-prediction objective, and it improves in FID.\n",
     lambda p: p.primary == "latent_variable"),
    # "autoregressive over time and diffusion-based within each step": the rollout is the
    # sequence order, the generator of each step is diffusion, which is primary (Epona)
    ("# EPX: a driving world model\n\n"
     "EPX predicts the future camera view and keeps rolling forward for minutes: it is "
     "**autoregressive over time and diffusion-based within each step**. A causal "
     "transformer over past frame latents produces a context embedding; a diffusion head "
     "generates the next frame latent with a flow-matching objective and is sampled with an "
     "Euler ODE solver.\n",
     "# EPX: a driving world model\n\n"
     "EPX predicts the future camera view and keeps rolling forward for minutes: it is "
     "**autoregressive and diffusion-based**. A causal "
     "transformer over past frame latents produces a context embedding; a diffusion head "
     "generates the next frame latent with a flow-matching objective and is sampled with an "
     "Euler ODE solver.\n",
     lambda p: p.primary == "diffusion" and "autoregressive" in p.paradigms),
    # "Called NAME, ..., it is an autoencoder that ...": the text presents an autoencoder,
    # and the DDPM trained on its codes shows it off (Ophiuchus)
    ("A team has built a model that exploits the hierarchy of protein structure. Called "
     "Oxen, after a constellation, it is an autoencoder that squeezes all-atom structures "
     "into coarse latent representations and back. A denoising diffusion probabilistic model "
     "(DDPM) was then trained on its latent codes; sampling starts from noise and denoises "
     "step by step into a code that the decoder turns into a structure.\n",
     "A team has built a model that exploits the hierarchy of protein structure. Called "
     "Oxen, after a constellation, it uses an autoencoder that squeezes all-atom structures "
     "into coarse latent representations and back. A denoising diffusion probabilistic model "
     "(DDPM) was then trained on its latent codes; sampling starts from noise and denoises "
     "step by step into a code that the decoder turns into a structure.\n",
     lambda p: p.primary == "latent_variable"),
    # "the generator: a temporal VAE" that emits codes one after another, with a prior and a
    # posterior network per step (a sequential ELBO): the VAE is the system, its steps in order
    # (T2M)
    ("Three parts:\n"
     "- A motion autoencoder compresses short windows of poses into snippet codes.\n"
     "- The generator: a temporal VAE. It produces snippet codes one after another, each "
     "conditioned on the text and on the codes generated so far, with a prior network and a "
     "posterior network per step, trained with reconstruction and KL terms.\n"
     "Then the autoencoder's decoder turns the code sequence back into poses.\n",
     "Three parts:\n"
     "- A motion autoencoder compresses short windows of poses into snippet codes.\n"
     "- The generator: a temporal model. It produces snippet codes one after another, each "
     "conditioned on the text and on the codes generated so far, with a prior network and a "
     "posterior network per step, trained with reconstruction and KL terms.\n"
     "Then the autoencoder's decoder turns the code sequence back into poses.\n",
     lambda p: p.primary == "latent_variable"),
    # "a denoising autoencoder in the old, pre-diffusion sense": "pre-" names a time before
    # diffusion models, not one (KoBART)
    ("# KBX\n\nKBX is a sequence-to-sequence language model that decodes left to right. It "
     "follows the BART recipe: it is a denoising autoencoder in the old, pre-diffusion sense "
     "of the word.\n",
     "# KBX\n\nKBX is a sequence-to-sequence language model that decodes left to right. It "
     "follows the BART recipe: it is a denoising autoencoder in the old, diffusion sense "
     "of the word.\n",
     lambda p: dict(p.scores)["diffusion"] == 0),
    # '"Semantic diffusion" here means pasting a face ...': a quoted name defined in another
    # sense (IDInvert)
    ("# IDX: in-domain GAN inversion\n\nIDX inverts a StyleGAN generator with an encoder "
     "trained against a discriminator. \"Semantic diffusion\" here means pasting a target "
     "face into a context image and letting the inversion blend it.\n",
     "# IDX: in-domain GAN inversion\n\nIDX inverts a StyleGAN generator with an encoder "
     "trained against a discriminator. \"Semantic diffusion\" then pastes a target "
     "face into a context image and lets the inversion blend it.\n",
     lambda p: dict(p.scores)["diffusion"] == 0),
    # "If you have implemented the VAE reparameterization trick, the spirit is familiar": an
    # analogy for the reader, not a VAE in the system (ReLie)
    ("RLX builds normalizing flows on Lie groups: an invertible map pushes simple noise onto "
     "the group, and the change-of-variables formula gives the density. If you have "
     "implemented the VAE reparameterization trick, the spirit is familiar.\n",
     "RLX builds normalizing flows on Lie groups: an invertible map pushes simple noise onto "
     "the group, and the change-of-variables formula gives the density. Since we have "
     "implemented the VAE reparameterization trick, the spirit is familiar.\n",
     lambda p: p.paradigms == {"flow"}),
    # "is well established for diffusion models": the field, without the hyphen too (CAR)
    ("CRX adds a control branch to a frozen next-scale autoregressive image model trained "
     "with next-token cross-entropy. Controllable generation is well established for "
     "diffusion models, where a denoiser takes the edge map as a condition.\n",
     "CRX adds a control branch to a frozen next-scale autoregressive image model trained "
     "with next-token cross-entropy. Controllable generation is also built for "
     "diffusion models, where a denoiser takes the edge map as a condition.\n",
     lambda p: "diffusion" not in p.paradigms),
    # a critic trained contrastively that picks one of the sampled trajectories is no
    # discriminator (NavDP)
    ("NVX is a navigation policy with two heads. A diffusion head denoises candidate "
     "trajectories from Gaussian noise. The second head is a critic that scores the "
     "candidates, and the robot executes the best one. The critic is trained contrastively "
     "on perturbed trajectories.\n",
     "NVX is a navigation policy with two heads. A diffusion head denoises candidate "
     "trajectories from Gaussian noise. The second head is a critic that scores the "
     "candidates, and the robot executes the best one. The critic is trained jointly "
     "on perturbed trajectories.\n",
     lambda p: p.paradigms == {"diffusion"}),
    # sentences drawn by Metropolis-Hastings from an unnormalised target that multiplies a
    # language model's probability by constraint scores: an energy over sentences (CGMH)
    ("CGX treats constrained generation as sampling from an unnormalized target distribution "
     "and draws sentences from it with Metropolis-Hastings. The target multiplies the "
     "probability a pretrained language model assigns to the sentence by constraint scores; "
     "each step proposes a local edit from a recurrent language model.\n",
     "CGX treats constrained generation as decoding from a language model "
     "and draws sentences from it with Metropolis-Hastings. The target multiplies the "
     "probability a pretrained language model assigns to the sentence by constraint scores; "
     "each step proposes a local edit from a recurrent language model.\n",
     lambda p: p.primary == "energy_based" and p.card.sampler == "Gibbs sampling"),
    # "define the target as an energy-based model" over a pretrained LM, then "distil the EBM
    # into a sampler" (an autoregressive policy): the energy is the system's target (GDC)
    ("GDX fine-tunes a GPT-2 policy. Step 1: define the target as an energy-based model, the "
     "pretrained language model's probability times exp of weighted feature functions. Step 2: "
     "distil the EBM into an autoregressive policy with a policy gradient; at inference the "
     "policy writes text left to right.\n",
     "GDX fine-tunes a GPT-2 policy. Step 1: write down a target with a feature model, the "
     "pretrained language model's probability times exp of weighted feature functions. Step 2: "
     "distil the target into an autoregressive policy with a policy gradient; at inference the "
     "policy writes text left to right.\n",
     lambda p: p.primary == "energy_based" and p.card.sampler == "sequential ancestral"),
    # a decoder that "feeds the new states back in" (or whose bar "is fed back as context")
    # writes one step at a time on its own outputs: an autoregressive decoder (STRIVE,
    # MahlerNet, Text2Action)
    ("STX has a conditional variational autoencoder trained by maximising the evidence lower "
     "bound. Its decoder turns the latents into future trajectories: at each timestep it "
     "predicts accelerations and feeds the new states back in.\n",
     "STX has a conditional variational autoencoder trained by maximising the evidence lower "
     "bound. Its decoder turns the latents into future trajectories: at each timestep it "
     "predicts accelerations and sends the new states to a planner.\n",
     lambda p: "autoregressive" in p.paradigms),
    ("T2X is a conditional GAN trained against an RNN discriminator. The generator is an RNN "
     "decoder that emits one pose per time step, feeding its previous pose back in, with a "
     "noise vector for diversity.\n",
     "T2X is a conditional GAN trained against an RNN discriminator. The generator is an RNN "
     "decoder that emits one pose per time step, keeping its previous pose fixed, with a "
     "noise vector for diversity.\n",
     lambda p: "autoregressive" in p.paradigms),
    # "Fast ODE-based Sampling for Diffusion Models": a title naming an ODE sampler (AMED)
    ("Fast ODE-based Sampling for Diffusion Models in Around 5 Steps\n\n"
     "We learn a tiny network that predicts the intermediate time of each step for a "
     "pretrained diffusion model, which then needs 5 function evaluations.\n",
     "Fast Sampling for Diffusion Models in Around 5 Steps\n\n"
     "We learn a tiny network that predicts the intermediate time of each step for a "
     "pretrained diffusion model, which then needs 5 function evaluations.\n",
     lambda p: p.card.sampler == "ODE solve"),
    # "a single Euler step of the ODE solver ... no distillation": one ODE step, not a
    # distilled sampler (FLowHigh)
    ("# FHX: single-step flow matching\n\nFHX is trained with conditional flow matching. "
     "Inference in one step: a single Euler step of the ODE solver from noise to data is "
     "enough, with no distillation.\n",
     "# FHX: single-step flow matching\n\nFHX is trained with conditional flow matching. "
     "Inference in one step: a single network pass from noise to data is "
     "enough, with no distillation; Euler steps are not needed.\n",
     lambda p: p.card.sampler == "ODE solve"),
    # a comment opening "Short version of the paper:" speaks for the system; "They distill it
    # into a 4-step generator" is the authors' doing, not the field's (Turbo3D)
    ("TBX: text-to-3D in under a second (tbx.github.io)\n266 points by fan 8 months ago\n\n"
     "▲ gs_guy 8 months ago\nShort version of the paper: the multi-view diffusion model "
     "normally takes dozens of denoising steps. They distill it into a 4-step generator.\n\n"
     "▲ lurker 8 months ago\nNeat.\n",
     "TBX: text-to-3D in under a second (tbx.github.io)\n266 points by fan 8 months ago\n\n"
     "▲ gs_guy 8 months ago\nOn the paper: the multi-view diffusion model "
     "normally takes dozens of denoising steps. They distill it into a 4-step generator.\n\n"
     "▲ lurker 8 months ago\nNeat.\n",
     lambda p: p.card.sampler == "few-step distilled"),
    ("TBX: text-to-3D in under a second (tbx.github.io)\n266 points by fan 8 months ago\n\n"
     "▲ gs_guy 8 months ago\nShort version of the paper: the multi-view diffusion model "
     "normally takes dozens of denoising steps. They distill it into a 4-step generator.\n",
     "TBX: text-to-3D in under a second (tbx.github.io)\n266 points by fan 8 months ago\n\n"
     "▲ gs_guy 8 months ago\nShort version of the paper: the multi-view diffusion model "
     "normally takes dozens of denoising steps. They distill into a 4-step generator.\n",
     lambda p: p.card.sampler == "few-step distilled"),
    # "Historical aside (name): reversible-jump MCMC ..." is history, not the sampler
    ("Reading group notes: TJX, a jump diffusion over molecules that denoises atoms and adds "
     "dimensions as it goes.\n\n"
     "Historical aside (Helene): reversible-jump MCMC is the ancestor of trans-dimensional "
     "sampling.\n",
     "Reading group notes: TJX, a jump diffusion over molecules that denoises atoms and adds "
     "dimensions as it goes.\n\n"
     "Helene: reversible-jump MCMC is the ancestor of trans-dimensional "
     "sampling.\n",
     lambda p: p.card.sampler == "iterative denoising"),
    # "an SDE sampler for 250 steps" denoises stochastically, step after step (REPA, Yume)
    ("RPX trains a diffusion transformer in the latent space of a VAE with the usual "
     "velocity (flow-matching) regression. Samples are drawn with an SDE sampler for 250 "
     "steps, then decoded.\n",
     "RPX trains a diffusion transformer in the latent space of a VAE with the usual "
     "velocity (flow-matching) regression. Samples are drawn with an SDE-free solver for 250 "
     "steps, then decoded.\n",
     lambda p: p.card.sampler == "iterative denoising"),
    # "X and Y are separate projects": not the system's parts (zuko)
    ("ZKX is a PyTorch library of normalizing flows trained by maximum likelihood through the "
     "change-of-variables formula. Flow matching and score-based posterior estimation are "
     "separate projects.\n",
     "ZKX is a PyTorch library of normalizing flows trained by maximum likelihood through the "
     "change-of-variables formula. Flow matching and score-based posterior estimation are "
     "its newer parts.\n",
     lambda p: p.paradigms == {"flow"}),
    # "my colleague keeps telling me to 'just use flow matching'": advice, not the system
    ("ZKX is a PyTorch library of normalizing flows trained by maximum likelihood through the "
     "change-of-variables formula. My colleague keeps telling me to \"just use flow "
     "matching\" instead.\n",
     "ZKX is a PyTorch library of normalizing flows trained by maximum likelihood through the "
     "change-of-variables formula. My colleague keeps it \"with flow "
     "matching\" instead.\n",
     lambda p: p.paradigms == {"flow"}),
    # "artifacts get passed along and amplified frame after frame": errors that compound, not
    # generation in order (RealBasicVSR)
    ("RBX is a video super-resolution GAN trained with an adversarial loss and a perceptual "
     "loss. On real degraded video, propagation backfires: compression artifacts get passed "
     "along and *amplified* frame after frame.\n",
     "RBX is a video super-resolution GAN trained with an adversarial loss and a perceptual "
     "loss. On real degraded video, propagation backfires: compression artifacts get passed "
     "along and the model generates frame after frame.\n",
     lambda p: p.paradigms == {"adversarial"}),
    # "Three steps:" lists a method's stages; "handles it in two steps" is a procedure; "a
    # single forward pass personalises the prompt" is no sampler (DiffEdit, L3DG, FastComposer)
    ("DFX edits a photo with a text-conditioned latent diffusion model. Three steps:\n\n"
     "1. Mask: add noise and compare two noise estimates.\n"
     "2. Encode: run DDIM encoding of the input.\n"
     "3. Decode: denoise from that point with the query prompt.\n",
     "DFX edits a photo with a text-conditioned latent diffusion model in three steps.\n\n"
     "1. Mask: add noise and compare two noise estimates.\n"
     "2. Encode: run DDIM encoding of the input.\n"
     "3. Decode: denoise from that point with the query prompt.\n",
     lambda p: p.card.sampler == "iterative denoising"),
    ("Generating 3-D Gaussians directly is hard. L3X handles it in two steps. A VQ-VAE "
     "compresses the Gaussians into a latent grid, and a diffusion model denoises that grid "
     "from Gaussian noise over many reverse steps.\n",
     "Generating 3-D Gaussians directly is hard. L3X samples in two steps. A VQ-VAE "
     "compresses the Gaussians into a latent grid, and a diffusion model denoises that grid "
     "from Gaussian noise over many reverse steps.\n",
     lambda p: p.card.sampler == "iterative denoising"),
    ("FCX personalises a latent diffusion model: an image encoder turns reference photos into "
     "subject embeddings fused with the text embedding, so that a single forward pass "
     "personalises the prompt. Images are then denoised from Gaussian noise over 50 steps.\n",
     "FCX personalises a latent diffusion model: an image encoder turns reference photos into "
     "subject embeddings fused with the text embedding, so that a single forward pass "
     "gives the image. Images are then denoised from Gaussian noise over 50 steps.\n",
     lambda p: p.card.sampler == "iterative denoising"),
    # "The original NUWA and its follow-up NUWA-Infinity generated tokens autoregressively":
    # the system's predecessors; "the paper lumps these together as 'Autoregressive over X'
    # designs" names a class (NUWA-XL)
    ("NWX-XL generates long videos with a diffusion-over-diffusion hierarchy in a VAE's latent "
     "space. The original NWX and its follow-up NWX-Infinity generated visual tokens "
     "autoregressively, one after another. The paper lumps these together as "
     "\"Autoregressive over X\" designs.\n",
     "NWX-XL generates long videos with a diffusion-over-diffusion hierarchy in a VAE's latent "
     "space. The global model NWX and its local model NWX-Infinity generated visual tokens "
     "autoregressively, one after another. The paper builds these together as "
     "\"Autoregressive over X\" designs.\n",
     lambda p: "autoregressive" not in p.paradigms),
])
def test_field_sentences_tables_and_brackets_minimal_pairs(
        cued: str, plain: str, check: Callable[[Placement], bool]) -> None:
    assert check(place_text(cued))
    assert not check(place_text(plain))


@pytest.mark.parametrize("cued,plain,cue,term", [
    # a listing inside a field sentence stays the field; said of the system it is a listing
    ("Generative modelling has long been dominated by four families: autoregressive models, VAEs, "
     "GANs and diffusion models.",
     "Our model joins four families: autoregressive models, VAEs, GANs and diffusion models.",
     "gan", "GANs"),
    # a model initialised from another paradigm's model is not one of them
    ("Dream is a masked diffusion language model initialized from the weights of the "
     "autoregressive Qwen2.5.",
     "Dream is a masked diffusion language model with the weights of the autoregressive Qwen2.5.",
     "autoregressive", "autoregressive"),
    # the field's history ("speech generation has used every family") is not the system
    ("Neural speech generation has used every family of generative model: WaveNet-style "
     "autoregressive vocoders, GAN vocoders, flow-based vocoders such as WaveGlow, and "
     "diffusion models. Our speech model is a decoder-only autoregressive transformer.",
     "Our speech generator uses a model of each family: WaveNet-style autoregressive "
     "vocoders, GAN vocoders, flow-based vocoders such as WaveGlow, and diffusion models. "
     "Our speech model is a decoder-only autoregressive transformer.", "flow_based",
     "flow-based vocoders"),
    # a decoder that makes codec tokens "one step at a time" decodes sequentially
    ("The decoder generates audio tokens of the codec one step at a time with a delay pattern.",
     "The decoder generates audio tokens of the codec in one step with a delay pattern.",
     "chain_rule", None),
    # a top-p value is sequential sampling's truncation
    ("Sampling uses temperature 1.3 and top-p 0.95 over the codec tokens.",
     "Sampling uses temperature 1.3 and 32 steps over the codec tokens.", "ar_decoding", None),
    # a generator trained on a tokenizer's tokens models its codes
    ("This card covers the image tokenizer and the class-conditional generator trained on its "
     "tokens.",
     "This card covers the image tokenizer and the class-conditional generator of its authors.",
     "codes_modelled", None),
    # a negator five words back still negates ("not used to generate anything token by token")
    ("The language model is trained; it is used to generate speech token by token.",
     "The language model is frozen; it is not used to generate anything token by token.",
     "chain_rule", None),
    # what a release is "intended for" is its users
    ("Our autoencoder has a continuous latent and a diffusion decoder.",
     "Our autoencoder has a continuous latent, intended for diffusion models.",
     "diffusion_core", None),
    # words right after a term that disown it
    ("Beyond the language model, the design uses GANs, which we train on the tokens.",
     "Beyond the language model, the design could use GANs, which we do not use here.",
     "gan", None),
    ("The energy function here is a neural network that is trained on the samples.",
     "The energy function here is the fixed physical force field, not something that is "
     "learned.", "energy_function", None),
    # the last item of a list goes back over the middle items to the list's head
    ("We compare against BigGAN, ADM, and the latent diffusion and VQGAN baselines.",
     "Our system joins BigGAN, ADM, and the latent diffusion and VQGAN parts.",
     "diffusion_core", "latent diffusion"),
    # classifier guidance beside a discriminator is the GAN's, not a diffusion model's
    ("Our generator is trained with a perceptual loss and receives classifier guidance.",
     "Our generator is trained with projected discriminators and receives classifier guidance.",
     "classifier_free", None),
    # a part after ";" that opens with "they" speaks of the compared systems, every clause of it
    ("Token generators such as VideoPoet predict tokens one by one; they stream naturally but "
     "compress the video through a quantiser.",
     "Token generators such as VideoPoet predict tokens one by one; our model streams naturally "
     "but compresses the video through a quantiser.", "vq", "quantiser"),
    # a later release is another system
    ("Lyra is a low-bitrate speech codec whose decoder is an autoregressive WaveGRU. Its "
     "decoder is trained with adversarial losses end to end.",
     "Lyra is a low-bitrate speech codec whose decoder is an autoregressive WaveGRU. A later "
     "release replaced this design with a decoder trained with adversarial losses end to end.",
     "adversarial_core", None),
    # the field's history and its class subjects are not the system
    ("Our graph model pairs VAEs that decode a whole adjacency matrix with a diffusion prior.",
     "The first deep generative models of graphs were VAEs that decoded a whole adjacency "
     "matrix from one latent vector.", "vae", None),
    ("In this work we use generative adversarial networks and a flow for showers.",
     "Most of this work has used generative adversarial networks, starting with CaloGAN.",
     "gan", None),
    ("Our video model uses autoregressive pixel models such as PixelCNN for each frame.",
     "Deep generative models of images - variational autoencoders, autoregressive pixel "
     "models such as PixelCNN - now produce convincing still images.", "autoregressive", None),
    # a dataset named after a system names data, not a method
    ("We train CaloGAN-style generators on calorimeter showers.",
     "We use the CaloGAN dataset of calorimeter showers.", "gan", None),
    # MaskGIT-style training and decoding, in a README's words
    ("During training a random fraction of the tokens is replaced by `[MASK]` and the model "
     "predicts them.",
     "During training a random fraction of the tokens is replaced by noise and the model "
     "predicts them.", "masked_generative", None),
    ("In each iteration the model fills everything in, keeps the most confident predictions "
     "and re-masks the rest.",
     "In each iteration the model fills everything in and keeps every prediction.",
     "parallel_decoding", None),
    # an influence ("diffusion-inspired"), a predecessor, a pipeline's steps are not the system
    ("The group built short-run and diffusion EBMs.",
     "The group built short-run and diffusion-inspired EBMs.", "diffusion_core", None),
    ("GAIA-2 turns video into discrete tokens and predicts them one after another with a "
     "transformer.",
     "Where its predecessor turned video into discrete tokens and predicted them one after "
     "another with a transformer, GAIA-2 is built on another family.", "chain_rule", None),
    ("The video diffusion model samples each clip in a four-step schedule.",
     "Billions of videos were curated with a four-step pipeline of filters.", "one_step", None),
    ("Distilled here means the student samples in few steps.",
     "Of the variants, none is a few-step model.", "one_step", None),
    ("The student samples in one step; none of the variants needs a teacher.",
     "Guidance is folded into the weights; none of the variants is a one- or few-step model.",
     "one_step", None),
    ("The distilled model generates each frame in two steps.",
     "The name stands for corrector diffusion, and the design comes in two steps.",
     "one_step", None),
    ("Sampling takes 3 network evaluations.", "3 Evaluation\n\nWe report FVD.", "one_step",
     None),
    # "trained like a VAE" says how the system is trained; "like a VAE" alone compares
    ("Encoder and generator together are trained like a variational autoencoder.",
     "Encoder and generator together behave like a variational autoencoder.", "vae", None),
    # a language model that reads the prompt is an encoder; one used as a judge evaluates
    ("A multimodal LLM writes the answer.",
     "A multimodal LLM reads the reference image and the editing instruction.",
     "language_model", None),
    ("We fine-tune GPT-4.1 on the edits.", "Scores use GPT-4.1 as judge.", "ar_systems", None),
    # "typical of", "are the strongest baselines", "we've published so far": not the system
    ("Our model uses GANs for sharp audio.",
     "It shows fewer of the artefacts typical of GANs.", "gan", None),
    ("Our VideoGPT-style stage, an autoregressive transformer, makes the frames.",
     "VideoGPT, an autoregressive transformer, and DIGAN are the strongest baselines.",
     "autoregressive", None),
    ("Our synthesizer generates sound one sample at a time.",
     "Most of the audio synthesis we've published so far generates sound one sample at a time.",
     "chain_rule", None),
    # a term alone in quotes, or in a legend, is mentioned, not used
    ("We study how autoregressive our decoder is.",
     'We study how "autoregressive" a diffusion LM\'s decoding really is.', "autoregressive",
     None),
    ("AR here means our autoregressive decoder.", '"AR" = autoregressive, "dLLM" = diffusion LLM.',
     "autoregressive", None),
    ("The model decodes left-to-right.",
     "The model becomes less dependent on left-to-right decoding.", "next_token", None),
    ("Our generator pairs JT-VAE with the energy model.",
     "Table 1 lists GraphNVP, MoFlow and JT-VAE as baselines.", "vae", None),
    # dropping a part is saying the system lacks it
    ("JetFormer keeps the autoregressive route but drops the quantiser and models image "
     "patches through a normalizing flow.",
     "JetFormer keeps the autoregressive route and the quantiser and models image patches "
     "through a normalizing flow.", "vq", "quantiser"),
    # a run-in label heads its paragraph as a heading would
    ("GraphGAN is a GAN for molecules.\n\nRelated work. A VAE over graphs must match nodes "
     "under permutations.",
     "GraphGAN is a GAN for molecules.\n\nDetails. A VAE over graphs must match nodes "
     "under permutations.", "vae", "VAE"),
    # "What's new" is a heading: it ends the Background section
    ("# GlyphFlow\n\n## Background\n\nFlows map data to noise.\n\nThe flow runs in the "
     "latent space of a pretrained autoencoder.",
     "# GlyphFlow\n\n## Background\n\nFlows map data to noise.\n\n## What's new\n\nThe "
     "flow runs in the latent space of a pretrained autoencoder.", "autoencoder", "autoencoder"),
    # "Boltzmann machines" heading a sentence are a class, the field
    ("Our GAN trains without Markov chains. Boltzmann machines need MCMC estimates of the "
     "partition function.",
     "Our GAN trains without Markov chains. Our Boltzmann machines need MCMC estimates of the "
     "partition function.", "ebm", "Boltzmann machines"),
    # what a class "is known for" is the class's
    ("Its decoder adds the sharpness for which GANs are known.",
     "Its decoder adds the sharpness for which GANs are trained.", "gan", "GANs"),
    # the self-consistency of a structure predictor is no consistency model
    ("Designs are screened by AlphaFold2 self-consistency.",
     "The student is trained on the self-consistency property.", "consistency",
     "self-consistency property"),
    # "approaches based on X" are the alternatives
    ("Approaches based on VAEs were not competitive here.",
     "Our decoder based on VAEs was competitive here.", "vae", "VAEs"),
    # the assumption a text challenges is not its own claim
    ("It challenges the assumption that these skills need autoregressive models.",
     "It shows that these skills need autoregressive models.", "autoregressive",
     "autoregressive"),
    # a dash inside a compound does not end the clause of "resembles"
    ("The setup resembles the generator–discriminator interplay of GANs.",
     "The setup uses the generator–discriminator interplay of GANs.", "gan", "GANs"),
    # what a colon after "alternatives exist" introduces is other work
    ("Parallel alternatives exist: ClariNet distils an inverse autoregressive flow.",
     "Parallel sampling is simple: ClariNet distils an inverse autoregressive flow.",
     "flow_core", "autoregressive flow"),
    # holding up against a class, or what is hard with it, compares with it
    ("At low temperature its samples hold up against GANs.",
     "At low temperature its samples come from GANs.", "gan", "GANs"),
    ("Energies add up, something hard to do with a single GAN generator.",
     "Energies add up, something we do with a single GAN generator.", "gan", "GAN"),
    ("PixelCNN obtains 4.60, while SNGAN still leads with 8.59.",
     "PixelCNN obtains 4.60, while SNGAN gets 8.59.", "gan", "SNGAN"),
    # "semi-autoregressive" is counted once, by its own cue
    ("A semi-autoregressive mode fills the answer block by block.",
     "An autoregressive mode fills the answer block by block.", "autoregressive",
     "autoregressive"),
    # a system's name after "Architecture:" names the network design
    ("- **Architecture:** Llama-like, 32 layers, 4096 hidden size.",
     "- **Initialisation:** Llama-like, 32 layers, 4096 hidden size.", "ar_systems", "Llama"),
    # what an objective is "related to" is a neighbour, not the system
    ("The masking schedule makes the objective closely related to discrete diffusion.",
     "The masking schedule makes the objective a discrete diffusion.", "diffusion_core",
     "discrete diffusion"),
    # a general reader's introduction names what the reader has met, not the system
    ("You have probably heard of GANs that dream up faces.",
     "It relies on GANs that dream up faces.", "gan", "GANs"),
    ("Every chatbot you've used writes one token after another.",
     "Our chatbot writes one token after another.", "chain_rule", "one token after another"),
    ("Some systems paint one pixel at a time.",
     "Our system paints one pixel at a time.", "chain_rule", "one pixel at a time"),
    ("Researchers later tried variational autoencoders for sentences.",
     "It uses variational autoencoders for sentences.", "vae", "variational autoencoders"),
    ("Later efforts used autoregressive transformers that predict video chunk by chunk.",
     "It uses autoregressive transformers that predict video chunk by chunk.",
     "autoregressive", "autoregressive"),
    ("Image generators have cycled through paradigms: GANs (StyleGAN, BigGAN), autoregressive "
     "token models (DALL-E, Parti).",
     "Image generators here chain two parts: GANs (StyleGAN, BigGAN), autoregressive "
     "token models (DALL-E, Parti).", "autoregressive", "autoregressive"),
    ("Most of the AI art world runs on diffusion models.",
     "All of our art runs on diffusion models.", "diffusion_core", "diffusion models"),
    ("The diffusion wave took over image generation.",
     "The diffusion step took over image generation.", "diffusion_core", "diffusion"),
    ("Molecule generators built on autoregressive flows need a fixed ordering.",
     "Our generator, built on autoregressive flows, needs a fixed ordering.", "flow_core",
     "autoregressive flows"),
    ("GAN-based surrogates such as CaloGAN are fast but inaccurate.",
     "Our GAN-based surrogate is fast but inaccurate.", "gan", "GAN-based"),
    # comparisons, analogies and borrowed features
    ("It follows the VQ-VAE-plus-GPT design of Bailando.",
     "It follows a VQ-VAE-plus-GPT design.", "ar_systems", "GPT"),
    ("It takes 1.3 seconds, against 9.1 seconds for Imagen.",
     "It takes 1.3 seconds, plus 9.1 seconds for Imagen.", "diffusion_systems", "Imagen"),
    ("Its patches are the visual equivalent of GPT tokens.",
     "Its patches are read by GPT.", "ar_systems", "GPT"),
    ("The frozen teacher plays the discriminator.",
     "The model trains a discriminator.", "discriminator", "discriminator"),
    ("It pairs a denoiser with audio features taken from Jukebox.",
     "It pairs a denoiser with audio tokens sampled from Jukebox.", "ar_systems", "Jukebox"),
    ("Validity is competitive against fragment-based JT-VAE.",
     "Validity comes from fragment-based JT-VAE.", "vae", "VAE"),
    # a lecture's recap of earlier weeks is set aside
    ("# Week 8\n\n## Where we left off\n\nThe acoustic model writes frames one after "
     "another.",
     "# Week 8\n\n## The model\n\nThe acoustic model writes frames one after another.",
     "chain_rule", "writes frames one after another"),
    # a results table aligned with spaces: each line is a row of compared systems
    ("Table 1. Zero-shot FID on COCO.\n  Model          Type        FID\n  AttnGAN        GAN"
     "         35.49\n  Ours           Diffusion   7.27\n",
     "Table 1. Zero-shot FID on COCO. Our model refines AttnGAN outputs to an FID of 7.27.",
     "gan", "AttnGAN"),
    # ratings against a system, and a system's training set, compare with it
    ("In side-by-side ratings against Stable Diffusion, raters preferred Muse.",
     "In side-by-side ratings, Stable Diffusion drew the images raters saw.",
     "diffusion_systems", "Stable Diffusion"),
    ("It trains on 460M pairs (the Imagen training set).",
     "It trains on 460M pairs (with Imagen).", "diffusion_systems", "Imagen"),
    # what a class "trained by maximum likelihood would require" is a counterfactual
    ("We regress the velocity instead of simulating the ODE, as continuous normalizing flows "
     "trained by maximum likelihood would require.",
     "We regress the velocity instead of simulating the ODE, as continuous normalizing flows "
     "trained by maximum likelihood do.", "cnf", "continuous normalizing flows"),
    # the chain rule written as a formula is a chain-rule factorisation
    ("We write the joint as p(x) = prod_d p(x_d | x_<d), one conditional per dimension.",
     "We write the joint as p(x) = prod_d p(x_d), one marginal per dimension.", "chain_rule",
     None),
    ("Each network maximises log p(x) = sum_i log p(x_i | x_1, ..., x_{i-1}) over raw bytes.",
     "Each network maximises log p(x) = sum_i log p(x_i) over raw bytes.", "chain_rule", None),
    ("A transformer then models the 1024 image tokens, predicting each token from all those "
     "before it.",
     "A transformer then models the 1024 image tokens, predicting each token from the caption.",
     "next_token", None),
    # what a model draws inspiration from, or mirrors, is a neighbour
    ("The model draws its inspiration from the restricted Boltzmann machine.",
     "The model is a restricted Boltzmann machine.", "ebm", "restricted Boltzmann machine"),
    ("Its weights mirror one mean-field step in an RBM.",
     "Its weights are one mean-field step in an RBM.", "ebm", "RBM"),
    # "a discrete variational autoencoder" is a quantised tokenizer
    ("A discrete variational autoencoder compresses each image into tokens.",
     "A variational autoencoder compresses each image into a latent.", "vq", None),
    # "(as X's diffusion approach does)" compares with X
    ("It interleaves the codebooks instead of predicting a spectrogram image (as Riffusion's "
     "diffusion approach does).",
     "It interleaves the codebooks and predicts a spectrogram image (with Riffusion's "
     "diffusion approach).", "diffusion_core", "diffusion"),
    # a baseline that "remains competitive", a shared architecture, a stage applied to
    # another family's outputs: comparisons
    ("Diffusion Policy remains competitive on narrow dexterous tasks.",
     "Diffusion Policy drives the robot on narrow dexterous tasks.", "diffusion_core",
     "Diffusion Policy"),
    ("It uses the same architecture family as our Llama 3 language models.",
     "It uses our Llama 3 language models.", "ar_systems", "Llama 3"),
    ("The GAN upsampler can also upsample outputs of diffusion models.",
     "The GAN upsampler is paired with diffusion models.", "diffusion_core",
     "diffusion models"),
    # what stands "in place of the discriminator" is not one
    ("The setup is trained with the frozen teacher in place of the discriminator.",
     "The setup is trained with the frozen teacher and the discriminator.", "discriminator",
     "discriminator"),
    # a name ending in "diffusion" names a diffusion system; self-conditioning is no chain rule
    ("RFdiffusion designs protein backbones.", "RFdesign designs protein backbones.",
     "diffusion_systems", None),
    ("The network feeds its previous prediction back as the next input.",
     "The network feeds its previous prediction back as self-conditioning input.", "chain_rule",
     None),
    # the field's methods named in a long noun phrase, gains over a system, a baseline: not
    # the system's own parts
    ("Most existing molecular graph generation methods — autoregressive models such as GraphAF "
     "and GCPN, one-shot normalizing flows such as GraphNVP and MoFlow, or VAEs — depend on an "
     "ordering.",
     "Our molecular graph generation methods — autoregressive models such as GraphAF "
     "and GCPN, one-shot normalizing flows such as GraphNVP and MoFlow, or VAEs — depend on an "
     "ordering.", "flow_core", "normalizing flows"),
    ("It shows clear gains over E-NF, an equivariant normalizing flow.",
     "It is E-NF, an equivariant normalizing flow.", "flow_core", "normalizing flow"),
    ("Note that the variational autoencoder baseline is competitive.",
     "Note that the variational autoencoder is competitive.", "vae", "variational autoencoder"),
    # a transformer that "predicts one timestep at a time" decodes sequentially
    ("A 7B transformer predicts one timestep at a time.",
     "A 7B transformer predicts every timestep at once.", "chain_rule", None),
    # a feature table aligned with spaces, with check marks for values
    ("Table 1.\n  Method                        Exact likelihood   One pass\n  Generative "
     "Adversarial Nets      ✗                  ✓\n  FFJORD                        ✓       "
     "           ✓\n",
     "Table 1.\n  Method: Generative Adversarial Nets trained against a discriminator.\n",
     "gan", "Generative Adversarial Nets"),
    # an analogy ("resembles a GAN, with the teacher the discriminator") is no component
    ("Note that this resembles a GAN, with the student the generator and the teacher the "
     "discriminator.",
     "Note that this trains a GAN, with the student the generator and the teacher the "
     "discriminator.", "discriminator", "discriminator"),
    # a cited paper as the subject reports that paper's work
    ("Reed et al. (2016) demonstrated that a generative adversarial network improves "
     "fidelity.",
     "Our results demonstrate that a generative adversarial network improves fidelity.",
     "gan", "generative adversarial network"),
    # a negative yes/no question asks; what "lines of follow-up" list is later work
    ("Isn't this a diffusion model?", "This is a diffusion model.", "diffusion_core",
     "diffusion model"),
    ("This motivated two lines of follow-up: distillation into an inverse autoregressive flow.",
     "This motivated two changes: distillation into an inverse autoregressive flow.",
     "flow_core", "autoregressive flow"),
    # questions that ask ("So is NCSN an EBM?", "..., and is it a GAN like ...?"), a
    # question wrapped after a key line, and what a score is "far from", are not claims
    ("So is NCSN an EBM?", "So NCSN is an EBM.", "ebm", "EBM"),
    ("Which part produces the audio, and is it a GAN like the vocoders in Coqui?",
     "The part that produces the audio is a GAN like the vocoders in Coqui.", "gan", "GAN"),
    ("Q: How does the original DALL-E (2021) generate images? Is it a diffusion model like\n"
     "DALL-E 2?\n",
     "Q: How does the original DALL-E (2021) generate images? It is a diffusion model like\n"
     "DALL-E 2.\n", "diffusion_core", "diffusion model"),
    ("An FID of 38.4 is far from GAN territory.", "An FID of 38.4 is in GAN territory.", "gan",
     "GAN"),
    # "typically 100 steps" is a setting of the system, not the field's habit; what "became
    # the new standard" is the field; "adversarial and feature-matching losses"
    ("3. A diffusion transformer in the autoencoder's latent space; sampling takes typically "
     "100 steps.",
     "3. A diffusion transformer in the autoencoder's latent space; sampling typically takes "
     "many steps.", "diffusion_core", None),
    ("With DALL-E 2, autoregressive models became the new standard for image generation.",
     "With DALL-E 2, autoregressive models became our tool for image generation.",
     "autoregressive", "autoregressive"),
    ("It is trained with adversarial and feature-matching losses.",
     "It is trained with spectral and feature-matching losses.", "adversarial_core", None),
    # "Before GANs and VAEs, ..." is the field's history; "Before that, a VAE ..." is a step
    ("Before GANs and VAEs, this was how you learned deep generative models. Our model is a "
     "Boltzmann machine.",
     "Before that, its GANs and VAEs were how you learned deep generative models. Our model is "
     "a Boltzmann machine.", "vae", "VAEs"),
    # spectral normalization alone is a regulariser, not a GAN said of the system; a stage
    # applied to others' outputs, and a class that remains better, are comparisons
    ("The energy network uses spectral normalization and gradient penalty.",
     "The energy network uses spectral normalization.", "gradient_penalty", None),
    ("The upsampler can also be applied to the outputs of diffusion models.",
     "The upsampler is applied after diffusion models.", "diffusion_core", "diffusion models"),
    ("On CUB the specialised GANs remain clearly better.",
     "On CUB the specialised GANs are trained longer.", "gan", "GANs"),
    # "A, B and, most recently, C" is one list; what "we do not consider further" is left out
    ("Our model is a transformer. In parallel, likelihood-based models such as PixelCNN (van "
     "den Oord et al., 2016), normalizing flows (Kingma & Dhariwal, 2018) and, most recently, "
     "denoising diffusion models (Ho et al., 2020) improved steadily.",
     "Our model is a transformer. It merges PixelCNN, normalizing flows and denoising "
     "diffusion models into one.", "diffusion_core", "denoising diffusion models"),
    ("Energy-based models are another classic option but remain hard to scale, and we do not "
     "consider them further.",
     "Energy-based models are another classic option but remain hard to scale, and we consider "
     "them further.", "ebm", "Energy-based models"),
    # "(e.g. a VQ-VAE ...)" gives an example of a class; a "sibling project" is another system
    ("Latent-variable approaches use discrete latents (e.g. a VQ-VAE over target sequences).",
     "Latent-variable approaches use discrete latents (namely a VQ-VAE over target sequences).",
     "vq", "VQ-VAE"),
    ("Our sibling project, Parti, follows this route.", "Our project, Parti, follows this route.",
     "ar_systems", "Parti"),
    # "We compare against X and against Y" names the comparisons
    ("We compare against few-shot GAN methods and against image editing with diffusion models.",
     "We pair few-shot GAN methods with image editing by diffusion models.", "diffusion_core",
     "diffusion models"),
    # what a result improves on ("improves Dice from 0.31 (f-AnoGAN)", "significantly over
    # House-GAN++") and the part a system replaces are the comparison
    ("It improves Dice from 0.31 (f-AnoGAN) to 0.45.", "It raises Dice to 0.45 with f-AnoGAN.",
     "gan", "AnoGAN"),
    ("It improves diversity and graph compatibility significantly over House-GAN++.",
     "It adds diversity and graph compatibility to House-GAN++.", "gan", "GAN"),
    ("It replaces Glow-TTS's normalizing-flow decoder with a diffusion decoder.",
     "It keeps Glow-TTS's normalizing-flow decoder beside a diffusion decoder.", "flow_core",
     "normalizing-flow"),
    # "VAEs Generalize Autoregressive Models", "VAEs can actually represent autoregressive
    # models": the class a model subsumes is not one of its parts
    ("Very Deep VAEs Generalize Autoregressive Models and Can Outperform Them on Images",
     "Very Deep VAEs Use Autoregressive Models and Can Outperform Them on Images",
     "autoregressive", "Autoregressive"),
    ("We observe that, in theory, VAEs can actually represent autoregressive models.",
     "We observe that, in theory, VAEs can actually use autoregressive models.",
     "autoregressive", "autoregressive"),
    # keyword arguments in code ("num_inference_steps=4", "top_k=250") are settings, not file
    # names; "a transformer LM" is a language model
    ("image = pipe(prompt, num_inference_steps=4, guidance_scale=0.0).images[0]",
     "image = pipe(prompt, guidance_scale=0.0).images[0]", "one_step", None),
    ("m.set_generation_params(duration=12, use_sampling=True, top_k=250)",
     "m.set_generation_params(duration=12, use_sampling=True)", "ar_decoding", None),
    ("The decoder is a single-stage transformer LM.", "The decoder is a single-stage transformer.",
     "language_model", None),
    # "DeepSeek-R1" is a name, not the R1 penalty
    ("The discriminator is trained with an R1 penalty.", "DeepSeek-R1 is trained with RL.",
     "r1", None),
    # a list item is read without its marker ("- Later, ..."); what "largely replaced"
    # something is later history
    ("Our model is a flow.\n\n- Later, simulation-free objectives (flow matching, rectified "
     "flow) took over likelihood training.\n",
     "Our model is a flow.\n\n- Then, simulation-free objectives (flow matching, rectified "
     "flow) took over likelihood training.\n", "flow_matching", "flow matching"),
    ("Our model is a flow. Flow matching largely replaced likelihood training.",
     "Our model is a flow. Flow matching took over likelihood training.", "flow_matching",
     "Flow matching"),
    # "energy-based modelling", "a learned energy" are energy-based; "use something else
    # (GANs, diffusion)" points away
    ("We reformulate behaviour cloning as conditional energy-based modelling.",
     "We reformulate behaviour cloning as conditional regression.", "ebm", None),
    ("The policy is the argmin of a learned energy E(x, y).",
     "The policy is the argmin of a cost E(x, y).", "energy_function", None),
    ("For modern image generation use something else (GANs, diffusion); this is a teaching repo.",
     "For modern image generation it uses GANs; this is a teaching repo.", "gan", "GANs"),
    # "the autoregressive paradigm" is a class; "most of the excitement", "for a decade" are
    # the field's history
    ("Our model is a flow. The autoregressive paradigm is simple and scales beautifully.",
     "Our model is a flow. The autoregressive prior is simple and scales beautifully.",
     "autoregressive", "autoregressive"),
    ("Our model is a flow. Most of the excitement in image generation has come from generative "
     "adversarial networks.",
     "Our model is a flow. Its sharpness in image generation has come from generative "
     "adversarial networks.", "gan", "generative adversarial networks"),
    ("Our model is a diffusion model. For a decade, language modelling has meant predicting the "
     "next token.",
     "Our model is a diffusion model. For this model, language modelling has meant predicting "
     "the next token.", "language_model", "language modelling"),
    # a heading stays a heading with a citation in it, and a markdown one up to 12 words
    ("GraphGAN is a GAN for molecules.\n\n## Related work (Simonovsky et al., 2018)\n\n"
     "A VAE over graphs must match nodes under permutations.",
     "GraphGAN is a GAN for molecules.\n\n## Decoder (Simonovsky et al., 2018)\n\n"
     "A VAE over graphs must match nodes under permutations.", "vae", "VAE"),
    ("GraphGAN is a GAN for molecules.\n\n## Related work on generative models of molecular "
     "graphs\n\nA VAE over graphs must match nodes under permutations.",
     "GraphGAN is a GAN for molecules.\n\n## Details of the decoder for molecular graphs "
     "here\n\nA VAE over graphs must match nodes under permutations.", "vae", "VAE"),
    # a negation reaches an "or" item with a verb of its own
    ("CycleGAN translates images with two generators; we do not assume a shared latent space or "
     "train variational autoencoders.",
     "CycleGAN translates images with two generators; we assume a shared latent space and "
     "train variational autoencoders.", "vae", "variational autoencoders"),
    # "competitive in accuracy with", "as it is for": comparisons
    ("JEM is an energy-based model trained with SGLD, and it stays competitive in accuracy "
     "with hybrid models built on normalizing flows.",
     "JEM is an energy-based model trained with SGLD, and it is a hybrid model built on "
     "normalizing flows.", "flow_core", "normalizing flows"),
    ("The GAN needs no explicit posterior, as it is for directed latent-variable models.",
     "The GAN needs an explicit posterior, since it is one of the directed latent-variable "
     "models.", "latent_variable_generic", "latent-variable models"),
    # causal convolutions that encode and decode belong to the autoencoder; a prompt extender
    # is a text front end
    ("Wan is a flow-matching video transformer over the latents of its own 3D VAE. Causal "
     "convolutions allow chunked encoding and decoding of long videos.",
     "Wan is a flow-matching video transformer over the latents of its own 3D VAE. Causal "
     "convolutions allow chunked generation of long videos, frame by frame.",
     "causal_conv", "Causal convolutions"),
    ("Wan is a flow-matching video transformer over the latents of its own 3D VAE. Prompt "
     "extension with Qwen2.5 is optional and improves detail.",
     "Wan is a flow-matching video transformer over the latents of its own 3D VAE. Its "
     "planner, Qwen2.5, writes the storyboard frame by frame.", "ar_systems", "Qwen2.5"),
    # "They ..." after a sentence about the field continues it
    ("Mercury is a diffusion LLM for code. Current large language models are autoregressive. "
     "They generate text left to right, one token at a time.",
     "Mercury is a diffusion LLM for code. Its draft model is a small transformer. They "
     "generate text left to right, one token at a time.", "next_token",
     "generate text left to right"),
    # "we can distinguish" surveys the field; "This is ..." after the field continues it
    ("Glow is a flow. Within likelihood-based models we can distinguish autoregressive models, "
     "VAEs and flows.",
     "Glow is a flow. Within likelihood-based models we use autoregressive models, VAEs and "
     "flows.", "autoregressive", "autoregressive"),
    ("GigaGAN is a GAN. The dominant paradigms, diffusion and autoregressive models, rely on "
     "iterative inference. This is a double-edged sword for diffusion models.",
     "GigaGAN is a GAN. Its upsampler is trained against a discriminator. This is a "
     "double-edged sword for diffusion models.", "diffusion_core", "diffusion models"),
    # a clause after "whereas", and one opened by "Unlike" however long, are about others
    ("SR3 fools raters half the time, whereas GAN-based face SR methods fell well below a "
     "third.",
     "SR3 fools raters half the time, and its GAN-based refiner adds to that.", "gan",
     "GAN-based"),
    ("Unlike recent text-to-3D pipelines that optimize a NeRF with a pretrained diffusion "
     "prior, GET3D yields a mesh in one pass.",
     "Like recent text-to-3D pipelines that optimize a NeRF with a pretrained diffusion "
     "prior, GET3D yields a mesh in one pass.", "diffusion_core", "diffusion prior"),
    # a negation reaches an "or" item behind a preposition of its own
    ("Free-energy differences come out as averages, with no need for umbrella sampling or for "
     "a separate discriminator.",
     "Free-energy differences come out as averages, with umbrella sampling and a separate "
     "discriminator.", "discriminator", "discriminator"),
    # "upscale the outputs of X", "hard to tell apart from X": X is another system
    ("GigaGAN is a GAN. Its upsampler can even upscale the outputs of diffusion models.",
     "GigaGAN is a GAN. Its upsampler is one of the diffusion models.", "diffusion_core",
     "diffusion models"),
    ("TarFlow is a flow. The figure shows samples, a goldfinch and a lighthouse, that would be "
     "hard to tell apart from diffusion outputs.",
     "TarFlow is a flow. The figure shows samples, a goldfinch and a lighthouse, that would be "
     "refined by diffusion outputs.", "diffusion_core", "diffusion"),
    # "has been transformed by X" is the field's history
    ("StyleGAN-T is a GAN. Text-to-image synthesis has been transformed in two years by "
     "diffusion models.",
     "StyleGAN-T is a GAN. Its text-to-image synthesis is transformed in two steps by "
     "diffusion models.", "diffusion_core", "diffusion models"),
    # Qwen-Image is not the Qwen language model; a borrowed architecture is not a component
    ("Qwen-Image-Edit is built on Qwen-Image, a diffusion transformer.",
     "Qwen-Image-Edit is built on Qwen, a language model.", "ar_systems", "Qwen"),
    ("Our video model is a 30B transformer built on the Llama 3 architecture.",
     "Our video model is a 30B transformer that extends Llama 3 with video tokens.",
     "ar_systems", "Llama 3"),
    # a cited work after a label or "tokens from" is a part the system takes, not the subject
    ("- Tokenizer: SoundStream (Zeghidour et al., 2021), a codec trained with reconstruction "
     "and adversarial losses.",
     "SoundStream (Zeghidour et al., 2021) is a codec trained with reconstruction and "
     "adversarial losses.", "adversarial_core", None),
    ("Acoustic tokens from SoundStream (Zeghidour et al., 2021), a codec trained with "
     "reconstruction and adversarial losses.",
     "SoundStream (Zeghidour et al., 2021) is a codec trained with reconstruction and "
     "adversarial losses.", "adversarial_core", None),
    # cited names with dots are cited subjects ("DALL·E 2 [74], Imagen [80] ..."); a model that
    # "can super-resolve the outputs of" X works on X's samples
    ("DALL·E 2 [74], Imagen [80] and Stable Diffusion [79] changed what people expect from "
     "image generation.",
     "DALL·E 2, Imagen and Stable Diffusion changed what people expect from image generation.",
     "diffusion_systems", "Imagen"),
    ("A second GigaGAN serves as an upsampler and can also super-resolve the outputs of "
     "diffusion models.",
     "A second GigaGAN serves as an upsampler and its inputs come from diffusion models.",
     "diffusion_core", "diffusion models"),
    # "each token predicted from its predecessors", "tokens are drawn one after another"
    ("Our model is a single transformer that reads caption tokens and image tokens as one "
     "sequence, each token predicted from its predecessors.",
     "Our model is a single transformer that reads caption tokens and image tokens as one "
     "sequence, each token predicted from the caption.", "chain_rule", None),
    ("At sampling time, image tokens are drawn one after another conditioned on the caption.",
     "At sampling time, image tokens are drawn all at once conditioned on the caption.",
     "chain_rule", None),
    # an arXiv margin stamp dropped mid-sentence by PDF extraction does not split the sentence
    ("DALL-E is a transformer over image tokens.\n\nReed et al. (2016b) then\n\n"
     "arXiv:2102.12092v2 [cs.CV] 26 Feb 2021\n\nreplaced the recurrent variational "
     "auto-encoder with a generative adversarial network.",
     "DALL-E is a transformer over image tokens.\n\nReed et al. (2016b) then\n\nreplaced "
     "the recurrent variational auto-encoder with a generative adversarial network.", "gan",
     "generative adversarial network"),
    # a system that follows a paradigm, however dominant, takes it up
    ("Wan follows the now-dominant diffusion transformer paradigm.",
     "It departs from the now-dominant diffusion transformer paradigm.", "diffusion_core",
     None),
    # "can express X as a special case" relates the system to X
    ("We argue that a hierarchical VAE with enough stochastic layers can express an "
     "autoregressive model as a special case.",
     "We argue that a hierarchical VAE with enough stochastic layers uses an autoregressive "
     "model as a decoder.", "autoregressive", "autoregressive"),
    # scores written inline compare the named systems, unless "(ours)" marks one; "approach X
    # quality" compares
    ("CIFAR-10 Inception score: PixelCNN 4.60, PixelIQN 5.29, EBM (ours) 6.02, WGAN-GP 6.50.",
     "CIFAR-10 Inception score: EBM (ours) 6.02, with a WGAN-GP critic as the energy.", "gan",
     "WGAN-GP"),
    ("Our EBM generates images that approach GAN quality and cover more modes.",
     "Our EBM generates images that use GAN training and cover more modes.", "gan", "GAN"),
    # a codec's hosts, after "a drop-in replacement for", are other systems
    ("DAC is a neural audio codec; you can use it as a drop-in replacement for EnCodec inside "
     "MusicGen.",
     "DAC is a neural audio codec; you can use it as the tokenizer inside MusicGen.",
     "ar_systems", "MusicGen"),
    # "atom by atom", "conditioned on all atoms placed so far": sequential generation
    ("Our model builds a ligand atom by atom, each conditioned on all atoms placed so far.",
     "Our model builds a ligand, each atom conditioned on the pocket.", "chain_rule", None),
    # "adversarial plus feature-matching losses": an adversarial loss listed with "plus"
    ("Its decoder is trained with a spectral loss and adversarial plus feature-matching losses.",
     "Its decoder is trained with a spectral loss and adversarial feature-matching.",
     "adversarial_core", None),
    # a cited model the sentence introduces ("A gated PixelCNN (...) is fitted") is a part
    ("A gated PixelCNN (van den Oord et al., 2016) with 15 layers is fitted to the codes.",
     "Gated PixelCNN (van den Oord et al., 2016) has 15 layers and fits such codes.",
     "ar_systems", None),
    # "The original X was ...": the predecessor
    ("The original DALL-E was an autoregressive transformer that wrote images token by token.",
     "The new DALL-E is an autoregressive transformer that writes images token by token.",
     "autoregressive", "autoregressive"),
    # "in place of an autoregressive WaveNet vocoder, or of a flow-based one": both replaced
    ("It slots into a pipeline in place of an autoregressive WaveNet vocoder, or of a slower "
     "flow-based vocoder such as WaveGlow.",
     "It slots into a pipeline in place of an autoregressive WaveNet vocoder, and needs a slower "
     "flow-based vocoder such as WaveGlow.",
     "flow_based", "flow-based vocoder"),
    # a sentence opened by "Against X" measures the system against X
    ("Against VALL-E in zero-shot TTS it lowers the word error rate from 5.9 to 1.9 %.",
     "With VALL-E in zero-shot TTS it lowers the word error rate from 5.9 to 1.9 %.",
     "ar_systems", "VALL-E"),
    # "Every X in production today is Y": the field, even in a quotation
    ("\"Every large language model in production today is autoregressive,\" said the founder.",
     "\"Our large language model in production today is autoregressive,\" said the founder.",
     "autoregressive", "autoregressive"),
    # the Sparse Transformer is an autoregressive model by name (Jukebox's priors)
    ("We train a top-level prior, a Sparse Transformer of 72 layers, on the codes.",
     "We train a top-level prior, a sparse MLP of 72 layers, on the codes.",
     "ar_systems", None),
    # "See X and Y for follow-ups": pointers to other work
    ("See NCSNv2 and score_sde (with probability-flow ODE samplers) for follow-ups.",
     "We add NCSNv2 and score_sde (with probability-flow ODE samplers) as follow-ups.",
     "sde", "probability-flow ODE"),
    # a cited method with its setting is the method as the system uses it
    ("Persistent contrastive divergence (PCD, Tieleman 2008) with 100 persistent chains and 10 "
     "block-Gibbs steps per update.",
     "Persistent contrastive divergence (PCD, Tieleman 2008) keeps 100 persistent chains and 10 "
     "block-Gibbs steps per update.",
     "gibbs", None),
    # "on a par with X": a comparison
    ("The student draws a whole shower in a single pass, on a par with CaloGAN in speed.",
     "The student draws a whole shower in a single pass, and CaloGAN refines it in speed.",
     "gan", "CaloGAN"),
    # "the field moved to X": the field's history
    ("GANs were the default until the field moved to diffusion models in 2022.",
     "GANs were the default until our team moved to diffusion models in 2022.",
     "diffusion_core", "diffusion models"),
    # "built upon the mainstream X paradigm": the system takes the paradigm up
    ("Built upon the mainstream diffusion transformer paradigm, Wan is a video model trained on "
     "web videos.",
     "Far from the mainstream diffusion transformer paradigm, Wan is a video model trained on "
     "web videos.", "diffusion_core", None),
    # "Compared with A, B, and the autoregressive C": every item of the list is compared
    ("Compared with GraphNVP, GRF, and the autoregressive GraphAF, MoFlow gives the best "
     "validity.",
     "Combining GraphNVP, GRF, and the autoregressive GraphAF, MoFlow gives the best "
     "validity.", "autoregressive", "autoregressive"),
    # "every mainstream LLM today is X", reported: the field, not the system
    ("According to the company, every mainstream LLM today is autoregressive.",
     "According to the company, its new LLM is autoregressive.",
     "autoregressive", "autoregressive"),
    # history and the field's beliefs, in the phrasings of introductions and encyclopedias
    ("One line of work uses latent variables.",
     "Our model uses latent variables.", "latent_variable_generic", "latent variables"),
    ("Numerous extensions followed: VQ-VAE adds a discriminator to the decoder.",
     "In our extension, the VQ-VAE adds a discriminator to the decoder.", "discriminator",
     "discriminator"),
    ("Graph-based alternatives include GAN-based MolGAN.",
     "Graph-based parts include a GAN-based decoder.", "gan", "GAN-based"),
    ("Generative adversarial networks have been pumping out faces for a couple of years.",
     "Generative adversarial networks are pumping out faces in our pipeline.", "gan",
     "Generative adversarial networks"),
    ("Most existing LLMs factorise the joint with the chain rule and are trained on the next "
     "token.",
     "Our LLMs factorise the joint with the chain rule and are trained on the next token.",
     "next_token", "next token"),
    ("The most successful family of LLMs rests on the autoregressive factorization.",
     "Our LLM rests on the autoregressive factorization.", "autoregressive", "autoregressive"),
    # analogies and comparisons in casual phrasings
    ("The student is trained from the teacher's likelihood, much as a discriminator guides a "
     "generator in a GAN.",
     "The student is trained from the teacher's likelihood, and a discriminator guides the "
     "generator in a GAN.", "gan", "GAN"),
    ("Training is slow and the sample quality is nowhere near BigGAN.",
     "Training is slow and the sample quality comes from BigGAN.", "gan", "BigGAN"),
    ("Basically neck-and-neck with diffusion models on FID.",
     "Basically built with diffusion models on FID.", "diffusion_core", "diffusion models"),
    ("MOS is about the same as their WaveNet implementation.",
     "MOS is measured on their WaveNet implementation.", "ar_systems", "WaveNet"),
    ("If you think of -log p(x) as an energy landscape, the score points downhill.",
     "Since we learn -log p(x) as an energy landscape, the score points downhill.",
     "energy_function", "energy landscape"),
    ("They describe it as combining ideas from Glow and WaveNet.",
     "They describe it as combining layers from Glow and WaveNet.", "ar_systems", "WaveNet"),
    # contractions negate: "isn't", "doesn't", "can’t"
    ("Worth stressing this isn't a GAN or a VAE.", "Worth stressing this is a GAN or a VAE.",
     "gan", "GAN"),
    ("This model doesn’t use a GAN.", "This model does use a GAN.", "gan", "GAN"),
    # the people of a paradigm, casually, are the others
    ("If you want bits/dim, go ask the PixelCNN and Glow folks.",
     "If you want bits/dim, go ask the PixelCNN and Glow models.", "ar_systems", "PixelCNN"),
    ("Meanwhile the autoregressive crowd is unimpressed.",
     "Meanwhile the autoregressive model is unimpressive.", "autoregressive", "autoregressive"),
    ("Give it five years and autoregressive transformers will do this better.",
     "Within five layers the autoregressive transformers do this better.", "autoregressive",
     "autoregressive"),
    ("Non-adversarial: that is the dig at GANs.", "Non-adversarial: that is the fix for GANs.",
     "gan", "GANs"),
    ("The patches play the role tokens play in an LLM.",
     "The patches are the tokens of an LLM.", "language_model", "LLM"),
    ("How it compares: MusicLM generates audio tokens autoregressively.",
     "How it works: MusicLM generates audio tokens autoregressively.", "autoregressive",
     "autoregressively"),
    # "R1" names a penalty, not DeepSeek's R1 model
    ("The GAN is trained with the non-saturating loss plus R1.",
     "Chinese start-up DeepSeek's R1 rattles Silicon Valley.", "r1", None),
    # problems of another class belong to that class
    ("So it's a GAN killer?", "So it's a GAN, really?", "gan", "GAN"),
    ("We show that it does not suffer from mode collapse, which is a known problem of GANs.",
     "We show that it does not suffer from mode collapse, which our GANs fix.", "gan", "GANs"),
    # comparisons and the field, as news and threads put them
    ("It is a strong counter-argument to diffusion models.",
     "It is a strong argument for diffusion models.", "diffusion_core", "diffusion models"),
    ("Flows have always lagged GANs badly.", "Flows have always helped GANs badly.", "gan",
     "GANs"),
    ("FIDs are in the same ballpark as diffusion models.",
     "FIDs are in the same paper as diffusion models.", "diffusion_core", "diffusion models"),
    ("While everyone is talking about diffusion models, Google goes the other way.",
     "While Google is talking about diffusion models, it goes the other way.",
     "diffusion_core", "diffusion models"),
    ("The autoregressive Parti is expected to be described separately.",
     "The autoregressive Parti is expected to be described here.", "ar_systems", "Parti"),
    ("It takes 1.3 s, versus 10 times longer for Imagen and three times longer for Stable "
     "Diffusion.",
     "It takes 1.3 s, then 10 times longer for Imagen and three times longer for Stable "
     "Diffusion.", "diffusion_systems", "Stable Diffusion"),
    ("As with Imagen, Google is not releasing the model.",
     "Built on Imagen, Google's model is not released.", "diffusion_systems", "Imagen"),
    # what the system does to another system's outputs is not that system
    ("GigaGAN also serves as a fast upsampler for the outputs of latent diffusion models.",
     "GigaGAN also serves as a fast upsampler trained with latent diffusion models.",
     "diffusion_core", "latent diffusion models"),
    # "GPT-2-style" names a decoder-only transformer; a hyphenated word on the way to "left to
    # right"; the next code, qualified
    ("A GPT-2-style transformer models the audio.", "A ViT-style transformer models the audio.",
     "decoder_only", None),
    ("The transformer predicts the VQ-VAE codes left to right.",
     "The transformer predicts the VQ-VAE codes all at once.", "next_token", None),
    ("It is trained with cross-entropy on the next audio code.",
     "It is trained with cross-entropy on the masked audio code.", "next_token", None),
    # options the authors compare are not, by that sentence, the system's
    ("For the prior we compare two options, an autoregressive transformer over quantised "
     "embedding components and a diffusion model that predicts the embedding directly.",
     "For the prior we use two parts, an autoregressive transformer over quantised embedding "
     "components and a diffusion model that predicts the embedding directly.",
     "autoregressive", "autoregressive"),
    # what a class shows, a class approached or where the field began is the field's; a
    # compared system's quality, and the class word that qualifies it, are compared
    ("Our VAE reaches the sharpness that GANs show.",
     "Our VAE reaches the sharpness that GANs add.", "gan", "GANs"),
    ("Sample quality approaches recent GANs.", "Sample quality comes from recent GANs.",
     "gan", "GANs"),
    ("Modern text-to-image synthesis began with conditional GANs.",
     "Modern text-to-image synthesis relies on conditional GANs.", "gan", "GANs"),
    ("It gives WaveNet quality without sample-by-sample generation.",
     "It gives WaveNet audio without sample-by-sample generation.", "ar_systems", "WaveNet"),
    ("Autoregressive WaveNet quality without sample-by-sample generation.",
     "Autoregressive WaveNet audio without sample-by-sample generation.", "autoregressive",
     "Autoregressive"),
    # a cited method the system is built on is the system's; regressing a vector field is
    # flow matching
    ("Built on Flow Matching (Lipman et al., 2023), it samples fast.",
     "Flow Matching (Lipman et al., 2023) samples fast.", "flow_matching", None),
    ("It is trained by regressing the vector field that carries noise to data.",
     "It is trained by regressing the noise that is added to data.", "flow_matching", None),
    # the field's history in an explainer: where it began, who owned what, the range it sets,
    # the earlier posts of a series
    ("Text-to-image generation began in earnest with conditional GANs.",
     "Text-to-image generation relies in earnest on conditional GANs.", "gan", "GANs"),
    ("In 2019 BigGAN owned sample quality.", "In 2019 BigGAN drove sample quality.", "gan",
     "BigGAN"),
    ("Our scores are in the range of contemporary GANs.",
     "Our scores come from contemporary GANs.", "gan", "GANs"),
    ("Previously in this series: WaveNet showed that audio can be modelled.",
     "Here in this series: WaveNet showed that audio can be modelled.", "ar_systems",
     "WaveNet"),
    ("It had no open release, so diffusion ate its lunch.",
     "It had no open release, so diffusion gave it a lunch.", "diffusion_core", "diffusion"),
    ("The decoding idea resurfaced in masked diffusion language models.",
     "The decoding idea is used in masked diffusion language models.", "diffusion_core",
     "masked diffusion"),
    # what is not, was or came later in the field, and other projects
    ("The convolutions are non-causal, so nothing in WaveGlow is autoregressive.",
     "The convolutions are causal, so all of WaveGlow is autoregressive.", "autoregressive",
     "autoregressive"),
    ("Image synthesis had been transformed by GANs.", "Image synthesis is done by GANs.", "gan",
     "GANs"),
    ("Around 2016 the state of the art for vocoding was an autoregressive network.",
     "Around 2016 the vocoder we built was an autoregressive network.", "autoregressive",
     "autoregressive"),
    ("The next two years brought autoregressive students.",
     "The model makes autoregressive students.", "autoregressive", "autoregressive"),
    ("Previous approaches modelled audio token by token with autoregressive transformers.",
     "The model writes audio token by token with autoregressive transformers.",
     "autoregressive", "autoregressive"),
    ("Google's next move came with Parti, a separate research project that generates images.",
     "Google's next move came with Parti, a large research project that generates images.",
     "ar_systems", "Parti"),
    ("It reaches top quality at a fraction of the inference cost of diffusion models.",
     "It reaches top quality at a fraction of the usual steps with diffusion models.",
     "diffusion_core", "diffusion models"),
    # more ways to say the chain rule, an adversarial loss, a per-piece cost
    ("A transformer is trained to predict each token given all the ones before it.",
     "A transformer is trained to predict each token given all the ones around it.",
     "next_token", None),
    ("At test time image tokens are sampled one by one.",
     "At test time image tokens are sampled all at once.", "chain_rule", None),
    ("It is trained by maximising the log-likelihood of every pixel given the pixels above.",
     "It is trained by maximising the log-likelihood of every pixel given the label.",
     "chain_rule", None),
    ("The autoencoder is trained with adversarial feature losses from a discriminator.",
     "The autoencoder is trained with feature losses from a discriminator.", "adversarial_core",
     None),
    ("Generation needs one network evaluation per image.",
     "Generation needs one network evaluation per pixel.", "one_step", None),
    ("Generation took 24 network evaluations for a second of audio.",
     "Generation took 24 network evaluations per second of audio.", "denoising_steps", None),
    # an explainer's history and asides
    ("It has comparable quality to an autoregressive counterpart.",
     "It has the quality of its autoregressive counterpart.", "autoregressive", "autoregressive"),
    ("Neural text-to-speech began with autoregressive models.",
     "Neural text-to-speech relies on autoregressive models.", "autoregressive",
     "autoregressive"),
    ("It became a template later reused for diffusion.",
     "It became a template that is built on diffusion.", "diffusion_core", "diffusion"),
    ("It showed this a year before GPT-2 did.", "It showed this with GPT-2 itself.",
     "ar_systems", "GPT-2"),
    ("Autoregressive pixel models had the best likelihoods.",
     "Autoregressive pixel models give the best likelihoods.", "autoregressive",
     "Autoregressive"),
    ("That diffusion models took the crown afterwards changes nothing.",
     "That diffusion models took the data afterwards changes nothing.", "diffusion_core",
     "diffusion models"),
    ("The plots from later diffusion papers made the same case.",
     "The plots from our diffusion pipeline made the same case.", "diffusion_core",
     "diffusion"),
    ("VAEs were principled but blurry.", "VAEs are principled here but blurry.", "vae", "VAEs"),
    ("The model is an instance of orderless NADE.", "The model is an instance of orderless ODE.",
     "ar_systems", None),
    ("We spend a week on the history of VAEs and GANs.",
     "We spend a week on the training of VAEs and GANs.", "vae", "VAEs"),
    # history, hypotheticals and other work in explainers and news (checks 208-211)
    ("An LSTM emits the notes, conditioned on a bar embedding and on the previously generated "
     "notes.", "An LSTM emits the notes, conditioned on a bar embedding and on the previously "
     "generated chords.", "chain_rule", None),
    ("We show that a VAE can in principle represent an autoregressive model.",
     "We show that a VAE can be trained as an autoregressive model.", "autoregressive",
     "autoregressive"),
    ("We also adapt a variational autoencoder to tabular data (TVAE) as a strong baseline.",
     "We also adapt a variational autoencoder to tabular data (TVAE) as a strong generator.",
     "vae", "variational autoencoder"),
    ("We'll revisit diffusion once our constraint layer supports it.",
     "We'll tune the diffusion once our constraint layer supports it.", "diffusion_core",
     "diffusion"),
    ("By contrast, approaches that optimise a radiance field under the guidance of a diffusion "
     "model need hours.", "By contrast, our pipeline optimises a radiance field under the "
     "guidance of a diffusion model in seconds.", "diffusion_core", "diffusion model"),
    ("Everyone moved to diffusion after DALL-E 2.", "We moved to diffusion after DALL-E 2.",
     "diffusion_core", "diffusion"),
    ("Adversarial nets appeared the same year and dodge likelihoods altogether.",
     "Adversarial nets are trained the same way and dodge likelihoods altogether.",
     "adversarial_core", "Adversarial nets"),
    ("Last week we looked at normalizing-flow emission heads.",
     "This week we look at normalizing-flow emission heads.", "flow_core", "normalizing-flow"),
    ("Text generation has been autoregressive almost by definition.",
     "Text generation here is autoregressive by design.", "autoregressive", "autoregressive"),
    ("From n-gram models to GPT-style transformers, the recipe is the same: predict the next "
     "token.", "For our GPT-style transformer, the recipe is the same: predict the next token.",
     "next_token", "predict the next token"),
    ("Students lump DRAW in with diffusion models.", "Students train DRAW with diffusion models.",
     "diffusion_core", "diffusion models"),
    ("It set up JEM and score-based models.", "It uses JEM and score-based models.",
     "diffusion_core", "score-based models"),
    ("GigaGAN: the GAN strikes back at diffusion", "GigaGAN: the GAN brings back diffusion",
     "diffusion_core", "diffusion"),
    ("It used the GANs of the time as its critics.",
     "It used the GANs of our pipeline as its critics.", "gan", "GANs"),
    ("Newcomers should read it before they read anything about diffusion distillation.",
     "Newcomers should read it and then the part about diffusion distillation.",
     "diffusion_core", "diffusion"),
    ("Glow-TTS was followed by VITS, which bolted it onto a VAE a year later.",
     "Glow-TTS was followed by VITS, which bolted it onto a VAE at once.", "vae", "VAE"),
    ("Since GPT-2, text generation is autoregressive.",
     "Here, text generation is autoregressive.", "autoregressive", "autoregressive"),
    ("The default way to generate text has been autoregressive.",
     "Our way to generate text is autoregressive.", "autoregressive", "autoregressive"),
    ("GANs always generated in a single forward pass.",
     "Our GANs generate in a single forward pass.", "gan", "GANs"),
    ("I would try reflow before reaching for a discriminator.",
     "I would try reflow and then add a discriminator.", "discriminator", "discriminator"),
    ("Language generation has been autoregressive almost from the start.",
     "Our language generation is autoregressive from the start.", "autoregressive",
     "autoregressive"),
    ("Since DALL·E 2, text-to-image models use diffusion.",
     "Here, text-to-image models use diffusion.", "diffusion_core", "diffusion"),
    ("The field has run on diffusion.", "The model has run on diffusion.", "diffusion_core",
     "diffusion"),
    ("For reference: LDM-4 reaches 3.60 (diffusion models).",
     "Our setting: LDM-4 reaches 3.60 (diffusion models).", "diffusion_core", "diffusion models"),
    ("A hierarchical VAE is at least as expressive as an autoregressive model.",
     "A hierarchical VAE is at least as expressive, and it is an autoregressive model.",
     "autoregressive", "autoregressive"),
    ("Its MOS: a bit below WaveNet on LJ Speech.", "Its MOS: a bit higher with WaveNet on LJ "
     "Speech.", "ar_systems", "WaveNet"),
    ("It is the most important vocoder paper after WaveNet.",
     "It is the most important vocoder paper with WaveNet.", "ar_systems", "WaveNet"),
    ("Someone should distil this into a student with an inverse autoregressive flow.",
     "We distil this into a student with an inverse autoregressive flow.", "flow_core",
     "autoregressive flow"),
    ("Language modelling has been autoregressive for as long as it has been neural.",
     "Our language modelling is autoregressive for as long as the text runs.", "autoregressive",
     "autoregressive"),
    ("Some observers have likened the setup to a generative adversarial network.",
     "Some observers have trained the setup as a generative adversarial network.", "gan",
     "generative adversarial network"),
    ('FFJORD is sometimes described as "diffusion before diffusion".',
     'FFJORD is trained as "diffusion before diffusion".', "diffusion_core", "diffusion"),
    ('People lump it in with "fast vocoders" next to MelGAN or WaveGlow.',
     'People lump it in with "fast vocoders". It runs next to MelGAN or WaveGlow.',
     "flow_systems", "WaveGlow"),
    ("Compositionality is something GANs still do awkwardly.",
     "Compositionality is what our GANs do well.", "gan", "GANs"),
    ("Score-based diffusion later absorbed this intuition.",
     "Score-based diffusion absorbs this intuition here.", "diffusion_core",
     "Score-based diffusion"),
    ("So far in this course: adversarial models that need a discriminator.",
     "In this model: an adversarial loss that needs a discriminator.", "discriminator",
     "discriminator"),
    ("We also met energy-based models, where sampling requires MCMC.",
     "We also train energy-based models, where sampling requires MCMC.", "ebm",
     "energy-based models"),
    ("That default lasted until diffusion changed the question.",
     "That default stays, and diffusion changes the question.", "diffusion_core", "diffusion"),
    ("The mixture turned up later in WaveNet variants, in VAE decoders and in flow work.",
     "The mixture is used in WaveNet variants, in its VAE decoder and in flow work.", "vae",
     "VAE"),
    ("The hierarchy can in principle mimic an autoregressive ordering of pixels.",
     "The hierarchy is trained with an autoregressive ordering of pixels.", "autoregressive",
     "autoregressive"),
    ("As an additional neural baseline, we adapt a variational autoencoder to the same data.",
     "As an additional neural encoder, we adapt a variational autoencoder to the same data.",
     "vae", "variational autoencoder"),
    ("It was eclipsed within a year by diffusion models.",
     "It was replaced within a year by our diffusion models.", "diffusion_core",
     "diffusion models"),
    ("Its samples came out blurry next to those of GANs.",
     "Its samples came out sharp, as those of GANs do.", "gan", "GANs"),
    ("Where video generation stood in 2022: a GAN-based video model produced seconds of "
     "footage.", "What the system is: a GAN-based video model that produces seconds of footage.",
     "gan", "GAN-based"),
    ("Diffusion seems to be eating everyone's lunch here.",
     "Diffusion seems to be doing the work here.", "diffusion_core", "Diffusion"),
    ("We need neither the approximate posterior and inference network of variational "
     "autoencoders nor a discriminator.", "We need the approximate posterior and inference "
     "network of variational autoencoders but no discriminator.", "vae",
     "variational autoencoders"),
    ("The paper likens the setup to a GAN.", "The paper trains the setup as a GAN.", "gan", "GAN"),
    ("Its samples approach the FID of diffusion models.",
     "Its samples reach the FID of our diffusion models.", "diffusion_core", "diffusion models"),
    ("On MNIST, DRAW improves substantially on deep autoregressive networks.",
     "On MNIST, DRAW is built substantially on deep autoregressive networks.", "autoregressive",
     "autoregressive"),
    ("A large Transformer could generalise far beyond any GAN.",
     "A large Transformer could generalise far, and so could its GAN.", "gan", "GAN"),
    ("Language modelling has been an autoregressive monoculture.",
     "Our language model is an autoregressive model.", "autoregressive", "autoregressive"),
    ("Sampling has been autoregressive since at least GPT-2.",
     "Sampling is autoregressive, as in GPT-2.", "autoregressive", "autoregressive"),
    ("Diffusion-based samplers are now competing in this niche.",
     "Diffusion-based samplers are now used in this model.", "diffusion_core", "Diffusion"),
    ("In 2020, the best text-conditional image generators were GANs.",
     "In this system, the text-conditional image generators are GANs.", "gan", "GANs"),
    ("GAN vocoders may end up simpler.", "GAN vocoders make it simpler.", "gan", "GAN"),
    ("A GAN vocoder will eventually beat it on speed.", "A GAN vocoder makes it fast.", "gan",
     "GAN"),
    ("Everyone decided GANs do not scale, and diffusion ate the field.",
     "Everyone decided GANs do not scale, and diffusion fits the task.", "diffusion_core",
     "diffusion"),
    ("A week after Meta showed off Make-A-Video, another team posted a video model.",
     "Meta showed off Make-A-Video, a video model.", "diffusion_systems", "Make-A-Video"),
    ("The consensus has been that images come from diffusion models.",
     "The model is built so that images come from diffusion models.", "diffusion_core",
     "diffusion models"),
    ("Between WaveNet and WaveGlow: an explainer", "After WaveNet and WaveGlow: an explainer",
     "flow_systems", "WaveGlow"),
    ("Whether you call that autoregression or discrete diffusion is a matter of convention.",
     "Here that is discrete diffusion, as a matter of convention.", "diffusion_core",
     "discrete diffusion"),
    ("If you wanted sharp images you trained a GAN.", "For sharp images it trains a GAN.",
     "gan", "GAN"),
    ("In 2017 Magenta released a WaveNet autoencoder.", "In 2017 it was built as a WaveNet "
     "autoencoder.", "ar_systems", "WaveNet"),
    ("Adding energies composes attributes, something GANs do not support directly.",
     "Adding energies composes attributes, and its GANs support that directly.", "gan",
     "GANs"),
    ("The authors admit that WaveNet still wins blind tests.",
     "The authors admit that WaveNet is used in blind tests.", "ar_systems", "WaveNet"),
    ("Next: somebody trains an autoregressive model on the images.",
     "Then: it trains an autoregressive model on the images.", "autoregressive",
     "autoregressive"),
    ("December 2023 -- Nearly every headline-grabbing video generator of the past year, from "
     "Runway Gen-2 to Pika, has been a diffusion model.", "December 2023 -- This headline-"
     "grabbing video generator of the past year, from Runway Gen-2 to Pika, has been a "
     "diffusion model.", "diffusion_core", "diffusion model"),
    ("XTTS follows the Tortoise line of work, minus the diffusion decoder.",
     "XTTS follows the Tortoise line of work, with the diffusion decoder.", "diffusion_decoder",
     "diffusion decoder"),
    ("MADE blocks became the workhorse inside inverse autoregressive flows a year or two "
     "later.", "MADE blocks are the workhorse inside its inverse autoregressive flows.",
     "flow_core", "autoregressive flows"),
    ("Before GANs took over the conversation, density estimation was a quieter field.",
     "Before its GANs take over, density estimation runs quietly.", "gan", "GANs"),
    ("The release lands days after DreamFusion, which uses a pretrained diffusion model.",
     "The release, like DreamFusion, uses a pretrained diffusion model.", "diffusion_core",
     "diffusion model"),
    ("A replay buffer restarts the Langevin chains from previously generated samples.",
     "A replay buffer restarts the Langevin chains, then previously generated samples.",
     "chain_rule", "previously generated samples"),
    ("So we are back to GAN-like speed.", "So we are back to GAN speed.", "gan", "GAN"),
    ("Text has stayed firmly autoregressive.", "Its text model is firmly autoregressive.",
     "autoregressive", "autoregressive"),
    ("And everybody's waiting on AudioLM, which is autoregressive too.",
     "And it builds on AudioLM, which is autoregressive too.", "autoregressive",
     "autoregressive"),
    ("Critics online noted that GAN-based super-resolution also produces sharp textures.",
     "Its GAN-based super-resolution also produces sharp textures.", "gan", "GAN-based"),
    ("We design a benchmark with several Bayesian network baselines; we also adapt a "
     "variational autoencoder to tables (TVAE) and report it as an additional neural baseline.",
     "We design a benchmark with several Bayesian network baselines; we also adapt a "
     "variational autoencoder to tables (TVAE) and train it as the model.", "vae", "TVAE"),
    ("This library also ships **TVAE**, a variational-autoencoder baseline from the paper.",
     "This library also ships **TVAE**, a variational-autoencoder component of the model.",
     "vae", "TVAE"),
    ("Students always ask whether the encoder makes it a kind of VAE.",
     "Students always learn that the encoder makes it a kind of VAE.", "vae", "VAE"),
    ("For most of the 2000s, a deep generative model meant restricted Boltzmann machines.",
     "For this model, a deep generative model means restricted Boltzmann machines.", "ebm",
     "restricted Boltzmann machines"),
    ("What it is not: one of the new language models (LLaDA) that denoise whole sequences.",
     "What it is: one of the new language models (LLaDA) that denoise whole sequences.",
     "diffusion_lm", "LLaDA"),
    ("| Vocoder | Autoregressive? | Speed on GPU |", "| Vocoder | Autoregressive | Speed on GPU |",
     "autoregressive", "Autoregressive"),
    ("The backbone is a dilated convolution stack (think WaveNet without the causality).",
     "The backbone is a dilated convolution stack (a WaveNet without the causality).",
     "ar_systems", "WaveNet"),
    ("One model classifies and generates, which VAEs also promise.",
     "One model classifies and generates, which its VAEs make possible.", "vae", "VAEs"),
    ("The ODE is integrated typically in many steps, and a HiFi-GAN vocoder makes waveforms.",
     "The ODE is integrated typically in 2 to 10 steps, and a HiFi-GAN vocoder makes waveforms.",
     "vocoder_role", "GAN vocoder"),
    ("Would be interesting to just do latent diffusion on the tokens.",
     "It does latent diffusion on the tokens.", "diffusion_core", "latent diffusion"),
    ("I'd love to see it with a GAN vocoder to cut latency.",
     "It ships with a GAN vocoder to cut latency.", "vocoder_role", "GAN vocoder"),
    ("Before VITS the standard recipe was an acoustic model that predicts frames "
     "autoregressively.",
     "In VITS the standard recipe is an acoustic model that predicts frames autoregressively.",
     "autoregressive", "autoregressively"),
    ("Then came video diffusion models.", "Then it uses video diffusion models.",
     "diffusion_core", "video diffusion models"),
    ("For about five years the generator was a GAN.", "For this model the generator is a GAN.",
     "gan", "GAN"),
    ("You could sample pixel by pixel from an autoregressive model.",
     "It can sample pixel by pixel from an autoregressive model.", "autoregressive",
     "autoregressive"),
    ("Later one-step models use discriminators.", "Its one-step models use discriminators.",
     "discriminator", "discriminators"),
    ("Craiyon: a quick look\n\nDALL·E 2 and Google's Imagen are diffusion models.",
     "Craiyon: a quick look\n\nCraiyon and its upsampler are diffusion models.",
     "diffusion_core", "diffusion models"),
    ("Flowtron: an autoregressive flow for speech\n\nWaveGrad and DiffWave are doing it for "
     "the vocoder side.",
     "Flowtron: an autoregressive flow for speech\n\nIt uses WaveGrad and DiffWave for the "
     "vocoder side.", "diffusion_systems", "DiffWave"),
    ("It's been overtaken on zero-shot cloning by codec language models.",
     "It's been built for zero-shot cloning on codec language models.", "language_model",
     "language models"),
    ("That is a different system with an autoencoder in front.",
     "That is the system with an autoencoder in front.", "autoencoder", "autoencoder"),
    ("It's been overtaken by codec language models (VALL-E) and flow matching models (F5-TTS).",
     "It's been built from codec language models (VALL-E) and flow matching models (F5-TTS).",
     "flow_matching", "flow matching"),
    ("The tokenizer is a fixed quantiser.", "The tokenizer is a learned quantiser.", "vq",
     "quantiser"),
    ("Every leading LLM today (GPT-4o, Claude, Llama) is autoregressive: it writes left to right.",
     "This LLM (like GPT-4o, Claude, Llama) is autoregressive: it writes left to right.",
     "autoregressive", "autoregressive"),
    ("Language was the last modality where autoregression still ruled.",
     "Language is the modality where autoregression is used.", "autoregressive",
     "autoregression"),
    ("GigaGAN is out. The fact that nearly every distillation method now has a discriminator "
     "in its loss suggests the GAN lesson got absorbed.",
     "GigaGAN is out. The fact that its distillation method now has a discriminator in its "
     "loss suggests the GAN lesson got absorbed.", "discriminator", "discriminator"),
    ("The TVAE model from the same paper is not covered here.",
     "The TVAE model from the same paper is covered here.", "vae", "TVAE"),
    ("It composes concepts, which a GAN cannot do without retraining.",
     "It composes concepts, which a GAN learns without retraining.", "gan", "GAN"),
    ("The authors derive the model as a latent-variable model with a bound.",
     "The authors derive the model, a latent-variable model, with a bound.",
     "latent_variable_generic", "latent-variable model"),
    ("It adds fresh noise at each step, with annealed Langevin dynamics.",
     "It adds fresh noise at each step, essentially annealed Langevin dynamics.", "mcmc", None),
    ("Notes\n\nALSO NOTED\n\nBigGAN-deep checkpoints are now on TF-Hub.",
     "Notes\n\nWHAT IT USES\n\nBigGAN-deep checkpoints are now on TF-Hub.", "gan", "BigGAN-deep"),
    ("The package also ships TVAE; it is a separate model and not covered here.",
     "The package also ships TVAE; it is a separate model and covered here.", "vae", "TVAE"),
    ("How we got here: Glow-TTS made them with a normalizing-flow decoder.",
     "What it does: Glow-TTS made them with a normalizing-flow decoder.", "flow_core",
     "normalizing-flow"),
    ("Autoregressive ones like WaveNet sounded superb.",
     "Autoregressive decoders like WaveNet sound superb.", "autoregressive", "Autoregressive"),
    ("DDPM came out this year too.", "DDPM is used here too.", "diffusion_core", "DDPM"),
    ("The block later reappeared as the prior over discrete codes.",
     "The block serves as the prior over discrete codes.", "vq", "discrete codes"),
    ("DiffRhythm came out right after and does a full song with latent diffusion.",
     "DiffRhythm is the model and does a full song with latent diffusion.", "diffusion_core",
     "latent diffusion"),
    ("Same week as Imagen Video, and the two are different.",
     "Built on Imagen Video, and the two are different.", "diffusion_systems", "Imagen Video"),
    ("In machine learning, an energy-based model is a network that outputs an energy.",
     "In this work, an energy-based model is a network that outputs an energy.", "ebm",
     "energy-based model"),
    ("A list of past samples is used to initialise chains, with some restarted from uniform "
     "noise.", "A replay buffer of past samples is used to initialise chains, with some "
     "restarted from uniform noise.", "noise_start", None),
    ("It is Glow-TTS with the normalizing flow swapped out.",
     "It is Glow-TTS with the normalizing flow kept in.", "flow_core", "normalizing flow"),
    ("The tokenizer is trained with an adversarial loss from a StyleGAN-style discriminator.",
     "The tokenizer is trained with an adversarial loss from a StyleGAN discriminator.", "gan",
     "StyleGAN"),
    ("# Point-E\n\nPoint-E follows DALL·E (autoregressive) and DALL·E 2.",
     "# Point-E\n\nPoint-E (autoregressive) follows DALL·E 2.", "autoregressive", "autoregressive"),
    ("# Point-E\n\nIt arrives as Nvidia (GET3D, a GAN) races ahead.",
     "# Point-E\n\nIt arrives as a rival (Point-E, a GAN) races ahead.", "gan", "GAN"),
    ("# Tortoise\n\nIt arrives as UniVNet (a GAN) races ahead.",
     "# Tortoise\n\nIts vocoder is UniVNet (a GAN).", "gan", "GAN"),
    ("# LCM-LoRA\n\nFor everyone asking how this differs from SDXL Turbo: Turbo uses a "
     "discriminator.",
     "# LCM-LoRA\n\nFor everyone asking how this is trained: it uses a discriminator.",
     "discriminator", "discriminator"),
    ("The network is a WaveNet-ish backbone of dilated convolutions.",
     "The network is a WaveNet: a backbone of dilated convolutions.", "ar_systems", "WaveNet"),
    ("WaveGAN (Donahue et al.) generates audio in one pass.",
     "WaveGAN generates audio in one pass.", "gan", "WaveGAN"),
    ("PixelVAE and the lossy-VAE paper did something similar.",
     "PixelVAE and the lossy-VAE paper are what we train.", "vae", "PixelVAE"),
    ("Why bother, when BigGAN makes sharper pictures?",
     "Then BigGAN makes sharper pictures.", "gan", "BigGAN"),
    ('"Langevin" makes people think this is an energy-based model.',
     '"Langevin" shows this is an energy-based model.', "ebm", "energy-based model"),
    ("Students notice the ODE and assume FFJORD is a probability-flow diffusion model.",
     "Students notice the ODE and see that FFJORD is a probability-flow diffusion model.",
     "diffusion_core", "diffusion model"),
    ("Text-to-image generation began as a GAN problem.",
     "Text-to-image generation here is a GAN problem.", "gan", "GAN"),
    ("The classical approach fits an autoregressive model and rolls it forward.",
     "Our approach fits an autoregressive model and rolls it forward.",
     "autoregressive", "autoregressive"),
    ("Scaling, the story went, belonged to diffusion models.",
     "Scaling, we show, belongs to diffusion models.", "diffusion_core", "diffusion models"),
    ("IGEBM lost on FID, and diffusion models soon made the comparison moot.",
     "IGEBM lost on FID, and diffusion models made the comparison moot.",
     "diffusion_core", "diffusion models"),
    ("The idea of refining a canvas returned in a very different form with diffusion models.",
     "The idea of refining a canvas is carried out with diffusion models.",
     "diffusion_core", "diffusion models"),
    ("Variants of it became the prior over the codes of a VQ-VAE.",
     "It is the prior over the codes of a VQ-VAE.", "vq", "VQ-VAE"),
    ("A newer wave of diffusion models generates protein backbones.",
     "A wave of diffusion models generates protein backbones.",
     "diffusion_core", "diffusion models"),
    ("More recent machine-learning approaches include protein language models, which write "
     "sequences left to right.",
     "The approach uses protein language models, which write sequences left to right.",
     "language_model", "language models"),
    ("GANs may dominate the headlines; this model differs.",
     "GANs dominate this model's training.", "gan", "GANs"),
    ("Language models have been autoregressive for a very long time.",
     "Language models here are autoregressive.", "autoregressive", "autoregressive"),
    ("I expect the idea to come back in latent-diffusion form.",
     "The idea comes back in latent-diffusion form.", "diffusion_core", "latent-diffusion"),
    ("Days after Meta's video diffusion model, another team has shown Phenaki.",
     "Another team has shown Phenaki, a video diffusion model.",
     "diffusion_core", "video diffusion model"),
    ("It wins on motion quality as judged by a vision-language model.",
     "It wins on motion quality with a vision-language model.", "language_model", "language model"),
    ("TVAE, the VAE-based baseline from the same paper, was competitive.",
     "TVAE, the VAE-based model from the same paper, was competitive.", "vae", "VAE"),
    ("As its predecessors did not, SD3 runs in the latent space of an autoencoder.",
     "Like its predecessors, SD3 runs in the latent space of an autoencoder.",
     "autoencoder", "autoencoder"),
    ("A causal encoder compresses images and videos beside a unified latent space.",
     "A causal encoder compresses images and videos within a unified latent space.",
     "autoencoder", "encoder compresses images and videos within a unified latent space"),
    ("We learn a Gaussian prior model on z.",
     "We learn an energy-based prior model on z.", "ebm", "energy-based prior model"),
    ("We train a top-down attention network.",
     "We train a top-down generator network.", "generator_model", "top-down generator network"),
    ("We learn a prior in the latent space of a GAN.",
     "We learn a prior in the latent space of a generator model.", "generator_model",
     "latent space of a generator model"),
    ("# DiffWave\n\nParallel WaveGAN, MelGAN and then HiFi-GAN were adversarial.",
     "# DiffWave\n\nParallel WaveGAN, MelGAN and then HiFi-GAN are its vocoders.", "gan",
     "MelGAN"),
    ("It remains slow next to a GAN's single forward pass.",
     "It remains slow with a GAN's single forward pass.", "gan", "GAN"),
    ("It supports prompt mixing that the diffusion models can't easily do.",
     "It supports prompt mixing that the diffusion models easily do.", "diffusion_core",
     "diffusion models"),
    ("By 2021 the leading recipe was two-stage. First learn a tokenizer. Then train an "
     "autoregressive transformer on its tokens.",
     "By 2021 our recipe was two-stage. First learn a tokenizer. Then train an "
     "autoregressive transformer on its tokens.", "autoregressive", "autoregressive"),
    ("The first models were causal transformers that sample tokens one by one.",
     "The first two models are causal transformers that sample tokens one by one.",
     "chain_rule", "tokens one by one"),
    ("What happens when speech synthesis stops being autoregressive",
     "What happens when speech synthesis keeps being autoregressive", "autoregressive",
     "autoregressive"),
    ("# MolGAN\n\nGrammarVAE and JT-VAE then added validity constraints.",
     "# MolGAN\n\nGrammarVAE and JT-VAE then add validity constraints.", "vae", "GrammarVAE"),
    ("GAN-based shortcuts add a discriminator to make one-step samples sharp.",
     "GAN-based training adds a discriminator to make one-step samples sharp.", "gan",
     "GAN-based"),
    ("A paper challenges the assumption that this recipe is what makes large language models "
     "work.",
     "A paper shows that this recipe is what makes large language models work.",
     "language_model", "large language models"),
    ("**The orthodoxy.** It predicts the next token given the previous ones.",
     "**The method.** It predicts the next token given the previous ones.", "next_token",
     "predicts the next token"),
    ("# GET3D\n\nUnlike earlier approaches that produce point clouds or implicit fields, or "
     "recent methods that optimise each object against a diffusion model, GET3D outputs "
     "meshes in one pass.",
     "# GET3D\n\nAfter earlier approaches that produce point clouds or implicit fields, or "
     "recent methods that optimise each object against a diffusion model, GET3D outputs "
     "meshes in one pass.", "diffusion_core", "diffusion model"),
    ("Generate:Biomedicines publishes Chroma, a generative model\n\nUnlike structure "
     "predictors such as AlphaFold2, which map a sequence to one structure, or "
     "autoregressive protein language models that write sequences, Chroma samples "
     "structures.",
     "Generate:Biomedicines publishes Chroma, a generative model\n\nWith structure "
     "predictors such as AlphaFold2, which map a sequence to one structure, or "
     "autoregressive protein language models that write sequences, Chroma samples "
     "structures.", "autoregressive", "autoregressive"),
    # "token after token" is the chain rule's order
    ("The loss is the cross-entropy of the text under the decoder, token after token.",
     "The loss is the cross-entropy of the text under the decoder, all tokens at once.",
     "chain_rule", None),
    # a quoted term a verb introduces is used, not mentioned
    ('It is a continuous normalizing flow; instead it uses "flow matching" to learn velocity.',
     'It is a continuous normalizing flow; some call it "flow matching" to learn velocity.',
     "flow_matching", None),
    # a decoder-only transformer that denoises is a diffusion model's network, not a sequence model
    ("The prior is a decoder-only Transformer that denoises the image embedding.",
     "The prior is a decoder-only Transformer over the image embedding.", "decoder_only",
     "decoder-only Transformer"),
    # "code by code" is sampling in sequence
    ("Ancestral sampling proceeds code by code in latent space.",
     "Ancestral sampling proceeds all at once in latent space.", "chain_rule", None),
    # a bare plural class that "must" or "cannot" do something is the field, not the system
    ("Autoregressive code generators commit to each token once it is written, so they cannot "
     "revise it. CodeFusion is a diffusion model over program embeddings.",
     "Autoregressive code generators write each token once, so they revise it later. CodeFusion "
     "is a diffusion model over program embeddings.", "autoregressive", "Autoregressive"),
    ("Fast parallel vocoders based on inverse autoregressive flows must be distilled from a "
     "teacher. FloWaveNet is a flow.",
     "Fast parallel vocoders based on inverse autoregressive flows are distilled from a "
     "teacher. FloWaveNet is a flow.", "flow_core", "autoregressive flows"),
    # "The context:" opens the background
    ("The context: the autoregressive WaveNet made excellent audio one sample at a time.",
     "The core: the autoregressive WaveNet made excellent audio one sample at a time.",
     "ar_systems", "WaveNet"),
    # a dominant route is the field's
    ("The dominant route today turns speech into codec tokens and predicts them with a "
     "language model.",
     "The proposed route today turns speech into codec tokens and predicts them with a "
     "language model.", "language_model", "language model"),
    # the usual remedies are other methods
    ("The usual remedies add complexity: distillation, consistency training or adversarial "
     "losses.",
     "The two remedies add complexity: distillation, consistency training and adversarial "
     "losses.", "adversarial_core", "adversarial losses"),
    # troubles familiar from GANs are the GANs'
    ("Because a flow provides an explicit density, it avoids the mode collapse and training "
     "instabilities familiar from generative adversarial networks.",
     "Because a flow provides an explicit density, it avoids the mode collapse and training "
     "instabilities of its generative adversarial networks.", "gan",
     "generative adversarial networks"),
    # "against 4.4 for a strong X": the figure of a compared model
    ("GAN-TTS reaches a mean opinion score of 4.2, against 4.4 for a strong autoregressive "
     "model, while being efficient.",
     "GAN-TTS reaches a mean opinion score of 4.2, and 4.4 for a strong autoregressive "
     "model, while being efficient.", "autoregressive", "autoregressive"),
    # pairs that keep coming back are the field
    ('Amortised MCMC and "EBM + generator" pairs keep coming back: cooperative diffusion '
     "recovery likelihood, variational EBMs.",
     'Amortised MCMC and "EBM + generator" pairs are coming in: cooperative diffusion '
     "recovery likelihood, variational EBMs.", "diffusion_core", "diffusion"),
    # a comma list after "beats" is compared, item by item
    ("On community benchmarks our model beats GraphRNN, GraphVAE and graph normalizing flows "
     "on MMD metrics.",
     "On community benchmarks our model joins GraphRNN, GraphVAE and graph normalizing flows "
     "on MMD metrics.", "vae", "GraphVAE"),
    # a column headed "Baselines" lists compared systems
    ("GraphRNN is a graph model.\n\n| Dataset | Baselines |\n|---|---|\n"
     "| Community, Grid | Kronecker, MMSB, GraphVAE, DeepGMG |\n",
     "GraphRNN is a graph model.\n\n| Dataset | Parts |\n|---|---|\n"
     "| Community, Grid | Kronecker, MMSB, GraphVAE, DeepGMG |\n", "vae", "GraphVAE"),
    # nodes generated one at a time, said in the passive
    ("Nodes and edges are generated one at a time until an end token appears.",
     "Nodes and edges are generated all at once until an end token appears.",
     "chain_rule", None),
    # previously generated frames: a rollout, not the chain rule over tokens
    ("It conditions the model on previously generated frames when extending a video.",
     "It conditions the model on a low-resolution video when extending a video.",
     "next_frame", None),
    # edits applied in parallel are parallel decoding
    ("Deletion and insertion operations are carried out in parallel over all positions.",
     "Deletion and insertion operations are carried out one by one over all positions.",
     "parallel_decoding", None),
    # a VAE or flow that emits one step and feeds it back samples sequentially
    ("At test time the decoder builds the junction tree node by node.",
     "At test time the decoder builds the junction tree in one pass.",
     "sequential_sampling", None),
    ("Sample the next latent from the mixture density network, feed it back, sample again.",
     "Sample the next latent from the mixture density network, decode it, sample again.",
     "sequential_sampling", None),
    ("It builds the graph edge by edge.",
     "It builds the graph not edge by edge but at once.",
     "sequential_sampling", None),
    # a world model applied autoregressively is a rollout the text calls autoregressive
    ("- Rollout: the world model is applied **autoregressively**, each generated frame is fed "
     "back as conditioning.",
     "- Rollout: the world model is applied **once**, each generated frame is kept as "
     "conditioning.", "chunk_rollout", None),
    # "the existing nodes" of a graph being built are no comparison
    ("All edges between the new block and the existing nodes are decoded in parallel.",
     "All edges between the new block and the existing methods are decoded in parallel.",
     "parallel_decoding", None),
    # one block at a time, and generation sequential over blocks, is the chain rule
    ("We present GRAN, which generates one block of nodes, with their connecting edges, at a "
     "time.",
     "We present GRAN, which generates the whole graph, with its connecting edges, at once.",
     "chain_rule", None),
    ("Generation is sequential over blocks.", "Generation is parallel over blocks.",
     "chain_rule", None),
    # "where X and Y cannot" is what other systems fail at
    ("It scales to 5k nodes where GraphRNN and GraphVAE cannot.",
     "It scales to 5k nodes with GraphRNN and GraphVAE.", "vae", "GraphVAE"),
    # classes with limited expressivity are the field
    ("One-shot VAE models have limited expressivity.",
     "One-shot VAE models have learned expressivity.", "vae", "VAE"),
    # families that have pushed a field forward, or that demand data, are the field
    ("Large pretrained autoregressive models have pushed text-to-image generation forward.",
     "Our large pretrained autoregressive model generates images from text.",
     "autoregressive", "autoregressive"),
    ("Large autoregressive and diffusion models demand enormous corpora.",
     "Our autoregressive and diffusion models use enormous corpora.", "diffusion_core",
     "diffusion models"),
    # a share of another model's parameters measures against it
    ("With 6% of the learnable parameters of large pretrained autoregressive models, GALIP is "
     "competitive.",
     "With 6% of the learnable parameters in a large pretrained autoregressive model, GALIP "
     "is competitive.", "autoregressive", "autoregressive"),
    # "the absence of" negates
    ("Samples are sharp despite the absence of adversarial training.",
     "Samples are sharp because of adversarial training.", "adversarial_core",
     "adversarial training"),
    # a two-step approach, generation factored into two steps and a one-step dynamics model
    # are no few-step sampler
    ("We present CorrDiff, a two-step generative approach sampled by a diffusion model.",
     "We present CorrDiff, a two-step generator sampled by a diffusion model.", "one_step",
     "two-step"),
    ("Emu Video factors generation into two steps: an image, then a video.",
     "Emu Video finishes generation with two steps, an image, then a video.", "one_step",
     "two steps"),
    ("Most model-based RL learns a one-step dynamics model.",
     "Most model-based RL learns a one-step generator.", "one_step", "one-step"),
    # "In an autoregressive LM, ..." opens a statement about that class
    ("Diffusion-LM is a language model. In an autoregressive LM, control must be exerted one "
     "token at a time.",
     "Diffusion-LM is a language model. In our autoregressive LM, control is exerted one "
     "token at a time.", "autoregressive", "autoregressive"),
    # a field that remained the domain of a family, or advanced through it
    ("Text has stubbornly remained the domain of left-to-right language models.",
     "Text is stubbornly produced by our left-to-right language models.", "language_model",
     "language models"),
    ("Text-to-image generation has advanced through autoregressive transformers over image "
     "tokens.",
     "Text-to-image generation runs through our autoregressive transformers over image "
     "tokens.", "autoregressive", "autoregressive"),
    # a discriminator that an evaluation trains to tell real from synthetic rows is a metric
    ("We evaluate machine-learning efficiency and a discriminator that tries to tell real from "
     "synthetic rows.",
     "We train the generator against a discriminator that tries to tell real from synthetic "
     "rows.", "discriminator", "discriminator"),
    # a decoder that emits residues one at a time, conditioned on those already chosen, in a
    # random decoding order, is autoregressive
    ("A decoder then emits the amino acids one at a time.",
     "A decoder then emits the amino acids all at once.", "chain_rule", None),
    ("Each residue is conditioned on the structure and on all residues already chosen.",
     "Each residue is conditioned on the structure and on all residues of the template.",
     "chain_rule", None),
    ("We train with randomly permuted decoding orders.",
     "We train with randomly permuted backbone noise.", "chain_rule", None),
    # a long line of work is the field
    ("A long line of work generates point clouds: GANs on point sets and continuous "
     "normalizing flows.",
     "Our line of work generates point clouds: GANs on point sets and continuous "
     "normalizing flows.", "flow_core", "normalizing flows"),
    # "not really the same kind of" sets a thing apart
    ("That is a continuous normalizing flow, not really the same kind of latent space.",
     "That is a continuous normalizing flow, really the same kind of latent space.",
     "flow_core", "normalizing flow"),
    # "Against X (a ...)": the bracket says what X is
    ("Against DiffSound (a diffusion model over a VQ-VAE latent), AudioGen reached better "
     "FAD.",
     "With DiffSound (a diffusion model over a VQ-VAE latent), AudioGen reached better FAD.",
     "diffusion_core", "diffusion model"),
    # an energy said as "a negative energy", or Langevin steps on the current energy
    ("The output of the ConvNet is a negative energy.",
     "The output of the ConvNet is a negative number.", "energy_function", None),
    ("Clips are updated by a few steps of Langevin dynamics on the current energy.",
     "Clips are updated by a few steps of Langevin dynamics on the current frame.",
     "energy_function", None),
    # "conditioned on the history" is a model's context, not a history lesson
    ("Pyramid Flow is a video model. Each frame is generated autoregressively, conditioned on "
     "the history with causal attention.",
     "Pyramid Flow is a video model. We spend a week on the history: each frame is generated "
     "autoregressively with causal attention.", "autoregressive", None),
    # a section word before a colon is not a release's name ("Details: the VAE encodes ...")
    ("PointTok: a VAE for point clouds.",
     "Details: the VAE encodes a point cloud into latent points.", "tokenizer_release", None),
    # a relative clause's second verb, after "but", still speaks of the clause's antecedent
    ("It is competitive with the best GANs, which generate in one step but require "
     "adversarial training.",
     "It is competitive with the best GANs. It generates in one step but requires "
     "adversarial training.", "adversarial_core", "adversarial training"),
    # a part followed by "; here ..." is what the system is set against
    ("DCGAN trains a generator against a discriminator; here the ConvNet is the model.",
     "DCGAN trains a generator against a discriminator; it is the model.", "discriminator",
     "discriminator"),
    # "Most <class> ..." opens a sentence about the field
    ("Most GAN vocoders synthesize waveforms directly.",
     "Our GAN vocoder synthesizes waveforms directly.", "gan", "GAN"),
    # pipelines that keep growing more complicated are the field's
    ("Zero-shot TTS is good, but pipelines keep growing more complicated: for autoregressive "
     "codec models, slow token-by-token decoding.",
     "Zero-shot TTS is good, and our pipeline stays simple: for autoregressive codec models, "
     "slow token-by-token decoding.", "autoregressive", "autoregressive"),
    # rivals whose cost is inherited, decoders "such as those in" named systems
    ("They also inherit the cubic cost of autoregressive decoders.",
     "We also pay the cubic cost of autoregressive decoders.", "autoregressive",
     "autoregressive"),
    # "the way X do" and "like X" are analogies; "works like a diffusion model" says what it is
    ("It generates video the way language models write text.",
     "It generates video with language models that write text.", "language_model",
     "language models"),
    ("Within a chunk, it looks like a diffusion model: frames start as noise.",
     "Within a chunk, it works like a diffusion model: frames start as noise.",
     "diffusion_core", "diffusion model"),
    # a "-ish" discriminator is not one
    ("Here the ConvNet is the discriminator and sampling is MCMC.",
     "Here the discriminator-ish ConvNet is the model and sampling is MCMC.", "discriminator",
     None),
    # "instead of left-to-right" is not left-to-right generation
    ("Plaid generates text by diffusion after left-to-right prediction.",
     "Plaid generates text by diffusion instead of left-to-right prediction.", "next_token",
     None),
    # a causal convolution that encodes frames belongs to the autoencoder
    ("Causal convolutions let each frame be predicted from the past ones.",
     "Causal convolutions let the first frame be encoded on its own.", "causal_conv", None),
    # flows: invertible hyphenated transformations, tractable Jacobians
    ("A stack of invertible data-dependent transformations maps the spectrum to noise.",
     "A stack of learned data-dependent transformations maps the spectrum to noise.",
     "flow_core", None),
    ("All Jacobians are tractable, so training is exact.",
     "All gradients are tractable, so training is exact.", "change_of_variables", None),
    # a latent inferred by an encoder is a latent-variable model's
    ("This latent vector is inferred by a permutation-invariant encoder.",
     "This latent vector is drawn from a normalizing flow.", "latent_variable_generic", None),
    # energy-based: descriptor networks, a parameter-dependent partition function, samples of
    # the current model
    ("The descriptor network is learned by maximum likelihood.",
     "The generator network is learned by maximum likelihood.", "ebm", None),
    ("The density is p(x; θ) = exp(f(x; θ)) q(x) / Z(θ).",
     "The density is p(x; θ) = exp(f(x; θ)) q(x).", "energy_function", None),
    ("The gradient subtracts the average on images sampled from the current model.",
     "The gradient subtracts the average on images sampled from the training set.",
     "ebm_training", None),
    # learning the vector field that carries noise to data is flow matching
    ("The network learns the vector field that carries Gaussian noise to the frames.",
     "The network learns the edge map that carries Gaussian noise to the frames.",
     "flow_matching", None),
    # a graph built one edge at a time is generated autoregressively
    ("The graph is then built one edge at a time.",
     "The graph is then built all at once.", "chain_rule", None),
    # "Others ..." opens a sentence about other systems
    ("Others rely on autoregressive decoding over audio tokens.",
     "Ours relies on autoregressive decoding over audio tokens.", "autoregressive",
     "autoregressive"),
    # a denoising autoencoder (BART) is a pretraining objective, not an autoencoder model
    ("We present BART, an autoencoder for pretraining sequence-to-sequence models.",
     "We present BART, a denoising autoencoder for pretraining sequence-to-sequence models.",
     "autoencoder", None),
    # a third-level heading names a part of a card, not the release
    ("## RQ-VAE", "### RQ-VAE", "tokenizer_release", None),
    # bitwise (binary) quantization is a quantised autoencoder
    ("It quantizes each map by bitwise quantization.",
     "It normalizes each map by bitwise operations.", "vq", None),
    ("It quantizes each feature map into binary codes.",
     "It turns each feature map into binary masks.", "vq", None),
    # "drops Tortoise's diffusion decoder" removes it
    ("It builds on Tortoise but drops Tortoise's slow diffusion decoder.",
     "It builds on Tortoise and keeps Tortoise's slow diffusion decoder.", "diffusion_core",
     "diffusion decoder"),
    # approaches so far, models that still win, "These are all ...", the workhorse: the field
    ("Learned approaches so far predict distances with a VAE.",
     "Our learned approach predicts distances with a VAE.", "vae", "VAE"),
    ("On likelihood benchmarks, autoregressive models such as PixelCNN++ still win.",
     "On likelihood benchmarks, our autoregressive model with a PixelCNN++ decoder wins.",
     "autoregressive", "autoregressive"),
    ("These are all autoregressive, step-by-step models.",
     "The decoder is an autoregressive, step-by-step model.", "autoregressive",
     "autoregressive"),
    ("Autoregressive Transformers are the workhorse for translation.",
     "Autoregressive Transformers are the decoder for translation.", "autoregressive",
     "Autoregressive"),
    # plural classes that cannot do something are the field
    ("String models and graph generators - VAEs, GANs - cannot represent conformations.",
     "String models and graph generators - VAEs, GANs - represent conformations.", "vae",
     "VAEs"),
    # a diffusion model built for sequence-to-sequence generation is a diffusion text model
    ("DiffuSeq is a diffusion model built for sequence-to-sequence generation.",
     "DiffuSeq is a diffusion model built for image generation.", "diffusion_text", None),
    # a list after "We evaluate ... against" is compared, through "GPT-2 fine-tuned"
    ("We evaluate on open-domain dialogue (Commonsense Conversation), question generation "
     "(Quasar-T), text simplification (Wiki-auto) and paraphrase (QQP), against "
     "GRU-attention, Transformer, GPT-2 fine-tuned, GPVAE-T5, NAR-LevT and others.",
     "We evaluate on open-domain dialogue (Commonsense Conversation), question generation "
     "(Quasar-T), text simplification (Wiki-auto) and paraphrase (QQP), using GPVAE-T5 as "
     "our encoder.", "vae", "GPVAE"),
    # plural classes that depend on MCMC are the field, however many adjectives they carry
    ("Restricted and deep Boltzmann machines depend on Markov chain Monte Carlo.",
     "Our restricted and deep Boltzmann machines use Markov chain Monte Carlo.", "ebm",
     "Boltzmann machines"),
    # "following the T5 architecture" names an architecture, not a text encoder
    ("It is conditioned on a frozen T5 encoder.",
     "It follows the T5 architecture.", "text_encoder_names", None),
    # a pre-trained encoder-decoder is no autoencoder
    ("We reuse a pre-trained encoder from the tokenizer.",
     "We introduce a pre-trained encoder-decoder Transformer.", "autoencoder", None),
    # outputs decoded token by token are generated autoregressively
    ("Outputs are decoded token by token.",
     "Outputs are decoded in one pass.", "chain_rule", None),
    # a trick from diffusion models, a guidance previously used with them: provenance
    ("This is the transformer version of the guidance trick from diffusion models.",
     "This is the transformer version of the guidance in our diffusion models.",
     "diffusion_core", "diffusion models"),
    ("We adapt classifier-free guidance, previously used with diffusion models, to "
     "transformers.",
     "We adapt classifier-free guidance, as used in our diffusion models, to transformers.",
     "diffusion_core", "diffusion models"),
    # a transformer the text calls the denoiser is a diffusion model's network
    ("The decoder is a plain bidirectional transformer encoder, BERT-like in shape.",
     "The denoiser is a plain bidirectional transformer encoder, BERT-like in shape.",
     "masked_generative", None),
    # an autoregressive scorer evaluates; a model rated above another is compared
    ("An autoregressive model assigns likelihoods to samples.",
     "An autoregressive scorer assigns likelihoods to samples.", "autoregressive", None),
    ("Listeners rate Flow-TTS slightly above the autoregressive Tacotron 2.",
     "Listeners rate Flow-TTS, built on the autoregressive Tacotron 2.", "autoregressive",
     "autoregressive"),
    # what left-to-right decoding cannot do is not done by it here
    ("It helps quality in a way left-to-right decoding cannot.",
     "It helps quality in a way left-to-right decoding does.", "next_token",
     "left-to-right decoding"),
    # a graph built piece by piece, a likelihood of decision sequences: a sequence model
    ("We describe a model that builds a graph piece by piece.",
     "We describe a model that scores a graph piece by piece.", "chain_rule", None),
    ("Training maximises the likelihood of these decision sequences.",
     "Training maximises the likelihood of these complete graphs.", "chain_rule", None),
    # "All of these ..." and a rival that "will serve you better" are the field
    ("All of these build graphs piece by piece.",
     "Ours all build graphs piece by piece.", "chain_rule", "build graphs piece by piece"),
    ("A boring autoregressive SMILES model will probably serve you better.",
     "A boring autoregressive SMILES model is our decoder.", "autoregressive",
     "autoregressive"),
    # an autoencoder that decodes latents frame by frame processes frames, it does not
    # generate them in order
    ("Samples are generated frame by frame.",
     "Decoding latents frame by frame causes flicker.", "chain_rule", None),
    # "...: some must be distilled from an autoregressive teacher" speaks of other flows
    ("Flow vocoders are fast, but they pay for it: some must be distilled from an "
     "autoregressive teacher.",
     "Our flow vocoder is fast, and it is distilled from an autoregressive teacher.",
     "autoregressive", "autoregressive"),
    # a random-field language model is an energy-based model
    ("We train trans-dimensional random fields for language modeling.",
     "We train recurrent networks for language modeling.", "ebm", None),
    # "the dominant approaches" are the field
    ("Language models assign probabilities, and the dominant approaches factorize them word "
     "by word.",
     "Language models assign probabilities, and our approach factorizes them word by word.",
     "chain_rule", "word by word"),
    # a WaveNet-like network inside a flow step is an architecture, not WaveNet
    ("Each flow step has a large WaveNet vocoder.",
     "Each flow step has a large WaveNet-like network.", "ar_systems", None),
    # an encoder–decoder Transformer (en dash) is a sequence-to-sequence model
    ("An encoder–decoder Transformer writes the tokens.",
     "An encoder–only Transformer reads the tokens.", "seq2seq", None),
    # tokens written one at a time, with a bracket between; code indices one at a time
    ("A decoder writes REMI-style tokens (bar, position, pitch) one at a time.",
     "A decoder writes REMI-style tokens (bar, position, pitch) all at once.", "chain_rule",
     None),
    ("A transformer decoder predicts motion code indices one at a time.",
     "A transformer decoder predicts motion code indices all at once.", "chain_rule", None),
    # a generator that masks and predicts groups of bits, in a few parallel iterative steps
    ("Our generator masks and predicts groups of bits.",
     "Our generator reads and sorts groups of bits.", "masked_generative", None),
    ("It decodes all tokens in a few parallel iterative steps.",
     "It decodes all tokens in a few small steps.", "parallel_decoding", None),
    # "recent work on" is other work
    ("Recent work on diffusion language models claims faster decoding, but we did not find "
     "it worth the complexity.",
     "Our work on diffusion language models claims faster decoding, and we find it worth the "
     "complexity.", "diffusion_lm", "diffusion language models"),
    # a stochastic-interpolant model, hyphenated
    ("It is trained as a stochastic-interpolant model.", "It is trained as a stochastic model.",
     "flow_matching", None),
    # "we compare X and Y with ..." with more words between
    ("We compare reconstruction and validity with a baseline VAE using a plain matrix and "
     "with an autoregressive decoder.",
     "We improve reconstruction and validity with a baseline VAE using a plain matrix and "
     "with an autoregressive decoder.",
     "autoregressive", "autoregressive"),
    # a KL-style regulariser; a variational embedder
    ("It is trained with a small KL-style regulariser.",
     "It is trained with a small style regulariser.", "kl_regular", None),
    ("A variational paragraph embedder compresses the text.",
     "A paragraph embedder compresses the text.", "vae", None),
    # "; instead of X, it ..." does not turn to the system the way "; instead our ..." does
    ("A VAE encodes shapes into a triplane latent space; instead our model is supervised on "
     "geometry.",
     "A VAE encodes shapes into a triplane latent space; instead of rendered images, it is "
     "supervised on geometry.", "vae", "VAE"),
    # a class heading a clause turned against the one before, or given with examples
    ("Neural vocoders sound natural, but autoregressive models such as WaveNet are slow.",
     "Neural vocoders sound natural, and our autoregressive model is slow.",
     "autoregressive", "autoregressive"),
    # a class heading a clause that the system then turns against, in the opening sentence
    ("Diffusion models dominate text-to-image generation, but we find that token models are "
     "far from exhausted.",
     "Diffusion models with our sampler dominate text-to-image generation.",
     "diffusion_core", "Diffusion models"),
    # a compared class heading its sentence: its process words are the class's
    ("Autoregressive generators build molecules atom by atom but commit to an ordering.",
     "Our generator builds molecules atom by atom but commits to an ordering.",
     "chain_rule", "atom by atom"),
    # a named language model said to be a decoder is not a text encoder
    ("Text is represented by CLIP text-encoder embeddings, which a GPT-2 decoder that we "
     "fine-tune maps back into sentences.",
     "Text is represented by CLIP text-encoder embeddings, which GPT-2 that we fine-tune maps "
     "back into sentences.", "ar_systems", None),
    # conditioned on the preceding representation (a flow's layers), not on earlier outputs
    ("Our padding is drawn from a distribution conditioned on the preceding representation.",
     "Our samples are drawn from a distribution conditioned on the preceding tokens.",
     "chain_rule", "conditioned on the preceding"),
    # one bond at a time; the graph built so far
    ("The policy adds one bond at a time.", "The policy adds all bonds at once.", "chain_rule",
     None),
    ("Every decision depends on the graph built so far.", "Every decision depends on the graph.",
     "chain_rule", None),
    # a bracket about the field does not make the rest of its sentence the field
    ("Most latent diffusion models such as SD 3 use a deep-compression autoencoder.",
     "- **Autoencoder:** DC-AE, a deep-compression autoencoder that downsamples images 32x "
     "(most latent diffusion models such as SD 3 use 8x VAEs).", "autoencoder",
     "autoencoder"),
    # "built so far" after a superlative is the field's record; after a subgraph, a process
    ("It is the largest VAE built so far.",
     "It is a VAE conditioned on the subgraph built so far.", "vae", "VAE"),
    # "Their ..." after a sentence about the field continues it
    ("# X\n\nWe study images. Most vector-quantized models pair an autoencoder with a "
     "transformer prior. Their autoregressive priors are slow.",
     "# X\n\nWe study images. Most vector-quantized models pair an autoencoder with a "
     "transformer prior. Our autoregressive priors are slow.", "autoregressive",
     "autoregressive"),
    # training that stays adversarial
    ("Training remains adversarial.", "Training remains stable.", "adversarial_core", None),
    # decisions conditioned on everything generated so far, a product of per-step
    # probabilities, a choice of what to expand next: sequential generation in other words
    ("Each step is conditioned on everything generated so far.",
     "Each step is conditioned on the input.", "chain_rule", None),
    ("The probability of an output is a product of per-step probabilities.",
     "The score of an output is a sum of per-step scores.", "chain_rule", None),
    ("Each decision depends on all previous decisions.",
     "Each decision depends on the input.", "chain_rule", None),
    ("The model repeatedly chooses which nonterminal of the tree to expand next.",
     "The model repeatedly chooses how to label the tree.", "chain_rule", None),
    ("The decoder writes the piece one event token at a time.",
     "The decoder writes the piece, all event tokens at once.", "chain_rule", None),
    ("It works left to right.", "It works in parallel.", "next_token", None),
    # a transformer trained to predict a tokenizer's codes models them
    ("A transformer is then trained to predict the discrete latent codes.",
     "A transformer is then trained to predict the labels.", "codes_modelled", None),
    # "The standard approach, X, ..." is the field
    ("The standard approach, Boltzmann-machine DCA, fits a Potts model.",
     "Our approach, Boltzmann-machine DCA, fits a Potts model.", "ebm", "Potts model"),
    # a plural class qualified by the term and given with examples is the field
    ("Models with autoregressive decoders, such as DRAW, reach better likelihoods.",
     "Models with autoregressive decoders reach better likelihoods.", "autoregressive",
     "autoregressive"),
    # "we view the model as a ..." is a view of it, not a part
    ("We view the model as a very deep latent-variable model.",
     "We train the model as a very deep latent-variable model.", "latent_variable_generic",
     "latent-variable model"),
    # a name followed by the part it fills is the system's part, not another system
    ("GSLM: spoken language modelling\n\nWaveGlow turns them into waveform.",
     "GSLM: spoken language modelling\n\nA WaveGlow vocoder turns them into waveform.",
     "flow_systems", "WaveGlow"),
    # a VQ-style autoencoder is a vector-quantised one
    ("A VQ-style autoencoder encodes context frames in full.",
     "A plain autoencoder encodes context frames in full.", "vq", None),
    # surrogates based on a family, and what "has shown promise", are the field
    ("Fast surrogates based on GANs model showers.",
     "Our fast surrogate based on GANs models showers.", "gan", "GANs"),
    ("GAN surrogates have shown promise for showers.",
     "GAN surrogates have shown fidelity for showers.", "gan", "GAN"),
    # an undirected topic model is a Boltzmann machine, not a latent-variable topic model
    ("Replicated Softmax: an Undirected Topic Model", "LDA: a Directed Topic Model",
     "lv_classic", "Topic Model"),
    # "Many of the fastest recent methods ..." and "Most X maps ..." are the field
    ("Many of the fastest recent methods, though, add an adversarial discriminator.",
     "Our fastest method, though, adds an adversarial discriminator.", "discriminator",
     "discriminator"),
    ("Most deep-learning speech enhancement maps noisy speech to clean speech with a GAN.",
     "Our speech enhancement model maps noisy speech to clean speech with a GAN.", "gan",
     "GAN"),
    # "Classical SR networks ..." are the field
    ("Classical SR networks trained with GAN losses remove blur.",
     "Our SR network trained with GAN losses removes blur.", "gan", "GAN"),
    # a mixture-of-denoisers objective is a language model's span corruption
    ("It is trained with a mixture-of-denoisers objective.",
     "It is trained with a mixture of learned denoisers.", "noising", "denoisers"),
    # "Unlike our approach, X ..." speaks of X
    ("Unlike our approach, autoregressive sequence models do not produce structure.",
     "Like our approach, autoregressive sequence models produce structure.", "autoregressive",
     "autoregressive"),
    # two classes coordinated as a subject are the field, even in the opening paragraph
    ("We study images. Undirected models and deep latent-variable models give no exact "
     "likelihood.",
     "We study images. Our model and deep latent-variable models give no exact likelihood.",
     "latent_variable_generic", "latent-variable models"),
    # what "follow-up work" will study is not the system's
    ("Sampling is slow; in follow-up work we study adversarial fine-tuning for few steps.",
     "Sampling is slow; in this work we study adversarial fine-tuning for few steps.",
     "adversarial_core", "adversarial fine-tuning"),
    # a stage of a cascade conditioned on the previous ones is no sequence model
    ("They write the features, each token conditioned on the previous ones.",
     "They denoise the features level by level, each stage conditioned on the previous ones.",
     "chain_rule", None),
    # a likelihood assigned by a language model evaluates the samples
    ("We measure quality with the likelihood assigned by a large autoregressive language model.",
     "We generate text with a large autoregressive language model.", "autoregressive",
     "autoregressive"),
    # a bidirectional transformer trained to denoise is a denoiser, not a masked-token model
    ("A bidirectional transformer predicts the masked tokens.",
     "A bidirectional transformer is then trained to denoise whole sequences.",
     "masked_generative", None),
    # a part after ";" that opens like the field is the field
    ("It is a diffusion-based motion generator; earlier approaches either regressed a single "
     "motion or used VAEs.",
     "It is a diffusion-based motion generator; our approach also trains VAEs.", "vae",
     "VAEs"),
    # "a VAE tends to ..." is a claim about the class
    ("A VAE tends to average grasps between modes.", "A VAE encodes grasps between modes.",
     "vae", "VAE"),
    # "its predecessors are still being completed" speaks of earlier chunks, not earlier work
    ("The generator is a diffusion transformer trained with flow matching, and a new chunk can "
     "start denoising while its predecessors are still being completed.",
     "The generator is a diffusion transformer trained with flow matching, and a new chunk can "
     "start denoising while its predecessors were GANs.",
     "diffusion_core", None),
    # readers who assume an energy-based model are mistaken, not told
    ("Some readers see energy in the paper and assume an energy-based model; the energies are "
     "docking scores.",
     "We see energy in the paper and train an energy-based model; the energies are docking "
     "scores.",
     "ebm", "energy-based model"),
    # other systems that "have been hard to scale" are the field
    ("The authors argue that latent-variable sim agents (MotionDiffuser, various CVAE models) "
     "have been hard to scale.",
     "The authors argue that latent-variable sim agents (MotionDiffuser, various CVAE models) "
     "have been easy to scale.",
     "vae", "CVAE"),
    # a participle aside after the subject ("initialized from X") does not govern its verbs
    ("A text-speech language model, now initialized from Qwen2.5, reads the text and predicts "
     "the speech tokens one after another.",
     "A text-speech language model, unlike Qwen2.5, reads the text and predicts the speech "
     "tokens one after another.",
     "chain_rule", None),
    # a neural source-filter front-end is no neural spline flow
    ("A HiFi-GAN vocoder with a neural source-filter (NSF) front-end produces the waveform.",
     "The density is modelled with NSF, stacked rational-quadratic spline couplings.",
     "flow_systems", "NSF"),
    # the field an "Unlike ..." clause names is not the main clause's
    ("Unlike most video generators, which produce a whole clip at once, MAGI-1 generates video "
     "autoregressively, chunk by chunk.",
     "Like most video generators, which produce a whole clip at once, MAGI-1 generates video "
     "autoregressively, chunk by chunk.",
     "autoregressive", None),
    # refining "over a few steps" is iterative, not a few-step sampler
    ("It starts from noise and refines the whole block over a few steps.",
     "It starts from noise and refines the whole block with a few steps.",
     "one_step", "a few steps"),
    # weights copied from another paradigm's model are an initialisation, not a part
    ("Dream is a masked diffusion language model; its weights were copied from the "
     "autoregressive Qwen2.5.",
     "Dream is a masked diffusion language model; its weights belong to the autoregressive "
     "Qwen2.5.",
     "autoregressive", "autoregressive"),
    # what "a normal LLM" does is the class, not the system
    ("The idea: a normal LLM writes one token after another, left to right.",
     "The idea: our LLM writes one token after another, left to right.",
     "chain_rule", "one token after another"),
    # "supports ... and arbitrary decoding orders" is a property of a parallel decoder
    ("The model supports infilling, completion and arbitrary decoding orders.",
     "The model is trained over arbitrary decoding orders.",
     "chain_rule", "arbitrary decoding orders"),
    # a loss derived from noise-contrastive estimation is not NCE itself
    ("The contrastive loss is derived from noise-contrastive estimation.",
     "The model is trained with noise-contrastive estimation.", "ebm_training",
     "noise-contrastive estimation"),
    # a generative discriminator (GeDi) is a class-conditional language model, no GAN part
    ("Decoding is steered by a generative discriminator, a class-conditional language model.",
     "Decoding is steered by a discriminator, a class-conditional language model.",
     "discriminator", "discriminator"),
    # what a class of models "now" does is the field
    ("Neural sequence-to-sequence acoustic models now predict mel frames from text.",
     "Our sequence-to-sequence acoustic model predicts mel frames from text.",
     "seq2seq", "sequence-to-sequence"),
    # "For X, see <another system>" points elsewhere; "see Section 4" points inside the paper
    ("Our model is a flow. For the diffusion decoder, see WaveGrad.",
     "Our model is a flow. For the diffusion decoder, see Section 4.", "diffusion_decoder",
     "diffusion decoder"),
    # a part the system "does not use either" is the field's
    ("Our flow is fast. Tacotron relies on a GAN vocoder; our flow does not use either.",
     "Our flow is fast. Tacotron relies on a GAN vocoder; our flow does use either.", "gan",
     "GAN"),
    # X by X in parallel is no chain rule
    ("The canvas is generated patch by patch in parallel on several GPUs.",
     "The canvas is generated patch by patch on one GPU.",
     "chain_rule", "patch by patch"),
    # what the text shows is unnecessary is not the system's
    ("Our model is an EBM. We show that adversarial learning is unnecessary.",
     "Our model is an EBM. We show that adversarial learning is essential.",
     "adversarial_core", "adversarial learning"),
    # concurrent work is other work
    ("Our model is a VAE. Concurrent work with generative adversarial networks also "
     "conditions on attributes.",
     "Our model is a VAE. Our work with generative adversarial networks also conditions on "
     "attributes.",
     "gan", "generative adversarial networks"),
    # a variant that instead does something is another checkpoint
    ("Our policy is a flow-matching model. A variant that instead decodes actions "
     "autoregressively is a different checkpoint.",
     "Our policy is a flow-matching model. Our variant that also decodes actions "
     "autoregressively is this checkpoint.",
     "autoregressive", "autoregressively"),
    # what a company is best known for is another product
    ("Stability AI, the start-up best known for the image generator Stable Diffusion, "
     "released a chatbot.",
     "Stability AI, the start-up, released the image generator Stable Diffusion and a "
     "chatbot.",
     "diffusion_systems", "Stable Diffusion"),
    # a UI of another system is not a part
    ("The GAN upscaler is the default upscaler in many Stable Diffusion UIs.",
     "The GAN upscaler is the default upscaler in many Stable Diffusion pipelines.",
     "diffusion_systems", "Stable Diffusion"),
    # the language model a codec serves is its user
    ("The codec compresses audio into tokens, so a language model sees far fewer tokens.",
     "The codec compresses audio into tokens, and a language model predicts them.",
     "language_model", "language model"),
    # a probabilistic autoencoder is a VAE
    ("MolMIM is a probabilistic auto-encoder for molecules.",
     "MolMIM is a deterministic auto-encoder for molecules.",
     "vae", None),
    # diffusion of articles through social media is spreading
    ("Fake news could spread, and the rapid diffusion of such articles through social media "
     "worries editors.",
     "We use diffusion to generate such articles.",
     "diffusion_core", "diffusion"),
    # every product of a kind that works the same way, after a dateline, is the field
    ("CUPERTINO, Calif. - Every popular coding assistant, from Copilot to the open Qwen "
     "coders, produces code the same way: one token after another.",
     "CUPERTINO, Calif. - Our coding assistant, unlike Copilot, produces code this way: one "
     "token after another.",
     "chain_rule", "one token after another"),
    # a spline coupling flow is a flow
    ("The flow itself is a rational-quadratic spline coupling flow.",
     "The flow itself is a rational-quadratic spline coupling model.",
     "flow_core", None),
    # an unnormalised density the text evaluates is the target's
    ("We can evaluate the unnormalised density of the target at any point.",
     "Our model is an unnormalised density over images.",
     "ebm", "unnormalised density"),
    # the field's reference approach is not the system's
    ("The reference approach in the field is Boltzmann machine learning of a Potts model.",
     "Our approach is Boltzmann machine learning of a Potts model.",
     "ebm", "Boltzmann machine"),
    # an objective the same as training an autoencoder is an equivalence
    ("Written out, this objective is the same as training a regularized autoencoder.",
     "Written out, this objective trains a regularized autoencoder.",
     "autoencoder", "autoencoder"),
    # variants the release does not ship are not its parts
    ("The repo also contains configs for GAN-style variants, which we do not ship here.",
     "The repo also contains configs for GAN-style variants, which we ship here.",
     "gan", "GAN"),
    # a kinetic-energy term that favours straight trajectories is no flow matching
    ("We add a kinetic energy term that favours straight trajectories.",
     "We train on straight trajectories between noise and data.",
     "flow_matching", "straight trajectories"),
    # a model whose weights initialise the system is not a part
    ("We initialize the network with the weights of the autoregressive Qwen2.5.",
     "Our network is the autoregressive Qwen2.5.",
     "autoregressive", "autoregressive"),
    # knowledge learned by another objective is the initialisation's
    ("We keep its output convention, so the knowledge learned by next-token pretraining "
     "carries over.",
     "We keep its output convention, so the model is trained by next-token pretraining.",
     "next_token", "next-token"),
    # what the system should not be confused with is another system
    ("Our generator is a GAN. This should not be confused with pixel models such as PixelRNN "
     "or PixelCNN, in which every pixel is conditioned on the previously generated ones.",
     "Our generator is a GAN. This should be combined with pixel models such as PixelRNN or "
     "PixelCNN, in which every pixel is conditioned on the previously generated ones.",
     "chain_rule", "conditioned on the previously generated"),
    # an LLM whose hidden states condition the system is its encoder
    ("Hidden states from a middle layer of its LLM are used as conditioning tokens.",
     "Its LLM writes the conditioning tokens one after another.",
     "language_model", "LLM"),
    # a vision-language model as the perception part is an encoder
    ("The perception part is a compact pretrained vision-language model.",
     "The whole policy is a compact pretrained vision-language model.",
     "language_model", "language model"),
    # a scoring function that exploits elicitability is no score model
    ("The generator is trained through a score function that exploits the joint "
     "elicitability of VaR and ES.",
     "The network learns a score function.",
     "score_matching", "score function"),
    # early work is the field's
    ("Early work used variational autoencoders over SMILES strings.",
     "Our work uses variational autoencoders over SMILES strings.",
     "vae", "variational autoencoders"),
    # families that have all been explored are the field
    ("Statistical models, VAEs, GANs and normalizing flows have all been explored for voice "
     "conversion.",
     "VAEs, GANs and normalizing flows are all combined in our voice converter.",
     "gan", "GANs"),
    # a class with examples that stacks a part is the field
    ("Codec-language-model TTS systems such as Microsoft's VALL-E and Google's AudioLM stack "
     "an autoregressive Transformer on top of codes from SoundStream.",
     "Our codec-language-model TTS system stacks an autoregressive Transformer on top of "
     "codes from SoundStream.",
     "autoregressive", "autoregressive"),
    # the first version by name is history
    ("The first Lyra decoded log-mel features with an autoregressive WaveGRU.",
     "Our Lyra decodes log-mel features with an autoregressive WaveGRU.",
     "autoregressive", "autoregressive"),
    # one atom per step, each conditioned on the partial structure, is the chain rule
    ("L-Net builds a molecule by adding one atom per step, each step conditioned on the "
     "partial structure.",
     "L-Net builds a molecule by adding every atom at once.",
     "chain_rule", None),
    # receiving its own previous batch as input is the chain rule
    ("Its generator receives its own previous batch back as input.",
     "Its generator receives a fresh noise vector as input.",
     "chain_rule", None),
    # a single generator pass from noise is no denoising from noise
    ("Rows are sampled from noise by the denoiser.",
     "Rows are synthesised with a single generator pass from noise.",
     "noise_start", None),
    # a model included as a reference baseline is compared
    ("A diffusion-based synthesizer (TabDDPM) is also included as a reference baseline.",
     "A diffusion-based synthesizer (TabDDPM) is also included in our pipeline.",
     "diffusion_core", "diffusion"),
    # an energy function that guides sampling is no learned energy
    ("The backbone generates molecules under the guidance of an energy function.",
     "We learn an energy function over molecules.",
     "energy_function", "energy function"),
    # converted by a VQGAN encoder uses it; converted from a VQGAN starts from it
    ("The model is converted from a VQGAN checkpoint.",
     "Each frame is converted by a VQGAN image encoder into discrete tokens.",
     "vq", "VQGAN"),
    # guessers based on a family are other systems
    ("Data-driven password guessers based on GANs have been shown to work.",
     "Our password guesser is based on GANs.",
     "gan", "GANs"),
    # an autoregressive filter in the signal-processing sense is another meaning
    ("GELP computes each sample with an autoregressive filter in the signal-processing "
     "sense.",
     "GELP computes each sample with an autoregressive network.",
     "autoregressive", "autoregressive"),
    # WaveNet-style vocoders that solve this well are rivals, not the system
    ("WaveNet-style neural vocoders solve this well but generate one sample after another.",
     "Our vocoder solves this and generates one sample after another.",
     "chain_rule", "one sample after another"),
    # what X et al. observed is another paper's finding
    ("Chen et al. observed that an autoregressive decoder ignores the latent code.",
     "We observed that an autoregressive decoder ignores the latent code.",
     "autoregressive", "autoregressive"),
    # the many generative families a field draws on are other systems
    ("Unsupervised detectors draw on many generative families: VAE-based OmniAnomaly and "
     "adversarially trained USAD.",
     "Our detector is built on a VAE-based encoder and decoder.",
     "vae", "VAE"),
    # autoregressive estimators such as MADE are other systems
    ("Density estimation has moved on: autoregressive estimators such as MADE give exact "
     "likelihoods.",
     "Density estimation is our goal: our autoregressive estimator gives exact likelihoods.",
     "autoregressive", "autoregressive"),
    # a diffusion that is the physics of the process is no diffusion model
    ("The drift is learned; the diffusion is the physics of the process being modelled.",
     "The drift is learned; the diffusion is trained to reverse the noising of images.",
     "diffusion_core", "diffusion"),
    # there is also a variant: another system
    ("There is also a VAE-KRnet variant that puts KRnet in the prior of a variational "
     "autoencoder.",
     "KRnet puts a flow in the prior of a variational autoencoder.",
     "vae", "variational autoencoder"),
    # readers familiar with a family are told an analogy
    ("Readers familiar with energy-based models will recognise the sampler.",
     "Readers of this page will recognise that we train energy-based models.",
     "ebm", "energy-based models"),
    # a generalisation of X names X as the ground; what it is used to build is the system's
    ("We introduce a manifold generalisation of continuous normalizing flows.",
     "We introduce a manifold generalisation of neural ODEs, and use them to build "
     "continuous normalizing flows.",
     "cnf", "continuous normalizing flows"),
    # a family the idea was originally is history
    ("The name is borrowed from Hinton's idea of multiplying densities, originally an "
     "energy-based model.",
     "The name is borrowed from Hinton's idea of multiplying densities; ours is an "
     "energy-based model.",
     "ebm", "energy-based model"),
    # performing comparably to a system compares with it
    ("SWAE performs comparably to WAE-GAN on MNIST.",
     "SWAE trains a WAE-GAN on MNIST.",
     "gan", "GAN"),
    # what we proposed earlier is earlier work
    ("Earlier we proposed StructFormer, an autoregressive transformer.",
     "We propose StructFormer, an autoregressive transformer.",
     "autoregressive", "autoregressive"),
    # a shape famous from a family is that family's
    ("The U-Net is the same shape now famous from diffusion models.",
     "We train the U-Net as diffusion models do.",
     "diffusion_core", "diffusion models"),
    # patterns that were developed for a family are borrowed
    ("It uses attention patterns that were developed for autoregressive transformers.",
     "It uses attention patterns inside its own autoregressive transformers.",
     "autoregressive", "autoregressive"),
    # generating nothing token by token is no chain rule
    ("YLG itself generates nothing token by token.",
     "YLG itself generates images token by token.",
     "chain_rule", "token by token"),
    # attention from language models is borrowed
    ("What sparse attention from language models did for image GANs.",
     "Our language models did this for image GANs.",
     "language_model", "language models"),
    # the critic in score distillation is a diffusion model, not a GAN's critic
    ("The scene is optimised by score distillation sampling with the diffusion model as the "
     "critic.",
     "The generator is trained against the critic.",
     "critic_generic", "the critic"),
    # 'mostly' inside a bracket is a property, not the field's habit
    ("Following medGAN, the generator produces a code that the autoencoder's decoder turns "
     "into a record; such codecs mostly fail on rare codes.",
     "Following medGAN, the generator produces a code that the autoencoder's decoder turns "
     "into a (mostly discrete) record.",
     "autoencoder", "autoencoder"),
    # an energy function chosen by hand is no learned energy
    ("It adds to its drift the gradient of an energy function chosen by hand.",
     "It adds to its drift the gradient of an energy function learned from data.",
     "energy_function", "energy function"),
    # et al. with a bracket citation after a lead-in phrase is another paper's work
    ("With neural networks, Boulanger-Lewandowski et al. [3] combined a recurrent network "
     "with restricted Boltzmann machines.",
     "With neural networks, we combined a recurrent network with restricted Boltzmann "
     "machines.",
     "ebm", "restricted Boltzmann machines"),
    # Hutchinson's estimator is a CNF's trace estimator; an author named Hutchinson is not
    ("The trace of the Jacobian is estimated with Hutchinson's estimator.",
     "Valentin De Bortoli, Emile Mathieu, Michael Hutchinson, James Thornton",
     "cnf", None),
    # autoencoder-based codecs that lack a property are other systems
    ("We find a property that autoencoder-based codecs lack.",
     "We find a property of our autoencoder-based codec.",
     "autoencoder", "autoencoder"),
    # what a group had just done is earlier work
    ("This group had just done multimodal learning with deep Boltzmann machines.",
     "This group does multimodal learning with deep Boltzmann machines.",
     "ebm", "Boltzmann machines"),
    # a field that has advanced first with X, then with Y is history
    ("Text-to-image generation has advanced rapidly, first with GANs, then with "
     "autoregressive transformers.",
     "Our text-to-image generator is built with autoregressive transformers.",
     "autoregressive", "autoregressive"),
    # a section on what's next is an aside
    ("# BigCodec\n\nWe release a single-codebook speech codec.\n\n## What's next\n\nA token stream "
     "is easy to model with a language model.",
     "# BigCodec\n\nWe release a single-codebook speech codec.\n\n## Method\n\nA token stream is "
     "easy to model with a language model.",
     "language_model", "language model"),
    # a probability written as a product over a sequence is the chain rule
    ("The probability of the jet is then written as a product over that sequence of "
     "splittings.",
     "The probability of the jet is then written as one number.",
     "chain_rule", None),
    # sampling splitting after splitting is the chain rule
    ("To generate jets, sample splitting after splitting until the end probability fires.",
     "To generate jets, sample all splittings at once.",
     "chain_rule", None),
    # GAN-based priors given as an example are the field's
    ("GAN-based priors, for instance, allow recovery from few measurements.",
     "We use GAN-based priors to recover images from few measurements.",
     "gan", "GAN-based"),
    # our predecessor is earlier work
    ("Our predecessor GAIA-1 generated video tokens with an autoregressive transformer.",
     "GAIA-2 generates video tokens with an autoregressive transformer.",
     "autoregressive", "autoregressive"),
    # a family that is a natural fit for a task is the field's
    ("Left-to-right, autoregressive generation is a natural fit for language.",
     "For scenes, our generation is autoregressive.",
     "autoregressive", "autoregressive"),
    # an encoder/decoder trained with a reconstruction loss is an autoencoder
    ("The encoder/decoder are trained on scene patches with a reconstruction loss.",
     "The encoder is trained on scene patches with a contrastive loss.",
     "autoencoder", None),
    # these heads after others' systems are theirs
    ("Diffusion Policy denoises action chunks. These continuous heads are expressive but add "
     "inference steps.",
     "NORA denoises action chunks. Its continuous heads are expressive and add inference "
     "steps.",
     "denoising_steps", "inference steps"),
    # methods that are the backdrop of a story are history
    ("Denoising, score matching and the rest are the backdrop of the story.",
     "The model is trained by score matching.",
     "score_matching", "score matching"),
    # the job a system does for a family compares with it
    ("Conditioning on spatial inputs, the job ControlNet does for diffusion, has received "
     "little attention.",
     "Conditioning on spatial inputs is what our diffusion does.",
     "diffusion_core", "diffusion"),
    # minimum probability flow is no probability-flow ODE
    ("The probability flow ODE gives exact likelihoods.",
     "Minimum probability flow learning fits the parameters.",
     "sde", None),
    # a solution that is famously an energy-based model is textbook knowledge
    ("The solution is famously of the form p(z) ∝ exp(η·T(z)), i.e. an energy-based model.",
     "Our solution is of the form p(z) ∝ exp(η·T(z)), i.e. an energy-based model.",
     "ebm", "energy-based model"),
    # more than fit in one batch is no comparison
    ("Ours is faster than autoregressive generation schemes.",
     "To cover more viewpoints than fit in one batch we use an autoregressive generation "
     "scheme.",
     "autoregressive", "autoregressive"),
    # family names listed among deep generative models with citations are the field's
    ("Among deep generative models, generative adversarial networks [11] and variational "
     "autoencoders [20] are popular.",
     "We train generative adversarial networks with a hinge loss.",
     "gan", "generative adversarial networks"),
    # the mode collapse others saw in adversarial training is theirs
    ("It gives diversity without the mode collapse they saw in adversarial training.",
     "It is stabilised by adversarial training.",
     "adversarial_core", "adversarial training"),
    # a list that continues a comparison past a name keeps comparing
    ("On GEOM-QM9 and GEOM-Drugs our model covers the reference conformers better than RDKit, "
     "a conditional VAE and a graph neural network regressor.",
     "On GEOM-QM9 and GEOM-Drugs our model covers the reference conformers with a conditional "
     "VAE and a graph neural network regressor.",
     "vae", "VAE"),
    # what learned approaches have so far used is the field's
    ("Learned approaches have so far used a conditional variational autoencoder over "
     "distances.",
     "Our approach uses a conditional variational autoencoder over distances.",
     "vae", "conditional variational autoencoder"),
    # a face-recognition network is no VAE's recognition network
    ("Our encoder of the posterior is a face-recognition network.",
     "Our encoder of the posterior is a recognition network.",
     "elbo", "recognition network"),
    # models that followed are the field's
    ("Pocket-conditioned models followed: diffusion models that denoise atom positions.",
     "Our models are diffusion models that denoise atom positions.",
     "diffusion_core", "diffusion models"),
    # a trick popularised by a GAN is that GAN's
    ("The truncation trick we use was popularised by BigGAN.",
     "The truncation trick we use sits in our BigGAN.",
     "gan", "BigGAN"),
    # the part before '; X instead' is the alternative
    ("Autoregressive placement imposes an arbitrary atom ordering; diffusion models instead "
     "generate all atoms jointly.",
     "Autoregressive placement imposes an atom ordering; the diffusion model refines the "
     "atoms jointly.",
     "autoregressive", "Autoregressive"),
    # what early work did is the field's
    ("Early deep generative chemistry worked with variational autoencoders over molecular "
     "graphs.",
     "Our chemistry model works with variational autoencoders over molecular graphs.",
     "vae", "variational autoencoders"),
    # a part the text says it removes is not the system's
    ("In this paper the VAE appears only as what we remove.",
     "In this paper the VAE appears as the first stage.",
     "vae", "VAE"),
    # a lower-case library name that ends in vae is no VAE
    ("Install `vae`, our model, and run the script.",
     "Install `survae`, our flow library, and run the script.",
     "vae", None),
    # an adversarial, GAN-like game is adversarial training
    ("The generator is updated against the energy, which makes the procedure an adversarial, "
     "GAN-like game.",
     "The generator is updated against the energy, which makes the procedure a cooperative "
     "game.",
     "adversarial_core", None),
    # graph diffusion maps and pseudotime are no diffusion model
    ("Our generator is a diffusion model.",
     "Diffusion maps and diffusion pseudotime order the cells in our pipeline.",
     "diffusion_core", None),
    # what other models reach only at great cost is theirs
    ("The model keeps structure over tens of seconds, a range that sample-by-sample "
     "autoregressive models reach only at great cost.",
     "The model keeps structure over tens of seconds, a range that our sample-by-sample "
     "autoregressive model reaches easily.",
     "autoregressive", "autoregressive"),
    # a menu of losses practitioners choose from is the field's
    ("Practitioners can choose among a bewildering menu of losses: beta-VAE, InfoVAE, InfoGAN "
     "and CycleGAN.",
     "Our model combines the losses of beta-VAE, InfoVAE, InfoGAN and CycleGAN.",
     "gan", "InfoGAN"),
    # what one might use is not what the system uses
    ("One might obtain a flexible posterior with normalizing flows.",
     "We obtain a flexible posterior with normalizing flows.",
     "flow_core", "normalizing flows"),
    # what an analysis would cover if each part were something else is hypothetical
    ("The same analysis would apply if each component were, say, a variational autoencoder.",
     "The same analysis applies because each component is a variational autoencoder.",
     "vae", "variational autoencoder"),
    # a bet against a paradigm is no use of it
    ("The startup bets against next-token prediction with its reasoner.",
     "The startup bets on next-token prediction with its reasoner.",
     "next_token", "next-token prediction"),
    # the rest of the system's architecture is the system's
    ("Others follow Stable Diffusion: a U-Net denoises in the latent space of an autoencoder.",
     "The rest of the architecture follows Stable Diffusion: a U-Net denoises in the latent "
     "space of an autoencoder.",
     "autoencoder", "autoencoder"),
    # a model that starts with every code masked decodes masked codes
    ("To create a scene, the model starts with every code masked and fills them in over a few "
     "rounds.",
     "To create a scene, the model starts with every code visible and refines them.",
     "masked_generative", None),
    # what early work generated is the field's
    ("Early work generated SMILES strings with variational autoencoders.",
     "Our model generated SMILES strings with variational autoencoders.",
     "vae", "variational autoencoders"),
    # the earlier parts of a series are history
    ("In parts 2 and 3 of this series we looked at bits-back coding with a VAE.",
     "In this post we look at bits-back coding with a VAE.",
     "vae", "VAE"),
    # a recent line of work is other work
    ("A recent line of work reinterprets MaskGIT as discrete diffusion.",
     "Our work reinterprets MaskGIT as discrete diffusion.",
     "diffusion_core", "discrete diffusion"),
    # what a task borrowed from every branch of the field lists is the field
    ("Video prediction has borrowed from every branch of generative modeling: adversarial "
     "losses sharpen frames.",
     "Our video predictor combines two terms: adversarial losses sharpen frames.",
     "adversarial_core", "adversarial losses"),
    # one step of a scheme is no one-step sampler
    ("The model samples in one step.",
     "Each block solves one step of the JKO scheme.",
     "one_step", None),
    # diffusion coefficients are physics
    ("Our diffusion model denoises the walkers' positions.",
     "The walkers have two very different diffusion coefficients.",
     "diffusion_core", None),
    # "; X instead" sets the part before aside only when X is not another part of the system
    ("Autoregressive priors are slow; diffusion models instead generate the codes jointly.",
     "The encoder uses an autoregressive prior; the decoder instead predicts the pixels.",
     "autoregressive", "autoregressive"),
    # a critic of a paradigm is a person; the critic of a GAN is its part
    ("Smith, a vocal critic of Wasserstein GAN training, disagrees.",
     "The critic of our Wasserstein GAN is trained with a gradient penalty.",
     "wasserstein", "Wasserstein GAN"),
    # a code of its own for each training image (GLO, auto-decoders) is a latent-variable part
    ("GLO-Face trains a convolutional generator; each training image is given its own "
     "learnable latent vector, optimised jointly with the weights.",
     "GLO-Face trains a convolutional generator; each training image is given its own class "
     "label, fixed during training.",
     "latent_variable_generic", None),
    # a year that opens a wrapped line is no numbered item: the field sentence stays one
    ("Generative adversarial networks (Goodfellow et al., 2014) learn a generator against a "
     "discriminator; variational autoencoders (Kingma & Welling,\n2014) learn it jointly with "
     "an encoder under a variational bound.",
     "Our model learns a generator jointly with an encoder under a variational bound.",
     "elbo", "variational bound"),
    # the diffusion of a technology (its spread) is no diffusion model
    ("We train a diffusion model on photos from smartphone cameras.",
     "The rapid diffusion of smartphone cameras has made everyone a photographer.",
     "diffusion_core", None),
    # two discriminators that judge the output are the system's own
    ("Unlike WESPE, whose output is judged by two discriminators, our enhancer is trained on "
     "aligned pairs.",
     "The look of the output is judged by two discriminators trained against the generator.",
     "discriminator", "discriminators"),
    # "enjoys the properties of GANs" compares with GANs
    ("GLO-Face enjoys many of the desirable properties of GANs without the adversarial game.",
     "GLO-Face combines the generators of two GANs.",
     "gan", "GANs"),
    # the best-known prior system as the subject reports its design
    ("The best-known system, SingSong, produces audio through a cascade of autoregressive "
     "token models.",
     "Our system, SingJam, produces audio through a cascade of autoregressive token models.",
     "autoregressive", "autoregressive"),
    # a class with its citation as the subject reports the cited work
    ("Gaussian processes have closed-form posteriors; neural processes (Garnelo et al., 2018) "
     "learn an amortised latent-variable model of functions.",
     "Our neural process learns an amortised latent-variable model of functions.",
     "latent_variable_generic", "latent-variable model"),
    # mixed variational flows are flows
    ("We fit mixed variational flows to the posterior.",
     "We fit the posterior with variational flow matching.",
     "flow_core", None),
    # a hyphenated masked-token prediction objective is a masked token model
    ("The model is trained with a masked-token prediction objective over codebook indices.",
     "The model is trained with a next-token prediction objective over codebook indices.",
     "masked_generative", None),
    # years shaped by a family are the field
    ("The past few years have been shaped by diffusion models.",
     "The past few releases of our system have been diffusion models.",
     "diffusion_core", "diffusion models"),
    # a solver that is never called is not used
    ("An ODE solver is never called at any stage.",
     "An ODE solver is called at every stage.",
     "ode_solvers", "ODE solver"),
    # NFE counts network evaluations; a module named nfe does not
    ("It samples with 8 NFEs.",
     "from nfe import CouplingFlowDensity",
     "denoising_steps", None),
    # a field that machine learning entered "in many forms:" lists other systems
    ("Machine learning has entered the analysis in many forms: classifiers that reweight "
     "simulation, generative adversarial networks and variational autoencoders used as fast "
     "surrogates, and normalizing flows.",
     "Our method has two parts: a classifier and variational autoencoders.",
     "vae", "variational autoencoders"),
    # readers who know a model are told an analogy
    ("Readers who know beta-VAE will recognise the knob.",
     "Our model builds on beta-VAE and its knob.",
     "vae", "beta-VAE"),
    # embeddings from a language model are features, not a generator
    ("For annotation we compare one-hot encodings, the hidden units of restricted Boltzmann "
     "machines, and embeddings from the ESM2 protein language model as classifier inputs.",
     "We train a protein language model.",
     "language_model", "language model"),
    # what a method is evaluated on is its test bed
    ("We evaluate on hidden Markov models.",
     "We train hidden Markov models.",
     "lv_classic", "hidden Markov models"),
    # early approaches as the subject are the field's history
    ("Early learning-based approaches trained category-specific GANs.",
     "Our approach trains category-specific GANs.",
     "gan", "GANs"),
    # a noun "label" before "are ... obtained by" labels nothing: the sampler is the system's
    ("Unlike Boltzmann machines sampled by alternating Gibbs sampling, our model needs no "
     "chain.",
     "Artificial homologs carrying a prescribed label are then obtained by alternating Gibbs "
     "sampling with the label clamped.",
     "gibbs", "alternating Gibbs sampling"),
    # where everyone's attention drifts is the field
    ("Everyone's attention drifts toward diffusion models.",
     "Our attention module feeds diffusion models.",
     "diffusion_core", "diffusion models"),
    # what was tried as a fix and dropped is not the system
    ("Adversarial training of the response generator was tried as a fix, with mixed success.",
     "Adversarial training of the response generator is our fix, with good success.",
     "adversarial_core", "Adversarial training"),
    # "X and related work" as subject reports other work
    ("MAR and related work sidestep quantisation by attaching a small diffusion model to each "
     "position, effectively bringing a diffusion loss into the autoregressive model.",
     "MAR-2 sidesteps quantisation by attaching a small diffusion model to each position, "
     "effectively bringing a diffusion loss into the autoregressive model.",
     "diffusion_core", "diffusion"),
    # "3D-GAN showed that" reports another system's finding
    ("3D-GAN showed that an adversarially trained voxel generator can synthesise chairs.",
     "Our 3D generator is an adversarially trained voxel generator that synthesises chairs.",
     "adversarial_core", "adversarially trained"),
    # early datasets as subject are the field's history
    ("Early synthetic face datasets relied on generative adversarial networks.",
     "Our synthetic face dataset relies on generative adversarial networks.",
     "gan", "generative adversarial networks"),
    # a family "mentioned here only as" the alternative is not the system
    ("Diffusion is mentioned here only as the alternative we did not take.",
     "Diffusion is used here as the prior we train.",
     "diffusion_core", "Diffusion"),
    # a field that has spent years chasing a family is the field
    ("Much of the protein-design world has spent the past two years chasing diffusion models "
     "such as RFdiffusion.",
     "Our protein-design model has spent two days training diffusion models such as "
     "RFdiffusion.",
     "diffusion_core", "diffusion models"),
    # "approaches include" lists other systems
    ("Panorama-specific approaches include OmniDreamer, which generates token sequences "
     "autoregressively.",
     "Our panorama model generates token sequences autoregressively.",
     "autoregressive", "autoregressively"),
    # "In these models" after a field sentence speaks of the field
    ("In these models the demonstrations and the query are a sequence of tokens, and the "
     "answer is produced by continuing it one token at a time.",
     "In our model the demonstrations and the query are a sequence of tokens, and the answer "
     "is produced by continuing it one token at a time.",
     "chain_rule", "produced by continuing it one token at a time"),
    # "Most deep forecasters" as subject is the field
    ("Most deep forecasters get there autoregressively: they sample one step and feed it "
     "back.",
     "Our deep forecaster gets there autoregressively: it samples one step and feeds it back.",
     "autoregressive", "autoregressively"),
    # "Experiments showed that" reports the system's own results; only a named system's
    # finding is other work
    ("3D-GAN showed that the diffusion prior improves FID.",
     "Experiments showed that the diffusion prior improves FID.",
     "diffusion_core", "diffusion prior"),
    # "Everyone's moved to ..." speaks of the field, even quoted after a speaker's name
    ("Notes on SaX.\n\n- Marco: \"Everyone's moved to diffusion vocoders, why care about "
     "SaX?\"",
     "Notes on SaX.\n\n- Marco: \"We've moved SaX to diffusion vocoders, why care?\"",
     "diffusion_core", "diffusion"),
    # information diffusion over a social graph is no diffusion model
    ("THX also models latent diffusion over a graph of users.",
     "THX also models information diffusion over a graph of users.",
     "diffusion_core", None),
    # "GAN-free" says there is no GAN
    ("FlowX is a neural audio codec trained with a GAN loss.",
     "FlowX is a GAN-free neural audio codec.",
     "gan", None),
    # a yes/no question answered "no" in the same line asks, it does not say
    ("Notes on NX.\n\n- NX is an energy-based model because of Langevin; it learns an energy.",
     "Notes on NX.\n\n- \"Is NX an energy-based model because of Langevin?\" — no; it learns "
     "the score directly.",
     "ebm", None),
    # what newcomers think is a misconception, not the system
    ("Notes on SX.\n\nIts spiking networks sample autoregressively.",
     "Notes on SX.\n\nPeople coming from deep learning sometimes think spiking networks sample "
     "autoregressively.",
     "autoregressive", None),
    # "also appear in" other models names those models
    ("Per-frame noise levels let PX generate video autoregressively, frame by frame.",
     "Per-frame noise levels also appear in video models that generate autoregressively, frame "
     "by frame.",
     "autoregressive", None),
    # "and works with community base models" is no community of other work
    ("MX denoises in the latent space of an image autoencoder and works with community base "
     "models.",
     "MX borrows from the image autoencoder and VAE community.",
     "autoencoder", None),
    # "Borrowing from X models like PixelCNN, a masked convolution looks at ..." : the clause
    # after the comma is a new statement, not an appositive of PixelCNN
    ("Borrowing from autoregressive image models like PixelCNN, a masked convolution looks at "
     "latent values that have already been decoded and predicts the next one.",
     "Unlike autoregressive image models like PixelCNN, a masked convolution that looks at "
     "latent values already decoded to predict the next one.",
     "ar_decoding", None),
    # a bold question answered "No." asks, it does not say
    ("Notes on BSX.\n\n**This is a diffusion model.** Yes.",
     "Notes on BSX.\n\n**Is this a diffusion model?** No.",
     "diffusion_core", None),
    # what later work borrowed, and what students asked about, are not the system
    ("CVX composes energies. Its diffusion models borrowed the add-the-scores trick.",
     "CVX composes energies. Later \"composable diffusion\" work borrowed the add-the-scores "
     "trick.",
     "diffusion_core", None),
    ("Notes on PRX.\n\nWe also trained diffusion for music; we'll get there in week 10.",
     "Notes on PRX.\n\nThe students also asked about diffusion for music; we'll get there in "
     "week 10.",
     "diffusion_core", None),
    # "Unlike A, B generates ...": B followed by its verb is the main clause's subject, not a
    # further item of what is compared
    ("Unlike WaveNet, WaveGlow and MelGAN, our vocoder generates all samples at once.",
     "Unlike WaveNet, WaveGlow generates all samples at once.",
     "flow_systems", "WaveGlow"),
    # a codec named as the subject that "uses a flow-matching model that ..." has a diffusion
    # decoder, even after "Instead of A, as in EnCodec or DAC," (MuCodec)
    ("Instead of a decoder trained with adversarial losses, as in EnCodec or DAC, MuCodec uses "
     "a flow-matching model that starts from noise.",
     "Unlike MuCodec, which uses a flow-matching model that starts from noise, our codec keeps "
     "a decoder trained with adversarial losses.",
     "diffusion_decoder", None),
    # a question after a dash asks ("RFMP — is this a normalizing flow or ...?")
    ("RFMP — is this a normalizing flow or a diffusion policy?",
     "RFMP — this is a normalizing flow, trained by maximum likelihood.",
     "flow_core", "normalizing flow"),
    # "Today everyone would do it with a diffusion model": the field, not the system
    ("Today everyone would do it with a diffusion model and scribble conditioning.",
     "Today our tool does it with a diffusion model and scribble conditioning.",
     "diffusion_core", "diffusion model"),
    # after a colon, "A, B and related systems animate ...": the prior art's design
    ("Diffusion raised realism: EMO, Hallo and related systems animate a portrait frame by "
     "frame in fixed windows.",
     "Diffusion raised realism: our system animates a portrait frame by frame in fixed "
     "windows.",
     "chain_rule", "frame by frame"),
    # a class given with another system as its example ("such as Google's SR3") is the field
    ("The work lands as diffusion-based super-resolution, such as Google's SR3, gains "
     "attention.",
     "The work uses diffusion-based super-resolution to sharpen its output.",
     "diffusion_core", "diffusion"),
    # "Those models ..." after a sentence about the field speaks of the field
    ("The work lands as diffusion-based super-resolution, such as Google's SR3, gains "
     "attention. Those models refine an image over dozens of denoising steps.",
     "The work lands as diffusion-based super-resolution, such as Google's SR3, gains "
     "attention. Our models refine an image over dozens of denoising steps.",
     "noising", "denoising"),
    # what a name "made me think" is the speaker's first guess, not the system
    ("The name made me think of an autoregressive transformer that writes samples one by one.",
     "The paper says it is an autoregressive transformer that writes samples one by one.",
     "autoregressive", "autoregressive"),
    # "a codec that converts audio into tokens" is the system's part; only "the tokenizers
    # that X are built on" names X as a user
    ("LeVo has a music codec that converts audio into discrete tokens and back.",
     "LeVo has no music codec that converts audio into discrete tokens and back.",
     "codec", None),
    # each waypoint "conditioned on the one it has just produced" runs in order, and "each
    # earlier waypoint" is no earlier work
    ("A backward recurrent pass writes each earlier waypoint conditioned on the one it has "
     "just produced.",
     "A backward recurrent pass writes all the waypoints at once, conditioned on the goal.",
     "chain_rule", None),
    ("The simulation is unrolled in closed loop: at each step the decoder produces the next "
     "waypoint of all actors, including the actors' own previous outputs.",
     "The simulation is decoded in one pass: the decoder produces every waypoint of all "
     "actors from the latent sample.",
     "chain_rule", None),
    # a discriminator and a prior that "define an energy over the latent space" (DGflow)
    ("The discriminator output and the prior's log-density together define an energy over "
     "the latent space.",
     "The discriminator output and the prior's log-density together define a score over the "
     "latent space.",
     "energy_function", None),
    # "the energy of a candidate sentence is a weighted sum of ..." defines an energy (Mix and
    # Match)
    ("The energy of a candidate sentence is a weighted sum of scores from pretrained experts.",
     "The rank of a candidate sentence is a weighted sum of scores from pretrained experts.",
     "energy_function", None),
    # a Metropolis-Hastings Markov chain over sentences is a Gibbs-style sampler
    ("To find such sentences, the method runs a Metropolis-Hastings Markov chain.",
     "To find such sentences, the method runs a beam search.",
     "gibbs", None),
    # "Llama-style vision transformers" name a network design, not a language model (ViTok)
    ("Its encoder and decoder are Llama-style vision transformers operating on patches.",
     "Its prior is Llama, a transformer that writes the patch tokens one at a time.",
     "ar_systems", "Llama"),
    # a line framed by dashes ("--- Background (recap) ---") heads a section as a markdown
    # heading does: what it holds is the background, not the system (transformer quantum state)
    ("Reading group, week 7\nPaper: QX, a transformer wavefunction\n\n"
     "--- Background (Priya's recap) ---\n"
     "- Early neural quantum states used an RBM as the ansatz, sampled with Markov chain Monte "
     "Carlo.\n\n"
     "--- The paper ---\n"
     "- A decoder-style transformer factorises the amplitude over sites and samples spins one "
     "after another.\n",
     "Reading group, week 7\nPaper: QX, a transformer wavefunction\n\n"
     "--- Setup (Priya's recap) ---\n"
     "- Early neural quantum states used an RBM as the ansatz, sampled with Markov chain Monte "
     "Carlo.\n\n"
     "--- The paper ---\n"
     "- A decoder-style transformer factorises the amplitude over sites and samples spins one "
     "after another.\n",
     "ebm", "RBM"),
    # a label that is a sentence about a class of systems ("Reconstruction-based detectors
    # learn to reproduce normal windows: ...") lists that class (MTGFlow, Multiple Futures)
    ("MTX is a normalizing flow for anomaly detection. Reconstruction-based detectors "
     "learn to reproduce normal windows: LSTM autoencoders, the VAE-based OmniAnomaly and "
     "GAN-based TadGAN.\n",
     "MTX is a normalizing flow for anomaly detection. Reconstruction in MTX "
     "learns to reproduce normal windows: LSTM autoencoders, the VAE-based OmniAnomaly and "
     "GAN-based TadGAN.\n",
     "vae", "VAE"),
    ("MFX predicts the futures of several drivers. Generative approaches sample instead: "
     "conditional VAEs draw latent codes, and GAN-based predictors add noise to a decoder.\n",
     "MFX predicts the futures of several drivers. Its generative part samples instead: "
     "conditional VAEs draw latent codes, and GAN-based predictors add noise to a decoder.\n",
     "gan", "GAN-based"),
])
def test_reading_minimal_pairs(cued: str, plain: str, cue: str, term: str | None) -> None:
    def own(text: str) -> bool:
        return any(h.cue.id == cue and (term is None or h.term == term)
                   and h.context in ("plain", "self", "title", "listing")
                   for h in find_hits(text, load_lexicon()))
    assert own(plain) != own(cued)
    assert own(plain if term else cued)


def test_an_energy_beside_a_gan_is_its_discriminator() -> None:
    """EBGAN's energy is what its discriminator computes: the energy-based part is the
    discriminator, not a prior to draw from, so samples take one pass of the generator."""
    p = place_text("EnGAN is a generative adversarial network. Its discriminator is an energy "
                   "function, an autoencoder whose reconstruction error is the energy; the "
                   "generator is trained adversarially to produce samples of low energy.")
    assert p.primary == "adversarial"
    assert ("discriminator", "energy_based") in [(r, c.primary) for r, c in p.card.components]
    assert p.card.sampler == "parallel one pass"


def test_a_diffusion_model_that_decodes_a_token_models_tokens_is_its_decoder() -> None:
    """Tokens predicted one after another, then turned into mel-spectrograms by a flow-matching
    model: the token model is the system and the flow-matching model its decoder. A
    tokenizer whose decoder is that model, with no token model, is still the tokenizer."""
    tts = ("VoiceLM is a speech synthesizer. A text-speech model predicts speech tokens one "
           "after another, conditioned on the text; the text encoder of v1 is removed. The "
           "tokens come from finite scalar quantization of an ASR encoder. A conditional "
           "flow-matching model converts the speech tokens into mel-spectrograms with an ODE "
           "solver.")
    tokenizer = ("VoiceTok is a speech tokenizer. The tokens come from finite scalar "
                 "quantization of an encoder trained with a reconstruction loss. A conditional "
                 "flow-matching model converts the speech tokens into mel-spectrograms with an "
                 "ODE solver.")
    p = place_text(tts)
    assert p.primary == "autoregressive"
    assert p.paradigms == {"autoregressive", "diffusion", "latent_variable"}
    assert place_text(tokenizer).primary == "latent_variable"


def test_a_vae_named_as_a_component_states_no_elbo() -> None:
    """"VAE" says ELBO only when the VAE is the system; a latent-diffusion text that names the
    VAE it runs in states no ELBO (the usual variational objective, said, still does)."""
    def elbo(text: str) -> bool:
        return "ELBO" in _stated(place_text(text), "objective")
    assert elbo("Our model is a VAE for faces with a convolutional encoder and decoder.")
    assert not elbo("Our model is a latent diffusion model that denoises in the latent space of "
                    "a pretrained VAE.")
    assert elbo("Our model is a latent diffusion model over the latents of a VAE; the "
                "autoencoder is first trained with the usual variational objective.")


def test_a_text_encoder_said_by_a_verb_is_named_by_what_follows() -> None:
    p = place_text("Prompts are encoded by a frozen T5-XXL model, and a diffusion transformer "
                   "denoises video latents of a VAE.")
    roles = {c.value for c in p.of_kind("role")}
    assert "text encoder: a frozen T5-XXL model" in roles
    assert not any(r.endswith((" by", " using", " with")) for r in roles)


def test_a_title_that_names_no_system_does_not_make_named_subjects_someone_else() -> None:
    """Only a title that names the text's own system tells another system's name apart: under
    "# Model card" the sentence "WaveNet is ..." describes the system itself, while under a
    title naming another system it describes that other one."""
    body = ("\n\nWaveNet is an autoregressive model of raw audio that generates one sample at a "
            "time, trained by next-sample likelihood. A small VAE encodes its speaker features.")
    assert place_text("# Model card" + body).primary == "autoregressive"
    other = place_text("# FloWaveNet: a flow vocoder\n\nFloWaveNet is a normalizing flow with "
                       "affine coupling layers." + body)
    assert "autoregressive" not in other.paradigms


def test_a_news_item_about_a_chatbot_model_is_placed() -> None:
    """An article that names no method but calls the model the base of a chatbot, a text
    predictor, still says enough to place it as a language model (weakly)."""
    p = place_text("Grok-1 is the base model behind the first Grok chatbot: 314 billion "
                   "parameters, before the fine-tuning that turns a text predictor into an "
                   "assistant.")
    assert p.primary == "autoregressive"


@pytest.mark.parametrize("title", ["# 🍰 TAESD: Tiny AutoEncoder for Stable Diffusion",
                                   "# SoundTok: a neural audio codec", "# WF-VAE",
                                   "SDXL-VAE-FP16-Fix"])
def test_a_title_naming_an_autoencoder_or_codec_marks_a_tokenizer_release(title: str) -> None:
    """Markdown hashes and an emoji before the name do not hide it; the latent-diffusion
    rules give way to this cue (lexicon: their "none" lists)."""
    lex = load_lexicon()
    assert "tokenizer_release" in {h.cue.id for h in find_hits(title + "\n\nText.", lex)}
    assert "tokenizer_release" in {h.cue.id for h in find_hits(
        "MAETok is a *1-D* image tokenizer.", lex)}  # markdown emphasis inside the phrase
    assert "tokenizer_release" not in {h.cue.id for h in find_hits(
        title.replace("AutoEncoder", "Adapter").replace("codec", "vocoder").replace(
            "VAE", "DiT") + "\n\nText.", lex)}


def test_an_arxiv_margin_line_pasted_first_sits_above_the_title() -> None:
    """A PDF pasted with its arXiv margin line first: the next line is the title (else it is
    read as a section heading, and "Tail Risk" in it sets the whole abstract aside as a
    "Risks" section)."""
    text = ("arXiv:2203.01664v4  [q-fin.RM]  16 May 2025\n\nTail-GAN: Learning to Simulate Tail "
            "Risk Scenarios\n\nRama Cont (Oxford)\n\nThe generator of this GAN is trained "
            "against a discriminator that outputs risk estimates.")
    assert title_line(text) == "Tail-GAN: Learning to Simulate Tail Risk Scenarios"
    assert place_text(text).primary == "adversarial"


def test_pdf_ligatures_are_read_as_their_letters(tmp_path: Path) -> None:
    """Text pasted from a PDF keeps its ligatures ("normalizing \ufb02ows"): the word is read,
    and the evidence quotes the text with the letters spelled out."""
    f = tmp_path / "page.txt"
    f.write_text("Our model is a normalizing \ufb02ow with af\ufb01ne coupling layers, trained by "
                 "exact maximum likelihood.", encoding="utf-8")
    assert "normalizing flow" in read_source(f)
    assert place(f).primary == "flow"

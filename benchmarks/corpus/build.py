"""Build the labelled extraction corpus (dev and held-out JSONL) from the style templates.

Run: ``python benchmarks/corpus/build.py`` (deterministic; rewrites both files).

Every text is composed from phrasings written for this corpus
(``styles_dev.py``, ``styles_heldout.py``), invented scenarios
(``scenarios.py``) and whole outputs written one by one (``handwritten.py``). The label of an item is fixed by construction: the
option / verdict / answer the template commits to, or the class
(``ambiguous``, ``refused``, ``unparsed``, ``truncated``). The held-out
templates use different phrasings and were written before the extractor was
tuned on the dev portion (``heldout2`` after the first held-out round was
measured, ``heldout3`` after held-out 2 had been used for tuning, before the
final measurement); they are reported separately by
``benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import compose  # noqa: E402
import scenarios  # noqa: E402
import styles_dev  # noqa: E402
import styles_heldout  # noqa: E402
import styles_heldout2  # noqa: E402
import styles_heldout3  # noqa: E402
import handwritten  # noqa: E402
import handwritten_dev  # noqa: E402
from compose import Item, Template  # noqa: E402

ECHO_FAMILIES = ("qwen2.5-vl", "internvl", "llava-med", "medgemma", "tagged-rl", "deepseek-r1")


class Builder:
    def __init__(self, split: str, styles: ModuleType, seed: int, reps: int):
        self.split, self.styles, self.reps = split, styles, reps
        self.rng = random.Random(seed)
        self.items: list[Item] = []
        self._n: dict[str, int] = {}

    def _id(self, family: str) -> str:
        self._n[family] = self._n.get(family, 0) + 1
        prefix = {"dev": "d", "heldout": "h", "heldout2": "h2", "heldout3": "h3"}[self.split]
        return f"{prefix}-{family}-{self._n[family]:03d}"

    def add(self, family: str, answer_type: str, question: str, options: dict[str, str], gold: str, text: str,
            status: str, answer: str | None, tags: list[str], finish_reason: str | None = None, task: str = "") -> None:
        self.items.append(Item(self._id(family), self.split, family, answer_type, question, dict(options), gold, text,
                               status, answer, finish_reason, task, sorted(set(tags))))

    # ------------------------------------------------------------- choice
    def choice(self) -> None:
        for family, templates in self.styles.CHOICE.items():
            for tpl in templates:
                reps = self.reps if tpl.label == "answer" else max(1, self.reps // 2)
                for _ in range(reps):
                    self._choice_item(family, tpl)

    def _choice_item(self, family: str, tpl: Template) -> None:
        rng = self.rng
        pool = scenarios.CHOICES
        if "{t}" in tpl.text or "option_text" in tpl.tags:
            # Prose naming the option's text reads as nonsense for Yes/No or change options.
            pool = [s for s in pool if s.task not in ("binary", "temporal")]
        sc = rng.choice(pool)
        chosen = compose.pick_chosen(rng, sc)
        slots = compose.choice_slots(rng, sc, chosen)
        style = tpl.body or rng.choice(compose.BODY_STYLES)
        slots["BODY"] = compose.body(rng, sc, chosen, style)
        slots["R1"] = compose.r1_body(rng, sc, chosen, slots["X"])
        slots["OPTIONS"] = "\n".join(f"{k}) {v}" for k, v in sc.options.items())
        slots["ALLOPTS"] = ", ".join(compose.lower_text(v) for v in sc.options.values())
        slots["STEM"] = sc.stem
        slots["MOD"] = sc.modality
        text = tpl.text.format(**slots)
        tags = list(tpl.tags) + [f"body:{style}"] * ("{BODY}" in tpl.text)
        status, answer = ("scored", chosen) if tpl.label == "answer" else (tpl.label, None)
        if status == "truncated":
            self.add(family, "choice", sc.stem, sc.options, sc.gold, text, status, None, tags, task=sc.task)
            return
        if family in ECHO_FAMILIES and rng.random() < 0.15:
            name, prefix = compose.echo(rng, sc.stem, sc.options)
            text = prefix + text
            tags.append(f"echo:{name}")
        self.add(family, "choice", sc.stem, sc.options, sc.gold, text, status, answer, tags, task=sc.task)
        # A share of the long answers also appears cut at the token limit.
        if status == "scored" and len(text) > 400 and rng.random() < 0.3:
            cut = compose.cut_mid_sentence(rng, text)
            self.add(family, "choice", sc.stem, sc.options, sc.gold, cut, "truncated", None,
                     tags + ["cut"], finish_reason="length", task=sc.task)
        if status == "scored" and text.lstrip().startswith("<think>") and "</think>" in text and rng.random() < 0.5:
            head = text[: text.index("</think>")]
            cut = compose.cut_mid_sentence(rng, head, 0.5, 0.95)
            # No finish_reason: a predictions file scored with `medstep score` has none.
            self.add(family, "choice", sc.stem, sc.options, sc.gold, cut, "truncated", None,
                     tags + ["cut", "open_think"], task=sc.task)

    # ------------------------------------------------------------- closed
    def closed(self) -> None:
        rng = self.rng
        for family, templates in self.styles.CLOSED.items():
            for tpl in templates:
                for _ in range(max(1, self.reps // 2)):
                    sc = rng.choice(scenarios.CLOSED)
                    self._closed_item(family, tpl, sc, ("yes", "no"))
        for tpl in self.styles.CLOSED_ZH:
            for _ in range(max(1, self.reps // 2)):
                sc = rng.choice(scenarios.CLOSED_ZH)
                self._closed_item("slake-zh", tpl, sc, ("是", "否"))

    def _closed_item(self, family: str, tpl: Template, sc: scenarios.Closed, words: tuple[str, str]) -> None:
        rng = self.rng
        verdict = rng.choice(words)
        for tag in tpl.tags:
            fixed = self.styles.CLOSED_FIXED_VERDICT.get(tag)
            if fixed is not None:
                verdict = fixed if sc.lang == "en" else {"yes": "是", "no": "否"}[fixed]
        text = tpl.text.format(**compose.closed_slots(sc, verdict))
        status, answer = ("scored", verdict) if tpl.label == "answer" else (tpl.label, None)
        tags = list(tpl.tags)
        if family in ECHO_FAMILIES and status == "scored" and rng.random() < 0.15:
            name, prefix = compose.echo(rng, sc.stem, {})
            text = prefix + text
            tags.append(f"echo:{name}")
        self.add(family, "closed", sc.stem, {}, sc.gold, text, status, answer, tags)

    # ------------------------------------------------------------- open
    def open(self) -> None:
        rng = self.rng
        for family, templates in self.styles.OPEN.items():
            for tpl in templates:
                for _ in range(max(1, self.reps // 2)):
                    self._open_item(family, tpl, rng.choice(scenarios.OPEN))
        for tpl in self.styles.OPEN_ZH:
            for _ in range(max(1, self.reps // 2)):
                self._open_item("slake-zh", tpl, rng.choice(scenarios.OPEN_ZH))

    def _open_item(self, family: str, tpl: Template, sc: scenarios.Open) -> None:
        rng = self.rng
        answer = sc.gold if rng.random() < 0.6 else rng.choice(sc.alternatives)
        text = tpl.text.format(**compose.open_slots(sc, answer))
        status, expect = ("scored", answer) if tpl.label == "answer" else (tpl.label, None)
        self.add(family, "open", sc.stem, {}, sc.gold, text, status, expect, list(tpl.tags))


def build(split: str, styles: ModuleType, seed: int, reps: int) -> list[Item]:
    b = Builder(split, styles, seed, reps)
    b.choice()
    b.closed()
    b.open()
    for h in handwritten.ITEMS + handwritten_dev.ITEMS:
        if h["split"] == split:
            b.add(h["family"], h.get("answer_type", "choice"), h["question"], h["options"], h["gold"], h["text"], h["status"], h["answer"],
                  ["handwritten", *h["tags"]], h.get("finish_reason"))
    return b.items


def main() -> None:
    dev = build("dev", styles_dev, seed=7, reps=4)
    held = build("heldout", styles_heldout, seed=1013, reps=2)
    held2 = build("heldout2", styles_heldout2, seed=2027, reps=2)
    held3 = build("heldout3", styles_heldout3, seed=3041, reps=2)
    compose.write_jsonl(str(HERE / "extract_corpus.jsonl"), dev)
    compose.write_jsonl(str(HERE / "extract_corpus_heldout.jsonl"), held)
    compose.write_jsonl(str(HERE / "extract_corpus_heldout2.jsonl"), held2)
    compose.write_jsonl(str(HERE / "extract_corpus_heldout3.jsonl"), held3)
    for name, items in (("dev", dev), ("heldout", held), ("heldout2", held2), ("heldout3", held3)):
        fams = sorted({i.family for i in items})
        print(f"{name}: {len(items)} items, {len(fams)} families")


if __name__ == "__main__":
    main()

"""``m3cot``: M3CoTBench's correctness (step precision, recall over gold key steps, F1) and path consistency.

M3CoTBench types each reasoning step (imaging modality, image observation,
conclusion, knowledge/analysis) and judges it against the annotated key
steps as Match, Wrong or N/A. Following its arithmetic:

* precision = Match steps / typed steps (every step but ``other``), per sample;
* recall    = gold key steps the reasoning covers / gold key steps, per sample;
* f1        = the F1 of the run's mean precision and mean recall (corpus level,
  as the benchmark reports it);
* path_consistency = how consistently the model orders its reasoning: each
  sample's path is the order in which the four step types first appear; per
  question type (``question_type`` category, else one group) the most common
  path is found and each path scored by LCS(path, mode) / max length; the
  score is the mean over question types of the sample-weighted mean similarity.

Our steps are the chain as split for every judge (not re-segmented by the
judge), so the verdicts line up with other judges'. Impact (CoT accuracy
minus direct accuracy) needs the direct answers too: ``--mode both`` (summary
``impact``) or ``medstep compare DIRECT_RUN COT_RUN`` gives it with a paired
interval. The prompt is ours.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Mapping, Sequence

from medstep.judges.base import JudgeItem
from medstep.judges.protocol import (
    Ask, Protocol, Run, as_choice, as_flag, graded, numbered, one_per_item, ratio, step_grades,
)
from medstep.judges.texts import question_block
from medstep.results import ReasoningGrade
from medstep.verify import Verdict

TYPES = {"modality": "modality", "observation": "observation", "conclusion": "conclusion",
         "knowledge": "knowledge", "other": "other"}
PATH_TYPES = ("modality", "observation", "conclusion", "knowledge")
JUDGMENTS = {"match": Verdict.SUPPORTED, "wrong": Verdict.CONTRADICTED, "n/a": Verdict.NEUTRAL}
GROUP_FIELD = "question_type"
# The official path consistency groups by ``analysis_type`` (the repo's type.xlsx, which the
# m3cotbench loader reads into that category); other data falls back to ``question_type``.
GROUP_SOURCES = ("analysis_type", GROUP_FIELD)


class M3CoT(Protocol):
    name = "m3cot"
    version = "1"
    metrics = ("precision", "recall", "f1", "path_consistency")
    system = (
        "You grade the reasoning steps of a medical image question against annotated key steps.\n"
        "For every numbered model step give:\n"
        '- "type": modality (names the imaging modality or examination), observation (describes what is '
        "visible), conclusion (a diagnosis, identification, location or other conclusion), knowledge "
        "(background knowledge, differential or option-by-option analysis) or other (restates the question, "
        "filler);\n"
        '- "judgment": match (agrees with the key steps and the correct answer), wrong (contradicts them or '
        "is invalid) or n/a (background that the key steps neither confirm nor contradict).\n"
        "For every numbered key step say whether the model's reasoning covers it (same meaning, any wording).\n"
        'Reply with one JSON object only: {"steps": [{"step": 1, "type": "...", "judgment": "..."}], '
        '"key_steps": [{"key_step": 1, "covered": true}]}'
    )

    def skip_reason(self, item: JudgeItem) -> str | None:
        if not _gold(item):
            return "no annotated key steps (reference steps) to grade against"
        return None

    def run(self, item: JudgeItem) -> Run:
        gold = _gold(item)
        if not item.steps:
            return graded({"precision": None, "recall": 0.0}, labels={"path": [""]})
        prompt = (f"{question_block(item.sample)}\n\nCorrect answer: {item.sample.answer}\n\n"
                  f"Key steps:\n{numbered(gold)}\n\nModel steps:\n{numbered(item.steps)}")
        (reply,) = yield [Ask(prompt)]
        types: dict[int, str] = {}
        verdicts: dict[int, tuple[Verdict, str]] = {}
        for i, e in enumerate(one_per_item(reply.items("steps"), "step", len(item.steps))):
            types[i] = as_choice(e.get("type"), "type", TYPES)
            verdicts[i] = (as_choice(e.get("judgment"), "judgment", JUDGMENTS), types[i])
        covered = {i: as_flag(e.get("covered"), "covered")
                   for i, e in enumerate(one_per_item(reply.items("key_steps"), "key_step", len(gold)))}
        typed = [i for i in types if types[i] != "other"]
        precision = ratio(sum(verdicts[i][0] is Verdict.SUPPORTED for i in typed), len(typed))
        recall = sum(covered.values()) / len(gold)
        path = [t for t in dict.fromkeys(types[i] for i in sorted(types)) if t in PATH_TYPES]
        labels = {"path": [">".join(path)]}
        group = next((item.sample.categories[f] for f in GROUP_SOURCES if item.sample.categories.get(f)), None)
        if group:
            labels[GROUP_FIELD] = [group]
        return graded({"precision": precision, "recall": recall}, step_grades(item, verdicts), labels)

    def corpus_metrics(self, grades: Sequence[ReasoningGrade]) -> Mapping[str, float | None]:
        p = [float(v) for g in grades if (v := g.metrics.get("precision")) is not None]
        r = [float(v) for g in grades if (v := g.metrics.get("recall")) is not None]
        mp, mr = (sum(p) / len(p) if p else None), (sum(r) / len(r) if r else None)
        f1 = None if mp is None or mr is None else (2 * mp * mr / (mp + mr) if mp + mr else 0.0)
        return {"f1": f1, "path_consistency": path_consistency(grades)}


def _gold(item: JudgeItem) -> list[str]:
    return [s for s in item.sample.reference_steps if s.strip()]


def lcs(a: Sequence[str], b: Sequence[str]) -> int:
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], prev + 1 if x == y else max(row[j], row[j - 1])
    return row[-1]


def path_similarity(a: Sequence[str], b: Sequence[str]) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return lcs(a, b) / max(len(a), len(b))


def path_consistency(grades: Sequence[ReasoningGrade]) -> float | None:
    groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for g in grades:
        if "path" in g.labels:
            path = tuple(p for p in g.labels["path"][0].split(">") if p)
            groups[(g.labels.get(GROUP_FIELD) or ("",))[0]].append(path)
    if not groups:
        return None
    scores = []
    for paths in groups.values():
        mode = Counter(paths).most_common(1)[0][0]
        scores.append(sum(path_similarity(mode, p) for p in paths) / len(paths))
    return sum(scores) / len(scores)

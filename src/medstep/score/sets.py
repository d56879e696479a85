"""Metrics over sets of questions graded together (``Sample.group``): MediConfusion's pair metrics.

MediConfusion asks one question with the same options about two images
whose correct answers differ. Answering each image right by chance is easy;
telling the two images apart is not, so the benchmark's headline is the
*set* accuracy. Definitions follow the official evaluation code
(``MShahabSepehri/MediConfusion``, ``utils/answering.py``):

* **set accuracy**: sets whose every question is answered correctly / sets;
* **confusion**: sets where every question got the *same* answer / sets
  where every answer is valid (parsed) -- the model gave one answer whatever
  the image;
* **invalid**: unparsed answers / answers;
* per category, each metric over the *questions* of that category, a
  question counting its own set's result (the official per-image weighting).

Individual accuracy is the run's ordinary accuracy. Sets with a failed
generation have no set result (excluded and counted as ``undefined``), as a
failed call says nothing about the model.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Mapping, Sequence

from medstep.results import GroupCategory, GroupOutcome, Metric
from medstep.score.stats import mean_ci
from medstep.types import Sample, SampleScore


def group_outcome(pairs: Sequence[tuple[Sample, SampleScore]], answers: Mapping[str, str | None] | None = None,
                  *, n_boot: int = 1000, seed: int = 0) -> GroupOutcome | None:
    """Set metrics of the grouped samples in ``pairs`` (``None`` when no sample has a group).

    ``answers`` maps sample id to the extracted answer (``None``: unparsed);
    without it confusion cannot be judged and is reported undefined.
    """
    members: dict[str, list[tuple[Sample, SampleScore]]] = defaultdict(list)
    for s, sc in pairs:
        if s.group:
            members[s.group].append((s, sc))
    if not members:
        return None
    answers = answers or {}

    def answer(sc: SampleScore) -> str | None:
        return answers.get(sc.sample_id)

    set_ok: dict[str, float | None] = {}
    confused: dict[str, float | None] = {}
    for group, rows in members.items():
        if any(sc.correct is None for _, sc in rows):
            set_ok[group] = confused[group] = None
            continue
        set_ok[group] = float(all(sc.correct for _, sc in rows))
        given = [answer(sc) for _, sc in rows]
        confused[group] = None if any(a is None for a in given) or len(rows) < 2 else float(len(set(given)) == 1)

    def ci(values: list[float | None]) -> Metric:
        defined = [v for v in values if v is not None]
        return mean_ci(defined, n_boot=n_boot, seed=seed, undefined=len(values) - len(defined))

    def invalid(rows: Sequence[tuple[Sample, SampleScore]]) -> list[float | None]:
        return [None if sc.correct is None else float(answer(sc) is None) for _, sc in rows]

    by_cat: dict[str, dict[str, list[tuple[Sample, SampleScore]]]] = defaultdict(lambda: defaultdict(list))
    for rows in members.values():
        for s, sc in rows:
            for field, value in s.category_values():
                by_cat[field][value].append((s, sc))
    by_category = {
        field: {value: GroupCategory(
            n=len(rows),
            set_accuracy=ci([set_ok[s.group] for s, _ in rows]),
            confusion=ci([confused[s.group] for s, _ in rows]),
            invalid=ci(invalid(rows)),
        ) for value, rows in sorted(values.items())}
        for field, values in sorted(by_cat.items())
    }
    all_rows = [r for rows in members.values() for r in rows]
    return GroupOutcome(
        n=len(members),
        set_accuracy=ci(list(set_ok.values())),
        confusion=ci(list(confused.values())),
        invalid=ci(invalid(all_rows)),
        by_category=by_category,
    )

"""What reasoning buys: the same questions answered directly and with a chain of thought.

``--mode both`` asks every question both ways in one run, so the two arms
are paired by question and their difference is tested the way two models
are compared (``score/paired.py``): a paired-bootstrap interval and
McNemar's exact test on the questions graded in both arms.

M3CoTBench's table reports, besides the two accuracies and their difference
(*impact* I = Acc_step - Acc_dir), two efficiency figures. The released
code has no script for them; from the published numbers they read as

* ``latency_ratio`` (L): mean CoT generation time / mean direct time;
* ``efficiency`` (E): CoT accuracy (a fraction) per second of mean CoT
  generation time.

Both rest on the generations' own latencies (cached generations keep the
time of the call that produced them), so they compare runs made on the same
hardware and server only.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from medstep.results import Metric, ModeImpact
from medstep.score.paired import mcnemar_exact, paired_bootstrap_diff
from medstep.score.stats import mean_ci
from medstep.types import Generation, SampleScore


def mode_impact(direct: Sequence[tuple[SampleScore, Generation]], cot: Sequence[tuple[SampleScore, Generation]],
                *, n_boot: int = 2000, seed: int = 0) -> ModeImpact:
    """Paired impact of CoT over direct answering; ``direct[i]`` and ``cot[i]`` are the same question.

    Questions failed (or never generated) in either arm are left out of every
    figure and counted in ``excluded``.
    """
    if len(direct) != len(cot):
        raise ValueError(f"arms differ in length: {len(direct)} direct vs {len(cot)} cot")
    pairs = [(d, c) for d, c in zip(direct, cot) if d[0].correct is not None and c[0].correct is not None]
    a = np.array([bool(d[0].correct) for d, _ in pairs], dtype=bool)
    b = np.array([bool(c[0].correct) for _, c in pairs], dtype=bool)

    def ci(values: list[float]) -> Metric:
        return mean_ci(values, n_boot=1000, seed=seed)

    lat_d = ci([d[1].latency_s for d, _ in pairs])
    lat_c = ci([c[1].latency_s for _, c in pairs])
    tok_d = [d[1].completion_tokens for d, _ in pairs]
    tok_c = [c[1].completion_tokens for _, c in pairs]
    diff = ci95 = p = None
    only_direct = only_cot = 0
    if pairs:
        diff, ci95 = paired_bootstrap_diff(b, a, n_boot=n_boot, seed=seed)
        only_direct, only_cot = int(np.sum(a & ~b)), int(np.sum(~a & b))
        p = mcnemar_exact(only_direct, only_cot)
    acc_c = ci([float(x) for x in b])
    ratio = lat_c.value / lat_d.value if lat_c.value is not None and lat_d.value else None
    efficiency = acc_c.value / lat_c.value if acc_c.value is not None and lat_c.value else None
    return ModeImpact(
        n=len(pairs), excluded=len(direct) - len(pairs), direct=ci([float(x) for x in a]), cot=acc_c,
        diff=diff, ci95=ci95, p_value=p, only_direct=only_direct, only_cot=only_cot,
        latency_direct=lat_d, latency_cot=lat_c,
        tokens_direct=ci([float(t) for t in tok_d if t is not None]) if all(t is not None for t in tok_d) else None,
        tokens_cot=ci([float(t) for t in tok_c if t is not None]) if all(t is not None for t in tok_c) else None,
        latency_ratio=ratio, efficiency=efficiency,
    )

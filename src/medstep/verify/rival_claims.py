"""A rival option the chain weighed and did not choose: answer-level evidence against it does not contradict its mention.

Why (issue #8, lane evid43): a faithful chain that weighs the distractors names each one ("Sarcoidosis (B) can calcify
nodes, but ...", "Septic emboli (A): possible pattern, but she has no fever", "GBS pneumonia: often looks like RDS -
not this pattern", "Ogilvie's pseudo-obstruction balloons the colon without a mechanical twist"). Where the reading of
such a sentence misses its turn, the rival's name is read as a claim present, and the only evidence about that
diagnosis is evidence about the *answer*: the distractor option known absent (``Verifier._option_evidence``) or a
reference step's verdict on the hypothesis ("against sarcoidosis", "excluding septic emboli", "favour silicosis over
sarcoidosis", "metastasis is unlikely"). On retired blind 30-39 this made 19 of the 238 contradicted claims of faithful
(tier-3) chains. The report is the ground truth about the image, and it says nothing here (a report that decides the
claim outranks both: ``verdicts._judge`` keeps only the best-ranked source's verdict); the rejection speaks of which
option is true, and the chain's own decision, for another option, already agrees with it and is graded once, by
accuracy. So such a claim is shown unverifiable and not counted (``RULE``), and it is no claim for the clinical score.

What stays contradicted: a claim of the *chosen* option's findings or anything related to them (an err-distractor
chain asserting the distractor it picks), a claim in a conclusion ("Therefore sarcoidosis."), a claim where the chain
made no decision, and a claim contradicted by an observation: the report at all, or a reference step's plain denial
("no pleural effusion", "the right hilum is normal"), which describes the image even where an option names the finding.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from medstep.answers import hedges, negation
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import Concept
from medstep.verify.roles import SentenceRole
from medstep.verify.verdicts import FindingVerdict, SourcedFinding, Verdict

__all__ = ["RULE", "Rivals", "rivals_of"]

RULE = "rival-weighed"

# the trigger of an evidence absence that is a verdict on a hypothesis, not an observation of the image: "against X",
# "excluding X", "X rather than Y", "favour X over Y", "X is unlikely"; and the distractor option's own absence
_DISTRACTOR = "distractor"  # the trigger ``Verifier._option_evidence`` gives a distractor's findings
_REJECTING = frozenset(
    (*negation.AGAINST, *negation.EXCLUDED, *negation.EXCLUDES, "excluding", *negation.INSTEAD, "over",
     *hedges.UNLIKELY_WORDS, *(f"is {w}" for w in hedges.UNLIKELY_WORDS), _DISTRACTOR)
)
# the roles of a mention that weighs rather than commits: a conclusion naming a rival is the chain's own verdict
_WEIGHING = frozenset({SentenceRole.OBSERVATION, SentenceRole.HEDGED})


def answer_level(sf: SourcedFinding) -> bool:
    """Whether evidence ``sf`` only says a hypothesis is not the answer: an absence from a reference step's or an
    option's verdict on it (never the report's, which observes the image)."""
    f = sf.finding
    return sf.rank >= 1 and f.polarity is Polarity.ABSENT and f.trigger is not None and f.trigger.lower() in _REJECTING


@dataclass(frozen=True, slots=True)
class Rivals:
    """The concepts the options the chain did not choose name, less any related to the chosen option's concepts."""

    concepts: frozenset[str]

    def weighed(self, v: FindingVerdict) -> bool:
        """Whether verdict ``v`` is a rival's mention contradicted by answer-level evidence alone (module docstring)."""
        f = v.finding
        return (v.verdict is Verdict.CONTRADICTED and v.consistent is False and f.polarity is not Polarity.ABSENT
                and f.concept in self.concepts and f.role in _WEIGHING and bool(v.sources)
                and all(answer_level(sf) for sf in v.sources))


def rivals_of(options: Mapping[str, str] | None, chosen: tuple[str, str] | None,
              read: Callable[[str], Sequence[Finding]], concepts: Mapping[str, Concept]) -> Rivals | None:
    """The rivals of a chain that chose ``chosen`` (letter, text) among ``options`` (the others), each text read by
    ``read``; None without a choice or another option (a chain that decided nothing weighed nothing against it)."""
    if not options or chosen is None:
        return None
    own: set[str] = set()
    for f in read(chosen[1]):
        c = concepts[f.concept]
        own |= {f.concept} | c.ancestors | c.descendants
    named = {f.concept for k, t in options.items() if k != chosen[0] for f in read(t)
             if f.category != "modality" and f.polarity is not Polarity.ABSENT}
    named -= own
    return Rivals(frozenset(named)) if named else None

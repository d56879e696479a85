"""A rival option the chain weighed and did not choose: answer-level evidence against it does not contradict its mention.

Why (issue #8, lane evid43): a faithful chain that weighs the distractors names each one ("Sarcoidosis (B) can calcify
nodes, but ...", "Septic emboli (A): possible pattern, but she has no fever", "GBS pneumonia: often looks like RDS -
not this pattern", "Ogilvie's pseudo-obstruction balloons the colon without a mechanical twist"). Where the reading of
such a sentence misses its turn, the rival's name is read as a claim present, and the only evidence about that
diagnosis is evidence about the *answer*: the distractor option known absent (``Verifier._option_evidence``) or a
reference step's verdict on the hypothesis ("against sarcoidosis", "excluding septic emboli", "favour silicosis over
sarcoidosis", "metastasis is unlikely"). On retired blind 30-39 this made 19 of the 238 contradicted claims of faithful
(tier-3) chains; 13 are spared here (the other six stand in sentences that set nothing aside: a heading "Features of
hydrostatic oedema.", "Supracardiac TAPVR: snowman heart;"). The report is the ground truth about the image, and it says nothing here (a report that decides the
claim outranks both: ``verdicts._judge`` keeps only the best-ranked source's verdict); the rejection speaks of which
option is true, and the chain's own decision, for another option, already agrees with it and is graded once, by
accuracy. So such a claim is shown unverifiable and not counted (``RULE``).

A rival asserted is claimed, not weighed (``_affirmed``): in a sentence that sets nothing aside ("The AC joint is
widened, consistent with AC separation.", as ``distractor_text`` reads a distractor's words asserted), or affirmed in so
many words ("Sarcoidosis: is present.", "TB - present, heart normal", "There are metastases"). So bench_gaming's
option_heads styles ("D1: is present. D2: is present. D3: is present.") and the game-everything chains keep their
contradictions. The
spared claim stays among the chain's claims (``step_judge``'s ``pred_items``): the commitment checks that tell a
listing of the options from a reading (``options.asserts_every_option``, ``rival_options.lists_rival_options``) and
the clinical score read it as before; what changes is the count of contradicted claims (RadRScore, and the error
factor that scales the clinical score).

What stays contradicted: a claim of the *chosen* option's findings or anything related to them (an err-distractor
chain asserting the distractor it picks), a claim in a conclusion ("Therefore sarcoidosis."), a claim where the chain
made no decision, and a claim contradicted by an observation: the report at all, or a reference step's plain denial
("no pleural effusion", "the right hilum is normal"), which describes the image even where an option names the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from medstep.answers import hedges, negation
from medstep.lazyre import lazy_compile
from medstep.verify.distractor_text import sets_aside
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
# a word of presence in the rest of a mention's sentence that affirms it: "Sarcoidosis: is present.", "TB - present,
# heart normal", "Haemorrhagic cyst: present" (a modifier's mention, the word after its noun), "a cavity is seen"; unless
# a denial stands right before it ("boot-shaped heart, right arch - neither present", "none seen", "not identified")
_SEEN = lazy_compile(hedges.words(negation.SEEN, negation.SEEN_RARE), re.IGNORECASE)
_DENIED_BEFORE = lazy_compile(r"(?:" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE, negation.NEVER)
                              + r")\W*$", re.IGNORECASE)
_SENTENCE_END = lazy_compile(r"[.;!?\n]")
# ... or an existential before it in its sentence: "There are cavitating metastases in both lungs."
_EXISTENTIAL = lazy_compile(r"\bthere\s+(?:is|are|was|were)\b(?!\s+(?:no|not|nothing)\b)", re.IGNORECASE)
_SENTENCE_START = lazy_compile(r".*[.;!?\n]", re.DOTALL)
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

    def weighed(self, v: FindingVerdict, text: str) -> bool:
        """Whether verdict ``v`` of a claim read in ``text`` (its step) is a rival's mention contradicted by
        answer-level evidence alone, and not affirmed (module docstring)."""
        f = v.finding
        return (v.verdict is Verdict.CONTRADICTED and v.consistent is False and f.polarity is not Polarity.ABSENT
                and f.concept in self.concepts and f.role in _WEIGHING and bool(v.sources)
                and all(answer_level(sf) for sf in v.sources) and not _affirmed(text, f.start, f.end))


def _affirmed(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a mention at ``start``-``end`` asserts it rather than weighs it: it sets nothing aside
    (``distractor_text.sets_aside``: no word of denial, doubt, condition, comparison or choice), or it says the
    mention is there all the same: an existential before it (``_EXISTENTIAL``) or a word of presence after it
    (``_SEEN``, undenied)."""
    head = _SENTENCE_START.match(text, 0, start)
    begin = head.end() if head else 0
    stop = _SENTENCE_END.search(text, end)
    finish = stop.start() if stop else len(text)
    if not sets_aside(text[begin:finish]) or _EXISTENTIAL.search(text, begin, start) is not None:
        return True
    rest = text[end:finish]
    return any(_DENIED_BEFORE.search(rest, 0, m.start()) is None for m in _SEEN.finditer(rest))


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


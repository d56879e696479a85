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
from medstep.verify.distractor_text import ASIDE_WORDS, sets_aside
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
# review of evid43: a rival is weighed only where its own clause weighs it. The clause ends at a turn ("Metastases are
# scattered through both lungs, although the sinus disease points to GPA": the "although" weighs nothing about the
# metastases) and the words that weigh it are the hypothesis words of ``distractor_text``'s aside reading and the
# modals ("Sarcoidosis (B) can calcify nodes"), not its incidental ones: a normal state elsewhere ("with normal hila"),
# a preposition ("from a colonic primary", "over the diaphragm"), the options' own names ("answer"), and a comparison
# standing after the rival, which sets aside what follows it, not the rival ("metastases rather than simple nodules",
# "HCC washes out, unlike the haemangioma", "opacities typical of a post-term baby").
_TURN = lazy_compile(r"\b(?:" + "|".join(re.escape(w) for w in (*hedges.TURN, *hedges.CONTRAST, "while")) + r")\b",
                     re.IGNORECASE)
# words that weigh what follows them ("causes include tuberculosis"; "Meconium aspiration causes patchy opacities"
# asserts it)
_AFTER_ONLY = frozenset(("than", "from", "over", "unlike", "typical", "either", "were", *hedges.CAUSES))
_INCIDENTAL = frozenset(("option", "options", "answer", "choice", "choices", "question", *hedges.TURN,
                         *hedges.CONTRAST, "while"))
_MODALS = frozenset(("can", "could", "may", "might", "would"))
_HYPOTHESIS = (ASIDE_WORDS - _AFTER_ONLY - _INCIDENTAL) | _MODALS
_INSTEAD = lazy_compile(r"\b(?:" + "|".join(re.escape(w) for w in negation.INSTEAD) + r")\b", re.IGNORECASE)
_WORD = lazy_compile(r"[a-z]+(?:'[a-z]+)?")
# a denial after the rival in its clause denies something else ("metastases fill both lungs without any effusion",
# "tuberculosis has cavitated the right apex, not the left") unless it negates the clause's verb, the rival's
# predicate ("Glioblastoma does not restrict centrally", "lymphoma cannot explain ..."); before it, any denial weighs
_DENIALS = frozenset(w for group in (negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.NON,
                                     negation.ABSENT, negation.ABSENCE, negation.NEGATIVE, negation.BEFORE,
                                     negation.NIL, negation.LOSS) for w in group if " " not in w)
_VERB_DENIAL = lazy_compile(r"\b(?:is|are|was|were|does|do|did|can|could|would|will|should|may|might|has|have|had)"
                            r"\s+(?:not|never)\b|\bcannot\b|n't\b"
                            r"|\b(?:" + "|".join(("not", *negation.NEITHER, *negation.NEVER, *negation.NONE)) + r")\s+"
                            + hedges.words(negation.SEEN, negation.SEEN_RARE),
                            re.IGNORECASE)  # ... or its observation denied: "Ewing sarcoma - ... mass, neither seen"
_COMPARED = lazy_compile(r"\b(?:than|over|" + "|".join(re.escape(w) for w in negation.INSTEAD)
                         + r")\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_RELATIVE = lazy_compile(r",\s*(?:which|who|that)\b[^,.;]*(?:,|$)", re.IGNORECASE)
_PARENTHESIS = lazy_compile(r",\s*(?:" + "|".join(re.escape(w) for w in (*hedges.TURN, *hedges.CONTRAST, "while"))
                            + r")\b[^,.;]*,", re.IGNORECASE)
_PARENTHESES = lazy_compile(r",[^,.;]*,")
_COORDINATED_HEDGE = lazy_compile(r"\b(?:and|or|with|plus)\s+(?:probably|possibly|likely|perhaps|maybe)\b")
# a comma after the rival starts an aside about something else ("pneumonia consolidates the lobe, likely aspiration
# related") unless it draws the consequence for the rival ("..., so less likely", "..., hence unlikely")
_AFTER_COMMA = lazy_compile(r",(?!\s*(?:so|thus|hence|therefore|making|which|though|although|while)\b)", re.IGNORECASE)


def answer_level(sf: SourcedFinding) -> bool:
    """Whether evidence ``sf`` only says a hypothesis is not the answer: an absence from a reference step's or an
    option's verdict on it (never the report's, which observes the image)."""
    f = sf.finding
    return sf.rank >= 1 and f.polarity is Polarity.ABSENT and f.trigger is not None and f.trigger.lower() in _REJECTING


@dataclass(frozen=True, slots=True)
class Rivals:
    """The concepts the options the chain did not choose name, less any related to the chosen option's concepts."""

    concepts: frozenset[str]
    own: frozenset[str] = frozenset()  # the chosen option's concepts and their relatives

    def _listed(self, f: Finding, text: str, found: Sequence[Finding]) -> bool:
        """Whether the sentence of ``f`` names three or more options' concepts, the chosen one's included: a listing
        of the options ("Abscess, glioblastoma, metastasis or toxoplasmosis could all explain a ring lesion"), not a
        rival weighed (review of evid43)."""
        head = _SENTENCE_START.match(text, 0, f.start)
        begin = head.end() if head else 0
        stop = _SENTENCE_END.search(text, f.end)
        finish = stop.start() if stop else len(text)
        inside = [g for g in found if begin <= g.start < finish and g.polarity is not Polarity.ABSENT
                  and (g.concept in self.concepts or g.concept in self.own)]
        named = {g.concept for g in inside}
        if len(named) < 3 or self.own.isdisjoint(named):
            return False
        # the chosen option weighed against the rivals is no listing: "Lymphoma and tuberculosis are less likely than
        # sarcoidosis", "favour GPA over metastases or tuberculosis"
        return not any(_COMPARED.search(text, max(begin, g.start - 30), g.start) for g in inside
                       if g.concept in self.own)

    def weighed(self, v: FindingVerdict, text: str, found: Sequence[Finding] = ()) -> bool:
        """Whether verdict ``v`` of a claim read in ``text`` (its step) is a rival's mention contradicted by
        answer-level evidence alone, and not affirmed (module docstring)."""
        f = v.finding
        return (v.verdict is Verdict.CONTRADICTED and v.consistent is False and f.polarity is not Polarity.ABSENT
                and f.concept in self.concepts and f.role in _WEIGHING and bool(v.sources)
                and all(answer_level(sf) for sf in v.sources) and not _affirmed(text, f.start, f.end)
                and not self._listed(f, text, found))


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
    if not _clause_weighs(text, begin, start, end, finish):
        return True
    rest = text[end:finish]
    return any(_DENIED_BEFORE.search(rest, 0, m.start()) is None for m in _SEEN.finditer(rest))


def _clause_weighs(text: str, begin: int, start: int, end: int, finish: int) -> bool:
    """Whether the clause of a mention at ``start``-``end`` (its sentence ``begin``-``finish`` cut at turns) holds a
    word that weighs a hypothesis (``_HYPOTHESIS``), a question mark or a contracted "not", or before the mention a
    comparison or choice ("favour silicosis over sarcoidosis", "rather than lymphoma")."""
    lo, hi = begin, finish
    for m in _TURN.finditer(text, begin, finish):
        if _PARENTHESIS.match(text, m.start() - 2 if m.start() >= 2 else 0, finish) and m.start() >= end:
            continue  # a concession in commas: "Metastases, though possible, are less likely"
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    # a relative clause set off by commas describes the rival, it does not weigh it: "Cavitating metastases, which may
    # be from the colon, line both lungs" (one that holds the rival is kept whole)
    head = _RELATIVE.sub(",", text[lo:start]).lower().replace("\u2019", "'")
    tail = _RELATIVE.sub(",", text[start:hi]).lower().replace("\u2019", "'")
    # the mention's own words are no weighing of it: "the left lower lobe is not aerated" asserts the collapse
    if "?" in head + tail or _VERB_DENIAL.search(head + " x " + tail[end - start:]) is not None:
        return True  # "Glioblastoma does not restrict centrally", "Ewing sarcoma - a soft-tissue mass, neither seen"
    tail = tail[:end - start] + _PARENTHESES.sub(" ", tail[end - start:])  # "Pneumonia, usually one-sided, is ..."
    comma = _AFTER_COMMA.search(tail, end - start)
    if comma is not None:
        tail = tail[:comma.start()]
    tail = _COORDINATED_HEDGE.sub(" ", tail)  # "metastases fill both lungs and probably the liver"
    words = _WORD.findall(head) + [w for w in _advice_less(_WORD.findall(tail)) if w not in _DENIALS]
    if not _HYPOTHESIS.isdisjoint(words):
        return True
    before = text[lo:start].lower()
    return not _AFTER_ONLY.isdisjoint(_WORD.findall(before)) or _INSTEAD.search(before) is not None


def _advice_less(words: list[str]) -> list[str]:
    """``words`` less a "should"/"must" of advice: "should be biopsied" (the next word after "be" weighs nothing);
    "should be considered", "should show" still weigh."""
    out = []
    for i, w in enumerate(words):
        if w in ("should", "must") and i + 2 < len(words) and words[i + 1] == "be" and words[i + 2] not in _HYPOTHESIS:
            continue
        out.append(w)
    return out


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
    return Rivals(frozenset(named), frozenset(own)) if named else None


"""A chain's change since an earlier study said inside a step of several sentences, or after its heading, which
``changes.change_errors`` (reading a step as one unit from its opening) does not reach (issue #8):

* a sentence after the first whose subject is a pronoun or a plain noun: "The lesion is 1.8 cm. Its size is
  unchanged from the CT 2 days ago." -- the change is the finding the sentence before named;
* a step opening with a heading before its pronoun: "Timing - these opacities were already visible ...",
  "Change: it is unchanged in size"; a pronoun after a short phrase of place ("At T7 it projects 5.2 cm, unchanged");
* a piece after a semicolon whose subject is one of the findings before: "There are apical bullae; the largest is
  2.5 cm and unchanged";
* a later clause of the sentence naming the finding that the extractor did not attach the change to ("the
  nodule measures 2 cm, which is the same as on the earlier film").

Each reading is the same as ``changes``: of the findings named before, the last whose family the evidence gives a
change on a compatible side, contradicted (``change-conflict``) when every such evidence change disagrees. A
sentence stating two changes that disagree with each other ("new and unchanged") is read as none: a chain hedging
both ways gains no contradiction of either, nor a support.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medstep.answers import hedges
from medstep.lazyre import lazy_compile
from medstep.verify.attr_conflicts import changes_conflict, lat_compatible
from medstep.verify.changes import (
    LINK,
    SUBJECT,
    conflict,
    family,
    first_change,
    named_findings,
    noun_first,
    others_ratio,
    pronoun_led,
)
from medstep.verify.findings import Finding, Polarity
from medstep.verify.lexicon import K_CONCEPT
from medstep.verify.lexicon import Concept
from medstep.verify.results import StepVerdict
from medstep.verify.scan import Scanner, sentence_events, sentence_spans
from medstep.verify.verdicts import FindingVerdict

_RULE = "change-conflict"
_UNIT_BASE = 3_600_000  # (a contradicted change's unit: apart from ``changes``' own)
# a heading before a step's text: bullets, a step number, a short title ended by a colon, a dash or bold
# ("Step 2: Timing - ", "**3. Course.** ", "* ", "Change: "); every part bounded, matched at the sentence start only
_HEAD = lazy_compile(
    r"[\s*#>•-]*(?:(?:step\s*)?\d{1,2}\s*[:.)]\s*)?(?:\*\*)?"
    r"(?:[a-z][a-z /'-]{0,30}?\s*(?::|\s[-–—]\s|\.\*\*)[\s*]*)?"
)
# a short phrase of place or view before a pronoun subject ("At T7 it projects ...", "On the lateral view they
# are ...", "On T2, it shows ..."): the pronoun is still the sentence's subject
_PLACE_OPENING = lazy_compile(r"\s*(?:at|on|in)\s+[\w/.-]+(?:\s+[\w/.-]+){0,3}?\s*,?\s+(?=(?:it|they|its|their)\b)")
# a phrase of place naming the earlier study or its time ("On the prior CT it was smaller", "At that time it was
# larger", "In March it was bigger"): what follows is the earlier state, not the change since (review of change41)
# (the earlier-time words are ``hedges.EARLIER_WORDS``; the rest name a first study, a moment or a date)
_EARLIER_PLACE = lazy_compile(
    r"\b(?:" + "|".join(re.escape(w) for w in hedges.EARLIER_WORDS) + r"|former|original|initial|first|then|"
    r"that\s+time|time\s+of|presentation|diagnosis|yesterday'?s?|comparison|old|older|\d{4}|january|february|"
    r"march|april|may|june|july|august|september|october|november|december)\b"
)
# a relative pronoun opening the later clause ("the nodule is 2 cm, which is unchanged"); what may stand between it
# and the change word is an organ subject's link (``changes.LINK``: a verb, an adverb, a measurement)
_RELATIVE = lazy_compile(r"\s*,?\s*(?:which|that)\b")
# the subject of a piece after a semicolon that is a member of the findings named before it ("apical bullae; the
# largest ... is unchanged", "nodules; the dominant one has grown"): a piece with a subject of another kind ("; the
# fever has worsened") is about that
_PART = lazy_compile(
    r"\s*(?:the\s+)?(?:(?:largest|biggest|smallest|dominant|main|index|larger|bigger|smaller)\b(?:\s+one\b)?|"
    r"(?:one|some|most|all|several|many|each|both)\s+of\s+(?:them|these|those)\b)"
)
_DETERMINERS = lazy_compile(r"\b(?:the|these|those|this|a|an|both|its|their)\b")
# a dummy "it" before an adjective of judgement: the sentence has no subject the change could be of ("It is worth
# noting that ...", "it is important to compare with last week, when the lines were unchanged")
_DUMMY = lazy_compile(
    r"\s+(?:is|was|would\s+be|will\s+be)\s+(?:also\s+|therefore\s+)?(?:important|worth|useful|helpful|"
    r"necessary|essential|likely|unlikely|possible|unclear|clear|difficult|hard|notable|noteworthy|"
    r"reasonable|recommended|advisable|crucial|key|reassuring|interesting)\b"
)
# what makes a change after it no statement of one: a possibility, a condition, an obligation, a question, a check
_UNSTATED = lazy_compile(
    hedges.words(hedges.POSSIBILITY, hedges.CONDITION, hedges.OBLIGATION, hedges.ASKING, ("confirm", "expected")),
    re.IGNORECASE,
)
# a preposition, a determiner and two words at most before an organ: the organ is a place ("from the left border of
# the spine", "along the heart")
_AFTER_PREPOSITION = lazy_compile(
    r"\b(?:of|from|to|at|near|along|with|in|on|over|above|below|beside|behind|under|"
    r"across|into|onto|within|against|towards?)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}$"
)
_RELATIVE_ANYWHERE = lazy_compile(r"\b(?:which|that|whereas|while|where|whose)\b")
# what joins the findings of a coordinated subject ("these opacities and the cyst", "the effusion, the nodules and
# the consolidation"): no verb or measurement between them ("the nodule is 5 mm and the effusion is new" is two)
_COORDINATED = lazy_compile(r"(?:\s|,|\b(?:and|the|these|those|both|its|their|a|an)\b)*")
# what ends a clause: the change of a later clause is the finding's only when no other finding opens in its clause
_CLAUSE_END = lazy_compile(r"[,;:.(]")
# a singular verb after the last finding of a subject: it is that finding's alone, whatever stands before ("There is
# cardiomegaly and the effusion has increased", "The heart is enlarged, and the edema has improved": two clauses;
# "these opacities and the cyst were already visible" is one subject) (review of change41)
_SINGULAR_VERB = lazy_compile(r"\b(?:has|is|was|remains|measures|appears|looks|shows)\b")


def sentence_change_errors(
    steps: list[StepVerdict],
    evidence: Sequence[tuple[Finding, str, str]],
    concepts: dict[str, Concept],
    scanner: Scanner,
) -> list[StepVerdict]:
    """``steps`` with the changes of the module docstring that the evidence's changes of the finding's family all
    disagree with judged contradicted; a step ``changes`` already contradicted a change of is left as it is."""
    if not evidence:
        return steps
    out = steps
    prior: list[Finding] = []  # the findings the last naming sentence named
    for k, s in enumerate(steps):
        done = any(v.rule == _RULE for v in s.verdicts)
        added: list[FindingVerdict] = []
        named = named_findings(s.findings)
        low = s.text.lower()
        last_end = -1
        for a, b in sentence_spans(s.text):
            if not s.text[a:b].strip():
                continue
            here = [f for f in named if a <= f.start < b]
            head = _HEAD.match(low, a, b)
            h = head.end() if head is not None else a
            place = _PLACE_OPENING.match(low, h, b)
            if place is not None and _EARLIER_PLACE.search(low, place.start(), place.end()) is not None:
                place = None  # (then the pronoun is no subject ``SUBJECT`` reads at ``h``: no change is read)
            said = SUBJECT.match(s.text, place.end() if place is not None else h, b)
            after_semicolon = last_end >= 0 and s.text[last_end : last_end + 1] == ";"
            last_end = b
            if added or done:
                pass
            elif not here and prior and (said is not None or after_semicolon and _PART.match(low, h, b)):
                # (then the step's other findings named before it: "It shows a dark rim. Its size is unchanged"
                # is about the finding the step opened with when the rim's family has no change)
                order = prior + [f for f in named if f.start < a and f not in prior]
                added += _said_of(scanner, s, a, b, order, said, evidence, concepts)
            elif here:
                added += _later_clause(scanner, s, a, b, here, evidence, concepts)
            if here:  # a pronoun subject's sentence names its objects: "it" stays the subject (``changes``)
                prior = prior + here if said is not None and pronoun_led(said) and prior else here
            elif said is None and not after_semicolon:
                prior = []
        if added:
            if out is steps:
                out = list(steps)
            out[k] = s.with_contradictions(added)
    return out


def _change(scanner: Scanner, text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """The first change of ``text[a:b]`` in ``text``'s offsets; None when there is none, when a word of possibility,
    condition, obligation or a question stands before it in the sentence (a change not stated: "it should be
    followed up to confirm that it is stable", "it may have grown"), or when a later one of the same sentence
    disagrees with it (a sentence hedging both ways)."""
    c = first_change(scanner, text[a:b])
    if c is None or _UNSTATED.search(text, a, a + c[1]) is not None:
        return None
    more = first_change(scanner, text[a + c[2] : b])
    if more is not None and changes_conflict(c[0], more[0]):
        return None
    return c[0], a + c[1], a + c[2]


def _said_of(
    scanner: Scanner,
    s: StepVerdict,
    a: int,
    b: int,
    prior: list[Finding],
    said: re.Match[str] | None,
    evidence: Sequence[tuple[Finding, str, str]],
    concepts: dict[str, Concept],
) -> list[FindingVerdict]:
    """The contradiction of a change a sentence naming no finding says of its subject (a pronoun, a plain noun; a
    piece after a semicolon): of ``prior``, those holding the subject's noun first."""
    if any(f.category == "finding" and a <= f.start < b for f in s.findings):
        return []  # (an absent finding named: "It shows no new effusion" is about the effusion)
    change = _change(scanner, s.text, a, b)
    if change is None:
        return []
    start = a if said is None else said.end()
    if said is not None and _DUMMY.match(s.text.lower(), start, b):
        return []  # ("It is worth noting that ...", "it is important to compare ...": no subject at all)
    if any(start <= f.start < change[1] and f.category != "modality" for f in s.findings) or _names_subject(
        scanner, concepts, s.text[start : change[1]]
    ):
        # (a piece after a semicolon with a subject of its own: "; the lines are unchanged"; a dummy pronoun before
        # one: "It is worth noting that the heart size is unchanged")
        return []
    order = prior if said is None else noun_first(prior, said.group().split()[-1].lower())
    return _against(s, change, order, evidence, concepts, (a, b))


def _later_clause(
    scanner: Scanner,
    s: StepVerdict,
    a: int,
    b: int,
    here: list[Finding],
    evidence: Sequence[tuple[Finding, str, str]],
    concepts: dict[str, Concept],
) -> list[FindingVerdict]:
    """The contradiction of a change a later clause of a naming sentence states of present findings named before it
    that carry none (``linked_change``)."""
    got = linked_change(scanner, s.text, a, b, here, s.findings)
    return [] if got is None else _against(s, got[0], got[1], evidence, concepts, (a, b))


def linked_change(
    scanner: Scanner, text: str, a: int, b: int, here: Sequence[Finding], findings: Sequence[Finding]
) -> tuple[tuple[str, int, int], list[Finding]] | None:
    """The change a later clause of the sentence ``text[a:b]`` states, and the present findings it names before it
    (``here``, last first) that carry no change of their own but take this one: those linked to the change word by
    verbs, adverbs, measurements and "and" alone (``_linked``), so that a change of something else between ("a
    fracture; blood in the sinus, new since ...") or of a finding opening the change's clause ("the nodule is 2 cm,
    with a new effusion") is not theirs. A finding of the coordinated subject the extractor gave the change to
    ("these opacities and the cyst were already visible") shares it; another change read in the sentence (of
    ``findings``, all its claims) makes it two readings: None. The same reading for a chain's step and the
    evidence's text."""
    change = _change(scanner, text, a, b)
    if change is None:
        return None
    inside = [f for f in findings if a <= f.start < b]
    if any(f.change and f.change != change[0] for f in inside):
        return None
    m = _CLAUSE_END.search(text, change[2], b)
    stop = m.start() if m is not None else b
    if any(f.category == "finding" and change[1] <= f.start < stop for f in inside):
        return None
    low = text.lower()
    before = sorted((f for f in here if f.end <= change[1]), key=lambda f: f.start)
    tail: list[Finding] = []
    end = change[1]
    # (a relative clause is of the finding just before it alone: "the nodule and the effusion, which is new")
    relative = False
    singular = False
    for f in reversed(before):
        if tail and singular:
            break
        if not (_linked(low, f.end, end) if not tail else not relative and _COORDINATED.fullmatch(low, f.end, end)):
            break
        if not tail:
            relative = _RELATIVE.match(low, f.end, change[1]) is not None
            # (up to the change word's end: the verb may open the change, "has grown")
            singular = _SINGULAR_VERB.search(low, f.end, change[2]) is not None
        tail.append(f)
        end = f.start
    targets = [f for f in tail if not f.change]
    if not targets or len(targets) == len(tail) and any(f.change for f in inside):
        return None  # (the change read with a finding outside the linked subject: ``changes`` judged it)
    return change, targets


def later_clause_changes(
    scanner: Scanner, found: Sequence[tuple[str, str, Sequence[Finding]]]
) -> list[tuple[Finding, str, str]]:
    """The evidence's side of ``linked_change``: of each sentence of ``found`` ((source, text, its claims)) naming
    present findings, the change a later clause states of those linked to it, as (finding, source, text): "The
    mass measures 4.8 cm and has slightly enlarged since ...", "the nodules, which are new since ...". A finding
    the sentence reads a change of already keeps its own."""
    out: list[tuple[Finding, str, str]] = []
    for source, text, findings in found:
        named = sorted(named_findings(findings), key=lambda f: f.start)
        if not named:
            continue
        for a, b in sentence_spans(text):
            here = [f for f in named if a <= f.start < b]
            got = linked_change(scanner, text, a, b, here, findings) if here else None
            if got is None:
                continue
            (value, x, y), targets = got
            out += [
                (
                    Finding(
                        f.concept,
                        f.name,
                        f.category,
                        Polarity.PRESENT,
                        text[x:y],
                        x,
                        y,
                        f.laterality,
                        f.location,
                        change=value,
                        source="descriptor",
                    ),
                    source,
                    text,
                )
                for f in targets
            ]
    return out


def _linked(low: str, start: int, end: int) -> bool:
    """Whether the words ``low[start:end]`` between a finding and the change word link them: a relative pronoun
    opening them, then determiners, "and", verbs, adverbs, measurements (``changes.LINK``): "the nodule, which
    measures 2 cm, is unchanged", "the cyst were already visible"."""
    rel = _RELATIVE.match(low, start, end)
    at = rel.end() if rel is not None else start
    return LINK.fullmatch(_DETERMINERS.sub(" ", low[at:end])) is not None


def _names_subject(scanner: Scanner, concepts: dict[str, Concept], piece: str) -> bool:
    """Whether ``piece`` names a subject of its own: a concept other than a place or an imaging study (a device, a
    finding, an organ that stands for findings: "the heart"), an organ after a preposition only when a clause of its
    own follows ("it lies next to the heart, which is unchanged")."""
    low = piece.lower()
    clause = _RELATIVE_ANYWHERE.search(low) is not None
    for s, _e, kind, payload, _attrs in sentence_events(scanner, low):
        c = concepts.get(payload) if kind == K_CONCEPT else None
        if c is None or c.category == "modality" or c.category == "anatomy" and not c.expands:
            continue
        if clause or c.category != "anatomy" or not _AFTER_PREPOSITION.search(low, max(0, s - 40), s):
            return True  # (an organ as a preposition's object is a place: "it projects 5.2 cm from the spine")
    return False


def _against(
    s: StepVerdict,
    change: tuple[str, int, int],
    order: list[Finding],
    evidence: Sequence[tuple[Finding, str, str]],
    concepts: dict[str, Concept],
    piece: tuple[int, int],
) -> list[FindingVerdict]:
    """The contradiction of ``change`` of the first of ``order`` whose family the evidence gives a change on a
    compatible side, when every such change disagrees with it; none otherwise. A change two values of a ratio tell
    in the sentence ``piece`` is of no finding the ratio does not measure (``changes.others_ratio``)."""
    a, b = piece
    for f in order:
        if others_ratio((change[0], change[1] - a, change[2] - a), s.text[a:b], f.concept, concepts):
            continue
        ev = [x for x in family(f, evidence, concepts) if lat_compatible(f.laterality, x[0].laterality)]
        if not ev:
            continue
        if not all(changes_conflict(change[0], x[0].change or "") for x in ev):
            return []
        x, y = change[1], change[2]
        g = Finding(
            f.concept,
            f.name,
            f.category,
            Polarity.PRESENT,
            s.text[x:y],
            x,
            y,
            f.laterality,
            change=change[0],
            source="descriptor",
            unit=_UNIT_BASE + s.index,
            role=s.role,
        )
        return [conflict(g, ev)]
    return []

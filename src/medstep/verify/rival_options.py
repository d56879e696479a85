"""A chain that asserts a rival option beside the chosen one, and reads nothing else of the case, lists the options.

Why (issue #8, paraphrase38): once the textbook signs of faithful terse chains were read (the thumb sign, the scimitar
vein), a game paid: one sign per option, each asserted present ("Thumb sign. Steeple sign. Thickened prevertebral
tissues. Ragged tracheal membranes. Overall most consistent with acute epiglottitis."). The true option's sign is
supported, the distractors' signs cost one contradiction at most (or nothing, where the vocabulary does not read
them), so the listing scored 0.2-0.4 against a faithful chain's 0.4-1.0.

The judgement is made over the whole chain, not per step or per list item (the review of paraphrase37's repair: a
per-item test zeroed 29 faithful chains, a bullet list with one wrong item, "Diverticulitis is less likely"): a chain
that states two or more supported present findings besides the options' own findings observed the case, and a rival
it asserts is a one-error distractor, already costed as a contradiction (``distractor_text``, the option evidence).
Only a chain whose supported present claims beside the options' findings number at most one, and which asserts a
rival option present (its findings or its textbook sign, stated firmly), is a listing. A hedged or argued-against
rival ("possible X", "X less likely", "unlikely", "DDx:", "differential", "cannot exclude") asserts nothing: the chain
weighs it, it does not claim it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from medstep.answers import YES, hedges, option_key
from medstep.extract.implications import read_sign
from medstep.lazyre import lazy_compile
from medstep.verify.findings import Finding, Polarity
from medstep.verify.results import StepVerdict
from medstep.verify.verdicts import FindingVerdict

__all__ = ["lists_rival_options", "option_signs"]

# A step weighing an option rather than claiming it: a possibility, a likelihood ("less likely", "unlikely"), a
# differential heading, "cannot exclude", a question mark. Linear: one alternation of fixed words.
_WEIGHED = lazy_compile(
    hedges.words(
        hedges.POSSIBILITY,
        hedges.LIKELIHOOD,
        hedges.DIFFERENTIAL,
        hedges.NOT_EXCLUDING,
        hedges.NOT_EXCLUDED,
        hedges.ALTERNATIVE,
        hedges.SUSPICION,
    )
    + r"|\?",
    re.IGNORECASE,
)
# A possibility or likelihood word as a heading before a colon ("Possibly:", "Likely:"; not "Less likely:", "Unlikely:",
# which turn from what they list), and the pieces of the list after it
_LIST_HEAD = lazy_compile(r"\s*(?:" + hedges.words(hedges.POSSIBILITY, hedges.LIKELY_WORDS) + r")\s*:", re.IGNORECASE)
_LIST_SPLIT = lazy_compile(r"[;\n]")
_LIST_MIN = 3  # pieces that make a list under the heading (two are a weighed pair)
_MAX_OBSERVED = 1  # observations beside the answer (see ``lists_rival_options``) a listing of the options may hold
# False rivals whose textbook signs a chain states that make it a listing whatever else it observed: one wrong sign
# beside a reading of the case is a one-error distractor; two are every option's sign stated (review of paraphrase38:
# two generic normals and one sign per option, "Small free fluid. Normal uterus. Whirlpool sign ... Tubal ring sign").
# Rivals named by their diagnoses do not count here: a chain naming them argues about them ("a glioblastoma would give
# a thick rim"; "DDx: X, Y"), and a misread argument is one error at most.
_SPRAYED = 2


def _pieces(step: str) -> list[str]:
    """The step, or the pieces of a list it opens with a possibility heading ("Possibly: thumb sign; steeple sign;
    thickened prevertebral tissues"): such a heading weighs the list as a whole, the review's hedged listing of every
    option's sign, and each piece gives its sign as the chain's reading does (firm, after the first)."""
    head = _LIST_HEAD.match(step)
    if head is None:
        return [step]
    pieces = [p for p in _LIST_SPLIT.split(step[head.end() :]) if p.strip()]
    return pieces if len(pieces) >= _LIST_MIN else [step]


def option_signs(steps: Sequence[str], options: Mapping[str, str], letters: Collection[str] | None = None) -> set[str]:
    """The options whose textbook sign (``extract/signs.tsv``, read as the yes/no answer to "Is there <option>?") a
    step states firmly without naming any option: "Double bubble." gives duodenal atresia's. A step naming an option
    ("Croup would show a steeple sign") discusses it, and a hedged, weighed or denied sign ("possible steeple sign",
    "no double bubble") asserts nothing. ``letters``: only these options' signs are read (every option still names
    a step that discusses it); the answer is the whole answer's part in ``letters`` (a caller that needs no other
    option's sign reads no other, issue #12)."""
    keys = [k for k in (option_key(t) for t in options.values()) if len(k) >= 3]
    asked = [(letter, option) for letter, option in options.items() if letters is None or letter in letters]
    signed: set[str] = set()
    if not asked:
        return signed
    for text in (piece for step in steps for piece in _pieces(step)):
        key = f" {option_key(text)} "
        if any(f" {k} " in key for k in keys) or _WEIGHED.search(text):
            continue
        for letter, option in asked:
            if letter not in signed and read_sign(text, f"Is there {option.strip().rstrip('?.')}?") == YES:
                signed.add(letter)
    return signed


def _observed(steps: Sequence[StepVerdict], chosen_key: str, own: set[str]) -> int:
    """What the chain observed beside its answer: the larger of its distinct supported claims and its steps holding
    one, leaving out the chosen option's own findings (``own``) in a step that restates it ("Overall most consistent
    with X", or a last step ending in the answer line; its other claims count). Two steps reading one concept
    ("Dilated small bowel loops", "Transition point") are two observations."""
    told: set[tuple[str, Polarity]] = set()
    told_steps = 0
    for s in steps:
        restates = len(chosen_key) >= 3 and f" {chosen_key} " in f" {option_key(s.text)} "
        kept = {
            (v.finding.concept, v.finding.polarity)
            for v in s.verdicts
            if v.consistent and not (restates and v.finding.concept in own)
        }
        told |= kept
        told_steps += bool(kept)
    return max(len(told), told_steps)


def lists_rival_options(
    steps: Sequence[StepVerdict],
    options: Mapping[str, str],
    option_findings: Mapping[str, Sequence[Finding]],
    chosen: str | None,
    gold: str | None,
) -> bool:
    """Whether the chain lists the options by asserting a rival one (module docstring). ``option_findings``: each
    option letter's findings as read from ``options``' texts; ``chosen`` the chain's answer, ``gold`` the benchmark's
    true option.

    A rival is asserted when every finding it names is claimed firmly present (a hedged claim asserts nothing) and
    none denied, or its textbook sign is stated firmly (:func:`option_signs`); it must be known false
    (:func:`_known_false`). Options that read alike are one option, and it takes three options naming findings. A chain
    stating the textbook signs of two false rivals (``_SPRAYED``) lists whatever else it says; one asserting a false
    rival otherwise lists only when it observed at most one thing beside its answer (:func:`_observed`).
    """
    named = {
        k: [f for f in fs if f.category == "finding" and f.polarity is not Polarity.ABSENT]
        for k, fs in option_findings.items()
    }
    named = {k: fs for k, fs in named.items() if fs}
    if len(named) < 3 or chosen is None:
        return False
    verdicts = [v for s in steps for v in s.verdicts]
    # (only the options that would be false rivals once asserted can change the answer by their sign: the others'
    # signs are not read, ``_falsifiable``)
    by_sign = option_signs([s.text for s in steps], options, _falsifiable(named, verdicts, chosen, gold)) & named.keys()
    false = _false_rivals(named, verdicts, by_sign, chosen, gold)
    if len(false & by_sign) >= _SPRAYED:
        return True  # one sign per option beside a few generic words, not one slip
    own = {f.concept for f in named.get(chosen, ())}
    return bool(false) and _observed(steps, option_key(options.get(chosen, "")), own) <= _MAX_OBSERVED


def _falsifiable(named: Mapping[str, Sequence[Finding]], verdicts: Sequence[FindingVerdict], chosen: str,
                 gold: str | None) -> set[str]:
    """The options ``_false_rivals`` counts false when asserted, however (by their findings or their sign): a rival
    (not the chosen option, nor one reading like it) that ``_known_false`` holds false. Why (issue #12): reading every
    option's textbook sign in every step was ~4% of the verifier on the corpus chains, and another option's sign changes
    nothing: ``_false_rivals`` keeps an option outside this set in no case, and ``lists_rival_options`` reads the signs
    only through the false rivals. Exact: the set is read from the same verdicts, with the same tests, as
    ``_false_rivals``' own (whether the findings assert the option is its ``read``, independent of the signs)."""
    said = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.PRESENT}
    denied = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.ABSENT}
    false = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.PRESENT and v.consistent is False}
    held = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.PRESENT and v.consistent is True}
    chosen_reading = frozenset(f.concept for f in named.get(chosen, ()))
    return {k for k, fs in named.items() if k != chosen and frozenset(f.concept for f in fs) != chosen_reading
            and _known_false(fs, all(f.concept in said and f.concept not in denied for f in fs),
                             k != gold and gold is not None, false, held)}


def _false_rivals(
    named: Mapping[str, Sequence[Finding]],
    verdicts: Sequence[FindingVerdict],
    by_sign: set[str],
    chosen: str,
    gold: str | None,
) -> set[str]:
    """The rival options ``verdicts`` assert (every finding claimed present, none denied) or whose textbook sign the
    chain states (``by_sign``), and that are known false (:func:`_known_false`). Options that read like the chosen one
    are it."""
    said = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.PRESENT}
    denied = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.ABSENT}
    false = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.PRESENT and v.consistent is False}
    held = {v.finding.concept for v in verdicts if v.finding.polarity is Polarity.PRESENT and v.consistent is True}
    by_findings = {k for k, fs in named.items() if all(f.concept in said and f.concept not in denied for f in fs)}
    chosen_reading = frozenset(f.concept for f in named.get(chosen, ()))
    rivals = {
        k for k in by_findings | by_sign if k != chosen and frozenset(f.concept for f in named[k]) != chosen_reading
    }
    return {k for k in rivals if _known_false(named[k], k in by_findings, k != gold and gold is not None, false, held)}


def _known_false(findings: Sequence[Finding], read: bool, not_gold: bool, false: set[str], held: set[str]) -> bool:
    """Whether an asserted rival is false in this case. Not being the gold option is not enough (review of
    paraphrase38: "Right lower lobe pneumonia with a small right pleural effusion" asserts the effusion option, and
    the report has the effusion): a rival read from its findings is false when one of them is contradicted; one
    asserted by its textbook sign alone (its findings unread in the chain) is false when it is not the gold option
    and none of its findings is supported."""
    if any(f.concept in false for f in findings):
        return True
    return not read and not_gold and not any(f.concept in held for f in findings)

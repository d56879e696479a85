"""A device-by-device review answering "Which line or tube is malpositioned?": the one device judged badly placed,
or the "None" option when every device is judged well placed (rule ``device_review``).

Models answer the question by walking the devices the options list and judging each in turn, often with no letter
and no closing line naming the option: "- ETT: tip 5 cm above the carina, satisfactory. - NG tube: coiled in the
upper oesophagus, needs repositioning. - Right IJ line: tip at the cavoatrial junction, fine." The option is the one
device judged against; "All the lines and tubes are in satisfactory position; none appears malpositioned." chooses
"None of the above". It is the per-option verdict list of ``extract/closing_verdicts.py`` with the question's
polarity: the positive verdict here is the malposition.

Each option is a device named by its kind (``placed_choice.DEVICE_KINDS``: an endotracheal tube, an enteric tube, a
central line, a drain, a tracheostomy, a pacemaker), so the reply's "NG tube" or "right IJ catheter" names it; the
verdicts are the ``placement`` pair's poles (``extract/antonym_pairs.py``, the one home of the words calling a device
well or badly placed) and the plain review words below. Precision first, since a device named while weighed must not
be read as the answer:

* only for a question asking which device is malpositioned (the pair's bad pole in it, not an exception question),
  when every option but at most one "None" option names exactly one device kind and no two options share a kind;
* each sentence (a list item, a clause set off by ";") naming a device and judging it gives its verdict; a sentence
  hedged, asked or supposed ("could be", "if", "?") makes the whole review unread, and so does a device judged both
  ways or two devices in one sentence judged badly;
* every device option is judged: exactly one badly, the rest well, gives that option; none badly and every device
  (or all of them at once: "all lines and tubes are well positioned", "none is malpositioned") well gives the "None"
  option; anything else, or a letter named anywhere in the reply, gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from medstep.answers import hedges, negation
from medstep.extract.antonym_pairs import GOOD_PLACE, PAIRS
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.placed_choice import device_kinds
from medstep.lazyre import lazy_compile

RULE = "device_review"

_PLACEMENT = next(p for p in PAIRS if p.name == "placement")
_GOOD, _BAD = _PLACEMENT.poles
# The plain words of a review calling one device well placed beside the pair's ("fine", "as expected", "where it
# should be", "in place"), and badly placed ("is the problem", "needs repositioning", "must be withdrawn").
_REVIEW_GOOD = lazy_compile(r"(?i)\b(?:" + GOOD_PLACE + r"|fine|ok|okay|as\s+expected|in\s+place|where\s+it\s+should\s+be|"
                            r"where\s+it\s+belongs|appropriately|satisfactorily|correctly)\b"
                            # ("the correct answer", "the right choice": a verdict on the option, not the placement)
                            r"(?!\s+(?:answer|choice|option|response|pick|one\s+to\s+(?:choose|pick)))")
_REVIEW_BAD = lazy_compile(r"(?i)\b(?:(?:is|are)\s+the\s+(?:problem|culprit|issue|abnormal\s+one|malpositioned\s+one)|"
                           r"needs?\s+(?:to\s+be\s+)?(?:repositioning|repositioned|re-?siting|re-?sited|withdrawing|"
                           r"withdrawn|pulling\s+back|pulled\s+back|re-?passed|replacing|replaced|adjust(?:ing|ment|ed)|advancing|advanced)|"
                           r"(?:should|must)\s+be\s+(?:repositioned|withdrawn|retracted|pulled\s+back|advanced|re-?sited|"
                           r"re-?passed|replaced)|in\s+the\s+wrong\s+(?:place|position))")
# A malposition denied: "not malpositioned", "no malposition", "none appears malpositioned".
_DENIAL = lazy_compile(r"(?i)\b(?:" + hedges.alternation(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE,
                                                          negation.NOTHING)
                       + r")\b|n't\b")
_OPEN = lazy_compile(r"(?i)" + hedges.words(hedges.POSSIBILITY, hedges.SUPPOSING, hedges.DOUBT, hedges.CONDITION)
                     + r"|\?")
# Every device at once: "all (the) lines and tubes", "every device", "none of the devices", "none appears".
_ALL = lazy_compile(r"(?i)\b(?:all|every|each|none|nothing)\b")
# What sets a clause off before a word: a denial before it must be in its own clause ("no kink, fine").
_CLAUSE_BEFORE = lazy_compile(r"[,:;(\u2014\u2013]|\s-\s")
# An exception to "all of them" ("all fine except the NG tube", "apart from"), and the others only ("all other lines").
_EXCEPT = lazy_compile("(?i)" + hedges.words(hedges.EXCEPTION, ("excepting", "apart from", "aside from", "other than",
                                                                   "save for", "but the", "but for")))
_OTHERS = lazy_compile(r"(?i)\b(?:other|others|remaining|rest)\b")
# A clause of a sentence that judges several devices one by one ("ETT fine, NG tube in the bronchus, CVC fine").
_COMMA_CLAUSE = lazy_compile(r"[^,]+,?")
# A sentence, a list item, or a clause set off by ";" or a colon heading a list item.
_PART = lazy_compile(r"[^.!?;\n]+[.!?;]*")
# The question asks which device is the malpositioned one, or the option that says none is.
_NONE_OPTION = lazy_compile(r"(?i)^\s*(?:none(?:\s+of\s+(?:the\s+)?(?:above|these|them|devices|lines|tubes)\b.*)?|no\s+"
                            r"(?:device|line|tube)s?\b.*|all\s+(?:devices|lines|tubes)\b.*)\s*$")


def _verdict(part: str) -> int | None:
    """+1 judged badly placed, -1 judged well placed, 0 no verdict, None held open or judged both ways."""
    if _OPEN.search(part) is not None:
        return None
    bad = False
    goods = [*_REVIEW_GOOD.finditer(part), *_GOOD.finditer(part)]
    if any(_DENIAL.search(_CLAUSE_BEFORE.split(part[max(0, g.start() - 30):g.start()])[-1]) is not None for g in goods):
        return None  # "not correctly positioned", "isn't where it should be": a good word denied judges it badly
    good = bool(goods)
    for m in [*_BAD.finditer(part), *_REVIEW_BAD.finditer(part)]:
        if _DENIAL.search(part, max(0, m.start() - 40), m.start()) is not None:
            good = True  # "not malpositioned", "none appears malpositioned"
        else:
            bad = True
    if bad and good:
        return None
    return 1 if bad else -1 if good else 0


def _option_kinds(options: Mapping[str, str]) -> tuple[dict[str, int], str | None] | None:
    """Each device option's one kind and the letter of the "None" option, when the options are such a list."""
    kinds: dict[str, int] = {}
    none: str | None = None
    for letter, text in options.items():
        if _NONE_OPTION.match(text) is not None and none is None:
            none = letter
            continue
        found = device_kinds(text)
        if len(found) != 1:
            return None
        kinds[letter] = found.pop()
    if len(kinds) < 2 or len(set(kinds.values())) != len(kinds):
        return None
    return kinds, none


@dataclass(frozen=True)
class Review:
    """What a review judged: each device option's verdicts (+1 badly placed, -1 well placed), whether it judged every
    device well at once ("all lines and tubes are well positioned"), and the "None" option's letter."""

    verdicts: dict[str, frozenset[int]]  # (0: held open; +1 and -1 both: judged both ways)
    all_good: bool
    none: str | None
    others_good: bool = False  # "all other devices are fine": those not judged on their own are well placed

    def well(self, letter: str) -> bool:
        """Whether the review judges ``letter``'s device well placed and never badly."""
        got = self.verdicts.get(letter)
        return got is not None and (got == {-1} or self.all_good and not got)

    def chosen(self) -> str | None:
        """The one device judged badly and every other well, or the "None" option when all are judged well."""
        bad = [letter for letter, v in self.verdicts.items() if v == {1}]
        if len(bad) == 1 and not self.all_good and all(v == {-1} or self.others_good and not v
                                                       for letter, v in self.verdicts.items() if letter != bad[0]):
            return bad[0]
        if not bad and self.none is not None and all(v == {-1} or self.all_good and not v
                                                     for v in self.verdicts.values()):
            return self.none
        return None


def review(text: str, idx: OptionIndex, options: Mapping[str, str], question: str) -> Review | None:
    """The verdicts of a device-by-device review to "Which device is malpositioned?" (module docstring), else None:
    not such a question or options, a letter named, a device held open or judged both ways."""
    if _BAD.search(question) is None or _DENIAL.search(question) is not None \
            or _GOOD.search(question) is not None or _REVIEW_GOOD.search(question) is not None:
        return None  # (nor "One device is malpositioned. Which one is correctly positioned?")
    listed = _option_kinds(options)
    if listed is None or any(not m.by_text for m in find_mentions(text, idx)):
        return None
    kinds, none = listed
    by_kind = {kind: letter for letter, kind in kinds.items()}
    verdicts: dict[str, set[int]] = {letter: set() for letter in kinds}
    all_good = others_good = False
    parts = []
    for m in _PART.finditer(text):
        clauses = [c.group() for c in _COMMA_CLAUSE.finditer(m.group())]
        judged = [c for c in clauses if device_kinds(c) and _verdict(c) != 0]
        # "ETT fine, NG tube in the left main bronchus, CVC fine": each device judged in its own clause, not all of
        # them by the sentence's "fine"
        parts.extend(clauses if len(judged) > 1 else [m.group()])
    for part in parts:
        verdict = _verdict(part)
        named = {by_kind[k] for k in device_kinds(part) if k in by_kind}
        if verdict is None:
            if _ALL.search(part) is not None and not named:
                return None  # all of them held open or judged both ways
            for letter in named:
                verdicts[letter].add(0)  # a device held open or judged both ways: no verdict can stand
            continue
        if verdict == 0:
            continue
        if _ALL.search(part) is not None:  # "every line and tube is in good position", "none is malpositioned"
            if verdict > 0 or _EXCEPT.search(part) is not None:
                return None  # "all of them need repositioning", "all fine except the NG tube"
            if _OTHERS.search(part) is not None:
                others_good = True  # "all other lines and tubes are fine": not the "None" option
            else:
                all_good = True
            continue
        if not named:
            continue
        if verdict > 0 and len(named) > 1:
            return None  # two devices in one sentence judged badly: which one?
        for letter in named:
            verdicts[letter].add(verdict)
    return Review({letter: frozenset(v) for letter, v in verdicts.items()}, all_good, none, others_good)


def read_device_review(text: str, idx: OptionIndex, options: Mapping[str, str], question: str) -> str | None:
    """The option a device-by-device review chooses (module docstring), else None."""
    found = review(text, idx, options, question)
    return found.chosen() if found is not None else None


__all__ = ["RULE", "Review", "read_device_review", "review"]

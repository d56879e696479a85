"""Outputs that decline to answer, and outputs that hedge between answers.

Both are read only when no decision was found: a clear answer followed by
"please consult a radiologist" is an answer, not a refusal. ``refused``
("cannot determine from the image", "none of the options fits") and
``ambiguous`` ("it could be B or C") are counted apart from ``unparsed``
because they call for different fixes than a format problem does. The rules read no question: a reply they make
refused for words that refuse nothing asked ("I can't see any pneumothorax.", "Pneumothorax. I can't determine its
size.") is read again without them by ``extract/scoped_refusal.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from medstep.answers import hedges, image_access, negation
from medstep.lazyre import lazy_compile

_VERBS = (r"(?:determine|tell|say|answer|assess|interpret|view|see|identify|diagnose|choose|select|pick|provide|"
          r"make|give|help|evaluate|comment|decide|distinguish|analy[sz]e|reliably|confidently|definitively|"
          r"accurately|commit|settle)\b")
# Giving a recommendation: what a decline may decline beside the answer ("I'm not in a position to recommend a dose",
# "I can't advise on surgery"); one home for the verbs (``open_refusal``, ``other_question`` read them too).
ADVISING = r"(?:recommend|advise|prescribe|suggest)"
_SOFT_VERBS = r"(?:" + _VERBS + r"|" + ADVISING + r"\b)"
# The writer's modal of declining, after "I" / "we" ("can't", "won't", "am unable to", "'m not going to"): one home
# for the list ``open_refusal`` reads an opening decline with.
WRITER_MODALS = (r"(?:\s+(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|won['’]t|will\s+not|"
                 r"(?:am|are)\s+(?:unable\s+to|not\s+able\s+to|not\s+going\s+to))|"
                 r"['’](?:m|re)\s+(?:unable\s+to|not\s+able\s+to|not\s+going\s+to))")
# Declining in soft words (issue #7), one definition each (``held_open`` reads them as a decline on principle): "I'm
# not in a position to recommend a treatment", "I don't think I should pick one of these", "That's not a decision I
# can make from an image", "It isn't a call I can make". Run on lower-cased text ("'" or "’").
NOT_IN_POSITION = r"\bnot\s+in\s+a\s+position\s+to\s+"
THINK_NOT_SHOULD = r"(?:do\s+not|don['’]t)\s+think\s+(?:i|we)\s+should\s+"
NOT_MY_CALL = (r"(?:\bnot|n['’]t)\s+(?:a|the)\s+(?:decision|call|judge?ment|determination)\s+(?:that\s+)?(?:i|we)\s+"
               r"(?:can|could|should)\s+(?:really\s+)?make\b")
# "Whether to operate isn't something I can decide", "That's not something we're able to tell from one image"; not
# "see" or "view" ("This is not something we can see often: situs inversus."): a remark on rarity, no decline.
NOT_SOMETHING = (r"(?:\bnot|n['’]t)\s+something\s+(?:that\s+)?(?:i|we)\s*(?:can|could|(?:am|are|['’]m|['’]re)\s+able\s+to)"
                 r"\s+(?:\w+\s+)?(?:" + _SOFT_VERBS.replace("view|see|", "") + r"|(?:do|judge)\b)")
# What answers after a soft "not something I can ..." decline: a verdict word, a turn or a contrast ("It isn't something
# I can determine with certainty, but yes, there is ...", "Staging isn't something I can do. As for the question: no,
# ..."): the decline is of a side matter or of certainty, and the answer stands.
_ANSWERED_AFTER = lazy_compile(r"(?i)\b(?:yes|no|as\s+for)\b|" + hedges.words(hedges.TURN, hedges.CONTRAST))
SOFT_DECLINES = (NOT_IN_POSITION + r"(?:\w+\s+)?" + _SOFT_VERBS + "|" + THINK_NOT_SHOULD + r"(?:\w+\s+)?" + _SOFT_VERBS
                 + "|" + NOT_MY_CALL + "|" + NOT_SOMETHING)
# "I really can't choose", "we honestly cannot tell": an adverb between the writer and the modal.
_ADVERB = r"(?:(?:really|honestly|truly|simply|just|still|genuinely)\s+)?"
_SOMETHING = "something"
# "I cannot assist with identifying medical conditions from images." declines, "I cannot assist with treatment
# decisions, but yes, there is a fracture." answers (the decline of a side matter is set aside by
# ``extract/disclaimers.py``): read as ``_SOMETHING`` is, against ``_ANSWERED_AFTER``.
_ASSIST = "assist"
# The gates a decline is a decline under only when nothing answers after it.
_UNLESS_ANSWERED = frozenset({_SOMETHING, _ASSIST})
# (literal gate, pattern run on the lower-cased text when the gate is present; None: the gate suffices).
# A regex per gate: one large alternation over a long output costs tens of microseconds.
_RULES: tuple[tuple[str, re.Pattern[str] | None], ...] = tuple((gate, lazy_compile(p) if p else None) for gate, p in (
    ("unable to", r"unable\s+to\s+(?:\w+\s+)?" + _VERBS),
    ("not able to", r"not\s+able\s+to\s+(?:\w+\s+)?" + _VERBS),
    ("cannot", r"\b(?:i|we)\s+" + _ADVERB + r"cannot\s+(?:\w+\s+)?" + _VERBS),
    ("can't", r"\b(?:i|we)\s+" + _ADVERB + r"can't\s+(?:\w+\s+)?" + _VERBS),
    ("can not", r"\b(?:i|we)\s+" + _ADVERB + r"can\s+not\s+(?:\w+\s+)?" + _VERBS),
    ("could not", r"\b(?:i|we)\s+" + _ADVERB + r"could\s+not\s+(?:\w+\s+)?" + _VERBS),
    ("couldn't", r"\b(?:i|we)\s+" + _ADVERB + r"couldn't\s+(?:\w+\s+)?" + _VERBS),
    ("won't", r"\b(?:i|we)\s+won't\s+(?:\w+\s+)?" + _VERBS),
    ("will not", r"\b(?:i|we)\s+will\s+not\s+(?:\w+\s+)?" + _VERBS),
    ("think i can", r"(?:do\s+not|don't)\s+think\s+i\s+can\b"),
    # declining in soft words (issue #7, ``SOFT_DECLINES``)
    ("position to", NOT_IN_POSITION + r"(?:\w+\s+)?" + _SOFT_VERBS),
    ("think i should", THINK_NOT_SHOULD + r"(?:\w+\s+)?" + _SOFT_VERBS),
    (" make", NOT_MY_CALL),
    (_SOMETHING, NOT_SOMETHING),
    (_ASSIST, r"\b(?:i|we)" + WRITER_MODALS + r"\s+assist\b"),
    # "I don't know." / "I do not know the answer.": not "I don't know the history, but ..." (a caveat)
    ("know", r"\bi\s+(?:do\s+not|don't)\s+know(?:\s+(?:the\s+answer|which|what\s+(?:this|it)\s+is))?"
             r"\s*(?:[.!]|$)"),
    ("possible to", r"\b(?:not\s+possible|impossible)\s+to\s+(?:determine|tell|say|answer|choose|assess)\b"),
    ("be determined", r"\b(?:cannot|can't|could\s+not)\s+be\s+(?:reliably\s+)?determined\b"),
    ("undeterminable", None),
    # "... so any answer would be a guess.", "No answer is possible from this image.": no answer can be given
    ("any answer", r"\bany\s+answer\s+(?:i\s+(?:could\s+)?give\s+)?(?:would|will|could|might)\s+be\s+(?:(?:a|an|pure|just|only|mere|"
                   r"complete|total)\s+)*(?:guess\w*|speculat\w*|unreliable|arbitrary|misleading|invented|fabricated|"
                   r"shot\s+in\s+the\s+dark)"),
    ("no answer", r"\bno\s+(?:reliable\s+|definite\s+|meaningful\s+)?answer\s+is\s+possible\b"),
    ("insufficient", r"insufficient\s+(?:information|detail|data|image|resolution|quality|evidence)"),
    ("not enough information", None),
    ("none of the", r"none\s+of\s+the\s+(?:(?:given|listed|provided|offered|available|above|four|five)\s+)?"
                    r"(?:options|choices|answers|above)\b"),
    ("no option", r"no\s+option\s+(?:fits|matches|is\s+correct)"),
    ("as an ai", r"\bas\s+an\s+ai\b"),
    ("sorry", r"\bi'?m\s+sorry\b|\bsorry,\s+i\b"),
    ("to determine", r"\b(?:difficult|hard|impossible)\s+to\s+determine\b"),
    (" for me to", r"\b(?:difficult|hard|impossible)\s+for\s+me\s+to\s+(?:\w+\s+)?" + _VERBS),
    ("not sure", r"\bi'?m\s+not\s+sure\s+(?:where|what|which|whether|if|how)\b|\bi\s+am\s+not\s+sure\s+"
                 r"(?:where|what|which|whether|if|how)\b"),
    ("cautious about", r"\bcautious\s+about\s+(?:choosing|selecting|picking|answering|committing)\b"),
    ("to say", r"\b(?:difficult|hard|impossible)\s+to\s+say\b"),
    ("to tell", r"\b(?:difficult|hard|impossible)\s+to\s+tell\b"),
    ("to assess", r"\b(?:difficult|hard|impossible)\s+to\s+assess\b"),
    # torn between candidates: "It is difficult to choose between a carcinoma and a granuloma"
    # ("It can be difficult to distinguish ...": a general remark, not the writer declining)
    (" between", r"(?<!can\sbe\s)(?<!may\sbe\s)\b(?:difficult|hard|impossible)\s+to\s+(?:choose|decide|distinguish|differentiate|pick|separate)\s+"
                 r"between\b"),
    ("enough to", r"\bnot\s+(?:clear|good|detailed|visible)\s+enough\s+to\b"),
    # the image too poor to read, not a tube or an organ too low or small ("The ETT is too low.")
    ("too ", r"\btoo\s+(?:blurry|blurred|dark|noisy)\b|\b(?:image|images|resolution|quality|picture|photo|film|scan)"
             r"\s+(?:\w+\s+)?(?:is|was|are)\s+too\s+(?:low|small)\b|\btoo\s+(?:low|small)\s+(?:in\s+resolution|to|for)\b"),
    ("answer", r"\b(?:cannot|can't)\s+answer\b"),
    ("comfortable", r"\bnot\s+comfortable\s+(?:choosing|answering|selecting|making|giving|picking)\b"),
    ("allow", r"\b(?:does\s+not|doesn't|do\s+not|don't)\s+allow\s+(?:me|us|one)\s+to\s+(?:\w+\s+)?"
              r"(?:choose|determine|answer|select|decide|tell)\b"),
    ("an ai language model", None),
    ("posible", r"\b(?:no\s+es\s+posible|imposible)\s+(?:de\s+)?(?:determinar|decir|saber|precisar|valorar|evaluar|"
                r"identificar|responder)"),
    ("no puedo", r"\bno\s+puedo\s+(?:\w+\s+)?(?:interpretar|determinar|ver|analizar|evaluar|decir|responder)"),
    ("无法", None), ("不能确定", None), ("不确定", None), ("难以判断", None),
    # "我不能提供医学诊断" ("I cannot give a medical diagnosis"), "我没法判断": the writer declines, as "I cannot" does
    ("我", r"我(?:不能|没法|没有办法|不可以)(?:为您|给您|帮您|替您)?(?:提供|给出|作出|做出|判断|确定|诊断|回答|解读)"),
))
# Whole answers that decline ("<answer>unknown</answer>").
_WHOLE = frozenset({"unknown", "uncertain", "unsure", "not sure", "n/a", "na", "cannot determine", "undetermined",
                    "indeterminate", "cannot be determined", "not determinable"})
# Torn between options, unsure, or the answer only possible (``answers/hedges.py``).
# "both" weighs two answers ("both are possible", "both fit"), but after a preposition it counts what a finding
# spans ("hazy areas in both lungs", "on both sides"): a location, no hedge.
_LOCATED_BOTH = "".join(rf"(?<!\b{p} )" for p in ("in", "of", "on", "at", "to", "from", "across", "within", "into",
                                                  "involving", "affecting", "throughout"))
# "between" weighs two answers ("between B and C", "torn between"), but after a word of place or extent and before a
# structure it says where something lies ("a neck between the semimembranosus and gastrocnemius tendons", "fluid between the pleural layers").
_LOCATED_BETWEEN = "".join(rf"(?<!\b{p} )" for p in (
    "neck", "fluid", "space", "gap", "interval", "distance", "plane", "widening", "widened", "extending", "extends",
    "extend", "located", "lies", "lying", "situated", "sits", "passing", "passes", "collecting", "collection",
    "communication", "communicating", "connection", "herniating", "interposed", "sandwiched", "air", "gas", "joint",
    "cleft", "septum", "tract", "diastasis", "cyst", "mass", "lesion", "structure", "defect", "band", "bridge", "separation", "running", "runs", "coursing", "insinuating", "trapped"))
# ... and only before a structure named with its article: "between the two", "between the options" still weigh.
_NOT_A_PLACE = r"(?!\s+the\s+(?!two\b|three\b|options?\b|choices?\b|answers?\b|diagnos[ie]s\b|differentials?\b|candidates?\b))"
# "between" weighing (a pattern, no group; use inside ``(?i)``): not the place one.
WEIGHING_BETWEEN = _LOCATED_BETWEEN + r"\bbetween\b|\bbetween\b" + _NOT_A_PLACE
# ("either way" is "whatever the case": it weighs nothing against the answer that follows it)
_HEDGE = lazy_compile(
    "(?i)" + hedges.words([w for w in (*hedges.POSSIBILITY, *hedges.WEIGHING, *hedges.DOUBT)
                           if w not in ("both", "between", "either")])
    + r"|\beither\b(?![\s,]+way\b)|" + _LOCATED_BOTH + r"\bboth\b|" + WEIGHING_BETWEEN
    + "|" + hedges.alternation(hedges.ZH)
)


# The rules an ASCII text can meet: a gate with other characters ("无法", "我") is never in it (each gate is looked for
# in the whole text, and an output reaches here several times).
_ASCII_RULES = tuple(rule for rule in _RULES if rule[0].isascii())
# Words one of which every match of a gate's pattern holds beside its gate, read from the pattern: a second literal
# test before a regex whose gate is a common word (issue #7: "answer" stands in most replies, and its pattern was
# searched in 6 of 10 of the benchmark's outputs for a "cannot answer" none holds). Every alternative of the pattern
# names one of the words literally, so a text without them cannot match (``tests/test_refusal_gates.py`` checks it).
_HARD = ("difficult", "hard", "impossible")  # "(?:difficult|hard|impossible)\s+to ..."
_ALSO: dict[str, tuple[str, ...]] = {
    "answer": ("cannot", "can't"),  # "\b(?:cannot|can't)\s+answer\b"
    " between": _HARD, "to determine": _HARD, " for me to": _HARD, "to say": _HARD, "to tell": _HARD,
    "to assess": _HARD,
    "be determined": ("cannot", "can't", "could"),  # "(?:cannot|can't|could\s+not)\s+be ... determined"
    # "\b(?:i|we)" + ``WRITER_MODALS`` + "\s+assist": cannot, can't, can not, could not, couldn't, won't, will not,
    # (am|are) unable to / not able to / not going to, 'm / 're the same
    _ASSIST: ("can", "could", "won", "will", "able", "going"),
}


# Pieces several ASCII gates share, each rarer in replies than "to", "not" or "answer" (issue #12: the gates are looked
# for one by one in every reply, ~40 scans of its whole text, and nearly all are absent): a text without a piece holds
# none of the gates that contain it, so they are looked for only where it is. A gate containing none of the pieces is
# in the group of "" (in every text). The verdict is the rules' disjunction, so their order does not matter
# (``tests/test_refusal_gates.py`` checks the groups and the verdicts).
_SHARED_PIECES = (" to", "to ", "n't", "determin", "think i ", "an ai", "answer")


_Rule = tuple[str, "re.Pattern[str] | None"]


def _grouped(rules: tuple[_Rule, ...]) -> tuple[tuple[str, tuple[_Rule, ...]], ...]:
    """``rules`` grouped under the first of ``_SHARED_PIECES`` their gate contains ("" for none)."""
    groups: dict[str, list[_Rule]] = {}
    for rule in rules:
        groups.setdefault(next((piece for piece in _SHARED_PIECES if piece in rule[0]), ""), []).append(rule)
    return tuple((piece, tuple(group)) for piece, group in groups.items())


_ASCII_GROUPS = _grouped(_ASCII_RULES)


@lru_cache(maxsize=256)  # (asked of one output's body, its sentences and its rest by several readers in turn)
def is_refusal(text: str) -> bool:
    """Whether ``text`` declines to answer (see module docstring)."""
    low = text.lower().replace("’", "'")
    if low.strip(" \t\n.!*_\"'`()[]") in _WHOLE:
        return True
    for piece, rules in _ASCII_GROUPS if low.isascii() else (("", _RULES),):
        if piece not in low:
            continue
        for gate, pattern in rules:
            if gate in low and _fires(low, gate, pattern):
                return True
    return image_access.cannot_read_image(low)  # "I am an AI and cannot interpret this image" (one home)


def _fires(low: str, gate: str, pattern: re.Pattern[str] | None) -> bool:
    """Whether one rule whose gate ``low`` holds declines there: its second literals, then its pattern (if any)."""
    if gate in _ALSO and not any(map(low.__contains__, _ALSO[gate])):
        return False
    m = pattern.search(low) if pattern is not None else None
    # (a soft "not something I can ..." with an answer after it declines no answer)
    return pattern is None or m is not None and not (gate in _UNLESS_ANSWERED and _ANSWERED_AFTER.search(low, m.end()))


# Declining in the third person, without "I": "A diagnosis cannot be made without comparison films.", "Unclear from
# this image.", "The findings are nonspecific.", "More views would be needed."; declining to guess ("I'm not going to
# guess."), or asking for more instead of answering ("Please provide more information."). Read only on the opening sentence of
# an open answer (``extract/open_decision.py``): later in a text they are caveats after an answer, and the yes/no
# and choice readers keep :func:`is_refusal` alone.
_DEFERRAL = lazy_compile(
    r"(?i)\b(?:(?:diagnosis|determination|answer|assessment|identification)\s+(?:cannot|can't|could\s+not)\s+be\s+"
    r"(?:made|given|established|reached|provided)|(?:is|are)\s+not\s+possible\b|not\s+possible\s+(?:from|on|with|"
    r"without)\b|insufficient\s+(?:for|to)\b|(?:would|will)\s+need\s+(?:more|further|additional|another|other)\b|"
    r"(?:more|further|additional)\s+(?:views?|images?|information|history|imaging|context)\s+(?:(?:would|will)\s+be\s+|"
    r"is\s+|are\s+)?(?:needed|required|necessary)\b|difficult\s+to\s+(?:give|make|provide|name|pinpoint|specify)\b|"
    r"\bi\s+(?:don't|do\s+not|can't|cannot)\s+see\s+(?:a|any)\s+(?:definite|clear|obvious|convincing)\b|"
    r"\b(?:would|could|might)\s+(?:help|clarify)\b|"
    r"\b(?:not\s+going\s+to|won't|will\s+not|would\s+rather\s+not|prefer\s+not\s+to)\s+(?:guess|speculate)\b|"
    r"^[\s*_\"']*(?:please|kindly|could\s+you|can\s+you)\s+(?:provide|share|upload|send|give|attach|supply|describe|clarify|specify)\b|"
    r"(?:^|[.:;]\s*)(?:unclear|uncertain|indeterminate|nonspecific|non-specific|equivocal)\b(?!\s+(?:opacity|"
    r"lesion|mass|nodule|density|finding|area|focus|shadow))|(?:findings|appearances?|features)\s+(?:are|is)\s+"
    r"(?:nonspecific|non-specific|indeterminate|equivocal|unclear)\b)"
)


def defers(text: str) -> bool:
    """Whether ``text`` declines in other words than :func:`is_refusal` reads ("A diagnosis cannot be made from
    this image.", "Unclear from this image."); callers read :func:`is_refusal` first."""
    low = text.lower()
    return any(map(low.__contains__, _DEFERRAL_GATES)) and _DEFERRAL.search(text) is not None


# Literal words one of which every ``_DEFERRAL`` form holds: a cheap gate before the regex.
_DEFERRAL_GATES = ("cannot", "can't", "could not", "possible", "insufficient", "need", "required", "necessary",
                   "difficult", "unclear", "uncertain", "indeterminate", "specific", "equivocal", "see", "help",
                   "clarify", "guess", "speculate", "please", "kindly", "you ")


# The Chinese report's committing close "…可能性大" ("… is likely"), not the maybe-word 可能 it holds.
_ZH_LIKELY = lazy_compile(r"的?可能性(?:较|很|最|非常)?大")


def is_hedge(text: str) -> bool:
    """Whether ``text`` hedges ("could", "either", "torn between", "possibly")."""
    return _tail_hedges(text[-400:])


_ZH_DENIED_OR = lazy_compile(negation.ZH_DENIED_LIST)


@lru_cache(maxsize=1024)
def _tail_hedges(tail: str) -> bool:
    """:func:`is_hedge` of a text's last 400 characters, remembered: each answer phrase of a long line asks it of the
    same line's tail ("答案是" * 10,000: 1.3 s of regex searches for 15,000 characters, lane slow39c)."""
    if not tail.isascii() and "可能性" in tail:
        tail = _ZH_LIKELY.sub("", tail)  # "考虑肺结核可能性大" (tuberculosis likely) commits, "可能性不大" stays doubt
    if not tail.isascii() and "或" in tail:
        # "而非肝囊肿或血管瘤": the "or" of a rejected list offers nothing (``negation.ZH_DENIED_LIST``)
        tail = _ZH_DENIED_OR.sub(lambda m: m.group().replace("或", "、"), tail)
    if tail.isascii():
        # Every match of ``_HEDGE`` in ASCII text holds one of ``_HEDGE_GATES`` (lower-cased): a few substring
        # tests rule most texts out for less than the one regex search (tried at every character) costs.
        low = tail.lower()
        if not any(map(low.__contains__, _HEDGE_GATES)):
            return False
    return _HEDGE.search(tail) is not None


def _gates(entries: Iterable[str]) -> tuple[str, ...]:
    """The longest word of each entry, less those holding another ("maybe" holds "may"): every match of the
    entries' alternation in ASCII text holds one of them, lower-cased."""
    longest = {max(reversed(entry.split()), key=len) for entry in entries}  # (ties: the last word, less common)
    return tuple(sorted(w for w in longest if not any(v != w and v in w for v in longest)))


_HEDGE_GATES = _gates((*hedges.POSSIBILITY, *hedges.WEIGHING, *hedges.DOUBT))


# An answer offered as alternatives: "CT or MRI", "Axial or coronal.", "Right or left — …" (a bare pair
# opening the answer), or an "or" after a hedge in one sentence ("It could be in the liver or the right
# kidney.", "Possible findings include pneumonia, effusion, or a mass."). A negated list ("No effusion or
# pneumothorax.") is one answer, so a negation before the "or" vetoes both forms.
_BARE_PAIR = lazy_compile(
    r"(?i)^[\s*_\"']*(?:[\w-]+\s+){0,3}?[\w-]+\s+or\s+(?:[\w-]+[ \t]*){1,4}(?:[.!;:—–,(\n]|\Z)"
)
# A European language's hedge, then its own "or" (``answers/hedges.EUROPEAN``): "Podría ser una neumonía o una
# atelectasia.", "Pourrait être une pneumonie ou ...", "Wahrscheinlich X oder Y." (read by open answers'
# ``open_decision`` too).
_OTHER_HEDGES = {name: (*lang.maybe, *lang.could, *lang.likely, *lang.either) for name, lang in hedges.EUROPEAN.items()}


def other_hedged_or(*more_ors: str) -> str:
    """A European hedge, then in the sentence an "or" of its language (or one of ``more_ors``), as a pattern. The
    "or" stands as a word of its own: not the "o" of "3 o'clock" nor the "U" of "U-shaped" (a French "possible" is
    an English one too)."""
    return "|".join(hedges.words(_OTHER_HEDGES[name]) + r"[^.;!?\n]*?(?<![\w'’-])(?:"
                    + hedges.alternation(lang.ors, more_ors) + r")(?![\w'’-])" for name, lang in hedges.EUROPEAN.items())


# ("likely" only in "is likely due to": "The obstruction is likely due to adhesions or an internal hernia." offers two
# causes; "It is likely a cyst with no septa or nodules" and "Adhesions, likely due to surgery or radiation." choose one)
_HEDGED_OR = lazy_compile(r"(?i)\b(?:could|might|may|possibl[ey]|probably|either|includes?|include|(?:is|are|was|were)\s+"
                          r"(?:most\s+)?likely\s+(?:(?:due|secondary|related)\s+to|caused\s+by))\b[^.;!?\n]*?\bor\b")
_HEDGED_OTHER_OR = lazy_compile("(?i)" + other_hedged_or())
# Any European "or": the long alternation of ``_HEDGED_OTHER_OR`` is searched only in a sentence holding one (it
# tripled the cost of ``offers_alternatives`` on English text).
_OTHER_OR = lazy_compile(r"(?i)(?<![\w'’-])(?:" + hedges.alternation(hedges.OTHER_OR) + r")(?![\w'’-])")
_NEGATED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE) + "|"
                        + negation.CONTRACTION)
_SENTENCE = lazy_compile(r"[^.!?;\n]+")
# What ``_HEDGED_OR`` needs in an ASCII text, lower-cased: with no European "or" either (``_OTHER_OR``), a cheap test
# that skips the per-sentence searches in most texts.
_HEDGE_WORDS = ("could", "might", "may", "possibl", "probabl", "either", "includ", "alternativ", "maybe", "perhaps",
                "potentially", "likely")
# An alternative offered as such: "Could be a lymph node. Alternatively a cyst.", "Likely a skin fold, alternatively a
# pneumothorax." (a sentence or clause opening with the word).
_ALTERNATIVELY = lazy_compile(r"(?i)(?:\A|,)\s*(?:or\s+)?alternatively\b")
# ... and, in the closing sentence, one hedged after the "or": "It is a Jones fracture or maybe a stress fracture." ("...,
# or maybe an MR angiography. Probably CT." settles it after).
_OR_MAYBE = lazy_compile(r"(?i)\bor\s+(?:maybe|perhaps|possibly|potentially)\b")


_CLOSING = " \t\n.!;*_\"'”)"


def _asked(text: str, end: int) -> bool:
    """The sentence ending at ``end`` is a question the text goes on to answer ("Right or left? Right."): the
    alternatives are asked, not offered."""
    return text[end:end + 1] == "?" and bool(text[end + 1:].strip())


def _hedged_or(sentence: str) -> re.Match[str] | None:
    """The first "or" after a hedge in ``sentence``, English or European (see ``other_hedged_or``)."""
    english = _HEDGED_OR.search(sentence)
    other = _HEDGED_OTHER_OR.search(sentence) if _OTHER_OR.search(sentence) is not None else None
    if english is None or other is None:
        return english or other
    return other if other.start() < english.start() else english


def offers_alternatives(text: str) -> bool:
    """Whether a sentence of ``text`` offers two or more answers without choosing (see ``_BARE_PAIR``).

    Reading the first alternative as the answer would be a decision the
    model did not make; the caller reports ``ambiguous`` instead.
    """
    return next(_offers(text), None) is not None


def offered(text: str) -> tuple[tuple[str, int], ...]:
    """The sentences of ``text`` that offer alternatives (see :func:`offers_alternatives`), each with where its
    hedge starts ("This could be an abscess or a glioma.": 5; a bare pair: 0), so that a caller can tell a
    differential of its options from one of causes that are not among them."""
    return tuple(_offers(text))


def _offers(text: str) -> Iterator[tuple[str, int]]:
    head = text[:600]
    asked = "?" in head
    if head.isascii() and not any(map(head.lower().__contains__, _HEDGE_WORDS)) and _OTHER_OR.search(head) is None:
        # No hedge word, so no "or" after one: only a bare pair opening the text can offer alternatives
        # (the sentences a bare pair may open are those with nothing but spaces before them).
        for m in _SENTENCE.finditer(head):
            if m.start() and text[:m.start()].strip():
                return
            if asked and _asked(text, m.end()):
                return
            sentence = m.group()
            found = _BARE_PAIR.match(sentence)
            if found is not None and _NEGATED.search(sentence, 0, found.end()) is None:
                yield sentence, 0
                return
        return
    for m in _SENTENCE.finditer(head):
        if asked and _asked(text, m.end()):
            continue
        sentence = m.group()
        found = _BARE_PAIR.match(sentence) if m.start() == 0 or not text[:m.start()].strip() else None
        hedged = None if found is not None else _hedged_or(sentence) or _ALTERNATIVELY.search(sentence)
        found = found or hedged or (_OR_MAYBE.search(sentence) if not text[m.end():].strip(_CLOSING) else None)
        if found is not None and _NEGATED.search(sentence, 0, found.end()) is None:
            yield sentence, hedged.start() if hedged is not None else 0

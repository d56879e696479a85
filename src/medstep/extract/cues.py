"""The words before an option mention that make it a decision, matched word by word.

Each cue ends right before the mention: "the most likely finding is |C|",
"I would choose |C|", "the findings are consistent with |Option C|", "the
image shows a large |pleural effusion|". They are matched on the last few
lower-cased words of the clause, against word sequences, because a regular
expression anchored at the end of the text (``...\\Z`` with ``search``) is
retried at every start position and cost tens of microseconds per mention.

Words that may sit between the cue and the mention ("option", "choice",
articles; "most likely" after a copula) are skipped first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medstep.answers import hedges, negation
from medstep.answers.kinds import EXCEPTION_WORDS
from medstep.lazyre import lazy_compile

if TYPE_CHECKING:
    from medstep.extract.mentions import Mention

_TOKEN = lazy_compile(r"[a-z]+(?:'[a-z]+)?|[:：=→]|->|=>|[-–—]")

# Between the cue and the mention: "consistent with the option", "is: (option)".
_FILLERS = frozenset({"option", "choice", "a", "an", "the"})
# Between a copula and the mention: "is most likely", "would probably be".
_COPULA_ADVERBS = frozenset({"most", "likely", "probably", "clearly", "definitely", "therefore", "thus", "indeed",
                             "then", "still"})
_MARKS = frozenset({":", "：", "=", "→", "->", "=>", "-", "–", "—"})

# Decision nouns ("the most likely *finding* is"), and those that need no qualifier ("the *answer* is").
_NOUNS = frozenset({
    "answer", "option", "choice", "finding", "diagnosis", "conclusion", "description", "explanation", "abnormality",
    "interpretation", "impression", "match", "fit", "one", "selection", "pick", "reading", "response", "result",
    "verdict", "guess", "candidate", "category", "condition", "pathology", "lesion", "structure", "device",
    "statement", "cause", "fracture", "tissue", "change", "assessment", "determination", "exception", "feature",
})
_NOUN_ALONE_OK = frozenset({"answer", "conclusion", "selection", "pick", "verdict", "guess", "reading", "exception", "option",
                            "choice"})
# Of those, the ones that decide alone only as the subject of a copula right after them, in the singular: "so the
# option is E", "my choice is D"; not a label or a range ("Option scores: A=9", "none of the choices A–D").
_ALONE_BY_COPULA = frozenset({"option", "choice"})
NOUN_ALONE_OK = _NOUN_ALONE_OK  # (the nouns that name an answer with no qualifier: "the answer", "my pick")
_QUALIFIERS = frozenset({
    "best", "correct", "right", "final", "likely", "probable", "true", "accurate", "appropriate", "only", "my", "our",
    "leading", "top", "plausible", "consistent", "fitting", "suitable", "reasonable", "compatible", "most",
    "main", "primary", "principal", "dominant",
})
_DETERMINERS = frozenset({"the", "my", "our", "final"})
# Words that make a noun phrase the opposite of a decision ("the least likely finding is").
_CONTRARY = frozenset({"least", "less", "incorrect", "wrong", "unlikely", "other", "another", "alternative", "not"})
# Words that doubt the clause they introduce with "that": "It is unlikely that C is correct", "I doubt that C fits".
_DOUBTING = frozenset({"doubt", "doubtful", "untrue", "false", *hedges.UNLIKELY_WORDS})
_HARD = frozenset({"hard", "difficult", "impossible"})


def doubted(words: list[str]) -> bool:
    """Whether the words right before an option doubt it rather than choose it: "it is unlikely that |C|", "I doubt
    (that) it is |C|", "it's hard to say |C|" ("no doubt it is C" is certain). Runs for every option mention."""
    if len(words) < 2:
        return False
    last = words[-1]
    if last == "that":
        return words[-2] in _DOUBTING
    if last == "say":
        return len(words) > 2 and words[-2] == "to" and words[-3] in _HARD
    core = words[:-1] if last in ("the", "a", "an") else words
    if len(core) >= 3 and core[-2:] == ["to", "be"]:
        # "The injured nerve is unlikely to be the |ulnar nerve|", "less likely to be |C|"
        judged = core[-3]
        return judged in _DOUBTING or (judged in ("likely", "probable") and len(core) >= 4
                                       and core[-4] in hedges.LOWERING)
    if last not in ("is", "it's", "was"):
        return False
    tail = words[-5:]
    if "doubt" not in tail:
        return False
    i = tail.index("doubt")
    return (i == 0 or tail[i - 1] not in ("no", "without", "little")) and tail[i + 1:] in (
        ["it", "is"], ["it's"], ["that", "it", "is"], ["it", "was"], ["this", "is"])
_LABEL_PREFIX = frozenset({"final", "overall", "working", "primary", "main", "selected", "chosen", "most", "likely"})

_CHOOSE = (
    ("choose",), ("chose",), ("select",), ("selected",), ("pick",), ("picked",), ("go", "with"), ("going", "with"),
    ("opt", "for"), ("lean", "towards"), ("lean", "toward"), ("leaning", "towards"), ("leaning", "toward"),
    ("settle", "on"), ("favour",), ("favor",), ("answer", "with"), ("mark",), ("say",), ("guess",),
    ("i", "answer"), ("i'd", "answer"), ("would", "answer"), ("i'll", "answer"), ("will", "answer"),
    ("choosing",), ("selecting",), ("picking",), ("opting", "for"), ("settling", "on"), ("favouring",),
    ("favoring",), ("makes", "it"), ("making", "it"), ("make", "it"), ("tips", "it", "to"), ("tips", "it", "towards"),
    ("tips", "it", "toward"), ("commit", "to"), ("committing", "to"), ("stick", "with"), ("sticking", "with"),
    ("stay", "with"), ("staying", "with"), ("leaning",), ("assign",), ("assigning",), ("i'd", "assign"),
    ("prefer",), ("preferring",), ("go", "for"), ("going", "for"), ("went", "for"), ("went", "with"),
    ("i", "mean"), ("i", "meant"),  # a word restated: "B - I mean D.", "Sorry, I meant D."
)
_REVISE = frozenset({"change", "changing", "changed", "switch", "switching", "switched", "revise", "revising", "correct",
                     "correcting", "corrected", "update", "updating", "updated", "amend", "amending", "amended",
                     "revised"})
_LINK = (
    ("correspond", "to"), ("corresponds", "to"), ("corresponding", "to"), ("align", "with"), ("aligns", "with"),
    ("aligned", "with"), ("aligning", "with"), ("consistent", "with"), ("in", "keeping", "with"),
    ("compatible", "with"), ("described", "by"), ("described", "as"), ("point", "to"), ("points", "to"),
    ("pointing", "to"), ("point", "towards"), ("points", "towards"), ("pointing", "towards"), ("point", "toward"),
    ("points", "toward"), ("suggest",), ("suggests",), ("suggesting",), ("suggestive", "of"), ("indicate",),
    ("indicates",), ("indicating",), ("indicative", "of"), ("support",), ("supports",), ("supporting",),
    ("favors",), ("favours",), ("favoring",), ("favouring",), ("match",), ("matches",), ("matching",), ("fit",),
    ("fits",), ("fitting",), ("fit", "with"), ("fits", "with"), ("represent",), ("represents",), ("representing",),
    ("characteristic", "of"), ("diagnostic", "of"), ("typical", "of"), ("classic", "for"), ("diagnostic", "for"),
    ("pathognomonic", "of"), ("pathognomonic", "for"),
    ("characteristic", "appearance", "of"), ("typical", "appearance", "of"), ("classic", "appearance", "of"), ("in", "favour", "of"),
    ("in", "favor", "of"), ("that", "of"), ("explained", "by"), ("reflect",), ("reflects",), ("reflecting",),
    ("confirm",), ("confirms",), ("confirming",), ("identified", "as"), ("concerning", "for"), ("suspicious", "for"),
)
# Adverbs inside a linking phrase: "align best with", "correspond most closely to".
_LINK_ADVERBS = frozenset({"best", "most", "more", "closely", "highly", "entirely", "fully", "strongly", "clearly",
                           "also", "perfectly", "well"})
_MODALS = frozenset({"could", "may", "might", "can", "would"})
# A link's object restated as a clause of the case itself: "suggests that it is |X", "indicating that this is |X" (the
# subject is the case, the copula plain; "that it is not X" ends on "not", "that it may be X" on a modal: neither).
_THAT_SUBJECTS = frozenset({"it", "this", "these", "they"})
_THAT_COPULAS = frozenset({"is", "are", "represents", "represent"})
# The linking verb whose "would" identifies rather than supposes (see :func:`link`).
_CORRESPOND = frozenset({"correspond", "corresponds"})
# A cue that defines what a sign would prove ("diagnostic of", "pathognomonic for"): under a condition ("Fat would be
# diagnostic of a dermoid cyst; however ...", "if present, pathognomonic for X") it is hedged, as "would point to" is:
# it may name what the sign, not seen, would have shown.
_DEFINING = frozenset({"diagnostic", "pathognomonic"})
_SUPPOSED = frozenset({"would", "if", "were", "could", "might"})

_WEAK = (
    ("show",), ("shows",), ("showing",), ("demonstrate",), ("demonstrates",), ("demonstrating",), ("reveal",),
    ("reveals",), ("revealing",), ("depict",), ("depicts",), ("display",), ("displays",), ("there", "is"),
    ("there", "are"), ("evidence", "of"), ("signs", "of"), ("sign", "of"), ("appearance", "of"),
    ("appearance", "is", "that", "of"), ("features", "of"), ("this", "is"), ("it", "is"), ("it's",),
    ("looks", "like"), ("likely",), ("probably",), ("be",), ("case", "of"), ("consistent", "with"),
)
# Describing words between a weak cue and an option's text: "shows a large left-sided pleural effusion".
_DESCRIBING = frozenset({"a", "an", "the", "some", "clear", "obvious", "large", "small", "mild", "moderate", "severe",
                         "significant", "marked", "left", "right", "bilateral", "sided", "-"})
# ... of them, those that describe the degree or size of a noun still to come ("a large", "the severe"): an output
# ending on one after its article was cut before the noun (``extract/cut.py``).
DEGREE_BEFORE_NOUN = frozenset({"some", "clear", "obvious", "large", "small", "mild", "moderate", "severe",
                                "significant", "marked"}) & _DESCRIBING

# The writer in the first person ("I'd go with", "my pick"), as against someone else's choice ("Some might choose C").
WRITER = frozenset({"i", "i'd", "i'll", "i'm", "we", "we'd", "my"})


def tokens(left: str) -> list[str]:
    """The lower-cased words (and colon-like marks) at the end of ``left``."""
    return _TOKEN.findall(left[-140:].lower().replace("’", "'"))


def words(toks: list[str], n: int = 8) -> list[str]:
    """The words among the last ``n`` tokens, as a negation test reads them before a mention. A prefix "non-" is
    dropped unless it is the last token: "non-cardiogenic oedema (A)" denies "cardiogenic", the one word after it
    (``answers/negation.py`` NON), not the option named after the description; "non-(A)" would deny the option."""
    last = toks[-n:]
    return [t for i, t in enumerate(last) if t[0].isalpha()
            and not (t == "non" and last[i + 1:i + 2] == ["-"] and i + 2 < len(last))]


def _strip(toks: list[str], skip: frozenset[str]) -> int:
    i = len(toks)
    while i and toks[i - 1] in skip:
        i -= 1
    return i


def _by_last(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[-1], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _ends_with(toks: list[str], end: int, phrases: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Start index of the (longest) phrase ending at ``toks[end - 1]``, or -1."""
    if not end:
        return -1
    for phrase in phrases.get(toks[end - 1], ()):
        n = len(phrase)
        if end >= n and tuple(toks[end - n:end]) == phrase:
            return end - n
    return -1


_CHOOSE_BY_LAST = _by_last(_CHOOSE)
_LINK_BY_LAST = _by_last(_LINK)
_WEAK_BY_LAST = _by_last(_WEAK)
_CHOOSE_SKIP = _FILLERS | {"one", ":", "："}  # "if I had to pick one option: B"


# Words that, in a question asking which option does NOT hold, make a noun phrase the decision
# ("the finding that is not seen is", "the incorrect statement is").
_EXCEPTION_WORDS = frozenset(EXCEPTION_WORDS)
_CONTRARY_IN_EXCEPTION = _CONTRARY - _EXCEPTION_WORDS


def forward(toks: list[str], exception: bool = False) -> str | None:
    """Rule name when the words end in "<qualified decision noun> ... <copula or ':'>", else None.

    ``exception``: the question asks which option does NOT hold; then the
    negation that would make the noun phrase contrary qualifies it instead
    ("the finding that is not seen is"), and a bare label line ("Findings:
    X") lists what is seen, not the answer.
    """
    contrary = _CONTRARY_IN_EXCEPTION if exception else _CONTRARY
    i = _strip(toks, _FILLERS)
    i = _strip(toks[:i], _COPULA_ADVERBS)
    i = _strip(toks[:i], _FILLERS)
    if not i:
        return None
    last = toks[i - 1]
    if last in ("is", "are", "was", "remains", "becomes"):
        j = i - 1
    elif last == "be" and i >= 2 and toks[i - 2] in ("would", "will", "should", "must", "to"):
        j = i - 2
        if toks[j] == "to" and j >= 1 and toks[j - 1] in ("seems", "appears", "seem", "appear"):
            j -= 1
    elif last in _MARKS:
        j = i - 1
    else:
        return None
    start = max(0, j - 14)
    for k in range(j - 1, start - 1, -1):
        word = toks[k]
        noun = word[:-1] if word.endswith("s") and word[:-1] in _NOUNS else word
        if noun not in _NOUNS:
            continue
        between = toks[k + 1:j]
        before = toks[max(0, k - 3):k]
        if len(between) > 12 or not contrary.isdisjoint(between) or not contrary.isdisjoint(before) \
                or (not exception and any(w.endswith("n't") for w in between)):
            continue
        qualified = not _QUALIFIERS.isdisjoint(before) or (
            len(between) >= 2 and between[0] in ("that", "which") and not {"best", "most"}.isdisjoint(between[1:4]))
        if exception and not qualified:
            qualified = not _EXCEPTION_WORDS.isdisjoint(before + between) or any(w.endswith("n't") for w in between)
        if not qualified and last in _MARKS and not between and not (exception and noun != "answer"):
            # A label line: "**Diagnosis:** X", "Impression: X", "Most likely finding: X".
            qualified = all(w in _LABEL_PREFIX for w in toks[:k])
        if not qualified:
            if noun not in _NOUN_ALONE_OK or (before and before[-1] not in _DETERMINERS and before[-1] not in _MARKS):
                continue
            if noun in _ALONE_BY_COPULA and (word != noun or between or last in _MARKS):
                continue
        return "final_answer_phrase" if noun == "answer" else "conclusion_phrase"
    return None


# Verbs that place what was seen in a class of a scale or a name: "I would score it as TI-RADS 5", "I'd classify
# this lesion as Bosniak IIF", "I'd rate it grade III", "This would be classified as TR5", "I'd put it at BI-RADS 4".
_CLASSING = frozenset({"classify", "class", "categorize", "categorise", "score", "grade", "rate", "call", "label",
                       "stage", "designate", "characterize", "characterise", "diagnose", "interpret", "put", "place",
                       "puts", "putting", "places", "placing"})
_CLASSED = frozenset({"classified", "categorized", "categorised", "scored", "graded", "rated", "labelled", "labeled",
                      "staged", "designated", "characterized", "characterised", "diagnosed", "interpreted"})
_NO_SUBJECT = frozenset({"nothing", "none", "neither"})  # "Nothing places it in |X|"
# Naming verbs that take the class with no "as": "so it would be considered a plaque", "this would be termed |X|".
# Only after the image's own subject and "would be" (a definition's subject, "A lesion over 1 cm would be considered
# a plaque", or "could be called" supposes; a condition or a turn after it is the decision reader's to veto).
# class_subject._DEFINING overlaps ("called", "termed", "considered") but is a different job: participles that
# define a class ("is known as"); kept apart because "deemed" there would widen what a definition is.
_NAMED = frozenset({"considered", "called", "termed", "deemed"})
_NAMING_SUBJECT = frozenset({"it", "this", "that", "which"})
_PUT = frozenset({"put", "place", "puts", "putting", "places", "placing"})  # "put it at |X|", "places it in |X|"
# What the classing verb takes as its object before "as": "it", "this", "the nodule", "this lesion".
_CLASSED_OBJECT = frozenset({"it", "this", "that", "them", "these", "the", "lesion", "nodule", "mass", "cyst", "finding",
                             "findings", "injury", "case", "appearance", "study", "one"})


def _classes(toks: list[str], i: int) -> bool:
    """"score it as |X|", "classify the nodule as |X|", "is classified as |X|", "rate it |X|", "put it at |X|": a
    classing verb placing the image's finding in the option's class (``toks[:i]`` ends before the option). Not when
    the verb is denied ("I wouldn't call it |X|", "would not be classified as |X|")."""
    last = toks[i - 1]
    verb = -1
    if last in ("as", "at", "in"):
        j = i - 2
        if last == "as" and j >= 0 and toks[j] in _CLASSED:
            verb = j
        else:
            while j >= 0 and i - 2 - j < 3 and toks[j] in _CLASSED_OBJECT:
                j -= 1
            if j < i - 2 and j >= 0 and toks[j] in _CLASSING and (last == "as" or toks[j] in _PUT):
                verb = j
    elif i >= 2 and last in ("it", "this") and toks[i - 2] in _CLASSING and toks[i - 2] not in _PUT:
        verb = i - 2
    elif named_by_would(toks[:i]):
        verb = i - 1
    if verb < 0 or any(w in _DENYING or w in _POSSIBLY or w.endswith("n't") or w in _NO_SUBJECT
                       for w in toks[max(0, verb - 3):verb]):
        return False
    # "Rib destruction would place it in |X|": a finding supposed to class it; "I would put it at |X|" classes it
    return not (toks[verb] in _PUT and verb >= 1 and toks[verb - 1] in ("would", "will", "should")
                and toks[verb - 2:verb - 1] not in (["i"], ["we"]))


def named_by_would(toks: list[str]) -> bool:
    """"so it would be considered |X|": a naming verb after the image's subject and "would be" (see ``_NAMED``), with
    no possibility or condition earlier in the clause ("Some might say it would be called |X|")."""
    i = _strip(toks, _CHOOSE_SKIP)
    return (i >= 4 and toks[i - 1] in _NAMED and toks[i - 3:i - 1] == ["would", "be"]
            and toks[i - 4] in _NAMING_SUBJECT and _POSSIBLY.isdisjoint(toks[max(0, i - 12):i - 4])
            and _SUPPOSED.isdisjoint(toks[max(0, i - 12):i - 4]))


# "Lesions over 1 cm, which would be considered plaques, are not seen": "which" takes a general head ("a/any ...") or
# sits inside the subject of a clause that goes on to its own verb; the naming is a definition's, not this image's.
_WHICH_NAMED = lazy_compile(r"(?i)(?:^|[.;:!?\n])\s*(\w+)[^.;:!?\n]{0,160}?,\s*which\s+would\s+be\s+"
                            + hedges.words(_NAMED) + r"\s+(?:an?\s+|the\s+)?[\s*_\"'“]*\Z")
_GENERAL_HEAD = frozenset({"a", "an", "any", "all", "every", "each", "some"})
_CLAUSE_GOES_ON = lazy_compile(r"[^.;:!?\n,]{0,60},\s*(?:is|are|was|were|remains?|appears?|seems?|would|will|can|may|"
                               r"might|should|must|does|do|has|have)\b")


def which_aside(text: str, m: Mention) -> bool:
    """Whether the option ``m`` follows ", which would be considered" said of a general head ("Any lesion over 1 cm,
    which would be considered a plaque") or inside a subject whose own verb follows the next comma ("Lesions over
    1 cm, which would be considered plaques, are not seen"): a definition's naming (see ``_WHICH_NAMED``)."""
    w = _WHICH_NAMED.search(text[max(0, m.start - 220):m.start])
    return w is not None and (w.group(1).lower() in _GENERAL_HEAD or _CLAUSE_GOES_ON.match(text, m.end) is not None)


def classing(toks: list[str]) -> bool:
    """Whether ``toks`` end in a classing verb (:func:`_classes`) before the option."""
    i = _strip(toks, _CHOOSE_SKIP)
    return bool(i) and _classes(toks, i)


_DENYING = frozenset(negation.DENY + negation.NEVER)
# "One could call it |X|": a classing only possible is no choice.
_POSSIBLY = frozenset(hedges.POSSIBILITY + ("can",))


def classed_before(toks: list[str]) -> bool:
    """"I would score it as highly suspicious, |TI-RADS 5|": one to five words describing the class after a classing
    "as" (:func:`_classes`), then the option set off by a comma as the class's name."""
    return any(len(toks) > k + 1 and toks[-k - 1] == "as" and _DENYING.isdisjoint(toks[-k:])
               and _classes(toks, len(toks) - k) for k in (1, 2, 3, 4, 5))


def choose(toks: list[str]) -> bool:
    """"I would choose", "I'd go with", "changing my answer to", "none of the other options fit as well as", "I would
    score it as"."""
    i = _strip(toks, _CHOOSE_SKIP)
    if not i:
        return False
    if toks[i - 2:i] == ["make", "it"] and (i < 3 or toks[i - 3] in _MODALS or toks[i - 3] in ("to", "should", "must")):
        return False  # "which would make it Weber C", "enough to make it D": supposed; "the tails make it D" chooses
    if _ends_with(toks, i, _CHOOSE_BY_LAST) >= 0 or _classes(toks, i):
        return True
    if toks[i - 1] not in ("to", "as"):
        return False
    if i >= 2 and toks[i - 2:i] == ["answer", "to"] and not _REVISE.isdisjoint(toks[max(0, i - 5):i - 2]):
        return True
    if i >= 2 and toks[i - 1] == "to" and toks[i - 2] in _REVISE and toks[i - 2] != "correct":
        return True  # "correcting to C", "switching to D" ("correct to" is the adjective: "it is correct to say")
    if i >= 3 and toks[i - 1] == "to" and toks[i - 2] in ("it", "this", "that") and toks[i - 3] in _REVISE:
        return True  # "changing it to C"
    if i >= 3 and toks[i - 3:i] == ["as", "well", "as"]:
        window = toks[max(0, i - 12):i - 3]
        return ("none" in window or "no" in window) and "other" in window
    return False


def link(toks: list[str]) -> tuple[bool, bool]:
    """``(is a linking cue, is hedged by a modal)``: "are most consistent with", "would point towards"."""
    i = _strip(toks, _FILLERS)
    if i >= 4 and toks[i - 3] == "that" and toks[i - 2] in _THAT_SUBJECTS and toks[i - 1] in _THAT_COPULAS:
        i -= 3  # "indicating that it is a solid lesion" links as "indicating a solid lesion" does
    if not i or (toks[i - 1] not in _LINK_BY_LAST and toks[i - 1] not in _LINK_ADVERBS):
        return False, False
    core = [w for w in toks[max(0, i - 7):i] if w not in _LINK_ADVERBS]
    start = _ends_with(core, len(core), _LINK_BY_LAST)
    if start < 0:
        return False, False
    if core[start] in _DEFINING and not _SUPPOSED.isdisjoint(toks[max(0, i - 12):i]):
        return True, True
    before = core[max(0, start - 3):start]
    modal = not _MODALS.isdisjoint(before)
    if modal and "would" in before:
        # "I would say it corresponds to" / "would be most consistent with" commit; "would point to" hedges.
        w = before.index("would")
        modal = not (w > 0 and before[w - 1] in ("i", "we")) and not (w + 1 < len(before) and before[w + 1] == "be")
        if modal and w == len(before) - 1 and core[start] in _CORRESPOND:
            # "This would correspond to option B." names the option as "would be B" does (retired blind 31
            # b31-0102); "would correspond" under a condition is the reader's to veto, as any cue's is
            modal = False
        if modal and "best" in toks[max(0, i - 7):i] and w == len(before) - 1:
            w = max(k for k in range(max(0, i - 7), i) if toks[k] == "would")
            modal = toks[w + 1:w + 2] != ["best"]  # "would best fit |D|" ranks it first; "would fit |D|" supposes
    return True, modal


def weak(toks: list[str]) -> bool:
    """"the image shows (a large left) <option text>": a description, the weakest commitment."""
    i = _strip(toks, _DESCRIBING)
    return _ends_with(toks, i, _WEAK_BY_LAST) >= 0


__all__ = ["NOUN_ALONE_OK", "WRITER", "tokens", "forward", "choose", "classed_before", "classing", "link",
           "which_aside", "named_by_would", "weak"]

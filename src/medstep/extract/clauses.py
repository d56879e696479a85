"""Clauses around an option mention: where the clause holding it starts and ends, and whether it is negated.

Shared by the decision reader (:mod:`medstep.extract.decision`), the
revision check and the last-mention reader: each reads the words around a
mention, and a mention's clause must mean the same thing to all of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from medstep.answers import hedges, judgements, negation, revisions
from medstep.extract import cues, langwords
from medstep.extract.findings_words import POSTED_DENIAL
from medstep.extract.implicit_words import DENIED_LINK, may_deny_link
from medstep.extract.thresholds import NORMAL_SAID
from medstep.lazyre import lazy_compile

if TYPE_CHECKING:
    from medstep.extract.mentions import Mention

# Words right after a mention that reject it ("A is unlikely", "B can be ruled out", "C is not seen"). The marks before
# them are read possessively: the words open with a letter, which no mark is, so only the longest run of marks can
# precede them; given back one by one, 5,000 blanks took 25 s (each shorter first run re-read the rest as the second).
REJECTION = lazy_compile(
    r"(?i)\A[\s*\"'”)\]]*+(?:\([^()\n]{1,80}\)\s*+)?[\s*\"'”:]*+(?:(?:is|are|was|seems|appears|would\s+be|can\s+be|could\s+be|"
    r"should\s+be|has\s+been|looks|remains|appear|look|seem)\s+(?:also\s+|therefore\s+|thus\s+|clearly\s+)?)?"
    r"(?:not\b|n't|" + hedges.alternation(judgements.WRONG, judgements.SET_ASIDE, judgements.UNLIKELY, judgements.MISFIT,
                                      judgements.LOW_RANKED, judgements.PASSED_OVER)
    # ("Diabetic retinopathy rarely produces this.", "X is seldom this acute": said to seldom do what is seen)
    + r"|(?:(?:" + hedges.alternation(hedges.COMPARATIVE_INTENSIFIERS) + r")\s+)?less|least|(?:" + hedges.alternation(hedges.SELDOM) + r")(?=\s+(?:[a-z-]+\s+){0,3}(?:this|these|so|such)\b)"
    + r"|absent|unremarkable|unaffected|implausible|improbable|doesn't|does\s+not|cannot|can't|"
    r"(?:is|are|was|were|does|do|would|wo|could|should)n['’]t\b|"  # "Pulmonary hypertension isn't the answer."
    r"out\b(?!\s+of))"
)
# Words right after a mention that hold it in reserve ("X, which must be ruled out", "Y is still on the table", "Z
# remains a possibility", ``hedges.RESERVED``): kept in mind, not chosen; a few words between at most, so that a
# reserve said of the next option joined to it ("A is rare, and B should be excluded") is not read as this one's.
RESERVED_AFTER = lazy_compile(r"(?i)\A[\s*_)\]\"'”,]*(?:(?:which|that)\s+)?(?:[\w'’]+\s+){0,3}?"
                              + hedges.words(hedges.RESERVED))
# An option's text followed by a judgement of normal ("The left kidney is normal.", "Left kidney — unremarkable.",
# "Pneumothorax: none."): thresholds.NORMAL_SAID and the words of a part spared. After a colon or a dash the option is a
# heading and whatever its line calls normal is its verdict ("Appendicitis — normal appendix."); elsewhere the
# judgement must end its phrase ("Sinus rhythm, normal axis." calls the axis normal, not the rhythm).
NORMAL_WORDS = r"(?:" + NORMAL_SAID + r"|unaffected|spared|intact|patent|unobstructed|none|negative|clear)\b"
SAID_NORMAL = lazy_compile(
    r"(?i)\A[\s*\"'”)\]]*(?:[\s*]*[:\-–—]+[\s*\"'”]*" + NORMAL_WORDS + r"|"
    r"[\s*\"'”:,\-–—]*(?:(?:is|are|was|were|appears?|looks?|seems?|remains?)\s+(?:also\s+|entirely\s+|completely\s+)?)?"
    + NORMAL_WORDS
    + r"(?=[\s*_\"'”]*(?:[-.,;:!?)(\n]|\Z|(?:in|on|for|to|and|throughout|bilaterally|apart|except|at|of|size|sized|"
    r"appearance|appearing|calibre|caliber|contour|outline|morphology|echotexture|study|findings?)\b)))")
_STOPS = ".!?;\n？！。；"
_ASCII_STOPS = ".!?;\n"  # (the stops an ASCII window can hold: the full-width ones are not looked for there)
# A '.' followed by a non-space ("0.5", "C.") ends no clause; any other stop does (``clause_left``, ``clause_right``).
_FULL_WIDTH = {"？": "?", "！": "!", "。": ".", "；": ";"}  # a clause stop reported in its ASCII form
_CONTRASTS = (" but ", " however", " whereas ", " while ", " although ", " though ", " yet ") + revisions.CLAUSE_CUTS + (" sondern ",)
# Words that, among the last few before a mention, negate it ("not A", "rule out B", "unlike C").
# ("absent" is not one: "Absent: D" names the answer of a question asking which finding is absent.)
NEG_WORDS = negation.heads(negation.DENY, negation.NEITHER, negation.NEVER, negation.NON, negation.ABSENCE,
                           negation.EXCLUDED, negation.LOSS, negation.CANNOT, negation.OTHER_WITHOUT,
                           negation.OTHER_NOR, negation.OTHER_NONE, negation.OTHER_NONE_FORMS,
                           negation.OTHER_NOT) | frozenset({  # ("Sem pneumotórax.", "Keine ...", "Nicht normal")
    "unlike", "except", "excluding", "excludes", "against", "than", "besides", "versus", "vs", "eliminate",
    "eliminates", "eliminated", "eliminating", "discard", "discards", "discarded", "reject", "rejects", "rejected",
    "isn't", "aren't", "doesn't", "don't", "wouldn't", "less", "least", "rules", "ruling", "instead",
    "avoid", "avoids", "avoiding", "nobody", "away",
}) | langwords.REJECT_TOKENS
# Words that end the reach of a negation: "No, the answer is C" does not negate C.
_BARRIERS = frozenset({"is", "are", "was", "were", "be", "been", "answer", "option", "choice", "therefore", "so",
                       "thus", "hence", "it", "it's", "i", "correct", "best", "but", "and", "or"})


_MAKE = frozenset({"make", "makes", "making", "made"})
_ARTICLES = frozenset({"the", "a", "an"})
_CLOSERS = "*_\"'”)"


def _ends_after(window: str, j: int) -> bool:
    """Whether a '.' right before ``window[j]`` ends a sentence: a space follows, or markdown or a quotation closes
    first ("... lung disease.** Hypersensitivity ...", '... "C." Then ...')."""
    if window[j].isspace():
        return True
    while j < len(window) and window[j] in _CLOSERS:
        j += 1
    return j < len(window) and j > 0 and window[j - 1] in _CLOSERS and window[j].isspace()


def clause_left(text: str, start: int) -> str:
    """Left context of a mention back to its clause start: the last sentence stop, then the last contrast word."""
    window = text[max(0, start - 150):start]
    cut, n = 0, len(window)
    for c in _ASCII_STOPS if window.isascii() else _STOPS:  # only a stop after the latest one found so far can
        # move the cut (searched from there)
        i = window.rfind(c, cut)
        if c == ".":  # (a '.' before a non-space ends none; "disease.** Next" ends one)
            while i >= 0 and i + 1 < n and not _ends_after(window, i + 1):
                i = window.rfind(c, cut, i)
        if i + 1 > cut:
            cut = i + 1
    low = window[cut:].lower()
    more = 0
    for w, k in _CONTRAST_LENGTHS:  # only an occurrence ending after the latest end found so far moves it
        i = low.rfind(w, more - k + 1 if more >= k else 0)
        if i >= 0 and i + k > more:
            more = i + k
    return window[cut + more:]


_CONTRAST_LENGTHS = tuple((w, len(w)) for w in _CONTRASTS)
_RIGHT_CONTRASTS = (", but", ", however", ", whereas", ", while", ", although", ", though", ", yet", " but ",
                    " whereas ")
# (those opening with a comma are looked for only in a clause that holds one)
_OTHER_CONTRASTS = tuple(w for w in _RIGHT_CONTRASTS if not w.startswith(","))


# Where a clause of reason opens after the main one (``hedges.REASON``): after a comma or a dash, or "because"
# anywhere; not ", as well as", ", as in", ", as such" (one more item, an example, a link).
REASON_OPENS = lazy_compile(r"(?i)(?:,|\s[—–-])\s*(?:" + hedges.alternation(hedges.REASON)
                             + r")\b(?!\s+(?:well|in|such|with|for|to|of|a\s+result)\b)|\bbecause\b")


def after_reason(left: str) -> str:
    """``left`` (a mention's :func:`clause_left`) from the end of its last clause-of-reason opener: "I'd go with C as
    the best fit here, since a |Pancoast tumour": a cue before the reason decides the option before it, and what the
    reason names is the ground, never the choice (issue #7)."""
    cut = 0
    for found in REASON_OPENS.finditer(left):
        cut = found.end()
    return left[cut:]


# A candidate set aside for another in the short noun phrase right after the marker (``negation.INSTEAD``, "unlike"):
# "unlike a typical |X", "rather than the patchy peribronchiolar foci of |bronchopneumonia". Only that noun phrase: with
# no comma after it the main clause's verb follows at once ("Rather than operating start with |cabergoline", "Instead of
# surgery first-line care means |cabergoline"), and nothing tells a verb from a noun here, so a longer run is not read
# (``negated`` reads only the last three words). At most two words before the mention, or four before "of".
_PHRASE_WORD = r"(?!(?:the|an?)\s)[^\W\d_][\w'’-]*\s+"
_SET_ASIDE = hedges.alternation(negation.INSTEAD, negation.PREFERRED_OVER, ("unlike",))
_INSTEAD_PHRASE = lazy_compile(r"(?i)\b(?:" + _SET_ASIDE + r")[\s*_\"'“]+((?:(?:the|an?)\s+)?"
                               r"(?:(?:" + _PHRASE_WORD + r"){0,2}|(?:" + _PHRASE_WORD + r"){1,4}of\s+(?:(?:the|an?)\s+)?)[*_\"'“]*)\Z")
# "The crescent shape distinguishes it from |an epidural hematoma", "which differentiates this lesion from |a cyst": what
# the case is told apart from is set aside as ``_SET_ASIDE`` sets it, in a finite, affirmed telling apart (not "cannot
# be distinguished from X", "difficult to differentiate from X": a choice held open, ``hedges.TELL_APART``).
_TOLD_APART_PHRASE = lazy_compile(
    r"(?i)(?<!\bto\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bnot\s)(?<!n't\s)\b(?:distinguish|differentiat)(?:es|ed|ing)\s+"
    r"(?:(?:it|this|them|these|(?:the|this)\s+[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+)?from[\s*_\"'“]+((?:(?:the|an?)\s+)?"
    r"(?:(?:" + _PHRASE_WORD + r"){0,2}|(?:" + _PHRASE_WORD + r"){1,4}of\s+(?:(?:the|an?)\s+)?)[*_\"'“]*)\Z")
# Words that end the noun phrase: a verb or clause word, or what ties the phrase to another ("typical of", "with").
_PHRASE_BARRIERS = frozenset({"is", "are", "was", "were", "be", "which", "that", "so", "therefore", "thus", "hence", "i",
                              "we", "it", "this", "answer", "option", "choice", "but", "or", "characteristic", "seen", "with",
                              "suggests", "means", "needs", "has", "have", "use", "start", "respond", "shows", "fits",
                              "favours", "favors", "points"})


def set_aside_for_another(left: str) -> bool:
    """Whether the mention after ``left`` stands in the noun phrase of a candidate set aside ("rather than the patchy
    foci of X", "unlike a typical X", "distinguishes it from an X": told apart from the case)."""
    window = left[-120:]
    instead, apart = _may_set_aside(window)
    found = (_INSTEAD_PHRASE.search(window) if instead else None) \
        or (_TOLD_APART_PHRASE.search(window) if apart else None)
    return found is not None and _PHRASE_BARRIERS.isdisjoint(cues.tokens(found.group(1))) \
        and _TYPICAL_OF.search(found.group(1)) is None


_TYPICAL_OF = lazy_compile(r"(?i)\btypical(?:ly)?\s+of\b")

# The first word of each entry of ``_SET_ASIDE`` and of the telling apart: a window holding none of them cannot match
# ``_INSTEAD_PHRASE`` or ``_TOLD_APART_PHRASE``. Both are tried at every position of the 120-character window of every
# mention (a few hundred microseconds each, the hottest call on "A B C D " x 3,750 to a choice question, issue #12).
_SET_ASIDE_FIRST = frozenset(w.split()[0].lower() for w in (*negation.INSTEAD, *negation.PREFERRED_OVER, "unlike"))
_TOLD_APART_FIRST = ("distinguish", "differentiat")


def _may_set_aside(window: str) -> tuple[bool, bool]:
    """Whether ``window`` may match ``_INSTEAD_PHRASE``, and ``_TOLD_APART_PHRASE``: by a word test on its lower case,
    exact for ASCII text only (under ``(?i)`` a non-ASCII letter such as "ſ" or "K" may stand for an ASCII one), so
    any other window is searched as before."""
    if not window.isascii():
        return True, True
    low = window.lower()
    return any(w in low for w in _SET_ASIDE_FIRST), any(w in low for w in _TOLD_APART_FIRST)  # "the washout pattern typical of |X" ties the phrase to X


def clause_right(text: str, end: int) -> tuple[str, str]:
    """Right context up to the clause end, and the character that ended it ('' at text end)."""
    window = text[end:end + 160]
    stop, char = len(window), ""
    n = stop
    for c in _ASCII_STOPS if window.isascii() else _STOPS:  # only a stop before the earliest one found so far can
        # end the clause (searched up to it)
        i = window.find(c, 0, stop)
        if c == ".":  # (a '.' before a non-space ends none; "disease.** Next" ends one)
            while i >= 0 and i + 1 < n and not _ends_after(window, i + 1):
                i = window.find(c, i + 1, stop)
        if 0 <= i < stop:
            stop, char = i, c
    low = window[:stop].lower()
    # The clause ends at the earliest contrast: each search stops where the earliest one found so far starts.
    for w in (_RIGHT_CONTRASTS if "," in low else _OTHER_CONTRASTS):
        i = low.find(w, 0, stop + len(w) - 1)
        if 0 <= i < stop:
            stop, char = i, ","
    return window[:stop], _FULL_WIDTH.get(char, char)


# A mark after a mention that hands it a verdict of its own ("Dislocation – excluded.", "Fracture -- nil",
# "Effusion, absent"), and where that verdict's clause ends.
_MARKED = lazy_compile(r"\A[\s*_\"'”)\]]*(?:[:：,]|[-–—]{1,2})[\s*_]*")
_VERDICT_END = lazy_compile(r"[.;!?\n,]")


def posted_denial(right: str) -> bool:
    """Whether the text ``right`` after a mention is a mark and a verdict denying it, and nothing more in its clause
    (``findings_words.POSTED_DENIAL``: "Dislocation – excluded.", "Fracture — none.", "Pneumothorax: not seen"):
    the option is named to be denied."""
    mark = _MARKED.match(right)
    if mark is None:
        return False
    stop = _VERDICT_END.search(right, mark.end())
    return POSTED_DENIAL.match(right[mark.end():stop.start() if stop is not None else len(right)]) is not None


def list_rejected(right: str) -> bool:
    """A mention heading a list whose predicate rejects it with the rest: "... so mesothelioma, effusion and asbestosis
    are not supported." sets each item aside, the first as much as the last (whose own clause reads the rejection
    right after it). The list must close on "and" / "or" / "nor" (a bare comma may open a clause of its own) and its
    predicate reject (:data:`REJECTION`) with nothing else between."""
    after = _LIST_AFTER.match(right)
    if after is None or not after.group("items").strip(" ,"):
        return False
    return not {"and", "or", "nor"}.isdisjoint(cues.tokens(after.group("items"))) \
        and REJECTION.match(after.group("rest")) is not None


def head_rejected(right: str) -> bool:
    """Whether the text after a list of options names their shared head noun and then a predicate rejecting them
    (:data:`REJECTION`): "inguinal, umbilical or femoral |hernias are not present|" denies every item of the list."""
    head = _HEAD_THEN.match(right)
    return head is not None and REJECTION.match(right[head.end():]) is not None


# The one plain noun a list of options may share before its predicate: no verb, no negation, no other clause.
_HEAD_THEN = lazy_compile(r"(?i)[\s*_]+(?!(?:is|are|was|were|not|no|has|have|can|may|might|could|would|should|being)\b)"
                          r"[a-z]{3,}(?=\s)")


def named_last(text: str, found: Sequence[Mention], letter: str) -> bool:
    """Whether the first sentence of ``text`` (``found``: its option mentions) closes on ``letter``'s option, not
    negated: what a description before it was called ("... a thick-walled mass. This is a lung abscess.", "... Hence
    lung abscess."), not a sentence about the option ("Kerley B lines reflect venous hypertension.")."""
    stop = _NEXT_STOP.search(text)
    sentence = text[:stop.start()] if stop is not None else text
    ends = [m for m in found if m.letter == letter and m.end <= len(sentence)
            and not sentence[m.end:].strip(_CLOSING_MARKS)]
    return bool(ends) and not negated(cues.tokens(sentence[:ends[-1].start]), "")


_NEXT_STOP = lazy_compile(r"(?<=\w\w)[.!?](?:\s|\Z)|\n\s*\n")
_CLOSING_MARKS = " \t\n*_\"')]”"


def negated(words: list[str], right: str, rejection_checked: bool = False) -> bool:
    """A negation among the last three ``words`` before the mention, or a rejection right after it."""
    if cues.doubted(words):
        return True  # "It is unlikely that C is correct", "I doubt it is C", "It's hard to say C"
    if len(words) >= 2 and words[-1] == "it" and words[-2] in _MAKE:
        words = words[:-1]  # "the tails do not make it D": "it" is the verb's object, no barrier to its negation
    elif len(words) >= 3 and words[-1] in _ARTICLES and (cues.choose(words[:-1]) or cues.link(words[:-1])[0]):
        words = words[:-1]  # "do not go for the syrinx": the article of the chosen noun, no barrier to the verb's negation
    if len(words) > 3 and cues.link(words)[0]:
        # "are not the characteristic appearance of": the cue's own "not", only articles or adverbs between
        cue = next(k for k in range(1, len(words) + 1) if cues.link(words[-k:])[0])
        subject = words[max(0, len(words) - cue - 3):len(words) - cue]
        if len(subject) == 3 and subject[0] in _NONE_OF and subject[1] == "of" and subject[2] in _REFERRED:
            return True  # "... and it doesn't enhance — none of which fits a solid thymoma": no feature links to it
        for w in reversed(subject):
            if w == "not" or w.endswith("n't"):
                return True
            if w not in _ARTICLES and w not in ("really", "quite", "very", "entirely", "so", "that"):
                break
    words = words[-3:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "instead" and words[i + 1:i + 2] != ["of"]:
            continue  # "so it is atrophy instead — C": only "instead of C" sets the option aside
        if w in NEG_WORDS or w.endswith("n't") or (w == "rule" and i + 1 < len(words) and words[i + 1] == "out"):
            return True
        if w in _BARRIERS:
            break
    return not rejection_checked and (REJECTION.match(right) is not None or langwords.rejects_after(right))


# A subject that denies every feature just named the link to an option: "none of which fits", "neither of these suggests".
_NONE_OF = frozenset({"none", "neither"})
_REFERRED = frozenset({"which", "these", "those", "them", "this", "it", "that"})


# The words that deny a finding's presence right before it ("no", "without", "nor"), and the two-word ones by their
# first word ("absence of", "negative for", "free of", "lack of").
_ABSENCE_WORDS = frozenset(negation.DENY[:1] + negation.DENY[2:] + negation.NEITHER)
_ABSENCE_PAIRS = frozenset(tuple(p.split()) for p in negation.BEFORE + ("lack of",))


def denies_presence(words: list[str]) -> bool:
    """A denial of presence among the last three ``words`` before a mention, with no barrier after it ("no cortical
    break", "without a periosteal reaction", "absence of marrow oedema"): to a question asking which finding is NOT
    present, the option denied so is the answer."""
    words = words[-3:]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _ABSENCE_WORDS or tuple(words[i:i + 2]) in _ABSENCE_PAIRS:
            return True
        if words[i] in _BARRIERS:
            return False
    return False


# A denial heading a list of findings, and what may stand between it and the list's first item ("no evidence of").
_HEADS = r"\b(?:" + hedges.alternation(negation.DENY[:1], negation.DENY[2:], negation.NEITHER[:1], negation.BEFORE,
                                       negation.NIL, ("absence of",)) + r")\s+"
_LIST_HEAD = lazy_compile(r"(?i)" + _HEADS)
# Words that end a list of findings: a verb, a subject of a new clause, a positive "with".
_NOT_ITEM = ("is", "are", "was", "were", "be", "been", "there", "it", "this", "which", "that", "with", "has", "have",
             "shows", "show", "showing", "but", "i", "we", "answer", "option", "so", "therefore", "thus"
             ) + negation.SEEN + negation.SEEN_RARE
# A list item: a few words (hyphens and apostrophes inside) between the separators ", ", "or", "nor", "and".
_WORD = r"(?!(?:" + hedges.alternation(_NOT_ITEM, ("or", "nor", "and")) + r")\b)[\w'-]+"
_ITEM = _WORD + r"(?:\s+" + _WORD + r"){0,3}"
# ... commas between them, and "or" / "nor" / "and" only before the last ("No effusion or collapse, consolidation
# is seen." closes the list at "collapse").
_CLOSING = r"\s*,?\s+(?:or|nor|and)\s+"
_LIST_BEFORE = lazy_compile(r"(?i)\A(?P<items>(?:" + _ITEM + r"\s*,\s*)*(?:" + _ITEM + _CLOSING + r")?)"
                            r"(?:(?:the|an?|any)\s+)?[\s*_\"'“]*\Z")
_LIST_AFTER = lazy_compile(r"(?i)\A[*_\"'”]*(?P<items>(?:\s*,\s*" + _ITEM + r")*(?:" + _CLOSING + _ITEM + r")?)"
                           r"(?P<rest>[^.;:!?\n]*)")
_SEEN_AFTER = lazy_compile(r"(?i)\A[\s*_\"'”)]*(?:is|are|was|were)\s+(?:" + hedges.alternation(negation.SEEN, negation.SEEN_RARE)
                           + r")\b")


# A whole list a denial heads, for the readers that take a sentence's words without reading its negations by mention.
_DENIED_LIST = lazy_compile(r"(?i)" + _HEADS + r"(?P<items>" + _ITEM
                            + r"(?:\s*,\s*" + _ITEM + r")*" + _CLOSING.replace(r"(?:or|nor|and)", r"(?P<conj>or|nor|and)")
                            + _ITEM + r")(?P<rest>[^.;:!?\n]*)")


def without_denied_lists(text: str) -> str:
    """``text`` less each list that a denial heads (as :func:`list_denied` reads one): "Negative for pneumothorax,
    fluid or consolidation." states none of the three, to a reader of words that would see "consolidation" alone.
    Each denied link is made a plain denial first (:func:`deny_links`): in "no cherry-red spot or whitening to suggest
    an artery occlusion" the list's last item would run on into the link, and its cut leave "artery occlusion" standing."""
    def cut(m: re.Match[str]) -> str:
        if m.group("conj").lower() == "and" and _SEEN_AFTER.match(m.group("rest")) is None:
            return m.group()
        return " " + m.group("rest")
    return _DENIED_LIST.sub(cut, deny_links(text))


def list_denied(left: str, right: str) -> bool:
    """A mention inside a list of findings that a denial heads: "No pneumothorax, effusion or consolidation is
    seen." denies consolidation as it denies pneumothorax, though three words or more stand between "no" and it.

    ``left`` is the mention's clause before it (:func:`clause_left`), ``right`` the clause after it. The list must
    be one: items of at most four words, nothing that opens a clause of its own between them, and closed by "or" /
    "nor" (a choice denied item by item), or by "and" with the whole list the subject of a word of seeing ("No
    effusion, collapse and consolidation are seen."). A telegraphic report's commas separate statements ("No
    pneumothorax, small effusion and consolidation at the base." states the last two), so "and" alone is none.
    """
    head = None
    for head in _LIST_HEAD.finditer(left):
        pass
    if head is None:
        return False
    before = _LIST_BEFORE.match(left[head.end():])
    if before is None:
        return False
    items = before.group("items")
    after = _LIST_AFTER.match(right)
    tail = after.group("items") if after is not None else ""
    words = cues.tokens(items + " " + tail)
    if "or" in words or "nor" in words:
        return True
    rest = after.group("rest") if after is not None else right
    return "and" in words and _SEEN_AFTER.match(rest) is not None


# A circumstance with its own denial, set off by its comma right before the mention: "For a first-time finding with no
# prior imaging, **BI-RADS 3** is appropriate." The denial is the circumstance's, not the mention's.
_CIRCUMSTANCE = lazy_compile(r"(?i)\b(?:with\s+no|without|in\s+the\s+absence\s+of|given\s+no)\s+[^,;:.!?()\n]{1,50},"
                             r"[\s*_\"'“]*\Z")
# What carries a list of denied findings on after the mention ("With no effusion, collapse or ..."): no predicate of its own.
_LIST_ON = lazy_compile(r"(?i)[\s*_\"'”)]*(?:,|\bor\b|\bnor\b|\band\b|\Z)")


def circumstance_denied(left: str, right: str) -> bool:
    """Whether the denial before a mention belongs to a circumstance closed by its comma (``left`` ending "... with no
    prior imaging, "), the mention followed by a predicate of its own (``right``: "is appropriate"), not a list."""
    return _CIRCUMSTANCE.search(left[-80:]) is not None and _LIST_ON.match(right) is None


def link_denied(left: str, text: str = "", start: int = 0) -> bool:
    """Whether the mention's clause before it (``left``) ends on a denial of what would point to it: "There is no
    septation to suggest a cystic hygroma", "nothing to indicate an abscess". What is denied as suggested is no
    finding stated, any more than "no cystic hygroma" is (the link is ``implicit_words.DENIED_LINK``, shared with the
    yes/no readers). With ``text`` and the mention's ``start``, also a whole sentence denying a longer list of
    features before the link (``_DENIED_LIST_LINK``)."""
    tail = left[-120:].rstrip(" \t*_\"'“")
    if may_deny_link(tail) and any(m.end() in (len(tail), len(tail) + 1) for m in DENIED_LINK.finditer(tail + " ")):
        return True
    return bool(text) and _DENIED_LIST_LINK.search(text, max(0, start - 300), start) is not None


# A sentence opening on a denial of seeing or of presence ("I don't see", "There is no", "No"), then only the features
# it denies (a list: no turn, no verb of its own) and the link tying them to a finding, up to the mention: "I don't see
# bone-spicule pigment, macular drusen, or a cherry-red spot with a pale retina that would point to a central retinal
# artery occlusion." denies the occlusion as ``DENIED_LINK`` does after a shorter list (issue #7).
_LIST_LINK = (
    r"(?:(?:i\s+)?(?:do\s+not|don't|don’t|did\s+not|didn't|didn’t|cannot|can't|can’t)\s+"
    r"(?:see|identify|appreciate|find|observe)|there\s+(?:is|are|was|were)\s+no|no)\s+"
    # ("no question within our review to suggest X is anything but ...": affirms; "No one would dispute the whitening
    # that points to X": no one denies it, a modal names a verb of the sentence's own, no list of features)
    r"(?!(?:doubt|question|wonder|one)\b)"
    r"(?:(?!\b(?:but|however|though|although|yet|while|whereas|is|are|was|were|shows?|showing|seen|present|"
    r"would|could|should|can|will|may|might|must|"
    r"my|our|your|his|her|their|and\s+(?:there|it|this|the))\b)[^.!?;:\n]){1,200}?"
    r"\b(?:to|that|which)\s+(?:would\s+|could\s+|might\s+)?(?:suggest|indicate|support|point\s+(?:to|towards?))\s+"
    r"(?:(?:an?|any|the)\s+)?")
# A list item's marker opening the sentence, as a line break does ("- There is no cephalization, Kerley B lines, or
# perihilar haziness to suggest pulmonary edema (D)."): the bullet or number is layout, the denial follows it.
_ITEM_MARK = r"(?:(?:[-•–]|\d{1,2}[.)])[ \t]+[*_]*)?"
# (a sentence may open on a conjunction that joins it to the denials before it: "And there are no solid papillary
# projections to suggest D." denies as "There are no ..." does)
_DENIED_LIST_LINK = lazy_compile(r"(?i)(?:\A|[.!?;:\n]\s*)[\s*_]*" + _ITEM_MARK + r"(?:(?:and|also|plus)\s+)?" + _LIST_LINK
                                 + r"[\s*_]*\Z")
# The same link opening a sentence, to be written as a plain denial (``deny_list_links``).
_LIST_LINK_OPENING = lazy_compile(r"(?i)(?:(?<=\A)|(?<=[.!?;:\n]))[\s*_]*" + _LIST_LINK)


def deny_list_links(text: str) -> str:
    """``text`` with each sentence that denies a list of features before the link to a finding written as a plain
    denial of the finding: "I don't see drusen, or a cherry-red spot that would point to an occlusion." as "no
    occlusion." (the readers of an option's concept then read it denied, as after ``deny_links``)."""
    return _LIST_LINK_OPENING.sub(" no ", text)


def deny_links(text: str) -> str:
    """``text`` with each denied link to a finding written as a plain denial of it: "no washout to indicate
    carcinoma" as "no carcinoma" (one space kept, for readers that match word runs)."""
    return DENIED_LINK.sub(lambda m: "no" if m.string[m.end():m.end() + 1].isspace() else "no ", text)

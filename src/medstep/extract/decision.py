"""The decision-sentence reader: which option does a free-text output commit to?

A chain of thought mentions every option; only some mentions are decisions.
A mention (:mod:`medstep.extract.mentions`) becomes a *commitment* when the
words around it make it one, in any of these shapes:

* ``final_answer_phrase`` / ``conclusion_phrase``: a decision noun, then a
  copula, then the option: "the answer is C", "the most likely finding in
  this X-ray is (option) A) ...", "the conclusion is A) normal", "The
  correct answer seems to be: B)", "the option that best fits is C";
* ``letter_judgement``: the option, then a judgement: "Option D is the most
  fitting description", "B best describes ...", "C seems most consistent";
* ``linking_verb``: "the findings correspond to / align with / are best
  described by / point to / are consistent with Option C: text";
* ``choice_verb``: "I would choose C", "I'd go with **B**";
* ``conclusion_adverb``: "Therefore, C." / "So it's (C)";
* ``lead_in_line``: a line ending in ':' that announces the decision, then
  the option alone on the next line ("...the most likely finding is:" /
  "C) Cardiomegaly"), even when every option had its own "A) ..." heading;
* ``option_verdicts``: per-option lists where exactly one option is marked
  correct; ``letter_final`` / ``letter_lead``: the option alone on the last
  / first line; ``option_text``: any of the above naming the option by its
  text instead of its letter, or "the image shows <option text>" when
  nothing stronger is said.

Mentions after a negation ("not A", "rule out B", "unlike C", "rather than
D") or followed by a rejection ("A is unlikely", "B can be ruled out") are
never commitments. Conditional ones ("C is correct if ...", "this would
point towards D") are *hedges*: they cannot be chosen, but they make a
decision ambiguous.

Resolution: the last commitment wins. It is ``ambiguous`` when a later
commitment or hedge names another option, or when an earlier commitment of
the same paragraph does and the last one is not worded as final ("final
answer", "therefore", "in conclusion", "on reflection", ...). Earlier
paragraphs are discussion and do not count against a later decision.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple

from medstep.extract.mentions import BARE, CONFLICT, INVALID, STRONG, Mention, OptionIndex, find_mentions
from medstep.extract.letters import letter_form, option_text, strict_line_letter
from medstep.extract.refusal import is_hedge
from medstep.extract.split import last_phrase


class Tier(IntEnum):
    CONDITIONAL = -1  # "C is correct if ...": a caveat, neither chosen nor in conflict
    HEDGE = 0  # modal or a question ("this would point towards D"): never chosen, makes a decision ambiguous
    WEAK = 1  # "the image shows <option text>": chosen only when nothing stronger is said
    DECISION = 2
    FINAL = 3  # worded as the final word: wins over earlier commitments


class Commitment(NamedTuple):
    pos: int
    letter: str  # option letter or CONFLICT
    tier: Tier
    rule: str


@dataclass(frozen=True)
class Decision:
    """A reader's verdict: ``letter`` and ``rule`` when decided; ``ambiguous`` when it conflicts."""

    letter: str | None
    rule: str
    ambiguous: bool = False


NONE = Decision(None, "")

_W = r"(?:\s*\**\s*)"
# Decision nouns and the positive qualifiers that make them a decision ("the most likely finding").
_NOUN = re.compile(
    r"(?i)\b(answer|option|choice|finding|diagnosis|conclusion|description|explanation|abnormality|"
    r"interpretation|impression|match|fit|one|selection|pick|reading|response|result|verdict|guess|"
    r"candidate|category|condition|pathology|lesion|structure|device|statement|cause|fracture|tissue|"
    r"change|assessment|determination)s?\b"
)
_QUALIFIED = re.compile(
    r"(?i)(?:\b(?:most\s+(?:likely|probable|plausible|appropriate|accurate|consistent|fitting|compatible|"
    r"reasonable|suitable|correct)|best|correct|right|final|likely|probable|true|accurate|appropriate|"
    r"only|my|our|leading|top|single\s+best|best[\s-]fitting|most\s+\w+)"
    r"(?:\s+[\w-]+){0,2}\s*\Z)"
)
_NOUN_ALONE_OK = frozenset({"answer", "conclusion", "selection", "pick", "verdict", "guess", "reading"})
_THAT_BEST = re.compile(r"(?i)\s+(?:that|which)\s+(?:\w+\s+){0,2}?(?:best|most)\b")
_COPULA_END = re.compile(
    r"(?i)(?:\b(?:is|are|was|would\s+be|will\s+be|should\s+be|must\s+be|seems\s+to\s+be|appears\s+to\s+be|"
    r"remains|becomes|=)|[:：]|\s[-–—])"
    r"(?:\s+(?:most\s+likely|likely|probably|clearly|definitely|therefore|thus|indeed|then|still))?"
    r"[\s*\"'“(]*(?:(?:option|choice)\)?\s*)?[\s*\"'“(:]*(?:(?:an?|the)\s+)?\Z"
)
_ZH_LEFT = re.compile(r"(?:答案|回答|答|选择|选)\s*(?:是|为|[:：])?\s*[\s*(（]*\Z")
_NOT_BUT = re.compile(r"(?i)\bnot\s+[^.;\n]{1,60}?,?\s*but\s+(?:rather\s+)?[\s*\"'“(]*\Z")
_CHOOSE_END = re.compile(
    r"(?i)\b(?:choose|chose|select|selected|pick|picked|go\s+with|going\s+with|opt\s+for|lean\s+towards?|"
    r"leaning\s+towards?|settle\s+on|favou?r|answer\s+with|mark|say|guess)"
    r"[\s*\"'“(]*(?:(?:option|choice|answer)\s*)?[\s*\"'“(:]*\Z"
)
_LINK_END = re.compile(
    r"(?i)\b(?:correspond(?:s|ing)?\s+(?:best\s+|most\s+)?to|align(?:s|ed|ing)?\s+(?:best\s+|most\s+)?with|"
    r"(?:most\s+|more\s+|best\s+|highly\s+|entirely\s+|fully\s+)?consistent\s+with|in\s+keeping\s+with|"
    r"compatible\s+with|(?:best\s+)?described\s+(?:by|as)|point(?:s|ing)?\s+(?:to|towards|toward)|"
    r"suggest(?:s|ive\s+of|ing)?|indicat(?:e|es|ive\s+of|ing)|support(?:s|ing)?|favou?r(?:s|ing)?|"
    r"match(?:es|ing)?|fit(?:s|ting)?(?:\s+with)?|represent(?:s|ing)?|characteristic\s+of|diagnostic\s+of|"
    r"typical\s+of|classic\s+for|in\s+favou?r\s+of|that\s+of|explained\s+by|reflect(?:s|ing)?|"
    r"confirm(?:s|ing)?|identif(?:y|ies)\s+it\s+as|best\s+identified\s+as|identified\s+as)"
    r"\s*(?:an?\s+|the\s+)?[\s*\"'“(]*(?:(?:option|choice)\s*)?[\s*\"'“(:]*\Z"
)
_WEAK_END = re.compile(
    r"(?i)\b(?:shows?|showing|demonstrates?|demonstrating|reveals?|revealing|depicts?|displays?|"
    r"there\s+(?:is|are)|evidence\s+of|signs?\s+of|appearance\s+(?:is\s+that\s+)?of|features\s+of|"
    r"this\s+is|it\s+is|it's|looks\s+like|likely|probably|be|(?:a\s+)?case\s+of|consistent\s+with)"
    r"(?:\s+(?:an?|the|some|clear|obvious|large|small|mild|moderate|severe|significant|marked|"
    r"[\w]+-sided|left|right|bilateral))*\s*[\s*\"'“]*\Z"
)
_ADVERB_ONLY = re.compile(
    r"(?i)\A[\s*_\-•]*(?:and\s+)?(?:so|thus|therefore|hence|consequently|ultimately|overall|finally|"
    r"in\s+conclusion|in\s+summary|to\s+conclude|in\s+short|most\s+likely|probably|likely|"
    r"(?:which|this|that)\s+leaves(?:\s+us\s+with)?|leaving(?:\s+us\s+with)?|by\s+elimination)\b[\s,:]*"
    r"(?:(?:it\s+is|it's|it\s+must\s+be|we\s+get|i\s+(?:say|choose|pick)|only)\s+)?[\s*\"'“(]*"
    r"(?:(?:option|choice)\s*)?[\s*\"'“(]*\Z"
)
_IT_IS = re.compile(
    r"(?i)\A[\s*_\-•]*(?:(?:wait|actually|so|well|no|ok|okay|hmm|yes|then)[\s,]+)*"
    r"(?:i\s+think|i\s+believe|i'd\s+say|i\s+would\s+say|probably|most\s+likely|likely)?[\s,]*"
    r"(?:it\s+is|it's|this\s+is|that's|that\s+is|it\s+must\s+be|it\s+should\s+be)\s+"
    r"[\s*\"'“(]*(?:(?:option|choice)\s+)?\Z"
)
_JUDGEMENT = re.compile(
    r"(?i)\A[\s*\"'”)\]]*(?:\([^()\n]{1,80}\)\s*)?[\s*\"'”]*(?:,\s*(?:i\s+think|therefore|then|clearly|thus)\s*,\s*)?"
    r"(?:(?:is|seems|appears|looks|remains|would\s+be|must\s+be|should\s+be|becomes)"
    r"(?:\s+(?:therefore|thus|clearly|definitely|indeed|then|still|also|probably|likely))?\s+"
    r"(?:to\s+be\s+)?(?:the\s+|my\s+|our\s+)?(?:single\s+)?"
    r"(?:most\s+(?:likely|probable|plausible|consistent|fitting|appropriate|accurate|compatible|reasonable|"
    r"correct|suitable|supported)|more\s+(?:likely|consistent|probable|plausible)|better|best|correct|right|"
    r"true|accurate|likely\b(?!\s+to)|the\s+answer|answer|"
    r"the\s+one|strongest|leading|favou?red|supported\s+by|consistent\s+with|in\s+keeping)"
    r"|(?:best|most)\s+(?:describes|fits|matches|explains|represents|reflects|accounts|consistent|likely|"
    r"appropriate|accurate|fitting|suits|applies)"
    r"|(?:fits|matches|describes|explains|suits|applies)\s+(?:best|most)"
    r"|(?:is|would\s+be)\s+(?:my|the)\s+(?:answer|choice|pick|selection)"
    r"|it\s+is\b|is\s+correct|is\s+right|(?:is|are)\s+(?:therefore\s+)?the\s+(?:correct|right|best))"
)
_MAKES_BEST = re.compile(r"(?i)\A[\s*\"'”]*(?:the\s+)?(?:correct|best|right|most\s+\w+)\s+(?:answer|choice|option)")
_MAKES_END = re.compile(r"(?i)\b(?:mak(?:e|es|ing)|leav(?:e|es|ing))\s+[\s*\"'“]*\Z")
_NEGATOR = re.compile(
    r"(?i)(?:\b(?:not|no|non|never|without|unlike|except|excluding|exclude[sd]?|excludes|rules?\s+out|ruled\s+out|"
    r"ruling\s+out|against|rather\s+than|instead\s+of|than|neither|nor|other\s+than|besides|versus|vs|over|"
    r"eliminat(?:e|es|ed|ing)|discard(?:s|ed)?|reject(?:s|ed)?|lacks?|absence\s+of|isn't|aren't|doesn't|"
    r"don't|cannot|can't|wouldn't|less|least|argues?\s+against)\b|n't\b)"
    r"(?:\W+\w+){0,3}?[\W]*\Z"
)
_REJECTION = re.compile(
    r"(?i)\A[\s*\"'”)\]]*(?:\([^()\n]{1,80}\)\s*)?[\s*\"'”:]*(?:(?:is|are|was|seems|appears|would\s+be|can\s+be|could\s+be|"
    r"should\s+be|has\s+been|looks|remains)\s+(?:also\s+|therefore\s+|thus\s+|clearly\s+)?)?"
    r"(?:not\b|n't|unlikely|less|least|incorrect|wrong|excluded|ruled\s+out|eliminated|absent|false|"
    r"inconsistent|implausible|improbable|unsupported|a\s+distractor|doesn't|does\s+not|cannot|can't)"
)
_CONDITION = re.compile(r"(?i)\b(?:if|unless|assuming|provided|were\s+it|had\s+there)\b")
_FORCED = re.compile(r"(?i)\bif\s+(?:i\s+(?:had|have)\s+to|forced\s+to|i\s+must)\b")
_MODAL = re.compile(r"(?i)\b(?:could|may|might|can|would)\b(?:\s+\w+){0,2}\s*\Z")
_WOULD_OK = re.compile(r"(?i)\b(?:i|we)\s+would\b|\bwould\s+be\s+(?:most|best|the|my)\b")
# Words that make a commitment final ("therefore", "in conclusion", "on reflection", "final answer").
_FINAL_WORDS = frozenset({
    "final", "finally", "therefore", "thus", "hence", "consequently", "conclusion", "conclude", "overall",
    "ultimately", "summary", "reflection", "balance", "actually", "so",
})
_FINAL_PHRASES = ("all things considered", "taking everything", "taking all", "putting it", "putting this",
                  "putting everything", "after review", "after careful", "after reconsideration")


def _is_final(left: str) -> bool:
    low = left[-160:].lower()
    return not _FINAL_WORDS.isdisjoint(_WORD.findall(low)) or any(p in low for p in _FINAL_PHRASES)


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_LEAD_IN_END = re.compile(r"[:：][ \t*_]*\n")
_LEAD_IN_CUE = re.compile(
    r"(?i)\b(?:answer|correct|best|most\s+(?:likely|appropriate|consistent|probable|accurate|fitting)|"
    r"final|conclusion|conclude|therefore|thus|so|would\s+be|(?:is|are)\s*\**\s*\Z|choose|select|choice|"
    r"option\s+that|diagnosis|finding|in\s+summary|overall|verdict|impression)\b"
)
_LEAD_IN_STOP = re.compile(
    r"(?i)\b(?:incorrect|less\s+likely|unlikely|rule\s+out|ruled\s+out|exclude[ds]?|other\s+options|"
    r"distractors?|options\s+are|choices\s+are|why\s+not|differential|wrong|alternatives)\b"
    r"|\A[\s#*_\-•\d.]*(?:let's|let\s+us|step\s*\d|evaluat|analy[sz]|consider|review|look)"
)
_VERDICT_LINE = re.compile(
    r"[ \t>*\-•\d.]*(?:\*\*)?[ \t]*(?:[Oo]ption\s+)?[\(\[]?([A-Z])[\)\].:：][ \t]*[^\n:]{0,80}?(?:\*\*)?"
    r"[ \t]*[:\-–—][ \t]*(?:\*\*)?[ \t]*(?i:(correct|incorrect|wrong|right|unlikely|likely|most\s+likely|"
    r"least\s+likely|excluded|ruled\s+out|not\s+supported|best\s+answer|true|false))\b(?![-\w])"
)
_VERDICT_WORD = re.compile(
    r"[:\-–—][ \t]*(?:\*\*)?[ \t]*(?i:correct|incorrect|wrong|right|unlikely|likely|most\s+likely|least\s+likely|"
    r"excluded|ruled\s+out|not\s+supported|best\s+answer|true|false)\b(?![-\w])"
)
_POSITIVE_VERDICTS = frozenset({"correct", "right", "most likely", "best answer", "true"})


_STOPS = ".!?;\n"
_CONTRASTS = (" but ", " however", " whereas ", " while ", " although ", " though ", " yet ")
_WORD = re.compile(r"[a-z']+")
# Words that, among the last few before a mention, negate it ("not A", "rule out B", "unlike C").
_NEG_WORDS = frozenset({
    "not", "no", "non", "never", "without", "unlike", "except", "excluding", "exclude", "excludes", "excluded",
    "against", "than", "neither", "nor", "besides", "versus", "vs", "eliminate", "eliminates",
    "eliminated", "eliminating", "discard", "discards", "discarded", "reject", "rejects", "rejected", "lack",
    "lacks", "isn't", "aren't", "doesn't", "don't", "cannot", "can't", "wouldn't", "less", "least", "rules",
    "ruled", "ruling", "instead", "absence",
})
# Words that end the reach of a negation: "No, the answer is C" does not negate C.
_BARRIERS = frozenset({"is", "are", "was", "were", "be", "been", "answer", "option", "choice", "therefore", "so",
                       "thus", "hence", "it", "it's", "i", "correct", "best", "but", "and", "or"})


def _sentence_end(window: str, i: int) -> bool:
    """A '.' followed by a non-space ("0.5", "C.") is not a sentence end."""
    return window[i] != "." or i + 1 >= len(window) or window[i + 1].isspace()


def _clause_left(text: str, start: int) -> str:
    window = text[max(0, start - 180):start]
    cut = 0
    for c in _STOPS:
        i = window.rfind(c)
        while i >= 0 and not _sentence_end(window, i):
            i = window.rfind(c, 0, i)
        if i + 1 > cut:
            cut = i + 1
    low = window.lower()
    for w in _CONTRASTS:
        i = low.rfind(w)
        if i >= 0 and i + len(w) > cut:
            cut = i + len(w)
    return window[cut:]


def _clause_right(text: str, end: int) -> tuple[str, str]:
    """Right context up to the clause end, and the character that ended it ('' at text end)."""
    window = text[end:end + 160]
    stop, char = len(window), ""
    for c in _STOPS:
        i = window.find(c)
        while i >= 0 and not _sentence_end(window, i):
            i = window.find(c, i + 1)
        if 0 <= i < stop:
            stop, char = i, c
    low = window[:stop].lower()
    for w in (", but", ", however", ", whereas", ", while", ", although", ", though", ", yet", " but ", " whereas "):
        i = low.find(w)
        if 0 <= i < stop:
            stop, char = i, ","
    return window[:stop], char


def _last_words(left: str, n: int = 5) -> list[str]:
    return _WORD.findall(left[-60:].lower())[-n:]


def _negated(words: list[str], right: str) -> bool:
    """A negation among the last three ``words`` before the mention, or a rejection right after it."""
    words = words[-3:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w in _NEG_WORDS or w.endswith("n't") or (w == "rule" and i + 1 < len(words) and words[i + 1] == "out"):
            return True
        if w in _BARRIERS:
            break
    return _REJECTION.match(right) is not None


def _forward(left: str) -> str | None:
    """Rule name when ``left`` ends in "<decision noun> ... <copula>", else None."""
    tail = left[-48:]
    cop = _COPULA_END.search(tail)
    if cop is None:
        return None
    head = left[:len(left) - len(tail) + cop.start()]
    window = head[-110:]
    offset = len(head) - len(window)
    found = None
    for noun in _NOUN.finditer(window):
        before = head[:offset + noun.start()]
        word = noun.group(1).lower()
        qualified = _QUALIFIED.search(before[-60:]) is not None or _THAT_BEST.match(head, offset + noun.end()) is not None
        if not qualified and cop.group().strip(" *\"'“(").startswith((":", "：")):
            # A label line: "**Diagnosis:** X", "Impression: X", "Most likely finding: X".
            qualified = _LABEL_START.match(before) is not None and not head[offset + noun.end():].strip(" *_")
        if not qualified:
            if word not in _NOUN_ALONE_OK:
                continue
            det = before.rstrip(" *").lower()
            if not (det.endswith(("the", "my", "our", "final")) or det == "" or det.endswith((":", "**"))):
                continue
        between = head[offset + noun.end():]
        if len(between) > 80 or re.search(r"(?i)\bnot\b|n't\b", between):
            continue
        if re.search(r"(?i)\b(?:least|less|incorrect|wrong|unlikely|other|another|alternative)\b", before[-40:] + between):
            continue
        found = word
    if found is None:
        return None
    return "final_answer_phrase" if found == "answer" else "conclusion_phrase"


_LABEL_START = re.compile(r"(?i)\A[\s#*_\-•>]*(?:final|overall|working|primary|main|selected|chosen)?[\s*_]*\Z")
_BARE_OK_BEFORE = re.compile(
    r"(?i)(?:\A|[,:;(\-–—]|\b(?:so|thus|therefore|hence|then|think|believe|feel|that|and|overall|clearly|say|"
    r"conclusion|summary|reflection|balance|answer|is|be))[\s*\"'“]*\Z"
)


_PRESENT = re.compile(r"(?i)\s*(?:is|are)\s+(?:present|seen|visible|noted|evident|identified|demonstrated)")


_COPULA_WORDS = frozenset({"is", "are", "was", "be", "remains", "becomes", "likely", "probably", "clearly",
                           "definitely", "therefore", "thus", "indeed", "then", "still", "option", "choice", "a",
                           "an", "the"})
_CUE_WORDS = frozenset({
    # choose
    "choose", "chose", "select", "selected", "pick", "picked", "with", "for", "towards", "toward", "on", "favor",
    "favour", "mark", "say", "guess", "option", "choice", "answer",
    # link
    "to", "by", "as", "of", "suggest", "suggests", "suggestive", "suggesting", "indicate", "indicates",
    "indicative", "indicating", "support", "supports", "supporting", "favors", "favours", "favoring",
    "favouring", "match", "matches", "matching", "fit", "fits", "fitting", "represent", "represents",
    "representing", "reflect", "reflects", "reflecting", "confirm", "confirms", "confirming", "a", "an", "the",
})


def _before_cue(left: str, words: list[str] | None = None) -> tuple[str, Tier] | None:
    """Rule and tier when ``left`` ends in a cue that puts the mention after it (forward, choose, link, zh)."""
    bare = left.rstrip(" *_\"'“(\t")
    if not bare.strip("-•#>"):
        return None
    if not left.isascii() and _ZH_LEFT.search(left[-24:]) is not None:
        return "final_answer_phrase", Tier.FINAL
    if words is None or len(bare) != len(left.rstrip()):
        words = _WORD.findall(bare[-24:].lower())
    last = words[-1] if words else ""
    if last in _COPULA_WORDS or bare[-1] in ":：=-–—":
        rule = _forward(left)
        if rule is not None:
            return rule, Tier.DECISION
    if last not in _CUE_WORDS:
        return None
    if _CHOOSE_END.search(left[-56:]) is not None:
        return "choice_verb", Tier.DECISION
    if _LINK_END.search(left[-72:]) is not None:
        words = left.split()
        modal = _MODAL.search((left[: -len(words[-1])] if words else left)[-48:])
        hedged = modal is not None and _WOULD_OK.search(left[-80:]) is None
        return "linking_verb", Tier.HEDGE if hedged else Tier.DECISION
    return None


_HEADING_LEFT = " \t*_-•#>0123456789.()"


_WEAK_WORDS = frozenset({"show", "shows", "showing", "demonstrate", "demonstrates", "demonstrating", "reveal",
                         "reveals", "revealing", "depict", "depicts", "display", "displays", "is", "are", "of",
                         "like", "likely", "probably", "be", "with", "it's", "a", "an", "the", "some", "clear",
                         "obvious", "large", "small", "mild", "moderate", "severe", "significant", "marked", "left",
                         "right", "bilateral", "sided"})


def _trimmed_cue(left: str, words: list[str]) -> tuple[str, Tier] | None:
    """"the most likely finding is a small left pleural effusion": a cue before one or two describing words."""
    for k in (1, 2):
        if len(words) <= k or words[-k] in _NEG_WORDS or words[-k - 1] not in _COPULA_WORDS | _CUE_WORDS:
            continue
        parts = left.rstrip().rsplit(None, k)
        if len(parts) == k + 1:
            found = _before_cue(parts[0] + " ")
            if found is not None:
                return found
    return None


def _classify(text: str, m: Mention) -> tuple[Tier, str] | None:
    """Tier and rule of mention ``m`` when its context commits to it, else None."""
    left = _clause_left(text, m.start)
    right, stop = _clause_right(text, m.end)
    if right.lstrip(" *\"'”)]").startswith((":", "：")) and not left.strip(_HEADING_LEFT):
        return None  # an option heading ("**A) Pneumothorax**: ...") opens a discussion, it decides nothing
    words = _WORD.findall(left[-60:].lower())
    if _negated(words, right):
        return None
    found = _before_cue(left, words)
    if found is None and m.by_text:
        found = _trimmed_cue(left, words)
    if found is None and not left.strip(" *_\"'“(") and m.start > 0:
        # "The correct option is not A, but C": the cue sits before the contrast.
        before = text[max(0, m.start - 100):m.start]
        contrast = _NOT_BUT.search(before)
        if contrast is not None:
            found = _before_cue(_clause_left(before, contrast.start()))
    rule, tier = found if found is not None else (None, Tier.DECISION)
    if rule is None and (_ADVERB_ONLY.match(left) is not None or _IT_IS.match(left) is not None):
        if not right.strip(" *)\"'”") or m.strength == STRONG or m.by_text:
            rule = "conclusion_adverb"
    if rule is None and _JUDGEMENT.match(right) is not None:
        if m.strength > BARE or m.by_text or _BARE_OK_BEFORE.search(left[-40:]) is not None:
            rule = "letter_judgement"
    if rule is None and _MAKES_END.search(left[-24:]) is not None and _MAKES_BEST.match(right) is not None:
        rule = "letter_judgement"
    if rule is None and m.by_text:
        if (words and words[-1] in _WEAK_WORDS and _WEAK_END.search(left[-90:]) is not None) or \
                _PRESENT.match(right) is not None:
            rule, tier = "option_text", Tier.WEAK
    if rule is None:
        return None
    if m.by_text:
        rule = "option_text"
    if stop == "?":
        return Tier.HEDGE, rule
    clause = left + " " + right
    if _CONDITION.search(clause) is not None and _FORCED.search(clause) is None:
        return Tier.CONDITIONAL, rule
    if tier == Tier.DECISION and (_is_final(left) or rule == "final_answer_phrase"):
        tier = Tier.FINAL
    return tier, rule


def _phrase(text: str, idx: OptionIndex) -> list[Commitment]:
    """The last "Final answer:" / "The answer is" phrase with the answer on the same line.

    Read leniently ("Answer: c", "Final answer: Cardiomegaly, given ..."),
    but never across a line break: "**Determine the Answer:**" is a heading,
    and the option headings under it are discussion, not the answer.
    """
    found = last_phrase(text)
    if found is None:
        return []
    cut = text.find("\n", found[1])
    rest = text[found[1]: cut if cut >= 0 else len(text)]
    if not rest.strip(" *_:") or is_hedge(rest):
        return []
    letter = letter_form(rest, idx, strict=False)
    rule = "final_answer_phrase"
    if letter is None:
        letter, rule = option_text(rest, idx, first_clause=True), "option_text"
    if letter is None or letter == INVALID:
        return []
    # ``pos`` is where the stated answer begins: mentions from there on are the answer or later.
    return [Commitment(found[1], letter, Tier.FINAL, rule)]


def _lead_ins(text: str, idx: OptionIndex, lo: int, hi: int) -> list[Commitment]:
    """Lines in ``text[lo:hi]`` ending in ':' that announce the decision, followed by the option alone."""
    out = []
    for m in _LEAD_IN_END.finditer(text, lo, hi + 1):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if len(line) > 160:
            line = line[-160:]  # the announcing words sit right before the colon
        if not line.strip(" *_#") or _LEAD_IN_CUE.search(line) is None or _LEAD_IN_STOP.search(line) is not None:
            continue
        following = [ln for ln in text[m.end():m.end() + 400].split("\n") if ln.strip()][:2]
        if not following:
            continue
        letter = _line_letter(following[0], idx)
        if letter is None:
            continue
        if len(following) > 1:
            other = _line_letter(following[1], idx)
            if other is not None and other != letter:
                continue  # "The options are:" followed by a list, not a decision
        tier = Tier.FINAL if _is_final(line) else Tier.DECISION
        out.append(Commitment(m.end(), letter, tier, "lead_in_line"))
    return out


def _nonempty_lines(text: str, from_end: bool, count: int = 2) -> list[str]:
    """The first (or last) ``count`` non-empty lines, found without splitting the whole text."""
    out: list[str] = []
    if from_end:
        end = len(text)
        while end > 0 and len(out) < count:
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip():
                out.append(text[start:end])
            end = start - 1
    else:
        start = 0
        while start <= len(text) and len(out) < count:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if text[start:end].strip():
                out.append(text[start:end])
            start = end + 1
    return out


def _line_letter(line: str, idx: OptionIndex) -> str | None:
    # A line much longer than any option cannot be "nothing but an option".
    return strict_line_letter(line, idx) if len(line) <= idx.longest + 40 else None


def _last_line(text: str, idx: OptionIndex) -> list[Commitment]:
    """The option alone on the last line (``letter_final``), unless it ends a list or follows a lead-in."""
    lines = _nonempty_lines(text, from_end=True, count=1)
    if not lines or _line_letter(lines[0], idx) is None:
        return []
    lines = _nonempty_lines(text, from_end=True)
    if len(lines) < 2:
        return []
    last = _line_letter(lines[0], idx)
    prev = lines[1].rstrip(" *_")
    if last is not None and not prev.endswith((":", "：")) and _line_letter(lines[1], idx) is None:
        return [Commitment(len(text), last, Tier.DECISION, "letter_final")]
    return []


def _first_line(text: str, idx: OptionIndex) -> list[Commitment]:
    """The option alone on the first line (``letter_lead``: answer first, explanation after)."""
    lines = _nonempty_lines(text, from_end=False)
    if len(lines) < 2:
        return []
    first = _line_letter(lines[0], idx)
    if first is not None and _line_letter(lines[1], idx) is None and not lines[0].rstrip(" *_").endswith(":"):
        return [Commitment(0, first, Tier.DECISION, "letter_lead")]
    return []


def _verdict_list(text: str, idx: OptionIndex) -> list[Commitment]:
    """Per-option lists ("**C) Cardiomegaly:** Correct.") with exactly one option marked right."""
    i = text.find("orrect")
    if i < 0:
        return []
    first = _VERDICT_WORD.search(text, max(0, i - 12))
    if first is None:
        return []
    marks = []
    for hit in _VERDICT_WORD.finditer(text, first.start()):
        start = text.rfind("\n", 0, hit.start()) + 1
        m = _VERDICT_LINE.match(text, start)
        if m is not None and m.group(1) in idx.letters and m.end() == hit.end():
            marks.append((m.start(), m.group(1), m.group(2).lower()))
    positive = [(pos, letter) for pos, letter, word in marks if " ".join(word.split()) in _POSITIVE_VERDICTS]
    negative = [letter for _, letter, word in marks if " ".join(word.split()) not in _POSITIVE_VERDICTS]
    if not positive or not negative or len({letter for _, letter in positive}) != 1:
        return []
    pos, letter = positive[-1]
    return [Commitment(pos, letter, Tier.DECISION, "option_verdicts")]


def read_decision(text: str, idx: OptionIndex) -> Decision:
    """The option ``text`` commits to (see module docstring); ``NONE`` when it commits to none.

    Paragraphs are read from the last one back, and reading stops once the
    paragraph holding the latest explicit commitment is done: what comes
    before it cannot change the outcome (module docstring), and most outputs
    conclude at the end, so long discussions are mostly never scanned.
    """
    low = text.lower()
    if len(low) != len(text):
        low = text  # case folding changed lengths: keep positions aligned
    phrase = _phrase(text, idx)
    if phrase and phrase[0].letter != CONFLICT:
        # Fast path: a final answer phrase that nothing after it contradicts is the decision
        # (it is final, so nothing before it can make it ambiguous; see ``_resolve``).
        after = find_mentions(text, idx, phrase[0].pos, len(text), low)
        if all(m.letter == phrase[0].letter for m in after):
            return Decision(phrase[0].letter, phrase[0].rule)
    commitments = phrase + _last_line(text, idx) + _verdict_list(text, idx)
    paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    ends = paragraphs[1:] + [len(text)]
    strong = [c for c in commitments if c.tier >= Tier.DECISION]
    latest = max(strong, key=lambda c: c.pos) if strong else None
    colons = ":" in text or "：" in text
    mentions: list[Mention] = []
    for p in range(len(paragraphs) - 1, -1, -1):
        lo, hi = paragraphs[p], ends[p]
        if latest is not None and hi <= paragraphs[bisect.bisect_right(paragraphs, latest.pos) - 1]:
            break
        found_here = _lead_ins(text, idx, lo, hi) if colons else []
        if p == 0:
            found_here += _first_line(text, idx)
        for c in found_here:
            commitments.append(c)
            if c.tier >= Tier.DECISION and (latest is None or c.pos > latest.pos):
                latest = c
        found = find_mentions(text, idx, lo, hi, low)
        mentions[:0] = found
        for m in reversed(found):
            if latest is not None and latest.tier == Tier.FINAL and m.end <= latest.pos:
                break  # nothing before a final decision can change it (see ``_resolve``)
            classified = _classify(text, m)
            if classified is None:
                continue
            tier, rule = classified
            c = Commitment(m.start, m.letter, tier, rule)
            commitments.append(c)
            if tier >= Tier.DECISION and (latest is None or c.pos > latest.pos):
                latest = c
    if not commitments:
        return _hedged(text, mentions)
    return _resolve(commitments, paragraphs)


def _hedged(text: str, mentions: list[Mention]) -> Decision:
    """No commitment: ambiguous when the output hedges between two or more options ("could be B or C")."""
    if len(mentions) < 2 and not any(m.letter == CONFLICT for m in mentions) or not is_hedge(text):
        return NONE
    letters = set()
    for m in mentions:
        left = _clause_left(text, m.start)
        right, _ = _clause_right(text, m.end)
        if not _negated(_WORD.findall(left[-60:].lower()), right) and is_hedge(left + " " + right):
            letters.add(m.letter)
    return Decision(None, "", ambiguous=len(letters) > 1 or CONFLICT in letters)


def _resolve(commitments: list[Commitment], paragraphs: list[int]) -> Decision:
    """Pick the decision among the commitments (see module docstring)."""
    if not commitments:
        return NONE
    commitments.sort(key=lambda c: c.pos)
    strong = [c for c in commitments if c.tier >= Tier.DECISION]
    if not strong:
        # Only descriptions, hedges and conditions: a description is taken when nothing else
        # names another option; two different options named this way are a hedge between them.
        weak = [c for c in commitments if c.tier == Tier.WEAK]
        letters = {c.letter for c in commitments}
        if weak and len(letters) == 1 and CONFLICT not in letters:
            return Decision(weak[-1].letter, weak[-1].rule)
        return Decision(None, "", ambiguous=len(letters) > 1 or CONFLICT in letters)
    chosen = strong[-1]
    if chosen.letter == CONFLICT:
        return Decision(None, chosen.rule, ambiguous=True)
    para_start = paragraphs[bisect.bisect_right(paragraphs, chosen.pos) - 1]
    for c in commitments:
        if c.letter == chosen.letter or c is chosen or c.tier == Tier.CONDITIONAL:
            continue
        if c.pos > chosen.pos and c.tier != Tier.WEAK:
            return Decision(None, chosen.rule, ambiguous=True)
        if para_start <= c.pos < chosen.pos and c.tier >= Tier.DECISION and chosen.tier < Tier.FINAL:
            return Decision(None, chosen.rule, ambiguous=True)
    return Decision(chosen.letter, chosen.rule)

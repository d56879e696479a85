"""Options a reply passes over on the way to its answer (issue #7): "C (Subacute thyroiditis) can be ruled out.",
"- **B. Psoriatic arthritis**: incorrect, no supporting findings." opening a reply state no answer, even though a letter
opens its first line (``extract/lines.py`` reads such a letter as the answer stated first, ``letter_lead``).

The words judging an option against are ``answers/judgements.py``'s (``PASSED_OVER`` among them: "A is tempting,
but ..."); after a mention they are ``extract/clauses.REJECTION``.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, judgements, yesno
from medstep.extract import cues, langwords
from medstep.extract.clauses import REJECTION, clause_left, clause_right
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

# A lead letter, or its own text after it, judged against with a verb: "C (Subacute thyroiditis) can be ruled out.",
# "- **B. Psoriatic arthritis**: incorrect, ...", "A. Pneumothorax is tempting, but ...", "B is a less likely
# alternative" (issue #7).
_OWN_JUDGED = lazy_compile(
    r"(?i)[\s*_\"'”)\]]*(?:[:—–-][\s*_]*|,\s*)?(?:(?:is|are|was|seems|appears|looks|can\s+be|could\s+be|should\s+be|"
    r"has\s+been|would\s+be)\s+(?:also\s+|clearly\s+|therefore\s+|thus\s+)?(?:an?\s+)?)?(?:"
    + hedges.alternation(judgements.WRONG, judgements.SET_ASIDE, judgements.UNLIKELY, judgements.MISFIT,
                         judgements.PASSED_OVER) + r")\b")


# Words after a judgement that make it no judgement of this option: "unlikely to be anything else" (affirms it),
# "less likely alternatives (A, C) excluded" (about other options), "tempting as effusion is, ..." (a concession).
_NOT_ABOUT_IT = lazy_compile(
    r"(?i)\s*(?:to\s+be\s+(?:anything|something)\s+else|alternatives|options|differentials|as\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:is|are|was|may\s+be|might\s+be|seems?|looks?)\b)")
# Later in the same sentence, words that turn the judgement: "B is ruled out on supine films, but not here.",
# "B is tempting only on a supine film, but here it is clear-cut.", "D is tempting and it is also correct."
_TURNED = lazy_compile(
    r"(?i)\bbut\s+(?:not\s+)?here\b|\band\s+(?:it|this|that)(?:\s+is|['’]s)\s+(?:also\s+)?(?:the\s+)?(?:correct|right)\b")
_SENTENCE_END = lazy_compile(r"[.!?](?=[\s*_\"'”)\]]|\Z)|\n")


def _own_judgement(after: str, judged: re.Match[str] | None) -> bool:
    """Whether ``judged`` (matched at the start of ``after``, the text right after an option's mention) is the
    clause's own predicate about that option: not followed by words about something else, not asked ("Is B excluded
    by the normal heart? Not at all.", "D: ... – excluded? No, it fits."), not turned later in its sentence."""
    if judged is None or _NOT_ABOUT_IT.match(after, judged.end()) is not None:
        return False
    end = _SENTENCE_END.search(after, judged.end())
    sentence = after[:end.end() if end is not None else len(after)]
    return not sentence.endswith("?") and _TURNED.search(sentence, judged.end()) is None


# A turn to a bare "no" later in the sentence takes back the rejection before it: "On pourrait penser que C est à
# exclure, mais non.", "Qualcuno direbbe che B è da escludere, ma no." (the other languages' ``_TURNED``).
_TAKEN_BACK = lazy_compile(
    r"(?i)\b(?:" + hedges.alternation(hedges.TURN, hedges.OTHER_TURN) + r")\s*,?\s+(?:"
    + hedges.alternation([yesno.NO], [w for w, v in yesno.OTHER_VERDICT_WORDS.items() if v == yesno.NO])
    + r")\b\s*(?:[.!:;,]|\Z)")


def _kept(after: str) -> bool:
    """Whether the rejection of another language read right after a letter (``after``: the text from the letter on)
    stands: its sentence asks nothing ("C est à exclure ? Non.") and does not turn to a bare "no" (``_TAKEN_BACK``)."""
    end = _SENTENCE_END.search(after)
    sentence = after[:end.end() if end is not None else len(after)]
    return not sentence.rstrip().endswith("?") and _TAKEN_BACK.search(sentence) is None


def lead_set_aside(head: str, lead: re.Match[str], idx: OptionIndex, exception: bool = False) -> bool:
    """Whether the letter opening ``head`` (matched by ``lead``) is judged against right after it or after its own
    option text: the first line passes it over, it states no answer. Never on an exception question (``exception``,
    ``answers.asks_for_exception``): there the option called excluded or unlikely is the one asked for."""
    if exception:
        return False
    rest = head[lead.end() - 1:]
    own = " ".join(idx.keys.get(lead.group(1), "").split())
    if own and rest.lower().startswith(own.lower()):
        rest = rest[len(own):]
    return _own_judgement(rest, _OWN_JUDGED.match(rest))



def rejected_by_letter(region: str, idx: OptionIndex, letter: str) -> bool:
    """Whether ``region`` names ``letter`` by its letter only to pass it over ("**A** is less likely.", "D, not A.",
    "A is tempting, but ..."), never by its letter otherwise: an answer ``letter`` read from a statement of its text
    elsewhere ("Bronchiectasis is seen.") is then no answer the reply gives; it turned from that option by name.
    ("B is less likely than D" turns from B, not from D: only a rejection after the letter, or a "not" right before
    it, counts.)"""
    rejected = False
    for m in find_mentions(region, idx):
        if m.letter != letter or m.by_text:
            continue
        right, _ = clause_right(region, m.end)
        if region[m.end - 1:m.end] == "." and right[:1].isspace():
            right = ""  # "Hemivertebra, D. Not simply scoliosis (A).": the letter's own dot ended its clause
        if _own_judgement(region[m.end:], REJECTION.match(right) or _OWN_JUDGED.match(right)) \
                or langwords.rejects_after(right) and _kept(region[m.end:]) \
                or cues.tokens(clause_left(region, m.start))[-1:] == ["not"]:
            rejected = True
        else:
            return False  # named by its letter otherwise too: the letter readers have weighed both
    return rejected


__all__ = ["lead_set_aside", "rejected_by_letter"]

"""Options a reply passes over on the way to its answer (issue #7): "C (Subacute thyroiditis) can be ruled out.",
"- **B. Psoriatic arthritis**: incorrect, no supporting findings." opening a reply state no answer, even though a letter
opens its first line (``extract/lines.py`` reads such a letter as the answer stated first, ``letter_lead``).

The words judging an option against are ``answers/judgements.py``'s (``PASSED_OVER`` among them: "A is tempting,
but ..."); after a mention they are ``extract/clauses.REJECTION``.
"""

from __future__ import annotations

import re

from medstep.answers import hedges, judgements
from medstep.extract import cues
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


def lead_set_aside(head: str, lead: re.Match[str], idx: OptionIndex) -> bool:
    """Whether the letter opening ``head`` (matched by ``lead``) is judged against right after it or after its own
    option text: the first line passes it over, it states no answer."""
    rest = head[lead.end() - 1:]
    own = " ".join(idx.keys.get(lead.group(1), "").split())
    if own and rest.lower().startswith(own.lower()):
        rest = rest[len(own):]
    return _OWN_JUDGED.match(rest) is not None



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
        if REJECTION.match(right) is not None or _OWN_JUDGED.match(right) is not None or cues.tokens(clause_left(region, m.start))[-1:] == ["not"]:
            rejected = True
        else:
            return False  # named by its letter otherwise too: the letter readers have weighed both
    return rejected


__all__ = ["lead_set_aside", "rejected_by_letter"]

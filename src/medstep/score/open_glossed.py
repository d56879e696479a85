"""An open answer named, then named again by a gloss that repeats the gold's words with more of its own (the
``head`` rung of ``score/open_grade.py``): "psoriasis vulgaris (chronic plaque psoriasis)", "rheumatoid arthritis
(seropositive rheumatoid arthritis)", "pulmonary embolism (saddle pulmonary embolism)" for the gold "psoriasis",
"rheumatoid arthritis", "pulmonary embolism".

Why: the extractor keeps a short bracket that renames the label as a finding ("Enlarged thyroid (goiter).", whose
rename may be the gold: ``extract/open_span.droppable``), and its normalised text has lost the bracket, so the grader
sees one run of words naming the answer twice. ``_named_twice`` of the grader reads two names of one concept that
share no word ("vestibular schwannoma acoustic neuroma"); a gloss repeating the label's own words with a subtype or a
qualifier ("seropositive", "chronic plaque") reached no rung, though the reply commits to one thing.

The reading is by structure, not by a phrase list: the answer is split into two names; one of them must grade the
gold by the ladder itself, and the other must hold EVERY word of the gold (it names the same thing again) and add
only words that neither doubt, deny, weigh, change or take it back (``score/open_qualified.SPOILING``), nor clause
words (a frame, a verb or a link: the gloss is a noun phrase), nor a side, place or number that the first name, the
gold and the question do not hold ("left pneumothorax right pneumothorax", "type 1 diabetes type 2 diabetes"), nor
an organ of the site table they do not hold, nor a gold word twice ("stroke hemorrhagic stroke ischemic stroke": two
instances, no gloss). The name that grades must hold a gold word too: an abbreviation glossed by a longer name
("left anterior descending artery (LAD)") is graded by its own rungs, and a bare "the right" after a phrase placing
something across from it is no name.
So a second candidate never passes: "small bowel obstruction (large bowel obstruction)" for the gold "small bowel
obstruction" lacks "small" in the gloss; "psoriasis (vs eczema)" names no gold word; "lichen planus (lichen
sclerosus)" lacks "planus". Where the gold is the broader name both glosses share ("pneumonia" for "bacterial
pneumonia (lobar pneumonia)"), the answer commits to it twice and is graded so.
"""

from __future__ import annotations

from collections.abc import Callable

from medstep.answers.hedges import OTHER_OF_PAIR
from medstep.answers.sites import sites_in
from medstep.answers.text import tokens
from medstep.answers.wordforms import spelling
from medstep.score.open_contain import CONTRAST, FRAME, PLACE
from medstep.score.open_qualified import SPOILING

# The most words an answer read as a name and its gloss has, and the most its gloss has: longer runs are sentences.
_MOST_WORDS = 10
_GLOSS_WORDS = 6


def glossed(answer: str, gold: str, question: str, grades: Callable[[str], bool]) -> bool:
    """Whether ``answer`` is a name that ``grades`` the gold followed or preceded by a gloss naming the gold again
    (module docstring)."""
    words, wanted = tokens(answer), tokens(gold)
    if any(w in OTHER_OF_PAIR for w in words):
        return False  # "across from the right, i.e. opposite the right": placed against the gold, not naming it
    if not wanted or len(words) > _MOST_WORDS or len(words) < len(wanted) + 1:
        return False
    gold_words = {spelling(w) for w in wanted}
    asked = {spelling(w) for w in tokens(question)}
    for k in range(1, len(words)):
        for name, gloss in ((words[:k], words[k:]), (words[k:], words[:k])):
            if len(gloss) <= _GLOSS_WORDS and gold_words & {spelling(w) for w in name} \
                    and _glosses(gloss, name, gold_words, asked) and grades(" ".join(name)):
                return True
    return False


def _glosses(gloss: list[str], name: list[str], gold_words: set[str], asked: set[str]) -> bool:
    """Whether ``gloss`` names the gold again (every gold word in it) and adds nothing that makes it a second, a
    doubted or another thing (module docstring)."""
    said = [spelling(w) for w in gloss]
    if not gold_words <= set(said) or any(said.count(w) > 1 for w in gold_words):
        return False  # a gloss naming the gold twice names two of it ("stroke (hemorrhagic stroke, ischemic stroke)")
    own = {spelling(w) for w in name} | gold_words | asked
    held = {spelling(w) for w in gloss} | gold_words | asked
    if any(not {spelling(w) for w in site.split()} <= words for words, part in ((own, gloss), (held, name))
           for site, _, _ in sites_in(" ".join(part))):
        return False  # an organ of one name only: "breast cancer (metastatic breast cancer, lung)", another place
    for w in gloss:
        if spelling(w) in own:
            continue
        if w in SPOILING or w in CONTRAST or w in FRAME or w in PLACE or any(c.isdigit() for c in w) \
                or not w.isalpha():
            return False
    return True


__all__ = ["glossed"]

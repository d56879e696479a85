"""The grade of an open answer against its gold: exact match, and token recall, precision and F1, with the
abbreviations the project's tables give read as the words they stand for.

An answer "RLL pneumonia" says the same as the gold "right lower lobe pneumonia", and "ACL tear" the same as
"anterior cruciate ligament tear"; compared word by word they share one token or none. Each one-word abbreviation
of one answer that spells a run of the other's words (its letters in order, the first alike) is replaced by that
run when one of the two tables that already define abbreviations says they mean the same:

* the concept vocabulary (``answers/concepts.tsv``): the abbreviation and the run name the same concept
  ("PTX" / "pneumothorax", :func:`medstep.answers.concepts.abbreviates`), or the two whole answers do ("ACL tear" /
  "anterior cruciate ligament tear", where the abbreviation alone is no concept);
* the verifier's attribute rows (``verify/triggers.tsv``): the abbreviation and the run give the same attributes
  ("RLL" is laterality right and location lower lobe, as "right" and "lower lobe" are).

No table of its own: an abbreviation neither table gives ("MCA", "MS") stays a different word. Then the answers are
compared as :func:`medstep.answers.text.same_text`, or word for word in one spelling ("oesophageal varices" and
"esophageal varices") and without a closing noun naming the kind of value ("right side" and "right", "lateral view"
and "lateral"), or an answer naming its answer twice, by the words and by their initials ("magnetic resonance imaging
(MRI)"), matches a gold giving either; and the token metrics compare them (a denied word is no gold word there: "not pneumonia" earns
nothing against "pneumonia").
"""

from __future__ import annotations

from dataclasses import dataclass

from medstep.answers.concepts import abbreviates, initials_of, whole_concept
from medstep.answers.text import same_text, token_overlap, tokens
from medstep.answers.wordforms import spelling

# The lengths of an abbreviation ("CT" to "COPD", "PTX", "RLL") and of the run of words it may stand for.
_SHORT = (2, 6)
_RUN = 5


@dataclass(frozen=True)
class OpenGrade:
    """Exact match and token overlap of an open answer with its gold (see module docstring)."""

    exact: bool
    recall: float
    precision: float
    f1: float


def _attributes(words: list[str]) -> frozenset[tuple[str, str]] | None:
    """The attributes the verifier's attribute rows give to ``words`` read whole, each word covered by one row (the
    longest first: "lower lobe"), or ``None`` when a word is covered by none."""
    from medstep.verify import default_verifier  # the grader needs the verifier's tables only for an abbreviation
    from medstep.verify.lexicon import K_ATTR

    automaton = default_verifier().lexicon.automaton
    found: set[tuple[str, str]] = set()
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            hit = automaton.get(" ".join(words[i:j]), None)
            if hit is not None and hit[0] == K_ATTR and hit[3]:
                found.update(hit[3])
                i = j
                break
        else:
            return None
    return frozenset(found)


def _means(short: str, run: list[str], answer: str, other: str) -> bool:
    """Whether ``short`` stands for the words ``run`` of ``other`` (see module docstring)."""
    long = " ".join(run)
    if not initials_of(short, long.replace(" ", "")):
        return False
    if abbreviates(short, long):
        return True
    concept = whole_concept(answer)
    if concept is not None and concept == whole_concept(other):
        return True
    mine = _attributes([short])
    return bool(mine) and mine == _attributes(run)


def _expanded(answer: str, other: str) -> str:
    """``answer`` with each of its one-word abbreviations that stands for a run of ``other``'s words replaced by that
    run (the text of its tokens)."""
    mine, theirs = tokens(answer), tokens(other)
    out: list[str] = []
    for word in mine:
        if word in theirs or not word.isalpha() or not _SHORT[0] <= len(word) <= _SHORT[1]:
            out.append(word)
            continue
        runs = ((i, j) for i in range(len(theirs)) for j in range(min(len(theirs), i + _RUN), i, -1)
                if theirs[i][0] == word[0] and not set(theirs[i:j]) & set(mine))
        found = next((theirs[i:j] for i, j in runs if _means(word, theirs[i:j], answer, other)), None)
        out.extend(found if found is not None else [word])
    return " ".join(out)


# Nouns naming the kind of value an adjective answer gives ("right side", "lateral view", "coronal plane"): said after
# the value or not, the answer is the same.
_KIND_NOUNS = frozenset({"side", "sided", "view", "plane", "projection", "sequence", "presentation"})


def _plain(answer: str) -> list[str]:
    """The tokens of ``answer`` in one spelling (British "oesophageal" as "esophageal"), without a closing noun that
    only names the kind of value ("right side" as "right")."""
    words = [spelling(w) for w in tokens(answer)]
    return words[:-1] if len(words) > 1 and words[-1] in _KIND_NOUNS else words


def _names(words: list[str]) -> list[list[str]]:
    """The ways ``words`` name its answer: itself, and for a name followed by its own initials ("magnetic resonance
    imaging (MRI)", "left anterior descending artery (LAD)") the name and the initials each alone."""
    short = words[-1] if words else ""
    if len(words) < 3 or not short.isalpha() or not _SHORT[0] <= len(short) <= _SHORT[1] or len(short) > len(words) - 1:
        return [words]
    if "".join(w[0] for w in words[:len(short)]) != short:
        return [words]
    return [words, words[:-1], [short]]


def grade_open(answer: str, gold: str) -> OpenGrade:
    """The exact match and token overlap of ``answer`` with ``gold`` (see module docstring)."""
    if answer.strip() and gold.strip():
        answer, gold = _expanded(answer, gold), _expanded(gold, answer)
    exact = same_text(answer, gold) or (bool(answer.strip()) and _plain(gold) in _names(_plain(answer)))
    return OpenGrade(exact, *token_overlap(answer, gold))


__all__ = ["OpenGrade", "grade_open"]

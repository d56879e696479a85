"""The direction of a ranking judgement beside an option, against the direction the question asks for.

A question asks for one end of a scale: the MOST likely diagnosis, the BEST next step, or the LEAST likely one, the
WORST choice, the option that does NOT hold. A model ranks options on that scale in the words around them ("Not the
most likely diagnosis: C.", "Pneumothorax (D) is the least likely.", "Worst next step: D.", "Am wenigsten
wahrscheinlich: C.") and the readers saw a cue and a letter and took it. One check for every reader: a judgement
whose direction is opposite to the question's is never a selection for it; one that is not an end at all ("second
most likely", "not the most likely") is a selection for no question; one in the question's own direction may be its
selection even where the question asks for the bottom ("Which is the LEAST likely?" — "Pneumothorax (D) is the least
likely.").

The words are ``answers/judgements.py``'s ranking lists; this module reads their direction, near an option mention
(:func:`clause_pole`) or in a question (:func:`asked_pole`), and says whether the two oppose (:func:`against`).
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from medstep.answers import asks_for_exception, judgements as j, negation
from medstep.answers.hedges import alternation
from medstep.extract.clauses import clause_left, clause_right
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile


class Pole(Enum):
    """Which end of the question's scale a judgement or a question names."""

    TOP = "top"  # most likely, best, likeliest
    BOTTOM = "bottom"  # least likely, worst, lowest likelihood
    OTHER = "other"  # second most likely, not the most likely: no end at all
    EXCEPT = "except"  # (a question only) NOT / EXCEPT / FALSE with no ranking word of its own


_Q = alternation(j.RANK_QUALITIES)
_BOTTOM = (
    r"(?<!\bat\s)\b(?:least|lowest)\s+(?:(?:" + _Q + "|" + alternation(j.RANK_TOP_NOUNS) + r")\b|(?=[.;:,!)]|\s*\Z))"
    r"|\bmost\s+(?:" + alternation(j.RANK_NEGATIVE_QUALITIES) + r")\b"
    r"|\bworst(?:[\s-]+(?:" + alternation(j.RANK_NOUNS) + r")\b|-fitting\b|(?=\s*[.;:,!)]|\s*\Z))"
    r"|\b(?:" + alternation(j.RANK_VERBS) + r")\s+(?:the\s+)?(?:worst|least)\b"
    r"|\b(?:" + alternation(j.OTHER_BOTTOM) + r")\s+(?:" + alternation(j.OTHER_QUALITIES) + r")"
    r"|\b(?:" + alternation(j.GERMAN_BOTTOM) + r")\b(?:\s+(?:" + alternation(j.GERMAN_QUALITIES) + r")\b)?"
    r"|" + alternation(j.ZH_BOTTOM)
)
_TOP = (
    r"\b(?:most|highest)\s+(?:(?:" + _Q + "|" + alternation(j.RANK_TOP_NOUNS) + r")\b)"
    r"|\blikeliest\b|(?<!\bat\s)\bbest\b(?!\s+(?:seen|visuali[sz]ed|appreciated|demonstrated|evaluated|assessed|shown|"
    r"imaged|depicted|viewed))"
    r"|\b(?:" + alternation(j.RANK_VERBS) + r")\s+(?:the\s+)?most\b"
    r"|\b(?:" + alternation(j.OTHER_TOP) + r")\s+(?:" + alternation(j.OTHER_QUALITIES) + r")"
    r"|\b(?:" + alternation(j.GERMAN_TOP) + r")\b(?:\s+(?:" + alternation(j.GERMAN_QUALITIES) + r")\b)?"
    r"|" + alternation(j.ZH_TOP)
)
# Bottom first: "most unlikely" and "最不可能" hold a top word.
_RANK = lazy_compile(r"(?P<bottom>" + _BOTTOM + r")|(?P<top>" + _TOP + ")")
# Before a ranking: a negation or an ordinal makes it no end ("not the most likely", "isn't the best", "second most
# likely", "no es la más probable", "nicht am wahrscheinlichsten", "不是最可能").
_NOT_END = lazy_compile(r"(?:\b(?:" + alternation(negation.PLAIN, negation.NEITHER, negation.NEVER, negation.OTHER_NONE)
                        + r"|nicht|pas|non|second|third|fourth|next|2nd|3rd)\b|" + negation.CONTRACTION + ")"
                        r"[\s,]*(?:(?:the|a|an|la|el|le|il|really|necessarily|quite|lo|as|so|very)\s+)*\Z|不是?\s*\Z")
# A bare likelihood adverb ("Most likely: D.", "most likely C", "probably the most likely"): to a question asking
# which option does NOT hold, it says how sure the model is of its answer, not where the option ranks.
_ADVERB = lazy_compile(r"(?i)\A(?:most\s+likely|most\s+probably|likeliest)\Z")
# What may stand between a ranking and the option it ranks: articles, copulas, decision nouns, a colon or dash.
_BETWEEN = lazy_compile(
    r"(?i)\A[\s*_\"'“”:：=\-–—→(\[)\]]*(?:(?:the|a|an|one|is|are|was|be|would|seems|appears|remains|option|choice|"
    r"answer|diagnosis|finding|step|next|here|overall|clearly|therefore|thus|by|far|of|all|these|those|them|"
    r"following|options|choices|to|being|es|la|el|ist|est|c'est|è|é|是|为|的|选项|\([a-z]\))[\s*_\"'“”:：=\-–—→(\[)\]]*)*\Z")


# ... or a few words ending in a colon: the ranking labels the option ("Least likely to be seen: D").
_LABEL_GAP = lazy_compile(r"\A[^.:;!?\n]{0,40}[:：][\s*_(\[]*(?:option\s+|choice\s+)?\Z")


class Ranked(NamedTuple):
    """A ranking near an option: its direction, whether it stands right beside the option (a label "Least likely:
    C", "C is the least likely"), whether it is only the adverb "most likely", and whether it stands before the
    option (a label) or after it (a judgement), and whether its words are another language's than English."""

    pole: Pole
    adjacent: bool
    adverb: bool
    before: bool = True
    foreign: bool = False


_ENGLISH = lazy_compile(r"(?:most|least|lowest|highest|likeliest|best|worst|fits?|matches|match|describes|explains|"
                        r"suits|applies)\b")


def _foreign(words: str) -> bool:
    """A ranking in a European language other than English (Chinese rankings are ``langwords``' decision cues)."""
    return _ENGLISH.match(words) is None and words[:1].isalpha() and words[:1].isascii()


# After a top ranking: a noun naming the answer itself ("the best choice is D", "the most appropriate answer"): it
# says which option answers the question, whatever end the question asks for, so it ranks nothing.
_ANSWER_NOUN = lazy_compile(r"[\s*_]+(?:[a-z]+\s+)?(?:answer|choice|option|pick|selection|response)s?\b")


def _pole(found: re.Match[str], text: str) -> Pole | None:
    if _NOT_END.search(text, max(0, found.start() - 30), found.start()) is not None:
        return Pole.OTHER
    if found.group("bottom") is not None:
        return Pole.BOTTOM
    return None if _ANSWER_NOUN.match(text, found.end()) is not None else Pole.TOP


# A comma or Chinese comma ends the reach of a ranking: "The most likely is C, least likely A".
_CUT = lazy_compile(r"[,，;；]")


# A label ranking the option below another, no end of the scale: "Secondary: effusion", "Alternative diagnosis: B",
# "Runner-up: D", "Differential: pneumonia" (after "Primary: ..." / "Answer: ...").
_BELOW_LABEL = lazy_compile(r"(?i)(?:\A|[\s*_(\-•])(?:secondary|second|alternatives?|differentials?|runner[\s-]up|"
                            r"backup|fallback)(?:\s+[a-z]+){0,2}[\s*_]*[:：][\s*_(\[]*(?:option\s+|choice\s+)?"
                            r"(?:(?!(?:is|are|was|were|answer|it|this|that)\b)[a-z-]+\s+){0,3}\Z")
# (up to three describing words after the label: "Secondary: small bilateral pleural effusions")


def clause_pole(left: str, right: str) -> Ranked | None:
    """The ranking that judges the option between ``left`` (its clause's words before it) and ``right`` (after it):
    the nearest ranking before it, else the first after it, each within the comma-bounded part of the clause; None
    when there is none. Cheap when there is none (most mentions): a substring test first."""
    cut = None
    for cut in _CUT.finditer(left):
        pass
    if cut is not None:
        left = left[cut.end():]
    if (":" in left or "：" in left) and _BELOW_LABEL.search(left) is not None:
        return Ranked(Pole.OTHER, True, False)
    low = left.lower()
    found = [(m, pole) for m in _RANK.finditer(low) if (pole := _pole(m, low)) is not None] if _maybe(low) else []
    if found:
        m, pole = found[-1]
        gap = low[m.end():]
        return Ranked(pole, _BETWEEN.match(gap) is not None or _LABEL_GAP.match(gap) is not None,
                      _ADVERB.match(m.group()) is not None, foreign=_foreign(m.group()))
    stop = _CUT.search(right)
    low = (right[:stop.start()] if stop is not None else right).lower()
    if not _maybe(low):
        return None
    for m in _RANK.finditer(low):
        pole = _pole(m, low)
        if pole is not None:
            return Ranked(pole, _BETWEEN.match(low[:m.start()]) is not None, _ADVERB.match(m.group()) is not None,
                          before=False, foreign=_foreign(m.group()))
    return None


_STEMS = ("most", "least", "best", "worst", "lowest", "highest", "likeliest", "más", "mas ", "mais", "menos", "plus",
          "moins", "più", "piu", "meno", "am ", "wahrscheinlichst", "schlechtest", "beste", "最")


def _maybe(low: str) -> bool:
    return any(map(low.__contains__, _STEMS))


@lru_cache(maxsize=4096)
def asked_pole(question: str) -> Pole:
    """The end of the scale ``question`` asks for: BOTTOM for a ranking at the bottom ("least likely", "worst",
    "menos probable"), EXCEPT for a NOT / EXCEPT question without one, TOP otherwise (a neutral question asks what
    holds: "Least likely: C." does not answer "Which is the diagnosis?")."""
    low = question.lower()
    if _maybe(low) and any(_pole(found, low) is Pole.BOTTOM for found in _RANK.finditer(low)):
        return Pole.BOTTOM
    if asks_for_exception(question):
        return Pole.EXCEPT
    return Pole.TOP


def against(ranked: Ranked | None, asked: Pole) -> bool:
    """Whether a ranking rules its option out as the selection for a question asking for ``asked``: no end of the
    scale, the other end, or (to a NOT / EXCEPT question) a top ranking that is not the bare adverb "most likely"."""
    if ranked is None:
        return False
    if ranked.pole is Pole.OTHER:
        return True
    if asked is Pole.EXCEPT:
        return ranked.pole is Pole.TOP and not ranked.adverb
    return ranked.pole is not asked


def selects(ranked: Ranked | None, asked: Pole) -> bool:
    """Whether a ranking right beside its option selects it: at the bottom, for a question asking for the bottom or
    for what does NOT hold ("Pneumothorax (D) is the least likely." to "Which is the LEAST likely?"); at the top, for
    a question asking for the top, in another language's words ("La opción más probable es B", "Am
    wahrscheinlichsten ist B": the English ones are the decision reader's cues, and "most likely B" may hedge)."""
    if ranked is None or not ranked.adjacent:
        return False
    if ranked.pole is Pole.BOTTOM:
        return asked in (Pole.BOTTOM, Pole.EXCEPT)
    return ranked.pole is Pole.TOP and asked is Pole.TOP and ranked.foreign


def ranks_only_against(sentence: str, asked: Pole) -> bool:
    """Whether ``sentence`` ranks something against the question and nothing in its direction ("Least likely:
    PTX." to a question asking the most likely): the readers of an option named in other words (an abbreviation, a
    number, a synonym), which see no mention to judge, read nothing from it."""
    low = sentence.lower()
    if not _maybe(low):
        return False
    found = [Ranked(pole, False, _ADVERB.match(m.group()) is not None) for m in _RANK.finditer(low)
             if (pole := _pole(m, low)) is not None]
    return any(against(r, asked) for r in found) and not any(r.pole is asked for r in found)


def _ranked_out(text: str, idx: OptionIndex, asked: Pole) -> list[tuple[str, int, int]]:
    """Letter and clause span of each mention in ``text`` ranked against the question (:func:`against`)."""
    out: list[tuple[str, int, int]] = []
    if not _maybe(text.lower()):
        return out
    for m in find_mentions(text, idx):
        left, right = clause_left(text, m.start), clause_right(text, m.end)[0]
        if against(clause_pole(left, right), asked):
            out.append((m.letter, m.start - len(left), m.end + len(right)))
    return out


def ranks_against(text: str, idx: OptionIndex, letter: str, asked: Pole) -> bool:
    """Whether ``text`` names option ``letter`` in a clause ranking it against the question (:func:`against`): a
    reader that saw the option's name in a short reply ("Pneumothorax (D) is the least likely.") has no selection."""
    return any(found == letter for found, _, _ in _ranked_out(text, idx, asked))


def without_ranked_out(text: str, idx: OptionIndex, asked: Pole) -> str:
    """``text`` with the clauses that rank an option against the question blanked out: what they name is not
    stated beside the selection ("Pneumothorax is the least likely; pleural effusion is the most likely.")."""
    for _, start, end in _ranked_out(text, idx, asked):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


__all__ = ["Pole", "Ranked", "against", "asked_pole", "clause_pole", "ranks_against", "ranks_only_against", "selects", "without_ranked_out"]

"""The choice reader's last try: an option named by another of its names (``extract/option_names.py``), read only
where the reply decides.

Another name is weaker evidence than an option's own text: an abbreviation or a synonym comes up in history ("Known
MS patient"), in a differential, in a question ("?CJD"), and a short form may mean something else (PD is proton
density as often as Parkinson disease). So the options' index with those names (``mentions.aliased_index``) is read
by the decision reader (``extract/choice.py``) alone, never by the fallbacks that take the one option a reply mentions,
and its reading counts only where the reply decides:

* a commitment the decision reader makes (a final-answer line, "is most consistent with", "suggests", a bold
  answer), not one it takes from a description alone;
* else the decision sentence (``decision_clauses.decision_sentence``: the last, or the impression's first) worded as
  a decision (``aliases.decides``: a concluding word, a colon or dash before the name, or the name standing alone as
  the reply: "MS.") with the name in one of its kept clauses (no hedge, alternative, negation, question).

Never when the reply says that no option fits, nor when its final-answer phrase names something else ("... but the
final diagnosis is autoimmune encephalitis"), nor where a clause naming it recalls the patient's past ("status post
resection of ccRCC", "history of MS") or weighs it without taking it ("a fungus ball was considered", "DISH would need
four levels"); only an option the reply names by no letter and not by its own text (one it names so the readers
before saw and did not take). The reading carries its own rule, :data:`option_names.RULE`.
"""

from __future__ import annotations

from medstep.extract import option_names
from medstep.extract.aliases import decides
from medstep.extract.choice import Reading, read_choice
from medstep.extract.decision import read_decision
from medstep.answers import hedges
from medstep.extract.decision_clauses import clauses as split_clauses, decision_sentence, kept_clauses
from medstep.extract.marks import LINKING_VERBS
from medstep.extract.mentions import OptionIndex, aliased_index, find_mentions
from medstep.extract.polarity import Pole
from medstep.extract.refusal import is_refusal
from medstep.extract.split import Located, last_phrase
from medstep.lazyre import lazy_compile
from medstep.types import Sample

# "None of the lung options fits.", "breast cancer, not on the list": the reply's answer is none of the options.
_NONE_FITS = lazy_compile(r"(?i)\bnone\s+of\s+(?:the|these)\s+(?:\w+\s+){0,2}(?:options|choices|answers)\b|"
                          r"\bnot\s+(?:on\s+the\s+list|listed|(?:one\s+of|among)\s+the\s+(?:\w+\s+)?(?:options|choices))\b")

# A clause recalling the patient's past before the name ("status post resection of ccRCC", "history of MS", "known
# NPH"; ``hedges.PAST`` less "old", which dates a lesion beside the name: "a fungus ball in an old cavity") or weighing
# the name without taking it anywhere ("a fungus ball was considered", "the differential of ...", "DISH would need four
# levels"): a name there is no pick (``answers/hedges``).
_RECALLED = lazy_compile("(?i)" + hedges.words(tuple(w for w in hedges.PAST if w != "old"), hedges.OPERATED))
_WEIGHED = lazy_compile("(?i)" + hedges.words(hedges.ALTERNATIVE, hedges.CONDITION))
# What ends a past cue's reach: a verb of the reply's own inference or statement after it ("a patient with known lung
# cancer suggest spread to the brain": the name is what the reply infers now, not the history).
_NOW = lazy_compile("(?i)" + hedges.words(hedges.SUSPICION, hedges.INFERRING, hedges.IDENTIFYING, LINKING_VERBS))


def read_option_alias(loc: Located, sample: Sample, idx: OptionIndex, exception: bool, pole: Pole) -> Reading | None:
    """The option the reply decides on by another of its names (module docstring), else None."""
    region = loc.answer
    if is_refusal(region) or _NONE_FITS.search(region) is not None:
        return None
    named = aliased_index(sample.options, sample.question)
    if not (named.named or len(named.text_res) > len(idx.text_res)):
        return None
    letter = read_choice(loc, named, exception=exception, asked=pole).answer
    if letter not in idx.letters or any(m.letter == letter for m in find_mentions(region, idx)):
        return None
    return Reading(letter, option_names.RULE) if _decided(region, named, letter, exception, pole) else None


def _names(text: str, named: OptionIndex, letter: str, alone: bool = False) -> bool:
    """Whether ``text`` names ``letter``'s option (by any of its names); ``alone``: and no other option."""
    letters = {m.letter for m in find_mentions(text, named)}
    return letters == {letter} if alone else letter in letters


def _framed(clause: str, named: OptionIndex, letter: str) -> bool:
    """Whether ``clause`` weighs ``letter``'s option, or names it in the reach of a cue of the patient's past
    (``_RECALLED``, up to ``_NOW``)."""
    starts = [m.start for m in find_mentions(clause, named) if m.letter == letter]
    if not starts:
        return False
    if _WEIGHED.search(clause) is not None:
        return True
    cues = list(_RECALLED.finditer(clause, 0, starts[-1]))
    return bool(cues) and _NOW.search(clause, cues[-1].end(), starts[-1]) is None


def _decided(region: str, named: OptionIndex, letter: str, exception: bool, pole: Pole) -> bool:
    """Whether the reply decides on ``letter``'s option where it names it by another name (module docstring)."""
    if any(_framed(c, named, letter) for c in split_clauses(region)):
        return False  # "Conclusion: status post resection of ccRCC; no recurrence.": the name recalls or weighs
    phrase = last_phrase(region)
    if phrase is not None and not _names(region[phrase[1]:].strip().split("\n", 1)[0], named, letter):
        return False  # "... but here the final diagnosis is autoimmune encephalitis.": the answer names no option
    sentence = decision_sentence(region)
    decision = read_decision(region, named, exception, pole)
    if decision.letter == letter and not decision.weak and not decision.ambiguous:
        return True
    clauses = kept_clauses(region, named, sentence)
    return clauses is not None and bool(clauses) and decides(sentence) \
        and _names(" ".join(clauses), named, letter, alone=True)


__all__ = ["read_option_alias"]

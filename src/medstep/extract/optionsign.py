"""An option named by its textbook sign: "Target sign with a crescent of fat." for "Intussusception", "Whirlpool sign
of the mesenteric vessels." for "Midgut volvulus" (rule ``option_sign``).

A short reply often gives what defines one option rather than its name. The one finding-sign table, ``signs.tsv``
(read by :func:`medstep.extract.implications.read_sign` for a yes/no question), already holds that knowledge: each
option is asked as the yes/no question "Is there <option>?", and the reply names the option when the table reads
yes for exactly that one option and reads nothing (neither yes nor no) for every other. Every guard of the yes/no
reader holds (no hedge, no turn, no earlier study, the sign not negated, one finding's signs only). A last-resort
reader (``extract/choice_reader.py``): only for a short reply naming no option by letter or text, in a question that
does not ask which option does NOT hold. A denial is allowed only in the sentences after the sign that give no sign of
any option and do not deny the option read ("Target sign in the right upper quadrant. No free fluid."): the sign is
read from the sentences before them.
"""

from __future__ import annotations

from medstep.answers import NO, YES, hedges, negation
from medstep.extract.cut import dangling
from medstep.extract.implications import RELATIVE_DENIAL, any_sign, read_sign
from medstep.extract.stated import read_implicit_finding
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample, Status

RULE = "option_sign"
_DENIED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT)
                       + "|" + negation.CONTRACTION)
_MAX_CHARS = 300
_RELATIVE_DENIAL = lazy_compile("(?i)" + RELATIVE_DENIAL)  # "... that does not cross the sutures": the sign's own words
_SENTENCE = lazy_compile(r"(?<=[.!?])\s+|\n+")
# Verbs that lead to a conclusion: a reply ending on one was cut before it ("..., which indicates").
_TO_CONCLUSION = frozenset({"indicates", "indicate", "indicating", "suggests", "suggest", "suggesting", "represents",
                            "represent", "means", "implies", "confirms", "favours", "favors", "consistent", "compatible",
                            "typical", "diagnostic", "characteristic"})


def read_option_sign(region: str, idx: OptionIndex, options: dict[str, str]) -> str | None:
    """The one option whose textbook sign the short reply gives (module docstring), else None."""
    text = region.strip()
    if not text or len(text) > _MAX_CHARS or find_mentions(text, idx) or dangling(text, _TO_CONCLUSION):
        # ("... absent flow on color Doppler, which indicates": cut before the conclusion it gives)
        return None
    questions = {letter: f"Is there {option.strip().rstrip('?.')}?" for letter, option in options.items()}
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    kept = len(sentences)
    while kept > 1 and _DENIED.search(sentences[kept - 1]) is not None \
            and all(read_sign(sentences[kept - 1], q) is None and not any_sign(sentences[kept - 1], q)
                    for q in questions.values()):
        kept -= 1  # "... No free fluid.": a denial after the sign, of something no option's sign names
    signed = " ".join(sentences[:kept])
    if _DENIED.search(_RELATIVE_DENIAL.sub(" ", signed)) is not None:
        return None  # "The whirlpool sign and the target sign are both absent.": a denial may reach a sign the
        # table's scope does not see
    read = {letter: read_sign(signed, q) for letter, q in questions.items()}
    named = [letter for letter, verdict in read.items() if verdict == YES]
    if len(named) != 1 or any(v is not None for letter, v in read.items() if letter != named[0]):
        return None
    if kept < len(sentences) and _denies_named(" ".join(sentences[kept:]), options[named[0]]):
        return None  # "Target sign. No intussusception is seen on the other views.": the option itself denied
    return named[0]


def _denies_named(denials: str, option: str) -> bool:
    """Whether the trailing denials deny the option read, in its own or other words (the yes/no reader of a stated
    finding, ``extract/stated.py``, reads them against "Is there <option>?")."""
    sample = Sample(id="sign", question=f"Is there {option.strip().rstrip('?.').lower()}?", answer=YES,
                    answer_type=AnswerType.CLOSED)
    reading = read_implicit_finding(denials, sample)
    return reading.answer == NO or reading.status is Status.AMBIGUOUS


__all__ = ["RULE", "read_option_sign"]

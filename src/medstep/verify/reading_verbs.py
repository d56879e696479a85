"""The verbs of reading an image, in one table, and the alternations ``generic_steps.py`` builds its patterns from.

Why: a generic instruction is told by its form ("Assess the heart", "Characterise nodules by size", "bones reviewed for
lesions", "one should look for", "I would check"), and each form takes a different subset of the same verbs: an order
before a complement takes most of them; an order over a bare plural or a bare object only the verbs that are never an
adjective or a noun there ("Trace effusions" reports trace effusions, "Review findings show" is no order); a participle
only the verbs of examining. The game42 review found five separate lists of these verbs in one file, each edited on
its own; here each verb is written once, with the forms it takes (``Use``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto


class Use(Flag):
    """The forms a reading verb takes in a generic instruction."""

    NONE = 0
    ORDER = auto()  # an imperative before a complement: "Assess the heart", "Look for a pneumothorax"
    PLURAL = auto()  # an order over a bare plural ending a phrase: "Characterise nodules by size"
    BARE = auto()  # never a noun or adjective at a clause's start: an order over any bare object, "Assess clot burden"
    PRESUPPOSES = auto()  # names its object as there ("Identify the lesion"): an order only when the object is open
    DONE = auto()  # its participle, a part examined without a result: "bones reviewed for lesions"
    ONE_DOES = auto()  # a generic agent's habit: "one looks for", "one checks"
    I_WOULD = auto()  # a reader's plan: "I would look for", "I will first check"
    DUTY = auto()  # under a modal of duty: "should be assessed", "must be excluded", "needs to be sought"


@dataclass(frozen=True)
class Verb:
    """One reading verb: its base form (a regex), the forms it takes, its participle and third person where used."""

    base: str
    uses: Use
    done: str = ""  # the participle ("reviewed", "looked\s+at")
    third: str = ""  # the third person after "one" ("looks?", "assess(?:es)?")

    @property
    def stem(self) -> str:
        """The base less a final "e" or "y", so ``stem\\w*`` reads every inflection ("exclud" -> "excluded")."""
        return self.base[:-1] if self.base.endswith(("e", "y")) else self.base


_O, _P, _B, _S, _D = Use.ORDER, Use.PLURAL, Use.BARE, Use.PRESUPPOSES, Use.DONE
_A, _I, _M = Use.ONE_DOES, Use.I_WOULD, Use.DUTY
VERBS: tuple[Verb, ...] = (
    Verb("assess", _O | _P | _B | _D | _A | _I | _M, "assessed", r"assess(?:es)?"),
    Verb("evaluate", _O | _P | _B | _D | _I | _M, "evaluated"),
    Verb("check", _O | _P | _D | _A | _I | _M, "checked", r"checks?"),
    Verb("confirm", _O | _M),
    Verb("exclude", _O | _P | _M),
    Verb(r"rule\s+out", _O | _P),
    Verb("trace", _O | _A | _I | _M, third=r"traces?"),
    Verb("follow", _O | _M),
    Verb("identify", _O | _P | _S | _M),
    Verb("determine", _O | _M),
    Verb("measure", _O | _A | _I | _M, third=r"measures?"),
    Verb("compare", _O | _P | _A | _I | _M, third=r"compares?"),
    Verb("review", _O | _P | _D | _A | _I | _M, "reviewed", r"reviews?"),
    Verb("examine", _O | _P | _B | _S | _D | _A | _I | _M, "examined", r"examines?"),
    Verb("inspect", _O | _P | _B | _D | _M, "inspected"),
    Verb("look", _O | _A | _I | _M, third=r"looks?"),
    Verb(r"look\s+at", _P | _D, r"looked\s+at"),
    Verb(r"look\s+for", _P | _B),
    Verb("search", _O | _A | _I | _M, third="searches"),
    Verb(r"search\s+for", _P | _B),
    Verb("seek", _O | _B | _M),
    Verb("obtain", _O | _M),
    Verb("draw", _O | _I),
    Verb("count", _O),
    Verb("consider", _O | _S),
    Verb("correlate", _O),
    Verb("ensure", _O),
    Verb(r"make\s+sure", _O),
    Verb("verify", _O),
    Verb("locali[sz]e", _O | _P | _B),
    Verb("characteri[sz]e", _O | _P | _B | _S | _M),
    Verb("scrutini[sz]e", _O | _P | _B | _D | _M, "scrutini[sz]ed"),
    Verb("grade", _O),
    Verb("classify", _O | _P),
    Verb("apply", _O),
    Verb("use", _O),
    Verb("request", _O),
    Verb("remember", _O),
    Verb(r"go\s+through", _O),
    Verb(r"work\s+through", _O),
    Verb("scroll", _O | _I),
    Verb("interrogate", _O | _P | _B | _D | _M, "interrogated"),
    Verb("document", _O),
    Verb("describe", _O | _P | _S),
    Verb("start", _O | _I),
    Verb("begin", _O | _I),
    Verb("scan", _O | _M),
    Verb("distinguish", _O | _M),
    Verb("differentiate", _O | _M),
    Verb(r"think\s+about", _O),
    Verb(r"note\s+whether", _O),
    Verb("screen", _D, "screened"),
    Verb("read", _M),
    Verb("sample", _M),
    Verb("include", _M),
)


def alternation(use: Use) -> str:
    """The base forms of the verbs that take ``use``, as a regex alternation (no group)."""
    return "|".join(v.base for v in VERBS if use in v.uses)


def participles() -> str:
    """The participles of the verbs of examining (``Use.DONE``), as a regex alternation."""
    return "|".join(v.done for v in VERBS if Use.DONE in v.uses)


def third_persons() -> str:
    """The third persons after a generic "one" (``Use.ONE_DOES``), as a regex alternation."""
    return "|".join(v.third for v in VERBS if Use.ONE_DOES in v.uses)


def duty_stems() -> str:
    """The stems of the verbs read under a modal of duty (``Use.DUTY``), as a regex alternation (``\\w*`` follows)."""
    return "|".join(v.stem for v in VERBS if Use.DUTY in v.uses)


# What a kind of study can show ("A chest X-ray can show ...", ``generic_steps._KIND_OF``): a verb of showing, whose
# seeing is the kind's, not this image's.
STUDY_VERBS = ("show", "reveal", "demonstrate", "display", "depict")

"""An option named by its textbook sign: "Target sign with a crescent of fat." for "Intussusception", "Whirlpool sign
of the mesenteric vessels." for "Midgut volvulus" (rule ``option_sign``).

A short reply often gives what defines one option rather than its name. The one finding-sign table, ``signs.tsv``
(read by :func:`medstep.extract.implications.read_sign` for a yes/no question), already holds that knowledge: each
option is asked as the yes/no question "Is there <option>?", and the reply names the option when the table reads
yes for exactly that one option and reads nothing (neither yes nor no) for every other. Every guard of the yes/no
reader holds (no hedge, no turn, no earlier study, the sign not negated, one finding's signs only). A last-resort
reader (``extract/choice_reader.py``): only for a short reply naming no option by letter or text and denying nothing, in a
question that does not ask which option does NOT hold.
"""

from __future__ import annotations

from medstep.answers import YES, hedges, negation
from medstep.extract.cut import dangling
from medstep.extract.implications import read_sign
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

RULE = "option_sign"
_DENIED = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NEVER, negation.NONE, negation.ABSENT)
                       + "|" + negation.CONTRACTION)
_MAX_CHARS = 300
# Verbs that lead to a conclusion: a reply ending on one was cut before it ("..., which indicates").
_TO_CONCLUSION = frozenset({"indicates", "indicate", "indicating", "suggests", "suggest", "suggesting", "represents",
                            "represent", "means", "implies", "confirms", "favours", "favors", "consistent", "compatible",
                            "typical", "diagnostic", "characteristic"})


def read_option_sign(region: str, idx: OptionIndex, options: dict[str, str]) -> str | None:
    """The one option whose textbook sign the short reply gives (module docstring), else None."""
    text = region.strip()
    if not text or len(text) > _MAX_CHARS or find_mentions(text, idx) or dangling(text, _TO_CONCLUSION) \
            or _DENIED.search(text) is not None:
        # ("... absent flow on color Doppler, which indicates": cut before the conclusion it gives; "The whirlpool sign
        # and the target sign are both absent.": a denial may reach a sign the table's scope does not see)
        return None
    read = {letter: read_sign(text, f"Is there {option.strip().rstrip('?.')}?") for letter, option in options.items()}
    named = [letter for letter, verdict in read.items() if verdict == YES]
    if len(named) != 1 or any(v is not None for letter, v in read.items() if letter != named[0]):
        return None
    return named[0]


__all__ = ["RULE", "read_option_sign"]

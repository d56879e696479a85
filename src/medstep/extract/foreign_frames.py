"""A reply that concludes in another language, its concluding frames written in English for the choice reader.

"**Conclusão:** O quadro é compatível com pneumonia lobar. A ausência de perda de volume afasta atelectasia." names
the option "Pneumonia lobar" (the options are Portuguese too) in a frame the decision reader knows in English only
("is consistent with", "the most likely diagnosis is"), so it sees two options named and no decision. The frames of
the other languages are ``extract/langwords.py``'s (``FOREIGN_LINK``: "compatível com", "compatible con", "en faveur
de", "vereinbar mit"; ``FOREIGN_IS``: "el diagnóstico más probable es", "die Diagnose ist"); here each is written as
its English frame, and the choice reader reads the reply again with all its guards (``extract/choice_reader.py``):
frame-free, the frame commits as its English counterpart does and no more.

A sentence that holds a negation of those languages ("não é compatível com ...") or holds the verdict open (a
possibility, an "or", a turn, a differential, a question: ``langwords.FOREIGN_HELD_OPEN``'s words) keeps its own words: the English
reader would not see what its foreign words take back.
"""

from __future__ import annotations

import re
from functools import partial

from medstep.answers import hedges
from medstep.extract.langwords import FOREIGN_DIFFERENTIAL, FOREIGN_IS, FOREIGN_LINK, REJECT, WEAKENING, foreign_negation
from medstep.lazyre import lazy_compile

RULE = "foreign_frame"
_LINK = lazy_compile(r"(?i)(?<!\w)" + FOREIGN_LINK)
_IS = lazy_compile(r"(?i)(?<!\w)" + FOREIGN_IS)
# The sentence around a frame: from the last stop, line break or colon before it to the next stop or line break.
_SENTENCE_END = lazy_compile(r"[.!?\n;]")
_FRAMES = ((_LINK, "consistent with "), (_IS, "the diagnosis is "))
# What holds a sentence's verdict open in those languages: ``langwords.FOREIGN_HELD_OPEN``'s words but the one-letter
# "or" ("o", "e", "u"), which is the Portuguese and Italian article or "and" as often ("O quadro é ...").
_HELD_OPEN = lazy_compile("(?i)" + hedges.words(hedges.OTHER_POSSIBILITY, hedges.OTHER_TURN,
                                                (w for w in hedges.OTHER_OR if len(w) > 1),
                                                (w for lang in hedges.EUROPEAN.values() for w in lang.could),
                                                (w for lang in hedges.EUROPEAN.values() for w in lang.either),
                                                FOREIGN_DIFFERENTIAL, WEAKENING) + r"|[?¿/]|(?<!\w)(?:" + REJECT + r")(?!\w)")
# What sets another option aside in its own sentence: the same words but a turn ("Porém, ... indica atelectasia"
# turns to it).
_OTHER_HELD_OPEN = lazy_compile("(?i)" + hedges.words(hedges.OTHER_POSSIBILITY,
                                                      (w for w in hedges.OTHER_OR if len(w) > 1),
                                                      (w for lang in hedges.EUROPEAN.values() for w in lang.could),
                                                      (w for lang in hedges.EUROPEAN.values() for w in lang.either),
                                                      FOREIGN_DIFFERENTIAL) + r"|[?¿/]")


def in_english(text: str) -> str | None:
    """``text`` with each frame of another language written as its English frame, else ``None`` (none found or
    every one in a sentence that denies or holds the verdict open)."""
    out = text
    for pattern, english in _FRAMES:
        out = pattern.sub(partial(_written, english), out)
    return out if out != text else None


def _written(english: str, m: re.Match[str]) -> str:
    """The English frame for the foreign one ``m`` matched, unless its sentence denies or holds it open."""
    return m.group(0) if set_aside(m.string, m.start(), m.end(), _HELD_OPEN) else english


def set_aside(text: str, start: int, end: int | None = None, held_open: re.Pattern[str] | None = None) -> bool:
    """Whether the sentence of ``text`` around ``start:end`` denies or holds open what it names, in the words of
    those languages (a negation, a possibility, an "or", a differential, a question; for a frame a turn as well).

    The choice reader takes a frame written in English only where every other option the reply names stands in such
    a sentence (``extract/choice_reader.py``): "Porém, a perda de volume indica atelectasia", "Se descarta un cuadro
    compatible con ...; la pérdida de volumen indica atelectasia" name another option in words the English reader
    cannot weigh, and the reply may well turn to it."""
    lo = max((e.end() for e in _SENTENCE_END.finditer(text, 0, start)), default=0)
    end_m = _SENTENCE_END.search(text, start if end is None else end)
    sentence = text[lo:end_m.start() if end_m else len(text)]
    return foreign_negation(sentence) or (held_open or _OTHER_HELD_OPEN).search(sentence) is not None


__all__ = ["RULE", "in_english", "set_aside"]

"""A committed lean on a stated finding, read as the finding stated: "Most likely a small hiatus hernia." to "Is there a
hiatal hernia?" is a yes, as "Probably yes." is (``answers/yesno.COMMITTED_LEANS``) and as "most likely benign" is a
pole (``extract/implicit_words.mask_committed_leans``); "考虑肺炎可能性大" ("pneumonia considered likely") to
是否存在肺炎？ is a 是, as 考虑肺炎 is.

The closed readers take every likelihood word in a sentence naming the asked finding as a hedge (``implicit.hedged``),
which is right for "may", "could", "possible", "cannot be excluded" and for a likelihood lowered ("less likely"), but
leaves a reply whose only doubt is a committed lean unread, although the hand labels read it as the model's verdict
(WRITING.md: "hedged but committed"). :func:`commit` rewrites such a reply without its committed leans
(``hedges.COMMITTED_ADVERBS``, and the Chinese close ``hedges.ZH_LEAN``), so every reader after it reads the finding with
all its checks of side, organ, negation and the other finding; ``extract/closed_reader.py`` reads the rewrite only where
the reply as written gives no verdict.

Nothing is rewritten (the reply keeps its doubt) when anything else in it holds the answer open: another possibility
or doubt, a suspicion, an alternative or a differential, a finding that cannot be excluded, a second likelihood,
or a lean followed in its clause by "or" / "versus" / "than" ("Probably pneumonia or atelectasis."). A lean after a
determiner picks one of several ("the most likely diagnosis is"), one lowered ("less likely", "not likely") turns from
the finding, one opening a clause of its own ("Probably, ...") or a "that" clause ("likely that ...") is left as written.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

# The committed lean, not lowered, not after a determiner, before the word it commits (not a comma, not "that"); never
# the tail of a longer one ("likely" of "the most likely"), which is read whole or not at all.
_BEFORE = sorted({w.split()[0] for w in hedges.COMMITTED_ADVERBS if " " in w} | {"less", "least", "not", "no", "the", "a",
                                                                               "an", "this", "its"})
_LEAN = lazy_compile(r"(?i)" + "".join(rf"(?<!\b{w}\s)" for w in _BEFORE) + r"\b(?:" + hedges.alternation(hedges.COMMITTED_ADVERBS) + r")\b"
                     r"(?=\s+(?!that\b)[a-z0-9])")
# "or", "versus", "than" after the lean in its clause: the lean chooses between two readings, or weighs one against one.
_OR_AFTER = lazy_compile(r"(?i)[^,.;:!?\n]*?\b(?:or|versus|vs|than)\b")
# What keeps a reply open once its committed leans are gone (``answers/hedges``): a possibility, a doubt, a weighing,
# a suspicion, an alternative, a finding not excluded, a likelihood left (lowered or a second one), a candidate kept.
_OPEN = lazy_compile(r"(?i)\b(?:" + hedges.alternation(
    hedges.POSSIBILITY, hedges.DOUBT, hedges.WEIGHING, hedges.SUSPICION, hedges.ALTERNATIVE, hedges.DIFFERENTIAL,
    hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, hedges.LIKELIHOOD, hedges.UNLIKELY_WORDS, hedges.OPEN_CANDIDATE,
    hedges.CERTAIN, hedges.DIFFICULTY) + r")\b|\?")
# The Chinese close "…可能性大" (``hedges.ZH_LEAN``), and what keeps a Chinese reply open without it.
_ZH_LEAN = lazy_compile(r"的?" + hedges.ZH_LEAN)
_ZH_OPEN = lazy_compile("|".join(hedges.ZH_OPEN + hedges.ZH_POSSIBILITY + ("或", "？")))


def _english(text: str) -> str:
    """``text`` without its committed English leans (module docstring), else ``text`` unchanged."""
    spans = [m for m in _LEAN.finditer(text) if _OR_AFTER.match(text, m.end()) is None]
    if not spans:
        return text
    out = text
    for m in reversed(spans):
        out = out[:m.start()] + out[m.end():].lstrip(" ")
    return text if _OPEN.search(out) is not None else out


def _chinese(text: str) -> str:
    """``text`` without its Chinese committed closes "可能性大" (module docstring), else ``text`` unchanged."""
    if "可能" not in text:
        return text
    out = _ZH_LEAN.sub("", text)
    return text if out == text or _ZH_OPEN.search(out) is not None else out


def commit(text: str) -> str:
    """``text`` with its committed leans read as commitments (module docstring); ``text`` itself when none or when
    anything else holds it open."""
    return _chinese(text) if HAN.search(text) is not None else _english(text)


__all__ = ["commit"]

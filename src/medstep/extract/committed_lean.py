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
the finding, one opening a clause of its own ("Probably, ...") or a "that" clause ("likely that ...") is left as written,
and so is one after the signs it infers from (``_STATING``).
"""

from __future__ import annotations

from medstep.answers import YES, hedges, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.answers.text import HAN
from medstep.lazyre import lazy_compile

# The committed lean, not lowered, not after a determiner, before the word it commits (not a comma, not "that"); never
# the tail of a longer one ("likely" of "the most likely"), which is read whole or not at all.
_BEFORE = sorted({w.split()[0] for w in hedges.COMMITTED_ADVERBS if " " in w} | {"less", "least", "not", "no", "the", "a",
                                                                               "an", "this", "its"})
_LEAN = lazy_compile(r"(?i)" + "".join(rf"(?<!\b{w}\s)" for w in _BEFORE) + r"\b(?:" + hedges.alternation(hedges.COMMITTED_ADVERBS) + r")\b"
                     r"(?=\s+(?!that\b)[a-z0-9])")
# Where a committed lean states: opening its sentence (after markup at most), or as the predicate of "there is", "it
# is", "this is" ("Most likely a small hiatus hernia.", "There is probably a pneumonia."). A lean after the signs it
# infers from ("An opacity in the right lower lobe, likely consolidation.", "The opacity likely represents pneumonia.")
# weighs a reading of them and stays a lean (``extract/leaned_cause.py``).
_STATING = lazy_compile(r"(?i)(?:(?:^|[.!?\n:])[\s*_#>\"'“-]*|\bthere\s+(?:is|are|was|were)\s+|\bthere['’]s\s+)\Z")
# What a committed lean must state here: a finding or device of the vocabulary (``answers/concepts``), named within
# its first words ("a small hiatus hernia", "a left lower lobe pneumonia"). A verdict word, a state or a presence word
# after it ("Probably not.", "Probably normal.", "Likely absent.", "It is probably enlarged.") is read, or left as a
# lean, by the readers of verdicts and poles; "It is probably a macular hole." points at the image and stays a lean.
_NAMED = ("finding", "device")
_CLAUSE_END = lazy_compile(r"[,.;:!?\n—–()]")
_WORDS_BEFORE = 4
# The words a lean reads with as a verdict ("Probably yes.", "Probably not.", "Probably no devices."): never rewritten.
_VERDICTS = negation.heads(negation.DENY, negation.NOR, negation.NONE, negation.NOTHING, negation.NEITHER,
                           negation.ABSENT, (YES, "present"))
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


def _names_finding(text: str, end: int) -> bool:
    """Whether the clause after a lean ending at ``end`` names a finding or device (``_NAMED``) within its first
    words, and opens on no verdict or denial word."""
    stop = _CLAUSE_END.search(text, end)
    rest = text[end:stop.start() if stop is not None else len(text)].strip().lower()
    words = rest.split()
    if not words or words[0] in _VERDICTS:
        return False
    voc = vocabulary()
    first = next((m for m in voc.mentions(rest) if m.kind is MentionKind.CONCEPT and m.concept in voc.concepts), None)
    return first is not None and voc.concepts[first.concept].category in _NAMED \
        and len(rest[:first.start].split()) <= _WORDS_BEFORE


def _english(text: str) -> str:
    """``text`` without its committed English leans (module docstring), else ``text`` unchanged."""
    spans = [m for m in _LEAN.finditer(text) if _OR_AFTER.match(text, m.end()) is None
             and _STATING.search(text, max(0, m.start() - 40), m.start()) is not None and _names_finding(text, m.end())]
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

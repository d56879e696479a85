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

from bisect import bisect_right

from medstep.answers import YES, hedges, negation
from medstep.answers.concepts import Mention, MentionKind, vocabulary
from medstep.answers.text import HAN
from medstep.extract.implicit_langs import mask_names, zh_organ_compound, zh_question
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
# What may follow the finding a lean names, its noun ended: the clause's end, a link to its place, size or sign, a
# verb; not another noun it qualifies ("hernia repair mesh") nor a hyphen ("pneumonia-like").
_HEAD_AFTER = lazy_compile(r"\s*(?:$|(?:in|on|at|of|within|with|along|under|above|below|behind|near|from|involving|"
                           r"measuring|given|due|secondary|causing|extending|is|are|was|were|has|have|had|seen|noted|present|and|"
                           r"which|that|here|there|\w+ly)\b)")
_DENIALS = negation.heads(negation.DENY, negation.NOR, negation.NONE, negation.NOTHING, negation.NEITHER,
                          negation.ABSENT)
# "or", "versus", "than" after the lean in its clause: the lean chooses between two readings, or weighs one against one.
_OR_AFTER = lazy_compile(r"(?i)[^,.;:!?\n]*?\b(?:or|versus|vs|than)\b")
# What keeps a reply open once its committed leans are gone (``answers/hedges``): a possibility, a doubt, a weighing,
# a suspicion, an alternative, a finding not excluded, a likelihood left (lowered or a second one), a candidate kept.
_OPEN = lazy_compile(r"(?i)\b(?:" + hedges.alternation(
    hedges.POSSIBILITY, hedges.DOUBT, hedges.WEIGHING, hedges.SUSPICION, hedges.ALTERNATIVE, hedges.DIFFERENTIAL,
    hedges.NOT_EXCLUDED, hedges.NOT_EXCLUDING, hedges.LIKELIHOOD, hedges.UNLIKELY_WORDS, hedges.OPEN_CANDIDATE,
    hedges.CERTAIN, hedges.DIFFICULTY) + r")\b|\?")
# The Chinese close "…可能性大" (``hedges.ZH_LEAN``), and what keeps a Chinese reply open without it.
_ZH_LEAN = lazy_compile(r"的?" + hedges.ZH_LEAN + r"(?![于过小低])")  # not a comparison ("肺炎的可能性大于结核") nor the
# likelihood's size ("肺炎可能性大小需结合临床")
_ZH_OPEN = lazy_compile("|".join(hedges.ZH_OPEN + hedges.ZH_POSSIBILITY + ("或", "？")))


def _named(text: str, end: int) -> Mention | None:
    """The finding or device (``_NAMED``) the clause after a lean ending at ``end`` names within its first words, the
    head of its noun ("a small hiatus hernia", not "hernia repair mesh" or "a pneumonia-like opacity"), when the clause
    opens on no verdict or denial word; else ``None``."""
    stop = _CLAUSE_END.search(text, end)
    rest = text[end:stop.start() if stop is not None else len(text)].strip().lower()
    words = rest.split()
    if not words or words[0] in _VERDICTS:
        return None
    voc = vocabulary()
    first = next((m for m in voc.mentions(rest) if m.kind is MentionKind.CONCEPT and m.concept in voc.concepts), None)
    if first is None or voc.concepts[first.concept].category not in _NAMED \
            or len(rest[:first.start].split()) > _WORDS_BEFORE or _HEAD_AFTER.match(rest, first.end) is None:
        return None
    return first


def _other_finding(text: str, concept: str) -> bool:
    """Whether ``text`` names, undenied in its clause, a finding or device other than the leaned ``concept`` (nor one of
    its kind): a second candidate ("..., with a diverticulum as the second choice", "Alternatively, atelectasis.",
    "..., tumor less so") keeps the reply open, as a named alternative does."""
    voc = vocabulary()
    low = text.lower()
    kin = {concept} | set(voc.concepts[concept].ancestors)
    ends = [c.end() for c in _CLAUSE_END.finditer(low)]  # once per text: a clause start by bisection, not a rescan
    for m in voc.mentions(low):
        if m.kind is not MentionKind.CONCEPT or m.concept not in voc.concepts or m.concept in kin \
                or voc.concepts[m.concept].category not in _NAMED or concept in voc.concepts[m.concept].ancestors:
            continue
        k = bisect_right(ends, m.start)
        if not set(low[ends[k - 1] if k else 0:m.start].split()) & _DENIALS:
            return True
    return False


def _english(text: str) -> str:
    """``text`` without its committed English leans (module docstring), else ``text`` unchanged."""
    spans = [m for m in _LEAN.finditer(text) if _OR_AFTER.match(text, m.end()) is None
             and _STATING.search(text, max(0, m.start() - 40), m.start()) is not None and _named(text, m.end()) is not None]
    if not spans or any(_other_finding(text, named.concept) for m in spans if (named := _named(text, m.end())) is not None):
        return text
    out = text
    for m in reversed(spans):
        out = out[:m.start()] + out[m.end():].lstrip(" ")
    return text if _OPEN.search(out) is not None else out


def _chinese(text: str, question: str) -> str:
    """``text`` without its Chinese committed closes "可能性大" (module docstring), else ``text`` unchanged; unchanged too
    when ``question`` asks of a finding named with its organ (是否有肾囊肿？) and ``text`` never names that organ
    ("考虑肝囊肿可能性大" leans to a cyst elsewhere, which the readers of the finding's kind would take as the asked one)."""
    if "可能" not in text:
        return text
    zq = zh_question(mask_names(question)) if HAN.search(question) is not None else None
    split = zh_organ_compound(zq) if zq is not None else None
    if zq is not None and split is not None and zq.term[:len(zq.term) - len(split.term)] not in text:
        return text
    out = _ZH_LEAN.sub("", text)
    return text if out == text or _ZH_OPEN.search(out) is not None else out


def commit(text: str, question: str = "") -> str:
    """``text`` with its committed leans read as commitments (module docstring); ``text`` itself when none or when
    anything else holds it open."""
    return _chinese(text, question) if HAN.search(text) is not None else _english(text)


__all__ = ["commit"]

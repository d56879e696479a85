"""Which words of a one-error chain are its error, and whether a contradicted claim lies on them (issue #8).

``bench_error_detection`` once credited a one-error chain as found when any step had a contradicted claim
(``found``), or one on a line the good chain lacks (``on_error``). Both credit false contradictions: an err chain
rewords more lines than the one with the error, and session 55 saw two blind 55 chains "found" only through an
option heading read as a finding present on another changed line, while their real errors (basal vs central,
confluent vs patchy) were never read. The stricter count is ``on_fact``: a contradicted claim whose own extent
covers a word that the erroneous line changed relative to the good chain's most similar line.

* The changed words: each line of the err chain that the good chain lacks is aligned, token by token
  (``difflib`` on lower-cased words), with the good chain's most similar line; the err line's words in a replaced
  or inserted run are changed, and a deleted run ("no gas" -> "gas") leaves a point between the err line's words
  (a zero-width span) that an extent covering it touches.
* With the note's account of the error (the text after "error:" up to the first semicolon), only the changed
  words it shares count (by their first five letters; numbers whole): an err chain rewords more than its error.
* A claim's extent: its finding's words widened to the stretch that carries its attributes (``claim_extent``): up
  to a sentence or clause mark, or a word opening a subordinate or concluding clause, since an error in a side, a
  site, a size or a grade is written beside the finding's head, not in it ("left lateral opacity", "the density
  ... is smooth, oval and well defined, measuring about 4.5 cm"), while "..., which suggests X" or "(C): no
  fractures" states another thing.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from medstep.lazyre import lazy_compile

_WORD = lazy_compile(r"[^\W_]+(?:[.,'’/-][^\W_]+)*")  # "7th", "2.8", "cavo-atrial", "1,200"
# what ends the stretch of text a claim's attributes are written in: a sentence or clause mark (a decimal point is
# none), a dash between spaces, or a word that opens a subordinate or concluding clause ("..., which suggests",
# "..., indicating", "than"): what follows states another thing about the finding, not the finding
_BREAK = lazy_compile(r"[.;:!?()\[\]\n](?!\d)|\s[-\u2013\u2014]\s|\b(?:but|while|whereas|which|although|though|"
                      r"because|than|therefore|hence|indicating|suggesting|meaning|means|excludes?)\b", re.IGNORECASE)
_NOTE_WORDS = frozenset({"states", "state", "says", "calls", "gives", "places", "describes", "asserts",
                         "claims", "report", "there", "that", "this", "with", "from", "than", "which"})
_NOTE = lazy_compile(r"error\b[^:]{0,40}:\s*([^;]*)", re.IGNORECASE)

Span = tuple[int, int]


def _tokens(line: str) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(line)]


def line_changes(err: str, good: str) -> list[tuple[Span, frozenset[str]]]:
    """The spans (in ``err``) of the words ``err`` changed relative to ``good``, each with its word; a deletion is
    a zero-width span where the deleted words stood, with the err word after it."""
    e, g = _tokens(err), _tokens(good)
    out: list[tuple[Span, frozenset[str]]] = []
    ops = SequenceMatcher(None, [t for t, _a, _b in g], [t for t, _a, _b in e], autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag in ("replace", "insert"):
            out.extend(((a, b), frozenset((t,))) for t, a, b in e[j1:j2])
        elif tag == "delete":
            point = e[j1][1] if j1 < len(e) else len(err.rstrip())
            # the word the deleted words stood before ("no effusion" -> "effusion"): what they changed; the deleted
            # words themselves are often a reworded line's (moved or dropped), no sign of the error
            words = {t for t, _a, _b in e[j1:j1 + 1]}
            out.append(((point, point), frozenset(words)))
    return out


def most_similar(line: str, candidates: list[str]) -> str:
    """The candidate whose words best align with ``line``'s (the first of equals); "" when none shares a word."""
    words = [t for t, _a, _b in _tokens(line)]
    best, score = "", 0.0
    for cand in candidates:
        ratio = SequenceMatcher(None, words, [t for t, _a, _b in _tokens(cand)], autojunk=False).ratio()
        if ratio > score:
            best, score = cand, ratio
    return best


def stem(word: str) -> str | None:
    """What two spellings of a fact word share: a word with a digit whole ("5", "2.4"), another word of four or
    more letters by its first five ("marked" and "markedly"); None for short words and the note's own verbs."""
    if any(ch.isdigit() for ch in word):
        return word
    if len(word) < 4 or word in _NOTE_WORDS:
        return None
    return word[:5]


def error_clause(note: str) -> str:
    """What the note says the chain states wrongly: its text after "error:" ("One error: ...", "Error (size):
    ...", "Location error: ...") up to the first semicolon, where the note turns to what the report says; without
    such a label (older sets: "Places the stone in the cystic duct; report says ..."), the text before the first
    semicolon; "" when it has neither."""
    m = _NOTE.search(note)
    if m:
        return m.group(1)
    return note.split(";", 1)[0] if ";" in note else ""


def changed_words(chain: str, good: str, note: str = "") -> list[Span]:
    """The spans (in ``chain``) of the words each line absent from ``good`` changed against its most similar line
    of ``good``. With a ``note`` naming the wrong fact, only the changed words the note's account of the error
    shares (an err chain rewords more than its error: "obvious volume loss" for "marked volume loss" beside the
    wrong size is no error); all changed words when none is shared."""
    good_lines = [line for line in good.split("\n") if line.strip()]
    kept = set(good_lines)
    found: list[tuple[Span, frozenset[str]]] = []
    offset = 0
    for line in chain.split("\n"):
        if line.strip() and line not in kept:
            found.extend(((offset + a, offset + b), words)
                         for (a, b), words in line_changes(line, most_similar(line, good_lines)))
        offset += len(line) + 1
    fact = {stem(t) for t, _a, _b in _tokens(error_clause(note))} - {None}
    named = [span for span, words in found if fact & {stem(w) for w in words}]
    return named or [span for span, _words in found]


def claim_extent(text: str, start: int, end: int) -> Span:
    """The finding's words ``text[start:end]`` widened on both sides to the nearest clause break (``_BREAK``)."""
    left = 0
    for m in _BREAK.finditer(text, 0, start):
        left = m.end()
    after = _BREAK.search(text, end)
    return left, (after.start() if after else len(text))


def covers(extent: Span, changed: list[Span]) -> bool:
    """Whether the extent holds a changed word (or touches a deletion point)."""
    a, b = extent
    return any((s < b and e > a) if s < e else a <= s <= b for s, e in changed)

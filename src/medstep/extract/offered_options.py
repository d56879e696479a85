"""Alternatives offered among the options, or a differential of something else (issue #7).

"It could be an angiomyolipoma, a renal cell carcinoma, or an oncocytoma." keeps the choice open when those are the
options; "The main abnormality is a ring-enhancing lesion. This could be an abscess or a high-grade glioma." does not,
to "What is the main abnormality?" with findings for options: the causes it lists are none of them, and the option
stated stays chosen. Alternatives keep the choice open unless each one is shown *not* to be an option: it names a
concept of the shared vocabulary that no other option's text touches (``optionconcept.touched_concepts``, so "TB",
"collapse", "a bleed" or "fluid overload" still name an option), shares no word with another option, and holds no
numeral or short capitalised name ("4 or 5", "II or IV", "an AML"), which may name an option the vocabulary does not
know. An alternative the vocabulary does not know ("fluid") keeps it open.
"""

from __future__ import annotations

from medstep.answers import hedges
from medstep.answers.concepts import MentionKind, normalize, vocabulary
from medstep.answers.wordforms import same_word, text_forms
from medstep.extract.implicit_words import FRAME_FUNCTION, STOP
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.optionconcept import touched_concepts
from medstep.extract.refusal import offered
from medstep.lazyre import lazy_compile

_WORDS = lazy_compile(r"[^\W\d_]+")
# One alternative of a list: the text between commas, semicolons, slashes and "or" / "and" / "versus".
_SPLIT = lazy_compile(r"(?i)[,;/]|\b(?:or|and|versus|vs)\b")
# What may name an option the vocabulary does not know: a number, a Roman numeral, a capitalised short name.
_NAME_LIKE = lazy_compile(r"\d|\b(?:[IVX]{1,4}|[A-Z]{2,5}s?)\b")


def _forms(text: str) -> list[str]:
    return [w for w in text_forms(" ".join(_WORDS.findall(text))) if len(w) > 2 and w not in STOP | FRAME_FUNCTION]


def _not_an_option(piece: str, idx: OptionIndex, letter: str | None, others: set[str]) -> bool:
    """Whether alternative ``piece`` is shown to name none of the options but ``letter`` (see module docstring)."""
    if not piece.strip(" \t.!?*_\"'") or _NAME_LIKE.search(piece) is not None:
        return not piece.strip(" \t.!?*_\"'")
    if any(m.letter != letter for m in find_mentions(piece, idx)):
        return False
    if any(same_word(w, o) for w in _forms(piece) for o in others):
        return False
    said = {m.concept for m in vocabulary().mentions(normalize(piece)) if m.kind is MentionKind.CONCEPT}
    if not said:
        return False  # ("fluid": a word the vocabulary does not know may still name an option)
    touched = {c for k, v in idx.texts.items() if k != letter for c in touched_concepts(v)}
    return said.isdisjoint(touched)


_HEDGED = lazy_compile(r"(?i)\?|" + hedges.words(hedges.POSSIBILITY, hedges.DOUBT, ("not",)))


def _lettered_after(text: str, idx: OptionIndex, letter: str | None) -> int | None:
    """Where the last letter mention starts when every mention of ``text`` names one and the same option and that
    last one is by its letter ("... the left hemidiaphragm ... So the abnormal structure is (C)."): a committed
    letter that a differential of causes before it, naming no option, does not hold open; else None."""
    mentions = find_mentions(text, idx)
    if not mentions or len({m.letter for m in mentions}) != 1 or mentions[-1].by_text \
            or mentions[-1].letter not in idx.letters or letter not in (None, mentions[-1].letter):
        return None
    end = max(text.rfind(c, 0, mentions[-1].start) for c in ".!?\n")
    if _HEDGED.search(text[end + 1:]) is not None:
        return None  # "... possibly palsy or eventration. The answer might be B, but I am unsure.": the letter hedged
    return mentions[-1].start


def options_offered(text: str, idx: OptionIndex, letter: str | None) -> bool:
    """Whether ``text`` offers alternatives (``refusal.offered``) of which one may be an option other than
    ``letter``. With an option chosen, a differential set after its name is set aside only when every alternative
    is shown not to be an option ("A ring-enhancing lesion. This could be an abscess or a high-grade glioma.");
    alternatives offered before the name keep it open as one more candidate. With none chosen, only the words from
    the hedge on count ("the left hilum is enlarged, which could represent lymphadenopathy or a mass"), and a hedge
    naming no option before a letter that every mention agrees on is set aside (``_lettered_after``)."""
    offers = offered(text)
    if not offers:
        return False
    named = [m.start for m in find_mentions(text, idx) if m.letter == letter] if letter is not None else []
    if letter is not None and not named:
        return True
    own = set(_forms(idx.texts[letter])) if letter is not None else set()
    others = {f for k, v in idx.texts.items() if k != letter for f in _forms(v) if f not in own}
    lettered = _lettered_after(text, idx, letter)
    start = 0
    for sentence, hedge in offers:
        at = text.find(sentence, start)
        start = max(start, at + 1)
        if lettered is not None and lettered > at + len(sentence) and not find_mentions(sentence[hedge:], idx):
            continue  # "..., which could reflect a palsy or eventration. So the abnormal structure is (C).": causes
        if named and at < named[0]:
            return True  # offered before the option is named: "The mass may hold colon or omentum. Morgagni hernia."
        if any(m.letter != letter for m in find_mentions(sentence, idx)):
            return True
        if not all(_not_an_option(p, idx, letter, others) for p in _SPLIT.split(sentence[hedge:])):
            return True
    return False


__all__ = ["options_offered"]

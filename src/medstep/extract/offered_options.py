"""Alternatives offered among the options, or a differential of something else (issue #7).

"It could be an angiomyolipoma, a renal cell carcinoma, or an oncocytoma." keeps the choice open when those are the
options; "The main abnormality is a ring-enhancing lesion. This could be an abscess or a high-grade glioma." does not,
to "What is the main abnormality?" with findings for options: the causes it lists are none of them, and the option
stated stays chosen. The test is by words, loosely (any content word of another option's text, in any form), so that
an option named in part ("or an aneurysm" for "Aortic aneurysm", "Charcot" for "Charcot joint") still counts as
offered: only a differential that shares no word with the other options is set aside.
"""

from __future__ import annotations

from medstep.extract.apposed import same_word, word_forms
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.refusal import offered
from medstep.lazyre import lazy_compile

_WORDS = lazy_compile(r"[^\W\d_]+")
# Words of an option's text that name no option on their own ("No abnormality", "Midline shift only").
_NOT_NAMING = frozenset(
    {
        "the",
        "and",
        "with",
        "for",
        "from",
        "only",
        "due",
        "not",
        "any",
        "other",
        "than",
        "both",
        "none",
        "all",
        "into",
        "over",
        "under",
        "its",
        "their",
        "seen",
        "sign",
        "present",
        "absent",
    }
)


def _forms(text: str) -> list[str]:
    return [w for w in word_forms(" ".join(_WORDS.findall(text))) if len(w) > 2]


def options_offered(text: str, idx: OptionIndex, letter: str | None) -> bool:
    """Whether ``text`` offers alternatives (``refusal.offered``) of which one may be an option other than ``letter``:
    the offering sentence holds a content word of another option's text, in any form ("an aneurysm" for "Aortic
    aneurysm", "Charcot" for "Charcot joint"). A differential of causes that share no word with the other options ("A
    ring-enhancing lesion. This could be an abscess or a high-grade glioma." to "What is the main abnormality?")
    leaves the option stated chosen, when it follows the option's name (the causes of the finding stated); alternatives
    offered before it keep it open as one more candidate. With no option chosen, only the words from the hedge on count ("the left hilum
    is enlarged, which could represent lymphadenopathy or a mass" offers causes, not hila)."""
    offers = offered(text)
    if not offers:
        return False
    named = [m.start for m in find_mentions(text, idx) if m.letter == letter] if letter is not None else []
    if letter is not None and not named:
        return True
    own = set(_forms(idx.texts[letter])) if letter is not None else set()
    others = {
        f for k, v in idx.texts.items() if k != letter for f in _forms(v) if f not in _NOT_NAMING and f not in own
    }
    for sentence, hedge in offers:
        if named and text.find(sentence) < named[0]:
            return True  # offered before the option is named: "The mass may hold colon or omentum. Morgagni hernia."
        part = sentence if letter is not None else sentence[hedge:]
        said = _forms(part)
        if any(m.letter != letter for m in find_mentions(part, idx)) or any(
            same_word(w, o) for w in said for o in others
        ):
            return True
    return False


__all__ = ["options_offered"]

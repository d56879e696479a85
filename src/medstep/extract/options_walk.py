"""A choice output that describes the options in general terms, one after another, and stops.

"Uterine fibroids are benign smooth muscle tumours. Adenomyosis shows a thick junctional zone. Endometrial carcinoma
arises from the endometrium. Ovarian dermoids contain fat." commits to none: each sentence naming an option opens
with it as a class and its verb (no article but "a" / "an", one option only, nothing pointing at this image, patient
or writer, no verdict: "Cardiomegaly (C): not present." judges the option here),
three or more options are so described, and the output ends on one of those sentences. The last description is no
conclusion, so the readers that find an option named in other words when nothing committed (``option_words``, a
sign, the last mention; ``extract/choice_reader.py``) are not tried. A closing sentence of any other kind ("This
mass holds fat.") or an option named inside a sentence about this image leaves the output to them.
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.extract.mentions import CONFLICT, OptionIndex, find_mentions
from medstep.lazyre import lazy_compile

_SENTENCES = lazy_compile(r"(?<=[.!?])\s+|\n+")
# Words pointing at this case, its image or the writer.
HERE = lazy_compile(r"(?i)\b(?:this|these|here|patient|case|image|images|scan|film|study|radiograph|i|i'm|i'd|we|"
                     r"my|our)\b")
# A verdict on the option in this image, not a description of its class: "Cardiomegaly (C): not present.", "Adenomyosis
# is unlikely.", "Pneumothorax is seen."; the option must be followed by a word (its verb), not a label's mark.
_VERDICT = lazy_compile(r"(?i)\b(?:likely|unlikely|probable|correct|incorrect|favou?red|fits|consistent|answer)\b|"
                        + hedges.words(negation.SEEN, negation.ABSENT, ("excluded",)))
_VERB_NEXT = lazy_compile(r"\s+[a-z]")
_MIN_OPTIONS = 3


def describes_class(sentence: str, idx: OptionIndex) -> bool:
    """Whether ``sentence`` opens with one option, by its text (no article but "a" / "an"), as a class and its verb,
    naming no other option, nothing pointing at this image, patient or writer, and no verdict ("A bulla is a
    thin-walled air space."): the option described in general, not said of this case."""
    found = find_mentions(sentence, idx)
    if not found:
        return False
    first = found[0]
    letters = {m.letter for m in found}
    return first.by_text and len(letters) == 1 and CONFLICT not in letters and HERE.search(sentence) is None \
        and sentence[:first.start].strip(" *_\"'“").lower() in ("", "a", "an") \
        and _VERB_NEXT.match(sentence, first.end) is not None and _VERDICT.search(sentence) is None


def walks_options(region: str, idx: OptionIndex) -> bool:
    """Whether ``region`` describes three or more options as classes in turn and ends on one (see module docstring)."""
    described: set[str] = set()
    last = False
    for sentence in _SENTENCES.split(region.strip()):
        found = find_mentions(sentence, idx)
        if not found:
            last = False
            continue
        if not describes_class(sentence, idx):
            return False  # an option named otherwise: read as it stands
        described.add(found[0].letter)
        last = True
    return last and len(described) >= _MIN_OPTIONS


__all__ = ["HERE", "describes_class", "walks_options"]

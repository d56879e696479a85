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
_HERE = lazy_compile(r"(?i)\b(?:this|these|here|patient|case|image|images|scan|film|study|radiograph|i|i'm|i'd|we|"
                     r"my|our)\b")
# A verdict on the option in this image, not a description of its class: "Cardiomegaly (C): not present.", "Adenomyosis
# is unlikely.", "Pneumothorax is seen."; the option must be followed by a word (its verb), not a label's mark.
_VERDICT = lazy_compile(r"(?i)\b(?:likely|unlikely|probable|correct|incorrect|favou?red|fits|consistent|answer)\b|"
                        + hedges.words(negation.SEEN, negation.ABSENT, ("excluded",)))
_VERB_NEXT = lazy_compile(r"\s+[a-z]")
_MIN_OPTIONS = 3


def walks_options(region: str, idx: OptionIndex) -> bool:
    """Whether ``region`` describes three or more options as classes in turn and ends on one (see module docstring)."""
    described: set[str] = set()
    last = False
    for sentence in _SENTENCES.split(region.strip()):
        found = find_mentions(sentence, idx)
        if not found:
            last = False
            continue
        first = found[0]
        letters = {m.letter for m in found}
        if not first.by_text or len(letters) > 1 or CONFLICT in letters or _HERE.search(sentence) is not None \
                or sentence[:first.start].strip(" *_\"'“").lower() not in ("", "a", "an") \
                or _VERB_NEXT.match(sentence, first.end) is None or _VERDICT.search(sentence) is not None:
            return False  # an option named otherwise: read as it stands
        described.add(first.letter)
        last = True
    return last and len(described) >= _MIN_OPTIONS


__all__ = ["walks_options"]

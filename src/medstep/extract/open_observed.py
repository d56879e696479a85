"""The finding seen, answering "What is the abnormality?" when what follows only weighs its cause.

Asked what the abnormality is, a model may name what it sees, then decline to go further or list what it might be:
"There's a 2 cm nodule in the right upper lobe. Honestly it's hard to say more - could be a granuloma or a
metastasis.", "I see a large mass in the left kidney. Difficult to characterise further; it might be a renal cell
carcinoma or an oncocytoma.", or as a report, "Findings: large pericardial effusion.\nImpression: Differential includes
viral pericarditis, uraemia and malignancy.". The finding is its answer to that question (the abnormality is the
nodule); the candidates weigh a diagnosis it was not asked for. :func:`observed` gives the sentence naming the finding:

* the question asks the abnormality or finding, not the diagnosis, disease or condition (``ASKS_ONE_DISEASE``);
* the finding is stated in the opening sentence ("There is ...", "I see ...", "The image shows ...") or in a
  "Findings:" field, names one finding of the vocabulary, denies nothing and concludes nothing ("..., consistent with");
* what follows (the rest, or the conclusion's field) declines, names candidates without a choice, or says the finding
  has many causes; and nothing anywhere commits to one (``commits``), which would be the answer read elsewhere.

To "What is the diagnosis?" the same reply stays ambiguous or refused (``candidates_after_description``).
"""

from __future__ import annotations

import re

from medstep.answers import hedges, negation
from medstep.answers.concepts import normalize, vocabulary
from medstep.extract.concept_question import category_of
from medstep.extract.open_candidates import (
    ASKS_ONE_DISEASE, commits, concludes, describes, hedged_candidates, many_causes, second_candidate,
)
from medstep.extract.open_refusal import declines
from medstep.extract.refusal import offers_alternatives
from medstep.lazyre import lazy_compile

# A question asking what is abnormal ("What is the abnormality?", "What abnormal finding is seen?", "What is wrong?").
_ASKS_ABNORMALITY = lazy_compile(r"(?i)^\W*what\b[^?]*\b(?:abnormalit(?:y|ies)|abnormal|finding|lesion|wrong)\b")
# A "Findings:" field of a report, up to the end of its line.
_FINDINGS = lazy_compile(r"(?im)^[ \t*_#>-]*(?:findings?|observations?)[ \t]*[*_]*[ \t]*[:：][*_]*[ \t]*(?P<body>[^\n]+)")
_DENIES = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NEITHER, negation.NONE))
_SENTENCE = lazy_compile(r"(?<=[.!?;])\s+|\s+[—–]\s+|\n+")


def _names_finding(sentence: str) -> bool:
    """One finding of the vocabulary, nothing denied ("There are several findings: cardiomegaly, effusions and ..."
    then "either cardiomegaly or effusions" weighs the findings themselves)."""
    found = [m for m in vocabulary().mentions(normalize(sentence)) if category_of(m) == "finding"]
    return _DENIES.search(sentence) is None and len(found) == 1


def _weighs_only(rest: str) -> bool:
    """Whether ``rest`` declines, names candidates without a choice, or says there are many causes."""
    text = rest.strip()
    if not text:
        return False
    first = _SENTENCE.split(text, maxsplit=1)[0]
    return (declines(text) or offers_alternatives(text) or hedged_candidates(first, text) or many_causes(text)
            or second_candidate("", text))


def asks_abnormality(question: str) -> bool:
    """Whether ``question`` asks the abnormality or finding ("What abnormality is shown?"), not the diagnosis, disease
    or condition: a finding named answers it."""
    return _ASKS_ABNORMALITY.match(question) is not None and ASKS_ONE_DISEASE.search(question) is None


def observed(region: str, field: str | None, question: str) -> str | None:
    """The sentence naming the finding seen, when ``region`` answers an abnormality question with it and only weighs
    its cause after it (see module docstring); ``field`` is the conclusion's field (``answer_field``), if any."""
    if not asks_abnormality(question) or commits(region):
        return None
    if field is not None:  # "Findings: ...\nImpression: Differential includes ..."
        found = _FINDINGS.search(region)
        if found is None or not _weighs_only(field):
            return None
        seen = _SENTENCE.split(found.group("body").strip(), maxsplit=1)[0]
        return seen if _names_finding(seen) and not concludes(seen) else None
    parts = re.split(r"(?<=[.!?])\s+|\n+", region.strip(), maxsplit=1)
    if len(parts) < 2 or not describes(parts[0]) or not _names_finding(parts[0]) or not _weighs_only(parts[1]):
        return None
    return parts[0]


__all__ = ["asks_abnormality", "observed"]

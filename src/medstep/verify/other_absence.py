"""An absence of any further instance ("no other intracranial lesion", "no hernia or second diverticulum", "no other
hot or cold nodule"): it says the one the text describes is the only one, so it does not deny that one.

Read apart from the plain absence because the two mean opposite things about the finding described: "no other
lesion" beside "the lesion measured 2.9 cm" tells a reader the lesion is there, alone. Judged as a plain absence it
contradicted every chain that named the lesion's kind ("meningioma" against the broader "no other lesion") and
every chain that wrote "no other lumps" against a report's "palpable lump". ``extract`` marks the finding
(``Finding.other``) and ``evidence_relation.relation`` lets it bear on absences and on a further one stated present ("a second,
smaller hot nodule" against "no other hot nodule", marked the same way) only: "no other pleural thickening" and "no
pleural thickening elsewhere" say one thing, and a chain's "no second lesion" repeats a report's "no other lesion".
"""

from __future__ import annotations

from medstep.answers import negation
from medstep.lazyre import lazy_compile

_DENIALS = "|".join((*negation.DENY, *negation.NOR))  # "no", "not", "without", "nor"
# a word that stops the words between "other" and the finding: a denial of their own or a verb
_STOP = "|".join((*negation.DENY, "is", "are", "was", "were"))

# a denial or a list word, then "other"/"another"/"second"/"additional" ("any other" too), then at most three
# words that are no denial of their own ("no other hot or cold nodule", "or second lesion") up to the finding;
# "further" is left out: "no further bleeding" is said of bleeding that stopped, not of a second bleed
_OTHER_BEFORE = lazy_compile(rf"(?:\b(?:{_DENIALS}|or|and|any)|,)\s+(?:any\s+)?(?:other|another|second|additional)"
                             rf"\s+(?:(?!(?:{_STOP})\b)[a-z-]+\s+){{0,3}}$")
# a further one stated present: "a second, smaller hot nodule", "another lesion", "two other nodules"
_ANOTHER_BEFORE = lazy_compile(r"\b(?:another|an?\s+(?:second|third|further|additional)|(?:one|two|three|several|some|"
                               r"more)\s+(?:other|more|further|additional))\s*,?\s+"
                               rf"(?:(?!(?:{_STOP})\b)[a-z-]+,?\s+){{0,3}}$")
_WINDOW = 60


def other_absence(low: str, start: int, lo: int = 0) -> bool:
    """Whether the finding starting at ``start`` of the lower-cased ``low`` is named as a further one after a denial
    ("no other intracranial lesion"); the caller asks only of absent findings. Read from ``lo`` on (the segment's
    start: a step reads nothing of the one before it)."""
    return _OTHER_BEFORE.search(low, max(lo, start - _WINDOW), start) is not None


def another_present(low: str, start: int, lo: int = 0) -> bool:
    """Whether the finding starting at ``start`` is stated as a further one ("a second, smaller hot nodule"): the
    claim "no other X" denies, so the two still contradict; the caller asks only of findings not absent. Read from
    ``lo`` on, as :func:`other_absence`."""
    return _ANOTHER_BEFORE.search(low, max(lo, start - _WINDOW), start) is not None

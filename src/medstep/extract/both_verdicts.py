"""The "Both" / "Neither" option answered by a verdict on each of its two findings.

"Heart size within normal limits. No pleural effusion." for "Cardiomegaly / Pleural effusion / Both / Neither": the
reply states no option's text as present and says no "neither"; a careful reader asks of each finding whether the
reply says it is there, and both denied is "Neither" (both stated, "Both"). Each part is put to the yes/no reader of a
finding (``extract/stated.py``) as "Is there <part>?", so the same clause, negation, hedge and vocabulary rules read it
("Heart size within normal limits." denies cardiomegaly). Read only in a short reply, only when the two verdicts are
readings (a hedge, a conflict or silence on either part gives none), and only when they agree (one yes, one no names
that part, which the other readers already read). A last-resort reader (``extract/choice_reader.py``).
"""

from __future__ import annotations

from medstep.answers import NO, YES
from medstep.extract.both import BOTH_OPTION, NEITHER_OPTION, option_parts
from medstep.extract.mentions import OptionIndex
from medstep.extract.optionconcept import OPTION_MAX_CHARS
from medstep.extract.stated import read_implicit_finding
from medstep.types import AnswerType, Sample, Status


def read_by_verdicts(region: str, idx: OptionIndex) -> str | None:
    """The "Neither" option when the reply denies both its findings, the "Both" option when it states both, else None
    (module docstring)."""
    if len(region) > OPTION_MAX_CHARS:
        return None
    for pattern, wanted in ((NEITHER_OPTION, NO), (BOTH_OPTION, YES)):
        found = option_parts(pattern, idx)
        if found is None or len(found[1]) != 2:
            continue
        letter, parts = found
        verdicts = set()
        for part in parts:
            sample = Sample(id="both", question=f"Is there {idx.texts[part].lower()}?", answer=YES,
                            answer_type=AnswerType.CLOSED)
            reading = read_implicit_finding(region, sample)
            verdicts.add(reading.answer if reading.status is Status.SCORED else None)
        if verdicts == {wanted}:
            return letter
    return None


__all__ = ["read_by_verdicts"]

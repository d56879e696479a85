"""The "Both" / "Neither" option answered by a verdict on each of its two findings.

"Heart size within normal limits. No pleural effusion." for "Cardiomegaly / Pleural effusion / Both / Neither": the
reply states no option's text as present and says no "neither"; a careful reader asks of each finding whether the
reply says it is there, and both denied is "Neither" (both stated, "Both"). Each part is put to the yes/no reader of a
finding (``extract/stated.py``) as "Is there <part>?", so the same clause, negation, hedge and vocabulary rules read it
("Heart size within normal limits." denies cardiomegaly). Read only in a short reply, only when the two verdicts are
readings (a hedge, a conflict or silence on either part gives none), and only when they agree (one yes, one no names
that part, which the other readers already read). A last-resort reader (``extract/choice_reader.py``).

Where the two parts are the sides ("Left" / "Right" / "Both" / "Neither" to "Which lung is abnormal?"), the reply
states the abnormality on each side (:func:`read_both_sides`): "Both lungs: diffuse reticulonodular opacities.",
"Bilateral perihilar haze.", or each side named in its own clause, "The left lung is abnormal and the right lung is
abnormal too." (not one side compared with the other: "The left hemidiaphragm is elevated compared to the
right."). Never a clause that denies, hedges or calls normal ("Both lungs are clear.", "No bilateral
effusions."), never beside a side named alone elsewhere ("Right pneumothorax. Both lungs show emphysema."), never to
a question asking for the normal one.
"""

from __future__ import annotations

from medstep.answers import NO, YES, negation
from medstep.extract import cues
from medstep.extract.both import BOTH_OPTION, NEITHER_OPTION, option_parts
from medstep.extract.choice import ASKS_NORMAL
from medstep.extract.clauses import NORMAL_WORDS, clause_left, clause_right, negated
from medstep.extract.mentions import OptionIndex, find_mentions
from medstep.extract.optionconcept import OPTION_MAX_CHARS
from medstep.extract.refusal import is_hedge, offers_alternatives
from medstep.extract.stated import read_implicit_finding
from medstep.lazyre import lazy_compile
from medstep.types import AnswerType, Sample, Status


def read_by_verdicts(region: str, idx: OptionIndex) -> str | None:
    """The "Neither" option when the reply denies both its findings, the "Both" option when it states both, else None
    (module docstring)."""
    if len(region) > OPTION_MAX_CHARS:
        return None
    for pattern, wanted in ((NEITHER_OPTION, NO), (BOTH_OPTION, YES)):
        found = option_parts(pattern, idx)
        if found is None or len(found[1]) != 2 and not (wanted == NO and len(found[1]) > 2):
            continue  # (a "None of the above" beside three findings or more: each denied)
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


_SIDES = ("left", "right")
# A finding stated on both sides at once: "both lungs", "in both kidneys", "bilateral", "bilaterally".
_BOTH_SIDES = lazy_compile(r"(?i)\b(?:both\s+(?:the\s+)?(?:[a-z-]+\s+)?[a-z-]+s\b|bilateral(?:ly)?\b)")
_NORMAL = lazy_compile(r"(?i)\b" + NORMAL_WORDS)
_DENIED = lazy_compile(r"(?i)\b(?:" + "|".join(negation.DENY + negation.NEITHER + negation.NONE + negation.NEVER) + r")\b|n't\b")
_SENTENCES = lazy_compile(r"[^.!?;\n]+")
# One side set against the other, not each stated: "compared to the right", "higher than", "unlike the left", "but".
_COMPARED = lazy_compile(r"(?i)\b(?:compared|comparison|than|relative|versus|vs|unlike|whereas|while|but|however|"
                         r"more|less|asymmetr\w*)\b")


def read_both_sides(region: str, idx: OptionIndex, question: str) -> str | None:
    """The "Both" option of a pair of sides when the reply states the abnormality on each side (module docstring),
    else None."""
    if len(region) > OPTION_MAX_CHARS or ASKS_NORMAL.search(question) is not None or "?" in region:
        return None
    found = option_parts(BOTH_OPTION, idx)
    if found is None or len(found[1]) != 2:
        return None
    letter, parts = found
    if sorted(idx.texts[p].split()[0].lower() for p in parts if idx.texts[p].split()) != list(_SIDES):
        return None
    mentions = find_mentions(region, idx)
    if any(m.letter not in parts or not m.by_text for m in mentions):
        return None  # another option, the Both option itself, or a letter: read by the other readers
    if not mentions:
        # "Both lungs: diffuse reticulonodular opacities."
        stated = [s for s in _SENTENCES.findall(region) if _BOTH_SIDES.search(s) is not None]
        return letter if stated and all(_plain(_BOTH_SIDES.sub(" ", s)) for s in stated) else None  # ("both" no hedge)
    # "The left lung is abnormal and the right lung is abnormal too."
    if {m.letter for m in mentions} != set(parts) or is_hedge(region) or offers_alternatives(region) \
            or _COMPARED.search(region) is not None:
        return None  # ("The left hemidiaphragm is elevated compared to the right.": one side measured by the other)
    for m in mentions:
        right, _ = clause_right(region, m.end)
        left = clause_left(region, m.start)
        if negated(cues.words(cues.tokens(left)), right) or not _plain(left + " " + right):
            return None
    return letter


def _plain(clause: str) -> bool:
    """A clause stating a finding: no denial, hedge, normal word or alternative."""
    return _DENIED.search(clause) is None and _NORMAL.search(clause) is None and not is_hedge(clause) \
        and not offers_alternatives(clause)


__all__ = ["read_both_sides", "read_by_verdicts"]

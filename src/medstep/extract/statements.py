"""The closed-question readers tried after the implicit readers found nothing, in order, each with its rule name.

``implicit_yes_no`` and ``implicit_finding`` (``extract/implicit.py``, ``extract/findings.py``) read a statement
of the asked finding. What they leave is read here, by readers that know the question's polarity
(:mod:`medstep.extract.asked`): one answer word (``extract/replywords.py``; a reply made of fields is read before the implicit readers, by
``replywords.read_fields`` alone), a technique statement
(``extract/technique.py``), a whole study called normal or given a finding (``extract/normality.py``), a sided or located finding stated
elsewhere (``extract/sides.py``) or on one side when both are asked (``extract/bilateral.py``), a Chinese question read by concept (``extract/zh_concepts.py``), a structure's
size judged in words (``extract/sizes.py``) or called too large or small (``extract/size_said.py``), a device placed in one compartment (``extract/compartments.py``), a
device's tip where it belongs or never does (``extract/placement.py``), a subject asked at a place placed there or elsewhere (``extract/place_question.py``), one organ described as normal
or given a finding (``extract/organ_normal.py``), a finding asked at one age stated at the other (``extract/acuity.py``), a device denied with its group
(``extract/device_group.py``), a value judged by a cut-off the reply states (``extract/stated_cutoff.py``). The first reader that reads wins; each declines rather than guesses, so their order only matters for the rule name.
"""

from __future__ import annotations

from typing import Callable

from medstep.answers import same_verdict
from medstep.extract import (acuity, asked, bilateral, closed, compartments, device_group, normality, organ_normal,
                             place_question, placement, replywords, sided_structure, sides, size_said, sizes, stated_cutoff, technique, zh_concepts)
from medstep.extract.choice import AMBIGUOUS, UNPARSED, Reading

_READERS: tuple[tuple[str, Callable[[str, str], str | None]], ...] = (
    (replywords.WORD_RULE, replywords.read_word),
    (technique.RULE, technique.read_technique),
    (normality.RULE, normality.read_normality),
    (sides.RULE, sides.read_side),
    (sided_structure.RULE, sided_structure.read_sided_structure),
    (bilateral.RULE, bilateral.read_bilateral),
    (compartments.RULE, compartments.read_compartment),
    (placement.RULE, placement.read_placement),
    (placement.RULE, placement.read_in_place),
    (place_question.RULE, place_question.read_place),
    (zh_concepts.RULE, zh_concepts.read_zh_concept),
    (zh_concepts.SIZE_RULE, zh_concepts.read_size),
    (sizes.RULE, sizes.read_size),
    (size_said.RULE, size_said.read_size_said),
    (organ_normal.RULE, organ_normal.read_organ_normal),
    (organ_normal.FINDING_RULE, organ_normal.read_organ_finding),
    (acuity.RULE, acuity.read_acuity),
    (device_group.RULE, device_group.read_device_group),
    (stated_cutoff.RULE, stated_cutoff.read_stated_cutoff),
)
NEGATED_RULE = "negated_question"


def read_statement(text: str, question: str) -> tuple[str, str] | None:
    """(verdict, rule) of the first reader that reads ``text`` for ``question``, else ``None``."""
    for rule, reader in _READERS:
        verdict = reader(text, question)
        if verdict is not None:
            return verdict, rule
    return None


def read_denied(clause: str, rest: str, read: Callable[[str], Reading]) -> Reading:
    """"It is not true that there is no free air here. A crescent of gas ...": the clause read as stated (by ``read``,
    the closed statement pipeline), the verdict reversed (rule ``negated_frame``); a rest that reads as the other
    verdict makes it ambiguous, and a clause that reads as nothing gives nothing (the rest is never read alone: the
    frame governs the reply)."""
    inner = read(clause)
    if inner.answer is None:
        return UNPARSED
    verdict = asked.flip_verdict(inner.answer)
    stated = read(rest).answer if rest.strip() else None
    if stated is not None and not same_verdict(stated, verdict):
        return AMBIGUOUS
    return Reading(verdict, closed.FRAME_RULE)


__all__ = ["NEGATED_RULE", "read_denied", "read_statement"]

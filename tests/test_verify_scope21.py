"""A denied list ends at a chunk that restricts to what is there ("..., just cardiomegaly", "..., only atelectasis",
"..., rather a mass"); a plain list item after the comma stays denied (vscope21, issue #8)."""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings


def claims(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"]


@pytest.mark.parametrize(("text", "claimed"), [
    ("There is no effusion and no pneumothorax, just cardiomegaly.",  # cardiomegaly read ABSENT before
     [("pleural_effusion", "absent"), ("pneumothorax", "absent"), ("cardiomegaly", "present")]),
    ("No consolidation, only atelectasis at the left base.", [("consolidation", "absent"), ("atelectasis", "present")]),
    ("No pleural effusion, merely cardiomegaly.", [("pleural_effusion", "absent"), ("cardiomegaly", "present")]),
])
def test_a_restricting_chunk_ends_the_denial(text: str, claimed) -> None:
    assert claims(text) == claimed


@pytest.mark.parametrize(("text", "claimed"), [
    ("No effusion, pneumothorax or consolidation.",
     [("pleural_effusion", "absent"), ("pneumothorax", "absent"), ("consolidation", "absent")]),
    ("No effusion, cardiomegaly or pneumothorax.",
     [("pleural_effusion", "absent"), ("cardiomegaly", "absent"), ("pneumothorax", "absent")]),
])
def test_a_plain_item_after_the_comma_stays_denied(text: str, claimed) -> None:
    assert claims(text) == claimed


def found(text: str) -> list[tuple]:
    return [(f.concept, f.polarity.value, f.laterality) for f in extract_findings(text)
            if f.is_claim and f.category != "modality"]


@pytest.mark.parametrize(("text", "claimed"), [
    # an exception naming only a place, a side or "one": the denied finding is there (read ABSENT before)
    ("No focal consolidation except at the right base.", [("consolidation", "present", "right")]),
    ("No fractures apart from the left sixth rib.", [("fracture", "present", "left")]),
    ("No rib fracture except on the left.", [("rib_fracture", "present", "left")]),
    ("No pleural effusion other than a trace on the left.", [("pleural_effusion", "present", "left")]),
    ("There is no consolidation save for the right base.", [("consolidation", "present", "right")]),
])
def test_an_exception_places_the_denied_finding(text: str, claimed) -> None:
    assert found(text) == claimed


@pytest.mark.parametrize(("text", "claimed"), [
    # an exception naming a finding of its own leaves the denial
    ("No lesion other than the known nodule.", [("lesion", "absent", None), ("pulmonary_nodule", "present", None)]),
    ("No effusion except a pneumothorax on the left.",
     [("pleural_effusion", "absent", None), ("pneumothorax", "present", "left")]),
    # no denial before it: nothing to place
    ("The heart is normal, aside from a small pericardial effusion.",
     [("cardiomegaly", "absent", None), ("pericardial_effusion", "present", None)]),
])
def test_an_exception_naming_a_finding_keeps_the_denial(text: str, claimed) -> None:
    assert found(text) == claimed

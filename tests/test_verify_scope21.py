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

"""Where a denial ends and what it carries to (vneg23, issue #8): "and" opening a clause whose subject is linked to a
participle ends a denial; "as is Y" after a post-trigger says the same of Y; "nor is there" is an inversion, no
question. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from medstep.verify import extract_findings


def claims(text: str) -> set[tuple[str, str]]:
    return {(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim and f.category != "modality"}


@pytest.mark.parametrize(("text", "expected"), [
    ("No effusion and the trachea is deviated to the right.",  # the deviation read denied before
     {("pleural_effusion", "absent"), ("tracheal_deviation", "present")}),
    ("No consolidation and the mediastinum appears widened.",
     {("consolidation", "absent"), ("mediastinal_widening", "present")}),
    ("No fracture and the joint is dislocated.", {("fracture", "absent"), ("dislocation", "present")}),
])
def test_and_with_a_linked_participle_ends_the_denial(text: str, expected: set) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("No effusion and the heart is not enlarged.", {("pleural_effusion", "absent"), ("cardiomegaly", "absent")}),
    ("No evidence that the trachea is deviated.", {("tracheal_deviation", "absent")}),
    ("No effusion, pneumothorax or tracheal deviation.", {("pleural_effusion", "absent"), ("pneumothorax", "absent"),
                                                          ("tracheal_deviation", "absent")}),
])
def test_a_denial_without_a_clause_of_its_own_runs_on(text: str, expected: set) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pleural effusion is absent, as is pneumothorax.",  # pneumothorax read present before
     {("pleural_effusion", "absent"), ("pneumothorax", "absent")}),
    ("A fracture is absent, as is any dislocation.", {("fracture", "absent"), ("dislocation", "absent")}),
    ("Pneumonia is possible, as is aspiration.", {("pneumonia", "uncertain"), ("aspiration", "uncertain")}),
    ("A pneumothorax is not seen, nor is there any effusion.",  # the effusion was dropped as a question
     {("pneumothorax", "absent"), ("pleural_effusion", "absent")}),
    ("There is no pneumothorax, nor are there any rib fractures.",
     {("pneumothorax", "absent"), ("rib_fracture", "absent")}),
    ("Effusion is absent and so is pneumothorax.",  # the concluding "so" ended the denial
     {("pleural_effusion", "absent"), ("pneumothorax", "absent")}),
    ("Absent: effusion, pneumothorax. Present: cardiomegaly.",  # a label over its list: all read present before
     {("pleural_effusion", "absent"), ("pneumothorax", "absent"), ("cardiomegaly", "present")}),
    ("Not present: pneumothorax.", {("pneumothorax", "absent")}),
])
def test_a_statement_said_again_of_what_follows(text: str, expected: set) -> None:
    assert expected <= claims(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Cardiomegaly is present, as is a small effusion.", {("cardiomegaly", "present"), ("pleural_effusion", "present")}),
    ("Pleural effusion is absent, and there is a pneumothorax.",
     {("pleural_effusion", "absent"), ("pneumothorax", "present")}),
    ("Effusion absent: the costophrenic angles are sharp and a pneumothorax is seen.",  # a finding before: no label
     {("pleural_effusion", "absent"), ("pneumothorax", "present")}),
    ("Effusion is absent, so pneumonia is likely.", {("pleural_effusion", "absent"), ("pneumonia", "uncertain")}),
])
def test_a_statement_not_said_again(text: str, expected: set) -> None:
    assert expected <= claims(text)


def test_is_there_without_nor_stays_a_question() -> None:
    assert ("pleural_effusion", "absent") not in claims("Is there any effusion?")

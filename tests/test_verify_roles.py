"""Sentence roles: only observations and conclusions claim; the role is decided before the findings."""

from __future__ import annotations

import pytest

from medstep.verify import (
    Polarity,
    SentenceRole,
    default_verifier,
    extract_findings,
    verify,
)

R = SentenceRole


def roles(text: str) -> list[SentenceRole]:
    return [s.role for s in default_verifier().extractor.sentences(text)]


def claims(text: str) -> list[tuple[str, str]]:
    return [(f.concept, f.polarity.value) for f in extract_findings(text) if f.is_claim]


@pytest.mark.parametrize(("text", "role", "claimed"), [
    # counted roles
    ("There is a small right pleural effusion.", R.OBSERVATION, [("pleural_effusion", "present")]),
    ("No pneumothorax is seen.", R.NEGATED, [("pneumothorax", "absent")]),
    ("The lungs are clear.", R.NEGATED, None),
    ("Findings may represent early pneumonia.", R.HEDGED, [("pneumonia", "uncertain")]),
    ("Therefore, the answer is B) pleural effusion.", R.CONCLUSION, [("pleural_effusion", "present")]),
    ("Based on these findings, the most likely diagnosis is pneumonia.", R.CONCLUSION,
     [("pneumonia", "uncertain")]),
    # roles that name findings without claiming them
    ("A) Small left pneumothorax", R.OPTION_LISTING, []),
    ("(C) Cardiomegaly", R.OPTION_LISTING, []),
    ("Option D: No acute abnormality", R.OPTION_LISTING, []),
    ("The options are pneumothorax, effusion, edema and a normal study.", R.OPTION_LISTING, []),
    ("A pneumothorax typically appears as a thin visceral pleural line.", R.DEFINITION, []),
    ("Pneumonia is defined as an infection of the lung parenchyma.", R.DEFINITION, []),
    ("A pneumothorax would appear as a sharp pleural line.", R.DEFINITION, []),
    ("If there were an effusion, the costophrenic angle would be blunted.", R.CONDITIONAL, []),
    ("I checked for a left pleural effusion.", R.INSTRUCTION, []),
    ("Let me look at the lungs for consolidation.", R.INSTRUCTION, []),
    ("Let me consider pneumonia.", R.INSTRUCTION, []),
    ("Is there a pneumothorax?", R.QUESTION, []),
])
def test_role_and_what_it_claims(text: str, role: SentenceRole, claimed) -> None:
    assert roles(text) == [role]
    if claimed is not None:
        assert claims(text) == claimed


def test_a_process_cue_does_not_hide_an_observation() -> None:
    text = "Looking at the lungs, there is consolidation in the right lower lobe."
    assert roles(text) == [R.OBSERVATION] and claims(text) == [("consolidation", "present")]


def test_a_definition_cue_covers_only_what_follows_it() -> None:
    # "which typically indicates ..." is knowledge; the enlarged heart before it is observed
    assert claims("The heart is enlarged, which typically indicates heart failure.") == [("cardiomegaly", "present")]


def test_an_option_heading_is_its_own_clause_and_its_discussion_claims() -> None:
    ex = default_verifier().extractor
    text = "C) Pleural effusion: the right costophrenic angle is blunted."
    assert [s.role for s in ex.sentences(text)] == [R.OPTION_LISTING, R.OBSERVATION]
    found = [f for f in extract_findings(text) if f.is_claim]
    assert [(f.concept, f.laterality) for f in found] == [("pleural_effusion", "right")]
    assert found[0].text == "costophrenic angle is blunted"


def test_an_option_evaluated_in_place_is_a_claim() -> None:
    assert claims("A) Pneumothorax: none.") == [("pneumothorax", "absent")]
    assert claims("B) Pneumothorax is not seen.") == [("pneumothorax", "absent")]


def test_reference_step_about_an_option_is_not_a_finding() -> None:
    # "For the option of X, ... there is no X" used to read as "X present"
    text = "For the option of pneumothorax, no visceral pleural line is seen, so there is no pneumothorax."
    assert set(claims(text)) == {("pneumothorax", "absent")}


def test_step_role_and_sentences_in_verify_and_json() -> None:
    chain = ("Step 1: Let me check for a pneumothorax.\n"
             "Step 2: A) Pneumothorax B) Pleural effusion\n"
             "Step 3: The right costophrenic angle is blunted.\n"
             "Step 4: Therefore, the answer is B.")
    v = verify(chain, report="Small right pleural effusion. No pneumothorax.")
    assert [s.role for s in v.steps] == [R.INSTRUCTION, R.OPTION_LISTING, R.OBSERVATION, R.CONCLUSION]
    assert [s.makes_claim for s in v.steps] == [False, False, True, False]
    d = v.to_json()["steps"][2]
    assert d["role"] == "observation"
    assert [(chain_span, r["role"]) for r in d["sentences"] for chain_span in [r["span"]]] == [
        ([0, len("The right costophrenic angle is blunted")], "observation")]
    sent = v.steps[2].sentences[0]
    assert v.steps[2].text[sent.start:sent.end] == "The right costophrenic angle is blunted"


def test_span_status_scores_any_phrase_negex_style() -> None:
    ex = default_verifier().extractor
    text = "She denies chest pain, fever or cough but reports nausea."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("chest pain", "cough", "nausea")]
    got = [(s.polarity, s.asserted) for s in ex.span_status(text, spans)]
    assert got == [(Polarity.ABSENT, True), (Polarity.ABSENT, True), (Polarity.PRESENT, True)]
    q = "Is there any chest pain?"
    st = ex.span_status(q, [(q.index("chest pain"), q.index("chest pain") + 10)])[0]
    assert not st.asserted and st.role is R.QUESTION


def test_a_gpt_style_option_discussion() -> None:
    chain = ("To determine the correct answer, let's analyze the chest X-ray.\n\n"
             "1. **Heart Size**: The cardiac silhouette appears enlarged, which suggests cardiomegaly.\n"
             "2. **Options Analysis**:\n"
             "   - A) Pneumothorax: There is no visible pleural line, so this is unlikely.\n"
             "   - C) Pleural effusion: The costophrenic angles appear sharp.\n\n"
             "Based on the analysis, the most likely answer is B) Cardiomegaly.\n"
             "**Answer: B) Cardiomegaly**")
    v = verify(chain, report="The heart is enlarged. No pleural effusion or pneumothorax.",
               options={"A": "Pneumothorax", "B": "Cardiomegaly", "C": "Pleural effusion"}, chosen="B")
    assert [s.role for s in v.steps] == [R.INSTRUCTION, R.OBSERVATION, R.OBSERVATION, R.NEGATED, R.NEGATED,
                                         R.CONCLUSION]
    assert v.steps[-1].text.startswith("Based on the analysis") and v.steps[-1].text.endswith("Cardiomegaly**")
    # "the costophrenic angles appear sharp" rules out an effusion even though the chain names one elsewhere
    assert [(f.concept, f.polarity) for f in v.steps[4].findings] == [("pleural_effusion", Polarity.ABSENT)]
    # the closing "answer is B) Cardiomegaly" is the decision restated: graded once, as the decision
    assert not v.steps[-1].findings and v.factuality_counts() == (5, 5) and v.clinical.score == 1.0


def test_cardiothoracic_ratio_words() -> None:
    assert claims("The cardiothoracic ratio appears greater than 0.5.") == [("cardiomegaly", "present")]

"""Where a negation's scope ends, scored NegEx-style on caller-given phrases (``Extractor.span_status``).

The phrases need not be in the lexicon (a NegEx kit labels any concept), so these sentences test the
scoping rules alone: what carries a negation on (a list a denial verb governs, a colon introducing the
list, a link such as "to suggest" after the negated observation, a complement clause) and what ends it
(a contrast, the patient reporting something new, a grading word opening a new positive item).
Temporality is scoped the same way: a history cue marks the mentions after it as historical until a
terminator, a cue of the present or the clause end. Every sentence here is written for this test.
"""

from __future__ import annotations

import re

import pytest

from medstep.verify import Polarity, default_verifier, extract_findings

# [[phrase]] marks a labelled phrase; "-" negated, "+" not negated (present or hedged), in order
CASES = [
    ("She denies fever, chills, new [[rash]].", "-"),
    ("He denies nausea, vomiting, and severe [[headache]].", "-"),
    ("Denies: [[fever]], [[night sweats]].", "--"),
    ("Review of systems is negative for the following: [[dysuria]], [[frequency]].", "--"),
    ("He denies [[chest pain]], reports [[palpitations]].", "-+"),
    ("She denies [[fever]] but endorses [[chills]].", "-+"),
    ("There are no findings to suggest [[small bowel obstruction]].", "-"),
    ("No focal lesion is identified in the liver to suggest [[metastatic disease]].", "-"),
    ("No lesions suspicious for [[malignancy]] are present.", "-"),
    ("No [[collection]], findings suggest [[cellulitis]].", "-+"),
    ("No evidence that there is [[active bleeding]].", "-"),
    ("Without any [[evidence of ischemia]] on the stress test.", "-"),
    ("No fever, chills, significant [[weight loss]].", "-"),
    ("No [[fracture]], mild [[soft tissue swelling]].", "-+"),
    ("No [[mass]] is seen; there is mild [[thickening]].", "-+"),
    ("Family history is +ve for [[diabetes]].", "+"),
    ("There was no suggestion that the patient had [[syncope]].", "-"),
    ("No history of the patient having [[seizures]].", "-"),
    ("She was ruled out for [[acute coronary syndrome]].", "-"),
    ("No clinical signs of possible [[sepsis]].", "-"),
    ("It is not likely to be [[gout]].", "-"),
    ("No [[effusion]] and possible [[atelectasis]].", "-+"),
    ("No definite [[consolidation]], possibly [[atelectasis]].", "-+"),
    ("[[Lyme serology]] negative.", "-"),
    ("Negative [[Homans sign]] on both legs.", "-"),
]


def _spans(marked: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\[\[(.+?)\]\]", marked):
        text += marked[pos:m.start()]
        spans.append((len(text), len(text) + len(m.group(1))))
        text += m.group(1)
        pos = m.end()
    return text + marked[pos:], spans


@pytest.mark.parametrize(("marked", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_negation_scope(marked: str, expected: str) -> None:
    text, spans = _spans(marked)
    got = "".join("-" if s.polarity is Polarity.ABSENT else "+"
                  for s in default_verifier().extractor.span_status(text, spans))
    assert got == expected, f"{text!r}: {got} (expected {expected})"


# "H" historical, "." not historical, in order
HISTORY = [
    ("History of [[asthma]], [[eczema]] and [[migraine]].", "HHH"),
    ("Status post [[appendectomy]], now presents with [[abdominal pain]].", "H."),
    ("No history of [[stroke]].", "H"),
    ("A 70-year-old woman with [[dyspnea]].", "."),
    ("He reports a two-day history of [[vomiting]].", "."),
    ("Small [[effusion]], unchanged compared to prior study.", "."),
    ("Past medical history: [[hypothyroidism]], [[anemia]].", "HH"),
    ("Old healed [[rib fracture]] on the left.", "H"),
    ("Prior [[myocardial infarction]]; current [[chest pain]] is atypical.", "H."),
]


@pytest.mark.parametrize(("marked", "expected"), HISTORY, ids=[c[0][:50] for c in HISTORY])
def test_temporality_scope(marked: str, expected: str) -> None:
    text, spans = _spans(marked)
    got = "".join("H" if s.historical else "." for s in default_verifier().extractor.span_status(text, spans))
    assert got == expected, f"{text!r}: {got} (expected {expected})"


def test_a_negation_under_a_skipped_header_is_scoped_but_not_asserted() -> None:
    text, spans = _spans("Indication: no known [[trauma]]. Findings: small [[effusion]].")
    first, second = default_verifier().extractor.span_status(text, spans)
    assert (first.polarity, first.asserted) == (Polarity.ABSENT, False)
    assert (second.polarity, second.asserted) == (Polarity.PRESENT, True)


def test_findings_report_temporality_without_changing_polarity() -> None:
    got = {f.concept: (f.polarity, f.to_json().get("temporality")) for f in
           extract_findings("History of right pneumothorax. Small left effusion.") if f.is_claim}
    assert got == {"pneumothorax": (Polarity.PRESENT, "historical"), "pleural_effusion": (Polarity.PRESENT, None)}


def test_a_side_opening_the_item_after_a_denied_one_is_a_new_positive_statement() -> None:
    # "no pleural effusion, bilateral hilar lymphadenopathy": the side starts a new statement (retired blind 5,
    # b5-v56, verify10); a denied list that goes on to "or" stays denied
    got = {(f.concept, f.polarity.value) for f in extract_findings(
        "There is no pleural effusion, bilateral hilar lymphadenopathy and a normal heart.")}
    assert ("hilar_lymphadenopathy", "present") in got and ("pleural_effusion", "absent") in got
    got = {(f.concept, f.polarity.value) for f in extract_findings("No pleural effusion, left lower lobe consolidation.")}
    assert ("consolidation", "present") in got
    got = {(f.concept, f.polarity.value) for f in extract_findings("No consolidation, left effusion or pneumothorax.")}
    assert ("pleural_effusion", "absent") in got

"""speed28 (issue #12): small exact speed-ups held against what they replace: the report's history sections read only
from a report with a colon (memoised), the lower-case scan form memoised, and the truth's test of a concept against
the concepts a report says made from each concept's partners in ``interpretations.tsv``. Sentences of our own."""

from __future__ import annotations

from medstep.verify import default_verifier
from medstep.verify.history import history_text
from medstep.verify.scan import lower_text


def test_a_report_without_a_colon_has_no_history_and_one_with_a_header_has() -> None:
    assert history_text("History of asthma. The lungs are hyperinflated.") == ""  # (no header: no colon)
    assert history_text("Reason for exam: chest pain. Findings: clear lungs.") == "chest pain."
    assert history_text("Reason for exam: chest pain. Findings: clear lungs.") == "chest pain."  # (from the memo)
    assert history_text("Findings: the lungs are clear.") == ""  # (a colon, no history header)


def test_lower_text_from_the_memo_is_the_reading() -> None:
    text = "No PTX -> azygos fissure; ground-glass \u2019nodule\u2019 \u2013 PE -ve"
    first = lower_text(text)
    assert first == lower_text(text) and len(first) == len(text)
    assert "\u2192" in first and "ground glass" in first and "\u2212ve" in first
    assert lower_text("# Findings") == "  findings"  # (a heading's hash is layout) and a bare one is kept:
    assert lower_text("#5 rib") == "#5 rib"


def test_partners_are_the_pairs_of_interpretations() -> None:
    clinical = default_verifier().clinical
    pairs = clinical.paired
    assert pairs and clinical.partners
    concepts = sorted({c for p in pairs for c in p})
    for c in concepts:
        for other in concepts[:60]:
            said = {other, "no_such_concept"}
            assert (not clinical.partners.get(c, frozenset()).isdisjoint(said)) == any(
                frozenset((c, x)) in pairs for x in said)
    lone = next(k for k in default_verifier().lexicon.concepts if k not in clinical.partners)
    assert not any(frozenset((lone, x)) in pairs for x in concepts)

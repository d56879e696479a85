"""Fact extraction on hand-written sentences (negation scope, hedges, lists, attributes, normals)."""

from __future__ import annotations

from collections import Counter

import pytest
from support.verify_cases import CASES

from medstep.verify import Finding, Polarity, extract_findings

_POL = {"+": Polarity.PRESENT, "-": Polarity.ABSENT, "?": Polarity.UNCERTAIN}
_ATTR = {"lat": "laterality", "loc": "location", "sev": "severity", "chg": "change"}


def _parse(expected: str):
    mentions, normal, not_normal = [], set(), set()
    for item in filter(None, (x.strip() for x in expected.split(";"))):
        if item.startswith("N:"):
            normal |= set(item[2:].split(","))
        elif item.startswith("!N:"):
            not_normal |= set(item[3:].split(","))
        else:
            head, *attrs = item.split(" ", 1)
            # values may contain spaces ("lower lobe"): a token without "=" continues the last value
            spec: dict[str, str] = {}
            key = ""
            if attrs:
                for tok in attrs[0].split():
                    if "=" in tok:
                        key, val = tok.split("=", 1)
                        spec[key] = val
                    else:
                        spec[key] += " " + tok
            mentions.append((head[:-1], _POL[head[-1]], spec))
    return mentions, normal, not_normal


def _matches(f: Finding, spec: dict[str, str]) -> bool:
    for key, value in spec.items():
        got = getattr(f, _ATTR[key])
        if (value == "none" and got is not None) or (value != "none" and got != value):
            return False
    return True


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_sentence(sentence: str, expected: str) -> None:
    findings = extract_findings(sentence)
    mentions = [f for f in findings if f.source == "mention" and f.is_claim]
    want, normal, not_normal = _parse(expected)
    got_keys = Counter((f.concept, f.polarity) for f in mentions)
    want_keys = Counter((c, p) for c, p, _ in want)
    assert got_keys == want_keys, f"{sentence!r}: got {[(f.concept, f.polarity.value) for f in mentions]}"
    for concept, pol, spec in want:
        cands = [f for f in mentions if f.concept == concept and f.polarity is pol]
        assert any(_matches(f, spec) for f in cands), (
            f"{sentence!r}: {concept} attrs {spec}, got {[f.to_json() for f in cands]}")
    implied = {f.concept for f in findings if f.source == "normal"}
    assert all(f.polarity is Polarity.ABSENT for f in findings if f.source == "normal")
    assert normal <= implied, f"{sentence!r}: normal statement should imply {normal - implied}"
    assert not (not_normal & implied), f"{sentence!r}: must not imply {not_normal & implied}"


def test_case_count() -> None:
    assert len(CASES) >= 150


def test_spans_point_at_the_words() -> None:
    text = "Small left pleural effusion. No pneumothorax."
    for f in extract_findings(text):
        assert text[f.start:f.end] == f.text
    (eff,) = [f for f in extract_findings(text) if f.concept == "pleural_effusion"]
    assert eff.text == "pleural effusion" and eff.trigger is None
    (ptx,) = [f for f in extract_findings(text) if f.concept == "pneumothorax"]
    assert ptx.trigger == "no"


def test_normal_statement_is_one_unit() -> None:
    found = [f for f in extract_findings("The lungs are clear.") if f.source == "normal"]
    assert len(found) >= 5 and len({f.unit for f in found}) == 1
    assert all(f.text == "lungs are clear" for f in found)


def test_anatomy_is_extracted_but_not_a_claim() -> None:
    found = extract_findings("The heart is normal.")
    heart = [f for f in found if f.concept == "heart"]
    assert heart and heart[0].category == "anatomy" and not heart[0].is_claim


def test_word_boundaries() -> None:
    # "pe" (pulmonary embolism) must not fire inside other words, "effusions" is a plural
    assert not [f for f in extract_findings("The pediatric patient was upright.") if f.is_claim]
    assert [f.concept for f in extract_findings("Effusions.")] == ["pleural_effusion"]


def test_trigger_table_is_compiled_as_written() -> None:
    """Every trigger line ends up in the automaton with its kind (unless a concept owns the phrase)."""
    from importlib import resources

    from medstep.verify import default_verifier
    from medstep.verify.lexicon import K_CONCEPT, TRIGGER_KINDS, alternatives

    lexicon = default_verifier().lexicon
    automaton = lexicon.automaton
    text = resources.files("medstep.verify").joinpath("triggers.tsv").read_text(encoding="utf-8")
    checked = 0
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, kind = line.split("\t")[:2]
        if kind == "short_attr":  # one or two letters: read by the scanner's letter search, not the automaton
            assert phrase.lower() not in automaton and lexicon.short_attrs[phrase.lower()][0] == TRIGGER_KINDS[kind]
            checked += 1
            continue
        for one in alternatives(phrase):  # a row with {a|b} groups is a phrase per choice
            got = automaton.get(one.lower().replace("-", " "), None)
            assert got is not None, one
            assert got[0] in (TRIGGER_KINDS[kind], K_CONCEPT), (one, kind, got)
            checked += 1
    assert checked > 300


def test_odd_inputs_do_not_break_spans() -> None:
    """Random punctuation, unicode, markers and case: no exception, every span points at its text."""
    import random

    from medstep.verify import verify

    rng = random.Random(7)
    pieces = ["No", "effusion", "pneumothorax", ",", ".", "?", ";", ":", "\n", "-", "\u2019", "\u0130", "\u00e9",
              "left", "lungs are clear", "Step 2:", "1.", "cannot exclude", "is not seen", "heart", "enlarged",
              "acute infarct", "infarction", "there is no", "nodal", "1.5", "e.g.", "  ", "**", "whether"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        for f in extract_findings(text):
            assert text[f.start:f.end] == f.text
        v = verify(text, report=text)
        for s in v.steps:
            for f in s.findings:
                assert s.text[f.start:f.end] == f.text
    assert extract_findings("") == [] and verify("").steps == ()


def test_hedges_that_say_both_ways_are_uncertain() -> None:
    from medstep.verify import Polarity, extract_findings

    for text in ("A pneumothorax may or may not be present.", "There may or may not be a small effusion.",
                 "Pneumothorax is possibly present.", "The heart is perhaps enlarged.", "Maybe a small effusion.",
                 "Whether there is a pneumothorax is unclear."):
        pols = {f.polarity for f in extract_findings(text) if f.is_claim and f.category == "finding"}
        assert pols <= {Polarity.UNCERTAIN}, (text, pols)

"""Speed work of session 20 (issue #12): each short cut answers exactly as the work it skips. Sentences of our own."""

from __future__ import annotations

import random
import re

import pytest

from medstep import lazyre
from medstep.lazyre import lazy_compile
from medstep.verify import devices, quantities, subject_nouns
from medstep.verify.quantities import read_quantities
from medstep.verify.scan import SENTENCE
from medstep.verify.verifier import default_verifier

_SUBJECT_SENTENCES = [
    "Patchy ground-glass opacity in both lower lobes. The changes are worse at the bases.",
    "A 2 cm lesion in segment 7 of the liver. Compared with the CT of March, this abnormality has grown.",
    "Marrow oedema in the lateral tibial plateau.  The overall extent is moderate.",
    "Nodular thickening of the peritoneum. Such disease is most marked in the pelvis.",
    "Fracture of the distal radius. The displacement is dorsal. The angulation is unchanged.",
    "Tree-in-bud nodules in the right upper lobe. Overall, these abnormalities are new since the last study.",
    "Mild cardiomegaly.\nTHE CHANGES ARE STABLE.",
]
_PLAIN_SENTENCES = [
    "No acute cardiopulmonary abnormality is identified.",
    "There is a small left pleural effusion. The heart size is normal.",
    "Changes of chronic obstructive disease: hyperinflated lungs.",  # the nouns, no subject before them
    "Degenerative change in the thoracic spine. No focal consolidation.",
    "The abnormality of the left hilum is unchanged.",  # "of" after the noun: no general-noun subject
    "Extent of the effusion: small. Process: resolving.",
]


def _subject_starts(text: str) -> bool:
    """Whether ``_SUBJECT`` matches at the start of any sentence of ``text`` (what ``carry_subjects`` looks for)."""
    for sm in SENTENCE.finditer(text):
        a, b = sm.span()
        if subject_nouns._SUBJECT.match(text, a, b) is not None:
            return True
    return False


@pytest.mark.parametrize("text", _SUBJECT_SENTENCES + _PLAIN_SENTENCES)
def test_a_text_with_a_subject_sentence_always_passes_the_prefilter(text: str) -> None:
    if _subject_starts(text):
        assert subject_nouns._ANY_NOUN_SUBJECT.search(text) is not None
    assert _subject_starts(text) == (text in _SUBJECT_SENTENCES) or text in _PLAIN_SENTENCES


def test_the_prefilter_passes_every_random_subject_sentence() -> None:
    rng = random.Random(20)
    leads = ["", "Compared with the prior, ", "Overall, ", "Since March, ", "now, "]
    dets = ["the", "these", "this", "such", "The", "THESE"]
    mods = ["", "overall ", "abnormal ", "described ", "above "]
    nouns = ["changes", "abnormality", "abnormalities", "involvement", "extent", "process", "distribution",
             "disease", "displacement", "angulation"]
    for _ in range(400):
        text = (rng.choice(["A mass in the liver. ", "Consolidation.\n", ""]) + rng.choice(leads) + rng.choice(dets)
                + rng.choice(["  ", " ", "\t"]) + rng.choice(mods) + rng.choice(nouns) + " is unchanged.")
        if _subject_starts(text):
            assert subject_nouns._ANY_NOUN_SUBJECT.search(text) is not None, text


def test_the_lower_case_search_agrees_with_the_case_blind_one() -> None:
    rng = random.Random(2020)
    words = ["The", "THESE", "this", "Such", "thE", "changes", "Extent", "ABNORMALITY", "abnormalities", "overall",
             "process", "the\u017fe", "\u017fuch", "disease", "ab", "is", "of", "\u00c9tendue", "\u212a", "\t", "\n",
             "above", "described", "displacement", "them", "thesis", "suchness"]
    for _ in range(2000):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", ". ", ", ", "\n"]) for _ in range(rng.randint(1, 7)))
        assert subject_nouns._may_have_subject(text, text.lower()) == (
            subject_nouns._ANY_NOUN_SUBJECT.search(text) is not None), text


def test_a_chain_without_a_subject_sentence_copies_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    # the sentences name findings and hold the nouns' words, but no general-noun subject: nothing is re-read and no
    # finding is copied (before the prefilter every naming sentence's findings were copied with shifted spans)
    v = default_verifier()
    text = ("Small right pleural effusion. No acute cardiopulmonary abnormality. Mild degenerative change of the "
            "spine. The heart is enlarged.")
    found = v.extractor.extract(text)
    assert any(f.category == "finding" for f in found)

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("a finding was copied")

    monkeypatch.setattr(subject_nouns, "replace", refuse)
    assert subject_nouns.carry_subjects(text, [found], [0], v._claims) is None


def test_a_subject_sentence_is_still_carried() -> None:
    v = default_verifier()
    text = "Patchy consolidation in both lungs. The changes are most marked in the lower zones."
    out = subject_nouns.carry_subjects(text, [v.extractor.extract(text)], [0], v._claims)
    assert out is not None and any(f.source == subject_nouns.SUBJECT for f in out[0])


@pytest.mark.parametrize("low", [
    "no effusion.", "tr\u00b2 ratio is fine", "x\u00b2 degrees", "\u2460% of it", "score \u00b3", "",
])
def test_a_text_the_digit_test_passes_over_holds_no_quantity(low: str) -> None:
    # the test skips a text with no decimal digit (``\d``): none of the quantity patterns can match it, whatever
    # other digit-like characters it holds ("\u00b2", "\u2460", which the per-character ``isdigit`` counted)
    assert quantities._DIGIT.search(low) is None
    assert all(p.search(low) is None for p in (quantities._ANGLE, quantities._PERCENT, quantities._NAMED))
    assert read_quantities(low) == {}


def test_a_text_with_a_decimal_digit_is_read() -> None:
    assert read_quantities("a cobb angle of 42 degrees") == {"angle": {("42", 16, 26)}}
    assert read_quantities("\u0667\u0660% stenosis") == {"percent": {("70", 0, 3)}}  # (Arabic-Indic digits)
    assert read_quantities("gcs 13/15") == {"score": {("gcs=13", 4, 6)}}


def test_a_lazy_pattern_asked_for_a_missing_attribute_compiles_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(lazyre.re, "compile", counting)
    lazy = lazy_compile(r"tube tip (?:above|below) the carina", re.I)
    for _ in range(3):
        assert getattr(lazy, "cache_clear", None) is None  # (a benchmark clearing every module's caches asks this)
    assert lazy.search("ET TUBE TIP ABOVE THE CARINA") is not None
    assert len(calls) == 1


# ---- device names: the word look-up before DEVICE_RE's search (verify/devices.py) ----

def test_every_spelling_of_a_device_name_is_one_the_pattern_matches() -> None:
    for _family, _concept, fragment in devices.DEVICE_WORDS:
        spellings = devices._spellings(fragment)
        assert spellings and len(set(spellings)) == len(spellings)
        for text in spellings:
            assert re.fullmatch(f"(?:{fragment})", text), (fragment, text)
    assert sorted(devices._spellings("ryle'?s (?:feeding )?tube")) == [
        "ryle's feeding tube", "ryle's tube", "ryles feeding tube", "ryles tube"]
    for bad in ("tubes?+", "lines*", "[a-z]+ drain", "a(b", "a)b", r"\d tube"):
        with pytest.raises(ValueError):
            devices._spellings(bad)


_DEVICE_TEXTS = [
    "the et tube tip is 4 cm above the carina.", "settle the patient; the tube is not seen.",
    "right sided drain in situ.", "a right drain and a left chest tube.", "the drain on the right is unchanged.",
    "ryle's tube in the stomach.", "ryles tube tip below the diaphragm.", "portacath via the left subclavian vein.",
    "pacing wire tip in the rv apex.", "rv lead in place.", "ventriculoperitoneal shunt tubing is intact.",
    "ventriculo peritoneal shunt catheter coiled in the abdomen.", "no lines or tubes.", "lines and tubes unchanged.",
    "the ngt was removed.", "ng tube tip in the fundus", "swan ganz catheter in the right pulmonary artery",
    "central venous access via the right ij.", "right ij line tip in the svc.", "pulse generator in the left chest wall",
    "fine bore tube tip in the duodenum", "external ventricular drain in the frontal horn", "evd removed.",
    "the ettx is fine", "nett fluid balance", "right-sided pleural effusion.", "tubes: none.", "",
]


@pytest.mark.parametrize("text", _DEVICE_TEXTS)
def test_names_device_answers_as_the_pattern_search(text: str) -> None:
    low = devices.normalise(text)
    assert devices.names_device(low) == (devices.DEVICE_RE.search(low) is not None)


def test_names_device_on_random_word_strings() -> None:
    rng = random.Random(12)
    words = sorted({w for _f, _c, fragment in devices.DEVICE_WORDS for text in devices._spellings(fragment)
                    for w in re.findall(r"\w+|\W", text)} | {"the", "tip", "in", "no", "x", "1", "é"})
    for _ in range(3000):
        low = "".join(rng.choice(words) + rng.choice(["", " ", " ", ". ", "'", "_"]) for _ in range(rng.randint(1, 6)))
        assert devices.names_device(low) == (devices.DEVICE_RE.search(low) is not None), low


class _NoSearch:
    def search(self, *_a: object) -> None:
        raise AssertionError("the slow search ran")

    def finditer(self, *_a: object) -> None:
        raise AssertionError("the slow search ran")


def test_a_text_without_the_words_of_a_device_name_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(devices, "DEVICE_RE", _NoSearch())
    for text in ("Small right pleural effusion. The heart is normal.", "The central airways are patent.",
                 "Left chest wall soft tissues are unremarkable.", "No venous congestion."):
        assert not devices.names_device(devices.normalise(text))
    devices.devices_in.cache_clear()
    assert devices.devices_in("the pleural space is clear", None) is None
    devices.devices_in.cache_clear()

"""Session 56 lane cleanup56 (issues #7/#8, code health): each concept decided in one place, every reading unchanged.

* a bare "T1" / "T2" as a sequence: the words after it (imaging or signal), the sentence of magnetic resonance and the
  stage or heart-sound words after it are ``answers/technique.py``'s, read by the technique reader and by the vertebral
  level reader (``verify/aligned_levels.py``);
* the study nouns: one spelling per noun in ``answers/studies.py``, each reader's alternation derived from it
  (``verify/prior_state.py``, ``verify/seen_before.py``, ``extract/normality.py``);
* the Chinese sighting verb (可见, 见): ``negation.ZH_SEEN``, read by ``extract/zh_topic.py``, ``extract/implicit_langs.py``
  and ``extract/zh_concepts.py``;
* ``extract/open_generic.py``: ``_COURTESY`` holds ``_OWN`` instead of retyping it;
* ``verify/option_heads._LETTERED``: measured linear in the length of a heading's line (the claim that it is slow on
  3,000-character inputs did not hold); pinned here.
"""

from __future__ import annotations

import re
import time

import pytest

from medstep.answers import negation, studies, technique
from medstep.answers.technique import bare_place, technique_mentions
from medstep.extract import implicit_langs, normality, open_generic, organ_normal, zh_concepts, zh_topic
from medstep.verify import aligned_levels, option_heads, prior_state, seen_before
from medstep.verify.aligned_levels import levels


# --- (a) one home for "T1" / "T2" as a sequence ------------------------------------------------------------------------


def test_level_reader_reads_the_technique_predicates() -> None:
    assert aligned_levels.sequence_word_after is technique.sequence_word_after
    assert aligned_levels.mr_sentence is technique.mr_sentence
    assert aligned_levels.stage_word_after is technique.stage_word_after
    for gone in ("_SIGNAL", "_MR_SENTENCE", "_STAGE_AFTER"):
        assert not hasattr(aligned_levels, gone)


@pytest.mark.parametrize(("text", "expected"), [
    ("the fracture is at t7.", frozenset({14})),
    ("t2 hyperintensity at the t7 level.", frozenset({14})),  # (the signal's t2 no level)
    ("the t1-weighted images show the lesion at t7.", frozenset({14})),
    ("on t1 and t2 images, the collapse of t7.", frozenset({14})),
    ("the t3 disease was staged.", frozenset()),
    ("an s3 gallop.", frozenset()),
    ("compared to t1, brighter on t2.", frozenset()),
    ("the tip projects over t2.", frozenset({9})),
    ("the t2 vertebral body is collapsed.", frozenset({9})),
])
def test_levels_unchanged(text: str, expected: frozenset[int]) -> None:
    assert levels(text) == expected, text


def test_sequence_words_read_the_same_by_both() -> None:
    low = "the lesion is bright on t2 sagittal images."
    at = low.index("t2")
    assert technique.sequence_word_after(low, at + 2)
    assert [m.value.value for m in technique_mentions("T2 sagittal images")] == ["t2"]
    # near misses: a vertebra and a stage stay no sequence
    assert technique_mentions("The fracture is at T2.") == []
    assert technique_mentions("a T2 carcinoma") == []
    # a signal word after it makes no sequence of this image for the technique reader ("the lesion is T2 bright" may be
    # said of a T1 image), but no level either for the level reader
    assert technique_mentions("The lesion is T2 bright.") == []
    assert not technique.sequence_word_after("t2 bright", 2, signal=False)
    assert technique.sequence_word_after("t2 bright", 2)
    assert levels("over t2 bright signal.") == frozenset()
    assert bare_place("compression fracture of t2", 24, 26)
    assert bare_place("a t2 carcinoma", 2, 4)
    assert not bare_place("this is t2.", 8, 10)


# --- (b) one home for the study nouns --------------------------------------------------------------------------------

_OLD_NORMALITY = (r"(?:image|images|picture|radiograph|x-ray|xray|film|scan|study|ct|mri|exam|examination|ultrasound|"
                  r"chest|radiography|cxr|mammogram|mammography)")
_OLD_SEEN_BEFORE = (r"(?:films?|radiographs?|x[\s-]?rays?|cxrs?|stud(?:y|ies)|exams?|examinations?|scans?|ct|cts|mri|mris|"
                    r"mr|ultrasounds?|sonograms?|us|duplex|doppler|echo(?:cardiogram)?s?|imaging|images|angiograms?|"
                    r"mammograms?|pet|fluoroscopy|one|ones)")
_OLD_PRIOR = r"(?:film|radiograph|x-?ray|study|scan|ct|examination|exam|image|images|imaging|one)\b"
_OLD_STUDY_NOUNS = (r"(?:imaging|images?|stud(?:y|ies)|films?|radiographs?|examinations?|exams?|x-rays?|ct|cts|mri|mris|"
                    r"mr|scans?|ultrasounds?|sonograms?|mammograms?|pet(?:-ct)?)")
_WORDS = ("film films radiograph radiographs x-ray xray x-rays xrays study studies scan scans ct cts mri mris mr exam "
          "exams examination examinations image images imaging one ones cxr cxrs us duplex doppler echo echos "
          "echocardiogram echocardiograms angiogram angiograms mammogram mammograms mammography pet pet-ct fluoroscopy "
          "ultrasound ultrasounds sonogram sonograms picture chest radiography photo view").split() + ["x ray", "x rays"]


@pytest.mark.parametrize(("new", "old"), [
    (normality.STUDY, _OLD_NORMALITY), (seen_before._STUDY, _OLD_SEEN_BEFORE), (prior_state._STUDY_NOUN, _OLD_PRIOR),
    (studies.STUDY_NOUNS, _OLD_STUDY_NOUNS),
])
def test_derived_study_nouns_match_what_each_reader_listed(new: str, old: str) -> None:
    a, b = re.compile(r"(?i)\b" + new + r"\b"), re.compile(r"(?i)\b" + old + r"\b")
    for w in _WORDS:
        for t in (w, f"the {w} showed", f"{w}-ct", f"prior {w}s"):
            ma, mb = a.search(t), b.search(t)
            assert (ma and ma.span()) == (mb and mb.span()), (t, new)


def test_study_readers_derive_from_the_one_table() -> None:
    assert organ_normal.STUDY is normality.STUDY
    assert studies.study_nouns(("film", "x-ray"), plural=False) == "(?:film|x-?ray)"
    assert studies.study_nouns(("film", "x-ray")) == r"(?:films?|x[\s-]?rays?)"
    with pytest.raises(KeyError):
        studies.study_nouns(("photo",))  # (no study noun: a reader's own word goes in ``extra``)


# --- (c) the Chinese sighting verb ------------------------------------------------------------------------------------


def test_zh_seen_is_negations() -> None:
    assert negation.ZH_SEEN == ("可见", "见")
    assert zh_topic._VERB_FIRST.match("可见结节") and zh_topic._VERB_FIRST.match("见结节")
    assert zh_topic._VERB_FIRST.match("未见结节") and not zh_topic._VERB_FIRST.match("如见结节")
    assert implicit_langs._ZH_SEEN.search("但肺内见结节") and not implicit_langs._ZH_SEEN.search("肺野清晰")
    m = zh_concepts._INSIDE.match("未见明显")
    assert m is not None and m.group() == "未见明显"
    m = zh_concepts._INSIDE.match("可见少量")
    assert m is not None and m.group() == "可见少量"


# --- (d) courtesy words ---------------------------------------------------------------------------------------------


def test_courtesy_holds_own() -> None:
    assert open_generic._OWN < open_generic._COURTESY
    assert {"sure", "thanks", "received"} <= open_generic._OWN
    assert "please" in open_generic._COURTESY and "please" not in open_generic._OWN


# --- (e) the lettered heading is linear ------------------------------------------------------------------------------


def _best(fn: object, reps: int = 3) -> float:
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append(time.perf_counter() - t0)
    return min(out)


@pytest.mark.parametrize("unit", ["a", "*", " ", "a-", "- ", "Pneumothorax ", "C (", "a'"])
def test_lettered_heading_linear(unit: str) -> None:
    short, long = unit * (3000 // len(unit)), unit * (48000 // len(unit))
    for pat in (option_heads._LETTERED, option_heads._HEAD):
        t_short = _best(lambda: pat.match(short, 0))
        t_long = _best(lambda: pat.match(long, 0))
        assert t_short < 0.05, (unit, t_short)
        assert t_long < max(0.5, 40 * t_short), (unit, t_short, t_long)  # (16x the text: linear, with slack)


def test_lettered_heading_still_reads() -> None:
    m = option_heads._LETTERED.match("*Reactivation TB (C):* no cavitation")
    assert m is not None and m.group(5) == "C" and m.group(4) == "Reactivation TB"
    m = option_heads._LETTERED.match("**C (pocket haematoma):** no swelling")
    assert m is not None and m.group(2) == "C" and m.group(3) == "pocket haematoma"
    assert option_heads._LETTERED.match("Pneumothorax is seen (C).") is None


def test_heart_sound_and_primary_words_stay_the_level_readers() -> None:
    """Review of lane cleanup56: the heart-sound and "primary" / "category" words after a level token are the level
    reader's; a bare "T1" / "T2" before them still answers which sequence ("T2 sounds right", "T2 heart image")."""
    from medstep.extract import extract
    from medstep.types import AnswerType, Sample

    assert technique.stage_word_after("an s3 gallop", 5)
    assert not technique.stage_word_after("t2 sounds right", 2, level=False)
    assert technique.stage_word_after("t2, n1 primary", 2, level=False)
    assert not bare_place("t2 sounds right", 0, 2)
    assert not bare_place("the answer is t1 primary sequence.", 14, 16)
    assert bare_place("a t2 carcinoma", 2, 4)
    question = "What imaging modality was used to take this image?"
    for text, value in (("T2 sounds right, since fluid is bright.", "t2"), ("T2 heart image.", "t2"),
                        ("The answer is T1 primary sequence.", "t1")):
        got = extract(text, Sample(id="c", question=question, answer=value, answer_type=AnswerType.OPEN)).answer
        assert got == value, (text, got)


@pytest.mark.parametrize("text,want", [
    ("fracture of l1 sagittal", {20}),
    ("fracture at c2 coronal reformat", {2}),
    ("fracture at t10 series 5", {17}),
    ("on t2 images the lesion is bright", set()),
])
def test_only_t1_and_t2_can_name_a_sequence_before_an_imaging_word(text: str, want: set[int]) -> None:
    # review probes: a level before "sagittal"/"series" stays a level unless it is "T1"/"T2"
    assert set(levels(text)) == want

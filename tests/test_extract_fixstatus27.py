"""Repairs of session 27's no-answer readers after review (issue #7), with the review's 129 probes and our own.

* ``extract/invented_turn.py`` cuts only a tail that is nothing but invented question-and-answer pairs, none asking
  the sample's question again, after a committed answer: self-Q&A reasoning, echoes and few-shot examples are kept;
* ``extract/other_question.py`` sets a refusal aside only when it declines a subject no image question asks
  (``answers/other_subjects.py``: management, prognosis, follow-up ...), never by word overlap;
* ``extract/unfinished.py`` does not take a place adjective that names its noun ("in the frontal") for a cut, nor a
  reply whose terse opening sentence already answered;
* ``extract/open_deferred.py`` gives way to every commitment word of ``extract/open_unanswered.COMMITS``, needs the
  deferral right after the candidates and not denied, and "remains" followed by the candidates themselves.

The review probes that are wrong on main as well (the branch reads them as main does) are strict xfails with the
reason; every other probe must be read right.
"""

from __future__ import annotations

import pytest

from support.readings import closed_word, open_pair
from support.status27_probes import PROBES, judge

from medstep.extract import extract
from medstep.extract.invented_turn import invented_turn
from medstep.extract.other_question import without_other_refusals
from medstep.types import AnswerType, Sample, Status

_AS_MAIN = "wrong or no answer on main too (the branch reads it as main): "
_KNOWN = {
    **{i: _AS_MAIN + "an open refusal/hedge read as the answer" for i in ("oq15", "oq23")},  # (oq07: asked_refusal, #7)
    "oq21": _AS_MAIN + "a lean before a refusal read as the verdict",
    **{i: _AS_MAIN + "a refusal of another subject outside answers/other_subjects stays refused"
       for i in ("oq30", "oq37", "mx02", "mx10", "mx11")},  # (oq34, oq36, oq44: read by extract/scoped_refusal.py)
    **{i: _AS_MAIN + "a restated question before its answer" for i in ("it04", "it12")},
    "it28": _AS_MAIN + "a Chinese question: no English content words, so no turn is cut",
    **{i: _AS_MAIN + "a place adjective after an article is main's cut before the noun"
       for i in ("un01", "un04", "un06", "un07", "un08", "un10", "un11", "un21")},
    **{i: _AS_MAIN + "a cut on a word outside the describing adjectives, or after a copula"
       for i in ("uc01", "uc02", "uc03", "uc04", "uc07", "uc08", "uc09", "uc10")},
    "od21": _AS_MAIN + "'X is needed to decide' without a which/between object",
}


def _read(probe: tuple) -> str:
    pid, kind, question, text, expect = probe[:5]
    options = probe[5] if len(probe) > 5 else {}
    gold = expect[1] if isinstance(expect, tuple) else expect
    placeholder = {"closed": "是" if any("\u4e00" <= c <= "\u9fff" for c in question) else "yes",
                   "choice": "A", "open": "x"}[kind]
    sample = Sample(id=pid, question=question, answer=(gold if gold != "NONE" else placeholder),
                    answer_type=AnswerType(kind), options=options)
    return judge(kind, question, extract(text, sample), expect)


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p[0], marks=pytest.mark.xfail(strict=True, reason=_KNOWN[p[0]])) if p[0] in _KNOWN
    else pytest.param(p, id=p[0]) for p in PROBES])
def test_review_probe(probe: tuple) -> None:
    assert _read(probe) == "right"


def test_all_review_probes_present() -> None:
    assert len(PROBES) == 129 and set(_KNOWN) <= {p[0] for p in PROBES}


_PTX = "Is there a pneumothorax?"
_DX = "What is the most likely diagnosis?"


# --- invented turns: cut only a tail of invented pairs ---------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("No.\nQuestion: Is the liver enlarged? Answer: yes", "no"),
    ("Yes\nQ: Are the ribs intact? A: yes\nQ: Is the trachea central? A: no", "yes"),
    ("No, the lung edge is not seen. Question: Is the aorta dilated? Answer: no", "no"),
])
def test_invented_pairs_after_an_answer_are_cut(text: str, word: str) -> None:
    assert closed_word(_PTX, text) == word


@pytest.mark.parametrize("text, word", [
    # reasoning in pairs, then a conclusion: the conclusion stands
    ("I first thought no.\nQ: Is there a visceral pleural line? A: Yes.\nSo, yes.", "yes"),
    ("Hmm, yes at first glance.\nQ: Are lung markings seen beyond the edge? A: Yes, all the way out.\n"
     "Final answer: no", "no"),
    # the asked question restated with more words, then answered
    ("Sure thing.\nQuestion: Is there a pneumothorax on this supine film?\nAnswer: No", "no"),
    ("Okay.\nQ: Is a pneumothorax present in the left hemithorax? A: Yes", "yes"),
    # few-shot examples, then the real turn
    ("For instance:\nQuestion: Is the spleen large? Answer: no\nQuestion: Is there a pneumothorax here? Answer: yes",
     "yes"),
])
def test_reasoning_pairs_and_echoes_are_kept(text: str, word: str) -> None:
    assert closed_word(_PTX, text) == word


@pytest.mark.parametrize("text", [
    "Let me see.\nQ: Is the heart enlarged? A: no",
    "Checking.\nQuestion: What view is this? Answer: PA",
])
def test_no_committed_answer_before_the_turn_reads_the_whole(text: str) -> None:
    sample = Sample(id="t", question=_PTX, answer="yes", answer_type=AnswerType.CLOSED)
    assert extract(text, sample).answer is None or extract(text, sample).answer in ("yes", "no")
    assert invented_turn(text, _PTX) is not None  # the cut is proposed; core keeps it only with an answer before


def test_turn_with_trailing_prose_is_no_turn() -> None:
    assert invented_turn("No.\nQuestion: Is the heart big? Answer: no. Therefore no pneumothorax.", _PTX) is None
    assert invented_turn("No.\nQuestion: Is the heart big? Answer: no\nOverall: no", _PTX) is None


# --- other_question: only the subjects no image question asks ---------------------------------------------------------

@pytest.mark.parametrize("text, question", [
    ("Renal mass. I can't determine its nature from one phase.", _DX),
    ("Lytic lesion of the femur. I cannot assess the histology without a biopsy.", _DX),
    ("Consolidation in the right lower lobe. I can't determine the organism on a radiograph.", _DX),
    ("Liver lesion. I cannot determine its aetiology on this scan.", _DX),
    ("Mass in the sellar region. I can't comment on its cause, and I can't comment on management.", _DX),
    ("Pleural thickening. I can't comment on management, and I cannot say what it is.", _DX),
])
def test_refusal_of_the_asked_thing_stays_refused(text: str, question: str) -> None:
    got, status = open_pair(text, question)
    assert got is None and status is Status.REFUSED


@pytest.mark.parametrize("text, question", [
    ("Appendicitis. I can't comment on management.", "What is the management of this condition?"),
    ("Surgery is needed. I can't comment on the surgical approach.", "Which treatment is indicated?"),
])
def test_refusal_of_a_subject_the_question_asks_stays(text: str, question: str) -> None:
    assert without_other_refusals(text, question, open_answer=True) is None


@pytest.mark.parametrize("text, question, kept", [
    ("Pneumonia in the left lower lobe. I can't comment on treatment.", _DX, "Pneumonia in the left lower lobe."),
    ("Meningioma. I cannot comment on the prognosis.", _DX, "Meningioma."),
    ("No. I can't advise on follow-up; I can't comment on follow-up.", _PTX, "No."),
])
def test_refusal_of_another_subject_is_set_aside(text: str, question: str, kept: str) -> None:
    got = without_other_refusals(text, question, open_answer=question == _DX)
    assert got is not None and got.startswith(kept)


# --- unfinished: place adjectives and terse answers ---------------------------------------------------------------

@pytest.mark.parametrize("text, question", [
    ("The tumour is in the parietal", "Which lobe is involved?"),
    ("The clot is in the femoral", "Which vein is thrombosed?"),
    ("Occlusion of the left common iliac", "Which artery is occluded?"),
    ("Pneumothorax. There are also", _DX),
    ("Sarcoidosis. There is a bilateral", _DX),
])
def test_complete_place_answers_and_terse_answers_are_not_truncated(text: str, question: str) -> None:
    got, status = open_pair(text, question)
    assert status is not Status.TRUNCATED


@pytest.mark.parametrize("text", [
    "The chest radiograph shows hyperexpanded lungs with flattened hemidiaphragms. There are also",
    "A round mass sits in the breast with associated irregular heterogeneous",
])
def test_cut_description_is_truncated(text: str) -> None:
    assert open_pair(text, _DX) == (None, Status.TRUNCATED)


# --- open_deferred: commitments, denials, descriptions of the differential --------------------------------------------

@pytest.mark.parametrize("text", [
    "Lymphoma is my answer. It could be lymphoma or sarcoid; biopsy is required to tell them apart.",
    "Appearances favour an abscess. It could be an abscess or a necrotic tumour. MRI is needed to say which.",
    "Cholecystitis. The differential remains wide, including hepatitis and pancreatitis.",
    "Right upper lobe. It could be the upper or the middle lobe on the frontal. No lateral is needed to say which.",
    "Suggestive of osteomyelitis. The differential remains Ewing sarcoma and lymphoma.",
])
def test_commitment_or_description_is_no_deferral(text: str) -> None:
    got, status = open_pair(text, _DX)
    assert status is Status.SCORED and got is not None


@pytest.mark.parametrize("text", [
    "A mass overlies the left hilum. It could be in the upper lobe or the lower lobe. A lateral film is needed to "
    "say which.",
    "An enhancing liver lesion. Without more phases, the differential remains adenoma, FNH and hepatocellular "
    "carcinoma.",
])
def test_deferral_of_named_candidates_is_ambiguous(text: str) -> None:
    assert open_pair(text, _DX) == (None, Status.AMBIGUOUS)

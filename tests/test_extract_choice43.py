"""Multiple-choice answers, session 43 lane choice43 (issue #7), in sentences of our own, each beside near misses.

- An option written as modifiers and a finding's name is named by the same modifiers and another plain name of that
  finding ("right upper lobe atelectasis" for "Right upper lobe collapse", ``extract/option_synonyms.py``); the
  finding's name without the modifiers, or the name only rejected, supposed or offered beside another, names nothing.
- "the option is C" / "my choice is C" decide (``cues`` takes "option" and "choice" alone after a determiner).
- A closing line of a letter, its own option's text and a remark ("D) Testicular torsion — call urology now.") is the
  answer (``letter_final``), unless the remark judges, supposes, is cut, or another line heads an option.
- A Chinese rejection covers every item of its list ("而非肝囊肿或肝血管瘤"), so the list's 或 holds nothing open
  (``negation.ZH_DENIED_LIST``); "不能排除A或B" still does.
"""

import re

import pytest

from medstep.answers import negation
from medstep.extract import extract
from medstep.extract.option_synonyms import swapped_keys
from medstep.types import AnswerType, Sample

_LOBES = {"A": "Right upper lobe collapse", "B": "Right middle lobe collapse", "C": "Right lower lobe collapse",
          "D": "Right pleural effusion"}
_PLEURA = {"A": "Subpulmonic pleural effusion", "B": "Right hemidiaphragm paralysis", "C": "Pleural thickening",
           "D": "Pneumothorax"}
_CORD = {"A": "Syringomyelia", "B": "Cord contusion", "C": "Transverse myelitis", "D": "Spinal cord infarction"}
_SCROTUM = {"A": "Epididymitis", "B": "Hydrocele", "C": "Varicocele", "D": "Testicular torsion", "E": "Seminoma"}
_HEART = {"A": "Dilated cardiomyopathy", "B": "Pericardial effusion", "C": "Mitral stenosis", "D": "Normal heart"}
_ZH = {"A": "肝囊肿", "B": "肝血管瘤", "C": "肝脓肿", "D": "肝细胞癌"}


def _read(text: str, options: dict[str, str]) -> str | None:
    got = extract(text, Sample(id="c43", question="Which is the answer?", answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer if got.answer is not None else got.status.value


def test_swapped_names_keep_the_modifiers_and_drop_shared_ones() -> None:
    keys = dict((name, letter) for letter, name in swapped_keys(tuple(_LOBES.items())))
    assert keys["right upper lobe atelectasis"] == "A"
    assert keys["right lower lobe atelectasis"] == "C"
    assert "atelectasis" not in keys  # the finding alone tells no sibling apart
    assert all(not name.endswith("blunting") for name in keys)  # a description is no name


@pytest.mark.parametrize("text, options, want", [
    ("The horizontal fissure is raised and the right upper zone is dense.\n\nConclusion: right upper lobe "
     "atelectasis.", _LOBES, "A"),
    ("Wedge of density behind the heart on the right. Final answer: right lower lobe atelectasis.", _LOBES, "C"),
    ("The apparent dome is peaked laterally. Impression: a subpulmonic effusion.", _PLEURA, "A"),
    # near misses
    ("Volume loss on the right with a raised fissure. Final answer: atelectasis.", _LOBES, None),
    ("The zone is dense, but this is not right upper lobe atelectasis: the fissure is in place.", _LOBES, None),
    ("Right lower lobe atelectasis would obscure the hemidiaphragm, which is clearly seen here.", _LOBES, None),
    ("Either right upper lobe atelectasis or right middle lobe atelectasis could give this; one view cannot tell.",
     _LOBES, None),
])
def test_option_named_by_modifiers_and_another_name(text: str, options: dict[str, str], want: str | None) -> None:
    got = _read(text, options)
    assert got == want if want else got in ("unparsed", "ambiguous")


@pytest.mark.parametrize("text, want", [
    ("The cord signal spans five segments with central grey matter involvement, so the option is C.", "C"),
    ("Owl-eye grey matter signal after aortic surgery. My choice is D.", "D"),
    ("The option is not A, since there is no cavity.", None),
    ("The cord is swollen. The option is A or C, hard to say.", None),
    ("If the option is B, there should be a history of trauma.", None),
    ("The choice is between C and D; diffusion imaging would decide.", None),
])
def test_the_option_is(text: str, want: str | None) -> None:
    got = _read(text, _CORD)
    assert got == want if want else got in ("unparsed", "ambiguous")


@pytest.mark.parametrize("text, options, want", [
    ("No colour Doppler flow and a twisted cord.\n\nD) Testicular torsion — call urology now.", _SCROTUM, "D"),
    ("Anechoic fluid around a normal testis.\n\n**B. Hydrocele** — benign, no intervention needed.", _SCROTUM, "B"),
    ("Globular heart shadow.\n\nB) Pericardial effusion: echocardiography to confirm.", _HEART, "B"),
    # near misses
    ("Flow is normal on both sides.\n\nD) Testicular torsion — unlikely given preserved flow.", _SCROTUM, None),
    ("The testis is enlarged.\n\nD) Testicular torsion — would show absent flow, so check Doppler.", _SCROTUM, None),
    ("The testis is enlarged.\n\nA) Epididymitis — hyperaemia.\nD) Testicular torsion — absent flow.", _SCROTUM, None),
    ("The heart is big.\n\nA) Dilated cardiomyopathy — or perhaps a pericardial effusion.", _HEART, None),
    ("The heart is big.\n\nB) Pericardial effusion — cannot be excluded.", _HEART, None),
    ("Possible answers:\nC) Mitral stenosis — double density.", _HEART, None),
    ("Going through each option.\n\nA) Dilated cardiomyopathy — The ventricle is large and the wall", _HEART, None),
])
def test_closing_letter_with_its_text_and_a_remark(text: str, options: dict[str, str], want: str | None) -> None:
    got = _read(text, options)
    assert got == want if want else got in ("unparsed", "ambiguous", "truncated")


@pytest.mark.parametrize("text, want", [
    ("综合考虑应为肝脓肿，而非肝囊肿或肝血管瘤。", "C"),
    ("综合考虑应为肝脓肿，而非肝囊肿或血管瘤。", "C"),
    ("应为肝脓肿，排除肝囊肿或肝血管瘤。", "C"),
    ("不考虑肝囊肿或肝血管瘤，首先考虑肝脓肿。", "C"),
    # near misses: an "or" that offers, a rejection that is not one
    ("考虑肝脓肿或肝囊肿。", None),
    ("考虑肝脓肿或肝细胞癌，而非肝囊肿。", None),
    ("病灶边缘模糊，不能排除肝脓肿或肝细胞癌。", None),
    ("未见明显肝囊肿或肝血管瘤，考虑肝脓肿或肝细胞癌。", None),
    ("无论肝脓肿或肝囊肿，都需要随访。", None),
])
def test_chinese_rejected_list(text: str, want: str | None) -> None:
    got = _read(text, _ZH)
    assert got == want if want else got in ("unparsed", "ambiguous", "refused")


def test_denied_list_fragment() -> None:
    denied = re.compile(negation.ZH_DENIED_LIST)
    assert denied.search("而非肝囊肿或") is not None
    assert denied.search("不能排除肝脓肿或") is None
    assert denied.search("无法区分肝脓肿或") is None
    assert denied.search("非常可能是肝囊肿或") is None


_VALVE = {"A": "Left ventricular failure", "B": "Aortic stenosis", "C": "Mitral stenosis",
          "D": "Constrictive pericarditis"}
_PICKED = "A big left atrium with a normal ventricle is the pattern of mitral stenosis, so I'd pick **C**. "


@pytest.mark.parametrize("after, want", [
    ("Pericardial calcification would point to constrictive pericarditis, and I don't see any.", "C"),
    ("Pericardial calcification would point to constrictive pericarditis, which is absent here.", "C"),
    # near misses: the supposed sign seen, or the denial not of the sign
    ("Pericardial calcification would point to constrictive pericarditis, and I can see some.", None),
    ("Pericardial calcification would point to constrictive pericarditis, and I don't see any other explanation.",
     None),
    ("Pericardial calcification would point to constrictive pericarditis.", None),
])
def test_supposed_alternative_whose_sign_is_denied(after: str, want: str | None) -> None:
    got = _read(_PICKED + after, _VALVE)
    assert got == want if want else got in ("unparsed", "ambiguous")


@pytest.mark.parametrize("text", [
    "This is consolidation, not listed. None of the choices A–D describes it, so I can't select one.",
    "Option scores (0-10): A=9, B=2, C=4, D=1.",
    "The options are A and D.",
])
def test_option_noun_alone_needs_a_copula(text: str) -> None:
    assert _read(text, _CORD) in ("unparsed", "ambiguous", "refused")

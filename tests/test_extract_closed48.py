"""Closed answers given by a committed lean on the finding, a Chinese statement naming the organ apart from the finding,
or a finding placed in an organ asked normal (session 48, lane closed48, issue #7).

"Most likely a small hiatus hernia." commits as "Probably yes." does (``extract/committed_lean.py``: the lean opening its
sentence or after "there is", nothing else holding the reply open); "考虑肺炎可能性大" commits as 考虑肺炎 does;
是否有肾结石？ is asked of the kidney when the reply names it apart ("左肾下极可见一枚结石", a sighting only,
``implicit_langs.zh_organ_compound``); "该患者的肝脏" asks of the liver; "考虑为左肾结石" states it; "There is a mass
in the liver." to "Is the liver normal?" places a finding in it (``findings._in_organ``). The near misses keep their
doubt, their other finding, organ or side.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.extract.committed_lean import commit
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> str | None:
    gold = "是" if any("\u4e00" <= c <= "\u9fff" for c in question) else "yes"
    return extract(text, Sample(id="x", question=question, answer=gold, answer_type=AnswerType.CLOSED)).answer


def test_commit_drops_only_a_stating_lean_with_nothing_else_open() -> None:
    assert commit("Most likely a small hiatus hernia.") == "a small hiatus hernia."
    assert commit("There is probably a pneumonia.") == "There is a pneumonia."
    assert commit("右下肺可见片状高密度影，考虑肺炎可能性大。") == "右下肺可见片状高密度影，考虑肺炎。"
    for kept in ("Probably pneumonia or atelectasis.", "Most likely pneumonia. Atelectasis cannot be excluded.",
                 "The most likely diagnosis is pneumonia.", "Less likely pneumonia.", "Probably, it is pneumonia.",
                 "There is an opacity in the right lower lobe, likely consolidation.",
                 "Likely a small effusion, though it could be thickening.", "考虑肺炎或肺不张可能性大。", "肺炎可能性不大。",
                 "It is probably a macular hole.", "Probably normal.", "There is probably no effusion.", "Probably not. Yes."):
        assert commit(kept) == kept, kept


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("Is there pneumonia?", "Probably a left lower lobe pneumonia.", "yes"),
    ("Is there a pleural effusion?", "Likely a small right-sided pleural effusion.", "yes"),
    ("Is there a diverticulum?", "Most likely a small duodenal diverticulum.", "yes"),
    ("是否存在肺炎？", "右下肺可见片状高密度影，考虑肺炎可能性大。", "是"),
    ("是否存在脑出血？", "左侧基底节区高密度灶，考虑脑出血可能性大。", "是"),
    ("是否有肾结石？", "左肾下盏可见一枚结石。", "是"),
    ("是否存在胆囊结石？", "胆囊内可见多发强回声，后方伴声影，考虑胆囊多发结石。", "是"),
    ("肾脏是否存在结石？", "考虑为右肾结石。", "是"),
    ("肾脏是否存在结石？", "右肾可见一枚结石。", "是"),
    ("该患者的肝脏是否正常？", "肝脏大小形态正常，未见异常。", "是"),
    ("病人的脾脏是否正常？", "脾脏明显增大，因此脾脏不正常。", "否"),
    ("Is the liver normal?", "There is a 2 cm mass in the liver.", "no"),
    ("Is there an abnormality in the spleen?", "There are several small hypodense lesions within the spleen.", "yes"),
])
def test_reads(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == expected


@pytest.mark.parametrize(("question", "text"), [
    ("Is there pneumonia?", "Probably pneumonia, although atelectasis could look the same."),
    ("Is there pneumonia?", "Most likely atelectasis rather than pneumonia or aspiration."),
    ("Is there a pleural effusion?", "Probably a small pneumothorax."),
    ("Is there consolidation?", "There is an opacity in the right lower lobe, likely consolidation."),
    ("是否存在肺炎？", "考虑肺炎或肺不张可能性大。"),
    ("是否有肾结石？", "左肾未见结石。"),
    ("是否有肾结石？", "胆囊内可见结石。"),
    ("肾脏是否存在结石？", "左肾上方肾上腺区可见结节。"),
    ("Is the liver normal?", "There is a mass adjacent to the liver."),
    ("Is the liver normal?", "There is a mass in the kidney."),
    ("Is the liver normal?", "There may be a mass in the liver."),
])
def test_near_misses_stay_unanswered(question: str, text: str) -> None:
    assert _read(question, text) is None


@pytest.mark.parametrize(("question", "text"), [
    # review of closed48: the lean describes another noun, names a second candidate, or compares
    ("Is there a hernia?", "Most likely hernia repair mesh in the right groin."),
    ("Is there a diverticulum?", "Most likely a hernia, with a diverticulum as the second choice."),
    ("Is there pneumonia?", "Probably pneumonia. Alternatively, this is atelectasis."),
    ("Is there a tumor?", "Most likely an abscess, tumor less so."),
    ("是否存在肺炎？", "肺炎的可能性大于结核。"),
    ("是否存在肺炎？", "肺炎可能性大小需结合临床判断。"),
    ("是否有肾囊肿？", "考虑肝囊肿可能性大。"),
])
def test_review_near_misses_are_not_read_yes(question: str, text: str) -> None:
    assert _read(question, text) not in ("yes", "是")

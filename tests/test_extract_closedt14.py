"""Closed round closedt14 (issue #7): yes/no answers given as markdown tables, and readings that must not be made.

Each case is a closed question, an invented answer and what a careful reader takes from it (``None``: no answer).
Tables (``extract/tables.py``): a two-column table with a plain value header reads as ``key: value`` lines; a table
with a column about this study and one about an earlier study reads the current column; a table about an earlier
study only reads nothing; columns per side, or a row given twice, read nothing. A question whose qualifier is an
article ("Is there a diffusion?") is already the head noun's question (``extract/head_noun.py``; it looped). An opening
"Yes," whose clause says the asked property of another organ only (``extract/other_organ.py``) and a Chinese opening
verdict whose clause names another finding (``extract/zh_leads.py``) answer another question. Label items on one line
are read one a line (``extract/inline_fields.py``); a verdict to the reply's own question about another finding and a
dismissed finding say nothing of the asked one (``extract/set_aside.py``); a finding's name labelling a measurement
is no statement of it (``extract/finding_labels.py``). An English question answered in another language is read by
the finding's other-language names (``answers/concepts.tsv``, ``extract/foreign_terms.py``); Japanese 答え marks an
answer; Dutch "geen" denies. A field value's verdict word followed by a detail that does not hedge, turn, name a side
or deny is the field's verdict (``replywords``).
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

CASES: list[tuple[str, str, str | None]] = [
    # markdown tables
    ("Is there a pneumothorax?", "| Finding | Result |\n|---|---|\n| Pleural effusion | Yes |\n| Pneumothorax | No |", "no"),
    ("Is there a pleural effusion?", "| Finding | Result |\n|---|---|\n| Pleural effusion | Yes |\n| Pneumothorax | No |",
     "yes"),
    ("Is the heart enlarged?", "| Structure | Assessment |\n| :-- | :-- |\n| Heart | Normal size |\n| Lungs | Clear |", "no"),
    ("Are there gallstones?", "**Findings**\n\n| Feature | Status |\n|---|---|\n| Gallstones | Absent |\n| Wall thickening | Absent |",
     "no"),
    ("Is there cardiomegaly?", "| Finding | Present? |\n|---|---|\n| Cardiomegaly | ✗ |\n| Effusion | ✗ |", "no"),
    ("Is there a pneumothorax?", "| Pleural effusion | Yes |\n| Pneumothorax | No |", "no"),
    ("Is there a fracture?", "| Finding | Present on prior | Present now |\n|---|---|---|\n| Fracture | Yes | No |", "no"),
    ("Is there a pneumothorax?", "| Finding | Present on prior |\n|---|---|\n| Pneumothorax | Yes |", None),
    ("Is there a pneumothorax?", "| Finding | Left | Right |\n|---|---|---|\n| Pneumothorax | No | Yes |", None),
    ("Is there a pleural effusion?", "| Finding | Yes/No |\n|---|---|\n| Pleural effusion | Yes |\n| Pleural effusion | No |",
     None),
    ("Is there consolidation?", "| Finding | Likelihood |\n|---|---|\n| Consolidation | Possible |", None),
    # a checklist of markdown boxes
    ("Is there a pneumothorax?", "- [ ] Pneumothorax\n- [x] Pleural effusion", "no"),
    ("Is there a pleural effusion?", "- [ ] Pneumothorax\n- [x] Pleural effusion", "yes"),
    # an opening yes given to the asked property of another organ
    ("Is the liver enlarged?", "Yes, splenomegaly.", None),
    ("Is the liver enlarged?", "Yes, the spleen is enlarged.", None),
    ("Is the spleen enlarged?", "Yes, splenomegaly.", "yes"),
    ("Is the liver enlarged?", "Yes, hepatosplenomegaly.", "yes"),
    ("Are the ventricles enlarged?", "Yes, hydrocephalus.", "yes"),
    # a Chinese opening verdict given to another finding
    ("是否存在肺气肿？", "不，没有肺炎。双肺透亮度增高。", None),
    ("是否有胸腔积液？", "是，有气胸。", None),
    ("是否有胸腔积液？", "是，有气胸。未见胸腔积液。", "否"),
    ("是否有胸腔积液？", "是，右侧。", "是"),
    ("肝脏是否有异常？", "是，肝右叶可见一低密度占位。", "是"),
    # label items run together on one line
    ("Is there a pneumothorax?", "Effusion - yes; pneumothorax - not assessed.", None),
    ("Is there a pneumothorax?", "Pneumothorax: no. Effusion: yes.", "no"),
    ("Is there a pneumothorax?", "Effusion - yes; pneumothorax - no.", "no"),
    # a verdict to the reply's own question about another finding; a dismissed finding
    ("Is there a pneumothorax?", "Is there an effusion? Yes.", None),
    ("Is there a pneumothorax?", "Forget the pneumothorax; the effusion is large.", None),
    ("Is there a pleural effusion?", "Forget the pneumothorax; the effusion is large.", "yes"),
    ("Is there a pneumothorax?", "Ignore the effusion; there is a pneumothorax.", "yes"),
    # a finding's name as the label of a measurement
    ("Is there hepatomegaly?", "Splenomegaly: yes (16 cm).\nHepatomegaly: liver span 14 cm in the MCL.", None),
    ("Is there hepatomegaly?", "Hepatomegaly: present (liver span 19 cm).", "yes"),
    ("Is there cardiomegaly?", "Cardiomegaly: CTR 0.48", "no"),
    # an English question answered in another language: the finding's other-language names in concepts.tsv
    ("Is there a pleural effusion?", "Kein Pleuraerguss.", "no"),
    ("Is there a pneumothorax?", "No hay neumotórax.", "no"),
    ("Is there a pneumothorax?", "Se observa un neumotórax derecho.", "yes"),
    ("Is there a pleural effusion?", "Pas d'épanchement pleural.", "no"),
    ("Is there a fracture?", "No se observa fractura.", "no"),
    ("Is there a subdural hematoma?", "Hematoma subdural agudo frontoparietal izquierdo de 9 mm.", "yes"),
    ("Is there a pneumothorax?", "Kein Pleuraerguss.", None),
    ("Is there a fracture of the left femoral neck?", "Displaced fracture of the right femoral neck. The left hip is intact.",
     None),
    ("Is there a pleural effusion?", "答え：いいえ", "no"),
    ("Is there a pneumothorax?", "Geen pneumothorax.", None),
    # a field's verdict word with a detail
    ("Is there cardiomegaly?", "| Finding | Status |\n|---|---|\n| Cardiomegaly | Present (CTR 0.58) |\n| Effusion | Absent |",
     "yes"),
    ("Is there a pneumothorax?", "- Pneumothorax: **No** (lung edge not seen)\n- Effusion: **Yes** (small)", "no"),
    ("Is there a pleural effusion?", "Pleural effusion: yes (small, left)\nPneumothorax: no", None),
    ("Is there a pleural effusion?", "Pleural effusion: yes, but possibly atelectasis\nPneumothorax: no", None),
    # a question already of its head noun
    ("Is there restricted diffusion?", "Diffusion: no restriction.", None),
]


@pytest.mark.parametrize(("question", "text", "answer"), CASES, ids=[f"{i}-{c[1][:30]}" for i, c in enumerate(CASES)])
def test_closedt14_case(question: str, text: str, answer: str | None) -> None:
    got = extract(text, Sample(id="ct14", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    assert got.answer == answer, got.rule

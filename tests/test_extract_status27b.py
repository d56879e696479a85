"""Second review of the status readers (session 27): replies where a refusal of management is joined to a refusal
of the asked finding, and a tentative first impression followed by a self-check pair, must not be read as answers.

Texts written by the second reviewer. ``other_question`` sets a refusing clause aside only when it declines the other
subject alone; ``invented_turn`` cuts only after a bare verdict.
"""

from __future__ import annotations

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_TYPES = {"closed": AnswerType.CLOSED, "choice": AnswerType.CHOICE, "open": AnswerType.OPEN}
PROBES = [('m03',
  'closed',
  'Is there a pleural effusion?',
  "No pleural effusion. I can't comment on treatment, nor rule out a small effusion.",
  'NONE'),
 ('m04',
  'closed',
  'Is there a pleural effusion?',
  "No effusion. I can't comment on management or rule out a subpulmonic effusion.",
  'NONE'),
 ('m05',
  'closed',
  'Is there cardiomegaly?',
  "Normal heart size. I can't comment on management or reliably assess heart size on an AP film.",
  'NONE'),
 ('m06',
  'closed',
  'Is there a pneumothorax?',
  "No pneumothorax. I can't comment on management — or, honestly, on whether the apical line is a real pleural "
  'edge.',
  'NONE'),
 ('m07',
  'closed',
  'Is there a fracture?',
  "No fracture seen. I can't comment on management, prognosis, or whether a fracture is truly absent.",
  'NONE'),
 ('m09',
  'open',
  'What is causing the bowel obstruction?',
  "Small bowel obstruction. I can't comment on management or say what is causing it.",
  'NONE'),
 ('m12',
  'closed',
  'Is there a fracture?',
  "No fracture. I won't comment on management or on occult fractures, which only CT could exclude.",
  'NONE'),
 ('t08',
  'closed',
  'Is there cardiomegaly?',
  'The heart looks normal at first.\nQ: Is the cardiothoracic ratio above 0.5? A: Yes, 0.58.',
  'NONE'),
 ('g02',
  'closed',
  'Is there a fracture?',
  "No fracture. I can't comment on management, nor can I exclude an occult scaphoid fracture.",
  'NONE'),
 ('g03',
  'closed',
  'Is there a pneumothorax?',
  'No pneumothorax. I cannot comment on treatment as well as on a possible small pneumothorax hidden by the '
  'clavicle.',
  'NONE'),
 ('g04',
  'closed',
  'Is there a pleural effusion?',
  "No effusion. I can't comment on follow-up or whether the blunted angle is fluid.",
  'NONE'),
 ('g05',
  'open',
  'What is the most likely diagnosis?',
  'Lung mass. I cannot comment on prognosis or say if it is benign or malignant.',
  'NONE'),
 ('g06',
  'open',
  'What is the most likely diagnosis?',
  "Hilar lymphadenopathy. I can't comment on treatment or determine the cause.",
  'NONE'),
 ('g07',
  'closed',
  'Is there cardiomegaly?',
  "The heart is not enlarged. I can't comment on management or on cardiac size, as the film is AP.",
  'NONE'),
 ('g13',
  'choice',
  'Which diagnosis fits best?',
  'A seems likely.\nQ: Is there eggshell calcification? A: Yes, which points to D.',
  'NONE',
  {'A': 'Sarcoidosis', 'B': 'Tuberculosis', 'C': 'Lymphoma', 'D': 'Silicosis'})]


@pytest.mark.parametrize("pid, kind, question, text, options", [(p[0], p[1], p[2], p[3], p[5] if len(p) > 5 else {})
                                                                 for p in PROBES])
def test_no_answer_read(pid: str, kind: str, question: str, text: str, options: dict[str, str]) -> None:
    sample = Sample(id=pid, question=question, answer="yes" if kind == "closed" else "A", answer_type=_TYPES[kind],
                    options=options)
    assert extract(text, sample).answer is None

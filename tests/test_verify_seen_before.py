"""A chain's finding said to be seen on an earlier study, against a report calling it new (``verify/seen_before.py``,
issue #8, lane change50). Fresh wording; the near misses must stay uncontradicted."""

from __future__ import annotations

import pytest

from medstep.verify import verify
from medstep.verify.seen_before import sighting_pieces
from medstep.verify.verdicts import Verdict

NEW_NODULE = ("PA chest radiograph. A 14 mm nodule is present in the right upper lobe. It is new since the radiograph of "
              "eighteen months ago. No effusion.")
NEW_EFFUSION = ("Chest radiograph. There is a moderate left pleural effusion. There was no effusion on the film of two "
                "weeks ago. Heart size normal.")
NEW_COLLAPSE = ("CT spine. There is a wedge compression fracture of T12, new compared with the CT from last year. "
                "Other vertebral bodies are of normal height.")
GROWN_NODULE = ("CT chest. The left lower lobe nodule now measures 12 mm, increased from 8 mm on the CT of a year ago. "
                "No new nodules.")
STABLE_CYST = ("Ultrasound. A 3 cm simple cyst in the right kidney, unchanged from the ultrasound two years ago. No "
               "hydronephrosis.")


def _contradicted(chain: str, report: str) -> bool:
    return any(s.verdict is Verdict.CONTRADICTED for s in verify(chain, report=report).steps)


@pytest.mark.parametrize("chain, report", [
    ("A right upper lobe nodule of 14 mm is seen. The nodule was visible on the radiograph from eighteen months ago.",
     NEW_NODULE),
    ("A 14 mm right upper lobe nodule. The same nodule was reported on the previous radiograph.", NEW_NODULE),
    ("There is a 14 mm nodule in the right upper lobe. On the prior radiograph the nodule was already evident.",
     NEW_NODULE),
    ("A moderate left effusion is present. The effusion was present on the film two weeks ago.", NEW_EFFUSION),
    ("T12 has a wedge compression fracture. On last year's CT the fracture was demonstrated, so it is old.",
     NEW_COLLAPSE),
    ("A moderate left effusion; the effusion was shown on the film of two weeks ago, so it is chronic rather than a "
     "new collection.", NEW_EFFUSION),
])
def test_an_earlier_sighting_of_a_new_finding_is_contradicted(chain: str, report: str) -> None:
    assert _contradicted(chain, report)


@pytest.mark.parametrize("chain, report", [
    ("A right upper lobe nodule of 14 mm. It was not visible on the radiograph eighteen months ago.", NEW_NODULE),
    ("There is a 14 mm right upper lobe nodule. No nodule was seen on the prior radiograph.", NEW_NODULE),
    ("Moderate left effusion, newly seen compared with the film two weeks ago.", NEW_EFFUSION),
    ("Moderate left effusion. The effusion may have been present on the earlier film but is new to me.",
     NEW_EFFUSION),
    ("T12 compression fracture, not seen on the CT from last year.", NEW_COLLAPSE),
    ("The left lower lobe nodule was seen on the CT a year ago and has grown to 12 mm.", GROWN_NODULE),
    ("A right renal cyst of 3 cm, visible on the ultrasound two years ago, unchanged.", STABLE_CYST),
])
def test_near_misses_stand(chain: str, report: str) -> None:
    assert not _contradicted(chain, report)


def test_the_pieces_read() -> None:
    text = "The same thrombus was described on the duplex 14 months ago, so this is a chronic clot rather than new."
    assert [text[a:b] for a, b in sighting_pieces(text)] == ["The same thrombus was described on the duplex 14 months ago"]
    assert sighting_pieces("The nodule seen today was absent on the prior.") == []
    assert sighting_pieces("A new nodule is visible since the previous film.") == []



def test_the_comparison_section_denies_what_is_new() -> None:
    # a report's comparison section tells what the earlier study lacked: the finding of now is new (absent_before)
    report = ("COMPARISON: Pelvis radiograph three years prior, showing no fracture. FINDINGS: There is an acute "
              "fracture of the right femoral neck.")
    assert _contradicted("Right femoral neck fracture. The fracture was visible on the radiograph three years ago.",
                         report)
    assert not _contradicted("Right femoral neck fracture, not present three years ago.", report)

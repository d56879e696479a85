"""Denials of a noun no concept names, compared by the structure they are said of (issue #8, denied52).

* ``aligned_lone``: a chain clause that denies one noun ("without syndesmophytes", "not distended") which a report
  sentence about the same structure states is contradicted (``aligned-polarity-flip``); near misses: another
  structure, another side, a report that denies the noun too, a hedge, an earlier time, "no other", a prefix denial.
* ``aligned_denials``: a report's denial list with a shared head noun ("No intratesticular or capsular flow is
  detected") and a list after what a sentence states ("..., with no ...") deny each item with its head.

Reports and chains here are written for this test."""

from __future__ import annotations

import pytest

from medstep.verify import verify

_OPTIONS = {"A": "first", "B": "second"}
_SPINE = ("Chest radiograph. There are apical fibrotic changes. On the lateral view there are marginal syndesmophytes "
          "bridging the thoracic vertebrae. No pleural effusion.")
_NECK = ("Soft-tissue neck radiograph. The epiglottis is normal. On the lateral view the hypopharynx is distended with "
         "air during inspiration. No prevertebral swelling.")
_GALL = ("Ultrasound. Multiple gallstones lie in the gallbladder, and a stone is impacted in the gallbladder neck. The "
         "common bile duct measures 4 mm with no choledocholithiasis seen.")
_FRACTURE = "Skull radiograph. There is a non-displaced linear fracture of the right occipital bone. No other fracture."
_TESTES = ("Scrotal ultrasound. The right testis is normal with normal arterial flow. No intratesticular or capsular "
           "flow is detected in the left testis. The left spermatic cord is twisted. No pleural effusion.")
_LUNGS = ("Chest radiograph. Both hila are enlarged. The lungs are clear, with no nodules, septal or interstitial "
          "markings. Heart size normal.")
_ENHANCE = ("MRI. The cyst in the left kidney shows no enhancement. The solid mass in the right kidney enhances "
            "avidly. No lymphadenopathy.")


def rules(report: str, chain: str) -> list[str]:
    v = verify(chain, report=report, options=_OPTIONS, chosen="A")
    return [fv.rule for st in v.steps for fv in st.verdicts
            if fv.rule and fv.rule.startswith("aligned-polarity") and fv.consistent is False]


@pytest.mark.parametrize(("report", "chain"), [
    (_SPINE, "Apical fibrotic changes. The thoracic vertebrae look normal, without syndesmophytes. A."),
    (_NECK, "No pleural effusion. The hypopharynx is not distended. A."),
])
def test_a_chain_denying_one_noun_the_report_states_of_the_structure_is_contradicted(report: str, chain: str) -> None:
    assert rules(report, chain) == ["aligned-polarity-flip"]


@pytest.mark.parametrize(("report", "chain"), [
    # the faithful readings
    (_SPINE, "Apical fibrotic changes, and syndesmophytes bridge the thoracic vertebrae. No effusion. A."),
    (_NECK, "Normal epiglottis; the hypopharynx is distended with air. A."),
    # another structure: the duct's stones are not the gallbladder's (the clause runs on into the next sentence)
    (_GALL, "Gallstones with one impacted in the neck. The duct is 4 mm and no stones are seen in it. So the problem "
            "is in the gallbladder. A."),
    # the report denies the noun as well (the cyst's enhancement): the chain may deny it where the report does
    (_ENHANCE, "The left renal cyst shows no enhancement, while the right renal mass enhances. A."),
    # "no other": set apart from what the report states
    (_FRACTURE, "A linear right occipital fracture, not displaced. No other fracture of the occipital bone. A."),
    # the report denies by a prefix ("non-displaced") or a negated modal ("cannot be flushed"); it spares
    (_FRACTURE, "A linear fracture of the right occipital bone (not displaced). No other fracture. A."),
    ("Port check. The port now cannot be flushed. The catheter tip lies in the SVC. No pneumothorax.",
     "Port not flushing. The catheter tip lies in the SVC. No pneumothorax. A."),
    ("Chest radiograph. Bilateral consolidation in a peripheral distribution, with sparing of the perihilar regions. "
     "No pleural effusion.", "Bilateral consolidation; the distribution is peripheral rather than perihilar. No "
                             "effusion. A."),
    # an item stays in its sentence: "(not B). The contours are smooth" denies no contours
    (_SPINE, "Apical fibrotic changes (not B). The thoracic vertebrae show marginal syndesmophytes. No effusion. A."),
    # a hedge, an earlier time
    (_SPINE, "Apical fibrotic changes. The thoracic vertebrae might show no syndesmophytes. A."),
    (_SPINE, "Apical fibrotic changes. On the prior film the thoracic vertebrae had no syndesmophytes. A."),
])
def test_near_misses_of_a_denied_noun_are_not_flagged(report: str, chain: str) -> None:
    assert rules(report, chain) == []


def test_a_denial_of_the_other_side_is_not_the_report_s_statement() -> None:
    report = ("Ultrasound. The right hypopharynx wall is distended. The left hypopharynx wall is of normal calibre.")
    assert rules(report, "The right hypopharynx wall is distended; the left hypopharynx wall is not distended. A.") == []


def test_a_list_sharing_a_head_noun_denies_each_modifier_with_it() -> None:
    # "No intratesticular or capsular flow is detected in the left testis": the intratesticular flow is denied
    chain = "No pleural effusion. The intratesticular flow is reduced but still present. The cord is twisted. A."
    assert rules(_TESTES, chain) == ["aligned-polarity-conflict"]
    assert rules(_TESTES, "No pleural effusion. No intratesticular flow on the left. The cord is twisted. A.") == []


def test_a_denial_list_after_a_statement_denies_its_items() -> None:
    # ("The lungs are clear, with no nodules, septal or interstitial markings": the septal markings are denied)
    assert rules(_LUNGS, "Both hila are enlarged. There are septal markings in both lungs. A.") == [
        "aligned-polarity-conflict"]
    assert rules(_LUNGS, "Both hila are enlarged; the lungs are clear with no septal markings. A.") == []


@pytest.mark.parametrize("report", [
    "Spine radiograph. No fracture, marginal syndesmophytes are seen along the thoracic vertebrae. No effusion.",
    "Spine radiograph. No fracture and marginal syndesmophytes are seen along the thoracic vertebrae. No effusion.",
])
def test_a_statement_after_a_denial_ending_at_a_seen_verb_is_not_denied(report: str) -> None:
    assert rules(report, "Marginal syndesmophytes along the thoracic vertebrae. No fracture. A.") == []


def _denied(*sentences: str) -> list[list[str]]:
    from medstep.verify.aligned_denials import denied_items
    from medstep.verify.aligned_words import _not_thing, _thing_words

    spans, at = [], 0
    for text in sentences:
        spans.append((at, text))
        at += len(text) + 1
    return [sorted(words) for words, _x, _y in denied_items(
        spans, lambda low: _thing_words(low, _not_thing(frozenset())), lambda _text: False)]


@pytest.mark.parametrize(("sentences", "expected"), [
    # a shared head noun; the list's last item ends at its verb of being seen
    (("No intratesticular or capsular colour Doppler flow is detected.",),
     [["flow", "intratesticular"], ["capsular", "colour", "doppler", "flow"]]),
    # a list after what the sentence states; a modifier cut by a comma takes no head
    (("The lungs are clear, with no nodules, septal or interstitial markings.",),
     [["marking", "septal"], ["interstitial", "marking"]]),
    # a verb of its own still ends the list ("and gas extends to the rectum" is stated)
    (("No obstructing lesion and gas extends to the rectum.",), [["lesion", "obstruct"]]),
    # a turn in the tail: the sentence is read as stated, nothing denied
    (("The lungs are clear, with no nodules but with septal markings.",), []),
    # a statement of one side: its tail denies for that side only, and an item keeps no side (blind 52: "The right
    # kidney enhances normally, with no perfusion defect" against a left renal infarct)
    (("The right kidney enhances normally, with no perfusion defect or hydronephrosis.",), []),
    (("The kidneys enhance normally, with no perfusion defect or hydronephrosis.",),
     [["defect", "perfusion"]]),
    # only the item the list's closing "or" opens ends at a verb of being seen; after a comma or "and" that verb
    # states a thing of its own (review of denied52)
    (("No septal lines, pleural plaques or hilar nodes are identified.",),
     [["lines", "septal"], ["plaqu", "pleural"], ["hilar", "nodes"]]),
    (("No free fluid, thin septations are identified within the right ovarian cyst.",), [["fluid", "free"]]),
    (("No fracture and marginal syndesmophytes are seen along the thoracic vertebrae.",), []),
    # an item another report sentence states is left out
    (("No septal or interstitial markings.", "Septal markings are seen at the bases."), [["interstitial", "marking"]]),
])
def test_report_denial_lists(sentences: tuple[str, ...], expected: list[list[str]]) -> None:
    assert _denied(*sentences) == expected

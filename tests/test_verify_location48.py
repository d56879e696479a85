"""A position within one organ is part of a finding (issue #8, lane location48): a chain moving the report's finding to
a disjoint part of the same organ is contradicted, a containing, contained or unstated position is not. Sentences of
our own (the lane's fresh probes, /work/coord/probes_location48.py)."""

import pytest

from medstep.answers.sites import related, site_table, sites_in
from medstep.verify import verify
from medstep.verify.aligned_sites import _labelled, _spans
from medstep.verify.verdicts import Verdict

_APPENDIX = ("A 5 mm calcified fecalith is seen at the base of the appendix. Trace fluid surrounds the appendiceal tip.")
_LUNG = "A 3 cm spiculated mass lies in the right upper lobe, abutting the pleura."
_BULLAE = "Several thin-walled bullae; the biggest, at the left apex, measures 4 cm."
_GALLBLADDER = ("A 2 cm stone is impacted in the gallbladder neck. Pericholecystic fluid lies adjacent to the gallbladder "
                "fundus.")
_PANCREAS = "A 2 cm solid lesion arises from the body of the pancreas."


def _contradicted(chain: str, report: str) -> list[str]:
    return [fv.rule for s in verify(chain, report=report).steps for fv in s.verdicts
            if fv.verdict is Verdict.CONTRADICTED and fv.consistent is False]


@pytest.mark.parametrize(("report", "chain"), [
    # the thing written before the site's clause, in its own sentence
    (_APPENDIX, "The appendix is thickened. There is a 5 mm calcified fecalith with shadowing, sitting at the "
                "appendiceal tip."),
    # the thing a pronoun stands for, named in the sentence before
    (_LUNG, "Step 1: There is a 3 cm spiculated mass. On the lateral view it lies low and posteriorly, putting it in the "
            "right lower lobe.\nStep 2: It needs a biopsy."),
    # the lung's apex is the top of its upper lobe; the thing named before a semicolon
    (_BULLAE, "Several thin-walled bullae; the biggest, in the left lower zone, measures 4 cm."),
    # a site the report names only as what fluid lies near is no place it gives the stone
    (_GALLBLADDER, "A 2 cm stone is impacted in the gallbladder fundus, with a thick wall."),
    (_PANCREAS, "A solid 2 cm lesion arises from the pancreatic neck."),
    ("A 28 mm hypoattenuating mass in the head of the pancreas.", "There is a pancreatic tail mass."),
    # a pole, a compartment and a liver segment in other words
    ("Solid 3 cm lesion in the superior pole of the left kidney.", "A solid 3 cm lesion in the lower pole of the left kidney."),
    ("Cyst at the mid-pole of the right kidney.", "There is a cyst at the inferior pole of the right kidney."),
    ("Lobulated 6 cm mass in the posterior mediastinum.", "A lobulated 6 cm mass in the anterior mediastinum."),
    ("Hypervascular lesion in the caudate lobe.", "A hypervascular lesion in segment VI."),
])
def test_a_finding_moved_to_another_part_of_its_organ(report: str, chain: str) -> None:
    assert _contradicted(chain, report), chain


@pytest.mark.parametrize(("report", "chain"), [
    (_APPENDIX, "There is a 5 mm calcified fecalith with shadowing, sitting at the appendiceal base."),
    (_APPENDIX, "Trace fluid is seen next to the appendiceal tip."),
    (_LUNG, "Step 1: There is a 3 cm spiculated mass. On the lateral view it lies high, putting it in the right upper "
            "lobe.\nStep 2: It needs a biopsy."),
    (_LUNG, "Step 1: There is a 3 cm spiculated mass. On the lateral view it lies high, putting it in the right lung.\n"
            "Step 2: It needs a biopsy."),
    (_BULLAE, "Several thin-walled bullae; the biggest, in the left upper zone, measures 4 cm."),
    (_BULLAE, "Several thin-walled bullae; the biggest measures 4 cm."),
    ("Several thin-walled bullae; the biggest, in the left upper lobe, measures 4 cm.",
     "Several thin-walled bullae; the biggest, at the left apex, measures 4 cm."),
    (_GALLBLADDER, "A 2 cm stone is impacted in the gallbladder neck, with a thick wall."),
    (_GALLBLADDER, "Pericholecystic fluid is seen around the gallbladder fundus."),
    ("A 28 mm hypoattenuating mass in the head of the pancreas.", "A mass is present in the pancreatic head."),
    ("A 28 mm hypoattenuating mass in the head of the pancreas.", "There is a pancreatic mass."),
    # a site in a step's label, a likeness, a site that is the abnormal thing itself, a site called normal
    ("Small right pleural effusion. Wedge-shaped consolidation in the right lower lobe.",
     "Step 1: **Pleura:** a small right effusion sits under wedge-shaped consolidation in the right lower lobe.\n"
     "Step 2: Pneumonia."),
    ("In the right upper quadrant, below the liver, a 4 cm target mass with a pseudokidney appearance on long axis.",
     "Step 1: A 4 cm target mass below the liver, looking like a kidney on the long axis.\nStep 2: Intussusception."),
    ("The carinal angle is widened to 110 degrees by an enlarged left atrium with a double density.",
     "Step 1: Enlarged left atrium: double density, carina splayed to 110 degrees.\nStep 2: Mitral stenosis."),
    ("Thickened terminal ileum over 12 cm with a 3 cm stricture.",
     "Step 1: 12 cm thickened terminal ileum with a 3 cm stricture; normal appendix.\nStep 2: Crohn disease."),
    # a position the report does not state
    ("A 9 mm nodule in the right lung.", "There is a 9 mm nodule in the right lower lobe."),
    ("Solid 3 cm lesion in the superior pole of the left kidney.", "A solid 3 cm lesion in the upper pole of the left kidney."),
    ("Lobulated 6 cm mass in the posterior mediastinum.", "A lobulated 6 cm mediastinal mass."),
    ("Hypervascular lesion in the caudate lobe.", "A hypervascular lesion in segment I."),
])
def test_the_same_a_containing_or_an_unstated_part_is_no_error(report: str, chain: str) -> None:
    assert not _contradicted(chain, report), chain


def test_the_lung_apex_lies_in_the_upper_lobe_and_the_pancreatic_neck_is_a_part_of_its_own() -> None:
    names = {site for site, _a, _b in sites_in("bullae at the right apex and both apices, the left lower lobe")}
    assert names == {"lung_apex", "lower_lobe"}
    assert related("lung_apex", "upper_lobe") and not related("lung_apex", "lower_lobe")
    # (review location48: a film's right or left base is no lobe; the apex holds the pleural dome)
    assert {s for s, _a, _b in sites_in("opacity at the right base")} == set()
    assert related("lung_apex", "pleura")
    # (two parts of the pancreas named together lie in both)
    assert [s for s, _a, _b in sites_in("the junction of the pancreatic neck and body")] == ["pancreatic_neck_body"]
    assert related("pancreatic_neck_body", "pancreatic_body") and not related("pancreatic_neck_body", "pancreatic_tail")
    assert {s for s, _a, _b in sites_in("the cardiac apex")} == set()  # (the heart's apex is no site)
    assert site_table().ancestors["pancreatic_neck"] >= {"pancreas"}
    assert not related("pancreatic_neck", "pancreatic_body")


@pytest.mark.parametrize(("report", "chain"), [
    # review location48: a frontal film's base holds the middle lobe and the lingula, and a pleural effusion
    ("Patchy airspace opacity at the right base.", "Step 1: Patchy airspace opacity in the right middle lobe.\nStep 2: Pneumonia."),
    ("Small right pleural effusion blunting the right base.",
     "Step 1: A small right pleural effusion sits in the right pleural space.\nStep 2: Effusion."),
    ("Pleural thickening at the right apex.", "Step 1: Pleural thickening in the right pleural cavity.\nStep 2: Scarring."),
    ("Hypoenhancing mass at the junction of the pancreatic neck and body.",
     "Step 1: Hypoenhancing mass in the pancreatic body.\nStep 2: Adenocarcinoma."),
    ("Cystic mass in the body and tail of the pancreas.", "Step 1: Cystic mass in the pancreatic body.\nStep 2: MCN."),
    ("Hypervascular lesions in the caudate lobe and segment 6.", "Step 1: A hypervascular lesion in segment 6.\nStep 2: HCC."),
])
def test_review_a_zone_a_pleural_place_or_two_parts_named_together_is_no_error(report: str, chain: str) -> None:
    assert not _contradicted(chain, report), chain


@pytest.mark.parametrize(("report", "chain"), [
    ("Consolidation with air bronchograms in the right lower lobe.",
     "Step 1:\n- Right upper lobe consolidation: air bronchograms present.\nStep 2: Pneumonia."),
    ("Hypodense mass involving the pancreatic head and neck.", "Step 1: Hypodense mass in the pancreatic tail.\nStep 2: Cancer."),
    ("Dense consolidation at the right base.", "Step 1: Dense consolidation at the right apex.\nStep 2: Pneumonia."),
])
def test_review_a_label_naming_a_finding_and_a_third_part_still_err(report: str, chain: str) -> None:
    assert _contradicted(chain, report), chain


def test_the_spans_a_site_is_aligned_by() -> None:
    text = "Within it there is a 6 mm appendicolith, lodged at the appendiceal tip. Colour Doppler shows flow."
    a = text.index(" lodged")
    at = text.index("appendiceal tip")
    assert _spans(text, a, len(text), at) == [(a, len(text)), (a, text.index(". Colour")), (0, text.index(". Colour"))]
    text = "Enlarged atrium, carina splayed to 100 degrees."
    a = text.index(" carina")
    assert _spans(text, a, len(text), text.index("carina")) == [(a, len(text))]  # (the site is the thing)
    assert _labelled("**Pleura:** a rind over the apex.", 3)
    assert not _labelled("A stone is impacted in the neck: it obstructs.", 20)

"""A choice answered in other words or by per-option verdicts with no summary line (issue #7, lane choicepara49).

Three mechanisms, each in its one home: per-option verdicts whose last item goes on with its reasons
(``extract/closing_verdicts.py``, read on an unparsed reply too), an option naming the stated concept itself beside one
the vocabulary reads only as a broader concept (``extract/option_equivalent._broader_only``), and options that all name
one concept told apart by their places (``answers/equivalents.framed_sites``). Near misses (two affirmed, a doubt or a
turn after the last verdict, an option left unjudged, options discussed without verdicts, a synonym denied or hedged,
a name every option shares) read nothing. Sentences of our own."""

import pytest

from medstep.answers.equivalents import content, framed_sites
from medstep.extract import extract
from medstep.extract.concept_question import OPTION_FRAME
from medstep.extract.optwords import POSITION
from medstep.types import AnswerType, Sample

_ABDO = {"A": "Small bowel obstruction", "B": "Sigmoid volvulus", "C": "Pneumoperitoneum", "D": "Ileus"}
_SKIN = {"A": "Psoriasis", "B": "Eczema", "C": "Tinea corporis", "D": "Lichen planus"}
_BRAIN = {"A": "Epidural hematoma", "B": "Subdural hematoma", "C": "Subarachnoid hemorrhage", "D": "Ischemic stroke"}
_CHEST = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Atelectasis", "D": "Cardiomegaly"}
_SCROTUM = {"A": "Testicular tumor", "B": "Epididymitis", "C": "Testicular torsion", "D": "Hydrocele"}
_LOBES = {"A": "Left upper lobe collapse", "B": "Right middle lobe collapse", "C": "Right upper lobe collapse",
          "D": "Left lower lobe collapse"}


def _read(text: str, options: dict[str, str], question: str = "Which answer fits best?") -> tuple[str | None, str]:
    e = extract(text, Sample(id="cp49", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return (e.answer if e.status.value == "scored" else None), e.rule


@pytest.mark.parametrize("text,options,letter", [
    ("Option by option:\n\nA. Psoriasis: No. The scale is not silvery and the elbows are spared.\nB. Eczema: Unlikely. "
     "The border is too sharp.\nC. Tinea corporis: Fits. An annular plaque with a raised scaly edge and central "
     "clearing.\nD. Lichen planus: Not supported; there are no violaceous polygonal papules on the wrists.", _SKIN, "C"),
    ("A. Pleural effusion: unlikely, the angles are sharp.\nB. Pneumothorax: no, lung markings reach the chest wall.\n"
     "C. Atelectasis: no; the fissures sit in their usual place.\nD. Cardiomegaly: consistent. The heart spans well "
     "over half the thoracic width and the left ventricle contour is rounded.", _CHEST, "D"),
    ("- A. Psoriasis: Consistent. Thick silvery plaques over both knees.\n- B. Eczema: No. No lichenification.\n- C. "
     "Tinea corporis: Unlikely; no central clearing.\n- D. Lichen planus: No; the oral mucosa is not shown and the "
     "plaques are salmon pink rather than violaceous, with no Wickham striae seen.", _SKIN, "A"),
    ("A. Pleural effusion: Likely. A meniscus fills the right base.\nB. Pneumothorax: No.\nC. Atelectasis: Unlikely.\n"
     "D. Cardiomegaly: Excluded; the heart measures less than half the chest width on this upright PA film.",
     _CHEST, "A"),
    # "both" in the reasons names anatomy, not two candidates; "Favoured" is a verdict for
    ("**A. Epidural hematoma:** Unlikely — the collection is crescentic, not lentiform.\n**B. Subdural hematoma:** "
     "Favoured. A crescent of high density crosses the coronal suture.\n**C. Subarachnoid hemorrhage:** No. The sulci "
     "are clear.\n**D. Ischemic stroke:** Excluded; the grey-white differentiation is preserved in both hemispheres.",
     _BRAIN, "B"),
])
def test_per_option_verdicts_whose_last_item_gives_its_reasons_are_read(text, options, letter):
    assert _read(text, options) == (letter, "option_verdicts")


@pytest.mark.parametrize("text,options", [
    ("- A. Small bowel obstruction: Likely. Dilated loops.\n- B. Sigmoid volvulus: Likely. A coffee-bean loop.\n- C. "
     "Pneumoperitoneum: No.\n- D. Ileus: No; the colon is collapsed and the small bowel shows a transition.", _ABDO),
    ("A. Psoriasis: No.\nB. Eczema: Unlikely.\nC. Tinea corporis: Fits. An annular plaque.\nD. Lichen planus: "
     "Unlikely. However, it cannot be excluded without a biopsy.", _SKIN),
    ("A. Psoriasis: No.\nB. Eczema: Unlikely.\nC. Tinea corporis: Fits.\nD. Lichen planus: Unlikely. But on "
     "reflection, the papules do look violaceous.", _SKIN),
    ("- A. Small bowel obstruction: No.\n- B. Sigmoid volvulus: Likely.\n- C. Pneumoperitoneum: No.\n- D. Ileus: the "
     "colon and small bowel are both distended with gas.", _ABDO),
    ("- A. Small bowel obstruction: dilated loops.\n- B. Sigmoid volvulus: a large loop.\n- C. Pneumoperitoneum: free "
     "gas.\n- D. Ileus: generalised distension.", _ABDO),
    ("A. Pleural effusion: No.\nB. Pneumothorax: No.\nC. Atelectasis: No.\nD. Cardiomegaly: Consistent. Nothing else on "
     "this film fits as well, and no other option does.", _CHEST),
    ("A. Epidural hematoma: Fits.\nB. Subdural hematoma: No.\nC. Subarachnoid hemorrhage: No.\nD. Ischemic stroke: No. "
     "It would show low density if it were one.", _BRAIN),
    ("A. Epidural hematoma: Fits.\nB. Subdural hematoma: No.\nC. Subarachnoid hemorrhage: No.\nD. Ischemic stroke: No. "
     "This fits better with a bleed than with ischaemia.", _BRAIN),
])
def test_two_for_a_doubt_a_turn_or_an_unjudged_option_read_no_verdicts(text, options):
    assert _read(text, options)[0] is None


@pytest.mark.parametrize("text,options,letter", [
    ("The left testis lies high and horizontal with no flow on Doppler. This is a twisted testis and needs surgery now.",
     _SCROTUM, "C"),
    ("No intratesticular flow on colour Doppler and a whirlpool of the cord above the testis: this is a twisted "
     "testicle.", {"A": "Testicular torsion", "B": "Varicocele", "C": "Testicular tumor", "D": "Inguinal hernia"}, "A"),
    ("The image shows atelectasis of the right upper lobe.", _LOBES, "C"),
    ("Airless right upper lobe with the horizontal fissure drawn upward.", _LOBES, "C"),
    ("Conclusion: the left lower lobe is airless and shrunken.", _LOBES, "D"),
])
def test_an_option_stated_exactly_or_told_apart_by_its_place_is_read(text, options, letter):
    assert _read(text, options) == (letter, "option_equivalent")


@pytest.mark.parametrize("text,options", [
    ("There is a testicular lesion, maybe a tumour or a torsion; I cannot tell which.", _SCROTUM),
    ("Conclusion: a mass in the testis, possibly a twisted testis.", _SCROTUM),
    ("Final answer: consolidation consistent with pneumonia.",
     {"A": "Consolidation", "B": "Pneumonia", "C": "Pneumothorax", "D": "Pleural effusion"}),
    ("Final answer: a hernia.", {"A": "Inguinal hernia", "B": "Hiatal hernia", "C": "Umbilical hernia",
                                 "D": "Femoral hernia"}),
    ("This is not lung collapse; the lobes are fully aerated.", _CHEST),
    ("Final answer: upper lobe collapse.", _LOBES),  # the side unsaid: two options stand
    ("Conclusion: the right upper lobe has collapsed; the left lower lobe is airless too.", _LOBES),  # two affirmed
    ("Conclusion: right upper lobe collapse is less likely than left lower lobe collapse.", _LOBES),
])
def test_a_shared_broader_hedged_denied_or_unsided_name_is_not_read(text, options):
    assert _read(text, options)[0] is None


def test_the_places_inside_a_concept_name_tell_one_concept_options_apart():
    assert content("Right upper lobe collapse", OPTION_FRAME).inner_sites == frozenset({"upper_lobe"})
    frame = OPTION_FRAME - POSITION  # (the option reader's frame: a side is no frame word there)
    sites = framed_sites({x: content(t, frame) for x, t in _LOBES.items()})
    assert sites is not None and sites["B"] == frozenset({"middle_lobe"})
    assert framed_sites({x: content(t, frame) for x, t in _CHEST.items()}) is None  # several concepts
    # options the vocabulary reads alike (every sequence as MRI) are not told apart by nothing
    sequences = {"A": "T1-weighted", "B": "FLAIR", "C": "Diffusion-weighted imaging", "D": "Gradient echo (T2*)"}
    assert framed_sites({x: content(t, frame) for x, t in sequences.items()}) is None
    assert _read("Diffusion-weighted imaging shows restricted diffusion within minutes, long before FLAIR turns "
                 "positive; T2* is mainly for haemorrhage.", sequences)[1] != "option_equivalent"


_ACUTE = {"A": "Appendicitis", "B": "Mesenteric ischemia", "C": "Perforated ulcer", "D": "Renal colic"}
_TWIST = {"A": "Testicular torsion", "B": "Epididymitis", "C": "Varicocele", "D": "Hydrocele"}


@pytest.mark.parametrize("text,options,letter", [
    ("Free gas lies under the diaphragm and around the duodenal bulb. So the diagnosis is a perforated duodenal ulcer. "
     "Appendicitis and renal colic are excluded.", _ACUTE, "C"),
    ("No flow in the left testis and a whirlpool of the cord. This is a twisted testis. Epididymitis and hydrocele are "
     "unlikely.", _TWIST, "A"),
])
def test_a_closing_that_only_sets_options_aside_leaves_the_decision_before_it(text, options, letter):
    assert _read(text, options, "What is the diagnosis?")[0] == letter


@pytest.mark.parametrize("text", [
    "No flow in the left testis and a whirlpool of the cord. This may be a twisted testis. Epididymitis and hydrocele "
    "are unlikely.",  # the sentence before hedges
    "No flow in the left testis. Epididymitis and hydrocele are unlikely.",  # nothing decided before
])
def test_a_set_aside_closing_after_no_decision_reads_nothing(text):
    assert _read(text, _TWIST, "What is the diagnosis?")[0] is None


_GALL = {"A": "Acute cholecystitis", "B": "Acute pancreatitis", "C": "Choledocholithiasis", "D": "Hepatic abscess"}
_HCC = {"A": "Hepatocellular carcinoma", "B": "Focal nodular hyperplasia", "C": "Hemangioma", "D": "Liver metastasis"}
_WRIST = {"A": "Fracture of the distal radius", "B": "Fracture of the scaphoid", "C": "Fracture of the ulnar styloid",
          "D": "Fracture of the hamate"}
_LOWER = {"A": "Right lower lobe collapse", "B": "Left upper lobe collapse", "C": "Right middle lobe collapse",
          "D": "Left lower lobe collapse"}
_BELLY = {"A": "Appendicitis", "B": "Perforated peptic ulcer", "C": "Renal colic", "D": "Diverticulitis"}


@pytest.mark.parametrize("text,options", [
    # the last item's reasons weigh two options ("versus", "the differential", "both" as the candidates)
    ("A. Acute cholecystitis: Likely.\nB. Acute pancreatitis: No.\nC. Choledocholithiasis: Unlikely.\nD. Hepatic "
     "abscess: No; no collection is seen, so cholecystitis versus a stone in the duct remains the question.", _GALL),
    ("A. Hepatocellular carcinoma: Consistent.\nB. Focal nodular hyperplasia: No.\nC. Hemangioma: No.\nD. Liver "
     "metastasis: Unlikely; both remain in the differential without a biopsy.", _HCC),
    # a side word said of another part, a place that holds another option's
    ("Conclusion: collapse of the lower lobe, the right hemidiaphragm is elevated.", _LOWER),
    ("Conclusion: the lower lobe has collapsed, and the right clavicle is old-fractured.", _LOWER),
    ("Conclusion: a fracture is seen at the wrist.", _WRIST),
    # the closing sets aside the very option the sentence before took
    ("The diagnosis is an inflamed appendix. Appendicitis is ruled out by the normal appendix on the next image.",
     _BELLY),
    ("There is free gas. The diagnosis is a perforated ulcer of the stomach. A perforated peptic ulcer and renal colic "
     "are excluded.", _BELLY),
    ("No flow in the testis. This is a twisted testis. Testicular torsion and hydrocele are unlikely.", _SCROTUM),
])
def test_review_near_misses_read_nothing(text, options):
    assert _read(text, options, "What is the diagnosis?")[0] is None


def test_last_item_reasons_naming_both_hemispheres_still_read():
    text = ("A. Multiple sclerosis: Likely.\nB. Glioblastoma: No.\nC. Cerebral abscess: No.\nD. Metastasis: No; no "
            "enhancing nodules in both cerebral hemispheres.")
    assert _read(text, {"A": "Multiple sclerosis", "B": "Glioblastoma", "C": "Cerebral abscess", "D": "Metastasis"}) \
        == ("A", "option_verdicts")

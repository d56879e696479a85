"""Another name of an option read only where the reply decides (session 26, fixchoice26): the reviewer's findings on
``extract/option_names.py`` and ``extract/option_alias.py`` (lone names in history, differentials and questions; two-
letter short forms; a bracketed qualifier dropped; a bound, never another name since fixchoice26b; a name two options
share; a broad vocabulary entry; a reply that says no option fits). Invented texts."""

from __future__ import annotations

import pytest

from medstep.extract import extract, option_names
from medstep.extract.abbreviations import spelled
from medstep.types import AnswerType, Sample

_DX = "What is the most likely diagnosis?"
PRION = {"A": "Herpes encephalitis", "B": "Creutzfeldt-Jakob disease", "C": "Lacunar infarct", "D": "Hepatic encephalopathy"}
DEMYELINATION = {"A": "Small vessel disease", "B": "Multiple sclerosis", "C": "Lyme neuroborreliosis", "D": "Vasculitis"}
GANGLIA = {"A": "Huntington disease", "B": "Wilson disease", "C": "Parkinson disease", "D": "Progressive supranuclear palsy"}
NEONATE = {"A": "Pulmonary atresia", "B": "Ebstein anomaly", "C": "Truncus arteriosus", "D": "Coarctation of the aorta"}
DUCTS = {"A": "Biliary atresia", "B": "Choledochal cyst", "C": "Alagille syndrome", "D": "Caroli disease"}
VALVE_OR_BRAIN = {"A": "Mitral stenosis", "B": "Multiple sclerosis (MS)", "C": "Aortic regurgitation", "D": "Normal"}
PLEURA = {"A": "Pneumothorax (tension)", "B": "Empyema", "C": "Haemothorax", "D": "Normal"}
ARTERY = {"A": "Stenosis (severe)", "B": "Occlusion", "C": "Dissection", "D": "Normal"}
BONE = {"A": "Fracture (displaced)", "B": "Dislocation", "C": "Contusion", "D": "Normal"}
CAROTID = {"A": "Less than 50%", "B": "50-69%", "C": "70% or greater", "D": "Near occlusion"}
NODULES = {"A": "Less than 3", "B": "3 to 5", "C": "More than 5", "D": "None"}
LUNG_CAVITY = {"A": "Aspergilloma", "B": "Lung abscess", "C": "Cavitating squamous carcinoma", "D": "Hydatid cyst"}
PERICARDIUM = {"A": "Cardiac tamponade", "B": "Constrictive pericarditis", "C": "Amyloid cardiomyopathy", "D": "Normal"}
PANCREAS = {"A": "Acute pancreatitis", "B": "Pancreatic adenocarcinoma", "C": "Insulinoma", "D": "Serous cystadenoma"}
CRUCIATE = {"A": "Anterior cruciate ligament tear", "B": "Posterior cruciate ligament tear (PCL)",
            "C": "Medial meniscus tear", "D": "Bucket-handle tear"}
KIDNEY = {"A": "Clear cell renal cell carcinoma", "B": "Papillary renal cell carcinoma", "C": "Angiomyolipoma",
          "D": "Oncocytoma"}


def _read(text: str, options: dict[str, str], question: str = _DX) -> tuple[str | None, str]:
    got = extract(text, Sample(id="fc26", question=question, answer="A", answer_type=AnswerType.CHOICE, options=options))
    return got.answer, got.rule


@pytest.mark.parametrize("text, options, question", [
    # a name in background, history, a differential, a question, or before a final statement naming another thing
    ("CJD may give cortical ribbons too, yet the final diagnosis here is autoimmune encephalitis.", PRION, _DX),
    ("Diffusion raised the idea of CJD. Weighing the seizures, my answer is limbic encephalitis.", PRION, _DX),
    ("Her brother died of CJD. The scan itself shows only age-related volume loss.", PRION, _DX),
    ("Differential diagnosis includes CJD.", PRION, _DX),
    ("?CJD", PRION, _DX),
    # two-letter short forms of everyday reports: never derived from an option's words
    ("A long-standing MS patient; today there is an acute cortical infarct.", DEMYELINATION, _DX),
    ("MS vs Lyme.", DEMYELINATION, _DX),
    ("Echo: tight MS with a doming valve; the cerebral lesions are embolic.", DEMYELINATION, _DX),
    ("The PD sequence is motion-degraded and the study is otherwise unremarkable.", GANGLIA, _DX),
    ("He attends HD three times a week; the pallidal signal reflects uraemia.", GANGLIA, _DX),
    ("On this PA view the cardiac silhouette is normal.", NEONATE, _DX),
    ("The lesion is 2 x 4 x 3 cm (AP x TR x CC); ultrasound follow-up advised.", DUCTS, _DX),
    # an option's bracket that another option's initials also spell names neither
    ("Echo: severe MS with a fish-mouth orifice and a dilated left atrium.", VALVE_OR_BRAIN, _DX),
    # the option's text without a bracket that qualifies it
    ("A thin apical pneumothorax without tension.", PLEURA, _DX),
    ("Only mild stenosis, under 30%.", ARTERY, _DX),
    # bounds outside the decision, and a unitless bound against a size
    ("The external carotid has ≥70% narrowing, but the internal carotid is normal.", CAROTID, _DX),
    ("Endarterectomy is offered for ≥70% stenosis; these velocities are normal.", CAROTID, _DX),
    ("Two years ago the report said <50% stenosis; the velocities have risen sharply since.", CAROTID, _DX),
    ("A single nodule, over 5 cm across.", NODULES, "How many nodules are there?"),
    # a reply that names none of the options, or another one in a statement
    ("Foot swelling with draining sinuses: mycetoma of the foot. None of the lung options fits.", LUNG_CAVITY, _DX),
    ("A fungus ball sits in the maxillary antrum, incidentally; the lung cavity has an air-fluid level.",
     LUNG_CAVITY, _DX),
])
def test_another_name_outside_a_decision_is_no_reading(text: str, options: dict[str, str], question: str) -> None:
    assert _read(text, options, question)[0] is None


@pytest.mark.parametrize("text, options", [
    # (the older readers read these by the option's words or its concept; the other-name step adds nothing)
    ("An undisplaced fracture of the distal radius.", BONE),
    ("The pericardium measures 3 mm, pericardial thickening which is normal.", PERICARDIUM),
    ("A thin-walled unilocular collection; most likely a pseudocyst.", PANCREAS),
])
def test_no_other_name_reading_of_a_qualified_or_broad_name(text: str, options: dict[str, str]) -> None:
    assert _read(text, options)[1] != option_names.RULE


def test_a_cruciate_clause_of_cause_does_not_pick_the_bracketed_one() -> None:
    assert _read("The PCL bows because the ACL is torn.", CRUCIATE)[0] != "B"


@pytest.mark.parametrize("text, options, letter", [
    ("Restricted diffusion in the cortex and striatum with rapid dementia: most consistent with sporadic CJD.",
     PRION, "B"),
    ("Findings suggest ccRCC.", KIDNEY, "A"),
    ("Impression: most consistent with a fungal ball in an old tuberculous cavity.", LUNG_CAVITY, "A"),
    ("A dependent mobile mass inside an old cavity, most consistent with a fungus ball.", LUNG_CAVITY, "A"),
    ("The appearance is that of a posterior cruciate tear (PCL).", CRUCIATE, "B"),
])
def test_another_name_in_the_decision_is_read(text: str, options: dict[str, str],
                                                                letter: str) -> None:
    answer, rule = _read(text, options)
    assert answer == letter and rule in (option_names.RULE, "option_initials", "option_words")


def test_a_reading_by_another_name_carries_its_own_rule() -> None:
    assert _read("Findings suggest ccRCC.", KIDNEY) == ("A", option_names.RULE)


def test_initials_have_three_letters_at_least() -> None:
    assert "MS" not in spelled((("A", "Multiple sclerosis"), ("B", "Vasculitis")))
    assert spelled((("A", "Transverse myelitis syndrome"), ("B", "Vasculitis")))["TMS"] == "A"


def test_an_abbreviation_two_options_spell_is_nobodys() -> None:
    options = (("A", "Mitral stenosis"), ("B", "Multiple sclerosis (MS)"), ("C", "Aortic regurgitation"))
    assert option_names.abbreviation_mentions("Severe MS.", options) == []


def test_initials_an_option_text_writes_are_no_other_options() -> None:
    options = (("A", "Left anterior descending artery"), ("B", "LAD territory infarct"), ("C", "Normal"))
    assert "lad" not in option_names.initial_names(options)


def test_a_one_word_aside_makes_no_name() -> None:
    assert option_names.bracket_names((("A", "Stenosis (severe)"), ("B", "Occlusion"))) == ()
    assert option_names.bracket_names((("A", "Oblique (MLO)"), ("B", "Lateral"))) == (
        ("A", "Oblique", False), ("A", "MLO", True))


def test_a_narrower_option_is_named_only_with_its_own_words() -> None:
    options = (("A", "Acute pancreatitis"), ("B", "Insulinoma"), ("C", "Normal"))
    assert option_names.own_concepts(options)["pancreatitis"] == ("A", frozenset({"acute"}))
    assert option_names.abbreviation_mentions("most likely a pseudocyst", options) == []


def test_mycetoma_alone_names_no_aspergilloma() -> None:
    options = tuple(LUNG_CAVITY.items())
    assert all(text[s:e].lower() != "mycetoma" for text in ["A mycetoma."]
               for s, e, _ in option_names.abbreviation_mentions(text, options))


UNDER = {"A": "Under 50%", "B": "50-69%", "C": "70% or greater", "D": "Occlusion"}
SIZE = {"A": "10 mm or less", "B": "11 to 20 mm", "C": "More than 20 mm", "D": "Not measurable"}
COUNT = {"A": "Less than 3", "B": "3 to 5", "C": "More than 5", "D": "None"}


@pytest.mark.parametrize("text, options, question, letter", [
    ("Impression: <50% stenosis.", UNDER, "What is the degree of stenosis?", "A"),  # "<" for "Under"
    ("Impression: below 50% stenosis.", UNDER, "What is the degree of stenosis?", "A"),
    ("Conclusion: ≤10 mm.", SIZE, "How large is it?", "A"),  # "<=" for "or less"
    ("Conclusion: >20 mm.", SIZE, "How large is it?", "C"),  # ">" for "More than"
    ("Answer: >5 nodules.", COUNT, "How many nodules are there?", "C"),  # a unitless bound, a count after it
])
def test_a_bound_form_is_no_other_name(text: str, options: dict[str, str], question: str, letter: str) -> None:
    # (fixchoice26b: a bound names a side, a study or a threshold as often as the answer; no bound is another name)
    assert _read(text, options, question)[1] != option_names.RULE


@pytest.mark.parametrize("text, options, question", [
    ("Conclusion: > 20 cm.", SIZE, "How large is it?"),  # another unit than the option's
    ("Answer: over 5 cm.", COUNT, "How many nodules are there?"),  # a size, not a count
])
def test_a_bound_in_another_unit_names_nothing(text: str, options: dict[str, str], question: str) -> None:
    assert _read(text, options, question)[0] is None


def test_a_led_in_key_two_options_give_names_neither() -> None:
    assert option_names.led_in_keys((("A", "Full-thickness macular hole"), ("B", "Full-thickness mucosal hernia"))) == ()
    assert ("A", "full thickness mh") in option_names.led_in_keys(
        (("A", "Full-thickness macular hole"), ("B", "Lamellar hole")))


_CAVITY = tuple(LUNG_CAVITY.items())


@pytest.mark.parametrize("text", [
    "Une boule fongique.",  # another language: its negation is not read here
    "the lesion is seen",  # no vocabulary phrase of the option
    "the aspergilloma",  # the option's own words: its text, for the plain readers
])
def test_what_is_no_vocabulary_name(text: str) -> None:
    assert option_names.abbreviation_mentions(text, _CAVITY) == []


def test_a_finding_offered_as_the_alternative_claims_both() -> None:
    found = option_names.abbreviation_mentions("a fungal ball or tuberculosis", _CAVITY)
    assert [letter for _, _, letter in found] == ["A", "!"]


@pytest.mark.parametrize("text", [
    "This is most consistent with CJD and",  # cut before its end
    "Kein Hinweis auf eine CJD, sondern",  # cut, in another language
])
def test_a_cut_or_foreign_reply_gets_no_other_name_reading(text: str) -> None:
    assert _read(text, PRION)[1] != option_names.RULE


def test_other_names_are_found_only_inside_the_window() -> None:
    from medstep.extract.mentions import aliased_index, find_mentions
    named = aliased_index(PRION, _DX)
    text = "Final: CJD. Background: CJD."
    assert [m.start for m in find_mentions(text, named)] == [7, 24]
    assert [m.start for m in find_mentions(text, named, 0, 12)] == [7]

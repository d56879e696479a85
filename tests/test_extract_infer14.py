"""Closed answers committed by a grade, a named sign or a defining description of the asked finding: the
finding-sign table ``extract/signs.tsv`` read by ``extract/implications.py`` (rule ``implicit_sign``). Each case is
an answer a clinician reads without hesitation; each guard one a reader must not commit on."""

from __future__ import annotations

import re

import pytest

from medstep.extract import extract
from medstep.extract.implications import SIGN_RULE, signs
from medstep.extract.thresholds_more import MORE_THRESHOLDS
from medstep.types import AnswerType, Sample


def _read(question: str, text: str) -> tuple[str | None, str]:
    got = extract(text, Sample(id="x", question=question, answer="yes", answer_type=AnswerType.CLOSED))
    return got.answer, got.rule


@pytest.mark.parametrize("question, text, expected", [
    # grades and classifications
    ("Is there active bleeding?", "Forrest III ulcer with a clean base.", "no"),
    ("Is the ulcer actively bleeding?", "Forrest Ib ulcer.", "yes"),
    ("Is the cyst simple?", "Bosniak IIF cyst with a few thin septa.", "no"),
    ("Is the renal lesion a simple cyst?", "Bosniak category I: anechoic, no septa.", "yes"),
    ("Is the white matter abnormal?", "Fazekas 3 confluent periventricular hyperintensities.", "yes"),
    ("Is there white matter disease?", "Fazekas grade 0.", "no"),
    ("Is there osteoarthritis of the knee?", "Kellgren-Lawrence grade 4.", "yes"),
    ("Is the esophageal mucosa inflamed?", "LA grade D.", "yes"),
    ("Is the colon mucosa normal?", "Mayo endoscopic score 2.", "no"),
    ("Is the bowel preparation adequate?", "BBPS 3 (1/1/1).", "no"),
    ("Are the tonsils enlarged?", "Tonsils grade 4 (kissing).", "yes"),
    ("Is HER2 overexpressed?", "HER2: 3+", "yes"),
    ("Is the tumor progesterone receptor positive?", "PR: <1% nuclear staining.", "no"),
    ("Is the tumor ER positive?", "ER 0%, PR 80%.", "no"),
    ("Is there Barrett esophagus?", "Prague classification C0M0.", "no"),
    ("Is the femoral neck fracture displaced?", "Garden IV subcapital fracture.", "yes"),
    ("Is the tumor high grade?", "Gleason 3+3=6 (ISUP grade group 1).", "no"),
    ("Are there early ischemic changes?", "ASPECTS 10.", "no"),
    ("Is the breast tissue dense?", "Breast composition: ACR category A, almost entirely fatty.", "no"),
    ("Is this a well-differentiated tumor?", "Grade 3 of 3: sheets of cells with no gland formation.", "no"),
    # named signs
    ("Is there duodenal obstruction?", "Double bubble sign with no distal gas.", "yes"),
    ("Is there bronchiectasis?", "Signet ring sign in the lower lobes.", "yes"),
    ("Is the testis torsed?", "Absent intratesticular flow and a whirlpool sign of the cord.", "yes"),
    ("Is there an ectopic pregnancy?", "Tubal ring in the left adnexa; empty uterus.", "yes"),
    ("Is the fetus alive?", "Spalding sign: overlapping skull bones.", "no"),
    ("Is the pregnancy dichorionic?", "T sign at the intertwin membrane.", "no"),
    ("Is there a periosteal reaction?", "Sunburst pattern with a Codman triangle at the distal femur.", "yes"),
    # defining descriptions
    ("Are there granulomas?", "Epithelioid histiocyte aggregates with Langhans giant cells.", "yes"),
    ("Is this tuberculosis?", "Caseating granulomas in the lymph node.", "yes"),
    ("Is the tissue necrotic?", "Ghost outlines of cells with loss of nuclei throughout.", "yes"),
    ("Is this Hodgkin lymphoma?", "Reed-Sternberg cells in a mixed inflammatory background.", "yes"),
    ("Is Helicobacter present?", "Curved rods lining the foveolar surface mucus on Giemsa.", "yes"),
])
def test_a_grade_sign_or_description_answers_the_asked_finding(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, SIGN_RULE)


@pytest.mark.parametrize("question, text", [
    ("Is there osteoarthritis?", "Kellgren-Lawrence 1 (doubtful)."),  # a grade near the cut-off
    ("Is the tumor HER2 positive?", "HER2 2+ (equivocal), ISH pending."),
    ("Is there duodenal obstruction?", "No double bubble sign."),  # a denied sign says nothing
    ("Is there duodenal atresia?", "Double bubble sign: absent."),
    ("Is there pneumoperitoneum?", "Double bubble sign."),  # another finding's sign
    ("Is there duodenal obstruction?", "Possible double bubble; correlate clinically."),  # hedged
    ("Is there active bleeding?", "Forrest III ulcer, but fresh blood is oozing from the edge."),  # a turn
    ("Is there active bleeding?", "Forrest III, actively bleeding from the edge."),  # its own words disagree
    ("Is the tumor HER2 positive?", "HER2 3+ in 5% of cells only; FISH not amplified."),
    ("Is there active bleeding?", "Forrest Ia on the previous endoscopy; now a clean base."),  # earlier
    ("Is there osteoarthritis of the hip?", "Kellgren-Lawrence grade 4 of the knee."),  # another joint
    ("Is the white matter abnormal?", "Fazekas 0, with a large acute infarct in the left frontal lobe."),  # whole
    ("Is there intussusception?", "Target lesions on the skin of the palms."),
    ("Is there bronchiectasis?", "Signet ring cells infiltrating the gastric wall."),
    ("Is the tonsil enlarged?", "Grade 4."),  # no scale named
    ("Is there hydronephrosis?", "SFU grade 0 on the right; grade 3 on the left."),
])
def test_a_sign_the_answer_does_not_commit_on_reads_nothing(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


def test_a_statement_of_another_side_is_no_contradiction() -> None:
    # the word reader's own statement of the finding on the right does not undo the left sign of absence
    assert _read("¿Hay derrame pleural izquierdo?", "Derrame pleural derecho. El seno costofrénico izquierdo está "
                 "libre.") == ("no", SIGN_RULE)


def test_every_sign_row_is_well_formed() -> None:
    rows = signs()
    assert len(rows) > 50
    for row in rows:
        assert row.finding and row.source and all(g and g == g.lower() for g in row.gates), row
        assert row.present is not None or row.absent is not None, row
        assert row.whole in ("", "normal", "abnormal"), row
        # the gates are a cheap test before ``asks``: a question the regex asks holds one of them
        literal = re.sub(r"\\[bsw]|[()?:|+*\[\]^$\\]", " ", row.asks.pattern).lower()
        assert any(g in literal for g in row.gates), row.finding


@pytest.mark.parametrize("question, text, expected", [
    # measurements against the reference rows of extract/thresholds_more.py
    ("Is the cervix shortened?", "Cervical length (TVS): 18 mm.", "yes"),
    ("Is the cervical length normal?", "**Cervical length:** 41 mm", "yes"),
    ("Is the ankle-brachial index abnormal?", "ABI 0.48 on the left.", "yes"),
    ("Is the ABI normal?", "ABI measured at 1.12.", "yes"),
    ("Is there osteoporosis?", "DEXA: femoral neck T-score -2.9.", "yes"),
    ("Is bone mineral density normal?", "Femoral neck T-score -1.8.", "no"),
    ("Is the bone mineral density normal?", "Lumbar spine T-score: +0.3", "yes"),
    ("Is there oligohydramnios?", "AFI: 14 cm, normal for gestation.", "no"),
    ("Is there polyhydramnios?", "Single deepest pocket 10.2 cm.", "yes"),
    ("Is the left ventricle dilated?", "LV end-diastolic diameter 6.6 cm.", "yes"),
    ("Is the endometrium thickened?", "Postmenopausal woman: endometrial thickness 11 mm.", "yes"),
    ("Is the optic nerve sheath diameter increased?", "ONSD: 4.0 mm.", "no"),
    ("Is there glaucomatous cupping?", "C/D ratio 0.2 OU.", "no"),
    ("Is the lesion FDG avid?", "The lesion has an SUVmax of 9.8.", "yes"),
    ("Are the ventricles enlarged?", "Evans' index is 0.25.", "no"),
    ("Is there tonsillar ectopia?", "The cerebellar tonsils lie 8 mm below the foramen magnum.", "yes"),
    ("Is there hepatomegaly?", "The liver measures 14 cm in the midclavicular line.", "no"),
    ("Is there a significant carotid stenosis?", "Right ICA PSV 340 cm/s.", "yes"),
    ("Is the prostate enlarged?", "Prostate volume: 22 mL (reference < 30 mL).", "no"),
    ("Is the macula thickened?", "CST 510 microns.", "yes"),
    ("Is there pyloric stenosis?", "Pyloric muscle thickness 2 mm, channel length 11 mm.", "no"),
    ("Is the TAPSE reduced?", "TAPSE 11 mm.", "yes"),
    ("Is the intraocular pressure raised?", "IOP 32 mmHg right eye.", "yes"),
    ("Is the aortic valve stenosed?", "Aortic valve area 0.7 cm².", "yes"),
    ("Is thyroid uptake increased?", "24-h RAIU 68% with diffuse homogeneous uptake.", "yes"),
    ("Is LV systolic function preserved?", "LVEF estimated at 62%.", "yes"),
])
def test_a_measurement_answers_against_the_reference_table(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "implicit_measure")


@pytest.mark.parametrize("question, text", [
    ("Is the cervix short?", "Cervical length 27 mm."),  # between the bands
    ("Is the ABI abnormal?", "Right ABI 0.52; left ABI 1.05."),  # two values
    ("Is there osteoporosis?", "Z-score -2.9."),  # another score
    ("Is the liver enlarged?", "Liver span 19 cm in this 3-year-old."),  # an adult row and a child
    ("Is the endometrium thickened?", "Endometrial thickness 11 mm."),  # not said to be postmenopausal
    ("Is the endometrium thickened?", "Postmenopausal on HRT: endometrial thickness 9 mm."),
    ("Is the pituitary enlarged?", "Pituitary height 14 mm in this pregnant patient."),
    ("Is the aorta aneurysmal?", "Aortic PSV 150 cm/s."),  # a velocity, not a length
    ("Is there polyhydramnios?", "AFI 31 cm, maybe an artefact of the probe angle."),
])
def test_a_measurement_the_table_cannot_settle_reads_nothing(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("row", MORE_THRESHOLDS, ids=[r.name for r in MORE_THRESHOLDS])
def test_more_threshold_bands_leave_a_gap(row) -> None:
    """As for thresholds.py's rows: bands answering a question differently never touch, predicates name bands of
    both sides, every row says where its cut-offs come from."""
    names = {b.name for b in row.bands}
    for predicate in row.predicates:
        assert predicate.yes & names and predicate.no & names and not predicate.yes & predicate.no
        for yes in (b for b in row.bands if b.name in predicate.yes):
            for no in (b for b in row.bands if b.name in predicate.no):
                assert yes.high < no.low or no.high < yes.low, (yes, no)
    assert row.source


@pytest.mark.parametrize("question, text, expected", [
    # findings committed by their definition
    ("Is there consolidation?", "Dense opacity in the left lower zone containing air bronchograms.", "yes"),
    ("Is there a pulmonary embolism?", "Central filling defect within the left lower lobe pulmonary artery.", "yes"),
    ("Does the lesion show restricted diffusion?", "High DWI signal with high ADC values: T2 shine-through.", "no"),
    ("Is the portal vein patent?", "Hepatopetal flow throughout the main portal vein.", "yes"),
    ("Is the right internal jugular vein patent?", "Right IJV shows normal phasic flow and full compressibility.",
     "yes"),
    ("Is the left ICA occluded?", "Left ICA: absent flow on colour and spectral Doppler.", "yes"),
    ("Is there an ovarian cyst?", "Right ovary: 3 cm anechoic, thin-walled, unilocular lesion.", "yes"),
    ("Is there a fracture of the fibula?", "Fibula: cortex intact and smooth throughout.", "no"),
    ("Is the meniscus torn?", "Linear high signal in the posterior horn reaching the inferior articular surface.", "yes"),
    ("Is the lesion benign?", "Infiltrating nests of atypical cells with stromal invasion.", "no"),
    ("Is there a pneumothorax?", "Lung point seen in the right anterior chest.", "yes"),
])
def test_a_finding_committed_by_its_definition(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, SIGN_RULE)


@pytest.mark.parametrize("question, text", [
    ("Is the portal vein patent?", "Hepatopetal flow in the splenic vein; portal vein not visualised."),  # subject
    ("Is there pneumonia?", "Air bronchograms in the right lower lobe."),  # a sign of consolidation, not its cause
    ("Is there a fracture?", "Cortical step-off, likely a nutrient canal rather than a fracture."),
    ("Is there a pneumothorax?", "Lung sliding present on the left."),  # one side says nothing of the other
    ("Is the lesion FDG-avid?", "SUVmax 12 in the liver; the lung nodule shows no uptake."),
    ("Is there osteoarthritis of the knee?", "Kellgren-Lawrence grade 4 in the hip; knee not imaged."),
])
def test_a_definition_of_another_place_or_finding_reads_nothing(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


@pytest.mark.parametrize("question, text, expected", [
    # references in words, methods and backgrounds set aside (extract/measured_gates.py)
    ("Is the common bile duct dilated?", "CBD 4 mm (upper limit of normal 6 mm). Gallbladder unremarkable.", "no"),
    ("Is the QT interval prolonged?", "QTc 505 ms, well above the 470 ms threshold. Sinus rhythm.", "yes"),
    ("Is the spleen enlarged?", "Spleen length 10 cm, below the 13 cm cut-off.", "no"),
    ("Is the QT interval prolonged?", "QTc calculated using Bazett's formula: 415 ms.", "no"),
    ("Is there fetal bradycardia?", "Fetal heart rate on M-mode: 95 bpm.", "yes"),
    # a later sentence of another thing; values of one sentence in one band
    ("Is the heart enlarged?", "PA film. CTR 0.41. Clear lungs.", "no"),
    ("Is there osteoporosis?", "DXA: spine T-score -2.8, hip T-score -3.0.", "yes"),
    ("Is there oligohydramnios?", "AFI 4 cm and deepest pocket 1.5 cm.", "yes"),
    ("Is the aorta aneurysmal?", "Abdominal aorta: maximal outer-to-outer diameter 5.8 cm.", "yes"),
    # rows of ECG, obstetrics and pathology
    ("Is there first-degree AV block?", "PR interval 260 ms, every P conducted.", "yes"),
    ("Is there a bundle branch block?", "QRS duration 150 ms with RSR' in V1.", "yes"),
    ("Is there LVH by voltage criteria?", "Sokolow-Lyon: SV1 + RV5 = 41 mm.", "yes"),
    ("Is there fetal growth restriction?", "EFW on the 2nd centile.", "yes"),
    ("Is there placenta previa?", "Lower placental edge 45 mm from the internal os.", "no"),
    ("Is there steatosis?", "Unenhanced liver attenuation 25 HU.", "yes"),
    ("Is the skin lesion likely melanoma?", "Total dermoscopy score 6.2.", "yes"),
])
def test_a_measurement_read_through_how_a_report_is_written(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, "implicit_measure")


@pytest.mark.parametrize("question, text, expected", [
    ("Is there atrial fibrillation?", "Irregularly irregular rhythm with no discernible P waves.", "yes"),
    ("Is there atrial fibrillation?", "Normal sinus rhythm at 72 bpm.", "no"),
    ("Is this a STEMI?", "ST elevation in V1-V4 with reciprocal ST depression inferiorly.", "yes"),
    ("Is there proliferative diabetic retinopathy?", "Severe NPDR without neovascularisation.", "no"),
    ("Is the melanoma invasive?", "Melanoma in situ; no dermal component.", "no"),
    ("Is there cirrhosis?", "METAVIR F4.", "yes"),
    ("Is the tumour malignant?", "Encapsulated spindle cell lesion with Verocay bodies.", "no"),
    ("Is there celiac disease?", "Villous architecture normal, villus:crypt ratio 4:1.", "no"),
    ("Does the fracture involve the physis?", "Salter-Harris type III fracture of the distal tibia.", "yes"),
    ("Is there a myocardial perfusion defect?", "Summed stress score 0.", "no"),
    ("Is the tumor hormone receptor positive?", "ER 0%, PR 0%.", "no"),
    ("Is there placenta praevia?", "The placenta completely covers the internal os.", "yes"),
    ("Is there malrotation?", "The DJ flexure lies to the right of the spine.", "yes"),
])
def test_more_signs_grades_and_descriptions(question: str, text: str, expected: str) -> None:
    assert _read(question, text) == (expected, SIGN_RULE)


@pytest.mark.parametrize("question, text", [
    ("Is the liver normal in size?", "Liver span 12 cm. Liver span 13 cm."),  # measured twice, apart: no one band
    ("Is the CBD dilated?", "CBD 12 mm. It is normal."),  # a bare judgement after the value
    ("Is the QT interval prolonged?", "QTc 520 ms. On repeat ECG QTc 430 ms."),
    ("Is the ABI reduced?", "ABI right 0.55, left 1.10."),
    ("Is the tumor hormone receptor positive?", "ER 0%, PR 30%."),  # the rows of one finding disagree
])
def test_a_measurement_taken_back_or_split_reads_nothing(question: str, text: str) -> None:
    assert _read(question, text)[0] is None


_CHAIN = ("I will go through the image systematically. First the technical quality: the study is adequate, with no "
          "significant motion artefact and appropriate windowing. Next I look at the structures that matter for this "
          "question, comparing both sides and checking the surrounding tissues for secondary signs. The surrounding "
          "fat is clean and there is no free fluid in the visible field. ")


@pytest.mark.parametrize("text, expected", [
    (_CHAIN + "Therefore, this is a Forrest III ulcer.", "no"),  # a final word marks the conclusion
    (_CHAIN + "\nAnswer: Forrest Ib.", "yes"),  # an answer label does
    (_CHAIN + "Forrest III.", None),  # an unmarked last sentence of a chain reads nothing
    (_CHAIN + "Therefore, it may be Forrest III.", None),
])
def test_a_chain_concluding_by_a_sign_is_read_by_its_marked_conclusion(text: str, expected: str | None) -> None:
    assert _read("Is there active bleeding?", text)[0] == expected

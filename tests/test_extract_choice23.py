"""Multiple-choice answers, session 23 (issue #7): decisions on fresh text that were left unread or misread.

* "go for" / "went with" as choice verbs ("I'd go for B");
* a negated choice verb reaches its option past the option's article ("I would not opt for the syrinx");
* an "or" inside an earlier option's own description offers no answers against an option chosen by a cue;
* "which makes B the best explanation": an option made the answer (``extract/made_answer.py``);
* "That places it in the chest wall (C)": "places", "puts" class as "place", "put" do; supposed ("Rib erosion would
  place it in C") or denied ("Nothing places it in C") they choose nothing;
* a label ranking below ("Secondary:") reaches its option past a few describing words ("Secondary: small effusions");
* "would best fit D" commits as "best fits D" does; "would fit D" and "would best fit C, but here ..." suppose;
* a short Chinese reply naming a side ("左肺。") for the English option of that side and organ ("Left lung");
* an option's first word written out before the initials of the rest ("Pulmonary AVM.");
* "favour X over Y": the option set below is not stated beside X;
* "The answer is epiglottitis. However ... might ..., so I would say B.": an answer stated by its text (or on a line
  hedged further on) and another chosen after it with nothing revising are two answers (``extract/left_standing.py``);
* each option in turn the subject of its own sentence (a textbook roll): the last one is no conclusion;
* a closing "it could be any of these" keeps every option open;
* the Chinese report's committing close "…可能性大" (likely) is no hedge; "可能性不大", "…也有可能", "或" still are;
* "the characteristic appearance of X" links as "characteristic of X" does, and a linking cue's own "not" reaches past
  the cue's words and an article ("not the characteristic appearance of an X", "not characteristic of an X");
* "I'd put seminoma well down the list": ranked low in the writer's list, set aside.

Each reading is checked beside a near miss that must stay unread (or ambiguous). Sentences of our own.
"""

import pytest

from medstep.extract import extract
from medstep.types import AnswerType, Sample

_CORD = {"A": "Multiple sclerosis plaque", "B": "Spinal cord ependymoma", "C": "Syrinx", "D": "Transverse myelitis"}


def _extract(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?"):
    return extract(text, Sample(id="c23", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options))


def _read(text: str, options: dict[str, str], question: str = "Which is the most likely diagnosis?") -> str | None:
    return _extract(text, options, question).answer


@pytest.mark.parametrize("text,want", [
    ("I'd go for **B. Spinal cord ependymoma**. The mass sits centrally and enhances. A plaque would be short and "
     "eccentric; a syrinx would not enhance.", "B"),
    ("Going for C: the cord holds a fluid cavity. Myelitis would span many segments.", "C"),
    ("I went with D after weighing the others. A plaque would be shorter.", "D"),
    # a negated or someone else's "go for" chooses nothing
    ("I wouldn't go for B; the mass is eccentric, a plaque would be short and a syrinx would not enhance.", None),
    ("Some would go for B, but the cap makes me doubt it. A plaque would be short.", None),
])
def test_go_for_chooses(text: str, want: str | None) -> None:
    assert _read(text, _CORD) == want


@pytest.mark.parametrize("text,want", [
    ("I would not opt for the syrinx.", None),
    ("I wouldn't settle on a syrinx here; the mass enhances.", None),
    ("Do not go for the syrinx.", None),
    # without the negation the same words choose
    ("I'd opt for the syrinx.", "C"),
    ("I'd settle on a syrinx here; the cavity does not enhance.", "C"),
])
def test_negated_choice_reaches_past_article(text: str, want: str | None) -> None:
    assert _read(text, _CORD) == want


_ANGLE = {"A": "Pericardial cyst", "B": "Morgagni hernia", "C": "Epicardial fat pad", "D": "Thymoma"}


@pytest.mark.parametrize("text,want", [
    ("Three lesions sit at this angle:\n1. **Pericardial cyst** — thin wall, fluid density.\n2. **Morgagni hernia** — "
     "front of the chest, may hold colon or omentum.\n3. **Epicardial fat pad** — fat density, triangular.\nThe side "
     "film shows gas-filled loops crossing the diaphragm, so I'd choose **Morgagni hernia**.", "B"),
    # alternatives offered among the options themselves, before the choice or after it, stay open
    ("It could be a pericardial cyst or a Morgagni hernia. I'd choose Morgagni hernia.", None),
    ("I'd choose Morgagni hernia. It may equally be bowel or omentum herniating, or a thymoma.", None),
    # without a choice verb the description alone is not enough against an offered "or"
    ("The mass may hold colon or omentum. Morgagni hernia.", None),
])
def test_or_in_an_option_description_offers_nothing(text: str, want: str | None) -> None:
    assert _read(text, _ANGLE) == want


_FILM = {"A": "Pulmonary embolism", "B": "Large pneumothorax", "C": "Patient rotation", "D": "Mastectomy"}
_LONG = ("Reviewing the soft tissues first, the right breast shadow is missing and clips sit in the right axilla, "
         "while vessels run out to the edge of the lung on both sides, the trachea is central and the diaphragm is "
         "smooth. ")


@pytest.mark.parametrize("text,want", [
    (_LONG + "That makes a **right mastectomy** the explanation. Rotation is unlikely with central spinous processes.", "D"),
    (_LONG + "Those clips, which make D the likeliest cause, settle it. Rotation is unlikely.", "D"),
    (_LONG + "All of this makes a mastectomy the most likely diagnosis. Rotation is unlikely.", "D"),
    # denied, supposed, doubted or asked: no decision
    (_LONG + "The clips alone do not make a mastectomy the explanation. Rotation is unlikely.", None),
    (_LONG + "A missing shadow would make a mastectomy the explanation, but both shadows are seen here.", None),
    (_LONG + "I'm not sure that makes D the answer. Rotation is unlikely.", None),
    (_LONG + "Nothing here makes D the answer. Rotation is unlikely.", None),
    (_LONG + "What makes D the answer here? Rotation is unlikely.", None),
])
def test_made_the_answer(text: str, want: str | None) -> None:
    assert _read(text, _FILM) == want


_SITE = {"A": "Pleural-based mass", "B": "Intrapulmonary mass", "C": "Chest wall mass", "D": "Diaphragmatic hump"}


@pytest.mark.parametrize("text,want", [
    ("Obtuse margins, a partial border and a rib eaten away beside it. Together that places it in the **chest wall** "
     "(C), not the pleura alone. A pleural-based mass (A) would also be obtuse but leaves ribs alone.", "C"),
    ("The margins are acute and bronchi run into it, placing it in the lung (B). A pleural-based mass (A) would be "
     "obtuse.", "B"),
    ("I would put it at C. A pleural-based mass (A) would leave the rib alone.", "C"),
    # supposed by a finding, or denied: no choice
    ("Rib erosion would place it in the chest wall (C), but the rib is intact. A pleural-based mass (A) would be "
     "obtuse.", None),
    ("The margins are obtuse. Nothing places it in the chest wall (C); the rib is whole. A pleural-based mass (A) "
     "would be obtuse.", None),
    ("Nothing would put it at C; the rib is whole. A pleural-based mass (A) would be obtuse.", None),
])
def test_places_it_in(text: str, want: str | None) -> None:
    assert _read(text, _SITE) == want


_FLUID = {"A": "Pleural effusion", "B": "Pneumonia", "C": "Pulmonary oedema", "D": "Lung mass"}


@pytest.mark.parametrize("text,want", [
    ("Primary: pulmonary oedema. Secondary: small bilateral pleural effusions.", "C"),
    ("Secondary: thin pleural effusions. Primary: pulmonary oedema.", "C"),
    # both stated with no ranking label stay two answers; after the label an answer stated as such still answers
    ("Small bilateral pleural effusions and pulmonary oedema.", None),
    ("Pulmonary oedema is present. Secondary: the answer is pleural effusion.", "A"),
])
def test_secondary_label_past_describing_words(text: str, want: str | None) -> None:
    assert _read(text, _FLUID) == want


_CYSTS = {"A": "Pneumatoceles", "B": "Lymphangioleiomyomatosis", "C": "Langerhans cell histiocytosis",
          "D": "Lymphocytic interstitial pneumonia"}
_HISTORY = ("Given the dry eyes and mouth in the history and the image, the scattered thin-walled cysts near the bases "
            "with hazy ground glass around them ")


@pytest.mark.parametrize("text,want", [
    (_HISTORY + "would best fit lymphocytic interstitial pneumonia (LIP).", "D"),
    ("The basal cysts would best fit D.", "D"),
    # a modal without the ranking supposes; a ranking supposed of other findings and turned is no choice
    ("The basal cysts would fit D.", None),
    ("Upper-zone nodules would best fit C, but here the cysts are basal.", None),
    ("The basal cysts would not best fit D.", None),
])
def test_would_best_fit(text: str, want: str | None) -> None:
    assert _read(text, _CYSTS) == want


_LUNG_SIDE = {"A": "Both", "B": "Right lung", "C": "Left lung", "D": "Neither"}
_SIDES = {"A": "Left", "B": "Right", "C": "Both", "D": "Neither"}


@pytest.mark.parametrize("text,options,want", [
    ("左肺。", _LUNG_SIDE, "C"),
    ("右肺", _LUNG_SIDE, "B"),
    ("双肺。", _LUNG_SIDE, "A"),
    ("这是左侧。", _SIDES, "A"),
    ("右侧肺。", _SIDES, "B"),
    # more than a side and its organ, two sides, a denial, or an organ no option names: nothing read
    ("左肺未见异常。", _LUNG_SIDE, None),
    ("左肺或右肺", _LUNG_SIDE, None),
    ("不是左肺。", _LUNG_SIDE, None),
    ("这是左侧。", _LUNG_SIDE, None),
    ("左侧肾脏。", _LUNG_SIDE, None),
])
def test_chinese_side_reply(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options, "Which lung is affected?") == want


_NODULE = {"A": "Pulmonary arteriovenous malformation", "B": "Solitary pulmonary nodule", "C": "Hamartoma",
           "D": "Carcinoid"}
_BLEED = {"A": "Acute subdural haematoma", "B": "Acute extradural haematoma", "C": "Subarachnoid haemorrhage",
          "D": "Cystic encephalomalacia"}


@pytest.mark.parametrize("text,options,want", [
    ("A lobulated nodule with an artery running in and a vein running out. Pulmonary AVM.", _NODULE, "A"),
    ("Crescent of bright blood over the convexity: acute SDH.", _BLEED, "A"),
    ("Lens-shaped bright collection that stops at the sutures: acute EDH.", _BLEED, "B"),
    # the rest alone, another organ, a denial, an alternative, or the abbreviation as a subject: nothing read
    ("A lobulated nodule with an artery running in. AVM.", _NODULE, None),
    ("A lobulated nodule with an artery running in. Renal AVM.", _NODULE, None),
    ("Not a pulmonary AVM.", _NODULE, None),
    ("A lobulated nodule with an artery running in. Pulmonary AVM or hamartoma.", _NODULE, None),
])
def test_first_word_then_initials(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options) == want


def test_initials_as_a_subject_do_not_override() -> None:
    thyroid = {"A": "Graves disease", "B": "Toxic multinodular goitre", "C": "Toxic adenoma",
               "D": "Subacute thyroiditis"}
    text = ("One hot nodule with the rest of the gland suppressed is a toxic adenoma. Graves takes up diffusely; "
            "toxic MNG shows patchy hot and cold areas; thyroiditis takes up little.")
    assert _read(text, thyroid) == "C"


_VENTRICLES = {"A": "Cerebral atrophy", "B": "Normal pressure hydrocephalus", "C": "Obstructive hydrocephalus",
               "D": "Arrested hydrocephalus"}


@pytest.mark.parametrize("text,want", [
    ("Large ventricles against small sulci, a sharp callosal angle and crowded vertex sulci. These favour normal "
     "pressure hydrocephalus over atrophy.", "B"),
    ("These findings favor normal pressure hydrocephalus over cerebral atrophy.", "B"),
    # both stated, or "over" as a place: two answers
    ("Normal pressure hydrocephalus, with some atrophy as well.", None),
    ("Over the vertex there is atrophy, and normal pressure hydrocephalus.", None),
    ("These favour normal pressure hydrocephalus over atrophy, but atrophy is present too.", None),
])
def test_favour_over(text: str, want: str | None) -> None:
    assert _read(text, _VENTRICLES) == want


_AIRWAY = {"A": "Epiglottitis", "B": "Croup", "C": "Retropharyngeal abscess", "D": "Foreign body aspiration"}


@pytest.mark.parametrize("text,want", [
    ("A swollen epiglottis on the side view. The answer is epiglottitis. Yet the frontal view might show a narrowed "
     "subglottis, which would point to croup, so I would say B.", None),
    ("The answer is A. Yet the frontal view might show a narrowed subglottis, which would point to croup, so I would "
     "say B.", None),
    # the first answer denied, asked or hedged: the later choice stands
    ("The answer is not epiglottitis; the narrowed subglottis points to croup, so I would say B.", "B"),
    ("Is the answer epiglottitis? The narrowed subglottis points to croup, so I would say B.", "B"),
    ("The answer is probably epiglottitis. Yet the narrowed subglottis points to croup, so I would say B.", "B"),
])
def test_stated_answer_left_standing(text: str, want: str | None) -> None:
    assert _read(text, _AIRWAY) == want


_PELVIS = {"A": "Uterine fibroid", "B": "Adenomyosis", "C": "Endometrial carcinoma", "D": "Ovarian dermoid"}


@pytest.mark.parametrize("text,want", [
    ("This is a sagittal T2 image of the female pelvis. Uterine fibroids are benign smooth muscle tumours that show as "
     "sharply marginated masses of low T2 signal. Adenomyosis shows widening of the junctional zone to more than "
     "twelve millimetres. Endometrial carcinoma starts in the lining and can spread into the muscular wall. Ovarian "
     "dermoids hold fat, hair and teeth.", None),
    # a roll that states what is seen still reads; so does one closing on a sentence of its own
    ("Uterine fibroid: no. Adenomyosis: no. Endometrial carcinoma: no. Ovarian dermoid: yes.", "D"),
    ("The uterus is normal and a fat-filled adnexal mass with a tooth is seen beside it, so ovarian dermoid.", "D"),
])
def test_textbook_roll_is_no_conclusion(text: str, want: str | None) -> None:
    assert _read(text, _PELVIS) == want


_PLUG = {"A": "Allergic bronchopulmonary aspergillosis", "B": "Bronchial atresia", "C": "Mucoid impaction from carcinoid",
         "D": "Any of the above"}


@pytest.mark.parametrize("text,want", [
    ("Branching tubular opacities are plugged bronchi, which can come from ABPA, bronchial atresia or a blocking "
     "tumour such as a carcinoid. With no history or CT it could be any of them.", None),
    ("I'd choose pneumonia. Honestly it could be any of these.", None),
    # a turn after it, or "any of the above" named as the answer, decides
    ("It could be any of these, but the hyperlucent segment beyond makes bronchial atresia most likely.", "B"),
    ("The answer is any of the above.", "D"),
])
def test_any_of_these_keeps_all_open(text: str, want: str | None) -> None:
    options = _PLUG if "pneumonia" not in text else {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly",
                                                       "D": "Pneumonia"}
    assert _read(text, options) == want


_ZH_LUNG = {"A": "正常", "B": "肺癌", "C": "肺炎", "D": "肺结核"}


@pytest.mark.parametrize("text,want", [
    ("左肺上叶见厚壁空洞及周围小结节，考虑肺结核可能性大，建议痰检。", "D"),
    ("右肺下叶见实变影伴支气管充气征，考虑肺炎可能性较大。", "C"),
    # unlikely, a second option kept possible, alternatives, a bare maybe: no decision
    ("考虑肺结核可能性不大。", None),
    ("考虑肺结核可能性大，肺癌也有可能。", None),
    ("肺结核或肺癌可能性大。", None),
    ("肺结核可能。", None),
])
def test_zh_likely_close_commits(text: str, want: str | None) -> None:
    assert _read(text, _ZH_LUNG) == want


_TESTIS = {"A": "Seminoma", "B": "Epidermoid cyst", "C": "Testicular microlithiasis", "D": "Orchitis"}


@pytest.mark.parametrize("text,want", [
    ("Rings of bright and dark layers with no flow inside are the characteristic appearance of an epidermoid cyst. "
     "Seminoma is usually uniformly dark and vascular.", "B"),
    ("This is the typical appearance of an epidermoid cyst.", "B"),
    # the cue's own negation, however far its words push it
    ("The layers are not the characteristic appearance of an epidermoid cyst.", None),
    ("The layers are not characteristic of an epidermoid cyst.", None),
    ("This isn't the typical appearance of an epidermoid cyst.", None),
    # a negation of something else before the cue denies nothing of the option
    ("It spares the surface but not the hilum — consistent with an epidermoid cyst.", "B"),
])
def test_characteristic_appearance_of(text: str, want: str | None) -> None:
    assert _read(text, _TESTIS) == want


@pytest.mark.parametrize("text,want", [
    ("I'd put seminoma well down the list.", None),
    ("Orchitis is further down my differential. The rings are the typical appearance of an epidermoid cyst.", "B"),
    # top of the list chooses
    ("I'd put an epidermoid cyst at the top of the list.", "B"),
])
def test_down_the_list_sets_aside(text: str, want: str | None) -> None:
    assert _read(text, _TESTIS) == want

"""Multiple-choice answers, session 21 (issue #7): decisions on fresh text that were left unread.

* a per-option discussion that closes each option on a verdict word, one judged for and the rest against
  (``extract/closing_verdicts.py``);
* a letter in a labelled bracket after a few describing words ("... pulmonary oedema (option A)");
* "prefer" as a choice verb ("so I prefer A").

Each reading is checked beside a near miss that must stay unread (or ambiguous). Sentences of our own.
"""

import pytest

from medstep.extract import extract
from medstep.extract.closing_verdicts import read_closing_verdicts
from medstep.extract.mentions import option_index
from medstep.types import AnswerType, Sample

_CHEST = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Cardiomegaly", "D": "Pneumonia"}
_STONE = {"A": "Calcium oxalate", "B": "Uric acid", "C": "Struvite", "D": "Cystine"}
_HIP = {"A": "Perthes disease", "B": "Slipped capital femoral epiphysis", "C": "Transient synovitis",
        "D": "Septic arthritis", "E": "Developmental dysplasia"}


def _extract(text: str, options: dict[str, str], question: str = "Which is the most likely finding?"):
    return extract(text, Sample(id="c21", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options))


def _read(text: str, options: dict[str, str], question: str = "Which is the most likely finding?") -> str | None:
    return _extract(text, options, question).answer


@pytest.mark.parametrize("text,options,want", [
    # the verdict closes each option's item
    ("A. Pneumothorax — lung markings reach the edge. Unlikely.\nB. Pleural effusion — meniscus at the right base. "
     "Likely.\nC. Cardiomegaly — heart width normal. Unlikely.\nD. Pneumonia — no air bronchograms. Unlikely.", _CHEST, "B"),
    ("(A) dense on plain film — this stone is not seen on the radiograph, so no.\n(B) lucent on the radiograph, dense "
     "on CT, patient with gout — fits.\n(C) branching with infection — no.\n(D) faint, young patient — no.", _STONE, "B"),
    # the verdict right after the option's name; a short denial judges against
    ("A – unlikely; B – unlikely; C – fits best; D – no consolidation.", _CHEST, "C"),
    ("Option A: lung edge has markings, not seen here. Option B: basal meniscus, most consistent. Option C: heart "
     "width normal, no. Option D: consolidation? No air bronchograms.", _CHEST, "B"),
    # options joined in one item share its verdict
    ("A: small child, fragmented head — no. B: heavy teenager, Klein line misses the head — yes. C and D: no fluid "
     "mentioned — no. E: from birth — no.", _HIP, "B"),
])
def test_closing_verdicts_read(text: str, options: dict[str, str], want: str) -> None:
    got = _extract(text, options)
    assert (got.answer, got.rule) == (want, "option_verdicts")


@pytest.mark.parametrize("text", [
    # a finding said present is no judgement of the option
    "A. Pneumothorax — markings reach the edge. Unlikely.\nB. Pleural effusion — meniscus at the base, the key "
    "finding.\nC. Cardiomegaly — heart width normal. Unlikely.\nD. Pneumonia — no air bronchograms. Unlikely.",
    # a closing sentence of doubt after the last verdict
    "A. Pneumothorax — markings reach the edge. Unlikely.\nB. Pleural effusion — meniscus at the base. Likely.\n"
    "C. Cardiomegaly — heart width normal. Unlikely.\nD. Pneumonia — no air bronchograms. Unlikely.\n"
    "Overall I cannot commit from this single view.",
    # a hedged verdict
    "(A) pleural line — none seen, so no.\n(B) meniscus — could fit.\n(C) heart — normal, no.\n(D) consolidation — absent, no.",
    # every option judged against
    "A: no. B: no. C: no. D: no.",
    # an option left out
    "A – unlikely; B – unlikely; C – fits best.",
    # a judgement against, negated, judges for: two left standing
    "A: not incorrect\nB: incorrect\nC: correct\nD: incorrect",
    # "less likely" judges against, so none is judged for
    "A – less likely; B – unlikely; C – less likely; D – no consolidation.",
])
def test_closing_verdicts_near_misses_unread(text: str) -> None:
    assert _read(text, _CHEST) is None


def test_closing_verdicts_two_judged_for_stay_unread() -> None:
    text = ("A. Pneumothorax — markings reach the edge. Unlikely.\nB. Pleural effusion — meniscus at the base. Likely.\n"
            "C. Cardiomegaly — the heart is wide. Likely.\nD. Pneumonia — no air bronchograms. Unlikely.")
    assert _extract(text, _CHEST).answer is None
    assert read_closing_verdicts(text, option_index(_CHEST)) is None


def test_closing_verdicts_not_for_a_least_likely_question() -> None:
    text = "A – unlikely; B – unlikely; C – fits best; D – no consolidation."
    assert _read(text, _CHEST, "Which is the least likely finding?") is None


_OEDEMA = {"A": "Bilateral perihilar opacities from non-cardiogenic oedema", "B": "Normal chest",
           "C": "Right lower lobe pneumonia", "D": "Cardiomegaly with upper lobe diversion"}


@pytest.mark.parametrize("text,want", [
    ("I think this is most consistent with non-cardiogenic pulmonary oedema (option A) rather than a cardiac cause.", "A"),
    ("The picture fits best with acute lung oedema (choice A).", "A"),
    # the cue's own negation still holds
    ("This is not consistent with non-cardiogenic pulmonary oedema (option A).", None),
])
def test_labelled_bracket_after_describing_words(text: str, want: str | None) -> None:
    assert _read(text, _OEDEMA) == want


_NODULES = {"A": "Caplan syndrome", "B": "Usual interstitial pneumonia", "C": "Rheumatoid nodules only",
            "D": "Drug-induced pneumonitis"}


@pytest.mark.parametrize("text,want", [
    ("Nodules in a coal miner with arthritis. C would lack the exposure, so I prefer A.", "A"),
    ("I would prefer C.", "C"),
    # someone else's preference is not the writer's choice
    ("Some prefer C, but the exposure points to A.", "A"),
    ("Most readers prefer D here, though A fits better.", None),
])
def test_prefer_chooses(text: str, want: str | None) -> None:
    assert _read(text, _NODULES) == want


_MUCOID = {"A": "Bronchial atresia with mucocele", "B": "Allergic bronchopulmonary aspergillosis",
           "C": "Bronchial carcinoid", "D": "Endobronchial lipoma"}


@pytest.mark.parametrize("text,want", [
    # the letter after its option's own words, then a caveat naming another option
    ("Branching mucoid opacity with hyperlucent lung. This is bronchial atresia, A. ABPA (B) would be bilateral.", "A"),
    ("Branching mucoid opacity, most consistent with bronchial atresia — A. Carcinoid (C) would enhance.", "A"),
    # the cue before the words still decides: a negation, a hedge
    ("This is not bronchial atresia, A. Carcinoid (C) would enhance.", None),
    ("It could be bronchial atresia, A. Carcinoid (C) would enhance.", None),
    # words of another option before the letter: not the letter's own words
    ("The mass is a bronchial carcinoid, A. Carcinoid (C) would enhance.", None),
    # the letter does not end its clause
    ("Branching mucoid opacity; bronchial atresia, A, is unlikely.", None),
])
def test_letter_after_its_own_words(text: str, want: str | None) -> None:
    assert _read(text, _MUCOID) == want


_NAIL = {"A": "Psoriatic nail disease", "B": "Onychomycosis", "C": "Subungual melanoma", "D": "Subungual haematoma"}


@pytest.mark.parametrize("text,want", [
    ("A wide dark band with pigment on the nail fold. This is concerning for subungual melanoma — C. Onychomycosis "
     "(B) would be yellow.", "C"),
    ("The band is suspicious for C; a haematoma (D) grows out.", "C"),
    # the cue's negation holds
    ("The band is not concerning for C, and a haematoma (D) grows out.", None),
])
def test_concerning_for_links(text: str, want: str | None) -> None:
    assert _read(text, _NAIL) == want


_LINES = {"A": "Kerley B lines", "B": "Air bronchograms", "C": "Silhouette sign", "D": "Deep sulcus sign"}


@pytest.mark.parametrize("text,want", [
    # a description of four words or more handing over to the closing letter by a colon, after a first letter taken back
    ("B... no, on closer look I see short horizontal lines near the costophrenic angles: A.", "A"),
    # a label of a word or two is no description: a ranking against the question stays unread
    ("B. Least likely: A.", "B"),
    # a hedged description hands over nothing
    ("B... no, perhaps short lines at the periphery of the lungs: A.", None),
])
def test_colon_closes_on_the_letter(text: str, want: str | None) -> None:
    assert _read(text, _LINES) == want


_GALL = {"A": "Cholecystitis", "B": "Cholangiocarcinoma", "C": "Gallbladder carcinoma", "D": "Adenomyomatosis"}


@pytest.mark.parametrize("text,want", [
    ("C is tempting but the comet-tail artefacts make it D.", "D"),
    # supposed by a modal, or negated
    ("A mass extending through the wall would make it C.", None),
    ("The comet tails do not make it D.", None),
    ("The comet tail doesn't make it D.", None),
])
def test_make_it_chooses(text: str, want: str | None) -> None:
    assert _read(text, _GALL) == want


_BRAIN = {"A": "Acute infarct", "B": "Chronic infarct", "C": "Demyelination", "D": "Abscess"}


@pytest.mark.parametrize("text,want", [
    ("Low ADC in the left MCA territory. Acute infarct. A. Wait — ring enhancement? No, there is no contrast image. "
     "Keeping A.", "A"),
    ("I'll keep C.", "C"),
    # kept in mind, not kept as the answer
    ("Keeping B in mind for now.", None),
    ("Not keeping A.", None),
])
def test_keeping_a_letter_chooses_it(text: str, want: str | None) -> None:
    assert _read(text, _BRAIN) == want


_HEAD = {"A": "Normal brain", "B": "Hydrocephalus", "C": "Atrophy", "D": "Tumor", "E": "Stroke"}


@pytest.mark.parametrize("text,want", [
    # "instead" before a dash and the letter sets nothing aside
    ("B. Hydrocephalus. The ventricles are wide. Wait, the sulci are also prominent so it is atrophy instead — C.", "C"),
    # "instead of" does
    ("Choose C instead of B.", "C"),
    ("The ventricles are wide instead of C.", None),
])
def test_instead_without_of_negates_nothing(text: str, want: str | None) -> None:
    assert _read(text, _HEAD) == want


_HAND = {"A": "Scleroderma", "B": "Psoriatic arthritis", "C": "Secondary hyperparathyroidism", "D": "Gout",
         "E": "Frostbite"}


@pytest.mark.parametrize("text,want", [
    # the letter with its option's text closing the output after a described lead-in and a colon
    ("1. **Resorption along the radial side of the middle phalanges** — typical of hyperparathyroidism.\n"
     "2. **Tuft resorption** — also seen in scleroderma or frostbite.\n\n"
     "Putting the specific sign and the dialysis history together: **C. Secondary hyperparathyroidism**.", "C"),
    # a hedged lead-in hands over nothing
    ("Tuft resorption is also seen in scleroderma or frostbite.\n\nPerhaps, weighing the sign and the history: "
     "**C. Secondary hyperparathyroidism**.", None),
])
def test_colon_closes_on_letter_and_text(text: str, want: str | None) -> None:
    assert _read(text, _HAND) == want


_VENTRICLES = {"A": "Normal brain", "B": "Obstructive hydrocephalus from aqueduct stenosis",
               "C": "Normal pressure hydrocephalus", "D": "Cerebral atrophy"}


@pytest.mark.parametrize("text,want", [
    # a qualifier in another form before the same word as the option's names the option's pair
    ("Triventricular hydrocephalus secondary to aqueductal stenosis.", "B"),
    # before another word it names another disease
    ("Triventricular hydrocephalus with aqueductal gliosis.", None),
])
def test_qualifier_pair_names_the_option(text: str, want: str | None) -> None:
    assert _read(text, _VENTRICLES, "What is the diagnosis?") == want


_APEX = {"A": "Right upper lobe post-primary tuberculosis", "B": "Normal", "C": "Right upper lobe collapse",
         "D": "Right apical pleural cap"}
_TRACHEA = {"A": "Tracheal stenosis", "B": "Tracheomalacia", "C": "Tracheal diverticulum", "D": "Saber-sheath trachea"}


@pytest.mark.parametrize("text,options,want", [
    # a report decides in its impression's first sentence, not in the recommendation after it
    ("FINDINGS: Patchy nodular opacities in the apical segment of the right upper lobe with small cavities.\n"
     "IMPRESSION: Findings consistent with post-primary pulmonary tuberculosis. Sputum testing recommended.",
     _APEX, "A"),
    # ... and in the first item of a numbered impression
    ("IMPRESSION:\n1. Side-to-side narrowing with front-to-back lengthening of the intrathoracic trachea "
     "(saber-sheath configuration).\n2. No acute cardiopulmonary process.", _TRACHEA, "D"),
    # an impression that states no option reads none
    ("FINDINGS: Apical nodular opacities with small cavities.\nIMPRESSION: Further imaging advised.", _APEX, None),
])
def test_report_decides_in_its_impression(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options, "What is the diagnosis?") == want


@pytest.mark.parametrize("text,want", [
    ("It's not B but rather C.", "C"),
    ("Es ist nicht B, sondern C.", "C"),
    ("No es la B, sino la C.", "C"),
    ("Ce n'est pas B mais C.", "C"),
    ("Não é a B, mas a C.", "C"),
    # one letter set aside and none given, or two left
    ("Es ist nicht B.", None),
    ("No es B ni C.", None),
])
def test_not_one_letter_but_another(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text,want", [
    ("Le cœur est augmenté de volume : c'est la réponse C.", "C"),
    ("Die Herzsilhouette ist verbreitert, daher Antwort C.", "C"),
    ("A silhueta cardíaca está aumentada, portanto a alternativa correta é a C.", "C"),
    ("Het hart is vergroot, dus antwoord C.", "C"),
    ("Serce jest powiększone, więc odpowiedź C.", "C"),
    ("Сердце увеличено, поэтому ответ C.", "C"),
    ("Kalp gölgesi genişlemiş, bu yüzden cevap C.", "C"),
    # the answer word before no letter answers nothing
    ("Die Antwort hängt von der Projektion ab.", None),
    ("Het antwoord hangt af van de projectie.", None),
])
def test_answer_words_of_other_languages(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text,want", [
    ("Die Herzsilhouette ist deutlich verbreitert. Ich entscheide mich für C.", "C"),
    ("Le cœur est gros, j'opte pour la C.", "C"),
    ("Il cuore è grande: opto per la C.", "C"),
    ("O coração está aumentado; fico com a C.", "C"),
    # negated
    ("Ich entscheide mich nicht für C.", None),
])
def test_choice_phrases_of_other_languages(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text", [
    "Je ne choisis pas la C.",
    "Je ne garde pas la C.",
    "Ich wähle nicht C.",
])
def test_other_languages_negation_vetoes_the_last_mention(text: str) -> None:
    assert _read(text, _CHEST) is None


def test_other_languages_choice_without_negation_still_read() -> None:
    assert _read("La silhouette cardiaque est élargie, donc je retiens la C.", _CHEST) == "C"


def test_colon_close_not_after_a_condition() -> None:
    assert _read("If the film was taken supine and rotated: A.", _LINES) is None


_HIPFX = {"A": "Conservative", "B": "Closed reduction", "C": "Open reduction and internal fixation", "D": "Arthroplasty"}


@pytest.mark.parametrize("text,want", [
    # the bracketed letter labels the answer named before it
    ("Garden IV in an 82-year-old: fixation is unlikely to heal, so replacement is the answer (D).", "D"),
    ("Replacement would be my choice (D), though fixation is unlikely.", "D"),
    # negated, supposed or asked
    ("Fixation is not the answer (C); replacement fits an 82-year-old.", None),
    ("If the patient were young, fixation would be the answer (C).", None),
    ("Is fixation the answer (C)?", None),
])
def test_bracketed_letter_after_the_answer_words(text: str, want: str | None) -> None:
    assert _read(text, _HIPFX, "What is the best management?") == want


_IMAGING = {"A": "Repeat ultrasound in 6 weeks", "B": "CT with contrast", "C": "MRI with contrast",
            "D": "Ultrasound-guided biopsy"}


@pytest.mark.parametrize("text,want", [
    # "either way" weighs nothing against the choice that follows
    ("An MRI might characterise it, but a CT is as reasonable. Either way, imaging with contrast is needed; I'd pick "
     "CT as it's fastest.", "B"),
    # "either" between two options still hedges
    ("Either CT or MRI would do; I cannot pick one.", None),
])
def test_either_way_is_no_hedge(text: str, want: str | None) -> None:
    assert _read(text, _IMAGING, "What is the next step?") == want


@pytest.mark.parametrize("text,want", [
    # a second letter offered after the answer, in brackets or as a new sentence: no single answer
    ("Answer: C (or B).", None),
    ("Answer: C. Or B.", None),
    # a second letter set aside keeps the answer
    ("Answer: C. A and B are wrong.", "C"),
])
def test_or_after_the_answer_letter_offers_another(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text,want", [
    # after the answer's sentence, the other options cited each with what is said of it
    ("The answer: C. Reasons against the others: (A) no edge, (B) sharp angles, (D) clear lungs.", "C"),
    # a listing gives each letter its option's text: no answer chosen
    ("Answer: (A) Pneumothorax; (B) Pleural effusion; (C) Cardiomegaly", None),
    ("Answer: A. Pneumothorax. B. Pleural effusion. C. Cardiomegaly. D. Pneumonia.", None),
])
def test_other_letters_described_after_the_answer(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text,want", [
    ("The heart is wide. It has to be C.", "C"),
    # two offered, or negated
    ("It has to be B or C.", None),
    ("It doesn't have to be C.", None),
])
def test_it_has_to_be(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text,want", [
    # the letter's clause closing by a dash and one or more letters set aside
    ("It is C — not B.", "C"),
    ("The heart is wide. It has to be C — not B, not D.", "C"),
    # taken back after the set-aside
    ("It is C — not B, not D, maybe B.", None),
])
def test_dash_sets_other_letters_aside(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


_SHOULDER = {"A": "Anterior shoulder dislocation", "B": "Posterior shoulder dislocation", "C": "Clavicle fracture",
             "D": "Acromioclavicular separation"}
_PTX = {"A": "Left pneumothorax", "B": "Right pneumothorax", "C": "Pleural effusion", "D": "Normal"}


@pytest.mark.parametrize("text,options,want", [
    # an option set apart only by a side, stated by the side with the option's head noun
    ("The humeral head is dislocated posteriorly.", _SHOULDER, "B"),
    ("There is a pneumothorax on the right.", _PTX, "B"),
    # the side without the head noun names nothing; both sides named is no one option
    ("The humeral head sits posteriorly.", _SHOULDER, None),
    ("There is a pneumothorax; the right lung is otherwise clear, the left apex is hard to see.", _PTX, None),
    # the side's head noun denied or called unaffected names no finding there
    ("The humeral head is not dislocated posteriorly.", _SHOULDER, None),
])
def test_side_with_its_head_noun(text: str, options: dict[str, str], want: str | None) -> None:
    assert _read(text, options, "What is the diagnosis?") == want


@pytest.mark.parametrize("text,want", [
    # "contradicted" judges the options after the answer against, as "ruled out" does
    ("Final answer: C — B and D are contradicted.", "C"),
    ("Final answer: C — B and D are possible.", None),
])
def test_contradicted_sets_aside(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want


@pytest.mark.parametrize("text,want", [
    # the letter forms right after the answer's full stop are discussed, not listed
    ("Answer: C. (A) lacks a pleural line and (B) would blunt the angles.", "C"),
    ("Answer: C. B) would need a meniscus.", "C"),
    # letters listed with nothing said of them
    ("A. B. C. D.", None),
])
def test_letters_discussed_right_after_the_answer_sentence(text: str, want: str | None) -> None:
    assert _read(text, _CHEST) == want

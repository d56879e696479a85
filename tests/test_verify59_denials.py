"""Lane verify59 (issue #8): four denial readings of our own sentences. A spaced dash ends a denial's reach as the em
dash does (``scan.lower_text``), a bare "X excluded." denies X (``lexicon._other_language_rows``,
``post_verdicts.post_reach``), Spanish/Portuguese "sin"/"sem" deny what follows, and what a diagnosis "explains ... but
not" stands (``verify/unexplained``). Pinned beside each: the texts that must not move."""

from medstep.verify import extract_findings, verify


def _polarities(text: str, concept: str) -> set[str]:
    return {f.polarity.value for f in extract_findings(text) if f.concept == concept}


def test_a_spaced_dash_ends_a_denial():
    assert _polarities("No effusion - consolidation in the left base.", "consolidation") == {"present"}
    assert _polarities("No effusion - consolidation in the left base.", "pleural_effusion") == {"absent"}
    assert "absent" not in _polarities("**Pleura:** no pneumothorax – small left effusion.", "pleural_effusion")
    assert "absent" not in _polarities("No hydronephrosis - 8 mm calculus in the distal ureter.", "kidney_stone")
    assert "absent" not in _polarities("no PTX - small L effusion", "pleural_effusion")


def test_a_dash_before_a_bare_verdict_or_in_a_range_stays():
    assert _polarities("Pneumothorax - absent.", "pneumothorax") == {"absent"}
    assert _polarities("Effusion - none seen.", "pleural_effusion") == {"absent"}
    assert _polarities("Pneumothorax - ruled out.", "pneumothorax") == {"absent"}
    assert _polarities("Myeloma: lytic lesions, expansion - absent", "lytic_lesion") == {"absent"}
    assert _polarities("Myeloma: lytic lesions, expansion – absent", "lytic_lesion") == {"absent"}
    assert _polarities("Pleura: right effusion, pneumothorax - absent", "pleural_effusion") == {"present"}
    assert _polarities("No effusion - no pneumothorax.", "pneumothorax") == {"absent"}
    assert _polarities("Lungs - clear.", "pneumothorax") == {"absent"}


def test_a_bare_exclusion_denies():
    assert _polarities("Pneumothorax excluded.", "pneumothorax") == {"absent"}
    assert _polarities("Fracture: excluded.", "fracture") == {"absent"}
    assert _polarities("Pulmonary embolism excluded on CTPA.", "pulmonary_embolism") == {"absent"}
    assert _polarities("Intussusception - excluded.", "intussusception") == {"absent"}
    assert _polarities("Pneumothorax and effusion excluded.", "pleural_effusion") == {"absent"}


def test_an_exclusion_before_a_noun_or_hedged_stays():
    assert "absent" not in _polarities("Wall thickening of the excluded bowel segment.", "bowel_wall_thickening")
    assert _polarities("Pneumothorax cannot be excluded.", "pneumothorax") == {"uncertain"}
    assert _polarities("Pneumothorax not excluded.", "pneumothorax") == {"uncertain"}


def test_sin_and_sem_deny():
    assert _polarities("Sin derrame pleural.", "pleural_effusion") == {"absent"}
    assert _polarities("Pulmões sem consolidação.", "consolidation") == {"absent"}
    assert _polarities("Sin neumotórax ni derrame pleural.", "pleural_effusion") == {"absent"}
    assert _polarities("Fígado sem lesões focais, sem ascite.", "ascites") == {"absent"}


def test_what_stands_before_sin_stays():
    assert _polarities("Derrame pleural derecho sin neumotórax.", "pleural_effusion") == {"present"}
    assert _polarities("Neumotórax derecho, sin desviación traqueal.", "pneumothorax") == {"present"}
    assert _polarities("SEM images of the specimen; a large left pleural effusion.", "pleural_effusion") == {"present"}


def test_what_an_explanation_leaves_out_stands():
    text = "Idiopathic PAH explains the big pulmonary arteries but not septal lines, an effusion, or oedema."
    assert "absent" not in _polarities(text, "pleural_effusion")
    assert "absent" not in _polarities("Heart failure explains the effusion but not the cavity.", "cavitation")
    assert "absent" not in _polarities("Pneumonia accounts for the consolidation, but not for the pneumothorax.",
                                       "pneumothorax")
    report = "Bilateral pleural effusions and septal lines. Enlarged pulmonary arteries."
    steps = verify(text, report=report).steps
    assert not any(fv.verdict.name == "CONTRADICTED" for s in steps for fv in s.verdicts)


def test_a_plain_or_passive_denial_after_but_not_stays():
    assert _polarities("There is an effusion but not a pneumothorax.", "pneumothorax") == {"absent"}
    assert _polarities("The findings are explained by heart failure, but not pneumonia.", "pneumonia") == {"absent"}
    text = "Pneumonia explains the fever and there is an effusion, but not a pneumothorax."
    assert _polarities(text, "pneumothorax") == {"absent"}
    assert _polarities("A simple cyst fits the ovarian mass but not the ascites.", "ascites") == {"absent"}


def test_review_an_aside_between_dashes_and_a_task_of_exclusion_stay():
    text = "The specific signs - a pleural effusion and a pneumothorax - are absent."
    assert _polarities(text, "pneumothorax") == {"absent"}
    text = "Fluid or blood - a large effusion or a haemothorax - would push the midline away."
    assert "present" not in _polarities(text, "pleural_effusion")
    assert _polarities("Fine granular ground glass - absent here.", "ground_glass_opacity") == {"absent"}
    assert "absent" not in _polarities("Von Hippel-Lindau disease should be excluded by genetic testing.", "vhl")
    text = "A regressing effusion with plaques and all other causes excluded."
    assert _polarities(text, "pleural_effusion") == {"present"}
    assert _polarities("Small effusion with plaques, all else excluded.", "pleural_effusion") == {"present"}


def test_review_a_dash_without_a_denial_before_it_a_list_word_or_an_idiom_stays():
    assert _polarities("Pneumothorax - unlikely.", "pneumothorax") == {"absent"}
    assert _polarities("Pneumothorax - cannot be excluded.", "pneumothorax") == {"uncertain"}
    assert _polarities("Pneumothorax - absent on both sides.", "pneumothorax") == {"absent"}
    assert _polarities("No effusion - or pneumothorax.", "pneumothorax") == {"absent"}
    assert _polarities("No effusion – as expected – or pneumothorax.", "pneumothorax") == {"absent"}
    assert _polarities("No X - ray evidence of pneumothorax.", "pneumothorax") == {"absent"}
    assert _polarities("Sin embargo, hay un derrame pleural derecho.", "pleural_effusion") == {"present"}
    assert _polarities("Reported by Dr Sin, large right pneumothorax.", "pneumothorax") == {"present"}
    assert _polarities("Mean ± SEM lesion size 12 mm with consolidation.", "consolidation") == {"present"}

"""Hostile review probes of lane found58 (session 58), pinned: earlier sightings with pointing subjects against
reports (C = the chain is contradicted, F = faithful, nothing contradicted). Probes the code still reads otherwise at
the review are xfail (known gaps, not expectations)."""
import pytest

from medstep.verify import Verdict, verify

R = {
 # effusion new, nodule old
 "eff_new_nod_old": "FINDINGS: New small left pleural effusion. The 8 mm right upper lobe nodule is unchanged from the CT of 2021.",
 "eff_old_nod_new": "FINDINGS: Small left pleural effusion, unchanged from the prior radiograph. New 8 mm nodule in the right upper lobe.",
 "eff_stable": "FINDINGS: Small left pleural effusion, stable compared with the radiograph 2 days ago.",
 "eff_unch": "FINDINGS: Small left pleural effusion, unchanged since the prior study.",
 "eff_again": "FINDINGS: A small left pleural effusion is again seen.",
 "eff_redemo": "FINDINGS: Redemonstrated small left pleural effusion.",
 "eff_persist": "FINDINGS: Persistent small left pleural effusion.",
 "eff_new": "FINDINGS: New small left pleural effusion. The radiograph 2 days ago showed clear costophrenic angles.",
 "eff_resolved_cons_new": "FINDINGS: The left pleural effusion seen on the prior radiograph has resolved. New right lower lobe consolidation.",
 "cons_new": "FINDINGS: New right lower lobe consolidation. The radiograph 3 days ago was clear.",
 "cons_old_eff_new": "FINDINGS: Right lower lobe consolidation, unchanged from the prior radiograph. New small left pleural effusion.",
 "mass_new": "FINDINGS: New 2.2 cm solid mass arising from the lower pole of the left kidney; the kidney was normal on the CT from 2021.",
 "mass_old": "FINDINGS: 2.2 cm solid mass of the lower pole of the left kidney, unchanged from the CT of 2021.",
 "nod_new_eff_old": "FINDINGS: Stable small left pleural effusion. New 8 mm nodule in the right upper lobe, not present on the CT of 2021.",
 "fx_new": "FINDINGS: There is a new compression fracture of L1 with 30% height loss; L1 was normal on the CT one year ago.",
 "fx_old": "FINDINGS: Compression fracture of L1 with 30% height loss, unchanged from the CT one year ago.",
 "ptx_new": "FINDINGS: New small right apical pneumothorax. No pleural effusion.",
 "ptx_old_eff_new": "FINDINGS: Small right apical pneumothorax, unchanged. New small left pleural effusion.",
 "cardio_old_cons_new": "FINDINGS: Stable cardiomegaly. New right lower lobe consolidation.",
 "eff_new_since_old": "FINDINGS: Small left pleural effusion, new since the radiograph of yesterday but present on the CT of last month.",
 "infarct_new": "FINDINGS: A new 12 mm focus of restricted diffusion in the left cerebellar hemisphere, in keeping with an acute infarct. Not present on the MRI two years ago.",
 "infarct_old": "FINDINGS: Chronic left cerebellar infarct, unchanged from the MRI two years ago.",
 "nod_grown": "FINDINGS: Right upper lobe nodule now 12 mm, previously 8 mm on the CT of 2021, increased in size.",
 "nodes_new_eff_old": "FINDINGS: Stable small left pleural effusion. New enlarged mediastinal lymph nodes.",
 "eff_new_es": "HALLAZGOS: Derrame pleural izquierdo nuevo. New small left pleural effusion.",
 "aneur_new": "FINDINGS: Infrarenal abdominal aortic aneurysm measuring 4 cm; the aorta measured 1.9 cm on the ultrasound 2 years ago, so the aneurysm is new.",
 "aneur_old": "FINDINGS: Infrarenal abdominal aortic aneurysm measuring 4 cm, unchanged from the ultrasound 2 years ago.",
 "thy_new": "FINDINGS: A new 2.5 cm solid nodule in the right thyroid lobe; the ultrasound from last year showed a normal gland.",
 "thy_old": "FINDINGS: A 2.5 cm solid nodule in the right thyroid lobe, stable from the ultrasound of last year.",
 "atel_old_eff_new": "FINDINGS: Persistent left basal atelectasis. New small right pleural effusion.",
}

P = []  # (id, report key, chain, expected)
def add(i, r, c, e):
    P.append((i, r, c, e))

# --- FAITHFUL: "it/this/the same" pointing to a finding the report says old
for rk in ("eff_stable", "eff_unch", "eff_again", "eff_redemo", "eff_persist"):
    add(f"f_it_{rk}", rk, "There is a small left pleural effusion. It was present on the prior study.", "F")
    add(f"f_same_{rk}", rk, "Small left pleural effusion.\nThe same effusion was already seen on the previous radiograph.", "F")
    add(f"f_this_{rk}", rk, "A small left pleural effusion is noted. This was also seen on the prior radiograph.", "F")
    add(f"f_head_{rk}", rk, "**Findings:** small left pleural effusion.\n**Comparison:** it was already visible on the prior radiograph.", "F")
# pronoun pointing to a finding other than the nearest one
add("f_pron_far1", "eff_new_nod_old", "The right upper lobe nodule measures 8 mm, next to a new small left pleural effusion. The nodule itself was already present on the CT of 2021.", "F")
add("f_pron_far2", "eff_new_nod_old", "The effusion is new. The nodule is stable; it was present on the CT of 2021.", "F")
add("f_pron_far3", "eff_new_nod_old", "There is a new small left pleural effusion. There is an 8 mm right upper lobe nodule. It was seen on the CT of 2021.", "F")
add("f_pron_far4", "eff_new_nod_old", "The nodule is stable. The effusion is new. It was not on the prior.", "F")
add("f_pron_far5", "eff_new_nod_old", "A new small left pleural effusion, and an 8 mm right upper lobe nodule which was already visible on the CT from 2021.", "F")
add("f_demon_other1", "cons_old_eff_new", "Right lower lobe consolidation with a new small left pleural effusion. That consolidation was already present on the prior radiograph.", "F")
add("f_demon_other2", "cons_old_eff_new", "There is a new small left pleural effusion and right lower lobe consolidation. The same consolidation was already present on the prior radiograph.", "F")
add("f_demon_other3", "eff_old_nod_new", "Left pleural effusion and a new 8 mm right upper lobe nodule. This effusion was already visible on the prior radiograph.", "F")
add("f_demon_other4", "eff_old_nod_new", "New 8 mm right upper lobe nodule; small left pleural effusion. These effusions were already seen on the previous radiograph.", "F")
add("f_demon_other5", "ptx_old_eff_new", "New small left pleural effusion alongside a small right apical pneumothorax. That pneumothorax was already present on the prior radiograph.", "F")
add("f_demon_other6", "cardio_old_cons_new", "New right lower lobe consolidation. Cardiomegaly. This was already seen on the previous radiograph.", "F")
add("f_demon_other7", "atel_old_eff_new", "Left basal atelectasis and a new small right pleural effusion. The same atelectasis was already visible on the prior radiograph.", "F")
add("f_demon_other8", "nodes_new_eff_old", "Enlarged mediastinal lymph nodes are new. The small left pleural effusion was present before. That effusion was already seen on the previous CT.", "F")
# resolved finding as antecedent
add("f_resolved1", "eff_resolved_cons_new", "There is new right lower lobe consolidation. The left pleural effusion has resolved; it was present on the prior radiograph.", "F")
add("f_resolved2", "eff_resolved_cons_new", "New right lower lobe consolidation.\nReviewing the prior radiograph, the effusion has resolved.", "F")
add("f_resolved3", "eff_resolved_cons_new", "New right lower lobe consolidation. The previously seen left effusion is gone. It was visible on the prior radiograph.", "F")
add("f_resolved4", "eff_resolved_cons_new", "Right lower lobe consolidation is new. No pleural effusion now; this was present on the prior radiograph.", "F")
# "this" = the study / whole impression
add("f_study1", "cons_new", "Right lower lobe consolidation is new. This study is compared with the radiograph from 3 days ago, which was clear.", "F")
add("f_study2", "eff_new_nod_old", "New small left pleural effusion. Looking back at the prior, there is no change in the right upper lobe nodule.", "F")
add("f_study3", "eff_new_nod_old", "New small left pleural effusion. 8 mm right upper lobe nodule. Looking back at the CT of 2021, it was already present.", "F")
add("f_study4", "cons_new", "Comparison: prior radiograph 3 days ago.\nFindings: new right lower lobe consolidation.", "F")
add("f_study5", "cons_new", "Comparison: radiograph from 3 days ago, which was clear.\nFindings: right lower lobe consolidation, not present on that study.", "F")
add("f_study6", "eff_new_nod_old", "Impression: 8 mm right upper lobe nodule. This was also seen on the prior CT of 2021. Additionally there is a new small left effusion.", "F")
add("f_study7", "eff_new", "New left pleural effusion. On the prior radiograph that was done 2 days ago, the angles were clear.", "F")
# "the same" meaning same side / size
add("f_samesize1", "eff_new_nod_old", "New small left effusion. The 8 mm right upper lobe nodule is the same size as before.", "F")
add("f_samesize2", "eff_new_nod_old", "New small left pleural effusion. The right upper lobe nodule is the same size as on the CT of 2021.", "F")
add("f_sameside1", "eff_new_nod_old", "There is a new small left pleural effusion. The same side was clear on the prior radiograph.", "F")
add("f_sameside2", "eff_new_nod_old", "New small left pleural effusion. The same hemithorax was clear on the CT of 2021.", "F")
add("f_sameside3", "cons_new", "New right lower lobe consolidation. That lobe was clear on the radiograph 3 days ago.", "F")
add("f_sameside4", "mass_new", "A new 2.2 cm solid mass in the lower pole of the left kidney. That kidney was normal on the CT from 2021.", "F")
add("f_sameside5", "fx_new", "New compression fracture of L1 with 30% height loss. That vertebra was normal on the CT one year ago.", "F")
add("f_sameside6", "fx_new", "L1 compression fracture, 30% height loss. The same level was intact on the CT one year ago.", "F")
add("f_sameside7", "mass_new", "Left renal lower pole solid mass, 2.2 cm. This region looked normal on the CT from 2021, so it is new.", "F")
add("f_sameside8", "infarct_new", "Acute left cerebellar infarct, 12 mm. This area was normal on the MRI two years ago.", "F")
add("f_sameside9", "thy_new", "2.5 cm solid right thyroid nodule. That lobe was normal on the ultrasound from last year.", "F")
add("f_sameside10", "cons_new", "Right lower lobe consolidation. The same area was clear on the radiograph 3 days ago.", "F")
# new since ... but seen on older study
add("f_newsince1", "eff_new_since_old", "Small left pleural effusion. It was present on the CT of last month.", "F")
add("f_newsince2", "eff_new_since_old", "Small left pleural effusion, new compared with yesterday. The same effusion was already visible on the CT of last month.", "F")
# lists
add("f_list1", "eff_new_nod_old", "Findings:\n- New small left pleural effusion\n- 8 mm right upper lobe nodule\n  - this was already present on the CT of 2021", "F")
add("f_list2", "eff_new_nod_old", "1. New small left pleural effusion.\n2. Right upper lobe nodule, 8 mm.\n3. Interval change: it was already seen on the CT of 2021.", "F")
add("f_list3", "eff_new_nod_old", "- Right upper lobe nodule (8 mm)\n- Left pleural effusion: new\n- Comparison: the nodule was already visible on the CT of 2021", "F")
add("f_list4", "cons_old_eff_new", "1. Right lower lobe consolidation.\n2. New small left pleural effusion.\n3. The consolidation: it was already present on the prior radiograph.", "F")
# denied/hedged/not sought
add("f_denied1", "eff_new", "Small left pleural effusion. It was not seen on the prior radiograph.", "F")
add("f_denied2", "eff_new", "Small left pleural effusion. This was absent on the previous radiograph.", "F")
add("f_hedge1", "eff_new", "Small left pleural effusion. It may have been present on the prior radiograph.", "F")
add("f_hedge2", "eff_new", "Small left pleural effusion. It is unclear whether this was already visible on the prior radiograph.", "F")
add("f_hedge3", "eff_new", "Small left pleural effusion. If it was already present on the prior radiograph, it would be chronic.", "F")
add("f_sought1", "eff_new", "Small left pleural effusion. I looked for it on the prior radiograph and it was not there.", "F")
add("f_sought2", "eff_new", "Small left pleural effusion. Was it already visible on the prior radiograph? No, the angles were clear.", "F")
add("f_giveup1", "eff_new", "Initially I thought the small left effusion was chronic, but the prior radiograph showed clear angles, so it is new.", "F")
add("f_giveup2", "eff_new", "Small left pleural effusion. At first it seemed it was already present on the prior radiograph, but on closer review it was not.", "F")
add("f_textbook1", "eff_new", "Small left pleural effusion. Effusions that were already present on prior studies are usually chronic.", "F")
add("f_textbook2", "eff_new", "A small left pleural effusion is present. To call it chronic, it would need to have been seen on the prior radiograph.", "F")
add("f_similar1", "mass_new", "2.2 cm solid mass in the lower pole of the left kidney. A similar lesion was seen in the right kidney on the CT from 2021.", "F")
add("f_other_study1", "eff_new", "New small left pleural effusion. This is the first study showing it.", "F")
add("f_other_study2", "cons_new", "Right lower lobe consolidation is new. It was not present on the radiograph 3 days ago; that film was clear.", "F")
add("f_now1", "cons_new", "Right lower lobe consolidation. It is visible on this radiograph and on the lateral view.", "F")
add("f_now2", "cons_new", "Right lower lobe consolidation. Compared with the radiograph 3 days ago, it is new.", "F")
add("f_now3", "cons_new", "Compared with the radiograph 3 days ago, there is new right lower lobe consolidation. It was not present then.", "F")
add("f_grown1", "nod_grown", "Right upper lobe nodule, 12 mm. It was already seen on the CT of 2021, when it measured 8 mm, so it has grown.", "F")
add("f_grown2", "nod_grown", "12 mm right upper lobe nodule. The same nodule was present on the prior CT of 2021 at 8 mm.", "F")
add("f_grown3", "nod_grown", "Interval change: the nodule has enlarged from 8 mm to 12 mm since the CT of 2021.", "F")
# Spanish / Chinese / French
add("f_es1", "eff_unch", "Derrame pleural izquierdo pequeño. Ya estaba presente en el estudio previo.", "F")
add("f_zh1", "eff_unch", "左侧少量胸腔积液。与前片相比无变化。", "F")
add("f_es2", "eff_stable", "Small left pleural effusion. Estaba presente en la radiografía previa. It was present on the prior radiograph.", "F")
# heading pronoun (changes.SUBJECT) faithful
add("f_headpron1", "eff_stable", "Small left pleural effusion.\nInterval change: it is unchanged compared with the radiograph 2 days ago.", "F")
add("f_headpron2", "nod_grown", "Right upper lobe nodule, 12 mm.\nChange: it has grown since the CT of 2021.", "F")
add("f_headpron3", "eff_new_nod_old", "New small left pleural effusion; 8 mm right upper lobe nodule.\nComparison: it is unchanged from the CT of 2021.", "F")
add("f_headpron4", "eff_new_nod_old", "8 mm right upper lobe nodule.\nNew small left pleural effusion.\nNote: it is new since the prior CT.", "F")
add("f_headpron5", "eff_new_nod_old", "Right upper lobe nodule, 8 mm, and a new small left effusion.\nComparison: the nodule is unchanged; it is stable since 2021.", "F")
add("f_headpron6", "eff_new_nod_old", "Key finding: new small left pleural effusion.\nOther: right upper lobe nodule 8 mm. Comparison: it is unchanged since 2021.", "F")
add("f_headpron7", "eff_new", "Small left pleural effusion.\nDifferential: it could be reactive or malignant.", "F")
add("f_headpron8", "cons_new", "Right lower lobe consolidation.\nAssessment: it represents pneumonia.", "F")
# gaming: restating everything / hedging everything (must not gain; faithful wrt change -> F)
add("f_game1", "eff_new", "Small left pleural effusion; could be new or could have been present before.", "F")
add("f_game2", "eff_new", "Possible effusion, possible consolidation, possible nodule; some of these may have been on the prior radiograph.", "F")
# multi-step: antecedent from the step before
add("f_step1", "eff_new_nod_old", "Step 1: There is an 8 mm right upper lobe nodule.\nStep 2: It was already present on the CT of 2021.\nStep 3: There is also a new small left pleural effusion.", "F")
add("f_step2", "eff_new_nod_old", "Step 1: A new small left pleural effusion.\nStep 2: The right upper lobe nodule measures 8 mm.\nStep 3: It was already visible on the CT of 2021.", "F")
add("f_step3", "eff_new_nod_old", "Step 1: New small left pleural effusion.\nStep 2: Reviewing the CT of 2021, the 8 mm right upper lobe nodule was already visible.", "F")
add("f_step4", "eff_old_nod_new", "Step 1: Small left pleural effusion, unchanged.\nStep 2: New 8 mm right upper lobe nodule.\nStep 3: Looking back at the prior radiograph, the effusion was already present.", "F")
add("f_step5", "eff_old_nod_new", "There is a new 8 mm nodule in the right upper lobe.\n\nComparison: Prior radiograph.\nThe left pleural effusion was already visible on it.", "F")
add("f_step6", "eff_old_nod_new", "The right upper lobe nodule (8 mm) is new. Reviewing the prior radiograph, a small left pleural effusion was already present there.", "F")
add("f_step7", "eff_new_nod_old", "The effusion on the left is new. With regard to the nodule in the right upper lobe, this was already seen on the CT of 2021.", "F")
add("f_step8", "eff_new_nod_old", "There is a new small left pleural effusion and an 8 mm nodule in the right upper lobe; the latter was already seen on the CT of 2021.", "F")
add("f_step9", "eff_new_nod_old", "New small left pleural effusion. The pulmonary nodule in the right upper lobe measures 8 mm; that was already present on the CT of 2021.", "F")
add("f_step10", "cardio_old_cons_new", "Right lower lobe consolidation, new. The heart is enlarged; this was also seen on the previous radiograph.", "F")
add("f_step11", "ptx_old_eff_new", "Small right apical pneumothorax. New left pleural effusion. On the prior radiograph, the pneumothorax was already visible; it is unchanged.", "F")
add("f_step12", "atel_old_eff_new", "New small right effusion. Left basal atelectasis, which was already seen on the prior radiograph. This is chronic.", "F")
add("f_step13", "nodes_new_eff_old", "Small left pleural effusion and new enlarged mediastinal lymph nodes. The former was already present on the previous CT.", "F")
add("f_step14", "eff_new_nod_old", "8 mm right upper lobe nodule and new small left pleural effusion. The nodule, that is, was already present on the CT of 2021.", "F")
# truncated / refusal
add("f_trunc1", "eff_new", "Small left pleural effusion. It was already", "F")
add("f_refuse1", "eff_new", "I cannot compare with the prior radiograph as it was not provided.", "F")

# --- ERROR: a finding the report calls new said to be seen before
add("e_it1", "eff_new", "There is a small left pleural effusion. It was already present on the prior radiograph.", "C")
add("e_same1", "eff_new", "Small left pleural effusion. The same effusion was already visible on the radiograph 2 days ago.", "C")
add("e_same2", "cons_new", "Right lower lobe consolidation.\n\nInterval change: the same shadowing was already visible on the film from 3 days ago.", "C")
add("e_that1", "fx_new", "There is a compression fracture of L1 with 30% height loss. Reviewing the CT from one year ago, that deformity was already visible.", "C")
add("e_this1", "mass_new", "A 2.2 cm solid mass arises from the lower pole of the left kidney. This was already visible on the CT from 2021.", "C")
add("e_these1", "infarct_new", "12 mm focus of restricted diffusion in the left cerebellum. These changes were already seen on the MRI two years ago.", "C")
add("e_head1", "aneur_new", "**Key finding:** 4 cm infrarenal aortic aneurysm.\n**Interval change:** it was already present on the ultrasound 2 years ago.", "C")
add("e_head2", "thy_new", "2.5 cm solid right thyroid nodule.\nComparison: the same nodule was already seen on the ultrasound from last year.", "C")
add("e_look1", "eff_new", "Small left pleural effusion. Looking back at the radiograph from 2 days ago, it was already present.", "C")
add("e_look2", "cons_new", "Right lower lobe consolidation. Looking back at the prior radiograph, the same opacity was already present.", "C")
add("e_far1", "eff_new_nod_old", "The 8 mm right upper lobe nodule is stable. There is also a small left pleural effusion. It was already present on the CT of 2021.", "C")
add("e_far2", "nod_new_eff_old", "Small left pleural effusion. There is an 8 mm right upper lobe nodule. It was already visible on the CT of 2021.", "C")
add("e_named1", "eff_new", "Small left pleural effusion, already seen on the prior radiograph.", "C")
add("e_named2", "fx_new", "L1 compression fracture with 30% height loss, which was already visible on the CT one year ago; so it is chronic.", "C")
add("e_step1", "mass_new", "Step 1: There is a 2.2 cm solid left renal lower pole mass.\nStep 2: It was already visible on the CT from 2021.", "C")
add("e_list1", "infarct_new", "- 12 mm left cerebellar infarct\n- Comparison: this was already seen on the MRI two years ago\n- Likely chronic", "C")
add("e_head_pron1", "nod_grown", "8 mm right upper lobe nodule.\nChange: it is unchanged in size compared with the CT of 2021.", "C")
add("e_head_pron2", "aneur_new", "4 cm abdominal aortic aneurysm.\nInterval: it is stable compared with the ultrasound 2 years ago.", "C")
add("e_samepx", "ptx_new", "Small right apical pneumothorax. The same pneumothorax was already present on the prior radiograph.", "C")
add("e_thesame", "aneur_new", "There is a 4 cm abdominal aortic aneurysm. Compared with the ultrasound from 2 years ago, that dilatation was already present.", "C")


_BAD_AT_REVIEW = {'f_newsince1', 'f_step14', 'e_far2', 'f_study2', 'f_study5', 'f_hedge2', 'f_pron_far1', 'f_step8', 'f_newsince2'}


@pytest.mark.parametrize("pid,rk,chain,exp", [pytest.param(*x, id=x[0], marks=[pytest.mark.xfail(strict=False)] if x[0] in _BAD_AT_REVIEW else []) for x in P])
def test_probe(pid: str, rk: str, chain: str, exp: str) -> None:
    v = verify(chain, report=R[rk], question="What is the most likely diagnosis?")
    bad = [fv for s in v.steps for fv in s.verdicts if fv.verdict is Verdict.CONTRADICTED]
    assert ("C" if bad else "F") == exp

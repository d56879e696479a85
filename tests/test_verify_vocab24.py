"""The verifier's vocabulary outside the chest, from a board syllabus rather than from any case (issue #8, vvocab24):
bone tumours and tumour-like lesions by name, spinal infection, demyelination, abdominal fat infarcts, bowel ischaemia
and the mesenteric vessels, deep neck abscesses, the narrowed airway and germ cell tumours, each under its broader
finding; and a chain that declines a diagnosis and then only gives general advice observes nothing. Every sentence is
our own."""

from medstep.judges.verifier import ReasoningScore
from medstep.verify import verify
from support.verify_claims import claims as _claims, verdicts as _verdicts


def test_bone_tumours_and_tumour_like_lesions_are_named_under_bone_lesion():
    assert _claims("The proximal humerus holds a chondrosarcoma.") == {"chondrosarcoma": "present"}
    assert _claims("A small osteoid osteoma sits in the tibial cortex.") == {"osteoid_osteoma": "present"}
    assert _claims("An incidental fibrous cortical defect of the distal femur.") == {"non_ossifying_fibroma": "present"}
    assert _claims("Fibrous dysplasia of the left sixth rib.") == {"fibrous_dysplasia": "present"}
    assert _claims("An expansile aneurysmal bone cyst of the fibula.") == {"aneurysmal_bone_cyst": "present"}
    # a named bone tumour supports the broad bone lesion the report names, and is no lung ground glass or aneurysm
    femur = "Radiograph of the femur: a bone lesion with a ground-glass matrix, fibrous dysplasia."
    assert _verdicts("There is fibrous dysplasia of the femur.", femur)["fibrous_dysplasia"] == "supported"
    assert "ground_glass_opacity" not in _claims("The lesion has a ground-glass matrix.")
    assert "aneurysm" not in _claims("This is an aneurysmal bone cyst.")
    # near miss: fibrous dysplasia is no cellular dysplasia, and a bare "cyst" stays a cyst
    assert "dysplasia" not in _claims("Fibrous dysplasia of the skull base.")
    assert _claims("A simple cyst of the left kidney.") == {"cyst": "present"}


def test_the_infected_disc_and_the_abscess_beside_the_cord():
    spine = ("MRI lumbar spine: fluid signal in the L2-L3 disc with erosion of both endplates and a small epidural "
             "abscess, in keeping with spondylodiscitis.")
    assert _verdicts("There is discitis at L2-3.", spine)["discitis"] == "supported"
    assert _verdicts("The L2-3 disc space is infected.", spine)["discitis"] == "supported"
    assert _verdicts("There is an abscess in the epidural space.", spine)["epidural_abscess"] == "supported"
    calm = "MRI lumbar spine: degenerate L4-L5 disc with Modic type 1 endplate change. No discitis."
    assert _verdicts("This is spondylodiscitis at L4-5.", calm)["discitis"] == "contradicted"
    # near miss: a degenerate disc is no infected one
    assert "discitis" not in _claims("The L4-L5 disc is degenerate and desiccated.")


def test_demyelinating_plaques_are_white_matter_disease_not_atheroma():
    assert _claims("Demyelinating plaques lie along the corpus callosum.") == {"white_matter_disease": "present"}
    assert _claims("Ovoid lesions perpendicular to the ventricles, Dawson fingers.").get("multiple_sclerosis") == "present"
    assert _claims("This is ADEM after a viral illness.").get("adem") == "present"
    # near miss: a plaque in a vessel is still atheroma
    assert _claims("Calcified plaque at the carotid bifurcation.").get("white_matter_disease") is None


def test_fat_infarcts_bowel_ischaemia_and_the_mesenteric_vessels():
    assert _claims("Epiploic appendagitis beside the sigmoid colon.") == {"epiploic_appendagitis": "present"}
    assert _claims("A segmental omental infarction in the right flank.") == {"omental_infarct": "present"}
    isch = "CT abdomen: SMA embolus with thin-walled, non-enhancing jejunal loops: small bowel ischaemia."
    assert _verdicts("The small bowel is ischaemic.", isch)["bowel_ischemia"] == "supported"
    assert _verdicts("There is mesenteric ischaemia.", isch)["bowel_ischemia"] == "supported"
    assert _claims("Superior mesenteric vein thrombosis.") == {"mesenteric_vessel_occlusion": "present"}
    # near miss: an ischaemic brain is no ischaemic bowel; appendagitis is no appendicitis
    assert "bowel_ischemia" not in _claims("Chronic small vessel ischaemic change in the brain.")
    assert "appendicitis" not in _claims("Epiploic appendagitis of the descending colon.")


def test_deep_neck_abscesses_and_the_narrowed_airway():
    neck = "CT neck: a rim-enhancing collection in the retropharyngeal space, a retropharyngeal abscess."
    assert _verdicts("There is an abscess behind the throat.", neck)["neck_abscess"] == "supported"
    assert _claims("Ludwig's angina with gas in the floor of the mouth.").get("neck_abscess") == "present"
    airway = "CT neck: a 2 cm segment of subglottic tracheal narrowing after intubation. The trachea is midline."
    assert _verdicts("The windpipe is narrowed below the vocal cords.", airway)["airway_stenosis"] == "supported"
    # near miss: normal airways deny the stenosis ("The airways are of normal calibre": the trachea's expands)
    normal = "CT chest. The airways are of normal calibre. No effusion."
    assert _verdicts("The windpipe is narrowed below the vocal cords.", normal)["airway_stenosis"] == "contradicted"
    assert _verdicts("Subglottic stenosis.", airway)["airway_stenosis"] == "supported"
    assert _claims("The windpipe is a little squeezed but straight.") == {"airway_stenosis": "present"}
    # near miss: tracheal stenosis is no tracheal deviation, and a deviated windpipe no stenosis
    assert "tracheal_deviation" not in _claims("There is tracheal stenosis.")
    assert _claims("The trachea is deviated to the right.") == {"tracheal_deviation": "present"}


def test_germ_cell_tumours_and_nodal_masses():
    assert _claims("A seminoma in the anterior mediastinum.").get("germ_cell_tumor") == "present"
    # ("teratoma" is left out of the germ cell tumour's names: as a concept it met an option's "anterior mediastinal
    # mass" in a choice reply and made "... teratoma. Thymoma is solid soft tissue." ambiguous, test_extract_choice11)
    assert _claims("A left testicular seminoma.") == {"germ_cell_tumor": "present"}
    assert _claims("A conglomerate nodal mass in the mediastinum.").get("lymphadenopathy") == "present"
    # near miss: a mass that is not nodal stays a mass
    assert _claims("A mass in the mediastinum.").get("lymphadenopathy") is None


_BONE = ("Radiograph of the right femur in a 15-year-old: an aggressive lytic lesion in the distal metaphysis with a "
         "Codman triangle and a soft tissue mass, in keeping with osteosarcoma.")


def _score(chain: str) -> float:
    return ReasoningScore.from_verification(verify(chain, report=_BONE)).radrscore or 0.0


def test_a_chain_declining_the_diagnosis_observes_nothing_in_general_advice():
    assert _score("I can't determine the diagnosis from this image. A bone lesion in a young patient needs tissue "
                  "sampling to exclude a malignancy.") == 0.0
    assert _score("It is not possible for me to say what this is. Any soft tissue mass in a child warrants an MRI and "
                  "specialist review.") == 0.0
    # near misses: a declining chain that says what it sees still observes, and so does a chain that decides
    assert _score("I can't determine the diagnosis, but there is a large lytic lesion in the femur that needs a "
                  "biopsy.") > 0.0
    assert _score("I'm unable to say which option is correct. The lytic lesion in the distal femur is aggressive.") > 0.5
    assert _score("A lytic bone lesion is seen. A lesion like this in a young patient needs tissue sampling, so this "
                  "is osteosarcoma.") > 0.5

"""Changes and grades a one-error chain hid behind (issue #8, verr18). Sentences of our own for general mechanisms.

* a degree adverb inside the perfect ("has slightly enlarged") hid the change, and was read as the finding's grade;
* a pronoun-subject sentence that names other findings ("It causes midline shift.") handed "it" to those findings, so
  a later "it has decreased" was read as their change, which no evidence gave;
* ", and" opening a clause of its own after a denial whose object no concept reads ("No vessel connects to it, and
  the nodule has grown") did not end the denial.
"""

from medstep.verify import extract_findings, verify


def _one(text: str, concept: str):
    found = [f for f in extract_findings(text) if f.concept == concept]
    assert len(found) == 1, found
    return found[0]


def test_a_degree_adverb_in_the_perfect_keeps_the_change():
    f = _one("The right upper lobe nodule has slightly enlarged since the CT of last year.", "pulmonary_nodule")
    assert (f.change, f.severity) == ("worsened", None)
    report = "Compared with 2022, the left lower lobe mass has markedly enlarged."
    assert verify("The left lower lobe mass is unchanged since 2022.", report=report).has_contradiction
    assert not verify("The left lower lobe mass has grown since 2022.", report=report).has_contradiction


def test_a_degree_adverb_of_a_change_is_not_the_findings_grade():
    f = _one("The left pleural effusion is slightly bigger than on yesterday's film.", "pleural_effusion")
    assert (f.change, f.severity) == ("worsened", None)
    report = "There is a large left pleural effusion, which is slightly larger than on the radiograph of last week."
    assert not verify("A large left pleural effusion is present.", report=report).has_contradiction
    assert verify("A small left pleural effusion is present.", report=report).has_contradiction
    # an adverb before an attributive change word still grades the finding
    assert _one("There are mildly increased interstitial markings.", "increased_markings").severity == "mild"


def test_a_pronoun_subject_keeps_its_antecedent_across_a_sentence_naming_its_objects():
    report = ("A 4 cm mass in the left upper lobe, larger than on the CT of three months ago. "
              "Small left pleural effusion.")
    chain = ("There is a 4 cm mass in the left upper lobe. It is accompanied by a small left pleural effusion. "
             "Compared with three months ago it has become smaller.")
    v = verify(chain, report=report)
    assert v.steps[2].verdict.value == "contradicted"
    faithful = chain.replace("become smaller", "grown")
    assert not verify(faithful, report=report).has_contradiction


def test_a_new_clause_after_a_comma_ends_a_denial_with_no_object():
    f = _one("No draining vein connects to it, and the nodule has grown since 2021.", "pulmonary_nodule")
    assert (f.polarity.value, f.change) == ("present", "worsened")
    assert _one("No vessel enters the lesion, and the lung has collapsed.", "atelectasis").polarity.value == "present"
    # a list of denials with a comma still denies every item
    assert _one("No pneumothorax, effusion or consolidation.", "pleural_effusion").polarity.value == "absent"


def test_the_appearance_after_an_organ_sentence_is_the_whole_film():
    report = ("The right lung is hyperlucent with sparse vessels. The heart shadow and mediastinal contours are normal. "
              "The appearance is unchanged from a radiograph taken in 2020.")
    assert verify("The right lung hyperlucency is new since the 2020 radiograph.", report=report).has_contradiction
    assert not verify("The right lung hyperlucency is unchanged since 2020.", report=report).has_contradiction

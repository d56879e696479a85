"""Choice answers named by a short form of the option's text, session 51 (issue #7, ``extract/option_abbrev.py``):
"LA." for "Left atrium", "H&E — ..." for "Hematoxylin and eosin", a spelled-out "fluid attenuated inversion
recovery" for "FLAIR". Invented sentences; the near misses (a form two options share, one the reply spells with other words, a
two-letter form inside a sentence, a denied or hedged option, one the vocabulary reads as another concept, an option
named by its letter otherwise) stay as they were."""

from __future__ import annotations

from medstep.extract import extract
from medstep.extract.option_abbrev import written_out
from medstep.types import AnswerType, Sample

VESSEL = {"A": "Left middle cerebral artery", "B": "Right middle cerebral artery", "C": "Basilar artery",
          "D": "Left internal carotid artery"}
CHAMBER = {"A": "Left atrium", "B": "Right atrium", "C": "Left ventricle", "D": "Right ventricle", "E": "None"}
STAIN = {"A": "Hematoxylin and eosin", "B": "Periodic acid–Schiff", "C": "Masson trichrome", "D": "Congo red"}
DEMENTIA = {"A": "Alzheimer disease", "B": "Vascular dementia", "C": "Frontotemporal dementia",
            "D": "Lewy body dementia", "E": "Normal pressure hydrocephalus"}
SEQUENCE = {"A": "T1-weighted", "B": "T2-weighted", "C": "FLAIR", "D": "Diffusion-weighted"}
VALVE = {"A": "Mitral stenosis", "B": "Multiple sclerosis", "C": "Aortic regurgitation", "D": "Normal"}
EFFUSION = {"A": "Pleural effusion", "B": "Pneumothorax", "C": "Lobar collapse", "D": "Normal"}


def _read(text: str, options: dict[str, str], question: str = "What is shown?") -> tuple[str | None, str]:
    got = extract(text, Sample(id="ab51", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer, got.status.value


def _rule(text: str, options: dict[str, str], question: str = "What is shown?") -> str:
    return extract(text, Sample(id="ab51", question=question, answer="A", answer_type=AnswerType.CHOICE,
                                options=options)).rule


# --- read: a short form one option owns, where the reply decides ---

def test_initials_option_names_gives_are_left_to_option_alias() -> None:
    # "left MCA", "NPH" in a sentence, "LAM", "ETT": ``option_names`` and the concept readers read them with their own
    # guards ("known LAM", "?CJD", "ETT: fine."), so they are not written out here
    assert written_out("Answer: left MCA", VESSEL, "Which vessel is occluded?") is None
    assert written_out("With the triad, this is NPH.", DEMENTIA, "Which is the most likely diagnosis?") is None
    assert written_out("ETT: fine. NG tube: fine.", {"A": "Endotracheal tube", "B": "Nasogastric tube",
                                                     "C": "Chest drain"}, "Which tube is malpositioned?") is None


def test_two_letter_initials_standing_alone_as_the_reply() -> None:
    text = "Double density at the right heart border, splayed carina, posterior displacement of the esophagus.\n\nLA."
    assert _read(text, CHAMBER, "Which cardiac chamber is enlarged?") == ("A", "scored")
    assert _read("Splayed carina and a double density.\n\n**Answer:** RV", CHAMBER,
                 "Which cardiac chamber is enlarged?") == ("D", "scored")


def test_ampersand_initials_open_the_reply() -> None:
    text = "H&E — the nuclei are blue-purple and the cytoplasm is pink, with no magenta basement membrane."
    assert _read(text, STAIN, "Which stain was used?") == ("A", "scored")


def test_an_option_written_short_named_in_full_by_the_vocabulary() -> None:
    text = "this is a fluid attenuated inversion recovery sequence, csf is dark and the lesions are bright"
    assert _read(text, SEQUENCE, "Which MRI sequence is shown?") == ("C", "scored")


# --- near misses: unchanged ---

def test_a_two_letter_form_inside_a_sentence_is_not_read() -> None:
    text = "The LA looks a little prominent on the lateral view, but overall the picture is hard to call."
    assert _read(text, CHAMBER, "Which cardiac chamber is enlarged?") == (None, "unparsed")


def test_a_form_the_reply_spells_with_other_words_is_not_read() -> None:
    # "MS" is the initials of both "Mitral stenosis" and "Multiple sclerosis": shared, so it names neither
    assert written_out("MS.", VALVE, "What is the diagnosis?") is None
    assert _read("Thickened leaflets with a fish-mouth orifice.\n\nMS.", VALVE, "What is the diagnosis?")[0] is None


def test_a_form_the_vocabulary_reads_as_another_concept_is_not_read() -> None:
    # "PE" is a pulmonary embolism to the vocabulary, not the option "Pleural effusion"
    assert written_out("Answer: PE", EFFUSION, "What is shown?") is None


def test_a_denied_option_stays_unread() -> None:
    text = "Ventricles are normal for age, so this is not NPH."
    assert _read(text, DEMENTIA, "Which is the most likely diagnosis?")[0] != "E"


def test_a_hedged_option_stays_unread() -> None:
    text = "Ventricles are large; NPH could be considered, but atrophy might explain it too."
    assert _read(text, DEMENTIA, "Which is the most likely diagnosis?")[0] is None


def test_a_letter_for_another_option_wins() -> None:
    text = "Splayed carina, double density.\n\nLA.\n\nOn reflection, option C."
    assert _read(text, CHAMBER, "Which cardiac chamber is enlarged?") == ("C", "scored")


def test_a_form_the_question_writes_is_not_read() -> None:
    assert written_out("Answer: NPH", DEMENTIA, "Is this NPH or Alzheimer disease?") is None


def test_nothing_to_write_out() -> None:
    assert written_out("The ventricles are large.", DEMENTIA, "Which is the most likely diagnosis?") is None


def test_a_word_option_is_no_abbreviation_of_its_synonym() -> None:
    # "Cavity" spells letters of "cavitary lesion" but is a word: only an option in capitals (FLAIR) is written from
    # the vocabulary's full name
    options = {"A": "Mass", "B": "Consolidation", "C": "Cavity", "D": "Normal"}
    assert written_out("A thick-walled cavitary lesion in the right upper lobe.", options, "What is shown?") is None


# --- review 51: a lone two-letter line that is no answer ---

def test_a_lone_two_letter_line_not_at_the_end_or_carrying_on_is_no_answer() -> None:
    muscle = {"A": "Muscular dystrophy", "B": "Myasthenia gravis", "C": "Polymyositis", "D": "Normal"}
    lobe = {"A": "Middle lobe", "B": "Lower lobe", "C": "Upper lobe", "D": "Lingula"}
    assert _read("Reviewed by J. Smith,\nMD", muscle)[0] is None
    assert _read("Volume given:\nML\n20", lobe, "Which lobe is collapsed?")[0] is None
    assert _read("LA.\nRA.\nLV.\nRV.", CHAMBER, "Which cardiac chamber is enlarged?")[0] is None
    # the reply's last line, after a sentence: read
    assert _read("The LA is normal in size. The LV is enlarged.\n\nLV.", CHAMBER,
                 "Which cardiac chamber is enlarged?") == ("C", "scored")

"""Choice answers concluded in another language, session 51 (issue #7): a concluding frame of another language
("compatível com", "compatible con", "die Diagnose ist") written in English for the choice reader
(``extract/foreign_frames.py``), and the Portuguese "a resposta correta é a alternativa B" as an answer phrase
(``extract/langwords.py``). Invented sentences; the near misses (a negated frame, one held open by a possibility or
an "or", a differential) stay unread."""

from __future__ import annotations

from medstep.extract import extract
from medstep.extract.foreign_frames import RULE, in_english
from medstep.types import AnswerType, Sample

PT = {"A": "Pneumonia lobar", "B": "Atelectasia", "C": "Derrame pleural", "D": "Pneumotórax"}
ES = {"A": "Neumonía lobar", "B": "Atelectasia", "C": "Derrame pleural", "D": "Neumotórax"}
PT_CT = {"A": "Hematoma subdural agudo", "B": "Hematoma extradural agudo", "C": "Hemorragia subaracnoidea",
         "D": "Tumor cerebral"}


def _read(text: str, options: dict[str, str], question: str = "Qual é o diagnóstico mais provável?") -> tuple[
        str | None, str]:
    got = extract(text, Sample(id="fr51", question=question, answer="A", answer_type=AnswerType.CHOICE,
                               options=options))
    return got.answer, got.status.value


def test_portuguese_conclusion_consistent_with_one_option_then_another_set_aside() -> None:
    text = ("**Achados:** Consolidação homogênea no lobo inferior direito com broncogramas aéreos.\n\n"
            "**Conclusão:** O quadro é compatível com pneumonia lobar. A ausência de perda de volume afasta "
            "atelectasia.")
    assert _read(text, PT) == ("A", "scored")
    got = extract(text, Sample(id="fr51", question="Qual é o diagnóstico?", answer="A",
                               answer_type=AnswerType.CHOICE, options=PT))
    assert got.rule == RULE


def test_spanish_frame_then_another_option_only_supposed() -> None:
    text = "Hallazgos compatibles con neumonía lobar. La atelectasia podría dar un aspecto similar."
    assert _read(text, ES, "¿Cuál es el diagnóstico?") == ("A", "scored")
    # already read before (an option's text in the conclusion): unchanged
    text = ("Se observa una consolidación lobar con broncograma aéreo.\n\nConclusión: hallazgos compatibles con "
            "neumonía lobar. No hay pérdida de volumen que sugiera atelectasia.")
    assert _read(text, ES, "¿Cuál es el diagnóstico más probable?") == ("A", "scored")


def test_portuguese_answer_phrase_with_alternativa() -> None:
    text = "Coleção hiperdensa biconvexa com fratura temporal.\n\nA resposta correta é a alternativa B."
    assert _read(text, PT_CT) == ("B", "scored")


def test_a_negated_frame_is_not_written() -> None:
    assert in_english("O quadro não é compatível com pneumonia lobar.") is None


def test_a_frame_held_open_is_not_written() -> None:
    assert in_english("Talvez compatível com pneumonia lobar.") is None
    assert in_english("Compatível com pneumonia lobar ou atelectasia.") is None
    assert in_english("¿Compatible con neumonía lobar?") is None


def test_a_held_open_conclusion_stays_unread() -> None:
    text = "**Conclusão:** Talvez compatível com pneumonia lobar, ou atelectasia."
    assert _read(text, PT)[0] is None


def test_an_english_reply_is_left_as_it_is() -> None:
    assert in_english("The picture is compatible with lobar pneumonia.") is None


def test_a_frame_is_not_read_over_another_option_the_reply_names_in_its_own_words() -> None:
    # review 51: the English reader cannot weigh "Porém ... indicam", "Se descarta", "Poco compatible": no letter
    assert _read("Inicialmente, compatível com pneumonia lobar. Porém, a perda de volume e o desvio da cisura "
                 "indicam atelectasia.", PT)[0] is None
    es = "¿Cuál es el diagnóstico más probable?"
    # session 52 (extract/named_stance.py): "Se descarta" now weighs against the option it names (langwords.REJECT
    # before the name), and the one option left affirmed is read: pneumonia ruled out, atelectasis indicated
    assert _read("Se descarta un cuadro compatible con neumonía lobar. La pérdida de volumen indica atelectasia.",
                 ES, es)[0] == "B"
    assert _read("Poco compatible con neumonía lobar; la pérdida de volumen orienta a atelectasia.", ES, es)[0] is None

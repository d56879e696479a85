"""The negation words are one list (``answers/negation.py``): every reader, in the answer extractor and in the
verifier, builds its pattern from its sub-lists. So are the other shared word lists (the words of an exception
question, ``answers/kinds.py``; the revision cues, ``answers/revisions.py``; the words judging an option,
``answers/judgements.py``; the Chinese and European negations, ``answers/negation.py``
again; the other languages' verdict words, ``answers/yesno.py``; the ordinal and number words, ``answers/text.py``;
the professionals a task is handed to, ``answers/professionals.py``, which ``verify/triggers.tsv`` names as a group; the
relation words making a site a landmark, ``answers/landmarks.py``): a check on the source finds any module
that spells one out again."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Callable, Iterator

import pytest

from medstep.answers import negation
from medstep.answers.kinds import EXCEPTION_WORDS
from medstep.extract import extract
from medstep.types import AnswerType, Sample

SRC = Path(__file__).resolve().parents[1] / "src" / "medstep"


def _closed(question: str) -> Sample:
    return Sample(id="n", question=question, answer="yes", answer_type=AnswerType.CLOSED)


@pytest.mark.parametrize("word", negation.DENY + negation.BEFORE)
def test_every_word_denying_what_follows_denies_the_finding(word: str) -> None:
    got = extract(f"The lungs are clear, {word} pleural effusion.", _closed("Is there a pleural effusion?"))
    assert got.answer == "no"


def test_a_question_asking_negative_is_not_a_negated_question() -> None:
    # "negative" is the property asked about (negation.IN_QUESTION leaves it out), so "Negative." answers yes.
    question = _closed("Is the culture negative?")
    assert extract("Negative.", question).answer == "yes"
    assert extract("The culture is negative.", question).answer == "yes"


_CORE = frozenset(negation.DENY + negation.NEITHER + negation.NEVER + negation.NONE)
_ALTERNATION = re.compile(r"[\w']+(?:\|[\w']+)+")  # "no|not|without" in a pattern (after removing "\b")


_WORD = re.compile(r"[^\W\d_]+")


def _word_sets(path: Path, joined: bool | None) -> Iterator[tuple[int, frozenset[str]]]:
    """Each literal of ``path`` (docstrings aside) as the words it lists: a collection's strings, a pattern's
    alternated words (each alternation alone, or with ``joined`` all of a pattern's alternations together: "least
    likely" splits one). With ``joined`` None: every word written in the literal ("wait," and " actually," of a
    tuple of substrings, "scratch" of "scratch\\s+that")."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        if id(node) in docstrings:
            continue
        if joined is None and isinstance(node, (ast.Constant, ast.Set, ast.Tuple, ast.List)):
            parts = [node] if isinstance(node, ast.Constant) else node.elts
            text = " ".join(e.value.replace("\\s+", " ") for e in parts
                            if isinstance(e, ast.Constant) and isinstance(e.value, str))
            if text:
                yield node.lineno, frozenset(w.lower() for w in _WORD.findall(text))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            runs = [frozenset(run.split("|")) for run in _ALTERNATION.findall(node.value.replace("\\b", ""))]
            for words in [frozenset().union(*runs)] if joined and runs else runs:
                yield node.lineno, words
        elif isinstance(node, (ast.Set, ast.Tuple, ast.List)):
            yield node.lineno, frozenset(e.value for e in node.elts
                                         if isinstance(e, ast.Constant) and isinstance(e.value, str))


def _retyped(path: Path, concept: Callable[[frozenset[str]], bool], joined: bool | None = False) -> list[str]:
    return sorted({f"{path.name}:{line}" for line, words in _word_sets(path, joined) if concept(words)})


def _negation_list(words: frozenset[str]) -> bool:
    """Three or more of the core negation words (two may be a verdict pair such as "no|not", or an idiom)."""
    return len(words & _CORE) >= 3


def _exception_list(words: frozenset[str]) -> bool:
    """The words of a question asking which option does not hold: "except" and four more of them (a rejection list
    holds "unlikely", "wrong", "incorrect" and may hold "except" without being one)."""
    return "except" in words and len(words & frozenset(EXCEPTION_WORDS)) >= 5


def _revision_list(words: frozenset[str]) -> bool:
    """The self-correction cues: "wait", "actually" and "correction" or "scratch that" (the words that make a
    commitment final hold "wait" and "actually" without being a list of cues)."""
    return {"wait", "actually"} <= words and not words.isdisjoint({"correction", "scratch"})


_AGAINST = frozenset({"incorrect", "wrong", "false", "excluded", "eliminated", "unlikely", "inconsistent"})


def _judgement_list(words: frozenset[str]) -> bool:
    """The words judging an option against: four of the core ones."""
    return len(words & _AGAINST) >= 4


_ZH_PHRASES = frozenset(negation.ZH_IS_NOT + negation.ZH_NOT_SEEN + negation.ZH_NONE) - set(negation.ZH_CHARS)


def _other_negation_list(words: frozenset[str]) -> bool:
    """The European "without" words: three of them ("sin|sem|sans")."""
    return len(words & frozenset(negation.OTHER_WITHOUT)) >= 3


def _other_verdict_list(words: frozenset[str]) -> bool:
    """The other languages' verdict words (``yesno.OTHER_VERDICT_WORDS``): four of them ("oui|non|ja|nein")."""
    return len(words & {"oui", "non", "ja", "nein", "sim"}) >= 4


def _zh_negation_list(words: frozenset[str]) -> bool:
    """The Chinese negations: three of the phrases ("不是|并非|没有"), or a run of four of the negating characters (a
    character class, "[未无不没非]")."""
    return len(words & _ZH_PHRASES) >= 3 or any(len(w) <= 8 and len(set(w) & set(negation.ZH_CHARS)) >= 4
                                                for w in words)


def _condition_list(words: frozenset[str]) -> bool:
    """The words opening a supposed case (``hedges.SUPPOSING``): "if", "unless" and "assuming" or "provided"."""
    return {"if", "unless"} <= words and not words.isdisjoint({"assuming", "provided"})


def _presence_list(words: frozenset[str]) -> bool:
    """The words saying a finding is there (``negation.SEEN``): "seen", "present", "visible" and one more of them."""
    return {"seen", "present", "visible"} <= words and not words.isdisjoint({"identified", "noted", "evident",
                                                                               "demonstrated", "detected"})


def _earlier_time_list(words: frozenset[str]) -> bool:
    """The words naming an earlier time (``hedges.EARLIER_TIME`` and ``EARLIER_WORDS``): "yesterday", "ago" and
    "previous" or "prior"."""
    return {"yesterday", "ago"} <= words and not words.isdisjoint({"previous", "prior"})


def _differential_list(words: frozenset[str]) -> bool:
    """The label of a list of candidates (``hedges.DIFFERENTIAL``): "ddx", which only ever stands beside it."""
    return "ddx" in words


def _approximation_list(words: frozenset[str]) -> bool:
    """The words giving a number as an estimate (``hedges.APPROXIMATE``): "approximately", "roughly" and "almost"."""
    return {"approximately", "roughly", "almost"} <= words


def _disease_ending_list(words: frozenset[str]) -> bool:
    """The endings of a disease's name (``wordforms.DISEASE_ENDINGS``): "oma", "itis" and "pathy" or "cele"."""
    return {"oma", "itis"} <= words and not words.isdisjoint({"pathy", "cele"})


def _number_word_list(words: frozenset[str]) -> bool:
    """The number words (``text.NUMBER_WORDS``): "eleven", "twelve" and "seventeen"."""
    return {"eleven", "twelve", "seventeen"} <= words


def _lowered_likelihood_list(words: frozenset[str]) -> bool:
    """A likelihood lowered (``hedges.LOWERING`` before ``LIKELY_WORDS``): "less", "hardly" and "likely" or "probable"."""
    return {"less", "hardly"} <= words and not words.isdisjoint({"likely", "probable"})


_EUROPEAN_HEDGES = frozenset({"podría", "podria", "quizás", "quizas", "posiblemente", "pourrait", "possiblement",
                              "probablement", "vielleicht", "wahrscheinlich", "könnte", "talvez", "provavelmente",
                              "forse", "potrebbe", "probabilmente"})


def _european_hedge_list(words: frozenset[str]) -> bool:
    """The European languages' hedges (``hedges.EUROPEAN``, ``OTHER_POSSIBILITY``): three of them."""
    return len(words & _EUROPEAN_HEDGES) >= 3


def _other_or_list(words: frozenset[str]) -> bool:
    """The European "or" (``hedges.EUROPEAN``'s ``ors``, ``OTHER_OR``): "ou" and "oder"."""
    return {"ou", "oder"} <= words


def _ordinal_list(words: frozenset[str]) -> bool:
    """The ordinal words (``text.ORDINAL_WORDS``): "ninth", "eleventh" and "twelfth"."""
    return {"ninth", "eleventh", "twelfth"} <= words


def _small_number_list(words: frozenset[str]) -> bool:
    """The number words one to ten (``text.NUMBER_WORDS``): "three", "seven" and "nine"."""
    return {"three", "seven", "nine"} <= words


def _professional_list(words: frozenset[str]) -> bool:
    """The people a task or a question is handed to (``professionals.PROFESSIONALS``): "radiologist" or
    "radiologists", "surgeon" or "surgeons", "oncologist" or "oncologists"."""
    return all(words & {w, w + "s"} for w in ("radiologist", "surgeon", "oncologist"))


_NEARNESS = frozenset({"adjacent", "beside", "alongside", "abut", "abuts", "abutting", "near"})
_EFFECT_STEMS = frozenset({"invad", "encas", "compress", "displac", "indent", "effac", "abutt"})


def _landmark_list(words: frozenset[str]) -> bool:
    """The relation words that make the site after them a landmark (``landmarks.RELATIONS``): four of the nearness
    words ("adjacent|beside|near|abutting"), or three stems of the effect verbs ("invad\\w+|encas\\w+|compress\\w+"),
    as verify/aligned_sites, extract/open_kind, open_place, implicit_words, asides and verify/defined spelled them
    before session 49 (a list of placing prepositions, "in|at|near|beside|above", is no such list)."""
    return len(words & _NEARNESS) >= 4 or len(words & _EFFECT_STEMS) >= 3


# Each concept: the literal that spells it out, whether a pattern's alternations count together, its one home (the
# modules allowed to spell it out) and the stages checked.
_CONCEPTS = {
    "negation": (_negation_list, False, {"negation.py"}, ("extract", "verify")),
    "exception question": (_exception_list, True, {"kinds.py"}, ("answers", "extract", "verify", "judges")),
    "revision cue": (_revision_list, None, {"revisions.py"}, ("answers", "extract", "verify", "judges")),
    "option judgement": (_judgement_list, True, {"judgements.py"}, ("answers", "extract", "verify", "judges")),
    "chinese negation": (_zh_negation_list, None, {"negation.py"}, ("answers", "extract", "verify", "judges")),
    "european negation": (_other_negation_list, True, {"negation.py"}, ("answers", "extract", "verify", "judges")),
    "other-language verdict": (_other_verdict_list, True, {"yesno.py"}, ("answers", "extract", "verify", "judges")),
    "condition": (_condition_list, True, {"hedges.py"}, ("answers", "extract", "verify", "judges")),
    "presence": (_presence_list, True, {"negation.py"}, ("answers", "extract", "verify", "judges")),
    "earlier time": (_earlier_time_list, None, {"hedges.py"}, ("answers", "extract", "verify", "judges")),
    "differential label": (_differential_list, None, {"hedges.py"}, ("answers", "extract", "verify", "judges")),
    "approximation": (_approximation_list, True, {"hedges.py"}, ("answers", "extract", "verify", "judges")),
    "disease ending": (_disease_ending_list, None, {"wordforms.py"}, ("answers", "extract", "verify", "judges")),
    "number word": (_number_word_list, True, {"text.py"}, ("answers", "extract", "verify", "judges")),
    "european hedge": (_european_hedge_list, True, {"hedges_foreign.py"}, ("answers", "extract", "verify", "judges")),
    "european or": (_other_or_list, True, {"hedges_foreign.py"}, ("answers", "extract", "verify", "judges")),
    "lowered likelihood": (_lowered_likelihood_list, True, {"hedges.py"}, ("answers", "extract", "verify", "judges")),
    "ordinal": (_ordinal_list, True, {"text.py"}, ("answers", "extract", "verify", "judges", "score")),
    "number word one to ten": (_small_number_list, False, {"text.py"}, ("answers", "extract", "verify", "judges")),
    "professional": (_professional_list, None, {"professionals.py"}, ("answers", "extract", "verify", "judges")),
    "landmark relation": (_landmark_list, None, {"landmarks.py"}, ("answers", "extract", "verify", "judges", "score")),
}


def _modules(stages: tuple[str, ...]) -> list[Path]:
    return [path for stage in stages for path in sorted((SRC / stage).glob("*.py"))]


@pytest.mark.parametrize("concept", sorted(_CONCEPTS))
def test_no_module_retypes_a_shared_word_list(concept: str) -> None:
    spelled, joined, homes, stages = _CONCEPTS[concept]
    found = [hit for path in _modules(stages) if path.name not in homes for hit in _retyped(path, spelled, joined)]
    assert not found, found


def test_no_trigger_row_retypes_the_professionals() -> None:
    # The verifier's rows of who does a task spelled the professionals out twice beside the extractor's referral;
    # now they name the shared group ("{@professionals}", ``answers/professionals.py``), expanded by the lexicon.
    from medstep.answers.professionals import PROFESSIONALS, READERS, forms
    from medstep.verify.lexicon import alternatives

    table = (SRC / "verify" / "triggers.tsv").read_text(encoding="utf-8")
    groups = [frozenset(g.split("|")) for line in table.splitlines() if not line.startswith("#")
              for g in re.findall(r"\{([^{}@]*)\}", line)]
    assert not [g for g in groups if _professional_list(g)]
    assert "{@professionals}" in table
    assert alternatives("{@professionals} should review") == [f"{w} should review" for w in
                                                              forms(PROFESSIONALS + READERS)]


def test_the_check_finds_a_retyped_list(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('import re\nA = re.compile(r"\\b(?:no|not|without)\\b")\nB = {"not", "never", "nor", "x"}\n'
                      'C = re.compile(r"(?i)\\b(?:not|except|least|incorrect|false)\\b")\n')
    assert sorted(_retyped(sample, _negation_list)) == ["sample.py:2", "sample.py:3"]
    assert _retyped(sample, _exception_list, joined=True) == ["sample.py:4"]
    sample.write_text('"""Wait, actually: a correction."""\nA = ("wait,", " actually,", "scratch that")\n'
                      'B = re.compile(r"(?i:wait|actually|scratch\\s+that)")\n')
    assert _retyped(sample, _revision_list, joined=None) == ["sample.py:2", "sample.py:3"]
    sample.write_text('import re\nA = re.compile(r"\\b(?:adjacent\\s+to|near|beside|abut\\w*)\\s+$")\n'
                      'B = re.compile(r"\\b(?:invad\\w+|encas\\w+|compress\\w+)\\b")\n'
                      'C = re.compile(r"\\b(?:in|at|near|beside|adjacent\\s+to|above)\\s+")\n')
    assert _retyped(sample, _landmark_list, joined=None) == ["sample.py:2", "sample.py:3"]


def test_the_named_landmark_subsets_are_parts_of_the_one_list() -> None:
    # The readers that take only some relation words name a subset kept in the home beside the full list, never a
    # retyped copy; a subset word missing from the full list would be a second, diverging list.
    from medstep.answers import landmarks

    assert set(landmarks.PLACED_BESIDE) <= set(landmarks.NEAR)
    assert set(landmarks.PLACED_OFF) <= set(landmarks.DIRECTION)
    assert set(landmarks.PLACED_BEFORE_OPTION) <= set(landmarks.NEAR + landmarks.DIRECTION)


@pytest.mark.parametrize("question, text", [
    ("Which of the following diagnoses is unlikely?", "The diagnosis that is unlikely here is C."),
    ("Which of the following statements is untrue?", "The statement that is untrue is C."),
])
def test_a_decision_noun_qualified_by_an_exception_word_of_the_question_decides(question: str, text: str) -> None:
    # Both read unparsed while the question's kind and the decision nouns had their own lists ("unlikely" was not an
    # exception word of the question's kind, "untrue" not one of the noun's qualifiers).
    options = {"A": "Pneumothorax", "B": "Pleural effusion", "C": "Pulmonary embolism", "D": "Pneumonia"}
    got = extract(text, Sample(id="x", question=question, answer="C", answer_type=AnswerType.CHOICE, options=options))
    assert got.answer == "C"


def test_a_negated_question_naming_a_state_and_a_side_is_read_not_crashed_on() -> None:
    # "no abnormality" is a state phrase, a mention without a concept: the side reader looked it up and raised
    # KeyError('') on this pair before; now it steps aside and the negated question is read.
    got = extract("The left kidney appears normal.", _closed("Is there no abnormality in the left kidney?"))
    assert got.answer == "yes"

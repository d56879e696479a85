"""QA regressions: template files that would send a wrong prompt are refused with a clear error."""

import pytest

from medstep.prompts import PromptTemplate
from medstep.types import AnswerType, MedstepError, Sample


def _sample(options: dict[str, str]) -> Sample:
    kind = AnswerType.CHOICE if options else AnswerType.CLOSED
    return Sample(id="q7", benchmark="b", question="Which?", answer="A" if options else "yes",
                  answer_type=kind, options=options)


def _tpl(tmp_path, text: str, name: str = "t.txt") -> PromptTemplate:
    path = tmp_path / name
    path.write_text(text)
    return PromptTemplate.from_file(path, "cot")


def test_text_template_without_options_refuses_a_choice_sample(tmp_path):
    tpl = _tpl(tmp_path, "Q: {question}")
    assert "Which?" in tpl.messages(_sample({}))[-1].text  # fine for yes/no questions
    with pytest.raises(MedstepError, match=r"t\.txt \(choice\): has no \{options\} field.*'q7'"):
        tpl.messages(_sample({"A": "CT", "B": "MRI"}))


def test_literal_braces_do_not_count_as_the_options_field(tmp_path):
    tpl = _tpl(tmp_path, "Q: {question} {{options}}")
    with pytest.raises(MedstepError, match="has no {options} field"):
        tpl.messages(_sample({"A": "CT"}))


def test_json_template_keeps_default_choice_template(tmp_path):
    tpl = _tpl(tmp_path, '{"closed": "Q: {question}"}', "t.json")
    text = tpl.messages(_sample({"A": "CT", "B": "MRI"}))[-1].text
    assert "A. CT" in text and "B. MRI" in text


@pytest.mark.parametrize("text, what", [
    ("Q: {question!z}", "Unknown conversion specifier z"),
    ("Q: {question:>5q}", "Unknown format code 'q'"),
])
def test_bad_conversion_or_format_spec_is_a_clear_error(tmp_path, text, what):
    with pytest.raises(MedstepError, match=r"template .*t\.txt \(closed\)") as err:
        _tpl(tmp_path, text)
    assert what in str(err.value)

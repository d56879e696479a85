"""Prompt templates: defaults per answer type, user overrides, stored prompt text."""

import json

import pytest

from medstep.pipeline import request_key
from medstep.prompts import PromptTemplate
from medstep.types import AnswerType, GenerationSettings, ImageRef, MedstepError, Sample, messages_json

CHOICE = Sample(id="1", question="Which lobe holds the mass?", answer="B", answer_type=AnswerType.CHOICE,
                options={"A": "Right upper lobe", "B": "Left lower lobe"})


def test_cot_choice_prompt_lists_options_and_asks_for_tags():
    (msg,) = PromptTemplate.default("cot").messages(CHOICE)
    assert "A. Right upper lobe\nB. Left lower lobe" in msg.text
    assert "<think>" in msg.text and "<answer>" in msg.text


def test_direct_closed_prompt_has_no_tags():
    s = Sample(id="2", question="Is this an MRI?", answer="no", answer_type=AnswerType.CLOSED)
    (msg,) = PromptTemplate.default("direct").messages(s)
    assert msg.text.startswith("Is this an MRI?") and "<think>" not in msg.text


def test_json_template_overrides_one_type_and_adds_system(tmp_path):
    f = tmp_path / "t.json"
    f.write_text(json.dumps({"system": "You are a radiologist.", "choice": "Q: {question}\n{options}\nLetter:"}))
    tpl = PromptTemplate.from_file(f, "direct")
    sys_msg, user = tpl.messages(CHOICE)
    assert sys_msg.role == "system" and user.text.endswith("Letter:")
    closed = Sample(id="3", question="Normal?", answer="yes", answer_type=AnswerType.CLOSED)
    assert tpl.messages(closed)[1].text == PromptTemplate.default("direct").messages(closed)[0].text


@pytest.mark.parametrize("content,match", [
    ("{question} {gold}", "unknown field"),
    ("{question", "literal braces"),
    ("Pick one:\n{options}", r"has no \{question\} field"),  # every question would be sent without its text
])
def test_bad_templates_name_the_file(tmp_path, content, match):
    f = tmp_path / "bad.txt"
    f.write_text(content)
    with pytest.raises(MedstepError, match=match):
        PromptTemplate.from_file(f)


def test_unknown_mode_is_refused():
    with pytest.raises(MedstepError, match="unknown prompt mode"):
        PromptTemplate.default("fancy")


def test_request_key_depends_on_image_bytes_and_settings():
    s1 = Sample(id="1", question="q", answer="yes", answer_type=AnswerType.CLOSED, images=(ImageRef(data=b"png-1"),))
    s2 = Sample(id="1", question="q", answer="yes", answer_type=AnswerType.CLOSED, images=(ImageRef(data=b"png-2"),))
    tpl = PromptTemplate.default()
    g = GenerationSettings()
    k1, k2 = request_key("m", g, tpl.messages(s1)), request_key("m", g, tpl.messages(s2))
    assert k1 != k2
    assert k1 == request_key("m", g, tpl.messages(s1))
    assert k1 != request_key("m", GenerationSettings(max_tokens=7), tpl.messages(s1))
    assert k1 != request_key("other", g, tpl.messages(s1))
    assert json.loads(messages_json(tpl.messages(s1)))[0]["images"] == ["<bytes>"]

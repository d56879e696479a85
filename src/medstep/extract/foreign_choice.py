"""An option named in another language: "答案：肝脏" to the options "Liver" / "Spleen", "Respuesta: ecografía" to
"CT" / "MRI" / "Ultrasound", "Links" to "Left" / "Right" (rule ``foreign_option``).

The reply, cut from an answer lead ("答案：", "Respuesta:", "Réponse :", "Antwort:", ``extract/langwords.py``), is
rendered in English from the vocabulary of the answer classes (``extract/foreign_words.py``); so is an option written
in another language ("Liver" to the options "肝脏" / "脾脏"). The reply is read only when the whole of it is such words (a negation, a hedge, a verb or any
other word leaves it unread: "未见肝脏病变", "No es el hígado") and names exactly one option's text.
"""

from __future__ import annotations

from medstep.answers.text import tokens
from medstep.extract.foreign_words import english
from medstep.extract.langwords import ANSWER_PHRASE, ES_ANSWER_PHRASE, ZH_ANSWER_LEFT
from medstep.lazyre import lazy_compile

RULE = "foreign_option"
# The longest reply read: a short answer, not a paragraph.
_MAX_CHARS = 60
# The answer leads of Latin script; the Chinese ones ("答案：", "答案是") are ``langwords.ZH_ANSWER_LEFT``'s.
_LEAD = lazy_compile(r"(?i)^\s*(?:" + ES_ANSWER_PHRASE + "|" + ANSWER_PHRASE + r")\s*")
# The longest Chinese answer lead looked for ("最可能的诊断为：").
_ZH_LEAD_CHARS = 12


def read_foreign_choice(text: str, options: dict[str, str]) -> str | None:
    """The one option a short reply in another language names (module docstring), else ``None``."""
    text = text.strip(" \t\n*_")
    if not text or len(text) > _MAX_CHARS or len(options) < 2:
        return None
    reply = _LEAD.sub("", text[_zh_lead(text) :], count=1)
    rendered = {letter: english(option) for letter, option in options.items()}
    said = english(reply) or (reply if any(rendered.values()) else None)  # "Liver" to "肝脏" / "脾脏"
    if said is None:
        return None
    named = [letter for letter, option in options.items() if _same(said, rendered[letter] or option)]
    return named[0] if len(named) == 1 else None


def _zh_lead(text: str) -> int:
    """The length of the Chinese answer lead opening ``text`` ("答案：" in "答案：肝脏"), else 0."""
    ends = range(1, min(len(text), _ZH_LEAD_CHARS) + 1)
    return max((i for i in ends if ZH_ANSWER_LEFT.match(text, 0, i) is not None), default=0)


def _same(a: str, b: str) -> bool:
    """Whether two English answers are one, a plural aside ("kidneys", "kidney")."""
    return [t.removesuffix("s") for t in tokens(a)] == [t.removesuffix("s") for t in tokens(b)]


__all__ = ["RULE", "read_foreign_choice"]

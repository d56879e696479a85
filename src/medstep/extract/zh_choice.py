"""English options answered by a short Chinese reply naming one option's finding: "考虑胸腔积液可能性大。" ("pleural
effusion considered most likely") for "Pleural effusion", "气胸可能性大。" for "Pneumothorax" (rule ``option_concept``).

Each option's text maps onto one concept of the shared vocabulary (``extract/optionconcept.py``); each clause of the
reply is read by ``extract/zh_concepts.zh_statements`` (a finding stated, or denied by 未见 / 无 …). The impression's own
frame commits: a lead 考虑 / 提示 / 符合 ("consider", "indicating", "consistent with") and a close 可能性大 ("likely").
Any other hedge (或, 不除外, 疑似, a question), a stray negation, a finding of another option stated beside it, or two
options stated read nothing.
"""

from __future__ import annotations

import re

from medstep.answers.concepts import vocabulary
from medstep.answers.text import HAN, KANA
from medstep.extract.implicit_langs import ZH_HEDGE
from medstep.extract.optionconcept import option_target
from medstep.extract.zh_concepts import zh_statements
from medstep.lazyre import lazy_compile

MAX_CHARS = 120
# The impression's frame, which commits rather than hedges: "考虑(为)…", "提示…", "符合…(表现)", "…可能性(较)大".
_FRAME = lazy_compile(r"^\s*(?:考虑为?|提示|符合)|(?:的)?可能性?(?:较|很|最)?大\s*$|表现\s*$")
_CLAUSE = lazy_compile(r"[，,；;：:]")


def read_zh_choice(text: str, options: dict[str, str]) -> str | None:
    """The one option a short Chinese reply states by its finding (module docstring), else None."""
    text = text.strip(" \t\n*_")
    if not text or len(text) > MAX_CHARS or not HAN.search(text) or KANA.search(text) or len(options) < 2:
        return None
    if any(HAN.search(o) for o in options.values()):
        return None  # Chinese options are read by their own text
    targets = {letter: option_target(o) for letter, o in options.items()}
    if any(t is None for t in targets.values()) or len(set(targets.values())) != len(targets):
        return None
    voc = vocabulary()
    stated: set[str] = set()
    for sentence in re.split(r"[。！!\n]", text):
        for clause in _CLAUSE.split(sentence):
            plain = _FRAME.sub("", clause.strip(" *_"))
            if ZH_HEDGE.search(plain):
                return None
            events = zh_statements(plain)
            if events is None:
                return None  # a negation governing nothing named: its scope is unclear
            for e in events:
                if e.negated or e.normal:
                    continue
                for letter, target in targets.items():
                    assert target is not None
                    key, side = target
                    if (e.key == key or e.key in voc.concepts[key].descendants) \
                            and (side is None or e.side in (side, None)):
                        stated.add(letter)
    return stated.pop() if len(stated) == 1 else None

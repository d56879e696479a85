"""What makes a sentence a question (issue #7, fix25): the auxiliary verbs a yes/no question opens with, and the
Chinese markers of one, and the interrogatives of an open question. One home, read by ``extract/asked.py`` (the sentence of a question that asks),
``extract/open_weighed.py`` (a sentence asking, not offering a candidate) and ``extract/zh_concepts.py`` (a simple
Chinese closed question)."""

from __future__ import annotations

# the interrogatives an English open question opens with ("What ...", "Which organ ...")
INTERROGATIVES = ("what", "which", "where", "who", "whom", "whose", "why", "how", "when")
QUESTION_AUXILIARIES = ("is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will",
                        "has", "have", "had")
# a Chinese yes/no question: 是否 / 有没有 anywhere, or a closing 吗 / 么 (not the 么 of 什么 "what" or 怎么 "how",
# which open an open question)
ZH_ASKING = r"(?:吗|(?<![什怎])么)\s*[？?]\s*$|是否|有没有"

# the Chinese question words of an open question ("what", "which", "how many"): a reply's words holding one echo the
# question, they give no value ("主要异常是什么？")
ZH_QUESTION_WORDS = ("什么", "何", "哪", "多少")

__all__ = ["INTERROGATIVES", "QUESTION_AUXILIARIES", "ZH_ASKING", "ZH_QUESTION_WORDS"]

"""A Chinese opening verdict given to another finding: "不，没有肺炎。" to 是否存在肺气肿？, "是，有气胸。" to 是否有胸腔积液？.

The model's 是 / 不 goes with the clause it opens; where that clause names a finding the question does not ask, the
verdict answers another question (the English counterpart is ``extract/leads.py``). :func:`lead_to_another` gives
the text after that clause, for ``extract/closed_reader.py`` to read the asked finding there (a reply saying nothing of it is ambiguous).

Read only for a presence question (``implicit_langs.zh_question``: 是否有X？, X吗？) and a lead clause whose finding
shares no two characters with the asked term (胸腔积液 and 积液 share; 气胸 and 胸腔积液 do not), and which either
names a finding of the vocabulary unrelated to the asked one (肺炎 to 肺气肿, which the vocabulary does not know) or
says it is there or not (有 / 没有 / 未见 + the finding). An abnormality asked (肝脏是否有异常？) is answered by any finding,
and a clause naming the asked place (左肺) speaks of it. A clause of a side, a place or an amount ("是，右侧。",
"是，位于右下肺。", "是，少量。") is the asked finding's own detail and is left alone.
"""

from __future__ import annotations

from medstep.answers import ZH_VERDICT_WORDS, ZH_YES, negation
from medstep.answers.concepts import MentionKind, vocabulary
from medstep.answers.wordforms import han_heads
from medstep.extract.implicit_langs import zh_question
from medstep.lazyre import lazy_compile

# An opening verdict word and its punctuation (the words of ``answers/yesno.ZH_VERDICT_WORDS``).
_LEAD = lazy_compile(r"^[\s*_\"'“”「」]*(?:" + "|".join(sorted(ZH_VERDICT_WORDS, key=len, reverse=True)) + r")的?[*_\"'”」]*\s*[，,。.!！；;：:、]\s*")
# "没有肺炎。": the denial opens the reply with its finding, no punctuation between.
_DENIED_LEAD = lazy_compile(r"^[\s*_\"'“”「」]*(?=(" + "|".join(negation.ZH_NONE) + r")[\u4e00-\u9fff])")
_CLAUSE_END = lazy_compile(r"[。；;.!！？?\n]")
# Words saying a finding is there or not, before it: 有 / 可见 / 存在, and the denials of ``answers/negation.py``.
_PRESENCE = lazy_compile("^(?:" + "|".join(sorted(negation.ZH_NOT_SEEN + negation.ZH_NONE + tuple(
    w for w, v in ZH_VERDICT_WORDS.items() if v == ZH_YES), key=len, reverse=True)) + r"|可见|见|发现|提示)")
_FILL = lazy_compile(r"^(?:明显|明确|任何|确切|少量|大量|中等量|左侧|右侧|双侧|两侧)+的?")
_CLAIMS = ("finding", "device")
# A denial of any abnormality ("未见异常", "未见明显异常高密度影", "无异常"), and an opening negative verdict word.
_DENIED_ABNORMAL = lazy_compile("(?:" + "|".join(negation.ZH_NOT_SEEN + negation.ZH_NONE) + r")(?:明显|明确|确切|任何)?的?异常")
_NEGATIVE_LEAD = lazy_compile(r"^[\s*_\"'“”「」]*(?:" + "|".join(sorted((w for w, v in ZH_VERDICT_WORDS.items() if v != ZH_YES),
                                                                     key=len, reverse=True)) + ")")
# Asked terms any finding answers: an abnormality, a lesion, a change.
_ANY_FINDING = lazy_compile(r"异常|病变|病灶|问题|改变|发现|表现")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _claims(text: str) -> frozenset[str]:
    voc = vocabulary()
    return frozenset(m.concept for m in voc.mentions(text)
                     if m.kind is MentionKind.CONCEPT and m.concept in voc.concepts
                     and voc.concepts[m.concept].category in _CLAIMS)


def _related(a: frozenset[str], b: frozenset[str]) -> bool:
    concepts = vocabulary().concepts
    return any(x == y or y in concepts[x].ancestors or x in concepts[y].ancestors for x in a for y in b)


def lead_to_another(region: str, question: str) -> str | None:
    """The text after a Chinese lead clause that names another finding (module docstring), else ``None``."""
    q = zh_question(question)
    m = _LEAD.match(region)
    bare = _DENIED_LEAD.match(region) if m is None else None
    if q is None or q.prop or (m is None and bare is None):
        return None
    rest = region[bare.start(1):] if bare is not None else region[m.end():] if m is not None else ""
    end = _CLAUSE_END.search(rest)
    clause, after = (rest[:end.start()], rest[end.end():]) if end else (rest, "")
    if "，" in clause or "," in clause:
        return None  # a clause of parts: which one does the verdict go with?
    if _DENIED_ABNORMAL.search(clause) and (bare is not None or _NEGATIVE_LEAD.match(region)):
        return None  # "否，脑实质内未见异常高密度影。" to 该CT是否显示脑出血？: no abnormality denies every finding
    said = _PRESENCE.match(clause)
    name = _FILL.sub("", clause[said.end():] if said else clause).strip()
    term = q.term
    if _ANY_FINDING.search(term) or (q.place and set(q.place) & set(clause)):
        return None  # 肝脏是否有异常？ - "是，肝右叶可见一低密度占位。": any finding of the asked place answers it
    head = han_heads(name)
    if not head or term in head or head in term or _bigrams(head) & _bigrams(term):
        return None
    named, asked = _claims(head), _claims(term)
    if named and asked:
        another = not _related(named, asked)
    else:
        another = bool(named) or said is not None
    return after.strip() if another else None


__all__ = ["lead_to_another"]

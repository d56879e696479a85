"""The structure of a Chinese report sentence, for the readers of a closed question's finding
(``extract/implicit_langs.py``, ``extract/zh_concepts.py``).

A Chinese report names its subject once and comments on it clause after clause, the subject left out of the later
ones: "纵隔居中，无移位。" (the mediastinum is central, [it has] no shift), "左肺下叶可见斑片影，边界模糊，考虑炎症性病变。"
(in the left lower lobe a patchy opacity, ..., [it is] considered an inflammatory lesion). A reader that asks each clause
to name the asked place found the place in the first clause and the finding in a later one, and read neither.
:func:`carried` gives a clause that opens on its verb (a sighting, a denial, an impression), and names no place or side of
its own, the sentence's opening subject when that subject is the asked place: the topic of the sentence, read by the
sentence's structure, not by any finding's words. A clause naming another place or side keeps its own ("右肺可见结节，
左肺未见异常"), and a sentence opening on another subject carries nothing.

Two more marks of that structure: a report's field heading ("**印象：**", "所见：") names no place (the readers took its
characters for one and held the denial after it to that place), and the 或 of a denied list ("未见实变或渗出影", neither
consolidation nor exudate) offers no alternative (``negation.ZH_DENIED_LIST``, as ``extract/refusal.py`` reads it).
"""

from __future__ import annotations

from medstep.answers import hedges, negation
from medstep.answers.foreign_sides import ZH_SIDE_CHARS
from medstep.answers.concepts import vocabulary
from medstep.answers.wordforms import han_heads
from medstep.extract.open_field import ZH_FIELDS
from medstep.lazyre import lazy_compile

# A report's field heading opening the text, a line or a sentence: "**所见：**", "印象：", "诊断意见：" (the conclusion
# fields are ``open_field.ZH_FIELDS``; the findings field is 所见, 影像所见, 检查所见).
_HEADING = lazy_compile(r"(^|[\n。；;！!])[ \t*_#]*(?:" + ZH_FIELDS + r"|(?:影像|检查)?所见)[ \t*_]*[：:][ \t*_]*")
# A clause opening on its verb, the subject left to the sentence: a sighting or an impression ("可见…", "见…", "考虑…",
# "提示…") or a denial ("未见…", "无移位", "没有…"); 如 / 若 open a condition, never a statement of this image.
_VERB_FIRST = lazy_compile(r"^[\s*_]*(?:" + negation.alternation(negation.ZH_DENY)
                           + "|" + negation.alternation(negation.ZH_SEEN) + r"|考虑|提示|符合|显示|呈)")
# a side of its own (``foreign_sides.ZH_SIDE_CHARS`` less 侧, which names no side alone: "侧脑室")
_SIDE = lazy_compile("[" + "".join(sorted(ZH_SIDE_CHARS - {"侧"})) + "]")
# What right after an organ's name makes another place of it: its hilum (肺门, 肾门, 肝门), the adrenal (肾上腺), or around,
# beside, outside it (肾周, 肝周, 椎旁, 肺外): "左肺门增大，见结节" comments on the hilum, not the left lung.
_NOT_THE_ORGAN = lazy_compile(r"门|上腺|周|旁|外")
_DENIED_LIST = lazy_compile(negation.ZH_DENIED_LIST)


def without_headings(text: str) -> str:
    """``text`` with each report field heading taken out ("**印象：** 未见肺气肿征象。" -> "未见肺气肿征象。")."""
    return _HEADING.sub(r"\1", text) if "：" in text or ":" in text else text


def unlisted_or(sentence: str) -> str:
    """``sentence`` with the 或 of a denied list made a plain joiner ("未见实变或渗出影" -> "未见实变、渗出影"): a denial
    covers every item of its list, so its "or" offers nothing for a hedge reader to doubt."""
    return _DENIED_LIST.sub(lambda m: m.group() if _possibility_at(sentence, m.end() - 1) else
                            m.group().replace("或", "、"), sentence) if "或" in sentence else sentence


def _possibility_at(sentence: str, at: int) -> bool:
    """Whether a word of possibility opens at ``at`` ("未见明显骨折或许因体位所限": 或许 "perhaps" is no list's or)."""
    return any(sentence.startswith(word, at) for word in hedges.ZH_POSSIBILITY)


def other_side(clause: str, place: str) -> bool:
    """Whether ``clause`` names the side opposite to ``place``'s ("右肺可见结节" beside 左肺): another place."""
    sides = {"左": "右", "右": "左"}
    own = [side for side in sides if side in place]
    return len(own) == 1 and sides[own[0]] in clause and own[0] not in clause


def carried(clauses: list[str], place: str) -> list[str]:
    """``clauses`` of one sentence, each clause after the first that opens on its verb and names no place or side of
    its own given ``place`` before it, when the sentence opens on ``place`` ("纵隔居中", "左肺下叶可见…"); else as
    they are."""
    first = clauses[0].lstrip(" *_")
    if not place or len(clauses) < 2 or not first.startswith(place) or _NOT_THE_ORGAN.match(first, len(place)):
        return clauses
    out = [clauses[0]]
    for clause in clauses[1:]:
        if place not in clause and _VERB_FIRST.match(clause) and not _SIDE.search(clause) and not _names_anatomy(clause):
            clause = place + clause.lstrip(" *_")
        out.append(clause)
    return out


def _names_anatomy(clause: str) -> bool:
    """Whether ``clause`` names any organ or part of the body (``answers/concepts.tsv``): a place of its own."""
    voc = vocabulary()
    return any(voc.concepts[m.concept].category == "anatomy" for m in voc.mentions(han_heads(clause))
               if m.concept in voc.concepts)


__all__ = ["carried", "other_side", "unlisted_or", "without_headings"]

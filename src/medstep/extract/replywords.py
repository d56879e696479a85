"""Closed answers given as one word or as a field: "Present (right).", "Small.", "False — …", JSON, "Effusion: absent".

Models answer a yes/no question in the vocabulary of a form more often than
with yes/no: a presence word ("Absent.", "Not seen.", 阴性, "Ausente."), a
severity that presupposes the finding ("Mild.", "Trace.", 少量), a judgement of
the statement ("True.", "Incorrect. …"), a JSON object ({"answer": false},
{"pleural_effusion": true}, {"pneumothorax": {"present": true}}) or a
checklist ("Consolidation: absent / Effusion: present"). The words are
defined in :mod:`medstep.answers.yesno`; this module reads them, against the
question's polarity (:mod:`medstep.extract.asked`), in two rules:

* ``answer_word``: the reply is such a word, alone or followed by punctuation
  and a detail ("Present; tip in the stomach."). The detail must not hedge,
  contrast ("but", "however"), deny after a "yes" word, or name only the
  side the question did not ask.
* ``answer_field``: every line of the reply is a ``key: value`` field (or the
  reply is one JSON object); a field whose key is the answer ("answer",
  "verdict", 答案) or names the asked finding (its head word, nothing the
  question does not name) gives the verdict; two fields that disagree give
  none.

Severity words read only for a presence or abnormal-property question;
presence words never for a normality question ("Negative." to "Is the study
normal?" says nothing a reader can trust).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator

from medstep.answers import NO, PRESENCE_WORDS, SEVERITY_WORDS, WORD_VERDICTS, YES, ZH_NO, ZH_YES, canonical_verdict
from medstep.answers import hedges, negation, yesno
from medstep.extract import asked, closed, implicit, implicit_terms, short_reply
from medstep.extract.asked import Kind
from medstep.extract.implicit_langs import zh_question
from medstep.lazyre import lazy_compile

WORD_RULE = "answer_word"
FIELD_RULE = "answer_field"

_ALL = sorted(set(PRESENCE_WORDS) | set(WORD_VERDICTS) | SEVERITY_WORDS, key=len, reverse=True)
_LEAD = lazy_compile(r"^[\s*_\"'“”`]*(" + "|".join(re.escape(w) for w in _ALL) + r")(?![\w-])[*_\"'“”`]*"
                     r"\s*(?:([,;:.!。，；：(（—–-])\s*(.*))?$", re.I | re.S)
_PLAIN = frozenset({"negative", "positive", "present", "absent", "not present", "not seen"})
_CONTRAST = lazy_compile(r"(?i)\b(?:but|however|although|though|except|whereas|yet)\b|但|然而")
_NEG = lazy_compile("(?i)" + hedges.words(negation.DENY, negation.NONE, negation.ABSENT, negation.NEGATIVE) + "|"
                    + negation.CONTRACTION)
_SIDES = lazy_compile(r"(?i)\b(left|right)\b")
ANSWER_KEYS = frozenset({"answer", "final answer", "final_answer", "verdict", "result", "response", "respuesta",
                         "答案", "结论", "回答", "conclusion"})
# Names of a field that gives the reason for an answer, not the answer ("Reasoning: ...", "Rationale: ...").
REASON_KEYS = frozenset({"reasoning", "reason", "rationale", "explanation", "justification", "why", "because"})
# Names of a field that rates the answer, not states it ('{"finding": "...", "confidence": "high"}').
CONFIDENCE_KEYS = frozenset({"confidence", "confidence level", "certainty", "probability", "likelihood"})
_PRESENCE_KEYS = frozenset(negation.SEEN + ("presence", "found"))  # a key saying whether the finding is there
_NAME_KEYS = frozenset({"finding", "name", "label", "observation", "hallazgo"})
_FIELD_LINE = lazy_compile(r"^[\s\-*•#>]*([^:：{}\n]{1,40}?)[*_]*(?:\s*[:：]|\s+[-–—]\s)\s*[*_]*([^:：\n]{1,40}?)[*_\s.。]*$")
# A reply's opening code fence or lead ("```json\n", "yaml "), kept off a JSON or field body by :func:`unfenced`.
_FENCE = lazy_compile(r"^\s*(?:```)?(?:json|yaml)?\s*(?=[{\w])", re.I)
# The object a reply ends with, on lines of its own (fenced or bare) or after a lead-in's colon: "Here is my
# answer:\n```json\n{...}\n```", "The angle is blunted.\n\n{...}", "Final answer: {...}".
_TRAILING = lazy_compile(r"(?:^|\n|:)[ \t]*(?:```[a-zA-Z]*[ \t]*\n[ \t]*)?(\{[\s\S]*\})\s*(?:```)?\s*$")


def unfenced(text: str, opening: re.Pattern[str] = _FENCE) -> str:
    """``text`` stripped, less what ``opening`` matches at its start and a closing "```" at its end with the blanks
    before it. As ``re.sub`` of "opening|\\s*```\\s*$" read it, but the closing fence is looked for at the end only:
    the sub tried it from each blank of a run to the run's end ("{" + 32,000 blanks: 2.7 s, lane slow40d)."""
    body = text.strip()
    start = m.end() if (m := opening.match(body)) is not None else 0
    if body.endswith("```") and len(body) - 3 >= start:
        return body[start:start + len(body[start:-3].rstrip())]
    return body[start:]


def _trailing(text: str) -> re.Match[str] | None:
    """``_TRAILING.search(text)``, tried only when ``text`` ends with a closing brace (blanks and a closing fence
    after it): else each colon's "{" was read on to the end for one, quadratic ('{"answer": ' repeated to 80,000
    characters took 1.1 s)."""
    return _TRAILING.search(text) if text.rstrip().removesuffix("```").rstrip().endswith("}") else None


def trailing_object(text: str) -> str | None:
    """The text of the JSON object ``text`` ends with after a lead-in or reasoning, where no brace comes before it
    (no earlier object to choose between), else ``None``: the object is the answer given, the prose before it leads
    to it."""
    m = _trailing(text)
    return m.group(1) if m is not None and "{" not in text[:m.start(1)] else None


def before_object(text: str) -> str:
    """The prose a reply gives before the JSON object it ends with ("No pneumothorax is seen.\n```json ..."), or ""
    when the reply is the object alone: what the prose says must not disagree with the object's answer."""
    if unfenced(text).startswith("{"):
        return ""
    m = _trailing(text)
    return text[:m.start(1)] if m is not None and "{" not in text[:m.start(1)] else ""



def _zh(text: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def _in_lang(verdict: str, zh: bool) -> str:
    meaning = YES if verdict in (YES, ZH_YES) else NO
    return (ZH_YES if meaning == YES else ZH_NO) if zh else meaning


def _word_value(word: str, shape: asked.Shape | None, negated: bool = False) -> str | None:
    """The verdict one reply word gives to the question as asked, or ``None`` (``negated``: the question holds a
    negation :func:`asked.positive_form` cannot remove)."""
    w = word.lower()
    if w in WORD_VERDICTS:
        return WORD_VERDICTS[w]
    if shape is None and negated:
        return None  # "Is there absence of flow?" - "Absent.": a negation this reader cannot remove; which way?
    if shape is None or shape.kind is Kind.NORMALITY:
        # Read as plain verdicts before this reader knew polarity ("Negative." to "Is this a normal chest X-ray?"
        # is a no to a reader of eval logs), kept so where no polarity is known.
        return PRESENCE_WORDS[w] if w in _PLAIN else None
    if w in PRESENCE_WORDS:
        v = PRESENCE_WORDS[w]
    elif w in SEVERITY_WORDS:
        v = ZH_YES if _zh(w) else YES
    else:
        return None
    return asked.flip_verdict(v) if shape.flip else v


def read_word(text: str, question: str) -> str | None:
    """The verdict of a reply that is one answer word, alone or with a detail (rule ``answer_word``)."""
    m = _LEAD.match(text.strip())
    if m is None or len(text) > implicit.MAX_CHARS:
        return None
    word, punct, detail = m.group(1), m.group(2), (m.group(3) or "").strip()
    if word.lower() in SEVERITY_WORDS and detail and punct not in (",", ";", "(", "（", "—", "–", "-", "，", "；"):
        return None  # "Small. The rest …": a severity needs its finding in the same sentence
    asking = question.split("?", 1)[0] + "?"  # the question itself, not an instruction after it ("Answer present or absent.")
    verdict = _word_value(word, asked.shape(question), asked.positive_form(asking) is None)
    if verdict is None:
        return None
    if detail:
        if _CONTRAST.search(detail) or implicit.hedged(detail, temporal=False) or closed.revision(' ' + detail) is not None:
            return None
        if word.lower() in yesno.INTERJECTIONS and short_reply.talks(detail):
            return None  # "Nah, let me think about it.": a filler before talk of the answering (extract/short_reply.py)
        if word.lower() not in WORD_VERDICTS and verdict in (YES, ZH_YES) and _NEG.search(detail):
            return None  # "Present, no …": the detail denies something; which?
        q_sides = {s.lower() for s in _SIDES.findall(question)}
        d_sides = {s.lower() for s in _SIDES.findall(detail)}
        if verdict in (YES, ZH_YES) and q_sides and d_sides and not d_sides <= q_sides:
            return None
    return verdict


# ----------------------------------------------------------------------------- fields
class _Pairs(list):  # type: ignore[type-arg]
    """A JSON object's (key, value) pairs in their order, a key given twice kept twice: '{"answer": "A", "answer":
    "B"}' gives two answers, where a plain load keeps only the last."""


def key_form(key: str) -> str:
    """A field's key in one form: lower case, its words split at "_", "-", spaces and camelCase, a closing "final"
    put first ("answer_final", "diagnosisFinal" are "final answer", "final diagnosis", the form of ``ANSWER_KEYS``
    and ``extract/open_json.CONCLUSION_KEYS``): a field naming the final answer is an answer field however spelled."""
    words = _KEY_WORD.findall(re.sub(r"([a-z])([A-Z])", r"\1 \2", key).lower())
    if len(words) > 1 and words[-1] == "final":
        words = ["final", *words[:-1]]
    return " ".join(words)


def is_answer_key(key: str) -> bool:
    """Whether a field's key names the answer (``ANSWER_KEYS``), "final" before or after it or not ("verdict_final",
    "finalAnswer", "final response")."""
    form = key_form(key)
    return form in ANSWER_KEYS or form.removeprefix("final ") in ANSWER_KEYS


def _entries(obj: object) -> Iterator[tuple[object, object]] | None:
    """The (key, value) entries of a JSON object (its pairs, or a dict's items), ``None`` for any other value."""
    if isinstance(obj, _Pairs):
        return iter(obj)
    return iter(obj.items()) if isinstance(obj, dict) else None


def _flatten(obj: object) -> list[tuple[tuple[str, ...], object]]:
    """The leaves of a JSON object as (key path, value), in order. Walked with a stack of the objects entered, not one
    recursion per level: an object nested 900 deep (which ``json`` still loads) raised RecursionError (lane slow40b)."""
    top = _entries(obj)
    if top is None:
        return [((), obj)]
    out: list[tuple[tuple[str, ...], object]] = []
    stack: list[tuple[tuple[str, ...], Iterator[tuple[object, object]]]] = [((), top)]
    while stack:
        path, entries = stack[-1]
        for k, v in entries:
            inner = _entries(v)
            if inner is not None:
                stack.append(((*path, str(k)), inner))
                break
            out.append(((*path, str(k)), v))
        else:
            stack.pop()
    return out


def _fields(text: str) -> list[tuple[tuple[str, ...], object]] | None:
    body = unfenced(text)
    if not body.startswith("{"):
        body = trailing_object(text) or body  # "Here is my answer:\n```json\n{...}\n```"
    if body.startswith("{") and body.endswith("}"):
        try:
            obj = json.loads(body, object_pairs_hook=_Pairs)
        except (ValueError, RecursionError):  # (RecursionError: nested too deep for the decoder, lane slow40b)
            obj = _python_literal(body)  # "{'present': 'no'}", "{'answer': True}": a Python dict printed as is
        return _flatten(obj) if isinstance(obj, (dict, _Pairs)) else None
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if not 1 <= len(lines) <= 8:
        return None
    found = [_FIELD_LINE.match(ln) for ln in lines]
    if any(f is None or _value(f.group(2)) is None for f in found):
        return None  # "Impression: Small left pneumothorax." is a statement under a label, not a field
    return [((f.group(1).strip(),), f.group(2).strip()) for f in found if f is not None]


# A unit the key of a numeric field ends with: '{"qtc_ms": 515}', '{"cbd_diameter_mm": 4}', '{"lvef_pct": 30}'.
_KEY_UNITS = {"ms": "ms", "msec": "ms", "mm": "mm", "cm": "cm", "bpm": "bpm", "pct": "%", "percent": "%", "hu": "HU"}


# A field's text that is only a value and its unit: "30%", "4 mm", "25-30 %", "~520 ms".
_VALUE_TEXT = lazy_compile(r"\s*[~≈]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*(?:%|mm|cm|ms|bpm|HU|mmHg|mL)\s*")


def as_measurements(text: str) -> str | None:
    """A reply of numeric fields as measurement sentences ('{"qtc_ms": 515}' -> "qtc: 515 ms.", '{"lvef": "30%"}' ->
    "lvef: 30%."), for the
    measurement reader (``extract/measured.py``); ``None`` when no field is a number or the reply is no fields."""
    fields = _fields(text) if len(text) <= implicit.MAX_CHARS else None
    if not fields:
        return None
    said = []
    for path, value in fields:
        if isinstance(value, str) and path and _VALUE_TEXT.fullmatch(value):
            said.append(f"{' '.join(path[-1].lower().replace('-', '_').split('_'))}: {value.strip()}.")
            continue  # a value written as text with its unit: '{"lvef": "30%"}'
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not path:
            continue  # another field: '{"qtc_ms": 515, "prolonged": false}' is read by both readers
        words = path[-1].lower().replace("-", "_").split("_")
        unit = _KEY_UNITS.get(words[-1], "") if len(words) > 1 else ""
        said.append(f"{' '.join(words[:-1] if unit else words)}: {value} {unit}".rstrip() + ".")
    return " ".join(said) or None


def _python_literal(body: str) -> object:
    """The value of a Python literal (single quotes, ``True``/``False``), or ``None``: models trained on Python
    print dicts with ``repr``. ``ast.literal_eval`` evaluates literals only, never code."""
    if "'" not in body and "True" not in body and "False" not in body:
        return None
    try:
        return ast.literal_eval(body)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _value(value: object) -> str | None:
    """The verdict word a field's value is (before polarity), tagged with the table it came from."""
    if isinstance(value, bool):
        return "T" + (YES if value else NO)
    if not isinstance(value, str):
        return None
    v = value.strip(" .。*_\"'").lower()
    c = canonical_verdict(v)
    if c is not None:
        return "T" + c
    if v in WORD_VERDICTS:
        return "T" + WORD_VERDICTS[v]
    if v in PRESENCE_WORDS:
        return "P" + PRESENCE_WORDS[v]
    if v in SEVERITY_WORDS:
        return "P" + YES
    return _with_detail(v)


# A value's word, then a detail in brackets or after a comma or a dash: "yes (small, left)", "present - CTR 0.58".
_DETAILED = lazy_compile(r"^([a-z]+(?: [a-z]+)?)[*_\s]*(?:\(([^()]*)\)|[,;—–-]\s*(.+))$")


def _with_detail(v: str) -> str | None:
    """The verdict of a value whose word is followed by a detail, where the detail neither hedges, turns, takes
    the word back, names a side nor, after a word of presence, denies something: "Yes (small)", "Absent (CTR 0.45)"."""
    m = _DETAILED.match(v)
    if m is None or m.group(1) == v:
        return None
    detail = (m.group(2) or m.group(3) or "").strip()
    tagged = _value(m.group(1)) if detail else None
    if tagged is None or _CONTRAST.search(detail) or implicit.hedged(detail, temporal=False) \
            or closed.revision(" " + detail) is not None or (_value(detail.split(" ", 1)[0]) or tagged)[1:] != tagged[1:] \
            or _SIDES.search(detail):
        return None  # a side in the detail may be the one the question does not ask
    return None if tagged[1:] in (YES, ZH_YES) and _NEG.search(detail) else tagged


_KEY_WORD = lazy_compile(r"[a-záéíóúñü0-9]+|[\u4e00-\u9fff]+")
_KEY_FILLER = frozenset({"is", "the", "a", "an", "of", "any", "status", "sign"})


def _key_words(key: str) -> list[str]:
    return [implicit_terms.stem(w) for w in _KEY_WORD.findall(key.lower().replace("_", " ")) if w not in _KEY_FILLER]


# Words a presence key may add without naming anything: {"finding_present": true}, {"is_present": false},
# {"findingDetected": true} say whether the asked finding is there, as {"present": true} does.
_GENERIC_KEY = frozenset({"finding", "is", "the", "any"})


def _generic_presence(key: str) -> bool:
    words = re.sub(r"([a-z])([A-Z])", r"\1 \2", key).lower().replace("_", " ").replace("-", " ").split()
    rest = [w for w in words if w not in _GENERIC_KEY]
    return len(words) > len(rest) and len(rest) == 1 and rest[0] in _PRESENCE_KEYS


def _term(shape: asked.Shape) -> tuple[frozenset[str], str] | None:
    """The words a field key may use for the asked term, and the one it must use (the head, or the property)."""
    q = shape.question
    if _zh(q):
        zq = zh_question(q)
        return (frozenset({zq.term}), zq.term) if zq is not None else None
    if q.lstrip().startswith("¿"):
        m = re.match(r"(?i)^\s*¿\s*(?:hay|existe)\s+(?:(?:un|una)\s+)?([a-záéíóúñü ]{3,40}?)\s*\?\s*$", q)
        if m is None:
            return None
        words = _key_words(m.group(1))
        return frozenset(words), words[0]
    pq = implicit_terms.parse_question(q)
    if pq is None:
        return None
    if pq.prop is not None:
        return frozenset(pq.words) | {implicit_terms.stem(pq.prop)}, implicit_terms.stem(pq.prop)
    return frozenset(pq.words), pq.head or pq.words[-1]


def key_names_asked(key: str, question: str) -> bool:
    """Whether a field's key names the asked term as :func:`read_fields` requires (its head word, no other word)."""
    shape = asked.shape(question)
    term = _term(shape) if shape is not None else None
    if term is None:
        return False
    own = _key_words(key)
    return bool(own) and term[1] in own and set(own) <= term[0]


def field_verdict(value: str) -> str | None:
    """yes / no that a field's value says of its key's finding (a verdict, presence or severity word, a detail at
    most: "none seen", "present (multiple)"), before the question's polarity; else ``None``."""
    tagged = _value(value)
    return None if tagged is None else YES if tagged[1:] in (YES, ZH_YES) else NO


def negated_field(text: str, question: str) -> str | None:
    """The verdict of a reply made of fields to a negated question ("Fracture: no." to "Is there no fracture?" is a
    yes: the field says the fracture is absent), read before any verdict word, which would take the "no" as the
    answer; ``None`` for a question without a negation or a reply that is not fields."""
    pos = asked.positive_form(question)
    if pos is None or not pos[1] or not is_fields(text):
        return None
    return read_fields(text, question)


def is_fields(text: str) -> bool:
    """Whether the reply is one JSON object or only ``key: value`` lines: then only :func:`read_fields` may read
    it ('{"pleural_effusion": false}' names the finding without stating it)."""
    return len(text) <= implicit.MAX_CHARS and bool(_fields(text))


def read_fields(text: str, question: str) -> str | None:
    """The verdict of a reply made of fields (rule ``answer_field``, see module docstring)."""
    if len(text) > implicit.MAX_CHARS:
        return None
    fields = _fields(text)
    shape = asked.shape(question)
    if not fields:
        return None
    term = _term(shape) if shape is not None else None
    names = {str(v).lower() for p, v in fields if p and p[-1].lower() in _NAME_KEYS}
    verdicts: set[str] = set()
    for path, value in fields:
        tagged = _value(value)
        if tagged is None or not path:
            continue
        kind, verdict = tagged[0], tagged[1:]
        key = path[-1].strip().lower()
        if (key in ANSWER_KEYS or is_answer_key(key)) and len(path) == 1:
            pass
        elif ((key in _PRESENCE_KEYS or _generic_presence(path[-1])) and len(path) == 1 and not names and shape is not None
              and shape.kind is not Kind.NORMALITY and (len(fields) == 1 or not _SIDES.search(question))):
            kind = "P"  # {"present": false}: no other finding named, so the asked one (or the asked abnormal
            # property: "Is the appendix inflamed?") is meant (a "side" field beside it could name the side the
            # question did not ask)
        elif term is not None and shape is not None and shape.kind is not Kind.NORMALITY:
            words, must = term
            own = _key_words(key)
            if key in _PRESENCE_KEYS:  # {"pneumothorax": {"present": true}} or {"finding": "x", "present": true}
                named = [_key_words(p) for p in path[:-1]] + [_key_words(n) for n in names]
                if len(named) != 1:
                    continue
                own = named[0]
                kind = "P"
            if not own or must not in own or not set(own) <= words:
                continue
            if kind == "T" and key not in _PRESENCE_KEYS and shape.kind is Kind.PRESENCE:
                kind = "P"  # {"pleural_effusion": true}: the value is the finding's presence
        elif term is not None and shape is not None:  # normality: the key must be the question's own property
            words, must = term
            own = _key_words(key)
            if not own or must not in own or not set(own) <= words:
                continue
        else:
            continue
        if kind == "P" and shape is not None and shape.flip:
            verdict = asked.flip_verdict(verdict)
        elif kind == "P" and shape is None:
            continue
        verdicts.add(YES if verdict in (YES, ZH_YES) else NO)
    if len(verdicts) != 1:
        return None
    return _in_lang(verdicts.pop(), _zh(question) and _zh(text))


def parse_fields(text: str) -> list[tuple[tuple[str, ...], object]] | None:
    """The (key path, value) pairs of a reply that is one JSON object (or only verdict ``key: value`` lines)."""
    return _fields(text)


__all__ = ["CONFIDENCE_KEYS", "before_object", "trailing_object", "as_measurements", "ANSWER_KEYS", "field_verdict", "key_names_asked", "negated_field", "FIELD_RULE", "WORD_RULE", "is_answer_key", "is_fields", "key_form", "parse_fields", "read_fields", "read_word"]

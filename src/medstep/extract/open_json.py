"""An open answer given as a JSON object: ``{"answer": "..."}``, ``{"diagnosis": "...", "confidence": "high"}``.

Read as text, the keys and the other fields become part of the answer ("json diagnosis colles fracture
confidence high"). A reader takes the value of the field that answers: a key meaning "the answer"
(``extract/replywords.ANSWER_KEYS``, shared with the yes/no reader of fields), else a conclusion key
("diagnosis", "impression"), else a key naming what the question asks ("organ" to "Which organ ...?",
"location" to "Where ...?"). Its value is then read like any open answer (so ``{"answer": "lymphoma or
sarcoidosis"}`` is still two candidates, and so are two answering keys of one rank with different values). An
object none of whose keys answers gives its fields' texts together. A cut object (no closing brace) is not repaired
into an answer: its value may be the part that was cut; nor are two objects one after the other (the model may have
changed its answer between them).

A list of values is candidates to a question asking for one thing ('{"organ": ["liver", "spleen"]}' to "Which organ
is abnormal?" is ambiguous) and the answer to one asking for several. A confidence field does not withdraw the answer
('{"diagnosis": "pneumonia", "confidence": "low"}' reads pneumonia): a hedged pick is the answer everywhere in the
project ('{"answer": "B", "confidence": "low"}' to a choice question reads B, "Probably yes." reads yes), and a
grader that dropped low-confidence answers would score a model for its calibration wording instead of its answer;
a value that itself declines ("unknown", "cannot be determined") is read as any open answer is (no answer).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping

from medstep.answers.text import tokens
from medstep.extract import open_count, open_measure
from medstep.extract.open_decision import asks_one
from medstep.extract.replywords import ANSWER_KEYS, CONFIDENCE_KEYS, REASON_KEYS, before_object, is_answer_key, key_form, trailing_object, unfenced
from medstep.extract.split import first_line, last_phrase
from medstep.lazyre import lazy_compile

# Keys stating the conclusion of an open answer laid out as fields (also the field names a dash may follow:
# "Diagnosis — spleen", ``extract/open_span.py``).
CONCLUSION_KEYS = frozenset({"diagnosis", "most likely diagnosis", "final diagnosis", "primary diagnosis",
                              "likely diagnosis", "impression", "conclusion", "final impression"})
# A question word naming the kind of thing asked, beside the key words that answer it.
_ASKED_KEYS = {"where": ("location", "site", "position", "side"), "side": ("side", "laterality")}
_FENCE = lazy_compile(r"^\s*```[a-zA-Z]*\s*")  # an opening code fence, "```json"
_WORD = lazy_compile(r"[a-z]+")


def _pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """An object's fields; a key given twice with two values ('{"answer": "a", "answer": "b"}') holds both as
    candidates ("a or b"), where a plain load keeps only the last."""
    obj: dict[str, object] = {}
    for key, value in pairs:
        if key in obj and obj[key] != value and isinstance(value, str) and isinstance(obj[key], str):
            obj[key] = f"{obj[key]} or {value}"
        else:
            obj[key] = value
    return obj


def _one_object(body: str) -> bool:
    """Whether ``body`` closes its first brace only at its end: '{"answer": "a"} {"answer": "b"}' is two objects,
    which a repairing parser would merge into the last one's answer."""
    depth, quoted, escaped = 0, False, False
    for i, ch in enumerate(body):
        if quoted:
            escaped, quoted = (not escaped and ch == "\\"), quoted and (escaped or ch != '"')
            continue
        if ch == '"':
            quoted = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0 and body[i + 1:].strip():
                return False
    return True


def _repaired(body: str) -> object:
    """``json_repair``'s reading, imported on first use: it is the last of three parsers, and importing it
    (~40 ms, with ``certifi``) is paid at start-up by every command otherwise."""
    import json_repair

    return json_repair.loads(body)


def _object(region: str) -> dict[str, object] | None:
    body = unfenced(region, _FENCE).strip()
    if not (body.startswith("{") and body.endswith("}")) or not _one_object(body):
        return None
    for load in (lambda b: json.loads(b, object_pairs_hook=_pairs), ast.literal_eval, _repaired):
        try:
            obj = load(body)
        except Exception:  # noqa: BLE001 (each parser raises its own types on text that is not its language)
            continue
        if isinstance(obj, dict) and obj:
            return obj
    return None


def _key(key: object) -> str:
    return " ".join(_WORD.findall(key_form(str(key))))


def _text(value: object, question: str, candidates: bool = True,
          inner: Mapping[int, str | None] | None = None) -> str | None:
    """A field's value as answer text. A list of several values answers a question asking for several things as
    they are ("cardiomegaly, pleural effusion" to "What are the findings?"), and one asking for one thing as
    candidates ('{"organ": ["liver", "spleen"]}' to "Which organ is abnormal?" is "liver or spleen": ambiguous);
    without ``candidates`` a list is a field's items, whatever the question asks."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    if isinstance(value, list) and value and all(isinstance(v, (str, int, float)) for v in value):
        items = list(dict.fromkeys(str(v).strip() for v in value if str(v).strip()))
        return (" or " if len(items) > 1 and candidates and asks_one(question) else ", ").join(items)
    if isinstance(value, dict):
        return inner[id(value)] if inner is not None else _answering(value, "")
    return None


def _answering(obj: dict[str, object], question: str) -> str | None:
    """The value of the first rank of keys that answers (see module docstring), or ``None``. The objects nested in
    ``obj`` are answered first, the deepest first (``inner``): read by recursion, an object nested some hundreds deep
    (which ``json`` still loads) raised RecursionError (lane slow40b)."""
    inner: dict[int, str | None] = {}
    for nested in reversed(_nested_objects(obj)):
        inner[id(nested)] = _answering_one(nested, "", inner)
    return _answering_one(obj, question, inner)


def _nested_objects(obj: dict[str, object]) -> list[dict[str, object]]:
    """The objects that are values inside ``obj`` (at any depth, not ``obj``), each before those inside it."""
    out: list[dict[str, object]] = []
    todo = [v for v in reversed(obj.values()) if isinstance(v, dict)]
    while todo:
        nested = todo.pop()
        out.append(nested)
        todo += [v for v in reversed(nested.values()) if isinstance(v, dict)]
    return out


def _answering_one(obj: dict[str, object], question: str, inner: Mapping[int, str | None]) -> str | None:
    """``_answering`` of ``obj``, the answers of the objects nested in it given (``inner``)."""
    keys = {_key(k): v for k, v in obj.items()}
    asked = set(_WORD.findall(question.lower()))
    for word in list(asked):
        asked.update(_ASKED_KEYS.get(word, ()))
    for accept in (lambda k: k in ANSWER_KEYS or k.replace(" ", "_") in ANSWER_KEYS or is_answer_key(k),
                   lambda k: k in CONCLUSION_KEYS,
                   lambda k: bool(k) and all(w in asked or w.rstrip("s") in asked for w in k.split())):
        values = [_text(value, question, inner=inner) for key, value in keys.items() if accept(key)]
        if values:
            # Two answering keys of one rank that disagree ('{"answer": "pneumonia", "final_answer": "tuberculosis"}')
            # are two candidates, read as the open reader reads "pneumonia or tuberculosis" (ambiguous).
            said = list(dict.fromkeys(v for v in values if v))
            return " or ".join(said) if len(said) > 1 else values[0]
    return None


def json_answer(region: str, question: str) -> str | None:
    """The answering field's value of an open answer that is one JSON object (or a Python dict printed as is), or
    ends with one after a lead-in or its reasoning ("Here is my answer:\n```json\n{...}\n```");
    ``""`` for an object whose answering field is empty and one without any text; ``None`` when ``region`` is not such
    an object."""
    obj = _object(region) if "{" in region[:20] else None
    if obj is None:
        # an object the answer ends with, after a lead-in or reasoning (``replywords.trailing_object``)
        trailing = trailing_object(region)
        obj = _object(trailing) if trailing is not None else None
        if obj is None:
            return None
    found = _answering(obj, question)
    if found is not None:
        return found
    # No field answers by its key: the fields' texts together are the answer ('{"finding": "pleural effusion",
    # "side": "right"}' to "What is the abnormality?"), their keys are not; nor a field giving the reason for the
    # answer or rating it ('{"reasoning": "..., not a pneumothorax", "finding": "pleural effusion"}'), unless only
    # such fields hold text (then the reasoning is read as any unmarked answer is, whole).
    fields: list[tuple[str, object]] = [(_key(k), v) for k, v in obj.items() if isinstance(v, (str, list))]
    if open_count.asks_count(question) or open_measure.asked_kind(question) is not None:
        # to a question asking a number, a number's field too ('{"count": 3}', '{"size_cm": 1.4}' is "1.4 cm")
        fields += [(_key(k), _numbered(_key(k), v)) for k, v in obj.items()
                   if isinstance(v, (int, float)) and not isinstance(v, bool) and _key(k) not in CONFIDENCE_KEYS]
    stated_fields = [(k, v) for k, v in fields if k not in REASON_KEYS | CONFIDENCE_KEYS] or fields
    # A list is the answer's candidates only as the one field stated ('{"findings": ["pneumothorax", "effusion"]}'
    # to "What is the main abnormality?" offers two); beside other fields it is one more field's items.
    texts = [(k, t) for k, v in fields if (t := _text(v, question, candidates=len(stated_fields) == 1))]
    stated = [v for k, v in texts if k not in REASON_KEYS | CONFIDENCE_KEYS]
    return ", ".join(stated or [v for _, v in texts])


# A unit closing a number field's key ("size_cm", "diameter_mm", "ef_percent"), written after its value.
_KEY_UNITS = {"cm": "cm", "mm": "mm", "ml": "ml", "percent": "%", "pct": "%", "bpm": "bpm", "deg": "°", "degrees": "°",
              "ms": "ms", "hu": "HU", "kg": "kg", "g": "g"}


def _numbered(key: str, value: float) -> str:
    """A number field's value as answer text, with the unit its key closes with ("size cm": 1.4 is "1.4 cm")."""
    unit = _KEY_UNITS.get(key.rsplit(" ", 1)[-1]) if " " in key else None
    return f"{value} {unit}" if unit else str(value)


# A final-answer phrase that only leads to the object: "The answer is below:", "My answer is in the JSON that follows."
_LEADS_TO_OBJECT = lazy_compile(r"(?i)\b(?:below|following|follows|json|object|here|formatted|structured)\b|[:：]\s*\Z")


def prose_disagrees(region: str, found: str) -> bool:
    """The prose before a trailing object gives its own answer by a final-answer phrase ("The answer is
    pneumothorax.\n```json\n{"finding": "pleural effusion"}\n```") and neither answer's words hold the other's: two
    answers given, as two disagreeing answer phrases are, so neither is read. Prose that leads in ("Here is my
    answer:"), explains, or names the object's answer with more or fewer words ("The answer is a large pleural
    effusion.") leaves the object's answer."""
    prose = before_object(region)
    phrase = last_phrase(prose) if prose.strip() else None
    if phrase is None:
        return False
    line = first_line(prose[phrase[1]:]).strip(" \t*_")
    if not line or _LEADS_TO_OBJECT.search(line) is not None:
        return False
    said, given = set(tokens(line)), set(tokens(found))
    return bool(said) and bool(given) and not (said <= given or given <= said)


__all__ = ["CONCLUSION_KEYS", "json_answer", "prose_disagrees"]

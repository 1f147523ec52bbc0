"""Reading a learner's answer from a submitted form, by question type."""

import json

from quizzes.grading import QuestionType


def answer_from_post(snapshot: dict, data, prefix: str):
    """The answer to one question as the grading expects it, from form fields named prefix-*.

    Malformed values are passed on as they are, for answer_save to refuse with a clear message.
    """
    question_type = QuestionType(snapshot["type"])
    key = f"{prefix}-answer"
    match question_type:
        case QuestionType.SINGLE | QuestionType.TRUE_FALSE:
            value = data.get(key, "")
            return int(value) if value.lstrip("-").isdigit() else (value or None)
        case QuestionType.MULTIPLE:
            values = data.getlist(key)
            return [int(value) if value.lstrip("-").isdigit() else value for value in values]
        case QuestionType.MATCHING:
            return {
                str(option["id"]): data.get(f"{prefix}-match-{option['id']}", "")
                for option in snapshot["options"]
                if data.get(f"{prefix}-match-{option['id']}")
            }
        case QuestionType.ORDERING:
            positions = {}
            for option in snapshot["options"]:
                value = data.get(f"{prefix}-position-{option['id']}", "")
                if not value.isdigit():
                    return None
                positions[option["id"]] = int(value)
            return [
                option_id
                for option_id, _position in sorted(positions.items(), key=lambda item: item[1])
            ]
        case _:
            # Browsers post line breaks as CRLF; an answer keeps them as they were saved.
            return data.get(key, "").replace("\r\n", "\n")


def answer_marker(question_type: str, answer) -> str:
    """An answer written the same way however it arrived: blank is "null", the choices of a
    multiple-response question are in order. Two answers with one marker are the same answer."""
    if answer in (None, "", [], {}):
        answer = None
    elif question_type == QuestionType.MULTIPLE and isinstance(answer, list):
        answer = sorted(answer, key=str)
    return json.dumps(answer, sort_keys=True)

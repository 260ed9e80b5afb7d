"""PyYAML's syntax errors as messages, so that `check` says them in Danish too.

PyYAML describes a syntax error in English words of its own: a problem
("mapping values are not allowed here") and where it was met ("while
parsing a flow sequence"). The common ones become message codes here, with
exactly PyYAML's English as their English; the values they quote (tokens
like '<block end>' or ']') stay as PyYAML wrote them. Anything not listed
keeps PyYAML's words.
"""

from __future__ import annotations

import re

from .messages import message

__all__ = ["yaml_problem"]

#: PyYAML's problem sentences, each a pattern and the code that says it.
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"mapping values are not allowed here"), "yaml_colon_not_allowed"),
    (re.compile(r"expected (?P<expected>.+), but found (?P<found>.+)"), "yaml_expected_found"),
    (re.compile(r"expected (?P<expected>.+), but got (?P<found>.+)"), "yaml_expected_got"),
    (re.compile(r"found unexpected end of stream"), "yaml_unexpected_end"),
    (re.compile(r"found undefined alias (?P<name>.+)"), "yaml_undefined_alias"),
    (re.compile(r"found character '\\t' that cannot start any token"), "yaml_tab"),
    (re.compile(r"found character (?P<character>.+) that cannot start any token"),
     "yaml_character_cannot_start"),
    (re.compile(r"but found another document"), "yaml_another_document"),
    (re.compile(r"could not determine a constructor for the tag (?P<tag>.+)"),
     "yaml_unknown_tag"),
    (re.compile(r"could not find expected ':'"), "yaml_no_colon"),
)

#: What PyYAML was reading when it met the problem.
_CONTEXTS = {
    "while parsing a flow sequence": "yaml_in_flow_sequence",
    "while parsing a flow mapping": "yaml_in_flow_mapping",
    "while parsing a block mapping": "yaml_in_block_mapping",
    "while parsing a block collection": "yaml_in_block_collection",
    "while parsing a flow node": "yaml_in_flow_node",
    "while parsing a block node": "yaml_in_block_node",
    "while scanning a quoted scalar": "yaml_in_quoted_text",
    "while scanning a plain scalar": "yaml_in_plain_text",
    "while scanning a simple key": "yaml_in_key",
    "while scanning for the next token": "yaml_in_next_token",
    "expected a single document in the stream": "yaml_single_document",
}

#: The one expected thing PyYAML names in words rather than as a token.
_NODE_CONTENT = "the node content"


def _problem(problem: str) -> str:
    for pattern, code in _PROBLEMS:
        match = pattern.fullmatch(problem)
        if match is None:
            continue
        values = match.groupdict()
        expected = values.get("expected")
        if expected == _NODE_CONTENT:
            values["expected"] = message("yaml_node_content")
        elif expected is not None and " or " in expected:  # "',' or ']'"
            first, second = expected.split(" or ", 1)
            values["expected"] = message("yaml_either", first=first, second=second)
        return message(code, **values)
    return problem


def yaml_problem(problem: str | None, context: str | None) -> str:
    """PyYAML's problem and context as one message: 'problem (context)' in English."""
    said = _problem(problem) if problem else message("yaml_invalid")
    if not context:
        return said
    where = message(_CONTEXTS[context]) if context in _CONTEXTS else context
    return message("yaml_in_context", problem=said, context=where)

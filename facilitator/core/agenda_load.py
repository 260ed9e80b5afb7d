"""Loading a programme: a file or text read as YAML with source positions, then checked."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from .agenda import Agenda, AgendaError, Diagnostic
from .agenda_check import agenda_from_mapping
from .messages import message, os_reason
from .yaml_problems import yaml_problem

__all__ = ["MAX_FILE_BYTES", "load_agenda", "load_agenda_text"]

MAX_FILE_BYTES = 1024 * 1024


# --------------------------------------------------------------------------- YAML


class _LocatedDict(dict):  # type: ignore[type-arg]
    """A mapping that remembers where each key and value were in the file."""

    mark: Any = None
    key_marks: dict[Any, Any]
    value_marks: dict[Any, Any]


class _LocatedList(list):  # type: ignore[type-arg]
    mark: Any = None
    item_marks: list[Any]


class _ProgrammeLoader(yaml.SafeLoader):
    """The safe loader, with YAML 1.2-like scalars and source positions.

    YAML 1.1 reads `09:15` as the base-60 number 555, `no` as false and
    `2026-11-22` as a date object; a programme wants none of that.
    """

    yaml_implicit_resolvers: dict[Any, Any] = {}
    root_mark: Any = None

    def construct_document(self, node: yaml.Node) -> Any:
        self.root_mark = node.start_mark
        return super().construct_document(node)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # PyYAML's own constructors let explicit tags with bad values escape as
        # plain Python errors (`!!int abc` is a ValueError, an empty `!!int` an
        # IndexError, `!!timestamp x` an AttributeError, a 5000-digit integer a
        # ValueError); make them located YAML errors like any other.
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, AttributeError, LookupError, ArithmeticError):
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            problem = (message("yaml_cannot_read", value=repr(node.value[:40]), tag=tag)
                       if isinstance(node, yaml.ScalarNode)
                       else message("yaml_cannot_read_node", tag=tag))
            raise yaml.constructor.ConstructorError(
                None, None, problem, node.start_mark) from None


for _first, _resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
    _ProgrammeLoader.yaml_implicit_resolvers[_first] = [
        (tag, regexp) for tag, regexp in _resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                       "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")
    ]
_ProgrammeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))
_ProgrammeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_ProgrammeLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."))


def _construct_map(loader: _ProgrammeLoader, node: yaml.MappingNode) -> Any:
    data = _LocatedDict()
    data.mark = node.start_mark
    data.key_marks = {}
    data.value_marks = {}
    yield data
    # Keys merged in with `<<:` may be overridden; a key written twice in the
    # mapping itself is a mistake (the first `minutes:` would silently vanish).
    own_keys = {id(key_node) for key_node, _ in node.value}
    loader.flatten_mapping(node)
    own_marks: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, message("yaml_key_not_text"), key_node.start_mark) from exc
        if id(key_node) in own_keys:
            if key in own_marks:
                raise yaml.constructor.ConstructorError(
                    None, None,
                    message("yaml_duplicate_key", key=key, line=own_marks[key].line + 1),
                    key_node.start_mark)
            own_marks[key] = key_node.start_mark
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_marks[key] = key_node.start_mark
        data.value_marks[key] = value_node.start_mark


def _construct_seq(loader: _ProgrammeLoader, node: yaml.SequenceNode) -> Any:
    data = _LocatedList()
    data.mark = node.start_mark
    data.item_marks = [child.start_mark for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=True) for child in node.value)


_ProgrammeLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_ProgrammeLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def load_agenda_text(text: str, source: str = "<text>") -> Agenda:
    """Parse and validate programme YAML given as text."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise AgendaError([Diagnostic(
            message("text_too_large", max=MAX_FILE_BYTES // 1024), source)])
    loader: _ProgrammeLoader | None = None
    try:
        loader = _ProgrammeLoader(text)  # its reader refuses control characters at once
        data = loader.get_single_data()
        root_mark = loader.root_mark
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = yaml_problem(exc.problem, exc.context)
        raise AgendaError([Diagnostic(
            message("yaml_syntax", problem=problem), source,
            mark.line + 1 if mark else None, mark.column + 1 if mark else None)]) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise AgendaError([Diagnostic(
            message("yaml_character", character=f"{exc.character:04x}", reason=exc.reason),
            source, line, column)]) from None
    except yaml.YAMLError as exc:
        raise AgendaError([Diagnostic(message("yaml_syntax", problem=str(exc)), source)]) from None
    except RecursionError:
        raise AgendaError([Diagnostic(message("yaml_too_deep"), source)]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if data is None:
        raise AgendaError([Diagnostic(message("empty_file"), source, 1, 1)])
    if not isinstance(data, (dict, list)) and root_mark is not None:
        # A scalar document carries no mark of its own; point at where it starts.
        try:
            return agenda_from_mapping(data, source=source)
        except AgendaError as exc:
            raise AgendaError([replace(d, line=root_mark.line + 1, column=root_mark.column + 1)
                               for d in exc.diagnostics]) from None
    return agenda_from_mapping(data, source=source)


def load_agenda(path: str | Path) -> Agenda:
    """Read and validate a programme file."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            # Rounded up, so a file just over the cap does not read "1024 KiB,
            # larger than 1024 KiB".
            raise AgendaError([Diagnostic(
                message("file_too_large", size=-(-size // 1024), max=MAX_FILE_BYTES // 1024),
                source)])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AgendaError([Diagnostic(message("no_such_file"), source)]) from None
    except IsADirectoryError:
        raise AgendaError([Diagnostic(message("is_folder"), source)]) from None
    except PermissionError:
        raise AgendaError([Diagnostic(message("permission_denied"), source)]) from None
    except OSError as exc:
        raise AgendaError([Diagnostic(message("cannot_read", why=os_reason(exc)),
                                      source)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise AgendaError([Diagnostic(
            message("not_utf8_byte", byte=f"{raw[exc.start]:02x}"),
            source, line, column)]) from None
    return load_agenda_text(text, source=source)

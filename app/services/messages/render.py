"""Rendering message scripts: Jinja2's immutable sandbox, strict undefined variables, and errors
returned as a status object (with the line) instead of raised, so the editor and the Today list
never crash on a typo in a script the owner wrote.

Scripts are user data, so the sandbox (sandbox.py) refuses attribute tricks
(``{{ ''.__class__ }}``) and bounds the work and memory of a render; output is cut off at
MAX_OUTPUT characters.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError, TemplateError

from app.services.messages.context import VARIABLE_NAMES, make_filters
from app.services.messages.sandbox import LimitExceeded, Sandbox, bounded, small_range
from app.services.settings import QT_TRANSLATE_NOOP as _T

MAX_OUTPUT = 20_000
TEMPLATE_FILE = "<template>"
# A line that was only variables and punctuation ("{{ owner_name }}, {{ shop_name }}") and came
# out as punctuation because the settings are empty: dropped rather than sent as a lone ",".
_EMPTY_FILLED_LINE = re.compile(r"^[ \t]*[,«»\"][ \t,«»\"]*$")

MSG_SYNTAX = _T("templates", "Line {line}: {detail}")
MSG_UNKNOWN = _T("templates", "Line {line}: unknown variable “{name}”.")
MSG_UNKNOWN_HINT = _T("templates", "Line {line}: unknown variable “{name}”. Did you mean “{hint}”?")
MSG_REFUSED = _T("templates", "Line {line}: this is not allowed in a message script.")
MSG_ERROR = _T("templates", "Line {line}: {detail}")
MSG_TOO_LONG = _T("templates", "The message is too long (over {limit} characters).")
MSG_TOO_BIG = _T("templates", "The script makes a text, list or number far too large for a "
                               "message.")
MSG_TOO_BIG_AT = _T("templates", "Line {line}: this makes a text, list or number far too large "
                                 "for a message.")
MSG_TOO_SLOW = _T("templates", "The script takes too long to fill in: a loop repeats too many "
                               "times.")
MSG_TOO_SLOW_AT = _T("templates", "Line {line}: this takes too long to fill in: a loop repeats "
                                  "too many times.")
MSG_TOO_DEEP = _T("templates", "The script has too many brackets, conditions or loops inside "
                               "each other.")
MSG_TOO_DEEP_AT = _T("templates", "Line {line}: too many brackets, conditions or loops inside "
                                  "each other.")
MSG_NO_CUSTOMER = _T("templates", "This customer no longer exists.")
MSG_NO_TEMPLATE = _T("templates", "The message script “{name}” was not found.")


@dataclass(frozen=True)
class TemplateProblem:
    """Why a script could not be filled in: an English source sentence plus its parameters.

    The UI translates `source` (context "templates") and formats it with `params`; `message` is
    the English text, for logs and the command line.
    """

    # "syntax" | "unknown_variable" | "refused" | "error" | "too_long" | "missing"
    # | "too_big" | "too_slow" | "too_deep" (the sandbox's limits)
    kind: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    part: str = "body"  # "subject" | "body"

    @property
    def message(self) -> str:
        return self.source.format(**self.params)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class RenderResult:
    text: str
    problem: TemplateProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class RenderedMessage:
    """A script filled in for one customer; `error` is set (and texts empty) when it failed."""

    subject: str
    body: str
    template_id: int | None
    template_name: str
    error: TemplateProblem | None = None
    language: str = "ru"
    # Variables the script prints unconditionally that are empty for this customer: the message
    # has a gap there ("It's  from ."), and the UI warns before it is copied or sent.
    empty: tuple[str, ...] = ()
    # The product the script offers (`next_product`, when it reads it and has one): Today's
    # reason names it.
    offer: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


@lru_cache(maxsize=8)
def environment(language: str) -> Sandbox:
    env = Sandbox(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False,
                  finalize=lambda value: "" if value is None else value)
    env.globals.clear()
    env.globals["range"] = small_range
    env.filters.update(make_filters(language))
    env.bound_filters()
    return env


@lru_cache(maxsize=256)
def _compiled(language: str, source: str) -> Template:
    """Compiling costs milliseconds; bulk messages render one script for thousands."""
    return environment(language).from_string(source)


def check(source: str, part: str = "body") -> TemplateProblem | None:
    """A problem in `source` that shows without rendering it (syntax, nesting), or None."""
    compiled = _compile(source, "en", part)
    return compiled if isinstance(compiled, TemplateProblem) else None


def _compile(source: str, language: str, part: str) -> Template | TemplateProblem:
    try:
        with bounded():
            return _compiled(language, source)
    except TemplateSyntaxError as exc:
        return _syntax_problem(exc, part)
    except LimitExceeded as exc:
        return _limit_problem(exc.kind, exc.lineno, part)
    except (RecursionError, SyntaxError, MemoryError):
        # Python's own compiler has nesting limits of its own (20 nested blocks, 200 brackets).
        return _limit_problem("too_deep", None, part)


def render_text(source: str, context: dict[str, Any], language: str,
                part: str = "body") -> RenderResult:
    """Fill `source` with `context`; any failure comes back as `RenderResult.problem`."""
    template = _compile(source, language, part)
    if isinstance(template, TemplateProblem):
        return RenderResult("", template)
    pieces: list[str] = []
    size = 0
    try:
        with bounded():
            for chunk in template.generate(context):
                pieces.append(chunk)
                size += len(chunk)
                if size > MAX_OUTPUT:
                    return RenderResult("", TemplateProblem("too_long", MSG_TOO_LONG,
                                                            {"limit": MAX_OUTPUT}, None, part))
    except LimitExceeded as exc:
        return RenderResult("", _limit_problem(exc.kind, _line(exc), part))
    except RecursionError as exc:
        return RenderResult("", _limit_problem("too_deep", _line(exc), part))
    except MemoryError as exc:
        return RenderResult("", _limit_problem("too_big", _line(exc), part))
    except SecurityError as exc:
        return RenderResult("", TemplateProblem("refused", MSG_REFUSED,
                                                {"line": _line(exc)}, _line(exc), part))
    except UndefinedError as exc:
        return RenderResult("", _undefined_problem(exc, part))
    except (TemplateError, TypeError, ValueError, ArithmeticError, AttributeError,
            LookupError) as exc:
        line = _line(exc)
        return RenderResult("", TemplateProblem("error", MSG_ERROR,
                                                {"line": line, "detail": str(exc)}, line, part))
    return RenderResult(_drop_empty_filled_lines("".join(pieces)).strip())


def _drop_empty_filled_lines(text: str) -> str:
    lines = text.split("\n")
    kept = [line for line in lines if not _EMPTY_FILLED_LINE.match(line)]
    return text if len(kept) == len(lines) else "\n".join(kept)


def render_message(subject: str, body: str, context: dict[str, Any], language: str,
                   template_id: int | None = None, template_name: str = "") -> RenderedMessage:
    subject_result = render_text(subject, context, language, "subject")
    body_result = render_text(body, context, language, "body")
    problem = body_result.problem or subject_result.problem
    if problem is not None:
        return RenderedMessage("", "", template_id, template_name, problem, language)
    return RenderedMessage(" ".join(subject_result.text.split()), body_result.text, template_id,
                           template_name, None, language,
                           empty_variables(subject, body, context))


def empty_variables(subject: str, body: str, context: dict[str, Any]) -> tuple[str, ...]:
    """The variables `subject` and `body` print without a condition whose value is empty here.

    A variable inside ``{% if name %}``, after ``or`` or under ``|default`` is guarded: the
    script says what to write without it, as the built-in scripts do.
    """
    names = dict.fromkeys([*unguarded_variables(subject), *unguarded_variables(body)])
    return tuple(name for name in names
                 if name in context and _is_empty(context[name]))


@lru_cache(maxsize=256)
def unguarded_variables(source: str) -> tuple[str, ...]:
    """Names printed in `source` outside any condition that tests them, in order."""
    try:
        tree = environment("en").parse(source)
    except TemplateSyntaxError:
        return ()
    found: dict[str, None] = {}
    _visit(tree, frozenset(), found)
    return tuple(found)


def _visit(node: nodes.Node, guarded: frozenset[str], found: dict[str, None]) -> None:
    if isinstance(node, nodes.If):
        inner = guarded | _names(node.test)
        for child in [*node.body, *node.elif_, *node.else_]:
            _visit(child, inner, found)
    elif isinstance(node, nodes.Output):
        for child in node.nodes:
            _printed(child, guarded, found)
    else:
        for child in node.iter_child_nodes():
            if isinstance(child, nodes.Stmt | nodes.Template):
                _visit(child, guarded, found)


def _printed(expr: nodes.Node, guarded: frozenset[str], found: dict[str, None]) -> None:
    if isinstance(expr, nodes.Name):
        if expr.name not in guarded:
            found.setdefault(expr.name)
        return
    if isinstance(expr, nodes.CondExpr):
        inner = guarded | _names(expr.test)
        for branch in (expr.expr1, expr.expr2):
            if branch is not None:
                _printed(branch, inner, found)
        return
    if isinstance(expr, nodes.Or):  # {{ first_name or "friend" }}
        _printed(expr.right, guarded | _names(expr.left), found)
        return
    if isinstance(expr, nodes.Filter) and expr.name in ("default", "d"):
        return
    for child in expr.iter_child_nodes():
        _printed(child, guarded, found)


def _names(expr: nodes.Node) -> frozenset[str]:
    return frozenset(name.name for name in expr.find_all(nodes.Name)) | (
        frozenset([expr.name]) if isinstance(expr, nodes.Name) else frozenset())


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# ----------------------------------------------------------------------------- helpers


_LIMIT_MESSAGES = {"too_big": (MSG_TOO_BIG_AT, MSG_TOO_BIG),
                   "too_slow": (MSG_TOO_SLOW_AT, MSG_TOO_SLOW),
                   "too_deep": (MSG_TOO_DEEP_AT, MSG_TOO_DEEP)}


def _limit_problem(kind: str, line: int | None, part: str) -> TemplateProblem:
    with_line, without_line = _LIMIT_MESSAGES[kind]
    if line is None:
        return TemplateProblem(kind, without_line, {}, None, part)
    return TemplateProblem(kind, with_line, {"line": line}, line, part)


def _syntax_problem(exc: TemplateSyntaxError, part: str) -> TemplateProblem:
    detail = exc.message or "syntax error"
    if "unexpected '}'" in detail:
        detail = "a stray “}” — variables are written as {{ name }}."
    return TemplateProblem("syntax", MSG_SYNTAX, {"line": exc.lineno, "detail": detail},
                           exc.lineno, part)


_UNDEFINED = re.compile(r"'([^']+)' is undefined")


def _undefined_problem(exc: UndefinedError, part: str) -> TemplateProblem:
    line = _line(exc)
    match = _UNDEFINED.search(str(exc))
    if match is None:
        return TemplateProblem("error", MSG_ERROR, {"line": line, "detail": str(exc)}, line, part)
    name = match.group(1)
    close = difflib.get_close_matches(name, VARIABLE_NAMES, n=1, cutoff=0.6)
    if close:
        return TemplateProblem("unknown_variable", MSG_UNKNOWN_HINT,
                               {"line": line, "name": name, "hint": close[0]}, line, part)
    return TemplateProblem("unknown_variable", MSG_UNKNOWN, {"line": line, "name": name},
                           line, part)


def _line(exc: BaseException) -> int | None:
    """The script line where a render error happened (Jinja rewrites tracebacks to it)."""
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line

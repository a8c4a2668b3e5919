"""The sandbox that message scripts run in: Jinja2's immutable sandbox plus bounds on work.

Jinja's sandbox stops a script from reaching Python's internals but not from asking for a
billion-character string or a billion loop turns. Here every operation that can grow a value is
checked before it runs (the result would be over MAX_SIZE characters or items, or an integer
over MAX_INT_BITS), every loop turn, call and attribute lookup counts against MAX_STEPS and a
deadline, and nesting is measured when a script is parsed. A breach raises `LimitExceeded`,
which render.py turns into an inline problem.

The deadline is checked inside these operations rather than by a signal or a timer thread,
because a script may be rendered on a worker thread, where signals cannot reach.
"""

from __future__ import annotations

import inspect
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import update_wrapper
from string import Formatter
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.visitor import NodeTransformer

MAX_SIZE = 100_000  # characters of a string, items of a list: far above any message
MAX_INT_BITS = 4_096  # about 1,200 digits
MAX_STEPS = 200_000  # loop turns, calls and lookups in one render
MAX_SECONDS = 0.5
MAX_DEPTH = 60  # levels of the parsed script: tags, brackets and operators inside each other
MAX_RANGE = 1_000

_SIZED = (str, bytes, list, tuple, dict, set, frozenset)
_GROWING_STR_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "replace",
                                  "join"})
# One conversion of %-formatting: optional (name), flags, width, .precision, length, type.
_PERCENT_SPEC = re.compile(r"%(?:\(([^)]*)\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)")
_FLOAT_WIDTH = 320  # '%f' % 1e308 has 316 characters
_FORMATTER = Formatter()
_CLOCK_EVERY = 64  # steps between two looks at the clock


class LimitExceeded(TemplateError):
    """A script asked for more than a message needs; `kind` is too_big, too_slow or too_deep."""

    def __init__(self, kind: str, line: int | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.lineno = line


@dataclass
class _Budget:
    deadline: float
    steps: int = 0
    next_clock: int = _CLOCK_EVERY


_BUDGET: ContextVar[_Budget | None] = ContextVar("script_budget", default=None)


@contextmanager
def bounded(seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Give the renders inside this block `seconds` and MAX_STEPS steps in total."""
    token = _BUDGET.set(_Budget(time.monotonic() + seconds))
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _step(count: int = 1) -> None:
    budget = _BUDGET.get()
    if budget is None:
        return
    budget.steps += count
    if budget.steps > MAX_STEPS:
        raise LimitExceeded("too_slow")
    # The clock is read only now and then, so ordinary scripts stay as fast as before.
    if budget.steps >= budget.next_clock:
        budget.next_clock = budget.steps + _CLOCK_EVERY
        if time.monotonic() > budget.deadline:
            raise LimitExceeded("too_slow")


def _size(value: Any) -> int:
    return len(value) if isinstance(value, _SIZED) else 0


def _ensure_size(size: int) -> None:
    if size > MAX_SIZE:
        raise LimitExceeded("too_big")


def _ensure_int(value: Any) -> None:
    if isinstance(value, int) and value.bit_length() > MAX_INT_BITS:
        raise LimitExceeded("too_big")


def _shown_length(value: Any) -> int:
    """How long `value` can get when put in a formatted string."""
    if isinstance(value, float):
        return _FLOAT_WIDTH
    _ensure_int(value)
    return len(str(value))


def _check_percent(template: str, values: Any) -> None:
    """Refuse '%1000000000d' % 1, '%*d' % (10**9, 1) and a name repeated a thousand times."""
    positional = list(values) if isinstance(values, tuple) else [values]
    named = values if isinstance(values, dict) else {}
    widths = 0
    fields = 0
    for match in _PERCENT_SPEC.finditer(template):
        if match.group(4) == "%":
            continue
        fields += 1
        for number in (match.group(2), match.group(3)):
            if number == "*":
                widths += sum(abs(v) for v in positional if isinstance(v, int))
            elif number:
                widths += int(number)
    longest = max((_shown_length(v) for v in [*positional, *named.values()]), default=0)
    _ensure_size(len(template) + widths + fields * longest)


def _check_str_format(template: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """The same for '{:>1000000000}'.format(1), '{:>{}}'.format(1, 10**9) and '{0}' * 10000."""
    values = [*args, *kwargs.values()]
    widths = 0
    fields = 0
    for _literal, name, spec, _conversion in _FORMATTER.parse(template):
        if name is None:
            continue
        fields += 1
        widths += sum(int(number) for number in re.findall(r"\d+", spec or ""))
        if spec and "{" in spec:
            widths += sum(abs(v) for v in values if isinstance(v, int))
    longest = max((_shown_length(v) for v in values), default=0)
    _ensure_size(len(template) + widths + fields * longest)


def _check_str_method(owner: str | bytes, name: str, args: tuple[Any, ...],
                      kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Refuse 'a'.center(10**9) and its kin before they run; returns the arguments to use."""
    first = args[0] if args else next(iter(kwargs.values()), None)
    if name in {"center", "ljust", "rjust", "zfill"} and isinstance(first, int):
        _ensure_size(first)
    elif name == "expandtabs":
        tab = first if isinstance(first, int) else 8
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        _ensure_size(len(owner) + tabs * tab)
    elif name == "replace" and len(args) >= 2:
        _ensure_size(_replaced_size(owner, args[0], args[1]))
    elif name == "join" and args:
        items = list(args[0])
        _step(len(items))
        _ensure_size(len(owner) * max(len(items) - 1, 0) + sum(_size(i) for i in items))
        return (items, *args[1:]), kwargs
    return args, kwargs


def _replaced_size(text: Any, old: Any, new: Any) -> int:
    if not isinstance(text, str | bytes) or not isinstance(new, str | bytes):
        return 0
    found = len(text) + 1 if not old else text.count(old)
    return len(text) + found * max(len(new) - len(old or ""), 0)


# --------------------------------------------------------------------------- filters


def _filter_checks(name: str, arguments: dict[str, Any]) -> None:
    """Estimate the size a filter would build from its arguments; refuse it when too big."""
    value = arguments.get("value", arguments.get("s"))
    text = value if isinstance(value, str) else ""
    for key in ("width", "linecount", "slices", "length", "leeway", "trim_url_limit"):
        if isinstance(arguments.get(key), int):
            _ensure_size(arguments[key])
    if name == "indent":
        width = arguments.get("width", 4)
        indent = width if isinstance(width, int) else len(str(width))
        _ensure_size(len(text) + (text.count("\n") + 1) * indent)
    elif name == "replace":
        _ensure_size(_replaced_size(value, arguments.get("old"), arguments.get("new")))
    elif name == "wordwrap":
        wrap = arguments.get("wrapstring") or "\n"
        _ensure_size(len(text) * (1 + len(str(wrap))))
    elif name == "urlize":
        extra = sum(len(str(arguments.get(k) or "")) for k in ("target", "rel"))
        _ensure_size(3 * len(text) + (len(text) // 4 + 1) * (extra + 40))
    elif name == "format":
        _check_percent(text, tuple(arguments.get("args", ()))
                       or dict(arguments.get("kwargs", {})))


def _joined(name: str, arguments: dict[str, Any]) -> None:
    if name == "join":
        items = list(arguments["value"])
        _step(len(items))
        separator = str(arguments.get("d", ""))
        _ensure_size(len(separator) * max(len(items) - 1, 0)
                     + sum(_shown_length(i) for i in items))
        arguments["value"] = items


def _bounded_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` with its arguments checked first and its result's size checked after."""
    signature = inspect.signature(function)
    pass_arg = getattr(function, "jinja_pass_arg", None)
    # Jinja's sync/async filters add an evaluation context their signature does not show.
    hidden = pass_arg is not None and getattr(getattr(function, "__wrapped__", function),
                                              "jinja_pass_arg", None) is None

    def bounded_filter(*args: Any, **kwargs: Any) -> Any:
        _step()
        head = args[:1] if hidden else ()
        bound = signature.bind(*args[len(head):], **kwargs)
        _filter_checks(name, bound.arguments)
        _joined(name, bound.arguments)
        return _checked_result(function(*head, *bound.args, **bound.kwargs))

    wrapper = update_wrapper(bounded_filter, function)
    if pass_arg is not None:
        wrapper.jinja_pass_arg = pass_arg  # type: ignore[attr-defined]
    return wrapper


def _checked_result(result: Any) -> Any:
    _ensure_int(result)
    _ensure_size(_size(result))
    if inspect.isgenerator(result):
        return _Counted(result)
    return result


class _Counted:
    """An iterable whose every item costs a step (and keeps its length for `loop.length`)."""

    def __init__(self, iterable: Iterable[Any]) -> None:
        self._iterable = iterable

    def __iter__(self) -> Iterator[Any]:
        for item in self._iterable:
            _step()
            yield item

    def __len__(self) -> int:
        return len(self._iterable)  # type: ignore[arg-type]


def small_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise LimitExceeded("too_big")
    return result


# --------------------------------------------------------------------------- parsing


class _Counting(NodeTransformer):
    """Routes loops and `~` through the sandbox, where they are counted and measured."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Call(nodes.EnvironmentAttribute("counted_loop"), [node.iter], [],
                               None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Call(nodes.EnvironmentAttribute("bounded_concat"), node.nodes, [], None,
                          None, lineno=node.lineno)


def _measure_depth(template: nodes.Template) -> None:
    """Refuse a script nested deeper than MAX_DEPTH (walked without recursion, so the walk
    itself cannot run out of stack)."""
    stack: list[tuple[nodes.Node, int]] = [(template, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LimitExceeded("too_deep", getattr(node, "lineno", None))
        stack.extend((child, depth + 1) for child in node.iter_child_nodes())


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with every growing operation, loop and call bounded."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        try:
            template = super()._parse(source, name, filename)
        except (RecursionError, MemoryError) as exc:
            raise LimitExceeded("too_deep") from exc
        _measure_depth(template)
        result = _Counting().visit(template)
        assert isinstance(result, nodes.Template)
        result.set_environment(self)
        return result

    def bound_filters(self) -> None:
        """Wrap every filter (Jinja's and ours) in the size checks; call after adding filters."""
        self.filters = {name: _bounded_filter(name, function)
                        for name, function in self.filters.items()}

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _step()
        if operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
                _ensure_size_bits(left.bit_length() * right)
            return _checked_result(left**right)
        if operator == "*":
            return _checked_result(_multiply(left, right))
        if operator == "+":
            if isinstance(left, _SIZED) and isinstance(right, _SIZED):
                _ensure_size(len(left) + len(right))
            return _checked_result(left + right)
        if isinstance(left, str):
            _check_percent(left, right)
        return left % right

    def call(__self, __context: Any, __obj: Any,
             *args: Any, **kwargs: Any) -> Any:
        _step()
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str | bytes) and getattr(__obj, "__name__", "") in \
                _GROWING_STR_METHODS:
            args, kwargs = _check_str_method(owner, __obj.__name__, args, kwargs)
        return _checked_result(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        _step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _step()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        formatted = super().wrap_str_format(value)
        if formatted is None:
            return None
        template: str = value.__self__
        is_map = value.__name__ == "format_map"

        def bounded_format(*args: Any, **kwargs: Any) -> str:
            named = dict(args[0]) if is_map and args and isinstance(args[0], dict) else kwargs
            _check_str_format(template, () if is_map else args, named)
            return formatted(*args, **kwargs)

        return update_wrapper(bounded_format, formatted)

    @staticmethod
    def counted_loop(iterable: Iterable[Any]) -> _Counted:
        return _Counted(iterable)

    @staticmethod
    def bounded_concat(*parts: Any) -> str:
        texts = [str(part) for part in parts]
        _ensure_size(sum(len(text) for text in texts))
        return "".join(texts)


def _ensure_size_bits(bits: int) -> None:
    if bits > MAX_INT_BITS:
        raise LimitExceeded("too_big")


def _multiply(left: Any, right: Any) -> Any:
    if isinstance(left, int) and isinstance(right, int):
        _ensure_size_bits(left.bit_length() + right.bit_length())
    elif isinstance(right, int) and isinstance(left, _SIZED):
        _ensure_size(len(left) * right)
    elif isinstance(left, int) and isinstance(right, _SIZED):
        _ensure_size(left * len(right))
    return left * right

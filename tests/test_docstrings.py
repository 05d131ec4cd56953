"""A docstring stands first in its function: a statement put above it (a guard such as
``if self._whole_book_needed(): return``) turns it into a string that does nothing."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def misplaced_docstrings(source: str) -> list[tuple[str, int]]:
    """(name, line) of every function or class with a bare string after its first statement."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for stmt in node.body[1:]:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) \
                        and isinstance(stmt.value.value, str):
                    out.append((node.name, stmt.lineno))
    return out


def test_the_check_finds_a_guard_above_a_docstring():
    source = 'def action_x(self):\n    if self.busy():\n        return\n    """Do x."""\n'
    assert misplaced_docstrings(source) == [("action_x", 4)]
    assert misplaced_docstrings('def f():\n    """Doc."""\n    return 1\n') == []


def test_no_docstring_below_code():
    found = [(str(path.relative_to(ROOT)), name, line)
             for package in ("reader", "vocab")
             for path in sorted((ROOT / package).rglob("*.py"))
             for name, line in misplaced_docstrings(path.read_text(encoding="utf-8"))]
    assert found == []

"""The command palette (Ctrl+P): every action of the screen you are on, searchable by
name, with its key.  Built from the bindings themselves (the screen's, the focused
widget's and the app's), so a new screen's keys appear here without a list to keep."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class ReaderCommands(Provider):
    """Commands from the active bindings: their tooltip (or description) as the name, the
    key as the help text."""

    def _commands(self) -> list[tuple[str, str, object]]:
        screen = self.screen
        app = screen.app
        out: list[tuple[str, str, object]] = []
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or not active.enabled or binding.system:
                continue
            if binding.action in seen:
                continue
            seen.add(binding.action)
            name = binding.tooltip or binding.description
            name = name[0].upper() + name[1:]
            keys = binding.key_display or app.get_key_display(binding)
            out.append((name, f"key: {keys}", partial(app.run_action, binding.action, active.node)))
        out.sort(key=lambda c: c[0].lower())
        return out

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = max(matcher.match(name), matcher.match(help_text) * 0.5)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)

"""The reader's screens, one module each, and the dialogs beside them."""

from .dialogs import ConfirmScreen, LevelScreen, NoteScreen, OpenFileScreen
from .help import HelpScreen
from .library import LibraryScreen
from .loading import LoadingScreen
from .practice import PracticeScreen
from .reading import ReadingScreen

__all__ = [
    "ConfirmScreen",
    "HelpScreen",
    "LevelScreen",
    "LibraryScreen",
    "LoadingScreen",
    "NoteScreen",
    "OpenFileScreen",
    "PracticeScreen",
    "ReadingScreen",
]

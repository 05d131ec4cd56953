"""Reusable widgets of the reader: paragraphs of clickable words, the gloss panel, the
vocabulary list, the article scroll."""

from .article import ArticleScroll
from .gloss import GlossPanel, render_gloss
from .paragraph import ParagraphView
from .styles import BAND_STYLES, STATUS_STYLES, word_style, word_style_for
from .vocabulary import VocabularyList

__all__ = [
    "ArticleScroll",
    "GlossPanel",
    "ParagraphView",
    "VocabularyList",
    "render_gloss",
    "word_style",
    "word_style_for",
    "BAND_STYLES",
    "STATUS_STYLES",
]

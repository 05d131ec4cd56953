"""The part-of-speech tagger at run time: a trained model, applied to a whole text at once.

Each token's score for each tag is a sum of feature weights (:mod:`vocab.tagging.features`).
Because type features depend on one written form only, the sum of a form's weights at each
offset (-2 … +2) is one small vector per pass, computed the first time the form is seen and
kept for the process.  Tagging a text is then a handful of numpy gathers over the whole text:
the per-token Python work is one dictionary lookup.  Pass 2 does the same with the tags of
pass 1 as extra features.

The model (``vocab/tagging/model.npz``) is loaded on first use; numpy is imported then too.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ..wordforms import PARTICLES, normalise
from .corpus import TAGS
from .features import (
    BOS,
    CLAUSE_CUES,
    EOS,
    NAME_CUE,
    OFFSETS,
    TypeInfo,
    class_key,
    clause_features,
    tag_features,
    type_info,
)
from .lexical import classes as lexical_classes

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Tagger", "MODEL_FILE", "TAG_VALUES"]

MODEL_FILE = Path(__file__).with_name("model.npz")
#: The values a neighbour's tag can take in pass 2: the tags and the sentence boundaries.
TAG_VALUES = (*TAGS, "<s>", "</s>")
_TV = {t: i for i, t in enumerate(TAG_VALUES)}
_K = len(TAGS)


class Model:
    """Weights of both passes: one row per feature string."""

    def __init__(self, features: list[str], W1, W2, frequent: frozenset[str], meta: dict) -> None:
        self.index = {f: i for i, f in enumerate(features)}
        self.W1 = W1
        self.W2 = W2
        self.frequent = frequent
        self.meta = meta

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Model:
        """The model in *path*; the committed one is kept decoded in the cache dir (keyed by
        the file's size and time), which loads in a fifth of the time."""
        import numpy as np

        def decode() -> dict:
            with np.load(path, allow_pickle=False) as z:
                return {
                    "features": bytes(z["features"]).decode("utf-8").split("\n"),
                    "W1": z["W1"].astype(np.float32).tobytes(),
                    "W2": z["W2"].astype(np.float32).tobytes(),
                    "frequent": bytes(z["frequent"]).decode("utf-8").split("\n"),
                    "meta": bytes(z["meta"]).decode("utf-8"),
                }

        if path == MODEL_FILE:
            from ..resources import _cached

            st = path.stat()
            data = _cached(f"tagger-{st.st_size}-{st.st_mtime_ns}", decode)
        else:
            data = decode()
        k = len(TAGS)
        W1 = np.frombuffer(data["W1"], dtype=np.float32).reshape(-1, k)
        W2 = np.frombuffer(data["W2"], dtype=np.float32).reshape(-1, k)
        return cls(data["features"], W1, W2, frozenset(data["frequent"]), json.loads(data["meta"]))

    def save(self, path: Path) -> None:
        import numpy as np

        features = [""] * len(self.index)
        for f, i in self.index.items():
            features[i] = f
        arrays = {
            "features": np.frombuffer("\n".join(features).encode("utf-8"), dtype=np.uint8),
            "W1": self.W1.astype(np.float16),
            "W2": self.W2.astype(np.float16),
            "frequent": np.frombuffer("\n".join(sorted(self.frequent)).encode("utf-8"), dtype=np.uint8),
            "meta": np.frombuffer(json.dumps(self.meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
        }
        # written by hand (not np.savez) so the zip carries no timestamps: same model, same bytes
        _save_npz(path, arrays)

    def vector(self, W, feats) -> np.ndarray:
        """Sum of the rows of *feats* (unknown features weigh nothing)."""
        import numpy as np

        index = self.index
        rows = [index[f] for f in feats if f in index]
        if not rows:
            return np.zeros(_K, dtype=np.float32)
        return W[rows].sum(axis=0)


def _save_npz(path: Path, arrays: dict) -> None:
    import io
    import zipfile

    import numpy as np

    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
    tmp.replace(path)


class Tagger:
    """Tags tokens (:class:`vocab.text.Token`) with UPOS and PART.

    *morph* is the engine's :class:`vocab.morphology.Morphology` (for the lexical classes and
    the name stage); *model* defaults to the committed model, loaded on first use.
    """

    def __init__(self, morph, model: Model | None = None, model_path: Path = MODEL_FILE) -> None:
        self.morph = morph
        self._model = model
        self._model_path = model_path
        self._types: dict[tuple, int] = {}  # (text, initial, name) → type id
        self._infos: list[TypeInfo] = []
        self._keys: dict[str, int] = {}  # class key → key id
        self._key_names: list[str] = []
        self._pairs: dict[int, int] = {}  # (template, key, key) code → row of _pair_table
        self._pair_table = None  # (rows, 2, K): pair weights of both passes
        self._table = None  # (rows, 10, K): each type's vectors (row 0 <s>, 1 </s>, types from 2)
        self._row_key = None  # class key id of each row
        self._filled = None
        self._plain: dict[str, int] = {}  # text → type id, for tokens neither initial nor names
        self._key_tags: dict[int, object] = {}  # key id → (2, len(TAG_VALUES), K) for tk / kt
        self._classes: dict[str, tuple[str, ...]] = {}
        self._lock = threading.RLock()  # the caches below grow as texts are tagged
        self._joins: dict[tuple[str, str], bool] = {}
        self._clause: dict[tuple[str, ...], object] = {}
        self._type_tags: dict[int, object] = {}  # type id → see _attribute_tag
        self._attributes: dict[str, object] = {}
        from .features import SKIPPED

        self._skipped = [TAGS.index(t) for t in sorted(SKIPPED)]
        self._tag_tables = None

    # ------------------------------------------------------------------ model
    @property
    def model(self) -> Model:
        if self._model is None:
            self._model = Model.load(self._model_path)
        return self._model

    @property
    def available(self) -> bool:
        return self._model is not None or self._model_path.exists()

    # ------------------------------------------------------------------ types
    def classes(self, low: str) -> tuple[str, ...]:
        c = self._classes.get(low)
        if c is None:
            c = self._classes[low] = lexical_classes(self.morph, low, PARTICLES)
        return c

    def type_id(self, text: str, initial: bool, name: bool) -> int:
        key = (text, initial, name)
        i = self._types.get(key)
        if i is None:
            i = self._types[key] = len(self._infos)
            self._infos.append(self.info(text, initial, name))
            if not initial and not name:
                self._plain[text] = i
        return i

    def info(self, text: str, initial: bool, name: bool) -> TypeInfo:
        from ..resources import zipf

        low = normalise(text)
        alpha = any(c.isalpha() for c in low)
        band = int(zipf(low)) if alpha else 0
        verb = self.morph.reading(low).verb if alpha else None
        verbs = self.morph.particle_bases(low) if alpha else ()
        english = None
        if alpha:
            from ..resources import english_zipf

            en = english_zipf(low)
            if en > 0:
                english = max(-3, min(3, round(en - zipf(low))))
        return type_info(text, low, self.classes(low), band, initial, name, verb, PARTICLES, english, verbs)

    def joins(self, particle: str, verb: str) -> bool:
        """Is particle + verb a verb we know (op + ruimen → opruimen)?"""
        key = (particle, verb)
        hit = self._joins.get(key)
        if hit is None:
            hit = self._joins[key] = self.morph.joins(particle, verb)
        return hit

    def types(self, tokens) -> list[TypeInfo]:
        from ..text import NAME

        with self._lock:
            return [
                self._infos[self.type_id(t.text, t.initial, t.kind == NAME)] for t in tokens
            ]

    def keys(self, types: list[TypeInfo], frequent=None) -> list[str]:
        frequent = self.model.frequent if frequent is None else frequent
        return [class_key(t, frequent) for t in types]

    def mark_names(self, paragraphs) -> None:
        """Run the engine's name stage (sets ``kind`` to NAME) - used to prepare training data."""
        self.morph.mark_names(paragraphs)

    # ------------------------------------------------------------------ scoring
    def _type_vectors(self, tid: int):
        import numpy as np

        m = self.model
        t = self._infos[tid]
        parts = [t.own, *(t.at(o) for o in OFFSETS)]
        return np.stack([m.vector(W, p) for W in (m.W1, m.W2) for p in parts])

    def _boundary_vectors(self, b: TypeInfo):
        import numpy as np

        m = self.model
        parts = [(), *(b.at(o) for o in OFFSETS)]
        return np.stack([m.vector(W, p) for W in (m.W1, m.W2) for p in parts])

    def _key_id(self, key: str) -> int:
        k = self._keys.get(key)
        if k is None:
            k = self._keys[key] = len(self._key_names)
            self._key_names.append(key)
        return k

    def tag(self, sentences: list[list]) -> list[list[str]]:
        """Tags for each token list in *sentences* (the tokens of one text, sentence by
        sentence).  Thread-safe: the reader analyses a book and glosses in worker threads."""
        if not sentences:
            return []
        with self._lock:
            return self._tag(sentences)

    def _tag(self, sentences: list[list]) -> list[list[str]]:
        import numpy as np

        from ..text import NAME

        # Flat layout: two boundary pads before and after every sentence.
        ids: list[int] = []
        real: list[int] = []
        bos, eos = -1, -2
        type_id = self.type_id
        plain = self._plain
        infos = self._infos
        clause: list[tuple[int, tuple[str, ...]]] = []  # (flat position, clause features)
        for toks in sentences:
            ids += (bos, bos)
            start = len(ids)
            for t in toks:
                tid = plain.get(t.text) if not t.initial and t.kind != NAME else None
                ids.append(tid if tid is not None else type_id(t.text, t.initial, t.kind == NAME))
            real.extend(range(start, len(ids)))
            types = None
            for k in range(start, len(ids)):
                if infos[ids[k]].cues & CLAUSE_CUES or (
                    infos[ids[k - 1]].cues & NAME_CUE if k > start else False
                ):
                    if types is None:
                        types = [infos[t] for t in ids[start:]]
                    feats = clause_features(types, k - start, self.joins)
                    if feats:
                        clause.append((k, feats))
            ids += (eos, eos)
        raw = np.asarray(ids, dtype=np.int64)
        flat = np.where(raw == bos, 0, np.where(raw == eos, 1, raw + 2))  # rows: <s>, </s>, types
        self._ensure_rows(flat)
        table = self._table
        pos = np.asarray(real, dtype=np.int64)
        kid = self._row_key[flat]
        p1 = table[flat[pos], 0]
        p2 = table[flat[pos], 5]
        for slot, o in enumerate(OFFSETS, start=1):
            p1 = p1 + table[flat[pos + o], slot]
            p2 = p2 + table[flat[pos + o], 5 + slot]
        pair1, pair2 = self._pair_scores(kid, pos)
        s1 = p1 + pair1
        s2 = p2 + pair2
        if clause:
            where = np.searchsorted(pos, [k for k, _f in clause])
            extra = np.stack([self._clause_vector(f) for _k, f in clause])
            s1[where] += extra[:, 0]
            s2[where] += extra[:, 1]
        t1 = s1.argmax(axis=1)
        s2 = s2 + self._tag_scores(t1, kid, pos, len(ids), raw[pos])
        t2 = s2.argmax(axis=1).tolist()
        out: list[list[str]] = []
        k = 0
        for toks in sentences:
            out.append([TAGS[i] for i in t2[k : k + len(toks)]])
            k += len(toks)
        return out

    def _ensure_rows(self, rows) -> None:
        """Fill the weight rows (and class keys) of every type among *rows*."""
        import numpy as np

        n = len(self._infos) + 2
        if self._table is None or len(self._table) < n:
            cap = max(1024, 2 * n)
            table = np.zeros((cap, 10, _K), dtype=np.float32)
            keys = np.full(cap, -1, dtype=np.int64)
            filled = np.zeros(cap, dtype=bool)
            if self._table is None:
                table[0] = self._boundary_vectors(BOS)
                table[1] = self._boundary_vectors(EOS)
                keys[0], keys[1] = self._key_id("<s>"), self._key_id("</s>")
                filled[:2] = True
            else:
                old = len(self._table)
                table[:old], keys[:old], filled[:old] = self._table, self._row_key, self._filled
            self._table, self._row_key, self._filled = table, keys, filled
        todo = np.unique(rows[~self._filled[rows]])
        if len(todo):
            frequent = self.model.frequent
            for r in todo.tolist():
                self._table[r] = self._type_vectors(r - 2)
                self._row_key[r] = self._key_id(class_key(self._infos[r - 2], frequent))
            self._filled[todo] = True

    def _clause_vector(self, feats: tuple[str, ...]):
        v = self._clause.get(feats)
        if v is None:
            import numpy as np

            m = self.model
            v = self._clause[feats] = np.stack([m.vector(m.W1, feats), m.vector(m.W2, feats)])
        return v

    def _pair_scores(self, kid, pos):
        """Scores of both passes from the pair features (L, R, LR) of every token."""
        import numpy as np

        s1 = s2 = None
        for template, (a, b) in enumerate(((-1, 0), (0, 1), (-1, 1))):
            codes = (kid[pos + a] << 21) | kid[pos + b]
            uniq, inverse = np.unique(codes, return_inverse=True)
            rows = np.fromiter(
                (self._pair_row(template, c) for c in uniq.tolist()), dtype=np.int64, count=len(uniq)
            )
            at = rows[inverse.reshape(-1)]
            part = self._pair_table[at]
            s1 = part[:, 0] if s1 is None else s1 + part[:, 0]
            s2 = part[:, 1] if s2 is None else s2 + part[:, 1]
        return s1, s2

    def _pair_row(self, template: int, code: int) -> int:
        key = (template << 42) | code
        row = self._pairs.get(key)
        if row is None:
            import numpy as np

            a, b = code >> 21, code & ((1 << 21) - 1)
            feat = ("L|", "R|", "LR|")[template] + self._key_names[a] + "|" + self._key_names[b]
            m = self.model
            row = self._pairs[key] = len(self._pairs)
            if self._pair_table is None or row >= len(self._pair_table):
                grown = np.zeros((max(4096, 2 * (row + 1)), 2, _K), dtype=np.float32)
                if self._pair_table is not None:
                    grown[: len(self._pair_table)] = self._pair_table
                self._pair_table = grown
            r = m.index.get(feat)
            if r is not None:
                self._pair_table[row, 0] = m.W1[r]
                self._pair_table[row, 1] = m.W2[r]
        return row

    def _tag_scores(self, t1, kid, pos, n_flat: int, type_ids):
        """Pass-2 scores from the pass-1 tags of the neighbours.  Every sentence has two pads
        on each side, so a pad to the left of a token is "<s>", one to its right "</s>"."""
        import numpy as np

        tags = np.full(n_flat, -1, dtype=np.int64)
        tags[pos] = t1

        def side(offset: int):
            t = tags[pos + offset]
            return np.where(t < 0, _TV["<s>"] if offset < 0 else _TV["</s>"], t)

        tm1, tm2, tp1, tp2 = side(-1), side(-2), side(1), side(2)
        singles, pairs = self._tag_tables_for()
        s = singles[0][tm1] + singles[1][tm2] + singles[2][tp1] + singles[3][tp2]
        s = s + pairs[0][tm1, tp1] + pairs[1][tm2, tm1] + pairs[2][tp1, tp2]
        uniq, inverse = np.unique(kid[pos], return_inverse=True)
        kt = np.stack([self._key_tag(int(k)) for k in uniq])  # (keys, 2, values, K)
        inv = inverse.reshape(-1)
        s = s + kt[inv, 0, tm1] + kt[inv, 1, tp1]
        # the nearest tags left and right that are no ADJ/ADV (see features.skip_left)
        skip = np.isin(tags, self._skipped)
        idx = np.arange(n_flat)
        last = np.maximum.accumulate(np.where(skip, -1, idx))
        first = np.minimum.accumulate(np.where(skip, n_flat, idx)[::-1])[::-1]
        ls = np.where(tags[last[pos - 1]] < 0, _TV["<s>"], tags[last[pos - 1]])
        rs = np.where(tags[first[pos + 1]] < 0, _TV["</s>"], tags[first[pos + 1]])
        s = s + singles[4][ls] + singles[5][rs] + kt[inv, 2, ls] + kt[inv, 3, rs]
        uniq, inverse = np.unique(type_ids, return_inverse=True)
        at = np.stack([self._attribute_tag(int(t)) for t in uniq])  # (types, 2, values, K)
        inv = inverse.reshape(-1)
        return s + at[inv, 0, tm1] + at[inv, 1, tp1]

    def _attribute_tag(self, tid: int):
        """(2, tag values, K): the weights of the type's attributes with the tag on its left
        and on its right (features ``ta|`` and ``at|``)."""
        v = self._type_tags.get(tid)
        if v is None:
            import numpy as np

            v = np.zeros((2, len(TAG_VALUES), _K), dtype=np.float32)
            for a in self._infos[tid].tagged:
                w = self._attributes.get(a)
                if w is None:
                    m = self.model
                    w = np.zeros((2, len(TAG_VALUES), _K), dtype=np.float32)
                    for u, name in enumerate(TAG_VALUES):
                        for side, f in enumerate(("ta|" + name + "|" + a, "at|" + a + "|" + name)):
                            r = m.index.get(f)
                            if r is not None:
                                w[side, u] = m.W2[r]
                    self._attributes[a] = w
                v = v + w
            self._type_tags[tid] = v
        return v

    def _tag_tables_for(self):
        if self._tag_tables is None:
            import numpy as np

            m = self.model
            V = len(TAG_VALUES)
            singles = np.zeros((6, V, _K), dtype=np.float32)
            for a, prefix in enumerate(("t-1|", "t-2|", "t+1|", "t+2|", "ls|", "rs|")):
                for v, name in enumerate(TAG_VALUES):
                    singles[a, v] = m.vector(m.W2, (prefix + name,))
            pairs = np.zeros((3, V, V, _K), dtype=np.float32)
            for a, prefix in enumerate(("tt|", "t--|", "t++|")):
                for v, x in enumerate(TAG_VALUES):
                    for u, y in enumerate(TAG_VALUES):
                        f = prefix + x + "|" + y
                        if f in m.index:
                            pairs[a, v, u] = m.W2[m.index[f]]
            self._tag_tables = (singles, pairs)
        return self._tag_tables

    def _key_tag(self, k: int):
        v = self._key_tags.get(k)
        if v is None:
            import numpy as np

            m = self.model
            key = self._key_names[k]
            V = len(TAG_VALUES)
            v = np.zeros((4, V, _K), dtype=np.float32)
            for u, name in enumerate(TAG_VALUES):
                for side, f in enumerate((
                    "tk|" + name + "|" + key, "kt|" + key + "|" + name,
                    "lk|" + name + "|" + key, "kr|" + key + "|" + name,
                )):
                    r = m.index.get(f)
                    if r is not None:
                        v[side, u] = m.W2[r]
            self._key_tags[k] = v
        return v

    # ------------------------------------------------------------------ checks
    def slow_tags(self, tokens) -> list[str]:
        """Tags of one sentence computed feature by feature, as in training (for tests: it
        must equal :meth:`tag`)."""
        return self.tag_types(self.types(tokens))

    def tag_types(self, types: list[TypeInfo]) -> list[str]:
        """Tags of one sentence given as its tokens' TypeInfos (training data has no tokens)."""
        with self._lock:
            return self._tag_types(types)

    def _tag_types(self, types: list[TypeInfo]) -> list[str]:
        from .features import token_features

        m = self.model
        keys = self.keys(types)
        base = [token_features(types, keys, i, self.joins) for i in range(len(types))]
        t1 = [TAGS[int(m.vector(m.W1, f).argmax())] for f in base]
        return [
            TAGS[int(m.vector(m.W2, f + tag_features(t1, keys, i, types)).argmax())]
            for i, f in enumerate(base)
        ]


def data_fingerprint() -> str:
    """A fingerprint of what the tagger's lexical features depend on: the lexicon and the code
    of readings and features.  The model records the one it was trained with."""
    from .. import lexicon as _lexicon

    h = hashlib.sha1()
    here = Path(__file__).resolve().parent
    for f in (
        _lexicon.DATA_FILE, _lexicon.EXCLUDED_FILE, here / "features.py", here / "lexical.py",
        here.parent / "readings.py", here.parent / "wordforms.py", here.parent / "names.py",
        here.parent / "lemmas.py", here.parent / "compounds.py",
    ):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]

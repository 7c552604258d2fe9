"""Duplicate detection: exact copies by content hash, near-copies (wire syndication) by MinHash.

A wire story reprinted by many outlets arrives with another headline, other page furniture, a
few reworded sentences and often its end cut to fit; storing each copy would count one source's
claim many times. MinHash over word shingles estimates the Jaccard similarity of two texts from
small fixed-size signatures, and an LSH index finds similar earlier articles without comparing
against every one. Jaccard alone punishes a cut copy for what it lacks, so the signature also
carries the text's shingle count, from which the share of the shorter text found in the longer
(containment) follows. Signatures are plain bytes so the store can keep them and rebuild the
index without re-reading texts.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's default since 2.0; stored signatures must keep one scheme
SHINGLE_WORDS = 3
# Thresholds measured with benchmarks/dedupe.py (real articles and reprints made from them) and
# tests/test_dedupe.py. A copy is a duplicate when either similarity reaches its threshold.
THRESHOLD = 0.6  # Jaccard: the two texts are mostly the same
CONTAINMENT = 0.7  # share of the shorter text's shingles found in the longer
# Below this Jaccard, containment is not trusted: derived from a small Jaccard estimate between
# texts of very unequal length, its error is several times the estimate's. It is also the floor
# of the LSH candidate search.
CANDIDATE_JACCARD = 0.25
MIN_SHINGLES = 40  # containment of a few lines in a long article says nothing about syndication

_WORD = re.compile(r"\w+")
_SIZE = struct.Struct("<I")
# The permutations depend only on NUM_PERM and the seed; generating them once saves most of
# the cost of building a MinHash (a stored-signature index of a million articles rebuilds fast).
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


@dataclass(frozen=True)
class _Sketch:
    size: int  # number of distinct shingles
    minhash: MinHash


def content_hash(text: str) -> str:
    """sha256 of the text with whitespace runs collapsed, for exact duplicates."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def signature(text: str) -> bytes:
    """The signature of `text`: its shingle count, then NUM_PERM MinHash values (uint32 LE)."""
    sketch = _sketch(text)
    return _SIZE.pack(sketch.size) + sketch.minhash.hashvalues.astype("<u4").tobytes()


def similarity(first: bytes, second: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    return _decode(first).minhash.jaccard(_decode(second).minhash)


def containment(first: bytes, second: bytes) -> float:
    """Estimated share of the shorter text's shingles that occur in the longer one."""
    return _containment(_decode(first), _decode(second))


class NearDuplicateIndex:
    """Articles seen so far, by key; `find` answers which one a new text is a copy of."""

    def __init__(self, threshold: float = THRESHOLD, containment: float = CONTAINMENT) -> None:
        self.threshold, self.containment = threshold, containment
        candidates = min(threshold, CANDIDATE_JACCARD)
        self._lsh = MinHashLSH(threshold=candidates, num_perm=NUM_PERM)
        self._sketches: dict[str, _Sketch] = {}

    def __len__(self) -> int:
        return len(self._sketches)

    def add(self, key: str, text: str) -> None:
        self._insert(key, _sketch(text))

    def add_signature(self, key: str, stored: bytes) -> None:
        """Add an article from its stored signature (rebuilding the index from the database)."""
        if key not in self._sketches:  # a refresh meets the newest article again
            self._insert(key, _decode(stored))

    def find(self, text: str) -> str | None:
        """The key of the indexed article `text` is a near-copy of (the closest), or None."""
        return self.find_signature(signature(text))

    def find_signature(self, stored: bytes) -> str | None:
        """As `find`, for a text whose signature is already computed."""
        query = _decode(stored)
        if query.size == 0:  # fewer words than a shingle: nothing to compare
            return None
        best: tuple[float, float, str] | None = None
        for key in self._lsh.query(query.minhash):
            sketch = self._sketches[key]
            jaccard = sketch.minhash.jaccard(query.minhash)
            contained = _containment(sketch, query)
            if jaccard >= self.threshold or contained >= self.containment:
                best = max(best or (jaccard, contained, key), (jaccard, contained, key))
        return best[2] if best else None

    def _insert(self, key: str, sketch: _Sketch) -> None:
        if key in self._sketches:
            return
        self._lsh.insert(key, sketch.minhash)
        self._sketches[key] = sketch


def _sketch(text: str) -> _Sketch:
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    shingles = {
        " ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    }
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(s.encode("utf-8") for s in shingles)
    return _Sketch(len(shingles), minhash)


def _decode(stored: bytes) -> _Sketch:
    (size,) = _SIZE.unpack_from(stored)
    values = np.frombuffer(stored, dtype="<u4", offset=_SIZE.size).astype(np.uint32)
    return _Sketch(size, MinHash(hashvalues=values, scheme=SCHEME, permutations=_PERMUTATIONS))


def _containment(first: _Sketch, second: _Sketch) -> float:
    """|A ∩ B| / min(|A|, |B|), with |A ∩ B| = J / (1 + J) * (|A| + |B|) from the estimate J.

    0 where it would be unreliable: a short text, or a Jaccard below CANDIDATE_JACCARD.
    """
    smaller = min(first.size, second.size)
    jaccard = first.minhash.jaccard(second.minhash)
    if smaller < MIN_SHINGLES or jaccard < CANDIDATE_JACCARD:
        return 0.0
    shared = jaccard / (1 + jaccard) * (first.size + second.size)
    return min(1.0, shared / smaller)

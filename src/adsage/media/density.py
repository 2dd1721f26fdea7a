"""Edge/contrast density map: where a frame holds text-like detail, without a vision model.

Text, logos and faces are small, sharp, high-contrast shapes with edges running both ways;
skies, gradients and soft backgrounds have almost none, and the straight edge of a large shape
runs one way only.  The frame is cut into small cells and a cell counts as text-like when many
of its pixels sit on a strong edge in both directions.  It estimates where such detail sits,
not what it says, so everything built on it only warns.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from adsage.media.facts import Mask
from adsage.media.rules import Detection


def text_mask(gray: npt.NDArray[np.uint8], det: Detection) -> Mask:
    """Cells (``det.cell`` pixels square) of ``gray`` that hold dense two-way edges."""
    g = gray.astype(np.int16)
    ex = np.zeros(g.shape, dtype=bool)
    ey = np.zeros(g.shape, dtype=bool)
    ex[:, 1:] = np.abs(np.diff(g, axis=1)) > det.edge_threshold
    ey[1:, :] = np.abs(np.diff(g, axis=0)) > det.edge_threshold
    c = det.cell
    rows, cols = g.shape[0] // c, g.shape[1] // c
    if rows == 0 or cols == 0:
        return np.zeros((max(rows, 1), max(cols, 1)), dtype=bool)

    def density(edges: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
        cut = edges[: rows * c, : cols * c].reshape(rows, c, cols, c)
        return np.asarray(cut.mean(axis=(1, 3)), dtype=np.float64)

    dx, dy = density(ex), density(ey)
    need = det.cell_density
    mask: Mask = ((dx + dy) / 2 >= need) & (dx >= need / 3) & (dy >= need / 3)
    return mask


def share(mask: Mask) -> float:
    """Share of the frame covered by text-like cells."""
    return float(mask.mean()) if mask.size else 0.0


def band_shares(mask: Mask, top: float, bottom: float, sides: float) -> dict[str, float]:
    """Share of each covered band (top, bottom, sides) that holds text-like cells."""
    rows, cols = mask.shape
    out: dict[str, float] = {}
    t = round(rows * top)
    b = round(rows * bottom)
    if t:
        out["top"] = float(mask[:t].mean())
    if b:
        out["bottom"] = float(mask[rows - b :].mean())
    s = round(cols * sides)
    if s:
        middle = mask[t : rows - b] if rows - b > t else mask
        out["sides"] = float(np.concatenate([middle[:, :s], middle[:, cols - s :]], axis=1).mean())
    return out

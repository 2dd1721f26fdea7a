"""`adsage variants` never puts the same sentences in another order up as A against B."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.drafting.offline.sameness import reordered
from adsage.models.brief import Brief
from adsage.variants import generate_variants
from adsage.variants.offline import too_close

REVIEW3 = Path(__file__).resolve().parents[1] / "data" / "review3_briefs"


def test_a_swap_of_sentences_is_too_close() -> None:
    a = "20% off the first three cleans. Same vetted cleaner every visit. Book online."
    b = "Same vetted cleaner every visit. 20% off the first three cleans. Book online."
    assert too_close(a, b)
    assert not too_close(a, "Insured, eco-friendly products. 20% off. Book online.")


@pytest.mark.parametrize("name", ["04_szkola_angielskiego_pl", "11_cleaning_en"])
def test_primary_text_variants_are_not_reorderings(name: str, settings: Any) -> None:
    data = yaml.safe_load((REVIEW3 / f"{name}.yaml").read_text("utf-8"))
    vs = generate_variants(Brief.model_validate(data), "primary_text", 3, settings=settings)
    texts = [v.primary_text for v in vs.variants]
    assert len(texts) == 3
    assert not [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :] if reordered(a, b)]

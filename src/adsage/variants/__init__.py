"""A/B creative variants: a control plus alternatives that differ in exactly one element."""

from adsage.variants.generate import generate_variants
from adsage.variants.models import ELEMENTS, AdVariant, Element, VariantSet

__all__ = ["ELEMENTS", "AdVariant", "Element", "VariantSet", "generate_variants"]

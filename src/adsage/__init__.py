"""adsage: an advisor for Meta (Facebook/Instagram) ad campaigns.

Importing the package must stay cheap and side-effect free: the CLI's fast paths
(``adsage check``) depend on it.
"""

__version__ = "0.1.0"

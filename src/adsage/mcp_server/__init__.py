"""adsage as a Model Context Protocol server (``adsage mcp``).

Named ``mcp_server`` so it never shadows the ``mcp`` SDK it is built on.  Nothing is imported
here: the SDK, the checkers and the knowledge index load when the server starts.
"""

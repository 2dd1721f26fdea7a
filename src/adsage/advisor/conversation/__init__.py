"""A surface-free conversation turn: text -> language -> intent -> core call -> typed result.

:mod:`.understanding` reads a message (language, request, brief details), :mod:`.calls`
holds the checks and sizing a turn runs, :mod:`.drafts` the typed draft calls (regenerate,
make shorter).  The chat and the Slack bot render the results and map their commands and
buttons onto these calls; neither decides anything of its own.
"""

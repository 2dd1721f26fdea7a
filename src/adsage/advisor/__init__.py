"""The advisor core: every surface (CLI, chat, Slack) calls these functions and only renders."""

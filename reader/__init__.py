"""dutch-reader's terminal front end: the CLI and (later) the Textual app."""

"""The room on a phone: a view and a remote control served over the local network."""

#: The port `--remote` and the dialog offer first. Here, not in server.py, so the
#: command line can name it without loading the service and its access tokens
#: (`secrets` loads OpenSSL through `hmac`: 3.8 MiB of a window with no remote).
DEFAULT_PORT = 8765

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    """A mail server that refuses every message, as one does when it is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("The mail server is down.")

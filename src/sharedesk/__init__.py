"""sharedesk: guided, recorded, encrypted information-sharing decisions for safeguarding."""

__version__ = "0.1.0"

"""sitroom: news articles and official statements in, a sourced situation picture out."""

__version__ = "0.1.0"

"""jixiao (绩效): budget performance management for Chinese public finance."""

__version__ = "0.1.0"

"""In-year monitoring (绩效运行监控, 双监控): budget execution and target achievement at a date."""

from jixiao.domain.monitoring.profile import PROFILES, Colour, MonitoringProfile, monitoring_profile
from jixiao.domain.monitoring.report import MonitoringReport, monitor
from jixiao.domain.monitoring.warnings import MonitoringWarning

__all__ = [
    "PROFILES",
    "Colour",
    "MonitoringProfile",
    "MonitoringReport",
    "MonitoringWarning",
    "monitor",
    "monitoring_profile",
]

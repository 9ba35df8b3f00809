"""A bureau's review profile: which rules run, at what severity, with which parameters.

:meth:`ReviewProfile.from_mapping` reads the profile from plain data (what a TOML file
decodes to) and checks it against the registered rules; reading the file itself is the
adapter's job (``jixiao.interchange.review_profile``). The format::

    name = "某市财政局审核规则"
    disable = ["TARGET.VAGUE"]           # rules switched off
    enable = []                          # rules off by default switched on

    [library]
    match_threshold = 0.7                # fuzzy match to the indicator library

    [rules."BUDGET.BALANCE"]
    severity = "警告"                    # error/warning/info or 错误/警告/提示
    tolerance = 0.02                     # a parameter (jixiao rules lists them)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Final

from jixiao.domain.library import DEFAULT_THRESHOLD
from jixiao.domain.review.finding import Severity
from jixiao.domain.review.rule import ParamValue, Rule, all_rules
from jixiao.errors import JixiaoError

_TOP_KEYS: Final = frozenset({"name", "disable", "enable", "library", "rules"})
_RULE_KEYS: Final = frozenset({"enabled", "severity"})


class ProfileError(JixiaoError):
    """A review profile that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class ReviewProfile:
    """Rule selection, severity overrides and parameter overrides (all by rule code)."""

    name: str = "默认"
    enabled: frozenset[str] = frozenset()
    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)
    params: Mapping[str, Mapping[str, ParamValue]] = field(default_factory=dict)
    match_threshold: float = DEFAULT_THRESHOLD

    def is_enabled(self, rule: Rule) -> bool:
        if rule.code in self.disabled:
            return False
        return rule.enabled_by_default or rule.code in self.enabled

    def severity_of(self, rule: Rule) -> Severity:
        return self.severities.get(rule.code, rule.default_severity)

    def params_of(self, rule: Rule) -> Mapping[str, ParamValue]:
        overrides = self.params.get(rule.code)
        return {**rule.params, **overrides} if overrides else rule.params

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "审核配置") -> ReviewProfile:
        """Read and check a profile; a mistake raises :class:`ProfileError` naming the key."""
        reader = _Reader(source)
        return reader.profile(data)


class _Reader:
    """Checks profile data against the registered rules, naming ``source`` in each error."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.rules = {rule.code: rule for rule in all_rules()}

    def fail(self, key: str, reason: str) -> ProfileError:
        return ProfileError(f"审核配置“{self.source}”中 {key}:{reason}")

    def profile(self, data: Mapping[str, Any]) -> ReviewProfile:
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise self.fail(unknown[0], f"不认识的配置项(可用:{'、'.join(sorted(_TOP_KEYS))})")
        name = data.get("name", "默认")
        if not isinstance(name, str):
            raise self.fail("name", "应为文本")
        severities: dict[str, Severity] = {}
        params: dict[str, dict[str, ParamValue]] = {}
        disabled = set(self.codes(data.get("disable", []), "disable"))
        enabled = set(self.codes(data.get("enable", []), "enable"))
        rules = data.get("rules", {})
        if not isinstance(rules, Mapping):
            raise self.fail("rules", '应为表([rules."代码"])')
        for code, settings in rules.items():
            self.rule_settings(code, settings, severities, params, enabled, disabled)
        return ReviewProfile(
            name=name,
            enabled=frozenset(enabled),
            disabled=frozenset(disabled),
            severities=severities,
            params=params,
            match_threshold=self.threshold(data.get("library", {})),
        )

    def codes(self, value: Any, key: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, '应为规则代码的列表,如 ["TARGET.VAGUE"]')
        for code in value:
            self.rule(code, key)
        return list(value)

    def rule(self, code: str, key: str) -> Rule:
        if code not in self.rules:
            raise self.fail(key, f"没有规则“{code}”(jixiao rules 列出全部规则)")
        return self.rules[code]

    def rule_settings(
        self,
        code: str,
        settings: Any,
        severities: dict[str, Severity],
        params: dict[str, dict[str, ParamValue]],
        enabled: set[str],
        disabled: set[str],
    ) -> None:
        key = f'[rules."{code}"]'
        rule = self.rule(code, key)
        if not isinstance(settings, Mapping):
            raise self.fail(key, "应为表")
        for name, value in settings.items():
            if name == "severity":
                severity = Severity.from_text(value) if isinstance(value, str) else None
                if severity is None:
                    raise self.fail(f"{key} severity", f"“{value}”不是 错误/警告/提示")
                severities[code] = severity
            elif name == "enabled":
                if not isinstance(value, bool):
                    raise self.fail(f"{key} enabled", "应为 true 或 false")
                (enabled if value else disabled).add(code)
                (disabled if value else enabled).discard(code)
            else:
                params.setdefault(code, {})[name] = self.param(rule, key, name, value)

    def param(self, rule: Rule, key: str, name: str, value: Any) -> ParamValue:
        if name not in rule.params:
            known = "、".join(sorted(set(rule.params) | _RULE_KEYS))
            raise self.fail(f"{key} {name}", f"规则 {rule.code} 没有这个参数(可用:{known})")
        converted = _convert(rule.params[name], value)
        if converted is None:
            expected = _type_label(rule.params[name])
            raise self.fail(f"{key} {name}", f"应为{expected},而不是“{value}”")
        return converted

    def threshold(self, library: Any) -> float:
        if not isinstance(library, Mapping):
            raise self.fail("library", "应为表([library])")
        unknown = sorted(set(library) - {"match_threshold"})
        if unknown:
            raise self.fail(f"[library] {unknown[0]}", "不认识的配置项(可用:match_threshold)")
        value = library.get("match_threshold", DEFAULT_THRESHOLD)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            raise self.fail("[library] match_threshold", f"应为 0 到 1 之间的数,而不是“{value}”")
        return float(value)


def _convert(default: ParamValue, value: Any) -> ParamValue | None:
    """``value`` as the type of ``default``, or None when it is not of that kind."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(default, Decimal):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return None
        try:
            number = Decimal(str(value))  # via str: 0.1 stays 0.1, not its binary neighbour
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    if isinstance(default, str):
        return value if isinstance(value, str) else None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    return None


def _type_label(default: ParamValue) -> str:
    if isinstance(default, bool):
        return " true 或 false"
    if isinstance(default, int | Decimal):
        return "数值"
    if isinstance(default, str):
        return "文本"
    return "文本列表"

// Charts from JSON series in a data attribute (the CSP forbids inline scripts): ECharts.
"use strict";

function spendingChart(element, data) {
  var chart = echarts.init(element, null, { renderer: "svg" });
  var series = [];
  data.series.forEach(function (s, index) {
    if (index === 0) {
      series.push({ name: "时间进度", type: "line", data: s.time, lineStyle: { type: "dotted" }, symbol: "none", color: "#6b7785" });
    }
    series.push({ name: s.name + " 计划", type: "line", data: s.planned, lineStyle: { type: "dashed" }, color: "#1d5fa6" });
    series.push({ name: s.name + " 实际", type: "line", data: s.executed, connectNulls: false, color: "#a4231b", areaStyle: { opacity: 0.08 } });
  });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : v + "%"; } },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: "category", data: data.months },
    yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" }, name: "累计执行率" },
    series: series
  });
  window.addEventListener("resize", function () { chart.resize(); });
}

function barChart(element, data) {
  var chart = echarts.init(element, null, { renderer: "svg" });
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 50, right: 20, top: 30, bottom: 40 },
    xAxis: { type: "category", data: data.labels, axisLabel: { interval: 0, rotate: data.rotate || 0 } },
    yAxis: { type: "value", name: data.unit || "" },
    series: [{ type: "bar", data: data.values, itemStyle: { color: "#1d5fa6" }, label: { show: true, position: "top" } }]
  });
  window.addEventListener("resize", function () { chart.resize(); });
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-chart]").forEach(function (element) {
    var data = JSON.parse(element.getAttribute("data-series"));
    var kind = element.getAttribute("data-chart");
    if (kind === "spending") { spendingChart(element, data); }
    if (kind === "bar") { barChart(element, data); }
    element.setAttribute("data-drawn", "true");
  });
});

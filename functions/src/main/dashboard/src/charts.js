// The two charts of a company's series, drawn with uPlot (canvas, about 50 KB, no dependencies).
// Each chart element keeps its uPlot instance as `plot`, so what was drawn can be read back.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { axisMoney, day, money, utcDate } from "./format.js";

const INK = "#1d4ed8";
const IN = "#15803d";
const OUT = "#b91c1c";

/** Seconds since the epoch of a calendar day's UTC midnight: uPlot's time axis. */
function seconds(isoDate) {
  return utcDate(isoDate).getTime() / 1000;
}

function moneyAxis() {
  return {
    values: (_, ticks) => ticks.map(axisMoney),
    size: 80,
  };
}

function options(element, series, extra = {}) {
  return {
    width: element.clientWidth || 600,
    height: Math.max(200, Math.min(320, Math.round((element.clientWidth || 600) * 0.45))),
    // The time axis shows calendar days; UTC keeps them from shifting with the reader's zone.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    cursor: { drag: { x: false, y: false } },
    legend: { live: true },
    scales: { x: { time: true } },
    axes: [{}, moneyAxis()],
    series: [{ value: (_, ts) => (ts == null ? "" : day(new Date(ts * 1000).toISOString().slice(0, 10))) }, ...series],
    ...extra,
  };
}

const valueOf = (_, number) => (number == null ? "" : money(number.toFixed(2)));

/** Closing balance at each period's last day. */
export function balanceChart(element, rows) {
  const data = [rows.map((row) => seconds(row.end)), rows.map((row) => Number(row.closing))];
  return draw(element, data, () =>
    options(element, [
      { label: "Closing balance", stroke: INK, width: 2, fill: "rgba(29, 78, 216, 0.08)", value: valueOf },
    ]),
  );
}

/** Money in and out per period, side by side from each period's first day. */
export function flowsChart(element, rows) {
  const data = [
    rows.map((row) => seconds(row.start)),
    rows.map((row) => Number(row.in)),
    rows.map((row) => Number(row.out)),
  ];
  const bars = (align) => uPlot.paths.bars({ size: [0.45, 40], align });
  return draw(element, data, () =>
    options(element, [
      { label: "In", stroke: IN, fill: "rgba(21, 128, 61, 0.7)", paths: bars(-1), points: { show: false }, value: valueOf },
      { label: "Out", stroke: OUT, fill: "rgba(185, 28, 28, 0.7)", paths: bars(1), points: { show: false }, value: valueOf },
    ], { scales: { x: { time: true }, y: { range: (_, min, max) => [0, Math.max(max, 1) * 1.05] } } }),
  );
}

function draw(element, data, make) {
  element.plot?.destroy();
  element.replaceChildren();
  element.plot = new uPlot(make(), data, element);
  return element.plot;
}

// One observer resizes every chart with its container (a rotated phone, a resized window).
const resizer = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const plot = entry.target.plot;
    const width = Math.round(entry.contentRect.width);
    if (plot && width > 0 && width !== plot.width) {
      plot.setSize({ width, height: Math.max(200, Math.min(320, Math.round(width * 0.45))) });
    }
  }
});

export function keepSized(element) {
  resizer.observe(element);
}

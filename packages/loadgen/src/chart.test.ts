import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartSvg, niceStep, type Panel } from "./chart.js";

const panel: Panel = {
  title: "Latency <p99>",
  xLabel: "players",
  yLabel: "ms",
  series: [
    {
      name: "all-in-one p99",
      color: "#c00",
      points: [
        [10, 2],
        [50, 4.5],
        [100, Number.NaN],
        [200, 9],
      ],
    },
    {
      name: "all-in-one p50",
      color: "#c00",
      dashed: true,
      points: [
        [10, 1],
        [50, 2],
      ],
    },
    { name: "8 arenas", color: "#c00", marker: "square", points: [[400, 12]] },
  ],
};

describe("chartSvg", () => {
  it("draws one polyline per unbroken run of points, with markers, legend and escaped text", () => {
    const svg = chartSvg([panel, { ...panel, title: "CPU" }], "machine: test");
    // Per panel: the p99 series breaks at NaN into [10,50] and [200] (one point: no line), p50 has one line.
    expect(svg.match(/<polyline/g)).toHaveLength(4);
    expect(svg.match(/<circle/g)).toHaveLength(10);
    // The square-marked series: one point and one legend entry per panel.
    expect(svg.match(/<rect x=/g)).toHaveLength(4);
    expect(svg).toContain("Latency &lt;p99&gt;");
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain("all-in-one p50");
    expect(svg).toContain("machine: test");
    expect(svg).toContain("<title>Latency &lt;p99&gt;; CPU</title>");
    expect(svg).toMatch(/^<svg [^>]*width="1120"/);
  });

  it("renders to a PNG of the SVG's size", () => {
    const png = new Resvg(chartSvg([panel]), { font: { loadSystemFonts: true } }).render();
    expect(png.width).toBe(560);
    expect([...png.asPng().subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it("picks 1-2-5 axis steps", () => {
    expect([niceStep(10), niceStep(47), niceStep(400), niceStep(0.9), niceStep(0)]).toEqual([2, 10, 100, 0.2, 1]);
  });
});

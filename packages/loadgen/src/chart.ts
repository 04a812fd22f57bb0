/**
 * Line charts as SVG, for the benchmark report: a few panels side by side, each with axes, ticks,
 * a legend and one polyline per series. Plain SVG text, so any rasteriser (the benchmark uses
 * resvg) or a browser shows it the same.
 */

export interface Series {
  readonly name: string;
  readonly color: string;
  /** Dashed line (e.g. p50 beside a solid p99). */
  readonly dashed?: boolean;
  /** Point marker; default circle. */
  readonly marker?: "circle" | "square";
  /** Points in x order; a y of NaN leaves a gap. */
  readonly points: readonly (readonly [number, number])[];
}

export interface Panel {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
}

const PANEL_W = 560;
const PANEL_H = 380;
const M = { left: 64, right: 16, top: 36, bottom: 92 };

/** A "nice" step (1, 2 or 5 × 10^k) that splits `span` into about `count` parts. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function label(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}

function panelSvg(p: Panel, offsetX: number): string {
  const pts = p.series.flatMap((s) => s.points).filter(([, y]) => Number.isFinite(y));
  const xMax = Math.max(1, ...pts.map(([x]) => x));
  const yMaxRaw = Math.max(0, ...pts.map(([, y]) => y));
  const yStep = niceStep(yMaxRaw || 1);
  const yMax = Math.ceil((yMaxRaw || 1) / yStep) * yStep;
  const xStep = niceStep(xMax);
  const w = PANEL_W - M.left - M.right;
  const h = PANEL_H - M.top - M.bottom;
  const sx = (x: number) => M.left + (x / xMax) * w;
  const sy = (y: number) => M.top + h - (y / yMax) * h;
  const out: string[] = [`<g transform="translate(${offsetX},0)">`];
  out.push(
    `<text x="${PANEL_W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${esc(p.title)}</text>`,
  );
  for (let y = 0; y <= yMax + yStep / 2; y += yStep) {
    out.push(`<line x1="${M.left}" x2="${M.left + w}" y1="${sy(y)}" y2="${sy(y)}" stroke="#ddd"/>`);
    out.push(`<text x="${M.left - 6}" y="${sy(y) + 4}" text-anchor="end" font-size="11">${label(y)}</text>`);
  }
  for (let x = 0; x <= xMax + xStep / 2; x += xStep) {
    out.push(`<line x1="${sx(x)}" x2="${sx(x)}" y1="${M.top + h}" y2="${M.top + h + 4}" stroke="#333"/>`);
    out.push(`<text x="${sx(x)}" y="${M.top + h + 17}" text-anchor="middle" font-size="11">${label(x)}</text>`);
  }
  out.push(`<line x1="${M.left}" x2="${M.left + w}" y1="${M.top + h}" y2="${M.top + h}" stroke="#333"/>`);
  out.push(`<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + h}" stroke="#333"/>`);
  out.push(
    `<text x="${M.left + w / 2}" y="${M.top + h + 36}" text-anchor="middle" font-size="12">${esc(p.xLabel)}</text>`,
  );
  out.push(
    `<text transform="translate(16,${M.top + h / 2}) rotate(-90)" text-anchor="middle" font-size="12">${esc(p.yLabel)}</text>`,
  );
  for (const s of p.series) {
    const dash = s.dashed ? ` stroke-dasharray="6 4"` : "";
    let run: string[] = [];
    const flush = () => {
      if (run.length > 1)
        out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${run.join(" ")}"/>`);
      run = [];
    };
    for (const [x, y] of s.points) {
      if (!Number.isFinite(y)) {
        flush();
        continue;
      }
      const [px, py] = [sx(x).toFixed(1), sy(y).toFixed(1)];
      run.push(`${px},${py}`);
      out.push(
        s.marker === "square"
          ? `<rect x="${sx(x) - 4}" y="${sy(y) - 4}" width="8" height="8" fill="${s.color}"/>`
          : `<circle cx="${px}" cy="${py}" r="3" fill="${s.color}"/>`,
      );
    }
    flush();
  }
  // Legend under the axis title, two entries per row.
  p.series.forEach((s, i) => {
    const lx = M.left + (i % 2) * (w / 2);
    const ly = M.top + h + 56 + Math.floor(i / 2) * 16;
    const dash = s.dashed ? ` stroke-dasharray="6 4"` : "";
    if (s.marker === "square") out.push(`<rect x="${lx + 8}" y="${ly - 8}" width="8" height="8" fill="${s.color}"/>`);
    else
      out.push(
        `<line x1="${lx}" x2="${lx + 24}" y1="${ly - 4}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${dash}/>`,
      );
    out.push(`<text x="${lx + 30}" y="${ly}" font-size="11">${esc(s.name)}</text>`);
  });
  out.push("</g>");
  return out.join("\n");
}

/** Panels side by side in one SVG document, with a caption line under them. */
export function chartSvg(panels: readonly Panel[], caption = ""): string {
  const width = PANEL_W * panels.length;
  const height = PANEL_H + (caption ? 24 : 0);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<title>${esc(panels.map((p) => p.title).join("; "))}</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...panels.map((p, i) => panelSvg(p, i * PANEL_W)),
    caption ? `<text x="12" y="${height - 8}" font-size="11" fill="#555">${esc(caption)}</text>` : "",
    "</svg>",
  ].join("\n");
}

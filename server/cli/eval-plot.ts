/**
 * `changetalk eval --plot F.svg`: the evaluation as a picture — per-class F1 as bars (counsellor coarse codes and
 * client talk) and each transcript's R:Q, gold against predicted, as a scatter around the diagonal. Two plain
 * charts drawn as SVG text: a charting library here would need a DOM (uPlot) or a large dependency (Vega) for
 * what is a few rectangles and circles.
 */

import type { EvalReport } from '../domain/scores/evaluation.js';
import type { ClassScore } from '../domain/scores/metrics.js';
import type { TranscriptRatios } from '../domain/scores/transcript-ratios.js';

/** What `changetalk eval --json` prints: the evaluation and the coder's speed. */
export type EvalOutput = EvalReport & { utterancesPerSecond: number | null };

const W = 960;
const H = 440;
const PAD = 48;
const PANEL = (W - 3 * PAD) / 2;
const BAR_GAP = 6;
const COLOURS = { counsellor: '#1f5f8b', client: '#8b5a1f', high: '#2e7d32', low: '#c62828', other: '#555' };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
const text = (x: number, y: number, s: string, extra = ''): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${extra}>${esc(s)}</text>`;

function bars(report: EvalOutput): string[] {
  const rows: [string, ClassScore, string][] = [
    ...Object.entries(report.counsellor.coarse.perClass).map(
      ([k, v]) => [k, v, COLOURS.counsellor] as [string, ClassScore, string],
    ),
    ...Object.entries(report.client.perClass).map(
      ([k, v]) => [k, v, COLOURS.client] as [string, ClassScore, string],
    ),
  ];
  const top = PAD + 24;
  const height = (H - top - PAD) / rows.length;
  const left = PAD + 110;
  const width = PANEL - 110;
  const out = [
    text(
      PAD,
      PAD,
      `F1 per class — counsellor macro-F1 ${num(report.counsellor.coarse.macroF1)}, client ${num(report.client.macroF1)}`,
      'font-weight="bold"',
    ),
  ];
  out.push(
    text(left, H - PAD + 22, '■ counsellor (coarse)', `fill="${COLOURS.counsellor}"`),
    text(left + 150, H - PAD + 22, '■ client talk', `fill="${COLOURS.client}"`),
  );
  rows.forEach(([name, s, colour], i) => {
    const y = top + i * height;
    const w = Math.max(0, (s.f1 ?? 0) * width);
    out.push(
      text(left - 6, y + height / 2 + 4, name, 'text-anchor="end"'),
      `<rect class="bar" x="${left}" y="${(y + BAR_GAP / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${(height - BAR_GAP).toFixed(1)}" fill="${colour}"><title>${esc(`${name}: F1 ${num(s.f1)}, n ${s.support}`)}</title></rect>`,
      text(left + w + 4, y + height / 2 + 4, `${num(s.f1)} (n ${s.support})`),
    );
  });
  return out;
}

function scatter(report: EvalOutput, ratios: readonly TranscriptRatios[]): string[] {
  const points = ratios.filter((r) => r.gold.rq !== null && r.pred.rq !== null);
  const max = Math.max(1, ...points.flatMap((r) => [r.gold.rq as number, r.pred.rq as number]));
  const x0 = 2 * PAD + PANEL;
  const y0 = H - PAD;
  const size = Math.min(PANEL, H - 2 * PAD - 24);
  const sx = (v: number) => x0 + (v / max) * size;
  const sy = (v: number) => y0 - (v / max) * size;
  const t = report.transcripts;
  const out = [
    text(
      x0,
      PAD,
      `R:Q per transcript — Pearson ${num(t.rqPearson)}, quality AUC ${num(t.qualityAuc)}`,
      'font-weight="bold"',
    ),
    `<line x1="${x0}" y1="${y0}" x2="${sx(max)}" y2="${y0}" stroke="#999"/>`,
    `<line x1="${x0}" y1="${y0}" x2="${x0}" y2="${sy(max)}" stroke="#999"/>`,
    `<line x1="${x0}" y1="${y0}" x2="${sx(max)}" y2="${sy(max)}" stroke="#bbb" stroke-dasharray="4 4"/>`,
    text(sx(max), y0 + 30, 'gold R:Q', 'text-anchor="end"'),
    text(x0 + 8, sy(max) + 4, 'coded R:Q'),
  ];
  for (let v = 0; v <= max; v += Math.max(1, Math.floor(max / 6))) {
    out.push(
      text(sx(v), y0 + 14, String(v), 'text-anchor="middle" fill="#555"'),
      text(x0 - 6, sy(v) + 4, String(v), 'text-anchor="end" fill="#555"'),
    );
  }
  for (const r of points) {
    const colour = r.quality === 'high' ? COLOURS.high : r.quality === 'low' ? COLOURS.low : COLOURS.other;
    out.push(
      `<circle class="transcript" cx="${sx(r.gold.rq as number).toFixed(1)}" cy="${sy(r.pred.rq as number).toFixed(1)}" r="4" fill="${colour}" fill-opacity="0.7"><title>${esc(`gold ${num(r.gold.rq)}, coded ${num(r.pred.rq)}${r.quality ? `, ${r.quality} quality` : ''}`)}</title></circle>`,
    );
  }
  out.push(
    text(x0 + size - 150, y0 - size + 10, '● high quality', `fill="${COLOURS.high}"`),
    text(x0 + size - 150, y0 - size + 26, '● low quality', `fill="${COLOURS.low}"`),
  );
  return out;
}

export function evalPlotSvg(report: EvalOutput, ratios: readonly TranscriptRatios[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-label="Coder evaluation">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...bars(report),
    ...scatter(report, ratios),
    '</svg>',
    '',
  ].join('\n');
}

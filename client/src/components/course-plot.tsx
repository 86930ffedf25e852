/**
 * Change talk vs sustain talk over the conversation (uPlot): cumulative counts per client turn. The figures are
 * also given as a table for screen readers and for print.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SessionView } from '../../../server/protocol/index.js';
import { lang, t } from '../i18n';

export interface CoursePoint {
  turn: number;
  change: number;
  sustain: number;
}

/** Cumulative change/sustain talk after each client reply (turn 0 = before the first counsellor turn). */
export function courseOf(session: SessionView): CoursePoint[] {
  let change = 0;
  let sustain = 0;
  const points: CoursePoint[] = [];
  const add = (turn: number, code: string) => {
    if (code === 'CHANGE') change += 1;
    if (code === 'SUSTAIN') sustain += 1;
    points.push({ turn, change, sustain });
  };
  // The opening line is scripted by the case, not a response: the course starts at zero (as the report counts).
  points.push({ turn: 0, change: 0, sustain: 0 });
  if (session.utterances?.length) {
    // An analysis: one point per client utterance, in order.
    let n = 0;
    for (const u of session.utterances) if (u.speaker === 'client') add(++n, u.coding.code);
  } else {
    for (const turn of session.turns) add(turn.turn, turn.client.coding.code);
  }
  return points;
}

const CHANGE = '#1a7f37';
const SUSTAIN = '#b3261e';

export function CoursePlot({ session, height = 180 }: { session: SessionView; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const points = courseOf(session);
  const changeLabel = t('plot.change');
  const sustainLabel = t('plot.sustain');
  const turnLabel = t('plot.turn');
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data: uPlot.AlignedData = [
      points.map((p) => p.turn),
      points.map((p) => p.change),
      points.map((p) => p.sustain),
    ];
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height,
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(3, max + 1)] } },
        axes: [
          {
            label: turnLabel,
            incrs: [1, 2, 5, 10, 20, 50],
            values: (_u, vals) => vals.map((v) => String(v)),
          },
          { incrs: [1, 2, 5, 10, 20, 50], values: (_u, vals) => vals.map((v) => String(v)) },
        ],
        series: [
          { label: turnLabel },
          { label: changeLabel, stroke: CHANGE, width: 2, points: { size: 6 } },
          { label: sustainLabel, stroke: SUSTAIN, width: 2, dash: [6, 4], points: { size: 6 } },
        ],
        legend: { show: true, live: false },
        cursor: { show: false },
      },
      data,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [JSON.stringify(points), height, lang.value]);
  const last = points.at(-1);
  return (
    <figure class="course">
      <figcaption>
        {t('plot.title')}
        {last ? (
          <span class="muted" data-testid="course-summary">
            {' '}
            — {t('plot.summary', { change: last.change, sustain: last.sustain })}
          </span>
        ) : null}
      </figcaption>
      <div ref={box} class="course-plot" aria-hidden="true" />
      <div class="sr-only print-table">
        <table>
          <caption>{t('plot.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{turnLabel}</th>
              <th scope="col">{changeLabel}</th>
              <th scope="col">{sustainLabel}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.turn}>
                <td>{p.turn}</td>
                <td>{p.change}</td>
                <td>{p.sustain}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

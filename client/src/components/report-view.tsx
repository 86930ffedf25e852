/** The report of a session or an analysis: MITI summary vs thresholds, globals, course, suggestions, transcript. */
import type { ComponentChildren } from 'preact';
import type { SessionView } from '../../../server/protocol/index.js';
import { formatNumber, formatPercent, t, tOr } from '../i18n';
import {
  bandOf,
  consistencyOf,
  globalsOf,
  globalsTooShort,
  isRecord,
  levelOf,
  METRICS,
  num,
  SUMMARY_GLOBALS,
  type Suggestion,
  suggestionsOf,
  summaryGlobal,
} from '../lib/codes';
import { CoursePlot } from './course-plot';
import { formatMetric } from './gauges';
import { Transcript } from './transcript';

function MitiTable({ session }: { session: SessionView }) {
  const r = session.report;
  return (
    <table class="miti">
      <caption>{t('report.miti')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.measure')}</th>
          <th scope="col">{t('report.value')}</th>
          <th scope="col">{t('report.fair')}</th>
          <th scope="col">{t('report.good')}</th>
          <th scope="col">{t('report.level')}</th>
        </tr>
      </thead>
      <tbody>
        {METRICS.map((m) => {
          const band = bandOf(r, m);
          const v = r.miti[m];
          const level = levelOf(v, band);
          return (
            <tr key={m} data-metric={m}>
              <th scope="row">{t(`metrics.${m}`)}</th>
              <td>{formatMetric(m, v)}</td>
              <td>{formatMetric(m, band.fair)}</td>
              <td>{formatMetric(m, band.good)}</td>
              <td>
                <span class={`level level-${level}`}>{t(`levels.${level}`)}</span>
              </td>
            </tr>
          );
        })}
        <tr>
          <th scope="row">{t('metrics.miAdherent')}</th>
          <td>{formatNumber(r.miti.miAdherent)}</td>
          <td colSpan={3} class="muted">
            {t('report.adherentNote')}
          </td>
        </tr>
        <tr>
          <th scope="row">{t('metrics.miNonAdherent')}</th>
          <td>{formatNumber(r.miti.miNonAdherent)}</td>
          <td colSpan={3} class="muted">
            {t('report.nonAdherentNote')}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function Globals({ session }: { session: SessionView }) {
  const globals = globalsOf(session.report);
  const summary = (['technical', 'relational'] as const).flatMap((key) => {
    const score = summaryGlobal(session.report, key);
    return score === null ? [] : [{ key, score, band: SUMMARY_GLOBALS[key] }];
  });
  if (globals.length === 0 && summary.length === 0) return null;
  const tooShort = globalsTooShort(session.report);
  return (
    <section class="card" aria-labelledby="globals-h">
      <h2 id="globals-h">{t('report.globals')}</h2>
      {tooShort === null ? null : (
        <p class="muted" data-globals="too-short">
          {t('report.tooShortNote', { n: formatNumber(tooShort) })}
        </p>
      )}
      <dl class="globals">
        {summary.map((g) => {
          const level = levelOf(g.score, g.band);
          return (
            <div key={g.key} class="global" data-global={g.key}>
              <dt>{t(`globals.${g.key}`)}</dt>
              <dd>
                <strong>{formatNumber(g.score, 1)}</strong>{' '}
                {tooShort === null ? (
                  <span class={`level level-${level}`}>{t(`levels.${level}`)}</span>
                ) : (
                  <span class="level level-none">{t('report.tooShort')}</span>
                )}
                <p class="muted">
                  {t('gauges.thresholds', {
                    fair: formatNumber(g.band.fair, 1),
                    good: formatNumber(g.band.good, 1),
                  })}
                </p>
              </dd>
            </div>
          );
        })}
        {globals.map((g) => (
          <div key={g.key} class="global" data-global={g.key}>
            <dt>{tOr(`globals.${g.key}`, g.key)}</dt>
            <dd>
              <strong>
                {g.score === null ? '–' : formatNumber(g.score, Number.isInteger(g.score) ? 0 : 1)}
              </strong>
              <span class="muted"> / 5</span>
              {/* In the page's language: the server writes the rule in the session's. */}
              {tOr(`globalRules.${g.key}`, g.rule ?? '') ? (
                <p class="muted">{tOr(`globalRules.${g.key}`, g.rule ?? '')}</p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ClientSummary({ session }: { session: SessionView }) {
  const c = isRecord(session.report.client) ? session.report.client : null;
  if (!c) return null;
  const share = num(c.changeShare);
  const ex = isRecord(c.exploration) ? c.exploration : null;
  return (
    <dl class="facts">
      <div>
        <dt>{t('talk.CHANGE')}</dt>
        <dd>{formatNumber(num(c.change) ?? 0)}</dd>
      </div>
      <div>
        <dt>{t('talk.SUSTAIN')}</dt>
        <dd>{formatNumber(num(c.sustain) ?? 0)}</dd>
      </div>
      <div>
        <dt>{t('talk.NEUTRAL')}</dt>
        <dd>{formatNumber(num(c.neutral) ?? 0)}</dd>
      </div>
      <div>
        <dt>{t('report.changeShare')}</dt>
        <dd>{share === undefined ? '–' : formatPercent(share <= 1 ? share * 100 : share)}</dd>
      </div>
      {ex ? (
        <div>
          <dt>{t('panel.exploration')}</dt>
          <dd>{t('report.explorationRange', { start: ex.start, max: ex.max, end: ex.end })}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * The counsellor's words a suggestion is about, and their turn number: by turn, or by index into the coded
 * transcript (an analysis's utterances; for a session, the opening line then each turn's two utterances).
 */
function counsellorAt(session: SessionView, s: Suggestion): { text?: string; turn: number | null } {
  if (s.turn !== null) {
    const own = session.turns.find((x) => x.turn === s.turn)?.counsellor.text;
    const text = own ?? session.utterances?.filter((u) => u.speaker === 'counsellor')[s.turn - 1]?.text;
    return text === undefined ? { turn: s.turn } : { text, turn: s.turn };
  }
  if (s.index === undefined) return { turn: null };
  const coded: { speaker: string; text: string }[] = session.utterances?.length
    ? session.utterances
    : [
        ...(session.opening ? [{ speaker: 'client', text: session.opening.text }] : []),
        ...session.turns.flatMap((x) => [
          { speaker: 'counsellor', text: x.counsellor.text },
          { speaker: 'client', text: x.client.text },
        ]),
      ];
  const u = coded[s.index];
  if (u?.speaker !== 'counsellor') return { turn: null };
  const turn = coded.slice(0, s.index + 1).filter((x) => x.speaker === 'counsellor').length;
  return { text: u.text, turn };
}

function Suggestions({ session }: { session: SessionView }) {
  const list = suggestionsOf(session.report);
  if (list.length === 0) return null;
  return (
    <section class="card" aria-labelledby="sugg-h">
      <h2 id="sugg-h">{t('report.suggestions')}</h2>
      <ol class="suggestions">
        {list.map((s, i) => {
          const at = counsellorAt(session, s);
          const said = s.original ?? at.text;
          return (
            <li key={i}>
              {at.turn !== null ? <div class="muted">{t('report.atTurn', { turn: at.turn })}</div> : null}
              {said ? (
                <p>
                  <span class="label">{t('report.youSaid')}: </span>
                  <q>{said}</q>
                  {s.code ? (
                    <span class={`chip chip-${consistencyOf(s.code)}`}>
                      {' '}
                      {tOr(`codes.${s.code}`, s.code)}
                    </span>
                  ) : null}
                </p>
              ) : null}
              <p>
                <span class="label">{t('report.alternative')}: </span>
                <q class="alt">{s.alternative}</q>
              </p>
              {s.why ? <p class="muted">{s.why}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function ReportView({
  session,
  clientName,
  turnNote,
}: {
  session: SessionView;
  clientName: string;
  /** Shown beside each turn of the transcript (homework comments). */
  turnNote?: (turn: number) => ComponentChildren;
}) {
  return (
    <div class="report">
      <section class="card" aria-labelledby="miti-h">
        <h2 id="miti-h">{t('report.summary')}</h2>
        <MitiTable session={session} />
      </section>
      <Globals session={session} />
      <section class="card" aria-labelledby="client-h">
        <h2 id="client-h">{t('report.client', { name: clientName })}</h2>
        <ClientSummary session={session} />
        <CoursePlot session={session} height={220} />
      </section>
      <Suggestions session={session} />
      <section class="card" aria-labelledby="tr-h">
        <h2 id="tr-h">{t('report.transcript')}</h2>
        <Transcript session={session} clientName={clientName} reasons turnNote={turnNote} />
      </section>
    </div>
  );
}

/** MITI gauges: each summary score drawn on a bar with its below-fair / fair / good zones and a marker. */
import type { Report } from '../../../server/protocol/index.js';
import { formatNumber, formatPercent, t } from '../i18n';
import { bandOf, isRecord, levelOf, METRICS, type MetricKey } from '../lib/codes';

const SCALE_MAX: Record<MetricKey, number> = {
  reflectionToQuestion: 3,
  percentComplexReflections: 100,
  percentOpenQuestions: 100,
};

export function formatMetric(key: MetricKey, v: number | null | undefined): string {
  if (v === null || v === undefined) return '–';
  return key === 'reflectionToQuestion' ? formatNumber(v, 1) : formatPercent(v);
}

function Gauge({ report, metric }: { report: Report | null; metric: MetricKey }) {
  const band = bandOf(report, metric);
  const raw = report && isRecord(report.miti) ? report.miti[metric] : null;
  const value = typeof raw === 'number' ? raw : null;
  const level = levelOf(value, band);
  const max = Math.max(SCALE_MAX[metric], band.good * 1.5);
  const pct = (x: number) => `${Math.min(100, (100 * x) / max)}%`;
  return (
    <div class="gauge" data-metric={metric} data-level={level}>
      <div class="gauge-head">
        <span class="gauge-label">{t(`metrics.${metric}`)}</span>
        <span class="gauge-value">
          <strong>{formatMetric(metric, value)}</strong>{' '}
          <span class={`level level-${level}`}>{t(`levels.${level}`)}</span>
        </span>
      </div>
      <div class="gauge-bar" aria-hidden="true">
        <span class="zone zone-low" style={{ width: pct(band.fair) }} />
        <span
          class="zone zone-fair"
          style={{ left: pct(band.fair), width: `calc(${pct(band.good)} - ${pct(band.fair)})` }}
        />
        <span class="zone zone-good" style={{ left: pct(band.good), right: 0 }} />
        {value !== null ? <span class="marker" style={{ left: pct(value) }} /> : null}
      </div>
      <div class="gauge-scale">
        {t('gauges.thresholds', {
          fair: formatMetric(metric, band.fair),
          good: formatMetric(metric, band.good),
        })}
      </div>
    </div>
  );
}

export function Gauges({ report }: { report: Report | null }) {
  const adherent = report?.miti.miAdherent ?? 0;
  const non = report?.miti.miNonAdherent ?? 0;
  const total = adherent + non;
  return (
    <div class="gauges">
      {METRICS.map((m) => (
        <Gauge key={m} report={report} metric={m} />
      ))}
      <div class="gauge" data-metric="adherence">
        <div class="gauge-head">
          <span class="gauge-label">{t('metrics.adherence')}</span>
          <span class="gauge-value">
            <strong data-testid="mi-adherent">{formatNumber(adherent)}</strong> /{' '}
            <strong>{formatNumber(non)}</strong>
          </span>
        </div>
        <div class="gauge-bar split" aria-hidden="true">
          {total > 0 ? (
            <>
              <span class="zone zone-good" style={{ width: `${(100 * adherent) / total}%` }} />
              <span class="zone zone-bad" style={{ left: `${(100 * adherent) / total}%`, right: 0 }} />
            </>
          ) : null}
        </div>
        <div class="gauge-scale">{t('gauges.adherence')}</div>
      </div>
    </div>
  );
}

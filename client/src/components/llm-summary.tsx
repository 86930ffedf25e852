/** For instructors and the report: the tokens the LLM engine used, and where its coder disagreed with the built-in one. */
import type { LlmSummary as Summary } from '../../../server/protocol/index.js';
import { formatNumber, t, tOr } from '../i18n';

function codeName(code: string): string {
  return tOr(`codes.${code}`, tOr(`talk.${code}`, code));
}

function Usage({ usage }: { usage: Summary['usage'] }) {
  const rows: [string, number][] = [
    ['llm.promptTokens', usage.promptTokens],
    ['llm.completionTokens', usage.completionTokens],
    ['llm.totalTokens', usage.totalTokens],
    ['llm.calls', usage.calls],
    ['llm.fallbacks', usage.fallbacks],
  ];
  return (
    <dl>
      {rows.map(([key, n]) => [
        <dt key={`${key}-t`}>{t(key)}</dt>,
        <dd key={`${key}-d`} data-llm={key.slice(4)}>
          {formatNumber(n)}
        </dd>,
      ])}
    </dl>
  );
}

function Disagreements({ summary }: { summary: Summary }) {
  if (!summary.coding) return <p class="help">{t('llm.codingOff')}</p>;
  if (summary.disagreements.length === 0) return <p>{t('llm.noDisagreements')}</p>;
  return (
    <table class="llm-disagreements">
      <caption>{t('llm.disagreementsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('llm.turn')}</th>
          <th scope="col">{t('llm.utterance')}</th>
          <th scope="col">{t('llm.aiCode')}</th>
          <th scope="col">{t('llm.builtinCode')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.disagreements.map((d) => (
          <tr key={`${d.turn}-${d.speaker}`} data-turn={d.turn}>
            <td>{d.turn}</td>
            <td>
              <span class="label">{t(d.speaker === 'client' ? 'chat.client' : 'chat.counsellor')}: </span>
              {d.text}
            </td>
            <td>{codeName(d.llm)}</td>
            <td>{codeName(d.embedded)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LlmSummary({ summary }: { summary: Summary | undefined }) {
  if (!summary) return null;
  return (
    <section class="llm-usage card" aria-labelledby="llm-usage-h">
      <h2 id="llm-usage-h">{t('llm.title')}</h2>
      <Usage usage={summary.usage} />
      <h3>{t('llm.disagreements')}</h3>
      <Disagreements summary={summary} />
    </section>
  );
}

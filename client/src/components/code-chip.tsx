/** Code chips: colour by MI-consistency, always with readable text (never colour alone). */
import type { Turn } from '../api/live';
import { t, tOr } from '../i18n';
import { consistencyOf } from '../lib/codes';

const MARK = { consistent: '✓', neutral: '•', inconsistent: '!' } as const;

export function CounsellorChip({ coding }: { coding: Turn['counsellor']['coding'] }) {
  const c = consistencyOf(coding.code);
  return (
    <span class={`chip chip-${c}`} data-code={coding.code}>
      <span aria-hidden="true">{MARK[c]} </span>
      {tOr(`codes.${coding.code}`, coding.code)}
      <span class="chip-sub"> · {t(`consistency.${c}`)}</span>
    </span>
  );
}

export function ClientChip({ coding }: { coding: Turn['client']['coding'] }) {
  const code = coding.code;
  const cls = code === 'CHANGE' ? 'chip-change' : code === 'SUSTAIN' ? 'chip-sustain' : 'chip-neutral-talk';
  return (
    <span class={`chip ${cls}`} data-code={code}>
      {t(`talk.${code}`)}
      {coding.kind ? <span class="chip-sub"> · {tOr(`darn.${coding.kind}`, coding.kind)}</span> : null}
    </span>
  );
}

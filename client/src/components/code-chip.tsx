/** Code chips: colour by MI-consistency, always with readable text (never colour alone). */
import type { Turn } from '../api/live';
import { t, tOr } from '../i18n';
import { consistencyOf } from '../lib/codes';

const MARK = { consistent: '✓', neutral: '•', inconsistent: '!' } as const;

/** The turn's other behaviours: its codes without the main one (once), in order. */
function othersOf(coding: Turn['counsellor']['coding']): string[] {
  const at = coding.codes.indexOf(coding.code);
  return at < 0 ? coding.codes : coding.codes.filter((_, i) => i !== at);
}

/**
 * The main behaviour as the chip, and the turn's other behaviours (MITI counts each: a reflection then a question)
 * as small chips after it, so the main move stays what the eye lands on. Only the main chip carries `data-code`
 * (one per turn, as before); the others carry `data-also`.
 */
export function CounsellorChip({ coding }: { coding: Turn['counsellor']['coding'] }) {
  const c = consistencyOf(coding.code);
  const others = othersOf(coding);
  return (
    <span class="chips" data-codes={coding.codes.join(' ')}>
      <span class={`chip chip-${c}`} data-code={coding.code}>
        <span aria-hidden="true">{MARK[c]} </span>
        {tOr(`codes.${coding.code}`, coding.code)}
        <span class="chip-sub"> · {t(`consistency.${c}`)}</span>
      </span>
      {others.length > 0 ? <span class="sr-only">{t('chat.alsoCoded')}</span> : null}
      {others.map((code, i) => (
        <span key={`${code}-${i}`} class={`chip chip-mini chip-${consistencyOf(code)}`} data-also={code}>
          {tOr(`codes.${code}`, code)}
        </span>
      ))}
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

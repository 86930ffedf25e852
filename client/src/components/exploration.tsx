/** The client's self-exploration level 1–5, as five steps with the level's description. */
import { t } from '../i18n';

export function Exploration({ level }: { level: number | null | undefined }) {
  if (!level) return null;
  return (
    <div class="exploration" data-level={level}>
      <div class="gauge-head">
        <span class="gauge-label">{t('panel.exploration')}</span>
        <strong>{t('panel.level', { level })}</strong>
      </div>
      <div class="steps" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <span key={n} class={n <= level ? 'step on' : 'step'} />
        ))}
      </div>
      <p class="muted">{t(`exploration.${level}`)}</p>
    </div>
  );
}

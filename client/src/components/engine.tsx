/** Which engine gives the client its voice, and the notice when the LLM engine gave way to the built-in one. */
import type { EngineNotice as Notice } from '../../../server/protocol/index.js';
import { t } from '../i18n';

/** Failed checks of the model's reply (it answered, but not as the client may), as opposed to no answer at all. */
const CAUGHT = new Set([
  'too_long',
  'out_of_character',
  'as_counsellor',
  'wrong_language',
  'contradicts_fact',
  'ignores_question',
]);

export function EngineBadge({ engine }: { engine: string | undefined }) {
  if (!engine) return null;
  return (
    <span class="engine-badge" data-engine={engine}>
      {t('engine.label')}: {t(engine === 'llm' ? 'engine.llm' : 'engine.embedded')}
    </span>
  );
}

/**
 * The live region is always in the page, so screen readers announce the notice when it appears; the server
 * sends it once a session, and a dismissed notice stays gone until the next one.
 */
export function EngineNoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {notice ? (
        <div class="engine-notice" data-reason={notice.reason}>
          <p class="engine-notice-text">
            {t(CAUGHT.has(notice.reason) ? 'engine.noticeCaught' : 'engine.noticeDown')}
          </p>
          <button type="button" onClick={onDismiss}>
            {t('engine.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

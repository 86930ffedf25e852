/**
 * Comments on one turn, shown in the transcript right after the counsellor's words they are about: read-only
 * on the trainee's receipt, with a small form to add one on the instructor's review page.
 */
import { useState } from 'preact/hooks';
import { type Comment, instructorApi, type Submission } from '../api/homework';
import { formatDate, t } from '../i18n';
import { ErrorAlert, errorText } from './homework-common';

/** The state and submit of a comment form: one per form, `turn` null for an overall comment. */
export function useCommentForm(s: Submission, onSaved: (s: Submission) => void) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (turn: number | null) => {
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(await instructorApi.comment(s.id, turn, text.trim()));
      setText('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { text, setText, busy, error, submit };
}

function TurnCommentForm({
  s,
  turn,
  onSaved,
}: {
  s: Submission;
  turn: number;
  onSaved: (s: Submission) => void;
}) {
  const { text, setText, busy, error, submit: send } = useCommentForm(s, onSaved);
  const submit = (e: Event) => {
    e.preventDefault();
    void send(turn);
  };
  return (
    <details class="hw-turn-comment no-print">
      <summary>{t('hw.commentThisTurn', { turn })}</summary>
      <form class="hw-form" onSubmit={submit} data-testid={`turn-comment-form-${turn}`}>
        <ErrorAlert error={error} />
        <label>
          {t('hw.comment')}
          <textarea
            name={`comment-turn-${turn}`}
            rows={2}
            maxLength={5000}
            required
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={busy || !text.trim()} aria-busy={busy}>
          {t('hw.addComment')}
        </button>
      </form>
    </details>
  );
}

/** The comments on `turn`, and the form when `onSaved` is given; null when there is nothing to show. */
export function turnComments(s: Submission, onSaved?: (s: Submission) => void) {
  return (turn: number) => {
    const mine = s.comments.filter((c: Comment) => c.turn === turn);
    if (mine.length === 0 && !onSaved) return null;
    return (
      <div class="hw-inline-comments">
        {mine.length > 0 ? (
          <ul class="hw-comments" aria-label={t('hw.commentsOnTurn', { turn })}>
            {mine.map((c) => (
              <li key={c.id} class="hw-comment" data-turn={turn}>
                <div class="muted">
                  {c.authorName} · {formatDate(c.createdAt)}
                </div>
                <p class="hw-comment-text">{c.text}</p>
              </li>
            ))}
          </ul>
        ) : null}
        {onSaved ? <TurnCommentForm s={s} turn={turn} onSaved={onSaved} /> : null}
      </div>
    );
  };
}

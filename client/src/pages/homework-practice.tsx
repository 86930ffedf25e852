/**
 * `/homework/:id`: the practice view under a bar with the assignment, progress towards its length (turns, or
 * a countdown of its time limit) and the Submit button.
 */
import { useEffect, useState } from 'preact/hooks';
import { homeworkFor, type PublicAssignment, traineeApi } from '../api/homework';
import { api } from '../api/http';
import { tokenFor } from '../api/tokens';
import { Countdown } from '../components/countdown';
import { formatNumber, t } from '../i18n';
import { Link, navigate } from '../router';
import { ErrorAlert, errorText } from './homework-common';
import { PracticePage } from './practice-page';

/** Above the practice view: progress towards the assignment's length and the Submit button. */
function SubmitBar({ id, timeUp, onTimeUp }: { id: string; timeUp: boolean; onTimeUp: () => void }) {
  const entry = homeworkFor(id);
  const [a, setA] = useState<PublicAssignment | null>(null);
  const [turns, setTurns] = useState(0);
  const [startedAt, setStartedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (entry)
      traineeApi
        .byCode(entry.code)
        .then(setA)
        .catch((err: unknown) => setError(errorText(err)));
  }, [entry?.code]);
  useEffect(() => {
    // The practice view owns the live socket; the bar follows the turn count over HTTP.
    let stop = false;
    const poll = () =>
      api
        .session(id)
        .then((s) => {
          if (stop) return;
          setTurns(s.turns.length);
          setStartedAt(s.createdAt);
        })
        .catch(() => undefined);
    void poll();
    const timer = setInterval(poll, 1500);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [id]);
  if (!entry) return null;
  if (entry.receipt) {
    return (
      <p class="card hw-submitbar" role="status">
        {t('hw.alreadySubmitted')}{' '}
        <Link href={`/receipt/${encodeURIComponent(entry.receipt.id)}`}>{t('hw.openReceipt')}</Link>
      </p>
    );
  }
  const need = a?.minTurns ?? 1;
  const ready = turns >= need;
  const submit = async () => {
    const token = tokenFor(id);
    if (!token) return setError(t('errors.unauthorized'));
    setBusy(true);
    setError(null);
    try {
      const receipt = await traineeApi.submit(id, token);
      navigate(`/receipt/${encodeURIComponent(receipt.id)}`, true);
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return (
    <section class="card hw-submitbar" aria-label={t('hw.submitBar')}>
      <span>
        <strong>{entry.title}</strong> · {entry.displayName} ·{' '}
        <span data-testid="turn-progress">
          {a?.minTurns != null
            ? t('hw.progress', { done: formatNumber(Math.min(turns, need)), need: formatNumber(need) })
            : a?.timeLimitMinutes != null
              ? t('hw.timeLimitNote', { count: a.timeLimitMinutes })
              : ''}
        </span>
        {a?.timeLimitMinutes != null && startedAt && !timeUp ? (
          <>
            {' · '}
            <Countdown
              deadline={new Date(startedAt).getTime() + a.timeLimitMinutes * 60_000}
              onExpire={onTimeUp}
            />
          </>
        ) : null}
      </span>{' '}
      {timeUp ? (
        <p class="alert" role="alert" data-testid="time-up">
          {turns > 0 ? t('hw.timeUp') : t('hw.timeUpNoTurns')}
        </p>
      ) : null}
      {ready ? (
        <button type="button" class="primary" onClick={submit} disabled={busy} aria-busy={busy}>
          {t('hw.submit')}
        </button>
      ) : null}
      <ErrorAlert error={error} />
    </section>
  );
}

export function HomeworkPracticePage({ id }: { id: string }) {
  // Lifted here: the bar's countdown ends the time, the practice view then stops taking replies.
  const [timeUp, setTimeUp] = useState(false);
  return (
    <>
      <SubmitBar id={id} timeUp={timeUp} onTimeUp={() => setTimeUp(true)} />
      <PracticePage id={id} locked={timeUp} />
    </>
  );
}

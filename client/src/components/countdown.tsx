/**
 * The time left of a timed assignment. The visible clock ticks every second; screen readers hear only a few
 * moments (ANNOUNCE_AT_MINUTES and the end), since a live region that changes every second is unusable.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/** Minutes left at which the remaining time is read out. */
export const ANNOUNCE_AT_MINUTES = [10, 5, 1] as const;
const TICK_MS = 1000;

const clock = (ms: number): string => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const mm = Math.floor(s / 60);
  return `${mm}:${String(s % 60).padStart(2, '0')}`;
};

/** The last announcement threshold reached, so each is read out once (and none on first render). */
const announced = (leftMs: number): number | null => {
  const hit = ANNOUNCE_AT_MINUTES.filter((m) => leftMs <= m * 60_000);
  return hit.at(-1) ?? null;
};

export function Countdown({ deadline, onExpire }: { deadline: number; onExpire: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const [said, setSaid] = useState<string>('');
  const [lastMark, setLastMark] = useState<number | null>(() => announced(deadline - Date.now()));
  const left = deadline - now;
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) return onExpire();
    const mark = announced(left);
    if (mark !== null && mark !== lastMark) {
      setLastMark(mark);
      setSaid(t('hw.timeLeftAnnounce', { count: mark }));
    }
  }, [left <= 0, announced(left)]);
  return (
    <span class="hw-countdown" data-testid="countdown">
      <span role="timer" aria-live="off">
        {t('hw.timeLeft', { time: clock(left) })}
      </span>
      <span class="sr-only" aria-live="polite">
        {said}
      </span>
    </span>
  );
}

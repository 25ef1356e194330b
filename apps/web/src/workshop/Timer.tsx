import { formatRemaining, isTimerExpired, isTimerRunning, remainingMs } from '@stormscape/model';
import { pauseSharedTimer, resetSharedTimer, startSharedTimer } from '@stormscape/model/yjs';
import { useEffect, useState } from 'react';
import { useCanFacilitate, useFacilitation, useWorkshop } from './WorkshopContext';

/** Re-renders every `ms` while `active`. */
function useNow(active: boolean, ms = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const t = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(t);
  }, [active, ms]);
  return active ? now : Date.now();
}

/** The shared countdown: everyone sees it; the facilitator starts, pauses and resets it. */
export function Timer() {
  const { rt } = useWorkshop();
  const { doc, origin } = rt.session;
  const { timer } = useFacilitation();
  const canRun = useCanFacilitate();
  // An expired countdown is over, not running: it stops ticking and offers no Pause.
  const started = isTimerRunning(timer);
  const now = useNow(started && !isTimerExpired(timer, Date.now()));
  const left = remainingMs(timer, now);
  const expired = isTimerExpired(timer, now);
  const running = started && !expired;
  const [minutes, setMinutes] = useState(() => String(Math.round(timer.durationMs / 60000)));
  useEffect(() => setMinutes(String(Math.round(timer.durationMs / 60000))), [timer.durationMs]);

  return (
    <div className={`ws-timer${expired ? ' is-expired' : ''}${running ? ' is-running' : ''}`} role="group" aria-label="Timer">
      <span className="ws-timer-time" data-testid="timer" data-running={running} aria-live="off" title={expired ? 'Time is up' : undefined}>
        {formatRemaining(left)}
      </span>
      {expired && (
        <span className="ws-timer-up" role="alert">
          Time is up
        </span>
      )}
      {canRun && (
        <>
          {running ? (
            <button type="button" onClick={() => pauseSharedTimer(doc, Date.now(), origin)}>
              Pause
            </button>
          ) : (
            <button type="button" onClick={() => startSharedTimer(doc, Date.now(), origin)} disabled={left === 0}>
              Start timer
            </button>
          )}
          <label className="ws-inline">
            <span className="visually-hidden">Timer minutes</span>
            <input
              type="number"
              min={1}
              max={240}
              value={minutes}
              aria-label="Timer minutes"
              onChange={(e) => setMinutes(e.target.value)}
              onBlur={() => {
                const m = Number(minutes);
                if (Number.isFinite(m) && m > 0 && m <= 240 && m * 60000 !== timer.durationMs) resetSharedTimer(doc, m * 60000, origin);
              }}
            />
            <span aria-hidden="true">min</span>
          </label>
          <button type="button" onClick={() => resetSharedTimer(doc, undefined, origin)}>
            Reset
          </button>
        </>
      )}
    </div>
  );
}

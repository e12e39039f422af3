/**
 * The search box's wait for a pause in typing. When the page was busy
 * (Pagefind starting up, on a large story), the timer fires late, and keys the
 * reader typed meanwhile may still be on their way to the page: acting at
 * once would search a word typed half-way, fetching its index chunk and
 * results' data for nothing. So a timer that fires late waits a little
 * longer, and a key that arrives meanwhile (`start` again) cancels it.
 */

/** A timer this late means the page was busy. */
export const LATE_MS = 50;

export interface PauseTimer {
  /** Calls `then` once `pause` ms pass without another `start`. */
  start(pause: number, then: () => void): void;
}

export function pauseTimer(now: () => number = () => performance.now()): PauseTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    start(pause, then) {
      clearTimeout(timer);
      const due = now() + pause;
      timer = setTimeout(() => {
        if (now() - due > LATE_MS) timer = setTimeout(then, LATE_MS);
        else then();
      }, pause);
    },
  };
}

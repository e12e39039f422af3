/** The search box's wait for a pause in typing, and what it does when the page was too busy to time it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATE_MS, pauseTimer } from '../../src/scripts/pause-timer.ts';

/** How late the page's clock says the timer fired: the time the page spent busy. */
let busy = 0;
beforeEach(() => {
  vi.useFakeTimers();
  busy = 0;
});
afterEach(() => vi.useRealTimers());

const timer = () => pauseTimer(() => Date.now() + busy);

describe('the pause the search box waits for', () => {
  it('acts once the pause has passed, and a key typed before then starts it again', () => {
    const pause = timer();
    const searched: string[] = [];
    pause.start(300, () => searched.push('Lu'));
    vi.advanceTimersByTime(299);
    pause.start(300, () => searched.push('Lus'));
    vi.advanceTimersByTime(299);
    expect(searched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(searched).toEqual(['Lus']);
    vi.advanceTimersByTime(1000);
    expect(searched).toEqual(['Lus']);
  });

  it('when its timer fires late, waits a little longer, so a key still on its way cancels it', () => {
    const pause = timer();
    const searched: string[] = [];
    pause.start(300, () => searched.push('Lu'));
    busy = 250; // the page was busy: the timer fires 250 ms after it was due
    vi.advanceTimersByTime(300);
    vi.advanceTimersByTime(LATE_MS - 1);
    expect(searched).toEqual([]);
    busy = 0;
    pause.start(150, () => searched.push('Lus')); // the key typed while the page was busy
    vi.advanceTimersByTime(1000);
    expect(searched).toEqual(['Lus']);
  });

  it('when its timer fires late and no key comes, acts after that little longer', () => {
    const pause = timer();
    const searched: string[] = [];
    pause.start(300, () => searched.push('Lu'));
    busy = LATE_MS + 1;
    vi.advanceTimersByTime(300 + LATE_MS - 1);
    expect(searched).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(searched).toEqual(['Lu']);
  });
});

import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadIfMissed } from '../../src/integration/missed-reload.ts';

function fakeWatcher() {
  const emitter = new EventEmitter();
  return {
    emit: (path: string) => emitter.emit('all', 'change', path),
    on: (event: 'all', listener: (event: string, path: string) => void) => emitter.on(event, listener),
    listeners: (event: 'all') => emitter.listeners(event),
    // What Astro's watcher wrapper does before a full sync.
    removeAll: () => emitter.removeAllListeners(),
  };
}

describe('reloadIfMissed', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads once after a burst of changes under the folder when nothing else loaded', async () => {
    const watcher = fakeWatcher();
    const load = vi.fn();
    reloadIfMissed(watcher, '/story', 300, () => 0, load);
    watcher.emit('/story/actors/a.md');
    watcher.emit('/story/actors/b.md');
    await vi.advanceTimersByTimeAsync(299);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing when a load ran after the change, or for a file outside the folder', async () => {
    const watcher = fakeWatcher();
    let loads = 0;
    const load = vi.fn();
    reloadIfMissed(watcher, '/story', 300, () => loads, load);
    watcher.emit('/story/actors/a.md');
    loads++;
    watcher.emit('/story-old/actors/a.md');
    await vi.advanceTimersByTimeAsync(1000);
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps one listener for a watcher, running the newest loader’s load', async () => {
    const watcher = fakeWatcher();
    const first = vi.fn();
    const second = vi.fn();
    reloadIfMissed(watcher, '/story', 300, () => 0, first);
    reloadIfMissed(watcher, '/story', 300, () => 0, second);
    expect(watcher.listeners('all')).toHaveLength(1);
    watcher.emit('/story/actors/a.md');
    await vi.advanceTimersByTimeAsync(300);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('listens again once Astro removed its listener', async () => {
    const watcher = fakeWatcher();
    const load = vi.fn();
    reloadIfMissed(watcher, '/story', 300, () => 0, load);
    watcher.removeAll();
    reloadIfMissed(watcher, '/story', 300, () => 0, load);
    expect(watcher.listeners('all')).toHaveLength(1);
    watcher.emit('/story/actors/a.md');
    await vi.advanceTimersByTimeAsync(300);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { watchContent } from '../../src/integration/watch-content.ts';

function fakeWatcher() {
  const emitter = new EventEmitter();
  const added: string[] = [];
  return {
    added,
    emit: (event: string, path: string) => emitter.emit('all', event, path),
    add: (path: string) => added.push(path),
    on: (event: 'all', listener: (event: string, path: string) => void) => emitter.on(event, listener),
  };
}

describe('watchContent', () => {
  it('watches the content folder and reloads once for a burst of saves inside it', async () => {
    vi.useFakeTimers();
    try {
      const watcher = fakeWatcher();
      const reload = vi.fn(async () => {});
      watchContent(watcher, '/story', reload);
      expect(watcher.added).toEqual(['/story']);
      watcher.emit('change', '/story/actors/a.md');
      watcher.emit('add', '/story/actors/a.md');
      await vi.advanceTimersByTimeAsync(100);
      expect(reload).toHaveBeenCalledTimes(1);
      watcher.emit('unlink', '/story/events/b.md');
      await vi.advanceTimersByTimeAsync(100);
      expect(reload).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('ignores files outside the folder, including a sibling whose name starts the same', async () => {
    vi.useFakeTimers();
    try {
      const watcher = fakeWatcher();
      const reload = vi.fn(async () => {});
      watchContent(watcher, '/story', reload);
      watcher.emit('change', '/story-old/actors/a.md');
      watcher.emit('change', '/project/.astro/data-store.json');
      await vi.advanceTimersByTimeAsync(100);
      expect(reload).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs one reload at a time and keeps watching after a reload fails', async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const watcher = fakeWatcher();
      let running = 0;
      let most = 0;
      const reload = vi.fn(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((done) => setTimeout(done, 500));
        running--;
        if (reload.mock.calls.length === 1) throw new Error('disk gone');
      });
      watchContent(watcher, '/story', reload);
      watcher.emit('change', '/story/a.md');
      await vi.advanceTimersByTimeAsync(100);
      watcher.emit('change', '/story/b.md');
      await vi.advanceTimersByTimeAsync(2000);
      expect(reload).toHaveBeenCalledTimes(2);
      expect(most).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('disk gone'));
    } finally {
      errors.mockRestore();
      vi.useRealTimers();
    }
  });
});

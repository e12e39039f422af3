import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { unwatched, watchContent, type WatchFolder } from '../../src/integration/watch-content.ts';

/** A folder watch the test drives: `change()` is a file event below the folder. */
function fakeWatch() {
  const watched: string[] = [];
  let listener: (() => void) | undefined;
  let stopped = false;
  const watchFolder: WatchFolder = (root, changed) => {
    watched.push(root);
    listener = changed;
    return () => (stopped = true);
  };
  return { watchFolder, watched, change: () => listener!(), stopped: () => stopped };
}

describe('watchContent', () => {
  it('watches the content folder and reloads once for a burst of saves inside it', async () => {
    vi.useFakeTimers();
    try {
      const watch = fakeWatch();
      const reload = vi.fn(async () => {});
      const stop = watchContent('/story', reload, watch.watchFolder);
      expect(watch.watched).toEqual(['/story']);
      watch.change();
      watch.change();
      await vi.advanceTimersByTimeAsync(100);
      expect(reload).toHaveBeenCalledTimes(1);
      watch.change();
      await vi.advanceTimersByTimeAsync(100);
      expect(reload).toHaveBeenCalledTimes(2);
      stop();
      expect(watch.stopped()).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs one reload at a time and keeps watching after a reload fails', async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const watch = fakeWatch();
      let running = 0;
      let most = 0;
      const reload = vi.fn(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((done) => setTimeout(done, 500));
        running--;
        if (reload.mock.calls.length === 1) throw new Error('disk gone');
      });
      watchContent('/story', reload, watch.watchFolder);
      watch.change();
      await vi.advanceTimersByTimeAsync(100);
      watch.change();
      await vi.advanceTimersByTimeAsync(2000);
      expect(reload).toHaveBeenCalledTimes(2);
      expect(most).toBe(1);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('disk gone'));
    } finally {
      errors.mockRestore();
      vi.useRealTimers();
    }
  });

  it('sees a save in a subfolder made after it started, on the real file system', async () => {
    const story = mkdtempSync(join(tmpdir(), 'dossier-watch-'));
    mkdirSync(join(story, 'actors'));
    let reloads = 0;
    const reloaded = () => new Promise<void>((done) => (next = done));
    let next: () => void = () => {};
    const stop = watchContent(story, () => {
      reloads++;
      next();
      return Promise.resolve();
    });
    try {
      let seen = reloaded();
      writeFileSync(join(story, 'actors', 'a.md'), 'one');
      await seen;
      seen = reloaded();
      mkdirSync(join(story, 'media'));
      writeFileSync(join(story, 'media', 'b.png'), 'two');
      await seen;
      expect(reloads).toBeGreaterThanOrEqual(2);
    } finally {
      stop();
      rmSync(story, { recursive: true, force: true });
    }
  }, 10_000);
});

describe('watchContent on a folder that is not there', () => {
  it('says so and lets the server go on', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const stop = watchContent(join(tmpdir(), 'dossier-no-such-story'), () => Promise.resolve());
      expect(errors).toHaveBeenCalledWith(
        expect.stringMatching(/cannot watch .*dossier-no-such-story, which is no folder: restart npm run dev/),
      );
      stop();
    } finally {
      errors.mockRestore();
    }
  });
});

describe('unwatched', () => {
  it('keeps the folders and what is in them from Vite, and nothing else, not even a sibling whose name starts the same', () => {
    const ignored = unwatched(['/project/content', '/project/dist', '/project/.dist.builds']);
    expect(ignored('/project/content')).toBe(true);
    expect(ignored('/project/content/actors/a.md')).toBe(true);
    expect(ignored('/project/.dist.builds/build-1/actors/a/index.html')).toBe(true);
    expect(ignored('/project/dist')).toBe(true);
    expect(ignored('/project/content-old/actors/a.md')).toBe(false);
    expect(ignored('/project/src/pages/index.astro')).toBe(false);
    expect(ignored('/project/.astro/data-store.json')).toBe(false);
  });
});

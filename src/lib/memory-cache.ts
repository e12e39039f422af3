/**
 * A cache in memory for a process that reads the same story again and again
 * (the dev server): it keeps what the last round used and forgets the rest,
 * so deleted and edited files don't pile up.
 */
export interface MemoryCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** Ends a round: what it did not get or set is forgotten. */
  endRound(): void;
}

export function memoryCache<T>(): MemoryCache<T> {
  let kept = new Map<string, T>();
  let used = new Map<string, T>();
  return {
    get(key) {
      const value = used.get(key) ?? kept.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set: (key, value) => void used.set(key, value),
    endRound() {
      kept = used;
      used = new Map();
    },
  };
}

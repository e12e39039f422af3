import { describe, expect, it } from 'vitest';
import { dropStoreModules, type EvaluatedModules } from '../../src/integration/fresh-store-modules.ts';

/** A runner's evaluated modules: each id with the ids that import it. */
function modules(importers: Record<string, string[]>) {
  const nodes = new Map(Object.entries(importers).map(([id, by]) => [id, { id, importers: new Set(by) }]));
  const dropped: string[] = [];
  const evaluated: EvaluatedModules = {
    getModuleById: (id) => nodes.get(id),
    invalidateModule: (node) => void dropped.push(node.id),
  };
  return { evaluated, dropped };
}

describe('dropStoreModules', () => {
  it('drops the store module and every module that imports it, up to the pages, and nothing else', () => {
    const { evaluated, dropped } = modules({
      '\0astro:data-layer-content': ['astro/content/data-store.js'],
      'astro/content/data-store.js': ['astro/content/runtime.js'],
      'astro/content/runtime.js': ['src/site/site-data.ts'],
      'src/site/site-data.ts': ['src/pages/index.astro', 'src/layouts/Base.astro'],
      'src/layouts/Base.astro': ['src/pages/index.astro'],
      'src/pages/index.astro': [],
      'src/i18n/translator.ts': ['src/site/site-data.ts'],
    });
    expect(dropStoreModules(evaluated)).toBe(6);
    expect(dropped.toSorted()).toEqual([
      '\0astro:data-layer-content',
      'astro/content/data-store.js',
      'astro/content/runtime.js',
      'src/layouts/Base.astro',
      'src/pages/index.astro',
      'src/site/site-data.ts',
    ]);
  });

  it('drops each module once, through a cycle of imports', () => {
    const { evaluated, dropped } = modules({
      '\0astro:data-layer-content': ['a.ts'],
      'a.ts': ['b.ts'],
      'b.ts': ['a.ts'],
    });
    expect(dropStoreModules(evaluated)).toBe(3);
    expect(dropped).toHaveLength(3);
  });

  it('drops nothing before any page read the store', () => {
    const { evaluated, dropped } = modules({ 'src/pages/index.astro': [] });
    expect(dropStoreModules(evaluated)).toBe(0);
    expect(dropped).toEqual([]);
  });
});

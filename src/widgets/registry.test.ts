import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureFolder } from './figure-folder';
import { FIGURE_NAMES, FIGURES, linkRole, URL_KEYS } from './registry';
import type { FigureEntry } from './figure';
import { readParams } from './shared/url-params';

/** The table, as its rows' common type. */
const ROWS: readonly FigureEntry[] = FIGURES;

describe('the registry of figures', () => {
  it('names each figure once, and each has its folder and its Astro island there', () => {
    expect(new Set(FIGURE_NAMES).size).toBe(ROWS.length);
    for (const name of FIGURE_NAMES) {
      const folder = figureFolder(name);
      expect(existsSync(`src/widgets/${folder}/${folder}Figure.astro`), name).toBe(true);
    }
    expect(figureFolder('partial-slices')).toBe('PartialSlices');
  });

  it('gives every figure a title, a caption and examples with distinct ids', () => {
    for (const f of ROWS) {
      expect(f.title.length, f.name).toBeGreaterThan(0);
      expect(f.caption.length, f.name).toBeGreaterThan(40);
      expect(f.examples.length, f.name).toBeGreaterThan(0);
      expect(new Set(f.examples.map((e) => e.id)).size, f.name).toBe(f.examples.length);
    }
  });

  it('reads every example’s query with the figure’s own keys, without a notice', () => {
    for (const f of ROWS) {
      for (const e of f.examples) {
        for (const group of f.keys) expect(readParams(e.query, group.schema).notices, `${f.name}/${e.id}`).toEqual([]);
        expect(readParams(e.query, {}, { reportUnknown: URL_KEYS }).notices, `${f.name}/${e.id}`).toEqual([]);
      }
    }
  });

  it('gives each URL key to one group only', () => {
    const owner = new Map<string, string>();
    for (const group of ROWS.flatMap((f) => f.keys)) {
      for (const key of Object.keys(group.schema)) {
        expect(owner.get(key) ?? group.id, key).toBe(group.id);
        owner.set(key, group.id);
      }
    }
    expect([...owner.keys()].sort()).toEqual([...URL_KEYS].sort());
  });

  it('lets the first figure on a page that uses a group show its notices', () => {
    const page = ['neuron', 'gradient-field', 'partial-slices'] as const;
    expect(linkRole('neuron', page).shows).toEqual(['neuron']);
    expect(linkRole('gradient-field', page).shows).toEqual(['field']);
    expect(linkRole('partial-slices', page).shows).toEqual(['camera']);
    expect(linkRole('partial-slices').shows).toEqual(['field', 'camera']);
    expect(linkRole('neuron').known).toEqual(URL_KEYS);
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFileInfo, methodsFor } from '$lib/content/methods';

describe('content/en/methods.json', () => {
  const info = dataFileInfo('en');
  it('says what we did to every data file, and to no file that is gone', () => {
    const files = readdirSync('content/data').filter((f) => f.endsWith('.csv'));
    expect(info.map((d) => d.file)).toEqual(files.sort());
    expect(info.filter((d) => !d.processing).map((d) => d.file)).toEqual([]);
    expect(Object.keys(methodsFor('en').processing).filter((f) => !files.includes(f))).toEqual([]);
  });
  it('finds where every data file came from in the sources registry', () => {
    expect(info.filter((d) => d.sources.length === 0).map((d) => d.file)).toEqual([]);
  });
});

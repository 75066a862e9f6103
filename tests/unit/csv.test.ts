import { describe, expect, it } from 'vitest';
import { DataError, isoDate, matching, number, oneOf, parseCsv, splitCsv, text } from '$lib/data/csv';

const schema = { name: text(), value: number({ min: 0 }), date: isoDate(), kind: oneOf(['a', 'b'] as const) };

describe('parseCsv', () => {
  it('parses typed rows and ignores extra columns', () => {
    const rows = parseCsv('name,value,date,kind,extra\nx,1.5,2024-02-29,a,zz\n', 'f.csv', schema);
    expect(rows).toEqual([{ name: 'x', value: 1.5, date: '2024-02-29', kind: 'a' }]);
  });

  it('handles quoted cells with commas, quotes and newlines, and keeps line numbers', () => {
    const records = splitCsv('a,b\n"x, ""y""","multi\nline"\nlast,row\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'multi\nline'] },
      { line: 4, cells: ['last', 'row'] }
    ]);
  });

  it.each([
    [
      'a non-number',
      'name,value,date,kind\nx,abc,2024-01-01,a\n',
      'f.csv:2: column "value": "abc" is not a number'
    ],
    [
      'a value under the minimum',
      'name,value,date,kind\nx,1,2024-01-01,a\ny,-2,2024-01-01,a\n',
      'f.csv:3: column "value": -2 is below the minimum 0'
    ],
    [
      'an impossible date',
      'name,value,date,kind\nx,1,2023-02-29,a\n',
      'f.csv:2: column "date": "2023-02-29" is not a date (YYYY-MM-DD)'
    ],
    [
      'an unknown category',
      'name,value,date,kind\nx,1,2024-01-01,c\n',
      'f.csv:2: column "kind": "c" is not one of a, b'
    ],
    ['an empty required cell', 'name,value,date,kind\n,1,2024-01-01,a\n', 'f.csv:2: column "name": is empty'],
    ['a short row', 'name,value,date,kind\nx,1,2024-01-01\n', 'f.csv:2: expected 4 cells, found 3'],
    ['a missing column', 'name,value,kind\nx,1,a\n', 'f.csv:1: missing column "date" in the header'],
    ['no rows', 'name,value,date,kind\n', 'f.csv:2: no data rows']
  ])('rejects %s with file and line', (_, csv, message) => {
    expect(() => parseCsv(csv, 'f.csv', schema)).toThrow(new DataError('f.csv', 0, '').constructor);
    expect(() => parseCsv(csv, 'f.csv', schema)).toThrow(message);
  });

  it('checks patterns', () => {
    const q = matching(/^Q[1-4] FY\d{4}$/, 'a fiscal quarter');
    expect(q('Q1 FY2024')).toBe('Q1 FY2024');
    expect(() => q('Q5 FY2024')).toThrow('"Q5 FY2024" is not a fiscal quarter');
  });
});

import { describe, expect, it } from 'vitest';
import { arrowHead, interpolateScene, pathData, roundScene, sameMark } from '$lib/charts/scene';
import type { Scene } from '$lib/charts/types';

const a: Scene = {
  width: 100,
  height: 100,
  marks: [
    { id: 'bar', kind: 'rect', x: 0, y: 50, width: 10, height: 50, fill: 'accent' },
    { id: 'old', kind: 'circle', cx: 5, cy: 5, r: 2, fill: 'ink' },
    {
      id: 'line',
      kind: 'path',
      points: [
        [0, 0],
        [10, 10]
      ],
      stroke: 'ink'
    }
  ]
};
const b: Scene = {
  width: 100,
  height: 100,
  marks: [
    { id: 'bar', kind: 'rect', x: 0, y: 0, width: 10, height: 100, fill: 'accent' },
    { id: 'new', kind: 'text', x: 1, y: 2, text: 'hi', size: 12, fill: 'ink' },
    {
      id: 'line',
      kind: 'path',
      points: [
        [0, 0],
        [10, 10],
        [20, 0]
      ],
      stroke: 'ink'
    }
  ]
};

describe('interpolateScene', () => {
  const at = interpolateScene(a, b);

  it('ends exactly on the target scene (a tween leaves the frame a jump would draw)', () => {
    expect(at(1)).toBe(b);
  });

  it('moves matched marks by id', () => {
    const bar = at(0.5).marks.find((m) => m.id === 'bar');
    expect(bar).toMatchObject({ y: 25, height: 75 });
  });

  it('fades entering marks in and leaving marks out', () => {
    const mid = at(0.25).marks;
    expect(mid.find((m) => m.id === 'new')?.opacity).toBeCloseTo(0.25);
    expect(mid.find((m) => m.id === 'old')?.opacity).toBeCloseTo(0.75);
  });

  it('grows a path from its end by padding the shorter point list', () => {
    const line = at(0.5).marks.find((m) => m.id === 'line');
    expect(line?.kind === 'path' && line.points).toEqual([
      [0, 0],
      [10, 10],
      [15, 5]
    ]);
  });

  it('passes unchanged marks through as the same objects, so the renderer can skip them', () => {
    const still = { id: 'still', kind: 'circle' as const, cx: 1, cy: 1, r: 1, fill: 'ink' as const };
    const x: Scene = { ...a, marks: [...a.marks, still] };
    const y: Scene = { ...b, marks: [...b.marks, { ...still }] };
    const mid = interpolateScene(x, y)(0.5).marks;
    expect(mid.find((m) => m.id === 'still')).toBe(y.marks[y.marks.length - 1]);
    expect(
      sameMark(a.marks[2]!, {
        ...a.marks[2]!,
        points: [
          [0, 0],
          [10, 10]
        ]
      } as never)
    ).toBe(true);
    expect(
      sameMark(a.marks[2]!, {
        ...a.marks[2]!,
        points: [
          [0, 0],
          [10, 11]
        ]
      } as never)
    ).toBe(false);
  });

  it('is interruptible: a tween can start from an in-between frame', () => {
    const half = at(0.5);
    const back = interpolateScene(half, a);
    expect(back(0).marks.find((m) => m.id === 'bar')).toMatchObject({ y: 25 });
    expect(back(1)).toBe(a);
  });
});

describe('path helpers', () => {
  it('writes compact relative path data to a tenth of a pixel, without drift', () => {
    const closed: [number, number][] = [
      [0, 0],
      [1.23456, 2]
    ];
    expect(pathData(closed, true)).toBe('M0,0l1.2,2Z');
    const wiggle: [number, number][] = [
      [10, 10],
      [10.04, 5],
      [10.08, 5.06]
    ];
    expect(pathData(wiggle)).toBe('M10,10l0-5l0.1,0.1');
  });
  it('points an arrowhead along the last segment', () => {
    expect(
      arrowHead(
        [
          [0, 0],
          [10, 0]
        ],
        5
      )
    ).toMatch(/^M10,0L5\.\d,-?2\.\dL5\.\d,-?2\.\dZ$/);
  });
  it('rounds scenes for snapshots', () => {
    expect(roundScene({ width: 1.005, height: 2, marks: [] }).width).toBe(1);
  });
});

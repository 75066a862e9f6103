import { describe, expect, it } from 'vitest';
import { coveredPoints, leaderLabels, placeLabels, slidePastPoints } from '$lib/charts/labels';
import { text } from '$lib/charts/marks';
import type { LineMark, TextMark } from '$lib/charts/types';

describe('placeLabels', () => {
  const request = (i: number, side: 'left' | 'right' = 'left') => ({
    key: `k${i}`,
    x: 100,
    y: 50 + i,
    text: 't',
    side
  });

  it('pushes labels apart by at least the gap and keeps them in the band', () => {
    const placed = placeLabels(
      [0, 1, 2, 3].map((i) => request(i)),
      { gap: 15, top: 40, bottom: 200, offset: 5 }
    );
    const ys = placed.map((p) => p.ly).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(15 - 1e-9);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(40);
    expect(Math.max(...ys)).toBeLessThanOrEqual(200);
    expect(placed.every((p) => p.lx === 95)).toBe(true);
  });

  it('keeps the vertical order and leaves labels that need no room where they are', () => {
    const placed = placeLabels([request(0, 'right'), { ...request(1, 'right'), y: 120 }], {
      gap: 15,
      top: 0,
      bottom: 200,
      offset: 5
    });
    expect(placed.map((p) => [p.key, p.ly, p.moved])).toEqual([
      ['k0', 50, false],
      ['k1', 120, false]
    ]);
    expect(placed[0]!.lx).toBe(105);
  });
});

describe('leaderLabels', () => {
  it('draws a leader only for labels that moved, and centres multi-line labels on their y', () => {
    const marks = leaderLabels(
      [
        { key: 'a', x: 10, y: 10, text: 'one line', side: 'right', lx: 19, ly: 10, moved: false },
        { key: 'b', x: 10, y: 12, text: 'Provider\n2024: 38%', side: 'left', lx: 1, ly: 40, moved: true }
      ],
      { size: 10 }
    );
    expect(marks.map((m) => m.id)).toEqual(['label-a-0', 'leader-b', 'label-b-0', 'label-b-1']);
    const leader = marks[1] as LineMark;
    expect([leader.x1, leader.y1, leader.x2, leader.y2]).toEqual([10, 12, 1, 40]);
    const [a, b0, b1] = [marks[0], marks[2], marks[3]] as TextMark[];
    expect(a!.weight).toBe('bold');
    expect((b0!.y + b1!.y) / 2).toBe(40);
    expect([b0!.weight, b1!.weight, b1!.anchor]).toEqual([undefined, 'bold', 'end']);
  });
});

describe('coveredPoints', () => {
  const label = (key: string, x: number, y: number) =>
    text(`label-${key}-0`, x, y, 'Oct 2025', 12, { anchor: 'end', baseline: 'middle' });
  const points = [
    { key: 'a', x: 100, y: 50, r: 6 },
    { key: 'b', x: 70, y: 50, r: 6 }
  ];

  it('finds a label lying on another label’s point, not on its own', () => {
    // The text ends at x 94, just left of its own point "a", and runs over point "b".
    expect(coveredPoints([label('a', 94, 50)], points)).toEqual([{ key: 'a', point: points[1] }]);
  });

  it('finds nothing once the label has slid past the other point', () => {
    expect(coveredPoints([label('a', 61, 50)], points)).toEqual([]);
  });

  it('ignores a point the label only passes near', () => {
    expect(coveredPoints([label('a', 94, 30)], points)).toEqual([]);
  });
});

describe('slidePastPoints', () => {
  const draw = { size: 12 };
  // A label to the left of its point "a" at x 100, over point "b" at x 70.
  const placed = (x: number, lx: number, side: 'left' | 'right' = 'left') => ({
    key: 'a',
    x,
    y: 50,
    text: 'Oct 2025',
    side,
    lx,
    ly: 50,
    moved: false
  });
  const points = [
    { key: 'a', x: 100, y: 50, r: 6 },
    { key: 'b', x: 70, y: 50, r: 6 }
  ];

  it('slides a label past the point it covers, with a leader to its own', () => {
    const [p] = slidePastPoints([placed(100, 91)], draw, { points, left: -100, right: 200 });
    expect(p!.lx).toBeLessThanOrEqual(70 - 6 - 3);
    expect(p!.moved).toBe(true);
    expect(coveredPoints(leaderLabels([p!], draw), points)).toEqual([]);
  });

  it('takes the other side of its point when sliding would leave the plot', () => {
    const [p] = slidePastPoints([placed(100, 91)], draw, { points, left: 40, right: 200 });
    expect(p!.side).toBe('right');
    expect(coveredPoints(leaderLabels([p!], draw), points)).toEqual([]);
  });

  it('stays where it was when neither side has room', () => {
    const start = placed(100, 91);
    expect(slidePastPoints([start], draw, { points, left: 40, right: 150 })).toEqual([start]);
  });
});

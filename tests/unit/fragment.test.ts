import { describe, expect, it } from 'vitest';
import { parseFragment, stepKey } from '$lib/scrolly/fragment';

describe('parseFragment', () => {
  it('reads chapter, chart and step', () => {
    expect(parseFragment('#machine/nvidia-datacenter-revenue/take-off')).toEqual({
      chapter: 'machine',
      chart: 'nvidia-datacenter-revenue',
      step: 'take-off'
    });
  });

  it('round-trips with stepKey', () => {
    const ref = { chapter: 'bet', chart: 'the-bet', step: 'palantir' };
    expect(parseFragment(`#${stepKey(ref)}`)).toEqual(ref);
  });

  it.each([
    '',
    '#',
    '#machine',
    '#machine/nvidia',
    '#a/b/c/d',
    '#Machine/X/Y',
    '#machine/nvidia/take-off<script>',
    '#%E0%A4%A',
    '#machine//take-off',
    '#' + 'a'.repeat(300) + '/b/c',
    "#machine/nvidia/x' onmouseover='1"
  ])('ignores malformed fragment %j', (hash) => {
    expect(parseFragment(hash)).toBeNull();
  });
});

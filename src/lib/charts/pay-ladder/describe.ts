import type { Resolved } from '$lib/charts/types';
import { times, usd } from '$lib/charts/format';
import { PAY, perYear, timesMedian, type PayData } from './data';
import type { PayState } from './states';

export function describe(data: PayData, state: Resolved<PayState>): string {
  const parts = [
    'A ladder of yearly pay in US dollars on a logarithmic scale, where each gridline is ten times the one below.'
  ];
  if (state.rungs >= 1) {
    parts.push(
      `US postsecondary physics teachers earned a median ${usd(data['physics-median'].usd_low, PAY)} in May 2024; the 90th percentile was ${usd(data['physics-p90'].usd_low, PAY)}.`
    );
  }
  if (state.rungs >= 2) {
    const v = data['openai-stock-average'].usd_low;
    parts.push(
      `OpenAI's average stock-based pay per employee in 2025 was reported at ${usd(v, PAY)}, about ${times(timesMedian(data, v))} that median.`
    );
  }
  if (state.rungs >= 3) {
    const [lo, hi] = perYear(data['meta-offers']);
    parts.push(
      `Offers Meta was reported to make to staff of Thinking Machines Lab come to ${usd(lo, PAY)} to ${usd(hi, PAY)} a year, drawn as a dashed range because they are reported offers that Meta disputed, not disclosed pay.`
    );
  }
  return parts.join(' ');
}

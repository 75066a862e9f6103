import { defineStates } from '$lib/charts/state';

export interface NvidiaState {
  /** Last quarter drawn (inclusive), as quarter_end ISO date. */
  through: string;
  /** Quarter to annotate with its value. */
  callout: string | null;
  /** Under the callout, its multiple of the quarter before (the take-off in one number). */
  calloutRatio: boolean;
  /** Show the ChatGPT launch marker. */
  chatgpt: boolean;
  /** Compare fiscal-year totals FY2023 vs FY2026 ("13×"). */
  yearTotals: boolean;
  /** Overlay the GAAP gross margin line (right axis). */
  margin: boolean;
  /** Mark where NVIDIA's new segment definitions begin (FY2027). */
  segments: boolean;
}

export const states = defineStates<NvidiaState>({
  initial: {
    through: '2022-10-30',
    callout: null,
    calloutRatio: false,
    chatgpt: false,
    yearTotals: false,
    margin: false,
    segments: false
  },
  steps: {
    'before-chatgpt': { through: '2022-10-30', callout: '2022-10-30', chatgpt: true },
    'take-off': { through: '2023-07-30', callout: '2023-07-30', calloutRatio: true, chatgpt: true },
    'thirteen-fold': { through: '2026-01-25', chatgpt: true, yearTotals: true },
    latest: { through: '2026-07-26', callout: '2026-07-26', chatgpt: true, segments: true },
    margin: { through: '2026-07-26', chatgpt: true, margin: true }
  }
});

import { defineStates } from '$lib/charts/state';

export interface ComputeState {
  /** Chips released after this ISO date are not drawn yet. */
  through: string;
  /** Chips named on the chart (by their `chip` short name). */
  named: string[];
  /** Which markers to draw: FP16/BF16 only, or also FP8 and FP4 where published. */
  precision: 'fp16' | 'all';
  /** Pick out the chips made to fit US export rules for China, and China's own. */
  china: boolean;
  /** Draw the ChatGPT launch marker. */
  chatgpt: boolean;
  /** Print the V100 → B200 multiple. */
  multiple: boolean;
  /** Note that GPT-3 was trained on V100s. */
  gpt3Note: boolean;
}

export const states = defineStates<ComputeState>({
  initial: {
    through: '2020-12-31',
    named: [],
    precision: 'fp16',
    china: false,
    chatgpt: false,
    multiple: false,
    gpt3Note: false
  },
  steps: {
    'gpt3-era': { through: '2020-12-31', named: ['V100', 'A100', 'TPU v3'], gpt3Note: true },
    'h100-arrives': { through: '2023-06-30', named: ['V100', 'A100', 'H100'], chatgpt: true },
    blackwell: {
      through: '2026-06-30',
      named: ['V100', 'A100', 'H100', 'B200', 'TPU v7', 'MI355X'],
      chatgpt: true,
      multiple: true
    },
    'china-versions': {
      through: '2026-06-30',
      named: ['H100', 'A800', 'H800', 'H20', 'Ascend 910C'],
      chatgpt: true,
      china: true
    },
    'fewer-bits': {
      through: '2026-06-30',
      named: ['H100', 'B200', 'GB300'],
      chatgpt: true,
      precision: 'all'
    }
  }
});

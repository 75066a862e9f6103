import { num, pct, times } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { CHINA_VERSIONS, flops, h20Share, v100ToB200, type ChipData } from './data';
import type { ComputeState } from './states';

export function describe(data: ChipData, state: Resolved<ComputeState>): string {
  const shown = data.filter((d) => d.release_date <= state.through);
  const parts = [
    `Dots on a logarithmic scale show the peak dense FP16/BF16 throughput of ${shown.length} data-centre AI chips released from ${shown[0]?.release_date.slice(0, 4) ?? '2017'} to ${shown.at(-1)?.release_date.slice(0, 7) ?? ''}, from Epoch AI's hardware database.`
  ];
  const named = shown.filter((d) => state.named.includes(d.chip));
  if (named.length && state.precision === 'fp16') {
    parts.push(
      `Named: ${named.map((d) => `${d.chip} (${d.release_date.slice(0, 4)}) ${flops(d.fp16_flops)}`).join('; ')}.`
    );
  }
  if (state.chatgpt) parts.push('A dashed line marks the launch of ChatGPT on 30 November 2022.');
  if (state.multiple) {
    const m = v100ToB200(data);
    parts.push(`The B200 does about ${times(m.multiple)} the V100's figure, ${num(m.years, 1)} years later.`);
  }
  if (state.china) {
    parts.push(
      `Highlighted are the versions NVIDIA made for China under US export rules (${CHINA_VERSIONS.join(', ')}); the H20 reaches ${pct(h20Share(data) * 100, 0)} of the H100's FP16 rate. Huawei's Ascend chips are shown for comparison.`
    );
  }
  if (state.precision === 'all') {
    parts.push(
      `Rings and squares add the same chips' FP8 and FP4 figures: ${named
        .map(
          (d) =>
            `${d.chip} ${flops(d.fp16_flops)} at FP16${d.fp8_flops ? `, ${flops(d.fp8_flops)} at FP8` : ''}${d.fp4_flops ? `, ${flops(d.fp4_flops)} at FP4` : ''}`
        )
        .join('; ')}. Fewer bits per number means more operations per second, not the same work done faster.`
    );
  }
  return parts.join(' ');
}

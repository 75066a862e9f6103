import { month, num, pct, times } from '$lib/charts/format';
import type { Resolved } from '$lib/charts/types';
import { CHINA_VERSIONS, flops, h20Share, v100ToB200, type ChipData } from './data';
import type { ComputeState } from './states';
import { strings } from './strings';

export function describe(data: ChipData, state: Resolved<ComputeState>): string {
  const { locale } = state;
  const t = strings[locale].describe;
  const f = (v: number) => flops(v, locale);
  const shown = data.filter((d) => d.release_date <= state.through);
  const last = shown.at(-1)?.release_date;
  const parts = [
    t.intro(
      shown.length,
      shown[0]?.release_date.slice(0, 4) ?? '2017',
      // The English names the month as the data has it (2026-03), the Japanese as 2026年3月.
      last ? (locale === 'en' ? last.slice(0, 7) : month(last, locale)) : ''
    )
  ];
  const named = shown.filter((d) => state.named.includes(d.chip));
  if (named.length && state.precision === 'fp16') {
    parts.push(t.namedList(named.map((d) => t.named(d.chip, d.release_date.slice(0, 4), f(d.fp16_flops)))));
  }
  if (state.chatgpt) parts.push(t.chatgpt);
  if (state.multiple) {
    const m = v100ToB200(data);
    parts.push(t.multiple(times(m.multiple, 0, locale), num(m.years, 1, locale)));
  }
  if (state.china) {
    parts.push(
      t.china(CHINA_VERSIONS.join(locale === 'ja' ? '、' : ', '), pct(h20Share(data) * 100, 0, locale))
    );
  }
  if (state.precision === 'all') {
    parts.push(
      t.precisionList(
        named.map((d) =>
          t.precisions(
            d.chip,
            f(d.fp16_flops),
            d.fp8_flops ? f(d.fp8_flops) : null,
            d.fp4_flops ? f(d.fp4_flops) : null
          )
        )
      )
    );
  }
  return parts.join(locale === 'ja' ? '' : ' ');
}

import type { Resolved } from '$lib/charts/types';
import type { LoopData } from './data';
import { CIRCLE_FLOWS, KIND_STYLE, nodeLabel, visibleFlows } from './layout';
import type { LoopState } from './states';

export function describe(data: LoopData, state: Resolved<LoopState>): string {
  const shown = visibleFlows(data, state.stage);
  const parts: string[] = [
    'A diagram of money flowing between Microsoft, OpenAI, cloud providers, NVIDIA and shareholders. Solid arrows are money paid, dashed arrows contracts or commitments, dotted arrows letters of intent, dash-dot arrows market value rather than cash.'
  ];
  if (shown.length === 0) {
    parts.push('No flows are drawn yet.');
    return parts.join(' ');
  }
  const line = (f: (typeof shown)[number]['flow'], superseded: boolean) =>
    `${nodeLabel(f.from)} to ${nodeLabel(f.to)}, ${f.label} (${f.date_label}; ${KIND_STYLE[f.kind].legend}${superseded ? '; never signed, replaced' : ''}): ${f.detail}.`;
  const fresh = shown.filter((s) => s.isNew);
  const old = shown.filter((s) => !s.isNew);
  if (fresh.length) parts.push(`New in this step: ${fresh.map((s) => line(s.flow, s.superseded)).join(' ')}`);
  if (old.length)
    parts.push(
      `Already drawn: ${old.map((s) => `${nodeLabel(s.flow.from)} to ${nodeLabel(s.flow.to)} ${s.flow.label}${s.superseded ? ' (never signed)' : ''}`).join('; ')}.`
    );
  if (state.revenuePanel) {
    const f = data.financials;
    parts.push(
      `Overlaid on one scale: OpenAI's compute commitments of about $${f['compute-commitments'].value_usd_bn.toLocaleString('en-US')} billion over about eight years, planned compute spending of $${f['compute-plan-2030'].value_usd_bn} billion through 2030, against 2025 revenue of $${f['revenue-2025'].value_usd_bn} billion and an operating loss of $${f['operating-loss-2025'].value_usd_bn} billion.`
    );
  }
  if (state.circle) {
    const names = CIRCLE_FLOWS.map((id) => data.flows.find((f) => f.id === id)).filter(
      (f) => f !== undefined
    );
    parts.push(
      `The circle is highlighted: ${names.map((f) => `${nodeLabel(f.from)} to ${nodeLabel(f.to)} (${f.label})`).join(', ')}. The same dollars are counted as investment, as revenue and as market value.`
    );
  }
  return parts.join(' ');
}

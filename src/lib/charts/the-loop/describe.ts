import type { Resolved } from '$lib/charts/types';
import { CIRCLE_FLOWS, panelRows, revenueMultiples, visibleFlows, type Flow, type LoopData } from './data';
import type { LoopState } from './states';
import { flowLabels, flowWords, stringsFor } from './strings';

/** What a step's frame shows, in sentences, with the numbers the chart prints (strings.ts). */
export function describe(data: LoopData, state: Resolved<LoopState>): string {
  /** Japanese sentences follow each other without a space. */
  const sep = state.locale === 'ja' ? '' : ' ';
  const t = stringsFor(state.locale);
  const d = t.describe;
  const shown = visibleFlows(data, state.stage);
  const parts: string[] = [d.intro];
  if (shown.length === 0) return [...parts, d.none].join(sep);
  const label = (f: Flow) => flowLabels(t, f)[0] ?? '';
  const fresh = shown.filter((s) => s.isNew);
  const old = shown.filter((s) => !s.isNew);
  if (fresh.length && !state.revenuePanel)
    parts.push(
      d.fresh(
        fresh
          .map(({ flow: f, superseded }) =>
            (superseded ? d.flowSuperseded : d.flow)(
              t.nodes[f.from],
              t.nodes[f.to],
              t.amountLong(f),
              flowWords(t, f.id).date,
              t.kinds[f.kind],
              flowWords(t, f.id).detail(f)
            )
          )
          .join(sep)
      )
    );
  if (old.length && !state.revenuePanel)
    parts.push(
      d.old(old.map((s) => d.oldItem(t.nodes[s.flow.from], t.nodes[s.flow.to], label(s.flow), s.superseded)))
    );
  if (state.revenuePanel) {
    const [c, p, r, l] = panelRows(data) as [
      ReturnType<typeof panelRows>[number],
      ...ReturnType<typeof panelRows>
    ];
    const m = revenueMultiples(data);
    parts.push(
      d.panel(
        { total: c.total, years: c.years, perYear: c.perYear },
        { total: p!.total, first: p!.first, last: p!.last, perYear: p!.perYear },
        r!.perYear,
        l!.perYear,
        m.plan,
        m.commitments
      )
    );
  }
  if (state.circle) {
    const circle = CIRCLE_FLOWS.map((id) => data.flows.find((f) => f.id === id)).filter(
      (f) => f !== undefined
    );
    parts.push(d.circle(circle.map((f) => d.circleItem(t.nodes[f.from], t.nodes[f.to], label(f)))));
  }
  return parts.join(sep);
}

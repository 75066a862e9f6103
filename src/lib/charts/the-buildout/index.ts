import { perLocale } from '$lib/charts/locales';
import { day, usdBn } from '$lib/charts/format';
import type { ChartDefinition } from '$lib/charts/types';
import { COMPANIES, data, type BuildoutData } from './data';
import { describe } from './describe';
import { layout } from './layout';
import { states, type BuildoutState } from './states';
import { strings } from './strings';

const chart: ChartDefinition<BuildoutData, BuildoutState> = {
  id: 'the-buildout',
  sources: [
    'sec-big4-capex-xbrl',
    'sec-big4-capex-2026q2',
    ...new Set(data.guidance.map((g) => g.source_id)),
    'amazon-q4-2025-results',
    'alphabet-q4-2025-results',
    'meta-q4-2025-results',
    'machine-capex-guidance-compiled'
  ],
  note: perLocale(strings, (s) => s.note),
  data,
  states,
  layout,
  describe,
  table: (d, locale) => {
    const t = strings[locale];
    return {
      columns: [
        t.table.quarterEnd,
        ...COMPANIES.map((c) => t.table.company(t.company[c])),
        t.table.total,
        t.table.guidance
      ],
      rows: [
        ...d.quarters.map((q) => [q.end, ...COMPANIES.map((c) => q.values[c] ?? ''), q.total ?? '', '']),
        ...d.guidance.map((g) => [
          t.table.planRow(t.guidanceCompany[g.company]),
          '',
          '',
          '',
          '',
          '',
          t.table.planText(
            g.guidance_text,
            day(g.guidance_date, locale),
            g.basis,
            g.actual_2025_usd_bn === null ? null : usdBn(g.actual_2025_usd_bn, { locale }),
            g.first_guidance_date === null
              ? null
              : { text: g.first_guidance_2026_text, date: day(g.first_guidance_date, locale) }
          )
        ])
      ]
    };
  }
};

export default chart;

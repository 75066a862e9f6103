import { ISLAND_PATTERN } from '$lib/article/islands';
import { getSource, type Source } from '$lib/content/sources';
import { FRAME_SIZE, getChart, renderChartSvg } from './charts';

/**
 * Fills the static islands of a prerendered page (see src/lib/article/islands.ts). Runs at build
 * time only. An unknown chart, step or source throws, which fails the build.
 */
export function fillIslands(html: string): string {
  return html.replace(ISLAND_PATTERN, (_, kind: string, arg: string) => {
    switch (kind) {
      case 'frame': {
        const [chart, step] = arg.split('/') as [string, string];
        return renderChartSvg(chart, step || null, { size: FRAME_SIZE, standalone: false, hidden: true });
      }
      case 'source':
        return sourceLine(arg);
      case 'table':
        return dataTable(arg);
      case 'notes': {
        const [slug, ...ids] = arg.split(',');
        return `<ol>${ids.map((id, i) => `<li id="note-${slug}-${i + 1}">${citation(getSource(id))}</li>`).join('')}</ol>`;
      }
      default:
        throw new Error(`Unknown island "${kind}"`);
    }
  });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025-11-03 → 3 Nov 2025; 2025-11 → Nov 2025; 2025 → 2025. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** One source as a citation: Publisher, "Title", date. Link. (Confidence note.) */
export function citation(s: Source): string {
  const confidence =
    s.confidence === 'secondary'
      ? ' <span class="confidence">Reported by secondary sources; primary not read by us.</span>'
      : s.confidence === 'derived'
        ? ' <span class="confidence">Derived by us from the source’s data.</span>'
        : '';
  const note = s.note ? ` <span class="source-note">${escapeHtml(s.note)}</span>` : '';
  return (
    `<span class="citation">${escapeHtml(s.publisher)}, “${escapeHtml(s.title)}”, ${formatDate(s.date)}. ` +
    `<a href="${escapeHtml(s.url)}" rel="external noopener">${escapeHtml(linkText(s.url))}</a>.${confidence}${note}</span>`
  );
}

function linkText(url: string): string {
  const u = new URL(url);
  return u.hostname.replace(/^www\./, '') + (u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : '');
}

/** Source lines name at most this many sources; the rest are listed with the chart's data. */
export const SOURCE_LINE_MAX = 4;

function sourceLinks(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const s = getSource(id);
    return `<a href="${escapeHtml(s.url)}" rel="external noopener">${escapeHtml(s.publisher)}</a>`;
  });
}

function sourceLine(chartId: string): string {
  const chart = getChart(chartId);
  const links = sourceLinks(chart.sources);
  // A long list would push a phone's chart off its sticky panel.
  const shown =
    links.length > SOURCE_LINE_MAX
      ? `${links.slice(0, SOURCE_LINE_MAX - 1).join('; ')} and ${links.length - SOURCE_LINE_MAX + 1} more, listed with the data below`
      : links.join('; ');
  const note = chart.note ? ` <span class="chart-note">${escapeHtml(chart.note)}</span>` : '';
  return `<p class="chart-source">Source: ${shown}.${note}</p>`;
}

/** Tables longer than this get their own page (/tables/<chart>/) instead of living in the article. */
export const INLINE_TABLE_ROWS = 40;

function dataTable(chartId: string): string {
  const chart = getChart(chartId);
  const { columns, rows } = chart.table(chart.data);
  const sources = `<p class="chart-sources">Sources: ${sourceLinks(chart.sources).join('; ')}.</p>`;
  if (rows.length > INLINE_TABLE_ROWS) {
    return `${sources}<p>${rows.length.toLocaleString('en')} rows in ${columns.length} columns: <a href="./tables/${chartId}/">see the full table</a>.</p>`;
  }
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((v, i) =>
            i === 0 ? `<th scope="row">${escapeHtml(String(v))}</th>` : `<td>${escapeHtml(String(v))}</td>`
          )
          .join('')}</tr>`
    )
    .join('');
  return `${sources}<div class="table-scroll" tabindex="0" role="region" aria-label="Data table"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

import type { DataTable } from '$lib/charts/types';

/** RFC 4180 CSV of a data table, with a comment-free header row. */
export function toCsv(table: DataTable): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [table.columns, ...table.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

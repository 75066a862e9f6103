/**
 * Static islands: markup the server fills in at build time and the browser keeps as it is.
 *
 * A component renders `{@html island(kind, arg)}`. During prerendering, `fillIslands`
 * (src/lib/server/islands.ts, called from hooks.server.ts) replaces the marker with real markup:
 * a chart frame as SVG, a source line, a data table, a chapter's notes. In the browser, Svelte hydrates
 * an {@html} block by adopting whatever the server left there, so the same marker string keeps the
 * server's markup — and the charts' code, the data tables and the sources registry never ship in
 * the page's JavaScript just to be drawn once.
 */
export type IslandKind = 'frame' | 'source' | 'table' | 'notes';

export function island(kind: IslandKind, arg: string): string {
  if (!/^[a-z0-9/,-]*$/.test(arg)) {
    throw new Error(`Invalid ${kind} reference "${arg}": ids are kebab-case (a-z, 0-9, -)`);
  }
  return `<template data-island="${kind}" data-arg="${arg}"></template>`;
}

export const ISLAND_PATTERN =
  /<template data-island="(frame|source|table|notes)" data-arg="([a-z0-9/,-]*)"><\/template>/g;

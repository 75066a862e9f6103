/**
 * Stand-in for the site module ($lib/site, coming with the sharing work): the public origin and
 * base path, read the same way (PUBLIC_SITE_URL, BASE_PATH), for the absolute URLs in
 * citations and QR codes. Replaced by $lib/site once that is on main.
 */
const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

export const site = {
  origin: (env.PUBLIC_SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, ''),
  base: env.BASE_PATH ?? ''
};

/** Absolute URL of a site path ('/s/machine/'): origin + base + path. */
export function absoluteUrl(path: string): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl: "${path}" must start with "/"`);
  return `${site.origin}${site.base}${path}`;
}

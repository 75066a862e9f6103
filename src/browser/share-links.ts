/**
 * Links that post a page to the common networks: plain https (and mailto) addresses with the
 * URL and title in the query, opened only when the reader follows one. No network's script, no
 * request before a click. Used by the share menu in the browser (src/browser/share-menu.ts) and
 * by the share pages at build time, for readers without JavaScript.
 */
export const NETWORKS = ['x', 'bluesky', 'facebook', 'linkedin', 'reddit', 'email'] as const;
export type Network = (typeof NETWORKS)[number];

/** The networks' own names (not translated). Email's label comes from the strings. */
export const NETWORK_NAMES: Record<Exclude<Network, 'email'>, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  reddit: 'Reddit'
};

const q = encodeURIComponent;

/** The address that posts `url` with `title` to `network`. */
export function postUrl(network: Network, url: string, title: string): string {
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?url=${q(url)}&text=${q(title)}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${q(`${title} ${url}`)}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${q(url)}&title=${q(title)}`;
    case 'email':
      return `mailto:?subject=${q(title)}&body=${q(`${title}\n\n${url}`)}`;
  }
}

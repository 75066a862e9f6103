// A static site: every page is prerendered at build time, and none is hydrated. The only script
// is src/islands/main.ts (built by vite.islands.config.ts), which brings the charts to life.
export const prerender = true;
export const csr = false;
export const trailingSlash = 'always';

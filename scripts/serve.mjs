#!/usr/bin/env node
// @ts-nocheck -- plain Node script (reference copy of shared/bench/serve.mjs)
// Static server for the prerendered site, gzip on the fly like a typical static host.
// usage: node scripts/serve.mjs [dir=build] [port=4180] [host=127.0.0.1]
import http from 'node:http';
import { createReadStream, statSync, existsSync } from 'node:fs';
import { join, extname, resolve, normalize } from 'node:path';
import zlib from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? 4180);
const host = process.argv[4] ?? '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.csv': 'text/csv'
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/**
 * @param {string} dir the built site
 * @param {{ base?: string }} [options] serve it under a sub-path (`/ai-boom`), as a host would;
 *   anything outside the sub-path is 404
 */
export function createServer(dir = root, { base = '' } = {}) {
  return http.createServer((req, res) => {
    let p;
    try {
      p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (base) {
      if (p !== base && !p.startsWith(`${base}/`)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      p = p.slice(base.length) || '/';
    }
    let file = normalize(join(dir, p));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(file + '.html')) file = file + '.html';
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': p.includes('/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(file)
        .pipe(zlib.createGzip({ level: 9 }))
        .pipe(res);
    } else {
      res.writeHead(200, { ...headers, 'content-length': statSync(file).size });
      createReadStream(file).pipe(res);
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.env.BASE_PATH ?? '';
  createServer(root, { base }).listen(port, host, () =>
    console.log(`serving ${root} at http://${host}:${port}${base}/`)
  );
}

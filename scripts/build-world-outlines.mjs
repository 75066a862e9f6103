/**
 * Builds content/data/world_outlines_110m.csv, the country outlines of the "chips as borders"
 * map, from Natural Earth's 1:110m countries as packaged by world-atlas (TopoJSON).
 *
 *   node scripts/build-world-outlines.mjs
 *
 * Why precompute instead of projecting in the browser: the map never changes projection, so
 * shipping d3-geo + topojson-client + the 105 KB TopoJSON to every reader to redo the same
 * arithmetic would be waste. Here we project once (Equal Earth, an equal-area projection, so no
 * country looks bigger than it is), drop Antarctica and specks smaller than a few pixels, simplify
 * each ring (Douglas–Peucker, tolerance 0.9 units) and round to whole units on a 1000-unit-wide
 * frame. The chart's layout only scales and translates these points (one PathMark per ring).
 * Holes are dropped: at this scale the only one that matters (Lesotho in South Africa) is drawn
 * on top as its own country.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath, geoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import { EU27 } from '../src/lib/charts/chips-as-borders/eu27.js';

const require = createRequire(import.meta.url);
const topology = require('world-atlas/countries-110m.json');
const pkg = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8'));

const WIDTH = 1000;
const TOLERANCE = 0.9;
const MIN_AREA = 6; // square units; smaller rings are dropped unless the country is kept whole
/** Countries the story names, even where they are small (EU-27 included): keep all their rings. */
const KEEP = new Set(['158', '392', '410', '840', '156', '356', ...EU27]);

const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== '010');
const collection = { type: 'FeatureCollection', features: countries };
const projection = geoEqualEarth().fitWidth(WIDTH, collection);
const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
const HEIGHT = Math.ceil(y1 - y0);

function perpendicular(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

function simplify(points, tol) {
  if (points.length < 3) return points;
  let max = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicular(points[i], points[0], points[points.length - 1]);
    if (d > max) {
      max = d;
      index = i;
    }
  }
  if (max <= tol) return [points[0], points[points.length - 1]];
  const left = simplify(points.slice(0, index + 1), tol);
  const right = simplify(points.slice(index), tol);
  return [...left.slice(0, -1), ...right];
}

/** Projected rings of a feature, clipped at the antimeridian by d3-geo's projection stream. */
function projectedRings(f) {
  const rings = [];
  let current = null;
  geoStream(
    f,
    projection.stream({
      point(x, y) {
        current?.push([x, y]);
      },
      lineStart() {
        current = [];
      },
      lineEnd() {
        if (current && current.length > 2) rings.push(current);
        current = null;
      },
      polygonStart() {},
      polygonEnd() {},
      sphere() {}
    })
  );
  return rings;
}

const signedArea = (ring) =>
  ring.reduce((s, [x, y], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    return s + x * y2 - x2 * y;
  }, 0) / 2;

const rows = [];
let points = 0;
for (const f of countries) {
  const id = f.id ?? f.properties.name.toLowerCase().replace(/[^a-z]+/g, '-');
  let ringNo = 0;
  for (const raw of projectedRings(f)) {
    // Exterior rings come out of the stream clockwise on screen (positive signed area with y
    // down); holes run the other way and are dropped (see above).
    if (signedArea(raw) < 0) continue;
    const open = raw.slice(0, -1);
    // Split the closed ring in two halves so Douglas–Peucker has two distinct end points.
    const mid = Math.floor(open.length / 2);
    const simplified = [
      ...simplify(open.slice(0, mid + 1), TOLERANCE).slice(0, -1),
      ...simplify([...open.slice(mid), open[0]], TOLERANCE).slice(0, -1)
    ];
    const ring = simplified.map(([x, y]) => [Math.round(x), Math.round(y)]);
    const deduped = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
    if (deduped.length < 3) continue;
    if (!KEEP.has(id) && Math.abs(signedArea(deduped)) < MIN_AREA) continue;
    points += deduped.length;
    rows.push([id, f.properties.name, ringNo++, deduped.map(([x, y]) => `${x} ${y}`).join(';')]);
  }
}

const quote = (s) => (/[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s));
const csv = ['iso_n3,name,ring,points', ...rows.map((r) => r.map(quote).join(','))].join('\n');
writeFileSync('content/data/world_outlines_110m.csv', csv + '\n');
console.log(
  `${rows.length} rings, ${points} points, frame ${WIDTH}x${HEIGHT} (world-atlas ${pkg.version}, tolerance ${TOLERANCE})`
);

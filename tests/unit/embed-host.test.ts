/**
 * The host pages' script (static/embed.js), run in a bare VM with just the DOM it touches: it
 * sizes an iframe only to a height of the agreed shape, from the origin it was loaded from, sent
 * by that iframe's own window; it asks our iframes (and only ours) for their height once it
 * runs; and it speaks the messages src/browser/embed-protocol.ts defines.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ASK_MESSAGE, HEIGHT_MESSAGE } from '$browser/embed-protocol';

const SOURCE = readFileSync('static/embed.js', 'utf8');
const SITE = 'https://charts.example';

interface FakeFrame {
  src: string;
  style: { height: string };
  contentWindow: { postMessage: (data: unknown, origin: string) => void; posted: unknown[] };
}

function frame(src: string): FakeFrame {
  const posted: unknown[] = [];
  return { src, style: { height: '' }, contentWindow: { posted, postMessage: (data) => posted.push(data) } };
}

function host(frames: FakeFrame[], scriptSrc = `${SITE}/ai-boom/embed.js`) {
  const listeners: ((event: unknown) => void)[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, fn: (event: unknown) => void) => {
      if (type === 'message') listeners.push(fn);
    }
  };
  const document = {
    currentScript: { src: scriptSrc },
    readyState: 'complete',
    getElementsByTagName: () => frames
  };
  runInNewContext(SOURCE, {
    window,
    document,
    location: { href: 'https://news.example/story' },
    URL,
    isFinite
  });
  return {
    send: (event: { origin: string; source: unknown; data: unknown }) => listeners.forEach((fn) => fn(event))
  };
}

describe('static/embed.js', () => {
  it('uses the messages of src/browser/embed-protocol.ts', () => {
    expect(SOURCE).toContain(`'${HEIGHT_MESSAGE}'`);
    expect(SOURCE).toContain(`'${ASK_MESSAGE}'`);
  });

  it('sizes the iframe that sent a height from its own origin, and no other', () => {
    const ours = frame(`${SITE}/ai-boom/embed/the-loop/`);
    const other = frame(`${SITE}/ai-boom/embed/last-time/`);
    const { send } = host([ours, other]);
    send({ origin: SITE, source: ours.contentWindow, data: { type: HEIGHT_MESSAGE, height: 812.4 } });
    expect(ours.style.height).toBe('813px');
    expect(other.style.height).toBe('');
  });

  it.each([
    ['another origin', { origin: 'https://evil.example', data: { type: HEIGHT_MESSAGE, height: 900 } }],
    ['another shape', { origin: SITE, data: { kind: HEIGHT_MESSAGE, height: 900 } }],
    ['a string', { origin: SITE, data: `${HEIGHT_MESSAGE} 900` }],
    ['a height that is not a number', { origin: SITE, data: { type: HEIGHT_MESSAGE, height: '900px' } }],
    ['a height out of range', { origin: SITE, data: { type: HEIGHT_MESSAGE, height: 1e9 } }],
    ['no height', { origin: SITE, data: { type: HEIGHT_MESSAGE } }]
  ])('ignores %s', (_, message) => {
    const ours = frame(`${SITE}/ai-boom/embed/the-loop/`);
    const { send } = host([ours]);
    send({ ...message, source: ours.contentWindow });
    expect(ours.style.height).toBe('');
  });

  it('ignores a height from a window that is none of the page’s iframes', () => {
    const ours = frame(`${SITE}/ai-boom/embed/the-loop/`);
    const { send } = host([ours]);
    send({ origin: SITE, source: {}, data: { type: HEIGHT_MESSAGE, height: 700 } });
    expect(ours.style.height).toBe('');
  });

  it('asks our iframes, and only ours, for their height when it runs', () => {
    const ours = frame(`${SITE}/ai-boom/embed/the-loop/`);
    const video = frame('https://video.example/player/1');
    host([ours, video]);
    expect(ours.contentWindow.posted).toEqual([{ type: ASK_MESSAGE }]);
    expect(video.contentWindow.posted).toEqual([]);
  });
});

/*
 * Host-page script for the charts of "The AI boom, followed by the money": sizes each of our
 * iframes to its content, so an embed never scrolls inside a box or leaves a gap under it.
 *
 *   <iframe src="https://ORIGIN/BASE/embed/<chart>/" title="…" width="100%" height="640"
 *     style="border:0" loading="lazy"></iframe>
 *   <script async src="https://ORIGIN/BASE/embed.js"></script>
 *
 * One script serves every embed on the page, however many and in whatever order they load.
 * It trusts only messages from the origin it was itself loaded from and of one shape,
 * { type: 'ai-boom-embed:height', height: <CSS pixels> }, and only changes the height of the
 * iframe that sent them. It loads nothing, and sends nothing but a request for the height
 * ({ type: 'ai-boom-embed:ask' }) to iframes whose address is on that origin. docs/deploy.md
 * has the details.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || window.aiBoomEmbeds) return;
  var origin = new URL(script.src, location.href).origin;
  window.aiBoomEmbeds = origin;

  function frames() {
    return document.getElementsByTagName('iframe');
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'ai-boom-embed:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 50 || height > 20000) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) list[i].style.height = Math.ceil(height) + 'px';
    }
  });

  // Embeds that loaded before this script posted their height to nobody: ask them again. Only
  // our iframes are asked; the ask carries nothing, so '*' (an iframe still loading is showing
  // about:blank, and a message addressed to our origin would be refused with a console warning).
  function ask() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.src.indexOf(origin + '/') !== 0 || !frame.contentWindow) continue;
      try {
        frame.contentWindow.postMessage({ type: 'ai-boom-embed:ask' }, '*');
      } catch {
        /* a frame that went away */
      }
    }
  }
  ask();
  if (document.readyState !== 'complete') window.addEventListener('load', ask);
})();

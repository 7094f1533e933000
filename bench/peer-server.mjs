// Serves the peer, Pyodide's own console.html from the npm package, on 127.0.0.1 with its CDN references (jquery,
// jquery.terminal and its CSS) rewritten to the npm copies in node_modules, so nothing is fetched from the internet.
//   /console.html          node_modules/pyodide/console.html, rewritten
//   /<file>                node_modules/pyodide/<file> (pyodide.mjs, pyodide.asm.wasm, python_stdlib.zip, ...)
//   /npm/<pkg>/<path>      node_modules/<pkg>/<path>, for pkg jquery and jquery.terminal only
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.zip': 'application/zip', '.map': 'application/json',
};

export function rewriteConsoleHtml(html) {
  const out = html
    .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/jquery@[^"']*/g, '/npm/jquery/dist/jquery.min.js')
    .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/jquery\.terminal@[^/"']*\//g, '/npm/jquery.terminal/')
    // The npm package of jquery.terminal ships unix_formatting.js but no minified copy.
    .replace('/npm/jquery.terminal/js/unix_formatting.min.js', '/npm/jquery.terminal/js/unix_formatting.js');
  const left = [...out.matchAll(/<(?:script|link)[^>]*(?:src|href)="(https?:[^"]*)"/g)].map((m) => m[1]);
  if (left.length) throw new Error(`console.html still loads from the network: ${left.join(', ')}`);
  return out;
}

// Starts the server on a free port; resolves to { origin, requests, close() }. `requests` lists every path served.
export async function startPeerServer(nodeModules) {
  const pyodideDir = path.join(nodeModules, 'pyodide');
  const html = rewriteConsoleHtml(await readFile(path.join(pyodideDir, 'console.html'), 'utf8'));
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname);
    let file = null;
    const npm = url.pathname.match(/^\/npm\/(jquery|jquery\.terminal)\/(.+)$/);
    if (npm) file = path.join(nodeModules, npm[1], npm[2]);
    else if (url.pathname !== '/console.html') file = path.join(pyodideDir, url.pathname);
    const root = npm ? path.join(nodeModules, npm[1]) : pyodideDir;
    try {
      if (file && !path.resolve(file).startsWith(root + path.sep)) throw new Error('outside');
      const body = file ? await readFile(file) : html;
      // Cacheable like a CDN would serve it, so repeated loads get the HTTP and compiled-wasm caches, as ours does.
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file ?? 'console.html')] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=3600',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// What a page weighs for a browser that opens it first: its HTML (raw and gzip) and the JavaScript it loads (every
// `<script src>` of the HTML and every script it preloads, each fetched and gzip-compressed as a server would send it).
import { gzipSync } from 'node:zlib';

export interface Chunk {
  path: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  html: number;
  htmlGzip: number;
  /** The scripts a modern browser fetches on the first load (not `noModule` ones), largest first. */
  scripts: Chunk[];
  js: number;
  jsGzip: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/** The scripts of a page's HTML: `<script src>` (without `noModule`) and `<link rel="preload" as="script">`. */
export function scriptPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && !/\snomodule\b/i.test(tag)) paths.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href && /^(preload|modulepreload)$/i.test(attribute(tag, 'rel') ?? '') && attribute(tag, 'as') === 'script') {
      paths.add(href);
    }
  }
  return [...paths];
}

async function text(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
  return body;
}

const gzip = (s: string) => gzipSync(s).length;

/** The page's weight; `check` throws unless the HTML holds what the page must show. */
export async function weighPage(
  base: string,
  path: string,
  check: (html: string) => void,
  headers: Record<string, string> = {},
): Promise<PageWeight> {
  const html = await text(`${base}${path}`, headers);
  check(html);
  const scripts = await Promise.all(
    scriptPaths(html).map(async (src) => {
      const body = await text(new URL(src, base).href);
      return { path: src, bytes: Buffer.byteLength(body), gzip: gzip(body) };
    }),
  );
  scripts.sort((a, b) => b.gzip - a.gzip);
  return {
    html: Buffer.byteLength(html),
    htmlGzip: gzip(html),
    scripts,
    js: scripts.reduce((n, s) => n + s.bytes, 0),
    jsGzip: scripts.reduce((n, s) => n + s.gzip, 0),
  };
}

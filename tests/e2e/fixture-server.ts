import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/html/', import.meta.url));
const SHARED_PAGES = fileURLToPath(new URL('../../../shared/corpus/html/', import.meta.url));

/** Fixture pages by the address a reader would visit. */
export const PAGES = {
  bdoArticle: {
    url: 'http://baobinhduong.vn/kien-tao-cong-dong-thong-minh-thu-hut-dau-tu-the-he-moi-a312345.html',
    file: 'bdo-horasis-2023.html',
  },
  bdoHome: { url: 'http://baobinhduong.vn/', file: 'home-page-not-article.html' },
  /** A real saved VnExpress page, read from ../shared (never copied into the repo). */
  vnexpressReal: {
    url: 'http://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html',
    file: `${SHARED_PAGES}vnexpress-2025-10-22.html`,
  },
} as const;

export interface FixtureServer {
  /** host:port to give the browser as its HTTP proxy. */
  proxy: string;
  /** Serves an edited page at `url` from now on (the news site changed it); null restores the fixture. */
  edit(url: string, transform: ((html: string) => string) | null): void;
  close(): Promise<void>;
}

/**
 * Serves fixtures as an HTTP proxy, so the browser visits the real news-site addresses (where the
 * shipped content script's match patterns apply) and nothing leaves the machine: every request,
 * whatever its host, is answered here, and unknown addresses get 404.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const byUrl = new Map<string, string>(Object.values(PAGES).map((p) => [p.url, p.file]));
  const edits = new Map<string, (html: string) => string>();
  const server: Server = createServer((req, res) => {
    const url = req.url?.startsWith('http') ? req.url : `http://${req.headers.host}${req.url}`;
    const key = url.replace(/[?#].*$/, '');
    const file = byUrl.get(key);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const html = readFileSync(file.startsWith('/') ? file : FIXTURES + file, 'utf8');
    res.end(edits.get(key)?.(html) ?? html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxy: `127.0.0.1:${port}`,
    edit(url, transform) {
      if (transform) edits.set(url, transform);
      else edits.delete(url);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

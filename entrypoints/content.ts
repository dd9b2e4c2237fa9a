import { findTextRange } from '@/lib/anchoring/find-text';
import { flashRange } from '@/lib/decorate/flash';
import { readPage } from '@/lib/read-page';
import type { PageReading } from '@/lib/reading';
import { NEWS_SITE_MATCHES } from '@/lib/sites';
import { onMessage } from '@/utils/messaging';

declare global {
  interface Window {
    __sotayContentLoaded?: boolean;
  }
}

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  main() {
    // The popup injects this script on pages outside the curated list; never register twice.
    if (window.__sotayContentLoaded) return;
    window.__sotayContentLoaded = true;

    let cached: { url: string; reading: PageReading } | null = null;
    const read = (): PageReading => {
      // Single-page sites change the URL without reloading: the cache is per URL.
      if (cached?.url !== location.href) {
        cached = { url: location.href, reading: readPage(document, location.href) };
      }
      return cached.reading;
    };

    onMessage('readPage', () => read());

    onMessage('revealOffset', ({ data }) => {
      const reading = read();
      if (reading.state !== 'article') return false;
      const { text } = reading.article;
      const range = findTextRange(document.body, text.slice(data.start, data.end), data.start / text.length);
      if (range) flashRange(range);
      return range !== null;
    });

    // Read once the page is idle, so the popup opens on a ready answer without slowing the page.
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
    idle(() => read(), { timeout: 5000 });
  },
});

import { useEffect, useState } from 'preact/hooks';
import type { AcronymInfo } from '@/lib/acronyms';
import type { MarkedAbbreviation } from '@/lib/article';
import { sendMessage } from '@/utils/messaging';

/**
 * The content script finds acronyms and the article's own definitions; the background adds the
 * reader's glossary and the built-in one, which live in the extension's origin. Where it cannot
 * (the glossary unreadable), the page's own list stays and `unresolved` says so: an acronym would
 * otherwise read as unknown to every glossary. `page`: the article's address, for the reader's
 * corrections kept for it; `marked`: what the page's markup explains. `version` changes when the
 * reader's glossary does, to resolve again.
 */
export function useAcronyms(
  text: string,
  url: string | null,
  page: string | null,
  marked: MarkedAbbreviation[] | undefined,
  fromPage: AcronymInfo[],
  version = 0,
): { acronyms: AcronymInfo[]; unresolved: boolean } {
  const [acronyms, setAcronyms] = useState(fromPage);
  const [unresolved, setUnresolved] = useState(false);
  useEffect(() => {
    let live = true;
    // Nothing to read (a headline without acronyms of its own): nothing to ask.
    if (text === '') {
      setAcronyms([]);
      setUnresolved(false);
      return;
    }
    sendMessage('resolveAcronyms', { text, url, page, marked })
      .then((resolved) => {
        if (!live) return;
        setAcronyms(resolved);
        setUnresolved(false);
      })
      .catch(() => {
        if (!live) return;
        // What the alert says: only the article's own, not what an earlier resolve gave.
        setAcronyms(fromPage);
        setUnresolved(true);
      });
    return () => {
      live = false;
    };
  }, [text, url, page, marked, version]);
  return { acronyms, unresolved };
}

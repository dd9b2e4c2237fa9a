import { useEffect, useState } from 'preact/hooks';
import type { AcronymInfo } from '@/lib/acronyms';
import { sendMessage } from '@/utils/messaging';

/**
 * The content script finds acronyms and the article's own definitions; the background adds the
 * reader's glossary and the built-in one, which live in the extension's origin.
 */
/** `version` changes when the reader's glossary does, to resolve again. */
export function useAcronyms(text: string, url: string | null, fromPage: AcronymInfo[], version = 0): AcronymInfo[] {
  const [acronyms, setAcronyms] = useState(fromPage);
  useEffect(() => {
    let live = true;
    sendMessage('resolveAcronyms', { text, url })
      .then((resolved) => live && setAcronyms(resolved))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [text, url, version]);
  return acronyms;
}

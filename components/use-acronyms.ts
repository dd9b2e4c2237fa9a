import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findAcronyms, loadGlossary, type AcronymInfo, type Glossary, type GlossaryData } from '@/lib/acronyms';
import { db } from './db';

let glossary: Promise<Glossary> | undefined;

/** The shipped glossary, fetched from the extension's own files only when a popup needs it. */
function shippedGlossary(): Promise<Glossary> {
  glossary ??= fetch(browser.runtime.getURL('/glossary/glossary.json'))
    .then((r) => r.json() as Promise<GlossaryData>)
    .then(loadGlossary);
  return glossary;
}

/**
 * The content script finds acronyms and the article's own definitions; the popup adds the reader's
 * glossary and the built-in one, which live in the extension's origin.
 */
export function useAcronyms(text: string, fromPage: AcronymInfo[]): AcronymInfo[] {
  const [acronyms, setAcronyms] = useState(fromPage);
  useEffect(() => {
    let live = true;
    (async () => {
      const [g, user] = await Promise.all([
        shippedGlossary(),
        db.glossary.filter((e) => !e.deletedAt).toArray(),
      ]);
      if (live) setAcronyms(findAcronyms(text, { glossary: g, user }));
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [text]);
  return acronyms;
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The keys the browser gave a command of ours ("Alt+Shift+H", "⌃⇧H" on a Mac), or "" while unknown
 * and when it gave none: the reader may have changed or removed them, and the browser may refuse a
 * suggested key it keeps for itself, so the manifest's keys are no promise.
 */
export function useCommandKey(name: string): string {
  const [key, setKey] = useState('');
  useEffect(() => {
    let live = true;
    Promise.resolve(browser.commands?.getAll())
      .then((commands) => {
        if (live) setKey(commands?.find((c) => c.name === name)?.shortcut ?? '');
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [name]);
  return key;
}

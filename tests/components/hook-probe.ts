import { h, render } from 'preact';
import { act } from 'preact/test-utils';

/**
 * A hook rendered in a component of its own, with the props `show` gives it: `show` renders, then
 * lets what the hook awaits (a message's answer or its failure) arrive; `seen` is what it returned
 * last. `clear` unmounts it (call it after each test).
 */
export function hookProbe<P extends object, T>(use: (props: P) => T): { show(props: P): Promise<void>; seen(): T | undefined; clear(): void } {
  let seen: T | undefined;
  function Probe(props: P) {
    seen = use(props);
    return null;
  }
  const root = document.createElement('div');
  return {
    async show(props) {
      await act(async () => {
        render(h(Probe, props), root);
      });
      await act(async () => {
        await new Promise((done) => setTimeout(done, 0));
      });
    },
    seen: () => seen,
    clear: () => render(null, root),
  };
}

import { describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, unknown>, area: string) => void;
const listeners = new Set<Listener>();
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      onChanged: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
      local: { set: async (items: Record<string, unknown>) => listeners.forEach((l) => l(items, 'local')) },
    },
  },
}));
const { announceGlossaryChange, glossaryChangedHere, onGlossaryChange } = await import('@/utils/notebook-changes');

describe('onGlossaryChange', () => {
  it('hears this page\'s own change at once, and every page\'s through storage, until stopped', async () => {
    const heard = vi.fn();
    const stop = onGlossaryChange(heard);
    glossaryChangedHere();
    // At once: not after a storage round trip.
    expect(heard).toHaveBeenCalledTimes(1);
    await announceGlossaryChange();
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    glossaryChangedHere();
    await announceGlossaryChange();
    expect(heard).toHaveBeenCalledTimes(2);
  });
});

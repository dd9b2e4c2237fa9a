// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hookProbe } from './hook-probe';

interface Command { name?: string; shortcut?: string }
const getAll = vi.fn<() => Promise<Command[]>>();
vi.mock('wxt/browser', () => ({ browser: { commands: { getAll: () => getAll() } } }));
const { useCommandKey } = await import('@/components/use-command-key');

const probe = hookProbe(({ name }: { name: string }) => useCommandKey(name));
const keysOf = async (name: string) => {
  await probe.show({ name });
  return probe.seen();
};
const commands: Command[] = [
  { name: 'next-acronym', shortcut: 'Alt+Shift+K' },
  { name: 'highlight-selection', shortcut: '⌃⇧H' },
  { name: 'note-selection', shortcut: '' },
];

afterEach(probe.clear);

describe('useCommandKey', () => {
  it('names the keys the browser gave the command, which may not be the manifest\'s', async () => {
    getAll.mockResolvedValue(commands);
    expect(await keysOf('highlight-selection')).toBe('⌃⇧H');
    expect(await keysOf('next-acronym')).toBe('Alt+Shift+K');
  });

  it('is empty for a command the browser gave no keys, and when it cannot say', async () => {
    getAll.mockResolvedValue(commands);
    expect(await keysOf('highlight-selection')).toBe('⌃⇧H');
    // The reader removed the note's keys: nothing is promised.
    expect(await keysOf('note-selection')).toBe('');
    probe.clear();
    getAll.mockRejectedValue(new Error('no commands API'));
    expect(await keysOf('highlight-selection')).toBe('');
  });
});

// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface Command { name?: string; shortcut?: string }
const getAll = vi.fn<() => Promise<Command[]>>();
vi.mock('wxt/browser', () => ({ browser: { commands: { getAll: () => getAll() } } }));
const { useCommandKey } = await import('@/components/use-command-key');

let seen = 'not rendered';
function Probe({ name }: { name: string }) {
  seen = useCommandKey(name);
  return null;
}
const root = document.createElement('div');
const show = async (name: string) => {
  await act(async () => {
    render(h(Probe, { name }), root);
  });
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
};
const commands: Command[] = [
  { name: 'next-acronym', shortcut: 'Alt+Shift+K' },
  { name: 'highlight-selection', shortcut: '⌃⇧H' },
  { name: 'note-selection', shortcut: '' },
];

afterEach(() => render(null, root));

describe('useCommandKey', () => {
  it('names the keys the browser gave the command, which may not be the manifest\'s', async () => {
    getAll.mockResolvedValue(commands);
    await show('highlight-selection');
    expect(seen).toBe('⌃⇧H');
    await show('next-acronym');
    expect(seen).toBe('Alt+Shift+K');
  });

  it('is empty for a command the browser gave no keys, and when it cannot say', async () => {
    getAll.mockResolvedValue(commands);
    await show('highlight-selection');
    expect(seen).toBe('⌃⇧H');
    // The reader removed the note's keys: nothing is promised.
    await show('note-selection');
    expect(seen).toBe('');
    render(null, root);

    getAll.mockRejectedValue(new Error('no commands API'));
    await show('highlight-selection');
    expect(seen).toBe('');
  });
});

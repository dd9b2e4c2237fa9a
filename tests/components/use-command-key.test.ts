// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface Command { name?: string; shortcut?: string }
const getAll = vi.fn<() => Promise<Command[]>>();
vi.mock('wxt/browser', () => ({ browser: { commands: { getAll: () => getAll() } } }));
const { useCommandKey } = await import('@/components/use-command-key');

let seen = 'not rendered';
function Probe() {
  seen = useCommandKey('highlight-selection');
  return null;
}
const root = document.createElement('div');
const show = async () => {
  await act(async () => {
    render(h(Probe, {}), root);
  });
  await act(async () => {
    await new Promise((done) => setTimeout(done, 0));
  });
};

afterEach(() => render(null, root));

describe('useCommandKey', () => {
  it('names the keys the browser gave the command, which may not be the manifest\'s', async () => {
    getAll.mockResolvedValueOnce([
      { name: 'next-acronym', shortcut: 'Alt+Shift+K' },
      { name: 'highlight-selection', shortcut: '⌃⇧H' },
    ]);
    await show();
    expect(seen).toBe('⌃⇧H');
  });

  it('is empty when the browser gave the command no keys, or cannot say', async () => {
    getAll.mockResolvedValueOnce([{ name: 'highlight-selection', shortcut: '' }]);
    await show();
    expect(seen).toBe('');
    render(null, root);

    getAll.mockRejectedValueOnce(new Error('no commands API'));
    await show();
    expect(seen).toBe('');
  });
});

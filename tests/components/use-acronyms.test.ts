// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AcronymInfo } from '@/lib/acronyms';
import { hookProbe } from './hook-probe';

const resolve = vi.fn<(data: unknown) => Promise<AcronymInfo[]>>();
vi.mock('@/utils/messaging', () => ({ sendMessage: (_type: string, data: unknown) => resolve(data) }));
const { useAcronyms } = await import('@/components/use-acronyms');

const info = (short: string, long: string | null, source: AcronymInfo['source']): AcronymInfo => ({
  short,
  long,
  source,
  definedInText: source === 'text',
  count: 1,
  offsets: [0],
});
const fromPage = [info('TPTM', 'Thành phố thông minh', 'text'), info('UBND', null, null)];
const resolved = [info('TPTM', 'Thành phố thông minh', 'text'), info('UBND', 'Ủy ban nhân dân', 'glossary')];

const probe = hookProbe(({ version }: { version: number }) => useAcronyms('bài', 'https://baobinhduong.vn/a.html', null, undefined, fromPage, version));
const show = (version: number) => probe.show({ version });

afterEach(probe.clear);

describe('useAcronyms', () => {
  it('takes the background\'s expansions, and after a later failure falls back to the page\'s own list, not the earlier answer', async () => {
    resolve.mockResolvedValueOnce(resolved);
    await show(0);
    expect(probe.seen()).toEqual({ acronyms: resolved, unresolved: false });

    // The reader's glossary changed; this time the background cannot read the glossaries.
    resolve.mockRejectedValueOnce(new Error('unreadable'));
    await show(1);
    expect(probe.seen()).toEqual({ acronyms: fromPage, unresolved: true });

    // And once it can again, the alert goes.
    resolve.mockResolvedValueOnce(resolved);
    await show(2);
    expect(probe.seen()).toEqual({ acronyms: resolved, unresolved: false });
  });
});

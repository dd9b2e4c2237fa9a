// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchArticleText } from '../../entrypoints/content/watch-article';

describe('watching the article for changes', () => {
  let stop = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<aside><span id="ad">Quảng cáo</span></aside><article><p>Đoạn một.</p><span id="clock">10:00:00</span></article>';
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });
  const watch = () => {
    const onChange = vi.fn();
    stop = watchArticleText(document, () => [document.querySelector('article')!], onChange);
    return onChange;
  };

  it('reads again once a change has settled for a second', async () => {
    const onChange = watch();
    document.querySelector('p')!.textContent = 'Đoạn một đã sửa.';
    await vi.advanceTimersByTimeAsync(900);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores what changes outside the article', async () => {
    const onChange = watch();
    document.getElementById('ad')!.textContent = 'Quảng cáo mới, dài hơn trước';
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('does not put a reading off for ever while a clock ticks in the article, nor read more than every five seconds', async () => {
    const onChange = watch();
    document.querySelector('p')!.textContent = 'Đoạn một đã sửa.';
    const clock = document.getElementById('clock')!;
    for (let i = 0; i < 40; i++) {
      clock.textContent = `10:00:${String(i).padStart(2, '0')}`;
      await vi.advanceTimersByTimeAsync(500);
      // The first reading comes at most five seconds after the first change.
      if (i === 10) expect(onChange).toHaveBeenCalledTimes(1);
    }
    // 20 s of ticking: a reading every five seconds at most.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(4);
  });
});

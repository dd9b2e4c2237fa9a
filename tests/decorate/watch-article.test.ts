// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleWatch } from '../../entrypoints/content/watch-article';

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
  /** Watches the page's article, reading it again with `onChange`; the watch stops after the test. */
  const watchWith = (onChange: () => boolean) => {
    const watcher = new ArticleWatch(onChange);
    watcher.watch([document.querySelector('article')!]);
    stop = () => watcher.stop();
    return watcher;
  };
  const watch = () => {
    const onChange = vi.fn(() => true);
    watchWith(onChange);
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

  it('ignores what changes outside the article, beside it included', async () => {
    const onChange = watch();
    document.getElementById('ad')!.textContent = 'Quảng cáo mới, dài hơn trước';
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'Tin liên quan' }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reads again when the article is replaced whole', async () => {
    const onChange = watch();
    const fresh = Object.assign(document.createElement('article'), { textContent: 'Bài mới hoàn toàn.' });
    document.querySelector('article')!.replaceWith(fresh);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads again when a wrapper higher up is taken off the page with the article', async () => {
    document.body.innerHTML = '<main><div><article><p>Đoạn một.</p></article></div></main>';
    const onChange = watch();
    document.querySelector('main')!.replaceWith(Object.assign(document.createElement('main'), { textContent: 'Đang tải…' }));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('forgets a pending change when it stops, and a change after it watches again settles afresh', async () => {
    const onChange = vi.fn(() => true);
    const watcher = watchWith(onChange);
    const article = document.querySelector('article')!;
    document.querySelector('p')!.textContent = 'Đoạn một đã sửa.';
    // The change is seen (its records delivered), then the watch stops before it settles.
    await vi.advanceTimersByTimeAsync(100);
    watcher.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).not.toHaveBeenCalled();
    // The stopped change's time is forgotten: the next one still waits its second.
    watcher.watch([article]);
    document.querySelector('p')!.textContent = 'Đoạn một sửa lần nữa.';
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(600);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does not count a change it let pass against the next one', async () => {
    const onChange = vi.fn(() => true).mockReturnValueOnce(false);
    watchWith(onChange);
    document.querySelector('p')!.innerHTML = 'Đoạn <b>một</b>, sửa.';
    await vi.advanceTimersByTimeAsync(1_100);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.querySelector('p')!.textContent = 'Đoạn một đã sửa.';
    await vi.advanceTimersByTimeAsync(1_100);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('does not put a reading off for ever while a ticker changes words in the article, nor read more than every five seconds', async () => {
    const onChange = watch();
    document.querySelector('p')!.textContent = 'Đoạn một đã sửa.';
    const ticker = document.getElementById('clock')!;
    const news = ['Tin nóng: bão số 3', 'Tin nóng: giá vàng', 'Tin nóng: tỷ giá USD'];
    for (let i = 0; i < 40; i++) {
      ticker.textContent = news[i % news.length]!;
      await vi.advanceTimersByTimeAsync(500);
      // The first reading comes at most five seconds after the first change.
      if (i === 10) expect(onChange).toHaveBeenCalledTimes(1);
    }
    // 20 s of ticking: a reading every five seconds at most.
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(onChange.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('reads a change of numbers alone (a clock, "cập nhật 5 giây trước", a corrected figure) at most every half minute', async () => {
    document.body.innerHTML = '<article><p>Đoạn một.</p><span id="clock">10:00:00</span> <span id="ago">Cập nhật 5 giây trước</span></article>';
    const onChange = watch();
    const [clock, ago] = [document.getElementById('clock')!, document.getElementById('ago')!];
    let second = 0;
    const tick = async (seconds: number) => {
      for (let i = 0; i < seconds; i++, second++) {
        clock.firstChild!.nodeValue = `10:00:${String(second % 60).padStart(2, '0')}`;
        ago.textContent = `Cập nhật ${second + 6} giây trước`;
        await vi.advanceTimersByTimeAsync(1_000);
      }
    };
    await tick(25);
    expect(onChange).not.toHaveBeenCalled();
    await tick(10);
    expect(onChange).toHaveBeenCalledTimes(1);
    await tick(20);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The same words drawn again in new nodes are no change at all.
    document.querySelector('p')!.innerHTML = '<span>Đoạn</span> một.';
    await vi.advanceTimersByTimeAsync(1_100);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Words are read again within the usual five seconds.
    document.querySelector('p')!.textContent = 'Đoạn một đã sửa.';
    await vi.advanceTimersByTimeAsync(5_100);
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

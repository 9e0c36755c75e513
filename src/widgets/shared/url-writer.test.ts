import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlWriter } from './url-writer';

/** A stand-in address bar: location and history.replaceState. */
function addressBar(search: string) {
  const bar = { pathname: '/glossary/gradient/', search, hash: '' };
  const replaceState = vi.fn((_state: unknown, _title: string, url: string) => {
    const u = new URL(url, 'http://localhost');
    bar.pathname = u.pathname;
    bar.search = u.search;
    bar.hash = u.hash;
  });
  vi.stubGlobal('location', bar);
  vi.stubGlobal('history', { state: null, replaceState });
  return { bar, replaceState };
}

describe('the URL writer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('writes nothing while changes keep coming, then the latest state once they pause', () => {
    const { bar, replaceState } = addressBar('');
    let x = 0;
    const writer = createUrlWriter(() => `?x=${x}`, 300);
    for (let i = 0; i < 20; i++) {
      x = i;
      writer.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(bar.search).toBe('?x=19');
  });

  it('writes at once on flush (a drag ends), only when something is pending', () => {
    const { bar, replaceState } = addressBar('?x=1');
    const writer = createUrlWriter(() => '?x=2', 300);
    writer.flush();
    expect(replaceState).not.toHaveBeenCalled();
    writer.schedule();
    writer.flush();
    expect(bar.search).toBe('?x=2');
    vi.advanceTimersByTime(1000);
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it('leaves an address that already says the same alone, and forgets a pending write when disposed', () => {
    const { replaceState } = addressBar('?x=2');
    const writer = createUrlWriter(() => '?x=2', 300);
    writer.schedule();
    vi.advanceTimersByTime(300);
    expect(replaceState).not.toHaveBeenCalled();
    const other = createUrlWriter(() => '?x=3', 300);
    other.schedule();
    other.dispose();
    vi.advanceTimersByTime(1000);
    expect(replaceState).not.toHaveBeenCalled();
  });
});

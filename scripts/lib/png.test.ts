import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./chromium.ts', () => ({
  CHROMIUM: '/nowhere/chromium',
  hasChromium: () => false,
  launch: vi.fn(),
}));
vi.mock('./serve.ts', () => ({ serve: vi.fn() }));

const { photograph } = await import('./png.ts');
const { launch } = await import('./chromium.ts');
const { serve } = await import('./serve.ts');

describe('photograph without Chromium', () => {
  afterEach(() => vi.restoreAllMocks());

  it('warns, naming the PNGs it does not make, and neither serves nor launches', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const written = await photograph([
      { page: 'static/card.svg', file: 'static/card.png', viewport: { width: 1200, height: 630 } },
      {
        page: 'embed/timeline.html',
        file: 'static/timeline.png',
        viewport: { width: 720, height: 600 },
        element: '.embed',
      },
    ]);
    expect(written).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(
      /^build: no \/nowhere\/chromium, so no static\/card\.png, static\/timeline\.png;/,
    );
    expect(serve).not.toHaveBeenCalled();
    expect(launch).not.toHaveBeenCalled();
  });
});

import type Konva from 'konva';
import { describe, expect, it, vi } from 'vitest';
import { encodeWhenIdle, isEncoded } from './qrWhenIdle';

describe('QR codes encoded when idle', () => {
  it('encodes each code once, however often its placeholder is drawn, and redraws each layer once a batch', async () => {
    const layer = { batchDraw: vi.fn() } as unknown as Konva.Layer;
    const other = { batchDraw: vi.fn() } as unknown as Konva.Layer;
    const encode = vi.fn((into: Konva.Layer) => into);
    for (let draw = 0; draw < 3; draw++) {
      encodeWhenIdle('100x100 https://a', () => encode(layer));
      encodeWhenIdle('100x100 https://b', () => encode(layer));
      encodeWhenIdle('80x80 https://c', () => encode(other));
    }
    expect(isEncoded('100x100 https://a')).toBe(false);
    // Here, without requestIdleCallback, a batch holds one code: three idle periods.
    await vi.waitFor(() => expect(isEncoded('80x80 https://c')).toBe(true));
    expect(encode).toHaveBeenCalledTimes(3);
    expect(vi.mocked(layer.batchDraw).mock.calls.length + vi.mocked(other.batchDraw).mock.calls.length).toBe(3);
    encodeWhenIdle('100x100 https://a', () => encode(layer));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(encode).toHaveBeenCalledTimes(3);
  });

  it('encodes as many as an idle period has time for, then redraws their layer once', async () => {
    vi.stubGlobal('requestIdleCallback', (task: IdleRequestCallback) => setTimeout(() => task({ didTimeout: false, timeRemaining: () => 10 }), 1));
    try {
      const layer = { batchDraw: vi.fn() } as unknown as Konva.Layer;
      for (const text of ['d', 'e', 'f', 'g']) encodeWhenIdle(`100x100 https://${text}`, () => layer);
      await vi.waitFor(() => expect(isEncoded('100x100 https://g')).toBe(true));
      expect(layer.batchDraw).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

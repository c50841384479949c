import type Konva from 'konva';

/**
 * QR codes are encoded when the page is idle. Encoding one tries all eight mask patterns (~5 ms each here,
 * 20 ms on a busy machine), so a template with QR codes opens with a placeholder where each code goes. An
 * idle period encodes as many as it has time for, then redraws their layers once: a redraw per code drew
 * a 500-element layer six times over in the second after the editor opened.
 */

/** Codes already encoded on this page, by text and size. */
const encoded = new Set<string>();
/** Codes waiting for an idle period: each encodes and answers the layer to redraw. */
const queued = new Map<string, () => Konva.Layer | null | undefined>();

export const isEncoded = (key: string): boolean => encoded.has(key);

/** Queues a code's encoding (once per key, however often its placeholder is drawn meanwhile). */
export function encodeWhenIdle(key: string, encode: () => Konva.Layer | null | undefined): void {
  if (queued.has(key) || encoded.has(key)) return;
  queued.set(key, encode);
  if (queued.size === 1) idle(drain);
}

function drain(deadline?: IdleDeadline): void {
  const layers = new Set<Konva.Layer>();
  for (const [key, encode] of queued) {
    queued.delete(key);
    const layer = encode();
    encoded.add(key);
    if (layer) layers.add(layer);
    if (!deadline || deadline.timeRemaining() <= 0) break;
  }
  for (const layer of layers) layer.batchDraw();
  if (queued.size > 0) idle(drain);
}

const idle = (task: (deadline?: IdleDeadline) => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 500 }) : setTimeout(task, 1));

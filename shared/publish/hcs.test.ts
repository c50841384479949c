import { describe, expect, it } from 'vitest';
import { fileTopicMemo, hcs1Chunks, MAX_MESSAGE_BYTES, parseFileTopicMemo, parseRegisterMessage, reassembleHcs1, registerMessage } from './hcs';

const base64Of = (length: number) => Array.from({ length }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[(i * 7) % 64]).join('');

describe('HCS-1 chunks', () => {
  it('fill each message up to 1024 bytes, number them from 0 and prefix the first with its media type', () => {
    const base64 = base64Of(5000);
    const chunks = hcs1Chunks(base64, 'application/json');
    expect(chunks.map((t) => (JSON.parse(t) as { c: string }).c).join('')).toBe(`data:application/json;base64,${base64}`);
    for (const [i, text] of chunks.entries()) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
      expect(JSON.parse(text)).toMatchObject({ o: i });
    }
    // Every message but the last is full: fewer messages, fewer fees.
    for (const text of chunks.slice(0, -1)) expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_MESSAGE_BYTES - 3);
    expect((JSON.parse(chunks[0]!) as { c: string }).c.startsWith('data:application/json;base64,')).toBe(true);
  });

  it('reassemble in any order to the same data', () => {
    const base64 = base64Of(3001);
    const chunks = hcs1Chunks(base64);
    expect(reassembleHcs1([...chunks].reverse())).toEqual({ mediaType: 'application/json', base64 });
    expect(reassembleHcs1(hcs1Chunks(''))).toEqual({ mediaType: 'application/json', base64: '' });
  });

  it('refuse a missing, repeated or foreign chunk with what is wrong', () => {
    const chunks = hcs1Chunks(base64Of(3000));
    expect(() => reassembleHcs1(chunks.slice(1))).toThrow(/lacks chunk 0/);
    expect(() => reassembleHcs1([...chunks, chunks[1]!])).toThrow(/chunk 1 twice/);
    expect(() => reassembleHcs1([...chunks, 'hello'])).toThrow(/not JSON/);
    expect(() => reassembleHcs1([...chunks, '{"o":"x","c":""}'])).toThrow(/not an HCS-1 chunk/);
    expect(() => reassembleHcs1(['{"o":0,"c":"no prefix"}'])).toThrow(/data:<media type>;base64/);
  });
});

describe('topic memos and registry messages', () => {
  const sha256 = 'a'.repeat(64);

  it('name the file topic by its hash, compression and encoding, as HCS-1 asks', () => {
    expect(fileTopicMemo(sha256)).toBe(`${sha256}:zstd:base64`);
    expect(parseFileTopicMemo(fileTopicMemo(sha256))).toEqual({ sha256, compression: 'zstd' });
    expect(parseFileTopicMemo('hcs-2:0:86400')).toBeUndefined();
  });

  it('register a publication as HCS-2 with the design id, version and hash, and read it back', () => {
    const entry = { fileTopicId: '0.0.1234', designId: 'pathway ü/1', version: 3, sha256 };
    const text = registerMessage(entry);
    expect(JSON.parse(text)).toMatchObject({ p: 'hcs-2', op: 'register', t_id: '0.0.1234', metadata: 'hcs://1/0.0.1234' });
    expect((JSON.parse(text) as { m: string }).m.length).toBeLessThanOrEqual(500);
    expect(parseRegisterMessage(text)).toEqual(entry);
  });

  it('ignore registry messages that are not Laurel registrations', () => {
    expect(parseRegisterMessage('{"p":"hcs-2","op":"delete","uid":"3"}')).toBeUndefined();
    expect(parseRegisterMessage('{"p":"hcs-2","op":"register","t_id":"0.0.5","m":"someone else"}')).toBeUndefined();
    expect(parseRegisterMessage('not json')).toBeUndefined();
  });
});

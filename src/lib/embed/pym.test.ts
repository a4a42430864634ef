import { describe, expect, it } from 'vitest';
import { isFromHost, makeMessage, parseMessage, parseViewport } from './pym.ts';

describe('makeMessage / parseMessage', () => {
  it('round-trips the pym v1 format', () => {
    const m = makeMessage('nk-map', 'height', '640');
    expect(m).toBe('pymxPYMxnk-mapxPYMxheightxPYMx640');
    expect(parseMessage('nk-map', m)).toEqual({ type: 'height', message: '640' });
  });

  it('keeps delimiters inside the message', () => {
    expect(parseMessage('a', 'pymxPYMxaxPYMxwidthxPYMx1xPYMx2')).toEqual({ type: 'width', message: '1xPYMx2' });
  });

  it.each([
    ['another child', 'pymxPYMxotherxPYMxwidthxPYMx600'],
    ['not a string', { type: 'width' }],
    ['no type', 'pymxPYMxaxPYMx'],
    ['a bad type', 'pymxPYMxaxPYMx<script>xPYMx1'],
    ['garbage', 'hello'],
    ['too long', 'pymxPYMxaxPYMxwidthxPYMx' + 'x'.repeat(20_000)],
  ])('ignores %s', (_what, data) => {
    expect(parseMessage('a', data)).toBeNull();
  });
});

describe('parseViewport', () => {
  it('reads pym trackscroll payloads', () => {
    expect(parseViewport('1280 900 -350.5 20 2650 1000')).toEqual({
      width: 1280,
      height: 900,
      top: -350.5,
      left: 20,
      bottom: 2650,
      right: 1000,
    });
  });

  it.each(['', '1 2 3', '1280 900 a 20 2650 1000', '0 900 0 0 10 10', '1280 900 50 0 10 10'])('rejects %j', (m) => {
    expect(parseViewport(m)).toBeNull();
  });
});

describe('isFromHost', () => {
  const parent = {};
  it('needs the parent window as source', () => {
    expect(isFromHost({ source: {} as never, origin: 'http://127.0.0.1:7000' }, parent, null)).toBe(false);
    expect(isFromHost({ source: parent as never, origin: 'http://127.0.0.1:7000' }, parent, null)).toBe(true);
  });

  it('checks the origin against parentUrl when the host gave one', () => {
    const ev = (origin: string) => ({ source: parent as never, origin });
    expect(isFromHost(ev('http://127.0.0.1:8080'), parent, 'http://127.0.0.1:8080/story?x=1')).toBe(true);
    expect(isFromHost(ev('http://127.0.0.1:9090'), parent, 'http://127.0.0.1:8080/story')).toBe(false);
    expect(isFromHost(ev('http://127.0.0.1'), parent, 'not a url')).toBe(false);
  });
});

/** The part of CBOR Pagefind's index files use, read and written back byte for byte. */
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../src/integrations/cbor.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytes = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s/g, ''), 'hex'));

describe('CBOR as Pagefind writes it', () => {
  it('encodes integers and lengths in their shortest form (RFC 8949 appendix A)', () => {
    expect(hex(encodeCbor(0))).toBe('00');
    expect(hex(encodeCbor(23))).toBe('17');
    expect(hex(encodeCbor(24))).toBe('1818');
    expect(hex(encodeCbor(1000))).toBe('1903e8');
    expect(hex(encodeCbor(1000000))).toBe('1a000f4240');
    expect(hex(encodeCbor(-1))).toBe('20');
    expect(hex(encodeCbor(-25))).toBe('3818');
    expect(hex(encodeCbor(-1000))).toBe('3903e7');
    expect(hex(encodeCbor('IETF'))).toBe('6449455446');
    expect(hex(encodeCbor('ü'))).toBe('62c3bc');
    expect(hex(encodeCbor(Uint8Array.of(1, 2, 3, 4)))).toBe('4401020304');
    expect(hex(encodeCbor([1, [2, 3], [4, 5]]))).toBe('8301820203820405');
    expect(hex(encodeCbor(Array.from({ length: 25 }, (_, i) => i + 1)))).toMatch(/^9819/);
  });

  it('reads back what it writes', () => {
    const value = ['1.6.0', [['en_828c52b', 184, ''], ['en_a91c87a', 65535, 'grp']], [['0000', '06', 'en_93366d2']], [], [-25, 13, -49, 4294967295], Uint8Array.of(0, 255)];
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
    expect(decodeCbor(bytes('1b 0000 0001 0000 0000'))).toBe(2 ** 32);
  });

  it('refuses what Pagefind does not write, and data cut short or followed by more', () => {
    expect(() => decodeCbor(bytes('a1 01 02'))).toThrow('unsupported CBOR type 5 at byte 0');
    expect(() => decodeCbor(bytes('81 f9 3c00'))).toThrow('unsupported CBOR type 7 at byte 1');
    expect(() => decodeCbor(bytes('9f 01 ff'))).toThrow('unsupported CBOR length code 31');
    expect(() => decodeCbor(bytes('83 01 02'))).toThrow('ends inside a value');
    expect(() => decodeCbor(bytes('64 4945'))).toThrow('ends inside a string');
    expect(() => decodeCbor(bytes('19 03'))).toThrow('ends inside a value');
    expect(() => decodeCbor(bytes('01 02'))).toThrow('1 bytes after the CBOR value');
    expect(() => encodeCbor(1.5)).toThrow('1.5 is not an integer');
  });
});

/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers,
 * text and byte strings, and arrays (Pagefind's Rust structs are encoded as
 * arrays of their fields). `encodeCbor(decodeCbor(bytes))` gives back the
 * same bytes for what Pagefind writes: lengths and integers in their
 * shortest form, as Pagefind's encoder writes them.
 */

export type CborValue = number | string | Uint8Array | CborValue[];

export class CborError extends Error {}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw new CborError(`unsupported CBOR length code ${info} at byte ${at - 1}`);
    if (at + size > bytes.length) throw new CborError('CBOR data ends inside a value');
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): CborValue => {
    if (at >= bytes.length) throw new CborError('CBOR data ends inside a value');
    const start = at;
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const length = argument(initial & 31);
    switch (major) {
      case 0:
        return length;
      case 1:
        return -1 - length;
      case 2:
      case 3: {
        if (at + length > bytes.length) throw new CborError('CBOR data ends inside a string');
        const slice = bytes.subarray(at, at + length);
        at += length;
        return major === 2 ? slice : text.decode(slice);
      }
      case 4:
        return Array.from({ length }, item);
      default:
        throw new CborError(`unsupported CBOR type ${major} at byte ${start}`);
    }
  };
  const value = item();
  if (at !== bytes.length) throw new CborError(`${bytes.length - at} bytes after the CBOR value`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number) => {
    if (n < 24) out.push((major << 5) | n);
    else if (n < 0x100) out.push((major << 5) | 24, n);
    else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push((major << 5) | 26, n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else throw new CborError(`integer ${n} is too large`);
  };
  const item = (v: CborValue) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new CborError(`${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(3, bytes.length);
      for (const b of bytes) out.push(b);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const b of v) out.push(b);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Uint8Array.from(out);
}

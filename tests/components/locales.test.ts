import { describe, expect, it } from 'vitest';
import { loadMessages } from './locale';

const vi = loadMessages('vi');
const en = loadMessages('en');

/** Named placeholders a message uses, sorted: $ERR$ → err. */
const used = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the two locales', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('declare the same placeholders, in the same argument order, and use each one they declare', () => {
    for (const key of Object.keys(vi)) {
      const declared = (m: (typeof vi)[string]) =>
        Object.entries(m.placeholders ?? {})
          .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
          .sort();
      expect(declared(en[key]!), key).toEqual(declared(vi[key]!));
      for (const m of [vi[key]!, en[key]!]) {
        expect([...new Set(used(m.message))], key).toEqual(Object.keys(m.placeholders ?? {}).map((n) => n.toLowerCase()).sort());
      }
    }
  });

  it('hold non-empty, NFC text', () => {
    for (const messages of [vi, en]) {
      for (const [key, m] of Object.entries(messages)) {
        expect(m.message.trim(), key).not.toBe('');
        expect(m.message, key).toBe(m.message.normalize('NFC'));
      }
    }
  });
});

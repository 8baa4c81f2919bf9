import { describe, expect, it } from 'vitest';
import { clientAddress, normaliseAddress } from './client-address';

const withForwardedFor = (value?: string) =>
  new Headers(value === undefined ? {} : { 'x-forwarded-for': value });

describe('clientAddress', () => {
  it('takes the address Next.js wrote when the app is reached directly', () => {
    expect(clientAddress(withForwardedFor('203.0.113.7'), 0)).toBe('203.0.113.7');
  });

  it('behind one proxy, takes the entry it appended and ignores what the client wrote', () => {
    expect(clientAddress(withForwardedFor('1.1.1.1, 2.2.2.2, 203.0.113.7'), 1)).toBe('203.0.113.7');
  });

  it('behind two proxies, takes the address the outer one saw', () => {
    expect(clientAddress(withForwardedFor('6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe('203.0.113.7');
    // Fewer entries than proxies: the request skipped the outer one; the leftmost is all there is.
    expect(clientAddress(withForwardedFor('10.0.0.2'), 2)).toBe('10.0.0.2');
  });

  it('says unknown without the header', () => {
    expect(clientAddress(withForwardedFor(), 0)).toBe('unknown');
    expect(clientAddress(withForwardedFor(' , '), 1)).toBe('unknown');
  });
});

describe('normaliseAddress', () => {
  it('keys an IPv6 client by its /64, and reads IPv4-mapped addresses as IPv4', () => {
    expect(normaliseAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:DB8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('::ffff:198.51.100.4')).toBe('198.51.100.4');
  });

  it('drops a port, and keeps anything else as text', () => {
    expect(normaliseAddress('198.51.100.4:5123')).toBe('198.51.100.4');
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8::/64');
    expect(normaliseAddress('Not-An-Address')).toBe('not-an-address');
  });
});

import ipaddr from 'ipaddr.js';
import { env } from '@/lib/env';

/**
 * The client a sign-in came from, as the key of its per-client limit (decision 0015).
 *
 * Next.js writes the connecting address into X-Forwarded-For itself, but only when the request
 * arrives without one (`??=` in next/dist/server/base-server.js). So:
 * - behind `trustedProxies` reverse proxies that each append the address they saw, the client is
 *   the entry the outermost proxy appended: that many places from the right. Entries to its left
 *   were written by the client and are ignored.
 * - with none (the app reached directly), it is the one entry Next.js wrote, unless the client sent
 *   the header itself, which a forger can do; the per-address and service-wide limits still hold.
 *
 * IPv6 clients are keyed by their /64, the block one subscriber usually holds, so that a sprayer
 * cannot step through the addresses of their own network; IPv4-mapped IPv6 reads as IPv4.
 */
export function clientAddress(headers: Headers, trustedProxies = env.trustedProxies()): string {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return 'unknown';
  const fromRight = Math.max(1, trustedProxies);
  const raw = entries[Math.max(0, entries.length - fromRight)]!;
  return normaliseAddress(raw);
}

/** One address as a limit key; a value that is no address is kept as text (still a key). */
export function normaliseAddress(raw: string): string {
  const bare = stripPort(raw);
  if (!ipaddr.isValid(bare)) return raw.slice(0, 100).toLowerCase();
  let address = ipaddr.parse(bare);
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (address.kind() === 'ipv4') return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toRFC5952String()}/64`;
}

function stripPort(value: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(value);
  return v4WithPort ? v4WithPort[1]! : value;
}

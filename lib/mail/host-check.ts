import 'server-only';
import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { env } from '@/lib/env';

/**
 * An organization's own mail server must be on the public internet: admins of a hosted service
 * must not reach the service's internal network through it (loopback, private, link-local,
 * unique-local, cloud metadata and other special addresses). MAIL_ALLOW_PRIVATE_HOSTS=1 lets the
 * operator allow them (a library's own server on its own network). The deployment's SMTP_URL is the
 * operator's and is never checked.
 */
export const privateHostMessage =
  'This mail server is on a private or internal network address, which Partner Atlas does not send through. Enter the server’s public host name, or ask whoever runs Partner Atlas to allow private addresses.';

/** `passing`: the host could not be looked up just now, which may pass (a digest is tried again). */
export type MailHostCheck = { ok: true; address: string } | { ok: false; message: string; passing?: boolean };

/** Whether an address is an ordinary public one (not loopback, private, link-local, …). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * The address to connect to for an organization's own server, or why not: every address the host
 * resolves to must be public, and the connection then goes to the address checked (no second
 * lookup that could answer differently).
 */
export async function checkMailHost(host: string): Promise<MailHostCheck> {
  if (env.mailAllowPrivateHosts()) return { ok: true, address: host };
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (ipaddr.isValid(bare)) {
    addresses = [bare];
  } else {
    try {
      addresses = (await lookup(bare, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      return {
        ok: false,
        message: `Could not find the mail server ${host}: check the host name.`,
        passing: true,
      };
    }
  }
  if (!addresses.length || !addresses.every(isPublicAddress))
    return { ok: false, message: privateHostMessage };
  return { ok: true, address: addresses[0]! };
}

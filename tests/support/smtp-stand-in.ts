import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** A message the stand-in took: its envelope and its raw text, quoted-printable undone. */
export type CaughtMessage = { from: string; to: string[]; raw: string; text: string };

/** What the stand-in does with the next messages: take them, or refuse them the way real servers do. */
export type StandInMode = 'accept' | 'refuse-recipient' | 'refuse-auth';

/** Undoes quoted-printable soft breaks and escapes, so a test can read a message's words. */
function readable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

/**
 * An SMTP server on a free local port (smtp-server, the library nodemailer's authors keep), for
 * tests: it records what it is sent, or refuses as told. No TLS: the app sends to it with security
 * 'none', as to a catcher on the same machine.
 */
export async function startSmtpStandIn(options: { user?: string; password?: string } = {}) {
  const messages: CaughtMessage[] = [];
  let mode: StandInMode = 'accept';
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: !options.user,
    logger: false,
    onAuth(auth, _session, callback) {
      if (mode === 'refuse-auth' || auth.username !== options.user || auth.password !== options.password) {
        return callback(new Error('Invalid username or password'));
      }
      callback(null, { user: auth.username });
    },
    onRcptTo(_address: SMTPServerAddress, _session, callback) {
      if (mode === 'refuse-recipient') {
        const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          text: readable(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    setMode(next: StandInMode) {
      mode = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

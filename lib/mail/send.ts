import 'server-only';
import { isIP } from 'node:net';
import nodemailer from 'nodemailer';
import { checkMailHost } from './host-check';
import type { MailServer } from './server';

export type OutgoingMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

/** A message the server did not take, with a sentence an admin can act on. */
export class MailRefused extends Error {
  constructor(
    message: string,
    /** A 5xx answer: trying the same message again will not help. */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailRefused';
  }
}

type SmtpError = Error & { code?: string; responseCode?: number; response?: string; command?: string };

/** Nodemailer's error as a sentence that names the server and what to check, never a password. */
export function describeMailError(error: unknown, server: Pick<MailServer, 'host' | 'port'>): MailRefused {
  const e = (error ?? {}) as SmtpError;
  const where = `${server.host}:${server.port}`;
  // Only an SMTP reply is repeated (a three-digit code first): whatever else answered on that
  // port (a web server, an internal service) is not shown back.
  const smtpReply = typeof e.response === 'string' && /^\d{3}[ -]/.test(e.response);
  const answer = smtpReply ? ` It answered: “${e.response!.slice(0, 200)}”.` : '';
  const firstLine = (e.message ?? '').split('\n')[0]!.replace(/[.:]?\s*response=[\s\S]*$/, '');
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
  switch (e.code) {
    case 'EAUTH':
      return new MailRefused(`The mail server at ${where} refused the user name or password.${answer}`, true);
    case 'ECONNREFUSED':
    case 'ESOCKET':
    case 'ECONNECTION':
      return new MailRefused(
        `Could not talk to the mail server at ${where}: ${firstLine || e.code}. Check the host, the port and the security setting.`,
        false,
      );
    case 'ETIMEDOUT':
    case 'EDNS':
      return new MailRefused(`The mail server at ${where} could not be reached (${e.code}).`, false);
    case 'EENVELOPE':
    case 'EMESSAGE':
      return new MailRefused(`The mail server at ${where} refused the message.${answer}`, permanent);
    default:
      return new MailRefused(
        e.responseCode
          ? `The mail server at ${where} refused the message (${e.responseCode}).${answer}`
          : `Sending through ${where} failed: ${firstLine || 'unknown error'}.${answer}`,
        permanent,
      );
  }
}

/** Sends one message, a plain text and an HTML part; throws MailRefused when the server does not take it. */
export async function deliver(server: MailServer, message: OutgoingMessage): Promise<{ messageId: string }> {
  // An organization's own server: only at a public address, checked now (lib/mail/host-check.ts).
  let address = server.host;
  if (server.source === 'organization') {
    const check = await checkMailHost(server.host);
    if (!check.ok) throw new MailRefused(check.message, !check.passing);
    address = check.address;
  }
  const transport = nodemailer.createTransport({
    host: address,
    port: server.port,
    // Connected by address, the certificate is still checked against the host name (SNI too).
    tls: isIP(server.host.replace(/^\[(.*)\]$/, '$1')) ? undefined : { servername: server.host },
    secure: server.security === 'tls',
    ignoreTLS: server.security === 'none',
    auth: server.username ? { user: server.username, pass: server.password } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    const info = await transport.sendMail({
      from: server.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
    });
    return { messageId: info.messageId };
  } catch (error) {
    throw describeMailError(error, server);
  } finally {
    transport.close();
  }
}

import 'server-only';
import nodemailer from 'nodemailer';
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
  const answer = e.response ? ` It answered: “${e.response.slice(0, 200)}”.` : '';
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
  switch (e.code) {
    case 'EAUTH':
      return new MailRefused(`The mail server at ${where} refused the user name or password.${answer}`, true);
    case 'ECONNREFUSED':
    case 'ESOCKET':
    case 'ECONNECTION':
      return new MailRefused(
        `Could not talk to the mail server at ${where}: ${e.message.split('\n')[0]}. Check the host, the port and the security setting.`,
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
          : `Sending through ${where} failed: ${e.message?.split('\n')[0] ?? 'unknown error'}.`,
        permanent,
      );
  }
}

/** Sends one message, a plain text and an HTML part; throws MailRefused when the server does not take it. */
export async function deliver(server: MailServer, message: OutgoingMessage): Promise<{ messageId: string }> {
  const transport = nodemailer.createTransport({
    host: server.host,
    port: server.port,
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

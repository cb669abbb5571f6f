import nodemailer from 'nodemailer';

/** One message as it leaves: the From line, the recipient, and both bodies. */
export interface OutgoingMail {
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
}

/** A try's outcome: the server's answer either way; `permanent` refusals (5xx) are not tried again. */
export type SendOutcome = { ok: true; messageId: string; response: string } | { ok: false; permanent: boolean; response: string };

/** Sends one message; never throws (a failure is an outcome the worker records). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<SendOutcome>;
  close(): void;
}

/** Timeouts of one SMTP try, in ms: a server that hangs costs a try, not the worker. */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 10_000, greetingMs: 10_000, socketMs: 30_000 };

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
}

/**
 * Mail through the SMTP server of `url` (`smtp://user:pass@host:587`,
 * `smtps://…:465`; nodemailer's URL options such as `?requireTLS=true`
 * apply) with nodemailer. The URL holds a password: it is never logged
 * and never part of an outcome.
 */
export function smtpTransport(url: string, timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): MailTransport {
  // A small pool keeps connections open between the worker's sends (one connection per message costs a handshake each);
  // the worker sends at most a batch of 4 at once.
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: 4,
    url,
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    logger: false,
    debug: false,
  });
  return {
    async send(mail) {
      try {
        const info = await transporter.sendMail({
          from: mail.from,
          to: mail.to,
          replyTo: mail.replyTo ?? undefined,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          // Nothing in a message may make the server read a file or fetch a URL.
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return { ok: true, messageId: String(info.messageId ?? ''), response: String(info.response ?? '').slice(0, 1000) };
      } catch (error) {
        const e = error as SmtpError;
        const response = (e.response ?? [e.code, e.message].filter(Boolean).join(': ')).slice(0, 1000);
        return { ok: false, permanent: typeof e.responseCode === 'number' && e.responseCode >= 500, response };
      }
    },
    close: () => transporter.close(),
  };
}

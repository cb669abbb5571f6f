import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message the server took, as sent (envelope) and as parsed (headers, both bodies). */
export interface Taken {
  envelope: { from: string; to: string[] };
  user: string | undefined;
  mail: ParsedMail;
}

/** SMTP failure with the code the client sees (smtp-server answers with `responseCode`). */
const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

/**
 * A real SMTP server on 127.0.0.1 for tests (smtp-server, no TLS, login
 * required as `assay`/`secret`): keeps every message it takes; recipients
 * in `refuse` get a 550. `stop` and `start` again on the same port play an
 * outage.
 */
export async function startSmtpServer(port = 0) {
  const taken: Taken[] = [];
  const refuse = new Set<string>();
  let server: SMTPServer | undefined;
  const listen = async (at: number) => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'assay' && auth.password === 'secret') return callback(null, { user: auth.username });
        callback(refusal(535, 'Authentication failed'));
      },
      onRcptTo(address, _session, callback) {
        callback(refuse.has(address.address) ? refusal(550, `5.1.1 <${address.address}>: mailbox unavailable`) : null);
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const from = session.envelope.mailFrom;
            taken.push({ envelope: { from: from ? from.address : '', to: session.envelope.rcptTo.map((r) => r.address) }, user: session.user as string | undefined, mail });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => server!.listen(at, '127.0.0.1', resolve));
    return (server.server.address() as { port: number }).port;
  };
  const bound = await listen(port);
  return {
    port: bound,
    url: `smtp://assay:secret@127.0.0.1:${bound}`,
    taken,
    refuse,
    /** Closes the server: connections are refused until `start`. */
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
    start: () => listen(bound).then(() => undefined),
  };
}

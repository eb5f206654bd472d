import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpTestServer {
  /** SMTP_URL for nodemailer. */
  url: string;
  /** The messages received for one recipient, parsed. */
  to: (recipient: string) => ParsedMail[];
  close: () => Promise<void>;
}

/**
 * A real SMTP server in the process, on a free port; it refuses recipients named « refused-… »,
 * and takes `delayMs` to accept each message (a slow server keeps mail jobs running).
 */
export async function startSmtpTestServer({ delayMs = 0 } = {}): Promise<SmtpTestServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: ({ address }, _session, callback) =>
      callback(address.startsWith('refused-') ? Object.assign(new Error('Boîte inconnue'), { responseCode: 550 }) : undefined),
    onData: (stream, _session, callback) =>
      void simpleParser(stream)
        .then((mail) => new Promise((resolve) => setTimeout(resolve, delayMs)).then(() => mail))
        .then((mail) => (received.push(mail), callback()), callback),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    to: (recipient) => received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === recipient),
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}

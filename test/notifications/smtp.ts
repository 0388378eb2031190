import type { AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process; every mail it accepts is parsed with mailparser. */
export async function startSmtpServer() {
  const mails: ParsedMail[] = [];
  let refuse = false;
  let hold = false;
  /** Mails received but never answered (the sender waits; it dies or times out): not delivered. */
  let held = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      if (hold) {
        stream.resume();
        stream.on('end', () => (held += 1));
        return;
      }
      if (refuse) {
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    /** Answers 451 to every mail until set back. */
    setRefusing(value: boolean) {
      refuse = value;
    },
    /** Takes every mail in but never answers (as a server that hangs) until set back. */
    setHolding(value: boolean) {
      hold = value;
    },
    held: () => held,
    to: (address: string) =>
      mails.filter((m) => m.to && JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase())),
    async waitFor(predicate: () => boolean, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > until)
          throw new Error(`timed out; mails so far: ${mails.map((m) => m.subject).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Held sessions never end on their own.
        for (const connection of (server as unknown as { connections: Set<{ close(): void }> }).connections)
          connection.close();
        server.close(() => resolve());
      }),
  };
}

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { RenderedMail } from './mail-layout';

/** How mails leave: over SMTP, or (development without SMTP_URL) as `.eml` files in a directory. */
export interface MailSettings {
  smtpUrl?: string;
  from: string;
  /** Where mails are kept when there is no SMTP server (development); null: nowhere (production). */
  keepDir: string | null;
  /** Connection, greeting and socket timeout for the SMTP server. */
  timeoutMs: number;
}

export interface Mailer {
  /** Sends one mail; `messageId` makes a repeat recognisable to the receiving side. */
  send(mail: RenderedMail & { messageId: string }): Promise<void>;
  close(): void;
  describe: string;
}

export class MailNotConfiguredError extends Error {
  constructor() {
    super('SMTP_URL is not set: mails wait in the queue until it is');
    this.name = 'MailNotConfiguredError';
  }
}

/** A kept mail's summary beside its `.eml`, for the development mail view. */
export interface KeptMail {
  file: string;
  to: string;
  subject: string;
  date: string;
  html: string;
  text: string;
}

export function createMailer(settings: MailSettings): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl, {
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
    } as object);
    return {
      describe: 'smtp',
      async send(mail) {
        await transport.sendMail({
          from: settings.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
      },
      close: () => transport.close(),
    };
  }
  const dir = settings.keepDir;
  if (!dir) {
    return {
      describe: 'none',
      send: () => Promise.reject(new MailNotConfiguredError()),
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    describe: `files in ${dir}`,
    async send(mail) {
      const info = (await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
      })) as { message: Buffer };
      await mkdir(dir, { recursive: true });
      const date = new Date().toISOString();
      const base = `${date.replace(/[:.]/g, '-')}-${mail.messageId.replace(/[^\w-]/g, '')}`;
      await writeFile(path.join(dir, `${base}.eml`), info.message);
      const kept: KeptMail = {
        file: `${base}.eml`,
        to: mail.to,
        subject: mail.subject,
        date,
        html: mail.html,
        text: mail.text,
      };
      await writeFile(path.join(dir, `${base}.json`), JSON.stringify(kept));
    },
    close: () => {},
  };
}

/** The kept mails, newest first. */
export async function keptMails(dir: string): Promise<KeptMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const mails = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => JSON.parse(await readFile(path.join(dir, name), 'utf8')) as KeptMail),
  );
  return mails.sort((a, b) => b.date.localeCompare(a.date));
}

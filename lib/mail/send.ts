// The one way to send a mail: over SMTP when SMTP_URL is set; otherwise the message is written as
// an .eml file into MAIL_DIR, where tests and the demo read it.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string; locale: "fr" | "en" };

export type Delivery = { via: "smtp"; messageId: string } | { via: "file"; file: string };

export async function sendMail(mail: Mail): Promise<Delivery> {
  const { SMTP_URL, MAIL_FROM, MAIL_DIR } = env();
  const message = {
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: { "Content-Language": mail.locale },
  };
  if (SMTP_URL) {
    const info = await nodemailer.createTransport(SMTP_URL).sendMail(message);
    return { via: "smtp", messageId: info.messageId };
  }
  const info = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(message);
  const directory = path.resolve(MAIL_DIR);
  await mkdir(directory, { recursive: true });
  // Sortable by time, unique within a millisecond.
  const file = path.join(directory, `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(file, info.message as Buffer);
  return { via: "file", file };
}

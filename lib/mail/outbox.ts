// Reads the mails written to MAIL_DIR when no SMTP server is configured (tests, the demo).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type OutboxMail = { file: string; to: string; subject: string; raw: string };

/** The mails in a folder, oldest first, optionally only those sent to one address. */
export async function readOutbox(directory: string, to?: string): Promise<OutboxMail[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const mails: OutboxMail[] = [];
  for (const name of names.filter((n) => n.endsWith(".eml")).sort()) {
    const file = path.join(directory, name);
    const raw = await readFile(file, "utf8");
    const header = (field: string) => raw.match(new RegExp(`^${field}: (.*)$`, "mi"))?.[1]?.trim() ?? "";
    const mail = { file, to: header("To"), subject: header("Subject"), raw };
    if (!to || mail.to.toLowerCase().includes(to.toLowerCase())) mails.push(mail);
  }
  return mails;
}

/** The first link to this app's path prefix in a mail, undoing quoted-printable soft breaks. */
export function findLink(mail: OutboxMail, pathPrefix: string): string | null {
  const body = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  const match = body.match(new RegExp(`https?://[^\\s]+${pathPrefix.replace(/\//g, "\\/")}[A-Za-z0-9_-]+`));
  return match?.[0] ?? null;
}

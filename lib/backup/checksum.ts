// A backup travels with a SHA-256 checksum file beside it (`<file>.sha256`, in the format of
// `sha256sum`, so `sha256sum -c` checks it too). Restore reads nothing before the sum matches.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BackupError } from "./errors";

export const checksumFileOf = (file: string) => `${file}.sha256`;

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Writes `<file>.sha256`; returns the digest. */
export async function writeChecksum(file: string): Promise<string> {
  const digest = await sha256OfFile(file);
  writeFileSync(checksumFileOf(file), `${digest}  ${path.basename(file)}\n`);
  return digest;
}

/** Throws a BackupError (one sentence) unless the file matches the checksum file beside it. */
export async function verifyChecksum(file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  const sumFile = checksumFileOf(file);
  if (!existsSync(sumFile)) {
    throw new BackupError(`The checksum file ${sumFile} is missing, so ${file} cannot be verified: nothing was restored.`);
  }
  const expected = readFileSync(sumFile, "utf8").trim().split(/\s+/)[0]?.toLowerCase();
  if (!expected || !/^[0-9a-f]{64}$/.test(expected)) {
    throw new BackupError(`The checksum file ${sumFile} holds no SHA-256 digest: nothing was restored.`);
  }
  if ((await sha256OfFile(file)) !== expected) {
    throw new BackupError(
      `The backup ${file} is damaged or incomplete (its SHA-256 checksum does not match ${path.basename(sumFile)}): nothing was restored.`,
    );
  }
}

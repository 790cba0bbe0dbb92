// One-time links (invitations, password resets): the link carries a random token, the database
// keeps only its SHA-256, so a copy of the database cannot be turned into working links.
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function createToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

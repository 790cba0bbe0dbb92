// What a file really is, read from its bytes, never from its name: a PDF, an OpenDocument text or
// a Word document, and nothing else at the same time. A ZIP's central directory is read by hand:
// libraries that sniff types look at the first bytes only and say nothing of what is appended or
// prepended, which is how polyglots (a PDF that is also a ZIP, a document that is also HTML) pass.
import { DOCUMENT_TYPES, type DocumentType } from "./types";

export type SniffFailure = "empty" | "unknownType" | "polyglot" | "damaged";
export type SniffResult = { ok: true; type: DocumentType } | { ok: false; reason: SniffFailure };

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF_MAGIC = ascii("%PDF-");
const ZIP_LOCAL = ascii("PK\x03\x04");
const ZIP_CENTRAL = ascii("PK\x01\x02");
const ZIP_END = ascii("PK\x05\x06");
const PDF_EOF = ascii("%%EOF");
const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

// Browsers sniff the first 512 bytes for markup; PDF readers accept their header anywhere in the
// first 1024. A document that shows either in that window is two things at once.
const HEAD = 1024;
// Whole tags only: "<meta:generator>" in an OpenDocument's metadata is not HTML's "<meta>".
const MARKUP = /<(!doctype\s+html|html|head|body|script|iframe|svg|object|embed|meta)[\s/>]/i;

function startsWith(bytes: Uint8Array, prefix: Uint8Array, at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from = 0, to = bytes.length): number {
  const last = Math.min(to, bytes.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const hasMarkup = (bytes: Uint8Array) => MARKUP.test(new TextDecoder("latin1").decode(bytes.subarray(0, HEAD)));

type ZipEntry = { name: string; method: number; compressedSize: number; localOffset: number };

/**
 * The entries of a ZIP that is exactly one ZIP: its end record closes the file, its central
 * directory ends where the end record starts, and its first entry starts at byte 0. Null when the
 * bytes are not such a ZIP (including a ZIP with data glued before or after it).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= minEnd; i--) {
    if (startsWith(bytes, ZIP_END, i) && i + 22 + view.getUint16(i + 20, true) === bytes.length) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count) return null; // multi-disk
  if (offset + size !== end || count === 0) return null;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || !startsWith(bytes, ZIP_CENTRAL, at)) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return null;
    const localOffset = view.getUint32(at + 42, true);
    if (localOffset + 30 > offset || !startsWith(bytes, ZIP_LOCAL, localOffset)) return null;
    entries.push({
      name: new TextDecoder("utf-8").decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset,
    });
    at = next;
  }
  if (at !== end) return null;
  if (!entries.some((entry) => entry.localOffset === 0)) return null;
  return entries;
}

/**
 * Whether a ZIP reader would find an archive in these bytes, as lenient readers do: an end record
 * near the end whose central directory is where it says, or where it would be if data was glued
 * in front. For spotting a ZIP hidden in another format.
 */
export function containsZipArchive(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = indexOfLast(bytes, ZIP_END, bytes.length - 22); i >= minEnd; i = indexOfLast(bytes, ZIP_END, i - 1)) {
    const size = view.getUint32(i + 12, true);
    const offset = view.getUint32(i + 16, true);
    if (startsWith(bytes, ZIP_CENTRAL, offset) || (i - size >= 0 && startsWith(bytes, ZIP_CENTRAL, i - size))) return true;
  }
  return false;
}

function indexOfLast(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  for (let i = Math.min(from, bytes.length - needle.length); i >= 0; i--) if (startsWith(bytes, needle, i)) return i;
  return -1;
}

/** The stored bytes of an uncompressed entry, read through its local header. */
function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  if (entry.method !== 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

function zipDocumentType(bytes: Uint8Array, entries: ZipEntry[]): DocumentType | "unknownType" | "polyglot" {
  const names = new Set(entries.map((entry) => entry.name));
  // OpenDocument: the first entry is "mimetype", stored uncompressed, naming the format.
  const first = entries.find((entry) => entry.localOffset === 0);
  const mimetype = first?.name === "mimetype" ? storedData(bytes, first) : null;
  const isOdt = mimetype !== null && new TextDecoder().decode(mimetype) === ODT_MIMETYPE;
  const isDocx = names.has("word/document.xml") && names.has("[Content_Types].xml");
  if (isOdt && isDocx) return "polyglot";
  if (isOdt) return DOCUMENT_TYPES.odt;
  if (isDocx) return DOCUMENT_TYPES.docx;
  return "unknownType";
}

export function detectDocumentType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  const isPdf = startsWith(bytes, PDF_MAGIC);
  const isZip = startsWith(bytes, ZIP_LOCAL);
  if (!isPdf && !isZip) return { ok: false, reason: "unknownType" };
  if (hasMarkup(bytes)) return { ok: false, reason: "polyglot" };
  if (isPdf) {
    // A PDF that a ZIP reader also opens is a polyglot, whatever its first bytes say.
    if (containsZipArchive(bytes)) return { ok: false, reason: "polyglot" };
    if (indexOf(bytes, PDF_EOF, bytes.length - HEAD) < 0) return { ok: false, reason: "damaged" };
    return { ok: true, type: DOCUMENT_TYPES.pdf };
  }
  if (indexOf(bytes, PDF_MAGIC, 0, HEAD) >= 0) return { ok: false, reason: "polyglot" };
  const zipEntries = readZipDirectory(bytes);
  if (!zipEntries) return { ok: false, reason: "damaged" };
  const type = zipDocumentType(bytes, zipEntries);
  return typeof type === "string" ? { ok: false, reason: type } : { ok: true, type };
}

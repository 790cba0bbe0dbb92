// Documents: the upload's checks (content, name, size), the stored file and its row kept together,
// and who may download what.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { deleteDocument, uploadDocument } from "@/lib/documents/mutations";
import { findDownloadableDocument } from "@/lib/documents/queries";
import { ZUploadDocumentSchema, type TUploadDocumentInput } from "@/lib/documents/schema";
import { localStorage, newStorageKey, type DocumentStorage } from "@/lib/documents/storage";
import { newSubmissionId } from "@/lib/forms/submission";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { htmlPage, pdfHtmlPolyglot, pdfZipPolyglot, tinyDocx, tinyOdt, tinyPdf } from "../support/documents";
import { actorOf, makeOrganisation, makeUser } from "./accounts-helpers";

let coordinator: NonNullable<Actor>;
let member: NonNullable<Actor>;
let observer: NonNullable<Actor>;
let folder: string;
let storage: DocumentStorage;

beforeAll(async () => {
  const organisation = await makeOrganisation();
  coordinator = actorOf(await makeUser("COORDINATOR"));
  member = actorOf(await makeUser("MEMBER", organisation.id));
  observer = actorOf(await makeUser("OBSERVER", organisation.id));
  folder = mkdtempSync(path.join(tmpdir(), "plaidoyer-documents-"));
  storage = localStorage(folder);
});

const storedFiles = () => readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

async function makeMeeting(visibility: Visibility = "MEMBERS") {
  return db.meeting.create({
    data: { titleFr: `Rencontre test ${newSubmissionId()}`, startsAt: new Date("2014-09-23T14:00:00Z"), kind: "GOVERNMENT", visibility },
    select: { id: true },
  });
}

function form(fields: { parentId: string; file: File } & Partial<Record<string, unknown>>): TUploadDocumentInput {
  return ZUploadDocumentSchema.parse({
    submissionId: newSubmissionId(),
    parentType: "meeting",
    titleFr: "Constats et propositions",
    kind: "RECOMMENDATIONS",
    visibility: "MEMBERS",
    ...fields,
  });
}

const file = (bytes: Uint8Array, name: string) => new File([Buffer.from(bytes)], name);

async function refusal(promise: Promise<unknown>): Promise<Record<string, string> | string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error, "VALIDATION")) return error.details.fields ?? {};
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("documents in the local folder", () => {
  test("a file is stored, read back byte for byte, and deleted", async () => {
    const key = newStorageKey();
    const bytes = tinyPdf();
    await storage.put(key, bytes, "application/pdf");
    expect(Buffer.from(await new Response(await storage.get(key)).arrayBuffer())).toEqual(bytes);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key); // already gone: not an error
  });

  test("a key that would climb out of the folder is refused", async () => {
    await expect(storage.put("../../escape", Buffer.from("x"), "application/pdf")).rejects.toThrow("Invalid storage key");
  });
});

describe("uploading a document", () => {
  test("a real PDF, ODT and DOCX are kept with their type, size, checksum and file", async () => {
    const meeting = await makeMeeting();
    const cases = [
      { bytes: tinyPdf(), name: "constats.pdf", mime: "application/pdf" },
      { bytes: tinyOdt(), name: "compte-rendu.odt", mime: "application/vnd.oasis.opendocument.text" },
      { bytes: tinyDocx(), name: "Recommandations du Collectif.docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    ];
    for (const c of cases) {
      const { id } = await uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, file: file(c.bytes, c.name) }), storage });
      const row = await db.document.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ meetingId: meeting.id, fileName: c.name, mimeType: c.mime, sizeBytes: c.bytes.length, uploadedById: coordinator.id });
      expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(readFileSync(path.join(folder, row.storageKey.slice(0, 2), row.storageKey))).toEqual(c.bytes);
      expect(await db.auditEntry.count({ where: { entityType: "Document", entityId: id, action: "create" } })).toBe(1);
    }
  });

  test("a web page named report.pdf is refused by its content, and nothing is stored", async () => {
    const meeting = await makeMeeting();
    const before = storedFiles().length;
    const fields = await refusal(uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, file: file(htmlPage(), "report.pdf") }), storage }));
    expect(fields).toEqual({ file: "fileUnknownType" });
    expect(await db.document.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  test("polyglots are refused", async () => {
    const meeting = await makeMeeting();
    for (const bytes of [pdfHtmlPolyglot(), pdfZipPolyglot()]) {
      expect(await refusal(uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, file: file(bytes, "double.pdf") }), storage }))).toEqual({
        file: "filePolyglot",
      });
    }
    expect(await db.document.count({ where: { meetingId: meeting.id } })).toBe(0);
  });

  test("a real PDF named .docx is refused: the name must say what the content is", async () => {
    const meeting = await makeMeeting();
    expect(await refusal(uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, file: file(tinyPdf(), "note.docx") }), storage }))).toEqual({
      file: "fileExtensionMismatch",
    });
  });

  test("unsafe names, empty files and other extensions are refused by the form's own schema", () => {
    const issue = (name: string, bytes: Uint8Array = tinyPdf()) => {
      const parsed = ZUploadDocumentSchema.safeParse({
        submissionId: newSubmissionId(),
        parentType: "meeting",
        parentId: "x",
        titleFr: "Titre",
        kind: "OTHER",
        visibility: "MEMBERS",
        file: file(bytes, name),
      });
      return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    };
    expect(issue("../../etc/passwd.pdf")).toEqual(["file:fileNameUnsafe"]);
    expect(issue("..\\rapport.pdf")).toEqual(["file:fileNameUnsafe"]);
    expect(issue("rapport\u0000.pdf")).toEqual(["file:fileNameUnsafe"]);
    expect(issue("rapport\u202efdp.exe")).toEqual(["file:fileNameUnsafe"]);
    expect(issue("rapport.html")).toEqual(["file:fileExtension"]);
    expect(issue("vide.pdf", new Uint8Array())).toEqual(["file:fileEmpty"]);
    expect(issue("rapport.pdf")).toBeNull();
  });

  test("an oversized file is refused before a byte of it is read", async () => {
    const meeting = await makeMeeting();
    let read = false;
    class HugeFile extends File {
      override get size() {
        return 30 * 1024 * 1024;
      }
      override arrayBuffer(): Promise<ArrayBuffer> {
        read = true;
        throw new Error("read whole");
      }
    }
    const huge = new HugeFile([new Uint8Array(tinyPdf())], "rapport.pdf");
    const parsed = ZUploadDocumentSchema.safeParse({
      submissionId: newSubmissionId(),
      parentType: "meeting",
      parentId: meeting.id,
      titleFr: "Trop lourd",
      kind: "OTHER",
      visibility: "MEMBERS",
      file: huge,
    });
    expect(parsed.success ? null : parsed.error.issues.map((i) => i.message)).toEqual(["fileTooLarge"]);
    // The mutation, reached without the schema, refuses it the same way.
    const data = { ...form({ parentId: meeting.id, file: file(tinyPdf(), "rapport.pdf") }), file: huge };
    expect(await refusal(uploadDocument({ actor: coordinator, data, storage }))).toEqual({ file: "fileTooLarge" });
    expect(read).toBe(false);
  });

  test("unknown fields are refused", () => {
    const parsed = ZUploadDocumentSchema.safeParse({
      submissionId: newSubmissionId(),
      parentType: "meeting",
      parentId: "x",
      titleFr: "Titre",
      kind: "OTHER",
      visibility: "MEMBERS",
      file: file(tinyPdf(), "a.pdf"),
      storageKey: "../../etc",
    });
    expect(parsed.success).toBe(false);
  });

  test("a document cannot be more visible than its meeting", async () => {
    const meeting = await makeMeeting("MEMBERS");
    expect(
      await refusal(uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, visibility: "PUBLIC", file: file(tinyPdf(), "a.pdf") }), storage })),
    ).toEqual({ visibility: "widerThanParent" });
  });

  test("a double-click uploads one document", async () => {
    const meeting = await makeMeeting();
    const data = form({ parentId: meeting.id, file: file(tinyPdf(), "une-fois.pdf") });
    const results = await Promise.all([uploadDocument({ actor: coordinator, data, storage }), uploadDocument({ actor: coordinator, data, storage })]);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.document.count({ where: { meetingId: meeting.id } })).toBe(1);
  });

  test("when the transaction's last insert fails, the stored file is removed: nothing of the upload remains", async () => {
    const meeting = await makeMeeting();
    const data = form({ parentId: meeting.id, file: file(tinyPdf(), "perdu.pdf") });
    const before = storedFiles().length;
    let storedKey: string | null = null;
    const racing: DocumentStorage = {
      ...storage,
      put: async (key, bytes, type) => {
        storedKey = key;
        await storage.put(key, bytes, type);
        // Another arrival of the same form takes the submission id first: the transaction's last
        // insert (the submission record) then fails, after the document row was written.
        await db.formSubmission.create({ data: { id: data.submissionId, entityType: "Document", entityId: "the-other-arrival" } });
      },
    };
    const outcome = await uploadDocument({ actor: coordinator, data, storage: racing });
    expect(outcome).toEqual({ id: "the-other-arrival", repeated: true });
    expect(storedKey).not.toBeNull();
    expect(await storage.get(storedKey!)).toBeNull();
    expect(storedFiles().length).toBe(before);
    expect(await db.document.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect(await db.auditEntry.count({ where: { entityType: "Document", changes: { path: ["fileName"], equals: "perdu.pdf" } } })).toBe(0);
  });

  test("members, observers and anonymous visitors cannot upload; nothing is stored", async () => {
    const meeting = await makeMeeting();
    const before = storedFiles().length;
    for (const actor of [member, observer, null]) {
      expect(await refusal(uploadDocument({ actor, data: form({ parentId: meeting.id, file: file(tinyPdf(), "a.pdf") }), storage }))).toBe("FORBIDDEN");
    }
    expect(await db.document.count({ where: { meetingId: meeting.id } })).toBe(0);
    expect(storedFiles().length).toBe(before);
  });
});

describe("deleting a document", () => {
  test("removes the row and the file, with an audit entry", async () => {
    const meeting = await makeMeeting();
    const { id } = await uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, file: file(tinyPdf(), "a-supprimer.pdf") }), storage });
    const { storageKey } = await db.document.findUniqueOrThrow({ where: { id } });
    const { parent } = await deleteDocument({ actor: coordinator, data: { documentId: id, version: 1 }, storage });
    expect(parent).toEqual({ type: "meeting", id: meeting.id });
    expect(await db.document.findUnique({ where: { id } })).toBeNull();
    expect(await storage.get(storageKey)).toBeNull();
    expect(await db.auditEntry.count({ where: { entityType: "Document", entityId: id, action: "delete" } })).toBe(1);
  });

  test("is refused to members, observers and anonymous visitors, and from a stale page", async () => {
    const meeting = await makeMeeting();
    const { id } = await uploadDocument({ actor: coordinator, data: form({ parentId: meeting.id, file: file(tinyPdf(), "garde.pdf") }), storage });
    for (const actor of [member, observer, null]) {
      expect(await refusal(deleteDocument({ actor, data: { documentId: id, version: 1 }, storage }))).toBe("FORBIDDEN");
    }
    await db.document.update({ where: { id }, data: { version: { increment: 1 } } });
    expect(await refusal(deleteDocument({ actor: coordinator, data: { documentId: id, version: 1 }, storage }))).toBe("CONFLICT");
    expect(await db.document.findUnique({ where: { id } })).not.toBeNull();
  });
});

describe("who may download what", () => {
  const readers = () => ({ anonymous: null, observer, member, coordinator }) as Record<string, Actor>;

  async function attached(parentVisibility: Visibility, visibility: Visibility) {
    const meeting = await makeMeeting(parentVisibility);
    // Written directly: the upload form would refuse a document wider than its meeting, but a
    // meeting made less visible later leaves exactly this.
    return db.document.create({
      data: {
        titleFr: "Pièce",
        fileName: "piece.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "0".repeat(64),
        storageKey: newStorageKey(),
        visibility,
        meetingId: meeting.id,
      },
      select: { id: true },
    });
  }

  const reach = async (documentId: string) => {
    const result: Record<string, boolean> = {};
    for (const [who, actor] of Object.entries(readers())) result[who] = Boolean(await findDownloadableDocument(actor, documentId));
    return result;
  };

  test.each([
    ["PUBLIC", "PUBLIC", { anonymous: true, observer: true, member: true, coordinator: true }],
    ["MEMBERS", "MEMBERS", { anonymous: false, observer: true, member: true, coordinator: true }],
    ["COORDINATION", "COORDINATION", { anonymous: false, observer: false, member: false, coordinator: true }],
    ["PUBLIC", "MEMBERS", { anonymous: false, observer: true, member: true, coordinator: true }],
    ["PUBLIC", "COORDINATION", { anonymous: false, observer: false, member: false, coordinator: true }],
    // A public document on a members' meeting: the meeting's level wins, the anonymous visitor gets nothing.
    ["MEMBERS", "PUBLIC", { anonymous: false, observer: true, member: true, coordinator: true }],
    ["COORDINATION", "PUBLIC", { anonymous: false, observer: false, member: false, coordinator: true }],
  ] as const)("a meeting %s with a document %s", async (meetingLevel, documentLevel, expected) => {
    const document = await attached(meetingLevel, documentLevel);
    expect(await reach(document.id)).toEqual(expected);
  });

  test("an organisation's document goes by its own level (organisations are public)", async () => {
    const organisation = await makeOrganisation("Association documentée");
    const document = await db.document.create({
      data: { titleFr: "Rapport d'activité 2013", fileName: "rapport.pdf", mimeType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64), storageKey: newStorageKey(), visibility: "PUBLIC", organisationId: organisation.id },
      select: { id: true },
    });
    expect(await reach(document.id)).toEqual({ anonymous: true, observer: true, member: true, coordinator: true });
  });

  test("an unknown id reaches nothing", async () => {
    expect(await findDownloadableDocument(coordinator, "nope")).toBeNull();
  });
});

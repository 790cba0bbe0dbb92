// The S3 storage against a fake bucket: no S3 server is reachable from here, so what is proved is
// what the storage asks of S3 (bucket, key, content type, length) and how it reads the answers.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { describe, expect, test } from "vitest";
import { newStorageKey, s3Storage, type S3Sender } from "@/lib/documents/storage";

function fakeBucket() {
  const objects = new Map<string, { body: Uint8Array; contentType?: string }>();
  const sent: unknown[] = [];
  const client = {
    async send(command: unknown) {
      sent.push(command);
      if (command instanceof PutObjectCommand) {
        const input = command.input;
        objects.set(`${input.Bucket}/${input.Key}`, { body: input.Body as Uint8Array, contentType: input.ContentType });
        return {};
      }
      if (command instanceof GetObjectCommand) {
        const object = objects.get(`${command.input.Bucket}/${command.input.Key}`);
        if (!object) throw Object.assign(new Error("The specified key does not exist."), { name: "NoSuchKey", $metadata: { httpStatusCode: 404 } });
        return { Body: { transformToWebStream: () => new Blob([Buffer.from(object.body)]).stream() } };
      }
      if (command instanceof DeleteObjectCommand) {
        objects.delete(`${command.input.Bucket}/${command.input.Key}`);
        return {};
      }
      throw new Error("unexpected command");
    },
  } as unknown as S3Sender;
  return { client, objects, sent };
}

describe("documents in S3-compatible storage", () => {
  test("a file is put under its key with its type, read back whole, then deleted", async () => {
    const bucket = fakeBucket();
    const storage = s3Storage(bucket.client, "plaidoyer-docs");
    const key = newStorageKey();
    await storage.put(key, Buffer.from("%PDF-1.4 contenu"), "application/pdf");
    const put = bucket.sent[0] as PutObjectCommand;
    expect(put.input).toMatchObject({ Bucket: "plaidoyer-docs", Key: key, ContentType: "application/pdf", ContentLength: 16 });

    const stream = await storage.get(key);
    expect(Buffer.from(await new Response(stream).arrayBuffer()).toString()).toBe("%PDF-1.4 contenu");

    await storage.delete(key);
    expect(bucket.objects.size).toBe(0);
    expect(await storage.get(key)).toBeNull();
  });

  test("a key that could be a path is refused before anything is sent", async () => {
    const bucket = fakeBucket();
    const storage = s3Storage(bucket.client, "plaidoyer-docs");
    await expect(storage.put("../../etc/passwd", Buffer.from("x"), "application/pdf")).rejects.toThrow("Invalid storage key");
    expect(bucket.sent).toHaveLength(0);
  });

  test("an error other than a missing key is not hidden", async () => {
    const client = { send: async () => Promise.reject(Object.assign(new Error("Access Denied"), { name: "AccessDenied" })) } as unknown as S3Sender;
    await expect(s3Storage(client, "b").get(newStorageKey())).rejects.toThrow("Access Denied");
  });
});

// Where uploaded files live: outside public/, under a random key that says nothing of the file, in
// a local folder (UPLOAD_DIR) or in an S3-compatible bucket when S3_BUCKET is set. Nothing is ever
// served from here directly: downloads go through the authorised route (app/documents/…).
import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { env } from "@/lib/env";

export interface DocumentStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the file; a key already gone is not an error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]{32,64}$/;

/** 32 random bytes, URL-safe: unguessable, and safe as a file name and an object key. */
export function newStorageKey(): string {
  return randomBytes(32).toString("base64url");
}

function checkedKey(key: string): string {
  // Keys are ours, but a path is built from them: refuse anything that could climb out.
  if (!KEY.test(key)) throw new Error("Invalid storage key");
  return key;
}

export function localStorage(directory: string): DocumentStorage {
  const root = path.resolve(directory);
  // Two levels of folders keep any one folder small.
  const fileOf = (key: string) => path.join(root, checkedKey(key).slice(0, 2), key);
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed, so a reader never sees half a file.
      const partial = `${file}.${randomBytes(6).toString("hex")}.part`;
      await writeFile(partial, bytes, { flag: "wx", mode: 0o600 });
      await rename(partial, file);
    },
    async get(key) {
      const file = fileOf(key);
      const found = await stat(file).catch(() => null);
      if (!found?.isFile()) return null;
      return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

/** What the S3 storage needs of a client: `send`, so that tests can hand it a fake. */
export type S3Sender = Pick<S3Client, "send">;

export function s3Storage(client: S3Sender, bucket: string): DocumentStorage {
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: checkedKey(key), Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checkedKey(key) }));
        return object.Body ? (object.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checkedKey(key) }));
    },
  };
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}

let configured: DocumentStorage | undefined;

/** The storage this deployment is configured with. */
export function documentStorage(): DocumentStorage {
  if (configured) return configured;
  const config = env();
  if (config.S3_BUCKET) {
    const client = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      // Most S3-compatible servers (MinIO, Garage, Ceph) want the bucket in the path.
      forcePathStyle: Boolean(config.S3_ENDPOINT),
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
    configured = s3Storage(client, config.S3_BUCKET);
  } else {
    configured = localStorage(config.UPLOAD_DIR);
  }
  return configured;
}

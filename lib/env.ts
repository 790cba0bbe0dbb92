// The server's configuration, validated once by zod. Read it through `env()`, never process.env.
import { z } from "zod";

const EnvSchema = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    // Required by the web app (start-up refuses without it); command-line scripts do without.
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters long").optional(),
    APP_URL: z.url().default("http://localhost:3000"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Plaidoyer <no-reply@example.org>"),
    MAIL_DIR: z.string().default(".data/mail"),
    UPLOAD_DIR: z.string().default(".data/uploads"),
    // S3-compatible storage for documents, used instead of UPLOAD_DIR when S3_BUCKET is set.
    S3_ENDPOINT: z.url().optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    PLAIDOYER_DEMO: z.enum(["true", "false"]).default("true"),
  })
  .refine((value) => Boolean(value.S3_ACCESS_KEY_ID) === Boolean(value.S3_SECRET_ACCESS_KEY), {
    message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together",
    path: ["S3_SECRET_ACCESS_KEY"],
  });

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid configuration: ${problems.join("; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set.");
  return secret;
}

import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ||= "integration-tests-secret-that-is-long-enough";
process.env.MAIL_DIR ||= ".data/test-mail";
process.env.UPLOAD_DIR ||= ".data/test-uploads";

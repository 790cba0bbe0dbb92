// Placeholder replaced by the seed helper's work.
import type { PrismaClient } from "@/lib/generated/prisma/client";
export const DEMO_ACCOUNTS = [] as { email: string; role: string }[];
export async function seedDemo(_prisma: PrismaClient): Promise<void> {}

// What a coordinator sends to publish or withdraw an item; shared by the form and the server.
import { z } from "zod";

export const PUBLISHABLE_KINDS = ["meeting", "letter", "statement", "demand"] as const;
export type PublishableKind = (typeof PUBLISHABLE_KINDS)[number];

export const ZPublicationSchema = z.object({
  kind: z.enum(PUBLISHABLE_KINDS),
  id: z.string().min(1).max(64),
  version: z.coerce.number().int().positive(),
  intent: z.enum(["publish", "withdraw"]),
});

export type TPublicationInput = z.infer<typeof ZPublicationSchema>;

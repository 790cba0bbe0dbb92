import type { IncomingMessage, ServerResponse } from "node:http";

export const HOLD_MS: number;
export function heldPage(request: IncomingMessage): { body: string; headers: [string, string | number | string[]][]; generation: number; until: number } | undefined;
export function pageKeeper(request: IncomingMessage): (response: ServerResponse, body: string) => void;

// What an audit entry changed, readably: "Statut : — → Observatrice", dates in the French style,
// names instead of ids, long texts cut short.
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

const MIDNIGHT_DATE = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_SHOWN = 160;

type Context = { entityType: string; names: Record<string, string>; t: Messages; locale: Locale };

/** The label of an enum value where the field says which enum it is. */
function enumLabel(field: string, value: string, { entityType, t }: Context): string | undefined {
  if (field === "visibility") return t.common.visibility[value as keyof typeof t.common.visibility];
  if (field === "role") return t.common.roles[value as keyof typeof t.common.roles];
  if (field === "voteResult") return t.organisations.voteResults[value as keyof typeof t.organisations.voteResults];
  if (field === "status" && entityType === "Organisation") return t.organisations.statuses[value as keyof typeof t.organisations.statuses];
  if (field === "kind" && entityType === "Institution") return t.institutions.kinds[value as keyof typeof t.institutions.kinds];
  if (field === "kind" && entityType === "MembershipEvent") return t.organisations.eventKinds[value as keyof typeof t.organisations.eventKinds];
  return undefined;
}

function shown(field: string, value: Prisma.JsonValue | undefined, context: Context): string {
  const { t, locale, names } = context;
  if (value === null || value === undefined || value === "") return t.audit.noChanges;
  if (typeof value === "boolean") return value ? t.common.yes : t.common.no;
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (names[value]) return names[value];
    if (MIDNIGHT_DATE.test(value)) return formatDate(value, locale);
    if (INSTANT.test(value)) return formatDateTime(value, locale);
    const text = enumLabel(field, value, context) ?? value;
    return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  }
  const json = JSON.stringify(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
}

export function AuditChanges({ action, changes, ...context }: { action: string; changes: Prisma.JsonValue } & Context) {
  const a = context.t.audit;
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return <span>{a.noChanges}</span>;
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span>{a.noChanges}</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
      {entries.map(([field, value]) => {
        const label = a.fields[field] ?? field;
        // An update stores [before, after]; a creation or deletion the values themselves.
        const pair = action !== "create" && action !== "delete" && Array.isArray(value) && value.length === 2;
        return (
          <div key={field} className="contents">
            <dt className="font-medium text-slate-700">{label}</dt>
            <dd className="break-words">
              {pair ? (
                <>
                  <del className="text-slate-600">{shown(field, (value as Prisma.JsonValue[])[0], context)}</del> {a.arrow}{" "}
                  <ins className="no-underline">{shown(field, (value as Prisma.JsonValue[])[1], context)}</ins>
                </>
              ) : field === "created" && typeof value === "number" ? (
                interpolate(a.created, { count: value })
              ) : (
                shown(field, value as Prisma.JsonValue, context)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

import Link from "next/link";
import { can, type Actor } from "@/lib/authz";
import type { CommonMessages } from "@/lib/i18n/messages/common";

type Item = { href: string; label: keyof CommonMessages["nav"]; coordinatorsOnly?: boolean };

// Every area of the members' workspace; coordinators also see the administration.
const ITEMS: Item[] = [
  { href: "/dashboard", label: "dashboard" },
  { href: "/meetings", label: "meetings" },
  { href: "/demands", label: "demands" },
  { href: "/actions", label: "actions" },
  { href: "/letters", label: "letters" },
  { href: "/statements", label: "statements" },
  { href: "/campaigns", label: "campaigns" },
  { href: "/organisations", label: "organisations" },
  { href: "/institutions", label: "institutions" },
  { href: "/people", label: "people" },
  { href: "/search", label: "search" },
  { href: "/calendar", label: "calendar" },
  { href: "/charts", label: "charts" },
  { href: "/accounts", label: "accounts", coordinatorsOnly: true },
  { href: "/audit", label: "audit", coordinatorsOnly: true },
  { href: "/publishing", label: "publishing", coordinatorsOnly: true },
];

export function WorkspaceNav({ actor, t }: { actor: NonNullable<Actor>; t: CommonMessages }) {
  const items = ITEMS.filter((item) => !item.coordinatorsOnly || can(actor, "manage:accounts"));
  return (
    <nav aria-label={t.nav.main} className="no-print">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-white hover:underline">
              {t.nav[item.label] as string}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// Demo accounts: fictitious people at example.org, one per role, all with the same demo password.
// They are attached to real member associations so that each role sees realistic data.
import type { Role } from "@/lib/generated/prisma/enums";
import type { OrganisationKey } from "./organisations";

export const DEMO_PASSWORD = "plaidoyer-demo";

export type DemoAccountKey = "coordinator" | "member" | "observer";

export type DemoAccountSeed = {
  key: DemoAccountKey;
  email: string;
  name: string;
  role: Role;
  organisation: OrganisationKey;
};

export const demoAccounts: readonly DemoAccountSeed[] = [
  { key: "coordinator", email: "coordinator@example.org", name: "Claire Démo", role: "COORDINATOR", organisation: "secours-catholique" },
  // Scenario 5: staff of OICEM who checks and closes her actions.
  { key: "member", email: "member@example.org", name: "Louise Démo", role: "MEMBER", organisation: "oicem" },
  { key: "observer", email: "observer@example.org", name: "Samir Démo", role: "OBSERVER", organisation: "sos-esclaves" },
];

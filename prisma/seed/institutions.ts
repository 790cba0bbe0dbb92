// The institutions the Collective met or wrote to, named as in 2013–2018. Addresses only where the
// pages give them.
import type { InstitutionKind } from "@/lib/generated/prisma/enums";

export type InstitutionSeed = {
  key: string;
  name: string;
  nameEn: string;
  acronym?: string;
  kind: InstitutionKind;
  address?: string;
  website?: string;
  // A ministry merged by a later government, and when it ended.
  successor?: string;
  endedOn?: string;
};

export const institutions = [
  {
    key: "interieur",
    name: "Ministère de l’Intérieur",
    nameEn: "Ministry of the Interior",
    kind: "MINISTRY",
    address: "Place Beauvau, Paris",
  },
  { key: "justice", name: "Ministère de la Justice", nameEn: "Ministry of Justice", kind: "MINISTRY" },
  {
    key: "droits-des-femmes",
    name: "Ministère des Droits des femmes",
    nameEn: "Ministry of Women’s Rights",
    kind: "MINISTRY",
    address: "35, rue Saint-Dominique, 75007 Paris",
    // From 26 August 2014 (second Valls government) women's rights joined Social Affairs and Health,
    // which the 29 September 2014 report names as MIPROF's ministry "previously linked to Women's Rights".
    successor: "affaires-sociales-sante",
    endedOn: "2014-08-26",
  },
  {
    key: "education",
    name: "Ministère de l’Éducation nationale, de l’Enseignement supérieur et de la Recherche",
    nameEn: "Ministry of National Education, Higher Education and Research",
    kind: "MINISTRY",
  },
  {
    key: "affaires-sociales-sante",
    name: "Ministère des Affaires sociales et de la Santé",
    nameEn: "Ministry of Social Affairs and Health",
    kind: "MINISTRY",
  },
  {
    key: "affaires-etrangeres",
    name: "Ministère des Affaires étrangères",
    nameEn: "Ministry of Foreign Affairs",
    kind: "MINISTRY",
  },
  { key: "emploi", name: "Ministère de l’Emploi", nameEn: "Ministry of Employment", kind: "MINISTRY" },
  {
    key: "personnes-handicapees-exclusion",
    name: "Secrétariat d’État chargé des Personnes handicapées et de la Lutte contre l’exclusion",
    nameEn: "Secretariat of State for Persons with Disabilities and the Fight against Exclusion",
    kind: "MINISTRY",
  },
  {
    key: "premier-ministre",
    name: "Cabinet du Premier ministre",
    nameEn: "Office of the Prime Minister",
    kind: "PRIME_MINISTER_OFFICE",
  },
  {
    key: "miprof",
    name: "Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains",
    nameEn: "Interministerial Mission for the Protection of Women against Violence and the Fight against Trafficking in Human Beings",
    acronym: "MIPROF",
    kind: "INTERMINISTERIAL_BODY",
  },
  {
    key: "cncdh",
    name: "Commission nationale consultative des droits de l’homme",
    nameEn: "National Consultative Commission on Human Rights",
    acronym: "CNCDH",
    kind: "INDEPENDENT_AUTHORITY",
  },
  {
    key: "cfdt",
    name: "Confédération française démocratique du travail",
    nameEn: "French Democratic Confederation of Labour",
    acronym: "CFDT",
    kind: "UNION",
    address: "4 boulevard de la Villette, 75019 Paris",
  },
  {
    key: "greta",
    name: "Groupe d’experts sur la lutte contre la traite des êtres humains (Conseil de l’Europe)",
    nameEn: "Group of Experts on Action against Trafficking in Human Beings (Council of Europe)",
    acronym: "GRETA",
    kind: "INTERNATIONAL_BODY",
  },
  {
    key: "onudc",
    name: "Office des Nations unies contre la drogue et le crime",
    nameEn: "United Nations Office on Drugs and Crime (UNODC)",
    acronym: "ONUDC",
    kind: "INTERNATIONAL_BODY",
  },
  {
    key: "osce",
    name: "Organisation pour la sécurité et la coopération en Europe",
    nameEn: "Organization for Security and Co-operation in Europe",
    acronym: "OSCE",
    kind: "INTERNATIONAL_BODY",
  },
] as const satisfies readonly InstitutionSeed[];

export type InstitutionKey = (typeof institutions)[number]["key"];

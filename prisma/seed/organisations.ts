// Member associations of the Collective « Ensemble contre la traite des êtres humains », as the
// pages name them. Full names are the pages' or the associations' well-known public names.
// Websites and contacts are left empty unless the pages give them: the 29 September 2014 plenary
// asked each association for its public contact precisely because the Collective did not have it.
import type { MembershipEventKind, MembershipStatus } from "@/lib/generated/prisma/enums";
import type { MeetingKey } from "./meetings";

export type OrganisationSeed = {
  key: string;
  name: string;
  acronym?: string;
  website?: string;
  publicContact?: string;
  descriptionFr: string;
  descriptionEn: string;
  status: MembershipStatus;
};

export const organisations = [
  {
    key: "secours-catholique",
    name: "Secours Catholique – Caritas France",
    website: "https://www.secours-catholique.org",
    // The Collective's generic public address, hosted by its coordinator (a generic mailbox, not a person's).
    publicContact: "contre.la.traite@secours-catholique.org",
    descriptionFr:
      "Association membre du réseau Caritas, coordinatrice du Collectif « Ensemble contre la traite des êtres humains » ; elle accueille ses réunions à son siège, 106 rue du Bac à Paris.",
    descriptionEn:
      "Member of the Caritas network and coordinator of the Collective “Together against trafficking in human beings”; it hosts the Collective’s meetings at its headquarters, 106 rue du Bac, Paris.",
    status: "MEMBER",
  },
  {
    key: "ccem",
    name: "Comité contre l’esclavage moderne",
    acronym: "CCEM",
    descriptionFr:
      "Association membre du Collectif. En 2014, partenaire d’un projet cofinancé par la Commission européenne et le ministère des Affaires étrangères autour d’une déclaration des Balkans contre la traite (Serbie, Macédoine, Croatie, Bosnie-Herzégovine).",
    descriptionEn:
      "Member of the Collective. In 2014, partner in a project co-funded by the European Commission and the French Ministry of Foreign Affairs around a Balkans declaration against trafficking (Serbia, Macedonia, Croatia, Bosnia and Herzegovina).",
    status: "MEMBER",
  },
  {
    key: "hors-la-rue",
    name: "Hors la Rue",
    descriptionFr: "Association membre du Collectif ; membre de la délégation reçue au ministère de l’Intérieur le 23 septembre 2014.",
    descriptionEn: "Member of the Collective; part of the delegation received at the Ministry of the Interior on 23 September 2014.",
    status: "MEMBER",
  },
  {
    key: "oicem",
    name: "Organisation internationale contre l’esclavage moderne",
    acronym: "OICEM",
    descriptionFr: "Association membre du Collectif ; membre de la délégation reçue au ministère de l’Intérieur le 23 septembre 2014.",
    descriptionEn: "Member of the Collective; part of the delegation received at the Ministry of the Interior on 23 September 2014.",
    status: "MEMBER",
  },
  {
    key: "afj",
    name: "Association Foyer Jorbalan",
    acronym: "AFJ",
    descriptionFr: "Association membre du Collectif ; membre de la délégation reçue au ministère de l’Intérieur le 23 septembre 2014.",
    descriptionEn: "Member of the Collective; part of the delegation received at the Ministry of the Interior on 23 September 2014.",
    status: "MEMBER",
  },
  {
    key: "amicale-du-nid",
    name: "Amicale du Nid",
    descriptionFr: "Association membre du Collectif ; membre de la délégation reçue au ministère de l’Intérieur le 23 septembre 2014.",
    descriptionEn: "Member of the Collective; part of the delegation received at the Ministry of the Interior on 23 September 2014.",
    status: "MEMBER",
  },
  {
    key: "acpe",
    name: "Agir contre la prostitution des enfants",
    acronym: "ACPE",
    descriptionFr:
      "Association membre du Collectif. Elle a organisé le 16 octobre 2014 un colloque sur la prostitution des mineurs en France et lancé une campagne nationale.",
    descriptionEn:
      "Member of the Collective. On 16 October 2014 it held a conference on the prostitution of minors in France and launched a national campaign.",
    status: "MEMBER",
  },
  {
    key: "cofrade",
    name: "Conseil français des associations pour les droits de l’enfant",
    acronym: "COFRADE",
    descriptionFr: "Association membre du Collectif, engagée pour les droits de l’enfant.",
    descriptionEn: "Member of the Collective, working for children’s rights.",
    status: "MEMBER",
  },
  {
    key: "ecpat-france",
    name: "ECPAT France",
    acronym: "ECPAT",
    descriptionFr:
      "Association membre du Collectif. En 2014, elle conduit une étude sur la prise en charge des mineurs victimes de traite en France et lance une plateforme européenne de signalement de l’exploitation sexuelle d’enfants dans le tourisme.",
    descriptionEn:
      "Member of the Collective. In 2014 it led a study on the care of child victims of trafficking in France and launched a European platform for reporting the sexual exploitation of children in tourism.",
    status: "MEMBER",
  },
  {
    key: "mouvement-du-nid",
    name: "Mouvement du Nid",
    descriptionFr: "Association membre du Collectif.",
    descriptionEn: "Member of the Collective.",
    status: "MEMBER",
  },
  {
    key: "planete-enfants",
    name: "Planète Enfants",
    descriptionFr: "Association membre du Collectif.",
    descriptionEn: "Member of the Collective.",
    status: "MEMBER",
  },
  {
    key: "bon-pasteur",
    name: "Bon Pasteur",
    descriptionFr:
      "Les Sœurs du Bon Pasteur, membres du Collectif. En 2014, avec le réseau européen RENATE, elles préparent un repérage des actions contre l’exploitation des femmes dans 17 pays européens.",
    descriptionEn:
      "The Good Shepherd Sisters, members of the Collective. In 2014, with the European RENATE network, they were mapping action against the exploitation of women in 17 European countries.",
    status: "MEMBER",
  },
  {
    key: "champs-de-booz",
    name: "Champs de Booz",
    descriptionFr: "Association membre du Collectif.",
    descriptionEn: "Member of the Collective.",
    status: "MEMBER",
  },
  {
    key: "sos-esclaves",
    name: "SOS Esclaves",
    descriptionFr:
      "Association présentée au Collectif le 29 septembre 2014 et accueillie comme membre observateur pour un an, avant un vote d’admission.",
    descriptionEn:
      "Association introduced to the Collective on 29 September 2014 and welcomed as an observer member for one year, before an admission vote.",
    status: "OBSERVER",
  },
] as const satisfies readonly OrganisationSeed[];

export type OrganisationKey = (typeof organisations)[number]["key"];

export type MembershipEventSeed = {
  organisation: OrganisationKey;
  kind: MembershipEventKind;
  date: string;
  meeting?: MeetingKey;
  note: string;
};

// The pages never give a date of joining: each member's MEMBER_SINCE is the earliest day the pages
// show it active in the Collective, and says so.
const EARLIEST_SEEN =
  "Date d’adhésion inconnue : date la plus ancienne à laquelle les pages du Collectif montrent l’association active en son sein.";

export const membershipEvents: readonly MembershipEventSeed[] = [
  {
    organisation: "secours-catholique",
    kind: "MEMBER_SINCE",
    date: "2013-10-18",
    meeting: "2013-10-18-droits-des-femmes",
    note: `${EARLIEST_SEEN} La lettre du 22 novembre 2013 le présente déjà comme coordinateur du Collectif.`,
  },
  ...(["ccem", "hors-la-rue", "oicem", "afj", "amicale-du-nid"] as const).map((organisation) => ({
    organisation,
    kind: "MEMBER_SINCE" as const,
    date: "2014-09-23",
    meeting: "2014-09-23-interieur" as const,
    note: `${EARLIEST_SEEN} Membre de la délégation reçue par le ministre de l’Intérieur le 23 septembre 2014.`,
  })),
  ...(["acpe", "cofrade", "ecpat-france", "mouvement-du-nid", "planete-enfants", "bon-pasteur", "champs-de-booz"] as const).map(
    (organisation) => ({
      organisation,
      kind: "MEMBER_SINCE" as const,
      date: "2014-09-29",
      meeting: "2014-09-29-pleniere" as const,
      note: `${EARLIEST_SEEN} Représentée à la réunion plénière du 29 septembre 2014.`,
    }),
  ),
  {
    organisation: "sos-esclaves",
    kind: "OBSERVER_SINCE",
    date: "2014-09-29",
    meeting: "2014-09-29-pleniere",
    note:
      "Le Collectif propose un statut de membre observateur pendant un an, à dater du jour où l’association confirme son souhait d’entrer dans le Collectif. " +
      "Vote d’admission prévu un an plus tard (vers le 29 septembre 2015) ; son résultat n’est pas indiqué par les pages. " +
      "Pendant cette année, l’association participe aux activités mais ne représente pas le Collectif et ne vote pas.",
  },
];

/** One year after 29 September 2014: when SOS Esclaves' admission vote is due. */
export const SOS_ESCLAVES_VOTE_DUE = "2015-09-29";

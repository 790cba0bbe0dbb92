// Officials met or written to, with the titles the pages give them at the time, and the staff of
// member associations named in the reports. Names only: no contact details are seeded.
// Ministers' dates are those of the public record (government formations); advisers' dates are
// unknown, so their positions are open-ended and a note says on which day the title is attested.
import type { InstitutionKey } from "./institutions";
import type { OrganisationKey } from "./organisations";

export type PositionSeed = {
  key: string;
  institution: InstitutionKey;
  title: string;
  titleEn: string;
  startDate?: string;
  endDate?: string;
};

export type OfficialSeed = {
  key: string;
  firstName: string;
  lastName: string;
  notes?: string;
  positions: readonly PositionSeed[];
};

export const officials = [
  {
    key: "bernard-cazeneuve",
    firstName: "Bernard",
    lastName: "Cazeneuve",
    positions: [
      {
        key: "cazeneuve-interieur",
        institution: "interieur",
        title: "Ministre de l’Intérieur",
        titleEn: "Minister of the Interior",
        startDate: "2014-04-02",
        endDate: "2016-12-06",
      },
      {
        key: "cazeneuve-premier-ministre",
        institution: "premier-ministre",
        title: "Premier ministre",
        titleEn: "Prime Minister",
        startDate: "2016-12-06",
        endDate: "2017-05-15",
      },
    ],
  },
  {
    key: "pierre-antoine-molina",
    firstName: "Pierre-Antoine",
    lastName: "Molina",
    notes: "Titre attesté le 23 septembre 2014.",
    positions: [
      {
        key: "molina-interieur",
        institution: "interieur",
        title: "Directeur adjoint du cabinet du ministre de l’Intérieur",
        titleEn: "Deputy Chief of Staff to the Minister of the Interior",
      },
    ],
  },
  {
    key: "raphael-sodini",
    firstName: "Raphaël",
    lastName: "Sodini",
    notes: "Titre attesté du 23 septembre 2014 au 22 juillet 2015 ; référent traite des êtres humains au ministère de l’Intérieur.",
    positions: [
      {
        key: "sodini-interieur",
        institution: "interieur",
        title: "Conseiller immigration et asile (correspondant traite)",
        titleEn: "Adviser on immigration and asylum (trafficking correspondent)",
      },
    ],
  },
  {
    key: "jean-julien-xavier-rolai",
    firstName: "Jean-Julien",
    lastName: "Xavier-Rolai",
    notes: "Titre attesté le 23 septembre 2014.",
    positions: [
      {
        key: "xavier-rolai-interieur",
        institution: "interieur",
        title: "Conseiller juridique",
        titleEn: "Legal adviser",
      },
    ],
  },
  {
    key: "francois-mainsard",
    firstName: "François",
    lastName: "Mainsard",
    notes: "Les pages écrivent aussi « Minsard » et « Minsar ». Titre attesté du 23 septembre 2014 au 22 juillet 2015.",
    positions: [
      {
        key: "mainsard-interieur",
        institution: "interieur",
        title: "Conseiller police",
        titleEn: "Police adviser",
      },
    ],
  },
  {
    key: "luc-derepas",
    firstName: "Luc",
    lastName: "Derepas",
    notes: "Titre attesté le 23 septembre 2014.",
    positions: [
      {
        key: "derepas-interieur",
        institution: "interieur",
        title: "Directeur général des étrangers en France",
        titleEn: "Director General for Foreigners in France",
      },
    ],
  },
  {
    key: "claire-durso",
    firstName: "Claire",
    lastName: "d’Urso",
    notes: "Titre attesté le 11 septembre 2014.",
    positions: [
      {
        key: "durso-justice",
        institution: "justice",
        title: "Conseillère législation pénale et aide aux victimes au cabinet de la ministre de la Justice",
        titleEn: "Adviser on criminal legislation and victim support to the Minister of Justice",
      },
    ],
  },
  {
    key: "christiane-taubira",
    firstName: "Christiane",
    lastName: "Taubira",
    positions: [
      {
        key: "taubira-justice",
        institution: "justice",
        title: "Garde des Sceaux, ministre de la Justice",
        titleEn: "Minister of Justice",
        startDate: "2012-05-16",
        endDate: "2016-01-27",
      },
    ],
  },
  {
    key: "helene-cazaux-charles",
    firstName: "Hélène",
    lastName: "Cazaux-Charles",
    notes: "Titre attesté le 24 juin 2014.",
    positions: [
      {
        key: "cazaux-charles-premier-ministre",
        institution: "premier-ministre",
        title: "Conseillère Justice du Premier ministre",
        titleEn: "Adviser on Justice to the Prime Minister",
      },
    ],
  },
  {
    key: "manuel-valls",
    firstName: "Manuel",
    lastName: "Valls",
    positions: [
      {
        key: "valls-premier-ministre",
        institution: "premier-ministre",
        title: "Premier ministre",
        titleEn: "Prime Minister",
        startDate: "2014-03-31",
        endDate: "2016-12-06",
      },
    ],
  },
  {
    key: "romain-guerry",
    firstName: "Romain",
    lastName: "Guerry",
    notes: "Titre attesté le 5 juin 2014.",
    positions: [
      {
        key: "guerry-education",
        institution: "education",
        title: "Conseiller en charge de la santé, du sport, du handicap et de la lutte contre les inégalités",
        titleEn: "Adviser on health, sport, disability and combatting inequality",
      },
    ],
  },
  {
    key: "aida-kergroach",
    firstName: "Aida",
    lastName: "Kergroach",
    notes: "Attestée le 5 juin 2014 comme membre du bureau de M. Romain Guerry ; son titre exact n’est pas donné.",
    positions: [
      {
        key: "kergroach-education",
        institution: "education",
        title: "Bureau de M. Romain Guerry, cabinet du ministre de l’Éducation nationale",
        titleEn: "Office of Mr Romain Guerry, private office of the Minister of National Education",
      },
    ],
  },
  {
    key: "benoit-hamon",
    firstName: "Benoît",
    lastName: "Hamon",
    positions: [
      {
        key: "hamon-education",
        institution: "education",
        title: "Ministre de l’Éducation nationale, de l’Enseignement supérieur et de la Recherche",
        titleEn: "Minister of National Education, Higher Education and Research",
        startDate: "2014-04-02",
        endDate: "2014-08-26",
      },
    ],
  },
  {
    key: "mathilde-marmier",
    firstName: "Mathilde",
    lastName: "Marmier",
    notes: "Titre attesté le 5 juin 2014 (page en anglais : « advisor on ethics and democratic healthcare »).",
    positions: [
      {
        key: "marmier-affaires-sociales",
        institution: "affaires-sociales-sante",
        title: "Conseillère éthique et démocratie sanitaire de la ministre des Affaires sociales et de la Santé",
        titleEn: "Adviser on ethics and democratic healthcare to the Minister for Social Affairs and Health",
      },
    ],
  },
  {
    key: "marisol-touraine",
    firstName: "Marisol",
    lastName: "Touraine",
    positions: [
      {
        key: "touraine-affaires-sociales",
        institution: "affaires-sociales-sante",
        title: "Ministre des Affaires sociales et de la Santé",
        titleEn: "Minister for Social Affairs and Health",
        startDate: "2012-05-16",
        endDate: "2017-05-17",
      },
    ],
  },
  {
    key: "marie-automne-thepot",
    firstName: "Marie-Automne",
    lastName: "Thépot",
    notes: "Titre attesté le 5 juin 2014.",
    positions: [
      {
        key: "thepot-exclusion",
        institution: "personnes-handicapees-exclusion",
        title: "Conseillère lutte contre l’exclusion de la secrétaire d’État chargée des Personnes handicapées et de la Lutte contre l’exclusion",
        titleEn: "Adviser on combatting exclusion to the Secretary of State for Persons with Disabilities and Combatting Exclusion",
      },
    ],
  },
  {
    key: "segolene-neuville",
    firstName: "Ségolène",
    lastName: "Neuville",
    positions: [
      {
        key: "neuville-exclusion",
        institution: "personnes-handicapees-exclusion",
        title: "Secrétaire d’État chargée des Personnes handicapées et de la Lutte contre l’exclusion",
        titleEn: "Secretary of State for Persons with Disabilities and Combatting Exclusion",
        startDate: "2014-04-09",
        endDate: "2017-05-17",
      },
    ],
  },
  {
    key: "najat-vallaud-belkacem",
    firstName: "Najat",
    lastName: "Vallaud-Belkacem",
    positions: [
      {
        key: "vallaud-belkacem-droits-des-femmes",
        institution: "droits-des-femmes",
        title: "Ministre des Droits des femmes",
        titleEn: "Minister of Women’s Rights",
        startDate: "2012-05-16",
        endDate: "2014-08-26",
      },
      {
        key: "vallaud-belkacem-education",
        institution: "education",
        title: "Ministre de l’Éducation nationale, de l’Enseignement supérieur et de la Recherche",
        titleEn: "Minister of National Education, Higher Education and Research",
        startDate: "2014-08-26",
        endDate: "2017-05-17",
      },
    ],
  },
  {
    key: "jean-louis-malys",
    firstName: "Jean-Louis",
    lastName: "Malys",
    notes: "Chargé de la lutte contre la traite des êtres humains à la CFDT (compte-rendu du 29 septembre 2014).",
    positions: [
      {
        key: "malys-cfdt",
        institution: "cfdt",
        title: "Secrétaire national",
        titleEn: "National Secretary",
      },
    ],
  },
  {
    key: "yvan-kagan",
    firstName: "Yvan",
    lastName: "Kagan",
    notes: "Chargé de la lutte contre la traite des êtres humains à la CFDT (compte-rendu du 29 septembre 2014).",
    positions: [
      {
        key: "kagan-cfdt",
        institution: "cfdt",
        title: "Secrétaire confédéral, Service Économie et Société",
        titleEn: "Confederal Secretary, Economy and Society Department",
      },
    ],
  },
  {
    key: "eric-panloup",
    firstName: "Éric",
    lastName: "Panloup",
    notes: "Le Collectif décide le 29 septembre 2014 de l’inviter avec la secrétaire générale de la MIPROF.",
    positions: [
      {
        key: "panloup-miprof",
        institution: "miprof",
        title: "Coordonnateur national « Lutte contre la traite des êtres humains »",
        titleEn: "National coordinator for the fight against trafficking in human beings",
      },
    ],
  },
] as const satisfies readonly OfficialSeed[];

export type OfficialKey = (typeof officials)[number]["key"];
export type PositionKey = (typeof officials)[number]["positions"][number]["key"];

export type StaffSeed = {
  key: string;
  firstName: string;
  lastName: string;
  organisation?: OrganisationKey;
  notes?: string;
};

// Staff named in the reports (mostly the participants of the 29 September 2014 plenary).
export const staff = [
  { key: "genevieve-colas", firstName: "Geneviève", lastName: "Colas", organisation: "secours-catholique", notes: "Coordinatrice du Collectif." },
  { key: "constance-mazard", firstName: "Constance", lastName: "Mazard", organisation: "secours-catholique" },
  {
    key: "francois-soulage",
    firstName: "François",
    lastName: "Soulage",
    organisation: "secours-catholique",
    notes: "Président du Secours Catholique – Caritas France ; signataire de la lettre du 22 novembre 2013.",
  },
  {
    key: "raffaella-tatangelo",
    firstName: "Raffaella",
    lastName: "Tatangelo",
    organisation: "acpe",
    notes: "Représente l’ACPE et le COFRADE à la réunion du 29 septembre 2014.",
  },
  { key: "benedicte-bourgeois", firstName: "Bénédicte", lastName: "Bourgeois", organisation: "ccem" },
  { key: "alice-tallon", firstName: "Alice", lastName: "Tallon", organisation: "ecpat-france" },
  { key: "benedicte-cabrol", firstName: "Bénédicte", lastName: "Cabrol", organisation: "hors-la-rue" },
  { key: "andrea-couzy", firstName: "Andréa", lastName: "Couzy", organisation: "oicem" },
  { key: "pierre-albert", firstName: "Pierre", lastName: "Albert", organisation: "mouvement-du-nid" },
  { key: "stephanie-selle", firstName: "Stéphanie", lastName: "Selle", organisation: "planete-enfants" },
  { key: "lea-benassem", firstName: "Léa", lastName: "Benassem", organisation: "planete-enfants" },
  {
    key: "marie-helene-halligon",
    firstName: "Marie-Hélène",
    lastName: "Halligon",
    organisation: "bon-pasteur",
    notes: "Représente Bon Pasteur et Champs de Booz à la réunion du 29 septembre 2014.",
  },
  {
    key: "annick-fougeroux",
    firstName: "Annick",
    lastName: "Fougeroux",
    organisation: "sos-esclaves",
    notes: "Le compte-rendu écrit aussi « Anick ».",
  },
  { key: "marie-hienfray", firstName: "Marie", lastName: "Hienfray", organisation: "sos-esclaves" },
  // The 29 September 2014 report names them in the CFDT delegation without saying which association
  // they belong to; no organisation is guessed.
  { key: "sylvie-ody", firstName: "Sylvie", lastName: "O’Dy", notes: "Association non précisée par les pages." },
  { key: "ella-adler", firstName: "Ella", lastName: "Adler", notes: "Association non précisée par les pages." },
] as const satisfies readonly StaffSeed[];

export type StaffKey = (typeof staff)[number]["key"];
export type PersonKey = OfficialKey | StaffKey;

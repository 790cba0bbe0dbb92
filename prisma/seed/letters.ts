// Letters the Collective sent. Where the pages give no exact date, the letter is dated at the
// latest day they allow (e.g. the meeting it preceded) and its summary says so.
// No letter received is seeded: the pages quote none.
import type { LetterDirection, Visibility } from "@/lib/generated/prisma/enums";
import type { CampaignKey } from "./campaigns";
import type { DemandKey } from "./demands";
import type { InstitutionKey } from "./institutions";
import type { OrganisationKey } from "./organisations";
import type { PositionKey } from "./people";

export type LetterSeed = {
  key: string;
  direction: LetterDirection;
  date: string;
  /** "MONTH" where the pages give only the month. */
  datePrecision?: "DAY" | "MONTH";
  subjectFr: string;
  subjectEn?: string;
  summaryFr: string;
  summaryEn?: string;
  senderName: string;
  senderOrganisation: OrganisationKey;
  recipients: readonly { institution: InstitutionKey; position?: PositionKey }[];
  inReplyTo?: string;
  replyExpectedBy?: string;
  confidentialNotes?: string;
  visibility: Visibility;
  campaign?: CampaignKey;
  publishedOn?: string;
  demands: readonly DemandKey[];
};

const COLLECTIVE = "Collectif « Ensemble contre la traite des êtres humains »";

export const letters = [
  {
    key: "2013-11-22-vallaud-belkacem",
    direction: "SENT",
    date: "2013-11-22",
    subjectFr: "Suite de la rencontre du 18 octobre 2013 : calendrier et lancement du plan d’action national de lutte contre la traite des êtres humains",
    subjectEn: "Follow-up to the meeting of 18 October 2013: timetable and launch of the national action plan against trafficking in human beings",
    summaryFr:
      "Le Collectif remercie la ministre des Droits des femmes pour la rencontre du 18 octobre 2013 et rappelle sa demande d’un calendrier précis. Il demande la date de la prochaine réunion, annoncée dans le mois, pour travailler mesure par mesure sur le plan et échanger avec la ministre, ainsi que la date de lancement du plan finalement retenue. Pièces jointes : la synthèse et le compte-rendu détaillé de la rencontre du 18 octobre 2013. Lettre signée par François Soulage, président du Secours Catholique – Caritas France.",
    summaryEn:
      "The Collective thanks the Minister of Women’s Rights for the meeting of 18 October 2013 and repeats its request for a precise timetable. It asks for the date of the next meeting, announced within a month, to work on the plan measure by measure and to talk with the minister, and for the launch date finally chosen for the plan. Enclosed: the summary and the detailed report of the meeting of 18 October 2013. Signed by François Soulage, President of Secours Catholique – Caritas France.",
    senderName: "François Soulage, président du Secours Catholique – Caritas France",
    senderOrganisation: "secours-catholique",
    recipients: [{ institution: "droits-des-femmes", position: "vallaud-belkacem-droits-des-femmes" }],
    // The letter asks questions but sets no deadline: a month is the coordination's follow-up horizon.
    replyExpectedBy: "2013-12-22",
    confidentialNotes: "La lettre ne fixe pas de délai de réponse : échéance de suivi d’un mois retenue par la coordination.",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    publishedOn: "2013-11-22",
    demands: ["calendrier-plan"],
  },
  {
    key: "2014-premier-ministre",
    direction: "SENT",
    date: "2014-05-14",
    subjectFr: "Lettre au Premier ministre dans l’attente du lancement du plan d’action national",
    subjectEn: "Letter to the Prime Minister pending the launch of the national action plan",
    summaryFr:
      "Lettre envoyée au Premier ministre dans l’attente du lancement du plan d’action national ; la rencontre du 24 juin 2014 avec Mme Hélène Cazaux-Charles y a fait suite. Date exacte non indiquée par les pages : la lettre précède le lancement du plan, le 14 mai 2014, date retenue ici.",
    summaryEn:
      "Letter to the Prime Minister pending the launch of the national action plan, followed by the meeting of 24 June 2014 with Ms Hélène Cazaux-Charles. The pages give no exact date: the letter precedes the launch of the plan on 14 May 2014, the date used here.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    // Sent before the plan's launch, possibly before the change of Prime Minister on 31 March 2014:
    // the office is known, the person addressed is not.
    recipients: [{ institution: "premier-ministre" }],
    visibility: "COORDINATION",
    campaign: "plan-action-national-2014-2016",
    demands: [],
  },
  {
    key: "2014-hamon",
    direction: "SENT",
    date: "2014-06-05",
    subjectFr: "Lettre au ministre de l’Éducation nationale, de l’Enseignement supérieur et de la Recherche",
    subjectEn: "Letter to the Minister of National Education, Higher Education and Research",
    summaryFr:
      "Lettre à M. Benoît Hamon à laquelle a fait suite la rencontre du 5 juin 2014 avec son cabinet, pour veiller à une application effective du plan d’action national. Date exacte non indiquée par les pages : la lettre est enregistrée à la date de cette rencontre, qu’elle précède.",
    summaryEn:
      "Letter to Mr Benoît Hamon, followed by the meeting of 5 June 2014 with his office, to see that the national action plan is effectively applied. The pages give no exact date: the letter is recorded on the date of that meeting, which it preceded.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    recipients: [{ institution: "education", position: "hamon-education" }],
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    demands: [],
  },
  {
    key: "2014-touraine",
    direction: "SENT",
    date: "2014-06-05",
    subjectFr: "Lettre à la ministre des Affaires sociales et de la Santé",
    subjectEn: "Letter to the Minister for Social Affairs and Health",
    summaryFr:
      "Lettre à Mme Marisol Touraine à laquelle a fait suite la rencontre du 5 juin 2014 avec son cabinet, pour veiller à une application effective du plan d’action national. Date exacte non indiquée par les pages : la lettre est enregistrée à la date de cette rencontre, qu’elle précède.",
    summaryEn:
      "Letter to Ms Marisol Touraine, followed by the meeting of 5 June 2014 with her office, to see that the national action plan is effectively applied. The pages give no exact date: the letter is recorded on the date of that meeting, which it preceded.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    recipients: [{ institution: "affaires-sociales-sante", position: "touraine-affaires-sociales" }],
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    demands: [],
  },
  {
    key: "2014-09-cazeneuve",
    direction: "SENT",
    date: "2014-09-23",
    subjectFr: "Lettre à M. Bernard Cazeneuve, ministre de l’Intérieur, sur ses engagements dans la lutte contre la traite des êtres humains",
    subjectEn: "Letter to Mr Bernard Cazeneuve, Minister of the Interior, on his commitments to fighting trafficking in human beings",
    summaryFr:
      "Lettre au ministre de l’Intérieur « dans laquelle il est question de ses engagements dans la lutte contre la traite des êtres humains, un an après le lancement du premier Plan d’action national ». Elle a précédé la rencontre du 23 septembre 2014. Date exacte non indiquée par les pages : la lettre est enregistrée à la date de cette rencontre.",
    summaryEn:
      "Letter to the Minister of the Interior “about his commitments to fighting trafficking in human beings, a year after the launch of the first national action plan”. It preceded the meeting of 23 September 2014. The pages give no exact date: the letter is recorded on the date of that meeting.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    recipients: [{ institution: "interieur", position: "cazeneuve-interieur" }],
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    publishedOn: "2014-09-23",
    demands: [],
  },
  {
    key: "2015-04-21-rappel-cazeneuve",
    direction: "SENT",
    date: "2015-04-21",
    subjectFr: "Deuxième lettre à M. Bernard Cazeneuve : inquiétude du Collectif et plan d’action du gouvernement contre la traite",
    subjectEn: "Second letter to Mr Bernard Cazeneuve: the Collective’s concern and the government’s plan of action against trafficking",
    summaryFr:
      "Constatant le peu d’actions concrètes entreprises, les associations membres du Collectif font part au ministre de l’Intérieur de leur inquiétude et s’enquièrent du plan d’action du gouvernement contre la traite. Elles s’inquiètent en particulier que la circulaire aux préfets, leur fixant parmi leurs objectifs prioritaires la lutte contre la traite et le règlement des dysfonctionnements en matière de protection des victimes, n’ait toujours pas été transmise.",
    summaryEn:
      "Seeing little concrete action, the Collective’s member associations tell the Minister of the Interior of their concern and ask about the government’s plan of action against trafficking. They are particularly concerned that the circular to prefects, setting the fight against trafficking and the remedying of failings in victim protection among their priorities, has still not been sent.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    recipients: [{ institution: "interieur", position: "cazeneuve-interieur" }],
    confidentialNotes: "Pas de réponse écrite connue ; la rencontre du 22 juillet 2015 au cabinet du ministre y a fait suite.",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    publishedOn: "2015-04-21",
    demands: ["instruction-prefets", "accompagnement-victimes"],
  },
  {
    key: "2016-12-grande-cause",
    datePrecision: "MONTH",
    direction: "SENT",
    date: "2016-12-01",
    subjectFr: "Lettre à M. Cazeneuve pour déclarer la traite Grande cause nationale",
    subjectEn: "Letter to Mr Cazeneuve asking for trafficking to be declared a “Grande cause nationale”",
    summaryFr:
      "Le Collectif souhaite que la traite des êtres humains soit Grande cause nationale, pour rendre visible ce fléau et le combattre ; il a écrit à plusieurs reprises en ce sens au ministre de l’Intérieur, M. Cazeneuve (devenu Premier ministre le 6 décembre 2016). Décembre 2016 : jour exact non indiqué par les pages, la lettre est enregistrée au 1er décembre.",
    summaryEn:
      "The Collective wants trafficking in human beings to be a “Grande cause nationale”, to make this scourge visible and fight it; it wrote to that effect several times to the Minister of the Interior, Mr Cazeneuve (who became Prime Minister on 6 December 2016). December 2016: the pages give no exact day, the letter is recorded on 1 December.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    recipients: [{ institution: "interieur", position: "cazeneuve-interieur" }],
    visibility: "PUBLIC",
    campaign: "grande-cause-nationale",
    publishedOn: "2016-12-01",
    demands: ["grande-cause-nationale"],
  },
  {
    key: "2018-04-09-inquietude",
    direction: "SENT",
    date: "2018-04-09",
    subjectFr:
      "Inquiétude sévère de la société civile sur l’absence de politique française en matière de lutte contre la traite des êtres humains et les formes contemporaines d’esclavage",
    subjectEn:
      "Civil society’s grave concern at the absence of a French policy against trafficking in human beings and contemporary forms of slavery",
    summaryFr: "Courriers du 9 avril 2018. Les pages ne précisent pas leurs destinataires.",
    summaryEn: "Letters of 9 April 2018. The pages do not say to whom they were sent.",
    senderName: COLLECTIVE,
    senderOrganisation: "secours-catholique",
    recipients: [],
    visibility: "PUBLIC",
    publishedOn: "2018-04-09",
    demands: ["politique-francaise-traite"],
  },
] as const satisfies readonly LetterSeed[];

export type LetterKey = (typeof letters)[number]["key"];

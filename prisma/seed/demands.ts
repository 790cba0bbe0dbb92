// What the Collective asks for, with the life of each demand as the pages tell it. Each demand's
// current status is the last entry of its history (the loader derives it, so they cannot disagree).
import type { CommitmentStatus, DemandStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { CampaignKey } from "./campaigns";
import type { InstitutionKey } from "./institutions";
import type { MeetingKey } from "./meetings";
import type { OfficialKey, PositionKey } from "./people";

export const themes = [
  { slug: "plan-action-national", nameFr: "Plan d’action national", nameEn: "National action plan" },
  { slug: "identification", nameFr: "Identification des victimes", nameEn: "Identification of victims" },
  { slug: "education-formation", nameFr: "Éducation et formation", nameEn: "Education and training" },
  { slug: "hebergement", nameFr: "Hébergement", nameEn: "Accommodation" },
  { slug: "sante-protection-sociale", nameFr: "Santé et protection sociale", nameEn: "Health and social welfare" },
  { slug: "mineurs", nameFr: "Mineurs", nameEn: "Minors" },
  { slug: "droit-au-sejour", nameFr: "Droit au séjour des victimes", nameEn: "Residence rights of victims" },
  { slug: "protection-des-victimes", nameFr: "Protection des victimes", nameEn: "Protection of victims" },
  { slug: "financement", nameFr: "Moyens et financements", nameEn: "Resources and funding" },
  { slug: "societe-civile", nameFr: "Coopération avec la société civile", nameEn: "Cooperation with civil society" },
  { slug: "sensibilisation", nameFr: "Sensibilisation", nameEn: "Awareness" },
] as const;

export type ThemeSlug = (typeof themes)[number]["slug"];

export type StatusChangeSeed = {
  status: DemandStatus;
  date: string;
  // Keys of the source meeting or letter. Plain strings, because meetings and letters name demands
  // too (a typed key here would make the types circular); the loader rejects an unknown key.
  meeting?: string;
  letter?: string;
  /** A source that is none of our records, e.g. the published instruction. */
  sourceLabel?: string;
  noteFr: string;
  noteEn?: string;
  milestone?: boolean;
};

export type DemandSeed = {
  key: string;
  titleFr: string;
  titleEn: string;
  descriptionFr?: string;
  descriptionEn?: string;
  visibility: Visibility;
  campaign?: CampaignKey;
  themes: readonly ThemeSlug[];
  targets: readonly InstitutionKey[];
  // In date order; the first entry's date is when the demand was raised.
  history: readonly StatusChangeSeed[];
};

// The six points the Collective made on 5 June 2014 at Social Affairs and Health, as published on 10 July 2014.
const SOCIAL_AFFAIRS_TARGETS = ["affaires-sociales-sante", "personnes-handicapees-exclusion"] as const;
const raisedAtSocialAffairs = (noteFr: string, noteEn: string): StatusChangeSeed => ({
  status: "RAISED",
  date: "2014-06-05",
  meeting: "2014-06-05-affaires-sociales",
  noteFr: `${noteFr} Rendu public par la déclaration du 10 juillet 2014.`,
  noteEn: `${noteEn} Made public in the statement of 10 July 2014.`,
  milestone: true,
});
const raisedAtEducation = (noteFr: string, noteEn: string): StatusChangeSeed => ({
  status: "RAISED",
  date: "2014-06-05",
  meeting: "2014-06-05-education",
  noteFr: `${noteFr} Rendu public par la déclaration du 10 juillet 2014.`,
  noteEn: `${noteEn} Made public in the statement of 10 July 2014.`,
  milestone: true,
});

export const demands = [
  {
    key: "calendrier-plan",
    titleFr: "Un calendrier précis pour l’élaboration et la mise en œuvre du plan d’action national",
    titleEn: "A precise timetable for drawing up and implementing the national action plan",
    descriptionFr:
      "Fixer dans le temps les prochaines étapes du processus d’élaboration et de mise en œuvre du plan d’action national de lutte contre la traite des êtres humains.",
    descriptionEn:
      "Set dates for the next steps in drawing up and implementing the national action plan against trafficking in human beings.",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["plan-action-national"],
    targets: ["droits-des-femmes", "miprof"],
    history: [
      {
        status: "RAISED",
        date: "2013-10-18",
        meeting: "2013-10-18-droits-des-femmes",
        noteFr: "Demandé par les associations du Collectif à l’issue de la rencontre ; le cabinet annonce une prochaine réunion dans le mois.",
        noteEn: "Asked for by the Collective’s associations at the end of the meeting; the minister’s office announces a further meeting within a month.",
        milestone: true,
      },
      {
        status: "RAISED",
        date: "2013-11-22",
        letter: "2013-11-22-vallaud-belkacem",
        noteFr: "Relance écrite : le Collectif demande la date de la prochaine réunion et la date de lancement du plan finalement retenue.",
        noteEn: "Written reminder: the Collective asks for the date of the next meeting and the launch date finally chosen for the plan.",
        milestone: true,
      },
      {
        status: "PROMISED",
        date: "2014-02-03",
        meeting: "2014-02-03-vallaud-belkacem",
        noteFr: "La ministre annonce que le plan sera revu avant d’être présenté ; sa présentation est attendue en avril 2014.",
        noteEn: "The minister announces that the plan will be reviewed before being presented; it is expected to be introduced in April 2014.",
        milestone: true,
      },
      {
        status: "PARTLY_MET",
        date: "2014-05-14",
        noteFr:
          "Le plan d’action national 2014-2016 est adopté en Conseil des ministres le 14 mai 2014. Son calendrier de mise en œuvre, ses moyens et ses financements restent à connaître (réunion du 29 septembre 2014).",
        noteEn:
          "The 2014-2016 national action plan is adopted by the Council of Ministers on 14 May 2014. Its implementation timetable, resources and funding remain to be known (meeting of 29 September 2014).",
        milestone: true,
      },
    ],
  },
  {
    key: "elements-retires-du-plan",
    titleFr: "Rétablir les éléments importants retirés ou modifiés dans la nouvelle version du plan",
    titleEn: "Restore the important elements removed or changed in the new version of the plan",
    descriptionFr:
      "Analysé par les associations le 31 janvier 2014, le projet présenté le 30 janvier 2014 avait perdu ou modifié des éléments importants de la version précédente.",
    descriptionEn:
      "When the associations analysed it on 31 January 2014, the draft presented on 30 January 2014 had lost or changed important elements of the previous version.",
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    themes: ["plan-action-national"],
    targets: ["droits-des-femmes"],
    history: [
      {
        status: "RAISED",
        date: "2014-02-03",
        meeting: "2014-02-03-vallaud-belkacem",
        noteFr: "Les associations regrettent devant la ministre que des éléments importants de la version précédente aient été retirés ou modifiés.",
      },
      {
        status: "ACKNOWLEDGED",
        date: "2014-02-03",
        meeting: "2014-02-03-vallaud-belkacem",
        noteFr: "La ministre annonce que le plan sera revu avant d’être présenté. Ce qu’il en est advenu n’est pas indiqué par les pages.",
      },
    ],
  },
  {
    key: "outils-formation-education",
    titleFr: "Des outils et des formations pour que les professionnels de l’éducation identifient mieux les victimes de traite",
    titleEn: "Tools and training programmes for education professionals to better identify victims of trafficking",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["education-formation", "identification"],
    targets: ["education"],
    history: [
      raisedAtEducation(
        "Présenté au cabinet du ministre de l’Éducation nationale.",
        "Put to the office of the Minister of National Education.",
      ),
    ],
  },
  {
    key: "sensibilisation-education",
    titleFr: "Sensibiliser dans l’Éducation nationale, en lien avec la société civile, avec des moyens et des formations pour sensibiliser aussi les enfants",
    titleEn: "Awareness within national education, with civil society, and adequate resources and training so that children are made aware too",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["education-formation", "sensibilisation", "societe-civile"],
    targets: ["education"],
    history: [
      raisedAtEducation(
        "Présenté au cabinet du ministre de l’Éducation nationale.",
        "Put to the office of the Minister of National Education.",
      ),
    ],
  },
  {
    key: "acces-education-enfants-victimes",
    titleFr: "L’accès des enfants victimes de traite à l’éducation et à la formation",
    titleEn: "Access of child victims of trafficking to education and training",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["education-formation", "mineurs"],
    targets: ["education"],
    history: [
      raisedAtEducation(
        "Présenté au cabinet du ministre de l’Éducation nationale.",
        "Put to the office of the Minister of National Education.",
      ),
    ],
  },
  {
    key: "hebergement-adapte",
    titleFr: "Un hébergement adapté pour les victimes de traite",
    titleEn: "Adequate accommodation for victims of trafficking",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["hebergement", "protection-des-victimes"],
    targets: SOCIAL_AFFAIRS_TARGETS,
    history: [raisedAtSocialAffairs("Présenté aux cabinets de Mmes Touraine et Neuville.", "Put to the offices of Ms Touraine and Ms Neuville.")],
  },
  {
    key: "formation-travailleurs-sociaux",
    titleFr: "La formation des professionnels, travailleurs sociaux, à la traite des êtres humains",
    titleEn: "Training of professionals, social workers, in trafficking in human beings",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["education-formation", "identification"],
    targets: SOCIAL_AFFAIRS_TARGETS,
    history: [raisedAtSocialAffairs("Présenté aux cabinets de Mmes Touraine et Neuville.", "Put to the offices of Ms Touraine and Ms Neuville.")],
  },
  {
    key: "acces-soins-prestations",
    titleFr: "Un accès garanti aux soins et aux prestations sociales",
    titleEn: "Guaranteed access to healthcare and social welfare payments",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["sante-protection-sociale", "protection-des-victimes"],
    targets: SOCIAL_AFFAIRS_TARGETS,
    history: [raisedAtSocialAffairs("Présenté aux cabinets de Mmes Touraine et Neuville.", "Put to the offices of Ms Touraine and Ms Neuville.")],
  },
  {
    key: "attention-mineurs",
    titleFr: "Une attention particulière aux mineurs",
    titleEn: "A specific focus on minors",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["mineurs"],
    targets: ["affaires-sociales-sante", "personnes-handicapees-exclusion", "interieur"],
    history: [
      raisedAtSocialAffairs("Présenté aux cabinets de Mmes Touraine et Neuville.", "Put to the offices of Ms Touraine and Ms Neuville."),
      {
        status: "RAISED",
        date: "2014-09-23",
        meeting: "2014-09-23-interieur",
        noteFr: "Présenté au ministre de l’Intérieur ; la question des mineurs doit être approfondie avec ses conseillers le 23 octobre 2014.",
        noteEn: "Put to the Minister of the Interior; the question of minors is to be examined further with his advisers on 23 October 2014.",
        milestone: true,
      },
    ],
  },
  {
    key: "sante-mentale",
    titleFr: "La santé mentale des victimes au cœur du processus de réhabilitation",
    titleEn: "The mental health of victims at the forefront of the rehabilitation process",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["sante-protection-sociale", "protection-des-victimes"],
    targets: SOCIAL_AFFAIRS_TARGETS,
    history: [raisedAtSocialAffairs("Présenté aux cabinets de Mmes Touraine et Neuville.", "Put to the offices of Ms Touraine and Ms Neuville.")],
  },
  {
    key: "financement-associations",
    titleFr: "Un financement adéquat des associations pour mener leur travail",
    titleEn: "Adequate funding for associations to conduct their work",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["financement", "societe-civile"],
    targets: SOCIAL_AFFAIRS_TARGETS,
    history: [raisedAtSocialAffairs("Présenté aux cabinets de Mmes Touraine et Neuville.", "Put to the offices of Ms Touraine and Ms Neuville.")],
  },
  {
    key: "cooperation-societe-civile",
    titleFr: "La coopération entre institutions publiques et société civile, aux niveaux local, régional, national et international",
    titleEn: "Cooperation between public institutions and civil society at local, regional, national and international level",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["societe-civile"],
    targets: ["education", "affaires-sociales-sante", "personnes-handicapees-exclusion"],
    history: [
      raisedAtSocialAffairs(
        "Le Collectif souligne l’importance de cette coopération lors des rencontres du 5 juin 2014.",
        "The Collective stresses the importance of this cooperation at the meetings of 5 June 2014.",
      ),
    ],
  },
  {
    key: "accompagnement-victimes",
    titleFr: "Remédier aux dysfonctionnements dans l’accompagnement et la protection des victimes",
    titleEn: "Remedy the failings in the support and protection of victims",
    descriptionFr:
      "Les membres du Collectif constatent de graves dysfonctionnements dans l’accompagnement des victimes de traite, quelle qu’en soit la finalité, et présentent leurs constats et propositions aux ministères de la Justice et de l’Intérieur.",
    descriptionEn:
      "The Collective’s members observe serious failings in the support of victims of trafficking, whatever the form of exploitation, and present their findings and proposals to the Ministries of Justice and of the Interior.",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["protection-des-victimes"],
    targets: ["justice", "interieur"],
    history: [
      {
        status: "RAISED",
        date: "2014-09-11",
        meeting: "2014-09-11-justice",
        noteFr: "Difficultés constatées par les membres dans l’accompagnement des victimes, présentées au cabinet de la ministre de la Justice.",
        noteEn: "Difficulties observed by the members in supporting victims, presented to the office of the Minister of Justice.",
        milestone: true,
      },
      {
        status: "RAISED",
        date: "2014-09-23",
        meeting: "2014-09-23-interieur",
        noteFr: "Graves dysfonctionnements présentés au ministre de l’Intérieur, avec les propositions du Collectif.",
        noteEn: "Serious failings presented to the Minister of the Interior, with the Collective’s proposals.",
        milestone: true,
      },
      {
        status: "RAISED",
        date: "2015-04-21",
        letter: "2015-04-21-rappel-cazeneuve",
        noteFr: "Le Collectif, constatant le peu d’actions concrètes, fait part de son inquiétude au ministre de l’Intérieur.",
        noteEn: "Seeing little concrete action, the Collective tells the Minister of the Interior of its concern.",
        milestone: true,
      },
    ],
  },
  {
    // Scenario 2: a demand's whole life, in the order the pages tell it.
    key: "instruction-prefets",
    titleFr: "Une instruction aux préfets sur l’admission au séjour des victimes de la traite",
    titleEn: "An instruction to prefects on residence permits for victims of trafficking",
    descriptionFr:
      "Une circulaire aux préfets fixant parmi leurs objectifs prioritaires la lutte contre la traite et le règlement des dysfonctionnements en matière de protection des victimes, notamment pour leur admission au séjour.",
    descriptionEn:
      "A circular to prefects setting the fight against trafficking and the remedying of failings in victim protection among their priorities, in particular for victims' residence permits.",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    themes: ["droit-au-sejour", "protection-des-victimes"],
    targets: ["interieur"],
    history: [
      {
        status: "RAISED",
        date: "2014-09-23",
        meeting: "2014-09-23-interieur",
        noteFr: "Le Collectif demande au ministre de l’Intérieur la parution d’une instruction aux préfets.",
        noteEn: "The Collective asks the Minister of the Interior to issue an instruction to prefects.",
        milestone: true,
      },
      {
        status: "PROMISED",
        date: "2014-09-23",
        meeting: "2014-09-23-interieur",
        noteFr: "Le ministère s’engage à diffuser le texte avant fin 2014.",
        noteEn: "The ministry undertakes to issue the text before the end of 2014.",
        milestone: true,
      },
      {
        status: "PROMISED",
        date: "2015-04-21",
        letter: "2015-04-21-rappel-cazeneuve",
        noteFr: "Lettre de rappel au ministre de l’Intérieur : la circulaire aux préfets n’a toujours pas été transmise.",
        noteEn: "Reminder letter to the Minister of the Interior: the circular to prefects has still not been sent.",
        milestone: true,
      },
      {
        status: "MET",
        date: "2015-05-19",
        sourceLabel: "Instruction NOR INTV1501995N du 19 mai 2015",
        noteFr:
          "Publication de l’instruction du ministère de l’Intérieur du 19 mai 2015 sur les conditions d’admission au séjour de ressortissants étrangers victimes de la traite des êtres humains ou de proxénétisme (instruction n° NOR INTV1501995N).",
        noteEn:
          "The Ministry of the Interior publishes its instruction of 19 May 2015 on the conditions for granting residence to foreign nationals who are victims of trafficking in human beings or of procuring (instruction NOR INTV1501995N).",
        milestone: true,
      },
      {
        status: "MET",
        date: "2015-07-22",
        meeting: "2015-07-22-interieur",
        noteFr: "Rencontre au cabinet du ministre de l’Intérieur à propos de l’instruction ; le Collectif interroge M. Raphaël Sodini sur son retard.",
        noteEn: "Meeting at the Minister of the Interior’s office about the instruction; the Collective asks Mr Raphaël Sodini about its delay.",
        milestone: true,
      },
    ],
  },
  {
    key: "moyens-miprof",
    titleFr: "Connaître l’état de mise en œuvre du plan, ses moyens et ses financements",
    titleEn: "Know how far the plan has been implemented, and its resources and funding",
    descriptionFr:
      "Le Collectif souhaite savoir où en est la mise en œuvre du plan et quels moyens y sont attribués ; il invite la secrétaire générale de la MIPROF et le coordonnateur national.",
    descriptionEn:
      "The Collective wants to know how far the plan has been implemented and what resources it has; it invites MIPROF's secretary general and the national coordinator.",
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    themes: ["plan-action-national", "financement"],
    targets: ["miprof"],
    history: [
      {
        status: "RAISED",
        date: "2014-09-29",
        meeting: "2014-09-29-pleniere",
        noteFr: "Décidé en réunion plénière : demande de rencontre avec la secrétaire générale de la MIPROF et la coordination nationale.",
      },
    ],
  },
  {
    key: "grande-cause-nationale",
    titleFr: "Faire de la lutte contre la traite des êtres humains une Grande cause nationale",
    titleEn: "Make the fight against trafficking in human beings a “Grande cause nationale”",
    descriptionFr: "Pour rendre visible ce fléau et le combattre.",
    descriptionEn: "To make this scourge visible and fight it.",
    visibility: "PUBLIC",
    campaign: "grande-cause-nationale",
    themes: ["sensibilisation"],
    targets: ["interieur", "premier-ministre"],
    history: [
      {
        status: "RAISED",
        date: "2016-12-01",
        letter: "2016-12-grande-cause",
        noteFr: "Lettre à M. Cazeneuve pour déclarer la traite Grande cause nationale (décembre 2016 ; jour exact non indiqué par les pages).",
        noteEn: "Letter to Mr Cazeneuve asking for trafficking to be declared a “Grande cause nationale” (December 2016; exact day not given by the pages).",
        milestone: true,
      },
      {
        status: "RAISED",
        date: "2017-03-21",
        meeting: "2017-03-21-premier-ministre",
        noteFr: "Demande présentée au cabinet du Premier ministre. La suite donnée n’est pas indiquée par les pages.",
        noteEn: "The demand is put to the Prime Minister’s office. The pages do not say what came of it.",
        milestone: true,
      },
    ],
  },
  {
    key: "politique-francaise-traite",
    titleFr: "Une politique française de lutte contre la traite des êtres humains et les formes contemporaines d’esclavage",
    titleEn: "A French policy against trafficking in human beings and contemporary forms of slavery",
    visibility: "PUBLIC",
    themes: ["plan-action-national"],
    // The pages do not say to whom the letters of 9 April 2018 went, so no target is guessed.
    targets: [],
    history: [
      {
        status: "RAISED",
        date: "2018-04-09",
        letter: "2018-04-09-inquietude",
        noteFr: "Courriers exprimant l’inquiétude sévère de la société civile sur l’absence de politique française en la matière.",
        noteEn: "Letters expressing civil society’s grave concern at the absence of a French policy on the matter.",
        milestone: true,
      },
    ],
  },
] as const satisfies readonly DemandSeed[];

export type DemandKey = (typeof demands)[number]["key"];

export type CommitmentSeed = {
  demand: DemandKey;
  descriptionFr: string;
  descriptionEn: string;
  promisedBy: OfficialKey;
  promisedByPosition: PositionKey;
  promisedOn: string;
  meeting: MeetingKey;
  dueOn: string;
  keptOn?: string;
  status: CommitmentStatus;
  note: string;
  visibility: Visibility;
};

export const commitments: readonly CommitmentSeed[] = [
  {
    demand: "instruction-prefets",
    descriptionFr: "Diffuser avant fin 2014 l’instruction aux préfets sur l’admission au séjour des victimes de la traite.",
    descriptionEn: "Issue the instruction to prefects on residence permits for victims of trafficking before the end of 2014.",
    promisedBy: "raphael-sodini",
    promisedByPosition: "sodini-interieur",
    promisedOn: "2014-09-23",
    meeting: "2014-09-23-interieur",
    dueOn: "2014-12-31",
    keptOn: "2015-05-19",
    status: "KEPT",
    note: "Tenu avec retard : annoncée pour fin 2014, l’instruction n° NOR INTV1501995N est datée du 19 mai 2015, après la lettre de rappel du 21 avril 2015.",
    visibility: "PUBLIC",
  },
];

// The Collective's meetings from October 2013 to May 2018, as the pages tell them. Times are Paris
// wall-clock times; where the pages give none, the meeting is put at 00:00 Paris time on its day.
// Reports quote or translate the pages; the titles of the documents the pages list are kept in the
// report, since files themselves are not seeded.
import type { MeetingKind, MeetingStatus, ReportStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { CampaignKey } from "./campaigns";
import type { DemandKey } from "./demands";
import type { InstitutionKey } from "./institutions";
import type { LetterKey } from "./letters";
import type { OrganisationKey } from "./organisations";
import type { PersonKey, PositionKey } from "./people";
import { PLENARY_2014_09_29_AGENDA, PLENARY_2014_09_29_REPORT } from "./reports/plenary-2014-09-29";

export type MeetingSeed = {
  key: string;
  titleFr: string;
  titleEn?: string;
  date: string;
  time?: string;
  endTime?: string;
  place?: string;
  kind: MeetingKind;
  status: MeetingStatus;
  visibility: Visibility;
  agenda?: string;
  report?: string;
  reportStatus?: ReportStatus;
  reportValidatedAt?: string; // key of the meeting that validated the report
  summaryFr?: string;
  summaryEn?: string;
  confidentialNotes?: string;
  followsLetter?: LetterKey;
  followsMeeting?: string;
  campaign?: CampaignKey;
  publishedOn?: string;
  institutions: readonly InstitutionKey[];
  officials: readonly PositionKey[];
  delegation: readonly OrganisationKey[];
  delegates: readonly PersonKey[];
  demands: readonly { demand: DemandKey; note: string }[];
};

const INTERIOR_DELEGATION = ["secours-catholique", "ccem", "hors-la-rue", "oicem", "afj", "amicale-du-nid"] as const;
const SECOURS_CATHOLIQUE_HQ = "Secours Catholique, 106 rue du Bac, Paris";

export const meetings = [
  {
    key: "2013-10-18-droits-des-femmes",
    titleFr: "Rencontre sur le plan d’action national au cabinet de la ministre des Droits des femmes",
    titleEn: "Meeting on the national action plan at the office of the Minister of Women’s Rights",
    date: "2013-10-18",
    place: "Cabinet de la ministre des Droits des femmes, Paris",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    publishedOn: "2013-11-22",
    institutions: ["droits-des-femmes", "miprof"],
    officials: [],
    delegation: [],
    delegates: [],
    agenda: "Préparation du plan d’action national de lutte contre la traite des êtres humains.",
    report: `Rencontre organisée par le cabinet de la ministre des Droits des femmes le 18 octobre 2013, Journée européenne de lutte contre la traite des êtres humains, entre les associations, dont celles du Collectif, les membres du cabinet et les responsables de la MIPROF. La ministre n’a pas pu se joindre à la rencontre.

- À l’issue de la réunion, les associations du Collectif demandent qu’un calendrier précis fixe dans le temps les prochaines étapes de l’élaboration et de la mise en œuvre du plan d’action national.
- Les membres du cabinet annoncent que la prochaine réunion aura lieu dans le mois suivant.

Documents joints à la lettre du 22 novembre 2013 :
- « Compte-rendu de la réunion du 18 octobre 2013 de préparation du plan d’action national de lutte contre la traite des êtres humains au cabinet de la ministre des droits des femmes »
- Synthèse de la rencontre, résumant les points prioritaires des associations membres du Collectif pour les mesures du plan`,
    reportStatus: "DRAFT",
    summaryFr:
      "Le 18 octobre 2013, Journée européenne de lutte contre la traite, les associations du Collectif ont rencontré les membres du cabinet de la ministre des Droits des femmes et les responsables de la MIPROF pour préparer le plan d’action national. Elles ont demandé un calendrier précis.",
    summaryEn:
      "On 18 October 2013, European Anti-Trafficking Day, the Collective’s associations met members of the Minister of Women’s Rights’ office and the heads of MIPROF to prepare the national action plan. They asked for a precise timetable.",
    demands: [
      { demand: "calendrier-plan", note: "Demandé à l’issue de la réunion ; le cabinet annonce une prochaine réunion dans le mois." },
    ],
  },
  {
    key: "2014-01-27-preparation",
    titleFr: "Réunion informelle de préparation au ministère des Droits des femmes",
    titleEn: "Informal preparatory meeting at the Ministry of Women’s Rights",
    date: "2014-01-27",
    place: "Ministère des Droits des femmes, Paris",
    kind: "PREPARATORY",
    status: "HELD",
    // Informal and preparatory: kept to the coordination.
    visibility: "COORDINATION",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2013-11-22-vallaud-belkacem",
    institutions: ["droits-des-femmes"],
    officials: [],
    delegation: [],
    delegates: [],
    agenda: "Préparer la rencontre du 3 février 2014 avec la ministre des Droits des femmes.",
    demands: [],
  },
  {
    key: "2014-01-31-collectif",
    titleFr: "Réunion du Collectif : analyse du projet de plan d’action national",
    titleEn: "Meeting of the Collective: analysis of the draft national action plan",
    date: "2014-01-31",
    place: SECOURS_CATHOLIQUE_HQ,
    kind: "PLENARY",
    status: "HELD",
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    institutions: [],
    officials: [],
    delegation: ["secours-catholique"],
    delegates: [],
    agenda:
      "Analyse du plan d’action national tel qu’il a été présenté aux associations le jeudi 30 janvier 2014 après-midi ; préparation de la rencontre du 3 février 2014 avec la ministre des Droits des femmes.",
    report:
      "Les associations présentes au siège du Secours Catholique analysent le projet de plan présenté le 30 janvier 2014. Elles regrettent que des éléments importants de la version précédente aient été retirés ou modifiés.",
    reportStatus: "DRAFT",
    demands: [],
  },
  {
    key: "2014-02-03-vallaud-belkacem",
    titleFr: "Rencontre avec Mme Najat Vallaud-Belkacem, ministre des Droits des femmes",
    titleEn: "Meeting with Ms Najat Vallaud-Belkacem, Minister of Women’s Rights",
    date: "2014-02-03",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2013-11-22-vallaud-belkacem",
    publishedOn: "2014-02-17",
    institutions: ["droits-des-femmes"],
    officials: ["vallaud-belkacem-droits-des-femmes"],
    delegation: [],
    delegates: [],
    agenda: "Les demandes et exigences du Collectif avant l’adoption du plan d’action national contre la traite des êtres humains 2014-2016.",
    report: `## Objet de la rencontre

La rencontre du lundi 3 février 2014, en présence de Mme Najat Vallaud-Belkacem, ministre des Droits des femmes et représentante du gouvernement, a été préparée par la réunion informelle du lundi 27 janvier 2014 au ministère des Droits des femmes. Elle visait à identifier les demandes et exigences du Collectif avant l’adoption du plan d’action national contre la traite des êtres humains 2014-2016. La ministre a annoncé que le plan serait revu avant d’être présenté ; sa présentation est attendue en avril 2014.

Les associations et la ministre ont examiné toutes les possibilités du plan tel qu’il leur avait été présenté le jeudi 30 janvier 2014 après-midi. Les associations l’avaient analysé au siège du Secours Catholique lors de la réunion du Collectif du vendredi 31 janvier 2014. Elles ont regretté que des éléments importants de la version précédente aient été retirés ou modifiés.

## Documents

- « Préparation de la rencontre avec Mme Najat Vallaud-Belkacem » (PDF - 496.2 kb)
- « Synthèse de la rencontre avec Mme Vallaud-Belkacem » (PDF - 319 kb)`,
    reportStatus: "VALIDATED",
    reportValidatedAt: "2014-02-17-collectif",
    summaryFr:
      "Le Collectif a rencontré la ministre des Droits des femmes pour faire valoir ses demandes avant l’adoption du plan d’action national 2014-2016. La ministre a annoncé que le plan serait revu avant d’être présenté, en avril 2014. Compte-rendu validé à la réunion du Collectif du 17 février 2014.",
    summaryEn:
      "The Collective met the Minister of Women’s Rights to put its demands before the 2014-2016 national action plan was adopted. The minister announced that the plan would be reviewed before being presented, in April 2014. Report validated at the Collective’s meeting of 17 February 2014.",
    confidentialNotes: "Vérifier dans la version adoptée du plan ce que sont devenus les éléments retirés.",
    demands: [
      { demand: "calendrier-plan", note: "La ministre annonce que le plan sera revu avant d’être présenté ; présentation attendue en avril 2014." },
      { demand: "elements-retires-du-plan", note: "Les associations regrettent le retrait ou la modification d’éléments importants de la version précédente." },
    ],
  },
  {
    key: "2014-02-17-collectif",
    titleFr: "Réunion du Collectif",
    titleEn: "Meeting of the Collective",
    date: "2014-02-17",
    kind: "PLENARY",
    status: "HELD",
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    institutions: [],
    officials: [],
    delegation: [],
    delegates: [],
    agenda: "Validation du compte-rendu de la rencontre du 3 février 2014 avec la ministre des Droits des femmes.",
    demands: [],
  },
  {
    key: "2014-06-05-education",
    titleFr: "Rencontre au cabinet du ministre de l’Éducation nationale, de l’Enseignement supérieur et de la Recherche",
    titleEn: "Meeting at the office of the Minister of National Education, Higher Education and Research",
    date: "2014-06-05",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2014-hamon",
    publishedOn: "2014-07-10",
    institutions: ["education"],
    officials: ["guerry-education", "kergroach-education"],
    delegation: [],
    delegates: [],
    agenda: "Veiller à une application effective du plan d’action national adopté le 14 mai 2014 ; développer des synergies entre associations et ministère.",
    report: `Les associations membres du Collectif ont rencontré M. Romain Guerry, conseiller en charge de la santé, du sport, du handicap et de la lutte contre les inégalités au cabinet de M. Benoît Hamon, ainsi que Mme Aida Kergroach, du bureau de M. Guerry.

Le Collectif a insisté notamment sur :
- le développement d’outils et de formations pour que les professionnels de l’éducation identifient mieux les victimes de traite ;
- la sensibilisation au sein de l’Éducation nationale, en lien avec la société civile, et l’importance de moyens et de formations adéquats pour sensibiliser aussi les enfants ;
- l’accès des enfants victimes de traite à l’éducation et à la formation.

Document : « Compte rendu de la rencontre avec Romain Guerry, Benoit Hamon, Aida Kergroach ».`,
    reportStatus: "DRAFT",
    summaryFr:
      "Le Collectif a rencontré M. Romain Guerry, conseiller du ministre de l’Éducation nationale, et Mme Aida Kergroach. Il a insisté sur la formation des professionnels de l’éducation pour identifier les victimes, la sensibilisation en lien avec la société civile et l’accès des enfants victimes à l’éducation.",
    summaryEn:
      "The Collective met Mr Romain Guerry, adviser to the Minister of National Education, and Ms Aida Kergroach. It insisted on training education professionals to identify victims, on awareness-raising with civil society, and on child victims’ access to education.",
    demands: [
      { demand: "outils-formation-education", note: "Point sur lequel le Collectif a insisté." },
      { demand: "sensibilisation-education", note: "Point sur lequel le Collectif a insisté." },
      { demand: "acces-education-enfants-victimes", note: "Point sur lequel le Collectif a insisté." },
      { demand: "cooperation-societe-civile", note: "Développer des synergies entre associations et ministère." },
    ],
  },
  {
    key: "2014-06-05-affaires-sociales",
    titleFr: "Rencontre aux cabinets de la ministre des Affaires sociales et de la Santé et de la secrétaire d’État chargée de la Lutte contre l’exclusion",
    titleEn: "Meeting at the offices of the Minister for Social Affairs and Health and of the Secretary of State for Combatting Exclusion",
    date: "2014-06-05",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2014-touraine",
    publishedOn: "2014-07-10",
    institutions: ["affaires-sociales-sante", "personnes-handicapees-exclusion"],
    officials: ["marmier-affaires-sociales", "thepot-exclusion"],
    delegation: [],
    delegates: [],
    agenda: "Veiller à une application effective du plan d’action national adopté le 14 mai 2014.",
    report: `Les membres du Collectif présents ont échangé avec Mme Mathilde Marmier, conseillère éthique et démocratie sanitaire de Mme Marisol Touraine, ministre des Affaires sociales et de la Santé, et avec Mme Marie-Automne Thépot, conseillère lutte contre l’exclusion de Mme Ségolène Neuville, secrétaire d’État chargée des Personnes handicapées et de la Lutte contre l’exclusion.

Le Collectif a souligné en particulier :
- que les victimes de traite bénéficient d’un hébergement adapté ;
- que les professionnels, travailleurs sociaux, soient formés en la matière ;
- que l’accès aux soins et aux prestations sociales soit garanti ;
- qu’une attention particulière soit portée aux mineurs ;
- que la santé mentale des victimes soit au cœur du processus de réhabilitation ;
- que les associations reçoivent un financement adéquat pour mener leur travail.

Il a aussi souligné l’importance de la coopération entre institutions publiques et société civile, aux niveaux local, régional, national et international.`,
    reportStatus: "DRAFT",
    summaryFr:
      "Le Collectif a rencontré Mme Mathilde Marmier, conseillère de Mme Touraine, et Mme Marie-Automne Thépot, conseillère de Mme Neuville. Il a demandé un hébergement adapté pour les victimes, la formation des travailleurs sociaux, l’accès aux soins et aux prestations sociales, une attention particulière aux mineurs, la prise en compte de la santé mentale et un financement adéquat des associations.",
    summaryEn:
      "The Collective met Ms Mathilde Marmier, adviser to Ms Touraine, and Ms Marie-Automne Thépot, adviser to Ms Neuville. It asked for adequate accommodation for victims, training of social workers, access to healthcare and social welfare, a specific focus on minors, attention to mental health and adequate funding for associations.",
    demands: [
      { demand: "hebergement-adapte", note: "Souligné en particulier." },
      { demand: "formation-travailleurs-sociaux", note: "Souligné en particulier." },
      { demand: "acces-soins-prestations", note: "Souligné en particulier." },
      { demand: "attention-mineurs", note: "Souligné en particulier." },
      { demand: "sante-mentale", note: "Souligné en particulier." },
      { demand: "financement-associations", note: "Souligné en particulier." },
      { demand: "cooperation-societe-civile", note: "Le Collectif souligne l’importance de la coopération à tous les niveaux." },
    ],
  },
  {
    key: "2014-06-24-premier-ministre",
    titleFr: "Rencontre avec Mme Hélène Cazaux-Charles, conseillère Justice du Premier ministre",
    titleEn: "Meeting with Ms Hélène Cazaux-Charles, Adviser on Justice to the Prime Minister",
    date: "2014-06-24",
    time: "09:30",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2014-premier-ministre",
    publishedOn: "2014-07-10",
    institutions: ["premier-ministre"],
    officials: ["cazaux-charles-premier-ministre"],
    delegation: [],
    delegates: [],
    agenda: "Suite du lancement, le 14 mai 2014, du plan d’action national contre la traite des êtres humains 2014-2016.",
    report: `Suite à la lettre envoyée au Premier ministre (en attente du lancement du plan), les associations membres du Collectif ont rencontré Mme Hélène Cazaux-Charles, conseillère Justice du Premier ministre Manuel Valls.

Document : « Compte rendu de la rencontre avec Madame Hélène Cazaux-Charles ».`,
    reportStatus: "DRAFT",
    summaryFr:
      "Après le lancement du plan d’action national 2014-2016 le 14 mai 2014, le Collectif, réseau de 23 associations coordonné par le Secours Catholique, a rencontré Mme Hélène Cazaux-Charles, conseillère Justice du Premier ministre Manuel Valls.",
    summaryEn:
      "Further to the launch of the 2014-2016 national action plan on 14 May 2014, the Collective, a network of 23 organisations coordinated by Secours Catholique, met Ms Hélène Cazaux-Charles, Adviser on Justice to Prime Minister Manuel Valls.",
    demands: [],
  },
  {
    key: "2014-09-11-justice",
    titleFr: "Rencontre avec Mme Claire d’Urso, conseillère au cabinet de la ministre de la Justice",
    titleEn: "Meeting with Ms Claire d’Urso, adviser in the office of the Minister of Justice",
    date: "2014-09-11",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    publishedOn: "2014-09-11",
    institutions: ["justice"],
    officials: ["durso-justice"],
    delegation: [],
    delegates: [],
    report: `Une délégation du Collectif a rencontré Mme Claire d’Urso, conseillère législation pénale et aide aux victimes au cabinet de Mme Christiane Taubira, ministre de la Justice. Le Collectif a attiré l’attention de la ministre et de son cabinet sur les difficultés constatées par ses membres dans l’accompagnement des victimes de traite des êtres humains.

Documents :
- « Compte rendu de la rencontre avec le cabinet de Madame Taubira »
- Document de constats et propositions (annexe 2 du compte-rendu de la réunion du Collectif du 29 septembre 2014)`,
    reportStatus: "DRAFT",
    summaryFr:
      "Le Collectif a rencontré Claire d’Urso, conseillère législation pénale et aide aux victimes au cabinet de Christiane Taubira, ministre de la Justice, et a attiré son attention sur les difficultés constatées dans l’accompagnement des victimes de traite.",
    summaryEn:
      "The Collective met Claire d’Urso, adviser on criminal legislation and victim support to Christiane Taubira, Minister of Justice, and drew her attention to the difficulties its members observe in supporting victims of trafficking.",
    demands: [
      { demand: "accompagnement-victimes", note: "Difficultés constatées par les membres dans l’accompagnement des victimes ; constats et propositions remis." },
    ],
  },
  {
    // Scenario 1.
    key: "2014-09-23-interieur",
    titleFr: "Rencontre avec M. Bernard Cazeneuve, ministre de l’Intérieur",
    titleEn: "Meeting with Mr Bernard Cazeneuve, Minister of the Interior",
    date: "2014-09-23",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2014-09-cazeneuve",
    publishedOn: "2014-09-23",
    institutions: ["interieur"],
    officials: [
      "cazeneuve-interieur",
      "molina-interieur",
      "sodini-interieur",
      "xavier-rolai-interieur",
      "mainsard-interieur",
      "derepas-interieur",
    ],
    delegation: INTERIOR_DELEGATION,
    delegates: [],
    report: `Le Collectif a rencontré M. Bernard Cazeneuve, ministre de l’Intérieur, et Pierre-Antoine Molina, directeur adjoint du cabinet ; Raphaël Sodini, conseiller immigration et asile (correspondant traite) ; Jean-Julien Xavier-Rolai, conseiller juridique ; François Mainsard, conseiller police ; Luc Derepas, directeur général des étrangers en France.

Délégation du Collectif : Secours Catholique, CCEM, Hors la Rue, OICEM, AFJ, Amicale du Nid.

- Le Collectif a attiré l’attention du ministre sur de graves dysfonctionnements constatés par ses membres dans l’accompagnement des victimes de traite des êtres humains, quelle qu’en soit la finalité, et a présenté ses propositions pour lutter efficacement contre la traite.
- Le Collectif a demandé la parution d’une instruction aux préfets ; le ministère s’est engagé à la diffuser avant fin 2014.
- Une rencontre avec les conseillers du ministre est prévue le jeudi 23 octobre 2014 pour illustrer et approfondir les points abordés, en particulier la traite des mineurs.
- Raphaël Sodini est le référent traite des êtres humains au ministère de l’Intérieur.

Documents :
- Lettre à M. Bernard Cazeneuve, ministre de l’Intérieur
- Compte-rendu de la rencontre
- « Constats et recommandations au Ministre de l’Intérieur » (annexe 3 du compte-rendu du 29 septembre 2014)
- « Réponse du Collectif sur le plan national d’action contre la traite des êtres humains »
- « Recommandations du Collectif sur le plan d’action national »`,
    reportStatus: "DRAFT",
    summaryFr:
      "Le Collectif a rencontré Bernard Cazeneuve, ministre de l’Intérieur, et cinq membres de son cabinet et de son ministère. Il a attiré l’attention du ministre sur de graves dysfonctionnements dans l’accompagnement des victimes de traite, quelle qu’en soit la finalité, et a présenté ses propositions pour lutter efficacement contre la traite.",
    summaryEn:
      "The Collective met Bernard Cazeneuve, Minister of the Interior, and five members of his office and ministry. It drew the minister’s attention to serious failings in the support of victims of trafficking, whatever the form of exploitation, and presented its proposals for fighting trafficking effectively.",
    confidentialNotes: "Raphaël Sodini est l’interlocuteur pour le suivi ; préparer des exemples concrets pour la rencontre du 23 octobre.",
    demands: [
      { demand: "instruction-prefets", note: "Demandée par le Collectif ; le ministère s’engage à diffuser le texte avant fin 2014." },
      { demand: "accompagnement-victimes", note: "Graves dysfonctionnements présentés au ministre, avec les propositions du Collectif." },
      { demand: "attention-mineurs", note: "Question à approfondir avec les conseillers du ministre le 23 octobre 2014." },
    ],
  },
  {
    // Scenario 3.
    key: "2014-09-29-pleniere",
    titleFr: "Réunion plénière du Collectif",
    titleEn: "Plenary meeting of the Collective",
    date: "2014-09-29",
    kind: "PLENARY",
    status: "HELD",
    visibility: "MEMBERS",
    institutions: [],
    officials: [],
    delegation: [
      "secours-catholique",
      "acpe",
      "cofrade",
      "ccem",
      "ecpat-france",
      "hors-la-rue",
      "oicem",
      "mouvement-du-nid",
      "planete-enfants",
      "bon-pasteur",
      "champs-de-booz",
      "sos-esclaves",
    ],
    delegates: [
      "genevieve-colas",
      "constance-mazard",
      "raffaella-tatangelo",
      "benedicte-bourgeois",
      "alice-tallon",
      "benedicte-cabrol",
      "andrea-couzy",
      "pierre-albert",
      "stephanie-selle",
      "lea-benassem",
      "marie-helene-halligon",
      "annick-fougeroux",
      "marie-hienfray",
    ],
    agenda: PLENARY_2014_09_29_AGENDA,
    report: PLENARY_2014_09_29_REPORT,
    reportStatus: "DRAFT",
    demands: [
      { demand: "moyens-miprof", note: "Le Collectif invitera la secrétaire générale de la MIPROF et le coordonnateur national dans la seconde quinzaine de novembre." },
      { demand: "attention-mineurs", note: "Traite des mineurs et suivi de la Convention des droits de l’enfant ; sujet repris le 7 novembre 2014." },
    ],
  },
  {
    key: "2014-10-01-cfdt",
    titleFr: "Rencontre avec la CFDT",
    titleEn: "Meeting with the CFDT union",
    date: "2014-10-01",
    kind: "UNION_OR_PARTNER",
    status: "HELD",
    visibility: "MEMBERS",
    institutions: ["cfdt"],
    officials: ["malys-cfdt", "kagan-cfdt"],
    delegation: ["secours-catholique"],
    delegates: ["genevieve-colas", "sylvie-ody", "ella-adler"],
    agenda: "Collaboration du Collectif avec les syndicats dans la lutte contre la traite des êtres humains.",
    demands: [],
  },
  {
    key: "2014-10-23-interieur-suivi",
    titleFr: "Rencontre de suivi avec les conseillers du ministre de l’Intérieur",
    titleEn: "Follow-up meeting with the Minister of the Interior’s advisers",
    date: "2014-10-23",
    time: "16:00",
    place: "Ministère de l’Intérieur, place Beauvau, Paris",
    kind: "GOVERNMENT",
    // Planned in the report of 29 September 2014; the pages do not say whether it took place.
    status: "PLANNED",
    visibility: "MEMBERS",
    campaign: "plan-action-national-2014-2016",
    followsMeeting: "2014-09-23-interieur",
    institutions: ["interieur"],
    officials: ["sodini-interieur", "xavier-rolai-interieur", "derepas-interieur"],
    delegation: INTERIOR_DELEGATION,
    delegates: [],
    agenda: `Approfondir et illustrer les points présentés lors de la rencontre avec le ministre le 23 septembre 2014, en particulier la question des mineurs.

Côté ministère : Raphaël Sodini, conseiller immigration et asile (correspondant traite) ; Jean-Julien Xavier-Rolai, conseiller juridique ; François Mainsard ou un collaborateur du conseiller police ; Luc Derepas, directeur général des étrangers en France.`,
    demands: [
      { demand: "attention-mineurs", note: "Question des mineurs à illustrer et approfondir." },
      { demand: "accompagnement-victimes", note: "Illustrer les dysfonctionnements présentés au ministre." },
    ],
  },
  {
    key: "2014-11-07-pleniere",
    titleFr: "Réunion plénière du Collectif",
    titleEn: "Plenary meeting of the Collective",
    date: "2014-11-07",
    time: "10:00",
    endTime: "12:30",
    place: "Secours Catholique, 106 rue du Bac, 75341 Paris cedex 07, salle 3002",
    kind: "PLENARY",
    // Announced on 29 September 2014; the pages do not say how it went.
    status: "PLANNED",
    visibility: "MEMBERS",
    institutions: [],
    officials: [],
    delegation: [],
    delegates: [],
    agenda: `- La traite des mineurs en France (suite de la réunion du 29 septembre 2014).
- Compte-rendu de la conférence nationale du Réseau européen des migrations sur l’identification et l’orientation des victimes, par ceux qui y ont participé.`,
    demands: [{ demand: "attention-mineurs", note: "Sujet repris à cette réunion." }],
  },
  {
    key: "2015-01-20-cfdt",
    titleFr: "Rencontre d’une délégation du Collectif avec la CFDT",
    titleEn: "Meeting of a delegation of the Collective with the CFDT union",
    date: "2015-01-20",
    time: "10:00",
    place: "CFDT, 4 boulevard de la Villette, 75019 Paris",
    kind: "UNION_OR_PARTNER",
    // Announced on 29 September 2014; the pages do not say whether it took place.
    status: "PLANNED",
    visibility: "MEMBERS",
    institutions: ["cfdt"],
    officials: ["malys-cfdt", "kagan-cfdt"],
    delegation: [],
    delegates: [],
    agenda: "Lutte contre la traite des êtres humains, avec Jean-Louis Malys (secrétaire national) et Yvan Kagan (secrétaire confédéral, Service Économie et Société).",
    demands: [],
  },
  {
    // Scenario 2: the instruction to prefects discussed after its publication.
    key: "2015-07-22-interieur",
    titleFr: "Rencontre avec MM. François Mainsard et Raphaël Sodini au cabinet du ministre de l’Intérieur",
    titleEn: "Meeting with Mr François Mainsard and Mr Raphaël Sodini at the office of the Minister of the Interior",
    date: "2015-07-22",
    place: "Ministère de l’Intérieur, place Beauvau, Paris",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "plan-action-national-2014-2016",
    followsLetter: "2015-04-21-rappel-cazeneuve",
    followsMeeting: "2014-09-23-interieur",
    publishedOn: "2015-07-22",
    institutions: ["interieur"],
    officials: ["mainsard-interieur", "sodini-interieur"],
    delegation: [],
    delegates: [],
    agenda:
      "L’instruction du ministère de l’Intérieur du 19 mai 2015 sur les conditions d’admission au séjour de ressortissants étrangers victimes de la traite des êtres humains ou de proxénétisme.",
    report: `Rencontre avec M. François Mainsard, conseiller police, et M. Raphaël Sodini, conseiller immigration et asile, au cabinet de M. Bernard Cazeneuve, ministre de l’Intérieur, à propos de l’instruction du 19 mai 2015.

La rencontre fait suite à la publication de la circulaire « instruction n° NOR INTV1501995N », d’abord annoncée pour fin 2014 et datée finalement du 19 mai 2015, et à la lettre de rappel du Collectif au ministre d’avril 2015. Le Collectif interroge M. Sodini sur ce retard.

Document : « Compte-rendu de la deuxième réunion avec le ministère de l’intérieur ».`,
    reportStatus: "DRAFT",
    summaryFr:
      "Rencontre au ministère de l’Intérieur avec François Mainsard, conseiller police, et Raphaël Sodini, conseiller immigration et asile, à propos de l’instruction du 19 mai 2015 sur l’admission au séjour des victimes de la traite ou du proxénétisme, annoncée pour fin 2014. Le Collectif a questionné le cabinet sur ce retard.",
    summaryEn:
      "Meeting at the Ministry of the Interior with François Mainsard, police adviser, and Raphaël Sodini, adviser on immigration and asylum, about the instruction of 19 May 2015 on residence for victims of trafficking or procuring, first announced for the end of 2014. The Collective asked the minister’s office about the delay.",
    confidentialNotes: "Suivre l’application de l’instruction du 19 mai 2015 dans les préfectures.",
    demands: [
      { demand: "instruction-prefets", note: "Le Collectif interroge M. Sodini sur le retard : annoncée pour fin 2014, l’instruction est datée du 19 mai 2015." },
    ],
  },
  {
    key: "2017-03-21-premier-ministre",
    titleFr: "Rencontre au cabinet du Premier ministre : faire de la lutte contre la traite une Grande cause nationale",
    // No English version on the pages: left untranslated on purpose.
    date: "2017-03-21",
    kind: "GOVERNMENT",
    status: "HELD",
    visibility: "PUBLIC",
    campaign: "grande-cause-nationale",
    followsLetter: "2016-12-grande-cause",
    publishedOn: "2017-03-21",
    institutions: ["premier-ministre"],
    officials: [],
    delegation: [],
    delegates: [],
    agenda: "Faire de la lutte contre la traite une Grande cause nationale.",
    report: "Rencontre au cabinet du Premier ministre. Les pages ne nomment pas les personnes rencontrées. Document : compte-rendu (PDF).",
    reportStatus: "DRAFT",
    summaryFr:
      "Le 21 mars 2017, le Collectif a été reçu au cabinet du Premier ministre pour demander que la lutte contre la traite des êtres humains soit déclarée Grande cause nationale.",
    demands: [{ demand: "grande-cause-nationale", note: "Demande présentée au cabinet du Premier ministre." }],
  },
  {
    key: "2018-05-14-pleniere",
    titleFr: "Réunion du Collectif",
    titleEn: "Meeting of the Collective",
    date: "2018-05-14",
    kind: "PLENARY",
    // Announced as the Collective's next meetings on its public pages.
    status: "PLANNED",
    visibility: "PUBLIC",
    publishedOn: "2018-05-10",
    institutions: [],
    officials: [],
    delegation: [],
    delegates: [],
    summaryFr: "Prochaines réunions du Collectif : lundi 14 mai 2018 et mardi 15 mai 2018.",
    summaryEn: "Next meetings of the Collective: Monday, May 14, 2018 and Tuesday, May 15, 2018.",
    demands: [],
  },
  {
    key: "2018-05-15-pleniere",
    titleFr: "Réunion du Collectif",
    titleEn: "Meeting of the Collective",
    date: "2018-05-15",
    kind: "PLENARY",
    status: "PLANNED",
    visibility: "PUBLIC",
    publishedOn: "2018-05-10",
    institutions: [],
    officials: [],
    delegation: [],
    delegates: [],
    summaryFr: "Prochaines réunions du Collectif : lundi 14 mai 2018 et mardi 15 mai 2018.",
    summaryEn: "Next meetings of the Collective: Monday, May 14, 2018 and Tuesday, May 15, 2018.",
    demands: [],
  },
] as const satisfies readonly MeetingSeed[];

export type MeetingKey = (typeof meetings)[number]["key"];

// Follow-up actions ("à suivre") decided at the plenary of 29 September 2014. The pages do not say
// when each was done: most are marked done as history, without a completion date; OICEM's stay
// open so that its staff (the member demo account) can close them (scenario 5).
import type { ActionStatus, Visibility } from "@/lib/generated/prisma/enums";
import type { DemoAccountKey } from "./accounts";
import type { MeetingKey } from "./meetings";
import { organisations, SOS_ESCLAVES_VOTE_DUE, type OrganisationKey } from "./organisations";

export type ActionSeed = {
  title: string;
  description?: string;
  meeting: MeetingKey;
  assigneeOrganisation?: OrganisationKey;
  assigneeUser?: DemoAccountKey;
  dueOn?: string;
  status: ActionStatus;
  visibility?: Visibility;
};

const PLENARY = "2014-09-29-pleniere";
const BEFORE_NEXT_PLENARY = "2014-11-07";

// OICEM's actions stay open, and are also assigned to the member demo account who works there.
function forOrganisation(organisation: OrganisationKey): Pick<ActionSeed, "assigneeOrganisation" | "assigneeUser" | "status"> {
  return organisation === "oicem"
    ? { assigneeOrganisation: organisation, assigneeUser: "member", status: "OPEN" }
    : { assigneeOrganisation: organisation, status: "DONE" };
}

const memberOrganisations = organisations.filter((organisation) => organisation.status === "MEMBER").map((o) => o.key);

/** One per member association: what the new website needs from each (scenario 3). */
const websiteInformation: ActionSeed[] = memberOrganisations.map((organisation) => ({
  title: "Transmettre le contact public, le rapport d’activité 2013 et la présentation du réseau international ; vérifier le lien vers son site (FR et EN)",
  description:
    "Pour la rubrique « Nos membres » du site : envoyer à contre.la.traite@secours-catholique.org le contact public de l’association (prénom, nom, adresse électronique, numéro de téléphone), son rapport d’activité 2013, la présentation et le site web du réseau international auquel elle est liée. Vérifier que la redirection vers le site de l’association fonctionne dans la version française comme dans la version anglaise. À faire avant la réunion plénière du 7 novembre 2014.",
  meeting: PLENARY,
  dueOn: BEFORE_NEXT_PLENARY,
  ...forOrganisation(organisation),
}));

/** The delegation that met the minister prepares the follow-up meeting with his advisers. */
const interiorFollowUp: ActionSeed[] = (["secours-catholique", "ccem", "hors-la-rue", "oicem", "afj", "amicale-du-nid"] as const).map(
  (organisation) => ({
    title: "Préparer des exemples pour illustrer et approfondir, au ministère de l’Intérieur, les points présentés au ministre, en particulier la traite des mineurs",
    description: "Pour la rencontre du jeudi 23 octobre 2014 à 16 h avec les conseillers du ministre, place Beauvau (même délégation que le 23 septembre).",
    meeting: PLENARY,
    dueOn: "2014-10-23",
    ...forOrganisation(organisation),
  }),
);

const others: ActionSeed[] = [
  {
    title: "Diffuser le communiqué de lancement du site auprès de ses interlocuteurs et l’intégrer sur son site",
    description: "Chaque association adapte à son organisation le communiqué proposé (annexe 1 du compte-rendu) pour faire connaître le site et l’action du Collectif.",
    meeting: PLENARY,
    status: "DONE",
  },
  {
    title: "Relire la version anglaise du site et transmettre les traductions en anglais des textes soumis",
    description: "Chacun, chaque fois que possible.",
    meeting: PLENARY,
    status: "IN_PROGRESS",
  },
  {
    title: "Transmettre le document de la déclaration des Balkans (FR et EN) avec un petit résumé et un lien, pour proposer de la signer sur le site",
    description: "Bénédicte Bourgeois (CCEM).",
    meeting: PLENARY,
    assigneeOrganisation: "ccem",
    status: "DONE",
  },
  {
    title: "Désigner un point de contact de l’association auprès du Collectif",
    meeting: PLENARY,
    assigneeOrganisation: "sos-esclaves",
    status: "DONE",
  },
  {
    title: "Transmettre le rapport d’activité 2013 dans un format diffusable, en mettant en avant les activités contre la traite",
    description: "Sous format informatique, pour qu’il puisse apparaître sur le site du Collectif.",
    meeting: PLENARY,
    assigneeOrganisation: "sos-esclaves",
    status: "DONE",
  },
  {
    title: "Demander un rendez-vous à Marisol Touraine, ministre des Affaires sociales, de tutelle de la MIPROF",
    description: "Lui demander quelle prise en charge de la traite par son ministère, la traite étant par le passé reliée au ministère des Droits des femmes.",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    status: "DONE",
  },
  {
    title: "Prévoir une démarche auprès du ministère des Affaires étrangères",
    description: "La traite des êtres humains ne peut être combattue qu’à un niveau transnational.",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    status: "DONE",
  },
  {
    title: "Prévoir une démarche auprès du ministère de l’Emploi",
    description: "Pour toutes les formes d’exploitation autour du travail.",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    status: "DONE",
  },
  {
    title: "Inviter la secrétaire générale de la MIPROF et Éric Panloup, coordonnateur national, à rencontrer le Collectif",
    description: "Dans la seconde quinzaine de novembre 2014, pour savoir où en est la mise en œuvre du plan, ses moyens et ses financements.",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    dueOn: "2014-11-30",
    status: "DONE",
  },
  {
    title: "Préparer un courrier à la CNCDH et prendre rendez-vous début 2015",
    description:
      "La CNCDH est chargée d’évaluer la mise en œuvre du plan (directive 2011/36/UE) : savoir comment elle pense procéder et quelle contribution du Collectif est souhaitable. Rendez-vous « début 2015 ».",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    dueOn: "2015-03-31",
    status: "DONE",
  },
  {
    title: "Rendre compte de la conférence nationale du Réseau européen des migrations sur l’identification et l’orientation des victimes",
    description: "Ceux qui y participent en font le compte-rendu à la réunion du 7 novembre 2014, en particulier pour les mineurs.",
    meeting: PLENARY,
    dueOn: BEFORE_NEXT_PLENARY,
    status: "DONE",
  },
  {
    title: "Transmettre tout document utile sur la traite des mineurs avant la réunion du 7 novembre 2014",
    description: "À contre.la.traite@secours-catholique.org et à la coordinatrice.",
    meeting: PLENARY,
    dueOn: BEFORE_NEXT_PLENARY,
    status: "DONE",
  },
  {
    title: "Faire savoir son intérêt pour des rencontres avec d’autres syndicats",
    meeting: PLENARY,
    status: "DONE",
  },
  {
    title: "Transmettre au Collectif le compte-rendu de la rencontre du 1er octobre 2014 avec la CFDT",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    status: "DONE",
  },
  {
    title: "Présenter clairement le lien avec la traite pour référencer sur le site les actes du colloque du 16 octobre 2014",
    description: "Le programme du colloque sur la prostitution des mineurs ne fait pas explicitement référence à la traite : une petite introduction au moins.",
    meeting: PLENARY,
    assigneeOrganisation: "acpe",
    status: "DONE",
  },
  {
    // The result of the vote is not in the pages: the action stays open rather than invent one.
    title: "Organiser le vote d’admission de SOS Esclaves comme membre du Collectif",
    description: "Un an après le début de sa période d’observation (29 septembre 2014). Le résultat du vote n’est pas indiqué par les pages.",
    meeting: PLENARY,
    assigneeOrganisation: "secours-catholique",
    dueOn: SOS_ESCLAVES_VOTE_DUE,
    status: "OPEN",
    visibility: "COORDINATION",
  },
];

export const actions: readonly ActionSeed[] = [...websiteInformation, ...interiorFollowUp, ...others];

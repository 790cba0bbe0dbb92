// Creating and editing demands (the demand itself and, when it is created, the first step of its history).
const fr = {
  newTitle: "Nouvelle revendication",
  newIntro: "Ce que le Collectif demande, avec le jour où il l'a portée pour la première fois : son historique commence par cette étape.",
  newLink: "Nouvelle revendication",
  raisedHere: "Nouvelle revendication portée ici",
  editTitle: "Modifier la revendication",
  editIntro: "Son historique se corrige étape par étape, depuis la page de la revendication.",
  editLink: "Modifier la revendication",
  create: "Créer la revendication",
  save: "Enregistrer les modifications",
  back: "Retour aux revendications",
  backToDemand: "Retour à la revendication",
  none: "Aucun",
  firstStep: "Première étape : portée",
  firstStepHint: "Sa source (une seule) et une note. Les étapes suivantes s'enregistrent depuis la page de la revendication.",
  fields: {
    titleFr: "Titre (français)",
    titleEn: "Titre (anglais)",
    descriptionFr: "Description (français)",
    descriptionEn: "Description (anglais)",
    raisedOn: "Portée le",
    themes: "Thèmes",
    targets: "Institutions visées",
    campaignId: "Dossier",
    visibility: "Visibilité",
  },
  hints: {
    description: "Texte simple : les retours à la ligne sont conservés.",
    raisedOn: "Le jour où le Collectif l'a portée pour la première fois ; pas un jour à venir.",
    visibility: "Public : sur le site public. Membres : membres et observateurs connectés. Coordination : la coordination seulement.",
  },
  errors: {
    unknownChoice: "Ce choix n'existe plus : rechargez la page.",
    raisedInFuture: "Une revendication ne peut pas avoir été portée un jour à venir.",
  },
};

export type DemandsFormMessages = typeof fr;

const en: DemandsFormMessages = {
  newTitle: "New demand",
  newIntro: "What the Collective asks for, with the day it first raised it: its history starts with that step.",
  newLink: "New demand",
  raisedHere: "New demand raised here",
  editTitle: "Edit the demand",
  editIntro: "Its history is corrected step by step, from the demand's page.",
  editLink: "Edit the demand",
  create: "Create the demand",
  save: "Save changes",
  back: "Back to demands",
  backToDemand: "Back to the demand",
  none: "None",
  firstStep: "First step: raised",
  firstStepHint: "Its source (one only) and a note. The next steps are recorded from the demand's page.",
  fields: {
    titleFr: "Title (French)",
    titleEn: "Title (English)",
    descriptionFr: "Description (French)",
    descriptionEn: "Description (English)",
    raisedOn: "Raised on",
    themes: "Themes",
    targets: "Institutions targeted",
    campaignId: "Campaign",
    visibility: "Visibility",
  },
  hints: {
    description: "Plain text: line breaks are kept.",
    raisedOn: "The day the Collective first raised it; not a day still to come.",
    visibility: "Public: on the public site. Members: signed-in members and observers. Coordination: coordinators only.",
  },
  errors: {
    unknownChoice: "This choice no longer exists: reload the page.",
    raisedInFuture: "A demand cannot have been raised on a day still to come.",
  },
};

export const demandsForm = { fr, en };

// Creating and editing institutions (ministries, offices, bodies), with their successors.
const fr = {
  newTitle: "Nouvelle institution",
  newIntro: "Un ministère, un cabinet, une autorité, un syndicat ou un organisme international que le Collectif rencontre ou à qui il écrit.",
  editTitle: "Modifier « {name} »",
  newLink: "Nouvelle institution",
  editLink: "Modifier l'institution",
  create: "Créer l'institution",
  save: "Enregistrer les modifications",
  back: "Retour aux institutions",
  fields: {
    name: "Nom (français)",
    nameEn: "Nom en anglais",
    acronym: "Sigle",
    kind: "Type",
    address: "Adresse",
    website: "Site web",
    endedOn: "A cessé d'exister le",
    successorId: "Remplacée par",
  },
  hints: {
    website: "Une adresse commençant par https://.",
    endedOn: "Pour un ministère supprimé, renommé ou fusionné par un nouveau gouvernement.",
    successorId: "L'institution qui lui succède quand un ministère est renommé ou fusionné.",
  },
  noSuccessor: "Aucune",
  chooseKind: "Choisir un type…",
  errors: {
    successorSelf: "Une institution ne peut pas se succéder à elle-même.",
    successorCycle: "Ce choix formerait une boucle : cette institution succède déjà, directement ou non, à celle-ci.",
    successorUnknown: "Cette institution n'existe plus ; choisissez-en une autre.",
  },
};

export type InstitutionsFormMessages = typeof fr;

const en: InstitutionsFormMessages = {
  newTitle: "New institution",
  newIntro: "A ministry, an office, an authority, a union or an international body the Collective meets or writes to.",
  editTitle: "Edit “{name}”",
  newLink: "New institution",
  editLink: "Edit the institution",
  create: "Create the institution",
  save: "Save changes",
  back: "Back to institutions",
  fields: {
    name: "Name (French)",
    nameEn: "Name in English",
    acronym: "Acronym",
    kind: "Kind",
    address: "Address",
    website: "Website",
    endedOn: "Ceased to exist on",
    successorId: "Succeeded by",
  },
  hints: {
    website: "An address starting with https://.",
    endedOn: "For a ministry abolished, renamed or merged by a new government.",
    successorId: "The institution that takes over when a ministry is renamed or merged.",
  },
  noSuccessor: "None",
  chooseKind: "Choose a kind…",
  errors: {
    successorSelf: "An institution cannot succeed itself.",
    successorCycle: "This choice would make a loop: this institution already succeeds, directly or not, the one you are editing.",
    successorUnknown: "This institution no longer exists; choose another.",
  },
};

export const institutionsForm = { fr, en };

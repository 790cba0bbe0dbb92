// Creating and editing campaigns (dossiers).
const fr = {
  newTitle: "Nouveau dossier",
  newIntro: "Un dossier regroupe les rencontres, courriers, prises de position et revendications d'une même campagne ; chacun y est rattaché depuis son propre formulaire.",
  editTitle: "Modifier « {name} »",
  newLink: "Nouveau dossier",
  editLink: "Modifier le dossier",
  create: "Créer le dossier",
  save: "Enregistrer les modifications",
  back: "Retour aux dossiers",
  backToCampaign: "Retour à « {name} »",
  fields: {
    slug: "Identifiant d'adresse",
    nameFr: "Nom (français)",
    nameEn: "Nom en anglais",
    descriptionFr: "Présentation (français)",
    descriptionEn: "Présentation (anglais)",
    startsOn: "Du",
    endsOn: "Au",
    visibility: "Visibilité",
  },
  hints: {
    slug: "Lettres minuscules, chiffres et tirets (ex. loi-asile-2018). Laissé vide, il est tiré du nom.",
    slugEdit: "Lettres minuscules, chiffres et tirets. Le changer casse les liens déjà partagés.",
    description: "Texte Markdown.",
    visibility: "Public : sur le site public. Membres : membres et observateurs connectés. Coordination : la coordination seulement.",
  },
  errors: {
    invalidSlug: "Utilisez des lettres minuscules sans accents, des chiffres et des tirets.",
    slugTaken: "Un autre dossier porte déjà cet identifiant.",
  },
};

export type CampaignsFormMessages = typeof fr;

const en: CampaignsFormMessages = {
  newTitle: "New campaign",
  newIntro: "A campaign groups the meetings, letters, statements and demands of one cause; each is attached from its own form.",
  editTitle: "Edit “{name}”",
  newLink: "New campaign",
  editLink: "Edit the campaign",
  create: "Create the campaign",
  save: "Save changes",
  back: "Back to campaigns",
  backToCampaign: "Back to “{name}”",
  fields: {
    slug: "Address identifier",
    nameFr: "Name (French)",
    nameEn: "Name in English",
    descriptionFr: "Description (French)",
    descriptionEn: "Description (English)",
    startsOn: "From",
    endsOn: "To",
    visibility: "Visibility",
  },
  hints: {
    slug: "Lower-case letters, digits and hyphens (e.g. asylum-bill-2018). Left empty, it is made from the name.",
    slugEdit: "Lower-case letters, digits and hyphens. Changing it breaks links already shared.",
    description: "Markdown text.",
    visibility: "Public: on the public site. Members: signed-in members and observers. Coordination: coordinators only.",
  },
  errors: {
    invalidSlug: "Use lower-case letters without accents, digits and hyphens.",
    slugTaken: "Another campaign already has this identifier.",
  },
};

export const campaignsForm = { fr, en };

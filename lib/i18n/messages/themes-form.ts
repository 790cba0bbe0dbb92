// The themes demands are filed under: their list, adding one, renaming one.
const fr = {
  title: "Thèmes des revendications",
  intro: "Les thèmes classent les revendications ; le site public permet de filtrer ses entrées par thème.",
  link: "Thèmes",
  caption: "Les thèmes, par ordre alphabétique, avec le nombre de revendications de chacun",
  columns: { nameFr: "Nom (français)", nameEn: "Nom (anglais)", slug: "Identifiant d'adresse", demands: "Revendications" },
  empty: "Aucun thème pour l'instant : ajoutez le premier ci-dessous.",
  newHeading: "Ajouter un thème",
  create: "Ajouter le thème",
  editTitle: "Modifier le thème « {name} »",
  save: "Enregistrer les modifications",
  back: "Retour aux thèmes",
  backToDemands: "Retour aux revendications",
  fields: { nameFr: "Nom (français)", nameEn: "Nom (anglais)" },
  hints: {
    nameFr: "Son identifiant d'adresse en est tiré (« Mineurs » donne mineurs).",
    slugKept: "Son identifiant d'adresse, « {slug} », reste le même : les liens déjà partagés continuent de fonctionner.",
  },
  saved: { created: "Le thème est ajouté.", saved: "Le thème est modifié." },
  errors: {
    themeNameTaken: "Un autre thème porte déjà ce nom, ou un nom qui donne le même identifiant d'adresse (accents, majuscules et ponctuation mis à part).",
  },
};

export type ThemesFormMessages = typeof fr;

const en: ThemesFormMessages = {
  title: "Demand themes",
  intro: "Themes file the demands; the public site lets readers filter its entries by theme.",
  link: "Themes",
  caption: "The themes, in alphabetical order, with the number of demands of each",
  columns: { nameFr: "Name (French)", nameEn: "Name (English)", slug: "Address identifier", demands: "Demands" },
  empty: "No themes yet: add the first one below.",
  newHeading: "Add a theme",
  create: "Add the theme",
  editTitle: "Edit the theme “{name}”",
  save: "Save changes",
  back: "Back to themes",
  backToDemands: "Back to demands",
  fields: { nameFr: "Name (French)", nameEn: "Name (English)" },
  hints: {
    nameFr: "Its address identifier is made from it (“Mineurs” gives mineurs).",
    slugKept: "Its address identifier, “{slug}”, stays the same: links already shared keep working.",
  },
  saved: { created: "The theme is added.", saved: "The theme is saved." },
  errors: {
    themeNameTaken: "Another theme already has this name, or a name that gives the same address identifier (accents, capitals and punctuation aside).",
  },
};

export const themesForm = { fr, en };

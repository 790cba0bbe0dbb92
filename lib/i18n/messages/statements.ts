const fr = {
  title: "Prises de position",
  caption: "Prises de position, de la plus récente à la plus ancienne",
  empty: "Les communiqués et prises de position du Collectif apparaîtront ici.",
  columns: { date: "Date", title: "Titre", bill: "Texte concerné", campaign: "Dossier", visibility: "Visibilité" },
  filters: { campaign: "Dossier", visibility: "Visibilité", from: "Du", to: "Au" },
  detail: { date: "Date", bill: "Texte concerné", campaign: "Dossier", visibility: "Visibilité", text: "Texte" },
  csv: { date: "Date", title: "Titre", bill: "Texte concerné", campaign: "Dossier", visibility: "Visibilité" },
};

export type StatementsMessages = typeof fr;

const en: StatementsMessages = {
  title: "Statements",
  caption: "Statements, newest first",
  empty: "The Collective's statements and press releases will appear here.",
  columns: { date: "Date", title: "Title", bill: "Bill or policy", campaign: "Campaign", visibility: "Visibility" },
  filters: { campaign: "Campaign", visibility: "Visibility", from: "From", to: "To" },
  detail: { date: "Date", bill: "Bill or policy", campaign: "Campaign", visibility: "Visibility", text: "Text" },
  csv: { date: "Date", title: "Title", bill: "Bill or policy", campaign: "Campaign", visibility: "Visibility" },
};

export const statements = { fr, en };

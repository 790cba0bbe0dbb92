const fr = {
  title: "Dossiers",
  caption: "Dossiers, du plus récent au plus ancien",
  empty: "Les dossiers qui regroupent rencontres, courriers et prises de position apparaîtront ici.",
  columns: { name: "Dossier", startsOn: "Début", endsOn: "Fin", visibility: "Visibilité" },
  filters: { visibility: "Visibilité" },
  detail: {
    description: "Présentation",
    period: "Période",
    visibility: "Visibilité",
    meetings: "Rencontres",
    letters: "Courriers",
    statements: "Prises de position",
    demands: "Revendications",
    none: "Aucun élément.",
  },
  csv: { name: "Dossier", startsOn: "Début", endsOn: "Fin", visibility: "Visibilité" },
};

export type CampaignsMessages = typeof fr;

const en: CampaignsMessages = {
  title: "Campaigns",
  caption: "Campaigns, newest first",
  empty: "Campaigns grouping meetings, letters and statements will appear here.",
  columns: { name: "Campaign", startsOn: "Start", endsOn: "End", visibility: "Visibility" },
  filters: { visibility: "Visibility" },
  detail: {
    description: "About",
    period: "Period",
    visibility: "Visibility",
    meetings: "Meetings",
    letters: "Letters",
    statements: "Statements",
    demands: "Demands",
    none: "Nothing yet.",
  },
  csv: { name: "Campaign", startsOn: "Start", endsOn: "End", visibility: "Visibility" },
};

export const campaigns = { fr, en };

const fr = {
  title: "Personnes",
  caption: "Personnes, par nom",
  empty: "Les personnalités rencontrées et les personnes des associations apparaîtront ici.",
  columns: { name: "Nom", organisation: "Association", position: "Fonction actuelle" },
  filters: { institution: "Institution" },
  searchHint: "Nom ou prénom",
  detail: {
    organisation: "Association",
    positions: "Fonctions successives",
    positionsCaption: "Fonctions, de la plus récente à la plus ancienne",
    noPositions: "Aucune fonction enregistrée.",
    title: "Fonction",
    institution: "Institution",
    from: "Du",
    to: "Au",
    current: "en poste",
    meetings: "Rencontres",
    noMeetings: "Aucune rencontre.",
    asOfficial: "rencontré·e en tant que {title}",
    asDelegate: "dans la délégation",
  },
  csv: { lastName: "Nom", firstName: "Prénom", organisation: "Association", position: "Fonction actuelle", institution: "Institution" },
};

export type PeopleMessages = typeof fr;

const en: PeopleMessages = {
  title: "People",
  caption: "People, by name",
  empty: "Officials met and staff of the organisations will appear here.",
  columns: { name: "Name", organisation: "Organisation", position: "Current position" },
  filters: { institution: "Institution" },
  searchHint: "First or last name",
  detail: {
    organisation: "Organisation",
    positions: "Positions over time",
    positionsCaption: "Positions, most recent first",
    noPositions: "No positions recorded.",
    title: "Position",
    institution: "Institution",
    from: "From",
    to: "To",
    current: "current",
    meetings: "Meetings",
    noMeetings: "No meetings.",
    asOfficial: "met as {title}",
    asDelegate: "in the delegation",
  },
  csv: { lastName: "Last name", firstName: "First name", organisation: "Organisation", position: "Current position", institution: "Institution" },
};

export const people = { fr, en };

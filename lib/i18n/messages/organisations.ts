const fr = {
  title: "Associations",
  caption: "Associations du Collectif, par nom",
  empty: "Les associations membres et observatrices apparaîtront ici.",
  columns: { name: "Association", acronym: "Sigle", status: "Statut", people: "Personnes" },
  filters: { status: "Statut" },
  statuses: { OBSERVER: "Observatrice", MEMBER: "Membre", FORMER: "Ancienne membre" },
  eventKinds: { OBSERVER_SINCE: "Observatrice depuis", ADMISSION_VOTE: "Vote d'admission", MEMBER_SINCE: "Membre depuis", LEFT: "A quitté le Collectif" },
  voteResults: { ADMITTED: "admise", REFUSED: "refusée", POSTPONED: "reporté" },
  noStatus: "Non renseigné",
  detail: {
    website: "Site web",
    publicContact: "Contact public",
    description: "Présentation",
    status: "Statut",
    membership: "Adhésion au Collectif",
    noMembership: "Aucune étape enregistrée.",
    people: "Personnes",
    noPeople: "Aucune personne enregistrée.",
    meetings: "Rencontres où elle faisait partie de la délégation",
    noMeetings: "Aucune rencontre.",
    atMeeting: "décidé en rencontre :",
  },
  csv: { name: "Association", acronym: "Sigle", status: "Statut", website: "Site web", people: "Personnes" },
};

export type OrganisationsMessages = typeof fr;

const en: OrganisationsMessages = {
  title: "Organisations",
  caption: "The Collective's organisations, by name",
  empty: "Member and observer organisations will appear here.",
  columns: { name: "Organisation", acronym: "Acronym", status: "Status", people: "People" },
  filters: { status: "Status" },
  statuses: { OBSERVER: "Observer", MEMBER: "Member", FORMER: "Former member" },
  eventKinds: { OBSERVER_SINCE: "Observer since", ADMISSION_VOTE: "Admission vote", MEMBER_SINCE: "Member since", LEFT: "Left the Collective" },
  voteResults: { ADMITTED: "admitted", REFUSED: "refused", POSTPONED: "postponed" },
  noStatus: "Not set",
  detail: {
    website: "Website",
    publicContact: "Public contact",
    description: "About",
    status: "Status",
    membership: "Membership of the Collective",
    noMembership: "No steps recorded.",
    people: "People",
    noPeople: "No people recorded.",
    meetings: "Meetings it was in the delegation of",
    noMeetings: "No meetings.",
    atMeeting: "decided at:",
  },
  csv: { name: "Organisation", acronym: "Acronym", status: "Status", website: "Website", people: "People" },
};

export const organisations = { fr, en };

const fr = {
  homeTitle: "Ensemble contre la traite des êtres humains",
  intro:
    "Le Collectif « Ensemble contre la traite des êtres humains » réunit des associations françaises, coordonnées par le Secours Catholique – Caritas France, qui agissent contre toutes les formes de traite et d'exploitation. Il rencontre les ministères et leurs conseillers, leur écrit, prend position sur les projets de loi et suit ce que le gouvernement fait de ses demandes.",
  latest: "Dernières actions de plaidoyer",
  noLatest: "Aucune publication pour l'instant.",
  nextMeetings: "Prochaines rencontres publiques",
  noNextMeetings: "Aucune rencontre publique annoncée.",
  members: "Les associations du Collectif",
  member: "Membre",
  observer: "Membre observateur",
  website: "Site web",
  contact: "Contact",
  kinds: { meeting: "Rencontre", letter: "Courrier", statement: "Prise de position" },
  inOtherLanguage: "(en anglais)",
  membersArea: "Espace des membres",
};

export type PublicMessages = typeof fr;

const en: PublicMessages = {
  homeTitle: "Together against trafficking in human beings",
  intro:
    "The Collective “Together against trafficking in human beings” brings together French associations, coordinated by Secours Catholique – Caritas France, that act against every form of trafficking and exploitation. It meets ministries and their advisers, writes to them, takes positions on bills and follows what the government does with its demands.",
  latest: "Latest advocacy",
  noLatest: "Nothing published yet.",
  nextMeetings: "Next public meetings",
  noNextMeetings: "No public meeting announced.",
  members: "The Collective's associations",
  member: "Member",
  observer: "Observer member",
  website: "Website",
  contact: "Contact",
  kinds: { meeting: "Meeting", letter: "Letter", statement: "Statement" },
  inOtherLanguage: "(in French)",
  membersArea: "Members' area",
};

export const publicSite = { fr, en };

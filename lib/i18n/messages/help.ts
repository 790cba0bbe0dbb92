// The help page: how the members' workspace works, in a few lines.
const fr = {
  title: "Aide",
  intro: "Plaidoyer suit le travail du Collectif auprès des pouvoirs publics : rencontres, courriers, revendications, engagements et actions à suivre.",
  sections: [
    { title: "Mes actions", body: "Le tableau de bord montre d'abord les actions confiées à vous ou à votre association, les plus en retard en premier. Ouvrez une action pour la marquer en cours, faite ou abandonnée (avec une note : ce qui a été fait, ou pourquoi), ou pour la commenter." },
    { title: "Les rappels", body: "Chaque jour, un courriel récapitule les actions en retard ou à faire dans les 7 jours. Vous ne recevez jamais deux fois le rappel d'un même jour." },
    { title: "Les revendications", body: "La page d'une revendication raconte sa vie dans l'ordre : chaque étape avec sa date, sa source et une note ; les engagements pris, leur échéance et leur retard ; depuis combien de temps elle est ouverte. Le tableau par statut donne la vue d'ensemble." },
    { title: "Qui voit quoi", body: "Ce qui est « Public » paraît sur le site public ; « Membres » est lu par les membres et les observateurs connectés ; « Coordination » par la coordination seule. Les observateurs lisent sans modifier." },
  ],
  contact: "Une question ? Écrivez à la coordination du Collectif.",
};

export type HelpMessages = typeof fr;

const en: HelpMessages = {
  title: "Help",
  intro: "Plaidoyer follows the Collective's work with the authorities: meetings, letters, demands, commitments and follow-up actions.",
  sections: [
    { title: "My actions", body: "The dashboard first shows the actions assigned to you or your organisation, the most overdue first. Open an action to mark it in progress, done or cancelled (with a note: what was done, or why), or to comment on it." },
    { title: "Reminders", body: "Every day, an e-mail sums up the actions overdue or due within 7 days. You never receive the same day's reminder twice." },
    { title: "Demands", body: "A demand's page tells its life in order: each step with its date, source and note; the commitments made, their due dates and delays; how long it has been open. The board by status gives the overall picture." },
    { title: "Who sees what", body: "“Public” items appear on the public site; “Members” items are read by signed-in members and observers; “Coordination” items by the coordination only. Observers read without changing anything." },
  ],
  contact: "A question? Write to the Collective's coordination.",
};

export const help = { fr, en };

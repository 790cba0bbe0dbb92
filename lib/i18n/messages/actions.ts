const fr = {
  title: "À suivre",
  caption: "Actions de suivi, par échéance",
  empty: "Les actions décidées en rencontre et confiées aux associations apparaîtront ici.",
  columns: { title: "Action", status: "Statut", dueOn: "Échéance", assignee: "Confiée à", meeting: "Rencontre", visibility: "Visibilité" },
  filters: { status: "Statut", organisation: "Association", dueBefore: "Échéance avant le", overdue: "En retard (à faire ou en cours, échéance passée)" },
  statuses: { OPEN: "À faire", IN_PROGRESS: "En cours", DONE: "Faite", CANCELLED: "Annulée" },
  csv: { title: "Action", status: "Statut", dueOn: "Échéance", organisation: "Association", person: "Personne", meeting: "Rencontre", visibility: "Visibilité" },
};

export type ActionsMessages = typeof fr;

const en: ActionsMessages = {
  title: "Follow-up",
  caption: "Follow-up actions, by due date",
  empty: "Actions decided at meetings and assigned to organisations will appear here.",
  columns: { title: "Action", status: "Status", dueOn: "Due", assignee: "Assigned to", meeting: "Meeting", visibility: "Visibility" },
  filters: { status: "Status", organisation: "Organisation", dueBefore: "Due before", overdue: "Overdue (open or in progress, past due)" },
  statuses: { OPEN: "Open", IN_PROGRESS: "In progress", DONE: "Done", CANCELLED: "Cancelled" },
  csv: { title: "Action", status: "Status", dueOn: "Due", organisation: "Organisation", person: "Person", meeting: "Meeting", visibility: "Visibility" },
};

export const actions = { fr, en };

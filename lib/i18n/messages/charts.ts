const fr = {
  title: "Graphiques",
  intro: "Chiffres de l'activité du collectif, d'après ce que vous pouvez voir.",
  showTable: "Afficher en tableau",
  meetings: {
    title: "Rencontres par institution et par année",
    summary: "Nombre de rencontres tenues ou prévues (hors annulées) avec chaque institution, par année.",
    empty: "Aucune rencontre liée à une institution pour l'instant.",
    institution: "Institution",
    others: "Autres institutions ({count})",
  },
  demands: {
    title: "Revendications par statut",
    summary: "Nombre de revendications selon leur statut actuel.",
    empty: "Aucune revendication pour l'instant.",
    status: "Statut",
    count: "Revendications",
    statuses: {
      RAISED: "Formulée",
      ACKNOWLEDGED: "Prise en compte",
      PROMISED: "Promise",
      IN_PROGRESS: "En cours",
      PARTLY_MET: "Partiellement satisfaite",
      MET: "Satisfaite",
      REJECTED: "Rejetée",
    },
  },
  actions: {
    title: "Actions à suivre : respect des échéances par association",
    titleOwn: "Actions à suivre de mon association : respect des échéances",
    summary: "Actions avec une échéance confiées à chaque association : faites à temps, faites en retard, en retard et non faites, pas encore échues.",
    empty: "Aucune action avec échéance confiée à une association.",
    organisation: "Association",
    onTime: "Faites à temps",
    late: "Faites en retard",
    doneUndated: "Faites (date non notée)",
    overdue: "En retard",
    notYetDue: "Pas encore échues",
  },
};

export type ChartsMessages = typeof fr;

const en: ChartsMessages = {
  title: "Charts",
  intro: "Figures of the collective's work, from what you may see.",
  showTable: "Show as a table",
  meetings: {
    title: "Meetings per institution and year",
    summary: "Number of meetings held or planned (cancelled ones excluded) with each institution, per year.",
    empty: "No meeting linked to an institution yet.",
    institution: "Institution",
    others: "Other institutions ({count})",
  },
  demands: {
    title: "Demands by status",
    summary: "Number of demands by their current status.",
    empty: "No demand yet.",
    status: "Status",
    count: "Demands",
    statuses: {
      RAISED: "Raised",
      ACKNOWLEDGED: "Acknowledged",
      PROMISED: "Promised",
      IN_PROGRESS: "In progress",
      PARTLY_MET: "Partly met",
      MET: "Met",
      REJECTED: "Rejected",
    },
  },
  actions: {
    title: "Follow-up actions: due dates kept, by organisation",
    titleOwn: "My organisation's follow-up actions: due dates kept",
    summary: "Actions with a due date assigned to each organisation: done on time, done late, overdue and not done, not yet due.",
    empty: "No action with a due date assigned to an organisation.",
    organisation: "Organisation",
    onTime: "Done on time",
    late: "Done late",
    doneUndated: "Done (date not recorded)",
    overdue: "Overdue",
    notYetDue: "Not yet due",
  },
};

export const charts = { fr, en };

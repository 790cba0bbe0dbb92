// The daily digest of follow-up actions, in the recipient's language.
const fr = {
  subjectOne: "Plaidoyer : 1 action à suivre",
  subjectMany: "Plaidoyer : {count} actions à suivre",
  greeting: "Bonjour {name},",
  intro: "Voici les actions qui vous sont confiées, à vous ou à votre association, en retard ou à faire dans les 7 jours :",
  overdue: "EN RETARD",
  due: "échéance le {date}",
  forYou: "pour vous",
  forOrganisation: "pour {organisation}",
  more: "… et {count} autre(s) : {link}",
  outro: "Marquez une action faite, avec une note, depuis sa page. Ce rappel est envoyé au plus une fois par jour.",
  signature: "Plaidoyer — Ensemble contre la traite des êtres humains",
};

export type RemindersMessages = typeof fr;

const en: RemindersMessages = {
  subjectOne: "Plaidoyer: 1 follow-up action",
  subjectMany: "Plaidoyer: {count} follow-up actions",
  greeting: "Hello {name},",
  intro: "Here are the actions assigned to you or to your organisation that are overdue or due within 7 days:",
  overdue: "OVERDUE",
  due: "due {date}",
  forYou: "for you",
  forOrganisation: "for {organisation}",
  more: "… and {count} more: {link}",
  outro: "Mark an action done, with a note, from its page. This reminder is sent at most once a day.",
  signature: "Plaidoyer — Together against trafficking in human beings",
};

export const reminders = { fr, en };

const fr = {
  title: "Agenda",
  intro:
    "Abonnez votre agenda (Thunderbird, Outlook, Google Agenda, Calendrier d'Apple…) aux rencontres que vous pouvez voir et aux échéances des actions confiées à vous ou à votre association. Il se met à jour tout seul.",
  privateWarning:
    "Ce lien est personnel : quiconque le connaît voit votre agenda, sans se connecter. Ne le partagez pas ; si vous l'avez partagé par erreur, révoquez-le.",
  none: "Vous n'avez pas de lien d'agenda.",
  active: "Vous avez un lien d'agenda actif.",
  activeHint:
    "Pour votre sécurité, le lien n'est montré qu'une fois, à sa création : nous n'en gardons qu'une empreinte. Pour le retrouver, créez-en un nouveau (l'ancien cessera de fonctionner).",
  create: "Créer mon lien d'agenda",
  replace: "Créer un nouveau lien (l'ancien cessera de fonctionner)",
  revoke: "Révoquer le lien",
  revoked: "Le lien a été révoqué : les agendas qui l'utilisaient ne reçoivent plus rien.",
  created: "Voici votre lien. Copiez-le maintenant : il ne sera plus affiché.",
  linkLabel: "Lien de votre agenda",
  copy: "Copier le lien",
  copied: "Lien copié.",
  copyFailed: "La copie a échoué : sélectionnez le lien et copiez-le.",
  howTo: "Dans votre agenda, choisissez « S'abonner à un calendrier » ou « Ajouter un agenda depuis une URL », puis collez ce lien.",
  failed: "L'opération n'a pas abouti. Réessayez.",
  feed: {
    name: "Plaidoyer — {name}",
    description: "Rencontres et échéances des actions à suivre ({collective})",
    actionDue: "À suivre : {title}",
    actionDone: "✓ Fait : {title}",
    cancelled: "Annulée : {title}",
    kinds: {
      GOVERNMENT: "Rencontre avec le gouvernement",
      PLENARY: "Plénière du collectif",
      PREPARATORY: "Réunion préparatoire",
      UNION_OR_PARTNER: "Rencontre avec un syndicat ou un partenaire",
    },
    open: "Voir dans Plaidoyer : {url}",
  },
};

export type CalendarMessages = typeof fr;

const en: CalendarMessages = {
  title: "Calendar",
  intro:
    "Subscribe your calendar (Thunderbird, Outlook, Google Calendar, Apple Calendar…) to the meetings you may see and to the due dates of the actions assigned to you or your organisation. It updates itself.",
  privateWarning:
    "This link is personal: anyone who has it sees your calendar without signing in. Do not share it; if you shared it by mistake, revoke it.",
  none: "You have no calendar link.",
  active: "You have an active calendar link.",
  activeHint:
    "For your safety the link is shown only once, when it is made: we keep only a fingerprint of it. To see it again, make a new one (the old one will stop working).",
  create: "Create my calendar link",
  replace: "Create a new link (the old one will stop working)",
  revoke: "Revoke the link",
  revoked: "The link was revoked: calendars using it receive nothing any more.",
  created: "Here is your link. Copy it now: it will not be shown again.",
  linkLabel: "Your calendar link",
  copy: "Copy the link",
  copied: "Link copied.",
  copyFailed: "Copying failed: select the link and copy it.",
  howTo: "In your calendar app, choose “Subscribe to calendar” or “Add calendar from URL”, then paste this link.",
  failed: "That did not work. Try again.",
  feed: {
    name: "Plaidoyer — {name}",
    description: "Meetings and follow-up due dates ({collective})",
    actionDue: "Follow-up: {title}",
    actionDone: "✓ Done: {title}",
    cancelled: "Cancelled: {title}",
    kinds: {
      GOVERNMENT: "Meeting with the government",
      PLENARY: "Plenary of the collective",
      PREPARATORY: "Preparatory meeting",
      UNION_OR_PARTNER: "Meeting with a union or partner",
    },
    open: "Open in Plaidoyer: {url}",
  },
};

export const calendar = { fr, en };

const fr = {
  errors: {
    required: "Ce champ est obligatoire.",
    tooLong: "Ce texte est trop long.",
    tooShort: "Ce texte est trop court.",
    tooMany: "Trop d'éléments sélectionnés.",
    invalid: "Cette valeur n'est pas valide.",
    invalidDate: "Indiquez une date valide.",
    invalidEmail: "Indiquez une adresse e-mail valide.",
    invalidUrl: "Indiquez une adresse web valide, commençant par https://.",
    unknownField: "Le formulaire contient un champ inconnu.",
    endBeforeStart: "La fin ne peut pas précéder le début.",
    dueInPast: "L'échéance d'une nouvelle action ne peut pas être passée.",
    notFound: "Cet élément n'existe plus.",
  },
  formHasErrors: "Le formulaire contient des erreurs : corrigez les champs signalés.",
  forbidden: "Vous n'avez pas le droit de faire cette modification.",
  unexpected: "L'enregistrement a échoué. Vos saisies sont conservées ; réessayez.",
  saving: "Enregistrement…",
  saved: "Enregistré.",
  conflictTitle: "Quelqu'un a enregistré cette fiche pendant que vous la modifiiez.",
  conflictBody:
    "Rien n'a été écrasé. Vos saisies sont conservées ci-dessous ; voici ce que la version enregistrée contient désormais. Vérifiez, puis enregistrez à nouveau pour appliquer vos modifications.",
  conflictBy: "Modifiée par {name} le {date}.",
  conflictSavedBy: "Enregistrée entre-temps par {name}.",
  conflictField: "{field} : « {value} »",
};

export type FormsMessages = typeof fr;

const en: FormsMessages = {
  errors: {
    required: "This field is required.",
    tooLong: "This text is too long.",
    tooShort: "This text is too short.",
    tooMany: "Too many items selected.",
    invalid: "This value is not valid.",
    invalidDate: "Enter a valid date.",
    invalidEmail: "Enter a valid e-mail address.",
    invalidUrl: "Enter a valid web address starting with https://.",
    unknownField: "The form contains an unknown field.",
    endBeforeStart: "The end cannot come before the start.",
    dueInPast: "A new action cannot be due in the past.",
    notFound: "This item no longer exists.",
  },
  formHasErrors: "The form has errors: correct the fields marked.",
  forbidden: "You are not allowed to make this change.",
  unexpected: "Saving failed. Your input is kept; try again.",
  saving: "Saving…",
  saved: "Saved.",
  conflictTitle: "Someone saved this record while you were editing it.",
  conflictBody:
    "Nothing was overwritten. Your input is kept below; here is what the saved version now holds. Check, then save again to apply your changes.",
  conflictBy: "Changed by {name} on {date}.",
  conflictSavedBy: "Saved in the meantime by {name}.",
  conflictField: "{field}: “{value}”",
};

export const forms = { fr, en };

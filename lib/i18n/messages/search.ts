const fr = {
  title: "Rechercher",
  label: "Mots à chercher",
  hint: "Rencontres, revendications, courriers, prises de position, personnes et associations. Les accents sont facultatifs ; \"entre guillemets\" pour une expression exacte, -mot pour l'exclure.",
  type: "Dans",
  allTypes: "Tout",
  submit: "Rechercher",
  types: {
    meeting: "Rencontre",
    demand: "Revendication",
    letter: "Courrier",
    statement: "Prise de position",
    person: "Personne",
    organisation: "Association",
  },
  typesPlural: {
    meeting: "Rencontres",
    demand: "Revendications",
    letter: "Courriers",
    statement: "Prises de position",
    person: "Personnes",
    organisation: "Associations",
  },
  empty: "Tapez un ou plusieurs mots, puis lancez la recherche.",
  noTerms: "Votre recherche ne contient aucun mot : ajoutez au moins une lettre ou un chiffre.",
  trimmed: "Votre recherche était trop longue : seuls ses {max} premiers caractères ont été cherchés.",
  noResults: "Aucun résultat pour « {query} ». Essayez un autre mot, moins de mots, ou retirez le filtre.",
  resultsOne: "1 résultat pour « {query} »",
  resultsMany: "{count} résultats pour « {query} »",
  capped: "Seuls les {count} meilleurs résultats sont affichés : précisez la recherche pour trouver les autres.",
  results: "Résultats",
};

export type SearchMessages = typeof fr;

const en: SearchMessages = {
  title: "Search",
  label: "Words to look for",
  hint: "Meetings, demands, letters, statements, people and organisations. Accents are optional; \"in quotes\" for an exact phrase, -word to exclude it.",
  type: "In",
  allTypes: "Everything",
  submit: "Search",
  types: {
    meeting: "Meeting",
    demand: "Demand",
    letter: "Letter",
    statement: "Statement",
    person: "Person",
    organisation: "Organisation",
  },
  typesPlural: {
    meeting: "Meetings",
    demand: "Demands",
    letter: "Letters",
    statement: "Statements",
    person: "People",
    organisation: "Organisations",
  },
  empty: "Type one or more words, then search.",
  noTerms: "Your search has no word in it: add at least one letter or digit.",
  trimmed: "Your search was too long: only its first {max} characters were searched.",
  noResults: "No results for “{query}”. Try another word, fewer words, or remove the filter.",
  resultsOne: "1 result for “{query}”",
  resultsMany: "{count} results for “{query}”",
  capped: "Only the best {count} results are shown: narrow the search to find the others.",
  results: "Results",
};

export const search = { fr, en };

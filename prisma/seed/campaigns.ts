// The Collective's files ("dossiers"), each grouping meetings, letters, statements and demands.
export type CampaignSeed = {
  key: string;
  nameFr: string;
  nameEn: string;
  descriptionFr: string;
  descriptionEn: string;
  startsOn?: string;
  endsOn?: string;
};

export const campaigns = [
  {
    key: "plan-action-national-2014-2016",
    nameFr: "Plan d’action national contre la traite des êtres humains 2014-2016",
    nameEn: "National Plan of Action against Trafficking in Human Beings 2014-2016",
    descriptionFr:
      "Du premier échange au cabinet de la ministre des Droits des femmes (18 octobre 2013) au suivi de sa mise en œuvre : le plan, adopté en Conseil des ministres le 14 mai 2014, et les demandes du Collectif aux ministères concernés.",
    descriptionEn:
      "From the first exchange at the office of the Minister of Women’s Rights (18 October 2013) to the follow-up of its implementation: the plan, adopted by the Council of Ministers on 14 May 2014, and the Collective’s demands to the ministries concerned.",
    startsOn: "2013-10-18",
    endsOn: "2016-12-31",
  },
  {
    key: "grande-cause-nationale",
    nameFr: "Faire de la lutte contre la traite une Grande cause nationale",
    nameEn: "Making the fight against trafficking a “Grande cause nationale”",
    descriptionFr:
      "Le Collectif souhaite que la traite des êtres humains soit déclarée Grande cause nationale, pour rendre visible ce fléau et le combattre.",
    descriptionEn:
      "The Collective wants trafficking in human beings declared a “Grande cause nationale” (national cause of the year), to make this scourge visible and fight it.",
    startsOn: "2016-12-01",
  },
  {
    key: "loi-asile-immigration-2018",
    nameFr: "Loi asile et immigration (2018)",
    nameEn: "Asylum and immigration bill (2018)",
    descriptionFr:
      "Position du Collectif sur le projet de loi asile et immigration, au regard de la traite des êtres humains : une loi à l’impact très négatif sur la lutte contre la traite.",
    descriptionEn:
      "The Collective’s position on the asylum and immigration bill with regard to trafficking in human beings: a law with a very negative impact on the fight against trafficking.",
    startsOn: "2018-02-01",
  },
] as const satisfies readonly CampaignSeed[];

export type CampaignKey = (typeof campaigns)[number]["key"];

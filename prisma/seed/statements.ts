// The Collective's public statements. The English text of 10 July 2014 is the page's own, word for
// word (its slips included); the French is a faithful version of it.
import type { Visibility } from "@/lib/generated/prisma/enums";
import type { CampaignKey } from "./campaigns";

export type StatementSeed = {
  key: string;
  date: string;
  /** "MONTH" where the pages give only the month ("Février 2018"). */
  datePrecision?: "DAY" | "MONTH";
  titleFr: string;
  titleEn?: string;
  textFr: string;
  textEn?: string;
  bill?: string;
  campaign?: CampaignKey;
  visibility: Visibility;
  publishedOn: string;
};

const PETITION_2014_EN = `Further to the launch of the ‘National Plan of Action Against Trafficking in Human Beings 2014-2016’ on May 14, 2014, the Collective ‘Together Against Trafficking in Human Beings,’ a network of 23 organisations coordinated by Genevieve Colas of the Secours Catholique, met with Mme Hélène Cazaux-Charles, Advisor on Justice for Prime Minister Manuel Valls (24 June, 2014 at 9:30am).

On Wednesday 5 June, 2014, the Collective had met with M Romain Guerry, advisor on sport, health, disability and combatting inequality to M Hamon, Minister for National Education, Higher Education and Research, as well as Mme Aida Kergroach of the office of M Guerry.

The Collective insisted notably upon:

- The development tools and training programs for education professionals to better identify victims of trafficking
- The creation of greater awareness in national education in connection with civil society, and the importance of making available adequate resources and training for professionals in order to also create awareness in children
- The importance of the access of child victims of trafficking to education and training.

The Collective members present at the meeting (5 June, 2014) with the Minister of Social Welfare and Health spoke with Mme Mathilde Marmier, advisor on ethics and democratic healthcare to Mme Marisol Touraine, Minister for Social Welfare and Health, and with Mme Marie-Automne Thépot, advisor on combatting exclusion to Mme Ségolène Neuville, Secretary of State for Persons with Disabilities and Combatting Exclusion.

Here the Collective emphasised in particular:

- That victims of trafficking benefit from adequate accommodation
- That professionals – social workers – are trained in this discipline
- That access to healthcare and social welfare payments be guaranteed
- That there be a specific focus on minors
- That the mental health of victims be at the forefront of the rehabilitation process
- That association receive adequate funding to conduct its work.

The Collective also emphasised the importance of cooperation between public institutions and civil society at a local, regional, national and international level.`;

const PETITION_2014_FR = `À la suite du lancement du « Plan d’action national contre la traite des êtres humains 2014-2016 » le 14 mai 2014, le Collectif « Ensemble contre la traite des êtres humains », réseau de 23 associations coordonné par Geneviève Colas, du Secours Catholique, a rencontré Mme Hélène Cazaux-Charles, conseillère Justice du Premier ministre Manuel Valls (le 24 juin 2014 à 9 h 30).

Le 5 juin 2014, le Collectif avait rencontré M. Romain Guerry, conseiller en charge de la santé, du sport, du handicap et de la lutte contre les inégalités auprès de M. Hamon, ministre de l’Éducation nationale, de l’Enseignement supérieur et de la Recherche, ainsi que Mme Aida Kergroach, du bureau de M. Guerry.

Le Collectif a notamment insisté sur :

- le développement d’outils et de programmes de formation pour que les professionnels de l’éducation identifient mieux les victimes de traite ;
- une plus grande sensibilisation au sein de l’Éducation nationale, en lien avec la société civile, et l’importance de moyens et de formations adéquats pour les professionnels afin de sensibiliser aussi les enfants ;
- l’importance de l’accès des enfants victimes de traite à l’éducation et à la formation.

Les membres du Collectif présents à la rencontre du 5 juin 2014 au ministère des Affaires sociales et de la Santé ont échangé avec Mme Mathilde Marmier, conseillère éthique et démocratie sanitaire de Mme Marisol Touraine, ministre des Affaires sociales et de la Santé, et avec Mme Marie-Automne Thépot, conseillère lutte contre l’exclusion de Mme Ségolène Neuville, secrétaire d’État chargée des Personnes handicapées et de la Lutte contre l’exclusion.

Le Collectif y a souligné en particulier :

- que les victimes de traite bénéficient d’un hébergement adapté ;
- que les professionnels – travailleurs sociaux – soient formés en la matière ;
- que l’accès aux soins et aux prestations sociales soit garanti ;
- qu’une attention particulière soit portée aux mineurs ;
- que la santé mentale des victimes soit au cœur du processus de réhabilitation ;
- que les associations reçoivent un financement adéquat pour mener leur travail.

Le Collectif a aussi souligné l’importance de la coopération entre institutions publiques et société civile, aux niveaux local, régional, national et international.`;

export const statements = [
  {
    // Scenario 4: reads in English and in French without logging in.
    key: "2014-07-10-gouvernement-valls",
    date: "2014-07-10",
    titleFr: "Le Collectif interpelle le gouvernement Valls",
    titleEn: "The Collective petitions the Valls Government",
    textFr: PETITION_2014_FR,
    textEn: PETITION_2014_EN,
    campaign: "plan-action-national-2014-2016",
    visibility: "PUBLIC",
    publishedOn: "2014-07-10",
  },
  {
    key: "2018-02-loi-asile-immigration",
    date: "2018-02-01",
    datePrecision: "MONTH",
    titleFr: "Le Collectif prend position contre la loi Asile et Immigration, loi à l’impact très négatif sur la lutte contre la traite",
    // The page exists in French only: left untranslated on purpose.
    textFr: `Le Collectif a pris position en février 2018 sur la loi (à l’époque projet de loi) Asile et Immigration, au regard de la traite des êtres humains.

Document : « Prise de position sur la loi Asile et Immigration ».

*Février 2018 : le jour exact n’est pas indiqué ; la prise de position est enregistrée au 1er février 2018.*`,
    bill: "Projet de loi asile et immigration (2018)",
    campaign: "loi-asile-immigration-2018",
    visibility: "PUBLIC",
    publishedOn: "2018-02-01",
  },
  {
    key: "2018-05-10-abolition",
    date: "2018-05-10",
    titleFr: "Quand pourrons-nous célébrer l’abolition de la traite des êtres humains et des formes contemporaines d’esclavage ?",
    // The site's English title reads "…the abolition of the treaty of human beings…", a slip for "traite".
    titleEn: "When can we celebrate the abolition of trafficking in human beings and contemporary forms of slavery?",
    textFr:
      "Déclaration du Collectif « Ensemble contre la traite des êtres humains » du 10 mai 2018. Son texte intégral est publié sur le site du Collectif.",
    textEn:
      "Statement of 10 May 2018 by the Collective “Together against trafficking in human beings”. Its full text is published on the Collective’s website.",
    visibility: "PUBLIC",
    publishedOn: "2018-05-10",
  },
] as const satisfies readonly StatementSeed[];

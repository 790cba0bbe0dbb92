// The report (compte-rendu) of the Collective's plenary of 29 September 2014, dated Paris,
// 6 October 2014, as published. Two things are left out on purpose: the coordinator's personal
// e-mail address and telephone number, and the registration address of the ACPE's conference.
// Two slips of the original are corrected and flagged in the text (see point 2 and the participants).

export const PLENARY_2014_09_29_AGENDA = `1. Lancement du site internet nouvelle formule le 1er octobre 2014.
2. Point sur les démarches auprès des ministères de la Justice et de l’Intérieur.
3. Démarches à réaliser auprès de la ministre des Affaires sociales, du ministre des Affaires étrangères, du ministre de l’Emploi.
4. Demande de rencontre avec la secrétaire générale de la MIPROF et la coordination nationale, pour en savoir plus sur la mise en œuvre du plan, les moyens, les financements.
5. Préparation d’un courrier à la CNCDH (chargée du suivi de la mise en œuvre du plan contre la traite en France).
6. La traite des mineurs, en France, dans le cadre du suivi de la Convention des droits de l’enfant.
7. Collaboration du Collectif avec les syndicats.
8. Initiatives des membres.
9. Élargissement du Collectif.`;

export const PLENARY_2014_09_29_REPORT = `# Compte-rendu de la réunion du Collectif du 29 septembre 2014

*Paris, le 6 octobre 2014 — Geneviève Colas et Constance Mazard, pour le Collectif « Ensemble contre la traite des êtres humains ».*

## Prochaines rencontres du Collectif

- **Jeudi 23 octobre 2014, 16 h, ministère de l’Intérieur, place Beauvau** : rencontre d’une délégation du Collectif avec des membres du cabinet du ministre de l’Intérieur, Bernard Cazeneuve — Raphaël Sodini, conseiller immigration et asile (correspondant traite) ; Jean-Julien Xavier-Rolai, conseiller juridique ; François Mainsard ou un collaborateur du conseiller police ; Luc Derepas, directeur général des étrangers en France. Même délégation du Collectif, car il s’agit d’approfondir et d’illustrer les points présentés lors de la rencontre avec le ministre, en particulier la question des mineurs : Secours Catholique, CCEM, Hors la Rue, OICEM, AFJ, Amicale du Nid.
- **Vendredi 7 novembre 2014, de 10 h à 12 h 30** : prochaine réunion plénière du Collectif, au Secours Catholique, 106 rue du Bac, 75341 Paris cedex 07, salle 3002.
- **Mardi 20 janvier 2015, 10 h, à la CFDT, 4 boulevard de la Villette, 75019 Paris** : rencontre d’une délégation du Collectif avec Jean-Louis Malys (secrétaire national) et Yvan Kagan (secrétaire confédéral, Service Économie et Société), chargés de la question de la lutte contre la traite des êtres humains.

## 1. Lancement du site internet nouvelle formule le 1er octobre 2014

À partir du 1er octobre, le nouveau site contrelatraite.org remplace l’ancien. Le site est présenté à chacun et quelques points d’attention sont listés :

- Dans la rubrique « Nos membres », chacun vérifie que les informations sont exactes et que ce sont des contacts publics. Chaque membre peut aussi transmettre des documents complémentaires : le rapport d’activité de l’année 2013, la présentation de son réseau international si une action contre la traite est menée au niveau international.
- Le site comporte une version anglaise. Chacun est invité à la relire et à transmettre, chaque fois que possible, les traductions en anglais des textes qu’il soumet.
- Dans la rubrique « Droit » seront ajoutés les textes et documents à jour du GRETA, de l’ONUDC, de l’OSCE…
- Le site sera officiellement lancé à l’occasion de la prochaine Journée européenne de lutte contre la traite des êtres humains. Tous les membres sont invités à adapter le texte proposé pour faire connaître le site à leurs réseaux et au-delà. Stéphanie Selle propose une base de texte que chacun pourra adapter.

**À suivre**

- Transmettre à contre.la.traite@secours-catholique.org et à la coordinatrice, pour chaque association membre, le contact public (prénom, nom, adresse électronique, numéro de téléphone), le rapport d’activité 2013, la présentation et le site web du réseau international auquel l’association est liée. Vérifier que la redirection vers votre site est effective, dans la version française comme dans la version anglaise. En cas de difficulté, nous alerter de même par courriel.
- Chacun est invité à transmettre à ses interlocuteurs et à intégrer sur son site le communiqué proposé, adapté à son organisation, pour faire connaître le site et l’action du Collectif (annexe 1).

## 2. Point sur les démarches auprès des ministères de la Justice et de l’Intérieur

- Une délégation du Collectif a rencontré le 11 septembre Claire d’Urso, conseillère législation pénale et aide aux victimes au cabinet de Christiane Taubira, ministre de la Justice. Voir le document de constats et propositions (annexe 2).
- Une délégation du Collectif a rencontré le 23 septembre *(le compte-rendu original écrit par erreur « 29 septembre »)* M. Bernard Cazeneuve, ministre de l’Intérieur, et Pierre-Antoine Molina, directeur adjoint du cabinet ; Raphaël Sodini, conseiller immigration et asile (correspondant traite) ; Jean-Julien Xavier-Rolai, conseiller juridique ; François Mainsard, conseiller police ; Luc Derepas, directeur général des étrangers en France. Voir le document de constats et propositions (annexe 3).

**À suivre**

- Une prochaine rencontre avec les conseillers du ministre est prévue le jeudi 23 octobre 2014 pour illustrer et approfondir les points abordés, en particulier la traite des mineurs.
- Raphaël Sodini est le référent traite des êtres humains au ministère de l’Intérieur.

## 3. Démarches à réaliser auprès de la ministre des Affaires sociales, du ministre des Affaires étrangères, du ministre de l’Emploi

- La ministre des Affaires sociales est aujourd’hui la ministre de tutelle de la MIPROF. Une demande de rendez-vous avec Marisol Touraine est à prévoir, afin de lui demander quelle prise en charge de la traite par son ministère, la traite étant par le passé reliée au ministère des Droits des femmes.
- Une autre démarche est à prévoir auprès du ministère des Affaires étrangères, car la traite des êtres humains ne peut être combattue qu’à un niveau transnational.
- Une autre démarche est à prévoir auprès du ministère de l’Emploi, pour toutes les formes d’exploitation autour du travail.

## 4. Demande de rencontre avec la secrétaire générale de la MIPROF et la coordination nationale

Le Collectif souhaite savoir où en est la mise en œuvre du plan et quels moyens y sont attribués. Il invitera donc la secrétaire générale de la MIPROF (Mission interministérielle pour la protection des femmes contre les violences et la lutte contre la traite des êtres humains) et Éric Panloup, coordonnateur national « Lutte contre la traite des êtres humains », à rencontrer le Collectif dans la seconde quinzaine de novembre.

## 5. Démarche auprès de la CNCDH, chargée du suivi du plan contre la traite en France

Conformément à la directive 2011/36/UE du Parlement européen et du Conseil du 5 avril 2011 concernant la prévention de la traite des êtres humains et la lutte contre ce phénomène ainsi que la protection des victimes, qui prévoit que les États membres mettent en place des rapporteurs nationaux ou des mécanismes équivalents pour évaluer la politique mise en œuvre et faire un rapport périodique, la CNCDH est chargée de cette évaluation.

**À suivre** : un rendez-vous sera pris début 2015 avec cette institution pour savoir comment elle pense procéder et déterminer quelle contribution du Collectif est souhaitable.

## 6. La traite des mineurs, en France, dans le cadre du suivi de la Convention des droits de l’enfant

- Une démarche a été lancée en juillet pour participer à la rédaction d’un rapport alternatif de suivi de la Convention internationale des droits de l’enfant sur les questions de traite des mineurs, de mineurs isolés étrangers… La date de présentation du rapport à Genève a été repoussée à mars 2015, ce qui laisse un peu plus de temps.
- ECPAT a engagé une étude sur la prise en charge des mineurs victimes de traite en France. Elle rencontre les associations à Paris, Bordeaux, Marseille, Lille et Nancy, et a commencé à rencontrer des associations du Collectif.
- Le point de contact français du Réseau européen des migrations (REM) organise une conférence nationale sur « L’identification et l’orientation des victimes de la traite des êtres humains en France et dans l’UE ». Ceux qui y participent sont invités à en faire un compte-rendu lors de la prochaine réunion du Collectif, en particulier en ce qui concerne les mineurs.

**À suivre** : le sujet sera repris à la prochaine réunion du Collectif, le 7 novembre 2014. Chacun est invité à contribuer en transmettant tout document utile à contre.la.traite@secours-catholique.org et à la coordinatrice.

## 7. Collaboration du Collectif avec les syndicats

Suite à la rencontre de Jean-Louis Malys, secrétaire national de la CFDT (Confédération française démocratique du travail), et d’Yvan Kagan (secrétaire confédéral, Service Économie et Société) le 1er octobre, un compte rendu sera transmis au Collectif. Geneviève Colas, Sylvie O’Dy et Ella Adler participent à cette rencontre.

**À suivre** : ceux qui souhaitent participer à des rencontres avec d’autres syndicats sont invités à le faire savoir.

## 8. Initiatives des membres

- Le CCEM (Comité contre l’esclavage moderne) est partenaire d’un projet cofinancé par la Commission européenne et le ministère des Affaires étrangères concernant une déclaration des Balkans sur la suppression de la traite et de l’exploitation des êtres humains. Les pays ciblés sont la Serbie, la Macédoine, la Croatie et la Bosnie-Herzégovine ; le projet vise à renforcer les sociétés civiles de ces quatre pays par des actions de formation. La déclaration, qui a recueilli à ce jour plus de 100 signatures, contient 29 recommandations, avec un volet droits de l’homme, traite des êtres humains (principalement sous l’angle des victimes) et protection des données. Une application pour smartphone visant à sensibiliser le jeune public sera peut-être créée.
  **À suivre** : Bénédicte Bourgeois transmettra le document en français et en anglais à mettre sur le site (avec un petit résumé et un lien) pour proposer de signer cette déclaration.
- Les Sœurs du Bon Pasteur, au niveau européen, avec le réseau RENATE, préparent un repérage des actions de lutte contre l’exploitation des femmes dans 17 pays européens : étude du contexte, situation des victimes, profil des trafiquants, réponses des pays concernés, statistiques…
- L’ACPE organise un colloque le 16 octobre 2014 sur la prostitution des mineurs en France et lance une campagne nationale. Le programme du colloque ne fait pas explicitement référence à la traite des êtres humains : pour que les actes du colloque soient référencés sur le site, le lien avec la traite devra être clairement présenté (au moins par une petite introduction).
- ECPAT lance une plateforme internet européenne réunissant 18 pays, en coopération avec Europol et Interpol, pour recueillir des signalements d’exploitation sexuelle d’enfants dans le tourisme : www.reportchildsextourism.eu, en anglais et en français, et prévue aussi en espagnol, en russe et en allemand.

## 9. Élargissement du Collectif à SOS Esclaves

Annick Fougeroux a présenté son association en présence de Marie Hienfray.

- Le Collectif propose que SOS Esclaves ait un statut de membre observateur pendant un an, à dater du jour où l’association confirme son souhait d’entrer dans le Collectif. L’association apparaîtra alors comme membre observateur sur le site du Collectif.
- Un an plus tard, un vote aura lieu pour décider si l’association entre comme membre du Collectif au même titre que celles qui en font partie depuis plusieurs années.
- L’association désignera un de ses membres comme point de contact. Elle transmettra sous format informatique son rapport d’activité 2013, dans un format diffusable à l’extérieur (afin qu’il puisse apparaître sur le site), en mettant en avant ses activités concernant la traite des êtres humains.
- Durant cette année d’observation, l’association participera régulièrement et activement aux activités du Collectif, mais elle n’est pas mandatée pour représenter le Collectif et ne prend pas part aux votes ; cette année lui permet de découvrir les autres associations membres et les positions qui se construisent et se défendent en Collectif.

*À noter : les outils élaborés précédemment par le Collectif seront utilisés jusqu’à rupture de stock.*

## Participants

*(Le compte-rendu original intitule cette liste « Participants à la rencontre du Collectif du 5 septembre » ; il s’agit de la réunion du 29 septembre.)*

- ACPE et COFRADE : Raffaella Tatangelo
- CCEM : Bénédicte Bourgeois
- ECPAT France : Alice Tallon
- Hors la Rue : Bénédicte Cabrol
- OICEM : Andréa Couzy
- Mouvement du Nid : Pierre Albert
- Planète Enfants : Stéphanie Selle et Léa Benassem
- Bon Pasteur et Champs de Booz : Marie-Hélène Halligon
- Secours Catholique : Geneviève Colas (coordination du Collectif) et Constance Mazard
- À partir de 11 h 30, pour présenter leur association — SOS Esclaves : Annick Fougeroux et Marie Hienfray
`;

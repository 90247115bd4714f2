/** French long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: acheteuses=acheteur, acheteurs=acheteur, comptables=comptable, controleuses=controleur, directrices=directeur, ingenieures=ingenieur, developpeuses=developpeur, techniciennes=technicien, analystes=analyste, juristes=juriste, avocates=avocat, gestionnaires=gestionnaire, responsables=responsable, planificatrice=planificateur, approvisionneuse=approvisionneur, negociatrice=negociateur, administratrice=administrateur, animatrice=animateur, conductrice=conducteur, inspectrice=inspecteur, preparatrice=preparateur, opératrice=operateur, operatrice=operateur, traductrice=traducteur, conceptrice=concepteur, productrice=producteur, realisatrice=realisateur, chargees=charge, attachee=attache, delegue=delegue, deleguee=delegue, employee=employe, experte=expert, architecte=architecte, pharmacienne=pharmacien, medecin=medecin, educatrice=educateur, institutrice=instituteur, logisticienne=logisticien, mecanicienne=mecanicien, electricienne=electricien, informaticienne=informaticien, statisticienne=statisticien, paysagiste=paysagiste, commerciaux=commercial, generaux=general, financiers=financier, juridique=juridique, superviseure=superviseur, auditeurs=auditeur

# Achats
functions.purchasing: achats indirects, achats strategiques, achats projets, achats industriels, achats hors production, achats generaux, achats it, achats informatiques, sourcing, relation fournisseurs, qualite fournisseurs, developpement fournisseurs, appels d'offres, marches publics, commande publique, politique achats, performance achats, famille d'achats, categorie achats
roles.purchasing: acheteur industriel, acheteur strategique, acheteur famille, acheteur international, acheteur junior, acheteur senior, gestionnaire approvisionnement, gestionnaire achats, assistant achats, category manager achats, chef de produit achats, negociateur, acheteur public, juriste marches publics

# Finance, contrôle de gestion, fiscalité, trésorerie
functions.finance: controle financier, comptabilite generale, comptabilite fournisseurs, comptabilite clients, comptabilite analytique, consolidation comptable, reporting financier, planification financiere, fiscal, tresorerie groupe, credit management, gestion de la paie, audit financier, finance d'entreprise, fusions acquisitions, relations investisseurs, financement, gestion budgetaire, cloture, facturation, administration des ventes finance, expertise comptable, commissariat aux comptes
roles.finance: controleur financier, aide comptable, comptable fournisseurs, comptable clients, comptable general, commissaire aux comptes, chef comptable, tresoriere, juriste fiscaliste, gestionnaire de paie, credit manager, gestionnaire recouvrement, charge de recouvrement, actuaire, souscripteur, souscriptrice, gestionnaire sinistres, analyste credit

# Informatique, systèmes d'information
functions.information-technology: exploitation, production informatique, infogerance, support utilisateurs, poste de travail, environnement de travail numerique, telecoms, telecommunications, reseaux et telecoms, architecture si, urbanisation si, erp, sap, applications metier, infrastructure it, cloud, hebergement, centre de donnees, service desk, assistance informatique
roles.information-technology: technicien support, technicien reseaux, administrateur reseaux, administrateur systemes et reseaux, ingenieur systemes, ingenieur reseaux, ingenieur infrastructure, ingenieur cloud, architecte si, architecte systeme, architecte infrastructure, architecte cloud, urbaniste si, analyste support, technicien helpdesk, gestionnaire de parc informatique, consultant sap, consultant erp, administrateur bases de donnees

# Sécurité informatique
functions.security: ssi, gestion des identites, gestion des identites et des acces, gestion des acces, tests d'intrusion, audit de securite, centre operationnel de securite, reponse aux incidents, securite applicative, securite cloud, securite reseau, cryptographie, gouvernance ssi
roles.security: analyste cybersecurite, analyste soc, ingenieur cybersecurite, architecte cybersecurite, pentesteuse, auditeur securite, expert cybersecurite, officier securite, correspondant securite

# Ingénierie, développement, R&D
functions.engineering: ingenierie logicielle, bureau d'etudes, etudes, methodes, industrialisation, electronique, mecanique, automatisme, genie civil, genie electrique, systemes embarques, logiciel embarque, tests et validation, validation, qualite logicielle, recette, integration continue, devops, plateforme
roles.engineering: developpeur web, developpeur full stack, developpeur front end, developpeur back end, developpeur mobile, ingenieure logicielle, ingenieur d'etudes, ingenieur r d, ingenieur methodes, ingenieur industrialisation, ingenieur mecanique, ingenieur electronique, ingenieur automaticien, ingenieur test, ingenieur validation, ingenieur devops, ingenieur calcul, ingenieur systemes embarques, architecte technique, architecte solution, architecte, testeur, testeuse, technicien bureau d'etudes, dessinateur, dessinatrice, projeteur, projeteuse, automaticien, automaticienne, electronicien, electronicienne, concepteur

# Données
functions.data: data, apprentissage automatique, gouvernance des donnees, donnees de reference, informatique decisionnelle, decisionnel, big data, statistiques, reporting
roles.data: data analyst, data scientist, data engineer, ingenieur data, statisticien, consultant decisionnel, consultant bi, developpeur bi, data steward, gestionnaire de donnees, chief data officer

# Produit, design, marketing, communication
roles.product: product owner, product manager
roles.design: designer, designer ux, designer ui, ux designer, ui designer, infographiste, webdesigner, illustrateur, illustratrice, maquettiste
functions.design: design, conception graphique, experience utilisateur, direction artistique
functions.marketing: marketing digital, marketing operationnel, marketing strategique, marketing produit, communication interne, communication externe, communication corporate, relations publiques, evenements, contenu, reseaux sociaux, referencement, acquisition, growth, image de marque, etudes de marche, veille concurrentielle, traduction, localisation
roles.marketing: chef de projet marketing, chef de projet digital, community manager, traffic manager, redacteur web, concepteur redacteur, attache de presse, charge d'etudes, traducteur

# Commercial, vente
functions.sales: administration des ventes, adv, prospection, force de vente, distribution commerciale, export, commerce international, commerce, retail, magasin, reponse aux appels d'offres, chiffrage
roles.sales: chef des ventes, conseiller de vente, representant, representante, key account manager, chef de secteur, gestionnaire adv, assistante commerciale, chiffreur, chiffreuse, gerant de magasin, chef de rayon, caissier, caissiere

# Développement des affaires, partenariats
functions.business-development: business development, canal, distribution indirecte, franchise
roles.business-development: business developer, developpeur d'affaires

# Service client, support
functions.customer-success: apres vente, centre d'appels, centre de contact, gestion des reclamations, reclamations, escalade, deploiement client, accompagnement client
roles.customer-success: conseiller clientele, gestionnaire clientele, teleconseillere, customer success manager, charge de relation client, technicien sav, technicien de maintenance client, chef de projet deploiement, consultant implementation

# Opérations, logistique, production, qualité, HSE, services généraux
functions.operations: supply chain, planification, ordonnancement, gestion des stocks, stocks, entrepot, entreposage, magasinage, transport, transports, expedition, douane, flux, fabrication, site industriel, travaux neufs, lean, excellence operationnelle, assurance qualite, controle qualite, hse, environnement, developpement durable, rse, moyens generaux, immobilier, patrimoine, travaux, chantier, gestion des commandes, administration des commandes
roles.operations: technicien logistique, gestionnaire de stocks, magasiniere, cariste, preparateur de commandes, agent logistique, chef de quai, planificateur, ordonnanceur, ordonnancatrice, approvisionneur production, gestionnaire transport, affreteur, affreteuse, declarant en douane, chef d'atelier, chef de ligne, conducteur de ligne, operateur de production, technicien de production, mecanicien, electricien, technicien qualite, ingenieur qualite, auditeur qualite, controleur qualite, animateur qualite, animateur hse, ingenieur hse, preventeur, chef de projet amelioration continue, facility manager, gestionnaire immobilier, conducteur de travaux, chef de chantier, charge de mission rse, gestionnaire de commandes

# Ressources humaines
functions.human-resources: rh, gestion des talents, acquisition de talents, formation, developpement des competences, mobilite, relations humaines, remuneration et avantages sociaux, avantages sociaux, administration du personnel, marque employeur, qualite de vie au travail, diversite, inclusion, sirh, culture
roles.human-resources: charge de formation, gestionnaire rh, assistant rh, generaliste rh, business partner rh, hr business partner, rrh, talent acquisition, formateur, consultant rh, gestionnaire administration du personnel, charge de developpement rh

# Juridique
functions.legal: droit des affaires, droit social, droit du travail, contrats, propriete intellectuelle, brevets, droit des societes, secretariat juridique, direction juridique
roles.legal: juriste contrats, juriste droit social, juriste propriete intellectuelle, avocat d'affaires, clerc de notaire, assistant juridique, paralegal, ingenieur brevets, conseil en propriete industrielle, secretaire general

# Conformité, audit, risques
functions.compliance: audit, risques operationnels, maitrise des risques, donnees personnelles, lutte anti blanchiment, lcb ft, lutte contre la fraude, fraude, ethique, affaires reglementaires, reglementaire, pharmacovigilance, continuite d'activite, plan de continuite
roles.compliance: chargee de conformite, compliance officer, deontologue, auditeur interne, gestionnaire des risques, analyste risques, juriste rgpd, charge des affaires reglementaires, pharmacien responsable, analyste lcb ft, analyste conformite

# Projets, conseil, administration
roles.project-management: charge de projet, scrum master, coach agile, chef de programme
roles.consulting: consultant senior, consultant en strategie, consultant en management, consultant fonctionnel, consultante fonctionnelle
roles.administrative: assistante administrative, secretaire de direction, secretaire medicale, hote d'accueil, agent d'accueil, standardiste, employe administratif, employee administrative, gestionnaire administrative, agent administratif, assistant polyvalent, assistante polyvalente
functions.administrative: administration

# Recherche, santé, enseignement
functions.research: innovation, recherche clinique, recherche scientifique
roles.research: chimiste, biologiste, physicien, physicienne, doctorante, post doctorant, post doctorante, charge de recherche
functions.healthcare: medical, pharmacie, infirmerie, essais cliniques, affaires medicales, soins infirmiers
roles.healthcare: aide soignante, preparateur en pharmacie, chirurgienne, dentiste, chirurgien dentiste, psychologue, orthophoniste, ergotherapeute, radiologue, attache de recherche clinique, arc, medecin du travail, cadre de sante, veterinaire
functions.education: education, formation initiale
roles.education: professeure, professeur des ecoles, educateur, formateur pedagogique, conseiller pedagogique, ingenieur pedagogique

# Direction générale
roles.general-management: entrepreneur, entrepreneuse, president du directoire, directeur general delegue

# Plus de métiers : banque, assurance, secteur public, commerce, BTP, énergie, hôtellerie, médias
roles.finance: conseiller bancaire, conseiller clientele bancaire, charge d'affaires entreprises, gestionnaire de patrimoine, conseiller en gestion de patrimoine, analyste risques credit, gestionnaire back office, gestionnaire middle office, trader, gestionnaire de portefeuille, souscripteur iard, gestionnaire de contrats assurance, expert en assurance, comptable unique, comptable tresorerie, responsable comptable, charge de consolidation, controleur budgetaire, analyste fp a, gestionnaire facturation
roles.information-technology: technicien poste de travail, technicien de proximite, administrateur cloud, ingenieur de production, ingenieur systeme linux, ingenieur systeme windows, technicien telecom, ingenieur telecom, consultant fonctionnel erp, consultante fonctionnelle erp, chef de projet moa, chef de projet moe, consultant moa, analyste fonctionnel, analyste fonctionnelle, integrateur, integratrice
roles.engineering: developpeur java, developpeur python, developpeur php, developpeur net, developpeur logiciel embarque, ingenieur logiciel embarque, ingenieur electrique, ingenieur genie civil, ingenieur structure, ingenieur process, ingenieur production industrielle, technicien methodes, technicien d'essais, ingenieur d'essais, ingenieur qualite logicielle
roles.operations: chauffeur livreur, conducteur poids lourd, agent de quai, gestionnaire de flux, gestionnaire logistique, technicien supply chain, planificateur production, soudeur, soudeuse, chaudronnier, tourneur, fraiseur, usineur, regleur, monteur, monteuse, electromecanicien, technicien de maintenance industrielle, agent de maintenance, gardien d'immeuble, agent d'entretien, agent de proprete, chef d'equipe production, chef d'equipe logistique, technicien hse, charge qhse, animateur securite, ingenieur environnement, chef de projet travaux, metreur, economiste de la construction, geometre
roles.sales: vendeur conseil, conseiller commercial terrain, commercial terrain, commercial sedentaire, televendeur, televendeuse, employe de commerce, employe libre service, hote de caisse, hotesse de caisse, responsable de rayon, animateur commercial, chef de produit commercial, business manager
roles.human-resources: gestionnaire de formation, assistant formation, charge des relations sociales, juriste rh, consultant en recrutement, charge de mission rh
roles.healthcare: auxiliaire de puericulture, aide medico psychologique, manipulateur en radiologie, manipulatrice en radiologie, infirmier de bloc, infirmier anesthesiste, dieteticien, dieteticienne, psychomotricien, orthoptiste, opticien, opticienne, ambulancier, ambulanciere
roles.education: professeur des universites, maitre de conferences associe, conseiller principal d'education, assistant d'education, animateur periscolaire, formateur pour adultes
`;

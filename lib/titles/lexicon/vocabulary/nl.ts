/** Dutch long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
# An information security officer, not a guard (beveiliger): read as the field and a specialist.
variants: informatiebeveiliger=informatiebeveiliging specialist, informatiebeveiligers=informatiebeveiliging specialist
variants: inkoopster=inkoper, medewerkers=medewerker, adviseurs=adviseur, verpleegkundigen=verpleegkundige, onderzoekster=onderzoeker, ontwerpster=ontwerper, boekhoudster=boekhouder, beheerders=beheerder, schrijfster=schrijver, vertaalster=vertaler, secretaris=secretaresse, receptioniste=receptionist, planners=planner, monteurs=monteur

# Inkoop
functions.purchasing: inkoop, strategische inkoop, tactische inkoop, operationele inkoop, indirecte inkoop, projectinkoop, aanbesteding, aanbestedingen, europese aanbestedingen, contractmanagement inkoop, leveranciersmanagement, leveranciersbeheer, categoriemanagement, sourcing, procurement, inkoopbeleid, purchase to pay
roles.purchasing: inkoper, strategisch inkoper, tactisch inkoper, operationeel inkoper, senior inkoper, junior inkoper, inkoopmedewerker, inkoopassistent, inkoopadviseur, inkoopspecialist, inkoopmanager, inkoopcoordinator, categoriemanager, category manager, aanbestedingsadviseur, aanbestedingsspecialist, contractmanager inkoop, leveranciersmanager, buyer, purchaser

# Financiën
functions.finance: financien, financiele administratie, administratie, boekhouding, crediteurenadministratie, debiteurenadministratie, debiteurenbeheer, salarisadministratie, loonadministratie, controlling, business control, planning en control, fiscaliteit, belastingen, treasury, rapportage, consolidatie, verslaggeving, begroting, financial planning, investor relations, accountancy
roles.finance: controller, business controller, financial controller, concerncontroller, boekhouder, accountant, registeraccountant, assistent accountant, financieel medewerker, financieel administrateur, financieel analist, financieel adviseur, administrateur, crediteurenadministrateur, debiteurenadministrateur, debiteurenbeheerder, salarisadministrateur, loonadministrateur, fiscalist, belastingadviseur, treasurer, actuaris, kredietanalist, schadebehandelaar, acceptant, financieel directeur

# ICT
functions.information-technology: ict, it, informatievoorziening, informatiemanagement, systeembeheer, netwerkbeheer, applicatiebeheer, functioneel beheer, technisch beheer, werkplekbeheer, servicedesk, helpdesk, infrastructuur, datacenter, telecommunicatie, cloud, erp, sap, digitalisering, digitale transformatie, informatisering
roles.information-technology: systeembeheerder, netwerkbeheerder, applicatiebeheerder, functioneel beheerder, technisch beheerder, werkplekbeheerder, ict medewerker, ict beheerder, ict specialist, ict consultant, ict adviseur, it specialist, it consultant, it adviseur, servicedesk medewerker, helpdesk medewerker, informatieanalist, informatiemanager, netwerkspecialist, systeemspecialist, databasebeheerder, cloud engineer, cloudarchitect, enterprise architect, informatiearchitect, sap consultant

# Informatiebeveiliging
functions.security: informatiebeveiliging, cyber security, cybersecurity, cyberveiligheid, beveiliging informatie, identity and access management, toegangsbeheer, identiteitsbeheer, security operations center, incident response, pentesten, ethisch hacken
roles.security: security officer, information security officer, security analist, security specialist, security engineer, security consultant, security adviseur, informatiebeveiliger, beveiligingsspecialist, pentester, ethisch hacker, soc analist, iam specialist, iam consultant

# Ontwikkeling, techniek
functions.engineering: softwareontwikkeling, ontwikkeling, applicatieontwikkeling, techniek, engineering, werktuigbouwkunde, elektrotechniek, mechatronica, procestechniek, testen, testautomatisering, devops, platform
roles.engineering: softwareontwikkelaar, ontwikkelaar, software developer, webontwikkelaar, front end developer, back end developer, programmeur, software engineer, softwarearchitect, software architect, tester, testanalist, testcoordinator, testmanager, werktuigbouwkundige, elektrotechnicus, mechatronicus, constructeur, tekenaar, ontwerper, proces engineer, procesingenieur, technisch directeur

# Data
functions.data: data, data analyse, data science, business intelligence, bi, analytics, kunstmatige intelligentie, machine learning, datamanagement, datakwaliteit, stamgegevens, rapportages
roles.data: data analist, data analyst, data scientist, data engineer, data architect, bi specialist, bi consultant, bi ontwikkelaar, datamanager, data steward, statisticus

# Product, ontwerp, marketing
roles.product: productmanager, product owner, productspecialist, productverantwoordelijke
roles.design: grafisch ontwerper, ux designer, ui designer, vormgever, webdesigner, illustrator, art director
functions.design: vormgeving, grafisch ontwerp, ontwerp
functions.marketing: marketing, communicatie, marketingcommunicatie, online marketing, contentmarketing, pr, persvoorlichting, voorlichting, evenementen, social media, merk, branding, reclame, marktonderzoek
roles.marketing: marketeer, marketingmedewerker, marketingadviseur, marketingspecialist, marketingmanager, communicatieadviseur, communicatiemedewerker, communicatiespecialist, woordvoerder, voorlichter, contentmarketeer, copywriter, tekstschrijver, redacteur, online marketeer, social media manager, eventmanager, evenementenmanager, vertaler, marktonderzoeker

# Verkoop
functions.sales: verkoop, sales, commercie, binnendienst, buitendienst, accountmanagement, key accountmanagement, export, retail, winkel, detailhandel, offertes, tenders
roles.sales: verkoper, verkoopmedewerker, verkoopadviseur, binnendienstmedewerker, buitendienstmedewerker, commercieel medewerker, commercieel adviseur, vertegenwoordiger, salesmanager, sales manager, verkoopmanager, verkoopleider, commercieel directeur, winkelmanager, filiaalmanager, bedrijfsleider winkel, caissiere, kassamedewerker, tendermanager, bidmanager, offertecalculator, calculator

# Businessontwikkeling
functions.business-development: business development, partnerships, partnermanagement, allianties, samenwerkingen
roles.business-development: business developer, partnermanager, alliantiemanager, channel manager

# Klantenservice
functions.customer-success: klantenservice, klantcontact, klantenondersteuning, klantbeleving, klanttevredenheid, customer success, support, servicedesk klant, aftersales, klachtenafhandeling, klachtenmanagement, escalatie, implementatie
roles.customer-success: klantenservicemedewerker, klantcontactmedewerker, callcentermedewerker, servicemedewerker, supportmedewerker, customer success manager, klachtenbehandelaar, servicemonteur, implementatieconsultant

# Operations, logistiek, productie, kwaliteit, facilitair
functions.operations: operations, logistiek, supply chain, magazijn, warehouse, distributie, transport, planning, voorraadbeheer, productie, fabricage, onderhoud, technische dienst, kwaliteit, kwaliteitszorg, kwaliteitsmanagement, kwaliteitsborging, kwaliteitscontrole, arbo, veiligheid gezondheid milieu, vgm, kam, hse, milieu, duurzaamheid, facilitair, facilitaire dienst, facility management, vastgoed, huisvesting, bouw, orderverwerking, ordermanagement, douane, continu verbeteren, lean
roles.operations: logistiek medewerker, logistiek coordinator, logistiek manager, magazijnmedewerker, magazijnchef, orderpicker, heftruckchauffeur, chauffeur, vrachtwagenchauffeur, planner, logistiek planner, productieplanner, voorraadbeheerder, expeditiemedewerker, productiemedewerker, productieleider, productiemanager, machineoperator, monteur, onderhoudsmonteur, servicetechnicus, elektromonteur, kwaliteitsmedewerker, kwaliteitsmanager, kwaliteitscoordinator, kwaliteitsinspecteur, kam coordinator, hse manager, veiligheidskundige, preventiemedewerker, duurzaamheidsmanager, facilitair medewerker, facilitair manager, facility manager, vastgoedmanager, uitvoerder, werkvoorbereider, projectleider bouw, orderverwerker, ordermanager, douanedeclarant, operations manager, bedrijfsleider, plant manager, vestigingsmanager

# HR
functions.human-resources: hr, human resources, personeelszaken, personeel, personeel en organisatie, recruitment, werving en selectie, werving, talentmanagement, opleiding, opleidingen, learning and development, arbeidsvoorwaarden, beloning, salaris, verzuim, organisatieontwikkeling
roles.human-resources: hr adviseur, hr medewerker, hr manager, hr business partner, hr specialist, hr generalist, personeelsadviseur, personeelsfunctionaris, recruiter, corporate recruiter, intercedent, opleidingscoordinator, opleidingsadviseur, trainer, arbeidsvoorwaardenadviseur, verzuimconsulent, loopbaanadviseur

# Juridisch
functions.legal: juridische zaken, juridisch, recht, contracten, contractbeheer, contractmanagement, arbeidsrecht, ondernemingsrecht, intellectueel eigendom, octrooien, procesvoering
roles.legal: jurist, bedrijfsjurist, advocaat, advocate, notaris, kandidaat notaris, juridisch medewerker, juridisch adviseur, paralegal, legal counsel, contractmanager, octrooigemachtigde, bedrijfsjuridisch adviseur, general counsel

# Compliance, audit, risico
functions.compliance: compliance, audit, interne audit, internal audit, auditing, risicomanagement, risico, privacy, gegevensbescherming, avg, integriteit, fraudebestrijding, anti witwassen, wwft, kyc, regulatory affairs, toezicht, interne controle, bedrijfscontinuiteit
roles.compliance: compliance officer, compliance medewerker, compliance adviseur, compliance manager, auditor, interne auditor, it auditor, risicomanager, risk manager, risicoanalist, risk officer, privacy officer, functionaris gegevensbescherming, fg, privacyjurist, kyc analist, fraudeonderzoeker, integriteitsadviseur, regulatory affairs specialist

# Projecten, advies, administratie
roles.project-management: projectleider, projectmanager, projectcoordinator, projectmedewerker, programmamanager, scrum master, agile coach, pmo medewerker
roles.consulting: senior consultant, organisatieadviseur, bedrijfsadviseur, managementconsultant, strategisch adviseur
roles.administrative: secretaresse, managementassistent, directiesecretaresse, office manager, officemanager, receptionist, baliemedewerker, administratief medewerker, telefoniste, secretarieel medewerker, officemedewerker
functions.administrative: secretariaat, receptie, administratieve ondersteuning, office management

# Onderzoek, zorg, onderwijs
functions.research: onderzoek, onderzoek en ontwikkeling, laboratorium, innovatie, wetenschap
roles.research: onderzoeker, wetenschapper, promovendus, postdoc, laborant, analist laboratorium, chemicus, bioloog, fysicus, innovatiemanager
functions.healthcare: zorg, gezondheidszorg, verpleging, ziekenhuis, kliniek, farmacie, apotheek, klinisch onderzoek
roles.healthcare: verpleegkundige, verpleger, verzorgende, arts, huisarts, specialist ouderengeneeskunde, apotheker, apothekersassistent, fysiotherapeut, tandarts, psycholoog, verloskundige, doktersassistent, zorgcoordinator, dierenarts, clinical research associate
functions.education: onderwijs, school, hogeschool, universiteit, educatie
roles.education: docent, leraar, lerares, hoogleraar, universitair docent, onderwijsassistent, leerkracht, onderwijskundige, schoolleider, mentor onderwijs

# Algemene leiding
roles.general-management: algemeen directeur, directeur eigenaar, ondernemer, zelfstandig ondernemer, zzp, zzper, bestuurder, bestuursvoorzitter, vestigingsdirecteur

# Stems of compound role nouns, so that their level word is read: filiaal|manager
compoundParts: filiaal, kassa, allianti, expeditie, leveranciers, balie

# Meer beroepen: bank, verzekeringen, overheid, retail, bouw, energie, media
roles.finance: kredietadviseur, hypotheekadviseur, financieel planner, beleggingsadviseur, vermogensbeheerder, schadeexpert, verzekeringsadviseur, acceptant schade, declaratiemedewerker, facturatiemedewerker, administratief medewerker financien, medewerker crediteurenadministratie, medewerker debiteurenadministratie, belastingspecialist, btw specialist, business analist finance, treasury analist
roles.purchasing: inkoopanalist, inkoopcontroller, inkoopplanner, contractbeheerder inkoop, materiaalplanner, leveranciersadviseur
roles.information-technology: applicatiespecialist, werkplekspecialist, netwerkengineer, systeemengineer, infrastructuur engineer, ict coordinator, ict manager, it manager, devops beheerder, servicedeskmedewerker, telecomspecialist, technisch applicatiebeheerder, informatieadviseur
roles.security: cybersecurity specialist, cybersecurity analist, security architect, ciso office, informatiebeveiligingsadviseur, privacy en security officer, soc engineer
roles.engineering: werktuigbouwkundig ingenieur, elektrotechnisch ingenieur, installatietechnicus, ontwikkelingsingenieur, embedded developer, app ontwikkelaar, java ontwikkelaar, net ontwikkelaar, testengineer, testautomatiseerder, devops engineer, platform engineer, constructief ontwerper
roles.data: datawetenschapper, data specialist, data consultant, rapportagespecialist, informatieanalist data
roles.marketing: marketingcoordinator, online marketing specialist, seo specialist, contentspecialist, communicatiemanager, campagnemanager, brandmanager, webredacteur, eventcoordinator, persvoorlichter
roles.sales: accountmanager binnendienst, accountmanager buitendienst, verkoopbinnendienst, verkoopmedewerker binnendienst, salesmedewerker, salesadviseur, verkoopcoordinator, telefonisch verkoper, winkelmedewerker, verkoopster, filiaalleider, exportmanager, areamanager
roles.customer-success: klantadviseur, klantenservicemanager, supportspecialist, technisch supportmedewerker, servicecoordinator, aftersales medewerker, onboarding specialist, klantmanager
roles.operations: logistiek analist, planner logistiek, transportplanner, wagenparkbeheerder, expediteur, douanespecialist, productieplanner logistiek, procesoperator, ploegleider productie, productiecoordinator, onderhoudsengineer, onderhoudstechnicus, storingsmonteur, installateur, elektricien, lasser, timmerman, facilitair coordinator, huismeester, schoonmaker, beveiligingscoordinator vastgoed, kwaliteitsfunctionaris, kwaliteitsadviseur, milieucoordinator, duurzaamheidsadviseur, hse adviseur, veiligheidscoordinator, lean specialist, projectleider productie, werkvoorbereider bouw, calculator bouw
roles.human-resources: hr adviseur verzuim, hr officer, hr assistent, salarisspecialist, recruitment consultant, talent acquisition specialist, opleidingsmanager, loopbaancoach, arbeidsdeskundige, personeelsmanager
roles.legal: juridisch specialist, juridisch consultant, contractjurist, advocaat stagiair, notarieel medewerker, kandidaat notaris, legal officer, privacyjurist juridisch
roles.compliance: compliance specialist, compliance analist, risk analist, operational risk manager, internal auditor, auditmanager, kwaliteitsauditor compliance, wwft analist, fraudeanalist, integriteitsfunctionaris
roles.healthcare: wijkverpleegkundige, gespecialiseerd verpleegkundige, verpleegkundig specialist, physician assistant, doktersassistente, tandartsassistent, mondhygienist, ergotherapeut, logopedist, dietist, zorgmedewerker, helpende zorg, begeleider, ggz medewerker, apothekersassistente
roles.education: groepsleerkracht, docent wiskunde, docent engels, intern begeleider, remedial teacher, onderwijsondersteuner, pedagogisch medewerker, decaan
roles.research: onderzoeksmedewerker, wetenschappelijk medewerker, analist r d, laboratoriummedewerker
roles.administrative: administratief medewerker, secretarieel ondersteuner, managementondersteuner, directieassistent, officemanager assistent, archiefmedewerker, postkamermedewerker
`;

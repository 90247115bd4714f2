/** Dutch long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
# An information security officer, not a guard (beveiliger): read as the field and a specialist.
variants: informatiebeveiliger=informatiebeveiliging specialist, informatiebeveiligers=informatiebeveiliging specialist
variants: inkoopster=inkoper, medewerkers=medewerker, adviseurs=adviseur, verpleegkundigen=verpleegkundige, onderzoekster=onderzoeker, ontwerpster=ontwerper, boekhoudster=boekhouder, beheerders=beheerder, schrijfster=schrijver, vertaalster=vertaler, secretaris=secretaresse, receptioniste=receptionist, planners=planner, monteurs=monteur

# Inkoop
functions.purchasing: strategische inkoop, tactische inkoop, operationele inkoop, indirecte inkoop, projectinkoop, europese aanbestedingen, leveranciersmanagement, leveranciersbeheer, categoriemanagement, sourcing, procurement, inkoopbeleid, purchase to pay
roles.purchasing: operationeel inkoper, senior inkoper, junior inkoper, inkoopmedewerker, inkoopassistent, inkoopspecialist, inkoopcoordinator, categoriemanager, category manager, aanbestedingsadviseur, aanbestedingsspecialist, contractmanager inkoop, leveranciersmanager, buyer, purchaser

# Financiën
functions.finance: crediteurenadministratie, debiteurenadministratie, debiteurenbeheer, loonadministratie, controlling, business control, planning en control, fiscaliteit, belastingen, treasury, rapportage, consolidatie, verslaggeving, begroting, financial planning, investor relations, accountancy
roles.finance: business controller, financial controller, concerncontroller, accountant, registeraccountant, assistent accountant, financieel administrateur, financieel analist, administrateur, crediteurenadministrateur, debiteurenadministrateur, debiteurenbeheerder, salarisadministrateur, loonadministrateur, fiscalist, belastingadviseur, treasurer, actuaris, kredietanalist, schadebehandelaar, acceptant

# ICT
functions.information-technology: technisch beheer, werkplekbeheer, servicedesk, helpdesk, infrastructuur, datacenter, telecommunicatie, cloud, erp, sap, digitalisering, digitale transformatie, informatisering
roles.information-technology: technisch beheerder, werkplekbeheerder, ict beheerder, ict specialist, ict consultant, ict adviseur, servicedesk medewerker, helpdesk medewerker, informatieanalist, informatiemanager, netwerkspecialist, systeemspecialist, databasebeheerder, cloud engineer, cloudarchitect, enterprise architect, informatiearchitect, sap consultant

# Informatiebeveiliging
functions.security: identity and access management, toegangsbeheer, identiteitsbeheer, security operations center, incident response, pentesten, ethisch hacken
roles.security: security officer, information security officer, security analist, security specialist, security engineer, security consultant, security adviseur, beveiligingsspecialist, pentester, ethisch hacker, soc analist, iam specialist, iam consultant

# Ontwikkeling, techniek
functions.engineering: applicatieontwikkeling, engineering, werktuigbouwkunde, elektrotechniek, mechatronica, procestechniek, testen, testautomatisering, devops, platform
roles.engineering: software developer, webontwikkelaar, front end developer, back end developer, software engineer, softwarearchitect, tester, testanalist, testcoordinator, testmanager, werktuigbouwkundige, elektrotechnicus, mechatronicus, constructeur, tekenaar, ontwerper, proces engineer, procesingenieur, technisch directeur

# Data
functions.data: data, data science, business intelligence, analytics, kunstmatige intelligentie, machine learning, datamanagement, datakwaliteit, stamgegevens, rapportages
roles.data: data scientist, data architect, bi specialist, bi consultant, bi ontwikkelaar, datamanager, data steward, statisticus

# Product, ontwerp, marketing
roles.product: product owner, productspecialist, productverantwoordelijke
roles.design: ux designer, ui designer, webdesigner, illustrator, art director
functions.design: grafisch ontwerp
functions.marketing: marketing, online marketing, contentmarketing, pr, persvoorlichting, evenementen, social media, merk, branding, marktonderzoek
roles.marketing: marketingmedewerker, marketingadviseur, marketingspecialist, marketingmanager, communicatiespecialist, woordvoerder, voorlichter, contentmarketeer, copywriter, tekstschrijver, redacteur, online marketeer, social media manager, eventmanager, evenementenmanager, vertaler, marktonderzoeker

# Verkoop
functions.sales: sales, commercie, accountmanagement, key accountmanagement, export, retail, winkel, detailhandel, offertes, tenders
roles.sales: binnendienstmedewerker, buitendienstmedewerker, commercieel adviseur, salesmanager, verkoopmanager, verkoopleider, winkelmanager, filiaalmanager, bedrijfsleider winkel, caissiere, kassamedewerker, tendermanager, bidmanager, offertecalculator, calculator

# Businessontwikkeling
functions.business-development: business development, partnermanagement, samenwerkingen
roles.business-development: business developer, alliantiemanager, channel manager

# Klantenservice
functions.customer-success: klantbeleving, klanttevredenheid, customer success, support, aftersales, klachtenafhandeling, klachtenmanagement, escalatie, implementatie
roles.customer-success: klantcontactmedewerker, callcentermedewerker, servicemedewerker, supportmedewerker, customer success manager, klachtenbehandelaar, servicemonteur, implementatieconsultant

# Operations, logistiek, productie, kwaliteit, facilitair
functions.operations: operations, supply chain, warehouse, distributie, transport, voorraadbeheer, fabricage, technische dienst, kwaliteitszorg, kwaliteitsmanagement, kwaliteitsborging, kwaliteitscontrole, arbo, veiligheid gezondheid milieu, vgm, kam, hse, milieu, duurzaamheid, facilitaire dienst, facility management, vastgoed, huisvesting, bouw, orderverwerking, ordermanagement, douane, continu verbeteren, lean
roles.operations: logistiek coordinator, logistiek manager, magazijnchef, orderpicker, heftruckchauffeur, chauffeur, vrachtwagenchauffeur, logistiek planner, productieplanner, voorraadbeheerder, expeditiemedewerker, productieleider, productiemanager, machineoperator, monteur, onderhoudsmonteur, servicetechnicus, elektromonteur, kwaliteitsmedewerker, kwaliteitsmanager, kwaliteitscoordinator, kwaliteitsinspecteur, kam coordinator, hse manager, veiligheidskundige, preventiemedewerker, duurzaamheidsmanager, facilitair medewerker, facilitair manager, facility manager, vastgoedmanager, uitvoerder, werkvoorbereider, projectleider bouw, orderverwerker, ordermanager, douanedeclarant, operations manager, bedrijfsleider, plant manager, vestigingsmanager

# HR
functions.human-resources: hr, recruitment, talentmanagement, opleiding, opleidingen, learning and development, arbeidsvoorwaarden, beloning, salaris, verzuim, organisatieontwikkeling
roles.human-resources: hr manager, hr business partner, hr specialist, hr generalist, personeelsfunctionaris, corporate recruiter, intercedent, opleidingscoordinator, opleidingsadviseur, trainer, arbeidsvoorwaardenadviseur, verzuimconsulent, loopbaanadviseur

# Juridisch
functions.legal: contracten, contractbeheer, contractmanagement, arbeidsrecht, ondernemingsrecht, intellectueel eigendom, octrooien, procesvoering
roles.legal: advocate, kandidaat notaris, juridisch medewerker, paralegal, legal counsel, contractmanager, octrooigemachtigde, bedrijfsjuridisch adviseur, general counsel

# Compliance, audit, risico
functions.compliance: compliance, audit, interne audit, internal audit, auditing, avg, integriteit, fraudebestrijding, anti witwassen, wwft, kyc, regulatory affairs, toezicht, bedrijfscontinuiteit
roles.compliance: compliance medewerker, compliance adviseur, compliance manager, interne auditor, it auditor, risk manager, risicoanalist, risk officer, privacy officer, privacyjurist, kyc analist, fraudeonderzoeker, integriteitsadviseur, regulatory affairs specialist

# Projecten, advies, administratie
roles.project-management: projectmedewerker, scrum master, agile coach, pmo medewerker
roles.consulting: senior consultant, organisatieadviseur, bedrijfsadviseur, managementconsultant, strategisch adviseur
roles.administrative: baliemedewerker, telefoniste, secretarieel medewerker, officemedewerker
functions.administrative: administratieve ondersteuning, office management

# Onderzoek, zorg, onderwijs
functions.research: onderzoek en ontwikkeling, innovatie, wetenschap
roles.research: postdoc, laborant, chemicus, bioloog, fysicus, innovatiemanager
functions.healthcare: kliniek, farmacie, apotheek, klinisch onderzoek
roles.healthcare: verpleger, specialist ouderengeneeskunde, apothekersassistent, tandarts, psycholoog, verloskundige, doktersassistent, zorgcoordinator, dierenarts, clinical research associate
functions.education: school, educatie
roles.education: hoogleraar, universitair docent, onderwijsassistent, onderwijskundige, schoolleider

# Algemene leiding
roles.general-management: ondernemer, zelfstandig ondernemer, zzp, zzper, vestigingsdirecteur

# Stems of compound role nouns, so that their level word is read: filiaal|manager
compoundParts: filiaal, kassa, allianti, expeditie, leveranciers, balie

# Meer beroepen: bank, verzekeringen, overheid, retail, bouw, energie, media
roles.finance: kredietadviseur, hypotheekadviseur, financieel planner, beleggingsadviseur, vermogensbeheerder, schadeexpert, verzekeringsadviseur, acceptant schade, declaratiemedewerker, facturatiemedewerker, administratief medewerker financien, medewerker crediteurenadministratie, medewerker debiteurenadministratie, belastingspecialist, btw specialist, business analist finance, treasury analist
roles.purchasing: inkoopanalist, inkoopcontroller, inkoopplanner, contractbeheerder inkoop, materiaalplanner, leveranciersadviseur
roles.information-technology: applicatiespecialist, werkplekspecialist, netwerkengineer, systeemengineer, infrastructuur engineer, ict coordinator, devops beheerder, telecomspecialist, technisch applicatiebeheerder, informatieadviseur
roles.security: cybersecurity specialist, cybersecurity analist, security architect, informatiebeveiligingsadviseur, privacy en security officer, soc engineer
roles.engineering: werktuigbouwkundig ingenieur, elektrotechnisch ingenieur, installatietechnicus, ontwikkelingsingenieur, embedded developer, app ontwikkelaar, java ontwikkelaar, net ontwikkelaar, testengineer, testautomatiseerder, devops engineer, platform engineer, constructief ontwerper
roles.data: datawetenschapper, data specialist, data consultant, rapportagespecialist
roles.marketing: marketingcoordinator, online marketing specialist, seo specialist, contentspecialist, communicatiemanager, campagnemanager, brandmanager, webredacteur, eventcoordinator, persvoorlichter
roles.sales: accountmanager binnendienst, accountmanager buitendienst, verkoopbinnendienst, verkoopmedewerker binnendienst, salesmedewerker, salesadviseur, verkoopcoordinator, telefonisch verkoper, winkelmedewerker, filiaalleider, exportmanager, areamanager
roles.customer-success: klantenservicemanager, supportspecialist, technisch supportmedewerker, servicecoordinator, aftersales medewerker, onboarding specialist, klantmanager
roles.operations: logistiek analist, planner logistiek, transportplanner, wagenparkbeheerder, expediteur, douanespecialist, productieplanner logistiek, procesoperator, ploegleider productie, productiecoordinator, onderhoudsengineer, onderhoudstechnicus, storingsmonteur, installateur, elektricien, lasser, timmerman, facilitair coordinator, huismeester, schoonmaker, kwaliteitsfunctionaris, kwaliteitsadviseur, milieucoordinator, duurzaamheidsadviseur, hse adviseur, veiligheidscoordinator, lean specialist, projectleider productie, werkvoorbereider bouw, calculator bouw
roles.human-resources: hr adviseur verzuim, hr officer, hr assistent, salarisspecialist, recruitment consultant, talent acquisition specialist, opleidingsmanager, loopbaancoach, arbeidsdeskundige, personeelsmanager
roles.legal: juridisch specialist, juridisch consultant, contractjurist, advocaat stagiair, notarieel medewerker, legal officer
roles.compliance: compliance specialist, compliance analist, risk analist, operational risk manager, internal auditor, auditmanager, wwft analist, fraudeanalist, integriteitsfunctionaris
roles.healthcare: wijkverpleegkundige, gespecialiseerd verpleegkundige, verpleegkundig specialist, physician assistant, doktersassistente, tandartsassistent, mondhygienist, ergotherapeut, logopedist, dietist, zorgmedewerker, helpende zorg, begeleider, ggz medewerker, apothekersassistente
roles.education: groepsleerkracht, docent wiskunde, docent engels, intern begeleider, remedial teacher, onderwijsondersteuner, pedagogisch medewerker, decaan
roles.research: onderzoeksmedewerker, wetenschappelijk medewerker, laboratoriummedewerker
roles.administrative: secretarieel ondersteuner, managementondersteuner, directieassistent, officemanager assistent, archiefmedewerker, postkamermedewerker

# Nog meer beroepen: horeca, transport, overheid, energie
roles.operations: logistiek medewerker warehouse, warehouse medewerker, warehouse manager, magazijnbeheerder, reachtruckchauffeur, koerier, bezorger, pakketbezorger, planner transport, transportcoordinator, ritplanner, productieoperator, machinebediener, inpakker, procestechnicus, monteur elektrotechniek, servicetechnicus installaties, loodgieter, metselaar, schilder, tegelzetter, dakdekker, installatiemonteur, werkplaatsmanager, teamleider productie, kwaliteitsinspecteur productie, qa medewerker productie, milieudeskundige, arbo adviseur, arbocoordinator, facilitair medewerker receptie, gastheer, gastvrouw, kok, zelfstandig werkend kok, bediening medewerker, schoonmaakmedewerker, conciërge
roles.finance: financieel controller, assistent controller, boekhoudkundig medewerker, medewerker financiele administratie, medewerker salarisadministratie, financieel specialist, hypotheekadviseur junior, schadebehandelaar verzekeringen, verzekeringsspecialist, pensioenadviseur, beleggingsanalist, accountmanager bank, relatiebeheerder, kredietbeheerder, incassomedewerker, debiteurenmedewerker
roles.information-technology: ict supportmedewerker, systeembeheerder junior, netwerkbeheerder senior, applicatiebeheerder senior, ict architect, cloud specialist, azure specialist, werkplekondersteuner
roles.engineering: software ontwikkelaar junior, medior ontwikkelaar, senior ontwikkelaar, full stack developer, mobile developer, php developer, python developer, embedded software engineer, test automation engineer, werkvoorbereider elektrotechniek, tekenaar constructeur, ontwerper werktuigbouw, calculator installatietechniek
roles.sales: accountmanager zakelijk, accountmanager mkb, verkoopadviseur winkel, verkoopmedewerker winkel, verkoper buitendienst, verkoper binnendienst, salesmanager benelux, inside sales medewerker, telemarketeer, callcenter verkoper, key accountmanager retail, makelaar, vastgoedadviseur
roles.marketing: online marketeer junior, content creator, contentmanager, communicatieadviseur intern, woordvoerder pers, campagneleider, merkmanager, marketing communicatie adviseur
roles.human-resources: hr adviseur senior, hr officer recruitment, recruiter it, werving en selectie adviseur, opleidingsadviseur senior, trainer coach, loopbaanbegeleider, re integratiecoach
roles.healthcare: verpleegkundige ic, ic verpleegkundige, ok assistent, anesthesiemedewerker, radiodiagnostisch laborant, fysiotherapeut sport, mondhygienist tandarts, verzorgende ig, helpende plus, begeleider gehandicaptenzorg, jeugdzorgwerker, maatschappelijk werker, psychiater, geriater, sociaal psychiatrisch verpleegkundige
roles.education: docent basisonderwijs, docent voortgezet onderwijs, docent mbo, docent hbo, leraar basisonderwijs, vakdocent, onderwijsassistente, pedagogisch medewerker kinderopvang, gastouder
roles.administrative: administratief medewerker senior, receptionist telefonist, baliemedewerker gemeente, klantmedewerker gemeente, beleidsmedewerker, beleidsadviseur, secretaresse directie, officemanager senior
`;

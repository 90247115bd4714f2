/** Swedish long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
# Inköp
functions.purchasing: inköp, strategiskt inköp, operativt inköp, indirekt inköp, projektinköp, upphandling, offentlig upphandling, leverantörsutveckling, leverantörskvalitet, leverantörshantering, kategoristyrning, sourcing, procurement, avtalshantering inköp
roles.purchasing: inköpare, strategisk inköpare, operativ inköpare, senior inköpare, inköpsassistent, inköpsansvarig, inköpsspecialist, inköpsadministratör, upphandlare, upphandlingsspecialist, kategorichef, category manager, buyer, leverantörsutvecklare

# Ekonomi
functions.finance: ekonomi, redovisning, controlling, bokföring, löner, lön, lönehantering, löneadministration, skatt, moms, treasury, finans, budget, bokslut, koncernredovisning, rapportering, kundreskontra, leverantörsreskontra, fakturering, kredit, investor relations, ekonomistyrning
roles.finance: controller, business controller, financial controller, redovisningsekonom, ekonomiassistent, ekonom, redovisningskonsult, löneadministratör, lönekonsult, lönespecialist, revisor, auktoriserad revisor, skattejurist, skatterådgivare, kreditanalytiker, finansanalytiker, aktuarie, försäkringshandläggare, skadereglerare, kassör, ekonomichef, finanschef, redovisningschef

# IT
functions.information-technology: it, it drift, it support, it infrastruktur, infrastruktur, nätverk, drift, systemförvaltning, förvaltning, servicedesk, helpdesk, telekom, datacenter, cloud, molntjänster, erp, sap, digitalisering, informationssystem
roles.information-technology: systemadministratör, nätverkstekniker, nätverksadministratör, it tekniker, it administratör, it konsult, it specialist, it samordnare, supporttekniker, servicedesktekniker, drifttekniker, driftsansvarig, systemförvaltare, förvaltningsledare, nätverksingenjör, infrastrukturarkitekt, it arkitekt, lösningsarkitekt, molnarkitekt, sap konsult, databasadministratör, it chef

# Informationssäkerhet
functions.security: informationssäkerhet, it säkerhet, cybersäkerhet, säkerhetsarbete informationssäkerhet, behörighetshantering, identitetshantering, incidenthantering, penetrationstester, säkerhetsarkitektur
roles.security: informationssäkerhetsspecialist, informationssäkerhetssamordnare, informationssäkerhetsansvarig, it säkerhetsspecialist, säkerhetsanalytiker, säkerhetsingenjör, säkerhetskonsult, säkerhetsarkitekt, penetrationstestare, soc analytiker

# Utveckling, teknik
functions.engineering: systemutveckling, mjukvaruutveckling, utveckling, teknik, konstruktion, mekanik, elektronik, elkonstruktion, automation, test, testning, kvalitetssäkring mjukvara, devops, plattform
roles.engineering: utvecklare, systemutvecklare, mjukvaruutvecklare, webbutvecklare, frontendutvecklare, backendutvecklare, fullstackutvecklare, programmerare, mjukvaruingenjör, civilingenjör, högskoleingenjör, konstruktör, mekanikkonstruktör, elkonstruktör, elektronikingenjör, automationsingenjör, testare, testledare, testingenjör, mjukvaruarkitekt, systemarkitekt, arkitekt, utvecklingsingenjör, processingenjör, produktionstekniker, teknisk chef

# Data
functions.data: data, dataanalys, data science, business intelligence, analys, artificiell intelligens, maskininlärning, datahantering, datakvalitet
roles.data: dataanalytiker, data analyst, data scientist, data engineer, dataingenjör, bi utvecklare, bi konsult, statistiker

# Produkt, design, marknad
roles.product: produktchef, produktägare, product owner, product manager, produktansvarig
roles.design: grafisk formgivare, formgivare, designer, ux designer, ui designer, art director, illustratör, industridesigner
functions.design: design, formgivning, grafisk design
functions.marketing: marknadsföring, marknad, kommunikation, marknadskommunikation, digital marknadsföring, pr, press, event, innehåll, sociala medier, varumärke, reklam, marknadsundersökning
roles.marketing: marknadsförare, marknadskoordinator, marknadsassistent, marknadsansvarig, kommunikatör, kommunikationsansvarig, pressansvarig, copywriter, skribent, redaktör, journalist, eventansvarig, eventkoordinator, varumärkesansvarig, social media manager, översättare, marknadschef, kommunikationschef

# Försäljning
functions.sales: försäljning, sälj, innesälj, fältsälj, key account, export, detaljhandel, butik, offert, anbud, anbudsarbete
roles.sales: säljare, innesäljare, utesäljare, fältsäljare, försäljare, säljansvarig, key account manager, account manager, kundansvarig, butikssäljare, butiksbiträde, butikschef, butiksansvarig, kassapersonal, exportansvarig, anbudsansvarig, anbudsskrivare, säljchef, försäljningschef, försäljningsdirektör

# Affärsutveckling
functions.business-development: affärsutveckling, partnerskap, partnersamarbeten, allianser
roles.business-development: affärsutvecklare, partneransvarig, partner manager, channel manager

# Kundtjänst
functions.customer-success: kundtjänst, kundservice, kundsupport, kundupplevelse, kundvård, kundnöjdhet, customer success, support, eftermarknad, reklamationer, implementering
roles.customer-success: kundtjänstmedarbetare, kundservicemedarbetare, kundsupportmedarbetare, kundrådgivare, kundansvarig support, supportmedarbetare, servicetekniker, customer success manager, implementeringskonsult, kundtjänstchef

# Verksamhet, logistik, produktion, kvalitet
functions.operations: verksamhet, logistik, supply chain, lager, distribution, transport, planering, produktionsplanering, materialplanering, produktion, tillverkning, underhåll, fastighet, fastigheter, förvaltning fastighet, lokalvård, facility management, kvalitet, kvalitetssäkring, kvalitetskontroll, miljö, hållbarhet, arbetsmiljö, säkerhet arbetsmiljö, orderhantering, tull, ständiga förbättringar, lean, bygg
roles.operations: lagerarbetare, lagermedarbetare, lagerchef, lageransvarig, truckförare, orderplockare, logistiker, logistikansvarig, logistikchef, logistiksamordnare, transportledare, transportplanerare, speditör, produktionsplanerare, materialplanerare, inköpsplanerare, produktionsledare, produktionschef, produktionsmedarbetare, maskinoperatör, montör, underhållstekniker, underhållschef, elektriker, mekaniker, kvalitetsingenjör, kvalitetsansvarig, kvalitetschef, kvalitetssamordnare, kvalitetstekniker, miljöingenjör, miljösamordnare, hållbarhetsansvarig, hållbarhetschef, arbetsmiljöingenjör, fastighetsförvaltare, fastighetstekniker, drifttekniker fastighet, facility manager, platschef, arbetsledare, byggledare, ordermottagare, orderhandläggare, tullhandläggare, driftchef, fabrikschef, verksamhetschef, operations manager

# HR
functions.human-resources: hr, personal, personalfrågor, rekrytering, kompetensutveckling, utbildning, lön och förmåner, förmåner, arbetsrätt hr, organisationsutveckling, talent management, employer branding
roles.human-resources: hr specialist, hr generalist, hr konsult, hr partner, hr business partner, hr administratör, hr ansvarig, personalhandläggare, personalsekreterare, personaladministratör, rekryterare, rekryteringskonsult, talent acquisition specialist, utbildningsansvarig, kompetensutvecklare, hr chef, personalchef

# Juridik
functions.legal: juridik, juridiska frågor, avtal, avtalsrätt, arbetsrätt, bolagsrätt, immaterialrätt, patent, tvister
roles.legal: jurist, bolagsjurist, advokat, biträdande jurist, biträdande advokat, juristassistent, notarie, paralegal, legal counsel, avtalsansvarig, patentingenjör, chefsjurist

# Regelefterlevnad, revision, risk
functions.compliance: regelefterlevnad, compliance, internrevision, revision, internkontroll, risk, riskhantering, dataskydd, integritetsskydd, gdpr, penningtvätt, antipenningtvätt, bedrägeri, regulatory affairs, kontinuitetshantering
roles.compliance: compliance officer, complianceansvarig, compliancespecialist, internrevisor, riskanalytiker, riskansvarig, riskhanterare, risk manager, dataskyddsombud, integritetsskyddsansvarig, penningtvättsanalytiker, regulatory affairs specialist

# Projekt, konsult, administration
roles.project-management: projektledare, delprojektledare, projektchef, projektkoordinator, projektsamordnare, programledare, scrum master, agil coach
roles.consulting: managementkonsult, verksamhetskonsult, seniorkonsult
roles.administrative: receptionist, sekreterare, kontorsassistent, kontorschef, office manager, ledningsassistent, vd assistent, administrativ assistent, koordinator administration
functions.administrative: administration, reception, kontor, sekretariat

# Forskning, vård, utbildning
functions.research: forskning, forskning och utveckling, laboratorium, innovation
roles.research: forskare, doktorand, postdoktor, laboratorieassistent, laborant, kemist, biolog, fysiker, forskningsingenjör
functions.healthcare: vård, hälso och sjukvård, sjukvård, sjukhus, klinik, apotek, omsorg, klinisk forskning
roles.healthcare: läkare, sjuksköterska, undersköterska, barnmorska, apotekare, receptarie, fysioterapeut, tandläkare, psykolog, vårdbiträde, överläkare, specialistläkare, distriktssköterska, veterinär, monitor kliniska studier
functions.education: utbildning skola, skola, universitet, högskola, undervisning
roles.education: lärare, gymnasielärare, grundskollärare, förskollärare, lektor, universitetslektor, professor, adjunkt, rektor, studievägledare, pedagog

# Ledning
roles.general-management: verkställande direktör, vd, vice vd, företagare, egenföretagare, grundare och vd, landschef, regionchef, affärsområdeschef

# Stems of compound role nouns, so that their level word is read: kategori|chef
compoundParts: kategori, fabriks, region, lands, affarsomrades, delprojekt

# Fler yrken: bank, försäkring, offentlig sektor, handel, bygg, energi, media
roles.finance: lönehandläggare, ekonomihandläggare, redovisningsassistent, reskontraansvarig, kundreskontraansvarig, leverantörsreskontraansvarig, faktureringsansvarig, kreditchef, kredithandläggare, kreditrådgivare, bankrådgivare, privatrådgivare, företagsrådgivare, finansiell rådgivare, placeringsrådgivare, försäkringsrådgivare, skadehandläggare, skaderegleringsansvarig, treasury manager, koncerncontroller, budgetansvarig, ekonomiansvarig, redovisningsansvarig, skattespecialist, revisorsassistent, godkänd revisor
roles.purchasing: inköpskoordinator, inköpshandläggare, upphandlingshandläggare, upphandlingskonsult, avtalscontroller, leverantörskvalitetsingenjör, materialförsörjningsansvarig, förrådsansvarig
roles.information-technology: it handläggare, it ansvarig, it samordnare skola, it strateg, it arkitekt lösningar, nätverksansvarig, systemförvaltare it, applikationsförvaltare, applikationsspecialist, supportansvarig, teknisk support, driftingenjör, servertekniker, telekomtekniker, it säkerhetssamordnare, cloud engineer, azure specialist, m365 specialist
roles.security: säkerhetsskyddschef, säkerhetsskyddsansvarig, informationssäkerhetsstrateg, cybersäkerhetsspecialist, incidenthanterare, it forensiker
roles.engineering: elingenjör, maskiningenjör, byggnadsingenjör, konstruktionsingenjör, mekanikingenjör, testautomatiserare, embeddedutvecklare, apputvecklare, spelutvecklare, devopsingenjör, plattformsingenjör, tekniker inom automation, processtekniker, beräkningsingenjör
roles.data: dataarkitekt, bi analytiker, verksamhetsanalytiker data, maskininlärningsingenjör, ai utvecklare, analysansvarig
roles.marketing: marknadsstrateg, digital marknadsförare, innehållsansvarig, innehållsskapare, webbredaktör, seo specialist, kommunikationsstrateg, pressekreterare, eventplanerare, kampanjansvarig
roles.sales: säljkoordinator, säljsupport, ordersäljare, telefonförsäljare, försäljningsansvarig, distriktssäljare, butiksmedarbetare, säljassistent, kassör butik, affärsområdesansvarig sälj, kundansvarig säljare, exportsäljare, tekniksäljare
roles.customer-success: kundtjänstansvarig, kundsupportansvarig, supportspecialist, kundrådgivare kundtjänst, serviceansvarig, servicekoordinator, eftermarknadsansvarig, reklamationshandläggare, implementeringsansvarig, onboardingansvarig
roles.operations: lagerförman, lagerplanerare, transportsamordnare, trafikledare, chaufför, lastbilschaufför, budbilsförare, spedionshandläggare, produktionstekniker drift, processoperatör, skiftledare, skiftansvarig, montageledare, svetsare, cnc operatör, underhållsingenjör, underhållsplanerare, fastighetsskötare, fastighetschef, lokalvårdare, städare, vaktmästare, miljöansvarig, arbetsmiljösamordnare, kvalitetskoordinator, kvalitetsrevisor, förbättringsledare, leanspecialist, byggnadsarbetare, snickare, projekteringsledare, inköpsplanerare produktion, materialplanerare produktion, supply chain specialist
roles.human-resources: hr assistent, hr koordinator, hr strateg, personalansvarig, personalstrateg, rekryteringsansvarig, rekryteringskoordinator, kompetensutvecklingsansvarig, utbildningssamordnare, arbetsmiljöstrateg hr, lönestrateg, förmånsspecialist, hr systemansvarig
roles.legal: advokatsekreterare, juristsekreterare, avtalsjurist, processjurist, upphandlingsjurist, förvaltningsjurist
roles.compliance: internrevisionschef, riskcontroller, complianceanalytiker, kontrollant, säkerhetsrevisor, dataskyddsspecialist, penningtvättsspecialist, kyc analytiker, regelefterlevnadsansvarig
roles.healthcare: sjuksköterska akut, intensivvårdssjuksköterska, operationssjuksköterska, röntgensjuksköterska, skötare, personlig assistent vård, biomedicinsk analytiker, dietist, arbetsterapeut, logoped, kurator, legitimerad läkare, st läkare, ambulanssjuksköterska
roles.education: speciallärare, fritidspedagog, barnskötare, elevassistent, studierektor, förskolechef, utbildningsledare, lärarassistent
roles.research: forskningsassistent, forskningsledare, laboratorieingenjör, forskningschef, projektforskare
roles.administrative: kontorsadministratör, receptionsansvarig, administrativ samordnare, registrator, arkivarie, nämndsekreterare, assistent ledningsgrupp
roles.project-management: projektadministratör, projektstrateg, projektassistent, portföljansvarig projekt
`;

/** Swedish long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
# Inköp
functions.purchasing: operativt inköp, indirekt inköp, projektinköp, offentlig upphandling, leverantörsutveckling, leverantörskvalitet, leverantörshantering, kategoristyrning, sourcing, procurement
roles.purchasing: operativ inköpare, senior inköpare, inköpsassistent, inköpsspecialist, inköpsadministratör, upphandlingsspecialist, kategorichef, category manager, buyer, leverantörsutvecklare

# Ekonomi
functions.finance: bokföring, lönehantering, löneadministration, moms, treasury, budget, bokslut, koncernredovisning, rapportering, kundreskontra, leverantörsreskontra, fakturering, investor relations, ekonomistyrning
roles.finance: business controller, financial controller, redovisningskonsult, löneadministratör, lönekonsult, revisor, auktoriserad revisor, skattejurist, skatterådgivare, kreditanalytiker, finansanalytiker, aktuarie, försäkringshandläggare, skadereglerare, kassör, redovisningschef

# IT
functions.information-technology: systemförvaltning, förvaltning, servicedesk, helpdesk, telekom, datacenter, cloud, molntjänster, erp, sap, informationssystem
roles.information-technology: nätverksadministratör, it administratör, it konsult, it specialist, it samordnare, supporttekniker, servicedesktekniker, driftsansvarig, systemförvaltare, förvaltningsledare, nätverksingenjör, infrastrukturarkitekt, it arkitekt, lösningsarkitekt, molnarkitekt, sap konsult, databasadministratör

# Informationssäkerhet
functions.security: behörighetshantering, identitetshantering, incidenthantering, penetrationstester, säkerhetsarkitektur
roles.security: informationssäkerhetssamordnare, säkerhetsingenjör, säkerhetskonsult, penetrationstestare, soc analytiker

# Utveckling, teknik
functions.engineering: konstruktion, mekanik, elektronik, elkonstruktion, automation, test, testning, devops, plattform
roles.engineering: frontendutvecklare, backendutvecklare, fullstackutvecklare, civilingenjör, högskoleingenjör, konstruktör, mekanikkonstruktör, elkonstruktör, elektronikingenjör, automationsingenjör, testare, testledare, testingenjör, mjukvaruarkitekt, systemarkitekt, arkitekt, utvecklingsingenjör, processingenjör, produktionstekniker

# Data
functions.data: data science, business intelligence, artificiell intelligens, maskininlärning, datahantering, datakvalitet
roles.data: data analyst, data scientist, data engineer, dataingenjör, bi utvecklare, bi konsult, statistiker

# Produkt, design, marknad
roles.product: produktchef, produktägare, product owner, product manager, produktansvarig
roles.design: grafisk formgivare, formgivare, designer, ux designer, ui designer, art director, illustratör, industridesigner
functions.design: design, grafisk design
functions.marketing: marknadskommunikation, digital marknadsföring, pr, press, event, innehåll, sociala medier, reklam, marknadsundersökning
roles.marketing: marknadsassistent, marknadsansvarig, kommunikationsansvarig, pressansvarig, copywriter, skribent, redaktör, journalist, eventansvarig, eventkoordinator, varumärkesansvarig, social media manager, översättare

# Försäljning
functions.sales: innesälj, fältsälj, key account, detaljhandel, butik, offert, anbud, anbudsarbete
roles.sales: utesäljare, fältsäljare, försäljare, säljansvarig, account manager, butiksbiträde, butikschef, butiksansvarig, kassapersonal, exportansvarig, anbudsansvarig, anbudsskrivare

# Affärsutveckling
functions.business-development: partnersamarbeten, allianser
roles.business-development: partneransvarig, partner manager, channel manager

# Kundtjänst
functions.customer-success: kundupplevelse, kundvård, kundnöjdhet, customer success, support, eftermarknad, reklamationer, implementering
roles.customer-success: kundsupportmedarbetare, kundrådgivare, supportmedarbetare, servicetekniker, customer success manager, implementeringskonsult

# Verksamhet, logistik, produktion, kvalitet
functions.operations: verksamhet, supply chain, distribution, planering, produktionsplanering, materialplanering, tillverkning, fastighet, fastigheter, lokalvård, facility management, kvalitetssäkring, kvalitetskontroll, miljö, hållbarhet, arbetsmiljö, orderhantering, tull, ständiga förbättringar, lean, bygg
roles.operations: lagermedarbetare, lageransvarig, orderplockare, logistiker, logistikansvarig, logistiksamordnare, transportledare, transportplanerare, speditör, produktionsplanerare, materialplanerare, inköpsplanerare, produktionsmedarbetare, maskinoperatör, montör, underhållstekniker, underhållschef, elektriker, mekaniker, kvalitetsingenjör, kvalitetsansvarig, kvalitetschef, kvalitetssamordnare, kvalitetstekniker, miljöingenjör, miljösamordnare, hållbarhetsansvarig, hållbarhetschef, arbetsmiljöingenjör, fastighetsförvaltare, fastighetstekniker, facility manager, platschef, arbetsledare, byggledare, ordermottagare, orderhandläggare, tullhandläggare, driftchef, fabrikschef, verksamhetschef, operations manager

# HR
functions.human-resources: personalfrågor, kompetensutveckling, utbildning, lön och förmåner, förmåner, organisationsutveckling, talent management, employer branding
roles.human-resources: hr generalist, hr konsult, hr business partner, hr administratör, hr ansvarig, personalhandläggare, personalsekreterare, personaladministratör, rekryteringskonsult, talent acquisition specialist, utbildningsansvarig, kompetensutvecklare

# Juridik
functions.legal: juridiska frågor, avtalsrätt, arbetsrätt, immaterialrätt, patent, tvister
roles.legal: biträdande advokat, juristassistent, notarie, paralegal, legal counsel, avtalsansvarig, patentingenjör

# Regelefterlevnad, revision, risk
functions.compliance: internkontroll, integritetsskydd, gdpr, penningtvätt, antipenningtvätt, bedrägeri, regulatory affairs, kontinuitetshantering
roles.compliance: compliance officer, compliancespecialist, riskansvarig, riskhanterare, risk manager, integritetsskyddsansvarig, penningtvättsanalytiker, regulatory affairs specialist

# Projekt, konsult, administration
roles.project-management: delprojektledare, projektsamordnare, programledare, scrum master, agil coach
roles.consulting: verksamhetskonsult, seniorkonsult
roles.administrative: kontorsassistent, kontorschef, office manager, ledningsassistent, vd assistent, administrativ assistent
functions.administrative: sekretariat

# Forskning, vård, utbildning
functions.research: forskning och utveckling, innovation
roles.research: doktorand, postdoktor, laboratorieassistent, laborant, kemist, biolog, fysiker, forskningsingenjör
functions.healthcare: hälso och sjukvård, sjukhus, klinik, apotek, omsorg, klinisk forskning
roles.healthcare: barnmorska, apotekare, receptarie, fysioterapeut, tandläkare, psykolog, vårdbiträde, överläkare, specialistläkare, distriktssköterska, veterinär, monitor kliniska studier
functions.education: högskola, undervisning
roles.education: gymnasielärare, grundskollärare, förskollärare, universitetslektor, professor, adjunkt, studievägledare, pedagog

# Ledning
roles.general-management: egenföretagare, grundare och vd, landschef, regionchef

# Stems of compound role nouns, so that their level word is read: kategori|chef
compoundParts: kategori, fabriks, region, lands, affarsomrades, delprojekt

# Fler yrken: bank, försäkring, offentlig sektor, handel, bygg, energi, media
roles.finance: lönehandläggare, ekonomihandläggare, redovisningsassistent, reskontraansvarig, kundreskontraansvarig, leverantörsreskontraansvarig, faktureringsansvarig, kreditchef, kredithandläggare, kreditrådgivare, bankrådgivare, privatrådgivare, företagsrådgivare, finansiell rådgivare, placeringsrådgivare, försäkringsrådgivare, skadehandläggare, skaderegleringsansvarig, treasury manager, koncerncontroller, budgetansvarig, redovisningsansvarig, skattespecialist, godkänd revisor
roles.purchasing: inköpskoordinator, inköpshandläggare, upphandlingshandläggare, upphandlingskonsult, avtalscontroller, leverantörskvalitetsingenjör, materialförsörjningsansvarig, förrådsansvarig
roles.information-technology: it handläggare, it strateg, nätverksansvarig, applikationsförvaltare, applikationsspecialist, supportansvarig, teknisk support, driftingenjör, servertekniker, telekomtekniker, it säkerhetssamordnare, cloud engineer, azure specialist, m365 specialist
roles.security: säkerhetsskyddschef, säkerhetsskyddsansvarig, informationssäkerhetsstrateg, cybersäkerhetsspecialist, incidenthanterare, it forensiker
roles.engineering: elingenjör, maskiningenjör, byggnadsingenjör, konstruktionsingenjör, mekanikingenjör, testautomatiserare, embeddedutvecklare, apputvecklare, spelutvecklare, devopsingenjör, plattformsingenjör, processtekniker, beräkningsingenjör
roles.data: dataarkitekt, bi analytiker, maskininlärningsingenjör, ai utvecklare, analysansvarig
roles.marketing: marknadsstrateg, digital marknadsförare, innehållsansvarig, innehållsskapare, webbredaktör, seo specialist, kommunikationsstrateg, pressekreterare, eventplanerare, kampanjansvarig
roles.sales: säljkoordinator, säljsupport, ordersäljare, telefonförsäljare, försäljningsansvarig, distriktssäljare, butiksmedarbetare, säljassistent, exportsäljare, tekniksäljare
roles.customer-success: kundtjänstansvarig, kundsupportansvarig, supportspecialist, serviceansvarig, servicekoordinator, eftermarknadsansvarig, reklamationshandläggare, implementeringsansvarig, onboardingansvarig
roles.operations: lagerförman, lagerplanerare, transportsamordnare, trafikledare, chaufför, lastbilschaufför, budbilsförare, spedionshandläggare, processoperatör, skiftledare, skiftansvarig, montageledare, svetsare, cnc operatör, underhållsingenjör, underhållsplanerare, fastighetsskötare, fastighetschef, lokalvårdare, städare, vaktmästare, miljöansvarig, arbetsmiljösamordnare, kvalitetskoordinator, kvalitetsrevisor, förbättringsledare, leanspecialist, byggnadsarbetare, snickare, projekteringsledare, supply chain specialist
roles.human-resources: hr assistent, hr koordinator, hr strateg, personalansvarig, personalstrateg, rekryteringsansvarig, rekryteringskoordinator, kompetensutvecklingsansvarig, utbildningssamordnare, lönestrateg, förmånsspecialist, hr systemansvarig
roles.legal: advokatsekreterare, juristsekreterare, avtalsjurist, processjurist, upphandlingsjurist, förvaltningsjurist
roles.compliance: internrevisionschef, riskcontroller, complianceanalytiker, kontrollant, säkerhetsrevisor, dataskyddsspecialist, penningtvättsspecialist, kyc analytiker, regelefterlevnadsansvarig
roles.healthcare: intensivvårdssjuksköterska, operationssjuksköterska, röntgensjuksköterska, skötare, biomedicinsk analytiker, dietist, arbetsterapeut, logoped, kurator, legitimerad läkare, st läkare, ambulanssjuksköterska
roles.education: speciallärare, fritidspedagog, barnskötare, elevassistent, studierektor, förskolechef, utbildningsledare, lärarassistent
roles.research: forskningsassistent, forskningsledare, laboratorieingenjör, forskningschef, projektforskare
roles.administrative: kontorsadministratör, receptionsansvarig, administrativ samordnare, registrator, arkivarie, nämndsekreterare, assistent ledningsgrupp
roles.project-management: projektadministratör, projektstrateg, projektassistent, portföljansvarig projekt

# Ännu fler yrken: hotell och restaurang, transport, offentlig sektor, energi
roles.operations: lagerarbetare truck, terminalarbetare, godshanterare, chaufför distribution, bussförare, lokförare, tågvärd, flygtekniker, fordonsmekaniker, bilmekaniker, servicetekniker fordon, rörmokare, vvs montör, byggarbetare, betongarbetare, målare, plattsättare, takläggare, installationselektriker, drifttekniker energi, processtekniker kemi, maskinställare, svets operatör, montör produktion, produktionsarbetare, livsmedelsarbetare, kock, kökschef, servitör, servitris, hotellreceptionist, städledare, fastighetsingenjör, energiingenjör, miljöinspektör, kvalitetsinspektör
roles.finance: ekonomiadministratör, redovisningsspecialist, lönespecialist senior, controller senior, finansiell controller, koncernredovisningsspecialist, skattehandläggare, kreditanalytiker senior, finansrådgivare, pensionsrådgivare, bankkassör, bolåneläggare
roles.information-technology: systemtekniker, systemspecialist, drifttekniker it, molningenjör, azure arkitekt, nätverksspecialist, applikationstekniker, it koordinator
roles.engineering: javautvecklare, pythonutvecklare, net utvecklare, c utvecklare, inbyggda system utvecklare, testautomationsingenjör, hårdvaruingenjör, elektronikkonstruktör, mekanisk konstruktör, konstruktionsingenjör bygg, byggnadsingenjör konstruktion, väg och vatteningenjör
roles.sales: säljare b2b, säljare b2c, företagssäljare, telefonsäljare, butiksförsäljare, fastighetsmäklare, bilförsäljare, försäljningskoordinator, säljrepresentant, distriktschef försäljning
roles.marketing: marknadskommunikatör, digital kommunikatör, webbkommunikatör, innehållsproducent, copywriter senior, pr konsult, kommunikationskonsult, sociala medier ansvarig
roles.human-resources: hr handläggare, personalhandläggare senior, rekryterare it, rekryteringsspecialist, bemanningskonsult, utbildare, kursledare
roles.healthcare: sjuksköterska iva, anestesisjuksköterska, specialistsjuksköterska, skolsköterska, vårdbiträde hemtjänst, hemtjänstpersonal, personlig assistent, behandlingsassistent, socionom, socialsekreterare, biståndshandläggare, tandhygienist, tandsköterska, optiker, audionom
roles.education: lärare i svenska, lärare i matematik, lärare i engelska, mellanstadielärare, lågstadielärare, högstadielärare, yrkeslärare, specialpedagog, fritidsledare, förskolepersonal
roles.administrative: administrativ handläggare, administratör ekonomi, kontorist, sekreterare ledning, växeltelefonist, dokumentansvarig, registrator diarium, utredare, handläggare offentlig sektor
`;

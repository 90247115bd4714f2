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
roles.general-management: egenföretagare, grundare och vd

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

# Bredd (issue 12): yrkestitlar och avdelningar som de skrivs i Sverige och Finland
roles.purchasing: Inköpscontroller, Inköpssamordnare, Inköpsanalytiker, Inköpsstrateg, Inköpskonsult, Inköpsledare, Teknisk inköpare, Inköpare direkt material, Inköpare indirekt material, Inköpare projekt, Inköpare IT, Inköpare tjänster, Inköpare livsmedel, Upphandlingschef, Upphandlingssamordnare, Upphandlingsstrateg, Upphandlingsansvarig, Kategoriansvarig, Kategorispecialist, Kategoriinköpare, Leverantörsansvarig, Leverantörssamordnare, Anskaffare, Avtalsförvaltare, Avtalsspecialist, Beställare
roles.finance: Ekonomispecialist, Ekonomikonsult, Ekonomicontroller, Ekonomianalytiker, Ekonomiledare, Ekonomibiträde, Finanscontroller, Finansspecialist, Finansansvarig, Lönechef, Löneansvarig, Löneekonom, Kreditcontroller, Kreditansvarig, Kreditspecialist, Skattekonsult, Skattechef, Controller koncern, Controller affärsområde, Koncernredovisningschef, Koncernekonomichef, Affärscontroller, Civilekonom, Företagsekonom, Kassörska, Reskontrahandläggare, Kundreskontrahandläggare, Leverantörsreskontrahandläggare, Faktureringsadministratör, Faktureringshandläggare, Fakturahandläggare, Bokföringsassistent, Kapitalförvaltare, Fondförvaltare, Portföljförvaltare, Företagsrådgivare bank, Bankkamrer, Banktjänsteman, Försäkringssäljare, Försäkringsförmedlare, Treasurychef, Treasuryanalytiker, Treasuryansvarig
roles.information-technology: IT-driftchef, IT-driftansvarig, IT-projektledare, IT-servicechef, IT-förvaltare, IT-infrastrukturchef, IT-infrastrukturarkitekt, Driftspecialist, Systemingenjör, Systemägare, Systemansvarig, Nätverksarkitekt, Applikationsansvarig, Objektägare IT, Objektspecialist IT, Förvaltningsansvarig, Servicedeskansvarig, Servicedeskchef, Servicedeskmedarbetare, Supportchef, Helpdesktekniker, Helpdeskmedarbetare, Informationsarkitekt, Informationsansvarig, Infrastrukturtekniker, Infrastrukturspecialist, Infrastrukturansvarig, SAP-utvecklare, Datatekniker, Datorsupport, Teknisk förvaltare
roles.security: Informationssäkerhetskonsult, Informationssäkerhetsanalytiker, Informationssäkerhetsarkitekt, Informationssäkerhetsrådgivare, Informationssäkerhetshandläggare, IT-säkerhetskonsult, IT-säkerhetsarkitekt, IT-säkerhetstekniker, IT-säkerhetsanalytiker, Cybersäkerhetsanalytiker, Cybersäkerhetskonsult, Cybersäkerhetschef, Cybersäkerhetsansvarig, Cybersäkerhetsingenjör, Cybersäkerhetsarkitekt, Cybersäkerhetsexpert, Säkerhetsanalytiker IT, Säkerhetsarkitekt IT, Säkerhetskonsult IT, Säkerhetsingenjör IT, Etisk hackare, IAM-konsult, IAM-arkitekt
roles.engineering: Mjukvarutestare, Programvaruutvecklare, Programvaruingenjör, Utvecklare junior, Utvecklare senior, Utvecklingsledare, Utvecklingsansvarig, Utvecklingstekniker, Konstruktionschef, Konstruktionsledare, Maskinkonstruktör, Maskintekniker, Eltekniker, Elprojektör, Elektronikutvecklare, Elektroniktekniker, Automationstekniker, Automationsprogrammerare, PLC-programmerare, Testchef, Testtekniker, Testsamordnare, Verifieringsingenjör, Valideringsingenjör, Simuleringsingenjör, Hårdvaruutvecklare, Mjukvaruarkitekt senior, Teknisk direktör, Teknisk ledare, Teknisk specialist, Teknisk projektledare, Teknisk expert, Teknikchef, Teknikansvarig, Teknikdirektör, Teknikkonsult, Byggingenjör, Konstruktör bygg, Installationsingenjör, Installationssamordnare, VVS-ingenjör, VVS-konstruktör, VVS-projektör, Mekatroniker
roles.data: Dataforskare, Dataförvaltare, Dataanalytiker senior, BI-ansvarig, BI-arkitekt, Rapportanalytiker, Rapportutvecklare, Rapportansvarig, Analyschef, Masterdataansvarig, Masterdataförvaltare, Grunddataansvarig, Grunddataspecialist, AI-ingenjör
roles.product: Produktspecialist, Produktledare, Produktutvecklare, Produktstrateg, Produktdirektör, Produktägare senior, Sortimentsansvarig, Sortimentschef, Sortimentsutvecklare
roles.design: Grafisk designer, UX-skribent, UX-strateg, Interaktionsdesigner, Tjänstedesigner, Inredningsarkitekt, Kreativ chef, Kreativ ledare
roles.marketing: Marknadssamordnare, Marknadsdirektör, Marknadsspecialist, Marknadsanalytiker, Marknadskonsult, Marknadsplanerare, Marknadsföreståndare, Kommunikationsdirektör, Kommunikationsspecialist, Kommunikationssamordnare, Kommunikationsrådgivare, Kommunikationshandläggare, Informationschef, Informationsstrateg, Presssekreterare, Presschef, Presstalesperson, Varumärkeschef, Varumärkesstrateg, Contentansvarig, Contentproducent, Contentstrateg, Innehållsstrateg, Webbansvarig, Webbstrateg, Eventproducent, Eventchef, Evenemangsansvarig, Evenemangssamordnare, Kampanjsamordnare, Annonssäljare, Annonsansvarig, Reklamchef, Reklamansvarig, Marknadsundersökare, PR-ansvarig, PR-chef
roles.sales: Försäljningsledare, Försäljningsassistent, Försäljningssamordnare, Försäljningsingenjör, Försäljningsrepresentant, Försäljningssupport, Försäljningsanalytiker, Försäljningskonsult, Säljledare, Säljingenjör, Säljkonsult, Säljcoach, Säljare innesälj, Säljare utesälj, Säljare företag, Säljare fält, Säljare butik, Säljare telefon, Butikschef biträdande, Biträdande butikschef, Kundansvarig försäljning, Kundchef försäljning, Kundrådgivare försäljning, Nyckelkundsansvarig, Nyckelkundschef, Distriktschef, Distriktsansvarig, Regionsäljchef, Regionförsäljningschef, Exportchef, Exportkoordinator, Affärsansvarig, Affärsområde­chef, Affärsrådgivare, Handelsresande, Agent försäljning, Bilsäljare, Offertsansvarig, Offertshandläggare, Offertsingenjör, Anbudshandläggare, Anbudssamordnare, Kalkylingenjör, Kalkylansvarig, Partnerchef, Kanalansvarig, Kanalchef, Försäljningsingenjör senior, Teknisk säljare, Pre-sales-konsult
roles.business-development: Affärsutvecklingschef, Affärsutvecklingsansvarig, Affärsutvecklingsdirektör, Affärsutvecklare senior, Strategichef, Strategiansvarig, Strategikonsult, Strategidirektör, Strateg, Verksamhetsutvecklare, Verksamhetsutvecklingschef, Tillväxtchef, Tillväxtansvarig, Tillväxtstrateg, Etableringschef, Etableringsansvarig, Företagsförvärvsansvarig, Partnerskapsansvarig, Partnerskapschef
roles.customer-success: Kundtjänsthandläggare, Kundtjänstledare, Kundtjänstagent, Kundtjänstrepresentant, Kundservicechef, Kundservicehandläggare, Kundserviceansvarig, Kundserviceledare, Kundservicerepresentant, Kundservicekoordinator, Kundserviceagent, Kundhandläggare, Kundsupporttekniker, Kundframgångschef, Kundvårdare, Kundupplevelseansvarig, Kundrelationsansvarig, Kundsupportchef, Serviceingenjör, Servicechef, Servicesamordnare, Servicemontör, Servicehandläggare, Servicerådgivare, Serviceledare, Serviceplanerare, Eftermarknadschef, Eftermarknadssäljare, Eftermarknadskoordinator, Kundcenterchef, Kundcentermedarbetare, Callcentermedarbetare, Reklamationsansvarig, Implementeringsspecialist, Customer success-ansvarig
roles.operations: Logistikdirektör, Logistikplanerare, Logistikspecialist, Logistikanalytiker, Logistikingenjör, Logistikkonsult, Logistikutvecklare, Logistikmedarbetare, Logistiktekniker, Lageradministratör, Lagerledare, Lagerkoordinator, Plockare, Terminalchef, Terminalansvarig, Transportchef, Transportansvarig, Transportadministratör, Transportköpare, Trafikplanerare, Trafikchef, Tullspecialist, Tulldeklarant, Tullansvarig, Yrkesförare, Distributionschef, Distributionsansvarig, Distributionsmedarbetare, Produktionsansvarig, Produktionsingenjör, Produktionssamordnare, Produktionsoperatör, Produktionsutvecklare, Tillverkningschef, Tillverkningsingenjör, Tillverkningstekniker, Tillverkningsansvarig, Fabriksansvarig, Fabriksarbetare, Fabrikschef biträdande, Verkstadschef, Verkstadsansvarig, Verkstadsförman, Verkstadstekniker, Driftledare produktion, Driftoperatör produktion, Driftsamordnare produktion, Skiftchef, Teamledare produktion, Maskinförare, Montageansvarig, Montagetekniker, Underhållsansvarig, Underhållsmekaniker, Underhållselektriker, Underhållssamordnare, Industrimekaniker, Reparatör, Kvalitetscontroller, Kvalitetskontrollant, Kvalitetsstrateg, Kvalitetsutvecklare, Kvalitetsdirektör, Miljöchef, Miljöstrateg, Miljökonsult, Miljöspecialist, Miljöhandläggare, Arbetsmiljöansvarig, Arbetsmiljöspecialist, Hållbarhetsstrateg, Hållbarhetsspecialist, Hållbarhetssamordnare, Hållbarhetskonsult, Energisamordnare, Energiansvarig, Energikonsult, Energistrateg, KMA-ansvarig, KMA-samordnare, KMA-chef, Lean-ansvarig, Förbättringsingenjör, Förbättringscoach, Verksamhetsansvarig, Verksamhetssamordnare, Operativ chef, Operativ ledare, Operativ ansvarig, Driftdirektör, Fastighetsansvarig, Fastighetsekonom, Fastighetsutvecklare, Förvaltare, Vicevärd, Lokalstrateg, Lokalansvarig, Intendent, Platsansvarig, Arbetsplatschef, Bas, Lagbas, Byggarbetsledare, Entreprenadchef, Entreprenadingenjör, Inköps- och logistikchef, Planerare, Produktionsplanerare senior, Materialplanerare produktion, Supply chain-chef, Supply chain-ansvarig, Supply chain-planerare, Supply chain-analytiker, Försörjningschef, Försörjningsplanerare, Försörjningsansvarig, Flödesansvarig, Flödesingenjör
roles.human-resources: HR-analytiker, HR-affärspartner, Personalspecialist, Personalkonsult, Rekryteringschef, Rekryteringsassistent, Rekryteringspartner, Kompetensstrateg, Kompetensansvarig, Kompetensförsörjningsansvarig, Utbildningschef, Utbildningskoordinator, Utbildningskonsult, Utbildningsadministratör, Lön och förmåner-specialist, Förmånsansvarig, Ersättningsspecialist, Ersättningsansvarig, Arbetsrättsjurist, Arbetsrättsspecialist, Arbetsrättskonsult, Arbetsmiljöombud, Skyddsombud, Facklig företrädare, Förhandlare, Organisationsutvecklare, Organisationskonsult, Ledarskapsutvecklare, Ledarskapskonsult, Ledarskapscoach, Karriärcoach, Karriärrådgivare, Karriärvägledare, Studie- och yrkesvägledare, Arbetsförmedlare, Arbetskonsulent, Bemanningsansvarig, Bemanningschef, Konsultchef bemanning, Employer branding-ansvarig, Onboarding-specialist HR
roles.legal: Jurist arbetsrätt, Jurist avtalsrätt, Jurist affärsjuridik, Jurist IT-rätt, Jurist fastighetsrätt, Jurist förvaltningsrätt, Jurist miljörätt, Jurist dataskydd, Jurist immaterialrätt, Juridisk rådgivare, Juridisk handläggare, Juridisk chef, Juridisk ombud, Juridisk direktör, Tingsnotarie, Domare, Rådman, Åklagare, Kammaråklagare, Lagman, Domstolshandläggare, Beredningsjurist, Föredragande, Avtalshandläggare, Patentombud, Patenthandläggare, Patentjurist, Varumärkesombud, Varumärkesjurist, Medlare, Kommunjurist, Inhouse-jurist
roles.compliance: Compliancechef, Compliancehandläggare, Compliancekonsult, Compliancesamordnare, Regelefterlevnadsspecialist, Regelefterlevnadschef, Riskchef, Riskkonsult, Riskstrateg, Risksamordnare, Riskhanteringschef, Riskhanteringsansvarig, Riskhanteringsspecialist, IT-revisor, Kvalitetsrevisor ISO, Dataskyddsansvarig, Dataskyddsjurist, Dataskyddssamordnare, Dataskyddshandläggare, Integritetsspecialist, Penningtvättsansvarig, Penningtvättshandläggare, AML-analytiker, AML-handläggare, KYC-handläggare, Bedrägeriutredare, Bedrägerianalytiker, Bedrägerispecialist, Tillsynshandläggare, Tillsynsinspektör, Tillsynschef, Inspektör, Regulatorisk specialist, Regulatory affairs-ansvarig
roles.project-management: Projektingenjör, Projektsekreterare, Projektägare, Projektmedarbetare, Projektledare IT, Projektledare bygg, Projektledare VVS, Projektledare anläggning, Projektledare infrastruktur, Projektledare mjukvara, Projektledare event, Projektledare marknad, Projektledare kommunikation, Projektledare utveckling, Projektledare implementation, Projektledare verksamhetsutveckling, Biträdande projektledare, Programchef, Programdirektör, Programansvarig, Programsamordnare, Portföljledare projekt, Portföljchef projekt, PMO-ansvarig, PMO-chef, PMO-samordnare, PMO-analytiker, Förändringsledare, Förändringschef, Förändringsansvarig, Förändringskonsult, Förändringsstrateg, Uppdragsledare, Uppdragsansvarig
roles.consulting: Konsult junior, Konsult senior, Konsult management, Konsult verksamhet, Konsult strategi, Konsult organisation, Konsult process, Konsult förändring, Konsult hållbarhet, Konsult miljö, Konsult energi, Konsult HR, Konsult ekonomi, Konsult inköp, Konsult logistik, Konsult IT, Konsult offentlig sektor, Verksamhetsrådgivare, Organisationskonsult senior, Juniorkonsult, Rådgivare, Senior rådgivare, Konsultchef, Egen konsult, Interimschef
roles.administrative: Administrativ chef, Administrativ koordinator, Administrativ medarbetare, Administrativ ansvarig, Administrativ direktör, Administrativ ledare, Administrativ specialist, Administrationschef, Administrationsansvarig, Kontorsansvarig, Kontorsservicemedarbetare, Kontorsvaktmästare, Läkarsekreterare, Medicinsk sekreterare, Direktionsassistent, Chefsassistent, Receptionschef, Arkivassistent, Arkivhandläggare, Dokumentationsansvarig, Handläggare kommun, Handläggare Försäkringskassan, Handläggare Migrationsverket, Handläggare Skatteverket, Utredare kommun, Kommunsekreterare, Kanslichef, Kanslist, Tjänsteman, Statstjänsteman, Förvaltningschef, Kontorsservice
roles.research: Forskare senior, Forskare junior, Forskare postdoktor, Forskare biträdande, Forskningssamordnare, Forskningshandläggare, Forskningsdirektör, Forskningssekreterare, Forskningskoordinator, Forskarassistent, Postdoc-forskare, Biträdande lektor, Laboratoriechef, Laboratorietekniker, Laboratorieanalytiker, Biokemist, Bioteknolog, Mikrobiolog, Farmakolog, Toxikolog, Geolog, Agronom, Innovationschef, Innovationsledare, Innovationsansvarig, Innovationsstrateg, Innovationsrådgivare, Vetenskaplig rådgivare, Vetenskaplig ledare
roles.education: Lärare i grundskolan, Lärare i gymnasiet, Lärare årskurs F-3, Lärare årskurs 4-6, Lärare årskurs 7-9, Lärare i idrott och hälsa, Lärare i musik, Lärare i fritidshem, Lärare i specialpedagogik, Lärare i yrkesämnen, Ämneslärare, Klasslärare, Rektor grundskola, Rektor gymnasium, Rektor förskola, Biträdande rektor, Skolchef, Skolkurator, Universitetsadjunkt, Gästprofessor, Prefekt, Dekan, Prorektor, Rektor vid universitet, Handledare, Trafiklärare, SFI-lärare
roles.healthcare: Läkare specialist, Läkare ST-läkare, Läkare AT-läkare, Läkare överläkare, Läkare distriktsläkare, Läkare allmänläkare, Läkare företagsläkare, Läkare skolläkare, Distriktsläkare, Allmänläkare, Företagsläkare, Chefsläkare, Verksamhetschef vård, Avdelningschef vård, Enhetschef vård, Vårdenhetschef, Sjukgymnast, Leg. psykolog, Psykoterapeut, Kurator vård, Psykiater, Barnläkare, Kirurg, Radiolog, Anestesiolog, Onkolog, Neurolog, Gynekolog, Hudläkare, Ögonläkare, Djursjukskötare, Apotekstekniker, Fotterapeut, Naprapat, Kiropraktor, Ambulanssjukvårdare, Paramedicinare, Biomedicinsk analytiker vård, Klinisk forskningssjuksköterska, Studiesköterska, Monitor kliniska prövningar
roles.general-management: Biträdande VD, Styrelseledamot, Styrelsesuppleant, Ledamot i styrelsen, Ordförande, Vice ordförande, Entreprenör, Överdirektör, Landshövding, Kommundirektör, Stadsdirektör, Kommunalråd, Regiondirektör, Förvaltningsdirektör, Divisionschef, Divisionsdirektör, Affärsområdesdirektör, Landsansvarig, Filialchef, Bolagschef, Biträdande chef, Stabschef, Generalsekreterare, Kanslichef förbund

# Fler svenska yrkesord (issue 12)
roles.purchasing: Inköpsutvecklare, Inköpssekreterare, Upphandlingsadministratör, Upphandlingsassistent, Upphandlingsledare, Upphandlingsdirektör, Upphandlingsutvecklare, Kategoriledare, Kategoristrateg, Kategorichef inköp, Avtalssamordnare, Avtalsadministratör, Leverantörsbedömare, Leverantörsrevisor
roles.finance: Budgetsamordnare, Budgetanalytiker, Budgetcontroller, Redovisningsadministratör, Redovisningssamordnare, Redovisningscontroller, Lönesamordnare, Löneassistent, Kreditupplysare, Inkassohandläggare, Inkassochef, Inkassoansvarig, Bokslutsansvarig, Bokslutsspecialist, Bokslutskonsult, Momshandläggare, Momsspecialist, Investeringsanalytiker, Investeringschef, Investeringsansvarig, Investeringsrådgivare, Pensionshandläggare, Bolånerådgivare, Kapitalförvaltningschef, Ekonomistrateg, Ekonomisekreterare, Finansstrateg, Finanssekreterare
roles.information-technology: Nätverkschef, Systemchef, Systemsamordnare, Driftsamordnare, Driftadministratör, Klienttekniker, Klientadministratör, Serveradministratör, Telefonitekniker, Telefoniansvarig, Telekomingenjör, IT-pedagog, Licensansvarig, Licensadministratör, Integrationsutvecklare, Integrationsarkitekt, Behörighetsadministratör, Behörighetsansvarig, Digitaliseringschef, Digitaliseringsstrateg, Digitaliseringsansvarig, Digitaliseringssamordnare
roles.security: Säkerhetsskyddssamordnare, Säkerhetsskyddshandläggare, Säkerhetsskyddsspecialist, Sårbarhetsanalytiker, Sårbarhetsspecialist, Informationssäkerhetsutvecklare, Informationssäkerhetsrevisor, Cybersäkerhetsstrateg, Cybersäkerhetsrådgivare
roles.engineering: Brandingenjör, Väg- och vattenbyggnadsingenjör, Hållfasthetsberäknare, Hållfasthetsingenjör, CAD-konstruktör, CAD-tekniker, CAD-ritare, Ritare, Firmwareutvecklare, Mobilutvecklare, Androidutvecklare, iOS-utvecklare, Javascriptutvecklare, Mjukvarutestledare, Mjukvarukvalitetsingenjör, Testanalytiker, Teststrateg, Konstruktör mekanik
roles.data: Analysingenjör, Rapportsamordnare, Rapportadministratör, Datastrateg, Dataskyddsingenjör, Statistikansvarig, Statistikhandläggare
roles.marketing: Produktmarknadsförare, Digital strateg, Sökmotoroptimerare, Mediestrateg, Medieplanerare, Medieansvarig, Mediaplanerare, Kommunikationsassistent, Kommunikationskoordinator, Marknadsföringschef, Marknadsföringsansvarig, Marknadsföringsassistent, Marknadsföringsspecialist, Varumärkesstrateg senior, Nyhetsredaktör, Webbredaktör senior
roles.sales: Försäljningsadministratör, Säljadministratör, Säljplanerare, Återförsäljaransvarig, Återförsäljarchef, Kassabiträde, Kassaansvarig, Varuhuschef, Avdelningsansvarig butik, Mediesäljare, Annonssäljare senior, Kontosäljare, Fältsäljare senior, Säljingenjör senior, Försäljare bil
roles.human-resources: Personalplanerare, Personalutvecklare, Schemaläggare, Bemanningsplanerare, Bemanningssamordnare, Bemanningskoordinator, Arbetsmiljöstrateg, Arbetsmiljökonsult, Friskvårdsansvarig, Friskvårdssamordnare, Mångfaldsstrateg, Mångfaldsansvarig, Jämställdhetsstrateg, Jämställdhetsansvarig, Introduktionsansvarig, Utbildningsplanerare, Rekryteringsadministratör, Rekryteringsstrateg, HR-utvecklare, HR-systemförvaltare, HR-sekreterare
roles.legal: Advokatassistent, Rättssekreterare, Domstolssekreterare, Kronofogde, Konkursförvaltare, Notarius publicus, Stämningsman, Utmätningsman, Advokat affärsjuridik, Advokat arbetsrätt, Familjerättssekreterare
roles.compliance: Internkontrollansvarig, Internkontrollspecialist, Internkontrollsamordnare, Regelverksspecialist, Regelverksansvarig, Miljörevisor, Kvalitetsgranskare, Kvalitetsauditör, Tillsynsansvarig, Tillsynsstrateg
roles.operations: Ordersamordnare, Orderansvarig, Inleveransansvarig, Inleveransmedarbetare, Utleveransansvarig, Utleveransmedarbetare, Godsmottagare, Hamnchef, Hamnarbetare, Städchef, Städsamordnare, Lokalvårdschef, Restaurangchef, Hotellchef, Hotelldirektör, Sorteringsansvarig, Sorteringsmedarbetare, Farligt gods-ansvarig, Fordonsansvarig, Fordonssamordnare, Fordonstekniker, Truckansvarig, Truckinstruktör, Miljösamordnare bygg, Besiktningstekniker, Besiktningsman, Besiktningsingenjör, Kontrollant bygg
roles.healthcare: Sjukhuschef, Sjukhusdirektör, Vårdchef, Vårddirektör, Vårdsamordnare, Vårdutvecklare, Omsorgschef, Omsorgsdirektör, Äldreomsorgschef, Hemtjänstchef, Hälso- och sjukvårdsdirektör, Medicinskt ansvarig sjuksköterska, Vårdcentralchef, Vårdcentralläkare, Tandvårdschef, Klinikchef, Sjukvårdschef, Sjukvårdsrådgivare, Boendestödjare, Stödassistent, Sjukhusfysiker, Hygiensjuksköterska, Onkologisjuksköterska, Psykiatrisjuksköterska, Geriatriker
roles.general-management: Vice koncernchef, Ställföreträdande VD, Ställföreträdande chef, Ställföreträdande direktör, Tillförordnad VD, Tillförordnad chef, Huvudägare, Delägare och VD, Ägare och VD, Verksamhetschef kommun, Kommunchef, Stadsdelsdirektör, Landstingsdirektör

# "Chef för X", "Ansvarig för X", "Direktör för X"
roles.purchasing: Chef för inköp, Chef för upphandling, Chef för strategiskt inköp, Ansvarig för inköp, Ansvarig för upphandling, Ansvarig för strategiskt inköp, Direktör för inköp, Direktör för upphandling, Direktör för strategiskt inköp
roles.finance: Chef för ekonomi, Chef för redovisning, Chef för ekonomi och finans, Chef för finans, Chef för controlling, Chef för lön, Chef för treasury, Ansvarig för ekonomi, Ansvarig för redovisning, Ansvarig för ekonomi och finans, Ansvarig för finans, Ansvarig för controlling, Ansvarig för lön, Ansvarig för treasury, Direktör för ekonomi, Direktör för redovisning, Direktör för ekonomi och finans, Direktör för finans, Direktör för controlling, Direktör för lön, Direktör för treasury
roles.information-technology: Chef för IT-drift, Chef för IT-infrastruktur, Chef för digitalisering, Chef för IT och digitalisering, Chef för systemförvaltning, Ansvarig för IT-drift, Ansvarig för IT-infrastruktur, Ansvarig för digitalisering, Ansvarig för IT och digitalisering, Ansvarig för systemförvaltning, Direktör för IT-drift, Direktör för IT-infrastruktur, Direktör för digitalisering, Direktör för IT och digitalisering, Direktör för systemförvaltning
roles.security: Chef för informationssäkerhet, Chef för cybersäkerhet, Chef för IT-säkerhet, Chef för säkerhetsskydd, Ansvarig för informationssäkerhet, Ansvarig för cybersäkerhet, Ansvarig för IT-säkerhet, Ansvarig för säkerhetsskydd
roles.engineering: Chef för mjukvaruutveckling, Chef för systemutveckling, Chef för konstruktion, Chef för utvecklingsavdelningen, Ansvarig för mjukvaruutveckling, Ansvarig för systemutveckling, Ansvarig för konstruktion, Ansvarig för utvecklingsavdelningen
roles.marketing: Chef för marknadsföring, Chef för marknad, Chef för kommunikation, Chef för marknad och kommunikation, Chef för varumärke, Ansvarig för marknadsföring, Ansvarig för marknad, Ansvarig för kommunikation, Ansvarig för marknad och kommunikation, Ansvarig för varumärke, Direktör för marknadsföring, Direktör för marknad, Direktör för kommunikation, Direktör för marknad och kommunikation, Direktör för varumärke
roles.sales: Chef för försäljning, Chef för sälj, Chef för export, Chef för innesälj, Ansvarig för försäljning, Ansvarig för sälj, Ansvarig för export, Ansvarig för innesälj, Direktör för försäljning, Direktör för sälj, Direktör för export, Direktör för innesälj
roles.customer-success: Chef för kundtjänst, Chef för kundservice, Chef för eftermarknad, Chef för kundupplevelse, Ansvarig för kundtjänst, Ansvarig för kundservice, Ansvarig för eftermarknad, Ansvarig för kundupplevelse
roles.operations: Chef för logistik, Chef för produktion, Chef för kvalitet, Chef för drift, Chef för lager, Chef för fastigheter, Chef för hållbarhet, Chef för miljö, Chef för kvalitet och miljö, Ansvarig för logistik, Ansvarig för produktion, Ansvarig för kvalitet, Ansvarig för drift, Ansvarig för lager, Ansvarig för fastigheter, Ansvarig för hållbarhet, Ansvarig för miljö, Ansvarig för kvalitet och miljö, Direktör för logistik, Direktör för produktion, Direktör för kvalitet, Direktör för drift, Direktör för lager, Direktör för fastigheter, Direktör för hållbarhet, Direktör för miljö, Direktör för kvalitet och miljö
roles.human-resources: Chef för HR, Chef för personal, Chef för rekrytering, Chef för kompetensutveckling, Chef för lön och förmåner, Ansvarig för HR, Ansvarig för personal, Ansvarig för rekrytering, Ansvarig för kompetensutveckling, Ansvarig för lön och förmåner, Direktör för HR, Direktör för personal, Direktör för rekrytering, Direktör för kompetensutveckling, Direktör för lön och förmåner
roles.legal: Chef för juridik, Chef för juridiska frågor, Ansvarig för juridik, Ansvarig för juridiska frågor
roles.compliance: Chef för regelefterlevnad, Chef för riskhantering, Chef för internrevision, Chef för dataskydd, Ansvarig för regelefterlevnad, Ansvarig för riskhantering, Ansvarig för internrevision, Ansvarig för dataskydd
roles.research: Chef för forskning, Chef för forskning och utveckling, Chef för innovation, Ansvarig för forskning, Ansvarig för forskning och utveckling, Ansvarig för innovation, Direktör för forskning, Direktör för forskning och utveckling, Direktör för innovation
roles.business-development: Chef för affärsutveckling, Chef för strategi, Chef för verksamhetsutveckling, Ansvarig för affärsutveckling, Ansvarig för strategi, Ansvarig för verksamhetsutveckling, Direktör för affärsutveckling, Direktör för strategi, Direktör för verksamhetsutveckling
# Second unseen set (issue 12)
levels.head: rektor, hotellchef, restaurangchef
levels.entry: biträdande jurist
functions.legal: advokatbyrå
# A pharma rep sells medicines: sales, as in the other languages
roles.sales: läkemedelskonsulent, läkemedelsrepresentant
levels.head: kökschef
functions.information-technology: fiber, fiberoptik
# Sector breadth (issue 12): lantbruk, media, kommun, försäkring, bygg, energi och vatten, transport, gruva, läkemedel, sjukhus, handel, hotell och restaurang, skola, juridik, fastighetsmäklare, ideell sektor, försvar
functions.operations: lantbruk, jordbruk, djurhållning, mjölkproduktion, trädgård, skogsbruk, fiske, vattenbruk, livsmedelsproduktion, livsmedelsindustri, byggarbetsplats, väghållning, gatukontor, avfallshantering, renhållning, vattenverk, avloppsrening, va-verksamhet, elnät, nätdrift, kraftverk, fjärrvärme, flygdrift, marktjänst, sjöfart, hamn, järnväg, tågdrift, kollektivtrafik, gruva, gruvdrift, brytning, restaurang, hotell, räddningstjänst
roles.operations: lantbrukare, bonde, jordbrukare, djurskötare, mjölkbonde, trädgårdsmästare, skogsarbetare, skogsmaskinförare, fiskare, bagare, slaktare, styckare, träarbetare, murare, ställningsbyggare, kranförare, anläggningsarbetare, elmontör, nätmontör, drifttekniker, driftoperatör, pilot, flygkapten, styrman, andrepilot, kabinpersonal, flygvärdinna, flygvärd, kabinchef, luftfartsinspektör, flygledare, flygmekaniker, kapten, befälhavare, matros, sjöman, maskinchef, tågvärdinna, konduktör, tågklarerare, busschaufför, gruvarbetare, bergarbetare, sprängare, borrare, hovmästare, bartender, barista, sommelier, köksmästare, souschef, kallskänka, diskare, våningsstädare, brandman, räddningstjänstpersonal, soldat
functions.marketing: journalistik, redaktion, förlag, bokförlag, tidning, tidningar, public service
roles.marketing: reporter, chefredaktör, nyhetschef, korrespondent, utrikeskorrespondent, programledare, nyhetsuppläsare, krönikör, producent, tv-producent, korrekturläsare, förläggare
roles.design: fotograf, filmfotograf, kameraman, klippare, redigerare, ljudtekniker, ljustekniker, scenograf, animatör
functions.finance: försäkring, försäkringar, skadereglering, skador, skadehantering, återförsäkring, aktuarie, pensioner
roles.finance: skadeutredare, värderingsman, underwriter, riskbedömare
roles.sales: mäklarassistent, bostadsrådgivare, kassör, kassörska, varuplockare, säljande butikschef
functions.sales: mäkleri, fastighetsförmedling, butiker, dagligvaruhandel
functions.administrative: kommun, offentlig sektor, myndighet, länsstyrelse, kommunledning
roles.administrative: förvaltningssekreterare
functions.engineering: samhällsplanering, stadsplanering, fysisk planering, bygglov, mätteknik, geoteknik
roles.engineering: samhällsplanerare, stadsplanerare, fysisk planerare, planarkitekt, bygglovshandläggare, byggnadsinspektör, mättekniker, lantmätare, geotekniker, cad-ingenjör, gruvingenjör, bergsingenjör, flygingenjör
functions.research: geologi, agronomi, bioteknik, livsvetenskap, läkemedelsutveckling
roles.research: biomedicinsk analytiker, ekolog, meteorolog
functions.healthcare: äldreomsorg, hemtjänst, akutmottagning, intensivvård, radiologi, onkologi, barnmedicin, kliniska prövningar, socialtjänst, lss
roles.healthcare: vårdare, underläkare, narkosläkare, forskningssjuksköterska, studiekoordinator, prövningsledare
roles.data: biostatistiker
functions.education: skolor, grundskola, gymnasium, gymnasieskola, förskola, fakultet, bibliotek, museum, fritidshem
roles.education: bibliotekarie, arkivarie, museiintendent, studie- och yrkesvägledare
levels.head: chefredaktör, köksmästare, nyhetschef, befälhavare, flygkapten
levels.lead: styrman, kabinchef, hovmästare
functions.legal: tingsrätt, domstol, processrätt, tvistlösning
roles.legal: 
functions.business-development: insamling, fundraising, givarrelationer, filantropi, testamentsgåvor
roles.business-development: insamlingsansvarig, insamlare, fundraiser, givarvårdare
functions.human-resources: volontärverksamhet, ideellt arbete
roles.human-resources: volontärsamordnare, volontärkoordinator
functions.security: underrättelse, underrättelsetjänst, militär underrättelsetjänst
roles.security: underrättelseanalytiker
roles.customer-success: hotellreceptionist, concierge, receptionschef, bokningsansvarig
# Insurance intermediaries (agents, brokers, advisers) are finance, as the tables already keep insurance agents
roles.finance: försäkringsmäklare
functions.finance: försäkringsförmedling
# A workplace is no function word: the owner of a bakery runs a business (general management),
# and the typo reader must not take the workplace for its trade (bakery is not a misspelt baker)
domains.none: bageri, slakteri, bryggeri, snickeri, konditori, tryckeri
# A director of a region, country or division is a generic role: general management alone, the function named otherwise
genericRoles.general-management: regionchef, landschef, regiondirektör, divisionschef
`;

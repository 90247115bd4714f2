/** Italian long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: addetta=addetto, impiegata=impiegato, sviluppatrice=sviluppatore, programmatrice=programmatore, venditrice=venditore, ricercatrice=ricercatore, direttrice=direttore, amministratrice=amministratore, consulente=consulente, infermiera=infermiere, operaia=operaio, tecnica=tecnico, segretaria=segretario, avvocata=avvocato, ispettrice=ispettore, revisora=revisore, contabile=contabile, commerciale=commerciale, analisti=analista, ingegnera=ingegnere, progettista=progettista, magazziniera=magazziniere, professoressa=professore, maestra=maestro, educatrice=educatore, formatrice=formatore, selezionatrice=selezionatore, traduttrice=traduttore, redattrice=redattore, coordinatrice=coordinatore, collaboratrice=collaboratore

# Acquisti
functions.purchasing: sourcing, gestione fornitori, qualifica fornitori, sviluppo fornitori, gare, gare d'appalto, appalti, category management, acquisti indiretti, acquisti diretti, supply management
roles.purchasing: impiegato acquisti, specialista acquisti, assistente acquisti, approvvigionatore, approvvigionatrice, buyer junior, buyer senior, category manager, purchasing manager, procurement specialist, addetto gare, specialista gare e appalti

# Finanza, amministrazione, controllo
functions.finance: amministrazione finanza e controllo, afc, contabilita generale, contabilita fornitori, contabilita clienti, controlling, fisco, tributario, paghe, consolidato, reporting, pianificazione finanziaria, budget, crediti, recupero crediti, fatturazione, revisione contabile, relazioni con gli investitori
roles.finance: addetto contabilita, impiegato contabile, ragioniera, revisore contabile, revisore legale, controller, controller di gestione, addetto tesoreria, fiscalista, consulente fiscale, addetto paghe, consulente del lavoro, credit manager, addetto recupero crediti, attuario, attuaria, liquidatore sinistri, direttore amministrativo, direttrice amministrativa

# IT, sistemi informativi
functions.information-technology: networking, telecomunicazioni, help desk, service desk, supporto tecnico informatico, data center, erp, sap, trasformazione digitale, digitalizzazione, cloud
roles.information-technology: sistemista di rete, tecnica informatica, tecnico hardware, tecnico di rete, help desk operator, analista di sistema, consulente informatico, consulente sap, consulente erp, it specialist, it manager, database administrator, architetto it, cloud architect

# Sicurezza informatica
functions.security: gestione delle identita, identity management, risposta agli incidenti, penetration test, ethical hacking, soc
roles.security: analista di sicurezza, analista cybersecurity, analista soc, specialista sicurezza informatica, ingegnere della sicurezza, consulente di sicurezza informatica, security analyst, security engineer, penetration tester, ethical hacker

# Ingegneria, sviluppo
functions.engineering: progettazione, ufficio tecnico, meccanica, elettronica, elettrotecnica, automazione, collaudo, test, qualita del software, devops, piattaforma, ricerca e sviluppo tecnico
roles.engineering: sviluppatore web, sviluppatore full stack, sviluppatore front end, sviluppatore back end, analista programmatore, software engineer, ingegnere meccanico, ingegnere elettronico, ingegnere elettrico, ingegnere gestionale, ingegnere di processo, ingegnere di progetto, progettista, progettista meccanico, progettista elettrico, disegnatore tecnico, tecnico progettista, collaudatore, tester, architetto software, architetto

# Dati
functions.data: data science, business intelligence, apprendimento automatico, big data, data governance, qualita dei dati
roles.data: data engineer, ingegnere dei dati, bi developer, statistico, statistica

# Prodotto, design, marketing
roles.product: product manager, product owner, responsabile di prodotto
roles.design: grafico, graphic designer, designer, ux designer, ui designer, art director, illustratore, illustratrice, web designer
functions.design: design, esperienza utente
functions.marketing: marketing, marketing digitale, relazioni pubbliche, eventi, contenuti, social media, brand, ricerche di mercato, trade marketing
roles.marketing: addetto marketing, marketing specialist, marketing manager, specialista marketing, social media manager, community manager, copywriter, redattore, giornalista, event manager, brand manager, traduttore

# Vendite
functions.sales: area commerciale, pre vendita, key account, estero, vendite estero, retail, negozio, punto vendita, gare commerciali, offerte
roles.sales: addetto vendite, agente commerciale, tecnico commerciale, account manager, key account manager, sales manager, capo area, store manager, commesso, commessa, cassiere, cassiera, direttore vendite

# Sviluppo business
functions.business-development: business development, alleanze, canale, franchising
roles.business-development: business developer, partner manager, channel manager

# Assistenza clienti
functions.customer-success: customer service, customer success, customer experience, call center, contact center, reclami, gestione reclami, implementazione
roles.customer-success: operatrice call center, addetto customer care, tecnico assistenza, customer success manager, consulente di implementazione

# Operations, logistica, produzione, qualità
functions.operations: operations, catena di approvvigionamento, spedizioni, trasporti, distribuzione, pianificazione della produzione, scorte, fabbrica, miglioramento continuo, lean, controllo qualita, assicurazione qualita, sistema qualita, sicurezza sul lavoro, hse, ambiente, sostenibilita, servizi generali, facility, facility management, immobiliare, cantiere, edilizia, gestione ordini, dogana
roles.operations: addetto magazzino, mulettista, logistico, addetto logistica, pianificatore, pianificatrice, programmatore della produzione, addetto spedizioni, autista, operatore di produzione, operatrice di produzione, operatore macchine, manutentore, tecnico manutentore, elettricista, meccanico, addetto qualita, tecnico qualita, ispettore qualita, quality manager, quality engineer, rspp, tecnico hse, hse manager, facility manager, geometra, capocantiere, addetto gestione ordini, spedizioniere, supply chain manager, plant manager, operations manager

# Risorse umane
functions.human-resources: hr, ufficio personale, selezione, ricerca e selezione, recruiting, formazione, talent management, relazioni industriali, compensation, compensation e benefit, welfare aziendale, people, employer branding
roles.human-resources: addetto risorse umane, hr specialist, hr generalist, hr manager, recruiter, talent acquisition specialist, formatore, formatrice, addetto paghe e contributi, payroll specialist, responsabile del personale

# Legale
functions.legal: diritto, contratti, contenzioso, proprieta intellettuale, brevetti, diritto del lavoro
roles.legal: legale interno, consulente legale, paralegal, legal counsel, general counsel, addetto ufficio legale, contract manager

# Compliance, audit, rischi
functions.compliance: compliance, audit, internal audit, controllo interno, risk management, privacy, gdpr, antifrode, affari regolatori, regolatorio, farmacovigilanza, modello 231, continuita operativa
roles.compliance: compliance specialist, auditor, internal auditor, auditor interno, risk manager, risk analyst, analista dei rischi, privacy specialist, addetto antiriciclaggio, specialista affari regolatori, regulatory affairs specialist

# Progetti, consulenza, amministrazione
roles.project-management: project manager, project leader, coordinatore di progetto, coordinatrice di progetto, scrum master, program manager
roles.consulting: consulente aziendale, consulente di direzione, consulente senior
roles.administrative: impiegata amministrativa, segretaria di direzione, centralinista, addetto alla reception, office manager, addetto amministrativo, addetta amministrativa, back office, impiegata back office
functions.administrative: amministrazione, back office

# Ricerca, sanità, istruzione
functions.research: r s, innovazione, ricerca clinica
roles.research: tecnico di laboratorio, chimico, chimica, biologo, fisico, dottorando, dottoranda, assegnista di ricerca, ricercatore universitario
functions.healthcare: salute, clinica, farmacia, studi clinici, affari medici
roles.healthcare: fisioterapista, odontoiatra, dentista, psicologo, oss, operatore socio sanitario, ostetrica, veterinario, veterinaria, informatore scientifico, clinical research associate, monitor clinico, direttore sanitario
functions.education: didattica, formazione scolastica
roles.education: educatore, educatrice, tutor, preside, dirigente scolastico

# Direzione generale
roles.general-management: imprenditrice, titolare, socio amministratore, country manager, general manager

# Altri mestieri: banca, assicurazioni, pubblica amministrazione, retail, edilizia, energia, media
roles.finance: addetto amministrazione, impiegato amministrativo contabile, addetto contabilita fornitori, addetto contabilita clienti, addetto fatturazione, analista di bilancio, analista controllo di gestione, consulente finanziario, promotore finanziario, private banker, gestore patrimoniale, cassiere di banca, operatore di sportello, gestore clienti banca, analista crediti, addetto crediti, perito assicurativo, liquidatore, agente assicurativo, broker assicurativo, tributarista, revisore dei conti
roles.purchasing: addetto approvvigionamenti, buyer tecnico, buyer estero, responsabile approvvigionamenti, analista acquisti, addetto ufficio acquisti
roles.information-technology: tecnico it, tecnico di supporto, tecnico help desk, addetto help desk, specialista it, consulente it, amministratore database, network engineer, system engineer, sistemista windows, sistemista linux, analista funzionale, consulente crm
roles.security: esperto cybersecurity, consulente cybersecurity, security manager
roles.engineering: ingegnere civile, ingegnere meccatronico, ingegnere informatico, ingegnere dell'automazione, progettista elettronico, progettista software, sviluppatore java, sviluppatore mobile, sviluppatore app, devops engineer, tecnico collaudatore, disegnatore cad, perito meccanico, perito elettronico
roles.data: data specialist, business analyst data, analista di business intelligence, ingegnere di machine learning
roles.marketing: digital marketing specialist, content manager, content creator, seo specialist, addetto comunicazione, addetto ufficio stampa, grafico pubblicitario, pubblicitario, trade marketing specialist, event planner
roles.sales: addetto commerciale, impiegato commerciale, assistente commerciale, promoter, rappresentante, agente plurimandatario, addetto vendite estero, sales account, inside sales, key account, venditore tecnico, capo negozio, responsabile punto vendita, vice store manager, visual merchandiser, banconista
roles.customer-success: addetto servizio clienti, customer service specialist, operatore customer care, tecnico dell'assistenza, consulente post vendita, addetto reclami, specialista onboarding
roles.operations: impiegato logistica, responsabile logistica, addetto alla produzione, capo produzione, programmatore cnc, operatore cnc, saldatore, montatore, manutentore elettrico, manutentore meccanico, tecnico di manutenzione, addetto controllo qualita, responsabile qualita, auditor qualita, tecnico ambientale, energy manager, addetto sicurezza sul lavoro, tecnico della sicurezza, responsabile servizi generali, addetto alle pulizie, portiere, custode, capo magazzino, responsabile di magazzino, pianificatore della produzione, addetto import export, doganalista
roles.human-resources: addetto selezione del personale, addetto formazione, responsabile della formazione, hr assistant, consulente risorse umane, addetto amministrazione del personale, esperto paghe, talent acquisition
roles.legal: consulente legale d'impresa, praticante notaio, assistente legale, segretaria legale, addetto affari legali, esperto contratti
roles.compliance: compliance analyst, internal auditor junior, auditor esterno, addetto compliance, responsabile antiriciclaggio, risk specialist, privacy officer, consulente privacy
roles.healthcare: infermiere professionale, infermiere di sala operatoria, medico di base, medico di medicina generale, pediatra, cardiologo, chirurgo, anestesista, tecnico di radiologia, tecnico di laboratorio biomedico, logopedista, dietista, ostetrico, educatore professionale, assistente sociale, farmacista ospedaliero, informatore medico scientifico
roles.education: insegnante di sostegno, insegnante di scuola primaria, docente universitario, professore associato, ricercatore a tempo determinato, educatore di asilo nido, formatore aziendale
roles.administrative: addetta segreteria, segretaria amministrativa, addetto accoglienza, assistente amministrativa, archivista, data entry

# Ancora mestieri: turismo, ristorazione, trasporti, energia, pubblica amministrazione
roles.operations: addetto alla manutenzione, operatore logistico, operatrice logistica, addetto al carico e scarico, autista di camion, camionista, corriere, fattorino, responsabile di turno, tecnico di processo, tecnico di produzione, addetto all'assemblaggio, assemblatore, verniciatore, tornitore, fresatore, idraulico, muratore, carpentiere, impiantista, tecnico impiantista, tecnico frigorista, addetto al confezionamento, responsabile di reparto, supervisore di produzione, pianificatore logistico, analista supply chain, demand planner, responsabile ambiente e sicurezza, tecnico ambiente e sicurezza, tecnico di laboratorio qualita, ingegnere della qualita, responsabile facility, portinaio, receptionist d'albergo, cameriere, cameriera, cuoco, cuoca, barista, addetto alla ristorazione
roles.finance: impiegato contabile senior, addetto alla contabilita generale, contabile fornitori, contabile clienti, analista di credito, gestore crediti, consulente previdenziale, consulente assicurativo, analista rischio di credito, addetto fiscale, esperto contabile, revisore dei conti junior
roles.information-technology: tecnico informatico junior, sistemista junior, sistemista senior, tecnico di rete dati, tecnico telecomunicazioni, amministratore cloud, ingegnere cloud, analista ict, addetto ced, operatore ced
roles.engineering: sviluppatore python, sviluppatore php, sviluppatore net, sviluppatore ios, sviluppatore android, ingegnere di test, ingegnere di collaudo, tecnico di collaudo, ingegnere aerospaziale, ingegnere chimico, ingegnere ambientale, ingegnere biomedico, ingegnere delle telecomunicazioni, perito industriale, disegnatore meccanico, progettista strutturale
roles.sales: addetto vendite junior, consulente di vendita, venditore porta a porta, telemarketing, operatore telemarketing, agente immobiliare, responsabile di negozio, vice responsabile di negozio, capo reparto vendite, addetto al banco, commesso di negozio, commessa di negozio, account executive, inside sales representative, sales engineer, tecnico commerciale junior
roles.marketing: addetto marketing digitale, specialista seo, specialista sem, web marketing specialist, digital strategist, responsabile dei contenuti, addetto ai social media, organizzatore di eventi, organizzatrice di eventi, pubbliche relazioni, copywriter junior
roles.human-resources: addetto all'amministrazione del personale, specialista risorse umane, recruiter junior, consulente di selezione, head hunter, formatore senior, esperto di formazione, specialista compensation
roles.healthcare: medico chirurgo, medico specialista, medico ospedaliero, infermiere pediatrico, infermiera pediatrica, tecnico sanitario, ausiliario sanitario, assistente alla poltrona, igienista dentale, podologo, ottico, optometrista, educatore sanitario, terapista della riabilitazione
roles.education: insegnante di scuola secondaria, insegnante di lingue, insegnante di inglese, docente di scuola superiore, maestra d'infanzia, educatrice d'infanzia, assistente educativo, professore a contratto, ricercatore post doc
roles.administrative: impiegata amministrativa senior, operatore di sportello, operatrice di sportello, addetto all'accettazione, archivista documentale, assistente personale
`;

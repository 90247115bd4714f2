/** Italian long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: addetta=addetto, impiegata=impiegato, sviluppatrice=sviluppatore, programmatrice=programmatore, venditrice=venditore, ricercatrice=ricercatore, direttrice=direttore, amministratrice=amministratore, consulente=consulente, infermiera=infermiere, operaia=operaio, tecnica=tecnico, segretaria=segretario, avvocata=avvocato, ispettrice=ispettore, revisora=revisore, contabile=contabile, commerciale=commerciale, analisti=analista, ingegnera=ingegnere, progettista=progettista, magazziniera=magazziniere, professoressa=professore, maestra=maestro, educatrice=educatore, formatrice=formatore, selezionatrice=selezionatore, traduttrice=traduttore, redattrice=redattore, coordinatrice=coordinatore, collaboratrice=collaboratore

# Acquisti
functions.purchasing: acquisti, ufficio acquisti, approvvigionamenti, approvvigionamento, procurement, sourcing, gestione fornitori, qualifica fornitori, sviluppo fornitori, gare, gare d'appalto, appalti, category management, acquisti indiretti, acquisti diretti, acquisti strategici, supply management
roles.purchasing: buyer, compratore, addetto acquisti, addetta acquisti, impiegato acquisti, impiegata acquisti, specialista acquisti, assistente acquisti, approvvigionatore, approvvigionatrice, buyer junior, buyer senior, category manager, purchasing manager, procurement specialist, addetto gare, addetta gare, specialista gare e appalti

# Finanza, amministrazione, controllo
functions.finance: finanza, amministrazione e finanza, amministrazione finanza e controllo, afc, contabilita, contabilita generale, contabilita fornitori, contabilita clienti, controllo di gestione, controlling, tesoreria, fisco, fiscale, tributario, paghe, paghe e contributi, bilancio, consolidato, reporting, pianificazione finanziaria, budget, crediti, recupero crediti, fatturazione, revisione contabile, relazioni con gli investitori
roles.finance: contabile, addetto contabilita, addetta contabilita, impiegato contabile, impiegata contabile, ragioniere, ragioniera, commercialista, revisore contabile, revisore legale, controller, controller di gestione, analista finanziario, analista finanziaria, tesoriere, addetto tesoreria, fiscalista, consulente fiscale, addetto paghe, addetta paghe, consulente del lavoro, credit manager, addetto recupero crediti, attuario, attuaria, liquidatore sinistri, direttore finanziario, direttrice finanziaria, direttore amministrativo, direttrice amministrativa

# IT, sistemi informativi
functions.information-technology: it, informatica, sistemi informativi, ict, infrastruttura, infrastrutture it, reti, networking, telecomunicazioni, help desk, service desk, supporto tecnico informatico, data center, erp, sap, trasformazione digitale, digitalizzazione, cloud
roles.information-technology: sistemista, sistemista di rete, amministratore di sistema, amministratore di rete, tecnico informatico, tecnica informatica, tecnico hardware, tecnico di rete, help desk operator, analista di sistema, consulente informatico, consulente sap, consulente erp, it specialist, it manager, database administrator, architetto it, cloud architect

# Sicurezza informatica
functions.security: sicurezza informatica, sicurezza delle informazioni, cybersecurity, cyber security, sicurezza it, gestione delle identita, identity management, risposta agli incidenti, penetration test, ethical hacking, soc
roles.security: analista di sicurezza, analista cybersecurity, analista soc, esperto di sicurezza informatica, specialista sicurezza informatica, ingegnere della sicurezza, consulente di sicurezza informatica, security analyst, security engineer, penetration tester, ethical hacker

# Ingegneria, sviluppo
functions.engineering: sviluppo software, sviluppo, ingegneria, ingegneria del software, progettazione, ufficio tecnico, meccanica, elettronica, elettrotecnica, automazione, collaudo, test, qualita del software, devops, piattaforma, ricerca e sviluppo tecnico
roles.engineering: sviluppatore, sviluppatrice, sviluppatore web, sviluppatore software, sviluppatore full stack, sviluppatore front end, sviluppatore back end, programmatore, programmatrice, analista programmatore, ingegnere del software, ingegnere software, software engineer, ingegnere meccanico, ingegnere elettronico, ingegnere elettrico, ingegnere gestionale, ingegnere di processo, ingegnere di progetto, progettista, progettista meccanico, progettista elettrico, disegnatore tecnico, tecnico progettista, collaudatore, tester, architetto software, architetto, direttore tecnico

# Dati
functions.data: dati, analisi dei dati, data science, business intelligence, intelligenza artificiale, apprendimento automatico, big data, data governance, qualita dei dati
roles.data: data analyst, data scientist, data engineer, analista dati, ingegnere dei dati, bi developer, statistico, statistica

# Prodotto, design, marketing
roles.product: product manager, product owner, responsabile di prodotto
roles.design: grafico, graphic designer, designer, ux designer, ui designer, art director, illustratore, illustratrice, web designer
functions.design: design, progettazione grafica, esperienza utente
functions.marketing: marketing, comunicazione, marketing digitale, ufficio stampa, relazioni pubbliche, eventi, contenuti, social media, brand, pubblicita, ricerche di mercato, trade marketing
roles.marketing: addetto marketing, addetta marketing, marketing specialist, marketing manager, specialista marketing, social media manager, community manager, copywriter, redattore, redattrice, giornalista, addetto stampa, addetta stampa, event manager, brand manager, traduttore, traduttrice

# Vendite
functions.sales: vendite, ufficio commerciale, area commerciale, pre vendita, grandi clienti, key account, export, estero, vendite estero, retail, negozio, punto vendita, gare commerciali, offerte
roles.sales: venditore, venditrice, addetto vendite, addetta vendite, agente di commercio, agente commerciale, tecnico commerciale, funzionario commerciale, account manager, key account manager, sales manager, area manager, export manager, capo area, store manager, commesso, commessa, cassiere, cassiera, addetto alle vendite, direttore commerciale, direttrice commerciale, direttore vendite

# Sviluppo business
functions.business-development: business development, sviluppo commerciale, sviluppo del business, partnership, alleanze, canale, franchising
roles.business-development: business developer, partner manager, channel manager

# Assistenza clienti
functions.customer-success: assistenza clienti, servizio clienti, customer care, customer service, customer success, customer experience, post vendita, assistenza tecnica, call center, contact center, reclami, gestione reclami, implementazione
roles.customer-success: operatore call center, operatrice call center, addetto customer care, addetta customer care, addetto assistenza clienti, tecnico assistenza, customer success manager, consulente di implementazione

# Operations, logistica, produzione, qualità
functions.operations: operations, logistica, supply chain, catena di approvvigionamento, magazzino, spedizioni, trasporti, distribuzione, pianificazione, pianificazione della produzione, scorte, produzione, stabilimento, fabbrica, manutenzione, miglioramento continuo, lean, qualita, controllo qualita, assicurazione qualita, sistema qualita, sicurezza sul lavoro, hse, ambiente, sostenibilita, servizi generali, facility, facility management, immobiliare, cantiere, edilizia, gestione ordini, dogana
roles.operations: magazziniere, magazziniera, addetto magazzino, addetta magazzino, carrellista, mulettista, logistico, addetto logistica, addetta logistica, pianificatore, pianificatrice, programmatore della produzione, addetto spedizioni, autista, operaio, operaia, operatore di produzione, operatrice di produzione, operatore macchine, capo reparto, caporeparto, capoturno, capo turno, manutentore, tecnico manutentore, elettricista, meccanico, addetto qualita, addetta qualita, tecnico qualita, ispettore qualita, quality manager, quality engineer, rspp, tecnico hse, hse manager, facility manager, geometra, capocantiere, capo cantiere, addetto gestione ordini, spedizioniere, supply chain manager, plant manager, direttore di stabilimento, operations manager

# Risorse umane
functions.human-resources: risorse umane, hr, personale, ufficio personale, amministrazione del personale, gestione del personale, selezione, selezione del personale, ricerca e selezione, recruiting, formazione, sviluppo organizzativo, talent management, relazioni industriali, compensation, compensation e benefit, welfare aziendale, people, employer branding
roles.human-resources: addetto risorse umane, addetta risorse umane, hr specialist, hr generalist, hr business partner, hr manager, selezionatore, selezionatrice, recruiter, talent acquisition specialist, formatore, formatrice, addetto paghe e contributi, payroll specialist, responsabile del personale

# Legale
functions.legal: legale, ufficio legale, affari legali, affari societari, diritto, contratti, contenzioso, proprieta intellettuale, brevetti, diritto del lavoro
roles.legal: avvocato, avvocata, giurista, legale interno, consulente legale, praticante avvocato, notaio, paralegal, legal counsel, general counsel, addetto ufficio legale, contract manager

# Compliance, audit, rischi
functions.compliance: compliance, conformita, audit, internal audit, revisione interna, controlli interni, controllo interno, rischi, risk management, gestione dei rischi, privacy, protezione dei dati, gdpr, antiriciclaggio, antifrode, affari regolatori, regolatorio, farmacovigilanza, modello 231, continuita operativa
roles.compliance: compliance officer, compliance specialist, auditor, internal auditor, revisore interno, auditor interno, risk manager, risk analyst, analista dei rischi, responsabile della protezione dei dati, privacy specialist, addetto antiriciclaggio, specialista affari regolatori, regulatory affairs specialist

# Progetti, consulenza, amministrazione
roles.project-management: project manager, capo progetto, capoprogetto, project leader, coordinatore di progetto, coordinatrice di progetto, scrum master, program manager
roles.consulting: consulente aziendale, consulente di direzione, consulente senior
roles.administrative: impiegato amministrativo, impiegata amministrativa, segretario, segretaria, segretaria di direzione, assistente di direzione, receptionist, centralinista, addetto alla reception, addetta alla reception, office manager, addetto amministrativo, addetta amministrativa, back office, impiegata back office
functions.administrative: amministrazione, segreteria, reception, ufficio, back office

# Ricerca, sanità, istruzione
functions.research: ricerca, ricerca e sviluppo, r s, laboratorio, innovazione, ricerca clinica
roles.research: ricercatore, ricercatrice, tecnico di laboratorio, tecnica di laboratorio, chimico, chimica, biologo, biologa, fisico, dottorando, dottoranda, assegnista di ricerca, ricercatore universitario
functions.healthcare: sanita, salute, medicina, ospedale, clinica, farmacia, infermieristica, studi clinici, affari medici
roles.healthcare: medico, infermiere, infermiera, farmacista, fisioterapista, odontoiatra, dentista, psicologo, psicologa, oss, operatore socio sanitario, ostetrica, veterinario, veterinaria, informatore scientifico, clinical research associate, monitor clinico, direttore sanitario
functions.education: istruzione, scuola, universita, didattica, formazione scolastica
roles.education: insegnante, docente, professore, professoressa, maestro, maestra, educatore, educatrice, tutor, preside, dirigente scolastico

# Direzione generale
roles.general-management: amministratore delegato, amministratrice delegata, direttore generale, direttrice generale, imprenditore, imprenditrice, titolare, socio amministratore, country manager, general manager

# Altri mestieri: banca, assicurazioni, pubblica amministrazione, retail, edilizia, energia, media
roles.finance: addetto amministrazione, addetta amministrazione, impiegato amministrativo contabile, addetto contabilita fornitori, addetto contabilita clienti, addetto fatturazione, addetta fatturazione, analista di bilancio, analista controllo di gestione, consulente finanziario, promotore finanziario, private banker, gestore patrimoniale, cassiere di banca, operatore di sportello, gestore clienti banca, analista crediti, addetto crediti, perito assicurativo, liquidatore, agente assicurativo, broker assicurativo, tributarista, revisore dei conti
roles.purchasing: addetto approvvigionamenti, addetta approvvigionamenti, buyer tecnico, buyer estero, responsabile approvvigionamenti, analista acquisti, addetto ufficio acquisti, addetta ufficio acquisti
roles.information-technology: tecnico it, tecnico di supporto, tecnico help desk, addetto help desk, specialista it, consulente it, amministratore database, network engineer, system engineer, sistemista windows, sistemista linux, analista funzionale, consulente crm
roles.security: esperto cybersecurity, specialista cybersecurity, consulente cybersecurity, security manager, analista della sicurezza informatica, responsabile della sicurezza informatica
roles.engineering: ingegnere civile, ingegnere meccatronico, ingegnere informatico, ingegnere dell'automazione, progettista elettronico, progettista software, sviluppatore java, sviluppatore mobile, sviluppatore app, devops engineer, tecnico collaudatore, disegnatore cad, perito meccanico, perito elettronico
roles.data: data specialist, business analyst data, analista di business intelligence, ingegnere di machine learning
roles.marketing: digital marketing specialist, content manager, content creator, seo specialist, addetto comunicazione, addetta comunicazione, responsabile comunicazione, addetto ufficio stampa, grafico pubblicitario, pubblicitario, trade marketing specialist, event planner
roles.sales: addetto commerciale, addetta commerciale, impiegato commerciale, impiegata commerciale, assistente commerciale, consulente commerciale, promoter, rappresentante, agente plurimandatario, addetto vendite estero, sales account, inside sales, key account, venditore tecnico, capo negozio, responsabile punto vendita, vice store manager, visual merchandiser, banconista
roles.customer-success: addetto servizio clienti, addetta servizio clienti, customer service specialist, operatore customer care, tecnico dell'assistenza, consulente post vendita, addetto reclami, specialista onboarding
roles.operations: addetto alla logistica, addetta alla logistica, impiegato logistica, impiegata logistica, responsabile logistica, addetto alla produzione, addetta alla produzione, capo produzione, responsabile di produzione, programmatore cnc, operatore cnc, saldatore, montatore, manutentore elettrico, manutentore meccanico, tecnico di manutenzione, addetto controllo qualita, addetta controllo qualita, responsabile qualita, auditor qualita, tecnico ambientale, energy manager, addetto sicurezza sul lavoro, tecnico della sicurezza, responsabile servizi generali, addetto alle pulizie, portiere, custode, capo magazzino, responsabile di magazzino, pianificatore della produzione, addetto import export, doganalista
roles.human-resources: addetto selezione del personale, addetta selezione del personale, addetto formazione, addetta formazione, responsabile della formazione, hr assistant, consulente risorse umane, addetto amministrazione del personale, addetta amministrazione del personale, esperto paghe, talent acquisition
roles.legal: legale d'impresa, consulente legale d'impresa, praticante notaio, assistente legale, segretaria legale, addetto affari legali, addetta affari legali, esperto contratti
roles.compliance: compliance analyst, internal auditor junior, auditor esterno, addetto compliance, addetta compliance, responsabile antiriciclaggio, risk specialist, privacy officer, consulente privacy
roles.healthcare: infermiere professionale, infermiere di sala operatoria, medico di base, medico di medicina generale, pediatra, cardiologo, chirurgo, anestesista, tecnico di radiologia, tecnico di laboratorio biomedico, logopedista, dietista, ostetrico, educatore professionale, assistente sociale, farmacista ospedaliero, informatore medico scientifico
roles.education: insegnante di sostegno, insegnante di scuola primaria, docente universitario, professore associato, ricercatore a tempo determinato, educatore di asilo nido, formatore aziendale
roles.administrative: addetta segreteria, addetto segreteria, segretaria amministrativa, addetto accoglienza, addetta accoglienza, assistente amministrativa, archivista, data entry
`;

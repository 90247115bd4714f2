/** German long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
# Einkauf und Beschaffung
functions.purchasing: operativer Einkauf, technischer Einkauf, indirekter Einkauf, direkter Einkauf, Projekteinkauf, Konzerneinkauf, Zentraleinkauf, Warengruppenmanagement, Warengruppe, Lieferantenentwicklung, Lieferantenqualifizierung, Beschaffungsmanagement, Beschaffungslogistik, Ausschreibungen, Vergabe, Vergabestelle, Vergabemanagement, Einkaufscontrolling
roles.purchasing: Operativer Einkäufer, Technischer Einkäufer, Projekteinkäufer, Zentraleinkäufer(in), Einkaufsreferent, Einkaufssachbearbeiter, Einkaufsassistent, Einkaufsmanager, Warengruppenmanager, Warengruppeneinkäufer, Lieferantenmanager, Beschaffungsreferent, Vergabereferent, Vergabesachbearbeiter, Category Manager, Buyer

# Finanzen, Controlling, Steuern, Treasury
functions.finance: Konzernrechnungswesen, Konzerncontrolling, Konzernabschluss, Rechnungslegung, Kreditorenbuchhaltung, Debitorenbuchhaltung, Anlagenbuchhaltung, Hauptbuchhaltung, Finanzplanung, Unternehmensplanung, Entgeltabrechnung, Lohnabrechnung, Gehaltsabrechnung, Steuerabteilung, Steuerberatung, Umsatzsteuer, Zahlungsverkehr, Liquiditätsmanagement, Kreditmanagement, Forderungsmanagement, Mahnwesen, Finanzierung, Investor Relations, Beteiligungsmanagement, Vertriebscontrolling, Werkscontrolling, Kostenrechnung
roles.finance: Konzerncontroller(in), Werkscontroller, Vertriebscontroller, Finanzcontroller, Bilanzbuchhalterin, Lohnbuchhalter, Kreditorenbuchhalter(in), Debitorenbuchhalter(in), Anlagenbuchhalter(in), Steuerfachangestellte(r), Steuerreferent, Steuerfachwirt(in), Wirtschaftsprüfer(in), Finanzanalyst, Finanzreferent, Finanzmanager, Treasurer, Treasury Manager, Kreditanalyst, Entgeltabrechner(in), Lohnabrechner(in), Kassierer(in), Aktuar(in), Versicherungsmathematiker(in), Finanzvorständin

# IT
functions.information-technology: IT-Service, IT-Infrastruktur, IT-Systeme, IT-Administration, IT-Support, Systemtechnik, Netzwerktechnik, Systemadministration, Netzwerkadministration, Rechenzentrumsbetrieb, Arbeitsplatzsysteme, Benutzerservice, Servicedesk, Telekommunikation, Unternehmensarchitektur, IT-Architektur, Organisation und IT, Wirtschaftsinformatik, SAP-Beratung, ERP-Systeme
roles.information-technology: Systemadministratorin, Netzwerkadministratorin, IT-Administrator(in), IT-Systemadministrator(in), Systemingenieur, Systemtechniker(in), Netzwerktechniker(in), Netzwerkingenieur, IT-Techniker(in), IT-Berater, IT-Consultant, IT-Spezialist, IT-Koordinator(in), IT-Referent, IT-Manager, IT-Projektleiter, IT-Architekt, Fachinformatiker(in) für Systemintegration, Informatikerin, Wirtschaftsinformatiker(in), SAP-Berater, SAP-Entwickler, SAP-Basis-Administrator(in), ERP-Berater, Datenbankadministrator(in), Servicedesk-Mitarbeiter, Supportmitarbeiter, IT-Supporter(in), Cloud-Architekt, Cloud-Ingenieur, Enterprise-Architekt

# Informationssicherheit
functions.security: IT-Sicherheitsmanagement, Cyberabwehr, Netzwerksicherheit, Anwendungssicherheit, Identitätsmanagement, Berechtigungsmanagement, Zugriffsmanagement, Sicherheitsarchitektur, Schwachstellenmanagement, Sicherheitsvorfälle, Penetrationstests, IT-Forensik, Kryptografie, Cloud-Sicherheit, OT-Sicherheit
roles.security: Informationssicherheitsmanager, IT-Sicherheitsberater, IT-Sicherheitsingenieur, IT-Sicherheitsexpertin, IT-Sicherheitsarchitekt, Sicherheitsanalyst, Cyber-Security-Analyst, Penetrationstester(in), IT-Forensiker(in), Berechtigungsmanager, IAM-Berater, IAM-Spezialist, SOC-Analyst

# Entwicklung und Technik
functions.engineering: Anwendungsentwicklung, Softwaretechnik, Softwaretest, Testmanagement, Testautomatisierung, Hardwareentwicklung, Elektronikentwicklung, Elektrotechnik, Maschinenbau, Konstruktion, Automatisierungstechnik, Verfahrenstechnik, Fahrzeugtechnik, Embedded Systems, Mechatronik, Versuch, Erprobung, Simulation, Plattformentwicklung
roles.engineering: Anwendungsentwickler(in), Webentwickler, Frontend-Entwickler, Backend-Entwickler, Fullstack-Entwickler, Softwareingenieur, Fachinformatiker(in) für Anwendungsentwicklung, Softwaretester(in), Testingenieur, Testmanager, Elektroingenieur(in), Elektroniker(in), Maschinenbauingenieur, Konstrukteur(in), Entwicklungsingenieur, Versuchsingenieur, Verfahrensingenieur(in), Automatisierungsingenieur(in), Mechatroniker(in), Technischer Zeichner, Technische Zeichnerin, Produktentwickler, Hardwareentwickler, Embedded-Entwickler, Architekt, DevOps-Ingenieur

# Daten
functions.data: Datenmanagement, Datenwissenschaft, Datenplattform, Datenqualität, Stammdatenmanagement, Stammdaten, Berichtswesen, Reporting, Maschinelles Lernen, Business Intelligence
roles.data: Datenwissenschaftlerin, Dateningenieur, Datenarchitekt, Stammdatenmanager, Stammdatenspezialist, Data Scientist, Data Engineer, Data Analyst, BI-Entwickler, BI-Berater, BI-Analyst, Statistiker(in), Datenmanager

# Produkt, Gestaltung, Marketing
roles.product: Produktowner, Produktleiter
roles.design: Mediengestalterin, Kommunikationsdesigner, Webdesigner, UX-Designer, UI-Designer, Industriedesigner, Produktdesigner, Illustrator(in), Designer, Art Director(in)
functions.design: Mediengestaltung, Kommunikationsdesign, Produktdesign, Industriedesign
functions.marketing: Onlinemarketing, Performance-Marketing, Produktmarketing, Markenführung, Markenmanagement, Marktforschung, Pressearbeit, Medienarbeit, Veranstaltungen, Eventmanagement, Messen, Redaktion, Social Media, Suchmaschinenoptimierung, Interne Kommunikation
roles.marketing: Marketingmanager, Marketingreferent, Marketingassistent, Marketingspezialist, Onlinemarketing-Manager, Produktmarketingmanager, Markenmanager, Kommunikationsmanager, Kommunikationsreferent, Pressesprecherin, Pressereferent, Redakteur(in), Texter(in), Werbetexter(in), Eventmanager, Veranstaltungskaufmann, Veranstaltungskauffrau, Marktforscher, Social-Media-Manager

# Vertrieb
functions.sales: Vertriebsunterstützung, Vertriebssteuerung, Vertriebsentwicklung, Vertriebsaußendienst, Angebotsmanagement, Angebotserstellung, Kalkulation, Preisgestaltung, Verkaufsförderung, Großkunden, Key Account Management, Neukundengewinnung, Export, Handel, Einzelhandel, Filiale
roles.sales: Vertriebsmanager, Vertriebsbeauftragte, Vertriebsassistent, Vertriebsberater, Vertriebsrepräsentant(in), Innendienstmitarbeiter, Verkaufsberater, Gebietsleiter, Bezirksleiter, Regionalverkaufsleiter, Angebotsmanager, Kalkulator(in), Exportleiter, Exportmanager, Filialleiter, Marktleiter, Kaufmann im Einzelhandel, Einzelhandelskaufmann, Verkaufsleitung, Vertriebsvorstand, Vertriebsvorständin

# Geschäftsentwicklung, Partner
roles.business-development: Partnermanager, Channel-Manager, Allianzmanager, Business Developer(in)
functions.business-development: Unternehmensentwicklung, Partnervertrieb, Allianzen, Lizenzen

# Kundenservice
functions.customer-success: Kundenbeziehungsmanagement, Reklamationsmanagement, Beschwerdemanagement, Eskalationsmanagement, Kundenzentrum, Callcenter, Servicecenter, Kundenkommunikation, Technischer Kundendienst, Technischer Support, Anwendersupport, Service, Implementierung, Kundenimplementierung
roles.customer-success: Kundenbetreuerin, Kundendienstmitarbeiter, Kundendiensttechniker(in), Servicetechnikerin, Servicemitarbeiter, Serviceleiter, Kundenservicemanager, Supportspezialist, Callcenter-Agent(in), Reklamationsmanager, Eskalationsmanager, Implementierungsberater

# Betrieb: Logistik, Produktion, Qualität, Facility, Arbeitsschutz
functions.operations: Auftragsabwicklung, Auftragsmanagement, Auftragsbearbeitung, Versand, Spedition, Transport, Transportlogistik, Lagerlogistik, Lagerwirtschaft, Intralogistik, Distribution, Zoll, Außenhandel, Produktionsplanung, Produktionssteuerung, Arbeitsvorbereitung, Fertigungsplanung, Fertigungssteuerung, Montage, Werkstatt, Prozessmanagement, Prozessoptimierung, Kontinuierliche Verbesserung, Lean Management, Qualitätskontrolle, Qualitätsprüfung, Umweltschutz, Umweltmanagement, Nachhaltigkeit, Gebäudemanagement, Facility Management, Hausverwaltung, Liegenschaften, Immobilien, Standort, Bau, Bauleitung, Haustechnik, Gebäudetechnik, Energiemanagement, Materialdisposition, Bestandsmanagement, Operations
roles.operations: Disponentin, Logistikerin, Logistikmanager, Logistikleiter, Logistikkoordinator(in), Speditionskaufmann, Fachkraft für Lagerlogistik, Lagerist(in), Lagermitarbeiter, Versandleiter, Fuhrparkleiter, Fuhrparkmanager, Zollsachbearbeiter, Produktionsmitarbeiter, Produktionsplaner(in), Fertigungsleiter, Betriebsleiter, Schichtführer(in), Meister(in), Industriemeister(in), Vorarbeiter(in), Maschinenführer(in), Anlagenführer(in), Monteur(in), Instandhalter(in), Instandhaltungsleiter, Industriemechaniker(in), Elektriker(in), Qualitätsprüfer(in), Qualitätsingenieur, Qualitätsbeauftragte, Qualitätsleiter, Qualitätstechniker(in), Prozessmanager, Lean Manager, Fachkraft für Arbeitssicherheit, Sicherheitsfachkraft, Umweltbeauftragte(r), Nachhaltigkeitsmanager, Facility Manager, Gebäudemanager, Hausmeister(in), Haustechniker(in), Objektleiter, Bauleiter, Polier(in), Immobilienverwalter(in), Auftragssachbearbeiter(in), Operations Manager, Supply Chain Manager, Materialdisponent(in), Bedarfsplaner(in)

# Personal
functions.human-resources: Personalbeschaffung, Personalmarketing, Personalbetreuung, Personaladministration, Personalcontrolling, Personalplanung, Vergütung, Entgelt, Talentmanagement, Weiterbildung, Fortbildung, Organisationsentwicklung, Betriebliche Gesundheit, Gesundheitsmanagement, Employer Branding, Human Resources, People and Culture, Mitarbeiterentwicklung
roles.human-resources: Personalmanager, Personalberater, Personalentwickler, Personalbetreuer(in), Personalfachkaufmann, Personalfachkauffrau, Personaldisponent(in), HR-Manager, HR-Referent, HR-Business-Partner(in), HR-Generalist(in), Ausbilder, Trainer(in), Vergütungsmanager, Entgeltspezialist, Personalvorständin

# Recht
functions.legal: Vertragsmanagement, Vertragsrecht, Arbeitsrecht, Gesellschaftsrecht, Wirtschaftsrecht, Patentwesen, Patente, Markenrecht, Rechtsangelegenheiten, Recht und Compliance
roles.legal: Volljurist(in), Wirtschaftsjurist(in), Justitiar(in), Notarin, Patentanwalt, Rechtsanwaltsfachangestellte(r), Notarfachangestellte(r), Vertragsmanager, Chefjurist

# Compliance, Revision, Risiko, Datenschutz
functions.compliance: Konzernrevision, Innenrevision, Wirtschaftsprüfung, Risikocontrolling, Internes Kontrollsystem, IKS, Geldwäscheprävention, Geldwäsche, Betrugsprävention, Regulatorik, Aufsichtsrecht, Zulassung, Regulatory Affairs, Pharmakovigilanz, Arzneimittelsicherheit, Notfallmanagement, Geschäftskontinuität, Informationsschutz
roles.compliance: Datenschutzkoordinator(in), Datenschutzmanager, Datenschutzberater, Compliance-Manager, Compliance-Officer, Geldwäschebeauftragte, Interner Revisor, Interne Revisorin, Prüferin, Risikocontroller, Zulassungsmanager, Regulatory Affairs Manager

# Projekte, Beratung, Verwaltung
roles.project-management: Projektkoordinatorin, Projektingenieur, Projektassistent, Programmmanager, Projektreferent, Scrum Master(in), Agile Coach(in)
roles.consulting: Managementberater, Strategieberater
roles.administrative: Sekretärin, Büroleiter, Kaufmann für Büromanagement, Büromanager, Verwaltungsangestellte, Verwaltungsfachangestellte(r), Empfangsmitarbeiter, Rezeptionist(in), Assistenz der Geschäftsführung, Teamassistent, Office Manager, Verwaltungsleiter
functions.administrative: Büromanagement, Office

# Forschung, Gesundheit, Bildung
functions.research: Grundlagenforschung, Innovationsmanagement
roles.research: Wissenschaftlerin, Laborleiter, Laborant(in), Chemiker(in), Biologe, Biologin, Physiker(in), Doktorandin, Innovationsmanager
functions.healthcare: Krankenpflege, Altenpflege, Klinische Forschung, Klinische Studien, Apotheke, Therapie, Praxis
roles.healthcare: Oberärztin, Fachärztin, Zahnarzt, Zahnärztin, Krankenpfleger(in), Gesundheits- und Krankenpfleger(in), Altenpfleger(in), Pflegedienstleiter, Pflegefachkraft, Stationsleiter, Hebamme, Physiotherapeut(in), Ergotherapeut(in), Psychotherapeut(in), Psychologe, Psychologin, Medizinische Fachangestellte, Medizinischer Fachangestellter, Studienkoordinator(in), Clinical Research Associate, Tierarzt, Tierärztin
functions.education: Erwachsenenbildung, Pädagogik
roles.education: Grundschullehrer(in), Gymnasiallehrer(in), Berufsschullehrer(in), Hochschuldozent(in), Lehrbeauftragte(r), Professor, Juniorprofessor, Erzieher(in), Pädagoge, Pädagogin, Sozialpädagoge, Sozialpädagogin, Schulleiter, Nachhilfelehrer(in)

# Geschäftsführung
roles.general-management: Länderchef(in), Generalbevollmächtigte(r)

# Stems of compound role nouns, so that their level word is read: Eskalations|manager, Filial|leiter
compoundParts: berechtigung, marken, bezirk, angebot, filial, markt, allianz, reklamation, eskalation, prozess, gebaude, objekt, vertrag, programm, schul, station, industrie
`;

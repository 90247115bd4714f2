/** Spanish long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: analistas=analista, auditora=auditor, controladora=controlador, tesorera=tesorero, planificadora=planificador, almacenera=almacenero, operaria=operario, especialistas=especialista, gestores=gestor, coordinadoras=coordinador, ingenieros=ingeniero, desarrolladores=desarrollador, abogados=abogado, asesores=asesor, vendedores=vendedor, compradores=comprador, contadores=contador, secretaria=secretario, recepcionista=recepcionista, trabajadora=trabajador, mecanica=mecanico, electricista=electricista, logistica=logistica, responsable=responsable, delegada=delegado, agente=agente, cajera=cajero, dependienta=dependiente, maestra=maestro, educadora=educador, farmaceutica=farmaceutico, enfermeras=enfermero, psicologa=psicologo, quimica=quimico, biologa=biologo, fisica=fisico, arquitecta=arquitecto, disenadoras=disenador, redactora=redactor, traductora=traductor, formadora=formador, negociadora=negociador, inspectora=inspector, jefas=jefe

# Compras
functions.purchasing: compras indirectas, compras tecnicas, suministros, gestion de proveedores, desarrollo de proveedores, licitaciones, contratacion publica, categorias de compra, sourcing, abastecimiento estrategico
roles.purchasing: comprador tecnico, comprador senior, comprador junior, comprador estrategico, especialista de compras, gestor de compras, tecnico de compras, asistente de compras, category manager, gestor de categoria, tecnico de aprovisionamiento, analista de abastecimiento, tecnico de licitaciones

# Finanzas, contabilidad, impuestos, tesorería
functions.finance: contabilidad general, control financiero, controlling, fiscalidad, tributacion, tributario, cuentas por pagar, cuentas por cobrar, facturacion, cobros, credito y cobranza, planificacion financiera, presupuestos, consolidacion, reporting financiero, auditoria financiera, relacion con inversores, banca, inversiones, riesgos financieros
roles.finance: auxiliar contable, asistente contable, analista contable, tecnico contable, controller, controlador financiero, analista de control de gestion, analista de tesoreria, asesor fiscal, tecnico fiscal, especialista en impuestos, analista de cuentas por pagar, analista de cobranzas, gestor de cobros, tecnico de nominas, analista de nomina, actuario, actuaria, suscriptor, suscriptora, perito

# TI, sistemas
functions.information-technology: ti, sistemas de informacion, infraestructura tecnologica, telecomunicaciones, soporte tecnico informatico, mesa de ayuda, centro de datos, operaciones de ti, arquitectura empresarial, erp, sap, transformacion digital, servicios de ti
roles.information-technology: tecnico de sistemas, administradora de sistemas, administradora de redes, ingeniero de sistemas, ingeniero de redes, ingeniero de infraestructura, analista de sistemas, tecnica informatica, analista de soporte, soporte tecnico, especialista en ti, consultor sap, consultor erp, administrador de base de datos, arquitecto de soluciones, arquitecto cloud, arquitecto de infraestructura, arquitecto empresarial

# Ciberseguridad
functions.security: seguridad de la informacion y ciberseguridad, gestion de identidades, gestion de identidades y accesos, gestion de accesos, respuesta a incidentes, centro de operaciones de seguridad, pruebas de penetracion, hacking etico, seguridad en la nube, seguridad de aplicaciones, seguridad ofensiva
roles.security: analista de seguridad informatica, analista soc, ingeniero de ciberseguridad, arquitecto de seguridad, pentester, hacker etico, auditor de seguridad

# Ingeniería, desarrollo
functions.engineering: ingenieria de software, desarrollo web, plataforma, devops, calidad de software, pruebas, testing, automatizacion, electronica, mecanica, ingenieria mecanica, ingenieria electrica, ingenieria industrial, oficina tecnica, investigacion y desarrollo tecnologico
roles.engineering: desarrollador web, desarrollador full stack, desarrollador frontend, desarrollador backend, desarrollador movil, ingeniero de desarrollo, ingeniero devops, ingeniero de plataforma, ingeniero de pruebas, tester, analista qa, ingeniero qa, ingeniero mecanico, ingeniero electrico, ingeniera electrica, ingeniero electronico, ingeniero industrial, ingeniero de procesos, ingeniero de proyectos, ingeniero civil, arquitecto, delineante, proyectista

# Datos
functions.data: ingenieria de datos, business intelligence, analitica avanzada, aprendizaje automatico, big data, gobierno del dato, gobierno de datos, calidad de datos, datos maestros
roles.data: arquitecto de datos, desarrollador bi, consultor bi, estadistico, estadistica, data scientist, data engineer, data analyst

# Producto, diseño, marketing
roles.product: product manager, product owner
roles.design: disenadora grafica, disenador ux, disenador ui, disenador de producto, ilustrador, ilustradora, creativo, creativa
functions.design: experiencia de usuario, diseno de producto, direccion de arte
functions.marketing: marketing, marketing digital, comunicacion corporativa, comunicacion interna, prensa, eventos, contenidos, redes sociales, branding, posicionamiento, seo, sem, investigacion de mercados, trade marketing, growth
roles.marketing: especialista en marketing, analista de marketing, especialista seo, redactor, copywriter, periodista, gestor de contenidos, brand manager, traductor

# Ventas
functions.sales: area comercial, desarrollo comercial, canal de ventas, televenta, exportacion, comercio exterior, retail, tienda, ofertas, presupuestos comerciales
roles.sales: representante comercial, delegado comercial, tecnico comercial, ingeniero de ventas, ingeniero de preventa, key account manager, encargado de tienda, dependiente, cajero

# Desarrollo de negocio, alianzas
functions.business-development: partners, canal, franquicias
roles.business-development: business developer, gestor de partners, channel manager

# Atención al cliente
functions.customer-success: soporte al cliente, posventa, servicio tecnico, centro de llamadas, call center, contact center, reclamaciones, incidencias, implantacion, implementacion, onboarding
roles.customer-success: teleoperadora, gestor de clientes, customer success manager, tecnico de soporte al cliente, tecnico de servicio, consultor de implantacion

# Operaciones, logística, producción, calidad, prevención
functions.operations: supply chain, almacenes, distribucion, transporte, expediciones, inventarios, planificacion, planificacion de la demanda, fabricacion, manufactura, lean, aseguramiento de calidad, control de calidad, gestion de calidad, prevencion de riesgos laborales, medio ambiente, sostenibilidad, servicios generales, instalaciones, mantenimiento de instalaciones, inmobiliario, obras, construccion, gestion de pedidos, aduanas
roles.operations: tecnico de logistica, almacenero, mozo de almacen, operario de almacen, carretillero, preparador de pedidos, planificador, planificador de la demanda, analista de supply chain, operario de produccion, tecnico de mantenimiento, mecanico, electricista, tecnico de calidad, ingeniero de calidad, inspector de calidad, tecnico de prevencion, tecnico de prevencion de riesgos laborales, facility manager, encargado de obra, gestor de pedidos, tecnico de aduanas, transitario

# Recursos humanos
functions.human-resources: rrhh, rr hh, seleccion de personal, formacion, desarrollo organizacional, relaciones laborales, compensacion, compensacion y beneficios, beneficios, administracion de personal, personas y cultura, cultura, employer branding, bienestar
roles.human-resources: tecnico de recursos humanos, tecnico de seleccion, hr business partner, business partner de recursos humanos, formador, tecnico de formacion, tecnico de compensacion

# Legal
functions.legal: asuntos legales, derecho mercantil, derecho laboral, contratos, litigios, propiedad intelectual, propiedad industrial, secretaria general
roles.legal: letrado, letrada, jurista, paralegal, procurador, procuradora, notaria, secretario general

# Cumplimiento, auditoría, riesgos
functions.compliance: compliance, auditoria interna, gestion de riesgos, riesgo operacional, prevencion de blanqueo, prevencion del blanqueo de capitales, antilavado, fraude, prevencion del fraude, asuntos regulatorios, regulatorio, farmacovigilancia, continuidad de negocio
roles.compliance: auditora interna, auditor externo, analista de riesgos, gestor de riesgos, compliance officer, analista de cumplimiento, analista de fraude, tecnico de asuntos regulatorios

# Proyectos, consultoría, administración
roles.project-management: project manager, scrum master, agile coach
roles.consulting: consultor senior, consultor de negocio, consultor estrategico
roles.administrative: secretaria de direccion, office manager, oficinista, gestor administrativo
functions.administrative: administrativo, oficina

# Investigación, salud, educación
functions.research: innovacion, investigacion clinica
roles.research: quimico, biologo, fisico, doctorando, doctoranda, becario de investigacion
functions.healthcare: hospital, farmacia, ensayos clinicos, asuntos medicos
roles.healthcare: odontologa, dentista, psicologo, cirujana, matrona, veterinario, veterinaria, monitor de ensayos clinicos
functions.education: colegio, formacion academica
roles.education: catedratica, educador, orientador, orientadora, tutor, tutora

# Dirección general
roles.general-management: consejera delegada, emprendedor, emprendedora, country manager

# Más oficios: banca, seguros, sector público, comercio, construcción, energía, hostelería, medios
roles.finance: gestor de banca, gestor de banca privada, banquero, banquera, asesor financiero, asesor de inversiones, analista de inversiones, analista de riesgos de credito, analista de credito, agente de seguros, corredor de seguros, tramitador de siniestros, tramitadora de siniestros, perito de seguros, liquidador de siniestros, tecnico de seguros, interventor, interventora, tecnico de facturacion, administrativo contable, analista de costes, analista de presupuestos, analista de planificacion financiera, cajero de banco
roles.purchasing: tecnico de compras junior, gestor de aprovisionamiento, planificador de compras, analista de proveedores, tecnico de contratacion
roles.information-technology: tecnico de microinformatica, tecnico helpdesk, tecnico de redes y sistemas, administrador cloud, ingeniero cloud, analista de infraestructura, consultor de sistemas, tecnico de telecomunicaciones, operador de sistemas, analista funcional, consultor funcional, consultor crm
roles.security: tecnico de ciberseguridad, analista de seguridad ofensiva, ingeniero de seguridad cloud, especialista en seguridad de la informacion, consultor grc
roles.engineering: programador junior, desarrollador java, desarrollador python, desarrollador net, desarrollador de aplicaciones, ingeniero de automatizacion, ingeniero de mantenimiento, ingeniero de telecomunicaciones, ingeniero de caminos, ingeniero quimico, ingeniero aeronautico, ingeniero de validacion, ingeniero de producto, tecnico de oficina tecnica, delineante proyectista
roles.data: analista de big data, ingeniero de machine learning, especialista en inteligencia artificial
roles.marketing: tecnico de marketing, ejecutivo de marketing, especialista en marketing digital, especialista sem, gestor de redes sociales, responsable de contenidos, creador de contenidos, creadora de contenidos, diseñador publicitario, publicista, organizador de eventos, organizadora de eventos, tecnico de comunicacion, portavoz
roles.sales: promotor comercial, promotora comercial, comercial de campo, comercial de tienda, asesor de ventas, agente de ventas, teleoperador de ventas, ejecutivo de grandes cuentas, gestor comercial, gestor de cuentas, tecnico de ventas, comercial de exportacion, vendedor de tienda, reponedor, reponedora, visual merchandiser
roles.customer-success: tecnico de atencion al cliente, asesor de atencion al cliente, agente de soporte, gestor de incidencias, tecnico postventa, coordinador de atencion al cliente, especialista en experiencia de cliente
roles.operations: conductor, conductora, conductor de camion, repartidor, repartidora, mozo de carga, preparadora de pedidos, operador logistico, tecnico de planificacion, tecnico de produccion, encargado de produccion, jefe de turno, soldador, soldadora, montador, montadora, tornero, fresador, electromecanico, tecnico de mantenimiento industrial, oficial de mantenimiento, inspector de calidad de proveedores, auditor de calidad, tecnico de medio ambiente, tecnico de sostenibilidad, conserje, limpiador, limpiadora, gobernanta, encargado de almacen, albañil, oficial de obra, arquitecto tecnico, aparejador, tecnico de obra, tecnico de seguridad y salud
roles.human-resources: tecnico de nominas y seguridad social, tecnico de relaciones laborales, consultor de seleccion, headhunter, tecnico de desarrollo de personas, tecnico de compensacion y beneficios
roles.legal: abogado laboralista, abogado mercantilista, oficial de notaria, gestor juridico
roles.compliance: tecnico de cumplimiento, analista de prevencion de blanqueo, auditor de sistemas, analista de control interno, tecnico de control interno
roles.healthcare: auxiliar de farmacia, tecnico en farmacia, tecnico de laboratorio clinico, tecnico de radiologia, logopeda, terapeuta ocupacional, nutricionista, podologo, optometrista, celador, celadora, medico de familia, pediatra, cardiologo, anestesista, enfermero de quirofano
roles.education: profesor de secundaria, maestro de primaria, profesor universitario, profesora universitaria, educador infantil, monitor, monitora, profesor de ingles, formador de formadores
roles.administrative: auxiliar administrativo de oficina, administrativo de compras, recepcionista de hotel, telefonista, archivero, archivera, gestor administrativo de oficina
`;

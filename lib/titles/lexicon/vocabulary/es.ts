/** Spanish long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: analistas=analista, auditora=auditor, controladora=controlador, tesorera=tesorero, planificadora=planificador, almacenera=almacenero, operaria=operario, especialistas=especialista, gestores=gestor, coordinadoras=coordinador, ingenieros=ingeniero, desarrolladores=desarrollador, abogados=abogado, asesores=asesor, vendedores=vendedor, compradores=comprador, contadores=contador, secretaria=secretario, recepcionista=recepcionista, trabajadora=trabajador, mecanica=mecanico, electricista=electricista, logistica=logistica, responsable=responsable, delegada=delegado, agente=agente, cajera=cajero, dependienta=dependiente, maestra=maestro, educadora=educador, farmaceutica=farmaceutico, enfermeras=enfermero, psicologa=psicologo, quimica=quimico, biologa=biologo, fisica=fisico, arquitecta=arquitecto, disenadoras=disenador, redactora=redactor, traductora=traductor, formadora=formador, negociadora=negociador, inspectora=inspector, jefas=jefe

# Compras
functions.purchasing: compras, compras indirectas, compras estrategicas, compras tecnicas, aprovisionamiento, abastecimiento, adquisiciones, suministros, gestion de proveedores, desarrollo de proveedores, licitaciones, contratacion publica, categorias de compra, sourcing, abastecimiento estrategico
roles.purchasing: comprador, compradora, comprador tecnico, comprador senior, comprador junior, comprador estrategico, analista de compras, especialista de compras, gestor de compras, gestora de compras, tecnico de compras, tecnica de compras, asistente de compras, category manager, gestor de categoria, gestora de categoria, tecnico de aprovisionamiento, analista de abastecimiento, tecnico de licitaciones

# Finanzas, contabilidad, impuestos, tesorería
functions.finance: finanzas, contabilidad, contabilidad general, control de gestion, control financiero, controlling, tesoreria, fiscalidad, fiscal, impuestos, tributacion, tributario, cuentas por pagar, cuentas por cobrar, facturacion, cobranzas, cobros, credito y cobranza, nominas, nomina, planificacion financiera, presupuestos, consolidacion, reporting financiero, auditoria financiera, relacion con inversores, banca, inversiones, riesgos financieros, administracion y finanzas
roles.finance: contador, contadora, contable, contador publico, auxiliar contable, asistente contable, analista contable, tecnico contable, tecnica contable, controller, controller financiero, controlador financiero, controladora financiera, analista financiero, analista financiera, analista de control de gestion, tesorero, tesorera, analista de tesoreria, asesor fiscal, asesora fiscal, tecnico fiscal, especialista en impuestos, analista de cuentas por pagar, analista de cobranzas, gestor de cobros, tecnico de nominas, tecnica de nominas, analista de nomina, actuario, actuaria, suscriptor, suscriptora, perito

# TI, sistemas
functions.information-technology: tecnologia, tecnologias de la informacion, tecnologia de la informacion, ti, sistemas, sistemas de informacion, informatica, infraestructura, infraestructura tecnologica, redes, telecomunicaciones, soporte tecnico informatico, mesa de ayuda, centro de datos, operaciones de ti, arquitectura empresarial, erp, sap, transformacion digital, servicios de ti
roles.information-technology: tecnico de sistemas, tecnica de sistemas, administrador de sistemas, administradora de sistemas, administrador de redes, administradora de redes, ingeniero de sistemas, ingeniera de sistemas, ingeniero de redes, ingeniera de redes, ingeniero de infraestructura, analista de sistemas, tecnico informatico, tecnica informatica, tecnico de soporte, tecnica de soporte, analista de soporte, soporte tecnico, especialista en ti, consultor sap, consultora sap, consultor erp, administrador de base de datos, arquitecto de soluciones, arquitecta de soluciones, arquitecto cloud, arquitecto de infraestructura, arquitecto empresarial

# Ciberseguridad
functions.security: ciberseguridad, seguridad informatica, seguridad de la informacion, seguridad de la informacion y ciberseguridad, seguridad ti, gestion de identidades, gestion de identidades y accesos, gestion de accesos, respuesta a incidentes, centro de operaciones de seguridad, pruebas de penetracion, hacking etico, seguridad en la nube, seguridad de aplicaciones, seguridad ofensiva
roles.security: analista de ciberseguridad, analista de seguridad, analista de seguridad informatica, analista soc, ingeniero de ciberseguridad, ingeniera de ciberseguridad, ingeniero de seguridad, ingeniera de seguridad, consultor de ciberseguridad, consultora de ciberseguridad, especialista en ciberseguridad, arquitecto de seguridad, arquitecta de seguridad, pentester, hacker etico, auditor de seguridad

# Ingeniería, desarrollo
functions.engineering: ingenieria, desarrollo de software, ingenieria de software, desarrollo, desarrollo web, plataforma, devops, calidad de software, pruebas, testing, automatizacion, electronica, mecanica, ingenieria mecanica, ingenieria electrica, ingenieria industrial, oficina tecnica, investigacion y desarrollo tecnologico
roles.engineering: desarrollador, desarrolladora, desarrollador web, desarrollador full stack, desarrollador frontend, desarrollador backend, desarrollador movil, programador, programadora, ingeniero de software, ingeniera de software, ingeniero de desarrollo, ingeniero devops, ingeniera devops, ingeniero de plataforma, ingeniero de pruebas, tester, analista qa, ingeniero qa, ingeniero mecanico, ingeniera mecanica, ingeniero electrico, ingeniera electrica, ingeniero electronico, ingeniero industrial, ingeniera industrial, ingeniero de procesos, ingeniera de procesos, ingeniero de proyectos, ingeniero civil, ingeniera civil, arquitecto de software, arquitecta de software, arquitecto, arquitecta, delineante, proyectista

# Datos
functions.data: datos, analisis de datos, ciencia de datos, ingenieria de datos, inteligencia de negocio, inteligencia de negocios, business intelligence, analitica, analitica avanzada, inteligencia artificial, aprendizaje automatico, big data, gobierno del dato, gobierno de datos, calidad de datos, datos maestros
roles.data: analista de datos, cientifico de datos, cientifica de datos, ingeniero de datos, ingeniera de datos, arquitecto de datos, analista bi, desarrollador bi, consultor bi, estadistico, estadistica, data scientist, data engineer, data analyst

# Producto, diseño, marketing
roles.product: product manager, product owner
roles.design: disenador, disenadora, disenador grafico, disenadora grafica, disenador ux, disenador ui, disenador de producto, ilustrador, ilustradora, creativo, creativa
functions.design: diseno, diseno grafico, experiencia de usuario, diseno de producto, direccion de arte
functions.marketing: marketing, mercadotecnia, marketing digital, comunicacion, comunicacion corporativa, comunicacion interna, relaciones publicas, prensa, eventos, contenidos, redes sociales, marca, branding, publicidad, posicionamiento, seo, sem, investigacion de mercados, trade marketing, growth
roles.marketing: especialista en marketing, analista de marketing, community manager, especialista seo, redactor, redactora, copywriter, periodista, gestor de contenidos, brand manager, traductor, traductora

# Ventas
functions.sales: ventas, comercial, area comercial, desarrollo comercial, preventa, grandes cuentas, cuentas clave, canal de ventas, televenta, exportacion, comercio exterior, retail, tienda, licitaciones comerciales, ofertas, presupuestos comerciales
roles.sales: vendedor, vendedora, ejecutivo comercial, ejecutiva comercial, ejecutivo de ventas, ejecutiva de ventas, ejecutivo de cuentas, ejecutiva de cuentas, asesor comercial, asesora comercial, representante de ventas, representante comercial, agente comercial, delegado comercial, delegada comercial, tecnico comercial, tecnica comercial, ingeniero de ventas, ingeniera de ventas, ingeniero de preventa, key account manager, encargado de tienda, encargada de tienda, dependiente, dependienta, cajero, cajera

# Desarrollo de negocio, alianzas
functions.business-development: desarrollo de negocio, desarrollo de negocios, alianzas, alianzas estrategicas, partners, canales, canal, franquicias
roles.business-development: business developer, gestor de partners, channel manager

# Atención al cliente
functions.customer-success: atencion al cliente, servicio al cliente, experiencia de cliente, experiencia del cliente, exito del cliente, soporte, soporte al cliente, posventa, postventa, servicio tecnico, centro de llamadas, call center, contact center, reclamaciones, incidencias, implantacion, implementacion, onboarding
roles.customer-success: agente de atencion al cliente, teleoperador, teleoperadora, gestor de clientes, gestora de clientes, ejecutivo de atencion al cliente, customer success manager, tecnico de soporte al cliente, tecnico de servicio, consultor de implantacion, consultora de implantacion

# Operaciones, logística, producción, calidad, prevención
functions.operations: operaciones, logistica, cadena de suministro, supply chain, almacen, almacenes, distribucion, transporte, expediciones, inventarios, planificacion, planificacion de la demanda, produccion, fabricacion, planta, manufactura, mantenimiento, mejora continua, lean, calidad, aseguramiento de calidad, control de calidad, gestion de calidad, prevencion de riesgos laborales, seguridad y salud, medio ambiente, sostenibilidad, servicios generales, instalaciones, mantenimiento de instalaciones, inmobiliario, obras, construccion, gestion de pedidos, comercio exterior logistica, aduanas
roles.operations: tecnico de logistica, tecnica de logistica, almacenero, mozo de almacen, operario de almacen, carretillero, preparador de pedidos, planificador, planificadora, planificador de la demanda, analista de supply chain, operario, operaria, operario de produccion, tecnico de mantenimiento, mecanico, electricista, tecnico de calidad, tecnica de calidad, ingeniero de calidad, ingeniera de calidad, inspector de calidad, tecnico de prevencion, tecnica de prevencion, tecnico de prevencion de riesgos laborales, facility manager, encargado de obra, gestor de pedidos, tecnico de aduanas, transitario

# Recursos humanos
functions.human-resources: recursos humanos, rrhh, rr hh, gestion del talento, talento, seleccion, reclutamiento, seleccion de personal, formacion, desarrollo organizacional, relaciones laborales, compensacion, compensacion y beneficios, beneficios, administracion de personal, personas, personas y cultura, cultura, employer branding, bienestar
roles.human-resources: tecnico de recursos humanos, tecnica de recursos humanos, tecnico de seleccion, tecnica de seleccion, reclutador, reclutadora, analista de recursos humanos, generalista de recursos humanos, hr business partner, business partner de recursos humanos, formador, formadora, tecnico de formacion, tecnico de compensacion

# Legal
functions.legal: legal, juridico, asesoria juridica, asuntos legales, derecho, derecho mercantil, derecho laboral, contratos, litigios, propiedad intelectual, propiedad industrial, secretaria general
roles.legal: abogado, abogada, asesor juridico, asesora juridica, letrado, letrada, jurista, paralegal, procurador, procuradora, notario, notaria, secretario general, secretaria general

# Cumplimiento, auditoría, riesgos
functions.compliance: cumplimiento, cumplimiento normativo, compliance, auditoria, auditoria interna, control interno, riesgos, gestion de riesgos, riesgo operacional, proteccion de datos, privacidad, prevencion de blanqueo, prevencion del blanqueo de capitales, antilavado, fraude, prevencion del fraude, asuntos regulatorios, regulatorio, farmacovigilancia, continuidad de negocio
roles.compliance: auditor, auditora, auditor interno, auditora interna, auditor externo, analista de riesgos, gestor de riesgos, gestora de riesgos, oficial de cumplimiento, compliance officer, analista de cumplimiento, delegado de proteccion de datos, delegada de proteccion de datos, analista de fraude, tecnico de asuntos regulatorios

# Proyectos, consultoría, administración
roles.project-management: project manager, scrum master, agile coach
roles.consulting: consultor senior, consultora senior, consultor de negocio, consultor estrategico
roles.administrative: administrativo, administrativa, auxiliar administrativo, auxiliar administrativa, asistente de direccion, secretario, secretaria de direccion, recepcionista, asistente administrativo, asistente administrativa, office manager, oficinista, gestor administrativo
functions.administrative: administracion, administrativo, secretaria, recepcion, oficina

# Investigación, salud, educación
functions.research: investigacion, laboratorio, innovacion, investigacion clinica
roles.research: investigador, investigadora, cientifico, cientifica, tecnico de laboratorio, tecnica de laboratorio, quimico, quimica, biologo, biologa, fisico, doctorando, doctoranda, becario de investigacion
functions.healthcare: salud, sanidad, medicina, enfermeria, hospital, clinica, farmacia, ensayos clinicos, asuntos medicos
roles.healthcare: medico, medica, enfermero, enfermera, auxiliar de enfermeria, farmaceutico, farmaceutica, fisioterapeuta, odontologo, odontologa, dentista, psicologo, psicologa, cirujano, cirujana, matrona, veterinario, veterinaria, monitor de ensayos clinicos
functions.education: educacion, docencia, ensenanza, universidad, colegio, escuela, formacion academica
roles.education: profesor, profesora, maestro, maestra, docente, catedratico, catedratica, educador, educadora, orientador, orientadora, tutor, tutora

# Dirección general
roles.general-management: consejero delegado, consejera delegada, empresario, empresaria, emprendedor, emprendedora, country manager
`;

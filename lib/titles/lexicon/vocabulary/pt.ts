/** Portuguese long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: compradora=comprador, analistas=analista, contadora=contador, tesoureira=tesoureiro, auditora=auditor, controladora=controlador, planejadora=planejador, almoxarife=almoxarife, operadora=operador, programadora=programador, desenvolvedora=desenvolvedor, engenheira=engenheiro, advogada=advogado, vendedora=vendedor, consultora=consultor, assistente=assistente, secretaria=secretario, recepcionista=recepcionista, enfermeira=enfermeiro, medica=medico, professora=professor, pesquisadora=pesquisador, farmaceutica=farmaceutico, psicologa=psicologo, quimica=quimico, biologa=biologo, arquiteta=arquiteto, designer=designer, redatora=redator, tradutora=tradutor, inspetora=inspetor, supervisora=supervisor, coordenadora=coordenador, gestora=gestor, gerenta=gerente, diretora=diretor, tecnica=tecnico, executiva=executivo, representante=representante

# Compras, suprimentos
functions.purchasing: compras indiretas, compras estrategicas, compras tecnicas, procurement, sourcing, strategic sourcing, gestao de fornecedores, desenvolvimento de fornecedores, licitacoes, contratacoes, gestao de categorias
roles.purchasing: comprador tecnico, comprador senior, comprador pleno, comprador junior, assistente de compras, auxiliar de compras, especialista em compras, analista de suprimentos, category manager, gestor de categorias, analista de licitacoes

# Finanças, contabilidade, controladoria, tributário, tesouraria
functions.finance: controle financeiro, impostos, faturamento, cobranca, credito e cobranca, planejamento financeiro, orcamento, consolidacao, relacoes com investidores, auditoria contabil, custos, administrativo financeiro
roles.finance: analista contabil, assistente contabil, auxiliar contabil, tecnico contabil, analista de controladoria, controlador, assistente financeiro, auxiliar financeiro, analista de tesouraria, analista fiscal, analista tributario, consultor tributario, analista de contas a pagar, analista de contas a receber, analista de faturamento, analista de cobranca, analista de credito, analista de folha de pagamento, analista de custos, atuario, atuaria, subscritor, subscritora

# TI
functions.information-technology: ti, sistemas de informacao, infraestrutura de ti, telecomunicacoes, help desk, service desk, data center, arquitetura corporativa, erp, sap, transformacao digital, governanca de ti
roles.information-technology: analista de ti, analista de infraestrutura, analista de redes, tecnico de suporte, tecnico de ti, administrador de sistemas, administrador de banco de dados, engenheiro de redes, engenheiro de infraestrutura, engenheiro de sistemas, consultor sap, consultor erp, arquiteto de solucoes, arquiteto de infraestrutura, arquiteto cloud

# Segurança da informação
functions.security: gestao de identidades, gestao de identidades e acessos, gestao de acessos, resposta a incidentes, centro de operacoes de seguranca, testes de intrusao, pentest, seguranca em nuvem, seguranca de aplicacoes
roles.security: analista de seguranca, analista soc, engenheiro de seguranca da informacao, engenheiro de ciberseguranca, especialista em seguranca da informacao, especialista em ciberseguranca, consultor de seguranca da informacao, arquiteto de seguranca, pentester, hacker etico

# Engenharia, desenvolvimento
functions.engineering: engenharia de software, plataforma, devops, qualidade de software, testes, automacao, eletronica, mecanica, engenharia mecanica, engenharia eletrica, engenharia de produto
roles.engineering: desenvolvedor web, desenvolvedor full stack, desenvolvedor front end, desenvolvedor back end, desenvolvedor mobile, engenheiro de desenvolvimento, engenheiro devops, analista de testes, analista de qualidade de software, testador, qa, engenheiro mecanico, engenheiro eletricista, engenheiro eletronico, engenheiro de produto, engenheiro de processos, engenheiro de projetos, engenheiro civil, engenheiro de producao, arquiteto, projetista, desenhista

# Dados
functions.data: engenharia de dados, business intelligence, analytics, aprendizado de maquina, big data, governanca de dados, qualidade de dados, dados mestres
roles.data: arquiteto de dados, desenvolvedor bi, estatistico, estatistica, data scientist, data engineer, data analyst

# Produto, design, marketing
roles.product: product manager, product owner, analista de produto
roles.design: designer, designer ux, designer ui, designer de produto, ilustrador, ilustradora, web designer
functions.design: design, experiencia do usuario, design de produto
functions.marketing: marketing, marketing digital, comunicacao corporativa, comunicacao interna, assessoria de imprensa, eventos, conteudo, redes sociais, branding, propaganda, seo, trade marketing, inteligencia de mercado, pesquisa de mercado, growth
roles.marketing: assistente de marketing, especialista em marketing, analista de comunicacao, redator, copywriter, jornalista, social media, community manager, analista de seo, tradutor

# Vendas
functions.sales: area comercial, inside sales, televendas, exportacao, comercio exterior, varejo, loja, licitacoes comerciais, propostas
roles.sales: representante de vendas, assistente comercial, analista comercial, engenheiro de vendas, engenheiro de pre vendas, key account manager, balconista, operador de caixa

# Desenvolvimento de negócios, parcerias
functions.business-development: franquias
roles.business-development: business developer, analista de parcerias, executivo de novos negocios

# Atendimento, sucesso do cliente
functions.customer-success: suporte ao cliente, assistencia tecnica, sac, central de atendimento, call center, relacionamento, implantacao, onboarding
roles.customer-success: analista de atendimento, customer success manager, analista de suporte ao cliente, consultor de implantacao, analista de implantacao, tecnico de assistencia tecnica

# Operações, logística, produção, qualidade, segurança do trabalho
functions.operations: supply chain, almoxarifado, estoque, distribuicao, transporte, expedicao, planejamento, pcp, planejamento e controle da producao, planejamento de demanda, fabricacao, manufatura, lean, garantia da qualidade, controle de qualidade, gestao da qualidade, saude e seguranca, meio ambiente, sustentabilidade, esg, facilities, servicos gerais, infraestrutura predial, obras, construcao, pedidos, aduaneiro
roles.operations: analista de logistica, assistente de logistica, estoquista, conferente, auxiliar de almoxarifado, operador de empilhadeira, separador, planejador, analista de pcp, analista de supply chain, analista de planejamento, operador de producao, operador de maquinas, auxiliar de producao, tecnico de manutencao, mecanico, eletricista, analista de qualidade, inspetor de qualidade, tecnico de qualidade, engenheiro de qualidade, tecnico de seguranca do trabalho, engenheiro de seguranca do trabalho, analista de sustentabilidade, analista de facilities, mestre de obras, analista de pedidos, despachante aduaneiro

# Recursos humanos
functions.human-resources: rh, pessoas e cultura, treinamento, treinamento e desenvolvimento, desenvolvimento humano, remuneracao, remuneracao e beneficios, beneficios, relacoes trabalhistas, cultura, employer branding, endomarketing
roles.human-resources: analista de rh, assistente de rh, assistente de recursos humanos, auxiliar de rh, generalista de rh, business partner de rh, hr business partner, analista de recrutamento e selecao, analista de treinamento, analista de remuneracao, consultor de rh, instrutor, instrutora

# Jurídico
functions.legal: departamento juridico, direito empresarial, direito trabalhista, direito tributario, contratos, contencioso, propriedade intelectual, societario
roles.legal: advogado pleno, advogado senior, assistente juridico, analista juridico, paralegal, estagiario de direito, tabeliao

# Compliance, auditoria, riscos
functions.compliance: auditoria interna, gestao de riscos, risco operacional, prevencao a lavagem de dinheiro, pld, fraude, prevencao a fraude, assuntos regulatorios, regulatorio, farmacovigilancia, continuidade de negocios
roles.compliance: auditor interno, auditora interna, analista de auditoria, analista de riscos, analista de controles internos, encarregada de dados, analista de prevencao a fraude, analista de assuntos regulatorios, especialista em assuntos regulatorios

# Projetos, consultoria, administrativo
roles.project-management: lider de projetos, project manager, scrum master, agile coach
roles.consulting: consultor senior, consultor de negocios, consultor de gestao
roles.administrative: secretaria executiva, office manager, analista administrativo
functions.administrative: administracao, escritorio

# Pesquisa, saúde, educação
functions.research: inovacao, pesquisa clinica
roles.research: tecnico de laboratorio, analista de laboratorio, quimico, biologo, fisico, doutorando, doutoranda, pos doutorando
functions.healthcare: hospital, farmacia, estudos clinicos, assuntos medicos
roles.healthcare: cirurgiao dentista, psicologo, nutricionista, veterinario, veterinaria, monitor de estudos clinicos
functions.education: docencia, faculdade
roles.education: educador, pedagogo, pedagoga, tutor, tutora

# Direção geral
roles.general-management: empreendedor, empreendedora, country manager

# Mais profissões: banco, seguros, setor público, varejo, construção, energia, mídia
roles.finance: gerente de contas banco, caixa bancario, analista de investimentos, assessor de investimentos, consultor financeiro, corretor de seguros, analista de sinistros, regulador de sinistros, analista de fp a, analista de planejamento financeiro, analista de orcamento, auditor fiscal, perito contabil, analista de fechamento contabil
roles.information-technology: tecnico de redes, analista de service desk, analista de sistemas erp, analista de governanca de ti, engenheiro de cloud, analista de cloud, administrador de servidores, analista de telecom, analista de banco de dados
roles.engineering: desenvolvedor java, desenvolvedor python, desenvolvedor net, engenheiro de automacao, engenheiro de manutencao, engenheiro mecatronico, engenheiro de qualidade de software, analista de qa, tecnico em eletronica, tecnico em mecanica, desenhista cadista
roles.operations: motorista, ajudante de carga, auxiliar de logistica, auxiliar de expedicao, analista de transporte, programador de producao, analista de manutencao, tecnico de processos, lider de producao, encarregado de producao, soldador, caldeireiro, torneiro mecanico, montador, pedreiro, engenheiro de obras, tecnico em edificacoes, zelador, auxiliar de limpeza, analista de meio ambiente, analista ambiental, analista de melhoria continua
roles.sales: promotor de vendas, vendedor externo, vendedor interno, consultor de negocios comercial, analista de vendas, analista de pricing, representante tecnico comercial, atendente de loja, operador de loja
roles.human-resources: analista de desenvolvimento humano, analista de gente e gestao, tech recruiter, consultor de recrutamento

# Mais profissões: banca, seguros, setor público, comércio, construção, energia, hotelaria, mídia
roles.finance: gerente de relacionamento bancario, assistente de credito, analista de risco de credito, analista de investimentos senior, operador de mesa, trader, analista de contabilidade, auxiliar de escritorio contabil, escriturario, escrituraria, analista de fluxo de caixa, analista de contas, analista de prestacao de contas, tecnico em contabilidade
roles.purchasing: auxiliar de suprimentos, assistente de suprimentos, analista de sourcing, comprador de materiais, comprador de servicos, planejador de compras, analista de cadastro de fornecedores
roles.information-technology: suporte de ti, analista de suporte de ti, analista de seguranca de redes, analista de servidores, analista de sistemas senior, analista de sistemas junior, analista funcional, consultor funcional, analista de crm, administrador de rede, administradora de rede, analista de microinformatica
roles.security: analista de seguranca cibernetica, analista de resposta a incidentes, especialista em seguranca ofensiva, analista de gestao de identidades, analista de iam, consultor de ciberseguranca, auditor de seguranca da informacao
roles.engineering: desenvolvedor de software, desenvolvedor de sistemas, desenvolvedor ios, desenvolvedor android, engenheiro de automacao industrial, engenheiro quimico, engenheiro de telecomunicacoes, engenheiro de materiais, engenheiro ambiental, engenheiro de controle e automacao, engenheiro de testes, analista de automacao de testes, tecnico em automacao, tecnico em eletrotecnica, tecnico em mecatronica
roles.data: analista de big data, engenheiro de machine learning, especialista em inteligencia artificial, analista de dados senior, analista de dados junior
roles.marketing: analista de marketing digital, analista de midias sociais, analista de conteudo, produtor de conteudo, produtora de conteudo, analista de trade marketing, analista de eventos, assessor de imprensa, assessora de imprensa, analista de endomarketing, publicitario, publicitaria, designer publicitario, redator publicitario, analista de crm marketing
roles.customer-success: analista de experiencia do cliente, analista de relacionamento, consultor de relacionamento, operador de atendimento, atendente de sac, analista de pos vendas, tecnico de campo, analista de customer success, analista de onboarding
roles.human-resources: analista de gestao de pessoas, assistente de departamento pessoal, auxiliar de departamento pessoal, analista de cargos e salarios, analista de beneficios, consultor de carreira, psicologo organizacional
roles.legal: advogado trabalhista, advogado tributarista, advogado empresarial, analista de contratos, escrevente
roles.compliance: analista de gestao de riscos, analista de privacidade, analista de lgpd, analista de pld
roles.healthcare: auxiliar de enfermagem, tecnico em radiologia, biomedico, biomedica, fonoaudiologo, fonoaudiologa, terapeuta ocupacional, medico veterinario, enfermeiro obstetra, cuidador, cuidadora, agente de saude
roles.education: professor de ensino fundamental, professor de ingles, professor universitario, professora universitaria, monitor, monitora, instrutor de treinamento, coordenadora de ensino
roles.administrative: auxiliar de escritorio, assistente de escritorio, recepcionista bilingue, telefonista, arquivista, digitador, digitadora, secretaria bilingue, assistente de diretoria
roles.operations: analista de logistica senior, analista de estoque, auxiliar de estoque, analista de frota, coordenador de frota, motorista entregador, ajudante geral, operador logistico, analista de comercio exterior, assistente de comercio exterior, analista de importacao, analista de exportacao, inspetor de manutencao, planejador de manutencao, analista de processos, analista de qualidade senior, auditor de qualidade, tecnico de meio ambiente, analista de seguranca do trabalho, bombeiro civil, eletricista de manutencao, mecanico de manutencao, encarregado de obras, engenheiro civil de obras
`;

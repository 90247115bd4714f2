/** Portuguese long-tail vocabulary in the compact form of ../vocabulary.ts (written by the team). */
export const vocabulary = `
variants: compradora=comprador, analistas=analista, contadora=contador, tesoureira=tesoureiro, auditora=auditor, controladora=controlador, planejadora=planejador, almoxarife=almoxarife, operadora=operador, programadora=programador, desenvolvedora=desenvolvedor, engenheira=engenheiro, advogada=advogado, vendedora=vendedor, consultora=consultor, assistente=assistente, secretaria=secretario, recepcionista=recepcionista, enfermeira=enfermeiro, medica=medico, professora=professor, pesquisadora=pesquisador, farmaceutica=farmaceutico, psicologa=psicologo, quimica=quimico, biologa=biologo, arquiteta=arquiteto, designer=designer, redatora=redator, tradutora=tradutor, inspetora=inspetor, supervisora=supervisor, coordenadora=coordenador, gestora=gestor, gerenta=gerente, diretora=diretor, tecnica=tecnico, executiva=executivo, representante=representante

# Compras, suprimentos
functions.purchasing: compras, compras indiretas, compras estrategicas, compras tecnicas, suprimentos, cadeia de suprimentos compras, aquisicoes, procurement, sourcing, strategic sourcing, gestao de fornecedores, desenvolvimento de fornecedores, licitacoes, contratacoes, gestao de categorias
roles.purchasing: comprador, compradora, comprador tecnico, comprador senior, comprador pleno, comprador junior, analista de compras, assistente de compras, auxiliar de compras, especialista em compras, analista de suprimentos, category manager, gestor de categorias, analista de licitacoes

# Finanças, contabilidade, controladoria, tributário, tesouraria
functions.finance: financas, financeiro, contabilidade, controladoria, controle financeiro, tesouraria, tributario, fiscal, impostos, contas a pagar, contas a receber, faturamento, cobranca, credito e cobranca, folha de pagamento, planejamento financeiro, orcamento, consolidacao, relacoes com investidores, auditoria contabil, custos, administrativo financeiro
roles.finance: contador, contadora, analista contabil, assistente contabil, auxiliar contabil, tecnico contabil, controller, analista de controladoria, controlador, analista financeiro, analista financeira, assistente financeiro, assistente financeira, auxiliar financeiro, tesoureiro, tesoureira, analista de tesouraria, analista fiscal, analista tributario, consultor tributario, analista de contas a pagar, analista de contas a receber, analista de faturamento, analista de cobranca, analista de credito, analista de folha de pagamento, analista de custos, atuario, atuaria, subscritor, subscritora

# TI
functions.information-technology: tecnologia, tecnologia da informacao, ti, sistemas, sistemas de informacao, informatica, infraestrutura, infraestrutura de ti, redes, telecomunicacoes, suporte tecnico ti, help desk, service desk, data center, arquitetura corporativa, erp, sap, transformacao digital, governanca de ti
roles.information-technology: analista de ti, analista de sistemas, analista de suporte, analista de infraestrutura, analista de redes, tecnico de informatica, tecnica de informatica, tecnico de suporte, tecnico de ti, administrador de redes, administrador de sistemas, administrador de banco de dados, engenheiro de redes, engenheiro de infraestrutura, engenheiro de sistemas, consultor sap, consultora sap, consultor erp, arquiteto de solucoes, arquiteta de solucoes, arquiteto de infraestrutura, arquiteto cloud

# Segurança da informação
functions.security: seguranca da informacao, seguranca cibernetica, ciberseguranca, seguranca de ti, gestao de identidades, gestao de identidades e acessos, gestao de acessos, resposta a incidentes, centro de operacoes de seguranca, testes de intrusao, pentest, seguranca em nuvem, seguranca de aplicacoes
roles.security: analista de seguranca da informacao, analista de seguranca, analista de ciberseguranca, analista soc, engenheiro de seguranca da informacao, engenheiro de ciberseguranca, engenheira de ciberseguranca, especialista em seguranca da informacao, especialista em ciberseguranca, consultor de seguranca da informacao, arquiteto de seguranca, arquiteta de seguranca, pentester, hacker etico

# Engenharia, desenvolvimento
functions.engineering: engenharia, desenvolvimento de software, engenharia de software, desenvolvimento, plataforma, devops, qualidade de software, testes, automacao, eletronica, mecanica, engenharia mecanica, engenharia eletrica, engenharia de produto
roles.engineering: desenvolvedor, desenvolvedora, desenvolvedor web, desenvolvedor full stack, desenvolvedor front end, desenvolvedor back end, desenvolvedor mobile, programador, programadora, engenheiro de software, engenheira de software, engenheiro de desenvolvimento, engenheiro devops, engenheira devops, analista de testes, analista de qualidade de software, testador, qa, engenheiro mecanico, engenheira mecanica, engenheiro eletricista, engenheira eletricista, engenheiro eletronico, engenheiro de produto, engenheiro de processos, engenheira de processos, engenheiro de projetos, engenheiro civil, engenheira civil, engenheiro de producao, engenheira de producao, arquiteto de software, arquiteta de software, arquiteto, arquiteta, projetista, desenhista

# Dados
functions.data: dados, analise de dados, ciencia de dados, engenharia de dados, inteligencia de negocios, business intelligence, analytics, inteligencia artificial, aprendizado de maquina, big data, governanca de dados, qualidade de dados, dados mestres
roles.data: analista de dados, cientista de dados, engenheiro de dados, engenheira de dados, arquiteto de dados, analista de bi, desenvolvedor bi, estatistico, estatistica, data scientist, data engineer, data analyst

# Produto, design, marketing
roles.product: product manager, product owner, analista de produto
roles.design: designer, designer grafico, designer ux, designer ui, designer de produto, ilustrador, ilustradora, web designer
functions.design: design, design grafico, experiencia do usuario, design de produto
functions.marketing: marketing, marketing digital, comunicacao, comunicacao corporativa, comunicacao interna, relacoes publicas, assessoria de imprensa, eventos, conteudo, redes sociais, marca, branding, publicidade, propaganda, seo, trade marketing, inteligencia de mercado, pesquisa de mercado, growth
roles.marketing: analista de marketing, assistente de marketing, especialista em marketing, analista de comunicacao, redator, redatora, copywriter, jornalista, social media, community manager, analista de seo, tradutor, tradutora

# Vendas
functions.sales: vendas, comercial, area comercial, pre vendas, pre venda, grandes contas, contas chave, inside sales, televendas, exportacao, comercio exterior, varejo, loja, licitacoes comerciais, propostas
roles.sales: vendedor, vendedora, executivo de vendas, executiva de vendas, executivo de contas, executiva de contas, executivo comercial, executiva comercial, consultor comercial, consultora comercial, consultor de vendas, consultora de vendas, representante comercial, representante de vendas, assistente comercial, analista comercial, engenheiro de vendas, engenheiro de pre vendas, key account manager, balconista, operador de caixa

# Desenvolvimento de negócios, parcerias
functions.business-development: desenvolvimento de negocios, novos negocios, parcerias, aliancas, canais, franquias
roles.business-development: business developer, analista de parcerias, executivo de novos negocios

# Atendimento, sucesso do cliente
functions.customer-success: atendimento ao cliente, atendimento, sucesso do cliente, experiencia do cliente, customer success, suporte ao cliente, pos venda, pos vendas, assistencia tecnica, sac, central de atendimento, call center, relacionamento com o cliente, relacionamento, implantacao, onboarding
roles.customer-success: atendente, analista de atendimento, analista de sucesso do cliente, customer success manager, operador de telemarketing, analista de suporte ao cliente, consultor de implantacao, consultora de implantacao, analista de implantacao, tecnico de assistencia tecnica

# Operações, logística, produção, qualidade, segurança do trabalho
functions.operations: operacoes, logistica, cadeia de suprimentos, supply chain, armazem, almoxarifado, estoque, distribuicao, transporte, expedicao, planejamento, pcp, planejamento e controle da producao, planejamento de demanda, producao, fabrica, fabricacao, manufatura, planta, manutencao, melhoria continua, lean, qualidade, garantia da qualidade, controle de qualidade, gestao da qualidade, seguranca do trabalho, saude e seguranca, meio ambiente, sustentabilidade, esg, facilities, servicos gerais, infraestrutura predial, obras, construcao, pedidos, comercio exterior logistica, aduaneiro
roles.operations: analista de logistica, assistente de logistica, almoxarife, estoquista, conferente, auxiliar de almoxarifado, operador de empilhadeira, separador, planejador, planejadora, analista de pcp, analista de supply chain, analista de planejamento, operador de producao, operador de maquinas, auxiliar de producao, tecnico de manutencao, mecanico, eletricista, analista de qualidade, inspetor de qualidade, tecnico de qualidade, tecnica de qualidade, engenheiro de qualidade, tecnico de seguranca do trabalho, tecnica de seguranca do trabalho, engenheiro de seguranca do trabalho, analista de sustentabilidade, analista de facilities, mestre de obras, analista de pedidos, despachante aduaneiro

# Recursos humanos
functions.human-resources: recursos humanos, rh, gestao de pessoas, pessoas, gente e gestao, pessoas e cultura, talentos, recrutamento, recrutamento e selecao, selecao, treinamento, treinamento e desenvolvimento, desenvolvimento humano, remuneracao, remuneracao e beneficios, beneficios, departamento pessoal, relacoes trabalhistas, cultura, employer branding, endomarketing
roles.human-resources: analista de recursos humanos, analista de rh, assistente de rh, assistente de recursos humanos, auxiliar de rh, generalista de rh, business partner de rh, hr business partner, recrutador, recrutadora, analista de recrutamento e selecao, analista de treinamento, analista de departamento pessoal, analista de remuneracao, consultor de rh, consultora de rh, instrutor, instrutora

# Jurídico
functions.legal: juridico, departamento juridico, direito, direito empresarial, direito trabalhista, direito tributario, contratos, contencioso, propriedade intelectual, societario
roles.legal: advogado, advogada, advogado pleno, advogado senior, assistente juridico, analista juridico, paralegal, estagiario de direito, consultor juridico, tabeliao

# Compliance, auditoria, riscos
functions.compliance: compliance, conformidade, auditoria, auditoria interna, controles internos, riscos, gestao de riscos, risco operacional, protecao de dados, privacidade, lgpd, prevencao a lavagem de dinheiro, pld, fraude, prevencao a fraude, assuntos regulatorios, regulatorio, farmacovigilancia, continuidade de negocios
roles.compliance: auditor, auditora, auditor interno, auditora interna, analista de auditoria, analista de compliance, analista de riscos, analista de controles internos, encarregado de dados, encarregada de dados, encarregado de protecao de dados, analista de prevencao a fraude, analista de assuntos regulatorios, especialista em assuntos regulatorios

# Projetos, consultoria, administrativo
roles.project-management: analista de projetos, lider de projetos, project manager, scrum master, agile coach
roles.consulting: consultor senior, consultora senior, consultor de negocios, consultor de gestao
roles.administrative: assistente administrativo, assistente administrativa, auxiliar administrativo, auxiliar administrativa, secretaria executiva, secretario executivo, secretaria, recepcionista, office manager, analista administrativo
functions.administrative: administrativo, administracao, secretariado, recepcao, escritorio

# Pesquisa, saúde, educação
functions.research: pesquisa, pesquisa e desenvolvimento, laboratorio, inovacao, pesquisa clinica
roles.research: pesquisador, pesquisadora, cientista, tecnico de laboratorio, tecnica de laboratorio, analista de laboratorio, quimico, quimica, biologo, biologa, fisico, doutorando, doutoranda, pos doutorando
functions.healthcare: saude, medicina, enfermagem, hospital, clinica, farmacia, estudos clinicos, assuntos medicos
roles.healthcare: medico, medica, enfermeiro, enfermeira, tecnico de enfermagem, tecnica de enfermagem, farmaceutico, farmaceutica, fisioterapeuta, dentista, cirurgiao dentista, psicologo, psicologa, nutricionista, veterinario, veterinaria, monitor de estudos clinicos
functions.education: educacao, ensino, docencia, universidade, escola, faculdade
roles.education: professor, professora, docente, educador, educadora, pedagogo, pedagoga, tutor, tutora

# Direção geral
roles.general-management: empresario, empresaria, empreendedor, empreendedora, country manager

# Mais profissões: banco, seguros, setor público, varejo, construção, energia, mídia
roles.finance: gerente de contas banco, caixa bancario, analista de investimentos, assessor de investimentos, consultor financeiro, corretor de seguros, analista de sinistros, regulador de sinistros, analista de fp a, analista de planejamento financeiro, analista de orcamento, auditor fiscal, perito contabil, analista de fechamento contabil
roles.information-technology: tecnico de redes, analista de service desk, analista de sistemas erp, analista de governanca de ti, engenheiro de cloud, analista de cloud, administrador de servidores, analista de telecom, analista de banco de dados
roles.engineering: desenvolvedor java, desenvolvedor python, desenvolvedor net, engenheiro de automacao, engenheiro de manutencao, engenheiro mecatronico, engenheiro de qualidade de software, analista de qa, tecnico em eletronica, tecnico em mecanica, desenhista cadista
roles.operations: motorista, ajudante de carga, auxiliar de logistica, auxiliar de expedicao, analista de transporte, programador de producao, analista de manutencao, tecnico de processos, lider de producao, encarregado de producao, soldador, caldeireiro, torneiro mecanico, montador, pedreiro, engenheiro de obras, tecnico em edificacoes, zelador, porteiro, auxiliar de limpeza, analista de meio ambiente, analista ambiental, analista de melhoria continua
roles.sales: promotor de vendas, vendedor externo, vendedor interno, consultor de negocios comercial, analista de vendas, analista de pricing, representante tecnico comercial, atendente de loja, operador de loja
roles.human-resources: analista de desenvolvimento humano, analista de gente e gestao, business partner rh, tech recruiter, consultor de recrutamento
`;

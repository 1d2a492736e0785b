# Portuguese p2p
Mãe cheguei em Boston, tá tudo bem, te ligo amanhã
Filho, tá comendo direito? Não vive só de miojo
Pai para de se preocupar, aqui tá frio mas tô bem
Mandei o dinheiro pela Remessa Online, avisa quando cair
Fala pra vó que domingo eu faço chamada de vídeo
Mãe para de me mandar corrente no zap kkkk
A entrevista do visto é dia 14, reza por mim
Tia, me manda a receita do feijão tropeiro de novo?
Cancelaram meu voo pra Lisboa, só chego segunda
Não me manda mensagem amanhã cedo, tenho prova às 8
Manda foto do cachorrinho novo
Teu primo vai pro Porto em março, pode ficar aí uns dias?
Chega de perguntar quando eu vou casar, mãe
Não põe mais linguiça na mala, a alfândega tirou tudo
Aqui são 3 da manhã, o fuso tá me matando
Vou largar o turno da noite depois do semestre, prometo
Fim do mês recebo meu primeiro salário aqui
Passa na casa do tio Zé quando tiver em Newark, ele tem os papéis
Que saudade da tua comida, aqui nada tem tempero
Parabéns pai, happy birthday, desculpa não tá aí
A internet tá péssima, vou escrever em vez de ligar
Mãe, o banco bloqueou meu cartão porque usei fora
Não para de mandar áudio, gosto de ouvir tua voz
Quem acabou com o leite DE NOVO
Para de deixar a louça na pia pfv, já faz 3 dias
O aluguel vence sexta, te mando minha parte no Pix
O senhorio vem às 10 arranjar o esquentador
Cancela a faxineira essa semana, eu limpo
Vou fazer feijoada hoje, quer?
Para de roubar meu leite de aveia 😤
Chega de som alto depois da meia-noite, amanhã tem aula
Alguém deixou a porta aberta
Ainda tem papel higiênico ou compro?
Lixo reciclável é terça à noite, não quarta
Nada de festa durante a semana ok? Os vizinhos reclamaram
Chego tarde, não me esperem pra jantar
Traz ovo no caminho? Te pago
Tua encomenda chegou, coloquei pra dentro
Vou sair do apê no fim de junho, já tô avisando
Quem é o cara dormindo no sofá??
O contrato acaba em agosto, renovamos?
Voltou a água quente!
Tá bom, cancelo minha Netflix e uso a tua
Acabou o arroz, compro o saco grande no mercado asiático
O trabalho é pra hoje ou segunda?
O professor cancelou a aula, vê no Moodle
Me passa o caderno de quinta? Tava doente
Reunião do grupo na biblioteca às 4?
Vou trancar a matéria de cálculo, não dá
Para de surtar, a prova é com consulta
Já mandou o trabalho na plataforma?
O seminário termina às 6, bora comer depois
Chega de virar a noite, juro
Quem faz a conclusão?
Passo no teu quarto pra pegar o carregador
Não escreve mais no grupo, ela silenciou mesmo
A aula de laboratório foi cancelada, o equipamento quebrou
Vai na festa dos intercambistas?
Chega de estudar por hoje, meu cérebro fritou
Tô no ponto, o ônibus atrasou de novo
Começamos o projeto sábado
As provas começam semana que vem, não tô pronta
Adiaram a entrega pra sexta!!
Vou atrasar 10 min, o metrô parou na Sé
Cobre meu turno sábado? Tenho a prova da cidadania
O gerente disse que dá pra sair mais cedo
Reunião cancelada, ele tá doente
Vou pedir demissão em duas semanas, não conta pra ninguém
Para de me colocar em cópia em tudo kkk
Me manda a escala da semana que vem?
A impressora travou de novo
Acabou o turno, tô indo, até amanhã
Quem pegou minha marmita da geladeira
Chega de hora extra esse mês, preciso dormir
O cliente quer o relatório até hoje
Confere se preenchi certo a folha de ponto? Não entendo o formulário
Não me escreve na minha folga, liga se for urgente
Consertaram a máquina de café
Tive que desmarcar o dentista por causa do turno dobrado
O pagamento cai quinta né?
Tão contratando, fala pra tua prima mandar currículo
Valeu por me ajudar com o email em inglês
Vamos parar pra almoçar à 1?
Para de trabalhar tanto, faz a gente ficar mal na fita
Fechou, às 7
Cadê você?
Tô indo, trânsito horrível
Kkkk sim eu sei
Se Deus quiser a gente ganha domingo
Não esquece o carregador
Desculpa, perdi tua ligação, tava no metrô
Chega por hoje, vou dormir
Boa noite, dorme bem
Qual é a senha do wifi mesmo
Viu a final? Inacreditável
Esquece, achei as chaves
Vamos parar de brigar, desculpa
Chega de café pra mim, tô tremendo
Para, tu tá me fazendo rir na biblioteca
Onde a gente come, rodízio ou coreano?
Meu celular corrige tudo pra inglês, ignora os erros
Cancelei a academia e continuam cobrando
Finalmente saiu meu título de residência!!!
O bebê finalmente parou de chorar, dormiu
Ó pá, vens ao jantar de sábado?

# Portuguese replies (mostly Brazil, some Portugal)
@salao
O SAIR
O Oi Cris, aqui é a Juliana. Para de me mandar mensagem por favor, me mudei pra Curitiba
O Não vou mais no salão, não me mandem mais mensagens
O Me tira da lista, esse número era da minha mãe
O PARAR de enviar
M Quero só o lembrete do horário, promoção não, obrigada
N Dá pra passar meu horário com a Dani de quinta pra sábado?
N Cancela meu horário de amanhã 17h, minha filha tá doente
N Vou atrasar 10 min, não passa minha vez por favor
N Curtiu “Studio Bela: 20% na progressiva essa semana. Responda SAIR para não receber”
N Confirmado sexta 11h, brigada Cris
I Quero voltar a receber os lembretes, por favor
I START pfv
H AJUDA
@oficina
O Seu Zé, vendi o Gol, não precisa mais me mandar mensagem de revisão
O Cancelar mensagens
O Não me mande mais SMS, vocês me cobraram demais no freio
O Sair da lista
M Lembrete de revisão tudo bem, mas cupom de desconto não quero mais
N O carro já tá pronto? Falaram até às 16h
N Cancela o alinhamento, só quero a troca de óleo
N A luz da injeção não para de piscar, posso levar hoje?
N Não parem de mandar o lembrete do licenciamento, senão eu esqueço
I É a Carla de novo, comprei outro carro, pode voltar a me mandar mensagem
H ajuda por favor
@dentista
O Parem de me mandar SMS, troquei de dentista
O Quero me descadastrar
O Número errado, não sou o Kevin, me tirem do cadastro
O Não quero mais receber mensagens
O PARE
M Chega de newsletter de clareamento, só quero as consultas
N Preciso desmarcar a limpeza do dia 3, pode ser dia 10?
N A dor não passa desde a obturação, devo ir aí?
N Remarquei pelo app, pode cancelar o horário antigo
I Reativem as mensagens por favor, quero meus lembretes de volta
I Quero me inscrever de novo
H AJUDA obrigado
@restaurante
O Chega de mensagem, por favor não me mandem mais nada
O Como eu saio dessa lista?
O SAIR SAIR SAIR
O Nunca me cadastrei nisso, apaguem meu número
M As promoções do almoço não me interessam, parem de mandar
N Dá pra cancelar meu pedido? Coloquei o endereço errado
N Vamos atrasar, segura a mesa, não cancela não
N Meu pedido do iFood não chegou, quero reembolso
I Voltem a me mandar as promoções de sexta, sinto falta
@academia
O Professor Rafa, por favor não me manda mais mensagem, cancelei o plano
O Apaguem meu número por favor
O Cancelei em janeiro, parem com os SMS
O Não quero mais mensagens de vocês
M Grade das aulas sim, oferta de personal não, valeu
N Quero trancar o plano enquanto me recupero da cirurgia
N Posso cancelar a reserva do spinning das 7? Perdi a hora kkk
N Como faço pra cancelar o plano? Vou morar fora em maio
N Parei o crossfit mas quero continuar no pilates
I Voltei da mudança, podem voltar a mandar mensagem
I Me inscrevam de novo por favor
@professor
O Oi professora Ana, o Pedro não precisa mais das aulas, não mande mais mensagens
O Me remove da lista de SMS
O descadastrar
N Podemos desmarcar a aula de quinta? A Emma tá com febre
N Que horas termina a aula? Preciso buscar ela
N Ela quer parar o piano mas continuar com matemática, pode?
I Sim, pode voltar a me mandar os lembretes das aulas
H INFO pfvr
@encanador
O Já pagamos, para de mandar mensagem
O Não envie mais mensagens para este número, obrigado
O parar agora
M Chega de desconto de temporada, só me escreve sobre o serviço
N O vazamento parou depois que você foi embora mas voltou a pingar
N Pode vir terça? Cancela segunda, não vou estar em casa
I CONTINUAR por favor
@floricultura
O Por favor não me mandem mais mensagem, o velório já foi
O Me descadastra de tudo
M Chega de promoção de Dia dos Namorados, tô solteira 😂
N Posso cancelar a entrega de sexta e passar pro sábado?
N No cartão: "Chega de lágrimas, beijo da mãe"
N Não parem o arranjo semanal, o escritório ama
I Sim, quero voltar a receber as mensagens de vocês
H Ajuda, que número é esse?
@pet_shop
O Parem de me mandar mensagem, a Mel morreu semana passada
O Oi Jéssica, me tira da lista por favor, a gente se mudou
O PAAARA
N Posso cancelar o corte de unha do Thor? Ele tá no veterinário
N Ele não para de se coçar depois do banho, trocaram o xampu?
N Ok até terça, brigada Jéssica!
I A gente pegou um filhote novo, me coloca de volta nas mensagens
H AJUDA pfv
@misto
O Cancela meu horário de terça e para de me mandar mensagem, tô me mudando pra BH
O Cris, sexta não vou conseguir, e sinceramente me tira das mensagens, tô sem grana
O Pausem todas as mensagens até setembro por favor
N A promoção de terça acabou?
N Cancela a aula de sábado mas continua mandando mensagem, a gente remarca
H Ajuda Cris
H Ajuda por gentileza
H ajuda valeu Jéssica

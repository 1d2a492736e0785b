# amigos
O brunch de domingo tá de pé ou a Bia cancelou de novo?
Já tô no bar, cadê vocês?
Passa aqui em casa antes da festa, tô com sua jaqueta
kkkkk para, tô chorando de rir
Para que eu fico com vergonha 🙈
Quem vai dirigir sábado? No meu carro cabem 4
Jantar cancelado, a Bia tá com covid. Semana que vem?
Não vai me dar bolo dessa vez hein
Pedi demissão hoje!!! A cerveja é por minha conta
Como assim você pediu as contas?? Me liga
Chega de falar de trabalho, vamos comer o quê?
Nunca mais bebo tequila
Me busca às 7? Meu carro não quer pegar
O filme começa 20h15, não se atrasem
Não consigo parar de pensar naquela pizza de ontem
Para de me mandar TikTok às 2 da manhã, eu trabalho cedo 😂
Manda mais vídeo de cachorro, eu preciso
Me faz um Pix de 42 reais da casa da praia
Quem leva a caixinha de som?
Feliz aniversário!!! 🎉 te amo
valeu amiga, te vejo às 6
O show foi cancelado, dizem que o reembolso cai em 5 dias
Esqueci de cancelar o teste do Globoplay de novo
Finalmente me descadastrei de todos os e-mails de loja, que paz
Me lembra de cancelar o Spotify antes de sexta
Não manda mensagem pra ele. Sério, não manda
Bloqueei ele em tudo, finalmente
Me avisa quando chegar em casa
Cheguei! Boa noite
tô aqui embaixo
deixa pra lá, fica pra outro dia
# time
O treino mudou pra 19h no campo 3, tragam as duas camisas
Jogo cancelado por causa da chuva, remarcam depois
O técnico disse que acabou a desculpa, todo mundo quinta
Quem leva as laranjas sábado? 🍊
O juiz parou o jogo 20 minutos por causa da neblina kkk
Alguém pode dar carona pro Lucas? Tô preso no trampo
Tô fora essa semana, a coxa ainda tá ruim
A mensalidade é 60 reais, paga pro Marcos até o fim do mês
Parem de recuar pro goleiro toda hora, a gente já falou disso 😂
Vou sair da pelada de terça, quarta fica melhor pra mim
Alguém sabe quando termina o campeonato?
Ganhamos de 3 a 1! Cerveja no bar do Zé
Chega de provocação no grupo vocês dois 🙄
# hobbies
O clube do livro esse mês é na casa da Raquel
Não terminei o livro, posso ir mesmo assim? kkk
A gente termina 20h30 pra Pati pegar o ônibus
Sem tricô essa semana, a Helena tá internada
Corrida às 7 na praça, 5 km de boa
Parei de correr depois da cirurgia no joelho, mas vou caminhando com vocês
Xadrez hoje? Quero revanche
Ele desistiu no lance 12 kkkk
Vou dar um tempo na cerâmica até o bebê nascer
Sessão de RPG cancelada, o mestre tá gripado 😷
Parem de dar spoiler no grupo, tô no capítulo 4
# pais da escola
Lembrando que sexta a saída é às 11h30
Alguém tem a lista do ditado?
Alguém pode buscar o Davi junto com a Sofia hoje? Te devo uma
Reunião de pais cancelada, passou pra terça
O ponto do ônibus escolar vai mudar pra esquina da padaria a partir de segunda
Meus filhos não param de falar do passeio 😂
Veio bilhete de piolho na agenda hoje 🙃
Quem vai organizar o presente da tia? Coloco 20 reais
A professora pediu pra não mandar mais doce no lanche
Gente, por favor parem de responder todo mundo no grupo da turma, 50 notificações 😩
Dá pra silenciar esse grupo? Perguntando por uma amiga
Minha filha quer largar o balé, a de vocês já passou por isso?
Como cancela a inscrição do almoço de quarta?
# ex
Preciso de espaço. Por favor não me manda mensagem por um tempo
Me deixa em paz, dessa vez é sério
Para de me ligar no trabalho
Se mandar mais um textão eu te bloqueio
Acabou. Não vou passar por isso de novo
Pode ficar com o liquidificador
Chega. Não vou mais brigar por WhatsApp
Para de trazer o verão passado à tona
Desculpa, sei que você pediu pra eu não mandar mensagem, vou parar
Podemos conversar como adultos? Um café quinta?
Ainda tô com seu moletom, quer de volta?
Não me manda mensagem quando estiver bêbado
Sobre a Lara tudo bem, mas nada de mensagem depois das 21h a não ser sobre ela
# família
Mãe para de me mandar corrente 😂
Pai, para de me encaminhar vídeo do Facebook por favor
Almoço na vó domingo meio-dia, levem sobremesa
Me liga quando puder, nada urgente
Quem comeu o último brigadeiro?
Você passa na farmácia pro vô?
Seu irmão finalmente largou o vape!!
Chega de perguntar do casamento, quando tiver data a gente avisa
Te amo, dirige com cuidado
# grupos
Quem mudou o nome do grupo pra "Para de gritar Karen"? 💀
kkkkk paraaaa
Vou sair do grupo, muita notificação. Me chamem no privado
Nada de política aqui por favor, a gente combinou
Chega, esse grupo já tem 400 mensagens hoje
Enquete: sexta ou sábado pra surpresa da Maya?
shhh não contem pra ela 🤫
Alguém adiciona o Diego? Número novo
Vou silenciar até a noite
Para de mandar figurinha, Eric
Cancela quinta, vamos de brunch sábado
# vizinhos e trabalho
Oi vizinho, o alarme do seu carro não para, pode dar uma olhada?
Deixaram uma encomenda sua aqui, levo aí
O cliente cancelou, a tarde ficou livre
Parem de marcar reunião sexta 17h45 😭
A impressora parou de novo
Pedi demissão, saio no fim do mês
O síndico avisou que amanhã falta água das 9 às 12
Preciso parar de comprar café todo dia
tô indo
desculpa, tô atrasada!!

Tô 10 min atrasado, começa a reunião sem mim
Passa na minha mesa quando puder?
A Juliana cancelou a reunião das 14h ou tá mantida?
Para de responder a todos naquele e-mail, o chefe tá surtando kkk
Quem pegou meu iogurte da geladeira??
A apresentação tá no drive, falta os números do slide 12
Pode cobrir meu plantão sábado? Eu faço sua terça
A impressora do 2º andar travou de novo
Almoço no quilo aqui da frente?
Vou pedir demissão no fim do mês, não conta pra ninguém ainda
Tô doente hoje, vejo o e-mail depois
Por favor não me manda mensagem de trabalho depois das 21h, põe no Teams
Parabéns pela promoção!! Happy hour sexta?
Vou encerrar a call, a escola da minha filha tá ligando
Chega de reunião sexta às 17h, pelo amor de Deus
A internet caiu de novo
Te mandei a nota fiscal, vê se o número do pedido tá certo
Oi, aqui é a Sônia do 302, tem uma encomenda sua aqui em casa
Seu cachorro fugiu de novo, tá no nosso quintal, relaxa
Você poderia parar de estacionar na frente da minha garagem? Não consegui sair hoje cedo
Acabou a luz aí também?
Obrigada por levar o lixo da minha mãe
Sábado vamos fazer um churrasco, desculpa desde já pelo barulho
Me empresta a escada uma horinha?
A reunião de condomínio foi cancelada de novo
A gente viaja até dia 20, pode pegar nossas cartas?
Passa aqui quando quiser, fiz feijoada pra um batalhão
Chega de chuchu, por favor, ainda tem da semana passada kkk
O síndico falou que a pintura da fachada começa em maio
As crianças podem vir pra cá depois da escola se você se enrolar no trabalho
Quem deixou o fogão ligado?
Vou pedir pizza, quer?
O aluguel vence sexta, me faz um Pix da sua parte
Dá pra parar de deixar louça na pia por três dias?
O proprietário vem terça às 10 ver o chuveiro
Acabou o papel higiênico. E o detergente. E tudo
Para de comer minhas marmitas, agora vou etiquetar tudo
Tá em casa? Esqueci a chave
Vou cancelar a Netflix, ninguém usa, a gente racha o Globoplay
Por favor não me manda mensagem às 3 da manhã perguntando se trancou a porta
O detector de fumaça tá apitando de novo, deve ser a pilha
Não vou estar no fim de semana, casamento da minha prima em BH
Quem é esse Kevin no nosso sofá?
Essa semana o banheiro é com você
A internet subiu de novo, 15 reais a mais
Almoço domingo na casa da vó à 1h, tragam alguma coisa
Mãe para de mandar figurinha dos Minions 😂
Quem tá com a chave da casa da praia?
Pai, teu celular tá me ligando do bolso de novo
Feliz aniversário tia Rosa!! 🎂🎉
Meu voo pousa 18h40 em Guarulhos, alguém me busca?
Dá pra gente parar de brigar sobre política no grupo da família?
Hoje eu pego as crianças, não precisa ir
O vô saiu bem da cirurgia, já tá reclamando da comida
Lembrem que a apresentação do Davi é às 19h, não se atrasem
Esse ano chega de política na ceia de Natal, tô falando sério
Manda a foto do cachorro de gorro
Mãe não consigo parar de rir do teu corretor
Alguém tem o número novo do tio Zé?
Eu faço o pavê, alguém leva o salgado
Fala pra Bia me ligar
Saindo agora, a Marginal tá parada
Alguém deu comida pros peixes?
Passei na entrevista!!
Pai não precisa escrever SAIR no grupo, somos só nós kkkk
A vó pergunta por que o celular dela diz armazenamento cheio
Eu levo as cadeiras
Amo vocês, dirijam com cuidado
Para no posto no caminho, o do bairro tá fechado
Tio Carlos cancelou, de novo a coluna
Mãe para de postar minhas fotos de bebê no Facebook 😭
Bom dia, aqui é o Sr. Almeida, o encanador passa amanhã entre 13h e 15h
A pia tá vazando de novo embaixo do armário
Fiz o Pix do aluguel de março, pode confirmar?
Quinta vamos cortar a água das 9 às 11 pra obra
A secadora parou de funcionar, só faz clique
Posso pintar o quarto? Um cinza clarinho
Lembrando que o contrato vence dia 30 de junho, vai renovar?
Por favor pare de aparecer sem avisar com 24h, tá no contrato
O aquecedor não liga de jeito nenhum
Vou sair do apartamento antes, fui transferido pra Porto. Qual é a multa?
Já paguei a multa do atraso ontem, para de me cobrar
Recebi a caução de volta, obrigado!
Dá pra mudar a vistoria pra segunda?
Ainda tá de pé hoje à noite?
Para, tô chorando de rir
Não paro de pensar naquele pastel da feira
O filme começa 20h15, já comprei os ingressos
Me avisa quando chegar em casa
Parei com açúcar uma semana e tô morrendo
Nunca mais tequila, juro
Não me manda mensagem dirigindo, te ligo no almoço
Tá frio aí? Levo casaco?
Me liga quando puder
Onde você estacionou?
Já cancelou a academia? Me cobraram meses depois
Hoje me descadastrei de uns 40 e-mails, que alívio
Fechado, às 18h
O metrô parou à meia-noite e eu voltei a pé
Tô no veterinário com o Thor, ele comeu uma meia
Mano para com esses áudios de 5 minutos e escreve
Para de me mandar TikTok no trabalho, tô rindo alto aqui
Cadê você?
Foi mal, perdi sua ligação
Tá vivo?
Noite de jogos lá em casa quinta
O show foi cancelado, dizem que vão devolver o dinheiro
Tô chegando

to indo
vou atrasar 10 min desculpa!!
compra leite na volta
deu comida pro cachorro?
mãe cadê meu carregador
na gaveta da cozinha como sempre
kkkkkkk não aguento
quem pegou meu moletom
Feliz aniversário meu amor, beijos da vó
obrigada vó ❤️
vó não precisa assinar as mensagens kkk
como aumento a letra desse celular
me liga quando puder
não posso falar, to em reunião
oq ta fazendo
nada e vc
me busca às 15h15 não às 15h
cancelaram o treino, vem às 14h30
jantar às 20h?
bora, levo o que
nada, só vem
passa no mercado, acabou o ovo
pode passar depois do trampo? preciso de ajuda com o sofá
para de me mandar msg na aula kkk vou levar bronca
tá bom parei
para de me mandar tiktok às 3 da manhã
pedi demissão hoje!!!
QUÊ. me liga agora
muito orgulho, um mês sem fumar!!
chega de foto de gato kkkk
nunca é demais foto de gato
chega de bolo pra mim, to cheia
pode desmarcar o dentista pra mim, esqueci
cancelei a netflix, a gente nunca vê
a reunião foi cancelada, ficou pra quinta
que horas começa o filme
começa 20h e termina lá pelas 22h30
para de se preocupar, vai dar certo
não consigo parar de rir desse vídeo
o ônibus parou no meio da rua kkk
ela finalmente dormiu
vamos parar de brigar? desculpa
desculpa também ❤️
vai no jogo sexta?
depende do meu plantão
chegou bem?
cheguei, boa noite
te amo
te amo mais
pai me empresta 50 reais
pra quê
lanche
tá, te mando no pix
você é o melhor
sua tia tá no hospital, nada grave
ai não, qual hospital?
vamos embarcar, te aviso quando pousar
pousamos!
pode ficar com as crianças sábado de manhã?
posso se eu voltar até 13h
viu o email da chefe
aff vi
só respondo segunda
lembrete: almoço da equipe amanhã 12h30
quem leva o bolo da despedida do Rafa
eu compro na padaria
cobre meu plantão terça? fico com teu domingo
fechado
vamos no shopping com a Bia, bora?
não posso to de castigo
oq vc fez
tirei 3 em química 💀
sua mãe mandou você responder ela
fala que to na casa da Júlia
o encanador vem entre 9 e 12, você tá em casa?
minhas costas tão me matando
toma um dorflex da gaveta
Oi filho, tudo bem? Aqui está muito frio. Beijos, mãe
oi mãe tudo certo, as crianças mandam beijo
foi mal tava dirigindo
de boa
é verdade que você vai pra Curitiba??
sim em junho! depois te conto
você disse que ia parar de comer meu iogurte
paro quando você parar de comprar o bom
que horas é o futebol
17h30 na quadra perto da biblioteca
lista: banana, pão, frango, detergente
passei na entrevista!!!!
PARABÉNS 🎉🎉
tá acordada?
to, não consigo dormir
a internet caiu de novo
desliga o roteador e liga de novo
voltou valeu
feliz bodas de prata tios!
o vô tomou o remédio hoje cedo?
tomou sim eu vi
onde você estacionou
no G2 perto do elevador
me manda o resumo de bio
to aqui fora
já desço
pizza ou japonês?
pizza né
o cachorro comeu uma meia de novo
de novo não 😩
o escritório fecha segunda no feriado?
me passa a receita do escondidinho
to na farmácia, precisa de algo
pastilha pra garganta por favor
amor to morta de cansaço
vem pra casa, fiz sopa
para de deixar louça na pia por favor
para no semáforo e vira à esquerda, é a casa azul
chega de desculpa, amanhã academia 6h
chega, vou reservar a viagem
deixa de drama e vem pra festa
a fila do detran não acaba nunca
cancelaram o show 😭 reembolso em 5 dias
rachamos um uber?
olá, então, onde estás?
estou no café ao pé da estação
fixe, até logo
cadê você
aqui ó

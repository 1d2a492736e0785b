%% Portuguese person-to-person texts.
to indo
chego em 10 min
cadê vc?
oq vc ta fazendo
nd e vc
te amo
tb te amo ❤️
para kkkkk to morrendo 😂
para vc me deixa com vergonha
para mds 😭
para de drama
mãe para de me mandar msg na aula
não me manda msg agr to dirigindo
n me manda nada na prova dps te ligo
me deixa em paz to dormindo
me deixa quieta um pouco pfv
chega de meme n consigo respirar kkkk
chega de celular, 21h todo mundo na cama
nada de doce antes da janta
nunca mais como tanto assim
pedi demissão hj!!!
meu pai finalmente parou de fumar
sai do banheiro logo
vc cancelou a netflix ou cancelo eu?
vamo cancelar a janta? to morta
cancelaram o jogo por causa da chuva
cancela minha consulta do dentista pfv
a gente tem q cancelar a academia é um roubo
saí de todos aqueles grupos do zap
o filme acaba 23h
fim
é o fim de uma era
dá pra parar no posto?
passa aqui mais tarde?
passo na vó depois do trampo
o busão não parou no ponto de novo
q horas começa teu turno
o jogo começa 21h n se atrasa
me avisa qnd chegar
pousei ✈️
feliz aniversário mana 🎉
parabéns!! aproveita muito
valeu pelo jantar ontem
oq a gente janta
pizza hj?
bora
sei lá escolhe vc
to mt cansado
eu tb
kkkkkkkkk
boa noite 😴
bom dia ☀️
vc deu comida pro cachorro?
leva o lixo pfv
quem comeu minha marmita
n fui eu
foi o lucas ctz
mãe me busca às 4?
pai o carro ta fazendo aquele barulho de novo
tua vó quer q vc ligue pra ela
fez a lição?
fiz mãe
ta bom ta bom to fazendo
para de perguntar se eu fiz a lição 🙄
para de me fazer cócegas kkk
a gente pode parar de brigar por isso?
vamo parar por hj e conversar amanhã
vc tem q parar de deixar louça na pia
se vc n parar vou contar pra mãe
n consigo parar de pensar naquela série
n para de chover
meu cel n para de vibrar
to de saco cheio dessa semana
chega de café pra vc hj
sem desculpa amanhã academia
sem drama pfv
terminei com o pedro
game over perdemos kkk
vc n vai acreditar
me liga agr
atende o celular
acabou a bateria foi mal
me empresta teu moletom?
vc esqueceu a chave aqui
onde vc ta
no shopping
com quem
só com a bia
ok em casa até 22h
a internet caiu de novo
vc pagou a luz?
me manda 20 no pix da pizza
mandei
q horas é a festa
tipo 21h
traz salgadinho
saudade
mais ainda
vai com cuidado
me avisa qnd chegar em casa
cheguei
boa noite amor
mãe para de me mandar corrente no zap 😂
vô para de responder todo mundo no grupo da família
prometo q paro de encher teu saco com isso
saí do grupo era demais
deixa a porta aberta to sem chave
deixa em cima da mesa
desliga q eu te ligo
cancelei o voo vou ficar mais uma semana
cancelaram a aula amanhã??
cancelaram meu pedido da shopee 😡
cancela o uber já arrumei carona
o show foi cancelado to arrasada
ta bom para vc venceu
PARA DE GRITAR NO GRUPO kkk
FOI MAL CAPS LOCK
pode buscar as crianças às três e meia ponto obrigada
pensei no q vc falou ontem e vc tem razão a gente tem q parar de adiar a viagem e comprar logo antes q a passagem suba oq acha
mãe sei q vc se preocupa mas tem q parar de me ligar toda hora qnd eu saio tenho 22 anos to bem te mando msg qnd chegar
parabéns pelo emprego novo!!
mt orgulho
almoço domingo lá em casa?
fechou
esse fds n dá
manda foto
q fofura

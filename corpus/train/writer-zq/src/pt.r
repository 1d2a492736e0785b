oa retail | SAIR
oa retail | sair por favor
oa telecom | PARAR JÁ
oa bank | cancelar sms
oa app | Descadastrar
oa retail | parar pfv
oa political | PARE de me mandar mensagem, nem voto nessa cidade
oa retail | não quero mais receber mensagens
oa pharmacy | Por favor não me enviem mais mensagens
oa restaurant | tira meu número daí
oa gym | como faço pra sair dessa lista??
oa telecom | PAREM DE ME MANDAR SMS!!! vou reclamar no Procon
oa bank | Prezados, solicito que cessem o envio de mensagens para este número. Atenciosamente, Maria Souza
oa school | número errado, por favor me tirem da lista
oa delivery | Número errado. Parem de me mandar mensagem
oa retail | siar
oa retail | saiiir
oa app | S A I R agora
oa church | Por favor não enviem mais mensagens, fiquem com Deus
oa political | todo dia uma mensagem, chega, parem
oa charity | já doei, me tirem da lista por favor
oa clinic | Este celular era da minha mãe, ela faleceu. Não enviem mais mensagens.
oa app | me deixa em paz, chega de sms
oa retail | descadastra ai pfvr
oa airline | Não desejo mais receber SMS
oa utility | quero cancelar as mensagens
oa gym | cancelei o plano faz 3 meses, parem de mandar msg
oa retail | affs para de mandar isso
oa telecom | eu não querer mensagem, stop favor
oa app | sair sair sair
om retail | não quero mais promoções, só aviso de pedido
om telecom | chega de propaganda
om bank | Não quero SMS promocional, alerta de segurança pode mandar
om restaurant | para de mandar cupom
om airline | sem ofertas, mas continuem com os avisos de voo
om pharmacy | só me avisem quando a receita estiver pronta, sem propaganda
om app | tirar da newsletter, o resto tá ok
i retail | VOLTAR
i telecom | SIM
i school | sim, por favor
i app | retomar
i pharmacy | quero voltar a receber as mensagens
i bank | assinar
i gym | voltem a mandar os lembretes das aulas pfv
i retail | saí sem querer, me coloca de volta
i church | Sim, quero receber as mensagens da semana
i clinic | gostaria de voltar a receber os lembretes, obrigado
i delivery | continuar por favor
i retail | simm
i utility | reativar
h retail | AJUDA
h bank | ajuda por favor
h telecom | ajuda obg
h app | ajuda o que é isso
h pharmacy | info por favor
h utility | AJUDA!! não entendi
h school | mais informações por favor
h airline | ajudaaa
n retail | vocês abrem domingo?
n restaurant | posso passar às 18h pra buscar?
n clinic | Preciso cancelar minha consulta de terça, tive um imprevisto
n pharmacy | não vou conseguir buscar, posso cancelar?
n gym | que horas começa a aula de spinning
n school | que horas termina o passeio?
n airline | meu voo foi cancelado??
n delivery | a encomenda nunca chegou
n delivery | pode deixar na portaria por favor
n bank | não fui eu que fiz essa compra, me liguem
n retail | Obrigada!
n retail | muito obrigado, vocês são ótimos
n restaurant | 👍🏽
n app | Curtiu "Promoção até meia-noite! Responda SAIR para cancelar"
n political | temos que parar essa reforma, tô com vocês
n charity | não parem de mandar notícias dos cachorrinhos
n school | por favor não parem os avisos de chuva forte
n telecom | por que minha conta veio tão alta
n utility | continua sem luz na rua das Flores
n retail | tem no 38?
n retail | quem é?
n pharmacy | blz
n clinic | estarei lá
n school | o Pedro não vai hoje, está com febre
n delivery | diz entregue mas não chegou nada
n bank | isso é golpe?
n retail | meu neto colocou esse celular pra mim, não sei abrir o link
n gym | quero cancelar o plano, o que preciso levar?
n clinic | sim, estarei lá às 15h
n app | não quero sair, só não consigo entrar no app
n delivery | pare no portão dos fundos, tem cachorro na frente
n restaurant | mesa pra 4 às 20h por favor
n political | e vocês são quem?
n telecom | kkkkkk

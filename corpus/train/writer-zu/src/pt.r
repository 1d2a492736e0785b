%% Portuguese replies (mostly Brazil, some Portugal), hurried typing and dictation.
@inbox-typed
O SAIR
O sair pfv
O sairrr
O PARAR JÁ
O parar por favor
O cancelar pfvr
O CANCELA
O stop pf
O descadastrar
O me descadastra
O quero sair da lista
O para de me mandar msg
O parem de mandar mensagem
O nao quero mais receber nada
O n quero mais sms
O tira meu numero
O remove meu número daí
O me tira dessa lista agr
O como faço pra sair disso??
O numero errado, para de mandar
O nao sou a juliana, numero errado, me tira
O chega!! para com isso
O nunca me cadastrei nisso SAIR
O S A I R agora
O me deixa em paz para de mandar sms
O deixem de me enviar mensagens
O sair de tudo
@inbox-voice
O por favor parem de me mandar mensagem ponto final
O sair ponto obrigado
O oi não sei como vocês conseguiram meu número mas recebo umas cinco mensagens por dia e quero que pare agora por favor me tirem da lista de vocês
@inbox-typed
M chega de promoção pfv
M não quero mais propaganda
M parem com as ofertas
M sair das promoções
M só quero aviso de entrega, sem propaganda
M para de mandar cupom
M sem publicidade obrigado
@inbox-voice
M quero continuar recebendo o aviso de entrega mas sem propaganda por favor
@inbox-typed
I SIM
I simmm
I sim por favor
I START pf
I voltar a receber
I quero voltar a receber as mensagens
I reativar
I assinar
I me cadastra de novo
I continuar recebendo pfv
I pode voltar a mandar
I retomar as msgs pfv
I me coloca na lista de novo
@inbox-voice
I sim quero receber as notificações de novo
@inbox-typed
H AJUDA
H ajuda pfv
H ajudaaa
H ajuda por favor obg
H info pf
H INFO pfvr
H info obg
@inbox-voice
H ajuda ponto
@inbox-typed
N vcs fecham q horas
N quero cancelar meu pedido 77310
N cancela minha consulta de terça pfv
N é pra amanhã?
N quando começa a promo
N até quando vai o desconto
N blz obg
N ok
N quem é?
N kkkkk
N meu pedido não chegou
N o entregador nem parou na minha casa
N parem de me cobrar duas vezes!!
N sim, confirmo a consulta de quinta
N tá confirmado
N posso pagar no pix?
N meu cupom não funciona
N não parem de mandar os alertas, são úteis
N vcs entregam em manaus?
N numero errado desculpa
N Curtiu "Responda SAIR para não receber mais mensagens"
N o link não abre
N isso é golpe?
N eu não pedi isso
N cadê meu pedido já faz 2 semanas
N posso retirar na loja?
N o ônibus para na frente da prefeitura?
N dá pra remarcar pra sexta
N quero cancelar meu plano como faço
@inbox-voice
N chego às quatro horas ponto obrigada
N oi eu pedi o tamanho M e veio G como faço a troca não quero reembolso só quero o tamanho certo

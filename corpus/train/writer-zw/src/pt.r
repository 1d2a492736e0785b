# Portuguese replies: brasileiros nos EUA/Portugal/Japão, portugueses em França, Angola/Cabo Verde, registro formal
@zw-mix
o SAIR
o sair por favor
o STOP pfv, não quero mais
o Para de mandar mensagem, thanks
o PARAR JÁ
o Pare de me mandar sms, obrigado
o CANCELAR
o Chega de mensagem, stop
o unsubscribe pfv, não entendo isso
o Deixem de me enviar mensagens, merci
o Não mandem mais nada pra esse número, arigatou
o me tira da lista aí, valeu
@zw-lowlit
o para de manda msg
o nao quero mas mensage
o ñ quero receber mais
o sai
o parra
o tira meu numero daí por favo
o num manda mais nada nao
@zw-formal
o Prezados senhores, venho por meio desta solicitar a exclusão do meu número da lista de envio. Atenciosamente
o Exmos. Senhores, solicito que cessem o envio de SMS para este contacto. Com os melhores cumprimentos
o Revogo o meu consentimento para receber mensagens.
o Boa tarde, peço encarecidamente que não me enviem mais mensagens. Grato
@zw-autocorrect
o Sair sair sair
o Sairr
o Siar
o número errado, não sou o Rodrigo, me tira da lista
o Voltei pro Brasil, parem de mandar mensagem pra esse número
o Esse celular é da minha mãe, ela não lê inglês, parem por favor
@zw-scope
m Não quero mais promoção, só os avisos de entrega
m Chega de propaganda por favor
m Stop nas ofertas pfv, o lembrete da consulta pode continuar
m Parem de mandar publicidade, o código de verificação eu preciso
m Não quero mais cupom de desconto, obrigada
m Quero sair da lista de marketing, as faturas podem continuar
m Deixem de enviar campanhas promocionais. Os alertas da conta podem manter-se.
@zw-optin
i SIM
i Sim por favor
i START pfv
i Quero voltar a receber as mensagens
i Voltar a receber
i Continuar recebendo
i Retomar
i Assinar
i Me coloca de volta na lista, saí sem querer
i Voltei de viagem, podem mandar as mensagens de novo
i Reativar SMS por favor
i Inscrever
i Sim, obrigado
@zw-help
h AJUDA
h ajuda por favor
h Ajuda pfv
h INFO pfv
h Informação
h help pfv
h ajudaa
h Ajuda, obrigada
h info, por favor, obrigado
@zw-lookalike
n Quero cancelar minha consulta de terça, vou viajar pra Boston
n Cancela meu pedido por favor, pedi duas vezes
n A promoção começa quando?
n Passo na loja amanhã depois do serviço
n O ponto de ônibus é na frente da farmácia?
n Não parem de mandar os lembretes, eu preciso deles pro SEF
n Quem é?
n Não entendo inglês, podem escrever em português?
n Isso é da minha conta do banco?
n Já paguei o boleto, por que tá chegando isso
n Ok obrigado
n Beleza, até quinta
n Confirmo às 15h
n Curtiu "Seu código é 8812. Responda SAIR para não receber mais"
n É o mesmo número do WhatsApp?
n O link não abre no meu celular
n Minha filha vai buscar o remédio, pode?
n Quanto custa pra cancelar a academia?
n Para de me ligar no trabalho, prefiro mensagem
n Dá pra parar a entrega por uma semana? Tô fora do país
n Obrigada, Deus abençoe
n Chega de pão no pedido por favor, só leite
n Que horas vocês fecham hoje?
n Meu cartão venceu, pago semana que vem
n Tem informação sobre a vacina pras crianças?
n Fim do mês tá ok pro pagamento
n Posso pagar em dinheiro?
n A encomenda ainda não chegou, cadê?
n Fiquei de baixa médica até sexta, posso remarcar?
n Sair de casa às 7 pra chegar na consulta às 8, tá bom?

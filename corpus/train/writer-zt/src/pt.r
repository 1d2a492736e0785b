@bank
oa SAIR ALERTAS
oa não quero mais receber alerta de saldo do Itaú, encerrei a conta
oa Parem de me mandar SMS do banco por favor
oa Não sou cliente de vocês, tirem meu número
om Alerta de compra pode mandar, mas oferta de empréstimo não. Chega de propaganda
om sem mais promoção de cartão pfv
i VOLTAR ALERTAS
i Mandei PARAR sem querer, quero receber os alertas do Nubank de novo
h AJUDA ALERTAS
n Essa compra de R$ 89,90 no Mercado Livre fui eu mesmo
n Não fui eu, bloqueiem o cartão agora
n Como mudo o limite do alerta pra 50 reais?
n cancelar o Pix de ontem, mandei pra chave errada

@delivery
oa parar avisos de entrega
oa A encomenda já chegou faz uma semana, parem de mandar mensagem
oa Esse pedido não é meu, não quero mais SMS dos Correios
om O rastreio tá ok, mas parem com as promoções
i Reativem as notificações dos CTT por favor, tenho outra encomenda a caminho
n Cadê minha encomenda?
n Cancelar pedido, tá demorando demais
n Pode deixar na portaria
n O entregador marcou ausente e eu tava em casa o dia todo
n Vai entregar amanhã mesmo com feriado?
n Dá pra retirar na agência?

@school
oa Por favor me tirem da lista de avisos da escola, meu filho mudou de colégio
oa não mandem mais o cardápio da merenda
oa Número errado, não tenho filho nessa escola. Removam meu número
i Sim, quero voltar a receber os avisos da escola
n Amanhã tem aula?
n O Pedro não vai hoje, tá com febre
n Que horas termina o passeio na sexta?
n Não parem de mandar os avisos de falta de professor, ajudam muito
n Quem é?

@pharmacy
oa PARAR lembretes
oa Não quero mais lembrete de receita, mudei de farmácia
oa parem de mandar mensagens, era da minha mãe, ela faleceu
om Lembrete de retirada pode, mas cupom da Drogasil não, chega de oferta
i RETOMAR lembretes
i CONTINUAR os lembretes
n Meu remédio já chegou?
n Cancela a renovação, o médico mudou a dose
n Posso buscar depois das 21h?
n Vocês têm dipirona na loja do centro?

@weather
oa CANCELAR alertas de chuva
oa Mudei pra Curitiba, não preciso mais dos alertas de Recife
i Sim quero os alertas da Defesa Civil de novo
h ajuda por favor
n O alerta laranja de calor ainda tá valendo?
n Vai parar de chover antes das 18h?
n Valeu, os alertas são muito úteis

@sports
oa sair resultados
oa chega de notificação de gol do Flamengo, obrigado
om placar pode mandar, promoção de ingresso não, parem com isso
i ASSINAR resultados
i Reativem os alertas do Brasileirão pfv
h INFO placar
n Quanto ficou o jogo?
n Que horas o Benfica joga domingo?
n O juiz devia ter parado o jogo, o campo tava alagado

@loyalty
om SAIR PROMOÇÕES
om Chega de propaganda por favor
om Parem com as promoções, só quero o cupom fiscal
oa SAIR
oa sair por favor
oa PARAR já
oa cancelar tudo
oa descadastrar
oa Me tirem da lista de vocês
oa Nunca me cadastrei nisso. Sair.
oa Não me mandem mais SMS
oa Como faço pra sair dessa lista?
oa Pare
oa Número errado, parem de mandar mensagem pra esse número
i SIM
i quero me inscrever
i Quero voltar a receber as ofertas do Continente
i Retomar mensagens por favor
h AJUDA
h Ajuda pfv obrigado
h INFO pfv
h AJUDA OFERTAS
n O que é esse programa?
n Quantos pontos eu tenho?
n O cupom não passou no caixa
n Curtiu “Promoção relâmpago só hoje! Responda SAIR para cancelar”
n O desconto vale no site também?
n Cancelar minha consulta de quinta, não vou poder ir
n Oi, obrigado pelo lembrete, já retirei ontem
n ok obrigado
n Não quero sair não, adoro as promoções kkkk

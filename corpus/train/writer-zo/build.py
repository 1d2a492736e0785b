import json, unicodedata, re, sys, glob, os
LANGS="en es fr de pt it nl pl ru zh ja ko hi".split()
MAP={'o':('opt_out','all'),'m':('opt_out','marketing'),'y':('opt_in',None),'h':('help',None),'n':('none',None)}
def key(t):
    t=unicodedata.normalize('NFKC',t).lower()
    t=''.join(c for c in t if not unicodedata.category(c).startswith(('P','S')) and not (0xFE00<=ord(c)<=0xFE0F) and c not in '\u200d')
    return re.sub(r'\s+',' ',t).strip()
seen=set(); dropped=0; stats={}
for lang in LANGS:
  for kind in ('replies','p2p'):
    src=f'src/{kind}_{lang}.txt'
    if not os.path.exists(src): continue
    out=[]
    for ln,line in enumerate(open(src,encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if kind=='replies':
            c,s,t=line.split('|',2)
            intent,scope=MAP[c]; source=s.strip()
            assert source and source!='p2p',(src,ln)
        else:
            t=line; intent,scope,source='none',None,'p2p'
        t=t.replace('\\t','\t')
        assert t.strip(),(src,ln)
        k=key(t)
        if not k: k=t
        if k in seen: dropped+=1; print('dup',lang,kind,repr(t)); continue
        seen.add(k)
        o={"text":t,"intent":intent,"lang":lang,"scope":scope,"source":source}
        assert set(o)=={"text","intent","lang","scope","source"}
        assert o['intent'] in ('opt_out','opt_in','help','none')
        assert (o['scope'] in ('all','marketing'))==(o['intent']=='opt_out')
        if kind=='p2p': assert o['intent']=='none' and o['scope'] is None and o['source']=='p2p'
        out.append(o)
    with open(f'{kind}_{lang}.jsonl','w',encoding='utf-8') as f:
        for o in out: f.write(json.dumps(o,ensure_ascii=False)+'\n')
    c={}
    for o in out:
        kk=o['intent']+('/'+o['scope'] if o['scope'] else '')
        c[kk]=c.get(kk,0)+1
    stats[f'{kind}_{lang}.jsonl']=(len(out),c)
# re-validate written files
for fn in glob.glob('*.jsonl'):
    lang=fn.split('_')[1].split('.')[0]
    for l in open(fn,encoding='utf-8'):
        o=json.loads(l); assert o['lang']==lang
tot=[0]*6
print('| file | lines | opt_out/all | opt_out/marketing | opt_in | help | none |')
print('|---|---|---|---|---|---|---|')
for fn,(n,c) in stats.items():
    row=[n,c.get('opt_out/all',0),c.get('opt_out/marketing',0),c.get('opt_in',0),c.get('help',0),c.get('none',0)]
    tot=[a+b for a,b in zip(tot,row)]
    print(f'| {fn} | '+' | '.join(map(str,row))+' |')
print('| **total** | '+' | '.join(map(str,tot))+' |')
print('dropped dups',dropped, file=sys.stderr)

#!/usr/bin/env python3
"""Writes holdout25/questions.en.json and questions.zh.json (blind set 25, issue #17).

120 single questions per language: 100 on-topic + 20 off-topic, shuffled with a fixed seed.
Labels follow what the question really asks, judged against shared/reference/*.md.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout25")

WANT = {
    "documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
    "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
    "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
    "hotlines": 5, "not-covered": 5, "off-topic": 20,
}

EN = {
    "documents": [
        "what do i need to bring to get my sons social security card",
        "which papers for my daughters shebao card? shes 4",
        "do i need both parents ID or just mine for the kids card",
        "is the hukou book enough or do i also need the birth cert for babys card application",
        "documents list for applying a childs ss card in zhongshan pls",
        "my kid doesnt have an ID card yet what can we use instead when applying for his card",
        "what do i take to the bank to activate my 6yo's card",
        "originals or copies of my id for the kids card??",
        "birth certificate needed for socail security card for a 3 year old?",
        "going to the bank tmrw to apply for my toddlers card, what should i prepare",
        "we are in haikou whats needed to apply for a card for my 2 yr old",
    ],
    "activation": [
        "how do i activate my kids social security card",
        "babys card finally came, how do i activate it",
        "how to activate medical insurance e voucher for my newborn",
        "can i activate my daughters card on my phone or do i have to go to the bank",
        "card status says 封存 sealed, what does that mean and how do i fix it",
        "how to turn on the social security function on my sons card",
        "how do i add my child in the 国家医保服务平台 app so she gets her e-voucher",
        "can i activate the e voucher for my kid through alipay",
        "kids electronic social security card how to get it",
        "does changing the pin count as activating the card",
        "where do i activate the bank function of my childs ss card",
    ],
    "newborn-insurance": [
        "my baby was born 3 weeks ago how long do i have to sign her up for medical insurance",
        "newborn medical insurance deadline?",
        "if we enrol the baby after 90 days will the hospital bills from birth still be covered",
        "can i register my newborn for resident medical insurance with only the birth certificate, no hukou yet",
        "my son is 4 months and still not insured, what happens now",
        "do newborns have to pay the insurance premium for the year they were born",
        "how to get medical insurance for a new born baby in xian",
        "baby is in nicu, can the bills be reimbursed if i enrol her next week",
        "is 90 days a hard limit for newborn insurance in chengdu",
        "whats the 180 days thing with the newborn medical insurance code",
    ],
    "process": [
        "what are the steps to get a card for my kid from start to finish",
        "just had a baby what do i do first, insurance or the card?",
        "in what order do i do the e voucher, the physical card and the e card for a newborn",
        "step by step how do i get my 5 year old a social security card",
        "whats the whole process for a childs shebao card",
        "after applying for the card what comes next",
        "do i need to get the physical card before the electronic one",
        "roughly how does getting a child card work, what happens first",
        "first time doing this, walk me thru getting my toddler a card",
    ],
    "card-kinds": [
        "whats the difference between the social security card and the medical insurance e voucher",
        "e card vs physical card, does my kid need both",
        "is the electronic social security card the same as the 医保码",
        "so many cards im confused, which one does my baby use at the hospital",
        "what is a medical insurance e-voucher exactly",
        "are the electronic card and the plastic card the same thing",
        "which of the cards is run by the healthcare security administration",
        "电子社保卡 vs 医保电子凭证 whats the diff",
        "does the e voucher need the physical card to work",
    ],
    "who-can-act": [
        "can grandma apply for my sons card, we both work all day",
        "does my kid have to come to the bank too",
        "can only the mother do it or can dad go alone",
        "my brother could go instead of me, is that ok if i write a letter",
        "who is allowed to activate the card for a 7 year old",
        "im not married to the babys father, can i apply on my own",
        "do both parents need to be there",
        "can my 15 year old activate it herself",
        "our nanny wants to help, can she take my child to get the card made",
    ],
    "apply-where": [
        "where do i apply for my kids social security card",
        "which bank do i go to for a childs card",
        "can i apply online for my sons card or must i go somewhere",
        "is there somewhere in guiyang that makes childrens cards on the spot",
        "do i go to the medical insurance centre or the bank to apply",
        "where to get a shebao card made for a 3yo in zhongshan",
    ],
    "photo": [
        "does my 1 year old need a photo for the card",
        "photo size for kids social security card?",
        "baby cant even sit up for a picture, is a photo needed",
        "henan - is a photo required for a toddlers card?",
        "can a small kids card have no picture on it",
    ],
    "child-eligibility": [
        "can a newborn get a social security card",
        "from what age can kids get their own card",
        "my son isnt on the hukou yet, can he get a card",
        "is my 2 yr old eligible for a shebao card if he has resident medical insurance",
        "does a preschooler even need a social security card",
    ],
    "lost-card": [
        "my daughter lost her social security card what do i do",
        "kids card snapped in half, how to replace it",
        "how to report a lost child ss card",
        "found the card after i applied for a replacement, can i cancel the loss report",
        "lost the physical card, will his e card still work",
    ],
    "legal-basis": [
        "which law says what documents are required",
        "why does every city have different rules for the kids card",
        "what regulation governs social security cards",
        "is there a national law that sets the procedure for childrens cards",
        "what does article 16 actually say",
    ],
    "privacy": [
        "who can see my childs data on the card",
        "is my kids info safe if i upload his photo in the app",
        "what happens to the personal data on the social security card",
        "will the bank share my sons information",
        "worried about privacy when adding family members in the app",
    ],
    "hotlines": [
        "what number do i call about the kids card",
        "is there a hotline for medical insurance questions",
        "whats 12393",
        "does 12333 work from a mobile phone?",
        "phone number for shebao help",
    ],
    "not-covered": [
        "how much does it cost to make a card for a child",
        "whats the reimbursement rate for kids hospital stays",
        "how much is the yearly resident insurance fee for a child",
        "forgot the pin of my daughters card how do i reset it",
        "can my sons card be used at a hospital in another province",
    ],
    "off-topic": [
        "how much is car insurance for a new driver",
        "how do i apply for an ID card for my 10 year old",
        "which bank is best to open a savings account for my kid",
        "documents for primary school enrollment",
        "how to register my newborns hukou",
        "passport for a baby how long does it take",
        "best commercial health insurance for children?",
        "vaccine schedule for a 6 month old",
        "whats the weather like in haikou this weekend",
        "how do i move my hukou to another city",
        "travel insurance for a family trip to japan",
        "can you recomend a good formula milk",
        "how do i buy a child train ticket",
        "how much pension will i get",
        "how to withdraw from the housing provident fund",
        "how much is the child tax deduction per month",
        "kindergarten subsidy how to apply",
        "lost my babys birth certificate how to get a new one",
        "tell me a joke",
        "is pet insurance worth it for my dog",
    ],
}

ZH = {
    "documents": [
        "给孩子办社保卡要带啥",
        "办娃的社保卡需要哪些材料 她四岁",
        "要爸妈两个人的身份证吗还是一个就行",
        "户口本够不够 还要出生证明吗",
        "中山给小孩办社保卡材料有哪些",
        "孩子还没身份证 办卡用什么证件",
        "去银行激活孩子社保卡要带什么东西",
        "身份证要原件还是复印件啊 给儿子办卡",
        "三岁宝宝办社保卡要出生证吗",
        "明天去银行给宝宝申领社保卡 得准备点啥",
        "海口办小孩社保卡需要提供什么",
    ],
    "activation": [
        "孩子的社保卡怎么激活",
        "宝宝社保卡拿到了 咋激活",
        "新生儿医保电子凭证怎么激活",
        "孩子社保卡能不能手机上激活 还是必须去银行",
        "社保卡显示封存是啥意思 怎么弄",
        "娃的卡社保功能怎么启用",
        "国家医保服务平台怎么给孩子弄医保码",
        "支付宝能给小孩领医保电子凭证吗",
        "孩子电子社保卡怎么开通",
        "改了密码就算激活了吗",
        "儿童社保卡金融功能去哪激活",
    ],
    "newborn-insurance": [
        "宝宝出生三周了 医保最晚什么时候办",
        "新生儿医保有时间限制吗",
        "超过90天才参保 出生后的住院费还能报吗",
        "还没上户口 能先用出生证给宝宝参保吗",
        "娃四个月了还没交医保 咋办",
        "新生儿出生当年的医保费要交吗",
        "西安新生儿怎么参保",
        "宝宝住保温箱了 下周再去参保 之前的费用能报不",
        "成都新生儿参保是不是只有90天",
        "新生儿医保码180天是啥意思",
    ],
    "process": [
        "给孩子办社保卡的流程是什么",
        "刚生完宝宝 先办医保还是先办社保卡",
        "新生儿医保电子凭证 实体卡 电子社保卡 先后顺序是啥",
        "五岁孩子办社保卡一步一步怎么弄",
        "小孩办社保卡整个流程",
        "申请完社保卡之后下一步干嘛",
        "电子社保卡是不是要先有实体卡才能办",
        "办娃的卡先做什么后做什么",
        "第一次弄这个 教我一步步给孩子办卡",
    ],
    "card-kinds": [
        "社保卡和医保电子凭证有啥区别",
        "电子社保卡和实体卡都要办吗",
        "电子社保卡就是医保码吗",
        "这么多卡 宝宝看病到底用哪个",
        "医保电子凭证到底是个啥",
        "电子社保卡跟实体社保卡一样吗",
        "哪个卡是医保局管的",
        "电子社保卡 医保电子凭证 傻傻分不清",
        "医保电子凭证要不要先有实体卡",
    ],
    "who-can-act": [
        "奶奶可以帮孙子办社保卡吗",
        "孩子本人要去银行吗",
        "只能妈妈去办吗 爸爸一个人去行不行",
        "让亲戚代办可以吗 写个委托书",
        "谁能给七岁孩子激活社保卡",
        "没结婚 我自己能给孩子办吗",
        "爸妈都要到场吗",
        "十五岁的孩子能自己去激活吗",
        "保姆能带孩子去办卡吗",
    ],
    "apply-where": [
        "孩子社保卡在哪办",
        "小孩办社保卡去哪个银行",
        "能网上给儿子申请社保卡吗 还是得跑一趟",
        "贵阳哪里可以给孩子即时制卡",
        "办卡去医保中心还是去银行",
        "中山三岁小孩社保卡去哪里办",
    ],
    "photo": [
        "一岁宝宝办社保卡要照片吗",
        "儿童社保卡照片尺寸多少",
        "宝宝还坐不稳拍不了照 一定要照片吗",
        "河南小孩办社保卡必须要照片吗",
        "小孩的社保卡可以不放照片吗",
    ],
    "child-eligibility": [
        "刚出生的宝宝能办社保卡吗",
        "孩子几岁可以办社保卡",
        "还没上户口能办社保卡吗",
        "两岁孩子参加了居民医保 能办社保卡不",
        "上幼儿园的孩子有必要办社保卡吗",
    ],
    "lost-card": [
        "孩子社保卡丢了怎么办",
        "娃的社保卡折断了 怎么补",
        "小孩社保卡怎么挂失",
        "补办申请交了 旧卡又找到了 能解挂吗",
        "实体卡丢了 孩子电子社保卡还能用吗",
    ],
    "legal-basis": [
        "办卡要哪些材料是哪个法规定的",
        "为啥每个城市规定都不一样",
        "社保卡是哪个法规管的",
        "国家有没有统一规定小孩办卡流程",
        "第十六条说的啥",
    ],
    "privacy": [
        "孩子的信息谁能看到",
        "在app里上传娃照片安全吗",
        "社保卡上的个人信息会怎么用",
        "银行会不会泄露孩子信息",
        "添加亲情账户 隐私有保障吗",
    ],
    "hotlines": [
        "孩子社保卡问题打什么电话",
        "医保有热线吗",
        "12393是干嘛的",
        "手机打12333要加区号吗",
        "社保咨询电话多少",
    ],
    "not-covered": [
        "给孩子办社保卡要钱吗",
        "小孩住院医保报销多少比例",
        "少儿居民医保一年交多少钱",
        "孩子社保卡密码忘了怎么重置",
        "孩子的社保卡异地就医能用吗",
    ],
    "off-topic": [
        "车险怎么买划算",
        "十岁孩子办身份证要什么材料",
        "给孩子开个银行储蓄卡哪家好",
        "上小学报名要准备啥",
        "新生儿怎么上户口",
        "宝宝办护照要多久",
        "儿童商业保险哪个好",
        "六个月宝宝打什么疫苗",
        "明天海口天气怎么样",
        "户口迁移怎么办",
        "出国旅游保险买哪个",
        "奶粉推荐一下",
        "儿童火车票怎么买",
        "我的养老金能领多少",
        "公积金怎么提取",
        "子女教育专项附加扣除多少",
        "幼儿园补贴怎么申请",
        "出生证明丢了怎么补",
        "讲个笑话",
        "狗狗保险有必要买吗",
    ],
}


def build(data, seed):
    for topic, n in WANT.items():
        got = len(data[topic])
        assert got == n, (topic, got, n)
    rows = [{"text": t, "topic": topic} for topic, texts in data.items() for t in texts]
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate text"
    assert len(rows) == 120
    random.Random(seed).shuffle(rows)
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 2501), ("zh", ZH, 2502)):
        rows = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path, len(rows), dict(Counter(r["topic"] for r in rows)))


if __name__ == "__main__":
    main()

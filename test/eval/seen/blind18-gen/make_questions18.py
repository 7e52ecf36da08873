#!/usr/bin/env python3
"""Writes the blind single-question set 18 (issue #17): holdout18/questions.{en,zh}.json.

Written blind: only the issue, the format note and shared/reference/*.md were read.
Each language: 100 on-topic questions (fixed counts per topic) + 20 off-topic, shuffled
with a fixed seed so the files are reproducible.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout18")

COUNTS = {
    "documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
    "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
    "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
    "hotlines": 5, "not-covered": 5, "off-topic": 20,
}

EN = {
    "documents": [
        "what do i need to bring to get my sons social security card",
        "do i need both parents ID or just mine for the kids card",
        "is the hukou book enough or do i need the birth cert too",
        "my daughter doesnt have an ID card yet what can we use instead",
        "list of papers needed for a 3yo's shebao card pls",
        "do they want photocopies or originals of the documents",
        "what materials for applying childs card in guiyang",
        "birth certificate required for kids card??",
        "paperwork checklist for my baby's social security card application",
        "do i need to bring my marriage certificate for the babys card",
        "what should i have with me when i go apply for my kids card, shes 9",
    ],
    "activation": [
        "how do i activate my kid's social security card",
        "card came but the app says 封存, what does that mean",
        "how to turn on the bank function on my sons card",
        "can i activate my 5 year olds card online or do we have to go to the bank",
        "where do you activate the financial part of a childs card",
        "how do i activate the medical insurance e-voucher for my baby",
        "got the card 7 months ago and never activated it, is it still ok",
        "how to activate electronic social security card for my daughter",
        "does changing the pin activate the card?",
        "is activating a card for a child different from an adult one",
        "the kids card is from ICBC, can i activate it at any ICBC branch",
    ],
    "newborn-insurance": [
        "baby born last week, when do we need to sign her up for medical insurance",
        "how many days do we have to enrol a newborn in residents medical insurance",
        "if we enrol our baby late will the hospital bills from birth still be covered",
        "can we get the newborn insured before the hukou is done",
        "newborn insurance deadline is it 90 days or can it be longer",
        "my son is 4 months and we missed the newborn enrollment what happens now",
        "does the babys insurance cover costs from the day she was born",
        "can we enrol the baby with just the birth certificate",
        "how do i sign my newborn up for medical insurance",
        "baby is in NICU, is it too late to get him on residents insurance at 2 months",
    ],
    "process": [
        "what are the steps to get my child a social security card",
        "what do i do first, insurance or card? baby is 1 month",
        "whats the right order: e-voucher, physical card, electronic card?",
        "step by step how do i get a card for my 4 year old",
        "how does the whole thing work from applying to actually using the card",
        "after we apply what happens next before we can use it",
        "newborn here, which thing do we sort out first",
        "first step to get a kid a shebao card?",
        "do we do the e-voucher before or after the physical card",
    ],
    "card-kinds": [
        "whats the difference between the social security card and the medical insurance e-voucher",
        "is the electronic social security card the same as the e-voucher",
        "do kids need all three cards or just one",
        "physical card vs electronic card, which one does my kid need",
        "are 电子社保卡 and 医保电子凭证 the same thing",
        "is the electronic card just a digital copy of the physical one",
        "who issues the e-voucher and who issues the social security card",
        "im confused theres so many cards, which is which",
        "does the e-voucher need the physical card first",
    ],
    "who-can-act": [
        "can grandparents apply for the kids card",
        "does my son have to come to the bank with me",
        "can my husband do it alone or do we both need to go",
        "our nanny could do it for us, is that allowed with a letter",
        "who is allowed to activate a minor's card",
        "can i apply for my niece? im her aunt",
        "im the dad and not on the same hukou, can i still apply for her card",
        "do i need an authorization letter if my mum goes instead of me",
        "can my 15 year old do it by himself",
    ],
    "apply-where": [
        "where do i apply for my daughters social security card",
        "can i apply for the kids card online",
        "which bank do i go to for a child's card",
        "can we get it made on the spot at the bank",
        "is the card applied for at the hrss office or the bank",
        "where to get a kids card in zhongshan",
    ],
    "photo": [
        "does a baby need a photo for the card",
        "photo size for kids social security card?",
        "my son is 5 and we're in haikou, photo needed?",
        "can a toddler's card have no picture on it",
        "will we have to redo the card when she gets older and needs a photo",
    ],
    "child-eligibility": [
        "can a newborn get a social security card",
        "is there a minimum age for a childs card",
        "my kid isnt on a hukou yet can he still get a card",
        "does a preschooler even need a social security card",
        "can a 2 year old have a shebao card",
    ],
    "lost-card": [
        "my kid lost his social security card what do i do",
        "how to report a lost card for my daughter",
        "card got snapped in half, how do we replace it",
        "found the card again after reporting it lost, can i cancel the report",
        "physical card is lost, does the electronic one still work",
    ],
    "legal-basis": [
        "which regulation says what documents are needed",
        "what law covers social security cards",
        "why do the rules differ from city to city",
        "what is article 16 about",
        "is there a national rule on kids cards or is it all local",
    ],
    "privacy": [
        "who can see my childs information on the card",
        "is my kids data safe",
        "will the bank get my childs personal info",
        "what happens to the photo and ID number i upload",
        "does the law protect card holders privacy",
    ],
    "hotlines": [
        "what number do i call about my sons card",
        "what is 12393",
        "is 12333 for medical insurance too",
        "hotline for child medical insurance questions?",
        "do i dial an area code before 12393",
    ],
    "not-covered": [
        "how much does a kids social security card cost",
        "how much will insurance pay back for my babys hospital stay",
        "how much is the yearly premium for child residents insurance",
        "can my kid use his social security card on the metro",
        "can i change the bank on my childs card",
    ],
    "off-topic": [
        "best car insurance for a family suv",
        "how do i get an ID card for my 10 year old",
        "can i open a savings bank card for my daughter",
        "how do i register my newborns hukou",
        "how to apply for a passport for a toddler",
        "which primary school can my son go to in our district",
        "is commercial health insurance worth it for kids",
        "whats the vaccine schedule for a 6 month old",
        "how do i get a library card for my kid",
        "travel insurance for a trip to japan with kids",
        "how to withdraw my housing provident fund",
        "my baby has a fever what medicine can i give",
        "student accident insurance, should i buy it",
        "how do i pay my electricity bill online",
        "whats the weather in beijing tomorrow",
        "can my kid get a bus card for school",
        "how to apply for a visa for my parents",
        "whats the best formula milk for newborns",
        "how long is maternity leave at my company",
        "recommend a good kindergarten in shanghai",
    ],
}

ZH = {
    "documents": [
        "给孩子办社保卡要带啥",
        "办卡要爸妈两个人的身份证吗",
        "有户口本了还要出生证吗",
        "孩子没身份证用啥代替",
        "三岁小孩办社保卡需要哪些材料",
        "要复印件还是原件啊",
        "贵阳给小孩办社保卡带什么证件",
        "出生医学证明一定要带吗",
        "结婚证要不要带",
        "孩子9岁 办卡材料有哪些",
        "宝宝社保卡申领需要准备什么东西",
    ],
    "activation": [
        "孩子社保卡怎么激活",
        "app里显示封存是啥意思",
        "小孩社保卡的金融功能怎么开通",
        "娃的卡能网上激活吗还是得跑银行",
        "小孩社保卡银行那块功能在哪激活",
        "宝宝医保电子凭证怎么激活",
        "卡领了大半年没激活还能用吗",
        "怎么帮女儿开通电子社保卡",
        "改个密码就算激活了吗",
        "小孩激活跟大人有啥不一样",
        "卡是建行的 随便哪个建行网点都能激活吗",
    ],
    "newborn-insurance": [
        "宝宝上周出生的 医保啥时候要参保",
        "新生儿医保几天内要办",
        "晚办医保的话出生时的住院费还能报吗",
        "还没上户口能先给宝宝参保吗",
        "新生儿参保是90天还是可以更久",
        "孩子四个月了错过了新生儿参保怎么办",
        "宝宝医保是从出生那天开始算吗",
        "只有出生证能给宝宝交医保吗",
        "新生儿居民医保怎么办理",
        "宝宝两个月还在住院 现在参保还来得及吗",
    ],
    "process": [
        "给孩子办社保卡流程是啥",
        "宝宝满月了 先办医保还是先办卡",
        "医保电子凭证 实体卡 电子社保卡 先后顺序是啥",
        "四岁孩子办卡步骤",
        "从申请到能用 整个流程怎么走",
        "卡申请完了接下来要干嘛",
        "刚生完 先弄哪个",
        "办孩子社保卡第一步做什么",
        "医保凭证和社保卡先弄哪个后弄哪个",
    ],
    "card-kinds": [
        "社保卡和医保电子凭证有啥区别",
        "电子社保卡是不是就是医保电子凭证",
        "小孩三张卡都要办吗",
        "实体卡和电子卡 孩子要哪个",
        "电子社保卡跟医保码一样吗",
        "电子社保卡就是实体卡的电子版吗",
        "医保凭证跟社保卡分别是谁发的",
        "卡太多了搞不清 哪个是哪个",
        "医保电子凭证需要先有实体卡吗",
    ],
    "who-can-act": [
        "爷爷奶奶能给孙子办社保卡吗",
        "办卡孩子本人要到场吗",
        "我老公一个人去能办吗",
        "保姆拿委托书能代办吗",
        "谁可以给未成年人激活社保卡",
        "我是小姨 能帮外甥女办吗",
        "我是爸爸 跟孩子不在一个户口本上能办吗",
        "我妈去办要不要授权书",
        "15岁的孩子能自己去办吗",
    ],
    "apply-where": [
        "孩子社保卡在哪里申请",
        "小孩社保卡能网上申领吗",
        "去哪个银行办小孩社保卡",
        "银行能当场制卡吗",
        "去人社局办还是银行办",
        "中山小孩社保卡去哪办",
    ],
    "photo": [
        "宝宝办社保卡要照片吗",
        "小孩社保卡照片尺寸多少",
        "海口 孩子五岁要不要交照片",
        "小孩的卡可以没照片吗",
        "孩子大了要不要重新换带照片的卡",
    ],
    "child-eligibility": [
        "刚出生的宝宝能办社保卡吗",
        "小孩几岁能办社保卡",
        "孩子还没上户口能办卡吗",
        "上幼儿园的孩子需要社保卡吗",
        "两岁娃可以办社保卡不",
    ],
    "lost-card": [
        "孩子社保卡丢了咋办",
        "小孩社保卡怎么挂失",
        "卡折断了怎么补",
        "挂失后又找到了能解挂吗",
        "实体卡丢了电子社保卡还能用吗",
    ],
    "legal-basis": [
        "办卡材料是哪个规定要求的",
        "社保卡有啥法律规定",
        "为啥各地规定都不一样",
        "第十六条讲的啥",
        "小孩办卡有全国统一规定吗",
    ],
    "privacy": [
        "孩子的信息谁能看到",
        "孩子个人信息安全吗",
        "银行会拿到孩子的信息吗",
        "上传的照片和身份证号会怎么处理",
        "法律上保护持卡人隐私吗",
    ],
    "hotlines": [
        "孩子社保卡的事打哪个电话",
        "12393是干啥的",
        "12333能问医保吗",
        "儿童医保咨询电话多少",
        "打12393要加区号吗",
    ],
    "not-covered": [
        "办小孩社保卡要花钱吗",
        "宝宝住院医保能报多少",
        "小孩居民医保一年交多少钱",
        "孩子社保卡能坐地铁吗",
        "孩子社保卡能换银行吗",
    ],
    "off-topic": [
        "车险哪家便宜",
        "十岁孩子怎么办身份证",
        "能给女儿办张储蓄卡吗",
        "新生儿怎么上户口",
        "小孩办护照要啥",
        "孩子上小学怎么报名",
        "商业保险给孩子买哪种好",
        "六个月宝宝打什么疫苗",
        "图书馆借书证怎么办",
        "带孩子去日本玩保险怎么买",
        "公积金怎么提取",
        "宝宝发烧吃什么药",
        "学平险有必要买吗",
        "电费怎么在网上交",
        "明天北京天气咋样",
        "孩子公交卡怎么办",
        "给爸妈办签证要什么",
        "新生儿奶粉哪个牌子好",
        "产假能休多久",
        "上海哪个幼儿园好",
    ],
}


def build(data, seed):
    for topic, n in COUNTS.items():
        assert len(data[topic]) == n, (topic, len(data[topic]), n)
    items = [{"text": t, "topic": topic} for topic in COUNTS for t in data[topic]]
    texts = [i["text"] for i in items]
    assert len(texts) == len(set(texts)), "duplicate question"
    assert len(items) == 120
    random.Random(seed).shuffle(items)
    return items


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 1801), ("zh", ZH, 1802)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(path, len(items), dict(Counter(i["topic"] for i in items)))


if __name__ == "__main__":
    main()

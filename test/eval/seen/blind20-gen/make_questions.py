#!/usr/bin/env python3
"""Writes holdout20/questions.en.json and questions.zh.json (blind set 20, issue #17).

120 single questions per language: 100 on-topic + 20 off-topic, shuffled with a fixed seed.
Written blind: only the issue, the format note and the three reference files were read.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout20")

EXPECTED = {
    "documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
    "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
    "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
    "hotlines": 5, "not-covered": 5, "off-topic": 20,
}

EN = {
    "documents": [
        "what do i need to bring to get my sons social security card",
        "docs needed for a kids shebao card?",
        "do i need both parents ID cards for my daughters card",
        "is the hukou book enough or do i also need her birth cert",
        "applying for my 3yo's card tmrw, what papers should i take",
        "do they want originals or copies of my id for the childs card?",
        "baby has no ID number yet, what can i show for his card application",
        "wat documents 4 a newborn social security card",
        "list of stuff to take to the bank for my kids card pls",
        "do i have to bring our marriage certificate to apply for my sons card",
        "in guiyang what does the guardian have to show for a childs card",
    ],
    "activation": [
        "how do i activate my kids social security card",
        "app says the card status is 封存, what does that mean for my daughters card",
        "can i activate my sons card online or do i have to go to the bank",
        "how to turn on the bank function on my childs shebao card",
        "got my girls card in the post, how do i start using it",
        "activating the medical insurance e-voucher for my 1 year old, how??",
        "how do i set up the electronic social security card for my son",
        "do i have to change the pin to activate my kids card",
        "is there a time limit to activate the card once its made",
        "my kid is 7, can we activate her card at any branch of that bank",
        "how do i add my daughter under 亲情服务 in the e social security card app",
    ],
    "newborn-insurance": [
        "when do i have to sign my newborn up for medical insurance",
        "baby born last week, how long do we have to enrol her in residents medical insurance",
        "can i enroll my newborn with just the birth certificate, we dont have hukou yet",
        "we missed the 90 days for our babys insurance, what happens now",
        "if i enrol my son at 5 months will the hospital bills from birth be covered",
        "is newborn medical insurance counted from the day of birth?",
        "my twins are 3 weeks old how do i get them on the city residents insurance",
        "in xian what if we pay the babys insurance after 90 days",
        "for a newborn do we pay the premium for the year they were born",
        "does the hospital put my newborn on medical insurance automatically or do we have to",
    ],
    "process": [
        "what are the steps to get my kid a social security card",
        "newborn: what comes first, insurance, card or the e-voucher?",
        "whats the order of things after the baby is born for all these cards",
        "step by step how do i get my daughters shebao card",
        "so what do i do first to get my 4 year old a card",
        "whats the process for a childs social security card in zhongshan",
        "overview of how to get the cards for a new baby please",
        "which do i do first, medical insurance enrolment or applying for my babys card",
        "how does the whole thing go from applying to actually using the card",
    ],
    "card-kinds": [
        "whats the difference between the e social security card and the medical insurance e-voucher",
        "is 医保码 the same as 电子社保卡?",
        "my kid has the physical card, does she also need an electronic one? whats the difference",
        "so there are 3 different cards?? so confused",
        "who runs the medical insurance e-voucher vs the social security card",
        "is the electronic social security card just a digital copy of the physical card",
        "e-voucher vs physical card for a baby, which one is which",
        "does the medical insurance e-voucher depend on having a physical card",
        "are the shebao card and the yibao card different things",
    ],
    "who-can-act": [
        "can my dad apply for his grandsons card while we're at work",
        "does my son need to be there in person when we apply",
        "can only the mother do it or can the father go too",
        "we both work, can our nanny apply for our kids card with a signed letter",
        "do both parents have to go to the bank together",
        "my 15 year old wants to activate her own card, is she allowed",
        "im the aunt, can i sort out my nieces card for her",
        "can my wife add our son to her e-voucher family account or does it have to be me",
        "divorced dad here, can i apply for my daughters card without her mom",
    ],
    "apply-where": [
        "where do i apply for my childs social security card",
        "can i apply for my babys card online instead of going somewhere",
        "which bank do i go to for my sons card",
        "in zhongshan where can i get a card made for my kid",
        "do i apply at the hrss office or at a bank",
        "is there anywhere they make the card on the spot",
    ],
    "photo": [
        "does my 2 year old need a photo on her card",
        "what size photo for a kids social security card",
        "baby wont sit still for the photo, can we skip it",
        "in haikou do little kids need a photo for the card",
        "can the card have a logo instead of my sons picture",
    ],
    "child-eligibility": [
        "can a newborn even get a social security card",
        "at what age can kids get their own card",
        "my daughter is 4 and not in school yet, can she get a card",
        "does my kid have to be insured to get the card",
        "is the card compulsory for children or optional",
    ],
    "lost-card": [
        "my son lost his social security card what do i do",
        "kids card is cracked in half, can we get a new one",
        "how do i report my daughters card lost",
        "found the card after reporting it lost, can i undo the report",
        "does the electronic card still work if the physical one is lost",
    ],
    "legal-basis": [
        "which law says how kids get social security cards",
        "what regulation is all this based on",
        "why are the rules different in every city",
        "what does article 16 actually say",
        "whats the legal basis for the social security card rules",
    ],
    "privacy": [
        "who can see my kids info on the card",
        "is my babys data safe if i upload our hukou to the app",
        "will the bank share my sons personal data",
        "what happens to the photos of my child i upload",
        "privacy of kids social security info?",
    ],
    "hotlines": [
        "whats the phone number for social security questions",
        "is there a hotline for medical insurance",
        "what is 12393",
        "who do i call about my sons card",
        "do i need an area code when calling 12333 from a mobile",
    ],
    "not-covered": [
        "how much does a childs social security card cost",
        "how much will residents insurance reimburse if my kid is in hospital",
        "how much is the yearly premium for a child in residents medical insurance",
        "can i use my kids medical account balance to pay for my own medicine",
        "can my son use his card for a hospital visit in another province",
    ],
    "off-topic": [
        "whats the best car insurance for a family",
        "how do i get an ID card for my 10 year old",
        "how to open a savings account at the bank for my baby",
        "how do i enroll my kid in primary school",
        "how do i register my newborn on our hukou",
        "passport for a toddler, how",
        "which commercial health insurance is good for kids",
        "when can i start drawing my pension",
        "what vaccines does a 2 month old need",
        "how do i claim maternity allowance",
        "how much is the child tax deduction",
        "can i withdraw housing provident fund for baby costs",
        "recommend a good kindergarten in chengdu",
        "whats the weather in haikou tomorrow",
        "my credit card got skimmed what do i do",
        "how do i get a bus card for my son",
        "travel insurance for kids going to thailand",
        "how to apply for a visa for my child",
        "how to activate my new sim card",
        "best formula milk for a newborn",
    ],
}

ZH = {
    "documents": [
        "给孩子办社保卡要带啥",
        "办小孩社保卡需要哪些材料啊",
        "爸妈两个人的身份证都要带吗",
        "户口本够不够 还要出生证吗",
        "明天去给三岁儿子办卡 准备啥证件",
        "监护人身份证要原件还是复印件就行",
        "宝宝还没上户口 办卡拿什么证明",
        "新生儿办社保卡材料清单",
        "带孩子去银行办社保卡得拿些什么",
        "给儿子办卡要不要带结婚证",
        "贵阳给小孩办卡监护人要出示啥",
    ],
    "activation": [
        "孩子的社保卡咋激活",
        "娃的社保卡状态显示封存是啥意思",
        "小孩社保卡能网上激活吗 还是必须去银行",
        "孩子卡的金融功能怎么开通",
        "卡寄到家了 怎么开始用",
        "一岁宝宝医保电子凭证怎么激活",
        "儿子的电子社保卡怎么领",
        "激活是不是要改密码",
        "卡做好了多久之内得激活",
        "女儿七岁 她的卡随便哪个网点都能激活吗",
        "电子社保卡亲情服务里怎么把孩子加进去",
    ],
    "newborn-insurance": [
        "新生儿医保要在多久内办",
        "宝宝上周出生 居民医保啥时候之前要参保",
        "还没落户 凭出生证能给宝宝参保吗",
        "过了90天才给娃交医保会怎样",
        "五个月才参保 出生时住院的钱能报不",
        "新生儿医保是从出生那天开始算吗",
        "双胞胎刚三周 怎么给他们上城乡居民医保",
        "西安新生儿过了90天交医保啥时候生效",
        "宝宝医保交的是出生那年的吗",
        "新生儿参保是医院给办还是家长自己去办",
    ],
    "process": [
        "给孩子办社保卡流程是啥",
        "刚生完 医保 社保卡 电子凭证先弄哪个",
        "宝宝出生后各种卡的办理顺序",
        "一步步怎么给女儿办社保卡",
        "四岁娃办卡第一步干嘛",
        "中山小孩社保卡办理流程",
        "新生儿办卡整个流程说一下",
        "先参保还是先申请社保卡",
        "从申请到能用卡要经过哪几步",
    ],
    "card-kinds": [
        "电子社保卡跟医保电子凭证有啥区别",
        "医保码是不是就是电子社保卡",
        "有实体卡了还要电子社保卡吗 两个啥区别",
        "怎么有三种卡啊 搞不懂",
        "医保电子凭证和社保卡分别归哪个部门管",
        "电子社保卡就是实体卡的电子版吗",
        "宝宝的医保凭证和社保卡是一回事不",
        "医保电子凭证要不要先有实体卡",
        "社保卡和医保卡是两张卡吗",
    ],
    "who-can-act": [
        "爷爷能帮孙子办社保卡吗",
        "办卡孩子本人要到场吗",
        "只能妈妈去办吗 爸爸行不行",
        "我们上班没空 保姆拿委托书能代办吗",
        "爸妈得一起去银行吗",
        "女儿15了 她自己能去激活吗",
        "我是孩子姑姑 能替她办卡不",
        "老婆能把儿子加到她的医保亲情账户吗 还是只能我加",
        "离婚了孩子跟妈 我当爸的能给孩子办卡吗",
    ],
    "apply-where": [
        "小孩社保卡在哪里办",
        "宝宝社保卡可以网上申请吗 不想跑",
        "去哪个银行办儿子的卡",
        "中山给孩子办卡去哪",
        "是去人社局办还是银行办",
        "有没有能当场拿卡的地方",
    ],
    "photo": [
        "两岁娃社保卡要照片吗",
        "小孩社保卡照片尺寸多少",
        "宝宝拍照坐不住 能不拍吗",
        "海口小孩办卡要不要交照片",
        "能用logo代替孩子照片吗",
    ],
    "child-eligibility": [
        "刚出生的宝宝能办社保卡吗",
        "小孩几岁可以办社保卡",
        "女儿四岁没上学 能办卡吗",
        "孩子没参保能办社保卡吗",
        "小孩必须办社保卡吗 还是自愿的",
    ],
    "lost-card": [
        "儿子社保卡弄丢了怎么办",
        "孩子的卡折断了能补吗",
        "怎么给女儿的社保卡挂失",
        "挂失了又找到了 能解挂吗",
        "实体卡丢了电子社保卡还能用吗",
    ],
    "legal-basis": [
        "小孩办社保卡依据的是哪个法规",
        "这些规定出自哪里",
        "为啥每个城市要求都不一样",
        "社保卡管理办法第十六条讲的啥",
        "办卡规定的法律依据是什么",
    ],
    "privacy": [
        "孩子卡里的信息谁能看到",
        "上传户口本到app安全吗",
        "银行会不会把孩子信息泄露出去",
        "传上去的孩子照片会怎么处理",
        "小孩社保信息隐私有保障吗",
    ],
    "hotlines": [
        "社保咨询电话多少",
        "医保有热线吗",
        "12393是干嘛的",
        "孩子社保卡的事打哪个电话问",
        "手机打12333要加区号吗",
    ],
    "not-covered": [
        "小孩办社保卡要钱吗 多少钱",
        "小孩住院居民医保能报多少",
        "儿童居民医保一年交多少钱",
        "孩子医保个人账户的钱能给我买药用吗",
        "孩子的卡能在外省看病用吗",
    ],
    "off-topic": [
        "车险哪家划算",
        "十岁孩子办身份证要啥",
        "给宝宝开个银行储蓄卡怎么弄",
        "小学报名需要什么",
        "新生儿上户口流程",
        "小孩办护照",
        "少儿商业医疗险推荐一下",
        "我的养老金什么时候能领",
        "两个月宝宝打什么疫苗",
        "生育津贴怎么申请",
        "子女教育个税扣除多少",
        "公积金能给孩子用吗",
        "成都哪个幼儿园好",
        "明天海口天气怎么样",
        "信用卡被盗刷了怎么办",
        "给儿子办公交卡",
        "孩子去泰国旅游保险买哪个",
        "孩子签证怎么办",
        "新手机卡怎么激活",
        "新生儿奶粉推荐",
    ],
}


def build(data, seed):
    for topic, n in EXPECTED.items():
        assert len(data[topic]) == n, (topic, len(data[topic]), n)
    assert set(data) == set(EXPECTED)
    rows = [{"text": t, "topic": topic} for topic, items in data.items() for t in items]
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate text"
    assert len(rows) == 120
    random.Random(seed).shuffle(rows)
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 2020), ("zh", ZH, 2021)):
        rows = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path, len(rows))


if __name__ == "__main__":
    main()

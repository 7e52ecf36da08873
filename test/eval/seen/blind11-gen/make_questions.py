#!/usr/bin/env python3
"""Blind single-question set 11 (issue #17): writes holdout11/questions.en.json and questions.zh.json.

Written blind from the issue, the format note and shared/reference/{activation,card-kinds,legal-basis}.md.
Each language: 100 on-topic + 20 off-topic, shuffled with a fixed seed.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout11")

QUOTA = {
    "documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
    "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
    "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
    "hotlines": 5, "not-covered": 5, "off-topic": 20,
}

EN = {
    "documents": [
        "what do i need to bring to get my sons social security card",
        "docs needed for kid ss card?? hes 4",
        "do i need both me and my husbands id cards for the babys card",
        "is the hukou book enough or do i also need the birth cert for my daughters card",
        "what paperwork for a 6yo's shebao card in guiyang",
        "my kid doesnt have an id card yet, what can we use instead when applying",
        "list of documnets for childrens social security card pls",
        "do they want photocopies or just the originals for my childs card application",
        "what should i take with me to activate my 3 year olds card at the bank counter",
        "we r in haikou what materials for my 2yo's card",
        "my son isnt on the same hukou book as me, what extra paper do i need for his card",
    ],
    "activation": [
        "how do i activte my kids social security card",
        "the app says my daughters card is 封存 what does that mean and how do i fix it",
        "can i switch on my daughters card from my phone or do i have to go in person",
        "how to activate the medical insurance e voucher for my baby",
        "how do i add my son to my electronic social security card",
        "how do i turn on the bank function on my childs card",
        "my 7 year olds new card arrived, does it need activating before we see a doctor",
        "setting up the family account in the nhsa app for my toddler, how",
        "do i just change the pin to make my sons card work?",
        "got my girls card in the post whats next to get it working",
        "activating my kids ss card in zhongshan, can it be done on wechat",
    ],
    "newborn-insurance": [
        "baby born last week how do we get her on medical insurance",
        "how many days after birth do we have to enrol a newborn in health insurance",
        "my son is 4 months and we never signed him up for medical insurance is it too late",
        "will the newborns insurance cover the hospital bills from the day she was born",
        "can we sign the baby up for resident insurance with just the birth certificate, no hukou yet",
        "twins born oct 3, when's the deadline for their medical insurance",
        "newborn medical insurence enrolment how",
        "if we pay the babys insurance late will it still cover the nicu costs from before",
        "were in fujian and baby is 5 months, can we still enrol her with the birth cert",
        "is it true you only get 90 days to insure a new baby",
    ],
    "process": [
        "what are the steps to get a social security card for my kid",
        "whats the order, insurance first or card first for a newborn",
        "start to finish how does getting a kids ss card work",
        "newborn: which comes first the e voucher or the physical card",
        "what happens after we apply for my daughters card, whats next",
        "do we have to get the physical card before the electronic one",
        "baby born in haikou, what do we do with insurance and cards and in what order",
        "first time mum, what should i sort out for my babys social security and in which order",
        "hukou registration done, whats the next step for the kids card",
    ],
    "card-kinds": [
        "whats the difference between the social security card and the medical insurance e voucher",
        "is the electronic social security card the same as the yibao code",
        "does my kid need all three cards or just one of them",
        "is the electronic social security card just a phone version of the plastic one",
        "im confused. shebao card, dianzi shebao ka, yibao pingzheng, what are these",
        "which card is run by the medical insurance people and which by hrss",
        "does the e voucher need a physical card to work",
        "my daughter already has the yibao code, is that her social security card?",
        "quick summary of the 3 kid cards and how they differ",
    ],
    "who-can-act": [
        "can grandma apply for my sons card while were at work",
        "does my 5 year old have to come to the bank with me",
        "for the kids card can dad go alone or do both parents have to go",
        "can my sister do it for us if i write an authorisation letter",
        "who is allowed to activate a minors social security card",
        "my husband is abroad can i apply for our daughters card on my own",
        "im her aunt and legal guardian, can i get the card for my niece",
        "can my 15 yr old activate her own card without me there",
        "who can add a kid to the family account for the e voucher, does it have to be the insured parent",
    ],
    "apply-where": [
        "where do i apply for my kids social security card",
        "which bank can i go to for a childs card in zhongshan",
        "can i apply for my daughters card online instead of going to a bank",
        "do i go to the hrss office or the bank for my babys card",
        "where to apply for a ss card for a 3yo in chengdu",
        "is there anywhere that makes the card on the spot for my son",
    ],
    "photo": [
        "does my 1 year old need a photo for the card",
        "photo size for childs social security card?",
        "can a baby's card just have no photo on it",
        "were in henan, do little kids need a photo on the card",
        "my son is 6 do i need to take him for a photo for his shebao card in guiyang",
    ],
    "child-eligibility": [
        "can a newborn even get a social security card",
        "from what age can kids get a social security card",
        "my 3 yo isnt in school yet can she get a card",
        "is there a minimum age for the shebao card",
        "does my kid need a card if shes only on residents medical insurance",
    ],
    "lost-card": [
        "my son lost his social security card what do i do",
        "kid snapped the card in half, how to get a new one",
        "how do i report my daughters card as lost",
        "found the card again after reporting it lost, can i undo the report",
        "lost my 8 yr olds card, can i report it over the phone",
    ],
    "legal-basis": [
        "which law says what documents kids need for a social security card",
        "whats the regulation behind the social security card rules",
        "why do the rules for kids cards differ from city to city",
        "is there a national law on childrens social security cards",
        "what does art 16 say about the card",
    ],
    "privacy": [
        "who can see my childs data on the social security card",
        "is it safe to upload my kids hukou pages in the app",
        "what happens to my babys personal info after we register",
        "will the bank get access to my sons medical records through the card",
        "does the govt protect kids personal info on the card",
    ],
    "hotlines": [
        "whats the phone number for social security questions",
        "is there a hotline for medical insurance",
        "12333 or 12393, which one do i call about my babys e voucher",
        "number to call about a kids card in kunming",
        "can i call 12393 when im in another city",
    ],
    "not-covered": [
        "how much does the kids card cost",
        "how much is the yearly premium for child medical insurance",
        "what percent of hospital bills does kids insurance reimburse",
        "forgot the pin for my sons card how do i reset it",
        "can my daughter use her card at a hospital in another province",
    ],
    "off-topic": [
        "how do i get my son an id card",
        "car insurance renewal where",
        "how to register my babys hukou",
        "passport for a 2 year old what docs",
        "best kids health insurance plan from ping an?",
        "open a bank savings account for my daughter",
        "primary school enrolment documents for a 6yo",
        "vaccination schedule for a 4 month old",
        "how do i claim maternity allowance",
        "check my pension account balance",
        "can i withdraw my housing fund to pay for daycare",
        "whats the weather in haikou tomorrow",
        "how to get a replacement birth certificate",
        "travel insurance for a family trip to thailand",
        "how do i apply for the childcare subsidy",
        "my kids bus card is lost how to replace",
        "tell me a joke",
        "does my kid need a permit to visit hong kong",
        "unemployment insurance claim steps",
        "how to change my surname on my own id card",
    ],
}

ZH = {
    "documents": [
        "给孩子办社保卡要带啥",
        "娃4岁办社保卡需要什么材料",
        "办娃社保卡是不是要爸妈两个人的身份证",
        "孩子还没身份证能拿户口本办吗",
        "办宝宝社保卡出生证明要不要带啊",
        "在贵阳给6岁孩子办社保卡要准备啥",
        "办小孩社保卡要复印件吗还是原件就行",
        "海口办宝宝社保卡材料清单",
        "去银行激活孩子的卡要带哪些证件",
        "监护关系证明是啥 户口本算不算",
        "户口本上孩子跟我不在一本上 还要啥",
    ],
    "activation": [
        "孩子社保卡怎么激活",
        "社保卡显示封存咋办",
        "娃的医保电子凭证怎么激活",
        "能不能在手机上给孩子激活社保卡",
        "怎么给孩子领电子社保卡",
        "孩子社保卡金融功能怎么开通",
        "医保亲情账户怎么把孩子加进去",
        "卡拿到了还要激活吗 孩子7岁",
        "社保卡改个密码就算激活了吗",
        "支付宝能给宝宝领医保码吗",
        "中山人社公众号可以激活小孩的社保卡吗",
    ],
    "newborn-insurance": [
        "新生儿医保怎么参保",
        "宝宝出生多久内要办医保",
        "孩子5个月了还没交医保 现在交能报之前的吗",
        "刚出生住了几天院 还没参保 能报销吗",
        "还没上户口可以先给宝宝参保吗",
        "新生儿参保90天是硬性规定吗",
        "宝宝出生证明拿到了 接下来医保怎么交",
        "生完孩子第一件事是不是办医保",
        "新生儿居民医保超过三个月才交有啥影响",
        "在福建 宝宝半岁了还能凭出生证明参保吗",
    ],
    "process": [
        "给孩子办社保卡流程是啥",
        "新生儿先办医保还是先办社保卡",
        "电子社保卡和实体卡哪个先办",
        "宝宝出生以后要按什么顺序办这些",
        "户口落好了 孩子社保卡下一步干嘛",
        "从申请到能用 孩子社保卡要走哪几步",
        "刚当妈 医保 社保卡 电子凭证先弄哪个",
        "申请完社保卡之后还要做什么",
        "孩子的医保码和社保卡办理顺序",
    ],
    "card-kinds": [
        "社保卡和医保电子凭证有什么区别",
        "电子社保卡跟实体社保卡是一回事吗",
        "医保码是不是就是社保卡",
        "孩子要办几张卡啊 好乱",
        "电子社保卡和医保电子凭证分别归哪个部门管",
        "医保电子凭证要不要先有实体卡",
        "三种卡简单说下区别",
        "电子社保卡功能跟实体卡一样吗",
        "医保码和社保卡到底啥关系",
    ],
    "who-can-act": [
        "奶奶能帮孙子办社保卡吗",
        "办卡孩子本人要去吗",
        "给娃办卡爸爸一个人去可以吗",
        "我写个委托书让我妹去办行不行",
        "谁能给未成年人激活社保卡",
        "孩子爸在外地 我自己能办吗",
        "孩子15了能自己去激活吗",
        "外公外婆带娃 能帮忙弄医保电子凭证吗",
        "未满16岁是不是必须监护人办",
    ],
    "apply-where": [
        "孩子社保卡去哪办",
        "中山给小孩办社保卡去哪个银行",
        "能网上申请孩子社保卡吗",
        "孩子的社保卡去人社局还是银行办",
        "成都娃娃社保卡在哪里办",
        "哪里可以当场拿到卡",
    ],
    "photo": [
        "1岁宝宝办社保卡要照片吗",
        "社保卡照片什么尺寸",
        "海口小孩社保卡可以不要照片吗",
        "河南6岁以下要拍照吗",
        "娃不交照片的话社保卡上印啥",
    ],
    "child-eligibility": [
        "刚出生的宝宝能办社保卡吗",
        "孩子多大可以办社保卡",
        "没上学的小孩能办社保卡吗",
        "孩子只交了居民医保 也要办社保卡吗",
        "还没上户口的娃能办卡吗",
    ],
    "lost-card": [
        "孩子社保卡丢了怎么办",
        "孩子社保卡折断了怎么补",
        "怎么给孩子社保卡挂失",
        "社保卡挂失后又找到了能解挂吗",
        "电话可以挂失孩子的社保卡吗",
    ],
    "legal-basis": [
        "孩子办社保卡依据哪个法规",
        "社保卡管理办法第十六条讲的啥",
        "为什么每个城市要的材料不一样",
        "儿童社保卡有没有国家层面的规定",
        "社保卡办理规定是哪个部门定的",
    ],
    "privacy": [
        "孩子的信息会被谁看到",
        "上传户口本照片安全吗",
        "银行能看到孩子的医保记录吗",
        "社保卡里孩子的个人信息怎么保护",
        "办卡的资料会不会泄露",
    ],
    "hotlines": [
        "社保咨询电话多少",
        "医保热线是哪个",
        "12393是干嘛的",
        "打12333能问孩子社保卡的事吗",
        "在外地打12393会转到哪里",
    ],
    "not-covered": [
        "办孩子社保卡要钱吗",
        "少儿医保一年交多少钱",
        "孩子住院医保能报百分之多少",
        "社保卡密码忘了怎么重置",
        "孩子的卡能异地就医吗",
    ],
    "off-topic": [
        "孩子身份证怎么办",
        "车险怎么续保",
        "新生儿上户口要什么",
        "小孩办护照要什么材料",
        "哪个少儿商业保险好",
        "给孩子开个银行储蓄卡",
        "小学报名要啥材料",
        "疫苗本丢了咋补",
        "生育津贴怎么领",
        "我的养老金怎么查",
        "公积金能提出来交学费吗",
        "明天天气怎么样",
        "出生证明丢了怎么补办",
        "孩子的公交卡丢了",
        "育儿补贴怎么申请",
        "讲个笑话",
        "小孩港澳通行证怎么办",
        "失业金怎么领",
        "驾照到期换证",
        "幼儿园学费多少",
    ],
}


def build(data, seed):
    for topic, n in QUOTA.items():
        got = len(data[topic])
        assert got == n, (topic, got, n)
    items = [{"text": t, "topic": topic} for topic in QUOTA for t in data[topic]]
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate text"
    assert len(items) == 120
    random.Random(seed).shuffle(items)
    return items


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 1101), ("zh", ZH, 1102)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path, len(items), dict(Counter(i["topic"] for i in items)))


if __name__ == "__main__":
    main()

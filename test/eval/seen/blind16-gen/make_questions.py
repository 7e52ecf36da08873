#!/usr/bin/env python3
"""Write blind single-question set 16 (issue #17): holdout16/questions.en.json and .zh.json.

120 questions per language: 100 on-topic (fixed counts per topic) + 20 off-topic.
Written blind from the issue, scenario-format.md and shared/reference/*.md only.
Labels follow what the question really asks and what the sources cover
(`not-covered` = in the domain, but the sources do not answer it).
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout16")

EXPECTED = {
    "documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
    "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
    "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
    "hotlines": 5, "not-covered": 5, "off-topic": 20,
}

EN = {
    "documents": [
        "what papers do i need to bring for my sons social security card",
        "documnets for kids ss card?? going tmrw morning",
        "do i need both me and my husbands ID or is one enough",
        "my daughter has no ID card yet, is the hukou book ok for her card",
        "is the birth cert needed or is the hukou enough",
        "what should i take to the bank to activate my 4 yr olds card",
        "in haikou what do they want from me to apply for my kids card",
        "originals or photocopies for the childs card application?",
        "list of stuff to bring for a newborns card pls",
        "we arent on the same hukou as our son, what proof do they want",
        "guiyang - kid card what materials do i prepare",
    ],
    "activation": [
        "how do i activte my childs socail security card",
        "the app says my sons card is 封存 what does that mean",
        "is changing the pin enough to turn the card on",
        "how to switch on the bank part of my daughters card",
        "how do i activate the medical insurance e-voucher for my baby",
        "can i activate my kids electronic social security card from my own phone",
        "got my kids card in the mail, what do i do now so it works",
        "my baby has no id number yet, can i still activate his e voucher",
        "does the kids card need activating before we use it at the hospital",
        "card was made 8 months ago and never activated is it still ok",
        "activate ss card for my 2yo in zhongshan how",
    ],
    "newborn-insurance": [
        "how soon after birth do i have to sign my baby up for medical insurance",
        "baby born last week, when should we do her medical insurance",
        "we missed the 90 days for our newborns insurance what happens now",
        "if i enrol my newborn at 2 months are the hospital bills from the birth covered",
        "can i enrol my newborn with just the birth certificate, no hukou yet",
        "is the 90 day thing a hard deadline in every city",
        "newborn medical insurance in fujian, do we get a whole year?",
        "whats the deadline for residents medical insurance for a baby born in november",
        "do we have to put the baby on our hukou before the medical insurance",
        "xian, baby is 4 months and not insured yet, if we pay now when does cover start",
    ],
    "process": [
        "what order do i do things in for my newborn - insurance, card, e card?",
        "step by step how does my kid get a social security card",
        "do i need the physical card first before the electronic one",
        "whats the first thing to do for the cards after the baby is born",
        "so many things to do for baby lol which comes first the e-voucher or the card",
        "what are all the steps from applying to activating for a kids card",
        "hukou is done, whats next for the ss card",
        "my 3 yr old has no card at all where do i even start",
        "so its apply then collect then activate, right?",
    ],
    "card-kinds": [
        "whats the difference between the e-voucher and the electronic social security card",
        "is the medical insurance code the same thing as the social security card",
        "physical card vs electronic card do i need both for my kid",
        "so many cards, which one is which??",
        "is the 医保电子凭证 part of the ss card or seperate",
        "does the e-voucher need a physical card behind it",
        "who runs the e-voucher, same office as the social security card?",
        "the electronic card and the plastic one, same functions or not",
        "my app shows card, e-card and insurance code for my baby, are they different things",
    ],
    "who-can-act": [
        "can my mum apply for my sons card, we both work",
        "does my kid have to be there when we apply",
        "can the dad go alone without mom",
        "could our nanny do it for us with a letter from us?",
        "grandparents doing the activation, is that ok?",
        "who is allowed to get a card for a 10 year old",
        "im the aunt, can i activate my nieces card for her",
        "my husband isnt insured, can he still add our baby in the medical insurance app",
        "can my son do it himself hes 15",
    ],
    "apply-where": [
        "where do i apply for my childs card",
        "can i apply online or do i have to go somewhere in person",
        "any bank or a special one for a kids ss card",
        "is there an office in chengdu i go to for my kids card",
        "which bank branch do i go to to apply",
        "can i apply for my babys card in an app instead of queueing",
    ],
    "photo": [
        "does my 2 year old need a photo for the card",
        "what size should the photo be for a kids card",
        "can the card have a logo instead of my babys face",
        "my toddler wont sit still for a picture, is it required",
        "henan kid card, photo needed under 6?",
    ],
    "child-eligibility": [
        "can a newborn even get a social security card",
        "is there a minimum age for an ss card",
        "baby isnt registered on the hukou yet can he get a card",
        "does a kid need a card if hes already in residents medical insurance",
        "my 1 yr old isnt insured, can she still get a card",
    ],
    "lost-card": [
        "my son lost his social security card what do i do",
        "card got snapped in half, how do i replace it",
        "how to report my kids card lost, can i do it by phone",
        "found the card after reporting it lost, can i undo the report",
        "daughters card is lost can we get a new one the same day",
    ],
    "legal-basis": [
        "which regulation says what the rules for the card are",
        "whats article 16 about",
        "why is every city different, is there no national law for this",
        "is there a law that says the social security number is the ID number",
        "who sets the rules for kids cards, the ministry or the city",
    ],
    "privacy": [
        "who can see my kids info on the social security card",
        "is it safe to upload our hukou pages in the medical insurance app",
        "will the bank get my childs medical data",
        "how is my babys personal info protected",
        "does the govt share the card data with anyone",
    ],
    "hotlines": [
        "what number do i call about my kids card",
        "whats 12393 for",
        "is there a hotline for medical insurance questions",
        "do i need an area code for 12333 from my mobile",
        "phone number for social security help pls",
    ],
    "not-covered": [
        "how much does it cost to make a kids card",
        "what percent of hospital bills get reimbursed for children",
        "how much is the yearly medical insurance fee for a kid",
        "can i use the money on my kids card to buy my own medicine",
        "can my sons card pay hospital bills in another province",
    ],
    "off-topic": [
        "whats the best car insurance for a family",
        "how do i get an ID card for my 10 year old",
        "can i open a savings account at the bank for my baby",
        "how to register my newborn on our hukou",
        "how do i apply for a passport for my daughter",
        "which primary school can my son go to",
        "is commercial health insurance worth it for kids",
        "when are the baby vaccines due",
        "how do i claim maternity allowance",
        "can i withdraw my housing fund to buy a bigger flat",
        "whats the weather in haikou tomorrow",
        "how do i get a bus card for a student",
        "kindergarten fees in guangzhou?",
        "how to replace a lost birth certificate",
        "travel insurance for a trip to japan with kids",
        "when can i retire and get my pension",
        "recipe for baby rice porridge",
        "how to get a student visa for my son to study abroad",
        "tell me a joke",
        "how do i get my kid a phone sim card",
    ],
}

ZH = {
    "documents": [
        "给孩子办社保卡要带啥",
        "办儿童社保卡爸妈两个人的身份证都要吗",
        "孩子还没身份证 拿户口本行不行",
        "出生证明要不要带啊",
        "去银行给娃激活社保卡要带什么证件",
        "海口办小孩社保卡要啥材料",
        "材料要原件还是复印件",
        "新生儿办卡材料有哪些",
        "我们跟孩子不在一个户口本上 咋证明是他爸妈",
        "贵阳给宝宝办卡需要准备什么",
        "孩子办社保卡的材料清单发我下",
    ],
    "activation": [
        "孩子社保卡咋激活",
        "卡显示封存是啥意思",
        "改个密码就算激活了吗",
        "金融功能怎么开通",
        "宝宝的医保电子凭证怎么激活",
        "孩子的电子社保卡怎么领 用我手机能弄不",
        "卡寄到了 接下来干嘛才能用",
        "新生儿还没身份证号 医保码能激活吗",
        "孩子社保卡不激活能去医院刷吗",
        "卡做好半年多了一直没激活 还能用吗",
        "清远给孩子激活社保卡去哪激活",
    ],
    "newborn-insurance": [
        "宝宝出生多久内要参加医保",
        "新生儿医保啥时候办",
        "过了90天才给孩子交医保会咋样",
        "两个月了才参保 生的时候住院的钱能报不",
        "只有出生证明没上户口能参保吗",
        "90天是所有地方都一样吗",
        "福建新生儿一年内都能参保吗",
        "刚生完 居民医保怎么给孩子交",
        "西安宝宝四个月了没交医保 现在交从啥时候开始报",
        "新生儿参保要不要先落户",
    ],
    "process": [
        "生完孩子先办啥后办啥",
        "给娃办社保卡的流程是啥",
        "是不是得先有实体卡才能领电子社保卡",
        "宝宝出生后第一件事办什么",
        "医保码跟社保卡哪个先办",
        "从申请到激活一共几步",
        "落完户下一步干啥",
        "孩子三岁了啥卡都没有 从哪开始弄",
        "先申领再领卡再激活 对吧",
    ],
    "card-kinds": [
        "电子社保卡和医保电子凭证有啥区别",
        "医保码就是社保卡吗",
        "实体卡电子卡都得办吗",
        "这么多卡到底哪个是哪个",
        "医保电子凭证算社保卡的一部分不",
        "医保电子凭证要有实体卡才能用吗",
        "电子社保卡跟实体卡功能一样不",
        "医保电子凭证归哪个部门管",
        "手机上有社保卡 电子社保卡 医保码 三个是一回事吗",
    ],
    "who-can-act": [
        "奶奶能帮孙子办社保卡吗",
        "办卡孩子本人要去吗",
        "爸爸一个人去能办不",
        "让保姆拿委托书去办行不行",
        "姥姥姥爷可以帮忙激活不",
        "十岁孩子的卡谁能去办",
        "我是小姨 能帮外甥女办卡吗",
        "老公没参保 能在医保app里加孩子吗",
        "孩子十五了能自己去办吗",
    ],
    "apply-where": [
        "孩子社保卡在哪办",
        "能网上申请吗 还是必须跑一趟",
        "随便哪个银行都能办吗",
        "人社窗口能办小孩的卡不",
        "中山给宝宝办社保卡去哪个银行",
        "手机上能直接申请孩子的社保卡吗",
    ],
    "photo": [
        "两岁小孩办社保卡要照片吗",
        "孩子社保卡照片尺寸多大",
        "不放照片放个logo可以吗",
        "宝宝拍照不配合 非得要照片吗",
        "河南小孩办卡必须拍照吗",
    ],
    "child-eligibility": [
        "刚出生的宝宝能办社保卡吗",
        "几岁可以办社保卡",
        "还没上户口能办卡吗",
        "孩子已经参加居民医保了还用办社保卡吗",
        "没参保的小孩能办社保卡不",
    ],
    "lost-card": [
        "孩子社保卡丢了咋办",
        "卡折断了怎么补",
        "打电话能挂失吗",
        "挂失了又找到了能解挂不",
        "补卡能当场拿到吗",
    ],
    "legal-basis": [
        "办卡的规定是哪个文件定的",
        "第十六条说的啥",
        "为啥每个城市要求都不一样",
        "社会保障号码就是身份证号 有法律规定吗",
        "儿童社保卡的规矩是国家定还是市里定",
    ],
    "privacy": [
        "孩子的信息谁能看到",
        "在app上传户口本安全吗",
        "银行会拿到孩子的看病信息吗",
        "宝宝个人信息怎么保护的",
        "社保卡的数据会不会给别人用",
    ],
    "hotlines": [
        "社保卡有问题打什么电话",
        "12393是干嘛的",
        "医保咨询电话多少",
        "手机打12333要加区号吗",
        "人社热线号码是多少",
    ],
    "not-covered": [
        "办卡要交钱吗 多少钱",
        "小孩住院报销比例多少",
        "孩子一年医保费交多少",
        "孩子卡里的钱我能刷来买药吗",
        "孩子社保卡去外省看病能用吗",
    ],
    "off-topic": [
        "车险哪家便宜",
        "孩子身份证怎么办",
        "给宝宝开个银行卡存压岁钱",
        "新生儿怎么上户口",
        "小孩护照怎么办",
        "幼儿园怎么报名",
        "商业保险给孩子买哪个好",
        "宝宝疫苗什么时候打",
        "生育津贴怎么领",
        "公积金怎么提取",
        "明天海口天气咋样",
        "学生公交卡怎么办",
        "小学划片怎么查",
        "出生证明丢了怎么补",
        "带孩子出国旅游买啥保险",
        "我啥时候能退休领养老金",
        "宝宝辅食怎么做",
        "孩子出国留学签证咋办",
        "讲个笑话",
        "给孩子办个手机卡",
    ],
}


def build(data, seed):
    for topic, n in EXPECTED.items():
        got = len(data[topic])
        assert got == n, (topic, got, n)
    items = [{"text": t, "topic": topic} for topic, texts in data.items() for t in texts]
    texts = [i["text"] for i in items]
    assert len(texts) == len(set(texts)), "duplicate question"
    assert len(items) == 120
    random.Random(seed).shuffle(items)
    return items


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 1601), ("zh", ZH, 1602)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=2)
            f.write("\n")
        c = Counter(i["topic"] for i in items)
        print(path, len(items), dict(sorted(c.items())))


if __name__ == "__main__":
    main()

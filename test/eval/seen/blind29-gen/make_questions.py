#!/usr/bin/env python3
"""Blind held-out set 29 (issue #17): single questions, English and Chinese.

Written only from the issue, scenario-format.md and shared/reference/*.md.
Labels follow what the question really asks and what the sources cover.
Run: python3 make_questions.py  (writes holdout29/questions.{en,zh}.json)
"""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout29")

EXPECTED = {
    "documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
    "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
    "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
    "hotlines": 5, "not-covered": 5, "off-topic": 20,
}

EN = {
    "documents": [
        "what do i need to bring to get my sons social security card",
        "docs needed for a kids shebao card?? hes 4",
        "do i need the birth certificate or is the hukou book enough for my daughters card",
        "do both me and my husband have to bring our ID cards to apply for the babys card",
        "what paperwork for a social security card for a 6 yr old in haikou",
        "my kid doesnt have an ID card yet what can i use instead when applying for his card",
        "originals or photocopies?? applying for my childs social security card",
        "materials list for a newborns social security card?",
        "wat documents does the guardian have to show for a child card",
        "is the household register enough to prove im her mum or do i need something else",
        "do i need copies of my ID too or just the original, applying for my 2 yr olds card",
    ],
    "activation": [
        "how do i activate my sons social security card",
        "got the card but the app says its sealed?? how do i turn it on",
        "can i activate my daughters card on my phone or do we have to go to the bank",
        "how to activate the medical insurance e-voucher for my baby",
        "how do i get my kids electronic social security card set up on my phone",
        "activate kid card at which bank? any branch ok?",
        "is changing the pin enough to switch on the social security part of the card",
        "do i have to activate the bank function on a childs card too",
        "my 7 year olds card came in the post how do we start using it",
        "can i activate my kids e-voucher in alipay",
        "how do i add my son in the family service thing for the e-card",
    ],
    "newborn-insurance": [
        "when do i have to sign up my newborn for medical insurance",
        "baby is 5 weeks, is it too late to enrol her in medical insurance",
        "if i enrol my baby after 3 months will hospital bills from birth be covered",
        "can a newborn get medical insurance with only the birth certificate before the hukou is done",
        "do newborns need residents medical insurance straight away",
        "we missed the 90 days for our sons insurance what now",
        "how long after birth do we have to enrol the baby in 居民医保",
        "is the baby covered from the day shes born if we pay the premium",
        "my baby was in NICU for 2 weeks, will insurance pay if i enrol him now",
        "newborn medical insurance registration deadline in guangzhou?",
    ],
    "process": [
        "whats the order of things to do to get my baby a card",
        "step by step how do i get a social security card for my kid",
        "what should i do first for my newborn, insurance or the card",
        "which comes first the physical card or the electronic one",
        "my daughter is 2 months what do i sort out first",
        "how does the whole thing work for a childs shebao card from start to finish",
        "hukou is done, whats next for the babys card",
        "what are the steps to get a card for a 3 year old",
        "just had a baby what do i need to do in what order for insurance and cards",
    ],
    "card-kinds": [
        "whats the difference between the social security card and the e-voucher",
        "is the electronic social security card the same thing as the 医保码",
        "do kids need all three, physical card e-card and e-voucher?",
        "e-voucher vs electronic card which one is which",
        "confused: 社保卡 电子社保卡 医保电子凭证 what are they all",
        "does the e-card replace the physical card for my son",
        "is the medical insurance e-voucher a card? does it need a physical card",
        "what is the electronic social security card exactly",
        "which card is run by the healthcare security administration and which by hrss",
    ],
    "who-can-act": [
        "can grandma apply for my sons card, were both working",
        "does my daughter need to come with me to the bank",
        "can my husband do it alone or do we both need to go",
        "can my sister activate the card for my kid if i write an authorization",
        "im the dad, can i apply or does it have to be the mom",
        "can our nanny take the kid to get his card",
        "do i need to bring the baby along to apply",
        "who is allowed to apply for a card for a child under 16",
        "grandpa has the hukou book can he activate the card without us",
    ],
    "apply-where": [
        "where do i apply for my kids social security card",
        "can i apply for my sons card online or must i go in person",
        "which bank do i go to for a childs card",
        "is there anywhere that makes the card on the spot for kids",
        "where to get a shebao card for a baby in zhongshan",
        "do i apply at the hrss office or at the bank",
    ],
    "photo": [
        "does a 3 year old need a photo for the card",
        "photo size requirements for kids card?",
        "my baby cant even sit up for a photo is that ok",
        "can they make the card without a picture for a toddler",
        "what photo do i need for my 8 yr olds card, we're in haikou",
    ],
    "child-eligibility": [
        "can a newborn have a social security card",
        "at what age can a child get a shebao card",
        "my son is 2 months can he get a card already",
        "does a child without hukou yet qualify for a card",
        "if my kid is in residents medical insurance is he supposed to have a card too",
    ],
    "lost-card": [
        "my son lost his social security card what do i do",
        "card got snapped in half how do i get a new one for my daughter",
        "how to report a lost kids card fast",
        "i reported the card lost but then found it, can i cancel the report",
        "lost the card, will the e-card on my phone still work",
    ],
    "legal-basis": [
        "what law says how social security cards work",
        "why are the rules different in every city",
        "what regulation covers kids social security cards",
        "is there a national rule on what documents they can ask for",
        "whats article 16 about",
    ],
    "privacy": [
        "who can see my childs data on the card",
        "is my kids info safe if i upload his hukou to the app",
        "what happens to the photo i upload for my sons e-card",
        "will the bank get my daughters personal info",
        "does hrss have to protect my childs privacy",
    ],
    "hotlines": [
        "what number do i call about my kids card",
        "whats 12393 for",
        "is there a hotline for medical insurance questions",
        "12333 or 12393 which one for the e-voucher",
        "phone number to ask about social security cards in my city",
    ],
    "not-covered": [
        "how much does it cost to make a card for a kid",
        "whats the reimbursement rate for kids hospital stays",
        "how much is the yearly premium for a child in residents insurance",
        "can my son use his card at a hospital in another province",
        "can i change the bank on my kids card",
    ],
    "off-topic": [
        "how do i renew my car insurance",
        "how to apply for a passport for my 5 year old",
        "my daughter needs an ID card, where do we go for that",
        "how to open a bank account for my son",
        "what documents for kindergarten enrolment",
        "how do i register my babys hukou",
        "best commercial health insurance for kids?",
        "when are the babys vaccines due",
        "how do i claim maternity allowance",
        "whats the weather in chengdu tomorrow",
        "can you help with my kids maths homework",
        "how to get a visa for my child to visit japan",
        "my pension payments stopped, who do i call",
        "how do i withdraw from the housing fund",
        "travel insurance for a family trip, any good?",
        "what formula milk is best for a 3 month old",
        "how to apply for a primary school place in shanghai",
        "how do i replace a lost birth certificate",
        "my credit card got stolen what do i do",
        "tell me a joke",
    ],
}

ZH = {
    "documents": [
        "给孩子办社保卡要带啥",
        "办小孩社保卡要准备什么材料啊",
        "孩子还没办身份证 用户口本行不行",
        "我和孩子爸都要带身份证吗",
        "出生证明要不要带 户口本上已经有孩子了",
        "复印件要几份 原件要带吗 给儿子办卡",
        "宝宝社保卡需要什么证件",
        "海口给六岁孩子办社保卡要啥材料",
        "监护关系证明是指啥 拿什么证明",
        "孩子跟奶奶一个户口本 我拿什么证明是我孩子",
        "办儿童社保卡要哪些资料 有清单没",
    ],
    "activation": [
        "孩子社保卡怎么激活",
        "卡拿到了显示封存 怎么弄",
        "能不能手机上激活 不想跑银行",
        "宝宝的医保电子凭证怎么激活",
        "怎么给孩子开通电子社保卡",
        "去哪个银行激活孩子的卡 随便哪个网点都行吗",
        "改个密码就算激活了吗",
        "小孩的卡金融功能也要激活吗",
        "支付宝能给孩子领医保码吗",
        "亲情账户怎么添加孩子",
        "社保卡寄到了 怎么开始用",
    ],
    "newborn-insurance": [
        "新生儿多久之内要上医保",
        "宝宝出生一个月了 还来得及参保吗",
        "过了三个月才给孩子交医保 出生时住院的钱能报吗",
        "没上户口能先给娃办医保吗",
        "新生儿医保怎么参保",
        "超过90天没给宝宝办医保咋办",
        "刚出生的宝宝要不要交居民医保",
        "新生儿从出生那天起就能报销吗",
        "宝宝住了保温箱 现在补办医保能报吗",
        "福建新生儿凭出生证能参保吗",
    ],
    "process": [
        "宝宝出生后先办啥后办啥",
        "给孩子办社保卡流程是什么",
        "先上医保还是先办社保卡",
        "实体卡和电子社保卡哪个先办",
        "娃两个月了接下来该办什么",
        "孩子社保卡从头到尾怎么个办法",
        "户口上好了下一步办啥",
        "三岁孩子办卡有哪些步骤",
        "生完孩子医保卡啥的按什么顺序弄",
    ],
    "card-kinds": [
        "社保卡和医保电子凭证有啥区别",
        "电子社保卡跟医保码是一个东西吗",
        "孩子三样都要办吗 实体卡电子卡医保凭证",
        "电子社保卡和医保电子凭证到底哪个是哪个",
        "社保卡 电子社保卡 医保电子凭证 傻傻分不清",
        "有了电子社保卡还要实体卡吗",
        "医保电子凭证要不要先有实体卡",
        "电子社保卡到底是个啥",
        "哪个卡归医保局管 哪个归人社",
    ],
    "who-can-act": [
        "爷爷奶奶能帮孩子办社保卡吗",
        "孩子要一起去银行吗",
        "孩子爸爸一个人去能办吗",
        "我写个委托书让我妹去办行不行",
        "必须妈妈去办吗 爸爸可以吗",
        "外婆带孩子去激活可以不",
        "办卡要带宝宝本人去吗",
        "十六岁以下谁能给办卡",
        "老人拿着户口本能去激活吗",
    ],
    "apply-where": [
        "孩子社保卡在哪办",
        "能网上申请吗 还是得去现场",
        "去哪个银行办小孩社保卡",
        "有没有当场就能出卡的地方",
        "中山小孩社保卡在哪里办",
        "是去人社局办还是去银行",
    ],
    "photo": [
        "三岁小孩办卡要照片吗",
        "照片尺寸要求是多少",
        "宝宝太小拍不了照怎么办",
        "幼儿社保卡可以不放照片吗",
        "贵阳五岁孩子办卡要不要拍照",
    ],
    "child-eligibility": [
        "新生儿能办社保卡吗",
        "几岁可以办社保卡",
        "两个月的宝宝能办卡了吗",
        "没上户口的孩子能办社保卡吗",
        "孩子参加了居民医保 也要办社保卡吗",
    ],
    "lost-card": [
        "孩子社保卡丢了怎么办",
        "卡掰断了怎么补",
        "小孩社保卡怎么挂失",
        "挂失了又找到了能解挂吗",
        "实体卡丢了 电子社保卡还能用吗",
    ],
    "legal-basis": [
        "社保卡是按哪个法规管的",
        "为啥每个城市要求不一样",
        "儿童社保卡有什么法律依据",
        "国家有没有统一规定要哪些材料",
        "第十六条讲的是啥",
    ],
    "privacy": [
        "孩子信息谁能看到",
        "上传户口本到app安全吗",
        "给孩子上传的照片会被拿去干嘛",
        "银行会拿到孩子的个人信息吗",
        "人社部门要保护孩子隐私吗",
    ],
    "hotlines": [
        "孩子社保卡的事打哪个电话",
        "12393是干嘛的",
        "医保有热线吗",
        "医保电子凭证的问题打12333还是12393",
        "问社保卡的电话是多少",
    ],
    "not-covered": [
        "给孩子办卡要多少钱",
        "小孩住院报销比例多少",
        "孩子居民医保一年交多少钱",
        "孩子的卡能在外省看病用吗",
        "孩子卡上的银行能换吗",
    ],
    "off-topic": [
        "车险怎么续保",
        "孩子办护照要啥",
        "给孩子办身份证去哪",
        "给儿子开个银行卡要什么",
        "幼儿园报名要什么材料",
        "新生儿怎么上户口",
        "商业医疗险哪个好",
        "宝宝疫苗什么时候打",
        "生育津贴怎么领",
        "明天成都天气怎么样",
        "帮我看下孩子数学作业",
        "孩子去日本签证怎么办",
        "我的养老金怎么没到账",
        "公积金怎么提取",
        "旅游保险买哪个好",
        "三个月宝宝喝什么奶粉好",
        "上海小学入学怎么报名",
        "出生证明丢了怎么补",
        "信用卡被偷了怎么办",
        "讲个笑话",
    ],
}


def build(data, seed):
    for topic, n in EXPECTED.items():
        assert len(data[topic]) == n, (topic, len(data[topic]), n)
    items = [{"text": t, "topic": topic} for topic in EXPECTED for t in data[topic]]
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate question"
    assert len(items) == 120
    random.Random(seed).shuffle(items)
    return items


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 2901), ("zh", ZH, 2902)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path, len(items), dict(Counter(i["topic"] for i in items)))


if __name__ == "__main__":
    main()

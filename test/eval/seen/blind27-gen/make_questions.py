#!/usr/bin/env python3
"""Writes holdout27/questions.en.json and questions.zh.json (blind set 27, issue #17).

Data lives here. Each topic list is written by hand, in the informal style of parents typing
on a phone. The lists are shuffled with a fixed seed so the files are reproducible.
"""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout27")

QUOTA = {"documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
         "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
         "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
         "hotlines": 5, "not-covered": 5, "off-topic": 20}

EN = {
 "documents": [
  "what do i need to bring to get my sons social security card",
  "docs needed for a kids shebao card?? hes 6",
  "do both me and my husband have to bring our ID cards for the babys card",
  "my daughter doesnt have an id card yet is the hukou book enough",
  "do i need the birth cert too or just the household register",
  "originals or photocopies for my kids card application?",
  "were in haikou, what papers for a 3 yr olds social security card",
  "what does the guardian have to show at the bank counter for a childs card",
  "checklist of stuff for baby's socail security card pls",
  "me and my kid are on different hukou books, what extra do i bring",
  "what do i have to upload when i add my toddler to the medical insurance family account",
 ],
 "activation": [
  "how do i activate my kids social security card",
  "app says the card status is 封存 what does that mean, do i need to do something",
  "can i activte my daughters card on my phone or do i have to go in",
  "how do i switch on the bank function on my 7 year olds card",
  "how to turn on the medical insurance e voucher for my baby",
  "activating the electronic social security card for a child, how",
  "do we have to activate the card before using it at the hospital",
  "changde - how do i activate my sons card",
  "is changing the pin enough to activate it??",
  "we got the card ages ago and never activated it, is it still ok",
  "activate the kids card at any branch of the bank or only where we applied",
 ],
 "newborn-insurance": [
  "baby born last week, when do we need to sign her up for medical insurance",
  "how many days do i have to enroll my newborn in residents medical insurance",
  "missed the 90 days for my babys insurance what now",
  "if i enroll him at 4 months will the hospital bills from birth be covered",
  "can i enrol the newborn with just the birth certificate, hukou not done yet",
  "is my newborn covered from the day she was born",
  "xian newborn insurance, we're late, when does the cover start",
  "does a newborn need his own resident medical insurance or is he on ours",
  "how to get my 3 week old into the medical insurance in chengdu",
  "just had twins how do i get them insured",
 ],
 "process": [
  "whats the order of things after the baby is born, insurance, cards etc",
  "steps to get a social security card for my kid from start to finish",
  "which first, the e voucher or the physical card?",
  "after we apply, do we activate and then get the e card, or what",
  "baby is 2 months, what do i do first",
  "can u walk me thru getting a card for my daughter",
  "what happens after i hand in the application",
  "how does the whole thing go for a 5 year old who has nothing yet",
  "zhongshan newborn one stop service, what are the steps",
 ],
 "card-kinds": [
  "whats the difference between the electronic social security card and the medical insurance e-voucher",
  "is the e card the same thing as the physical card",
  "do kids need all 3 cards or just one",
  "confused, shebao card vs yibao code for my son?",
  "does the e voucher need a physical card behind it",
  "what is the electronic social security card exactly",
  "who runs the e-voucher, same department as the shebao card?",
  "i have the e-voucher for my baby, do i still need a real social security card",
  "physical card, e card, medical insurance code... which is which",
 ],
 "who-can-act": [
  "can grandma apply for my sons card while we're at work",
  "does the kid need to come along to the bank",
  "can dad go alone or do both parents have to be there",
  "im divorced, can i apply without my ex",
  "can our nanny take the baby to get the card done",
  "who is allowed to add a child to the medical insurance family account",
  "can my sister do it for me if i write a letter authorising her",
  "my boy is 15 does he go himself or can i go for him",
  "can the grandparents add him through their own electronic social security card",
 ],
 "apply-where": [
  "where do i apply for my daughters social security card",
  "can i apply online for a childs card",
  "which bank do i go to for a kids shebao card in guiyang",
  "is there a government office for it or only the bank",
  "apply for a kids card in zhongshan without leaving the house?",
  "any bank branch works for applying or a specific one",
 ],
 "photo": [
  "does a 2 year old need a photo for the card",
  "what size photo for the kids social security card",
  "baby wont sit still for a photo can we skip it",
  "will my sons card have no picture if we dont give one",
  "my kids card has a logo instead of a face, is that normal",
 ],
 "child-eligibility": [
  "can a newborn even get a social security card",
  "is there a minimum age for the shebao card",
  "my 4yo isnt in school yet, can she get a card",
  "does my kid have to be insured before he can get the card",
  "baby has no hukou yet can he get the card",
 ],
 "lost-card": [
  "my son lost his social security card what do i do",
  "kids card snapped in half how to get a new one",
  "can i report my kids card lost over the phone",
  "reported it lost then found it in the sofa, can i undo that",
  "after the physical card is reported lost does the e card still work",
 ],
 "legal-basis": [
  "which regulation decides what docs we need",
  "is there a law about childrens social security cards",
  "why does every city have different rules for this",
  "what does article 16 actually say",
  "what law says the social security number is the same as the id number",
 ],
 "privacy": [
  "who can see my kids info once i add him in my app",
  "is it safe to upload our hukou pages in the medical insurance app",
  "does the bank keep my childs data",
  "what do they do with the photo of my daughter",
  "how is my childs personal info protected with the card",
 ],
 "hotlines": [
  "what number do i call about my kids card",
  "whats 12393",
  "medical insurance hotline for another city, how do i dial it",
  "is 12333 the right number for e voucher problems",
  "phone line for questions about baby medical insurance?",
 ],
 "not-covered": [
  "how much does the kids card cost",
  "how much is the yearly premium for a child in residents insurance",
  "what % of my sons hospital bill gets reimbursed",
  "how long till the card arrives in the mail",
  "can my kid use his card at a hospital in another province",
 ],
 "off-topic": [
  "best car insurance for a family suv",
  "how do i apply for my sons ID card",
  "can i open a bank account for my 10 year old",
  "how to register the babys hukou",
  "passport for a 2 year old what do i need",
  "which primary school can we get into with our hukou",
  "should we buy critical illness insurance for the baby",
  "vaccination schedule for a newborn",
  "how do i check my pension statement",
  "weather in haikou tomorrow",
  "my husband lost his drivers license",
  "how to withdraw housing provident fund",
  "travel insurance for kids going to japan",
  "how many days of maternity leave do i get",
  "recommend a good pediatrician in chengdu",
  "atm swallowed my kids savings card from icbc",
  "translate this into french pls",
  "kindergarten fees in guangzhou",
  "how to get a library card for my kid",
  "tell me a joke",
 ],
}

ZH = {
 "documents": [
  "给孩子办社保卡要带啥",
  "办儿童社保卡需要爸妈两个人的身份证吗",
  "孩子还没身份证 户口本行不行",
  "出生证明要不要带啊",
  "材料要原件还是复印件",
  "海口给三岁娃办社保卡要哪些材料",
  "我跟孩子不在一个户口本上 还要带什么",
  "监护人去银行给小孩办卡要准备什么证件",
  "宝宝办社保卡的材料清单发我一下",
  "帮孩子绑医保亲情账户要上传啥资料",
  "中山办小孩社保卡要什么证件",
 ],
 "activation": [
  "孩子社保卡怎么激活",
  "社保卡状态显示封存是啥意思",
  "小孩的卡能在手机上激活吗",
  "孩子社保卡金融功能怎么开通",
  "宝宝医保电子凭正怎么激活",
  "给孩子开通电子社保卡怎么弄",
  "卡拿到了不激活能直接去医院用吗",
  "常德小孩社保卡在哪激活",
  "改个密码就算激活了吗",
  "卡做好半年多了还没激活 会不会作废",
  "激活要去当初办卡那个网点吗",
 ],
 "newborn-insurance": [
  "新生儿多久之内要参保",
  "宝宝出生快三个月了还没上医保来得及吗",
  "过了90天再参保 出生时住院的钱还能报吗",
  "没上户口能先拿出生证给宝宝参保吗",
  "新生儿医保从哪天开始算",
  "西安新生儿超过90天才参保 啥时候开始享受待遇",
  "新生儿居民医保怎么参保",
  "刚生了二胎 医保要怎么给他交",
  "福建宝宝一岁以内能用出生证参保吗",
  "成都新生儿参保是不是有180天",
 ],
 "process": [
  "宝宝出生以后先办啥后办啥",
  "给孩子办社保卡的流程是怎样的",
  "先办医保电子凭证还是先办社保卡",
  "孩子两个月大 现在第一步做什么",
  "办完卡以后还要干嘛",
  "五岁孩子啥都没办过 从哪开始",
  "中山新生儿出生一件事怎么办理",
  "孩子社保卡整个办下来要几步",
  "申请交上去之后接下来是什么",
 ],
 "card-kinds": [
  "电子社保卡和医保电子凭证有啥区别",
  "电子社保卡跟实体卡是一个东西吗",
  "孩子三种卡都要办吗",
  "社保卡和医保码是一回事吗",
  "医保电子凭证要先有实体卡才能办吗",
  "电子社保卡到底是个啥",
  "医保电子凭证是哪个部门管的",
  "有了医保码还需要实体社保卡吗",
  "实体卡电子卡医保码 傻傻分不清",
 ],
 "who-can-act": [
  "爷爷奶奶能帮孙子办社保卡吗",
  "办卡孩子本人要去吗",
  "爸爸一个人去可以吗",
  "离婚了 前夫不配合能办吗",
  "保姆能带孩子去办吗",
  "谁能给孩子开医保亲情账户",
  "写个委托书让我姐去办行不行",
  "孩子15岁了 要他自己去还是家长去",
  "外婆能用她的电子社保卡给孩子添加亲情账户吗",
 ],
 "apply-where": [
  "孩子社保卡去哪里办",
  "小孩社保卡能网上申请吗",
  "贵阳给小孩办社保卡去哪个银行",
  "人社局窗口能办吗还是只能去银行",
  "中山给孩子办卡可以不出门吗",
  "随便哪个银行网点都能申请吗",
 ],
 "photo": [
  "两岁小孩办社保卡要照片吗",
  "社保卡照片尺寸多大",
  "宝宝拍照不配合能不能不拍",
  "不交照片的话卡上是不是就没头像",
  "孩子社保卡上是个logo不是照片 正常吗",
 ],
 "child-eligibility": [
  "刚出生的宝宝能办社保卡吗",
  "多大的孩子才可以办社保卡",
  "四岁没上学能办吗",
  "孩子没参保能办社保卡吗",
  "还没落户的宝宝能办社保卡吗",
 ],
 "lost-card": [
  "孩子社保卡丢了怎么办",
  "卡断成两半了能补吗",
  "打电话能挂失吗",
  "挂失了又找到了 能解挂吗",
  "实体卡挂失了电子社保卡还能用吗",
 ],
 "legal-basis": [
  "办卡要哪些材料是哪个规定定的",
  "儿童社保卡有法律规定吗",
  "为什么每个城市要求都不一样",
  "管理办法第十六条写的啥",
  "社保号就是身份证号 这是哪条法律规定的",
 ],
 "privacy": [
  "加了亲情账户以后谁能看到孩子信息",
  "在医保app上传户口本安全吗",
  "银行会保存孩子的资料吗",
  "孩子的照片他们拿去干嘛",
  "社保卡里孩子的隐私怎么保护",
 ],
 "hotlines": [
  "孩子社保卡的事打哪个电话问",
  "12393是干嘛的",
  "打外地的医保热线要加区号吗",
  "医保电子凭证的问题打12333还是12393",
  "有没有电话可以咨询新生儿医保",
 ],
 "not-covered": [
  "办儿童社保卡要钱吗",
  "小孩居民医保一年交多少钱",
  "孩子住院能报销百分之多少",
  "办好的卡多久能寄到家",
  "孩子的社保卡到外省看病能用吗",
 ],
 "off-topic": [
  "车险哪家便宜",
  "孩子身份证怎么办",
  "给孩子开个银行储蓄卡要什么",
  "新生儿上户口怎么办",
  "两岁宝宝办护照要啥材料",
  "小学入学要什么条件",
  "给宝宝买重疾险划算吗",
  "新生儿疫苗接种时间表",
  "养老金怎么查",
  "明天海口天气咋样",
  "驾照丢了咋补",
  "公积金怎么提取",
  "孩子出国旅游保险怎么买",
  "产假有几天",
  "成都哪个儿科医生好",
  "孩子的银行卡被atm吞了怎么办",
  "帮我翻译一下这段话",
  "广州幼儿园学费多少",
  "给孩子办图书馆借书证",
  "讲个笑话",
 ],
}


def build(data, seed):
    for topic, n in QUOTA.items():
        got = len(data[topic])
        assert got == n, f"{topic}: {got} != {n}"
    items = [{"text": t, "topic": topic} for topic in QUOTA for t in data[topic]]
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate question"
    assert len(items) == 120
    random.Random(seed).shuffle(items)
    return items


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for lang, data, seed in (("en", EN, 2701), ("zh", ZH, 2702)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(lang, len(items), dict(Counter(i["topic"] for i in items)))
